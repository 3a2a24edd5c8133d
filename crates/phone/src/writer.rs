//! The one thread that records what phones send.
//!
//! Requests arrive on a bounded channel. The writer takes everything waiting (up to
//! [`MAX_BATCH`]), records it under one lock of the day with one fsync at the end,
//! and only then answers each phone: "Saved" always means on disk. Under a burst of
//! 250 phones this is a few fsyncs rather than 250.

use std::sync::mpsc::{Receiver, SyncSender};
use std::sync::{Arc, PoisonError};

use setbrief_core::attendance::Refusal;
use setbrief_core::attendance::remote::RemoteSignIn;
use setbrief_core::attendance::{DayError, Receipt, SharedDay};

use crate::{Activity, Flag, Listener};

/// How many submissions share one fsync at most.
pub const MAX_BATCH: usize = 64;
/// Submissions waiting beyond this are told the laptop is busy (503) rather than queued.
pub const QUEUE: usize = 1024;

pub struct Job {
    pub sent: RemoteSignIn,
    /// The phone's network address.
    pub address: String,
    pub reply: tokio::sync::oneshot::Sender<Result<Receipt, Refusal>>,
}

/// Hands submissions to the writer thread.
#[derive(Clone)]
pub struct Jobs(SyncSender<Job>);

impl Jobs {
    /// Queues `job` without waiting; false when the queue is full or the writer gone.
    pub fn submit(&self, job: Job) -> bool {
        self.0.try_send(job).is_ok()
    }
}

pub fn spawn(day: SharedDay, session: u64, activity: Arc<Activity>, listener: Arc<dyn Listener>) -> Jobs {
    let (sender, jobs) = std::sync::mpsc::sync_channel(QUEUE);
    let spawned = std::thread::Builder::new()
        .name("setbrief-phone-writer".into())
        .spawn(move || run(&day, session, &jobs, &activity, listener.as_ref()));
    if let Err(e) = spawned {
        // Without the thread every submission is answered "busy": nothing is lost.
        eprintln!("setbrief: cannot start the phone writer: {e}");
    }
    Jobs(sender)
}

fn run(day: &SharedDay, session: u64, jobs: &Receiver<Job>, activity: &Activity, listener: &dyn Listener) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let (outcomes, mut flags) = record(day, session, &batch);
        let mut receipts = Vec::new();
        let mut concerns_kept = Vec::new();
        for (job, outcome) in batch.into_iter().zip(outcomes) {
            if let Ok(receipt) = &outcome {
                receipts.push(receipt.clone());
            }
            // The concern is on the record though the sign-in was refused: its phone is
            // answered below, the 1st AD told here.
            if let Err(Refusal::ConcernKept { name, .. }) = &outcome {
                concerns_kept.push(name.clone());
            }
            // A phone that gave up waiting has gone; its record stands and a retry finds it.
            job.reply.send(outcome).ok();
        }
        let now = day.lock().now().clock();
        flags.extend(concerns_kept.into_iter().map(|name| Flag {
            time: now.clone(),
            text: format!("A concern from {name} came with a second sign-in and is recorded: see Concerns."),
        }));
        // Phones first; then whoever shows them (a screen, a terminal) at its own pace. A
        // retry is the same person's same sign-in: counted once.
        *activity.saved.lock().unwrap_or_else(PoisonError::into_inner) +=
            receipts.iter().filter(|r| !r.retry).count() as u64;
        // A listener that panics (a screen's bug) must not stop phones from signing.
        let told = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            for receipt in &receipts {
                listener.saved(receipt);
            }
            for flag in &flags {
                listener.flagged(flag);
            }
        }));
        if told.is_err() {
            eprintln!("setbrief: showing a phone sign-in failed; signing goes on");
        }
        activity.flags.lock().unwrap_or_else(PoisonError::into_inner).extend(flags);
    }
}

/// Records a batch one lock of the day at a time (the screens draw in between), then
/// puts it all on disk with one fsync without the lock; what to flag for the 1st AD.
fn record(day: &SharedDay, session: u64, batch: &[Job]) -> (Vec<Result<Receipt, Refusal>>, Vec<Flag>) {
    let mut flags = Vec::new();
    let mut outcomes: Vec<Result<Receipt, Refusal>> = batch
        .iter()
        .map(|job| {
            let mut day = day.lock();
            let now = day.now().clock();
            let outcome = day.unsynced(|day| day.sign_in(job.sent.clone().into_request(session, &job.address)));
            match &outcome {
                Err(Refusal::AlreadySigned { name, time } | Refusal::ConcernKept { name, time }) => {
                    flags.push(Flag {
                        time: now,
                        text: format!(
                            "A phone at {} tried to sign as {name}, who signed at {}.",
                            job.address,
                            time.clock()
                        ),
                    });
                }
                Ok(receipt) => flags.extend(shared_phone(&day, receipt, &now)),
                Err(_) => {}
            }
            outcome
        })
        .collect();
    let pending = day.lock().pending_sync();
    let synced = match pending {
        Ok(None) => Ok(()),
        Ok(Some(pending)) => {
            let result = pending.sync();
            day.lock().synced(&pending, &result);
            result.map_err(|e| e.to_string())
        }
        Err(e) => Err(e.to_string()),
    };
    if let Err(message) = synced {
        // Not known to be on disk: no phone may be told "Saved".
        for outcome in &mut outcomes {
            if outcome.is_ok() {
                *outcome = Err(Refusal::Day(DayError::Journal(journal_failure(&message))));
            }
        }
    }
    (outcomes, flags)
}

/// What to flag about the phone a sign-in came from: the same browser signing several
/// people; and, as a hint, many people signing from one address with different browsers
/// (a shared hotspot, or one phone whose browser storage was cleared). A retry flags
/// nothing new.
fn shared_phone(day: &setbrief_core::attendance::Day, receipt: &Receipt, now: &str) -> Vec<Flag> {
    let Some(sign_in) = day.state.sign_ins.iter().find(|s| s.seq == receipt.record) else { return Vec::new() };
    let Some(device) = sign_in.device.as_ref().filter(|_| !receipt.retry) else { return Vec::new() };
    let mut flags = Vec::new();
    let others = day.state.same_phone(sign_in);
    if !others.is_empty() {
        flags.push(Flag {
            time: now.to_owned(),
            text: format!(
                "The phone at {} that signed {} also signed {}.",
                device.address,
                receipt.name,
                others.join(", ")
            ),
        });
    }
    let from_address = day
        .state
        .valid_sign_ins(sign_in.session)
        .filter(|s| s.device.as_ref().is_some_and(|d| d.address == device.address && d.browser != device.browser))
        .count()
        + 1;
    // Said at 3 people, then at 6, 12, 24...: a hint, not a flood.
    if from_address >= 3 && (from_address / 3).is_power_of_two() && from_address % 3 == 0 {
        flags.push(Flag {
            time: now.to_owned(),
            text: format!(
                "{from_address} people have signed from the address {} on different phones or browsers: a shared hotspot, or one phone whose browser was cleared. Worth a look.",
                device.address
            ),
        });
    }
    flags
}

fn journal_failure(message: &str) -> setbrief_core::attendance::journal::JournalError {
    setbrief_core::attendance::journal::JournalError::Write {
        path: std::path::PathBuf::new(),
        source: std::io::Error::other(message.to_owned()),
    }
}
