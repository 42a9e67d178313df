//! The story: highlight, sort, annotations and the reference value.

use super::{Code, Issue, Lang, Listed, Quoted};
use crate::model::limits;

/// The `by` names of `display.sort`.
pub const SORT_BY: &[&str] = &["data", "tier", "positive", "total"];
/// The `order` names of `display.sort`.
pub const SORT_ORDER: &[&str] = &["descending", "ascending"];

/// A group label that names no group.
pub fn story_group_unknown(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::StoryGroupUnknown,
        path,
        l,
        args![found = Quoted(found)],
    )
}

/// A tier id that names no tier.
pub fn story_tier_unknown(l: Lang, path: &str, found: &str, ids: &[&str]) -> Issue {
    let ids = Listed(ids, true);
    Issue::error(
        Code::StoryTierUnknown,
        path,
        l,
        args![found = Quoted(found), ids],
    )
}

/// A period that no group has.
pub fn story_period_unknown(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::StoryPeriodUnknown, path, l, args![found])
}

/// An unknown `display.sort.by` or `display.sort.order`.
pub fn sort_unknown(l: Lang, path: &str, found: &str, order: bool) -> Issue {
    let allowed = Listed(if order { SORT_ORDER } else { SORT_BY }, true);
    Issue::error(Code::DisplaySortUnknown, path, l, args![found, allowed])
}

/// `display.sort.by` is `tier` but no tier is named.
pub fn sort_tier_missing(l: Lang) -> Issue {
    Issue::error(Code::DisplaySortTierMissing, "display.sort.tier", l, &[])
}

/// An annotation that names neither a group nor a period.
pub fn annotation_target_missing(l: Lang, path: &str) -> Issue {
    Issue::error(Code::AnnotationTargetMissing, path, l, &[])
}

/// More annotations than allowed.
pub fn annotations_too_many(l: Lang, n: usize) -> Issue {
    let max = limits::MAX_ANNOTATIONS;
    Issue::error(Code::LimitAnnotations, "annotations", l, args![n, max])
}
