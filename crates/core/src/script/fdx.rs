//! Final Draft (`.fdx`) scripts.
//!
//! XML paragraphs typed "Scene Heading" (with the scene's `Number`), "Character",
//! "Action"...; breakdown tags as `TagData` (categories, definitions, tags), referred to
//! from the tagged text by `TagNumber`.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};

use super::{ScriptScene, split_heading};

/// The scenes of a Final Draft file, or why it cannot be read.
pub fn read(bytes: &[u8]) -> Result<Vec<ScriptScene>, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}"))?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut scenes: Vec<ScriptScene> = Vec::new();
    let mut tagging = Tagging::default();
    let mut paragraph: Option<Paragraph> = None;
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(|e| format!("at byte {}: {e}", reader.buffer_position()))? {
            Event::Start(e) => match e.local_name().as_ref() {
                "Paragraph" => paragraph = Some(Paragraph::of(&e)),
                "Text" => {
                    in_text = true;
                    if let (Some(tag), Some(p)) = (attribute(&e, "TagNumber"), &mut paragraph) {
                        p.tag_numbers.push(tag);
                    }
                }
                "DefId" => tagging.in_def_id = true,
                "Tag" => tagging.tag_number = attribute(&e, "Number"),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "TagCategory" => {
                    if let (Some(id), Some(name)) = (attribute(&e, "Id"), attribute(&e, "Name")) {
                        tagging.categories.insert(id, name);
                    }
                }
                "TagDefinition" => {
                    if let (Some(id), Some(category), Some(label)) =
                        (attribute(&e, "Id"), attribute(&e, "CatId"), attribute(&e, "Label"))
                    {
                        tagging.definitions.insert(id, (category, label));
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                if let Some(p) = &mut paragraph {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_text => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&r.xml10_content()).map(str::to_owned),
                };
                if let (Some(p), Some(s)) = (&mut paragraph, resolved) {
                    p.text.push_str(&s);
                }
            }
            Event::Text(t) if tagging.in_def_id => {
                if let Some(number) = tagging.tag_number.clone() {
                    tagging.tags.insert(number, t.xml10_content().trim().to_owned());
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "Text" => in_text = false,
                "DefId" => tagging.in_def_id = false,
                "Paragraph" => {
                    if let Some(p) = paragraph.take() {
                        p.into_scene(&mut scenes);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    tagging.attach(&mut scenes);
    Ok(scenes)
}

/// A paragraph being read: its type, the scene number it gives, its text, its tags.
struct Paragraph {
    kind: String,
    number: Option<String>,
    text: String,
    tag_numbers: Vec<String>,
}

impl Paragraph {
    fn of(e: &BytesStart<'_>) -> Self {
        Self {
            kind: attribute(e, "Type").unwrap_or_default(),
            number: attribute(e, "Number").filter(|n| !n.trim().is_empty()),
            text: String::new(),
            tag_numbers: Vec::new(),
        }
    }

    fn into_scene(self, scenes: &mut Vec<ScriptScene>) {
        let text = self.text.trim().to_owned();
        if self.kind == "Scene Heading" {
            let (int_ext, set) = split_heading(&text).unwrap_or((None, text.as_str()));
            let mut scene = ScriptScene { number: self.number, int_ext, set: set.to_owned(), ..ScriptScene::default() };
            // Tags on the heading itself belong to the scene too.
            scene.tags = self.tag_numbers.into_iter().map(|n| (String::new(), n)).collect();
            scenes.push(scene);
            return;
        }
        let Some(scene) = scenes.last_mut() else { return };
        scene.tags.extend(self.tag_numbers.into_iter().map(|n| (String::new(), n)));
        match self.kind.as_str() {
            "Character" => {
                let name = text.split('(').next().unwrap_or_default().trim().to_owned();
                if !name.is_empty() && !scene.cast.contains(&name) {
                    scene.cast.push(name);
                }
            }
            "Action" | "General" if !text.is_empty() => scene.action.push(text),
            _ => {}
        }
    }
}

/// The file's breakdown: categories by id, definitions by id, tags by number.
#[derive(Default)]
struct Tagging {
    categories: HashMap<String, String>,
    definitions: HashMap<String, (String, String)>,
    tags: HashMap<String, String>,
    tag_number: Option<String>,
    in_def_id: bool,
}

impl Tagging {
    /// Each scene's tag numbers as (category, item).
    fn attach(&self, scenes: &mut [ScriptScene]) {
        for scene in scenes {
            let numbers = std::mem::take(&mut scene.tags);
            for (_, number) in numbers {
                let Some((category, label)) = self.tags.get(&number).and_then(|def| self.definitions.get(def)) else {
                    continue;
                };
                let name = self.categories.get(category).cloned().unwrap_or_default();
                let tag = (name, label.clone());
                if !scene.tags.contains(&tag) {
                    scene.tags.push(tag);
                }
            }
        }
    }
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::default()).ok())
        .map(|v| v.into_owned())
}
