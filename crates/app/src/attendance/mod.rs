//! The attendance screens: the 1st AD's console (sessions, role sign-offs, concerns,
//! voids, crew-list import, the report) and the crew's sign-in.
//!
//! Each panel owns its form and calls the core ([`Day`]), which has every change on
//! disk before a panel says "Saved".

mod concerns;
mod crew_sign_in;
mod import;
mod notice;
pub mod phones;
mod report;
mod role_sign_offs;
mod screen;
mod sign_ins;
mod sign_report;
mod start_session;
mod unlock;
mod walk_in;

use egui::{Color32, RichText, Ui};

use crate::words::{Say as _, program_language};
use setbrief_core::attendance::state::Session;
use setbrief_core::attendance::{Day, SharedDay};

pub use notice::Notice;
pub use report::ReportUi;
use unlock::{Unlock, Unlocked};

/// Text at the size crew screens use.
fn big(text: impl Into<String>) -> RichText {
    RichText::new(text).size(crate::theme::size::CONSOLE)
}

/// The attendance screens' own state; the record itself lives in [`Day`].
#[derive(Default)]
pub struct AttendanceUi {
    /// The session chosen in the console; the latest when none is.
    pub session: Option<u64>,
    /// The last outcome, for the person at the laptop.
    pub notice: Option<Notice>,
    /// Sign-in mode: the crew have the laptop; only the PIN leaves it.
    pub locked: bool,
    pub report: ReportUi,
    /// The console shows the journal's head as a QR code too.
    show_witness_qr: bool,
    /// The session whose closing is being confirmed.
    confirm_close: Option<u64>,
    start: start_session::StartSession,
    role_sign_offs: role_sign_offs::RoleSignOffs,
    concerns: concerns::Concerns,
    sign_ins: sign_ins::SignIns,
    import: import::Import,
    sign_report: sign_report::SignReport,
    crew: crew_sign_in::CrewSignIn,
    unlock: Unlock,
    /// Phone sign-in for the session, when the 1st AD has turned it on.
    pub phones: phones::Phones,
}

impl AttendanceUi {
    /// The session people sign into now: the chosen one, else the latest.
    pub fn current_session(&self, day: &Day) -> Option<u64> {
        self.session.or_else(|| day.state.sessions.last().map(|s| s.id))
    }

    fn note(&mut self, notice: Option<Notice>) {
        if notice.is_some() {
            self.notice = notice;
        }
    }

    /// The 1st AD's console.
    pub fn console(&mut self, ui: &mut Ui, shared: &SharedDay, day: &mut Day, data_dir: &std::path::Path) {
        ui.heading(ui.say("console.attendance"));
        ui.label(ui.say_with("console.day_folder", &[("folder", &day.dir.display().to_string())]));
        ui.label(
            RichText::new(ui.say_with("console.data_dir", &[("folder", &data_dir.display().to_string())])).small(),
        );
        read_only_banner(ui, day);
        journal_problems(ui, day);
        // The outcome of the 1st AD's own last action, in a slot of its own height.
        Notice::slot(ui, self.notice.as_ref().filter(|n| !n.for_crew));
        ui.separator();
        // With a session open, what the 1st AD needs next (handing over, the scenes'
        // sign-offs) comes first; starting another waits, folded, below.
        let any_open = day.state.sessions.iter().any(Session::is_open);
        if !any_open {
            self.start_form(ui, day);
            ui.separator();
        }
        let Some(session_id) = self.current_session(day) else {
            ui.label(ui.say("console.no_session_yet"));
            return;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(ui.say("console.session"));
            for s in &day.state.sessions {
                let number = day.state.session_number(s.id);
                let state = ui.say(if s.is_open() { "console.open" } else { "console.closed" });
                let label = format!("{number}. {} ({state})", s.kind.label_in(program_language(ui.ctx())));
                if ui.selectable_label(s.id == session_id, label).clicked() {
                    self.session = Some(s.id);
                }
            }
        });
        let Some(session) = day.state.session(session_id).cloned() else { return };
        let counts = day.state.counts(&day.briefing, session_id);
        let (signed, expected) = (counts.roster_signed.to_string(), counts.expected.to_string());
        ui.label(big(ui.say_with("console.signed_of", &[("signed", &signed), ("expected", &expected)])));
        ui.label(counts.sentence_in(program_language(ui.ctx())));
        self.witness(ui, day);
        let open_concerns = day.state.open_concerns().count();
        let concerns = ui.say_with("console.open_concerns", &[("n", &open_concerns.to_string())]);
        ui.label(big(concerns).color(if open_concerns > 0 {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().text_color()
        }));
        ui.horizontal(|ui| {
            if ui.add_enabled(session.is_open(), egui::Button::new(big(ui.say("console.hand_to_crew")))).clicked() {
                match day.lock(session_id) {
                    Ok(()) => self.enter_sign_in_mode(session_id),
                    Err(e) => self.notice = Some(Notice::not_saved(e.to_string())),
                }
            }
            if session.is_open() && ui.button(big(ui.say("console.close_session"))).clicked() {
                self.confirm_close = Some(session_id);
            }
        });
        if self.confirm_close == Some(session_id) && session.is_open() {
            self.confirm_close_session(ui, day, session_id, &session.run_by);
        }
        ui.separator();
        let notice = self.role_sign_offs.show(ui, day, session_id, &session.scenes);
        self.note(notice);
        ui.separator();
        self.phones.show(ui, shared, day, session_id);
        ui.separator();
        let notice = self.concerns.show(ui, day);
        self.note(notice);
        ui.separator();
        let notice = self.sign_ins.show(ui, day, session_id);
        self.note(notice);
        ui.separator();
        let notice = self.import.show(ui, day);
        self.note(notice);
        ui.separator();
        let notice = self.report.show(ui, day);
        self.note(notice);
        ui.separator();
        let notice = self.sign_report.show(ui, day);
        self.note(notice);
        if any_open {
            ui.separator();
            egui::CollapsingHeader::new(ui.say("console.start_another")).show(ui, |ui| self.start_form(ui, day));
        }
    }

    fn start_form(&mut self, ui: &mut Ui, day: &mut Day) {
        if let Some((started, notice)) = self.start.show(ui, day) {
            if started.is_some() {
                self.session = started;
            }
            self.notice = Some(notice);
        }
    }

    /// The journal's head as a witness code, and as a QR code on request.
    fn witness(&mut self, ui: &mut Ui, day: &Day) {
        if let Some(head) = day.head().cloned() {
            ui.horizontal(|ui| {
                let code = head.describe_in(program_language(ui.ctx()));
                ui.label(ui.say_with("console.witness_code", &[("code", &code)]))
                    .on_hover_text(ui.say("console.witness_help"));
                ui.toggle_value(&mut self.show_witness_qr, "QR");
            });
            if self.show_witness_qr {
                let data = format!("setbrief-head-v1 {} {}", head.seq, head.hash);
                crate::widgets::qr::show(
                    ui,
                    &data,
                    200.0,
                    &ui.say_with("console.witness_qr", &[("seq", &head.seq.to_string())]),
                );
            }
        }
    }

    /// Closing is for good: later sign-ins are late, so it is asked twice.
    fn confirm_close_session(&mut self, ui: &mut Ui, day: &mut Day, session_id: u64, run_by: &str) {
        let number = day.state.session_number(session_id);
        ui.label(big(ui.say_with("console.close_question", &[("n", &number.to_string())])).strong());
        let (mut yes, mut no) = (false, false);
        ui.horizontal(|ui| {
            yes = ui.button(big(ui.say("console.yes_close"))).clicked();
            no = ui.button(big(ui.say("console.keep_open"))).clicked();
        });
        if no {
            self.confirm_close = None;
        }
        if yes {
            self.confirm_close = None;
            let result = day.close_session(session_id, run_by);
            let head = day.head().map(|w| w.describe_in(program_language(ui.ctx()))).unwrap_or_default();
            self.notice = Some(Notice::of(&result, |()| ui.say_with("console.session_closed", &[("code", &head)])));
        }
    }

    /// Sign-in mode for `session`: the crew's screen only, starting clean.
    pub fn enter_sign_in_mode(&mut self, session: u64) {
        self.locked = true;
        self.session = Some(session);
        self.crew.reset();
        self.notice = None;
    }

    /// The crew's side: find your name, then confirm and sign.
    pub fn crew(&mut self, ui: &mut Ui, day: &mut Day) {
        let shown = self.notice.as_ref().filter(|n| n.shown_to_crew(self.locked));
        let Some(session) = self.current_session(day) else {
            Notice::slot(ui, shown);
            let lang = self.crew.language(day);
            ui.label(big(setbrief_core::attendance::words::NO_SESSION.get(lang)));
            return;
        };
        let was_busy = self.crew.is_busy();
        let notice = self.crew.show(ui, day, session, shown);
        if !was_busy && self.crew.is_busy() {
            // A new person starts: the last person's "Saved" is not theirs.
            self.notice = None;
        }
        self.note(notice);
    }

    /// The unlock control in sign-in mode; returns true when the PIN opened it. Both
    /// the unlock and every wrong PIN go on the record.
    pub fn unlock(&mut self, ui: &mut Ui, day: &mut Day) -> bool {
        let Some(session) = self.current_session(day) else { return false };
        match self.unlock.show(ui, day, Some(session)) {
            Some(Unlocked::Yes) => match day.unlock(session) {
                Ok(()) => true,
                Err(e) => {
                    self.notice = Some(Notice::not_saved(e.to_string()));
                    false
                }
            },
            Some(Unlocked::No) => {
                if let Err(e) = day.wrong_pin(session) {
                    self.notice = Some(Notice::not_saved(e.to_string()));
                }
                false
            }
            Some(Unlocked::Failed(notice)) => {
                self.notice = Some(notice);
                false
            }
            None => false,
        }
    }
}

fn read_only_banner(ui: &mut Ui, day: &Day) {
    if !day.is_read_only() {
        return;
    }
    let who = day.writer().map(|w| format!(" ({})", w.describe())).unwrap_or_default();
    let color = ui.visuals().warn_fg_color;
    egui::Frame::new().stroke(egui::Stroke::new(2.0, color)).inner_margin(crate::theme::space::FRAME).show(ui, |ui| {
        ui.label(big(ui.say("console.read_only")).strong().color(color));
        ui.label(ui.say_with("console.read_only_explained", &[("who", &who)]));
    });
}

fn journal_problems(ui: &mut Ui, day: &Day) {
    if day.problems.is_empty() {
        return;
    }
    egui::Frame::new().fill(ui.visuals().error_fg_color).inner_margin(crate::theme::space::FRAME).show(ui, |ui| {
        ui.label(RichText::new(ui.say("console.journal_problems")).color(Color32::WHITE).strong());
        for p in &day.problems {
            ui.label(RichText::new(p.describe()).color(Color32::WHITE));
        }
    });
}
