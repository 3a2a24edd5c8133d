//! Widgets of our own: the signature pad and the hazard pictograms.

pub mod pictogram;
pub mod qr;
pub mod signature_pad;
