//! Keys and clicker buttons to [`Command`]s. Clickers send PageUp/PageDown, '.'/B
//! for blank and F5/Esc; a held key's auto-repeat is ignored so a stuck button or
//! a nervous thumb cannot race through the deck.

use egui::{Event, Key, Modifiers};

use setbrief_core::present::Command;

/// The command for one key press, if it has one.
pub fn command_for(key: Key, modifiers: Modifiers) -> Option<Command> {
    if modifiers.command || modifiers.ctrl {
        return match key {
            Key::R => Some(Command::Reload),
            _ => None,
        };
    }
    Some(match key {
        Key::ArrowRight | Key::ArrowDown | Key::Space | Key::PageDown | Key::Enter | Key::N => Command::Next,
        Key::ArrowLeft | Key::ArrowUp | Key::PageUp | Key::Backspace | Key::P => Command::Previous,
        Key::Home => Command::First,
        Key::End => Command::Last,
        Key::G => Command::Jump,
        Key::B | Key::Period => Command::Black,
        Key::W => Command::White,
        Key::Questionmark => Command::Help,
        Key::Slash if modifiers.shift => Command::Help,
        Key::F | Key::F11 => Command::ToggleFullscreen,
        Key::Escape => Command::Escape,
        Key::L => Command::CycleLanguage,
        Key::T => Command::ToggleTheme,
        Key::S => Command::TogglePresenterView,
        Key::V => Command::TogglePresenterWindow,
        Key::F5 => Command::Reload,
        Key::A => Command::ToggleAttendance,
        _ => return digit(key).map(Command::Digit),
    })
}

fn digit(key: Key) -> Option<u8> {
    const DIGITS: [Key; 10] =
        [Key::Num0, Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8, Key::Num9];
    DIGITS.iter().position(|k| *k == key).and_then(|i| u8::try_from(i).ok())
}

/// The commands in this frame's input, auto-repeats dropped. Enter after typed digits
/// is a jump, which the navigator decides.
pub fn commands(events: &[Event]) -> Vec<Command> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Key { key, pressed: true, repeat: false, modifiers, .. } => command_for(*key, *modifiers),
            _ => None,
        })
        .collect()
}

/// The key map shown by `?`, one (keys, action) pair per line.
pub const KEY_MAP: &[(&str, &str)] = &[
    ("Right, Down, Space, PageDown, Enter, N", "next slide"),
    ("Left, Up, PageUp, Backspace, P", "previous slide"),
    ("Home / End", "first / last slide"),
    ("number, then Enter or G", "jump to that slide"),
    ("B or .", "black screen (any key returns)"),
    ("W", "white screen (any key returns)"),
    ("F or F11", "full screen; Esc leaves it"),
    ("L", "English / Español / both"),
    ("T", "daylight / night theme"),
    ("S", "audience slides / presenter view in this window"),
    ("V", "open or close a separate presenter window"),
    ("F5 or Ctrl+R", "reload the briefing file"),
    ("A", "attendance: sessions and sign-in"),
    ("?", "show or hide this key map"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: Key, repeat: bool) -> Event {
        Event::Key { key, physical_key: None, pressed: true, repeat, modifiers: Modifiers::NONE }
    }

    #[test]
    fn clicker_keys_navigate() {
        assert_eq!(command_for(Key::PageDown, Modifiers::NONE), Some(Command::Next));
        assert_eq!(command_for(Key::PageUp, Modifiers::NONE), Some(Command::Previous));
        assert_eq!(command_for(Key::Period, Modifiers::NONE), Some(Command::Black));
        assert_eq!(command_for(Key::F5, Modifiers::NONE), Some(Command::Reload));
        assert_eq!(command_for(Key::R, Modifiers::CTRL), Some(Command::Reload));
        assert_eq!(command_for(Key::Num7, Modifiers::NONE), Some(Command::Digit(7)));
    }

    #[test]
    fn auto_repeat_is_ignored() {
        let events = [press(Key::PageDown, false), press(Key::PageDown, true), press(Key::PageDown, true)];
        assert_eq!(commands(&events), vec![Command::Next]);
    }
}
