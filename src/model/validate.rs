//! Validation: untrusted JSON text becomes [`RatingData`] or a list of
//! issues. Every problem is reported at once, each with its JSON path.
//! Nothing here panics on any input.

use super::input::{fields, ChartKind, Polarity, ThemeMode, ValueMode, FORMAT_VERSION};
use super::issue::{issues, Expected, Issue, Lang, Required, Severity};
use super::limits;
use super::parse::{index, join, parse, At, Json, Object, ROOT};
use super::rating::{
    Basis, DataTheme, Display, Group, RatingData, Source, Tier, SHARE_UNITS_PER_PERCENT,
};
use crate::scale::color::{parse_color, ColorError, Rgb};
use crate::scale::format::{default_locale, resolve_locale, Resolved};
use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The outcome of validation: the data when there is no error, and every
/// issue (errors and warnings) found.
#[derive(Debug, Clone)]
pub struct Validated {
    /// Valid data, present exactly when `issues` holds no error.
    pub data: Option<RatingData>,
    /// All issues, in document order (at most [`limits::MAX_ISSUES`], then
    /// one `issues.truncated` saying how many more there were).
    pub issues: Vec<Issue>,
    /// The language the messages are in.
    pub lang: Lang,
}

impl Validated {
    /// Only the errors.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }
}

/// Validates rating data given as bytes (checks size and UTF-8 first).
/// Messages as in [`validate`].
pub fn validate_bytes(bytes: &[u8]) -> Validated {
    validate_bytes_in(bytes, None)
}

/// Validates rating data given as bytes, with messages in `lang` (or, for
/// `None`, as in [`validate`]).
pub fn validate_bytes_in(bytes: &[u8], lang: Option<Lang>) -> Validated {
    let l = lang.unwrap_or(Lang::En);
    if bytes.len() > limits::MAX_DOCUMENT_BYTES {
        return fail(l, vec![issues::document_too_large(l, bytes.len())]);
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return fail(l, vec![issues::utf16(l)]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => validate_in(text, lang),
        Err(e) => fail(l, vec![issues::not_utf8(l, e.valid_up_to())]),
    }
}

fn fail(lang: Lang, issues: Vec<Issue>) -> Validated {
    Validated {
        data: None,
        issues,
        lang,
    }
}

/// Validates rating data given as JSON text. Messages are in Vietnamese
/// when the document's `locale` is Vietnamese or absent (the format's
/// default locale is `vi-VN`), in English for any other locale and when the
/// text is not a JSON document at all.
pub fn validate(text: &str) -> Validated {
    validate_in(text, None)
}

/// Validates rating data given as JSON text, with messages in `lang`; `None`
/// picks the language as [`validate`] does.
pub fn validate_in(text: &str, lang: Option<Lang>) -> Validated {
    let fallback = lang.unwrap_or(Lang::En);
    if text.len() > limits::MAX_DOCUMENT_BYTES {
        return fail(
            fallback,
            vec![issues::document_too_large(fallback, text.len())],
        );
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let parsed = match parse(text) {
        Ok(p) => p,
        Err(e) => {
            let issue = if e.too_deep {
                issues::json_too_deep(fallback, e.line, e.column)
            } else {
                issues::json_syntax(fallback, &e.kind, e.line, e.column)
            };
            return fail(fallback, vec![issue]);
        }
    };
    let l = lang.unwrap_or_else(|| document_lang(&parsed.value));
    let mut w = Walker {
        lang: l,
        issues: Vec::new(),
        silenced: BTreeSet::new(),
        dropped: 0,
        dropped_error: false,
    };
    for (path, key) in &parsed.duplicates {
        w.push(issues::duplicate_key(l, path, key));
    }
    for (path, token) in &parsed.non_finite {
        w.push(if is_count_path(path) {
            issues::count_not_finite(l, path, token)
        } else {
            issues::number_not_finite(l, path, token)
        });
    }
    if parsed.unrecorded > 0 {
        w.dropped += parsed.unrecorded;
        w.dropped_error = true;
    }
    // A NaN was read as null: what the walker would say about that null
    // (missing, wrong type) is already said.
    // Inserted one by one: `collect` into a set would bring in a sort.
    for (p, _) in parsed.non_finite {
        w.silenced.insert(p);
    }
    let data = w.root(&parsed.value);
    if w.dropped > 0 {
        w.issues
            .push(issues::truncated(l, w.dropped, w.dropped_error));
    }
    let has_error = w.issues.iter().any(|i| i.severity == Severity::Error);
    Validated {
        data: if has_error { None } else { data },
        issues: w.issues,
        lang: l,
    }
}

/// The language of messages for a parsed document: that of its locale
/// (after fallback), Vietnamese when it has none.
fn document_lang(v: &Json) -> Lang {
    match v.get("locale") {
        Some(Json::String(tag)) => {
            let l = match resolve_locale(tag) {
                Resolved::Exact(l) | Resolved::Fallback(l) => l,
            };
            Lang::for_locale_tag(l.tag)
        }
        _ => Lang::for_locale_tag(default_locale().tag),
    }
}

/// Whether a path names a group's count or total.
fn is_count_path(path: &str) -> bool {
    path.starts_with("groups[") && (path.contains("].counts") || path.ends_with("].total"))
}

/// A short rendering of a value for messages (never the whole document,
/// and never more work than that).
fn show(v: &Json) -> String {
    const MAX: usize = 40;
    let mut s = String::new();
    v.write_compact(&mut s, MAX * 4);
    if s.chars().count() > MAX {
        let cut: String = s.chars().take(MAX - 3).collect();
        format!("{cut}…")
    } else {
        s
    }
}

struct Walker {
    lang: Lang,
    issues: Vec<Issue>,
    /// Paths whose value was a NaN/Infinity marker, already reported.
    silenced: BTreeSet<String>,
    /// Issues beyond [`limits::MAX_ISSUES`]: how many, and whether any
    /// was an error.
    dropped: usize,
    dropped_error: bool,
}

/// Tier ids refused because they name properties every JavaScript object
/// has: a consumer that looks counts up by id must never reach them.
const RESERVED_IDS: &[&str] = &[
    "__proto__",
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__",
    "constructor",
    "prototype",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
];

impl Walker {
    fn push(&mut self, issue: Issue) {
        if self.silenced.contains(&issue.path) {
            return;
        }
        if self.full() {
            self.skip(issue.severity);
        } else {
            self.issues.push(issue);
        }
    }

    /// Whether no more issues are listed (later ones are only counted).
    fn full(&self) -> bool {
        self.issues.len() >= limits::MAX_ISSUES
    }

    fn skip(&mut self, severity: Severity) {
        self.dropped += 1;
        self.dropped_error |= severity == Severity::Error;
    }

    /// Warns about keys not in `allowed`.
    fn known_fields(&mut self, obj: &Object, path: &At, allowed: &[&str]) {
        for key in obj.keys() {
            if allowed.contains(&key) {
                continue;
            }
            if self.full() {
                self.skip(Severity::Warning);
                continue;
            }
            let issue = issues::unknown_field(
                self.lang,
                &At::Key(path, key).render(),
                key,
                suggest(key, allowed),
                allowed,
            );
            self.push(issue);
        }
    }

    fn wrong_type(&mut self, path: &At, expected: Expected, v: &Json) {
        self.push(issues::wrong_type(self.lang, &path.render(), expected, v));
    }

    fn object<'a, 'v>(&mut self, v: &'a Json<'v>, path: &At) -> Option<&'a Object<'v>> {
        match v {
            Json::Object(m) => Some(m),
            other => {
                self.wrong_type(path, Expected::Object, other);
                None
            }
        }
    }

    /// A text field: type, emptiness, length, control, direction and
    /// invisible characters. Returns the text trimmed.
    fn text(&mut self, v: &Json, path: &At, max: usize, allow_newlines: bool) -> Option<String> {
        let l = self.lang;
        let Json::String(s) = v else {
            self.wrong_type(path, Expected::Text, v);
            return None;
        };
        let normalized;
        let s: &str = if allow_newlines && s.contains('\r') {
            normalized = s.replace("\r\n", "\n");
            &normalized
        } else {
            s
        };
        let trimmed = s.trim();
        // One pass over the characters; the checks are reported in the order
        // below, each naming the first character at fault.
        let mut visible = false;
        let mut chars = 0;
        let (mut bidi, mut control, mut invisible) = (None, None, None);
        for c in trimmed.chars() {
            chars += 1;
            visible = visible || (!c.is_whitespace() && (c.is_ascii() || !is_invisible(c)));
            if c.is_ascii() && !c.is_ascii_control() {
                continue;
            }
            if bidi.is_none() && is_bidi_control(c) {
                bidi = Some(c);
            }
            if control.is_none() && is_forbidden(c, allow_newlines) {
                control = Some(c);
            }
            if invisible.is_none() && is_suspicious(c) {
                invisible = Some(c);
            }
        }
        if !visible {
            self.push(issues::empty_text(l, &path.render()));
            return None;
        }
        if chars > max {
            self.push(issues::text_too_long(l, &path.render(), chars, max));
            return None;
        }
        if let Some(c) = bidi {
            self.push(issues::text_bidi(l, &path.render(), u32::from(c)));
            return None;
        }
        if let Some(c) = control {
            self.push(issues::text_control(l, &path.render(), u32::from(c)));
            return None;
        }
        if let Some(c) = invisible {
            self.push(issues::text_invisible(l, &path.render(), u32::from(c)));
        }
        Some(trimmed.to_string())
    }

    fn optional_text(
        &mut self,
        obj: &Object,
        key: &str,
        path: &At,
        max: usize,
        allow_newlines: bool,
    ) -> Option<String> {
        match obj.get(key) {
            None | Some(Json::Null) => None,
            Some(v) => self.text(v, &At::Key(path, key), max, allow_newlines),
        }
    }

    /// A count: a whole JSON number in 0..=2^53-1.
    fn count(&mut self, v: &Json, path: &At) -> Option<u64> {
        let l = self.lang;
        match v {
            Json::Number(n) => {
                // Written out only for a message.
                let shown = || super::parse::number_text(n);
                if let Some(u) = n.as_u64() {
                    if u > limits::MAX_COUNT {
                        self.push(issues::count_too_large(l, &path.render(), &shown()));
                        return None;
                    }
                    return Some(u);
                }
                if n.as_i64().is_some() {
                    self.push(issues::count_negative(l, &path.render(), &shown()));
                    return None;
                }
                // Neither u64 nor i64: a double, always finite from JSON.
                let f = n.as_f64().unwrap_or(f64::NAN);
                if f < 0.0 {
                    self.push(issues::count_negative(l, &path.render(), &shown()));
                    None
                } else if f.is_nan() || f > limits::MAX_COUNT as f64 {
                    self.push(issues::count_too_large(l, &path.render(), &shown()));
                    None
                } else if f.fract() != 0.0 {
                    self.push(issues::count_fractional(l, &path.render(), &shown()));
                    None
                } else {
                    // Whole, 0 ≤ f ≤ 2^53 − 1: exact as u64.
                    Some(f as u64)
                }
            }
            Json::String(s) => {
                self.push(issues::count_is_text(l, &path.render(), s));
                None
            }
            other => {
                self.wrong_type(path, Expected::WholeNumber, other);
                None
            }
        }
    }

    fn root(&mut self, v: &Json) -> Option<RatingData> {
        let l = self.lang;
        let Json::Object(obj) = v else {
            self.push(issues::not_object(l, v));
            return None;
        };
        self.known_fields(obj, &ROOT, fields::ROOT);

        match obj.get("version") {
            None => self.push(issues::missing(l, "version", Required::Version)),
            Some(Json::Number(n)) if n.as_u64() == Some(FORMAT_VERSION) => {}
            // "1" in quotes: the right version, written as text.
            Some(text @ Json::String(s)) if s.trim() == FORMAT_VERSION.to_string() => {
                self.push(issues::version_as_text(l, &show(text)))
            }
            Some(other) => self.push(issues::unsupported_version(l, &show(other))),
        }
        if let Some(s) = obj.get("$schema") {
            if !s.is_string() && !s.is_null() {
                self.wrong_type(&At::Path("$schema"), Expected::Text, s);
            }
        }

        let title = self.optional_text(obj, "title", &ROOT, limits::MAX_TEXT_CHARS, false);
        let subtitle = self.optional_text(obj, "subtitle", &ROOT, limits::MAX_TEXT_CHARS, false);
        let notes = self.optional_text(obj, "notes", &ROOT, limits::MAX_NOTES_CHARS, true);
        let source = match obj.get("source") {
            None | Some(Json::Null) => None,
            Some(v) => self.source(v),
        };
        let locale = match obj.get("locale") {
            None | Some(Json::Null) => default_locale(),
            Some(Json::String(tag)) => match resolve_locale(tag) {
                Resolved::Exact(loc) => loc,
                Resolved::Fallback(loc) => {
                    self.push(issues::locale_fallback(l, tag, loc.tag));
                    loc
                }
            },
            Some(other) => {
                self.wrong_type(&At::Path("locale"), Expected::LanguageTag, other);
                default_locale()
            }
        };

        let tiers = match obj.get("tiers") {
            None => {
                self.push(issues::missing(l, "tiers", Required::Tiers));
                None
            }
            Some(v) => self.tiers(v),
        };
        let groups = match (obj.get("groups"), &tiers) {
            (None, _) => {
                self.push(issues::missing(l, "groups", Required::Groups));
                None
            }
            (Some(v), Some(tiers)) => self.groups(v, tiers),
            // Without valid tiers, counts cannot be checked; still check shape.
            (Some(v), None) => {
                if !v.is_array() {
                    self.wrong_type(&At::Path("groups"), Expected::List, v);
                }
                None
            }
        };
        let display = match obj.get("display") {
            None | Some(Json::Null) => Display {
                kind: ChartKind::Auto,
                values: ValueMode::Shares,
                decimals: None,
            },
            Some(v) => self.display(v)?,
        };
        let n_tiers = tiers.as_ref().map(Vec::len);
        let theme = match obj.get("theme") {
            None | Some(Json::Null) => Some(DataTheme::default()),
            Some(v) => self.theme(v, n_tiers),
        };

        let (tiers, (groups, basis)) = (tiers?, groups?);
        let mut display = display;
        display.kind = resolve_kind(display.kind, &tiers, &groups);
        if matches!(basis, Basis::Shares { .. }) && display.values == ValueMode::Counts {
            self.push(issues::values_counts_shares_only(l));
        }
        Some(RatingData {
            title,
            subtitle,
            source,
            notes,
            locale,
            tiers,
            groups,
            display,
            basis,
            theme: theme?,
        })
    }

    /// A colour: a CSS colour text, opaque.
    fn color(&mut self, v: &Json, path: &At) -> Option<Rgb> {
        let l = self.lang;
        match v {
            Json::String(s) => match parse_color(s) {
                Ok(c) => Some(c),
                Err(ColorError::Invalid) => {
                    self.push(issues::color_invalid(l, &path.render(), s));
                    None
                }
                Err(ColorError::Transparent) => {
                    self.push(issues::color_transparent(l, &path.render(), s));
                    None
                }
            },
            other => {
                self.wrong_type(path, Expected::ColorText, other);
                None
            }
        }
    }

    fn optional_color(&mut self, obj: &Object, key: &str) -> Option<Option<Rgb>> {
        match obj.get(key) {
            None | Some(Json::Null) => Some(None),
            Some(v) => self.color(v, &At::Key(&At::Path("theme"), key)).map(Some),
        }
    }

    /// The data's theme; `n_tiers` when the tiers are valid (to check the
    /// palette's length).
    fn theme(&mut self, v: &Json, n_tiers: Option<usize>) -> Option<DataTheme> {
        let l = self.lang;
        let obj = self.object(v, &At::Path("theme"))?;
        self.known_fields(obj, &At::Path("theme"), fields::THEME);
        let mut ok = true;
        let font = match obj.get("font") {
            None | Some(Json::Null) => None,
            Some(v) => {
                let path = "theme.font";
                match self.text(v, &At::Path(path), MAX_FONT_CHARS, false) {
                    Some(f) if font_is_safe(&f) => Some(f.replace('"', "'")),
                    Some(f) => {
                        self.push(issues::theme_font_invalid(l, path, &f));
                        ok = false;
                        None
                    }
                    None => {
                        ok = false;
                        None
                    }
                }
            }
        };
        let mut palette = Vec::new();
        match obj.get("palette") {
            None | Some(Json::Null) => {}
            Some(Json::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    match self.color(item, &At::Index(&At::Path("theme.palette"), i)) {
                        Some(c) => palette.push(c),
                        None => ok = false,
                    }
                }
                if let Some(n) = n_tiers {
                    if items.len() < n {
                        self.push(issues::palette_too_short(
                            l,
                            "theme.palette",
                            items.len(),
                            n,
                        ));
                        ok = false;
                    }
                }
            }
            Some(other) => {
                self.wrong_type(&At::Path("theme.palette"), Expected::List, other);
                ok = false;
            }
        }
        let paper = self.optional_color(obj, "paper");
        let ink = self.optional_color(obj, "ink");
        let muted = self.optional_color(obj, "muted");
        let mode = match obj.get("mode") {
            None | Some(Json::Null) => Some(None),
            Some(Json::String(s)) if s == "light" => Some(Some(ThemeMode::Light)),
            Some(Json::String(s)) if s == "dark" => Some(Some(ThemeMode::Dark)),
            Some(other) => {
                self.push(issues::theme_mode_unknown(l, "theme.mode", &show(other)));
                None
            }
        };
        let (paper, ink, muted, mode) = (paper?, ink?, muted?, mode?);
        if !ok {
            return None;
        }
        let theme = DataTheme {
            font,
            palette,
            paper,
            ink,
            muted,
            mode,
        };
        // Text must stay readable on the paper (WCAG AA for normal text).
        if paper.is_some() || ink.is_some() || muted.is_some() {
            let dark = mode == Some(ThemeMode::Dark);
            let base = crate::scale::color::base_colors(dark);
            let p = paper.unwrap_or(base.paper);
            for (key, given, fallback) in [("ink", ink, base.ink), ("muted", muted, base.muted)] {
                let c = given.unwrap_or(fallback);
                let ratio = c.contrast(p);
                if ratio < 4.5 && (given.is_some() || paper.is_some()) {
                    let path = if given.is_some() {
                        join("theme", key)
                    } else {
                        "theme.paper".to_string()
                    };
                    self.push(issues::theme_contrast(l, &path, key, ratio));
                }
            }
        }
        Some(theme)
    }

    fn source(&mut self, v: &Json) -> Option<Source> {
        let obj = self.object(v, &At::Path("source"))?;
        self.known_fields(obj, &At::Path("source"), fields::SOURCE);
        let text = match obj.get("text") {
            None => {
                self.push(issues::missing(
                    self.lang,
                    "source.text",
                    Required::SourceText,
                ));
                None
            }
            Some(t) => self.text(t, &At::Path("source.text"), limits::MAX_TEXT_CHARS, false),
        };
        let url = match obj.get("url") {
            None | Some(Json::Null) => None,
            Some(u) => {
                let u = self.text(u, &At::Path("source.url"), limits::MAX_URL_CHARS, false)?;
                let lower = u.to_ascii_lowercase();
                let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
                    && !u.chars().any(|c| c.is_whitespace() || is_invisible(c))
                    && u.len() > "https://".len();
                if !ok {
                    self.push(issues::url_invalid(self.lang, "source.url"));
                    return None;
                }
                Some(u)
            }
        };
        Some(Source { text: text?, url })
    }

    fn tiers(&mut self, v: &Json) -> Option<Vec<Tier>> {
        let l = self.lang;
        let Json::Array(items) = v else {
            self.wrong_type(&At::Path("tiers"), Expected::List, v);
            return None;
        };
        if items.is_empty() {
            self.push(issues::tiers_empty(l));
            return None;
        }
        if items.len() > limits::MAX_TIERS {
            self.push(issues::tiers_too_many(l, items.len()));
            return None;
        }
        let mut out = Vec::with_capacity(items.len());
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let path = index("tiers", i);
            let tier = self.tier(item, &At::Path(&path));
            match tier {
                Some(t) => {
                    if let Some(&first) = seen.get(&t.id) {
                        self.push(issues::tier_id_duplicate(
                            l,
                            &join(&path, "id"),
                            &t.id,
                            first,
                        ));
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

    fn tier(&mut self, v: &Json, at: &At) -> Option<Tier> {
        let l = self.lang;
        let obj = self.object(v, at)?;
        self.known_fields(obj, at, fields::TIER);
        // Once per tier (12 at most): written out as before.
        let path = &at.render();
        let id_path = join(path, "id");
        let id = match obj.get("id") {
            None => {
                self.push(issues::missing(l, &id_path, Required::TierId));
                None
            }
            Some(Json::String(s)) => {
                let valid = !s.is_empty()
                    && s.len() <= limits::MAX_TIER_ID_CHARS
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                if !valid {
                    self.push(issues::tier_id_invalid(l, &id_path, s));
                    None
                } else if RESERVED_IDS.contains(&s.as_ref()) {
                    self.push(issues::tier_id_reserved(l, &id_path, s));
                    None
                } else {
                    Some(s.to_string())
                }
            }
            Some(other) => {
                self.wrong_type(&At::Path(&id_path), Expected::Text, other);
                None
            }
        };
        let label = match obj.get("label") {
            None => {
                self.push(issues::missing(
                    l,
                    &join(path, "label"),
                    Required::TierLabel,
                ));
                None
            }
            Some(v) => self.text(v, &At::Key(at, "label"), limits::MAX_LABEL_CHARS, false),
        };
        let color = match obj.get("color") {
            None | Some(Json::Null) => Some(None),
            Some(v) => self.color(v, &At::Key(at, "color")).map(Some),
        };
        let polarity_path = join(path, "polarity");
        let polarity = match obj.get("polarity") {
            None | Some(Json::Null) => Some(None),
            Some(given @ Json::String(s)) => match s.as_ref() {
                "positive" => Some(Some(Polarity::Positive)),
                "neutral" => Some(Some(Polarity::Neutral)),
                "negative" => Some(Some(Polarity::Negative)),
                _ => {
                    self.push(issues::polarity_invalid(l, &polarity_path, &show(given)));
                    None
                }
            },
            Some(other) => {
                self.push(issues::polarity_invalid(l, &polarity_path, &show(other)));
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

    fn groups(&mut self, v: &Json, tiers: &[Tier]) -> Option<(Vec<Group>, Basis)> {
        let l = self.lang;
        let Json::Array(items) = v else {
            self.wrong_type(&At::Path("groups"), Expected::List, v);
            return None;
        };
        if items.is_empty() {
            self.push(issues::groups_empty(l));
            return None;
        }
        if items.len() > limits::MAX_GROUPS {
            self.push(issues::groups_too_many(l, items.len()));
            return None;
        }
        let mut out = Vec::with_capacity(items.len());
        // Each label (as compared) and period seen, with the first group that
        // gave it; periods are numbered so that a key copies no text.
        let mut seen: HashMap<(Cow<str>, Option<usize>), usize> =
            HashMap::with_capacity(items.len());
        let mut periods: HashMap<String, usize> = HashMap::new();
        let mut last_period: Option<(String, usize)> = None;
        let mut ok = true;
        // Counts or shares: the first group that gives one decides for all.
        let gives_shares = |item: &Json| -> Option<bool> {
            let obj = item.as_object()?;
            let has = |k: &str| obj.get(k).is_some_and(|v| !v.is_null());
            match (has("counts"), has("shares")) {
                (true, false) => Some(false),
                (false, true) => Some(true),
                _ => None,
            }
        };
        let first_basis = items.iter().find_map(&gives_shares);
        let mut decimals = 0u8;
        // Shown in every unknown-tier message; built once.
        let ids = tiers
            .iter()
            .map(|t| {
                let mut quoted = String::new();
                super::parse::push_json_string(&mut quoted, &t.id);
                quoted
            })
            .collect::<Vec<_>>()
            .join(", ");
        let groups = At::Path("groups");
        for (i, item) in items.iter().enumerate() {
            let at = At::Index(&groups, i);
            if let (Some(first), Some(this)) = (first_basis, gives_shares(item)) {
                if first != this {
                    let key = if this { "shares" } else { "counts" };
                    self.push(issues::basis_mixed(l, &At::Key(&at, key).render(), first));
                    ok = false;
                    continue;
                }
            }
            match self.group(item, &at, tiers, &ids) {
                Some((g, d)) => {
                    decimals = decimals.max(d.unwrap_or(0));
                    let period = g.period.as_deref().map(|p| {
                        // Groups of one period usually follow one another.
                        if let Some((last, n)) = &last_period {
                            if last == p {
                                return *n;
                            }
                        }
                        let n = match periods.get(comparable(p).as_ref()) {
                            Some(&n) => n,
                            None => {
                                let n = periods.len();
                                periods.insert(comparable(p).into_owned(), n);
                                n
                            }
                        };
                        last_period = Some((p.to_string(), n));
                        n
                    });
                    // The label as written (a valid text, since the group
                    // is valid): borrowed from the document, and compared as
                    // the trimmed label, since `comparable` drops the white
                    // space around it.
                    let written = item.get("label").and_then(Json::as_str);
                    let key = (comparable(written.unwrap_or_default()), period);
                    match seen.entry(key) {
                        Entry::Occupied(first) => {
                            let first = *first.get();
                            self.push(issues::group_duplicate(
                                l,
                                &At::Key(&at, "label").render(),
                                &g.label,
                                first,
                            ));
                            ok = false;
                        }
                        Entry::Vacant(e) => {
                            e.insert(i);
                        }
                    }
                    out.push(g);
                }
                None => ok = false,
            }
        }
        if periods.len() > limits::MAX_PERIODS {
            self.push(issues::periods_too_many(l, periods.len()));
            ok = false;
        }
        let basis = if first_basis == Some(true) {
            Basis::Shares { decimals }
        } else {
            Basis::Counts
        };
        ok.then_some((out, basis))
    }

    /// One group, and for shares the most decimals its shares were given with.
    fn group(
        &mut self,
        v: &Json,
        at: &At,
        tiers: &[Tier],
        ids: &str,
    ) -> Option<(Group, Option<u8>)> {
        let l = self.lang;
        let obj = self.object(v, at)?;
        self.known_fields(obj, at, fields::GROUP);
        let label = match obj.get("label") {
            None => {
                self.push(issues::missing(
                    l,
                    &At::Key(at, "label").render(),
                    Required::GroupLabel,
                ));
                None
            }
            Some(v) => self.text(v, &At::Key(at, "label"), limits::MAX_LABEL_CHARS, false),
        };
        let period_path = At::Key(at, "period");
        let period = match obj.get("period") {
            None | Some(Json::Null) => Some(None),
            Some(Json::Number(n)) if n.as_i64().is_some() => {
                Some(Some(super::parse::number_text(n)))
            }
            Some(s @ Json::String(_)) => self
                .text(s, &period_path, limits::MAX_LABEL_CHARS, false)
                .map(Some),
            Some(other) => {
                self.push(issues::period_invalid(
                    l,
                    &period_path.render(),
                    &show(other),
                ));
                None
            }
        };
        let shares_path = At::Key(at, "shares");
        let given_shares = obj.get("shares").filter(|v| !v.is_null());
        if let Some(shares) = given_shares {
            if obj.get("counts").is_some_and(|c| !c.is_null()) {
                self.push(issues::counts_and_shares(l, &shares_path.render()));
                return None;
            }
            if obj.get("total").is_some_and(|t| !t.is_null()) {
                self.push(issues::shares_total_ignored(
                    l,
                    &At::Key(at, "total").render(),
                ));
            }
            let (shares, decimals, slack) = self.shares(shares, &shares_path, tiers, ids)?;
            if shares.iter().all(Option::is_none) {
                self.push(issues::shares_empty(l, &shares_path.render()));
                return None;
            }
            let sum: u64 = shares.iter().flatten().sum();
            let whole = 100 * SHARE_UNITS_PER_PERCENT;
            if sum > whole + slack {
                self.push(issues::shares_over_100(
                    l,
                    &shares_path.render(),
                    &percent_text(sum),
                    &percent_text(whole + slack),
                ));
                return None;
            }
            let total = if sum + slack >= whole { sum } else { whole };
            return Some((
                Group {
                    label: label?,
                    period: period?,
                    counts: shares,
                    total,
                },
                Some(decimals),
            ));
        }
        let total = match obj.get("total") {
            None | Some(Json::Null) => Some(None),
            Some(t) => self.count(t, &At::Key(at, "total")).map(Some),
        };
        let counts_path = At::Key(at, "counts");
        let counts = match obj.get("counts") {
            None => {
                self.push(issues::missing(l, &counts_path.render(), Required::Counts));
                None
            }
            Some(c) => self.counts(c, &counts_path, tiers, ids, total.flatten().is_some()),
        };
        let counts = counts?;
        let total = total?;
        let sum = counts
            .iter()
            .flatten()
            .try_fold(0u64, |acc, &c| acc.checked_add(c))
            .filter(|&s| s <= limits::MAX_COUNT);
        let Some(sum) = sum else {
            self.push(issues::sum_too_large(l, &counts_path.render()));
            return None;
        };
        let total = match total {
            Some(t) if t < sum => {
                self.push(issues::total_below_sum(
                    l,
                    &At::Key(at, "total").render(),
                    t,
                    sum,
                ));
                return None;
            }
            Some(t) => t,
            None => sum,
        };
        Some((
            Group {
                label: label?,
                period: period?,
                counts,
                total,
            },
            None,
        ))
    }

    /// Reports every key of `obj` (at `path`) that names no tier; whether
    /// all of them do.
    fn known_tier_keys(&mut self, obj: &Object, path: &At, tiers: &[Tier], ids: &str) -> bool {
        let mut ok = true;
        for key in obj.keys() {
            if tiers.iter().any(|t| t.id == key) {
                continue;
            }
            ok = false;
            if self.full() {
                self.skip(Severity::Error);
            } else {
                let issue =
                    issues::count_unknown_tier(self.lang, &At::Key(path, key).render(), key, ids);
                self.push(issue);
            }
        }
        ok
    }

    /// A group's shares, in thousandths of a percent per tier (`None` where
    /// left out), and the most decimals they were given with.
    fn shares(
        &mut self,
        v: &Json,
        path: &At,
        tiers: &[Tier],
        ids: &str,
    ) -> Option<(Vec<Option<u64>>, u8, u64)> {
        let obj = self.object(v, path)?;
        let mut ok = self.known_tier_keys(obj, path, tiers, ids);
        let mut out = Vec::with_capacity(tiers.len());
        let mut decimals = 0u8;
        // How far from the exact shares their sum may be: half a unit of
        // each share's own last decimal (30 may be 30.4; 10.25 only 10.254).
        let mut units_of_last_decimal = 0u64;
        for tier in tiers {
            let p = At::Key(path, &tier.id);
            match obj.get(&tier.id) {
                None | Some(Json::Null) => out.push(None),
                Some(c) => match self.share(c, &p) {
                    Some((units, d)) => {
                        decimals = decimals.max(d);
                        units_of_last_decimal += SHARE_UNITS_PER_PERCENT / 10u64.pow(u32::from(d));
                        out.push(Some(units));
                    }
                    None => ok = false,
                },
            }
        }
        ok.then_some((out, decimals, units_of_last_decimal / 2))
    }

    /// A share: a JSON number from 0 to 100 with at most 3 decimals, as
    /// thousandths of a percent, and its number of decimals.
    fn share(&mut self, v: &Json, path: &At) -> Option<(u64, u8)> {
        let l = self.lang;
        match v {
            Json::Number(n) => {
                // Written out only for a message.
                let shown = || super::parse::number_text(n);
                let f = n.as_f64().unwrap_or(f64::NAN);
                if !(0.0..=100.0).contains(&f) {
                    self.push(issues::share_range(l, &path.render(), &shown()));
                    return None;
                }
                let scaled = f * SHARE_UNITS_PER_PERCENT as f64;
                let units = scaled.round();
                if (scaled - units).abs() > 1e-4 {
                    self.push(issues::share_precision(l, &path.render(), &shown()));
                    return None;
                }
                // 0 ≤ units ≤ 100,000: exact as u64.
                let units = units as u64;
                Some((units, crate::model::rating::share_decimals(units)))
            }
            Json::String(s) => {
                self.push(issues::share_is_text(l, &path.render(), s));
                None
            }
            other => {
                self.wrong_type(path, Expected::Percent, other);
                None
            }
        }
    }

    fn counts(
        &mut self,
        v: &Json,
        path: &At,
        tiers: &[Tier],
        ids: &str,
        has_total: bool,
    ) -> Option<Vec<Option<u64>>> {
        let l = self.lang;
        let obj = self.object(v, path)?;
        let mut ok = self.known_tier_keys(obj, path, tiers, ids);
        let mut out = Vec::with_capacity(tiers.len());
        for tier in tiers {
            let p = At::Key(path, &tier.id);
            match obj.get(&tier.id) {
                None | Some(Json::Null) if has_total => out.push(None),
                None | Some(Json::Null) => {
                    self.push(issues::count_missing(l, &p.render(), &tier.id));
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

    fn display(&mut self, v: &Json) -> Option<Display> {
        let l = self.lang;
        let obj = self.object(v, &At::Path("display"))?;
        self.known_fields(obj, &At::Path("display"), fields::DISPLAY);
        let kind = match obj.get("kind") {
            None | Some(Json::Null) => Some(ChartKind::Auto),
            Some(Json::String(s)) if ChartKind::from_name(s).is_some() => ChartKind::from_name(s),
            Some(other) => {
                self.push(issues::kind_unknown(l, &show(other)));
                None
            }
        };
        let values = match obj.get("values") {
            None | Some(Json::Null) => Some(ValueMode::Shares),
            Some(Json::String(s)) if s == "shares" => Some(ValueMode::Shares),
            Some(Json::String(s)) if s == "counts" => Some(ValueMode::Counts),
            Some(other) => {
                self.push(issues::values_unknown(l, &show(other)));
                None
            }
        };
        let decimals = match obj.get("decimals") {
            None | Some(Json::Null) => Some(None),
            Some(Json::Number(n))
                if n.as_u64()
                    .is_some_and(|d| d <= u64::from(limits::MAX_DECIMALS)) =>
            {
                n.as_u64().map(|d| Some(d as u8))
            }
            Some(other) => {
                self.push(issues::decimals_range(l, &show(other)));
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

/// The allowed name closest to an unknown one (at most 2 edits, or a
/// difference of case or `_`/`-`), for "did you mean".
fn suggest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    if key.chars().count() > 32 {
        return None;
    }
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let k = fold(key);
    allowed
        .iter()
        .map(|a| (edit_distance(&k, &fold(a)), *a))
        .filter(|&(d, _)| d <= 2)
        .min_by_key(|&(d, _)| d)
        .map(|(_, a)| a)
}

/// Levenshtein distance over characters (both inputs are short).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A label as compared for duplicates: invisible characters removed and
/// runs of white space made one space, so that labels that look the same
/// are the same.
fn comparable(s: &str) -> Cow<'_, str> {
    // Usually the label is already so: then it is not copied.
    let mut after_space = true;
    let plain = s.chars().all(|c| {
        let ok = if c == ' ' {
            !after_space
        } else {
            !c.is_whitespace() && (c.is_ascii() || !is_invisible(c))
        };
        after_space = c == ' ';
        ok
    });
    if plain && !after_space {
        return Cow::Borrowed(s);
    }
    let words: Vec<String> = s
        .split_whitespace()
        .map(|w| w.chars().filter(|&c| !is_invisible(c)).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    Cow::Owned(words.join(" "))
}

/// Characters that must not appear in text: C0/C1 controls (line breaks
/// only where allowed), the byte order mark, and U+FFFE/U+FFFF, which are
/// not characters and cannot appear in an SVG (XML) document.
fn is_forbidden(c: char, allow_newlines: bool) -> bool {
    match c {
        '\n' => !allow_newlines,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        '\u{feff}' | '\u{fffe}' | '\u{ffff}' => true,
        _ => false,
    }
}

/// Bidirectional embeddings, overrides and isolates: they can reorder what
/// a reader sees ("Trojan Source"). Marks (U+200E, U+200F, U+061C) are fine.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Characters that draw nothing (Unicode's default-ignorable code points,
/// roughly): a text of only these is empty.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
        | '\u{ffa0}' | '\u{fff0}'..='\u{fff8}' | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// Invisible characters that are almost always pasted by accident (zero
/// width space, word joiner, soft hyphen, Hangul fillers…). Joiners, marks,
/// variation selectors and tags are left alone: emoji and many scripts
/// need them.
fn is_suspicious(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{115f}' | '\u{1160}' | '\u{180e}' | '\u{200b}' | '\u{2060}'
            ..='\u{2064}' | '\u{3164}' | '\u{ffa0}'
    )
}

/// The kind to draw: `kind` itself unless it is `Auto`, then the one the
/// data's shape calls for. One group → waffle when its total is at most
/// [`WAFFLE_UNITS_MAX`] (one cell per member), else donut; groups spread over
/// several periods → trend; tiers with both a positive and a negative
/// polarity → diverging; otherwise 100 % stacked bars.
pub fn resolve_kind(kind: ChartKind, tiers: &[Tier], groups: &[Group]) -> ChartKind {
    if kind != ChartKind::Auto {
        return kind;
    }
    if let [only] = groups {
        return if only.total <= WAFFLE_UNITS_MAX && only.total > 0 {
            ChartKind::Waffle
        } else {
            ChartKind::Donut
        };
    }
    let mut periods = groups.iter().filter_map(|g| g.period.as_deref());
    let first = periods.next();
    if first.is_some() && periods.any(|p| Some(p) != first) {
        return ChartKind::Trend;
    }
    let has = |p: Polarity| tiers.iter().any(|t| t.polarity == Some(p));
    if has(Polarity::Positive) && has(Polarity::Negative) {
        return ChartKind::Diverging;
    }
    ChartKind::Stacked
}

/// Longest theme font list, in characters.
const MAX_FONT_CHARS: usize = 200;

/// Whether a font-family list holds only letters, digits, spaces, commas,
/// quotes and hyphens (nothing that could end a CSS declaration or an SVG
/// attribute), with its quotes paired.
fn font_is_safe(font: &str) -> bool {
    font.chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '\'' | '"' | '-'))
        && font.matches('\'').count() % 2 == 0
        && font.matches('"').count() % 2 == 0
}

/// Thousandths of a percent as a plain number (`102.5`), for messages.
fn percent_text(units: u64) -> String {
    let whole = units / SHARE_UNITS_PER_PERCENT;
    let frac = units % SHARE_UNITS_PER_PERCENT;
    if frac == 0 {
        whole.to_string()
    } else {
        let f = format!("{frac:03}");
        format!("{whole}.{}", f.trim_end_matches('0'))
    }
}

/// Largest total a waffle draws with one cell per member.
pub const WAFFLE_UNITS_MAX: u64 = 200;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_only() {
        use crate::model::input::fields;
        assert_eq!(suggest("titel", fields::ROOT), Some("title"));
        assert_eq!(suggest("colour", fields::TIER), Some("color"));
        assert_eq!(suggest("Label", fields::GROUP), Some("label"));
        assert_eq!(suggest("count", fields::GROUP), Some("counts"));
        assert_eq!(suggest("__proto__", fields::ROOT), None);
        assert_eq!(suggest("zzzzzz", fields::ROOT), None);
    }

    #[test]
    fn comparable_ignores_invisible_and_spacing() {
        assert_eq!(comparable("Đảng  viên\u{200b}"), "Đảng viên");
        assert_eq!(comparable("\u{200b} A \u{2060}"), "A");
    }

    #[test]
    fn show_is_bounded() {
        let big = Json::Array(vec![Json::Number(123456.into()); 100_000]);
        assert!(show(&big).chars().count() <= 40);
        assert_eq!(show(&Json::String("x".into())), "\"x\"");
    }
}
