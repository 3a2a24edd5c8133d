//! A report's derived parts made again from its journal and compared.
//!
//! The hashes and signatures show that nothing changed after the export; they cannot
//! show that the export was honest. Someone holding the laptop can write a CSV or paint
//! a PDF that says another person signed, and seal and sign it as well as a true one.
//! The journal is the one part witness codes and phone receipts pin, so everything else
//! is made again from it (and the briefing files beside it) and compared: the CSV byte
//! for byte; the PDF byte for byte when this build drew it, else page by page as text
//! with its attached files against the folder's.

use std::path::Path;

use setbrief_core::briefing::Lang;

use crate::export::{CSV, MANIFEST_SIG, Manifest, ManifestSigner, PDF, attachments};
use crate::pdf::{Paper, rendering_id, report_pdf};
use crate::verify::Verification;
use crate::{DayRecord, csv_export::attendance_csv};

/// Compares `attendance.csv`, `report.pdf` and the report id with what the journal in
/// `dir` gives, adding a problem for each difference and a line on how it compared.
pub fn derived_parts(
    dir: &Path,
    manifest: &Manifest,
    manifest_bytes: &[u8],
    key: Option<&ManifestSigner>,
    v: &mut Verification,
) {
    let day = match DayRecord::read(dir) {
        Ok(day) => day,
        Err(e) => {
            v.problems.push(format!("the journal and briefing files cannot be read as a day: {e}"));
            return;
        }
    };
    if day.report_id() != manifest.report_id {
        v.problems.push(format!(
            "the report id {} is not the journal's ({}): the manifest was made for another journal",
            manifest.report_id,
            day.report_id()
        ));
    }
    let csv = match attendance_csv(&day, manifest.csv_format) {
        Ok(csv) => csv,
        Err(e) => {
            v.problems.push(format!("{CSV}: cannot be made again from the journal: {e}"));
            return;
        }
    };
    match crate::verify::read(dir, CSV) {
        Ok(found) if found == csv => v.derived.push(format!("{CSV}: every row is what the journal gives")),
        Ok(found) => v.problems.push(first_difference(CSV, &found, &csv)),
        Err(problem) => v.problems.push(problem),
    }
    let Ok(pdf) = crate::verify::read(dir, PDF) else { return };
    let sig = crate::verify::read(dir, MANIFEST_SIG).ok();
    let records = attachments(&day, csv, manifest_bytes.to_vec(), sig);
    let fingerprint = key.map(|k| k.fingerprint.as_str());
    let papers = match &manifest.rendered_by {
        Some(r) => vec![r.paper],
        // A report from before the manifest named its paper: either.
        None => vec![Paper::Letter, Paper::A4],
    };
    let lang = manifest.rendered_by.as_ref().map_or(Lang::En, |r| r.language);
    let same_build = manifest.rendered_by.as_ref().is_some_and(|r| r.build == rendering_id());
    let mut redrawn = Vec::new();
    for paper in papers {
        match report_pdf(&day, paper, lang, fingerprint, &records) {
            Ok(done) => redrawn.push(done.bytes),
            Err(e) => {
                v.problems.push(format!("{PDF}: cannot be drawn again from the journal: {e}"));
                return;
            }
        }
    }
    if same_build {
        if redrawn.contains(&pdf) {
            v.derived.push(format!("{PDF}: byte for byte the PDF this journal gives (drawn again by the same build)"));
            return;
        }
        v.problems.push(pdf_difference(&pdf, redrawn.first().map(Vec::as_slice).unwrap_or_default()));
        return;
    }
    let by = manifest.rendered_by.as_ref().map_or_else(|| "an earlier setbrief".to_owned(), |r| r.setbrief.clone());
    v.derived.push(format!(
        "{PDF}: drawn by another build ({by}), so compared page by page as text, and its attached files with the folder's"
    ));
    let texts = redrawn.iter().map(|r| page_texts(r)).collect::<Vec<_>>();
    let found_text = page_texts(&pdf);
    if !texts.contains(&found_text) {
        let expected = texts.first().cloned().unwrap_or_default();
        v.problems.push(text_difference(&found_text, &expected));
    }
    compare_attachments(&pdf, &records, v);
}

/// The first line that differs between a file and what the journal gives.
fn first_difference(name: &str, found: &[u8], expected: &[u8]) -> String {
    let found = String::from_utf8_lossy(found);
    let expected = String::from_utf8_lossy(expected);
    let (mut f, mut e) = (found.lines(), expected.lines());
    for line in 1.. {
        match (f.next(), e.next()) {
            (Some(a), Some(b)) if a == b => {}
            (Some(a), Some(b)) => {
                return format!(
                    "{name}: ALTERED: line {line} is not what the journal gives: the file has \"{}\", the journal gives \"{}\"",
                    a.trim_start_matches('\u{feff}'),
                    b.trim_start_matches('\u{feff}')
                );
            }
            (Some(a), None) => return format!("{name}: ALTERED: line {line} (\"{a}\") is not in the journal"),
            (None, Some(b)) => return format!("{name}: ALTERED: line {line} is missing; the journal gives \"{b}\""),
            (None, None) => break,
        }
    }
    format!("{name}: ALTERED: its bytes are not what the journal gives (line endings or encoding)")
}

/// Each page's text, spaces folded: what a person reads, whatever draws it. Empty
/// when the PDF cannot be read (the text extractor is guarded: a damaged PDF is input).
fn page_texts(pdf: &[u8]) -> Vec<String> {
    let Ok(doc) = lopdf::Document::load_mem(pdf) else { return Vec::new() };
    doc.get_pages()
        .keys()
        .map(|&n| {
            let text =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| doc.extract_text(&[n]).unwrap_or_default()))
                    .unwrap_or_default();
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// Each page's drawing, decompressed; `None` when the PDF cannot be read.
fn page_drawings(pdf: &[u8]) -> Option<Vec<Vec<u8>>> {
    let doc = lopdf::Document::load_mem(pdf).ok()?;
    Some(doc.get_pages().values().map(|&id| doc.get_page_content(id).unwrap_or_default()).collect())
}

/// Where a PDF differs from the one this build draws from the journal.
fn pdf_difference(found: &[u8], expected: &[u8]) -> String {
    let (Some(found_pages), Some(expected_pages)) = (page_drawings(found), page_drawings(expected)) else {
        return format!("{PDF}: ALTERED or damaged: its pages cannot be read");
    };
    if found_pages.len() != expected_pages.len() {
        return format!(
            "{PDF}: ALTERED: it has {} pages, the journal gives {}",
            found_pages.len(),
            expected_pages.len()
        );
    }
    let Some(first) = found_pages.iter().zip(&expected_pages).position(|(a, b)| a != b) else {
        return format!(
            "{PDF}: ALTERED: its pages are drawn as the journal gives them, but something else in it was changed (its attached files, its metadata, or a layer added over them)"
        );
    };
    let (found_text, expected_text) = (page_texts(found), page_texts(expected));
    if found_text.get(first) != expected_text.get(first) {
        return text_difference(&found_text, &expected_text);
    }
    format!(
        "{PDF}: ALTERED: page {} is not drawn as the journal gives it, though its text is the same (a signature, a mark or a picture was changed)",
        first + 1
    )
}

fn text_difference(found: &[String], expected: &[String]) -> String {
    if found.is_empty() {
        return format!("{PDF}: ALTERED or damaged: its pages cannot be read");
    }
    let first = found.iter().zip(expected).position(|(a, b)| a != b).unwrap_or(found.len().min(expected.len()));
    if found.len() != expected.len() && first == found.len().min(expected.len()) {
        return format!(
            "{PDF}: ALTERED: it has {} pages, the journal gives {}; the first {first} are the same",
            found.len(),
            expected.len()
        );
    }
    let (page_found, page_expected) =
        (found.get(first).cloned().unwrap_or_default(), expected.get(first).cloned().unwrap_or_default());
    let same = page_found.chars().zip(page_expected.chars()).take_while(|(a, b)| a == b).count();
    let around = |text: &str| text.chars().skip(same.saturating_sub(20)).take(60).collect::<String>();
    format!(
        "{PDF}: ALTERED: page {} is not what the journal gives: it says \"…{}…\" where the journal gives \"…{}…\"",
        first + 1,
        around(&page_found),
        around(&page_expected)
    )
}

/// The PDF's attached files against the folder's (as the journal gives them).
fn compare_attachments(pdf: &[u8], records: &[(String, Vec<u8>)], v: &mut Verification) {
    let attached = match crate::embedded::files(pdf) {
        Ok(files) => files,
        Err(e) => {
            v.problems.push(format!("{PDF}: its attached files cannot be read: {e}"));
            return;
        }
    };
    for (name, bytes) in records {
        match attached.iter().find(|(n, _)| n == name) {
            None => v.problems.push(format!("{PDF}: does not carry {name} inside it")),
            Some((_, inside)) if inside != bytes => v.problems.push(format!(
                "{PDF}: ALTERED: the {name} attached inside it is not the folder's (as the journal gives it)"
            )),
            Some(_) => {}
        }
    }
    for (name, _) in attached.iter().filter(|(n, _)| !records.iter().any(|(r, _)| r == n)) {
        v.problems.push(format!("{PDF}: carries {name} inside it, which is not part of the report"));
    }
}
