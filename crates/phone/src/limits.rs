//! What keeps one phone (or one attacker on the set's Wi-Fi) from stalling the rest:
//! a request budget per network address, and a time limit on every request.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Requests an address may make at once: a whole department signing on one phone
/// fits, a loop hammering the laptop does not.
pub const BURST: f64 = 300.0;
/// Requests an address earns back per second.
pub const PER_SECOND: f64 = 10.0;
/// A request that has not been read and answered in this time is dropped (408): a
/// phone on a weak hotspot sends a sign-in in well under a second.
pub const REQUEST_TIME: Duration = Duration::from_secs(15);
/// A signature is a few KB; 256 KB is far beyond any real sign-in.
pub const BODY_LIMIT: usize = 256 * 1024;
/// Addresses remembered before idle ones are forgotten, so memory stays bounded.
const MAX_ADDRESSES: usize = 10_000;

/// A token bucket per network address.
#[derive(Default)]
pub struct RateLimiter {
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl RateLimiter {
    /// Whether `addr` may make one more request at `now`.
    pub fn allow(&self, addr: IpAddr, now: Instant) -> bool {
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        if buckets.len() >= MAX_ADDRESSES {
            buckets.retain(|_, (tokens, at)| refill(*tokens, *at, now) < BURST);
        }
        let (tokens, at) = buckets.entry(addr).or_insert((BURST, now));
        let available = refill(*tokens, *at, now);
        let allowed = available >= 1.0;
        *tokens = if allowed { available - 1.0 } else { available };
        *at = now;
        allowed
    }
}

fn refill(tokens: f64, at: Instant, now: Instant) -> f64 {
    (tokens + now.saturating_duration_since(at).as_secs_f64() * PER_SECOND).min(BURST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_allowed_a_flood_is_not_and_the_budget_comes_back() {
        let limiter = RateLimiter::default();
        let phone: IpAddr = [192, 168, 4, 23].into();
        let other: IpAddr = [192, 168, 4, 24].into();
        let t0 = Instant::now();
        let allowed = (0..400).filter(|_| limiter.allow(phone, t0)).count();
        assert_eq!(allowed, BURST as usize);
        assert!(limiter.allow(other, t0), "one address's flood leaves the others alone");
        assert!(limiter.allow(phone, t0 + Duration::from_secs(1)), "the budget comes back");
    }
}
