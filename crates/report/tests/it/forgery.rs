//! A report against someone who holds its files, and sometimes the laptop and its key:
//! each attack an audit tried, done with setbrief's own code as a forger would, and
//! `verify` catching it.

use std::path::{Path, PathBuf};

use setbrief_core::attendance::Event;
use setbrief_core::attendance::laptop::Laptop;
use setbrief_core::briefing::Lang;
use setbrief_core::digest::sha256_hex;
use setbrief_report::export::{
    self, CSV, ExportOptions, MANIFEST, MANIFEST_SIG, Manifest, PDF, SHA256SUMS, SHA256SUMS_SIG,
};
use setbrief_report::pdf::Paper;
use setbrief_report::verify::{VerifyOptions, verify_folder, verify_folder_with_options};
use setbrief_testkit::day::{main_session, open_day, request, rewrite_journal};

/// A closed day with three sign-ins, exported and signed by the laptop of `data`, to a
/// folder beside it (an export refuses to write inside the data folder).
fn honest_report(data: &Path, reports: &Path) -> (PathBuf, PathBuf) {
    let mut day = open_day(data);
    let s = main_session(&mut day);
    for name in ["Kim Aldana", "Zoë Marchetti", "Tom Brennan"] {
        day.sign_in(request(&day, s, name)).unwrap();
    }
    day.close_session(s, "Dana Whitfield").unwrap();
    let dir = day.dir.clone();
    drop(day);
    let out = reports.join("report");
    export::export(&dir, &out, false).unwrap();
    let v = verify_folder(&out);
    assert!(v.is_ok(), "the honest report verifies: {:?}", v.problems);
    (dir, out)
}

/// What a forger does after changing files: the manifest's hashes and seal made again,
/// `SHA256SUMS` made again, and both signed by `key` (or their signatures deleted).
fn reseal(out: &Path, key: Option<&Laptop>) {
    let bytes = std::fs::read(out.join(MANIFEST)).unwrap();
    let mut manifest: Manifest = serde_json::from_slice(&bytes).unwrap();
    for f in &mut manifest.files {
        let bytes = std::fs::read(out.join(&f.name)).unwrap();
        f.sha256 = sha256_hex(&bytes);
        f.bytes = bytes.len() as u64;
    }
    let journal = std::fs::read(out.join("journal.jsonl")).unwrap();
    let rb = setbrief_core::attendance::journal::verify(&journal);
    manifest.journal_final_hash = rb.last_hash.clone();
    manifest.journal_records = rb.records.len();
    manifest.report_id = format!("SB-{}-D{:02}-{}", manifest.date, manifest.day, &rb.last_hash[..12]);
    if key.is_none() {
        // A forger who knows the format drops the key the manifest names.
        manifest.signer = None;
        manifest.witnesses.iter_mut().for_each(|w| w.signature.clear());
    }
    let json = manifest.sealed_bytes().unwrap();
    std::fs::write(out.join(MANIFEST), &json).unwrap();
    sign_or_strip(out, MANIFEST_SIG, key, &json);
    resum(out, key);
}

/// The forger uses setbrief's own signing: `name` signed by `key`, or deleted.
fn sign_or_strip(out: &Path, name: &str, key: Option<&Laptop>, bytes: &[u8]) {
    match key {
        Some(k) => std::fs::write(out.join(name), export::signature_file(k, bytes).unwrap()).unwrap(),
        None => std::fs::remove_file(out.join(name)).unwrap_or(()),
    }
}

/// `SHA256SUMS` made again from the folder, signed by `key` or left unsigned.
fn resum(out: &Path, key: Option<&Laptop>) {
    let mut names: Vec<String> = std::fs::read_to_string(out.join(SHA256SUMS))
        .unwrap()
        .lines()
        .map(|l| l.split_once("  ").unwrap().1.to_owned())
        .collect();
    names.retain(|n| out.join(n).exists());
    let sums: String =
        names.iter().map(|n| format!("{}  {n}\n", sha256_hex(&std::fs::read(out.join(n)).unwrap()))).collect();
    std::fs::write(out.join(SHA256SUMS), &sums).unwrap();
    sign_or_strip(out, SHA256SUMS_SIG, key, sums.as_bytes());
}

fn problems(out: &Path) -> String {
    let v = verify_folder(out);
    assert!(!v.is_ok(), "the forgery verified OK");
    v.problems.join("\n")
}

fn another_laptop() -> Laptop {
    Laptop::load_or_create(tempfile::tempdir().unwrap().path()).unwrap()
}

#[test]
fn a_painted_pdf_with_sums_made_again_fails_whether_their_signature_is_deleted_or_another_key_s() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    let (_, out) = honest_report(data.path(), reports.path());
    let mut pdf = std::fs::read(out.join(PDF)).unwrap();
    // An overlay appended as an incremental update, as a PDF editor saves one.
    pdf.extend_from_slice(b"\n% Open concerns 0 / Scenes not cleared none\n");
    std::fs::write(out.join(PDF), &pdf).unwrap();
    resum(&out, None);
    let said = problems(&out);
    assert!(said.contains("SHA256SUMS.sig: MISSING"), "{said}");
    assert!(said.contains("report.pdf: ALTERED"), "the PDF is drawn again and compared: {said}");
    resum(&out, Some(&another_laptop()));
    let said = problems(&out);
    assert!(said.contains("SHA256SUMS.sig: signed with another key"), "{said}");
}

#[test]
fn a_journal_rewritten_and_resealed_without_signatures_fails_and_passes_only_when_unsigned_is_allowed() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    let (_, out) = honest_report(data.path(), reports.path());
    let journal = std::fs::read(out.join("journal.jsonl")).unwrap();
    let forged = rewrite_journal(&journal, |r| {
        if let Event::SignedIn { person, .. } = &mut r.event
            && person.name == "Kim Aldana"
        {
            person.name = "Lena Fox".into();
        }
    });
    std::fs::write(out.join("journal.jsonl"), forged).unwrap();
    reseal(&out, None);
    let said = problems(&out);
    assert!(said.contains("NOT SIGNED"), "{said}");
    // Even allowed unsigned, its CSV and PDF still say Kim signed: they are made again.
    let allowed = VerifyOptions { allow_unsigned: true, ..VerifyOptions::default() };
    let v = verify_folder_with_options(&out, &allowed);
    assert!(v.problems.iter().any(|p| p.starts_with("attendance.csv: ALTERED")), "{:?}", v.problems);
}

#[test]
fn the_laptop_holder_who_edits_the_csv_and_signs_it_again_is_caught_by_the_journal() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    let (_, out) = honest_report(data.path(), reports.path());
    let csv = std::fs::read_to_string(out.join(CSV)).unwrap();
    assert!(csv.contains("Kim Aldana"));
    std::fs::write(out.join(CSV), csv.replace("Kim Aldana", "Eli Romero")).unwrap();
    let laptop = Laptop::load_or_create(data.path()).unwrap();
    reseal(&out, Some(&laptop));
    let said = problems(&out);
    assert!(said.contains("attendance.csv: ALTERED: line"), "{said}");
    assert!(said.contains("Eli Romero"), "it says what the file has: {said}");
}

#[test]
fn a_pdf_from_another_report_signed_again_by_the_laptop_is_caught() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let (dir, out) = honest_report(data.path(), reports.path());
    // The same day exported on the other paper: a real setbrief PDF, another document.
    let other = reports.path().join("other");
    let laptop = Laptop::load_or_create(data.path()).unwrap();
    let options =
        ExportOptions { paper: Paper::A4, language: None, signer: Some(&laptop), replace: false, data_dir: None };
    let manifest: Manifest = serde_json::from_slice(&std::fs::read(out.join(MANIFEST)).unwrap()).unwrap();
    let other_paper = if manifest.rendered_by.unwrap().paper == Paper::A4 { Paper::Letter } else { Paper::A4 };
    export::export_with(&dir, &other, &ExportOptions { paper: other_paper, ..options }).unwrap();
    std::fs::copy(other.join(PDF), out.join(PDF)).unwrap();
    resum(&out, Some(&laptop));
    let said = problems(&out);
    assert!(said.contains("report.pdf: ALTERED"), "{said}");
}

#[test]
fn a_report_signed_by_another_laptop_fails_when_the_office_gives_its_key() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    let (_, out) = honest_report(data.path(), reports.path());
    let genuine = Laptop::load_or_create(data.path()).unwrap();
    let pinned = VerifyOptions { keys: vec![genuine.fingerprint()], ..VerifyOptions::default() };
    assert!(verify_folder_with_options(&out, &pinned).is_ok(), "the genuine key is accepted");
    // A forger signs everything with a key of their own, the manifest naming it too.
    let forger = another_laptop();
    let mut manifest: Manifest = serde_json::from_slice(&std::fs::read(out.join(MANIFEST)).unwrap()).unwrap();
    manifest.signer = Some(export::ManifestSigner {
        algorithm: "ed25519".into(),
        public_key: forger.public_key(),
        fingerprint: forger.fingerprint(),
    });
    manifest.witnesses.clear();
    std::fs::write(out.join(MANIFEST), manifest.sealed_bytes().unwrap()).unwrap();
    reseal(&out, Some(&forger));
    let v = verify_folder_with_options(&out, &pinned);
    let said = v.problems.join("\n");
    assert!(said.contains("which is not the key given"), "{said}");
    assert!(said.contains(&forger.fingerprint()), "it names the key that did sign: {said}");
}

#[test]
fn a_manifest_signature_by_another_key_than_the_manifest_names_fails() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    let (_, out) = honest_report(data.path(), reports.path());
    let bytes = std::fs::read(out.join(MANIFEST)).unwrap();
    sign_or_strip(&out, MANIFEST_SIG, Some(&another_laptop()), &bytes);
    let said = problems(&out);
    assert!(said.contains("manifest.sig: signed with another key"), "{said}");
}

#[test]
fn an_unsigned_export_is_said_and_verifies_only_when_allowed() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let (dir, _) = honest_report(data.path(), reports.path());
    let out = reports.path().join("unsigned");
    let options = ExportOptions { paper: Paper::A4, language: None, signer: None, replace: false, data_dir: None };
    export::export_with(&dir, &out, &options).unwrap();
    assert!(!out.join(MANIFEST_SIG).exists() && !out.join(SHA256SUMS_SIG).exists());
    assert!(problems(&out).contains("NOT SIGNED"));
    let allowed = VerifyOptions { allow_unsigned: true, ..VerifyOptions::default() };
    let v = verify_folder_with_options(&out, &allowed);
    assert!(v.is_ok() && v.unsigned, "{:?}", v.problems);
}

#[test]
fn a_sign_in_dated_before_its_session_started_is_out_of_order() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    let (_, out) = honest_report(data.path(), reports.path());
    let journal = std::fs::read(out.join("journal.jsonl")).unwrap();
    let forged = rewrite_journal(&journal, |r| {
        if let Event::SignedIn { person, .. } = &r.event
            && person.name == "Tom Brennan"
        {
            let earlier = r.time.instant() - jiff::SignedDuration::from_hours(1);
            r.time = setbrief_core::time::SetTime::at(earlier, setbrief_core::briefing::model::UtcOffset::UTC);
        }
    });
    std::fs::write(out.join("journal.jsonl"), forged).unwrap();
    reseal(&out, Some(&Laptop::load_or_create(data.path()).unwrap()));
    let said = problems(&out);
    assert!(said.contains("OUT OF ORDER"), "{said}");
    assert!(said.contains("before its session"), "{said}");
}

#[test]
fn the_pdf_is_a_pure_function_of_the_day() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let (dir, out) = honest_report(data.path(), reports.path());
    let again = reports.path().join("again");
    export::export(&dir, &again, false).unwrap();
    assert_eq!(std::fs::read(out.join(PDF)).unwrap(), std::fs::read(again.join(PDF)).unwrap());
    let v = verify_folder(&out);
    assert!(v.derived.iter().any(|d| d.contains("byte for byte")), "{:?}", v.derived);
}

/// The honest report of [`honest_report`]'s day, exported again in `lang` beside it.
fn report_in(dir: &Path, data: &Path, reports: &Path, lang: Lang) -> PathBuf {
    let laptop = Laptop::load_or_create(data).unwrap();
    let out = reports.join(format!("report-{}", lang.code()));
    let options =
        ExportOptions { paper: Paper::A4, language: Some(lang), signer: Some(&laptop), replace: false, data_dir: None };
    export::export_with(dir, &out, &options).unwrap();
    out
}

fn manifest_of(out: &Path) -> Manifest {
    serde_json::from_slice(&std::fs::read(out.join(MANIFEST)).unwrap()).unwrap()
}

#[test]
fn a_report_in_french_says_so_in_its_manifest_and_verifies_even_when_another_build_drew_it() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    let (dir, english) = honest_report(data.path(), reports.path());
    // An English report's manifest has the shape it had before reports had a language.
    let english_manifest = String::from_utf8(std::fs::read(english.join(MANIFEST)).unwrap()).unwrap();
    assert!(!english_manifest.contains("\"language\""), "{english_manifest}");
    let french = report_in(&dir, data.path(), reports.path(), Lang::Fr);
    assert_eq!(manifest_of(&french).rendered_by.unwrap().language, Lang::Fr);
    let v = verify_folder(&french);
    assert!(v.is_ok(), "{:?}", v.problems);
    // Years later another build checks a report an earlier one drew: page by page as
    // text, in the language its manifest names (an English re-render would call every
    // page altered).
    let earlier = reports.path().join("earlier");
    std::fs::create_dir(&earlier).unwrap();
    let laptop = Laptop::load_or_create(data.path()).unwrap();
    let day = setbrief_report::DayRecord::read(&dir).unwrap();
    let built = export::build_by(&day, Paper::A4, Lang::Fr, Some(&laptop), "an-earlier-build").unwrap();
    for (name, bytes) in &built.files {
        std::fs::write(earlier.join(name), bytes).unwrap();
    }
    let v = verify_folder(&earlier);
    assert!(v.is_ok(), "{:?}", v.problems);
    assert!(v.derived.iter().any(|d| d.contains("as text")), "{:?}", v.derived);
}

/// Issue 23: the CSV's `session` is the session's number in the day, as the PDF prints
/// it, with the journal's id in a last column. A report an earlier setbrief wrote (ids
/// in `session`, no format in its manifest) still verifies byte for byte; a new report's
/// manifest relabelled to the old format is caught.
#[test]
fn the_csv_numbers_sessions_as_the_pdf_does_and_an_earlier_format_still_verifies() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    let (dir, out) = honest_report(data.path(), reports.path());
    let csv = String::from_utf8(std::fs::read(out.join(CSV)).unwrap()).unwrap();
    let mut rows = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(rows.headers().unwrap().iter().next_back(), Some("session_record"));
    let day = setbrief_report::DayRecord::read(&dir).unwrap();
    let first = day.state.sessions[0].id;
    for row in rows.records().map(Result::unwrap) {
        assert_eq!((&row[0], &row[18]), ("1", first.to_string().as_str()), "number, then the journal's id");
    }
    assert_eq!(manifest_of(&out).csv_format, 2);

    let earlier = reports.path().join("earlier-csv");
    std::fs::create_dir(&earlier).unwrap();
    let laptop = Laptop::load_or_create(data.path()).unwrap();
    let built = export::build_as(&day, Paper::A4, Lang::En, Some(&laptop), "an-earlier-build", 1).unwrap();
    for (name, bytes) in &built.files {
        std::fs::write(earlier.join(name), bytes).unwrap();
    }
    let manifest = String::from_utf8(std::fs::read(earlier.join(MANIFEST)).unwrap()).unwrap();
    assert!(!manifest.contains("csv_format"), "an earlier report's manifest, as it was: {manifest}");
    let old_csv = String::from_utf8(std::fs::read(earlier.join(CSV)).unwrap()).unwrap();
    assert!(old_csv.lines().nth(1).unwrap().starts_with(&format!("{first},")), "{old_csv}");
    let v = verify_folder(&earlier);
    assert!(v.is_ok(), "{:?}", v.problems);

    // The new report's manifest says the old format, sealed and signed again.
    let mut relabelled = manifest_of(&out);
    relabelled.csv_format = 1;
    std::fs::write(out.join(MANIFEST), relabelled.sealed_bytes().unwrap()).unwrap();
    reseal(&out, Some(&laptop));
    let said = problems(&out);
    assert!(said.contains(CSV), "{said}");
}

#[test]
fn the_laptop_holder_who_relabels_a_reports_language_or_swaps_in_the_french_pdf_is_caught() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    let (dir, out) = honest_report(data.path(), reports.path());
    let laptop = Laptop::load_or_create(data.path()).unwrap();
    // The manifest now says French, over the English PDF, sealed and signed again.
    let mut manifest = manifest_of(&out);
    manifest.rendered_by.as_mut().unwrap().language = Lang::Fr;
    std::fs::write(out.join(MANIFEST), manifest.sealed_bytes().unwrap()).unwrap();
    reseal(&out, Some(&laptop));
    let said = problems(&out);
    assert!(said.contains("report.pdf: ALTERED"), "{said}");

    // The other way: the French PDF of the same day in the English report's place.
    let english = report_in(&dir, data.path(), reports.path(), Lang::En);
    let french = report_in(&dir, data.path(), reports.path(), Lang::Fr);
    std::fs::copy(french.join(PDF), english.join(PDF)).unwrap();
    resum(&english, Some(&laptop));
    let said = problems(&english);
    assert!(said.contains("report.pdf: ALTERED"), "{said}");
}
