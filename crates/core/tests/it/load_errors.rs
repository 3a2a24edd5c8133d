//! Bad input of every kind gets a diagnostic with a message and a place, never a panic.

use std::path::Path;

use setbrief_core::briefing::{Position, load_file, parse_bytes};
use setbrief_testkit::{edit, minimal, only, parse, repo};

fn at(line: usize, col: usize) -> Option<Position> {
    Some(Position { line, col })
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn unknown_hazard_suggests_the_right_one() {
    let text = edit(&minimal(), r#"points: ["Cables under mats."],"#, "hazards: [Firarms()],");
    let loaded = parse(&text);
    let d = only(&loaded);
    assert_eq!(d.message, "unknown hazard `Firarms`");
    assert!(d.help.as_deref().unwrap().starts_with("did you mean `Firearms`?"));
    assert!(d.help.as_deref().unwrap().contains("`Weather`"));
    let line = line_of(&text, "Firarms");
    let col = text.lines().nth(line - 1).unwrap().find("Firarms").unwrap() + 1;
    assert_eq!(d.position, at(line, col));
    assert_eq!(
        d.render("briefings/day12.ron"),
        format!(
            "briefings/day12.ron:{line}:{col}: error[unknown-variant]: unknown hazard `Firarms`\n  help: {}",
            d.help.as_deref().unwrap()
        )
    );
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let text = edit(&minimal(), "muster_point:", "muster_pont:");
    let loaded = parse(&text);
    let d = only(&loaded);
    assert_eq!(d.message, "unknown field `muster_pont` in Emergency");
    assert!(d.help.as_deref().unwrap().starts_with("did you mean `muster_point`?"));
    assert_eq!(d.position.unwrap().line, line_of(&text, "muster_pont"));
}

#[test]
fn unknown_role_suggests_the_right_one() {
    let text = edit(&minimal(), "role: SetMedic", "role: Medic");
    let d = only(&parse(&text)).clone();
    assert_eq!(d.message, "unknown role `Medic`");
    assert!(d.help.unwrap().contains("`SetMedic`"));
}

#[test]
fn missing_required_field_is_named() {
    let text = edit(&minimal(), "    crew_call: \"07:00\",\n", "");
    let d = only(&parse(&text)).clone();
    assert_eq!(d.message, "missing field `crew_call` in Briefing");
    assert!(d.position.is_some());
}

#[test]
fn wrong_type_is_placed() {
    let text = edit(&minimal(), "day: 1,", "day: \"one\",");
    let d = only(&parse(&text)).clone();
    assert_eq!(d.position.unwrap().line, line_of(&text, "day: \"one\""));
    assert!(d.message.to_lowercase().contains("integer"), "{}", d.message);
}

#[test]
fn bad_date_time_and_offset_are_explained() {
    for (from, to, expect) in
        [("2026-05-01", "2026-13-01", "month"), ("\"07:00\"", "\"7 am\"", ""), ("-06:00", "-6", "+HH:MM")]
    {
        let text = edit(&minimal(), from, to);
        let d = only(&parse(&text)).clone();
        assert_eq!(d.code, "invalid-value", "{to}: {d:?}");
        let said = format!("{} {}", d.message, d.help.as_deref().unwrap_or_default());
        assert!(said.contains(expect), "{said}");
        assert_eq!(d.position.unwrap().line, line_of(&text, to));
    }
}

#[test]
fn bare_hazard_name_gets_a_precise_hint() {
    let text = edit(&minimal(), r#"points: ["Cables under mats."],"#, "hazards: [Weather],");
    let d = only(&parse(&text)).clone();
    assert_eq!(d.message, "hazard `Weather` needs parentheses");
    assert!(d.help.unwrap().contains("Weather()"));
}

#[test]
fn unknown_language_is_refused() {
    let text =
        edit(&minimal(), r#"muster_point: "Car park""#, r#"muster_point: (en: "Car park", pt: "Estacionamento")"#);
    let d = only(&parse(&text)).clone();
    assert!(d.message.contains("unknown language `pt`"), "{}", d.message);
    assert!(d.message.contains("en, es, fr"), "the codes setbrief knows: {}", d.message);
}

#[test]
fn unclosed_file_says_so() {
    let text = minimal();
    let cut = &text[..text.rfind(')').unwrap()];
    let d = only(&parse(cut)).clone();
    assert_eq!(d.code, "unexpected-end");
    assert!(d.help.unwrap().contains("not closed"));
}

#[test]
fn trailing_text_is_refused() {
    let d = only(&parse(&format!("{}\n)", minimal()))).clone();
    assert_eq!(d.code, "trailing-text");
}

#[test]
fn empty_and_blank_files() {
    for text in ["", "   \n\n  "] {
        let d = only(&parse(text)).clone();
        assert_eq!(d.code, "empty-file");
        assert_eq!(d.position, at(1, 1));
    }
}

#[test]
fn binary_garbage_is_not_text() {
    let mut bytes = b"Briefing(\n  production: \"x".to_vec();
    bytes.extend([0u8, 159, 146, 150, 0, 1, 2]);
    let loaded = parse_bytes(Path::new("x.ron"), bytes);
    let d = only(&loaded);
    assert_eq!(d.code, "not-text");
    assert_eq!(d.position, at(2, 17));
}

#[test]
fn invalid_utf8_is_placed() {
    let mut bytes = b"Briefing(\n  production: \"Jos".to_vec();
    bytes.extend([0xE9, b'"']);
    let loaded = parse_bytes(Path::new("x.ron"), bytes);
    let d = only(&loaded);
    assert_eq!(d.code, "not-utf8");
    assert_eq!(d.position, at(2, 19));
    assert!(d.help.as_deref().unwrap().contains("UTF-8"));
}

#[test]
fn byte_order_mark_is_a_warning_and_the_file_still_loads() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(minimal().as_bytes());
    let loaded = parse_bytes(Path::new("bom.ron"), bytes);
    assert!(loaded.presentable().is_some());
    let d = only(&loaded);
    assert_eq!(d.code, "byte-order-mark");
    assert_eq!(d.position, at(1, 1));
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for open in ["[", "(", "(a:", "{\"a\":"] {
        let text = edit(&minimal(), "location: \"Stage 1\"", &format!("location: {}", open.repeat(200_000)));
        let loaded = parse(&text);
        assert!(loaded.has_errors());
        assert!(loaded.diagnostics[0].position.is_some());
    }
    let deep = format!(
        "Briefing(production: \"x\", day: 1, date: \"2026-01-01\", location: \"x\", crew_call: \"07:00\", utc_offset: \"+00:00\", scenes: [(number: \"1\", int_ext: Int, set: \"x\", hazards: [Firearms(weapons: [{}])])])",
        "[".repeat(100_000)
    );
    assert!(parse(&deep).has_errors());
}

#[test]
fn oversized_file_is_refused_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let mut text = minimal();
    text.push_str(&format!("// {}\n", "x".repeat(5 * 1024 * 1024)));
    std::fs::write(&path, text).unwrap();
    let loaded = load_file(&path).unwrap();
    assert_eq!(only(&loaded).code, "too-large");
    assert!(loaded.bytes.len() <= setbrief_core::briefing::load::MAX_FILE_BYTES + 1);
}

#[test]
fn unreadable_file_is_an_error_not_a_diagnostic() {
    let err = load_file(&repo().join("no/such/file.ron")).unwrap_err();
    assert!(err.to_string().contains("no/such/file.ron"));
    let dir = tempfile::tempdir().unwrap();
    assert!(load_file(dir.path()).is_err(), "a directory is not a briefing");
}

/// Issue 13: the syntax messages a 1st AD gets, each for what people really type.
mod in_words_a_first_ad_understands {
    use super::*;

    #[test]
    fn a_date_in_another_form_says_the_form_and_shows_the_value() {
        let d = only(&parse(&edit(&minimal(), r#"date: "2026-05-01","#, r#"date: "05/01/2026","#))).clone();
        assert_eq!(d.message, r#"this date is not in the form the briefing needs: "05/01/2026""#);
        assert!(d.help.as_deref().unwrap().contains(r#""YYYY-MM-DD""#), "{d:?}");
    }

    #[test]
    fn a_time_in_another_form_says_the_form_and_shows_the_value() {
        let d = only(&parse(&edit(&minimal(), r#"crew_call: "07:00","#, r#"crew_call: "7am","#))).clone();
        assert_eq!(d.message, r#"this time is not in the form the briefing needs: "7am""#);
        assert!(d.help.as_deref().unwrap().contains("24-hour"), "{d:?}");
    }

    #[test]
    fn a_missing_comma_is_pointed_at_the_end_of_its_line() {
        let text = edit(&minimal(), r#"location: "Stage 1","#, r#"location: "Stage 1""#);
        let d = only(&parse(&text)).clone();
        assert_eq!(d.message, "a comma is missing at the end of this line");
        let line = line_of(&text, r#"location: "Stage 1""#);
        let col = text.lines().nth(line - 1).unwrap().trim_end().chars().count() + 1;
        assert_eq!(d.position, at(line, col), "{d:?}");
    }

    #[test]
    fn text_without_quotes_or_in_single_quotes_says_put_it_in_double_quotes() {
        for written in ["location: Stage 1,", "location: 'Stage 1',"] {
            let d = only(&parse(&edit(&minimal(), r#"location: "Stage 1","#, written))).clone();
            assert!(d.help.as_deref().unwrap().contains("put text in double quotes"), "{written}: {d:?}");
            assert!(d.message.starts_with("text "), "{written}: {d:?}");
        }
    }
}
