//! Display options, and the kind `auto` resolves to.

use super::walker::{show, Walker};
use crate::model::input::{fields, ChartKind, Polarity, ValueMode};
use crate::model::issue::issues;
use crate::model::limits;
use crate::model::parse::{At, Json};
use crate::model::rating::{Display, Group, Tier};

/// The kind to draw: `kind` itself unless it is `Auto`, then the one the
/// data's shape calls for. One group → waffle when its total is at most
/// [`WAFFLE_UNITS_MAX`] (one cell per member), else donut; groups spread over
/// several periods → trend; tiers with both a positive and a negative
/// polarity, the negative ones holding at least [`DIVERGING_NEGATIVE_MIN`]
/// of some group → diverging; otherwise 100 % stacked bars.
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
    if has(Polarity::Positive) && has(Polarity::Negative) && negative_weighs(tiers, groups) {
        return ChartKind::Diverging;
    }
    ChartKind::Stacked
}

/// The smallest share of a group (of its total: counts, or shares for
/// shares-only data) that its negative tiers must hold, in some group, for
/// `auto` to draw diverging bars. Below it the negative side is a sliver
/// (a failing tier of 0–2 %, as in the Hải Dương ratings): a diverging
/// chart would spend half its plot on it and drop labels, and stacked bars,
/// which show every label, read better.
pub const DIVERGING_NEGATIVE_MIN: f64 = 0.10;

/// Whether the negative tiers carry real weight: at least
/// [`DIVERGING_NEGATIVE_MIN`] of some group's total.
fn negative_weighs(tiers: &[Tier], groups: &[Group]) -> bool {
    groups.iter().filter(|g| g.total > 0).any(|g| {
        let negative: u64 = tiers
            .iter()
            .zip(&g.counts)
            .filter(|(t, _)| t.polarity == Some(Polarity::Negative))
            .filter_map(|(_, c)| *c)
            .fold(0, u64::saturating_add);
        negative as f64 >= DIVERGING_NEGATIVE_MIN * g.total as f64
    })
}

pub use crate::model::rating::WAFFLE_UNITS_MAX;

impl Walker {
    pub(super) fn display(&mut self, v: &Json) -> Option<Display> {
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
