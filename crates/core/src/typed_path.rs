//! A path as a person pastes it.
//!
//! What a file manager copies (`file:///home/ana/Crew%20List.csv`), a path in quotes
//! (`"/home/ana/Crew List.csv"`, as a shell or Windows' "Copy as path" writes it), or
//! with spaces around it.

use std::path::PathBuf;

/// The file `typed` names.
pub fn from_typed(typed: &str) -> PathBuf {
    let trimmed = typed.trim();
    let unquoted = ['"', '\'']
        .into_iter()
        .find_map(|q| trimmed.strip_prefix(q).and_then(|t| t.strip_suffix(q)))
        .unwrap_or(trimmed)
        .trim();
    match unquoted.strip_prefix("file://") {
        // `file://localhost/...` and `file:///...` both name a local file.
        Some(rest) => {
            let path = rest.strip_prefix("localhost").unwrap_or(rest);
            PathBuf::from(percent_encoding::percent_decode_str(path).decode_utf8_lossy().into_owned())
        }
        None => PathBuf::from(unquoted),
    }
}

/// What a path box should show instead of `typed`, when `typed` was pasted as a URL or
/// in quotes: the path itself, so completions and the reader see the file.
pub fn tidied(typed: &str) -> Option<String> {
    let trimmed = typed.trim_start();
    let pasted = trimmed.starts_with("file://") || trimmed.starts_with(['"', '\'']);
    pasted.then(|| from_typed(typed).display().to_string())
}

#[cfg(test)]
mod tests {
    use super::from_typed;

    #[test]
    fn what_file_managers_and_shells_copy_names_the_file() {
        for typed in [
            "/home/ana/Crew List.csv",
            "  /home/ana/Crew List.csv \n",
            "\"/home/ana/Crew List.csv\"",
            "'/home/ana/Crew List.csv'",
            "file:///home/ana/Crew%20List.csv",
            "file://localhost/home/ana/Crew%20List.csv",
        ] {
            assert_eq!(from_typed(typed), std::path::Path::new("/home/ana/Crew List.csv"), "{typed:?}");
        }
        assert_eq!(from_typed("file:///tmp/Lac%20Br%C3%BBl%C3%A9.ron"), std::path::Path::new("/tmp/Lac Brûlé.ron"));
    }
}
