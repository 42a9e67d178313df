//! The tiers of the scale and their colours.

use super::{Code, Issue, Lang, Quoted};
use crate::model::limits;

/// No tiers.
pub fn tiers_empty(l: Lang) -> Issue {
    Issue::error(Code::TiersEmpty, "tiers", l, &[])
}

/// Too many tiers.
pub fn tiers_too_many(l: Lang, n: usize) -> Issue {
    let max = limits::MAX_TIERS;
    Issue::error(Code::LimitTiers, "tiers", l, args![n, max])
}

/// A tier id has characters outside the allowed set.
pub fn tier_id_invalid(l: Lang, path: &str, id: &str) -> Issue {
    Issue::error(Code::TierIdInvalid, path, l, args![id = Quoted(id)])
}

/// A tier id that names a JavaScript object's internals.
pub fn tier_id_reserved(l: Lang, path: &str, id: &str) -> Issue {
    Issue::error(Code::TierIdReserved, path, l, args![id = Quoted(id)])
}

/// Two tiers share an id.
pub fn tier_id_duplicate(l: Lang, path: &str, id: &str, first: usize) -> Issue {
    Issue::error(
        Code::TierIdDuplicate,
        path,
        l,
        args![id = Quoted(id), first],
    )
}

/// A polarity that is not one of the three.
pub fn polarity_invalid(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::TierPolarityInvalid, path, l, args![found])
}

/// A colour that cannot be parsed.
pub fn color_invalid(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::ColorInvalid, path, l, args![found = Quoted(found)])
}

/// A colour that is not opaque.
pub fn color_transparent(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::ColorTransparent,
        path,
        l,
        args![found = Quoted(found)],
    )
}
