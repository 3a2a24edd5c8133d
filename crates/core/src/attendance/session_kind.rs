//! The kinds of safety meeting a session can be.

use serde::{Deserialize, Serialize};

use crate::briefing::Lang;

/// What kind of meeting a session is (the FSU/CSATF list of when to hold one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionKind {
    /// The day's briefing at crew call.
    Main,
    /// A scene briefing: new hazardous scene, stunt or effect scheduled or changed.
    Scene,
    /// The plan changed significantly.
    ChangedPlan,
    /// The company moved to a new location.
    LocationMove,
    /// New crew arrived.
    NewCrew,
}

impl SessionKind {
    pub const ALL: [Self; 5] = [Self::Main, Self::Scene, Self::ChangedPlan, Self::LocationMove, Self::NewCrew];

    pub fn label(self) -> &'static str {
        self.words().get(Lang::En)
    }

    /// The label in `lang`, for the crew's screens.
    pub fn label_in(self, lang: Lang) -> &'static str {
        self.words().get(lang)
    }

    /// Whether the session is the scene's own briefing, held when the scene is about to
    /// be shot (a scene briefing, or a re-brief after a change), rather than ahead of
    /// it: role sign-offs then attest checks done now, not a plan (the Rust set's rehearsal no briefing covered).
    pub fn is_at_the_scene(self) -> bool {
        matches!(self, Self::Scene | Self::ChangedPlan)
    }

    fn words(self) -> crate::briefing::text::StaticText {
        use crate::briefing::text::StaticText as T;
        match self {
            Self::Main => T::new("session.main"),
            Self::Scene => T::new("session.scene"),
            Self::ChangedPlan => T::new("session.changed_plan"),
            Self::LocationMove => T::new("session.location_move"),
            Self::NewCrew => T::new("session.new_crew"),
        }
    }
}
