//! Following the briefing live, one server-sent-events stream a phone.
//!
//! Each stream says what the laptop's audience screen shows, with that slide's words in the phone's
//! language, and may read back any slide the room has already seen.
//!
//! | route | answers |
//! |---|---|
//! | `GET /s/{token}/api/follow/{lang}` | `text/event-stream`: a `live` event now, then one on each change |
//! | `GET /s/{token}/api/slides/{lang}/{topic}` | a topic already shown; 404 `not_shown` for one not yet shown |
//!
//! The laptop publishes into a `watch` channel and never waits: a phone that reads
//! slowly skips to the latest state, and no queue grows for it. A stream ends when the
//! server stops (the session closed) and after [`STREAM_TIME`], when the browser's
//! `EventSource` opens a new one by itself: a phone whose Wi-Fi died without a word
//! holds its connection that long at most.

use std::convert::Infallible;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::extract::{Path, State as Shared};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse as _, Response};
use serde_json::json;
use setbrief_core::briefing::Lang;
use setbrief_core::deck::follow::{Followed, Showing};
use tokio::sync::watch;

use crate::routes::{State, refuse};

/// How long one stream lasts before the phone is asked to open another.
pub const STREAM_TIME: Duration = Duration::from_secs(5 * 60);
/// How long a phone waits before opening a new stream after one ends or drops.
const RETRY: Duration = Duration::from_secs(1);
/// A comment this often keeps a quiet stream open through Wi-Fi access points and
/// proxies that close idle connections.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// What phones are told, with a number that grows on each change: a phone that comes
/// back after a drop knows whether it missed anything.
#[derive(Clone, Debug)]
pub struct Live {
    pub seq: u64,
    pub followed: Followed,
    /// The event's JSON in each language, written by the first stream that needs it and
    /// shared by the rest: 300 phones cost one serialization a change, not 300.
    said: Arc<[(Lang, OnceLock<Arc<str>>)]>,
}

impl Live {
    /// Nobody has presented yet: what a new server tells phones.
    pub fn new(followed: Followed) -> Self {
        Self { seq: 0, followed, said: said_in_each_language() }
    }

    /// The event for a phone that asked for `asked`.
    fn said(&self, asked: Option<Lang>) -> Arc<str> {
        let lang = language(asked, &self.followed);
        match self.said.iter().find(|(l, _)| *l == lang) {
            Some((_, once)) => Arc::clone(once.get_or_init(|| live_json(self, lang).into())),
            None => live_json(self, lang).into(),
        }
    }
}

fn said_in_each_language() -> Arc<[(Lang, OnceLock<Arc<str>>)]> {
    Lang::ALL.into_iter().map(|l| (l, OnceLock::new())).collect()
}

/// The publishing end, kept by the server; the laptop calls [`publish`] every frame.
pub type Publisher = watch::Sender<Live>;

/// Tells every following phone about `followed`, if it differs from what they were
/// last told. Never waits on a phone.
pub fn publish(live: &Publisher, followed: &Followed) {
    live.send_if_modified(|now| {
        if now.followed == *followed {
            return false;
        }
        now.seq = now.seq.wrapping_add(1);
        now.followed = followed.clone();
        now.said = said_in_each_language();
        true
    });
}

/// The language asked for, if the deck has it; else the first it has. Decided at each
/// event: a stream opened before anyone presented gets the deck's words once they do.
fn language(asked: Option<Lang>, followed: &Followed) -> Lang {
    let offered = |l: Lang| followed.deck.topic(l, 0).is_some();
    asked.filter(|l| offered(*l)).unwrap_or_else(|| Lang::ALL.into_iter().find(|l| offered(*l)).unwrap_or(Lang::En))
}

pub async fn follow(Shared(state): Shared<Arc<State>>, Path((token, asked)): Path<(String, String)>) -> Response {
    if let Some(refused) = state.refusal(&token) {
        return refused;
    }
    let live = state.live.subscribe();
    let stopping = state.stopping.clone();
    let asked = Lang::from_code(&asked);
    let ends = tokio::time::Instant::now() + STREAM_TIME;
    let events =
        futures_util::stream::unfold((live, stopping, true), move |(mut live, mut stopping, first)| async move {
            if !first {
                tokio::select! {
                    changed = live.changed() => changed.ok()?,
                    _ = stopping.wait_for(|stop| *stop) => return None,
                    () = tokio::time::sleep_until(ends) => return None,
                }
            }
            let event = live_event(&live.borrow_and_update(), asked);
            Some((Ok::<_, Infallible>(event), (live, stopping, false)))
        });
    Sse::new(events).keep_alive(KeepAlive::new().interval(KEEP_ALIVE)).into_response()
}

fn live_event(live: &Live, asked: Option<Lang>) -> Event {
    Event::default().event("live").id(live.seq.to_string()).retry(RETRY).data(&*live.said(asked))
}

fn live_json(live: &Live, lang: Lang) -> String {
    let f = &live.followed;
    let slide = match f.showing {
        Showing::Slide { topic, .. } => f.deck.topic(lang, topic),
        Showing::NotStarted | Showing::Blank | Showing::Paused => None,
    };
    let body = json!({
        "seq": live.seq,
        "showing": f.showing,
        "shown": f.shown,
        "sign_in": f.sign_in,
        "topics": f.deck.len(),
        "lang": lang.code(),
        "slide": slide,
    });
    body.to_string()
}

pub async fn slide(
    Shared(state): Shared<Arc<State>>,
    Path((token, asked, topic)): Path<(String, String, usize)>,
) -> Response {
    if let Some(refused) = state.refusal(&token) {
        return refused;
    }
    let live = state.live.borrow();
    let f = &live.followed;
    let lang = language(Lang::from_code(&asked), f);
    // Never ahead of the room: a slide not yet shown is not given.
    match f.deck.topic(lang, topic).filter(|_| f.shown.contains(&topic)) {
        Some(shown) => axum::Json(json!({ "topic": topic, "lang": lang.code(), "slide": shown })).into_response(),
        None => refuse(StatusCode::NOT_FOUND, "not_shown", "that slide has not been shown", json!({})),
    }
}
