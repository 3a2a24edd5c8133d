//! Reading a briefing file: bytes to [`Briefing`], or diagnostics that say what and
//! where. Nothing here panics on bad input; every failure becomes a [`Diagnostic`].

use std::io::Read as _;
use std::path::{Path, PathBuf};

use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;

use super::diagnostic::{Diagnostic, Position};
use super::model::Briefing;
use super::rules;

/// The largest briefing file read. A 300-scene, 300-crew day is about 300 KB; ten
/// times that is a file something has gone wrong with.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// How deep brackets may nest. A briefing needs about 8 levels; the limit keeps a
/// hostile file from exhausting the stack.
pub const MAX_NESTING: usize = 64;

/// A briefing file as read: its text, the briefing if it parsed, and every diagnostic.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub path: PathBuf,
    /// The exact bytes read, kept so sessions can record what was presented.
    pub bytes: Vec<u8>,
    pub briefing: Option<Briefing>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The briefing, when it parsed and no rule found an error.
    pub fn presentable(&self) -> Option<&Briefing> {
        if self.has_errors() { None } else { self.briefing.as_ref() }
    }

    /// The file name as diagnostics print it.
    pub fn display_path(&self) -> String {
        self.path.display().to_string()
    }
}

/// The file could not be read at all (missing, no permission, a directory).
#[derive(Debug, thiserror::Error)]
#[error("cannot read {path}: {source}")]
pub struct ReadError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// Reads and checks the briefing at `path`. Only an unreadable file is an `Err`;
/// a file with problems is an `Ok` carrying its diagnostics.
pub fn load_file(path: &Path) -> Result<Loaded, ReadError> {
    let err = |source| ReadError { path: path.to_owned(), source };
    let file = std::fs::File::open(path).map_err(err)?;
    let mut bytes = Vec::new();
    // Read one byte past the limit so an oversized file is reported without reading all of it.
    file.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(err)?;
    Ok(parse_bytes(path, bytes))
}

/// Parses and checks briefing bytes that came from `path`.
pub fn parse_bytes(path: &Path, bytes: Vec<u8>) -> Loaded {
    let (briefing, diagnostics) = parse_and_check(&bytes);
    Loaded { path: path.to_owned(), bytes, briefing, diagnostics }
}

fn parse_and_check(bytes: &[u8]) -> (Option<Briefing>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let text = match decode(bytes, &mut diagnostics) {
        Ok(text) => text,
        Err(d) => {
            diagnostics.push(d);
            return (None, diagnostics);
        }
    };
    match parse_text(text) {
        Ok(briefing) => {
            diagnostics.extend(rules::check(&briefing, text));
            (Some(briefing), diagnostics)
        }
        Err(d) => {
            diagnostics.push(d);
            (None, diagnostics)
        }
    }
}

/// Checks size, encoding and emptiness, and returns the text to parse.
fn decode<'a>(bytes: &'a [u8], diagnostics: &mut Vec<Diagnostic>) -> Result<&'a str, Diagnostic> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            "too-large",
            format!("the file is larger than {} MiB", MAX_FILE_BYTES / (1024 * 1024)),
        )
        .with_help("a briefing is one shooting day; check that this is the right file"));
    }
    let mut bytes = bytes;
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()) {
        bytes = rest;
        diagnostics.push(
            Diagnostic::warning("byte-order-mark", "the file starts with a UTF-8 byte order mark; it was ignored")
                .at(Some(Position { line: 1, col: 1 }))
                .with_help("some Windows editors add it; save as \"UTF-8\" without BOM to silence this"),
        );
    }
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        let at = Some(byte_position(bytes, nul));
        return Err(Diagnostic::error("not-text", format!("this is not a text file: binary data at byte {nul}"))
            .at(at)
            .with_help("a briefing is a RON text file; open one from briefings/ to see the format"));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        Diagnostic::error("not-utf8", format!("the file is not valid UTF-8 (bad byte at offset {good})"))
            .at(Some(byte_position(bytes, good)))
            .with_help("save the file as UTF-8; accented names such as José need it")
    })?;
    if text.trim().is_empty() {
        return Err(Diagnostic::error("empty-file", "the file is empty")
            .at(Some(Position { line: 1, col: 1 }))
            .with_help("a briefing starts with `Briefing(`; copy an example from briefings/ and edit it"));
    }
    Ok(text)
}

/// Line and column of a byte in a file that may not be text; columns count bytes.
fn byte_position(bytes: &[u8], offset: usize) -> Position {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset - before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) + 1;
    Position { line, col }
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME).with_recursion_limit(MAX_NESTING)
}

fn parse_text(text: &str) -> Result<Briefing, Diagnostic> {
    ron_options().from_str::<Briefing>(text).map_err(|e| diagnose_ron(&e, text))
}

/// Turns a RON error into a diagnostic with a message a 1st AD can act on.
fn diagnose_ron(e: &SpannedError, text: &str) -> Diagnostic {
    let at = Some(Position { line: e.span.start.line, col: e.span.start.col });
    let d = match &e.code {
        RonError::NoSuchEnumVariant { expected, found, outer } => {
            let what = outer.as_deref().map_or("value", what_is);
            Diagnostic::error("unknown-variant", format!("unknown {what} `{found}`")).with_help(suggest(
                found,
                expected,
                &format!("valid {what}s"),
            ))
        }
        RonError::NoSuchStructField { expected, found, outer } => {
            let within = outer.as_deref().map(|o| format!(" in {o}")).unwrap_or_default();
            Diagnostic::error("unknown-field", format!("unknown field `{found}`{within}")).with_help(suggest(
                found,
                expected,
                "valid fields",
            ))
        }
        RonError::MissingStructField { field, outer } => {
            let within = outer.as_deref().map(|o| format!(" in {o}")).unwrap_or_default();
            Diagnostic::error("missing-field", format!("missing field `{field}`{within}"))
                .with_help(format!("add `{field}: ...`; briefings/README.md lists every field"))
        }
        RonError::DuplicateStructField { field, outer } => {
            let within = outer.as_deref().map(|o| format!(" in {o}")).unwrap_or_default();
            Diagnostic::error("duplicate-field", format!("field `{field}` is given twice{within}"))
                .with_help("keep one of them")
        }
        RonError::InvalidValueForType { expected, .. } if expected.contains("string") => text_in_quotes(text, e),
        RonError::ExpectedString | RonError::ExpectedStringEnd | RonError::ExpectedChar => text_in_quotes(text, e),
        RonError::InvalidValueForType { expected, found } => {
            Diagnostic::error("wrong-type", format!("expected {expected}, found {found}"))
                .with_help("check the value's type against briefings/README.md")
        }
        RonError::ExceededRecursionLimit => {
            Diagnostic::error("too-deep", format!("brackets are nested more than {MAX_NESTING} levels deep"))
                .with_help("a briefing never nests this deep; look for unclosed or repeated brackets")
        }
        RonError::Eof => Diagnostic::error("unexpected-end", "the file ends before the briefing is complete")
            .with_help("a parenthesis or bracket is not closed; every `(` needs a `)` and every `[` a `]`"),
        RonError::TrailingCharacters => {
            Diagnostic::error("trailing-text", "unexpected text after the end of the briefing")
                .with_help("the briefing ends with its last `)`; remove what follows or check for an extra `)` earlier")
        }
        RonError::ExpectedComma | RonError::ExpectedStructLikeEnd | RonError::ExpectedArrayEnd
            if starts_a_field(text, e.span.start) =>
        {
            // The parser notices at the next field; the comma is missing at the end of
            // the line before it.
            let end = end_of_previous_line(text, e.span.start);
            return Diagnostic::error("missing-comma", "a comma is missing at the end of this line")
                .with_help("separate fields and list items with `,`: put one after the value")
                .at(end);
        }
        RonError::ExpectedComma => {
            Diagnostic::error("syntax", "expected a comma").with_help("separate fields and list items with `,`")
        }
        RonError::ExpectedStructLike if hazard_before(text, e.span.start).is_some() => {
            let kind = hazard_before(text, e.span.start).unwrap_or_default();
            Diagnostic::error("syntax", format!("hazard `{kind}` needs parentheses"))
                .with_help(format!("write `{kind}()` when there are no details, e.g. `hazards: [{kind}()]`"))
        }
        RonError::Message(msg) if date_or_time(msg).is_some() => {
            let (what, form, example) = date_or_time(msg).unwrap_or_default();
            let value = literal_near(text, e.span.start);
            let found = value.as_deref().map(|v| format!(": \"{v}\"")).unwrap_or_default();
            if value.as_deref().is_some_and(|v| has_the_form(what, v)) {
                // The right form, an impossible value (month 13, 25:00): say which part.
                Diagnostic::error("invalid-value", format!("this {what} does not exist{found}"))
                    .with_help(format!("{msg}; {what}s are written \"{form}\", e.g. \"{example}\""))
            } else {
                Diagnostic::error("invalid-value", format!("this {what} is not in the form the briefing needs{found}"))
                    .with_help(format!("write {what}s as \"{form}\", e.g. \"{example}\""))
            }
        }
        RonError::Message(msg) => Diagnostic::error("invalid-value", msg.clone()).with_help(value_help(msg)),
        other => Diagnostic::error("syntax", other.to_string())
            .with_help("the file is not valid RON here; compare with an example in briefings/"),
    };
    d.at(at)
}

/// Text written without quotes, or in single quotes: say how text is written.
fn text_in_quotes(text: &str, e: &SpannedError) -> Diagnostic {
    let single = line_from(text, e.span.start).is_some_and(|rest| rest.trim_start().starts_with('\''));
    let message = if single { "text in single quotes" } else { "text without quotes" };
    Diagnostic::error("text-needs-quotes", message)
        .with_help("put text in double quotes, e.g. location: \"Cerro Viejo Movie Ranch\"")
}

/// The rest of the line from `at`.
fn line_from(text: &str, at: ron::error::Position) -> Option<&str> {
    let line = text.lines().nth(at.line.checked_sub(1)?)?;
    let start = line.char_indices().nth(at.col.saturating_sub(1)).map_or(line.len(), |(i, _)| i);
    line.get(start..)
}

/// Whether the parser stopped at a field name (`crew_call:`), as it does when the
/// comma before it is missing.
fn starts_a_field(text: &str, at: ron::error::Position) -> bool {
    let Some(rest) = line_from(text, at) else { return false };
    let rest = rest.trim_start();
    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    !name.is_empty() && rest[name.len()..].trim_start().starts_with(':')
}

/// Just after the last character before `at` that is not blank or in a comment: where
/// a missing comma belongs.
fn end_of_previous_line(text: &str, at: ron::error::Position) -> Option<Position> {
    let lines: Vec<&str> = text.lines().collect();
    let mut line = at.line.checked_sub(1)?;
    while line > 0 {
        line -= 1;
        let code = lines.get(line)?.split("//").next().unwrap_or_default().trim_end();
        if !code.trim().is_empty() {
            return Some(Position { line: line + 1, col: code.chars().count() + 1 });
        }
    }
    None
}

/// For a date or time library's complaint: what it is, the form wanted, an example.
fn date_or_time(msg: &str) -> Option<(&'static str, &'static str, &'static str)> {
    let m = msg.to_lowercase();
    if ["year", "month", "day", "date"].iter().any(|w| m.contains(w)) {
        Some(("date", "YYYY-MM-DD", "2026-02-04"))
    } else if ["hour", "minute", "second", "time"].iter().any(|w| m.contains(w)) {
        Some(("time", "HH:MM on a 24-hour clock", "08:00"))
    } else {
        None
    }
}

/// Whether `value` is shaped as a date ("2026-02-04") or a time ("08:00") is.
fn has_the_form(what: &str, value: &str) -> bool {
    let shape: String = value.chars().map(|c| if c.is_ascii_digit() { '9' } else { c }).collect();
    match what {
        "date" => shape == "9999-99-99",
        _ => ["9:99", "99:99", "99:99:99"].contains(&shape.as_str()),
    }
}

/// The quoted value on the line of `at` nearest to it: what the person wrote.
fn literal_near(text: &str, at: ron::error::Position) -> Option<String> {
    let line = text.lines().nth(at.line.checked_sub(1)?)?;
    let quotes: Vec<usize> = line.char_indices().filter(|(_, c)| *c == '"').map(|(i, _)| i).collect();
    let col = line.char_indices().nth(at.col.saturating_sub(1)).map_or(line.len(), |(i, _)| i);
    quotes
        .chunks_exact(2)
        .filter_map(|pair| match pair {
            [open, close] => Some((*open, *close)),
            _ => None,
        })
        .min_by_key(|(open, close)| open.abs_diff(col).min(close.abs_diff(col)))
        .and_then(|(open, close)| line.get(open + 1..close))
        .map(str::to_owned)
}

/// The hazard name written just before `at`, if there is one (`Animals` in `[Animals,`).
fn hazard_before(text: &str, at: ron::error::Position) -> Option<&'static str> {
    let line = text.lines().nth(at.line.checked_sub(1)?)?;
    let upto: String = line.chars().take(at.col.saturating_sub(1)).collect();
    let word: String = upto.trim_end().chars().rev().take_while(|c| c.is_alphanumeric()).collect();
    let word: String = word.chars().rev().collect();
    crate::briefing::HazardKind::ALL.into_iter().map(|k| k.ident()).find(|k| *k == word)
}

/// The name a diagnostic gives to values of an enum type.
fn what_is(enum_name: &str) -> &str {
    match enum_name {
        "Hazard" => "hazard",
        "Role" => "role",
        "Load" => "load",
        "IntExt" => "INT/EXT value",
        "Lang" => "language",
        other => other,
    }
}

fn value_help(msg: &str) -> String {
    if msg.contains("date") || msg.contains("civil") || msg.contains("time") {
        "dates are written \"2026-03-14\" and times \"06:30\"".to_owned()
    } else if msg.contains("language") {
        "texts per language are written (en: \"...\", es: \"...\")".to_owned()
    } else {
        "see briefings/README.md for the values this field takes".to_owned()
    }
}

/// "did you mean `Firearms`?" and the valid values.
pub fn suggest(found: &str, expected: &[&str], what: &str) -> String {
    let lower = found.to_lowercase();
    let best = expected
        .iter()
        .map(|cand| {
            let score =
                if cand.to_lowercase() == lower { 1.0 } else { strsim::jaro_winkler(&lower, &cand.to_lowercase()) };
            (score, *cand)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .filter(|(score, _)| *score >= 0.8);
    let list = expected.iter().map(|e| format!("`{e}`")).collect::<Vec<_>>().join(", ");
    match best {
        Some((_, cand)) => format!("did you mean `{cand}`? {what}: {list}"),
        None => format!("{what}: {list}"),
    }
}
