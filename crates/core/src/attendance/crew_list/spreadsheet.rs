//! Crew lists as Excel or `LibreOffice` workbooks (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`,
//! `.ods`), read with calamine: the first sheet, header found below any title rows.

use std::path::Path;

use calamine::{Data, Reader as _};

use super::{Import, ImportError, Row, from_rows, is_header};

const EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// How many rows from the top the header may be (call sheets put titles above it).
const HEADER_SEARCH_ROWS: usize = 30;

pub fn is_workbook(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

pub fn read_file(path: &Path) -> Result<Import, ImportError> {
    let mut workbook =
        calamine::open_workbook_auto(path).map_err(|e| ImportError::Spreadsheet(format!("{}: {e}", path.display())))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| ImportError::Spreadsheet(format!("{} has no sheets", path.display())))?
        .map_err(|e| ImportError::Spreadsheet(format!("{}: {e}", path.display())))?;
    let first_row = range.start().map_or(0, |(row, _)| u64::from(row));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| Row { line: first_row + i as u64 + 1, cells: cells.iter().map(cell_text).collect() });
    let rows: Vec<Row> = rows.collect();
    let header_at =
        rows.iter().take(HEADER_SEARCH_ROWS).position(|r| is_header(&r.cells)).ok_or(ImportError::NoNameColumn)?;
    let mut rows = rows.into_iter().skip(header_at);
    let header = rows.next().ok_or(ImportError::NoNameColumn)?;
    from_rows(&header, rows.map(Ok))
}

/// A cell as the person typed it: whole numbers without ".0" (phone numbers typed as
/// numbers lose only what the spreadsheet already dropped, leading zeros).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Field, Skip, read_file};

    #[test]
    fn an_xlsx_call_sheet_with_title_rows_keeps_accents_phones_and_real_row_numbers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Crew List.XLSX");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write_string(0, 0, "Coyote Pass: crew list, day 12").unwrap();
        for (col, heading) in ["Last Name", "First Name", "Dept.", "Position", "Cell"].into_iter().enumerate() {
            sheet.write_string(2, u16::try_from(col).unwrap(), heading).unwrap();
        }
        sheet.write_string(3, 0, "Chávez").unwrap();
        sheet.write_string(3, 1, "Marisol").unwrap();
        sheet.write_string(3, 2, "Medical").unwrap();
        sheet.write_string(3, 3, "Set Medic").unwrap();
        sheet.write_number(3, 4, 5_055_550_100.0).unwrap();
        sheet.write_string(4, 2, "Grip").unwrap();
        sheet.write_string(5, 0, "Nowak").unwrap();
        sheet.write_string(5, 1, "Łukasz").unwrap();
        workbook.save(&path).unwrap();

        let import = read_file(&path).unwrap();
        let names: Vec<&str> = import.people().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Marisol Chávez", "Łukasz Nowak"]);
        assert_eq!(import.people().next().unwrap().role, "Set Medic");
        assert_eq!(import.phones.get("Marisol Chávez").map(String::as_str), Some("5055550100"));
        assert_eq!(import.skipped().collect::<Vec<_>>(), vec![(5, &Skip::NoName)], "the row the spreadsheet shows");
        assert_eq!(import.mapping.header_line, 3);
        assert!(import.mapping.columns.contains(&(Field::Department, "Dept.".to_owned())));
        assert!(import.mapping.columns.contains(&(Field::Phone, "Cell".to_owned())));
    }
}
