//! What a briefing is ([`model`], [`text`], [`role`], [`hazard`]), how a file is
//! read ([`load`]), and how it is checked ([`rules`], reported as [`diagnostic`]s).

pub mod diagnostic;
pub mod edit;
pub mod generate;
pub mod hazard;
mod layout;
pub mod live_ammunition;
pub mod load;
pub mod model;
pub mod role;
pub mod rules;
pub mod text;
pub mod write;

pub use diagnostic::{Diagnostic, Position, Severity};
pub use hazard::{HazardInfo, HazardKind};
pub use load::{Loaded, load_file, parse_bytes};
pub use model::{Briefing, Contact, CrewMember, Emergency, Hazard, Hospital, Incident, Scene};
pub use role::Role;
pub use text::{Lang, LanguageMode, StaticText, Text};
