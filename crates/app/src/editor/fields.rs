//! The editor's form fields. Each is labelled for screen readers and UI tests, binds
//! straight to the draft (so undo is the draft's), and takes the keyboard when a
//! clicked diagnostic names it.

use std::collections::HashMap;

use crate::words::Say as _;
use egui::{Response, RichText, TextEdit, Ui};
use setbrief_core::briefing::edit::{set_text, text_in};
use setbrief_core::briefing::{Lang, Text};

/// What every field of one frame's form shares.
pub struct Form<'a> {
    pub languages: &'a [Lang],
    /// The field a clicked diagnostic asked for, until a field takes it.
    pub focus: &'a mut Option<String>,
    /// Dates, times and offsets as typed, while they do not read yet.
    pub typed: &'a mut HashMap<String, String>,
    /// Everyone on the crew list, for the name pickers.
    pub roster: &'a [super::picker::Pick],
}

/// The width of a one-line field.
const LINE_WIDTH: f32 = 420.0;

impl Form<'_> {
    /// Gives `response` the keyboard if a diagnostic asked for `key`.
    pub fn claim(&mut self, key: &str, response: &Response) {
        if self.focus.as_deref() == Some(key) {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            *self.focus = None;
        }
    }

    /// Whether a diagnostic asks for `key` (or a field under it), for sections that
    /// must open before the field exists.
    pub fn asks_for(&self, key: &str) -> bool {
        self.focus.as_deref().is_some_and(|f| f == key || f.starts_with(&format!("{key}.")))
    }

    pub fn line(&mut self, ui: &mut Ui, key: &str, label: &str, value: &mut String) -> Response {
        ui.vertical(|ui| {
            let name = ui.label(label);
            let response = ui.add(TextEdit::singleline(value).desired_width(LINE_WIDTH)).labelled_by(name.id);
            self.claim(key, &response);
            response
        })
        .inner
    }

    /// Free text for the 1st AD only (presenter notes), several lines.
    pub fn notes(&mut self, ui: &mut Ui, key: &str, label: &str, value: &mut Option<String>) {
        let mut text = value.clone().unwrap_or_default();
        let name = ui.label(label);
        let response =
            ui.add(TextEdit::multiline(&mut text).desired_rows(2).desired_width(f32::INFINITY)).labelled_by(name.id);
        self.claim(key, &response);
        if response.changed() {
            *value = (!text.trim().is_empty()).then_some(text);
        }
    }

    /// Text the crew reads, one box per language side by side, with a mark on a
    /// language that is missing.
    pub fn text(&mut self, ui: &mut Ui, key: &str, label: &str, text: &mut Text) -> bool {
        let languages = self.languages.to_vec();
        let heading = ui.label(RichText::new(label).strong());
        let mut changed = false;
        let lacking = if text.is_blank() { Vec::new() } else { text.missing_languages(&languages) };
        ui.columns(languages.len().max(1), |columns| {
            for (column, &lang) in columns.iter_mut().zip(&languages) {
                let mut value = text_in(text, lang, &languages).to_owned();
                let missing = languages.len() > 1 && lacking.contains(&lang);
                if languages.len() > 1 {
                    let heading = if missing {
                        RichText::new(column.say_with("editor.lang_missing", &[("language", lang.endonym())]))
                            .color(column.visuals().warn_fg_color)
                    } else {
                        RichText::new(lang.endonym()).weak()
                    };
                    column.label(heading);
                }
                let hint = if missing {
                    column.say_with("editor.write_it_in", &[("language", lang.endonym())])
                } else {
                    String::new()
                };
                let response = column
                    .add(TextEdit::multiline(&mut value).desired_rows(1).desired_width(f32::INFINITY).hint_text(hint));
                let response = if languages.len() > 1 {
                    response.accessible_name(format!("{label}, {}", lang.endonym()))
                } else {
                    response.labelled_by(heading.id)
                };
                if languages.first() == Some(&lang) || missing {
                    self.claim(key, &response);
                }
                if response.changed() {
                    set_text(text, lang, &value, &languages);
                    changed = true;
                }
            }
        });
        changed
    }

    pub fn optional_text(&mut self, ui: &mut Ui, key: &str, label: &str, value: &mut Option<Text>) {
        let mut text = value.clone().unwrap_or_default();
        if self.text(ui, key, label, &mut text) {
            *value = (!text.is_blank()).then_some(text);
        }
    }

    /// A list of crew-facing lines (points, PPE, exclusion zones).
    pub fn text_list(
        &mut self,
        ui: &mut Ui,
        key: &str,
        (heading, label): (&str, &str),
        items: &mut Vec<Text>,
        add: &str,
    ) {
        ui.label(RichText::new(format!("{heading} ({})", items.len())).heading());
        let w = crate::words::Wording::of(ui.ctx());
        let mut remove = None;
        for (i, item) in items.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(ui.available_width() - 90.0);
                    self.text(ui, key, &format!("{label} {}", i + 1), item);
                });
                let item = format!("{label} {}", i + 1);
                if ui
                    .button(w.get("editor.remove"))
                    .on_hover_text(w.fill("editor.remove_item", &[("item", &item)]))
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            items.remove(i);
        }
        if ui.button(add).clicked() {
            items.push(Text::default());
        }
    }

    /// Names or things, one per line; names can be picked from the crew list.
    pub fn lines(&mut self, ui: &mut Ui, key: &str, label: &str, items: &mut Vec<String>, from_roster: bool) {
        let mut text = items.join("\n");
        let name = ui.label(ui.say_with("editor.one_per_line", &[("label", label)]));
        let response = ui
            .add(TextEdit::multiline(&mut text).desired_rows(items.len().clamp(1, 6)).desired_width(LINE_WIDTH))
            .labelled_by(name.id);
        self.claim(key, &response);
        if response.changed() {
            *items = text.lines().map(str::to_owned).filter(|l| !l.trim().is_empty()).collect();
        }
        if from_roster && !self.roster.is_empty() {
            ui.menu_button(ui.say_with("editor.add_from_crew", &[("label", label)]), |ui| {
                let picked = super::picker::pick(ui, self.roster, items);
                items.extend(picked);
            });
        }
    }

    /// A value typed as text and read by `parse` (a date, a time, an offset). While what
    /// is typed does not read, the draft keeps its last good value and the field says
    /// what form it needs.
    pub fn parsed<T>(
        &mut self,
        ui: &mut Ui,
        key: &str,
        label: &str,
        value: &mut T,
        (show, parse, suggest): (impl Fn(&T) -> String, impl Fn(&str) -> Result<T, String>, Suggest),
    ) {
        ui.vertical(|ui| {
            let name = ui.label(label);
            let mut text = self.typed.get(key).cloned().unwrap_or_else(|| show(value));
            let response = ui.add(TextEdit::singleline(&mut text).desired_width(160.0)).labelled_by(name.id);
            self.claim(key, &response);
            if response.changed() {
                match parse(text.trim()) {
                    Ok(v) => {
                        *value = v;
                        self.typed.remove(key);
                    }
                    Err(_) => {
                        self.typed.insert(key.to_owned(), text);
                    }
                }
            }
            if let Some(typed) = self.typed.get(key).cloned()
                && let Err(why) = parse(typed.trim())
            {
                ui.colored_label(ui.visuals().error_fg_color, why);
                // What was surely meant ("7am" is 07:00), offered, never taken unasked.
                if let Some(meant) = suggest(typed.trim())
                    && let Ok(v) = parse(&meant)
                    && ui.button(ui.say_with("editor.use_suggestion", &[("value", &meant)])).clicked()
                {
                    *value = v;
                    self.typed.remove(key);
                }
            }
        });
    }
}

impl Form<'_> {
    /// A date typed (as the file writes it) or picked from a calendar.
    pub fn date(&mut self, ui: &mut Ui, key: &str, label: &str, value: &mut jiff::civil::Date) {
        let w = crate::words::Wording::of(ui.ctx());
        ui.horizontal_top(|ui| {
            self.parsed(ui, key, label, value, (ToString::to_string, |s: &str| parse_date(s, w), no_suggestion));
            ui.vertical(|ui| {
                ui.label("");
                let before = *value;
                ui.add(
                    egui_extras::DatePickerButton::new(value)
                        .id_salt(key)
                        .show_icon(false)
                        .format(w.get("editor.calendar"))
                        .calendar_week(false),
                );
                if *value != before {
                    self.typed.remove(key);
                }
            });
        });
    }
}

/// Reads a date as briefings write it, saying (in `w`'s language) what form it needs
/// if it is not one.
pub fn parse_date(s: &str, w: crate::words::Wording) -> Result<jiff::civil::Date, String> {
    s.parse().map_err(|_not_a_date: jiff::Error| w.fill("editor.not_a_date", &[("typed", s)]))
}

pub fn parse_time(s: &str, w: crate::words::Wording) -> Result<jiff::civil::Time, String> {
    s.parse().map_err(|_not_a_time: jiff::Error| w.fill("editor.not_a_time", &[("typed", s)]))
}

/// What someone surely meant by text that does not read, if anything.
pub type Suggest = fn(&str) -> Option<String>;

/// For values where nothing typed is surely anything else.
pub fn no_suggestion(_: &str) -> Option<String> {
    None
}

/// The 24-hour time someone surely meant by "7am", "7:30 pm", "7h30", "730" or "19.30".
pub fn suggest_time(typed: &str) -> Option<String> {
    let lower: String = typed.to_lowercase().chars().filter(|c| !c.is_whitespace() && *c != '.').collect();
    let (digits, half) = if let Some(d) = lower.strip_suffix("am").or_else(|| lower.strip_suffix('a')) {
        (d.to_owned(), Some(false))
    } else if let Some(d) = lower.strip_suffix("pm").or_else(|| lower.strip_suffix('p')) {
        (d.to_owned(), Some(true))
    } else {
        (lower, None)
    };
    let (hours, minutes): (u32, u32) = match digits.split_once([':', 'h']) {
        Some((h, m)) => (h.parse().ok()?, if m.is_empty() { 0 } else { m.parse().ok()? }),
        None if digits.len() <= 2 => (digits.parse().ok()?, 0),
        None if digits.len() <= 4 => {
            let n: u32 = digits.parse().ok()?;
            (n / 100, n % 100)
        }
        None => return None,
    };
    let hours = match half {
        Some(pm) if (1..=12).contains(&hours) => hours % 12 + if pm { 12 } else { 0 },
        Some(_) => return None,
        None => hours,
    };
    (hours < 24 && minutes < 60).then(|| format!("{hours:02}:{minutes:02}"))
}

pub fn show_time(t: &jiff::civil::Time) -> String {
    t.strftime("%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::suggest_time;

    #[test]
    fn what_people_type_for_a_time_is_offered_as_the_briefing_writes_it() {
        for (typed, meant) in [
            ("7am", Some("07:00")),
            ("7 AM", Some("07:00")),
            ("7:30pm", Some("19:30")),
            ("12am", Some("00:00")),
            ("12pm", Some("12:00")),
            ("7h30", Some("07:30")),
            ("730", Some("07:30")),
            ("1930", Some("19:30")),
            ("19.30", Some("19:30")),
            ("13pm", None),
            ("soon", None),
            ("2560", None),
        ] {
            assert_eq!(suggest_time(typed).as_deref(), meant, "{typed}");
        }
    }
}
