//! A tiny HTTP/1.1 client for tests of the phone server, loopback only.
//!
//! One request per connection, bounded by timeouts. No client crate: the tests also
//! send what no client library would (oversized bodies, half requests).

use std::io::{Read as _, Write as _};
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::time::Duration;

pub const TIMEOUT: Duration = Duration::from_secs(20);

/// A response: status and body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// Panics unless `addr` is on the loopback interface: tests never talk to another host.
fn connect(addr: SocketAddr) -> std::io::Result<TcpStream> {
    assert!(addr.ip().is_loopback(), "tests talk to 127.0.0.1 only, not {addr}");
    let stream = TcpStream::connect_timeout(&addr, TIMEOUT)?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    Ok(stream)
}

/// Connects to `addr` from the loopback address `source` (another phone on the set, as
/// the server sees it: any of 127.0.0.0/8). Both must be loopback addresses.
pub fn connect_from(source: IpAddr, addr: SocketAddr) -> std::io::Result<TcpStream> {
    assert!(source.is_loopback() && addr.ip().is_loopback(), "tests talk on 127.0.0.0/8 only");
    let socket = socket2::Socket::new(socket2::Domain::for_address(addr), socket2::Type::STREAM, None)?;
    socket.bind(&SocketAddr::new(source, 0).into())?;
    socket.connect_timeout(&addr.into(), TIMEOUT)?;
    let stream: TcpStream = socket.into();
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    Ok(stream)
}

pub fn request(addr: SocketAddr, method: &str, path: &str, body: &[u8]) -> std::io::Result<Answer> {
    request_on(connect(addr)?, addr, method, path, "application/json", body)
}

/// [`request`] with another `Content-Type`: what no page of ours sends.
pub fn request_with_type(
    addr: SocketAddr,
    method: &str,
    path: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<Answer> {
    request_on(connect(addr)?, addr, method, path, content_type, body)
}

/// [`request`] from another loopback address (see [`connect_from`]).
pub fn request_from(
    source: IpAddr,
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: &[u8],
) -> std::io::Result<Answer> {
    request_on(connect_from(source, addr)?, addr, method, path, "application/json", body)
}

fn request_on(
    mut stream: TcpStream,
    addr: SocketAddr,
    method: &str,
    path: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<Answer> {
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    // A server that refuses an oversized body may close before reading all of it.
    if stream.write_all(body).is_err() {
        stream.shutdown(std::net::Shutdown::Write).ok();
    }
    let raw = read_answer(&mut stream);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    Ok(Answer { status, headers: headers.to_owned(), body: body.to_owned() })
}

/// Reads the head and as much body as `Content-Length` says (some servers, such as
/// chromedriver, keep the connection open after answering), or to the end.
fn read_answer(stream: &mut TcpStream) -> Vec<u8> {
    let mut raw = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(raw.get(..end).unwrap_or_default()).to_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|n| n.trim().parse::<usize>().ok());
            if length.is_some_and(|length| raw.len() >= end + 4 + length) {
                return raw;
            }
        }
        // A server that closes early still sent its answer: keep what was read.
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return raw,
            Ok(n) => raw.extend_from_slice(chunk.get(..n).unwrap_or_default()),
        }
    }
}

pub fn get(addr: SocketAddr, path: &str) -> Answer {
    request(addr, "GET", path, b"").unwrap()
}

pub fn post(addr: SocketAddr, path: &str, body: &serde_json::Value) -> Answer {
    request(addr, "POST", path, body.to_string().as_bytes()).unwrap()
}

/// Connects and sends half a request, then nothing: a stalled phone.
pub fn stall(addr: SocketAddr) -> TcpStream {
    let mut stream = connect(addr).unwrap();
    stream.write_all(b"POST /s/x/api/sign-in HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"na").unwrap();
    stream
}

/// What one simulated phone of a crowd got: its time to an answer, and the answer.
pub type PhoneResult = (Duration, std::io::Result<Answer>);

/// The loopback address of the `i`th simulated phone: 127.0.1.1, 127.0.1.2, ...
pub fn phone_address(i: usize) -> IpAddr {
    let [_, _, high, low] = u32::try_from(i + 257).unwrap_or(257).to_be_bytes();
    IpAddr::from([127, 0, high.max(1), low])
}

/// Starts one thread per body, all released at once to POST to `path`: a crew
/// submitting together, each phone from its own address. Returns as soon as they are
/// sent on their way.
pub fn crowd(addr: SocketAddr, path: &str, bodies: Vec<String>) -> Vec<std::thread::JoinHandle<PhoneResult>> {
    use std::sync::{Arc, Barrier};
    let start = Arc::new(Barrier::new(bodies.len() + 1));
    let phones = bodies
        .into_iter()
        .enumerate()
        .map(|(i, body)| {
            let (start, path) = (Arc::clone(&start), path.to_owned());
            // Each phone from its own loopback address, as phones on a set's Wi-Fi are.
            let source = phone_address(i);
            std::thread::Builder::new()
                .stack_size(64 * 1024)
                .spawn(move || {
                    start.wait();
                    let sent = std::time::Instant::now();
                    let answer = request_from(source, addr, "POST", &path, body.as_bytes());
                    (sent.elapsed(), answer)
                })
                .unwrap()
        })
        .collect();
    start.wait();
    phones
}
