//! The files a PDF carries inside it (PDF/A-3 attachments), read back by name.

use lopdf::{Document, Object};

/// Every embedded file of `pdf`: (name, bytes), from the catalog's `EmbeddedFiles` name tree.
pub fn files(pdf: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let doc = Document::load_mem(pdf).map_err(|e| e.to_string())?;
    let catalog = doc.catalog().map_err(|e| e.to_string())?;
    let names = catalog.get(b"Names").and_then(|n| doc.dereference(n)).map(|(_, o)| o).map_err(|e| e.to_string())?;
    let tree = names
        .as_dict()
        .and_then(|d| d.get(b"EmbeddedFiles"))
        .and_then(|t| doc.dereference(t))
        .map(|(_, o)| o)
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    walk(&doc, tree, &mut out, 0)?;
    Ok(out)
}

/// One node of a name tree: its `Names` pairs and its `Kids`, a few levels deep at most.
fn walk(doc: &Document, node: &Object, out: &mut Vec<(String, Vec<u8>)>, depth: usize) -> Result<(), String> {
    if depth > 8 {
        return Err("the attachments' name tree is nested too deep".to_owned());
    }
    let node = node.as_dict().map_err(|e| e.to_string())?;
    if let Ok(pairs) = node.get(b"Names").and_then(Object::as_array) {
        for pair in pairs.chunks(2) {
            let [name, spec] = pair else { continue };
            let name = doc.dereference(name).map(|(_, o)| o).and_then(Object::as_str).map_err(|e| e.to_string())?;
            out.push((String::from_utf8_lossy(name).into_owned(), contents(doc, spec)?));
        }
    }
    if let Ok(kids) = node.get(b"Kids").and_then(Object::as_array) {
        for kid in kids {
            let kid = doc.dereference(kid).map(|(_, o)| o).map_err(|e| e.to_string())?;
            walk(doc, kid, out, depth + 1)?;
        }
    }
    Ok(())
}

/// A file specification's embedded stream, decompressed.
fn contents(doc: &Document, spec: &Object) -> Result<Vec<u8>, String> {
    let spec = doc.dereference(spec).and_then(|(_, o)| o.as_dict()).map_err(|e| e.to_string())?;
    let ef =
        spec.get(b"EF").and_then(|e| doc.dereference(e)).and_then(|(_, o)| o.as_dict()).map_err(|e| e.to_string())?;
    let stream =
        ef.get(b"F").and_then(|f| doc.dereference(f)).and_then(|(_, o)| o.as_stream()).map_err(|e| e.to_string())?;
    Ok(stream.decompressed_content().unwrap_or_else(|_| stream.content.clone()))
}
