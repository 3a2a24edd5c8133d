//! `attendance.csv`: one row per person per session, RFC 4180, UTF-8 with a byte order
//! mark so Excel reads accents right (`LibreOffice` ignores it).

use super::{DayRecord, ReportError};

/// The CSV's format, recorded in the manifest: `verify` makes an older report's CSV
/// again in the format it was written in, byte for byte.
///
/// 1: `session` is the journal's id for the session (the record that started it).
/// 2: `session` is its number in the day, as the PDF prints it ("Session 2"), and a
///    last column `session_record` keeps the journal's id, for joining with the journal.
pub const CSV_FORMAT: u32 = 2;

pub const HEADER: [&str; 18] = [
    "session",
    "session_kind",
    "session_started",
    "name",
    "department",
    "role",
    "status",
    "time",
    "language",
    "walk_in",
    "late_briefed_by",
    "on_behalf_by",
    "on_behalf_reason",
    "voided_reason",
    "record_seq",
    "record_hash",
    // The phone's network address, for a sign-in given on a phone; empty on the laptop.
    "phone_address",
    // Others signed into the session from the same phone.
    "same_phone_as",
];

/// `attendance.csv` in `format` ([`CSV_FORMAT`] for a new report).
pub fn attendance_csv(day: &DayRecord, format: u32) -> Result<Vec<u8>, ReportError> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        let err = |e: csv::Error| ReportError::Csv(e.to_string());
        let numbered = format >= 2;
        let header = HEADER.iter().copied().chain(numbered.then_some("session_record"));
        w.write_record(header).map_err(err)?;
        let hash_of =
            |seq: u64| day.read_back.records.iter().find(|r| r.seq == seq).map(|r| r.hash.clone()).unwrap_or_default();
        for s in &day.state.sessions {
            let record = s.id.to_string();
            let session = if numbered { day.state.session_number(s.id).to_string() } else { record.clone() };
            let last = numbered.then_some(record.as_str());
            let kind = format!("{:?}", s.kind);
            let started = s.started.to_string();
            for e in day.state.sign_ins.iter().filter(|e| e.session == s.id) {
                let status = if e.voided.is_some() {
                    "voided"
                } else if e.late_briefed_by.is_some() {
                    "late"
                } else if e.read_on_phone().is_some() {
                    // Never in a journal before phones could read a briefing: older
                    // reports' CSVs are rebuilt byte for byte.
                    "read_on_phone"
                } else {
                    "signed"
                };
                let (by, why) = e.on_behalf.as_ref().map(|o| (o.by.as_str(), o.reason.as_str())).unwrap_or_default();
                let phone = e.device.as_ref().map(|d| d.address.as_str()).unwrap_or_default();
                let same_phone = day.state.same_phone(e).join("; ");
                w.write_record(
                    [
                        session.as_str(),
                        &kind,
                        &started,
                        &e.person.name,
                        &e.person.department,
                        &e.person.role,
                        status,
                        &e.time.to_string(),
                        e.language.code(),
                        if e.walk_in { "yes" } else { "no" },
                        e.late_briefed_by.as_deref().unwrap_or_default(),
                        by,
                        why,
                        e.voided.as_ref().map(|v| v.reason.as_str()).unwrap_or_default(),
                        &e.seq.to_string(),
                        &hash_of(e.seq),
                        phone,
                        &same_phone,
                    ]
                    .into_iter()
                    .chain(last),
                )
                .map_err(err)?;
            }
            for p in day.state.roster_for(&day.briefing, s.id) {
                if day.state.signed(s.id, &p.name).is_none() {
                    w.write_record(
                        [
                            session.as_str(),
                            &kind,
                            &started,
                            &p.name,
                            &p.department,
                            &p.role,
                            "missing",
                            "",
                            "",
                            "no",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                        ]
                        .into_iter()
                        .chain(last),
                    )
                    .map_err(err)?;
                }
            }
        }
        w.flush().map_err(|e| ReportError::Csv(e.to_string()))?;
    }
    Ok(out)
}
