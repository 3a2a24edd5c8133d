//! Phone sign-in: the laptop serves the sign-in page on the set's network, so a whole
//! crew signs at once on their own phones, with no internet and no account.
//!
//! - [`PhoneServer`]: starts and stops the server for one session.
//! - [`routes`]: the page and its HTTP API (documented in the README).
//! - [`follow`]: the briefing followed live on the phones, slide by slide.
//! - [`writer`]: the one thread that records what phones send, many to one fsync.
//! - [`limits`]: per-phone rate limits and time limits, so no phone can stall the others.
//! - [`connections`]: the accept loop: header and idle timeouts, connection caps.
//! - [`addresses`]: the laptop's addresses on the set's network, for the QR code.
//!
//! The journal stays single-writer: phones reach the day only through the writer
//! thread, which takes the same [`SharedDay`] lock as the laptop's screens for one
//! batch at a time. The UI thread never waits on the network.

pub mod addresses;
pub mod connections;
pub mod follow;
pub mod limits;
pub mod routes;
pub mod writer;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use setbrief_core::attendance::{Receipt, SharedDay};
use setbrief_core::deck::follow::{FollowDeck, Followed};

/// Where the server listens.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// `0.0.0.0` to be reachable on every network the laptop is on; `127.0.0.1` for tests.
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
}

impl Default for Config {
    fn default() -> Self {
        Self { bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED), port: DEFAULT_PORT }
    }
}

/// A port that is free on most laptops and easy to type.
pub const DEFAULT_PORT: u16 = 8470;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot listen on {addr}: {source} (another program may use the port: choose another)")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot start the phone server: {0}")]
    Runtime(#[source] std::io::Error),
}

/// Something the 1st AD should see at once: a name signed twice, one phone signing
/// several people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    /// On the set's clock.
    pub time: String,
    pub text: String,
}

/// What the server tells whoever runs it, as it happens.
pub trait Listener: Send + Sync {
    /// A sign-in is on disk and its phone has been told.
    fn saved(&self, receipt: &Receipt);
    /// Something for the 1st AD's attention.
    fn flagged(&self, flag: &Flag);
}

/// Shared between the server and whoever shows it.
#[derive(Default)]
pub struct Activity {
    flags: Mutex<Vec<Flag>>,
    saved: Mutex<u64>,
}

impl Activity {
    pub fn flags(&self) -> Vec<Flag> {
        self.flags.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub(crate) fn push_flag(&self, flag: Flag) {
        self.flags.lock().unwrap_or_else(PoisonError::into_inner).push(flag);
    }

    /// How many sign-ins phones have made since the server started.
    pub fn saved(&self) -> u64 {
        *self.saved.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The running server for one session. Dropping it stops it.
pub struct PhoneServer {
    local: SocketAddr,
    token: String,
    session: u64,
    activity: Arc<Activity>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    runtime: tokio::runtime::Handle,
    live: follow::Publisher,
    stopping: tokio::sync::watch::Sender<bool>,
}

impl PhoneServer {
    /// Starts serving `session` of `day`. The port is bound before this returns, so a
    /// port in use is an error here, not a silent failure later.
    ///
    /// `token` is the link's secret, kept with the day ([`setbrief_core::attendance::Day::phone_token`])
    /// so the link phones hold survives a restart while the session is open.
    pub fn start(
        day: SharedDay,
        session: u64,
        token: String,
        config: Config,
        listener: Arc<dyn Listener>,
    ) -> Result<Self, StartError> {
        let addr = SocketAddr::new(config.bind, config.port);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("setbrief-phone")
            .enable_io()
            .enable_time()
            .build()
            .map_err(StartError::Runtime)?;
        let handle = runtime.handle().clone();
        let activity = Arc::new(Activity::default());
        let jobs = writer::spawn(day.clone(), session, Arc::clone(&activity), Arc::clone(&listener));
        let nobody_presenting = Followed::new(Arc::new(FollowDeck::empty()));
        let (live, _) = tokio::sync::watch::channel(follow::Live::new(nobody_presenting));
        let (stopping, stopping_seen) = tokio::sync::watch::channel(false);
        let around =
            routes::Around { activity: Arc::clone(&activity), listener, live: live.clone(), stopping: stopping_seen };
        let state = routes::State::new(day, session, token.clone(), jobs, around);
        let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
        let caps = connections::Caps::for_this_process();
        let socket = {
            let _entered = runtime.enter();
            listen(addr)?
        };
        let local = socket.local_addr().map_err(StartError::Runtime)?;
        let thread = std::thread::Builder::new()
            .name("setbrief-phone-server".into())
            .spawn(move || {
                runtime.block_on(async move {
                    // Phones mid-request get a moment to be answered; a stalled one
                    // cannot keep the server (and its port) alive.
                    let stop = async {
                        stopped.await.ok();
                    };
                    let grace = std::time::Duration::from_secs(3);
                    connections::serve(socket, routes::router(state), caps, stop, grace).await;
                });
                // In-flight connections get a moment to finish, then go.
                runtime.shutdown_timeout(std::time::Duration::from_secs(2));
            })
            .map_err(StartError::Runtime)?;
        Ok(Self {
            local,
            token,
            session,
            activity,
            shutdown: Some(shutdown),
            thread: Some(thread),
            runtime: handle,
            live,
            stopping,
        })
    }

    /// Tells the phones following the briefing what the audience screen shows now.
    /// Called every frame; sends only a change, and never waits on a phone.
    pub fn follow(&self, followed: &Followed) {
        follow::publish(&self.live, followed);
    }

    pub fn session(&self) -> u64 {
        self.session
    }

    pub fn port(&self) -> u16 {
        self.local.port()
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    pub fn activity(&self) -> &Activity {
        &self.activity
    }

    /// The session's sign-in page at `host`: what the QR code holds.
    pub fn url(&self, host: IpAddr) -> String {
        format!("http://{}/s/{}", SocketAddr::new(host, self.port()), self.token)
    }

    /// Where phones can reach the page: the bound address, or every address of the
    /// laptop on a network when bound to all of them (best first).
    pub fn addresses(&self) -> Vec<IpAddr> {
        if self.local.ip().is_unspecified() { addresses::on_networks() } else { vec![self.local.ip()] }
    }

    /// Calls `then` on Ctrl+C, or (on Unix) when the system asks the program to stop
    /// (SIGTERM): for the command line.
    pub fn on_ctrl_c(&self, then: impl FnOnce(std::io::Result<()>) + Send + 'static) {
        self.runtime.spawn(async move { then(ctrl_c_or_term().await) });
    }

    /// Stops accepting phones (the token dies with it) and waits, a few seconds at
    /// most, for the phones being answered. Never call it while holding the day's
    /// lock: a request being answered may be waiting for it.
    pub fn stop(mut self) {
        self.signal_stop();
        if let Some(thread) = self.thread.take() {
            thread.join().ok();
        }
    }

    fn signal_stop(&mut self) {
        // Following streams never end on their own: they must, for the server to stop.
        self.stopping.send_replace(true);
        if let Some(shutdown) = self.shutdown.take() {
            shutdown.send(()).ok();
        }
    }
}

/// Dropping stops accepting phones at once and does not wait: a screen that drops it
/// while holding the day's lock must not wait for a request that waits for that lock.
impl Drop for PhoneServer {
    fn drop(&mut self) {
        self.signal_stop();
    }
}

/// Connections the system may hold before the server accepts them: a whole crew
/// scanning at once must not have connections dropped (a phone then waits a second
/// before trying again).
const BACKLOG: u32 = 1024;

fn listen(addr: SocketAddr) -> Result<tokio::net::TcpListener, StartError> {
    let bind_error = |source| StartError::Bind { addr, source };
    let socket = if addr.is_ipv4() { tokio::net::TcpSocket::new_v4() } else { tokio::net::TcpSocket::new_v6() }
        .map_err(bind_error)?;
    socket.set_reuseaddr(true).map_err(bind_error)?;
    socket.bind(addr).map_err(bind_error)?;
    socket.listen(BACKLOG).map_err(bind_error)
}

async fn ctrl_c_or_term() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            interrupted = tokio::signal::ctrl_c() => interrupted,
            _ = term.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await
}
