//! `setbrief serve`: the phone server as its own process, on 127.0.0.1 only. Killed in
//! the middle of a burst of phones, it has lost nothing any phone was told "Saved",
//! and phones that retry after it comes back make no second record.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::io::{BufRead as _, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use setbrief_core::attendance::Event;
use setbrief_core::attendance::journal::{Problem, verify};
use setbrief_testkit::day::phone_body_ticking;
use setbrief_testkit::http::{get, request};

/// Killed when dropped, so a failing test leaves no server behind.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

struct Server {
    child: Running,
    addr: SocketAddr,
    base: String,
    lines: std::sync::mpsc::Receiver<String>,
}

fn serve(data: &std::path::Path) -> Server {
    let briefing = setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron");
    let child = Command::new(env!("CARGO_BIN_EXE_setbrief"))
        .args(["--data-dir", data.to_str().unwrap(), "serve", briefing.to_str().unwrap()])
        .args(["--bind", "127.0.0.1", "--port", "0", "--run-by", "Dana Whitfield", "--pin", "2468"])
        .args(["--held-on", &setbrief_testkit::day::today_on_set()])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    wait_for_address(Running(child))
}

/// Reads the server's output until it prints the page's address.
fn wait_for_address(mut child: Running) -> Server {
    let (send, lines) = std::sync::mpsc::channel();
    let stdout = child.0.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let line = lines.recv_timeout(deadline.saturating_duration_since(Instant::now())).unwrap();
        if let Some(url) = line.strip_prefix("Open on a phone: http://") {
            let (host, path) = url.split_once('/').unwrap();
            return Server { child, addr: host.parse().unwrap(), base: format!("/{path}"), lines };
        }
    }
}

fn acknowledgements(server: &Server) -> usize {
    get(server.addr, &format!("{}/api/session", server.base)).json()["acknowledgements"]["en"].as_array().unwrap().len()
}

#[test]
fn serve_prints_the_address_signs_phones_and_stops_on_ctrl_c() {
    let data = tempfile::tempdir().unwrap();
    let mut server = serve(data.path());
    let body = phone_body_ticking(acknowledgements(&server), "Kim Aldana", false, "s1");
    let answer = request(server.addr, "POST", &format!("{}/api/sign-in", server.base), body.to_string().as_bytes());
    assert_eq!(answer.unwrap().status, 200);
    let printed = std::iter::from_fn(|| server.lines.recv_timeout(Duration::from_secs(10)).ok())
        .find(|line| line.contains("saved"))
        .unwrap();
    assert!(printed.contains("saved  Kim Aldana  record"), "{printed}");
    let pid = server.child.0.id().to_string();
    assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    assert!(server.child.0.wait().unwrap().success());
    let rest: Vec<String> = server.lines.iter().collect();
    assert!(rest.iter().any(|l| l.starts_with("Stopped. 1 sign-ins from phones.")), "{rest:?}");
    assert!(rest.iter().any(|l| l.contains(" close --day-folder ")), "it says how to close: {rest:?}");
    // The link's secret is kept with the day, for this user only, until the session closes.
    let day = std::fs::read_dir(data.path().join("coyote-pass")).unwrap().next().unwrap().unwrap().path();
    // A clean stop is on the record, so the next start does not take it for a crash.
    let journal = std::fs::read(day.join("journal.jsonl")).unwrap();
    let last = verify(&journal).records.last().unwrap().event.clone();
    assert!(matches!(last, Event::Stopped { .. }), "{last:?}");
    let link = day.join("phone-link.json");
    let kept = std::fs::read_to_string(&link).unwrap();
    assert!(
        server
            .base
            .contains(&serde_json::from_str::<serde_json::Value>(&kept).unwrap()["token"].as_str().unwrap().to_owned())
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&link).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let closed = Command::new(env!("CARGO_BIN_EXE_setbrief"))
        .args(["--data-dir", data.path().to_str().unwrap(), "close", "--day-folder"])
        .arg(&day)
        .args(["--by", "Dana Whitfield"])
        .output()
        .unwrap();
    assert!(closed.status.success(), "{}", String::from_utf8_lossy(&closed.stderr));
    assert!(!link.exists(), "the link dies with its session");
}

#[test]
fn serve_without_a_session_says_how_to_start_one() {
    let data = tempfile::tempdir().unwrap();
    let briefing = setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron");
    let out = Command::new(env!("CARGO_BIN_EXE_setbrief"))
        .args(["--data-dir", data.path().to_str().unwrap(), "serve", briefing.to_str().unwrap(), "--bind", "127.0.0.1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--run-by NAME --pin PIN"));
}

#[test]
fn serve_asks_for_todays_date_before_holding_a_briefing_dated_another_day() {
    let data = tempfile::tempdir().unwrap();
    let briefing = setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron");
    let out = Command::new(env!("CARGO_BIN_EXE_setbrief"))
        .args(["--data-dir", data.path().to_str().unwrap(), "serve", briefing.to_str().unwrap()])
        .args(["--bind", "127.0.0.1", "--run-by", "Dana Whitfield", "--pin", "2468", "--held-on", "2026-02-05"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("dated 2026-04-16")
            && said.contains(&format!("--held-on {}", setbrief_testkit::day::today_on_set())),
        "{said}"
    );
}

/// Phones keep submitting walk-ins; the server is killed once some are saved.
#[test]
fn a_server_killed_mid_burst_keeps_every_saved_sign_in_and_retries_make_no_second_record() {
    const PHONES: usize = 12;
    let data = tempfile::tempdir().unwrap();
    let server = serve(data.path());
    let acks = acknowledgements(&server);
    let saved: Arc<Mutex<BTreeMap<String, serde_json::Value>>> = Arc::default();
    let sent: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let count = Arc::new(AtomicUsize::new(0));
    let phones: Vec<_> = (0..PHONES)
        .map(|phone| {
            let (saved, sent, count) = (Arc::clone(&saved), Arc::clone(&sent), Arc::clone(&count));
            let (addr, path) = (server.addr, format!("{}/api/sign-in", server.base));
            std::thread::spawn(move || {
                for i in 0..200 {
                    let name = format!("Burst Crew {phone:02}-{i:03}");
                    let submission = format!("p{phone}-{i}");
                    sent.lock().unwrap().push((name.clone(), submission.clone()));
                    let body = phone_body_ticking(acks, &name, true, &submission);
                    match request(addr, "POST", &path, body.to_string().as_bytes()) {
                        Ok(answer) if answer.status == 200 => {
                            saved.lock().unwrap().insert(name, answer.json()["receipt"].clone());
                            count.fetch_add(1, Ordering::SeqCst);
                        }
                        _ => return,
                    }
                }
            })
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    while count.load(Ordering::SeqCst) < 40 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(2));
    }
    let server_base = server.base.clone();
    drop(server.child);
    for phone in phones {
        phone.join().unwrap();
    }
    let saved = saved.lock().unwrap().clone();
    assert!(saved.len() >= 40, "the burst was under way: {} saved", saved.len());

    let journal = std::fs::read_dir(data.path().join("coyote-pass")).unwrap().next().unwrap().unwrap().path();
    let rb = verify(&std::fs::read(journal.join("journal.jsonl")).unwrap());
    assert!(rb.problems.iter().all(|p| matches!(p, Problem::TornTail { .. })), "{:?}", rb.problems);
    let signed = |records: &[setbrief_core::attendance::journal::Record]| -> Vec<String> {
        records
            .iter()
            .filter_map(|r| match &r.event {
                Event::SignedIn { person, .. } => Some(person.name.clone()),
                _ => None,
            })
            .collect()
    };
    let on_disk = signed(&rb.records);
    for name in saved.keys() {
        assert!(on_disk.contains(name), "{name} was told Saved but is not in the journal");
    }

    // Back up: every phone sends its last submission again, on the link it already
    // holds (the same while the session is open); none makes a second record.
    let link = server_base;
    let server = serve(data.path());
    assert_eq!(server.base, link, "the phones' link survives the restart");
    let path = format!("{link}/api/sign-in");
    for (name, submission) in sent.lock().unwrap().iter() {
        let body = phone_body_ticking(acks, name, true, submission);
        let answer = request(server.addr, "POST", &path, body.to_string().as_bytes()).unwrap();
        assert_eq!(answer.status, 200, "{name}: {}", answer.body);
        if let Some(first) = saved.get(name) {
            assert_eq!(&answer.json()["receipt"], first, "{name}: the same receipt as before the crash");
        }
    }
    drop(server.child);
    let rb = verify(&std::fs::read(journal.join("journal.jsonl")).unwrap());
    let mut names = signed(&rb.records);
    let all = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), all, "no one is in the journal twice");
    assert_eq!(all, sent.lock().unwrap().len());
}

/// `report --out` the live day folder while phones sign: refused, and every phone told
/// "Saved", before and after, is in the journal.
#[test]
fn an_export_onto_the_live_day_folder_is_refused_and_every_saved_phone_stays() {
    let data = tempfile::tempdir().unwrap();
    let mut server = serve(data.path());
    let acks = acknowledgements(&server);
    let path = format!("{}/api/sign-in", server.base);
    let sign = |name: &str, submission: &str| {
        let body = phone_body_ticking(acks, name, true, submission);
        let answer = request(server.addr, "POST", &path, body.to_string().as_bytes()).unwrap();
        assert_eq!(answer.status, 200, "{name}: {}", answer.body);
    };
    sign("Early Phone", "e1");
    let day = std::fs::read_dir(data.path().join("coyote-pass")).unwrap().next().unwrap().unwrap().path();
    let o = Command::new(env!("CARGO_BIN_EXE_setbrief"))
        .args(["--data-dir", data.path().to_str().unwrap(), "report", "--day-folder"])
        .arg(&day)
        .arg("--out")
        .arg(&day)
        .arg("--overwrite")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is the day folder"), "{}", String::from_utf8_lossy(&o.stderr));
    for (name, submission) in [("Later Phone One", "l1"), ("Later Phone Two", "l2"), ("Later Phone Three", "l3")] {
        sign(name, submission);
    }
    let pid = server.child.0.id().to_string();
    assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    assert!(server.child.0.wait().unwrap().success());
    let rb = verify(&std::fs::read(day.join("journal.jsonl")).unwrap());
    for name in ["Early Phone", "Later Phone One", "Later Phone Two", "Later Phone Three"] {
        let on_disk =
            rb.records.iter().any(|r| matches!(&r.event, Event::SignedIn { person, .. } if person.name == name));
        assert!(on_disk, "{name} was told Saved and is in the journal");
    }
}

/// The server under a laptop's usual limit of 1,024 open files: 1,100 connections from
/// one address that send nothing, half a request line, or all headers but the last line
/// do not keep another phone from signing within a second, and are all closed by the
/// server within 20 s. Bounded: 1,100 connections, 127.0.0.0/8 only, about 12 s.
#[test]
fn idle_and_half_sent_connections_from_one_address_hold_up_nobody_else() {
    use std::io::{Read as _, Write as _};
    const CONNECTIONS: usize = 1100;
    rlimit::increase_nofile_limit(4096).unwrap();
    let data = tempfile::tempdir().unwrap();
    let server = serve_limited(data.path(), 1024);
    let acks = acknowledgements(&server);
    let mut idle = Vec::new();
    for i in 0..CONNECTIONS {
        let Ok(mut stream) = std::net::TcpStream::connect_timeout(&server.addr, Duration::from_secs(5)) else {
            continue;
        };
        let partial: &[u8] = match i % 3 {
            0 => b"",
            1 => b"GET /s/",
            _ => b"POST /s/x/api/sign-in HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n",
        };
        stream.write_all(partial).ok();
        idle.push(stream);
    }
    let started = Instant::now();
    let body = phone_body_ticking(acks, "Other Address", true, "other-1");
    let path = format!("{}/api/sign-in", server.base);
    let answer = setbrief_testkit::http::request_from(
        [127, 0, 0, 2].into(),
        server.addr,
        "POST",
        &path,
        body.to_string().as_bytes(),
    )
    .unwrap();
    let took = started.elapsed();
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(took < Duration::from_secs(1), "another phone waited {took:?}");
    // Every idle connection is closed by the server (refused at once, or timed out).
    let deadline = Instant::now() + Duration::from_secs(20);
    for stream in &mut idle {
        stream
            .set_read_timeout(Some(deadline.saturating_duration_since(Instant::now()).max(Duration::from_millis(1))))
            .ok();
        let mut sink = [0u8; 512];
        loop {
            match stream.read(&mut sink) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
                Err(e) => panic!("a connection was still open at 20 s: {e}"),
            }
        }
    }
    drop(server);
}

/// [`serve`] with the server's open-files limit set to `files` (soft and hard).
fn serve_limited(data: &std::path::Path, files: u64) -> Server {
    let briefing = setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron");
    let script = format!(
        "ulimit -n {files} && exec \"$0\" --data-dir \"$1\" serve \"$2\" --bind 127.0.0.1 --port 0 --run-by 'Dana Whitfield' --pin 2468 --held-on {}",
        setbrief_testkit::day::today_on_set()
    );
    let child = Command::new("sh")
        .args(["-c", &script, env!("CARGO_BIN_EXE_setbrief"), data.to_str().unwrap(), briefing.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    wait_for_address(Running(child))
}
