//! A crew of 250 signing on their phones at once, against the real server on
//! 127.0.0.1: every sign-in saved exactly once, the journal intact. (How fast is in
//! `benches/phones.rs`, not here.)

use super::Served;

pub const CREW: usize = 250;

#[test]
fn two_hundred_fifty_phones_at_once_are_each_saved_exactly_once() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    let bodies: Vec<String> =
        (0..CREW).map(|i| s.body(&format!("Crowd Member {i:03}"), true, &format!("c{i}")).to_string()).collect();
    let phones = setbrief_testkit::http::crowd(s.addr(), &path, bodies);
    let statuses: Vec<u16> = phones.into_iter().map(|p| p.join().unwrap().1.unwrap().status).collect();
    assert!(statuses.iter().all(|&s| s == 200), "{statuses:?}");
    let day = s.day.lock();
    assert_eq!(day.state.sign_ins.len(), CREW);
    let bytes = std::fs::read(day.journal_path()).unwrap();
    let rb = setbrief_core::attendance::journal::verify(&bytes);
    assert!(rb.is_intact());
    let mut names: Vec<&str> = day.state.sign_ins.iter().map(|s| s.person.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CREW, "no one twice");
    drop(day);
    s.heard.when(|saved, _| (saved.len() == CREW).then_some(()));
}
