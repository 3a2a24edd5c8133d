//! The slide deck: what the crew sees, generated from a briefing, never hand-laid.
//!
//! Slides are built here, without any GUI type, so the presenter window, the
//! audience window and the tests all see the same deck. Slides are split so each
//! fits a 1280x720 window at the readable minimum type size (see [`Budget`]);
//! bigger windows scale the same layout up.

pub mod pictogram;
pub mod type_scale;

use crate::briefing::hazard::{GENERAL_BULLETINS, HazardKind};
use crate::briefing::text::{Lang, LanguageMode, StaticText, Text};
use crate::briefing::{Briefing, Role, Scene};

/// What a slide is about, for the status line and for keeping one's place when the
/// deck is rebuilt (a reload or a language change).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlideKind {
    Opening,
    Emergency,
    Incidents,
    Scene { index: usize, number: String },
    Closing,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slide {
    pub kind: SlideKind,
    /// Which part of a split slide this is, from 1, and how many parts there are.
    pub part: usize,
    pub parts: usize,
    pub title: Text,
    pub subtitle: Option<Text>,
    /// The hazards shown as pictograms in the slide's header (scene slides).
    pub hazards: Vec<HazardKind>,
    pub blocks: Vec<Block>,
    /// For the presenter only.
    pub notes: Option<String>,
}

/// How a piece of the slide should stand out. Never conveyed by colour alone: each
/// tone also has a word or icon where it matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Normal,
    /// Life-safety: stop signals, no live ammunition, open incidents.
    Danger,
    /// Emergency information everyone must remember.
    Emphasis,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Label and value rows: "Nearest hospital: ...".
    Facts(Vec<Fact>),
    /// One hazard with its pictogram, bulletin reference and points.
    Hazard(HazardBlock),
    /// A titled list of points.
    List { label: Text, items: Vec<Item> },
    /// A statement that stands on its own, big.
    Callout { text: Text, tone: Tone },
    /// The one thing a slide must get across, largest of all: the emergency number.
    Headline { label: Text, value: Text },
    /// A small line at the foot of the slide: a source, a reference.
    Note(Text),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub label: Text,
    pub value: Text,
    pub tone: Tone,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub text: Text,
    pub tone: Tone,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HazardBlock {
    pub kind: HazardKind,
    pub name: Text,
    /// "CSATF Safety Bulletin #1, #2"
    pub reference: String,
    pub details: Vec<Text>,
    pub points: Vec<Item>,
    /// True on the second and later parts of a hazard split across slides.
    pub continued: bool,
}

/// The amount of text a slide holds at the readable minimum size in a 1280x720
/// window: measured in body lines of `chars_per_line` characters.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub lines: f32,
    pub chars_per_line: usize,
}

impl Budget {
    /// Fits a 1280x720 window with body text at 28 pt, headings and status line aside.
    pub const READABLE_720P: Self = Self { lines: 12.0, chars_per_line: 84 };
}

/// How tall blocks are on a slide, and how much room a slide has for them.
///
/// Any one unit will do. The app measures with the fonts it draws with, so slides fill
/// exactly; the [`Estimate`] counts characters, for where no fonts are at hand.
pub trait Measure {
    /// The room for blocks on a slide under `head`'s title, subtitle and pictograms.
    fn room(&self, head: &Slide) -> f32;
    /// A block's height, with the space that follows it.
    fn block(&self, block: &Block) -> f32;
}

/// A character-count estimate of slide heights, in body lines.
#[derive(Clone, Copy, Debug)]
pub struct Estimate {
    pub budget: Budget,
    pub mode: LanguageMode,
}

impl Measure for Estimate {
    fn room(&self, head: &Slide) -> f32 {
        // The header's hazard pictograms, with their names under them, are taller than a title.
        let header_extra = match (head.hazards.is_empty(), self.mode) {
            (true, _) => 0.0,
            (false, LanguageMode::Both) => 2.0,
            (false, LanguageMode::Only(_)) => 0.5,
        };
        self.budget.lines - header_extra
    }

    fn block(&self, block: &Block) -> f32 {
        block_lines(block, self.mode, self.budget)
    }
}

fn label(en: &'static str, es: &'static str) -> Text {
    StaticText { en, es }.into()
}

/// "Armorer: Tom Brennan" in every language.
fn titled(title: StaticText, value: &str) -> Text {
    Text::Translated(Lang::ALL.iter().map(|&l| (l, format!("{}: {value}", title.get(l)))).collect())
}

fn plain(s: impl Into<String>) -> Text {
    Text::Plain(s.into())
}

/// Builds the deck for `briefing`, paginated for `mode` by the character-count
/// [`Estimate`] (showing both languages needs more room than one).
pub fn build(briefing: &Briefing, mode: LanguageMode, budget: Budget) -> Vec<Slide> {
    build_with(briefing, mode, &Estimate { budget, mode })
}

/// Builds the deck for `briefing` in `mode`, paginated by `measure`: each slide holds
/// as much as fits, so the deck has the fewest slides at the type size measured.
pub fn build_with(briefing: &Briefing, mode: LanguageMode, measure: &dyn Measure) -> Vec<Slide> {
    let mut slides = Vec::new();
    let b = briefing;
    let paginate = |slides: &mut Vec<Slide>, head: Slide, blocks: Vec<Block>| {
        slides.extend(paginate(&head, blocks, measure));
    };

    paginate(&mut slides, head(SlideKind::Opening, plain(&b.production), Some(day_line(b))), opening_blocks(b));
    paginate(
        &mut slides,
        head(SlideKind::Emergency, label("In an emergency", "En caso de emergencia"), None),
        emergency_blocks(b),
    );
    if !b.incidents.is_empty() {
        paginate(
            &mut slides,
            head(SlideKind::Incidents, label("Incidents and near-misses", "Incidentes y casi accidentes"), None),
            incident_blocks(b),
        );
    }
    for (index, scene) in b.scenes.iter().enumerate() {
        let mut h = head(
            SlideKind::Scene { index, number: scene.number.clone() },
            plain(format!("{} {}", scene_word(mode), scene.number)),
            Some(plain(scene.heading())),
        );
        h.hazards = scene.hazard_kinds().collect();
        h.notes = scene.notes.clone();
        paginate(&mut slides, h, scene_blocks(b, scene));
    }
    paginate(
        &mut slides,
        head(SlideKind::Closing, label("Before we start", "Antes de empezar"), None),
        closing_blocks(b),
    );
    slides
}

fn scene_word(mode: LanguageMode) -> &'static str {
    match mode {
        LanguageMode::Only(Lang::Es) => "Escena",
        LanguageMode::Only(Lang::En) => "Scene",
        LanguageMode::Both => "Scene / Escena",
    }
}

fn head(kind: SlideKind, title: Text, subtitle: Option<Text>) -> Slide {
    Slide { kind, part: 1, parts: 1, title, subtitle, hazards: Vec::new(), blocks: Vec::new(), notes: None }
}

fn day_line(b: &Briefing) -> Text {
    let weekday_en = b.date.strftime("%A %-d %B %Y").to_string();
    let es_weekday = match b.date.weekday() {
        jiff::civil::Weekday::Monday => "lunes",
        jiff::civil::Weekday::Tuesday => "martes",
        jiff::civil::Weekday::Wednesday => "miércoles",
        jiff::civil::Weekday::Thursday => "jueves",
        jiff::civil::Weekday::Friday => "viernes",
        jiff::civil::Weekday::Saturday => "sábado",
        jiff::civil::Weekday::Sunday => "domingo",
    };
    const MONTHS: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let month = MONTHS.get(usize::try_from(b.date.month() - 1).unwrap_or(0)).copied().unwrap_or("");
    Text::Translated(vec![
        (Lang::En, format!("Day {} · {weekday_en}", b.day)),
        (Lang::Es, format!("Día {} · {es_weekday} {} de {month} de {}", b.day, b.date.day(), b.date.year())),
    ])
}

fn fact(label: Text, value: Text) -> Fact {
    Fact { label, value, tone: Tone::Normal }
}

fn person(c: &crate::briefing::Contact) -> Text {
    if c.phone.is_empty() { plain(&c.name) } else { plain(format!("{} · {}", c.name, c.phone)) }
}

fn opening_blocks(b: &Briefing) -> Vec<Block> {
    let mut facts = vec![
        fact(label("Location", "Locación"), b.location.clone()),
        fact(label("Crew call", "Llamado"), plain(format!("{} (UTC{})", b.crew_call.strftime("%H:%M"), b.utc_offset))),
    ];
    if let Some(ad) = b.contact(Role::FirstAd) {
        facts.push(fact(label("Briefing by", "Reunión dirigida por"), person(ad)));
    }
    let mut blocks = vec![Block::Facts(facts)];
    let key: Vec<Item> = b
        .contacts
        .iter()
        .filter(|c| c.role != Role::FirstAd)
        .map(|c| Item { text: titled(c.role.title(), person(c).best(Lang::En)), tone: Tone::Normal })
        .collect();
    if !key.is_empty() {
        blocks.push(Block::List { label: label("Key people today", "Personas clave hoy"), items: key });
    }
    blocks
}

fn emergency_blocks(b: &Briefing) -> Vec<Block> {
    let e = &b.emergency;
    let mut blocks = Vec::new();
    if !e.emergency_number.is_empty() {
        blocks.push(Block::Headline {
            label: label("Emergency number", "Número de emergencia"),
            value: plain(&e.emergency_number),
        });
    }
    let mut facts = Vec::new();
    if let Some(h) = &e.hospital {
        let mut value = format!("{}, {} · {}", h.name, h.address, h.phone);
        if let Some(d) = &h.distance {
            value.push_str(&format!(" ({d})"));
        }
        facts.push(Fact {
            label: label("Nearest hospital", "Hospital más cercano"),
            value: plain(value),
            tone: Tone::Emphasis,
        });
    }
    for medic in b.people_in(Role::SetMedic) {
        facts
            .push(Fact { label: label("Set medic", "Paramédico de set"), value: person(medic), tone: Tone::Emphasis });
    }
    let mut push = |l: Text, t: &Option<Text>, tone: Tone| {
        if let Some(t) = t {
            facts.push(Fact { label: l, value: t.clone(), tone });
        }
    };
    push(label("Muster point", "Punto de reunión"), &e.muster_point, Tone::Emphasis);
    push(label("First aid", "Primeros auxilios"), &e.first_aid, Tone::Normal);
    push(label("Fire extinguishers", "Extintores"), &e.extinguishers, Tone::Normal);
    push(label("Exits", "Salidas"), &e.exits, Tone::Normal);
    push(label("Report an injury or concern", "Reportar una lesión o inquietud"), &e.report_injury, Tone::Normal);
    if let Some(hotline) = &e.hotline {
        facts.push(fact(label("Anonymous safety hotline", "Línea anónima de seguridad"), plain(hotline)));
    }
    if let Some(rep) = b.contact(Role::SafetyRep) {
        facts.push(fact(label("Safety representative", "Representante de seguridad"), person(rep)));
    }
    blocks.push(Block::Facts(facts));
    blocks
}

fn incident_blocks(b: &Briefing) -> Vec<Block> {
    b.incidents
        .iter()
        .map(|i| {
            let (action, tone) = match &i.corrective_action {
                Some(a) => (a.clone(), Tone::Normal),
                None => (label("OPEN: no corrective action yet", "ABIERTO: aún sin acción correctiva"), Tone::Danger),
            };
            Block::Facts(vec![
                fact(plain(i.date.to_string()), i.what.clone()),
                Fact { label: label("Corrective action", "Acción correctiva"), value: action, tone },
            ])
        })
        .collect()
}

fn scene_blocks(b: &Briefing, scene: &Scene) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !scene.description.is_blank() {
        blocks.push(Block::Callout { text: scene.description.clone(), tone: Tone::Normal });
    }
    for hazard in &scene.hazards {
        let info = hazard.info();
        let mut details = hazard.detail_lines();
        details.extend(hazard.details().cloned());
        let points = info
            .standard_points
            .iter()
            .map(|p| Item {
                text: p.text.into(),
                tone: if p.id == crate::briefing::hazard::NO_LIVE_AMMUNITION { Tone::Danger } else { Tone::Normal },
            })
            .collect();
        blocks.push(Block::Hazard(HazardBlock {
            kind: info.kind,
            name: info.name.into(),
            reference: info.bulletin_reference(),
            details,
            points,
            continued: false,
        }));
    }
    let list = |blocks: &mut Vec<Block>, l: Text, items: &[Text]| {
        if !items.is_empty() {
            blocks.push(Block::List {
                label: l,
                items: items.iter().map(|t| Item { text: t.clone(), tone: Tone::Normal }).collect(),
            });
        }
    };
    // The word that stops everything leads the scene's own points, never trailing
    // alone on a last slide.
    if let Some(signal) = &scene.abort_signal {
        blocks.push(Block::Facts(vec![Fact {
            label: label("Abort signal", "Señal de aborto"),
            value: signal.clone(),
            tone: Tone::Danger,
        }]));
    }
    list(&mut blocks, label("This scene", "En esta escena"), &scene.points);
    list(&mut blocks, label("PPE", "Equipo de protección"), &scene.ppe);
    list(&mut blocks, label("Keep out", "Zonas de exclusión"), &scene.exclusion_zones);
    if !scene.responsible.is_empty() {
        let names: Vec<String> = scene
            .responsible
            .iter()
            .map(|n| {
                let roles = b.roles_of(n);
                match roles.first() {
                    Some(r) => format!("{n} ({})", r.title().en),
                    None => n.clone(),
                }
            })
            .collect();
        blocks.push(Block::Facts(vec![fact(label("Responsible", "Responsables"), plain(names.join(", ")))]));
    }
    blocks
}

fn closing_blocks(b: &Briefing) -> Vec<Block> {
    let mut blocks = vec![
        Block::Callout { text: label("Questions? Ask now.", "¿Preguntas? Hágalas ahora."), tone: Tone::Emphasis },
        Block::Callout {
            text: label(
                "Everyone has the right and the duty to speak up and to stop work when something is unsafe. Call CUT or HOLD; no one will be penalised for it.",
                "Todos tienen el derecho y el deber de hablar y de detener el trabajo cuando algo es inseguro. Grite CORTE o ALTO; nadie será sancionado por ello.",
            ),
            tone: Tone::Danger,
        },
    ];
    if let Some(hotline) = &b.emergency.hotline {
        blocks.push(Block::Facts(vec![fact(
            label("Anonymous safety hotline", "Línea anónima de seguridad"),
            plain(hotline),
        )]));
    }
    blocks.push(Block::Callout {
        text: label("Please sign the attendance now.", "Por favor firme la asistencia ahora."),
        tone: Tone::Emphasis,
    });
    blocks.push(Block::Note(plain(format!(
        "General Code of Safe Practices · CSATF Safety Bulletin {}",
        GENERAL_BULLETINS.iter().filter(|b| b.starts_with('#')).copied().collect::<Vec<_>>().join(", ")
    ))));
    blocks
}

/// Lines a text takes at the budget's width in `mode`.
fn text_lines(t: &Text, mode: LanguageMode, budget: Budget) -> f32 {
    // Each language's line is its own label, with the item spacing after it.
    t.lines(mode).iter().map(|s| wrapped_lines(s, budget) + 0.16).sum()
}

fn wrapped_lines(s: &str, budget: Budget) -> f32 {
    let chars = s.chars().count().max(1);
    chars.div_ceil(budget.chars_per_line) as f32
}

/// How much narrower a line of bold type holds than regular type of the same size.
const BOLD_WIDTH: f32 = 0.86;

/// The share of a slide's width that fact labels take; values wrap in the rest.
pub const FACT_LABEL_SHARE: f32 = 0.27;

/// A block's cost in body lines, headings counted at their larger size.
pub fn block_lines(block: &Block, mode: LanguageMode, budget: Budget) -> f32 {
    let heading = |t: &Text| 1.3 * t.lines(mode).len() as f32;
    match block {
        Block::Facts(facts) => {
            let value_budget = Budget {
                chars_per_line: ((budget.chars_per_line as f32) * (1.0 - FACT_LABEL_SHARE) * 0.95) as usize,
                ..budget
            };
            // Labels are set bold in a column FACT_LABEL_SHARE wide; measured against the
            // drawn slides, a label line holds FACT_LABEL / BODY of that column's body characters.
            let label_chars =
                budget.chars_per_line as f32 * type_scale::height_ratio(type_scale::FACT_LABEL) * FACT_LABEL_SHARE;
            let label_budget = Budget { chars_per_line: label_chars as usize, ..budget };
            facts
                .iter()
                .map(|f| {
                    let value = text_lines(&f.value, mode, value_budget);
                    let label = text_lines(&f.label, mode, label_budget) * 0.8;
                    value.max(label) + 0.25
                })
                .sum()
        }
        Block::Hazard(h) => {
            let name = if mode == LanguageMode::Both { 2.0 } else { 1.3 };
            // Points sit to the right of the pictogram and a bullet: a narrower column.
            let column = Budget { chars_per_line: budget.chars_per_line * 86 / 100, ..budget };
            name + h.details.iter().map(|d| text_lines(d, mode, column)).sum::<f32>()
                + h.points.iter().map(|p| text_lines(&p.text, mode, column) + 0.15).sum::<f32>()
        }
        Block::List { label, items } => {
            heading(label) + items.iter().map(|i| text_lines(&i.text, mode, budget) + 0.15).sum::<f32>()
        }
        Block::Note(text) => 0.8 * text_lines(text, mode, budget),
        Block::Headline { label, value } => {
            let big = Budget {
                chars_per_line: (budget.chars_per_line as f32 * type_scale::width_ratio(type_scale::HEADLINE)) as usize,
                ..budget
            };
            heading(label) + type_scale::height_ratio(type_scale::HEADLINE) * text_lines(value, mode, big) + 0.5
        }
        Block::Callout { text, tone } => {
            // Emphasised callouts are set bold and larger: fewer characters a line (bold
            // is wider still), taller lines.
            let (width, height) = if *tone == Tone::Normal {
                (1.0, 1.0)
            } else {
                (
                    type_scale::width_ratio(type_scale::CALLOUT) * BOLD_WIDTH,
                    type_scale::height_ratio(type_scale::CALLOUT),
                )
            };
            let callout = Budget { chars_per_line: (budget.chars_per_line as f32 * width) as usize, ..budget };
            height * text_lines(text, mode, callout) + 0.5
        }
    }
}

/// Splits `blocks` over as many copies of `head` as needed for each to fit.
fn paginate(head: &Slide, blocks: Vec<Block>, measure: &dyn Measure) -> Vec<Slide> {
    let room = measure.room(head);
    let mut pages: Vec<Vec<Block>> = vec![Vec::new()];
    let mut used = 0.0f32;
    let mut queue: std::collections::VecDeque<Block> = blocks.into();
    while let Some(block) = queue.pop_front() {
        let cost = measure.block(&block);
        let page_empty = pages.last().is_none_or(Vec::is_empty);
        if used + cost <= room || (page_empty && !splittable(&block)) {
            used += cost;
            if let Some(page) = pages.last_mut() {
                page.push(block);
            }
            continue;
        }
        if let Some((first, rest)) = split(&block, room - used, measure, page_empty) {
            if let Some(page) = pages.last_mut() {
                page.push(first);
            }
            queue.push_front(rest);
        } else {
            // Nothing of it fits here: start a new page and try again.
            // `split` always yields something on an empty page, so this terminates.
            if page_empty {
                if let Some(page) = pages.last_mut() {
                    page.push(block);
                }
                continue;
            }
            queue.push_front(block);
        }
        pages.push(Vec::new());
        used = 0.0;
    }
    pages.retain(|p| !p.is_empty());
    if pages.is_empty() {
        pages.push(Vec::new());
    }
    let parts = pages.len();
    pages.into_iter().enumerate().map(|(i, blocks)| Slide { part: i + 1, parts, blocks, ..head.clone() }).collect()
}

fn splittable(block: &Block) -> bool {
    match block {
        Block::Facts(f) => f.len() > 1,
        Block::Hazard(h) => h.points.len() + h.details.len() > 1,
        Block::List { items, .. } => items.len() > 1,
        Block::Callout { .. } | Block::Note(_) | Block::Headline { .. } => false,
    }
}

/// Splits a block so its first part fits in `room` lines. On an empty page at least
/// one row always goes in, so pagination always moves forward.
fn split(block: &Block, room: f32, measure: &dyn Measure, page_empty: bool) -> Option<(Block, Block)> {
    /// The items that fit in `room` and the rest; both parts are never empty.
    fn take_fitting<T>(items: &[T], room: f32, cost: impl Fn(&[T]) -> f32, force: bool) -> Option<(&[T], &[T])> {
        let mut n = 0;
        while let Some(head) = items.get(..=n)
            && cost(head) <= room
        {
            n += 1;
        }
        let n = if n == 0 && force { 1 } else { n.min(items.len().saturating_sub(1)) };
        if n == 0 { None } else { items.split_at_checked(n) }
    }
    let cost = |b: &Block| measure.block(b);
    match block {
        Block::Facts(facts) => take_fitting(facts, room, |f| cost(&Block::Facts(f.to_vec())), page_empty)
            .map(|(first, rest)| (Block::Facts(first.to_vec()), Block::Facts(rest.to_vec()))),
        Block::List { label: l, items } => {
            let make = |items: &[Item]| Block::List { label: l.clone(), items: items.to_vec() };
            take_fitting(items, room, |i| cost(&make(i)), page_empty).map(|(first, rest)| (make(first), make(rest)))
        }
        Block::Hazard(h) => {
            let with = |details: &[Text], points: &[Item], continued: bool| {
                Block::Hazard(HazardBlock {
                    details: details.to_vec(),
                    points: points.to_vec(),
                    continued,
                    ..h.clone()
                })
            };
            // As many points as fit after the details; the rest continue on the next part.
            let force = page_empty && h.details.is_empty();
            if let Some((first, rest)) =
                take_fitting(&h.points, room, |p| cost(&with(&h.details, p, h.continued)), force)
            {
                return Some((with(&h.details, first, h.continued), with(&[], rest, true)));
            }
            if !page_empty {
                return None;
            }
            // Not one point fits after the details on an empty part: the details go first,
            // alone or split, so a long list of them cannot run off the slide.
            if cost(&with(&h.details, &[], h.continued)) <= room && !h.points.is_empty() {
                return Some((with(&h.details, &[], h.continued), with(&[], &h.points, true)));
            }
            take_fitting(&h.details, room, |d| cost(&with(d, &[], h.continued)), true)
                .filter(|(_, rest)| !rest.is_empty() || !h.points.is_empty())
                .map(|(first, rest)| (with(first, &[], h.continued), with(rest, &h.points, true)))
        }
        Block::Callout { .. } | Block::Note(_) | Block::Headline { .. } => None,
    }
}

/// The text of every slide, flattened, for tests and search.
pub fn slide_text(slide: &Slide, mode: LanguageMode) -> String {
    let mut out = Vec::new();
    let mut t = |t: &Text| out.extend(t.lines(mode).into_iter().map(str::to_owned));
    t(&slide.title);
    if let Some(s) = &slide.subtitle {
        t(s);
    }
    for block in &slide.blocks {
        match block {
            Block::Facts(facts) => facts.iter().for_each(|f| {
                t(&f.label);
                t(&f.value);
            }),
            Block::Hazard(h) => {
                t(&h.name);
                t(&Text::Plain(h.reference.clone()));
                h.details.iter().for_each(&mut t);
                for p in &h.points {
                    t(&p.text);
                }
            }
            Block::List { label, items } => {
                t(label);
                for i in items {
                    t(&i.text);
                }
            }
            Block::Callout { text, .. } | Block::Note(text) => t(text),
            Block::Headline { label, value } => {
                t(label);
                t(value);
            }
        }
    }
    out.join("\n")
}
