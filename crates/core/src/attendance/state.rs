//! The day as the journal tells it: sessions, who signed, role sign-offs, concerns
//! and voids. Rebuilt by replaying records; never stored separately.

use crate::briefing::{Briefing, Lang, Role};
use crate::names::fold;

use super::event::{Event, OnBehalf, Person, SessionKind};
use super::journal::Record;
use crate::time::SetTime;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// The sequence number of its `SessionStarted` record.
    pub id: u64,
    pub kind: SessionKind,
    pub scenes: Vec<String>,
    pub run_by: String,
    pub started: SetTime,
    /// When, and by whom.
    pub closed: Option<(SetTime, String)>,
    pub briefing_sha256: String,
    pub briefing_file: String,
    pub pin_hash: String,
    /// The words presented, word for word (absent in journals from before they were kept).
    pub presented: Option<super::presented::Presented>,
    /// Both dates, when it was held on a day other than the briefing's.
    pub other_day: Option<super::event::OtherDay>,
    /// Versions of the briefing file the session went on with after a change on disk:
    /// (when, file kept beside the journal, its SHA-256).
    pub changed_to: Vec<(SetTime, String, String)>,
}

impl Session {
    pub fn is_open(&self) -> bool {
        self.closed.is_none()
    }

    /// The copy beside the journal of the briefing version the session goes on with.
    pub fn current_file(&self) -> &str {
        self.changed_to.last().map_or(&self.briefing_file, |(_, file, _)| file)
    }

    /// The SHA-256 of the briefing version the session goes on with now.
    pub fn current_sha256(&self) -> &str {
        self.changed_to.last().map_or(&self.briefing_sha256, |(_, _, sha)| sha)
    }

    /// The date the crew attended: the briefing's, or the confirmed other day.
    pub fn held_on(&self, briefing: &Briefing) -> jiff::civil::Date {
        self.other_day.map_or(briefing.date, |d| d.held_on)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Void {
    pub seq: u64,
    pub by: String,
    pub reason: String,
    pub time: SetTime,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SignIn {
    pub seq: u64,
    pub session: u64,
    pub time: SetTime,
    pub person: Person,
    pub walk_in: bool,
    pub language: Lang,
    pub acknowledgements: Vec<String>,
    pub late_briefed_by: Option<String>,
    pub on_behalf: Option<OnBehalf>,
    pub signature: super::event::Signature,
    pub voided: Option<Void>,
    /// The phone it was given on, if not on the laptop.
    pub device: Option<super::event::Device>,
    /// The record's witness code: what the phone's receipt shows.
    pub code: String,
}

impl SignIn {
    /// The person missed the briefing and read it on their phone before signing.
    pub fn read_on_phone(&self) -> Option<super::event::PhoneReading> {
        self.device.as_ref().and_then(|d| d.read_on_phone)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoleSignOff {
    pub seq: u64,
    pub session: u64,
    pub time: SetTime,
    pub scene: String,
    pub role: Role,
    pub name: String,
    pub attestation: String,
    pub on_behalf: Option<OnBehalf>,
    pub signature: super::event::Signature,
    pub voided: Option<Void>,
    /// The language the attestation was read and signed in.
    pub language: Lang,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Concern {
    pub seq: u64,
    pub session: u64,
    pub time: SetTime,
    pub by: String,
    pub text: String,
    /// (who, response, when)
    pub response: Option<(String, String, SetTime)>,
}

/// A handler's own acknowledgement that the armorer showed them the weapon.
#[derive(Clone, Debug, PartialEq)]
pub struct WeaponCheck {
    pub seq: u64,
    pub session: u64,
    pub time: SetTime,
    pub scene: String,
    pub handler: String,
    pub language: Lang,
    pub statement: String,
    pub signature: super::event::Signature,
    pub voided: Option<Void>,
}

/// A signature on the day's report itself.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportSignOff {
    pub seq: u64,
    pub time: SetTime,
    pub role: Role,
    pub name: String,
    pub statement: String,
    pub signature: super::event::Signature,
}

/// Everything the journal says about the day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayState {
    pub sessions: Vec<Session>,
    pub sign_ins: Vec<SignIn>,
    pub role_sign_offs: Vec<RoleSignOff>,
    pub concerns: Vec<Concern>,
    pub imported: Vec<Person>,
    /// Walk-ins, with the session each first signed in: they join the roster of every
    /// later session of the day.
    pub walk_ins: Vec<(u64, Person)>,
    pub torn_tails: Vec<(u64, String)>,
    /// The session whose sign-in mode is on (locked), if any: restored on restart.
    pub locked: Option<u64>,
    /// The last record's sequence number and time.
    pub last_record: Option<(u64, SetTime)>,
    /// Whether the last record says the program was quit cleanly.
    pub stopped_cleanly: bool,
    pub report_sign_offs: Vec<ReportSignOff>,
    pub weapon_checks: Vec<WeaponCheck>,
    /// (session, normalised name) to the valid sign-in's index in `sign_ins`: the crew
    /// list asks "signed?" for every name on every frame.
    signed_index: std::collections::HashMap<(u64, String), usize>,
    /// Imported crew and walk-ins by folded name, the first of each, with the session
    /// from which they are on the roster (0 for imported crew): a phone's walk-in asks
    /// "is this someone the day knows?" under the day's lock, and a day of 250 walk-ins
    /// must not fold every name again for each of them.
    beyond_crew: std::collections::HashMap<String, (u64, Person)>,
    /// (session, submission id) of a phone's sign-in to its index in `sign_ins`: every
    /// phone's request first asks whether it is a retry.
    submissions: std::collections::HashMap<(u64, String), usize>,
    /// The same people and this day's signers, by what their names look like.
    look_alikes: super::look_alikes::LookAlikes,
    /// The 1st AD's choice, by session, on reading a missed briefing on a phone.
    pub(super) phone_reading: std::collections::HashMap<u64, bool>,
}

impl DayState {
    pub fn replay(records: &[Record]) -> Self {
        let mut day = Self::default();
        for r in records {
            day.apply(r);
        }
        day
    }

    pub fn apply(&mut self, r: &Record) {
        let time = r.time;
        self.last_record = Some((r.seq, time));
        self.stopped_cleanly = matches!(r.event, Event::Stopped { .. });
        match &r.event {
            Event::SessionStarted { .. } => self.apply_session_started(r),
            Event::SessionClosed { session, by } => {
                if let Some(s) = self.sessions.iter_mut().find(|s| s.id == *session) {
                    s.closed = Some((time, by.clone()));
                }
            }
            Event::BriefingChanged { session, briefing_sha256, briefing_file } => {
                if let Some(s) = self.sessions.iter_mut().find(|s| s.id == *session) {
                    s.changed_to.push((time, briefing_file.clone(), briefing_sha256.clone()));
                }
            }
            Event::WalkInAdded { session, person } => {
                self.beyond_crew.entry(fold(&person.name)).or_insert_with(|| (*session, person.clone()));
                self.look_alikes.walked_in(*session, person);
                self.walk_ins.push((*session, person.clone()));
            }
            Event::SignedIn { .. } => self.apply_sign_in(r),
            Event::RoleSignOff { session, scene, role, name, attestation, signature, on_behalf, language } => {
                self.role_sign_offs.push(RoleSignOff {
                    seq: r.seq,
                    session: *session,
                    time,
                    scene: scene.clone(),
                    role: *role,
                    name: name.clone(),
                    attestation: attestation.clone(),
                    on_behalf: on_behalf.clone(),
                    signature: signature.clone(),
                    voided: None,
                    language: language.unwrap_or(Lang::En),
                });
            }
            Event::ConcernRaised { session, by, text } => self.concerns.push(Concern {
                seq: r.seq,
                session: *session,
                time,
                by: by.clone(),
                text: text.clone(),
                response: None,
            }),
            Event::ConcernAnswered { concern, by, response } => {
                if let Some(c) = self.concerns.iter_mut().find(|c| c.seq == *concern) {
                    c.response = Some((by.clone(), response.clone(), time));
                }
            }
            Event::Voided { target, by, reason } => {
                self.apply_void(*target, Void { seq: r.seq, by: by.clone(), reason: reason.clone(), time });
            }
            Event::RosterImported { people, .. } => {
                for p in people {
                    let folded = fold(&p.name);
                    // Imported crew are the entries from session 0.
                    if !matches!(self.beyond_crew.get(&folded), Some((0, _))) {
                        self.imported.push(p.clone());
                        self.look_alikes.imported(p);
                        self.beyond_crew.insert(folded, (0, p.clone()));
                    }
                }
            }
            Event::TornTailSetAside { bytes, saved_as } => self.torn_tails.push((*bytes, saved_as.clone())),
            Event::Locked { session } => self.locked = Some(*session),
            Event::Unlocked { .. } => self.locked = None,
            Event::WrongPin { .. } | Event::Stopped { .. } | Event::Resumed { .. } => {}
            Event::PhoneReading { session, allowed, .. } => self.apply_phone_reading(*session, *allowed),
            Event::WeaponShown { session, scene, handler, language, statement, signature } => {
                self.weapon_checks.push(WeaponCheck {
                    seq: r.seq,
                    session: *session,
                    time,
                    scene: scene.clone(),
                    handler: handler.clone(),
                    language: *language,
                    statement: statement.clone(),
                    signature: signature.clone(),
                    voided: None,
                });
            }
            Event::ReportSignedOff { role, name, statement, signature } => {
                self.report_sign_offs.push(ReportSignOff {
                    seq: r.seq,
                    time,
                    role: *role,
                    name: name.clone(),
                    statement: statement.clone(),
                    signature: signature.clone(),
                });
            }
        }
    }

    fn apply_session_started(&mut self, r: &Record) {
        let Event::SessionStarted {
            kind,
            scenes,
            run_by,
            briefing_sha256,
            briefing_file,
            pin_hash,
            presented,
            other_day,
        } = &r.event
        else {
            return;
        };
        let time = r.time;
        self.sessions.push(Session {
            id: r.seq,
            kind: *kind,
            scenes: scenes.clone(),
            run_by: run_by.clone(),
            started: time,
            closed: None,
            briefing_sha256: briefing_sha256.clone(),
            briefing_file: briefing_file.clone(),
            pin_hash: pin_hash.clone(),
            presented: presented.as_deref().cloned(),
            other_day: *other_day,
            changed_to: Vec::new(),
        });
    }

    fn apply_sign_in(&mut self, r: &Record) {
        let Event::SignedIn {
            session,
            person,
            walk_in,
            language,
            acknowledgements,
            signature,
            late_briefed_by,
            on_behalf,
            device,
        } = &r.event
        else {
            return;
        };
        self.signed_index.insert((*session, fold(&person.name)), self.sign_ins.len());
        self.look_alikes.signed(*session, person);
        if let Some(device) = device {
            self.submissions.entry((*session, device.submission.clone())).or_insert(self.sign_ins.len());
        }
        self.sign_ins.push(SignIn {
            seq: r.seq,
            session: *session,
            time: r.time,
            person: person.clone(),
            walk_in: *walk_in,
            language: *language,
            acknowledgements: acknowledgements.clone(),
            late_briefed_by: late_briefed_by.clone(),
            on_behalf: on_behalf.clone(),
            signature: signature.clone(),
            voided: None,
            device: device.clone(),
            code: super::witness::code(&r.hash),
        });
    }

    /// The sign-in a phone already made with this submission id, so a retry after a
    /// lost reply gets the same record back.
    pub fn by_submission(&self, session: u64, submission: &str) -> Option<&SignIn> {
        self.submissions.get(&(session, submission.to_owned())).and_then(|&i| self.sign_ins.get(i))
    }

    /// The other people signed into the same session from the same phone, before or
    /// after this sign-in: one phone signing several people is shown, not hidden.
    pub fn same_phone(&self, sign_in: &SignIn) -> Vec<&str> {
        let Some(device) = &sign_in.device else { return Vec::new() };
        self.sign_ins
            .iter()
            .filter(|s| s.session == sign_in.session && s.seq != sign_in.seq && s.voided.is_none())
            .filter(|s| s.device.as_ref().is_some_and(|d| d.browser == device.browser))
            .map(|s| s.person.name.as_str())
            .collect()
    }

    /// Marks a sign-in or role sign-off void; a voided sign-in no longer counts as signed.
    fn apply_void(&mut self, target: u64, void: Void) {
        if let Some((i, s)) = self.sign_ins.iter_mut().enumerate().find(|(_, s)| s.seq == target) {
            s.voided = Some(void);
            let key = (s.session, fold(&s.person.name));
            if self.signed_index.get(&key) == Some(&i) {
                self.signed_index.remove(&key);
            }
        } else if let Some(s) = self.role_sign_offs.iter_mut().find(|s| s.seq == target) {
            s.voided = Some(void);
        } else if let Some(c) = self.weapon_checks.iter_mut().find(|c| c.seq == target) {
            c.voided = Some(void);
        }
    }

    pub fn session(&self, id: u64) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// The session open now: the latest still open. Every screen and command that
    /// asks "the open session" asks here.
    pub fn open_session(&self) -> Option<u64> {
        self.sessions.iter().rev().find(|s| s.is_open()).map(|s| s.id)
    }

    /// The valid (not voided) sign-in of `name` in `session`.
    pub fn signed(&self, session: u64, name: &str) -> Option<&SignIn> {
        self.signed_index.get(&(session, fold(name))).and_then(|&i| self.sign_ins.get(i))
    }

    pub fn valid_sign_ins(&self, session: u64) -> impl Iterator<Item = &SignIn> + '_ {
        self.sign_ins.iter().filter(move |s| s.session == session && s.voided.is_none())
    }

    pub fn open_concerns(&self) -> impl Iterator<Item = &Concern> + '_ {
        self.concerns.iter().filter(|c| c.response.is_none())
    }

    /// Everyone known to the day: the briefing's roster, imported crew and every
    /// walk-in so far, each once.
    pub fn roster(&self, briefing: &Briefing) -> Vec<Person> {
        self.roster_for(briefing, u64::MAX)
    }

    /// An imported crew member, or a walk-in of a session before `session`, by
    /// [`fold`]ed name: someone on `session`'s roster who is not on the briefing's crew.
    pub fn known_beyond_crew(&self, folded: &str, session: u64) -> Option<&Person> {
        self.beyond_crew.get(folded).filter(|(from, _)| *from < session || *from == 0).map(|(_, p)| p)
    }

    /// People beyond the briefing's crew who count in `session` (imported crew, earlier
    /// walk-ins, this session's signers) and whose names look like `name`.
    pub fn known_look_alikes<'a>(&'a self, name: &str, session: u64) -> impl Iterator<Item = &'a Person> + 'a {
        self.look_alikes.like(name, session)
    }

    /// The departments or roles (`pick`) the day already knows, from the roster,
    /// imported crew and every walk-in, that start like `typed` (a word of them, accents
    /// and case aside), at most `limit`, sorted: a walk-in picks "Grip" instead of
    /// typing it, and the report does not hold "Grip", "grip" and "Grips".
    pub fn known_like(
        &self,
        briefing: &Briefing,
        pick: impl Fn(&Person) -> &str,
        typed: &str,
        limit: usize,
    ) -> Vec<String> {
        let typed = fold(typed.trim());
        if typed.is_empty() {
            return Vec::new();
        }
        let crew = briefing.crew.iter().map(|c| Person {
            name: String::new(),
            department: c.department.clone(),
            role: c.role.clone(),
        });
        let others = self.imported.iter().chain(self.walk_ins.iter().map(|(_, p)| p)).cloned();
        let mut found = std::collections::BTreeSet::new();
        for person in crew.chain(others) {
            let value = pick(&person).trim();
            let folded = fold(value);
            if !value.is_empty() && folded != typed && folded.split(' ').any(|w| w.starts_with(&typed)) {
                found.insert(value.to_owned());
            }
        }
        found.into_iter().take(limit).collect()
    }

    /// Everyone expected to sign in `session`: the briefing's roster, imported crew,
    /// then the walk-ins of earlier sessions (a day player who walked in at crew call is
    /// on the list at the scene briefing after lunch), each once.
    pub fn roster_for(&self, briefing: &Briefing, session: u64) -> Vec<Person> {
        let mut people: Vec<Person> = briefing
            .crew
            .iter()
            .map(|c| Person { name: c.name.clone(), department: c.department.clone(), role: c.role.clone() })
            .collect();
        let earlier_walk_ins = self.walk_ins.iter().filter(|(s, _)| *s < session).map(|(_, p)| p);
        let mut extra = self.imported.iter().chain(earlier_walk_ins).peekable();
        if extra.peek().is_none() {
            return people;
        }
        // Folded once each: a day with 250 walk-ins asks this on every sign-in.
        let mut known: std::collections::HashSet<String> = people.iter().map(|p| fold(&p.name)).collect();
        for p in extra {
            if known.insert(fold(&p.name)) {
                people.push(p.clone());
            }
        }
        people
    }

    /// The role sign-offs scene `number` still needs in `session`: one per hazard with
    /// an attestation, from anyone holding one of its roles. A sign-off clears the
    /// scene for its own session only: the armorer's check at crew call does not cover
    /// a later scene briefing, which needs a fresh one (the Rust set's rehearsal no briefing covered).
    pub fn missing_role_sign_offs(
        &self,
        briefing: &Briefing,
        session: u64,
        number: &str,
    ) -> Vec<(crate::briefing::HazardKind, &'static [Role])> {
        let Some(scene) = briefing.scene(number) else { return Vec::new() };
        let mut kinds: Vec<_> = scene.hazard_kinds().collect();
        kinds.sort_unstable();
        kinds.dedup();
        kinds
            .into_iter()
            .filter_map(|k| k.info().attestation.map(|a| (k, a.roles)))
            .filter(|(_, roles)| {
                !self
                    .role_sign_offs
                    .iter()
                    .any(|r| r.voided.is_none() && r.session == session && r.scene == number && roles.contains(&r.role))
            })
            .collect()
    }

    pub fn scene_cleared(&self, briefing: &Briefing, session: u64, number: &str) -> bool {
        self.missing_role_sign_offs(briefing, session, number).is_empty()
    }

    /// The performers named to handle a firearm in scene `number` who have not yet
    /// acknowledged, in `session`, that the armorer checked and showed them the weapon.
    pub fn missing_weapon_checks(&self, briefing: &Briefing, session: u64, number: &str) -> Vec<String> {
        let Some(scene) = briefing.scene(number) else { return Vec::new() };
        let mut handlers: Vec<String> = scene
            .hazards
            .iter()
            .filter_map(|h| match h {
                crate::briefing::Hazard::Firearms { handlers, .. } => Some(handlers.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        handlers.dedup_by(|a, b| crate::names::same_person(a, b));
        handlers
            .into_iter()
            .filter(|h| {
                !self.weapon_checks.iter().any(|c| {
                    c.session == session
                        && c.scene == number
                        && c.voided.is_none()
                        && crate::names::same_person(&c.handler, h)
                })
            })
            .collect()
    }

    /// Whether scene `number` is cleared for `session`: every key role's sign-off and
    /// every handler's weapon check.
    pub fn scene_cleared_in(&self, briefing: &Briefing, session: u64, number: &str) -> bool {
        self.scene_cleared(briefing, session, number)
            && self.missing_weapon_checks(briefing, session, number).is_empty()
    }
}

/// Counts for a session, as the 1st AD and the report show them. They add up: the
/// roster's people either signed or are missing; walk-ins are counted apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Everyone expected: the roster (the briefing's crew and imported lists).
    pub expected: usize,
    /// Of them, who signed (and was not voided).
    pub roster_signed: usize,
    /// Of them, who did not.
    pub missing: usize,
    /// People not on the roster who signed as walk-ins.
    pub walk_ins: usize,
    /// Every valid sign-in: `roster_signed + walk_ins`.
    pub signed: usize,
    /// Of the valid sign-ins, those after the session closed.
    pub late: usize,
    /// Of the valid sign-ins, those of people who missed the briefing and read it on
    /// their phones.
    pub read_on_phone: usize,
    /// Sign-ins voided, kept on record.
    pub voided: usize,
}

impl Counts {
    /// "Roster 28: 15 signed, 13 missing · walk-ins 1 · late 1 · voided 1"
    pub fn sentence(&self) -> String {
        self.sentence_in(Lang::En)
    }

    /// [`Self::sentence`] in `lang`.
    pub fn sentence_in(&self, lang: Lang) -> String {
        let n = |v: usize| v.to_string();
        let counts = crate::language::Words::new("counts.sentence").fill(
            lang,
            &[
                ("expected", &n(self.expected)),
                ("signed", &n(self.roster_signed)),
                ("missing", &n(self.missing)),
                ("walk_ins", &n(self.walk_ins)),
                ("late", &n(self.late)),
                ("voided", &n(self.voided)),
            ],
        );
        // Said only when someone read on a phone, so days without it read as before.
        if self.read_on_phone == 0 {
            return counts;
        }
        let mut counts = counts;
        counts.push_str(
            &crate::language::Words::new("counts.read_on_phone").fill(lang, &[("n", &n(self.read_on_phone))]),
        );
        counts
    }
}

impl DayState {
    pub fn counts(&self, briefing: &Briefing, session: u64) -> Counts {
        let roster = self.roster_for(briefing, session);
        let valid: Vec<&SignIn> = self.valid_sign_ins(session).collect();
        let roster_signed = roster.iter().filter(|p| self.signed(session, &p.name).is_some()).count();
        Counts {
            expected: roster.len(),
            roster_signed,
            missing: roster.len() - roster_signed,
            walk_ins: valid.len() - roster_signed,
            signed: valid.len(),
            late: valid.iter().filter(|s| s.late_briefed_by.is_some()).count(),
            read_on_phone: valid.iter().filter(|s| s.read_on_phone().is_some()).count(),
            voided: self.sign_ins.iter().filter(|s| s.session == session && s.voided.is_some()).count(),
        }
    }

    /// A session's place in the day, from 1: what people call it ("the second briefing").
    pub fn session_number(&self, session: u64) -> usize {
        self.sessions.iter().position(|s| s.id == session).map_or(0, |i| i + 1)
    }
}
