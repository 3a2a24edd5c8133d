//! The words of the crew's sign-in screens, in every language a crew member can
//! pick. The laptop's screens and the phone page say the same thing, from here.

use crate::briefing::text::StaticText;

const fn t(en: &'static str, es: &'static str) -> StaticText {
    StaticText { en, es }
}

pub const NO_SESSION: StaticText = t(
    "No session is open. The 1st AD starts one.",
    "No hay ninguna sesión abierta. El 1er asistente de dirección la inicia.",
);
pub const FIND_YOUR_NAME: StaticText = t("Find your name", "Busque su nombre");
pub const NOT_ON_THE_LIST: StaticText = t("I'm not on the list", "No estoy en la lista");
pub const ADD_YOURSELF: StaticText = t("Not on the list? Add yourself", "¿No está en la lista? Agréguese");
pub const NAME: StaticText = t("Name", "Nombre");
pub const DEPARTMENT: StaticText = t("Department", "Departamento");
pub const ROLE: StaticText = t("Role", "Puesto");
pub const CONTINUE: StaticText = t("Continue", "Continuar");
pub const CANCEL: StaticText = t("Cancel", "Cancelar");
pub const SIGNING: StaticText = t("Signing", "Firmando");
pub const SIGNED_AT: StaticText = t("Signed", "Firmó");
pub const CONFIRM_EACH_LINE: StaticText = t("Please confirm each line:", "Confirme cada línea:");
pub const CONCERN: StaticText = t("I have a concern (optional)", "Tengo una inquietud (opcional)");
pub const SIGN_HERE: StaticText = t("Sign above the line", "Firme sobre la línea");
pub const UNDO_STROKE: StaticText = t("Undo stroke", "Deshacer trazo");
pub const CLEAR: StaticText = t("Clear", "Borrar");
pub const ON_BEHALF: StaticText = t(
    "Someone is signing for this person (interpreter, guardian)",
    "Otra persona firma por esta persona (intérprete, tutor)",
);
pub const SIGNED_BY: StaticText = t("Signed by", "Firmado por");
pub const WHY: StaticText = t("Why", "Motivo");
pub const LATE_BRIEFED_BY: StaticText =
    t("The session is closed. Briefed late by", "La sesión está cerrada. Informado más tarde por");
pub const WEAPON_SHOWN: StaticText = t(
    "The armorer checked this weapon and showed it to me before it was handed to me.",
    "El armero revisó esta arma y me la mostró antes de entregármela.",
);
pub const SIGN: StaticText = t("Sign", "Firmar");
pub const SAVED: StaticText = t("Saved", "Guardado");
pub const NOT_SAVED: StaticText = t("Not saved", "No guardado");
pub const THANK_YOU: StaticText = t("signed. Thank you.", "firmó. Gracias.");

// The phone page's own words. `{name}`, `{time}`, `{n}` and `{total}` are filled in by the page.
pub const TYPE_YOUR_NAME: StaticText = t("Type your name", "Escriba su nombre");
pub const STEP: StaticText = t("Step {n} of {total}", "Paso {n} de {total}");
pub const BACK: StaticText = t("Back", "Atrás");
pub const SAVING: StaticText = t("Saving…", "Guardando…");
pub const TRY_AGAIN: StaticText = t("Try again", "Intentar de nuevo");
pub const KEEP_RECEIPT: StaticText =
    t("Keep this receipt: take a screenshot.", "Guarde este comprobante: haga una captura de pantalla.");
pub const RECORD: StaticText = t("Record", "Registro");
pub const CODE: StaticText = t("Code", "Código");
pub const TIME: StaticText = t("Time", "Hora");
pub const ARE_YOU: StaticText = t("Are you {name}?", "¿Es usted {name}?");
pub const YES_THAT_IS_ME: StaticText = t("Yes, that is me", "Sí, soy yo");
pub const NO_SOMEONE_ELSE: StaticText = t("No, I am someone else", "No, soy otra persona");
pub const ALREADY_SIGNED: StaticText = t(
    "{name} already signed at {time}. If that was not you, tell the 1st AD.",
    "{name} ya firmó a las {time}. Si no fue usted, avise al 1er asistente de dirección.",
);
pub const ALREADY_SIGNED_CONCERN_KEPT: StaticText = t(
    "{name} already signed at {time}. Your concern was recorded for the 1st AD.",
    "{name} ya firmó a las {time}. Su inquietud quedó registrada para el 1er asistente de dirección.",
);
pub const NOT_ON_ROSTER: StaticText =
    t("That name is not on the crew list: add yourself.", "Ese nombre no está en la lista: agréguese.");
pub const TICK_EVERY_LINE: StaticText =
    t("Please confirm every line before signing.", "Confirme cada línea antes de firmar.");
pub const SIGNATURE_REFUSED: StaticText = t(
    "That is too small to be a signature: please sign across the pad.",
    "Eso es demasiado pequeño para ser una firma: firme a lo ancho del recuadro.",
);
pub const BAD_TEXT: StaticText =
    t("Please write only your name (no symbols such as < or >).", "Escriba solo su nombre (sin símbolos como < o >).");
pub const SESSION_CLOSED: StaticText = t(
    "This sign-in has closed. Please see the 1st AD.",
    "Esta firma ya se cerró. Hable con el 1er asistente de dirección.",
);
pub const SLOW_DOWN: StaticText =
    t("Too many tries from this phone: wait a moment.", "Demasiados intentos desde este teléfono: espere un momento.");
pub const NO_CONNECTION: StaticText = t(
    "Not saved: no connection to the laptop. Nothing is lost: try again.",
    "No guardado: no hay conexión con la computadora. No se perdió nada: intente de nuevo.",
);
pub const STILL_TRYING: StaticText = t(
    "Still trying: the laptop has not answered yet. Keep this page open.",
    "Seguimos intentando: la computadora aún no responde. Mantenga esta página abierta.",
);
pub const SHOW_THE_FIRST_AD: StaticText = t(
    "The laptop did not answer. Show this screen to the 1st AD, or try again.",
    "La computadora no respondió. Muestre esta pantalla al 1er asistente de dirección, o intente de nuevo.",
);
pub const ON_ROSTER_AS: StaticText = t(
    "{name} is on the crew list. If that is not you, add a middle name or an initial so the two of you are told apart.",
    "{name} está en la lista. Si no es usted, agregue un segundo nombre o una inicial para distinguirlos.",
);
pub const LATE_NEEDS_BRIEFER: StaticText =
    t("The session is closed: write who briefed you.", "La sesión está cerrada: escriba quién le informó.");
pub const LOOKS_LIKE: StaticText = t("That name looks like {name}'s.", "Ese nombre se parece al de {name}.");
pub const NOT_SAVED_REASON: StaticText = t(
    "Not saved: the laptop refused it. Show this screen to the 1st AD.",
    "No guardado: la computadora lo rechazó. Muestre esta pantalla al 1er asistente de dirección.",
);
pub const LINK_NOT_VALID: StaticText = t(
    "This link is not valid: scan the code on the laptop again.",
    "Este enlace no es válido: escanee de nuevo el código en la computadora.",
);
pub const SIGN_SOMEONE_ELSE: StaticText = t("Done", "Listo");
pub const SCAN_TO_SIGN_IN: StaticText = t("Scan to sign in on your phone", "Escanee para firmar en su teléfono");
pub const CHOOSE_LANGUAGE: StaticText = t("Choose your language", "Elija su idioma");
pub const DAY: StaticText = t("Day", "Día");
pub const SCENES: StaticText = t("Scenes", "Escenas");

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
    ("refused", NOT_SAVED_REASON),
    ("done", SIGN_SOMEONE_ELSE),
    ("no_session", NO_SESSION),
    ("day", DAY),
    ("choose_language", CHOOSE_LANGUAGE),
    ("scenes", SCENES),
];

/// `words` in `lang` with each `{field}` in it filled in: the same templates the
/// phone page fills.
pub fn fill(words: StaticText, lang: crate::briefing::Lang, fields: &[(&str, &str)]) -> String {
    let mut text = words.get(lang).to_owned();
    for (field, value) in fields {
        text = text.replace(&format!("{{{field}}}"), value);
    }
    text
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
