//! Importing a crew list exported from a call-sheet tool as CSV. Headers are matched
//! loosely ("Full Name", "Dept.", "Position", "Cell"...); rows that cannot be read are
//! reported, not dropped in silence.

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

/// Reads a CSV crew list (UTF-8, comma or semicolon separated).
pub fn read(bytes: &[u8]) -> Result<Import, ImportError> {
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(bytes)).into_owned();
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers()?.iter().map(normalise).collect();
    let name = find(&headers, &["name", "fullname", "crewmember", "crewname", "employee", "nombre"]);
    let first = find(&headers, &["firstname", "first", "givenname"]);
    let last = find(&headers, &["lastname", "last", "surname", "familyname"]);
    if name.is_none() && (first.is_none() || last.is_none()) {
        return Err(ImportError::NoNameColumn);
    }
    let department = find(&headers, &["department", "dept", "departamento"]);
    let role = find(&headers, &["role", "position", "title", "jobtitle", "job", "puesto"]);
    let mut import = Import::default();
    for (i, row) in reader.records().enumerate() {
        let line = i as u64 + 2;
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                import.skipped.push((line, e.to_string()));
                continue;
            }
        };
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).map(str::trim).unwrap_or_default().to_owned();
        let full = match name {
            Some(_) => cell(name),
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
    fn no_name_column_is_an_error() {
        assert!(matches!(read(b"Dept,Phone\nGrip,1\n"), Err(ImportError::NoNameColumn)));
    }
}
