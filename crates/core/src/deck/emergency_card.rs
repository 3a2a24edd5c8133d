//! The day's emergency card a phone keeps after its owner signs.
//!
//! What to call, where to go, who the medic is, and the right to stop work, in the
//! person's language. Each number is given apart from its words so the page can make
//! it a tap-to-call link.

use serde::Serialize;

use crate::briefing::text::{Lang, StaticText, Text};
use crate::briefing::{Briefing, Role};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EmergencyCard {
    pub title: String,
    /// The number to call first ("911"), with its label.
    pub emergency: Option<Call>,
    pub rows: Vec<CardRow>,
    pub right_to_stop: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Call {
    pub label: String,
    pub number: Dial,
}

/// A number to call: as the `tel:` link dials it, and as the briefing writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Dial {
    pub dial: String,
    pub written: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CardRow {
    pub label: String,
    pub value: String,
    /// A number to call for this row.
    pub call: Option<Dial>,
}

impl EmergencyCard {
    pub fn of(b: &Briefing, lang: Lang) -> Self {
        let say = |key: &'static str| StaticText::new(key).get(lang).to_owned();
        let text = |t: &Text| t.best(lang).to_owned();
        let e = &b.emergency;
        let mut rows = Vec::new();
        if let Some(h) = &e.hospital {
            let distance = h.distance.as_ref().map(|d| format!(" ({})", text(d))).unwrap_or_default();
            rows.push(CardRow {
                label: say("slide.nearest_hospital"),
                value: format!("{}, {}{distance}", h.name, h.address),
                call: callable(&h.phone),
            });
        }
        for medic in b.people_in(Role::SetMedic) {
            rows.push(CardRow {
                label: say("slide.set_medic"),
                value: medic.name.clone(),
                call: callable(&medic.phone),
            });
        }
        let mut said = |key: &'static str, t: &Option<Text>| {
            if let Some(t) = t {
                rows.push(CardRow { label: say(key), value: text(t), call: None });
            }
        };
        said("slide.muster_point", &e.muster_point);
        said("slide.first_aid", &e.first_aid);
        said("slide.report_an_injury_or_concern", &e.report_injury);
        if let Some(rep) = b.contact(Role::SafetyRep) {
            rows.push(CardRow {
                label: say("slide.safety_representative"),
                value: rep.name.clone(),
                call: callable(&rep.phone),
            });
        }
        if let Some(hotline) = &e.hotline {
            let number = text(hotline);
            rows.push(CardRow { label: say("slide.anonymous_safety_hotline"), call: callable(&number), value: number });
        }
        Self {
            title: say("slide.in_an_emergency"),
            emergency: callable(&e.emergency_number)
                .map(|number| Call { label: say("slide.emergency_number"), number }),
            rows,
            right_to_stop: say("slide.right_to_stop_work"),
        }
    }
}

/// The number to dial, if the text is one: a hotline may be written as words or a web
/// address.
fn callable(written: &str) -> Option<Dial> {
    dialled(written).map(|dial| Dial { dial, written: written.trim().to_owned() })
}

/// The number as a `tel:` link takes it ("+1 505 555 0160" -> "+15055550160").
fn dialled(written: &str) -> Option<String> {
    let written = written.trim();
    let digits: String = written
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .enumerate()
        .filter(|(i, c)| *c != '+' || *i == 0)
        .map(|(_, c)| c)
        .collect();
    let kept: usize = written.chars().filter(|c| c.is_ascii_digit() || "+ -().".contains(*c)).count();
    // Only a text that is a phone number throughout: "ext. 4" or a URL is not dialled.
    (digits.chars().filter(char::is_ascii_digit).count() >= 3 && kept == written.chars().count()).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_dialled_only_when_the_text_is_a_number() {
        assert_eq!(dialled("+1 505 555 0160").as_deref(), Some("+15055550160"));
        assert_eq!(dialled("911").as_deref(), Some("911"));
        assert_eq!(dialled("(505) 555-0199").as_deref(), Some("5055550199"));
        assert_eq!(dialled("call the office"), None);
        assert_eq!(dialled("safety.example.org/report"), None);
        assert_eq!(dialled(""), None);
        assert_eq!(callable(" +1 505 555 0160 ").map(|d| d.written), Some("+1 505 555 0160".to_owned()));
    }
}
