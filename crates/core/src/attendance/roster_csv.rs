//! Importing a crew list exported from a call-sheet tool or a spreadsheet.
//!
//! CSV or TSV, in whatever encoding it was saved (UTF-8 with or without BOM, UTF-16, Excel's
//! Windows-1252), with title lines above the header. Headers are matched loosely
//! ("Full Name", "Dept.", "Position", "Cell"...); "Last, First" names are turned round;
//! rows that cannot be read are reported with their line in the file, not dropped in
//! silence.

use super::event::Person;

#[derive(Debug, Default)]
pub struct Import {
    pub people: Vec<Person>,
    /// (line number, why) for every row that was not imported.
    pub skipped: Vec<(u64, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the crew list has no name column (looked for: name, full name, crew member, first name + last name)")]
    NoNameColumn,
    #[error("cannot read the crew list: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot read {path}: {source}")]
    File {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Reads a CSV crew list from a file.
pub fn read_file(path: &std::path::Path) -> Result<Import, ImportError> {
    let bytes = std::fs::read(path).map_err(|source| ImportError::File { path: path.to_owned(), source })?;
    read(&bytes)
}

fn normalise(header: &str) -> String {
    header.trim().to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

fn find(headers: &[String], names: &[&str]) -> Option<usize> {
    headers.iter().position(|h| names.contains(&h.as_str()))
}

/// The file's text, whatever it was saved as.
///
/// A BOM says UTF-8 or UTF-16; else valid
/// UTF-8 is taken as such; else the legacy encoding chardetng guesses (Excel's "CSV
/// (Comma delimited)" is Windows-1252, so "José" arrives whole).
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default()).0.into_owned();
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_owned();
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow).decode_without_bom_handling(bytes).0.into_owned()
}

const NAME_HEADERS: &[&str] = &["name", "fullname", "crewmember", "crewname", "employee", "nombre"];
const FIRST_HEADERS: &[&str] = &["firstname", "first", "givenname"];
const LAST_HEADERS: &[&str] = &["lastname", "last", "surname", "familyname"];

/// Whether a line, split by `delimiter`, is a header row: it names a name column.
fn is_header(line: &str, delimiter: char) -> bool {
    let cells: Vec<String> = line.split(delimiter).map(normalise).collect();
    find(&cells, NAME_HEADERS).is_some()
        || (find(&cells, FIRST_HEADERS).is_some() && find(&cells, LAST_HEADERS).is_some())
}

/// The header row among the first lines (call-sheet exports put a title and the date
/// above it), and the delimiter it uses: tab, semicolon or comma.
fn header_row(text: &str) -> Option<(usize, u8)> {
    text.lines().take(20).enumerate().find_map(|(i, line)| {
        ['\t', ';', ','].into_iter().find(|d| line.contains(*d) && is_header(line, *d)).map(|d| (i, d as u8))
    })
}

/// "Armijo, José" as "José Armijo"; other names as written.
fn first_name_first(name: &str) -> String {
    match name.split_once(',') {
        Some((last, first)) if !first.trim().is_empty() && !last.trim().is_empty() => {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => name.to_owned(),
    }
}

/// The line a record starts on, from its byte offset. After a CRLF, csv's offset (and
/// its own line count) points at the LF, one byte early: that LF ends the line before.
fn line_at(body: &str, position: Option<&csv::Position>) -> u64 {
    let byte = position.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
    let bytes = body.as_bytes();
    let start = if bytes.get(byte) == Some(&b'\n') { byte + 1 } else { byte };
    let before = bytes.get(..start).unwrap_or(bytes);
    memchr::memchr_iter(b'\n', before).count() as u64 + 1
}

/// Reads a crew list: CSV or TSV, in any of the encodings [`decode`] knows.
pub fn read(bytes: &[u8]) -> Result<Import, ImportError> {
    let text = decode(bytes);
    let (header_line, delimiter) = header_row(&text).ok_or(ImportError::NoNameColumn)?;
    // Title lines above the header are skipped; line numbers stay those of the file.
    let body: String = text.split_inclusive('\n').skip(header_line).collect();
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(body.as_bytes());
    let headers: Vec<String> = reader.headers()?.iter().map(normalise).collect();
    let name = find(&headers, NAME_HEADERS);
    let first = find(&headers, FIRST_HEADERS);
    let last = find(&headers, LAST_HEADERS);
    if name.is_none() && (first.is_none() || last.is_none()) {
        return Err(ImportError::NoNameColumn);
    }
    let department = find(&headers, &["department", "dept", "departamento"]);
    let role = find(&headers, &["role", "position", "title", "jobtitle", "job", "puesto"]);
    let mut import = Import::default();
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                let line = line_at(&body, e.position()) + header_line as u64;
                import.skipped.push((line, e.to_string()));
                continue;
            }
        };
        let line = line_at(&body, row.position()) + header_line as u64;
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).map(str::trim).unwrap_or_default().to_owned();
        let full = match name {
            Some(_) => first_name_first(&cell(name)),
            None => format!("{} {}", cell(first), cell(last)).trim().to_owned(),
        };
        if full.is_empty() {
            if row.iter().any(|c| !c.trim().is_empty()) {
                import.skipped.push((line, "no name".to_owned()));
            }
            continue;
        }
        import.people.push(Person { name: full, department: cell(department), role: cell(role) });
    }
    Ok(import)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_headers_and_bad_rows() {
        let csv = "Full Name;Dept.;Position;Cell\nJosé Armijo;Wranglers;Wrangler;555\n;Grip;Grip;\nZoë Marchetti;Camera;2nd AC;556\n";
        let import = read(csv.as_bytes()).unwrap();
        assert_eq!(import.people.len(), 2);
        assert_eq!(
            import.people[0],
            Person { name: "José Armijo".into(), department: "Wranglers".into(), role: "Wrangler".into() }
        );
        assert_eq!(import.skipped, vec![(3, "no name".to_owned())]);
    }

    #[test]
    fn first_and_last_name_columns() {
        let import = read(b"First Name,Last Name,Department,Title\nAda,First,ADs,1st AD\n").unwrap();
        assert_eq!(import.people[0].name, "Ada First");
    }

    #[test]
    fn a_missing_file_names_itself() {
        let err = read_file(std::path::Path::new("/no/such/crew.csv")).unwrap_err();
        assert!(err.to_string().starts_with("cannot read /no/such/crew.csv"), "{err}");
    }

    #[test]
    fn excel_windows_1252_with_title_lines_keeps_accents_and_real_line_numbers() {
        // "CSV (Comma delimited)" from Excel: Windows-1252, a title and a date above.
        let mut csv = b"Coyote Pass - Crew List\r\nDay 12,2026-04-16\r\n\r\nName,Department,Position\r\n".to_vec();
        csv.extend_from_slice(
            b"\"Armijo, Jos\xe9\",Wranglers,Wrangler\r\n,,\r\n,Grip,Grip\r\nZo\xeb Marchetti,Camera,2nd AC\r\n",
        );
        let import = read(&csv).unwrap();
        let names: Vec<&str> = import.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["José Armijo", "Zoë Marchetti"], "decoded, and 'Last, First' turned round");
        assert_eq!(import.skipped, vec![(7, "no name".to_owned())], "the file's own line number");
    }

    #[test]
    fn excel_unicode_text_is_utf16_and_tab_separated() {
        let text = "\u{FEFF}Full Name\tDept.\tTitle\nŁukasz Nowak\tElectric\tBest Boy\n";
        let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let import = read(&bytes).unwrap();
        assert_eq!(import.people[0].name, "Łukasz Nowak");
        assert_eq!(import.people[0].department, "Electric");
    }

    #[test]
    fn no_name_column_is_an_error() {
        assert!(matches!(read(b"Dept,Phone\nGrip,1\n"), Err(ImportError::NoNameColumn)));
    }
}
