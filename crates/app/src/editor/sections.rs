//! The forms for the day, its key people, emergency information, crew and incidents.

use egui::{RichText, TextEdit, Ui};
use setbrief_core::briefing::model::{Contact, CrewMember, Hospital, Incident, UtcOffset};
use setbrief_core::briefing::{Briefing, Lang, Role, Text};

use super::fields::{Form, Suggest, no_suggestion, parse_time, show_time, suggest_time};
use crate::words::Wording;

pub fn day(ui: &mut Ui, form: &mut Form<'_>, b: &mut Briefing) {
    let w = Wording::of(ui.ctx());
    ui.heading(w.get("editor.the_day"));
    form.line(ui, "production", w.get("editor.production"), &mut b.production);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            let name = ui.label(w.get("editor.shooting_day"));
            ui.add(egui::DragValue::new(&mut b.day).range(1..=999)).labelled_by(name.id);
        });
        form.date(ui, "date", w.get("editor.date"), &mut b.date);
        let crew_call = w.get("editor.crew_call");
        let time = (show_time, |s: &str| parse_time(s, w), suggest_time as Suggest);
        form.parsed(ui, "crew_call", crew_call, &mut b.crew_call, time);
        form.parsed(
            ui,
            "utc_offset",
            w.get("editor.utc_offset"),
            &mut b.utc_offset,
            (ToString::to_string, UtcOffset::parse, no_suggestion as Suggest),
        );
    });
    ui.add_space(8.0);
    ui.label(RichText::new(w.get("editor.languages")).strong());
    ui.horizontal(|ui| {
        for lang in Lang::ALL {
            let mut on = b.languages.contains(&lang);
            // The last language cannot be taken away: a briefing is in at least one.
            let only = on && b.languages.len() == 1;
            if ui.add_enabled(!only, egui::Checkbox::new(&mut on, lang.endonym())).changed() {
                if on {
                    b.languages.push(lang);
                } else {
                    b.languages.retain(|l| *l != lang);
                }
            }
        }
        if let Some(first) = b.languages.first() {
            ui.label(RichText::new(w.fill("editor.plain_text_is", &[("language", first.endonym())])).weak());
        }
    });
    ui.add_space(8.0);
    let mut location = b.location.clone();
    if form.text(ui, "location", w.get("report.location"), &mut location) {
        b.location = location;
    }
}

pub fn contacts(ui: &mut Ui, form: &mut Form<'_>, b: &mut Briefing) {
    let w = Wording::of(ui.ctx());
    ui.heading(w.get("editor.key_people"));
    ui.label(RichText::new(w.get("editor.key_people_explained")).weak());
    let mut remove = None;
    egui::Grid::new("contacts").num_columns(4).striped(true).spacing([12.0, 6.0]).show(ui, |ui| {
        ui.label(RichText::new(w.get("crew.role")).strong());
        ui.label(RichText::new(w.get("crew.name")).strong());
        ui.label(RichText::new(w.get("import.phone")).strong());
        ui.end_row();
        for (i, contact) in b.contacts.iter_mut().enumerate() {
            egui::ComboBox::from_id_salt(("contact-role", i))
                .selected_text(contact.role.title().get(w.0))
                .width(220.0)
                .show_ui(ui, |ui| {
                    for role in Role::ALL {
                        ui.selectable_value(&mut contact.role, role, role.title().get(w.0));
                    }
                });
            ui.horizontal(|ui| {
                let name = ui.add(TextEdit::singleline(&mut contact.name).desired_width(220.0));
                let name = name.accessible_name(w.fill("editor.name_of", &[("role", contact.role.title().get(w.0))]));
                form.claim("contacts", &name);
                ui.menu_button(w.get("editor.pick"), |ui| {
                    if let Some(name) = super::picker::pick(ui, form.roster, &[]) {
                        contact.name = name;
                    }
                })
                .response
                .on_hover_text(w.get("editor.pick_from_crew"));
            });
            // A grid cell gives a text field only the width its column had: size it.
            ui.add_sized([170.0, 24.0], TextEdit::singleline(&mut contact.phone))
                .accessible_name(w.fill("editor.phone_of", &[("role", contact.role.title().get(w.0))]));
            if ui.button(w.get("editor.remove")).clicked() {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        b.contacts.remove(i);
    }
    ui.menu_button(w.get("editor.add_key_person"), |ui| {
        egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
            for role in Role::ALL {
                if ui.button(role.title().get(w.0)).clicked() {
                    b.contacts.push(Contact { role, name: String::new(), phone: String::new() });
                    ui.close();
                }
            }
        });
    });
}

pub fn emergency(ui: &mut Ui, form: &mut Form<'_>, b: &mut Briefing) {
    let w = Wording::of(ui.ctx());
    ui.heading(w.get("slide.in_an_emergency"));
    let e = &mut b.emergency;
    form.line(ui, "emergency.emergency_number", w.get("slide.emergency_number"), &mut e.emergency_number);
    ui.add_space(6.0);
    ui.label(RichText::new(w.get("slide.nearest_hospital")).strong());
    let hospital = e.hospital.get_or_insert_with(Hospital::default);
    ui.horizontal_wrapped(|ui| {
        form.line(ui, "emergency.hospital", w.get("editor.hospital_name"), &mut hospital.name);
        form.line(ui, "emergency.hospital.phone", w.get("editor.hospital_phone"), &mut hospital.phone);
    });
    form.line(ui, "emergency.hospital.address", w.get("editor.hospital_address"), &mut hospital.address);
    form.optional_text(ui, "emergency.hospital.distance", w.get("editor.how_far"), &mut hospital.distance);
    if *hospital == Hospital::default() {
        e.hospital = None;
    }
    ui.add_space(6.0);
    form.optional_text(ui, "emergency.muster_point", w.get("slide.muster_point"), &mut e.muster_point);
    form.optional_text(ui, "emergency.first_aid", w.get("slide.first_aid"), &mut e.first_aid);
    form.optional_text(ui, "emergency.extinguishers", w.get("slide.fire_extinguishers"), &mut e.extinguishers);
    form.optional_text(ui, "emergency.exits", w.get("slide.exits"), &mut e.exits);
    form.optional_text(ui, "emergency.report_injury", w.get("editor.how_to_report"), &mut e.report_injury);
    form.optional_text(ui, "emergency.hotline", w.get("slide.anonymous_safety_hotline"), &mut e.hotline);
}

/// Rows drawn at once in the crew table: only what is on screen is laid out.
const CREW_ROW_HEIGHT: f32 = 30.0;

pub fn crew(ui: &mut Ui, form: &mut Form<'_>, b: &mut Briefing) {
    let w = Wording::of(ui.ctx());
    ui.horizontal(|ui| {
        ui.heading(w.get("editor.crew_list"));
        if ui.button(w.get("editor.sort_by_name")).clicked() {
            b.crew.sort_by_key(|c| setbrief_core::names::fold(&c.name));
        }
        if ui.button(w.get("editor.sort_by_department")).clicked() {
            b.crew.sort_by_key(|c| (c.department.to_lowercase(), setbrief_core::names::fold(&c.name)));
        }
        if ui.button(w.get("editor.add_crew_member")).clicked() {
            b.crew.push(CrewMember {
                name: String::new(),
                department: String::new(),
                role: String::new(),
                phone: None,
            });
        }
    });
    let mut remove = None;
    // The columns share the width left by the Remove button, as a spreadsheet's would.
    let room = (ui.available_width() - 110.0).max(400.0);
    let widths = [0.32, 0.22, 0.28, 0.18].map(|share| room * share);
    ui.horizontal(|ui| {
        let headings = ["crew.name", "crew.department", "crew.role", "import.phone"].map(|k| w.get(k));
        for (heading, width) in headings.into_iter().zip(widths) {
            ui.allocate_ui_with_layout(
                egui::vec2(width, 20.0),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_width(width);
                    ui.label(RichText::new(heading).strong());
                },
            );
        }
    });
    let focus_crew = form.asks_for("crew");
    let rows = b.crew.len();
    egui::ScrollArea::vertical().id_salt("crew-rows").max_height(ui.available_height() - 8.0).show_rows(
        ui,
        CREW_ROW_HEIGHT,
        rows,
        |ui, range| {
            for i in range {
                let Some(member) = b.crew.get_mut(i) else { continue };
                ui.horizontal(|ui| {
                    let row = i + 1;
                    let name = ui
                        .add(TextEdit::singleline(&mut member.name).desired_width(widths[0]))
                        .accessible_name(w.fill("editor.crew_row_name", &[("row", &row.to_string())]));
                    if focus_crew && member.name.trim().is_empty() {
                        form.claim("crew", &name);
                    }
                    ui.add(TextEdit::singleline(&mut member.department).desired_width(widths[1]))
                        .accessible_name(w.fill("editor.crew_row_department", &[("row", &row.to_string())]));
                    ui.add(TextEdit::singleline(&mut member.role).desired_width(widths[2]))
                        .accessible_name(w.fill("editor.crew_row_role", &[("row", &row.to_string())]));
                    let mut phone = member.phone.clone().unwrap_or_default();
                    if ui
                        .add(TextEdit::singleline(&mut phone).desired_width(widths[3]))
                        .accessible_name(w.fill("editor.crew_row_phone", &[("row", &row.to_string())]))
                        .changed()
                    {
                        member.phone = (!phone.trim().is_empty()).then_some(phone);
                    }
                    let remove_row = w.fill("editor.remove_crew_row", &[("row", &row.to_string())]);
                    if ui.button(w.get("editor.remove")).on_hover_text(remove_row).clicked() {
                        remove = Some(i);
                    }
                });
            }
        },
    );
    if focus_crew {
        *form.focus = None;
    }
    if let Some(i) = remove {
        b.crew.remove(i);
    }
}

pub fn incidents(ui: &mut Ui, form: &mut Form<'_>, b: &mut Briefing) {
    let w = Wording::of(ui.ctx());
    ui.heading(w.get("slide.incidents_and_near_misses"));
    ui.label(RichText::new(w.get("editor.incidents_carried")).weak());
    let mut remove = None;
    for (i, incident) in b.incidents.iter_mut().enumerate() {
        ui.separator();
        ui.horizontal(|ui| {
            let key = format!("incidents[{i}].date");
            let n = (i + 1).to_string();
            form.date(ui, &key, &w.fill("editor.incident_date", &[("n", &n)]), &mut incident.date);
            if ui.button(w.fill("editor.remove_incident", &[("n", &n)])).clicked() {
                remove = Some(i);
            }
        });
        form.text(ui, &format!("incidents[{i}]"), w.get("editor.what_happened"), &mut incident.what);
        form.optional_text(
            ui,
            &format!("incidents[{i}].action"),
            w.get("editor.what_was_done"),
            &mut incident.corrective_action,
        );
    }
    if let Some(i) = remove {
        b.incidents.remove(i);
    }
    if ui.button(w.get("editor.add_incident")).clicked() {
        b.incidents.push(Incident { date: b.date, what: Text::default(), corrective_action: None });
    }
}
