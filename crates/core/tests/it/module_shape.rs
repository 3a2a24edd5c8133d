//! The core's modules form no circle: a module that uses its sibling is not used by it
//! in return (directly or round other siblings). Two such circles were untied once
//! (`day`/`writer` over atomic writes, `event`/`journal`/`presented` over the session's
//! kind and SHA-256); this keeps them from coming back unnoticed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

/// `attendance/day.rs` is `[attendance, day]`; `attendance/mod.rs` is `[attendance]`.
fn module_of(src: &Path, file: &Path) -> Module {
    let mut parts: Module = file
        .strip_prefix(src)
        .unwrap()
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The code a module's own items use: comments and its unit tests left out (a doc link
/// or a test's helper is not a dependency of the module).
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// Every path after `crate::` or `super::`, with `{a::b, c}` groups spread out.
fn paths_after(code: &str, root: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    let needle = format!("{root}::");
    let mut rest = code;
    while let Some(at) = rest.find(&needle) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + needle.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || matches!(c, '_' | ':')).collect();
        let mut segments: Vec<String> = path.split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect();
        if rest[path.len()..].starts_with('{') {
            let group: String = rest[path.len() + 1..].chars().take_while(|c| *c != '}').collect();
            for item in group.split(',') {
                let mut full = segments.clone();
                full.extend(item.trim().split("::").filter(|s| !s.is_empty() && *s != "self").map(str::to_owned));
                found.push((root.to_owned(), full));
            }
            continue;
        }
        segments.retain(|s| s != "self");
        found.push((root.to_owned(), segments));
    }
    found
}

/// The longest known module a path names (its items are that module's).
fn resolve(known: &BTreeSet<Module>, mut path: Module) -> Module {
    while !path.is_empty() && !known.contains(&path) {
        path.pop();
    }
    path
}

/// The edge between the two children of the nearest common ancestor that hold `from`
/// and `to`; none when one holds the other (a parent re-exporting its children, a
/// child using its parent's items).
fn sibling_edge(from: &Module, to: &Module) -> Option<(Module, Module)> {
    let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
    if common == from.len() || common == to.len() {
        return None;
    }
    Some((from[..=common].to_vec(), to[..=common].to_vec()))
}

fn uses_between_siblings(src: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let files = setbrief_testkit::rust_files(src);
    let modules: Vec<(Module, PathBuf)> = files.iter().map(|f| (module_of(src, f), f.clone())).collect();
    let known: BTreeSet<Module> = modules.iter().map(|(m, _)| m.clone()).collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, file) in &modules {
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        for (root, path) in paths_after(&code, "crate").into_iter().chain(paths_after(&code, "super")) {
            let absolute = if root == "crate" {
                path
            } else {
                // A file's `super` is its directory's module; a mod.rs's is the one above
                // its directory: either way, its own module without the last segment.
                let mut parent = module.clone();
                parent.pop();
                parent.extend(path);
                parent
            };
            let target = resolve(&known, absolute);
            if let Some((a, b)) = sibling_edge(module, &target) {
                edges.entry(a).or_default().insert(b);
            }
        }
    }
    edges
}

/// A circle through `start`, if there is one.
fn circle_from(edges: &BTreeMap<Module, BTreeSet<Module>>, start: &Module) -> Option<Vec<Module>> {
    let mut stack = vec![(start.clone(), vec![start.clone()])];
    let mut seen = BTreeSet::new();
    while let Some((at, trail)) = stack.pop() {
        for next in edges.get(&at).into_iter().flatten() {
            if next == start {
                return Some(trail);
            }
            if seen.insert(next.clone()) {
                let mut longer = trail.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn the_cores_modules_form_no_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let edges = uses_between_siblings(&src);
    assert!(edges.len() > 5, "the scan found almost no uses between modules: {edges:?}");
    let circles: Vec<String> = edges
        .keys()
        .filter_map(|m| circle_from(&edges, m))
        .map(|c| c.iter().map(|m| m.join("::")).collect::<Vec<_>>().join(" -> "))
        .collect();
    assert!(circles.is_empty(), "modules that use each other in a circle:\n{}", circles.join("\n"));
}

#[test]
fn a_circle_between_two_files_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    std::fs::create_dir(src.join("attendance")).unwrap();
    std::fs::write(src.join("lib.rs"), "pub mod attendance;\n").unwrap();
    std::fs::write(src.join("attendance/mod.rs"), "mod day;\nmod writer;\npub use day::Day;\n").unwrap();
    std::fs::write(src.join("attendance/day.rs"), "use super::writer::write;\n// crate::attendance::x\n").unwrap();
    std::fs::write(src.join("attendance/writer.rs"), "use super::{day::Day, mod_item};\n").unwrap();
    let edges = uses_between_siblings(src);
    let day = vec!["attendance".to_owned(), "day".to_owned()];
    assert!(circle_from(&edges, &day).is_some(), "{edges:?}");
    std::fs::write(src.join("attendance/writer.rs"), "use crate::attendance::Day;\n").unwrap();
    let edges = uses_between_siblings(src);
    assert!(circle_from(&edges, &day).is_none(), "a use of the parent's re-export is no circle: {edges:?}");
}
