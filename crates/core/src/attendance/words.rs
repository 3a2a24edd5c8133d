//! The words of the crew's sign-in screens, in every language a crew member can
//! pick. The laptop's screens and the phone page say the same thing, from here.

use crate::briefing::text::StaticText;

pub const NO_SESSION: StaticText = StaticText::new("crew.no_session");
pub const FOLLOW_NOT_STARTED: StaticText = StaticText::new("follow.not_started");
pub const FOLLOW_BLANK: StaticText = StaticText::new("follow.blank");
pub const FOLLOW_PAUSED: StaticText = StaticText::new("follow.paused");
pub const FOLLOW_ON_SCREEN: StaticText = StaticText::new("follow.on_screen");
pub const FOLLOW_PART: StaticText = StaticText::new("follow.part");
pub const FOLLOW_SLIDE_N: StaticText = StaticText::new("follow.slide_n");
pub const FOLLOW_EARLIER: StaticText = StaticText::new("follow.earlier");
pub const FOLLOW_LATER: StaticText = StaticText::new("follow.later");
pub const FOLLOW_TO_LIVE: StaticText = StaticText::new("follow.to_live");
pub const FOLLOW_SIGN_NOW: StaticText = StaticText::new("follow.sign_now");
pub const FOLLOW_RECONNECTING: StaticText = StaticText::new("follow.reconnecting");
pub const FOLLOW_IMPORTANT: StaticText = StaticText::new("follow.important");
pub const LATE_MISSED: StaticText = StaticText::new("late.missed");
pub const LATE_READ_FIRST: StaticText = StaticText::new("late.read_first");
pub const LATE_READ_ALL: StaticText = StaticText::new("late.read_all");
pub const LATE_MUST_BE_PRESENT: StaticText = StaticText::new("late.must_be_present");
pub const LATE_NOTHING_SHOWN: StaticText = StaticText::new("late.nothing_shown");
pub const LATE_READ_ON_PHONE: StaticText = StaticText::new("late.read_on_phone");
pub const CARD_KEEP: StaticText = StaticText::new("card.keep");
pub const CARD_CALL: StaticText = StaticText::new("card.call");
pub const CARD_SHOW: StaticText = StaticText::new("card.show");
pub const FIND_YOUR_NAME: StaticText = StaticText::new("crew.find_your_name");
pub const NOT_ON_THE_LIST: StaticText = StaticText::new("crew.not_on_the_list");
pub const ADD_YOURSELF: StaticText = StaticText::new("crew.add_yourself");
pub const NAME: StaticText = StaticText::new("crew.name");
pub const DEPARTMENT: StaticText = StaticText::new("crew.department");
pub const ROLE: StaticText = StaticText::new("crew.role");
pub const CONTINUE: StaticText = StaticText::new("crew.continue");
pub const CANCEL: StaticText = StaticText::new("crew.cancel");
pub const SIGNING: StaticText = StaticText::new("crew.signing");
pub const SIGNED_AT: StaticText = StaticText::new("crew.signed_at");
pub const CONFIRM_EACH_LINE: StaticText = StaticText::new("crew.confirm_each_line");
pub const CONCERN: StaticText = StaticText::new("crew.concern");
pub const SIGN_HERE: StaticText = StaticText::new("crew.sign_here");
pub const SIGNATURE_PAD: StaticText = StaticText::new("crew.signature_pad");
pub const UNDO_STROKE: StaticText = StaticText::new("crew.undo_stroke");
pub const CLEAR: StaticText = StaticText::new("crew.clear");
pub const ON_BEHALF: StaticText = StaticText::new("crew.on_behalf");
pub const SIGNED_BY: StaticText = StaticText::new("crew.signed_by");
pub const WHY: StaticText = StaticText::new("crew.why");
pub const LATE_BRIEFED_BY: StaticText = StaticText::new("crew.late_briefed_by");
pub const WEAPON_SHOWN: StaticText = StaticText::new("crew.weapon_shown");
pub const SIGN: StaticText = StaticText::new("crew.sign");
pub const SAVED: StaticText = StaticText::new("crew.saved");
pub const NOT_SAVED: StaticText = StaticText::new("crew.not_saved");
pub const THANK_YOU: StaticText = StaticText::new("crew.thank_you");

// The phone page's own words. `{name}`, `{time}`, `{n}` and `{total}` are filled in by the page.
pub const TYPE_YOUR_NAME: StaticText = StaticText::new("crew.type_your_name");
pub const STEP: StaticText = StaticText::new("crew.step");
pub const BACK: StaticText = StaticText::new("crew.back");
pub const SAVING: StaticText = StaticText::new("crew.saving");
pub const TRY_AGAIN: StaticText = StaticText::new("crew.try_again");
pub const KEEP_RECEIPT: StaticText = StaticText::new("crew.keep_receipt");
pub const RECORD: StaticText = StaticText::new("crew.record");
pub const CODE: StaticText = StaticText::new("crew.code");
pub const TIME: StaticText = StaticText::new("crew.time");
pub const ARE_YOU: StaticText = StaticText::new("crew.are_you");
pub const YES_THAT_IS_ME: StaticText = StaticText::new("crew.yes_that_is_me");
pub const NO_SOMEONE_ELSE: StaticText = StaticText::new("crew.no_someone_else");
pub const ALREADY_SIGNED: StaticText = StaticText::new("crew.already_signed");
pub const ALREADY_SIGNED_CONCERN_KEPT: StaticText = StaticText::new("crew.already_signed_concern_kept");
pub const NOT_ON_ROSTER: StaticText = StaticText::new("crew.not_on_roster");
pub const TICK_EVERY_LINE: StaticText = StaticText::new("crew.tick_every_line");
pub const SIGNATURE_REFUSED: StaticText = StaticText::new("crew.signature_refused");
pub const BAD_TEXT: StaticText = StaticText::new("crew.bad_text");
pub const SESSION_CLOSED: StaticText = StaticText::new("crew.session_closed");
pub const SLOW_DOWN: StaticText = StaticText::new("crew.slow_down");
pub const NO_CONNECTION: StaticText = StaticText::new("crew.no_connection");
pub const STILL_TRYING: StaticText = StaticText::new("crew.still_trying");
pub const SHOW_THE_FIRST_AD: StaticText = StaticText::new("crew.show_the_first_ad");
pub const ON_ROSTER_AS: StaticText = StaticText::new("crew.on_roster_as");
pub const LATE_NEEDS_BRIEFER: StaticText = StaticText::new("crew.late_needs_briefer");
pub const LANGUAGE_NOT_OFFERED: StaticText = StaticText::new("crew.language_not_offered");
pub const LOOKS_LIKE: StaticText = StaticText::new("crew.looks_like");
pub const NOT_SAVED_REASON: StaticText = StaticText::new("crew.not_saved_reason");
pub const LINK_NOT_VALID: StaticText = StaticText::new("crew.link_not_valid");
pub const SIGN_SOMEONE_ELSE: StaticText = StaticText::new("crew.sign_someone_else");
pub const SCAN_TO_SIGN_IN: StaticText = StaticText::new("crew.scan_to_sign_in");
pub const CHOOSE_LANGUAGE: StaticText = StaticText::new("crew.choose_language");
pub const DAY: StaticText = StaticText::new("crew.day");
pub const SCENES: StaticText = StaticText::new("crew.scenes");

/// Every word the phone page shows, by the key it looks them up with.
pub const PHONE_PAGE: &[(&str, StaticText)] = &[
    ("find_your_name", FIND_YOUR_NAME),
    ("type_your_name", TYPE_YOUR_NAME),
    ("not_on_the_list", NOT_ON_THE_LIST),
    ("name", NAME),
    ("department", DEPARTMENT),
    ("role", ROLE),
    ("continue", CONTINUE),
    ("cancel", CANCEL),
    ("back", BACK),
    ("signed_at", SIGNED_AT),
    ("confirm_each_line", CONFIRM_EACH_LINE),
    ("concern", CONCERN),
    ("sign_here", SIGN_HERE),
    ("undo_stroke", UNDO_STROKE),
    ("clear", CLEAR),
    ("sign", SIGN),
    ("saving", SAVING),
    ("saved", SAVED),
    ("not_saved", NOT_SAVED),
    ("try_again", TRY_AGAIN),
    ("keep_receipt", KEEP_RECEIPT),
    ("record", RECORD),
    ("code", CODE),
    ("time", TIME),
    ("step", STEP),
    ("are_you", ARE_YOU),
    ("yes_that_is_me", YES_THAT_IS_ME),
    ("no_someone_else", NO_SOMEONE_ELSE),
    ("already_signed", ALREADY_SIGNED),
    ("already_signed_concern_kept", ALREADY_SIGNED_CONCERN_KEPT),
    ("not_on_roster", NOT_ON_ROSTER),
    ("acknowledgements_missing", TICK_EVERY_LINE),
    ("signature_refused", SIGNATURE_REFUSED),
    ("bad_text", BAD_TEXT),
    ("session_closed", SESSION_CLOSED),
    ("slow_down", SLOW_DOWN),
    ("no_connection", NO_CONNECTION),
    ("still_trying", STILL_TRYING),
    ("show_the_first_ad", SHOW_THE_FIRST_AD),
    ("looks_like", LOOKS_LIKE),
    ("on_roster_as", ON_ROSTER_AS),
    ("late_needs_briefer", LATE_NEEDS_BRIEFER),
    ("language_not_offered", LANGUAGE_NOT_OFFERED),
    ("refused", NOT_SAVED_REASON),
    ("done", SIGN_SOMEONE_ELSE),
    ("no_session", NO_SESSION),
    ("day", DAY),
    ("choose_language", CHOOSE_LANGUAGE),
    ("scenes", SCENES),
    ("follow_not_started", FOLLOW_NOT_STARTED),
    ("follow_blank", FOLLOW_BLANK),
    ("follow_paused", FOLLOW_PAUSED),
    ("follow_on_screen", FOLLOW_ON_SCREEN),
    ("follow_part", FOLLOW_PART),
    ("follow_slide_n", FOLLOW_SLIDE_N),
    ("follow_earlier", FOLLOW_EARLIER),
    ("follow_later", FOLLOW_LATER),
    ("follow_to_live", FOLLOW_TO_LIVE),
    ("follow_sign_now", FOLLOW_SIGN_NOW),
    ("follow_reconnecting", FOLLOW_RECONNECTING),
    ("follow_important", FOLLOW_IMPORTANT),
    ("late_missed", LATE_MISSED),
    ("late_read_first", LATE_READ_FIRST),
    ("late_read_all", LATE_READ_ALL),
    ("must_be_present", LATE_MUST_BE_PRESENT),
    ("late_nothing_shown", LATE_NOTHING_SHOWN),
    ("late_read_on_phone", LATE_READ_ON_PHONE),
    ("card_keep", CARD_KEEP),
    ("card_call", CARD_CALL),
    ("card_show", CARD_SHOW),
];

/// `words` in `lang` with each `{field}` in it filled in: the same templates the
/// phone page fills.
pub fn fill(words: StaticText, lang: crate::briefing::Lang, fields: &[(&str, &str)]) -> String {
    words.fill(lang, fields)
}

/// Why a sign-in was refused, in the crew member's words.
///
/// The same words the phone page shows for the same refusal code. A refusal the crew
/// has no words for (the disk failed) is said as the error itself, for the 1st AD.
pub fn refusal(refused: &super::Refusal, lang: crate::briefing::Lang) -> String {
    let words = PHONE_PAGE.iter().find(|(key, _)| *key == refused.code()).map(|(_, words)| *words);
    match words {
        Some(words) if refused.code() != "not_saved" => {
            let time = refused.signed_at().map(|t| t.clock()).unwrap_or_default();
            fill(words, lang, &[("name", refused.name().unwrap_or_default()), ("time", &time)])
        }
        _ => refused.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::Lang;

    #[test]
    fn a_refusal_is_said_in_the_crew_members_language() {
        let e = super::super::Refusal::AcknowledgementsMissing;
        assert_eq!(refusal(&e, Lang::Es), "Confirme cada línea antes de firmar.");
        assert_eq!(fill(STEP, Lang::En, &[("n", "2"), ("total", "3")]), "Step 2 of 3");
    }
}
