//! Property tests: random bytes and mutated briefings never make the loader panic.

use proptest::prelude::*;
use setbrief_core::briefing::parse_bytes;
use std::path::Path;

fn source() -> String {
    std::fs::read_to_string(setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron")).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let loaded = parse_bytes(Path::new("r.ron"), bytes);
        prop_assert!(loaded.briefing.is_some() || loaded.has_errors());
    }

    #[test]
    fn truncated_briefing(cut in 0usize..20_000) {
        let text = source();
        let cut = cut.min(text.len());
        let loaded = parse_bytes(Path::new("t.ron"), text.as_bytes()[..cut].to_vec());
        prop_assert!(loaded.briefing.is_some() || loaded.has_errors());
    }

    #[test]
    fn spliced_briefing(at in 0usize..20_000, len in 0usize..64, insert in "[(){}\\[\\],:\"a-zA-Z0-9 \n]{0,16}") {
        let text = source();
        let mut bytes = text.into_bytes();
        let at = at.min(bytes.len());
        let end = (at + len).min(bytes.len());
        bytes.splice(at..end, insert.bytes());
        let loaded = parse_bytes(Path::new("s.ron"), bytes);
        for d in &loaded.diagnostics {
            prop_assert!(!d.message.is_empty());
        }
    }

    #[test]
    fn flipped_byte(at in 0usize..20_000, byte in any::<u8>()) {
        let mut bytes = source().into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        let _ = parse_bytes(Path::new("f.ron"), bytes);
    }
}
