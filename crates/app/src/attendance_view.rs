//! Attendance screens: the 1st AD's console (sessions, role sign-offs, concerns, voids,
//! roster import) and the crew's sign-in flow (find your name, confirm, sign). All
//! changes go through [`Day`], which has them on disk before this screen says "signed".

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::time::Instant;

use egui::{Color32, RichText, Ui, vec2};

use setbrief_core::attendance::acknowledgements;
use setbrief_core::attendance::pin::{Attempt, PinGate};
use setbrief_core::attendance::{Day, OnBehalf, Person, RoleSignOffRequest, SessionKind, SignInRequest};
use setbrief_core::briefing::{Lang, Role};
use setbrief_core::names::fold;

use super::signature_pad::SignaturePad;

/// What a crew member fills in while signing.
pub struct SignForm {
    pub person: Person,
    pub walk_in: bool,
    pub language: Lang,
    pub acks: Vec<(String, bool)>,
    pub concern: String,
    pub pad: SignaturePad,
    pub on_behalf: bool,
    pub behalf_by: String,
    pub behalf_reason: String,
    pub late_by: String,
}

/// A key role's sign-off for a scene.
pub struct RoleForm {
    pub scene: String,
    pub role: Role,
    pub name: String,
    pub pad: SignaturePad,
}

/// The attendance screens' own state; the record itself lives in [`Day`].
#[derive(Default)]
pub struct AttendanceUi {
    pub session: Option<u64>,
    pub new_kind: Option<SessionKind>,
    pub new_scenes: Vec<(String, bool)>,
    pub new_run_by: String,
    pub new_pin: String,
    pub search: String,
    pub signing: Option<SignForm>,
    pub walk_in: Option<Person>,
    pub role_form: Option<RoleForm>,
    pub responses: HashMap<u64, String>,
    pub void_reasons: HashMap<u64, String>,
    pub import_path: String,
    /// The last outcome, for the person at the laptop: (saved?, message).
    pub message: Option<(bool, String)>,
    pub locked: bool,
    pub unlock_pin: String,
    pub pin_gate: PinGate,
    pub report: ReportUi,
}

/// The export of the day's report: where to, and the work under way.
#[derive(Default)]
pub struct ReportUi {
    pub folder: String,
    pub pick: Option<Receiver<Option<PathBuf>>>,
    pub job: Option<Receiver<Result<PathBuf, String>>>,
    pub done: Option<PathBuf>,
}

/// Who answers concerns and voids records: the 1st AD named in the briefing.
fn first_ad_name(day: &Day) -> String {
    day.briefing.contact(Role::FirstAd).map_or_else(|| "1st AD".to_owned(), |c| c.name.clone())
}

/// Height of one name in the crew list: a button a gloved finger can hit.
const ROW_HEIGHT: f32 = 60.0;

fn big(text: impl Into<String>) -> RichText {
    RichText::new(text).size(22.0)
}

fn ok_or_message<T>(
    result: Result<T, setbrief_core::attendance::DayError>,
    ui_state: &mut AttendanceUi,
    ok: impl FnOnce(T) -> String,
) {
    ui_state.message = Some(match result {
        Ok(v) => (true, ok(v)),
        Err(e) => (false, e.to_string()),
    });
}

impl AttendanceUi {
    /// The session people sign into now: the chosen one, else the latest.
    pub fn current_session(&self, day: &Day) -> Option<u64> {
        self.session.or_else(|| day.state.sessions.last().map(|s| s.id))
    }

    fn show_message(&self, ui: &mut Ui) {
        if let Some((ok, text)) = &self.message {
            let (color, mark) = if *ok {
                (Color32::from_rgb(0x0A, 0x6B, 0x2E), "Saved: ")
            } else {
                (ui.visuals().error_fg_color, "Not saved: ")
            };
            egui::Frame::new().stroke(egui::Stroke::new(2.0, color)).inner_margin(8.0).show(ui, |ui| {
                ui.label(big(format!("{mark}{text}")).color(color).strong());
            });
        }
    }

    /// The 1st AD's console.
    pub fn console(&mut self, ui: &mut Ui, day: &mut Day, data_dir: &std::path::Path) {
        ui.heading("Attendance");
        ui.label(format!("Day folder: {}", day.dir.display()));
        ui.label(RichText::new(format!("Data directory: {}", data_dir.display())).small());
        if day.is_read_only() {
            let who = day.writer().map(|w| format!(" ({})", w.describe())).unwrap_or_default();
            egui::Frame::new().stroke(egui::Stroke::new(2.0, ui.visuals().warn_fg_color)).inner_margin(8.0).show(
                ui,
                |ui| {
                    ui.label(big("READ-ONLY").strong().color(ui.visuals().warn_fg_color));
                    ui.label(format!(
                        "Another setbrief window writes this day{who}. This window follows it and records nothing."
                    ));
                },
            );
        }
        if !day.problems.is_empty() {
            egui::Frame::new().fill(ui.visuals().error_fg_color).inner_margin(8.0).show(ui, |ui| {
                ui.label(RichText::new("THE JOURNAL HAS PROBLEMS").color(Color32::WHITE).strong());
                for p in &day.problems {
                    ui.label(RichText::new(p.describe()).color(Color32::WHITE));
                }
            });
        }
        ui.separator();
        self.start_form(ui, day);
        ui.separator();
        let Some(session_id) = self.current_session(day) else {
            ui.label("No session yet: start one above.");
            return;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label("Session:");
            for s in &day.state.sessions {
                let label = format!("#{} {} {}", s.id, s.kind.label(), if s.is_open() { "(open)" } else { "(closed)" });
                if ui.selectable_label(s.id == session_id, label).clicked() {
                    self.session = Some(s.id);
                }
            }
        });
        let Some(session) = day.state.session(session_id).cloned() else { return };
        let counts = day.state.counts(&day.briefing, session_id);
        ui.label(big(format!(
            "Signed {} of {} · late {} · walk-ins {} · missing {}",
            counts.signed, counts.expected, counts.late, counts.walk_ins, counts.missing
        )));
        let open_concerns = day.state.open_concerns().count();
        ui.label(big(format!("Open concerns: {open_concerns}")).color(if open_concerns > 0 {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().text_color()
        }));
        ui.horizontal(|ui| {
            if ui.add_enabled(session.is_open(), egui::Button::new(big("Hand to crew (locked sign-in)"))).clicked() {
                self.locked = true;
                self.session = Some(session_id);
                self.signing = None;
                self.message = None;
            }
            if session.is_open() && ui.button(big("Close session")).clicked() {
                let by = session.run_by.clone();
                ok_or_message(day.close_session(session_id, &by), self, |()| {
                    "session closed; later sign-ins are marked late".to_owned()
                });
            }
        });
        ui.separator();
        self.scenes_panel(ui, day, session_id, &session.scenes);
        ui.separator();
        self.concerns_panel(ui, day);
        ui.separator();
        self.sign_ins_panel(ui, day, session_id);
        ui.separator();
        self.import_panel(ui, day);
        ui.separator();
        self.report_panel(ui, day);
    }

    fn report_panel(&mut self, ui: &mut Ui, day: &Day) {
        ui.label(RichText::new("Report").strong());
        let r = &mut self.report;
        if r.folder.is_empty() {
            let name = day.dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let docs = dirs::document_dir().unwrap_or_else(|| day.dir.join(".."));
            r.folder = docs.join(format!("setbrief-report-{name}")).display().to_string();
        }
        if let Some(rx) = &r.pick {
            match rx.try_recv() {
                Ok(Some(dir)) => {
                    let name = day.dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    r.folder = dir.join(format!("setbrief-report-{name}")).display().to_string();
                    r.pick = None;
                }
                Ok(None) | Err(std::sync::mpsc::TryRecvError::Disconnected) => r.pick = None,
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
                }
            }
        }
        let mut outcome = None;
        if let Some(rx) = &r.job {
            match rx.try_recv() {
                Ok(result) => outcome = Some(result),
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    outcome = Some(Err("the export stopped unexpectedly".into()));
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label("Exporting the report…");
                    });
                    ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
                }
            }
        }
        if let Some(result) = outcome {
            r.job = None;
            match result {
                Ok(folder) => {
                    self.message = Some((true, format!("report written to {}", folder.display())));
                    self.report.done = Some(folder);
                }
                Err(e) => self.message = Some((false, e)),
            }
        }
        let r = &mut self.report;
        ui.horizontal(|ui| {
            let label = ui.label("Report folder");
            ui.add(egui::TextEdit::singleline(&mut r.folder).desired_width(300.0)).labelled_by(label.id);
            if ui.button("Choose…").clicked() {
                let (tx, rx) = std::sync::mpsc::channel();
                // rfd blocks; a worker keeps the window painting. None: cancelled or no portal.
                std::thread::spawn(move || {
                    let _ = tx.send(rfd::FileDialog::new().set_title("Where to put the report").pick_folder());
                });
                r.pick = Some(rx);
            }
        });
        let target = PathBuf::from(r.folder.trim());
        let exists = target.exists();
        let start = if exists {
            ui.label(RichText::new("That folder exists.").color(ui.visuals().warn_fg_color));
            ui.button("Replace the existing report folder").clicked()
        } else {
            ui.button(big("Export report")).clicked()
        };
        if start && r.job.is_none() {
            let (tx, rx) = std::sync::mpsc::channel();
            let day_dir = day.dir.clone();
            std::thread::spawn(move || {
                let result = setbrief_report::export::export(&day_dir, &target, exists)
                    .map(|e| e.folder)
                    .map_err(|e| e.to_string());
                let _ = tx.send(result);
            });
            r.job = Some(rx);
            r.done = None;
        }
        if let Some(done) = r.done.clone() {
            ui.horizontal(|ui| {
                ui.label(format!("Exported to {}", done.display()));
                let opened = ui
                    .button("Open folder")
                    .clicked()
                    .then(|| std::process::Command::new("xdg-open").arg(&done).spawn());
                if let Some(Err(e)) = opened {
                    self.message = Some((false, format!("cannot open the folder: {e}")));
                }
            });
        }
    }

    fn start_form(&mut self, ui: &mut Ui, day: &mut Day) {
        ui.label(RichText::new("Start a session").strong());
        if self.new_scenes.is_empty() {
            self.new_scenes = day.briefing.scenes.iter().map(|s| (s.number.clone(), true)).collect();
        }
        if self.new_run_by.is_empty() {
            self.new_run_by = day.briefing.contact(Role::FirstAd).map(|c| c.name.clone()).unwrap_or_default();
        }
        let kind = self.new_kind.get_or_insert(if day.state.sessions.is_empty() {
            SessionKind::Main
        } else {
            SessionKind::Scene
        });
        egui::ComboBox::from_label("Kind of briefing").selected_text(kind.label()).show_ui(ui, |ui| {
            for k in SessionKind::ALL {
                ui.selectable_value(kind, k, k.label());
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label("Scenes covered:");
            for (number, on) in &mut self.new_scenes {
                ui.checkbox(on, format!("Scene {number}"));
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("Run by");
            ui.text_edit_singleline(&mut self.new_run_by).labelled_by(label.id);
        });
        ui.horizontal(|ui| {
            let label = ui.label("Unlock PIN (4+ digits)");
            ui.add(egui::TextEdit::singleline(&mut self.new_pin).password(true).desired_width(120.0))
                .labelled_by(label.id);
        });
        if ui.button(big("Start session")).clicked() {
            let scenes = self.new_scenes.iter().filter(|(_, on)| *on).map(|(n, _)| n.clone()).collect();
            let result =
                day.start_session(self.new_kind.unwrap_or(SessionKind::Main), scenes, &self.new_run_by, &self.new_pin);
            if let Ok(id) = result {
                self.session = Some(id);
                self.new_pin.clear();
                self.new_kind = None;
            }
            ok_or_message(result, self, |id| format!("session #{id} started"));
        }
    }

    fn scenes_panel(&mut self, ui: &mut Ui, day: &mut Day, session_id: u64, scenes: &[String]) {
        ui.label(RichText::new("Scenes and role sign-offs").strong());
        for number in scenes {
            let missing = day.state.missing_role_sign_offs(&day.briefing, number);
            ui.horizontal_wrapped(|ui| {
                if missing.is_empty() {
                    ui.label(big(format!("Scene {number}: cleared")));
                } else {
                    ui.label(big(format!("Scene {number}: NOT CLEARED")).color(ui.visuals().error_fg_color).strong());
                    for (kind, roles) in &missing {
                        let role = roles[0];
                        if ui.button(format!("{} sign-off ({})", role.title().en, kind.info().name.en)).clicked() {
                            let name = day.holders_of(role).into_iter().next().unwrap_or_default();
                            let role = roles.iter().copied().find(|r| !day.holders_of(*r).is_empty()).unwrap_or(role);
                            self.role_form =
                                Some(RoleForm { scene: number.clone(), role, name, pad: SignaturePad::default() });
                        }
                    }
                }
            });
        }
        let mut close = false;
        if let Some(form) = &mut self.role_form {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(big(format!("{} sign-off for scene {}", form.role.title().en, form.scene)).strong());
                let text = day
                    .briefing
                    .scene(&form.scene)
                    .into_iter()
                    .flat_map(|s| s.hazard_kinds())
                    .filter_map(|k| k.info().attestation)
                    .find(|a| a.roles.contains(&form.role))
                    .map(|a| a.text.en)
                    .unwrap_or_default();
                ui.label(big(format!("I attest: {text}")));
                let holders = day.holders_of(form.role);
                egui::ComboBox::from_label("Who is signing").selected_text(form.name.clone()).show_ui(ui, |ui| {
                    for h in holders {
                        ui.selectable_value(&mut form.name, h.clone(), h);
                    }
                });
                form.pad.show(ui, vec2(480.0, 160.0));
                ui.horizontal(|ui| {
                    if ui.button("Undo stroke").clicked() {
                        form.pad.undo();
                    }
                    if ui.button("Clear").clicked() {
                        form.pad.clear();
                    }
                    if ui.button(big("Sign off")).clicked() {
                        let req = RoleSignOffRequest {
                            session: session_id,
                            scene: form.scene.clone(),
                            role: form.role,
                            name: form.name.clone(),
                            signature: form.pad.signature(),
                            on_behalf: None,
                        };
                        let scene = form.scene.clone();
                        let result = day.role_sign_off(req);
                        close = result.is_ok();
                        self.message = Some(match result {
                            Ok(_) => (true, format!("role sign-off for scene {scene}")),
                            Err(e) => (false, e.to_string()),
                        });
                    }
                    if ui.button("Cancel").clicked() {
                        close = true;
                    }
                });
            });
        }
        if close {
            self.role_form = None;
        }
    }

    fn concerns_panel(&mut self, ui: &mut Ui, day: &mut Day) {
        ui.label(RichText::new("Concerns").strong());
        let open: Vec<(u64, String, String)> =
            day.state.open_concerns().map(|c| (c.seq, c.by.clone(), c.text.clone())).collect();
        if open.is_empty() {
            ui.label("No open concerns.");
        }
        let by = first_ad_name(day);
        for (seq, who, text) in open {
            ui.label(big(format!("OPEN · {who}: {text}")).color(ui.visuals().error_fg_color));
            ui.horizontal(|ui| {
                let response = self.responses.entry(seq).or_default();
                let label = ui.label("Response");
                ui.text_edit_singleline(response).labelled_by(label.id);
                if ui.button("Record response").clicked() {
                    let text = response.clone();
                    let result = day.answer_concern(seq, &by, &text);
                    if result.is_ok() {
                        self.responses.remove(&seq);
                    }
                    ok_or_message(result, self, |()| "response recorded".to_owned());
                }
            });
        }
    }

    fn sign_ins_panel(&mut self, ui: &mut Ui, day: &mut Day, session_id: u64) {
        ui.label(RichText::new("Sign-ins (void a mistaken one with a reason; it stays on record)").strong());
        // The latest few, without their signatures: this runs every frame.
        let entries: Vec<(u64, String, String, bool, bool, Option<String>)> = day
            .state
            .sign_ins
            .iter()
            .rev()
            .filter(|s| s.session == session_id)
            .take(12)
            .map(|s| {
                let time = s.time.clock();
                let void = s.voided.as_ref().map(|v| v.reason.clone());
                (s.seq, time, s.person.name.clone(), s.walk_in, s.late_briefed_by.is_some(), void)
            })
            .collect();
        let by = first_ad_name(day);
        for (seq, time, name, walk_in, late, voided) in entries {
            ui.horizontal_wrapped(|ui| {
                let mut line = format!("{time} {name}");
                if walk_in {
                    line.push_str(" · walk-in");
                }
                if late {
                    line.push_str(" · late");
                }
                match voided {
                    Some(reason) => {
                        ui.label(RichText::new(format!("{line} · VOIDED: {reason}")).strikethrough());
                    }
                    None => {
                        ui.label(line);
                        let reason = self.void_reasons.entry(seq).or_default();
                        ui.add(egui::TextEdit::singleline(reason).hint_text("reason to void").desired_width(160.0));
                        if ui.button("Void").clicked() {
                            let reason = reason.clone();
                            ok_or_message(day.void(seq, &by, &reason), self, |()| format!("sign-in of {name} voided"));
                        }
                    }
                }
            });
        }
    }

    fn import_panel(&mut self, ui: &mut Ui, day: &mut Day) {
        ui.label(RichText::new("Import a crew list (CSV)").strong());
        ui.horizontal(|ui| {
            let label = ui.label("CSV file");
            ui.text_edit_singleline(&mut self.import_path).labelled_by(label.id);
            if ui.button("Import").clicked() {
                let path = PathBuf::from(self.import_path.trim());
                self.message = Some(match setbrief_core::attendance::roster_csv::read_file(&path) {
                    Err(e) => (false, e.to_string()),
                    Ok(import) => {
                        let skipped: Vec<String> =
                            import.skipped.iter().map(|(line, why)| format!("line {line}: {why}")).collect();
                        let count = import.people.len();
                        match day.import_roster(&path.display().to_string(), import.people) {
                            Err(e) => (false, e.to_string()),
                            Ok(()) if skipped.is_empty() => (true, format!("{count} crew imported")),
                            Ok(()) => (true, format!("{count} crew imported; not read: {}", skipped.join("; "))),
                        }
                    }
                });
            }
        });
    }

    /// The crew's side: find your name, then confirm and sign. Returns to the list after.
    pub fn crew(&mut self, ui: &mut Ui, day: &mut Day) {
        let Some(session_id) = self.current_session(day) else {
            ui.label(big("No session is open. The 1st AD starts one."));
            return;
        };
        self.show_message(ui);
        if self.signing.is_some() {
            self.sign_form(ui, day, session_id);
            return;
        }
        if let Some(person) = &mut self.walk_in {
            ui.heading("Not on the list? Add yourself");
            let mut go = false;
            let mut cancel = false;
            egui::Grid::new("walk-in").num_columns(2).show(ui, |ui| {
                for (label, value) in
                    [("Name", &mut person.name), ("Department", &mut person.department), ("Role", &mut person.role)]
                {
                    let l = ui.label(big(label));
                    ui.add(egui::TextEdit::singleline(value).font(egui::FontId::proportional(22.0))).labelled_by(l.id);
                    ui.end_row();
                }
            });
            ui.horizontal(|ui| {
                go = ui.button(big("Continue")).clicked() && !person.name.trim().is_empty();
                cancel = ui.button(big("Cancel")).clicked();
            });
            if go {
                let person = person.clone();
                self.walk_in = None;
                self.begin_signing(day, session_id, person, true);
            } else if cancel {
                self.walk_in = None;
            }
            return;
        }
        ui.horizontal(|ui| {
            let label = ui.label(big("Find your name"));
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .font(egui::FontId::proportional(26.0))
                    .desired_width(420.0),
            )
            .labelled_by(label.id);
            if ui.button(big("I'm not on the list")).clicked() {
                self.walk_in =
                    Some(Person { name: self.search.clone(), department: String::new(), role: String::new() });
            }
        });
        let roster = day.state.roster(&day.briefing);
        let query = fold(&self.search);
        let mut chosen = None;
        let shown: Vec<&Person> = roster.iter().filter(|p| p.matches_search(&query)).collect();
        // Only the rows in view are laid out, so 300 names cost what 12 do.
        egui::ScrollArea::vertical().show_rows(ui, ROW_HEIGHT, shown.len(), |ui, rows| {
            for person in &shown[rows] {
                let signed = day.state.signed(session_id, &person.name);
                ui.horizontal(|ui| {
                    ui.set_height(ROW_HEIGHT - ui.spacing().item_spacing.y);
                    let button = egui::Button::new(RichText::new(&person.name).size(26.0)).min_size(vec2(420.0, 52.0));
                    if ui.add_enabled(signed.is_none(), button).clicked() {
                        chosen = Some((*person).clone());
                    }
                    ui.label(big(format!("{} · {}", person.department, person.role)));
                    if let Some(s) = signed {
                        ui.label(big(format!("Signed {}", s.time.clock())).color(Color32::from_rgb(0x0A, 0x6B, 0x2E)));
                    }
                });
            }
        });
        if let Some(person) = chosen {
            self.begin_signing(day, session_id, person, false);
        }
    }

    fn begin_signing(&mut self, day: &Day, session_id: u64, person: Person, walk_in: bool) {
        let scenes = day.state.session(session_id).map(|s| s.scenes.clone()).unwrap_or_default();
        let language = Lang::En;
        let acks =
            acknowledgements::for_session(&day.briefing, &scenes, language).into_iter().map(|a| (a, false)).collect();
        self.message = None;
        self.signing = Some(SignForm {
            person,
            walk_in,
            language,
            acks,
            concern: String::new(),
            pad: SignaturePad::default(),
            on_behalf: false,
            behalf_by: String::new(),
            behalf_reason: String::new(),
            late_by: String::new(),
        });
    }

    fn sign_form(&mut self, ui: &mut Ui, day: &mut Day, session_id: u64) {
        let Some(form) = &mut self.signing else { return };
        let scenes = day.state.session(session_id).map(|s| s.scenes.clone()).unwrap_or_default();
        let late = day.state.session(session_id).is_some_and(|s| !s.is_open());
        ui.heading(RichText::new(format!("Signing: {}", form.person.name)).size(32.0));
        ui.horizontal(|ui| {
            for lang in Lang::ALL {
                if ui.selectable_label(form.language == lang, big(lang.endonym())).clicked() && form.language != lang {
                    form.language = lang;
                    form.acks = acknowledgements::for_session(&day.briefing, &scenes, lang)
                        .into_iter()
                        .map(|a| (a, false))
                        .collect();
                }
            }
        });
        let tick_all = match form.language {
            Lang::En => "Please confirm each line:",
            Lang::Es => "Confirme cada línea:",
        };
        ui.label(big(tick_all));
        ui.scope(|ui| {
            // Boxes a gloved finger can hit.
            ui.spacing_mut().icon_width = 30.0;
            ui.spacing_mut().icon_width_inner = 18.0;
            ui.spacing_mut().interact_size.y = 40.0;
            for (text, on) in &mut form.acks {
                ui.checkbox(on, big(text.as_str()));
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(big("I have a concern (optional)"));
            ui.add(egui::TextEdit::singleline(&mut form.concern).desired_width(600.0)).labelled_by(label.id);
        });
        form.pad.show(ui, vec2(640.0, 200.0));
        ui.horizontal(|ui| {
            if ui.button(big("Undo stroke")).clicked() {
                form.pad.undo();
            }
            if ui.button(big("Clear")).clicked() {
                form.pad.clear();
            }
        });
        ui.checkbox(&mut form.on_behalf, "Someone is signing for this person (interpreter, guardian)");
        if form.on_behalf {
            ui.horizontal(|ui| {
                let l = ui.label("Signed by");
                ui.text_edit_singleline(&mut form.behalf_by).labelled_by(l.id);
                let l = ui.label("Why");
                ui.text_edit_singleline(&mut form.behalf_reason).labelled_by(l.id);
            });
        }
        if late {
            ui.horizontal(|ui| {
                let l = ui.label(big("The session is closed. Briefed late by"));
                ui.text_edit_singleline(&mut form.late_by).labelled_by(l.id);
            });
        }
        let ready = form.acks.iter().all(|(_, on)| *on) && !form.pad.is_empty();
        let mut submit = false;
        let mut cancel = false;
        ui.horizontal(|ui| {
            submit = ui
                .add_enabled(ready, egui::Button::new(RichText::new("Sign").size(30.0)).min_size(vec2(220.0, 64.0)))
                .clicked();
            cancel = ui.button(big("Cancel")).clicked();
        });
        if cancel {
            self.signing = None;
            return;
        }
        if !submit {
            return;
        }
        let req = SignInRequest {
            session: session_id,
            person: form.person.clone(),
            walk_in: form.walk_in,
            language: form.language,
            acknowledgements: form.acks.clone(),
            signature: form.pad.signature(),
            late_briefed_by: late.then(|| form.late_by.clone()),
            on_behalf: form
                .on_behalf
                .then(|| OnBehalf { by: form.behalf_by.clone(), reason: form.behalf_reason.clone() }),
            concern: Some(form.concern.clone()),
        };
        let name = form.person.name.clone();
        match day.sign_in(req) {
            Ok(_) => {
                self.message = Some((true, format!("{name} signed. Thank you.")));
                self.signing = None;
                self.search.clear();
            }
            // The form stays as it was, so nothing the person did is lost.
            Err(e) => self.message = Some((false, e.to_string())),
        }
    }

    /// The small unlock control in locked mode; returns true when the PIN opened it.
    pub fn unlock(&mut self, ui: &mut Ui, day: &Day) -> bool {
        let Some(hash) = self.current_session(day).and_then(|id| day.state.session(id)).map(|s| s.pin_hash.clone())
        else {
            return false;
        };
        let mut unlocked = false;
        ui.horizontal(|ui| {
            let label = ui.label("1st AD PIN");
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.unlock_pin).password(true).desired_width(100.0))
                .labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Unlock").clicked() || enter {
                match self.pin_gate.try_pin(&self.unlock_pin, &hash, Instant::now()) {
                    Attempt::Unlocked => unlocked = true,
                    Attempt::Wrong => self.message = Some((false, "wrong PIN".to_owned())),
                    Attempt::Wait(d) => {
                        self.message =
                            Some((false, format!("wrong PIN: wait {} s before trying again", d.as_secs().max(1))));
                    }
                }
                self.unlock_pin.clear();
            }
        });
        unlocked
    }
}
