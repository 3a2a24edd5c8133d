//! Crew lists as CSV or TSV, in whatever encoding they were saved (UTF-8 with or
//! without BOM, UTF-16, Excel's Windows-1252), with their delimiter found from the
//! header row.

use super::{Import, ImportError, Row, from_rows, is_header};

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

/// Whether a line, split by `delimiter`, is a header row: it names a name column.
fn is_header_line(line: &str, delimiter: char) -> bool {
    is_header(&line.split(delimiter).map(str::to_owned).collect::<Vec<_>>())
}

/// The header row among the first lines (call-sheet exports put a title and the date
/// above it), and the delimiter it uses: tab, semicolon or comma.
fn header_row(text: &str) -> Option<(usize, u8)> {
    text.lines().take(20).enumerate().find_map(|(i, line)| {
        ['\t', ';', ','].into_iter().find(|d| line.contains(*d) && is_header_line(line, *d)).map(|d| (i, d as u8))
    })
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
    let line = |position: Option<&csv::Position>| line_at(&body, position) + header_line as u64;
    let header = Row { line: line(None), cells: reader.headers()?.iter().map(str::to_owned).collect() };
    let rows = reader.records().map(|row| match row {
        Ok(row) => Ok(Row { line: line(row.position()), cells: row.iter().map(str::to_owned).collect() }),
        Err(e) => Err((line(e.position()), e.to_string())),
    });
    from_rows(&header, rows)
}

#[cfg(test)]
mod tests {
    use super::super::{Skip, read_file};
    use super::*;
    use crate::attendance::Person;

    #[test]
    fn loose_headers_and_bad_rows() {
        let csv = "Full Name;Dept.;Position;Cell\nJosé Armijo;Wranglers;Wrangler;555\n;Grip;Grip;\nZoë Marchetti;Camera;2nd AC;556\n";
        let import = read(csv.as_bytes()).unwrap();
        let people: Vec<&Person> = import.people().collect();
        assert_eq!(people.len(), 2);
        assert_eq!(
            *people[0],
            Person { name: "José Armijo".into(), department: "Wranglers".into(), role: "Wrangler".into() }
        );
        assert_eq!(import.skipped().collect::<Vec<_>>(), vec![(3, &Skip::NoName)]);
    }

    #[test]
    fn first_and_last_name_columns() {
        let import = read(b"First Name,Last Name,Department,Title\nAda,First,ADs,1st AD\n").unwrap();
        assert_eq!(import.people().next().unwrap().name, "Ada First");
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
        let names: Vec<&str> = import.people().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["José Armijo", "Zoë Marchetti"], "decoded, and 'Last, First' turned round");
        let skipped: Vec<_> = import.skipped().collect();
        assert_eq!(skipped, vec![(6, &Skip::Empty), (7, &Skip::NoName)], "the file's own line numbers");
    }

    #[test]
    fn excel_unicode_text_is_utf16_and_tab_separated() {
        let text = "\u{FEFF}Full Name\tDept.\tTitle\nŁukasz Nowak\tElectric\tBest Boy\n";
        let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let import = read(&bytes).unwrap();
        let first = import.people().next().unwrap();
        assert_eq!((first.name.as_str(), first.department.as_str()), ("Łukasz Nowak", "Electric"));
    }

    #[test]
    fn no_name_column_is_an_error() {
        assert!(matches!(read(b"Dept,Phone\nGrip,1\n"), Err(ImportError::NoNameColumn)));
    }
}
