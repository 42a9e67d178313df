//! The tiers of the scale: ids, labels, colours, polarity.

use super::text::Breaks;
use super::walker::{show, Walker};
use crate::model::input::{fields, Polarity};
use crate::model::issue::issues::{tiers_empty, tiers_too_many};
use crate::model::issue::{issues, Expected, Required};
use crate::model::limits::{self, MAX_TIERS};
use crate::model::parse::{index, join, At, Json};
use crate::model::rating::Tier;

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
    pub(super) fn tiers(&mut self, v: &Json) -> Option<Vec<Tier>> {
        let l = self.lang;
        let items = self.list(v, "tiers", MAX_TIERS, tiers_empty, tiers_too_many)?;
        let mut out = Vec::with_capacity(items.len());
        // Each id, with the tier that gave it first (12 at most: a list).
        let mut seen: Vec<(String, usize)> = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let path = index("tiers", i);
            let tier = self.tier(item, &At::Path(&path));
            match tier {
                Some(t) => {
                    if let Some(&(_, first)) = seen.iter().find(|(id, _)| *id == t.id) {
                        self.push(issues::tier_id_duplicate(
                            l,
                            &join(&path, "id"),
                            &t.id,
                            first,
                        ));
                        ok = false;
                    } else {
                        seen.push((t.id.clone(), i));
                    }
                    out.push(t);
                }
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    pub(super) fn tier(&mut self, v: &Json, at: &At) -> Option<Tier> {
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
            Some(v) => self.text(
                v,
                &At::Key(at, "label"),
                limits::MAX_LABEL_CHARS,
                Breaks::Space,
            ),
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
}
