//! The laptop's addresses on the set's network, best first, for the QR code.

use std::net::{IpAddr, Ipv4Addr};

/// What to do when the laptop is on no network at all.
pub const NO_NETWORK: &str = "This laptop is on no network. Start its hotspot (Windows: Settings > Network > \
Mobile hotspot; macOS: Internet Sharing; Linux: Wi-Fi > Turn On Hotspot), or join the set's Wi-Fi, and have \
the crew's phones join the same network. Venue Wi-Fi that keeps devices apart (client isolation) blocks phones: \
use the hotspot then.";

/// Non-loopback IPv4 addresses that are up, private ranges first; container and
/// bridge interfaces (docker, br-, veth) last, since phones never reach them.
pub fn on_networks() -> Vec<IpAddr> {
    let Ok(interfaces) = if_addrs::get_if_addrs() else { return Vec::new() };
    let mut found: Vec<(u8, Ipv4Addr)> = interfaces
        .into_iter()
        .filter_map(|i| match i.ip() {
            IpAddr::V4(ip) if !ip.is_loopback() && !ip.is_link_local() && !ip.is_unspecified() => {
                Some((rank(&i.name, ip), ip))
            }
            _ => None,
        })
        .collect();
    found.sort();
    found.dedup_by_key(|(_, ip)| *ip);
    found.into_iter().map(|(_, ip)| IpAddr::V4(ip)).collect()
}

fn rank(interface: &str, ip: Ipv4Addr) -> u8 {
    let virtual_bridge =
        ["docker", "br-", "veth", "virbr", "lxc", "tun", "tap"].iter().any(|p| interface.starts_with(p));
    match (virtual_bridge, ip.is_private()) {
        (false, true) => 0,
        (false, false) => 1,
        (true, _) => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_networks_come_before_container_bridges() {
        let wifi = Ipv4Addr::new(192, 168, 4, 2);
        assert!(rank("wlan0", wifi) < rank("docker0", Ipv4Addr::new(172, 17, 0, 1)));
        assert!(rank("wlan0", wifi) < rank("eth0", Ipv4Addr::new(203, 0, 113, 5)));
    }
}
