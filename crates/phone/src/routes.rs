//! The sign-in page and its HTTP API. Routes are under `/s/{token}`: a request
//! without the session's token gets 403, and the token dies with the session.
//!
//! | route | answers |
//! |---|---|
//! | `GET /s/{token}` | the page |
//! | `GET /s/{token}/page.js` | its script |
//! | `GET /s/{token}/api/session` | the session: briefing, roster, acknowledgements, words |
//! | `POST /s/{token}/api/sign-in` | a sign-in ([`RemoteSignIn`]); 200 with its receipt once on disk |
//! | `POST /s/{token}/api/already-signed` | `{"name"}`: a phone picked a name that has signed; 204 |
//! | `GET /s/{token}/api/follow`, `GET /s/{token}/api/slides/{topic}` | the briefing followed live ([`crate::follow`]) |

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Request, State as Shared};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse as _, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use setbrief_core::attendance::Refusal;
use setbrief_core::attendance::remote::RemoteSignIn;
use setbrief_core::attendance::{DayError, SharedDay, words};
use setbrief_core::briefing::Lang;
use setbrief_core::deck::emergency_card::EmergencyCard;

use tokio::sync::watch;

use crate::follow::{self, Publisher};
use crate::limits::{BODY_LIMIT, REQUEST_TIME, RateLimiter};
use crate::writer::{Job, Jobs};
use crate::{Activity, Flag, Listener};

const PAGE: &str = include_str!("../page/index.html");
const SCRIPT: &str = include_str!("../page/page.js");

pub struct State {
    day: SharedDay,
    session: u64,
    token: String,
    jobs: Jobs,
    limiter: RateLimiter,
    activity: Arc<Activity>,
    listener: Arc<dyn Listener>,
    /// What the audience screen shows, as the laptop last published it.
    pub(crate) live: Publisher,
    /// Turns true when the server stops: following streams end with it.
    pub(crate) stopping: watch::Receiver<bool>,
}

impl State {
    pub fn new(day: SharedDay, session: u64, token: String, jobs: Jobs, around: Around) -> Arc<Self> {
        let Around { activity, listener, live, stopping } = around;
        Arc::new(Self {
            day,
            session,
            token,
            jobs,
            limiter: RateLimiter::default(),
            activity,
            listener,
            live,
            stopping,
        })
    }

    /// Why `token` is refused, if it is, without taking the day's lock (the writer
    /// refuses a sign-in for a closed session itself).
    fn token_refusal(&self, token: &str) -> Option<Response> {
        let same = token.len() == self.token.len()
            && token.bytes().zip(self.token.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
        (!same).then(|| refuse(StatusCode::FORBIDDEN, "forbidden", "this link is not valid", json!({})))
    }

    /// Why a request with `token` is refused, if it is: the token must match
    /// (compared in constant time) and its session must still be open.
    pub(crate) fn refusal(&self, token: &str) -> Option<Response> {
        if let Some(refused) = self.token_refusal(token) {
            return Some(refused);
        }
        let open = self.day.lock().state.session(self.session).is_some_and(|s| s.is_open());
        (!open).then(|| refuse(StatusCode::FORBIDDEN, "session_closed", "the session is closed", json!({})))
    }
}

/// What the routes share with whoever runs the server.
pub struct Around {
    pub activity: Arc<Activity>,
    pub listener: Arc<dyn Listener>,
    pub live: Publisher,
    pub stopping: watch::Receiver<bool>,
}

pub fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/s/{token}", get(page))
        .route("/s/{token}/page.js", get(script))
        .route("/s/{token}/api/session", get(session))
        .route("/s/{token}/api/sign-in", post(sign_in))
        .route("/s/{token}/api/already-signed", post(already_signed))
        .route("/s/{token}/api/follow/{lang}", get(follow::follow))
        .route("/s/{token}/api/slides/{lang}/{topic}", get(follow::slide))
        .fallback(|| async { refuse(StatusCode::NOT_FOUND, "not_found", "no such page", json!({})) })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(Arc::clone(&state), guard))
        .with_state(state)
}

/// Every request: within the address's budget, answered within the time limit, and
/// sent back with headers that keep the token out of other sites' hands.
async fn guard(
    Shared(state): Shared<Arc<State>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    if !state.limiter.allow(client.ip(), Instant::now()) {
        return refuse(StatusCode::TOO_MANY_REQUESTS, "slow_down", "too many requests from this address", json!({}));
    }
    // Said before a byte of the body is read: a phone declaring a body larger than any
    // sign-in (or waiting on `Expect: 100-continue`) is answered at once, not in 15 s.
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > BODY_LIMIT as u64) {
        return refuse(StatusCode::PAYLOAD_TOO_LARGE, "too_large", "the request is larger than any sign-in", json!({}));
    }
    // Every body the page sends is JSON, said so: anything else is not the page.
    let json = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.split(';').next().is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
    });
    if request.method() == axum::http::Method::POST && !json {
        return refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "not_json",
            "the body must be JSON (Content-Type: application/json)",
            json!({}),
        );
    }
    let mut response = match tokio::time::timeout(REQUEST_TIME, next.run(request)).await {
        Ok(response) => response,
        Err(_) => refuse(StatusCode::REQUEST_TIMEOUT, "too_slow", "the request took too long", json!({})),
    };
    let headers = response.headers_mut();
    let fixed = [
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; \
             base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

async fn page(Shared(state): Shared<Arc<State>>, Path(token): Path<String>) -> Response {
    // The token is 24 hex digits (checked just above), so it is safe to put in the page.
    state.refusal(&token).unwrap_or_else(|| {
        ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE.replace("__TOKEN__", &token)).into_response()
    })
}

async fn script(Shared(state): Shared<Arc<State>>, Path(token): Path<String>) -> Response {
    state
        .refusal(&token)
        .unwrap_or_else(|| ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], SCRIPT).into_response())
}

async fn session(Shared(state): Shared<Arc<State>>, Path(token): Path<String>) -> Response {
    if state.refusal(&token).is_some() {
        // The page has no session's words to say this in: it gets them with the refusal,
        // in every language, so a Spanish phone never shows an English error.
        let (code, said) = if state.token_refusal(&token).is_some() {
            ("forbidden", words::LINK_NOT_VALID)
        } else {
            ("session_closed", words::SESSION_CLOSED)
        };
        let all: serde_json::Map<String, Value> =
            Lang::ALL.into_iter().map(|l| (l.code().to_owned(), json!(said.get(l)))).collect();
        return refuse(StatusCode::FORBIDDEN, code, said.en(), json!({ "words": all }));
    }
    axum::Json(describe(&state)).into_response()
}

/// Everything the page shows, in every language the briefing has.
fn describe(state: &State) -> Value {
    let day = state.day.lock();
    let b = &day.briefing;
    // The briefing's languages in its own order: the page opens in the first.
    let languages: Vec<Lang> = day.languages();
    let session = day.state.session(state.session);
    let roster: Vec<Value> = day
        .state
        .roster_for(b, state.session)
        .into_iter()
        .map(|p| {
            let signed = day.state.signed(state.session, &p.name).map(|s| s.time.clock());
            json!({ "name": p.name, "department": p.department, "role": p.role, "signed": signed })
        })
        .collect();
    let by_language = |f: &dyn Fn(Lang) -> Value| -> Value {
        languages.iter().map(|l| (l.code().to_owned(), f(*l))).collect::<serde_json::Map<_, _>>().into()
    };
    json!({
        "production": b.production,
        "day": b.day,
        "date": b.date.to_string(),
        "session": {
            "number": day.state.session_number(state.session),
            "kind": by_language(&|l| json!(session.map(|s| s.kind.label_in(l)))),
            "scenes": session.map(|s| s.scenes.clone()).unwrap_or_default(),
        },
        "languages": languages.iter().map(|l| json!({ "code": l.code(), "name": l.endonym() })).collect::<Vec<_>>(),
        "acknowledgements": by_language(&|l| json!(day.acknowledgements(state.session, l))),
        "words": by_language(&|l| {
            words::PHONE_PAGE.iter().map(|(key, text)| ((*key).to_owned(), json!(text.get(l)))).collect::<serde_json::Map<_, _>>().into()
        }),
        "roster": roster,
        // Kept by the phone after signing, for the rest of the day, network or not.
        "emergency": by_language(&|l| json!(EmergencyCard::of(b, l))),
        "phone_reading": day.state.phone_reading_allowed(state.session),
        // The page's name search folds as the laptop does, by the core's own rules.
        "fold": setbrief_core::names::fold_rules(),
    })
}

async fn sign_in(
    Shared(state): Shared<Arc<State>>,
    Path(token): Path<String>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    if let Some(refused) = state.token_refusal(&token) {
        return refused;
    }
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return refuse(StatusCode::PAYLOAD_TOO_LARGE, "too_large", "the request is too large", json!({}));
        }
        Err(rejection) => return refuse(rejection.status(), "bad_request", &rejection.body_text(), json!({})),
    };
    let sent: RemoteSignIn = match serde_json::from_slice(&body) {
        Ok(sent) => sent,
        Err(e) => return refuse(StatusCode::BAD_REQUEST, "bad_json", &e.to_string(), json!({})),
    };
    // A phone says it read the briefing: only slides the room has seen could be read,
    // and at least one. The claim is the person's; its size is the laptop's to bound.
    if let Some(reading) = sent.read_on_phone {
        let shown = state.live.borrow().followed.shown.len();
        if reading.slides == 0 || reading.slides as usize > shown {
            let said = format!("{} slides read, of {shown} shown", reading.slides);
            return refuse(StatusCode::UNPROCESSABLE_ENTITY, "bad_reading", &said, json!({}));
        }
    }
    let (reply, answer) = tokio::sync::oneshot::channel();
    if !state.jobs.submit(Job { sent, address: client.ip().to_string(), reply }) {
        return refuse(StatusCode::SERVICE_UNAVAILABLE, "busy", "the laptop is busy: try again", json!({}));
    }
    match answer.await {
        Ok(Ok(receipt)) => axum::Json(json!({ "saved": true, "receipt": receipt })).into_response(),
        Ok(Err(refusal)) => refused(&refusal),
        Err(_) => refuse(StatusCode::SERVICE_UNAVAILABLE, "busy", "the laptop stopped taking sign-ins", json!({})),
    }
}

/// A phone picked a name that has already signed: the page tells them "if that was
/// not you, tell the 1st AD", and the 1st AD hears of it at once.
async fn already_signed(
    Shared(state): Shared<Arc<State>>,
    Path(token): Path<String>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Picked {
        name: String,
    }
    if let Some(refused) = state.refusal(&token) {
        return refused;
    }
    let Some(picked) = body.ok().and_then(|b| serde_json::from_slice::<Picked>(&b).ok()) else {
        return refuse(StatusCode::BAD_REQUEST, "bad_json", "expected {\"name\": ...}", json!({}));
    };
    let flag = {
        let day = state.day.lock();
        day.state.signed(state.session, &picked.name).map(|done| Flag {
            time: day.now().clock(),
            text: format!(
                "A phone at {} picked {}, who signed at {}: someone may think they are that person.",
                client.ip(),
                done.person.name,
                done.time.clock()
            ),
        })
    };
    if let Some(flag) = flag {
        state.activity.push_flag(flag.clone());
        state.listener.flagged(&flag);
    }
    StatusCode::NO_CONTENT.into_response()
}

fn refused(refusal: &Refusal) -> Response {
    let status = match refusal {
        Refusal::AlreadySigned { .. }
        | Refusal::ConcernKept { .. }
        | Refusal::OnRosterAs { .. }
        | Refusal::LooksLike { .. } => StatusCode::CONFLICT,
        Refusal::Day(DayError::NoSuchSession(_) | DayError::AlreadyClosed) => StatusCode::FORBIDDEN,
        Refusal::Day(DayError::Journal(_) | DayError::Folder { .. } | DayError::ReadOnly) => {
            StatusCode::SERVICE_UNAVAILABLE
        }
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let extra = match refusal {
        Refusal::AlreadySigned { name, time } | Refusal::ConcernKept { name, time } => {
            json!({ "name": name, "time": time.clock() })
        }
        Refusal::OnRosterAs { name } | Refusal::NotOnRoster { name } | Refusal::LooksLike { name } => {
            json!({ "name": name })
        }
        _ => json!({}),
    };
    refuse(status, refusal.code(), &refusal.to_string(), extra)
}

/// `{"error": code, "message": ..., ...extra}` with `status`.
pub(crate) fn refuse(status: StatusCode, code: &str, message: &str, extra: Value) -> Response {
    let mut body = json!({ "error": code, "message": message });
    if let (Some(body), Value::Object(extra)) = (body.as_object_mut(), extra) {
        body.extend(extra);
    }
    (status, axum::Json(body)).into_response()
}
