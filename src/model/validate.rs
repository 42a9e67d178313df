//! Validation: untrusted JSON text becomes [`RatingData`] or a list of
//! issues. Every problem is reported at once, each with its JSON path.
//! Nothing here panics on any input.

use super::input::{fields, ChartKind, Polarity, ValueMode, FORMAT_VERSION};
use super::issue::{issues, json_type_name, Issue, Severity};
use super::limits;
use super::rating::{Display, Group, RatingData, Source, Tier};
use crate::scale::color::{parse_color, ColorError};
use crate::scale::format::{default_locale, resolve_locale, Resolved};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The outcome of validation: the data when there is no error, and every
/// issue (errors and warnings) found.
#[derive(Debug, Clone)]
pub struct Validated {
    /// Valid data, present exactly when `issues` holds no error.
    pub data: Option<RatingData>,
    /// All issues, in document order.
    pub issues: Vec<Issue>,
}

impl Validated {
    /// Only the errors.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }
}

/// Validates rating data given as bytes (checks UTF-8 first).
pub fn validate_bytes(bytes: &[u8]) -> Validated {
    match std::str::from_utf8(bytes) {
        Ok(text) => validate(text),
        Err(e) => fail(vec![issues::not_utf8(e.valid_up_to())]),
    }
}

fn fail(issues: Vec<Issue>) -> Validated {
    Validated { data: None, issues }
}

/// Validates rating data given as JSON text.
pub fn validate(text: &str) -> Validated {
    if text.len() > limits::MAX_DOCUMENT_BYTES {
        return fail(vec![issues::document_too_large(text.len())]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let msg = e.to_string();
            let issue = if msg.contains("recursion limit") {
                issues::json_too_deep(e.line(), e.column())
            } else {
                // serde_json appends " at line L column C"; we say it our way.
                let detail = msg.split(" at line ").next().unwrap_or(&msg).to_string();
                issues::json_syntax(&detail, e.line(), e.column())
            };
            return fail(vec![issue]);
        }
    };
    let mut v = Walker { issues: Vec::new() };
    let data = v.root(&value);
    let has_error = v.issues.iter().any(|i| i.severity == Severity::Error);
    Validated {
        data: if has_error { None } else { data },
        issues: v.issues,
    }
}

/// `parent.key`, or `parent["odd key"]` for keys that are not identifiers.
fn join(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$');
    match (parent.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{parent}.{key}"),
        (_, false) => format!(
            "{parent}[{}]",
            serde_json::to_string(key).unwrap_or_default()
        ),
    }
}

fn index(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

/// A short rendering of a value for messages (never the whole document).
fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 40 {
        let cut: String = s.chars().take(37).collect();
        format!("{cut}…")
    } else {
        s
    }
}

struct Walker {
    issues: Vec<Issue>,
}

impl Walker {
    fn push(&mut self, issue: Issue) {
        self.issues.push(issue);
    }

    /// Warns about keys not in `allowed`.
    fn known_fields(&mut self, obj: &Map<String, Value>, path: &str, allowed: &[&str]) {
        for key in obj.keys() {
            if !allowed.contains(&key.as_str()) {
                self.push(issues::unknown_field(&join(path, key), allowed));
            }
        }
    }

    fn object<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a Map<String, Value>> {
        match v {
            Value::Object(m) => Some(m),
            other => {
                self.push(issues::wrong_type(path, "an object", json_type_name(other)));
                None
            }
        }
    }

    /// A text field: type, control characters, emptiness and length.
    fn text(&mut self, v: &Value, path: &str, max: usize, allow_newlines: bool) -> Option<String> {
        let Value::String(s) = v else {
            self.push(issues::wrong_type(path, "text", json_type_name(v)));
            return None;
        };
        let trimmed = s.trim();
        if trimmed.is_empty() {
            self.push(issues::empty_text(path));
            return None;
        }
        let chars = trimmed.chars().count();
        if chars > max {
            self.push(issues::text_too_long(path, chars, max));
            return None;
        }
        if let Some(c) = trimmed.chars().find(|&c| is_forbidden(c, allow_newlines)) {
            self.push(issues::text_control(path, u32::from(c)));
            return None;
        }
        Some(trimmed.to_string())
    }

    fn optional_text(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        max: usize,
        allow_newlines: bool,
    ) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => self.text(v, &join(path, key), max, allow_newlines),
        }
    }

    /// A count: a whole JSON number in 0..=2^53-1.
    fn count(&mut self, v: &Value, path: &str) -> Option<u64> {
        match v {
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    if u > limits::MAX_COUNT {
                        self.push(issues::count_too_large(path, &n.to_string()));
                        return None;
                    }
                    return Some(u);
                }
                if n.as_i64().is_some() {
                    self.push(issues::count_negative(path, &n.to_string()));
                    return None;
                }
                let f = n.as_f64().unwrap_or(f64::NAN);
                if !f.is_finite() || f.abs() > limits::MAX_COUNT as f64 {
                    if f < 0.0 {
                        self.push(issues::count_negative(path, &n.to_string()));
                    } else {
                        self.push(issues::count_too_large(path, &n.to_string()));
                    }
                    None
                } else if f < 0.0 {
                    self.push(issues::count_negative(path, &n.to_string()));
                    None
                } else if f.fract() != 0.0 {
                    self.push(issues::count_fractional(path, &n.to_string()));
                    None
                } else {
                    Some(f as u64)
                }
            }
            Value::String(s) => {
                self.push(issues::count_is_text(path, s));
                None
            }
            other => {
                self.push(issues::wrong_type(
                    path,
                    "a whole number",
                    json_type_name(other),
                ));
                None
            }
        }
    }

    fn root(&mut self, v: &Value) -> Option<RatingData> {
        let Value::Object(obj) = v else {
            self.push(issues::not_object(json_type_name(v)));
            return None;
        };
        self.known_fields(obj, "", fields::ROOT);

        match obj.get("version") {
            None => self.push(issues::missing("version", "the format version, 1")),
            Some(Value::Number(n)) if n.as_u64() == Some(FORMAT_VERSION) => {}
            Some(other) => self.push(issues::unsupported_version(&show(other))),
        }
        if let Some(s) = obj.get("$schema") {
            if !s.is_string() {
                self.push(issues::wrong_type("$schema", "text", json_type_name(s)));
            }
        }

        let title = self.optional_text(obj, "title", "", limits::MAX_TEXT_CHARS, false);
        let subtitle = self.optional_text(obj, "subtitle", "", limits::MAX_TEXT_CHARS, false);
        let notes = self.optional_text(obj, "notes", "", limits::MAX_NOTES_CHARS, true);
        let source = match obj.get("source") {
            None | Some(Value::Null) => None,
            Some(v) => self.source(v),
        };
        let locale = match obj.get("locale") {
            None | Some(Value::Null) => default_locale(),
            Some(Value::String(tag)) => match resolve_locale(tag) {
                Resolved::Exact(l) => l,
                Resolved::Fallback(l) => {
                    self.push(issues::locale_fallback(tag, l.tag));
                    l
                }
            },
            Some(other) => {
                self.push(issues::wrong_type(
                    "locale",
                    "a language tag such as \"vi-VN\"",
                    json_type_name(other),
                ));
                default_locale()
            }
        };

        let tiers = match obj.get("tiers") {
            None => {
                self.push(issues::missing("tiers", "the list of tiers of the scale"));
                None
            }
            Some(v) => self.tiers(v),
        };
        let groups = match (obj.get("groups"), &tiers) {
            (None, _) => {
                self.push(issues::missing("groups", "the list of rated groups"));
                None
            }
            (Some(v), Some(tiers)) => self.groups(v, tiers),
            // Without valid tiers, counts cannot be checked; still check shape.
            (Some(v), None) => {
                if !v.is_array() {
                    self.push(issues::wrong_type("groups", "a list", json_type_name(v)));
                }
                None
            }
        };
        let display = match obj.get("display") {
            None | Some(Value::Null) => Display {
                kind: ChartKind::Stacked,
                values: ValueMode::Shares,
                decimals: None,
            },
            Some(v) => self.display(v)?,
        };

        Some(RatingData {
            title,
            subtitle,
            source,
            notes,
            locale,
            tiers: tiers?,
            groups: groups?,
            display,
        })
    }

    fn source(&mut self, v: &Value) -> Option<Source> {
        let obj = self.object(v, "source")?;
        self.known_fields(obj, "source", fields::SOURCE);
        let text = match obj.get("text") {
            None => {
                self.push(issues::missing("source.text", "the source as printed"));
                None
            }
            Some(t) => self.text(t, "source.text", limits::MAX_TEXT_CHARS, false),
        };
        let url = match obj.get("url") {
            None | Some(Value::Null) => None,
            Some(u) => {
                let u = self.text(u, "source.url", 2_000, false)?;
                let lower = u.to_ascii_lowercase();
                let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
                    && !u.chars().any(char::is_whitespace)
                    && u.len() > "https://".len();
                if !ok {
                    self.push(issues::url_invalid("source.url"));
                    return None;
                }
                Some(u)
            }
        };
        Some(Source { text: text?, url })
    }

    fn tiers(&mut self, v: &Value) -> Option<Vec<Tier>> {
        let Value::Array(items) = v else {
            self.push(issues::wrong_type("tiers", "a list", json_type_name(v)));
            return None;
        };
        if items.is_empty() {
            self.push(issues::tiers_empty());
            return None;
        }
        if items.len() > limits::MAX_TIERS {
            self.push(issues::tiers_too_many(items.len()));
            return None;
        }
        let mut out = Vec::with_capacity(items.len());
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let path = index("tiers", i);
            let tier = self.tier(item, &path);
            match tier {
                Some(t) => {
                    if let Some(&first) = seen.get(&t.id) {
                        self.push(issues::tier_id_duplicate(&join(&path, "id"), &t.id, first));
                        ok = false;
                    } else {
                        seen.insert(t.id.clone(), i);
                    }
                    out.push(t);
                }
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn tier(&mut self, v: &Value, path: &str) -> Option<Tier> {
        let obj = self.object(v, path)?;
        self.known_fields(obj, path, fields::TIER);
        let id = match obj.get("id") {
            None => {
                self.push(issues::missing(
                    &join(path, "id"),
                    "the tier's id, e.g. \"good\"",
                ));
                None
            }
            Some(Value::String(s)) => {
                let valid = !s.is_empty()
                    && s.len() <= 64
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                if valid {
                    Some(s.clone())
                } else {
                    self.push(issues::tier_id_invalid(&join(path, "id"), s));
                    None
                }
            }
            Some(other) => {
                self.push(issues::wrong_type(
                    &join(path, "id"),
                    "text",
                    json_type_name(other),
                ));
                None
            }
        };
        let label = match obj.get("label") {
            None => {
                self.push(issues::missing(&join(path, "label"), "the tier's label"));
                None
            }
            Some(l) => self.text(l, &join(path, "label"), limits::MAX_LABEL_CHARS, false),
        };
        let color = match obj.get("color") {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(s)) => match parse_color(s) {
                Ok(c) => Some(Some(c)),
                Err(ColorError::Invalid) => {
                    self.push(issues::color_invalid(&join(path, "color"), s));
                    None
                }
                Err(ColorError::Transparent) => {
                    self.push(issues::color_transparent(&join(path, "color"), s));
                    None
                }
            },
            Some(other) => {
                self.push(issues::wrong_type(
                    &join(path, "color"),
                    "a colour as text, e.g. \"#1f5f99\"",
                    json_type_name(other),
                ));
                None
            }
        };
        let polarity = match obj.get("polarity") {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(s)) => match s.as_str() {
                "positive" => Some(Some(Polarity::Positive)),
                "neutral" => Some(Some(Polarity::Neutral)),
                "negative" => Some(Some(Polarity::Negative)),
                _ => {
                    self.push(issues::polarity_invalid(&join(path, "polarity"), s));
                    None
                }
            },
            Some(other) => {
                self.push(issues::polarity_invalid(
                    &join(path, "polarity"),
                    &show(other),
                ));
                None
            }
        };
        Some(Tier {
            id: id?,
            label: label?,
            color: color?,
            polarity: polarity?,
        })
    }

    fn groups(&mut self, v: &Value, tiers: &[Tier]) -> Option<Vec<Group>> {
        let Value::Array(items) = v else {
            self.push(issues::wrong_type("groups", "a list", json_type_name(v)));
            return None;
        };
        if items.is_empty() {
            self.push(issues::groups_empty());
            return None;
        }
        if items.len() > limits::MAX_GROUPS {
            self.push(issues::groups_too_many(items.len()));
            return None;
        }
        let mut out = Vec::with_capacity(items.len());
        let mut seen: HashMap<(String, Option<String>), usize> = HashMap::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let path = index("groups", i);
            match self.group(item, &path, tiers) {
                Some(g) => {
                    let key = (g.label.clone(), g.period.clone());
                    if let Some(&first) = seen.get(&key) {
                        self.push(issues::group_duplicate(
                            &join(&path, "label"),
                            &g.label,
                            first,
                        ));
                        ok = false;
                    } else {
                        seen.insert(key, i);
                    }
                    out.push(g);
                }
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn group(&mut self, v: &Value, path: &str, tiers: &[Tier]) -> Option<Group> {
        let obj = self.object(v, path)?;
        self.known_fields(obj, path, fields::GROUP);
        let label = match obj.get("label") {
            None => {
                self.push(issues::missing(&join(path, "label"), "the group's label"));
                None
            }
            Some(l) => self.text(l, &join(path, "label"), limits::MAX_LABEL_CHARS, false),
        };
        let period = match obj.get("period") {
            None | Some(Value::Null) => Some(None),
            Some(Value::Number(n)) if n.as_i64().is_some() => Some(Some(n.to_string())),
            Some(Value::String(s)) => self
                .text(
                    &Value::String(s.clone()),
                    &join(path, "period"),
                    limits::MAX_LABEL_CHARS,
                    false,
                )
                .map(Some),
            Some(other) => {
                self.push(issues::period_invalid(&join(path, "period"), &show(other)));
                None
            }
        };
        let total = match obj.get("total") {
            None | Some(Value::Null) => Some(None),
            Some(t) => self.count(t, &join(path, "total")).map(Some),
        };
        let counts_path = join(path, "counts");
        let counts = match obj.get("counts") {
            None => {
                self.push(issues::missing(&counts_path, "the count for each tier id"));
                None
            }
            Some(c) => self.counts(c, &counts_path, tiers, total.flatten().is_some()),
        };
        let counts = counts?;
        let total = total?;
        let sum = counts
            .iter()
            .flatten()
            .try_fold(0u64, |acc, &c| acc.checked_add(c))
            .filter(|&s| s <= limits::MAX_COUNT);
        let Some(sum) = sum else {
            self.push(issues::sum_too_large(&counts_path));
            return None;
        };
        let total = match total {
            Some(t) if t < sum => {
                self.push(issues::total_below_sum(&join(path, "total"), t, sum));
                return None;
            }
            Some(t) => t,
            None => sum,
        };
        Some(Group {
            label: label?,
            period: period?,
            counts,
            total,
        })
    }

    fn counts(
        &mut self,
        v: &Value,
        path: &str,
        tiers: &[Tier],
        has_total: bool,
    ) -> Option<Vec<Option<u64>>> {
        let obj = self.object(v, path)?;
        let mut ok = true;
        for key in obj.keys() {
            if !tiers.iter().any(|t| &t.id == key) {
                let ids: Vec<String> = tiers.iter().map(|t| format!("{:?}", t.id)).collect();
                self.push(issues::count_unknown_tier(&join(path, key), key, &ids));
                ok = false;
            }
        }
        let mut out = Vec::with_capacity(tiers.len());
        for tier in tiers {
            let p = join(path, &tier.id);
            match obj.get(&tier.id) {
                None | Some(Value::Null) if has_total => out.push(None),
                None | Some(Value::Null) => {
                    self.push(issues::count_missing(&p, &tier.id));
                    ok = false;
                }
                Some(c) => match self.count(c, &p) {
                    Some(n) => out.push(Some(n)),
                    None => ok = false,
                },
            }
        }
        ok.then_some(out)
    }

    fn display(&mut self, v: &Value) -> Option<Display> {
        let obj = self.object(v, "display")?;
        self.known_fields(obj, "display", fields::DISPLAY);
        let kind = match obj.get("kind") {
            None | Some(Value::Null) => Some(ChartKind::Stacked),
            Some(Value::String(s)) => match s.as_str() {
                "auto" | "stacked" => Some(ChartKind::Stacked),
                _ => {
                    self.push(issues::kind_unknown(s));
                    None
                }
            },
            Some(other) => {
                self.push(issues::kind_unknown(&show(other)));
                None
            }
        };
        let values = match obj.get("values") {
            None | Some(Value::Null) => Some(ValueMode::Shares),
            Some(Value::String(s)) if s == "shares" => Some(ValueMode::Shares),
            Some(Value::String(s)) if s == "counts" => Some(ValueMode::Counts),
            Some(other) => {
                let shown = other.as_str().map_or_else(|| show(other), str::to_string);
                self.push(issues::values_unknown(&shown));
                None
            }
        };
        let decimals = match obj.get("decimals") {
            None | Some(Value::Null) => Some(None),
            Some(Value::Number(n))
                if n.as_u64()
                    .is_some_and(|d| d <= u64::from(limits::MAX_DECIMALS)) =>
            {
                n.as_u64().map(|d| Some(d as u8))
            }
            Some(other) => {
                self.push(issues::decimals_range(&show(other)));
                None
            }
        };
        Some(Display {
            kind: kind?,
            values: values?,
            decimals: decimals?,
        })
    }
}

/// Characters that must not appear in labels: C0/C1 controls (line breaks
/// only where allowed), bidirectional overrides and isolates, and the BOM.
fn is_forbidden(c: char, allow_newlines: bool) -> bool {
    match c {
        '\n' => !allow_newlines,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' => true,
        _ => false,
    }
}
