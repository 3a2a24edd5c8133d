//! One scene's form: heading, hazards from a picker that shows what the program will
//! add for each, the scene's own points, the people responsible and the abort signal.

use egui::{RichText, TextEdit, Ui};
use setbrief_core::briefing::edit::hazard_of;
use setbrief_core::briefing::model::{Hazard, IntExt, Load, Scene};
use setbrief_core::briefing::{HazardKind, Lang, Text};

use super::fields::Form;
use crate::widgets::pictogram;

pub fn scene(ui: &mut Ui, form: &mut Form<'_>, scene: &mut Scene) {
    let number = scene.number.clone();
    let key = |part: &str| format!("scene {number}, {part}");
    let w = crate::words::Wording::of(ui.ctx());
    ui.heading(format!("{} {}", w.get("slide.scene"), scene.number));
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            let name = ui.label(w.get("editor.scene_number"));
            let response = ui.add(TextEdit::singleline(&mut scene.number).desired_width(80.0)).labelled_by(name.id);
            form.claim(&format!("scene {}", scene.number), &response);
        });
        ui.vertical(|ui| {
            let name = ui.label("INT/EXT");
            egui::ComboBox::from_id_salt("int-ext")
                .selected_text(scene.int_ext.label())
                .show_ui(ui, |ui| {
                    for v in [IntExt::Int, IntExt::Ext, IntExt::IntExt] {
                        ui.selectable_value(&mut scene.int_ext, v, v.label());
                    }
                })
                .response
                .labelled_by(name.id);
        });
        form.line(ui, &key("set"), w.get("editor.set"), &mut scene.set);
    });
    form.text(ui, &key("description"), w.get("editor.what_happens"), &mut scene.description);
    ui.add_space(8.0);
    hazards(ui, form, &key("hazards"), &mut scene.hazards);
    ui.add_space(8.0);
    let points = (w.get("editor.scene_points"), w.get("editor.point"));
    form.text_list(ui, &key("points"), points, &mut scene.points, w.get("editor.add_point"));
    let ppe = (w.get("editor.protective_equipment"), w.get("slide.ppe"));
    form.text_list(ui, &key("ppe"), ppe, &mut scene.ppe, w.get("editor.add_ppe"));
    form.text_list(
        ui,
        &key("exclusion_zones"),
        (w.get("editor.exclusion_zones"), w.get("editor.exclusion_zone")),
        &mut scene.exclusion_zones,
        w.get("editor.add_exclusion_zone"),
    );
    ui.add_space(8.0);
    form.lines(ui, &key("responsible"), w.get("slide.responsible"), &mut scene.responsible, true);
    ui.add_space(8.0);
    form.optional_text(ui, &key("abort_signal"), w.get("slide.abort_signal"), &mut scene.abort_signal);
    form.notes(ui, &key("notes"), w.get("editor.presenter_notes"), &mut scene.notes);
}

fn hazards(ui: &mut Ui, form: &mut Form<'_>, key: &str, hazards: &mut Vec<Hazard>) {
    let w = crate::words::Wording::of(ui.ctx());
    ui.label(RichText::new(w.get("editor.hazards")).strong());
    let mut remove = None;
    let other_languages: Vec<Lang> = form.languages.iter().copied().filter(|l| *l != w.0).collect();
    for (i, hazard) in hazards.iter_mut().enumerate() {
        let info = hazard.info();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                pictogram::show(ui, info.kind, 40.0, w.0);
                ui.label(RichText::new(info.name.get(w.0)).size(20.0).strong());
                for lang in &other_languages {
                    ui.label(RichText::new(info.name.get(*lang)).weak());
                }
                if ui.button(w.fill("editor.remove_item", &[("item", info.name.get(w.0))])).clicked() {
                    remove = Some(i);
                }
            });
            details(ui, form, key, hazard);
            let (n, bulletins) = (info.standard_points.len().to_string(), info.bulletin_reference_in(w.0));
            egui::CollapsingHeader::new(w.fill("editor.standard_points", &[("n", &n), ("bulletins", &bulletins)]))
                .id_salt(("standard-points", i))
                .show(ui, |ui| {
                    for point in info.standard_points {
                        ui.label(format!("• {}", point.text.get(w.0)));
                    }
                });
        });
    }
    if let Some(i) = remove {
        hazards.remove(i);
    }
    let present: Vec<HazardKind> = hazards.iter().map(Hazard::kind).collect();
    let picker = ui.label(RichText::new(w.get("editor.add_hazard")).weak());
    form.claim(key, &picker);
    // A grid, not a wrapping row: a row of framed groups cannot wrap, as their width is
    // known only once drawn.
    let columns = if ui.available_width() > 1000.0 { 4 } else { 3 };
    egui::Grid::new("hazard-picker").num_columns(columns).spacing([8.0, 8.0]).show(ui, |ui| {
        let missing = HazardKind::ALL.into_iter().filter(|k| !present.contains(k));
        for (i, kind) in missing.enumerate() {
            ui.horizontal(|ui| {
                pictogram::show(ui, kind, 28.0, w.0);
                if ui.button(format!("+ {}", kind.info().name.get(w.0))).clicked() {
                    hazards.push(hazard_of(kind));
                }
            });
            if i % columns == columns - 1 {
                ui.end_row();
            }
        }
    });
}

/// A hazard's own detail fields.
fn details(ui: &mut Ui, form: &mut Form<'_>, key: &str, hazard: &mut Hazard) {
    let w = crate::words::Wording::of(ui.ctx());
    let text = |ui: &mut Ui, form: &mut Form<'_>, details: &mut Option<Text>| {
        form.optional_text(ui, &format!("{key}, details"), w.get("editor.details"), details);
    };
    // What the crew reads about the hazard's things, in each of the day's languages.
    let things = |ui: &mut Ui, form: &mut Form<'_>, what: &str, (heading, label, add): (&str, &str, &str), items| {
        form.text_list(ui, &format!("{key}, {what}"), (heading, label), items, add);
    };
    match hazard {
        Hazard::Firearms { weapons, loads, handlers } => {
            let words = (w.get("detail.weapons"), w.get("editor.weapon"), w.get("editor.add_weapon"));
            things(ui, form, "weapons", words, weapons);
            ui.horizontal(|ui| {
                ui.label(w.fill("punct.label_value", &[("label", w.get("detail.loads")), ("value", "")]).trim_end());
                for load in [Load::Blanks, Load::Dummies, Load::NonFiring] {
                    let mut on = loads.contains(&load);
                    if ui.checkbox(&mut on, load.label().get(w.0)).changed() {
                        if on {
                            loads.push(load);
                        } else {
                            loads.retain(|l| *l != load);
                        }
                    }
                }
            });
            form.lines(ui, key, w.get("detail.handled_by"), handlers, true);
        }
        Hazard::Stunts { details, performers } => {
            text(ui, form, details);
            form.lines(ui, key, w.get("detail.performers"), performers, true);
        }
        Hazard::Smoke { agent } => form.optional_text(ui, &format!("{key}, agent"), w.get("editor.agent"), agent),
        Hazard::Vehicles { details, max_speed_mph, camera_car } => {
            text(ui, form, details);
            ui.horizontal(|ui| {
                let mut limited = max_speed_mph.is_some();
                ui.checkbox(&mut limited, w.get("editor.top_speed"));
                if limited {
                    let mut mph = max_speed_mph.unwrap_or(20);
                    ui.add(egui::DragValue::new(&mut mph).range(1..=200));
                    *max_speed_mph = Some(mph);
                } else {
                    *max_speed_mph = None;
                }
                ui.checkbox(camera_car, w.get("detail.camera_car"));
            });
        }
        Hazard::Animals { species } => {
            let words = (w.get("detail.animals"), w.get("editor.animals"), w.get("editor.add_animals"));
            things(ui, form, "species", words, species);
        }
        Hazard::EdgedWeapons { props } => {
            things(ui, form, "props", (w.get("detail.props"), w.get("editor.prop"), w.get("editor.add_prop")), props);
        }
        Hazard::Pyrotechnics { details }
        | Hazard::OpenFlame { details }
        | Hazard::Water { details }
        | Hazard::Aircraft { details }
        | Hazard::Drones { details }
        | Hazard::Heights { details }
        | Hazard::Gimbals { details }
        | Hazard::Electrical { details }
        | Hazard::Weather { details } => text(ui, form, details),
    }
}
