//! The deck as phones follow it: each slide's words in one language.
//!
//! As text the phone lays out in its own type size. A picture of the slide would be unreadable at arm's
//! length, cost the laptop a render per phone, and leave a crew member who reads
//! Spanish with the English the room sees.
//!
//! A *topic* is a slide with its continuation parts: the big screen splits a long
//! scene over several slides to fit the room; a phone scrolls, so it gets the whole.

use std::sync::Arc;

use serde::Serialize;

use super::{Block, Budget, Slide, SlideKind, Tone, build, pictogram};
use crate::briefing::Briefing;
use crate::briefing::hazard::HazardKind;
use crate::briefing::text::{Lang, LanguageMode, Text};

/// What the laptop's audience screen shows, as phones are told it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Showing {
    /// No slide of this session has been presented yet.
    NotStarted,
    /// A slide of topic `topic`; the big screen shows part `part` of `parts`.
    Slide { topic: usize, part: usize, parts: usize },
    /// The screen is blacked or whited out: nothing is shown, and phones show nothing.
    Blank,
    /// The 1st AD has left the slides for another screen (the console, the crew's
    /// sign-in) after presenting some.
    Paused,
}

/// What phones following a session are told.
///
/// What is on the screen, which topics the room has seen (a phone may scroll back
/// through those, never ahead), and whether the sign-in is open. Published by whoever presents; the phone server only reads it.
#[derive(Clone, Debug)]
pub struct Followed {
    pub showing: Showing,
    /// Topics shown in this session, each once, in the order first shown.
    pub shown: Vec<usize>,
    /// The 1st AD opened the sign-in, or presenting reached the closing slide.
    pub sign_in: bool,
    pub deck: Arc<FollowDeck>,
}

impl PartialEq for Followed {
    fn eq(&self, other: &Self) -> bool {
        self.showing == other.showing
            && self.shown == other.shown
            && self.sign_in == other.sign_in
            && Arc::ptr_eq(&self.deck, &other.deck)
    }
}

impl Followed {
    /// A session nobody has presented yet, with `deck` ready for when they do.
    pub fn new(deck: Arc<FollowDeck>) -> Self {
        Self { showing: Showing::NotStarted, shown: Vec::new(), sign_in: false, deck }
    }

    /// The screen now shows `showing`: a slide shown joins the topics phones may read
    /// back, and the closing slide opens the sign-in.
    pub fn show(&mut self, showing: Showing) {
        // Nothing presented yet: leaving the slides is not a pause of anything.
        self.showing = match showing {
            Showing::Paused | Showing::Blank if self.shown.is_empty() => Showing::NotStarted,
            other => other,
        };
        if let Showing::Slide { topic, .. } = showing {
            if !self.shown.contains(&topic) {
                self.shown.push(topic);
            }
            if self.deck.closing() == Some(topic) {
                self.sign_in = true;
            }
        }
    }

    /// The 1st AD handed the laptop to the crew or opened the sign-in: phones move on.
    pub fn open_sign_in(&mut self) {
        self.sign_in = true;
    }
}

/// The topic the slide at `current` of a presented deck belongs to.
///
/// The parts of a split slide are one topic, so topic numbers are the same whatever
/// the screen's size or the deck's language split it into.
pub fn topic_at(deck: &[Slide], current: usize) -> usize {
    deck.iter().take(current.saturating_add(1)).filter(|s| s.part == 1).count().saturating_sub(1)
}

/// Every topic of a briefing in each of its languages.
#[derive(Debug)]
pub struct FollowDeck {
    kinds: Vec<SlideKind>,
    by_language: Vec<(Lang, Vec<Topic>)>,
}

impl FollowDeck {
    pub fn of(briefing: &Briefing) -> Self {
        // Room for any topic on one "slide": a phone scrolls.
        let whole = Budget { lines: f32::MAX / 4.0, chars_per_line: Budget::READABLE_720P.chars_per_line };
        let languages = if briefing.languages.is_empty() { vec![Lang::En] } else { briefing.languages.clone() };
        let mut kinds = Vec::new();
        let by_language = languages
            .iter()
            .map(|&lang| {
                let slides = build(briefing, LanguageMode::Only(lang), whole);
                if kinds.is_empty() {
                    kinds = slides.iter().map(|s| s.kind.clone()).collect();
                }
                (lang, slides.iter().map(|s| Topic::of(s, lang)).collect())
            })
            .collect();
        Self { kinds, by_language }
    }

    /// An empty deck, for a phone server with nobody presenting (the command line).
    pub fn empty() -> Self {
        Self { kinds: Vec::new(), by_language: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Topic `index` in `lang`, if the briefing has that language.
    pub fn topic(&self, lang: Lang, index: usize) -> Option<&Topic> {
        self.by_language.iter().find(|(l, _)| *l == lang)?.1.get(index)
    }

    /// The closing topic ("Before we start"), where the sign-in opens.
    pub fn closing(&self) -> Option<usize> {
        self.kinds.iter().position(|k| *k == SlideKind::Closing)
    }
}

/// One topic in one language, as the phone page draws it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Topic {
    /// `opening`, `emergency`, `incidents`, `scene` or `closing`.
    pub kind: &'static str,
    pub title: String,
    pub subtitle: Option<String>,
    pub hazards: Vec<Pictogram>,
    pub blocks: Vec<Piece>,
}

/// A hazard's pictogram: its name in the topic's language, and the SVG drawn from the
/// same shapes as the slides'.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Pictogram {
    pub name: String,
    pub svg: String,
}

/// A block of a slide, in one language. `danger` marks what the slide draws in red
/// (stop signals, no live ammunition); the page marks it with a word too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Piece {
    Facts {
        rows: Vec<Row>,
    },
    /// `pictogram`: its place in the topic's `hazards`, whose SVG it shares (sent once).
    Hazard {
        name: String,
        reference: String,
        details: Vec<String>,
        points: Vec<Line>,
        pictogram: Option<usize>,
    },
    List {
        label: String,
        items: Vec<Line>,
    },
    Callout {
        text: String,
        danger: bool,
    },
    Headline {
        label: String,
        value: String,
    },
    Note {
        text: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    pub label: String,
    pub value: String,
    pub danger: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Line {
    pub text: String,
    pub danger: bool,
}

impl Topic {
    fn of(slide: &Slide, lang: Lang) -> Self {
        let say = |t: &Text| t.best(lang).to_owned();
        let danger = |tone: Tone| tone == Tone::Danger;
        let blocks = slide
            .blocks
            .iter()
            .map(|block| match block {
                Block::Facts(facts) => Piece::Facts {
                    rows: facts
                        .iter()
                        .map(|f| Row { label: say(&f.label), value: say(&f.value), danger: danger(f.tone) })
                        .collect(),
                },
                Block::Hazard(h) => Piece::Hazard {
                    name: say(&h.name),
                    reference: say(&h.reference),
                    details: h.details.iter().map(say).collect(),
                    points: h.points.iter().map(|p| Line { text: say(&p.text), danger: danger(p.tone) }).collect(),
                    pictogram: slide.hazards.iter().position(|k| *k == h.kind),
                },
                Block::List { label, items } => Piece::List {
                    label: say(label),
                    items: items.iter().map(|p| Line { text: say(&p.text), danger: danger(p.tone) }).collect(),
                },
                Block::Callout { text, tone } => Piece::Callout { text: say(text), danger: danger(*tone) },
                Block::Headline { label, value } => Piece::Headline { label: say(label), value: say(value) },
                Block::Note(text) => Piece::Note { text: say(text) },
            })
            .collect();
        Self {
            kind: match slide.kind {
                SlideKind::Opening => "opening",
                SlideKind::Emergency => "emergency",
                SlideKind::Incidents => "incidents",
                SlideKind::Scene { .. } => "scene",
                SlideKind::Closing => "closing",
            },
            title: say(&slide.title),
            subtitle: slide.subtitle.as_ref().map(say),
            hazards: slide.hazards.iter().map(|&k| pictogram_of(k, lang)).collect(),
            blocks,
        }
    }
}

fn pictogram_of(kind: HazardKind, lang: Lang) -> Pictogram {
    Pictogram { name: kind.info().name.get(lang).to_owned(), svg: pictogram::to_svg(kind) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn western() -> Briefing {
        let text = include_str!("../../../../briefings/coyote-pass-day-12.ron");
        crate::briefing::load::parse_bytes(std::path::Path::new("day12.ron"), text.as_bytes().to_vec())
            .briefing
            .unwrap_or_else(|| unreachable!("the example briefing reads"))
    }

    #[test]
    fn each_topic_is_whole_and_in_one_language() {
        let b = western();
        let deck = FollowDeck::of(&b);
        let presented = build(&b, LanguageMode::Two(Lang::En, Lang::Es), Budget::READABLE_720P);
        assert!(presented.len() > deck.len(), "the room's deck splits topics the phone gets whole");
        assert_eq!(deck.len(), presented.iter().filter(|s| s.part == 1).count());
        let emergency = deck.topic(Lang::Es, 1).map(|t| (t.kind, t.title.clone()));
        assert_eq!(emergency, Some(("emergency", "En caso de emergencia".to_owned())));
        let scene = deck.topic(Lang::Es, 3);
        assert!(scene.is_some_and(|t| !t.hazards.is_empty() && t.hazards.iter().all(|p| p.svg.starts_with("<svg"))));
        assert!(deck.topic(Lang::Fr, 0).is_none(), "only the briefing's languages");
        assert_eq!(deck.closing(), Some(deck.len() - 1));
    }

    #[test]
    fn a_slide_in_parts_is_one_topic_and_the_closing_slide_opens_the_sign_in() {
        let b = western();
        let presented = build(&b, LanguageMode::Two(Lang::En, Lang::Es), Budget::READABLE_720P);
        let split = presented.iter().position(|s| s.part == 2).unwrap_or_else(|| unreachable!("a split slide"));
        assert_eq!(topic_at(&presented, split), topic_at(&presented, split - 1));
        assert_eq!(topic_at(&presented, 0), 0);
        let mut followed = Followed::new(Arc::new(FollowDeck::of(&b)));
        followed.show(Showing::Paused);
        assert_eq!(followed.showing, Showing::NotStarted, "nothing presented: nothing paused");
        followed.show(Showing::Slide { topic: 2, part: 1, parts: 1 });
        followed.show(Showing::Slide { topic: 0, part: 1, parts: 1 });
        followed.show(Showing::Slide { topic: 2, part: 1, parts: 1 });
        assert_eq!(followed.shown, [2, 0]);
        assert!(!followed.sign_in);
        let closing = topic_at(&presented, presented.len() - 1);
        followed.show(Showing::Slide { topic: closing, part: 1, parts: 1 });
        assert!(followed.sign_in);
        followed.show(Showing::Blank);
        assert_eq!(followed.showing, Showing::Blank);
    }
}
