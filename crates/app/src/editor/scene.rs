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
    ui.heading(format!("Scene {}", scene.number));
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            let name = ui.label("Scene number");
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
        form.line(ui, &key("set"), "Set (e.g. MAIN STREET - DAY)", &mut scene.set);
    });
    form.text(ui, &key("description"), "What happens", &mut scene.description);
    ui.add_space(8.0);
    hazards(ui, form, &key("hazards"), &mut scene.hazards);
    ui.add_space(8.0);
    form.text_list(ui, &key("points"), ("The scene's own points", "Point"), &mut scene.points, "Add a point");
    form.text_list(ui, &key("ppe"), ("Protective equipment", "PPE"), &mut scene.ppe, "Add protective equipment");
    form.text_list(
        ui,
        &key("exclusion_zones"),
        ("Exclusion zones", "Exclusion zone"),
        &mut scene.exclusion_zones,
        "Add an exclusion zone",
    );
    ui.add_space(8.0);
    form.lines(ui, &key("responsible"), "Responsible", &mut scene.responsible, true);
    ui.add_space(8.0);
    form.optional_text(ui, &key("abort_signal"), "Abort signal", &mut scene.abort_signal);
    form.notes(ui, &key("notes"), "Notes for the presenter (never shown to the crew)", &mut scene.notes);
}

fn hazards(ui: &mut Ui, form: &mut Form<'_>, key: &str, hazards: &mut Vec<Hazard>) {
    ui.label(RichText::new("Hazards").strong());
    let mut remove = None;
    let other_languages: Vec<Lang> = form.languages.iter().copied().filter(|l| *l != Lang::En).collect();
    for (i, hazard) in hazards.iter_mut().enumerate() {
        let info = hazard.info();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                pictogram::show(ui, info.kind, 40.0, Lang::En);
                ui.label(RichText::new(info.name.en()).size(20.0).strong());
                for lang in &other_languages {
                    ui.label(RichText::new(info.name.get(*lang)).weak());
                }
                if ui.button(format!("Remove {}", info.name.en())).clicked() {
                    remove = Some(i);
                }
            });
            details(ui, form, key, hazard);
            egui::CollapsingHeader::new(format!(
                "The program adds {} standard points ({})",
                info.standard_points.len(),
                info.bulletin_reference()
            ))
            .id_salt(("standard-points", i))
            .show(ui, |ui| {
                for point in info.standard_points {
                    ui.label(format!("• {}", point.text.en()));
                }
            });
        });
    }
    if let Some(i) = remove {
        hazards.remove(i);
    }
    let present: Vec<HazardKind> = hazards.iter().map(Hazard::kind).collect();
    let picker = ui.label(RichText::new("Add a hazard").weak());
    form.claim(key, &picker);
    // A grid, not a wrapping row: a row of framed groups cannot wrap, as their width is
    // known only once drawn.
    let columns = if ui.available_width() > 1000.0 { 4 } else { 3 };
    egui::Grid::new("hazard-picker").num_columns(columns).spacing([8.0, 8.0]).show(ui, |ui| {
        let missing = HazardKind::ALL.into_iter().filter(|k| !present.contains(k));
        for (i, kind) in missing.enumerate() {
            ui.horizontal(|ui| {
                pictogram::show(ui, kind, 28.0, Lang::En);
                if ui.button(format!("+ {}", kind.info().name.en())).clicked() {
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
    let text = |ui: &mut Ui, form: &mut Form<'_>, details: &mut Option<Text>| {
        form.optional_text(ui, &format!("{key}, details"), "Details", details);
    };
    // What the crew reads about the hazard's things, in each of the day's languages.
    let things = |ui: &mut Ui, form: &mut Form<'_>, what: &str, (heading, label, add): (&str, &str, &str), items| {
        form.text_list(ui, &format!("{key}, {what}"), (heading, label), items, add);
    };
    match hazard {
        Hazard::Firearms { weapons, loads, handlers } => {
            things(ui, form, "weapons", ("Weapons", "Weapon", "Add a weapon"), weapons);
            ui.horizontal(|ui| {
                ui.label("Loads:");
                for load in [Load::Blanks, Load::Dummies, Load::NonFiring] {
                    let mut on = loads.contains(&load);
                    if ui.checkbox(&mut on, load.label().en()).changed() {
                        if on {
                            loads.push(load);
                        } else {
                            loads.retain(|l| *l != load);
                        }
                    }
                }
            });
            form.lines(ui, key, "Handled by", handlers, true);
        }
        Hazard::Stunts { details, performers } => {
            text(ui, form, details);
            form.lines(ui, key, "Performers", performers, true);
        }
        Hazard::Smoke { agent } => form.optional_text(ui, &format!("{key}, agent"), "Agent (e.g. glycol fog)", agent),
        Hazard::Vehicles { details, max_speed_mph, camera_car } => {
            text(ui, form, details);
            ui.horizontal(|ui| {
                let mut limited = max_speed_mph.is_some();
                ui.checkbox(&mut limited, "Top speed (mph)");
                if limited {
                    let mut mph = max_speed_mph.unwrap_or(20);
                    ui.add(egui::DragValue::new(&mut mph).range(1..=200));
                    *max_speed_mph = Some(mph);
                } else {
                    *max_speed_mph = None;
                }
                ui.checkbox(camera_car, "Camera car in use");
            });
        }
        Hazard::Animals { species } => {
            things(ui, form, "species", ("Animals", "Animals (e.g. 6 horses)", "Add animals"), species);
        }
        Hazard::EdgedWeapons { props } => things(ui, form, "props", ("Props", "Prop", "Add a prop"), props),
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
