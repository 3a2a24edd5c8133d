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
