//! The system's file dialog for a briefing, on a worker thread: rfd blocks while the
//! dialog is open, and the window must keep painting (the phones follow it).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// A dialog asked for and not answered yet.
pub struct FileDialog {
    answer: Receiver<Option<PathBuf>>,
    /// When it was asked for: one back at once with nothing never opened.
    asked: Instant,
}

/// How the dialog ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    Chosen(PathBuf),
    /// Back at once with nothing: no dialog could open (a person takes longer to
    /// cancel one).
    NoDialog,
    Cancelled,
}

impl FileDialog {
    /// Opens the dialog in `start`, showing `.ron` files as `kind`.
    pub fn ask(start: Option<&Path>, kind: &str, title: &str) -> Self {
        let (tx, answer) = std::sync::mpsc::channel();
        let (start, kind, title) = (start.map(Path::to_owned), kind.to_owned(), title.to_owned());
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().add_filter(kind, &["ron"]).set_title(title);
            if let Some(dir) = start {
                dialog = dialog.set_directory(dir);
            }
            // The window may have closed meanwhile; then nobody waits for the answer.
            tx.send(dialog.pick_file()).ok();
        });
        Self { answer, asked: Instant::now() }
    }

    /// The answer, once there is one; until then a repaint is asked for soon.
    pub fn poll(&self, ctx: &egui::Context) -> Option<Answer> {
        match self.answer.try_recv() {
            Ok(Some(path)) => Some(Answer::Chosen(path)),
            Ok(None) if self.asked.elapsed() < Duration::from_millis(400) => Some(Answer::NoDialog),
            Ok(None) | Err(TryRecvError::Disconnected) => Some(Answer::Cancelled),
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(100));
                None
            }
        }
    }
}
