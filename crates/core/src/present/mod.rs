//! Presenting: every action a presenter can take is a [`Command`]; the [`Navigator`]
//! applies the ones about moving through the deck.
//!
//! Keys, clicker buttons and on-screen buttons all become commands, so behaviour is
//! tested without a window.

use std::time::Duration;

/// Everything the presenter can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Go to the next slide (Right, Down, Space, `PageDown`, Enter, N).
    Next,
    /// Go to the previous slide (Left, Up, `PageUp`, Backspace, P).
    Previous,
    /// Go to the first slide (Home).
    First,
    /// Go to the last slide (End).
    Last,
    /// Add a digit to the slide number being typed.
    Digit(u8),
    /// Jump to the typed slide number (Enter or G after digits).
    Jump,
    /// Jump to the first slide of the scene whose number was typed (E after digits).
    JumpToScene,
    /// Black out the screen (B or .), or return from it.
    Black,
    /// White out the screen (W), or return from it.
    White,
    /// Show or hide the key map (?).
    Help,
    /// Enter or leave full screen (F, F11).
    ToggleFullscreen,
    /// Leave full screen, close the key map, clear a typed number (Esc).
    Escape,
    /// English, Spanish, both (L).
    CycleLanguage,
    /// Daylight or night theme (T).
    ToggleTheme,
    /// Switch this window between the audience slides and the presenter view (S).
    TogglePresenterView,
    /// Open or close a separate presenter window (V).
    TogglePresenterWindow,
    /// Re-read the briefing file (F5, Ctrl+R).
    Reload,
    /// Switch between the slides and the attendance screen (A).
    ToggleAttendance,
}

/// What the audience screen shows besides slides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    Black,
    White,
}

/// Position in the deck, a blank screen, and a slide number being typed.
#[derive(Clone, Debug, Default)]
pub struct Navigator {
    current: usize,
    len: usize,
    pub blank: Option<Blank>,
    typed: String,
    pub help: bool,
    /// A typed jump that went nowhere, said until the next command: "No slide 25".
    pub refused: Option<String>,
}

impl Navigator {
    pub fn new(len: usize) -> Self {
        Self { len, ..Self::default() }
    }

    /// The current slide, counted from 0.
    pub fn current(&self) -> usize {
        self.current
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The slide number typed so far, for display.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// Goes to the first slide of the scene typed, among `scenes` (each scene's number
    /// and its first slide): "52" then E goes to scene 52, whatever slide that is.
    pub fn jump_to_scene<'a>(&mut self, mut scenes: impl Iterator<Item = (&'a str, usize)>) {
        let typed = std::mem::take(&mut self.typed);
        if typed.is_empty() {
            return;
        }
        self.refused = None;
        match scenes.find(|(number, _)| number.eq_ignore_ascii_case(&typed)) {
            Some((_, index)) => self.go_to(index),
            None => self.refused = Some(format!("No scene {typed} in this briefing")),
        }
    }

    /// Keeps the position valid when the deck changes length.
    pub fn set_len(&mut self, len: usize) {
        self.len = len;
        self.current = self.current.min(len.saturating_sub(1));
    }

    pub fn go_to(&mut self, index: usize) {
        self.current = index.min(self.len.saturating_sub(1));
    }

    /// Applies a navigation command; returns false for commands that are not about
    /// navigation, which the caller handles. While the screen is blank, any command
    /// only brings the slides back, so nobody misses a slide.
    pub fn apply(&mut self, command: Command) -> bool {
        if self.blank.is_some() {
            self.blank = None;
            return true;
        }
        self.refused = None;
        match command {
            Command::Next => {
                if !self.typed.is_empty() {
                    return self.apply(Command::Jump);
                }
                self.go_to(self.current + 1);
            }
            Command::Previous => {
                self.typed.clear();
                self.current = self.current.saturating_sub(1);
            }
            Command::First => self.go_to(0),
            Command::Last => self.go_to(self.len.saturating_sub(1)),
            Command::Digit(d) => {
                if self.typed.len() < 4 {
                    self.typed.push(char::from(b'0' + d.min(9)));
                }
            }
            Command::Jump => {
                match self.typed.parse::<usize>() {
                    Ok(n) if (1..=self.len).contains(&n) => self.go_to(n - 1),
                    Ok(n) => self.refused = Some(format!("No slide {n}: there are {} slides", self.len)),
                    Err(_) => {}
                }
                self.typed.clear();
            }
            Command::Black => self.blank = Some(Blank::Black),
            Command::White => self.blank = Some(Blank::White),
            Command::Help => self.help = !self.help,
            // Esc closes what is open on the slide (the key map, a typed number) and
            // only that; with nothing open it is the window's (leave full screen).
            Command::Escape if self.help || !self.typed.is_empty() => {
                self.typed.clear();
                self.help = false;
            }
            _ => return false,
        }
        true
    }
}

/// "12:34" for an elapsed time.
pub fn format_elapsed(elapsed: Duration) -> String {
    let secs = elapsed.as_secs();
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{:02}:{:02}", secs / 60, secs % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_previous_stay_in_the_deck() {
        let mut n = Navigator::new(3);
        n.apply(Command::Previous);
        assert_eq!(n.current(), 0);
        for _ in 0..5 {
            n.apply(Command::Next);
        }
        assert_eq!(n.current(), 2);
        n.apply(Command::First);
        assert_eq!(n.current(), 0);
        n.apply(Command::Last);
        assert_eq!(n.current(), 2);
    }

    #[test]
    fn typed_number_then_jump() {
        let mut n = Navigator::new(20);
        n.apply(Command::Digit(1));
        n.apply(Command::Digit(2));
        assert_eq!(n.typed(), "12");
        n.apply(Command::Jump);
        assert_eq!(n.current(), 11);
        n.apply(Command::Digit(9));
        n.apply(Command::Digit(9));
        n.apply(Command::Next);
        assert_eq!(n.current(), 11, "a slide that does not exist: stay, and say so");
        assert_eq!(n.refused.as_deref(), Some("No slide 99: there are 20 slides"));
        n.apply(Command::Next);
        assert_eq!((n.current(), n.refused.as_deref()), (12, None), "said until the next command");
        n.apply(Command::Digit(5));
        n.apply(Command::Digit(2));
        n.jump_to_scene([("47", 5), ("52", 9), ("52A", 14)].into_iter());
        assert_eq!(n.current(), 9, "52 then E: scene 52's first slide");
        n.apply(Command::Digit(3));
        n.jump_to_scene(std::iter::once(("47", 5)));
        assert_eq!((n.current(), n.refused.as_deref()), (9, Some("No scene 3 in this briefing")));
    }

    #[test]
    fn any_key_leaves_blackout_without_moving() {
        let mut n = Navigator::new(5);
        n.apply(Command::Black);
        assert_eq!(n.blank, Some(Blank::Black));
        n.apply(Command::Next);
        assert_eq!(n.blank, None);
        assert_eq!(n.current(), 0);
        n.apply(Command::White);
        n.apply(Command::ToggleTheme);
        assert_eq!(n.blank, None);
    }

    #[test]
    fn elapsed_format() {
        assert_eq!(format_elapsed(Duration::from_secs(75)), "01:15");
        assert_eq!(format_elapsed(Duration::from_secs(3725)), "1:02:05");
    }
}
