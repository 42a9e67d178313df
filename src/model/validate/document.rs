//! The top level: version, title, subtitle, notes, source, locale; the
//! tiers, groups, display and theme, each read in its own file.

use super::display::resolve_kind;
use super::text::{is_invisible, Breaks};
use super::walker::{show, Walker};
use crate::model::input::{fields, ChartKind, ValueMode, FORMAT_VERSION};
use crate::model::issue::{issues, Expected, Required};
use crate::model::limits;
use crate::model::parse::{At, Json, ROOT};
use crate::model::rating::{Basis, DataTheme, Display, RatingData, Source};
use crate::scale::format::{default_locale, resolve_locale, Resolved};

impl Walker {
    pub(super) fn root(&mut self, v: &Json) -> Option<RatingData> {
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
            Some(text @ Json::String(s))
                if s.trim() == crate::scale::format::digits(FORMAT_VERSION) =>
            {
                self.push(issues::version_as_text(l, &show(text)))
            }
            Some(other) => self.push(issues::unsupported_version(l, &show(other))),
        }
        if let Some(s) = obj.get("$schema") {
            if !s.is_string() && !s.is_null() {
                self.wrong_type(&At::Path("$schema"), Expected::Text, s);
            }
        }

        let title = self.optional_text(obj, "title", &ROOT, limits::MAX_TEXT_CHARS, Breaks::Keep);
        let subtitle =
            self.optional_text(obj, "subtitle", &ROOT, limits::MAX_TEXT_CHARS, Breaks::Keep);
        let notes = self.optional_text(obj, "notes", &ROOT, limits::MAX_NOTES_CHARS, Breaks::Keep);
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

        let (tiers, (mut groups, basis)) = (tiers?, groups?);
        let story = self.story(obj, &tiers, &mut groups);
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
            story: story?,
        })
    }

    pub(super) fn source(&mut self, v: &Json) -> Option<Source> {
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
            Some(t) => self.text(
                t,
                &At::Path("source.text"),
                limits::MAX_TEXT_CHARS,
                Breaks::Space,
            ),
        };
        let url = match obj.get("url") {
            None | Some(Json::Null) => None,
            Some(u) => {
                let u = self.text(
                    u,
                    &At::Path("source.url"),
                    limits::MAX_URL_CHARS,
                    Breaks::Refuse,
                )?;
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
}
