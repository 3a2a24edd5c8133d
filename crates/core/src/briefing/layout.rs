//! The layout a briefing is written in: the one the examples were written in by hand.
//!
//! Short records (a contact, a crew member, a one-language text) sit on one line;
//! longer ones open one field per line. Fields left at their default are not written,
//! so a file holds what the 1st AD gave and nothing else. ron's own pretty printer
//! opens every record onto one line per field and writes every default: the Western's
//! day, rewritten with it, changed in 559 lines.

use super::model::{Briefing, Contact, CrewMember, Emergency, Hazard, Hospital, Incident, IntExt, Load, Scene};
use super::text::{Lang, Text};

/// The widest a line may be before a record opens onto several lines.
const WIDTH: usize = 120;
const INDENT: usize = 4;

/// A piece of RON: a value written as it is, a record `name(key: value, ...)` or a
/// list `[...]`.
enum Node {
    Atom(String),
    Record { name: &'static str, fields: Vec<(&'static str, Self)> },
    List(Vec<Self>),
}

impl Node {
    /// The node on one line.
    fn inline(&self) -> String {
        match self {
            Self::Atom(s) => s.clone(),
            Self::Record { name, fields } => {
                let inner: Vec<String> = fields.iter().map(|(k, v)| format!("{k}: {}", v.inline())).collect();
                format!("{name}({})", inner.join(", "))
            }
            Self::List(items) => {
                let inner: Vec<String> = items.iter().map(Self::inline).collect();
                format!("[{}]", inner.join(", "))
            }
        }
    }

    /// Writes the node, whose line already holds `taken` characters, one line if it fits.
    fn write(&self, out: &mut String, depth: usize, taken: usize) {
        let inline = self.inline();
        // The trailing comma counts against the width.
        if matches!(self, Self::Atom(_)) || taken + inline.chars().count() < WIDTH || self.is_empty() {
            out.push_str(&inline);
            return;
        }
        self.write_open(out, depth, &[]);
    }

    /// Writes the node one field or item per line, with a blank line before `spaced` keys.
    fn write_open(&self, out: &mut String, depth: usize, spaced: &[&str]) {
        let pad = " ".repeat((depth + 1) * INDENT);
        match self {
            Self::Atom(s) => out.push_str(s),
            Self::Record { name, fields } => {
                out.push_str(name);
                out.push_str("(\n");
                for (key, value) in fields {
                    if spaced.contains(key) {
                        out.push('\n');
                    }
                    out.push_str(&pad);
                    out.push_str(key);
                    out.push_str(": ");
                    value.write(out, depth + 1, pad.len() + key.len() + 2);
                    out.push_str(",\n");
                }
                out.push_str(&" ".repeat(depth * INDENT));
                out.push(')');
            }
            Self::List(items) => {
                out.push_str("[\n");
                for item in items {
                    out.push_str(&pad);
                    item.write(out, depth + 1, pad.len());
                    out.push_str(",\n");
                }
                out.push_str(&" ".repeat(depth * INDENT));
                out.push(']');
            }
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Self::Atom(_) => false,
            Self::Record { fields, .. } => fields.is_empty(),
            Self::List(items) => items.is_empty(),
        }
    }
}

/// `briefing` as RON text in the examples' layout.
pub fn briefing_to_ron(b: &Briefing) -> String {
    let mut out = String::new();
    briefing(b).write_open(&mut out, 0, &["contacts", "emergency", "crew", "incidents", "scenes"]);
    out.push('\n');
    out
}

/// Builds a record's fields, leaving out those at their default.
#[derive(Default)]
struct Fields(Vec<(&'static str, Node)>);

impl Fields {
    fn put(mut self, key: &'static str, node: Node) -> Self {
        self.0.push((key, node));
        self
    }

    fn put_if(self, key: &'static str, node: Option<Node>) -> Self {
        match node {
            Some(node) => self.put(key, node),
            None => self,
        }
    }

    fn list<T>(self, key: &'static str, items: &[T], each: impl Fn(&T) -> Node) -> Self {
        let node = (!items.is_empty()).then(|| Node::List(items.iter().map(each).collect()));
        self.put_if(key, node)
    }

    fn named(self, name: &'static str) -> Node {
        Node::Record { name, fields: self.0 }
    }

    fn record(self) -> Node {
        self.named("")
    }
}

fn string(s: &str) -> Node {
    Node::Atom(quote(s))
}

/// `s` as a RON string literal: quoted, with what must be escaped escaped.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn optional_string(s: &str) -> Option<Node> {
    (!s.is_empty()).then(|| string(s))
}

fn text(t: &Text) -> Node {
    match t {
        Text::Plain(s) => string(s),
        Text::Translated(items) => {
            items.iter().fold(Fields::default(), |fields, (lang, s)| fields.put(lang.code(), string(s))).record()
        }
    }
}

fn time(t: jiff::civil::Time) -> Node {
    let written =
        if t.second() == 0 && t.subsec_nanosecond() == 0 { t.strftime("%H:%M").to_string() } else { t.to_string() };
    string(&written)
}

fn briefing(b: &Briefing) -> Node {
    let languages = (b.languages != [Lang::En])
        .then(|| Node::List(b.languages.iter().map(|l| Node::Atom(l.code().into())).collect()));
    Fields::default()
        .put("production", string(&b.production))
        .put("day", Node::Atom(b.day.to_string()))
        .put("date", string(&b.date.to_string()))
        .put("location", text(&b.location))
        .put("crew_call", time(b.crew_call))
        .put("utc_offset", string(&b.utc_offset.to_string()))
        .put_if("languages", languages)
        .list("contacts", &b.contacts, contact)
        .put("emergency", emergency(&b.emergency))
        .list("crew", &b.crew, crew_member)
        .list("incidents", &b.incidents, incident)
        .list("scenes", &b.scenes, scene)
        .named("Briefing")
}

fn contact(c: &Contact) -> Node {
    Fields::default()
        .put("role", Node::Atom(c.role.ident().into()))
        .put("name", string(&c.name))
        .put_if("phone", optional_string(&c.phone))
        .record()
}

fn emergency(e: &Emergency) -> Node {
    Fields::default()
        .put_if("hospital", e.hospital.as_ref().map(hospital))
        .put_if("emergency_number", optional_string(&e.emergency_number))
        .put_if("muster_point", e.muster_point.as_ref().map(text))
        .put_if("first_aid", e.first_aid.as_ref().map(text))
        .put_if("extinguishers", e.extinguishers.as_ref().map(text))
        .put_if("exits", e.exits.as_ref().map(text))
        .put_if("report_injury", e.report_injury.as_ref().map(text))
        .put_if("hotline", e.hotline.as_ref().map(text))
        .record()
}

fn hospital(h: &Hospital) -> Node {
    Fields::default()
        .put("name", string(&h.name))
        .put("address", string(&h.address))
        .put("phone", string(&h.phone))
        .put_if("distance", h.distance.as_ref().map(text))
        .record()
}

fn crew_member(c: &CrewMember) -> Node {
    Fields::default()
        .put("name", string(&c.name))
        .put("department", string(&c.department))
        .put("role", string(&c.role))
        .put_if("phone", c.phone.as_deref().map(string))
        .record()
}

fn incident(i: &Incident) -> Node {
    Fields::default()
        .put("date", string(&i.date.to_string()))
        .put("what", text(&i.what))
        .put_if("corrective_action", i.corrective_action.as_ref().map(text))
        .record()
}

fn scene(s: &Scene) -> Node {
    let int_ext = match s.int_ext {
        IntExt::Int => "Int",
        IntExt::Ext => "Ext",
        IntExt::IntExt => "IntExt",
    };
    Fields::default()
        .put("number", string(&s.number))
        .put("int_ext", Node::Atom(int_ext.into()))
        .put("set", string(&s.set))
        .put_if("description", (!s.description.is_blank()).then(|| text(&s.description)))
        .list("hazards", &s.hazards, hazard)
        .list("points", &s.points, text)
        .list("ppe", &s.ppe, text)
        .list("exclusion_zones", &s.exclusion_zones, text)
        .list("responsible", &s.responsible, |n| string(n))
        .put_if("abort_signal", s.abort_signal.as_ref().map(text))
        .put_if("notes", s.notes.as_deref().map(string))
        .record()
}

fn hazard(h: &Hazard) -> Node {
    let details = |d: &Option<Text>| Fields::default().put_if("details", d.as_ref().map(text));
    let strings = |items: &[String]| Node::List(items.iter().map(|s| string(s)).collect());
    let (name, fields) = match h {
        Hazard::Firearms { weapons, loads, handlers } => (
            "Firearms",
            Fields::default()
                .list("weapons", weapons, text)
                .list("loads", loads, |l| Node::Atom(load(*l).into()))
                .list("handlers", handlers, |s| string(s)),
        ),
        Hazard::Stunts { details: d, performers } => {
            ("Stunts", details(d).put_if("performers", (!performers.is_empty()).then(|| strings(performers))))
        }
        Hazard::Pyrotechnics { details: d } => ("Pyrotechnics", details(d)),
        Hazard::Smoke { agent } => ("Smoke", Fields::default().put_if("agent", agent.as_ref().map(text))),
        Hazard::OpenFlame { details: d } => ("OpenFlame", details(d)),
        Hazard::Vehicles { details: d, max_speed_mph, camera_car } => (
            "Vehicles",
            details(d)
                .put_if("max_speed_mph", max_speed_mph.map(|mph| Node::Atom(mph.to_string())))
                .put_if("camera_car", camera_car.then(|| Node::Atom("true".into()))),
        ),
        Hazard::Water { details: d } => ("Water", details(d)),
        Hazard::Aircraft { details: d } => ("Aircraft", details(d)),
        Hazard::Drones { details: d } => ("Drones", details(d)),
        Hazard::Animals { species } => ("Animals", Fields::default().list("species", species, text)),
        Hazard::EdgedWeapons { props } => ("EdgedWeapons", Fields::default().list("props", props, text)),
        Hazard::Heights { details: d } => ("Heights", details(d)),
        Hazard::Gimbals { details: d } => ("Gimbals", details(d)),
        Hazard::Electrical { details: d } => ("Electrical", details(d)),
        Hazard::Weather { details: d } => ("Weather", details(d)),
    };
    fields.named(name)
}

fn load(l: Load) -> &'static str {
    match l {
        Load::Blanks => "Blanks",
        Load::Dummies => "Dummies",
        Load::NonFiring => "NonFiring",
    }
}
