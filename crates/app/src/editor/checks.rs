//! The editor's live checks: the diagnostics `setbrief validate` gives, each a button
//! that opens the field it is about.

use egui::{RichText, Ui};

use crate::words::Say as _;
use setbrief_core::briefing::{Diagnostic, Severity};

/// Lists `diagnostics`; returns the one clicked.
pub fn show<'d>(ui: &mut Ui, diagnostics: &'d [Diagnostic], unreadable: usize) -> Option<&'d Diagnostic> {
    let (errors, warnings) = setbrief_core::briefing::diagnostic::count(diagnostics);
    ui.heading(ui.say("editor.checks"));
    // Text a field holds that does not read yet is not in the draft: the day is not
    // ready, whatever the checks of the draft say.
    if unreadable > 0 {
        ui.colored_label(ui.visuals().error_fg_color, ui.say_count("editor.unreadable_fields", unreadable as u64));
    }
    if diagnostics.is_empty() {
        if unreadable == 0 {
            ui.colored_label(crate::theme::saved_color(ui), ui.say("editor.no_problems"));
        }
        return None;
    }
    let summary = format!(
        "{} · {}",
        ui.say_count("editor.errors", errors as u64),
        ui.say_count("editor.warnings", warnings as u64)
    );
    let colour = if errors > 0 { ui.visuals().error_fg_color } else { ui.visuals().warn_fg_color };
    ui.colored_label(colour, summary);
    if errors > 0 {
        ui.label(RichText::new(ui.say("editor.errors_block")).weak());
    }
    let mut clicked = None;
    egui::ScrollArea::vertical().id_salt("checks").max_height(ui.available_height() * 0.55).show(ui, |ui| {
        for d in diagnostics {
            let (mark, colour) = match d.severity {
                Severity::Error => (ui.say("editor.error"), ui.visuals().error_fg_color),
                Severity::Warning => (ui.say("editor.warning"), ui.visuals().warn_fg_color),
            };
            let (said, hover) = in_program_language(ui, d);
            let label = format!("{mark} {}", d.code);
            let title =
                RichText::new(ui.say_with("punct.label_value", &[("label", &label), ("value", &said)])).color(colour);
            let button = egui::Button::new(title).wrap().frame(false);
            let response = ui.add(button).on_hover_text(hover);
            if let Some(field) = &d.field {
                ui.label(
                    RichText::new(format!("   {}", setbrief_core::briefing::edit::field_words(field))).weak().small(),
                );
            }
            if response.clicked() {
                clicked = Some(d);
            }
        }
    });
    clicked
}

/// What to say of `d`, and what to show on hover. A safety rule's diagnostic names the
/// thing in English (`validate`'s words, with the file's own syntax in its help); in
/// another program language the rule's summary in that language is said, and the
/// English detail is on hover.
pub fn in_program_language(ui: &Ui, d: &Diagnostic) -> (String, String) {
    let lang = crate::words::program_language(ui.ctx());
    let help = d.help.clone().unwrap_or_default();
    match setbrief_core::briefing::rules::rule_info(d.code) {
        Some(rule) if lang != setbrief_core::briefing::Lang::En => {
            (rule.summary(lang).to_owned(), format!("{}\n{help}", d.message).trim_end().to_owned())
        }
        _ => (d.message.clone(), help),
    }
}
