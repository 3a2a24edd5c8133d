//! Phone sign-in from the console: the 1st AD turns it on for the session, the crew
//! scan the QR code, and each phone's sign-in shows here as it arrives.
//!
//! The server ([`setbrief_phone`]) runs on its own threads and records into the same
//! day; this panel only starts it, stops it, and shows what it reports. It stops
//! when the 1st AD turns it off, the session closes or changes, or the app quits.

use std::net::IpAddr;
use std::sync::Arc;

use egui::{RichText, Ui};
use setbrief_core::attendance::{Day, Receipt, SharedDay};
use setbrief_phone::{Config, DEFAULT_PORT, Flag, Listener, PhoneServer};

use super::big;
use crate::words::Say as _;

/// Wakes the window when a phone signs, so the console shows it at once (egui only
/// paints on input otherwise).
struct Repaint(egui::Context);

impl Listener for Repaint {
    fn saved(&self, _: &Receipt) {
        self.0.request_repaint();
    }
    fn flagged(&self, _: &Flag) {
        self.0.request_repaint();
    }
}

pub const SAME_NETWORK: &str = "Phones must be on the same network as this laptop: the set's Wi-Fi or this \
laptop's hotspot. Venue Wi-Fi that keeps devices apart (client isolation) blocks them: use the hotspot. If no \
phone can open the page, check that the laptop's firewall allows this port.";

/// Phone sign-in's switch, its settings and what it reports.
pub struct Phones {
    server: Option<PhoneServer>,
    /// Every network the laptop is on; tests keep it to 127.0.0.1.
    pub bind: IpAddr,
    /// As typed in the console; 0 lets the system pick.
    pub port: String,
    /// Which of the laptop's addresses the QR code shows.
    chosen: usize,
    /// The laptop's addresses, and when they were read: asking the system every
    /// frame (console, closing slide, presenter view) is needless work, but a hotspot
    /// started after phone sign-in should still show within seconds.
    addresses: Vec<IpAddr>,
    addresses_read: Option<std::time::Instant>,
    error: Option<String>,
}

impl Default for Phones {
    fn default() -> Self {
        let bind = Config::default().bind;
        Self {
            server: None,
            bind,
            port: DEFAULT_PORT.to_string(),
            chosen: 0,
            error: None,
            addresses: Vec::new(),
            addresses_read: None,
        }
    }
}

/// The 1st AD's call, on the record: may someone who missed this session's briefing
/// read it on their phone and sign? A scene's own briefing asks for people in person
/// unless the 1st AD says otherwise.
fn reading_choice(ui: &mut Ui, day: &mut Day, session: u64) {
    let mut allowed = day.state.phone_reading_allowed(session);
    let changed = ui
        .checkbox(&mut allowed, ui.say("console.phone_reading"))
        .on_hover_text(ui.say("console.phone_reading_help"))
        .changed();
    if changed {
        let by = day.state.session(session).map(|s| s.run_by.clone()).unwrap_or_default();
        if let Err(e) = day.allow_phone_reading(session, allowed, &by) {
            ui.label(RichText::new(e.to_string()).color(ui.visuals().error_fg_color));
        }
    }
}

impl Phones {
    pub fn is_on(&self) -> bool {
        self.server.is_some()
    }

    /// Tells the phones following the briefing what the room sees, while phone sign-in
    /// is on.
    pub fn follow(&self, followed: &setbrief_core::deck::follow::Followed) {
        if let Some(server) = &self.server {
            server.follow(followed);
        }
    }

    /// The address phones open for the session, while phone sign-in is on.
    pub fn url(&self) -> Option<String> {
        let server = self.server.as_ref()?;
        let host = self.addresses.get(self.chosen).or_else(|| self.addresses.first())?;
        Some(server.url(*host))
    }

    /// Re-reads the laptop's addresses when they are more than a few seconds old.
    pub fn refresh_addresses(&mut self) {
        let stale = self.addresses_read.is_none_or(|at| at.elapsed() >= std::time::Duration::from_secs(5));
        if let (Some(server), true) = (&self.server, stale) {
            self.addresses = server.addresses();
            self.addresses_read = Some(std::time::Instant::now());
        }
    }

    pub fn show(&mut self, ui: &mut Ui, shared: &SharedDay, day: &mut Day, session: u64) {
        let open = day.state.session(session).is_some_and(|s| s.is_open());
        if self.server.as_ref().is_some_and(|s| s.session() != session || !open) {
            // The token dies with its session.
            self.server = None;
        }
        match &self.server {
            None => self.off(ui, shared, day, session, open),
            Some(_) => self.on(ui, day, session),
        }
    }

    fn off(&mut self, ui: &mut Ui, shared: &SharedDay, day: &mut Day, session: u64, open: bool) {
        if day.is_read_only() {
            ui.label(ui.say("console.phones_elsewhere"));
            return;
        }
        ui.horizontal(|ui| {
            ui.label(RichText::new(ui.say("console.phones")).strong());
            let start = ui.add_enabled(open, egui::Button::new(big(ui.say("console.let_phones_sign"))));
            let label = ui.label(ui.say("console.port"));
            ui.add(egui::TextEdit::singleline(&mut self.port).desired_width(60.0)).labelled_by(label.id);
            if start.clicked() {
                self.start(ui.ctx(), shared, day, session);
            }
        });
        if let Some(error) = &self.error {
            ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
        }
    }

    /// Starts phone sign-in for `session` on [`Self::bind`] and [`Self::port`], as the
    /// console's button does.
    /// `day` is `shared`, already locked by the caller: the link's secret is read from it
    /// here, not by the server, which would wait for that same lock.
    pub fn start(&mut self, ctx: &egui::Context, shared: &SharedDay, day: &mut Day, session: u64) {
        let Ok(port) = self.port.trim().parse::<u16>() else {
            let fields = [("port", self.port.trim()), ("example", &DEFAULT_PORT.to_string())];
            self.error = Some(ctx.say_with("console.not_a_port", &fields));
            return;
        };
        let token = match day.phone_token(session) {
            Ok(token) => token,
            Err(e) => {
                self.error = Some(ctx.say_with("console.phones_cannot_start", &[("error", &e.to_string())]));
                return;
            }
        };
        let config = Config { bind: self.bind, port };
        match PhoneServer::start(shared.clone(), session, token, config, Arc::new(Repaint(ctx.clone()))) {
            Ok(server) => {
                self.server = Some(server);
                self.error = None;
                self.chosen = 0;
                self.addresses_read = None;
                self.refresh_addresses();
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    fn on(&mut self, ui: &mut Ui, day: &mut Day, session: u64) {
        let Some(server) = &self.server else { return };
        let addresses = self.addresses.clone();
        let phones = day.state.sign_ins.iter().filter(|s| s.session == session && s.device.is_some()).count();
        let flags = server.activity().flags();
        let mut stop = false;
        ui.label(RichText::new(ui.say("console.phones")).strong());
        if addresses.is_empty() {
            ui.label(RichText::new(setbrief_phone::addresses::NO_NETWORK).color(ui.visuals().warn_fg_color));
        }
        ui.horizontal(|ui| {
            if let Some(host) = addresses.get(self.chosen).or_else(|| addresses.first()) {
                let url = server.url(*host);
                crate::widgets::qr::show(ui, &url, 220.0, ui.say("console.phones_qr"));
                ui.vertical(|ui| {
                    ui.label(big(ui.say("crew.scan_to_sign_in")));
                    ui.label(RichText::new(&url).monospace());
                    if addresses.len() > 1 {
                        egui::ComboBox::from_label(ui.say("console.network"))
                            .selected_text(addresses.get(self.chosen).map(ToString::to_string).unwrap_or_default())
                            .show_ui(ui, |ui| {
                                for (i, a) in addresses.iter().enumerate() {
                                    ui.selectable_value(&mut self.chosen, i, a.to_string());
                                }
                            });
                    }
                    ui.label(ui.say_with("console.listening", &[("port", &server.port().to_string())]));
                    ui.label(big(ui.say_with("console.signed_on_phones", &[("n", &phones.to_string())])));
                    stop = ui.button(ui.say("console.stop_phones")).clicked();
                });
            } else {
                stop = ui.button(ui.say("console.stop_phones")).clicked();
            }
        });
        reading_choice(ui, day, session);
        for flag in flags.iter().rev().take(6) {
            ui.label(RichText::new(format!("⚠ {}  {}", flag.time, flag.text)).color(ui.visuals().error_fg_color));
        }
        ui.label(RichText::new(SAME_NETWORK).small());
        if stop {
            self.server = None;
        }
    }
}
