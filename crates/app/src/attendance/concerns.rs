//! Concerns crew raised: open until the 1st AD records a response; answered ones stay
//! in view with the response, so the 1st AD can say at the next briefing what was done.

use std::collections::HashMap;

use egui::{RichText, Ui};
use setbrief_core::attendance::Day;

use super::big;
use super::notice::Notice;

/// Responses being typed, by the concern's record number.
#[derive(Default)]
pub struct Concerns {
    responses: HashMap<u64, String>,
}

impl Concerns {
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day) -> Option<Notice> {
        ui.label(RichText::new("Concerns").strong());
        let open: Vec<(u64, String, String)> =
            day.state.open_concerns().map(|c| (c.seq, c.by.clone(), c.text.clone())).collect();
        if open.is_empty() {
            ui.label("No open concerns.");
        }
        let mut notice = None;
        for (seq, who, text) in open {
            ui.label(big(format!("OPEN · {who}: {text}")).color(ui.visuals().error_fg_color));
            ui.horizontal(|ui| {
                let response = self.responses.entry(seq).or_default();
                let label = ui.label("Response");
                ui.text_edit_singleline(response).labelled_by(label.id);
                if ui.button("Record response").clicked() {
                    let by = day.first_ad();
                    let result = day.answer_concern(seq, &by, response);
                    notice = Some(Notice::of(&result, |()| "response recorded".to_owned()));
                    if result.is_ok() {
                        self.responses.remove(&seq);
                    }
                }
            });
        }
        let answered: Vec<String> = day
            .state
            .concerns
            .iter()
            .filter_map(|c| {
                let (by, response, time) = c.response.as_ref()?;
                Some(format!(
                    "{} · {}: {}\n    Answered {} by {by}: {response}",
                    c.time.clock(),
                    c.by,
                    c.text,
                    time.clock()
                ))
            })
            .collect();
        if !answered.is_empty() {
            ui.collapsing(format!("Answered ({})", answered.len()), |ui| {
                for line in answered {
                    ui.label(line);
                }
            });
        }
        notice
    }
}
