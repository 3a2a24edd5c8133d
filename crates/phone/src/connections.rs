//! Accepting phones' connections so that none of them can hold the others up.
//!
//! `axum::serve` (0.8) sets no header-read timeout and no cap on connections: a phone
//! that connects and sends nothing, half a request, or keeps an answered connection open
//! holds a file descriptor for ever, and 1,100 such connections on a laptop's usual
//! limit of 1,024 open files left the server answering nobody. Here every connection
//! gets hyper's HTTP/1 server with its timer on, so the header clock starts when the
//! connection is accepted and also closes an idle keep-alive connection; and each takes
//! a slot (of a total and of its address's share) without waiting, or is told 503 at
//! once and closed.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower_service::Service as _;

/// How long a connection may take to send its headers, and may stay idle once answered.
///
/// Counted from when it is accepted: a phone on a weak hotspot sends its headers in
/// well under a second.
pub const HEADER_TIME: Duration = Duration::from_secs(10);
/// Connections one address may hold at once: a quarter of the total.
///
/// So one address cannot take them all, yet a hotspot shared by a whole department (a
/// browser opens up to six connections a phone) reaches the laptop as one address and
/// still fits.
pub const MAX_PER_ADDRESS: usize = 256;
/// Connections in all, at most; fewer when the system allows fewer open files.
pub const MAX_CONNECTIONS: usize = 1024;
/// File descriptors kept for everything else the app does (the journal, fonts, the window).
const RESERVED_FILES: u64 = 64;

/// What a connection over its cap is told, written straight onto the fresh socket (its
/// send buffer is empty, so this never blocks) before it is closed.
const REFUSAL: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 2\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 67\r\n\r\n{\"error\":\"busy\",\"message\":\"too many connections: try again shortly\"}";

/// The total and per-address connection slots.
pub struct Caps {
    total: Arc<Semaphore>,
    per_address: Mutex<HashMap<IpAddr, usize>>,
    max_per_address: usize,
}

/// One connection's slot, given back when the connection ends.
pub struct Slot {
    _permit: OwnedSemaphorePermit,
    address: IpAddr,
    caps: Arc<Caps>,
}

impl Caps {
    pub fn new(total: usize, max_per_address: usize) -> Arc<Self> {
        Arc::new(Self { total: Arc::new(Semaphore::new(total)), per_address: Mutex::default(), max_per_address })
    }

    /// The caps this process can honour: the total is kept under the open-files limit,
    /// raised first as far as the system lets it.
    pub fn for_this_process() -> Arc<Self> {
        let files = open_files_limit();
        let total = usize::try_from(files.saturating_sub(RESERVED_FILES)).unwrap_or(MAX_CONNECTIONS);
        Self::new(total.clamp(16, MAX_CONNECTIONS), MAX_PER_ADDRESS)
    }

    /// A slot for a connection from `address`, or `None` at once when none is free.
    pub fn try_take(self: &Arc<Self>, address: IpAddr) -> Option<Slot> {
        let permit = Arc::clone(&self.total).try_acquire_owned().ok()?;
        let mut held = self.per_address.lock().unwrap_or_else(PoisonError::into_inner);
        let count = held.entry(address).or_insert(0);
        if *count >= self.max_per_address {
            return None;
        }
        *count += 1;
        Some(Slot { _permit: permit, address, caps: Arc::clone(self) })
    }

    /// Connections open now (for tests and the console).
    pub fn open(&self) -> usize {
        self.per_address.lock().unwrap_or_else(PoisonError::into_inner).values().sum()
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut held = self.caps.per_address.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = held.get_mut(&self.address) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                held.remove(&self.address);
            }
        }
    }
}

/// The soft limit on open files, raised towards 4,096 where the hard limit allows
/// (macOS apps started from the Dock get 256; Linux desktops 1,024).
fn open_files_limit() -> u64 {
    rlimit::increase_nofile_limit(4096).unwrap_or(1024)
}

/// Serves `app` on `listener` until `stop` resolves, then gives the phones being
/// answered up to `grace` to finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    caps: Arc<Caps>,
    stop: impl Future<Output = ()>,
    grace: Duration,
) {
    let mut builder = http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(HEADER_TIME).keep_alive(true).max_buf_size(64 * 1024);
    let mut make = app.into_make_service_with_connect_info::<SocketAddr>();
    let graceful = GracefulShutdown::new();
    tokio::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) if matches!(
                    e.kind(),
                    std::io::ErrorKind::ConnectionRefused
                        | std::io::ErrorKind::ConnectionAborted
                        | std::io::ErrorKind::ConnectionReset
                ) => continue,
                // Out of file descriptors (or memory): wait for connections to close
                // rather than spin.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let Some(slot) = caps.try_take(peer.ip()) else {
            // Best effort: the refusal is a courtesy, closing the socket is the point.
            stream.try_write(REFUSAL).ok();
            continue;
        };
        stream.set_nodelay(true).ok();
        let service = match make.call(peer).await {
            Ok(service) => service,
            Err(never) => match never {},
        };
        let connection =
            graceful.watch(builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)));
        tokio::spawn(async move {
            let _slot = slot;
            // A connection that ends badly (reset, timed out) concerns only itself.
            connection.await.ok();
        });
    }
    drop(listener);
    tokio::time::timeout(grace, graceful.shutdown()).await.ok();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_capped_in_all_and_per_address_and_come_back() {
        let caps = Caps::new(3, 2);
        let (a, b): (IpAddr, IpAddr) = ([10, 0, 0, 1].into(), [10, 0, 0, 2].into());
        let first = caps.try_take(a).unwrap();
        let _second = caps.try_take(a).unwrap();
        assert!(caps.try_take(a).is_none(), "an address's share is full");
        let _third = caps.try_take(b).unwrap();
        assert!(caps.try_take(b).is_none(), "the total is full");
        drop(first);
        assert!(caps.try_take(a).is_some(), "a closed connection's slot comes back");
    }
}
