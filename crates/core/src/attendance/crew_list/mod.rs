//! Importing a crew list exported from a call-sheet tool or a spreadsheet.
//!
//! CSV or TSV in whatever encoding it was saved ([`delimited`]), or an Excel or
//! `LibreOffice` workbook ([`spreadsheet`]), with title lines above the header. Headers
//! are matched loosely ("Full Name", "Dept.", "Position", "Cell"...); "Last, First"
//! names are turned round; rows that cannot be read are reported with their line in
//! the file, not dropped in silence. The [`Mapping`] says which column became what, so
//! the 1st AD sees it before anything changes.

pub mod delimited;
mod junk;
pub mod plan;
pub mod spreadsheet;

use std::collections::BTreeMap;

use super::event::Person;
pub use junk::Skip;

/// What a crew list holds, read but not yet added anywhere.
#[derive(Debug, Default)]
pub struct Import {
    /// Every row under the header, in the file's order, with what it was read as.
    pub rows: Vec<ImportRow>,
    /// Phone numbers given, by name.
    pub phones: BTreeMap<String, String>,
    pub mapping: Mapping,
}

/// A row of the file and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRow {
    /// The line (CSV) or row (spreadsheet) the file shows it on.
    pub line: u64,
    /// Its cells that hold something, as the file writes them, joined by " · ": what a
    /// skipped row held, for the person deciding.
    pub written: String,
    pub read: Read,
}

/// What a row was read as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Read {
    Person(Person),
    /// Not a crew member (a total, a heading, a footer...), or not readable.
    Skipped(Skip),
}

impl Import {
    /// The people the file lists, in its order.
    pub fn people(&self) -> impl Iterator<Item = &Person> {
        self.rows.iter().filter_map(|r| match &r.read {
            Read::Person(p) => Some(p),
            Read::Skipped(_) => None,
        })
    }

    /// The rows that are not people, with why.
    pub fn skipped(&self) -> impl Iterator<Item = (u64, &Skip)> {
        self.rows.iter().filter_map(|r| match &r.read {
            Read::Skipped(why) => Some((r.line, why)),
            Read::Person(_) => None,
        })
    }
}

/// Which of the file's columns became which field of a crew member.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    /// The line (CSV) or row (spreadsheet) of the header.
    pub header_line: u64,
    /// Each field found, with the column's heading as the file writes it.
    pub columns: Vec<(Field, String)>,
}

/// A crew member's field a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    FirstName,
    LastName,
    Department,
    Role,
    Phone,
}

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "Name",
            Self::FirstName => "First name",
            Self::LastName => "Last name",
            Self::Department => "Department",
            Self::Role => "Role",
            Self::Phone => "Phone",
        }
    }

    /// The words file's key for its name on screen.
    pub fn words(self) -> &'static str {
        match self {
            Self::Name => "crew.name",
            Self::FirstName => "import.first_name",
            Self::LastName => "import.last_name",
            Self::Department => "crew.department",
            Self::Role => "crew.role",
            Self::Phone => "import.phone",
        }
    }

    /// Headings that mean this field, lower-cased with punctuation and spaces removed.
    fn headings(self) -> &'static [&'static str] {
        match self {
            Self::Name => &["name", "fullname", "crewmember", "crewname", "employee", "nombre"],
            Self::FirstName => &["firstname", "first", "givenname"],
            Self::LastName => &["lastname", "last", "surname", "familyname"],
            Self::Department => &["department", "dept", "departamento"],
            Self::Role => &["role", "position", "title", "jobtitle", "job", "puesto"],
            Self::Phone => {
                &["phone", "cell", "cellphone", "mobile", "telephone", "tel", "teléfono", "celular", "móvil"]
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the crew list has no name column (looked for: name, full name, crew member, first name + last name)")]
    NoNameColumn,
    #[error("cannot read the crew list: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot read the spreadsheet: {0}")]
    Spreadsheet(String),
    #[error("cannot read {path}: {source}")]
    File {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Reads a crew list from a file: a workbook by its extension, else CSV or TSV.
pub fn read_file(path: &std::path::Path) -> Result<Import, ImportError> {
    if spreadsheet::is_workbook(path) {
        return spreadsheet::read_file(path);
    }
    let bytes = std::fs::read(path).map_err(|source| ImportError::File { path: path.to_owned(), source })?;
    delimited::read(&bytes)
}

/// One row of cells and the line (or spreadsheet row) it is on, counted from 1.
#[derive(Clone, Debug)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

fn normalise(heading: &str) -> String {
    heading.trim().to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The columns of a header row, if it names a name column.
fn mapping(header: &Row) -> Option<Mapping> {
    let headings: Vec<String> = header.cells.iter().map(|c| normalise(c)).collect();
    let fields = [Field::Name, Field::FirstName, Field::LastName, Field::Department, Field::Role, Field::Phone];
    let columns: Vec<(Field, usize)> = fields
        .into_iter()
        .filter_map(|field| headings.iter().position(|h| field.headings().contains(&h.as_str())).map(|i| (field, i)))
        .collect();
    let has = |field| columns.iter().any(|(f, _)| *f == field);
    let named = has(Field::Name) || (has(Field::FirstName) && has(Field::LastName));
    named.then(|| Mapping {
        header_line: header.line,
        columns: columns
            .into_iter()
            .map(|(field, i)| (field, header.cells.get(i).map(|c| c.trim().to_owned()).unwrap_or_default()))
            .collect(),
    })
}

fn is_header(cells: &[String]) -> bool {
    mapping(&Row { line: 0, cells: cells.to_vec() }).is_some()
}

/// Name suffixes, written after the family name ("John Smith Jr.").
const SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "jnr", "snr", "ii", "iii", "iv"];

/// "Armijo, José" as "José Armijo", "Smith, Jr., John" and "Smith, John, Jr." as
/// "John Smith Jr."; "van der Berg, Anna" as "Anna van der Berg"; other names as written.
fn first_name_first(name: &str) -> String {
    let parts: Vec<&str> = name.split(',').map(str::trim).collect();
    let is_suffix = |p: &str| SUFFIXES.contains(&p.to_lowercase().as_str());
    match parts.as_slice() {
        [last, first] if !first.is_empty() && !last.is_empty() => format!("{first} {last}"),
        [last, suffix, first] | [last, first, suffix] if is_suffix(suffix) && !first.is_empty() && !last.is_empty() => {
            format!("{first} {last} {suffix}")
        }
        _ => name.to_owned(),
    }
}

/// The crew in `rows` under `header`; rows that could not be read at all come as
/// (line, why).
fn from_rows(header: &Row, rows: impl IntoIterator<Item = Result<Row, (u64, String)>>) -> Result<Import, ImportError> {
    let mapping = mapping(header).ok_or(ImportError::NoNameColumn)?;
    let headings: Vec<String> = header.cells.iter().map(|c| c.trim().to_owned()).collect();
    let column = |field: Field| {
        mapping.columns.iter().find(|(f, _)| *f == field).and_then(|(_, h)| headings.iter().position(|x| x == h))
    };
    let [name, first, last, department, role, phone] =
        [Field::Name, Field::FirstName, Field::LastName, Field::Department, Field::Role, Field::Phone].map(column);
    let mut import = Import { mapping, ..Import::default() };
    for row in rows {
        let row = match row {
            Ok(row) => row,
            Err((line, why)) => {
                import.rows.push(ImportRow {
                    line,
                    written: String::new(),
                    read: Read::Skipped(Skip::Unreadable(why)),
                });
                continue;
            }
        };
        let cell = |c: Option<usize>| c.and_then(|c| row.cells.get(c)).map(|s| s.trim()).unwrap_or_default().to_owned();
        let name_written = match name {
            Some(_) => cell(name),
            None => format!("{} {}", cell(first), cell(last)).trim().to_owned(),
        };
        let read = if let Some(skip) = junk::junk(&row.cells, &header.cells, &name_written) {
            Read::Skipped(skip)
        } else {
            let full = first_name_first(&name_written);
            let number = cell(phone);
            if !number.is_empty() {
                import.phones.insert(full.clone(), number);
            }
            Read::Person(Person { name: full, department: cell(department), role: cell(role) })
        };
        let written = row.cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" · ");
        import.rows.push(ImportRow { line: row.line, written, read });
    }
    Ok(import)
}

/// Adds `people` to `briefing`'s crew, each once, with their phone numbers by name: a
/// name already on the roster (after accent and case folding) is left as it is.
/// Returns the names added.
pub fn add_crew(
    briefing: &mut crate::briefing::Briefing,
    people: &[Person],
    phones: &BTreeMap<String, String>,
) -> Vec<String> {
    let mut known: std::collections::HashSet<String> =
        briefing.crew.iter().map(|c| crate::names::fold(&c.name)).collect();
    let mut added = Vec::new();
    for p in people {
        if known.insert(crate::names::fold(&p.name)) {
            briefing.crew.push(crate::briefing::model::CrewMember {
                name: p.name.clone(),
                department: p.department.clone(),
                role: p.role.clone(),
                phone: phones.get(&p.name).cloned(),
            });
            added.push(p.name.clone());
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::first_name_first;

    #[test]
    fn names_come_out_as_people_write_them() {
        for (written, said) in [
            ("Armijo, José", "José Armijo"),
            ("Smith, Jr., John", "John Smith Jr."),
            ("Smith, John, Jr.", "John Smith Jr."),
            ("van der Berg, Anna", "Anna van der Berg"),
            ("Anna van der Berg", "Anna van der Berg"),
            ("John Smith Jr.", "John Smith Jr."),
        ] {
            assert_eq!(first_name_first(written), said);
        }
    }
}
