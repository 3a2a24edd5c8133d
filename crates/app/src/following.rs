//! Phones follow the briefing: each frame, what the audience screen shows is handed to
//! the phone server, which tells the phones only when it changed. Handing it over never
//! waits on a phone (a `watch` channel keeps only the latest).

use std::sync::Arc;

use setbrief_core::deck::follow::{FollowDeck, Followed, Showing, topic_at};

use crate::Screen;
use crate::attendance::AttendanceUi;
use crate::opening::OpenBriefing;
use crate::presenting::Deck;

/// The session the phones follow, and what they have been told of it.
#[derive(Default)]
pub struct Following {
    followed: Option<(u64, Followed)>,
    /// The deck phones read, made when first needed after the slides were (re)built.
    deck: Option<Arc<FollowDeck>>,
}

impl Following {
    /// The briefing presented was read again or is another: phones get its words.
    pub(crate) fn forget_deck(&mut self) {
        self.deck = None;
    }
}

impl Following {
    /// Tells the phones following the open session what the room sees now: `screen`
    /// of this window, showing `deck`.
    pub(crate) fn publish(&mut self, open: &OpenBriefing, deck: &Deck, screen: Screen, attendance: &AttendanceUi) {
        let Some(session) = open.open_session() else {
            self.followed = None;
            return;
        };
        if !attendance.phones.is_on() {
            return;
        }
        let Some(briefing) = open.briefing() else { return };
        let follow_deck = Arc::clone(self.deck.get_or_insert_with(|| Arc::new(FollowDeck::of(briefing))));
        let showing = match screen {
            Screen::Slides if !open.can_present() => Showing::Paused,
            Screen::Slides if deck.nav.blank.is_some() => Showing::Blank,
            Screen::Slides => match deck.current_slide() {
                Some(slide) => Showing::Slide {
                    topic: topic_at(&deck.slides, deck.nav.current()),
                    part: slide.part,
                    parts: slide.parts,
                },
                None => Showing::Paused,
            },
            Screen::Attendance | Screen::Editor => Showing::Paused,
        };
        let followed = match &mut self.followed {
            Some((of, followed)) if *of == session => followed,
            slot => &mut slot.insert((session, Followed::new(Arc::clone(&follow_deck)))).1,
        };
        followed.deck = follow_deck;
        followed.show(showing);
        // Back at the crew's screens after presenting (or handed to the crew): phones
        // move on to signing. Starting the session there, before any slide, is not that.
        if attendance.locked || (screen == Screen::Attendance && !followed.shown.is_empty()) {
            followed.open_sign_in();
        }
        attendance.phones.follow(followed);
    }
}
