//! Concerns crew raised: open until the 1st AD records a response; answered ones stay
//! in view with the response, so the 1st AD can say at the next briefing what was done.

use std::collections::HashMap;

use egui::{RichText, Ui};
use setbrief_core::attendance::Day;

use super::big;
use super::notice::Notice;
use crate::words::Say as _;

/// Responses being typed, by the concern's record number.
#[derive(Default)]
pub struct Concerns {
    responses: HashMap<u64, String>,
}

impl Concerns {
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day) -> Option<Notice> {
        ui.label(RichText::new(ui.say("console.concerns")).strong());
        let open: Vec<(u64, String, String)> =
            day.state.open_concerns().map(|c| (c.seq, c.by.clone(), c.text.clone())).collect();
        if open.is_empty() {
            ui.label(ui.say("console.no_open_concerns"));
        }
        let mut notice = None;
        for (seq, who, text) in open {
            let open = ui.say_with("console.open_concern", &[("who", &who), ("text", &text)]);
            ui.label(big(open).color(ui.visuals().error_fg_color));
            ui.horizontal(|ui| {
                let response = self.responses.entry(seq).or_default();
                let label = ui.label(ui.say("console.response"));
                ui.text_edit_singleline(response).labelled_by(label.id);
                if ui.button(ui.say("console.record_response")).clicked() {
                    let by = day.first_ad();
                    let result = day.answer_concern(seq, &by, response);
                    notice = Some(Notice::of(&result, |()| ui.say("console.response_recorded").to_owned()));
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
                let answer = ui.say_with("console.answered_by", &[("time", &time.clock()), ("by", by)]);
                Some(format!("{} · {}: {}\n    {answer}: {response}", c.time.clock(), c.by, c.text))
            })
            .collect();
        if !answered.is_empty() {
            ui.collapsing(ui.say_with("console.answered", &[("n", &answered.len().to_string())]), |ui| {
                for line in answered {
                    ui.label(line);
                }
            });
        }
        notice
    }
}
