//! What a screen asks of the app that reaches beyond itself: another file, another
//! screen, a command for the deck.
//!
//! Screens hand requests back; the top level alone
//! acts on them, so no screen reaches into another's state.

use std::path::PathBuf;

use setbrief_core::briefing::Lang;
use setbrief_core::present::Command;

use crate::opening::FileChoice;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// A key, clicker button or on-screen button's command.
    Command(Command),
    /// The system's file dialog for a briefing.
    ChooseFile,
    /// The "Open by path" window, with why it was opened when it was not asked for.
    TypePath(Option<&'static str>),
    Open(PathBuf),
    ProductionLog,
    Quit,
    EditBriefing,
    NewDay,
    NewBriefing,
    /// The 1st AD has read the file's warnings and presents.
    ReadWarnings,
    ProgramLanguage(Lang),
    /// The 1st AD's answer about a briefing changed on disk under an open session.
    FileChanged(FileChoice),
}
