//! The slide deck: what the crew sees, generated from a briefing, never hand-laid.
//!
//! Slides are built here, without any GUI type, so the presenter window, the
//! audience window and the tests all see the same deck. Slides are split so each
//! fits a 1280x720 window at the readable minimum type size (see [`Budget`]);
//! bigger windows scale the same layout up.

pub mod emergency_card;
pub mod follow;
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
    /// "CSATF Safety Bulletin #1, #2", in each language.
    pub reference: Text,
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
            (false, LanguageMode::Two(..)) => 2.0,
            (false, LanguageMode::Only(_)) => 0.5,
        };
        self.budget.lines - header_extra
    }

    fn block(&self, block: &Block) -> f32 {
        block_lines(block, self.mode, self.budget)
    }
}

fn label(key: &'static str) -> Text {
    StaticText::new(key).into()
}

/// "Armorer: Tom Brennan" in every language.
fn titled(title: StaticText, value: &str) -> Text {
    Text::each(|lang| title.fill_in(lang, value))
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
    paginate(&mut slides, head(SlideKind::Emergency, label("slide.in_an_emergency"), None), emergency_blocks(b));
    if !b.incidents.is_empty() {
        paginate(
            &mut slides,
            head(SlideKind::Incidents, label("slide.incidents_and_near_misses"), None),
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
    paginate(&mut slides, head(SlideKind::Closing, label("slide.before_we_start"), None), closing_blocks(b));
    slides
}

/// "Scene", or "Scene / Escena" on a deck of two languages: one line over the title.
fn scene_word(mode: LanguageMode) -> String {
    StaticText::new("slide.scene").lines(mode).join(" / ")
}

fn head(kind: SlideKind, title: Text, subtitle: Option<Text>) -> Slide {
    Slide { kind, part: 1, parts: 1, title, subtitle, hazards: Vec::new(), blocks: Vec::new(), notes: None }
}

fn day_line(b: &Briefing) -> Text {
    let weekday = match b.date.weekday() {
        jiff::civil::Weekday::Monday => "monday",
        jiff::civil::Weekday::Tuesday => "tuesday",
        jiff::civil::Weekday::Wednesday => "wednesday",
        jiff::civil::Weekday::Thursday => "thursday",
        jiff::civil::Weekday::Friday => "friday",
        jiff::civil::Weekday::Saturday => "saturday",
        jiff::civil::Weekday::Sunday => "sunday",
    };
    Text::each(|lang| {
        let weekday = crate::language::Words::lookup(&format!("date.weekday.{weekday}"), lang);
        let month = crate::language::Words::lookup(&format!("date.month.{}", b.date.month()), lang);
        StaticText::new("date.day_line").fill(
            lang,
            &[
                ("n", &b.day.to_string()),
                ("weekday", weekday),
                ("day", &b.date.day().to_string()),
                ("month", month),
                ("year", &b.date.year().to_string()),
            ],
        )
    })
}

fn fact(label: Text, value: Text) -> Fact {
    Fact { label, value, tone: Tone::Normal }
}

fn person(c: &crate::briefing::Contact) -> Text {
    if c.phone.is_empty() { plain(&c.name) } else { plain(format!("{} · {}", c.name, c.phone)) }
}

fn opening_blocks(b: &Briefing) -> Vec<Block> {
    let mut facts = vec![
        fact(label("slide.location"), b.location.clone()),
        fact(label("slide.crew_call"), plain(format!("{} (UTC{})", b.crew_call.strftime("%H:%M"), b.utc_offset))),
    ];
    if let Some(ad) = b.contact(Role::FirstAd) {
        facts.push(fact(label("slide.briefing_by"), person(ad)));
    }
    let mut blocks = vec![Block::Facts(facts)];
    let key: Vec<Item> = b
        .contacts
        .iter()
        .filter(|c| c.role != Role::FirstAd)
        .map(|c| Item { text: titled(c.role.title(), person(c).best(Lang::En)), tone: Tone::Normal })
        .collect();
    if !key.is_empty() {
        blocks.push(Block::List { label: label("slide.key_people_today"), items: key });
    }
    blocks
}

fn emergency_blocks(b: &Briefing) -> Vec<Block> {
    let e = &b.emergency;
    let mut blocks = Vec::new();
    if !e.emergency_number.is_empty() {
        blocks.push(Block::Headline { label: label("slide.emergency_number"), value: plain(&e.emergency_number) });
    }
    let mut facts = Vec::new();
    if let Some(h) = &e.hospital {
        let place = format!("{}, {} · {}", h.name, h.address, h.phone);
        let value = match &h.distance {
            Some(d) => d.map(|d| format!("{place} ({d})")),
            None => plain(place),
        };
        facts.push(Fact { label: label("slide.nearest_hospital"), value, tone: Tone::Emphasis });
    }
    for medic in b.people_in(Role::SetMedic) {
        facts.push(Fact { label: label("slide.set_medic"), value: person(medic), tone: Tone::Emphasis });
    }
    let mut push = |l: Text, t: &Option<Text>, tone: Tone| {
        if let Some(t) = t {
            facts.push(Fact { label: l, value: t.clone(), tone });
        }
    };
    push(label("slide.muster_point"), &e.muster_point, Tone::Emphasis);
    push(label("slide.first_aid"), &e.first_aid, Tone::Normal);
    push(label("slide.fire_extinguishers"), &e.extinguishers, Tone::Normal);
    push(label("slide.exits"), &e.exits, Tone::Normal);
    push(label("slide.report_an_injury_or_concern"), &e.report_injury, Tone::Normal);
    if let Some(hotline) = &e.hotline {
        facts.push(fact(label("slide.anonymous_safety_hotline"), hotline.clone()));
    }
    if let Some(rep) = b.contact(Role::SafetyRep) {
        facts.push(fact(label("slide.safety_representative"), person(rep)));
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
                None => (label("slide.open_no_corrective_action_yet"), Tone::Danger),
            };
            Block::Facts(vec![
                fact(plain(i.date.to_string()), i.what.clone()),
                Fact { label: label("slide.corrective_action"), value: action, tone },
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
            reference: Text::each(|lang| info.bulletin_reference_in(lang)),
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
            label: label("slide.abort_signal"),
            value: signal.clone(),
            tone: Tone::Danger,
        }]));
    }
    list(&mut blocks, label("slide.this_scene"), &scene.points);
    list(&mut blocks, label("slide.ppe"), &scene.ppe);
    list(&mut blocks, label("slide.keep_out"), &scene.exclusion_zones);
    if !scene.responsible.is_empty() {
        let names: Vec<(String, Option<StaticText>)> = scene
            .responsible
            .iter()
            .map(|n| {
                let roles = b.roles_of(n);
                match roles.first() {
                    Some(r) => (n.clone(), Some(r.title())),
                    None => (n.clone(), None),
                }
            })
            .collect();
        // Each role in the language of the line it is on.
        let named = Text::each(|lang| {
            let named: Vec<String> = names
                .iter()
                .map(|(n, title)| title.map_or_else(|| n.clone(), |t| format!("{n} ({})", t.get(lang))))
                .collect();
            named.join(", ")
        });
        blocks.push(Block::Facts(vec![fact(label("slide.responsible"), named)]));
    }
    blocks
}

fn closing_blocks(b: &Briefing) -> Vec<Block> {
    let mut blocks = vec![
        Block::Callout { text: label("slide.questions_ask_now"), tone: Tone::Emphasis },
        Block::Callout { text: label("slide.right_to_stop_work"), tone: Tone::Danger },
    ];
    if let Some(hotline) = &b.emergency.hotline {
        blocks.push(Block::Facts(vec![fact(label("slide.anonymous_safety_hotline"), hotline.clone())]));
    }
    blocks.push(Block::Callout { text: label("slide.please_sign_the_attendance_now"), tone: Tone::Emphasis });
    let bulletins = GENERAL_BULLETINS.iter().filter(|b| b.starts_with('#')).copied().collect::<Vec<_>>().join(", ");
    blocks.push(Block::Note(Text::each(|lang| {
        StaticText::new("slide.general_bulletins").fill(lang, &[("bulletins", &bulletins)])
    })));
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
            let name = if matches!(mode, LanguageMode::Two(..)) { 2.0 } else { 1.3 };
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
                t(&h.reference);
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
