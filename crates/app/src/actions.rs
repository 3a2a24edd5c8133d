//! Every user action, defined once: its [`Command`], menu label, keys, help text and
//! the screens where it works.
//!
//! The key handling, the menus (with shortcut text formatted by egui), the `?` key map
//! and the README's key table all come from [`ACTIONS`]; a test keeps the README in
//! step.
//!
//! Clickers send `PageUp`/`PageDown`, '.'/B for blank and F5/Esc; a held key's
//! auto-repeat is ignored so a stuck button or a nervous thumb cannot race through
//! the deck.

use egui::{Key, KeyboardShortcut, Modifiers};
use setbrief_core::briefing::Lang;
use setbrief_core::language::Words;
use setbrief_core::present::Command;

/// The screens an action works on, as a set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Screens(u8);

impl Screens {
    /// Slides of a briefing that can be presented (the audience or presenter view).
    pub const PRESENTING: Self = Self(1);
    /// A briefing's diagnostics, shown while errors or unread warnings block presenting.
    pub const DIAGNOSTICS: Self = Self(2);
    /// The attendance console and crew sign-in.
    pub const ATTENDANCE: Self = Self(4);
    /// The briefing editor, whose keys are its own.
    pub const EDITING: Self = Self(8);
    const ALL: Self = Self(7);

    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }
}

/// Where an action appears in the menu bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    Go,
    View,
}

/// One user action.
#[derive(Clone, Copy, Debug)]
pub struct Action {
    pub command: Command,
    /// The words file's keys for it: `{words}.label` as the menu says it, `{words}.help`
    /// for what it does (the key map and the README), `{words}.keys` where written keys
    /// are words.
    pub words: &'static str,
    /// Every key that does it, the one to show first. For [`Command::Digit`] these
    /// are the digit keys in order, each giving its own digit.
    pub keys: &'static [KeyboardShortcut],
    /// Whether the key map and the README write the keys in words (`{words}.keys`),
    /// where the key list alone does not say it ("a number, then Enter or G").
    pub keys_text: bool,
    pub screens: Screens,
    pub menu: Option<Menu>,
}

impl Action {
    /// As the menu says it, in `lang`.
    pub fn label(&self, lang: Lang) -> &'static str {
        Words::lookup(&format!("{}.label", self.words), lang)
    }

    /// What it does, in `lang`.
    pub fn help(&self, lang: Lang) -> &'static str {
        Words::lookup(&format!("{}.help", self.words), lang)
    }
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const SLIDES: Screens = Screens::PRESENTING;
const ANYWHERE: Screens = Screens::ALL;

/// The table. Its order is the key map's order.
pub const ACTIONS: &[Action] = &[
    Action {
        command: Command::Next,
        words: "action.next",
        keys: &[
            key(Key::ArrowRight),
            key(Key::ArrowDown),
            key(Key::Space),
            key(Key::PageDown),
            key(Key::Enter),
            key(Key::N),
        ],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::Go),
    },
    Action {
        command: Command::Previous,
        words: "action.previous",
        keys: &[key(Key::ArrowLeft), key(Key::ArrowUp), key(Key::PageUp), key(Key::Backspace), key(Key::P)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::Go),
    },
    Action {
        command: Command::First,
        words: "action.first",
        keys: &[key(Key::Home)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::Go),
    },
    Action {
        command: Command::Last,
        words: "action.last",
        keys: &[key(Key::End)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::Go),
    },
    Action {
        command: Command::Digit(0),
        words: "action.digit",
        keys: &[
            key(Key::Num0),
            key(Key::Num1),
            key(Key::Num2),
            key(Key::Num3),
            key(Key::Num4),
            key(Key::Num5),
            key(Key::Num6),
            key(Key::Num7),
            key(Key::Num8),
            key(Key::Num9),
        ],
        keys_text: true,
        screens: SLIDES,
        menu: None,
    },
    Action {
        command: Command::Jump,
        words: "action.jump",
        keys: &[key(Key::G)],
        keys_text: false,
        screens: SLIDES,
        menu: None,
    },
    Action {
        command: Command::JumpToScene,
        words: "action.jump_to_scene",
        keys: &[key(Key::E)],
        keys_text: false,
        screens: SLIDES,
        menu: None,
    },
    Action {
        command: Command::Black,
        words: "action.black",
        keys: &[key(Key::B), key(Key::Period)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::View),
    },
    Action {
        command: Command::White,
        words: "action.white",
        keys: &[key(Key::W)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::View),
    },
    Action {
        command: Command::ToggleFullscreen,
        words: "action.toggle_fullscreen",
        keys: &[key(Key::F), key(Key::F11)],
        keys_text: false,
        screens: ANYWHERE,
        menu: Some(Menu::View),
    },
    Action {
        command: Command::Escape,
        words: "action.escape",
        keys: &[key(Key::Escape)],
        keys_text: false,
        screens: ANYWHERE,
        menu: None,
    },
    Action {
        command: Command::CycleLanguage,
        words: "action.cycle_language",
        keys: &[key(Key::L)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::View),
    },
    Action {
        command: Command::ToggleTheme,
        words: "action.toggle_theme",
        keys: &[key(Key::T)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::View),
    },
    Action {
        command: Command::TogglePresenterView,
        words: "action.toggle_presenter_view",
        keys: &[key(Key::S)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::View),
    },
    Action {
        command: Command::TogglePresenterWindow,
        words: "action.toggle_presenter_window",
        keys: &[key(Key::V)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::View),
    },
    Action {
        command: Command::Reload,
        words: "action.reload",
        keys: &[key(Key::F5), ctrl(Key::R)],
        keys_text: false,
        screens: ANYWHERE,
        menu: Some(Menu::File),
    },
    Action {
        command: Command::Help,
        words: "action.help",
        keys: &[key(Key::Questionmark)],
        keys_text: false,
        screens: SLIDES,
        menu: Some(Menu::View),
    },
    Action {
        command: Command::ToggleAttendance,
        words: "action.toggle_attendance",
        keys: &[key(Key::A)],
        keys_text: false,
        screens: Screens(Screens::PRESENTING.0 | Screens::ATTENDANCE.0),
        menu: Some(Menu::View),
    },
];

/// The action a key press asks for, if any, with the command it gives.
pub fn command_for(pressed: Key, modifiers: Modifiers) -> Option<(&'static Action, Command)> {
    ACTIONS.iter().find_map(|action| {
        let index = action.keys.iter().position(|s| s.logical_key == pressed && matches(s.modifiers, modifiers))?;
        let command = match action.command {
            Command::Digit(_) => Command::Digit(u8::try_from(index).ok()?),
            other => other,
        };
        Some((action, command))
    })
}

/// Shifted keys such as `?` arrive with Shift held; other modifiers must match.
fn matches(wanted: Modifiers, got: Modifiers) -> bool {
    wanted.command == (got.command || got.ctrl) && wanted.alt == got.alt
}

/// The commands in this frame's key presses that work on `screen`, auto-repeats dropped.
pub fn commands(events: &[egui::Event], screen: Screens) -> Vec<Command> {
    events
        .iter()
        .filter_map(|e| match e {
            egui::Event::Key { key, pressed: true, repeat: false, modifiers, .. } => command_for(*key, *modifiers),
            _ => None,
        })
        .filter(|(action, _)| action.screens.contains(screen))
        .map(|(_, command)| command)
        .collect()
}

/// Whether this frame had any key press, for "any key returns" from a blank screen.
pub fn any_key_pressed(events: &[egui::Event]) -> bool {
    events.iter().any(|e| matches!(e, egui::Event::Key { pressed: true, repeat: false, .. }))
}

/// The action of a command, for menus and labels.
pub fn action(command: Command) -> Option<&'static Action> {
    ACTIONS.iter().find(|a| a.command == command)
}

/// A key as people write it: `Right`, `PageDown`, `Ctrl+R`, `.`.
pub fn key_name(shortcut: KeyboardShortcut) -> String {
    let name = match shortcut.logical_key {
        Key::ArrowRight => "Right",
        Key::ArrowLeft => "Left",
        Key::ArrowUp => "Up",
        Key::ArrowDown => "Down",
        Key::Period => ".",
        Key::Questionmark => "?",
        Key::Escape => "Esc",
        other => other.name(),
    };
    if shortcut.modifiers.command { format!("Ctrl+{name}") } else { name.to_owned() }
}

/// The keys of an action as the key map writes them, in `lang`: `Right, Down, Space,
/// PageDown, Enter, N`.
pub fn keys_text(action: &Action, lang: Lang) -> String {
    if action.keys_text {
        Words::lookup(&format!("{}.keys", action.words), lang).to_owned()
    } else {
        action.keys.iter().map(|k| key_name(*k)).collect::<Vec<_>>().join(", ")
    }
}

/// The README's key table, generated from [`ACTIONS`].
pub fn markdown_key_table() -> String {
    let mut out = String::from("| keys | action |\n|---|---|\n");
    for action in ACTIONS {
        out.push_str(&format!("| {} | {} |\n", keys_text(action, Lang::En), action.help(Lang::En)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: Key, repeat: bool) -> egui::Event {
        egui::Event::Key { key, physical_key: None, pressed: true, repeat, modifiers: Modifiers::NONE }
    }

    fn command(key: Key, modifiers: Modifiers) -> Option<Command> {
        command_for(key, modifiers).map(|(_, c)| c)
    }

    #[test]
    fn clicker_keys_navigate() {
        assert_eq!(command(Key::PageDown, Modifiers::NONE), Some(Command::Next));
        assert_eq!(command(Key::PageUp, Modifiers::NONE), Some(Command::Previous));
        assert_eq!(command(Key::Period, Modifiers::NONE), Some(Command::Black));
        assert_eq!(command(Key::F5, Modifiers::NONE), Some(Command::Reload));
        assert_eq!(command(Key::R, Modifiers::CTRL), Some(Command::Reload));
        assert_eq!(command(Key::R, Modifiers::NONE), None);
        assert_eq!(command(Key::Num7, Modifiers::NONE), Some(Command::Digit(7)));
        assert_eq!(command(Key::Questionmark, Modifiers::SHIFT), Some(Command::Help));
    }

    #[test]
    fn auto_repeat_is_ignored() {
        let events = [press(Key::PageDown, false), press(Key::PageDown, true), press(Key::PageDown, true)];
        assert_eq!(commands(&events, Screens::PRESENTING), vec![Command::Next]);
    }

    #[test]
    fn slide_keys_do_nothing_on_the_attendance_screen() {
        let events = [press(Key::F, false), press(Key::N, false), press(Key::B, false), press(Key::A, false)];
        assert_eq!(commands(&events, Screens::ATTENDANCE), vec![Command::ToggleFullscreen, Command::ToggleAttendance]);
    }

    #[test]
    fn no_key_does_two_things() {
        let mut seen = Vec::new();
        for action in ACTIONS {
            for k in action.keys {
                assert!(!seen.contains(k), "{} is bound twice", key_name(*k));
                seen.push(*k);
            }
        }
    }
}
