//! Picking a person from the crew list: sorted by name, each shown with their
//! department and role, filtered as a name is typed (with 85 crew, "Xim" finds Ximena).

use egui::{RichText, Ui};
use setbrief_core::briefing::CrewMember;
use setbrief_core::names::fold;

use crate::words::Say as _;

/// A crew member as a picker lists them.
pub struct Pick {
    pub name: String,
    /// "Camera · 1st AC"
    pub detail: String,
    /// The name and the detail folded (accents and case aside), what a filter matches.
    folded: String,
}

/// The crew list as pickers list it: by name, accents and case aside.
pub fn picks(crew: &[CrewMember]) -> Vec<Pick> {
    let mut picks: Vec<Pick> = crew
        .iter()
        .filter(|c| !c.name.trim().is_empty())
        .map(|c| {
            let detail = [c.department.trim(), c.role.trim()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
            let detail = detail.join(" · ");
            Pick { folded: fold(&format!("{} {detail}", c.name)), name: c.name.clone(), detail }
        })
        .collect();
    picks.sort_by_cached_key(|p| fold(&p.name));
    picks
}

/// The pickers' list, made again only when the crew changed: folding and sorting 300
/// names each frame was a quarter of the editor's frame.
#[derive(Default)]
pub struct PickCache {
    crew: Vec<CrewMember>,
    picks: std::rc::Rc<[Pick]>,
}

impl PickCache {
    pub fn of(&mut self, crew: &[CrewMember]) -> std::rc::Rc<[Pick]> {
        if self.crew != crew {
            self.crew = crew.to_vec();
            self.picks = picks(crew).into();
        }
        std::rc::Rc::clone(&self.picks)
    }
}

/// The picker's list, inside a menu: a filter box (with the keyboard) over the people
/// not in `taken`; returns the name clicked.
pub fn pick(ui: &mut Ui, picks: &[Pick], taken: &[String]) -> Option<String> {
    // The filter lives as long as the menu: one per picker, kept in egui's memory.
    let id = ui.make_persistent_id("crew-picker-filter");
    let mut filter: String = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    let hint = ui.say("editor.type_to_filter");
    let field =
        ui.add(egui::TextEdit::singleline(&mut filter).hint_text(hint).desired_width(260.0)).accessible_name(hint);
    if !field.has_focus() && filter.is_empty() {
        field.request_focus();
    }
    ui.data_mut(|d| d.insert_temp(id, filter.clone()));
    let wanted = fold(filter.trim());
    let mut picked = None;
    egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
        let shown = picks.iter().filter(|p| !taken.contains(&p.name) && p.folded.contains(&wanted));
        for p in shown {
            ui.horizontal(|ui| {
                if ui.button(&p.name).clicked() {
                    picked = Some(p.name.clone());
                }
                ui.label(RichText::new(&p.detail).weak());
            });
        }
    });
    if picked.is_some() {
        ui.data_mut(|d| d.remove::<String>(id));
        ui.close();
    }
    picked
}
