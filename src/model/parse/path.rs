//! JSON paths: `groups[2].counts.good`, written out only when needed.

use super::json::push_json_string;

/// `parent.key`, or `parent["odd key"]` for keys that are not identifiers.
pub fn join(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$');
    match (parent.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => crate::scale::format::concat(&[parent, ".", key]),
        (_, false) => {
            let mut out = crate::scale::format::concat(&[parent, "["]);
            push_json_string(&mut out, key);
            out.push(']');
            out
        }
    }
}

/// `parent[i]`.
pub fn index(parent: &str, i: usize) -> String {
    let mut out = crate::scale::format::concat(&[parent, "["]);
    crate::scale::format::push_digits(&mut out, i as u64, 1);
    out.push(']');
    out
}

/// Where a value sits in the document. Written out as a JSON path (with
/// [`join`] and [`index`]) only when something is reported there: most
/// values never are, and building every path up front was most of the work
/// of validation.
#[derive(Clone, Copy)]
pub(crate) enum At<'a> {
    /// A path already written out (`""` for the whole document).
    Path(&'a str),
    /// A key of the object at a path.
    Key(&'a At<'a>, &'a str),
    /// An item of the list at a path.
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    /// The JSON path, e.g. `groups[2].counts.good`.
    pub(crate) fn render(&self) -> String {
        match self {
            At::Path(p) => (*p).to_string(),
            At::Key(parent, key) => join(&parent.render(), key),
            At::Index(parent, i) => index(&parent.render(), *i),
        }
    }
}

/// The whole document.
pub(crate) const ROOT: At<'static> = At::Path("");
