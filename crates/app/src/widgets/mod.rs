//! Widgets of our own: the signature pad, the hazard pictograms, the crew-list import.

pub mod crew_import;
pub mod pictogram;
pub mod qr;
pub mod signature_pad;
