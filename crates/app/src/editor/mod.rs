//! The briefing editor: forms that write the briefing file.
//!
//! For a 1st AD who has never seen RON. The file stays the source of truth: the editor reads it, shows the same
//! checks as `setbrief validate` as you type, and saves it atomically in the layout
//! `setbrief fmt` writes, keeping what a person wrote by hand (see
//! [`setbrief_core::briefing::write::save`]).
//!
//! - `fields`: labelled fields bound to the draft, one box per language;
//! - `sections`: the day, key people, emergency, crew, incidents;
//! - `scene`: a scene and its hazards;
//! - `checks`, `preview`: the live checks and the scene's slides;
//! - `new_day`: tomorrow's file made from today's;
//! - `modals`: the questions asked over the editor (save before closing, a new day).

pub(crate) mod checks;
mod fields;
mod modals;
mod new_day;
mod picker;
mod preview;
mod scene;
mod scene_list;
mod script_import;
mod sections;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use egui::util::undoer::{Settings as UndoSettings, Undoer};
use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};
use setbrief_core::attendance::crew_list::add_crew;
use setbrief_core::briefing::edit::{self, Place};
use setbrief_core::briefing::write::save;
use setbrief_core::briefing::{Briefing, Diagnostic, LanguageMode, load_file, rules};

use crate::widgets::crew_import::CrewImport;

/// The part of the briefing the form shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Day,
    Contacts,
    Emergency,
    Crew,
    Incidents,
    Scene(usize),
}

/// What the app must do after a frame of the editor.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The file was written: what presents it reloads.
    Saved(PathBuf),
    /// A new file was written and the editor moved to it: the app opens it too.
    Created(PathBuf),
    /// The 1st AD left the editor (nothing unsaved, or chose to discard it).
    Closed,
    /// The 1st AD was closing the window and answered the save question: the app goes
    /// on closing (asking its own question if a session is open).
    Quit,
}

/// What the 1st AD was closing when the editor asked about unsaved changes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Closing {
    Editor,
    Window,
}

impl Closing {
    /// What the app does once the unsaved changes are saved or discarded.
    fn outcome(self) -> Outcome {
        match self {
            Self::Editor => Outcome::Closed,
            Self::Window => Outcome::Quit,
        }
    }
}

const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);

pub struct Editor {
    /// Where the briefing is saved.
    pub path: PathBuf,
    /// The file as last read or written; `None` until a new briefing is first saved.
    on_disk: Option<Vec<u8>>,
    /// What the file holds, to tell unsaved changes.
    saved: Briefing,
    pub draft: Briefing,
    undoer: Undoer<Briefing>,
    pub section: Section,
    /// A field a clicked diagnostic named, until its form takes the keyboard there.
    focus: Option<String>,
    typed: HashMap<String, String>,
    checked: Option<Briefing>,
    diagnostics: Vec<Diagnostic>,
    /// The last thing the editor has to say ("Saved", why it could not).
    pub message: Option<(String, bool)>,
    /// What was true when `message` was said (its text, the draft, how many fields held
    /// unreadable text): once that changes, the message no longer holds and goes.
    message_over: Option<(String, Briefing, usize)>,
    /// `message` says a scene was deleted: Undo is offered beside it.
    deleted: bool,
    /// The save question is open, and for what: the editor or the whole window.
    asking_to_close: Option<Closing>,
    crew_import: Option<CrewImport>,
    picks: picker::PickCache,
    script_import: Option<script_import::ScriptImport>,
    new_day: Option<new_day::NewDay>,
    preview: preview::Preview,
    /// The language the preview shows the slides in, once chosen; until then the
    /// program's language where the day has it, else the day's first.
    preview_mode: Option<LanguageMode>,
    /// The program's language, as of the last frame: what the editor's messages say
    /// things in (they are worded outside a frame, by a save or an undo).
    words: crate::words::Wording,
}

impl Editor {
    /// Opens `path` in the editor; a file that does not read as a briefing cannot be
    /// edited in forms, and the message says why.
    pub fn open(path: &Path) -> Result<Self, String> {
        let loaded = load_file(path).map_err(|e| e.to_string())?;
        let Some(briefing) = loaded.briefing else {
            // Said before any frame of the editor: in English, as `validate` says it.
            return Err(crate::words::Wording(setbrief_core::briefing::Lang::En)
                .fill("editor.not_a_briefing", &[("path", &path.display().to_string())]));
        };
        Ok(Self::with(path, Some(loaded.bytes), briefing))
    }

    /// A day started from nothing, to be saved as `path`.
    pub fn blank(path: &Path) -> Self {
        let today = jiff::Zoned::now().date();
        let briefing = edit::blank(today.tomorrow().unwrap_or(today), edit::local_offset());
        Self::with(path, None, briefing)
    }

    fn with(path: &Path, on_disk: Option<Vec<u8>>, briefing: Briefing) -> Self {
        let undoer = Undoer::with_settings(UndoSettings { max_undos: 200, stable_time: 0.8, auto_save_interval: 10.0 });
        Self {
            path: path.to_owned(),
            on_disk,
            saved: briefing.clone(),
            draft: briefing,
            undoer,
            section: Section::Day,
            focus: None,
            typed: HashMap::new(),
            checked: None,
            diagnostics: Vec::new(),
            message: None,
            message_over: None,
            deleted: false,
            asking_to_close: None,
            crew_import: None,
            picks: picker::PickCache::default(),
            script_import: None,
            new_day: None,
            preview: preview::Preview::default(),
            preview_mode: None,
            words: crate::words::Wording(setbrief_core::briefing::Lang::En),
        }
    }

    pub fn has_unsaved_changes(&self) -> bool {
        // Nothing on disk yet: everything typed is unsaved.
        self.on_disk.is_none() || self.draft != self.saved || !self.typed.is_empty()
    }

    /// The checks for the draft as it is now: the rules `setbrief validate` runs, and
    /// a typed date or time that does not read.
    pub fn diagnostics(&mut self) -> &[Diagnostic] {
        if self.checked.as_ref() != Some(&self.draft) {
            self.diagnostics = rules::check(&self.draft, "");
            self.checked = Some(self.draft.clone());
        }
        &self.diagnostics
    }

    /// Asks to leave the editor: at once if nothing is unsaved, else the 1st AD is asked.
    pub fn request_close(&mut self) -> Option<Outcome> {
        if self.has_unsaved_changes() {
            self.asking_to_close = Some(Closing::Editor);
            None
        } else {
            Some(Outcome::Closed)
        }
    }

    /// The window is being closed with unsaved changes: once they are saved or
    /// discarded, the answer is to quit, not only to leave the editor.
    pub fn request_quit(&mut self) {
        self.asking_to_close = Some(Closing::Window);
    }

    /// Writes the draft to its file.
    pub fn save(&mut self) -> Option<Outcome> {
        if let Some((field, typed)) = self.typed.iter().next() {
            let not_saved = self.words.fill("editor.typed_does_not_read", &[("typed", typed), ("field", field)]);
            self.message = Some((not_saved, true));
            self.focus = Some(field.clone());
            return None;
        }
        if self.on_disk.is_none() && self.path.exists() {
            let path = self.path.display().to_string();
            self.message = Some((self.words.fill("editor.not_saved_exists", &[("path", &path)]), true));
            return None;
        }
        match save(&self.path, &self.draft, self.on_disk.as_deref()) {
            Ok(saved) => {
                self.on_disk = std::fs::read(&self.path).ok();
                self.saved = self.draft.clone();
                let kept = saved
                    .backup
                    .map(|b| self.words.fill("editor.comments_kept", &[("path", &b.display().to_string())]));
                let path = self.path.display().to_string();
                let said = self.words.fill("editor.saved", &[("path", &path), ("kept", &kept.unwrap_or_default())]);
                self.message = Some((said, false));
                Some(Outcome::Saved(self.path.clone()))
            }
            Err(e) => {
                self.message = Some((self.words.fill("editor.not_saved", &[("error", &e.to_string())]), true));
                None
            }
        }
    }

    /// A message goes once what it says stops being true: "Scene 54 deleted" after Undo,
    /// "Not saved: ... does not read" once it reads, "Saved" after the next change.
    fn forget_stale_message(&mut self) {
        let Some((text, _)) = &self.message else {
            self.message_over = None;
            self.deleted = false;
            return;
        };
        match &self.message_over {
            Some((said, draft, typed)) if said == text => {
                if *draft != self.draft || *typed != self.typed.len() {
                    self.message = None;
                    self.message_over = None;
                    self.deleted = false;
                }
            }
            _ => self.message_over = Some((text.clone(), self.draft.clone(), self.typed.len())),
        }
    }

    /// What a field holds as typed while it does not read yet.
    pub fn typed_text(&self, key: &str) -> Option<String> {
        self.typed.get(key).cloned()
    }

    pub fn undo(&mut self) {
        if let Some(before) = self.undoer.undo(&self.draft) {
            self.draft = before.clone();
            self.typed.clear();
        }
    }

    pub fn redo(&mut self) {
        if let Some(after) = self.undoer.redo(&self.draft) {
            self.draft = after.clone();
            self.typed.clear();
        }
    }

    /// Asks for tomorrow's date and file name, to make the next day from this one.
    pub fn start_new_day(&mut self) {
        self.new_day = Some(new_day::NewDay::from(&self.path, &self.draft));
    }

    /// Opens the form, and the field, a diagnostic is about.
    pub fn go_to(&mut self, diagnostic: &Diagnostic) {
        let place = edit::place_of(diagnostic.field.as_deref());
        self.section = match place {
            Place::Day => Section::Day,
            Place::Contacts => Section::Contacts,
            Place::Emergency => Section::Emergency,
            Place::Crew => Section::Crew,
            Place::Incident(_) => Section::Incidents,
            Place::Scenes => Section::Scene(0),
            Place::Scene { ref number, .. } => {
                Section::Scene(self.draft.scenes.iter().position(|s| &s.number == number).unwrap_or(0))
            }
        };
        self.focus = diagnostic.field.clone().or_else(|| Some("production".into()));
        if let Place::Scene { number, part: None } = place {
            self.focus = Some(format!("scene {number}"));
        }
    }

    /// The whole editor, in the space `ui` gives it.
    pub fn show(&mut self, ui: &mut Ui) -> Option<Outcome> {
        let ctx = ui.ctx().clone();
        self.words = crate::words::Wording::of(&ctx);
        self.forget_stale_message();
        let mut outcome = if ctx.input_mut(|i| i.consume_shortcut(&SAVE)) { self.save() } else { None };
        if ctx.input_mut(|i| i.consume_shortcut(&REDO) || i.consume_shortcut(&REDO_Y)) {
            self.redo();
        } else if ctx.input_mut(|i| i.consume_shortcut(&UNDO)) {
            self.undo();
        }
        if ctx.input(|i| !i.raw.dropped_files.is_empty()) {
            let mut import = CrewImport::default();
            import.take_dropped(&ctx);
            self.crew_import = Some(import);
            self.section = Section::Crew;
        }
        egui::Panel::top("editor-bar").show(ui, |ui| {
            if let Some(o) = self.top_bar(ui) {
                outcome = Some(o);
            }
        });
        egui::Panel::left("editor-sections").resizable(false).exact_size(250.0).show(ui, |ui| self.sections(ui));
        egui::Panel::right("editor-checks")
            .resizable(false)
            .exact_size(380.0)
            .show(ui, |ui| self.checks_and_preview(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("editor-form").auto_shrink(false).show(ui, |ui| self.form(ui));
        });
        if let Some(o) = self.modals(&ctx) {
            outcome = Some(o);
        }
        self.script_window(&ctx);
        self.undoer.feed_state(ctx.input(|i| i.time), &self.draft);
        outcome
    }

    fn top_bar(&mut self, ui: &mut Ui) -> Option<Outcome> {
        let mut outcome = None;
        ui.horizontal(|ui| {
            let unsaved = self.has_unsaved_changes();
            let name = self.path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let w = self.words;
            ui.label(RichText::new(w.fill("editor.editing", &[("name", &name)])).strong());
            if unsaved {
                ui.colored_label(ui.visuals().warn_fg_color, w.get("editor.unsaved_changes"));
            }
            if ui.button(w.get("editor.save")).on_hover_text(ui.ctx().format_shortcut(&SAVE)).clicked() {
                outcome = self.save();
            }
            if ui.add_enabled(self.undoer.has_undo(&self.draft), egui::Button::new(w.get("editor.undo"))).clicked() {
                self.undo();
            }
            if ui.add_enabled(self.undoer.has_redo(&self.draft), egui::Button::new(w.get("editor.redo"))).clicked() {
                self.redo();
            }
            if ui.button(w.get("menu.new_day")).clicked() {
                self.start_new_day();
            }
            if ui.button(w.get("editor.close_editor")).clicked() {
                outcome = self.request_close();
            }
        });
        if self.on_disk.is_none() {
            ui.horizontal(|ui| {
                let label = ui.label(self.words.get("editor.save_as"));
                let mut path = self.path.display().to_string();
                if ui.add(egui::TextEdit::singleline(&mut path).desired_width(520.0)).labelled_by(label.id).changed() {
                    self.path = PathBuf::from(path);
                }
            });
        }
        if let Some((message, problem)) = self.message.clone() {
            let colour = if problem { ui.visuals().error_fg_color } else { crate::theme::saved_color(ui) };
            ui.horizontal(|ui| {
                ui.colored_label(colour, message);
                if self.deleted && ui.button(self.words.get("editor.undo")).clicked() {
                    self.undo();
                }
            });
        }
        outcome
    }

    fn checks_and_preview(&mut self, ui: &mut Ui) {
        self.diagnostics();
        if let Some(d) = checks::show(ui, &self.diagnostics, self.typed.len()).cloned() {
            self.go_to(&d);
        }
        let Section::Scene(i) = self.section else { return };
        let Some(scene) = self.draft.scenes.get(i) else { return };
        ui.separator();
        let choices = LanguageMode::choices(&self.draft.languages);
        let program = LanguageMode::Only(self.words.0);
        let preview_mode = match self.preview_mode {
            Some(mode) if choices.contains(&mode) => mode,
            _ if choices.contains(&program) => program,
            _ => choices.first().copied().unwrap_or_default(),
        };
        ui.horizontal(|ui| {
            for mode in choices {
                if ui.selectable_label(mode == preview_mode, mode.label()).clicked() {
                    self.preview_mode = Some(mode);
                }
            }
        });
        self.preview.show(ui, &self.draft, scene, preview_mode);
    }

    fn form(&mut self, ui: &mut Ui) {
        let picks = self.picks.of(&self.draft.crew);
        let roster: Vec<String> = self.draft.crew.iter().map(|c| c.name.clone()).collect();
        let languages = self.draft.languages.clone();
        let mut form =
            fields::Form { languages: &languages, focus: &mut self.focus, typed: &mut self.typed, roster: &picks };
        let b = &mut self.draft;
        match self.section {
            Section::Day => sections::day(ui, &mut form, b),
            Section::Contacts => sections::contacts(ui, &mut form, b),
            Section::Emergency => sections::emergency(ui, &mut form, b),
            Section::Crew => {
                let mut imported = None;
                if let Some(import) = &mut self.crew_import {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.heading(self.words.get("console.import_crew"));
                        imported = import.show(ui, self.words.get("editor.add_to_roster"), || roster.clone());
                    });
                } else if ui.button(self.words.get("editor.import_crew")).clicked() {
                    self.crew_import = Some(CrewImport::default());
                }
                if let Some(accepted) = imported {
                    // One change to the draft: one step for Undo.
                    let added = add_crew(b, &accepted.people, &accepted.phones).len().to_string();
                    let path = &accepted.path;
                    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    let said = self.words.fill("editor.added_people", &[("added", &added), ("name", &name)]);
                    self.message = Some((said, false));
                    self.crew_import = None;
                }
                sections::crew(ui, &mut form, b);
            }
            Section::Incidents => sections::incidents(ui, &mut form, b),
            Section::Scene(i) => match b.scenes.get_mut(i) {
                Some(s) => scene::scene(ui, &mut form, s),
                None => {
                    ui.label(self.words.get("editor.no_scenes"));
                }
            },
        }
    }
}
