//! Phones follow the briefing: each frame, what the audience screen shows is handed to
//! the phone server, which tells the phones only when it changed. Handing it over never
//! waits on a phone (a `watch` channel keeps only the latest).

use std::sync::Arc;

use setbrief_core::deck::follow::{FollowDeck, Followed, Showing, topic_at};

use crate::{Screen, SetbriefApp};

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

impl SetbriefApp {
    /// Tells the phones following the open session what the room sees now.
    pub(crate) fn publish_to_phones(&mut self) {
        let Some(session) = self.open_session() else {
            self.following.followed = None;
            return;
        };
        if !self.attendance.phones.is_on() {
            return;
        }
        let Some(briefing) = self.doc.loaded().and_then(|l| l.briefing.as_ref()) else { return };
        let deck = Arc::clone(self.following.deck.get_or_insert_with(|| Arc::new(FollowDeck::of(briefing))));
        let showing = match self.screen {
            Screen::Slides if !self.can_present() => Showing::Paused,
            Screen::Slides if self.nav.blank.is_some() => Showing::Blank,
            Screen::Slides => match self.current_slide() {
                Some(slide) => Showing::Slide {
                    topic: topic_at(&self.slides, self.nav.current()),
                    part: slide.part,
                    parts: slide.parts,
                },
                None => Showing::Paused,
            },
            Screen::Attendance | Screen::Editor => Showing::Paused,
        };
        let followed = match &mut self.following.followed {
            Some((of, followed)) if *of == session => followed,
            slot => &mut slot.insert((session, Followed::new(Arc::clone(&deck)))).1,
        };
        followed.deck = deck;
        followed.show(showing);
        // Back at the crew's screens after presenting (or handed to the crew): phones
        // move on to signing. Starting the session there, before any slide, is not that.
        if self.attendance.locked || (self.screen == Screen::Attendance && !followed.shown.is_empty()) {
            followed.open_sign_in();
        }
        self.attendance.phones.follow(followed);
    }
}
