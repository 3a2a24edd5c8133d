//! The forms for the day, its key people, emergency information, crew and incidents.

use egui::{RichText, TextEdit, Ui};
use setbrief_core::briefing::model::{Contact, CrewMember, Hospital, Incident, UtcOffset};
use setbrief_core::briefing::{Briefing, Lang, Role, Text};

use super::fields::{Form, parse_time, show_time};

pub fn day(ui: &mut Ui, form: &mut Form<'_>, b: &mut Briefing) {
    ui.heading("The day");
    form.line(ui, "production", "Production", &mut b.production);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            let name = ui.label("Shooting day");
            ui.add(egui::DragValue::new(&mut b.day).range(1..=999)).labelled_by(name.id);
        });
        form.date(ui, "date", "Date (YYYY-MM-DD)", &mut b.date);
        form.parsed(ui, "crew_call", "Crew call (HH:MM)", &mut b.crew_call, show_time, parse_time);
        form.parsed(
            ui,
            "utc_offset",
            "UTC offset on the day",
            &mut b.utc_offset,
            ToString::to_string,
            UtcOffset::parse,
        );
    });
    ui.add_space(8.0);
    ui.label(RichText::new("Languages the crew reads").strong());
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
            ui.label(RichText::new(format!("Plain text is read as {}.", first.endonym())).weak());
        }
    });
    ui.add_space(8.0);
    let mut location = b.location.clone();
    if form.text(ui, "location", "Location", &mut location) {
        b.location = location;
    }
}

pub fn contacts(ui: &mut Ui, form: &mut Form<'_>, b: &mut Briefing) {
    ui.heading("Key people");
    ui.label(
        RichText::new(
            "Who runs the briefing, who is responsible for each hazard. Each must be on the crew list to sign.",
        )
        .weak(),
    );
    let mut remove = None;
    egui::Grid::new("contacts").num_columns(4).striped(true).spacing([12.0, 6.0]).show(ui, |ui| {
        ui.label(RichText::new("Role").strong());
        ui.label(RichText::new("Name").strong());
        ui.label(RichText::new("Phone").strong());
        ui.end_row();
        for (i, contact) in b.contacts.iter_mut().enumerate() {
            egui::ComboBox::from_id_salt(("contact-role", i))
                .selected_text(contact.role.title().en())
                .width(220.0)
                .show_ui(ui, |ui| {
                    for role in Role::ALL {
                        ui.selectable_value(&mut contact.role, role, role.title().en());
                    }
                });
            ui.horizontal(|ui| {
                let name = ui.add(TextEdit::singleline(&mut contact.name).desired_width(220.0));
                let name = name.accessible_name(format!("Name of the {}", contact.role.title().en()));
                form.claim("contacts", &name);
                ui.menu_button("Pick", |ui| {
                    egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                        for person in form.roster {
                            if ui.button(person).clicked() {
                                contact.name.clone_from(person);
                                ui.close();
                            }
                        }
                    });
                })
                .response
                .on_hover_text("Pick from the crew list");
            });
            // A grid cell gives a text field only the width its column had: size it.
            ui.add_sized([170.0, 24.0], TextEdit::singleline(&mut contact.phone))
                .accessible_name(format!("Phone of the {}", contact.role.title().en()));
            if ui.button("Remove").clicked() {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        b.contacts.remove(i);
    }
    ui.menu_button("Add a key person", |ui| {
        egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
            for role in Role::ALL {
                if ui.button(role.title().en()).clicked() {
                    b.contacts.push(Contact { role, name: String::new(), phone: String::new() });
                    ui.close();
                }
            }
        });
    });
}

pub fn emergency(ui: &mut Ui, form: &mut Form<'_>, b: &mut Briefing) {
    ui.heading("In an emergency");
    let e = &mut b.emergency;
    form.line(ui, "emergency.emergency_number", "Emergency number", &mut e.emergency_number);
    ui.add_space(6.0);
    ui.label(RichText::new("Nearest hospital").strong());
    let hospital = e.hospital.get_or_insert_with(Hospital::default);
    ui.horizontal_wrapped(|ui| {
        form.line(ui, "emergency.hospital", "Hospital name", &mut hospital.name);
        form.line(ui, "emergency.hospital.phone", "Hospital phone", &mut hospital.phone);
    });
    form.line(ui, "emergency.hospital.address", "Hospital address", &mut hospital.address);
    form.optional_text(ui, "emergency.hospital.distance", "How far (e.g. 22 min by road)", &mut hospital.distance);
    if *hospital == Hospital::default() {
        e.hospital = None;
    }
    ui.add_space(6.0);
    form.optional_text(ui, "emergency.muster_point", "Muster point", &mut e.muster_point);
    form.optional_text(ui, "emergency.first_aid", "First aid", &mut e.first_aid);
    form.optional_text(ui, "emergency.extinguishers", "Fire extinguishers", &mut e.extinguishers);
    form.optional_text(ui, "emergency.exits", "Exits", &mut e.exits);
    form.optional_text(ui, "emergency.report_injury", "How to report an injury or a concern", &mut e.report_injury);
    form.optional_text(ui, "emergency.hotline", "Anonymous safety hotline", &mut e.hotline);
}

/// Rows drawn at once in the crew table: only what is on screen is laid out.
const CREW_ROW_HEIGHT: f32 = 30.0;

pub fn crew(ui: &mut Ui, form: &mut Form<'_>, b: &mut Briefing) {
    ui.horizontal(|ui| {
        ui.heading("Crew list");
        if ui.button("Sort by name").clicked() {
            b.crew.sort_by_key(|c| setbrief_core::names::fold(&c.name));
        }
        if ui.button("Sort by department").clicked() {
            b.crew.sort_by_key(|c| (c.department.to_lowercase(), setbrief_core::names::fold(&c.name)));
        }
        if ui.button("Add crew member").clicked() {
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
        for (heading, width) in ["Name", "Department", "Role", "Phone"].into_iter().zip(widths) {
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
                        .accessible_name(format!("Crew {row} name"));
                    if focus_crew && member.name.trim().is_empty() {
                        form.claim("crew", &name);
                    }
                    ui.add(TextEdit::singleline(&mut member.department).desired_width(widths[1]))
                        .accessible_name(format!("Crew {row} department"));
                    ui.add(TextEdit::singleline(&mut member.role).desired_width(widths[2]))
                        .accessible_name(format!("Crew {row} role"));
                    let mut phone = member.phone.clone().unwrap_or_default();
                    if ui
                        .add(TextEdit::singleline(&mut phone).desired_width(widths[3]))
                        .accessible_name(format!("Crew {row} phone"))
                        .changed()
                    {
                        member.phone = (!phone.trim().is_empty()).then_some(phone);
                    }
                    if ui.button("Remove").on_hover_text(format!("Remove crew {row}")).clicked() {
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
    ui.heading("Incidents and near-misses");
    ui.label(RichText::new("Carried into every briefing until a corrective action closes them.").weak());
    let mut remove = None;
    for (i, incident) in b.incidents.iter_mut().enumerate() {
        ui.separator();
        ui.horizontal(|ui| {
            let key = format!("incidents[{i}].date");
            form.date(ui, &key, &format!("Incident {} date", i + 1), &mut incident.date);
            if ui.button(format!("Remove incident {}", i + 1)).clicked() {
                remove = Some(i);
            }
        });
        form.text(ui, &format!("incidents[{i}]"), "What happened", &mut incident.what);
        form.optional_text(
            ui,
            &format!("incidents[{i}].action"),
            "What was done about it (empty while open)",
            &mut incident.corrective_action,
        );
    }
    if let Some(i) = remove {
        b.incidents.remove(i);
    }
    if ui.button("Add an incident").clicked() {
        b.incidents.push(Incident { date: b.date, what: Text::default(), corrective_action: None });
    }
}
