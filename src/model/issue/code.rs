//! The one list of issue codes: every code an [`Issue`](super::Issue) can
//! carry, with its stable text. A code is never renamed or reused; the
//! constructors that word each issue are in the files beside this one.

/// Declares [`Code`], its text for each variant, and [`Code::ALL`].
macro_rules! codes {
    ($($(#[$doc:meta])* $name:ident = $text:literal,)*) => {
        /// The code of an issue, e.g. [`Code::CountNegative`], written
        /// `count.negative` in every JSON output.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            $($(#[$doc])* $name,)*
        }

        impl Code {
            /// Every code, in the order of this list.
            pub const ALL: &'static [Code] = &[$(Code::$name),*];

            /// The stable text of the code, e.g. `"count.negative"`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$name => $text,)*
                }
            }
        }
    };
}

codes! {
    /// The document is not valid JSON.
    JsonSyntax = "json.syntax",
    /// The document nests deeper than the parser allows.
    JsonTooDeep = "json.too_deep",
    /// The document is larger than the limit.
    LimitDocumentSize = "limit.document_size",
    /// Bytes that are not UTF-8 text (or are UTF-16).
    JsonEncoding = "json.encoding",
    /// The top level is not an object.
    JsonNotObject = "json.not_object",
    /// A key appears twice in one object (JSON readers disagree on which wins).
    JsonDuplicateKey = "json.duplicate_key",
    /// `NaN` or `Infinity` where a count or total belongs.
    CountNotFinite = "count.not_finite",
    /// `NaN` or `Infinity` anywhere else.
    NumberNotFinite = "number.not_finite",
    /// A number beyond the range of a double (`1e400`).
    NumberOutOfRange = "number.out_of_range",
    /// A required field is absent.
    FieldMissing = "field.missing",
    /// An unknown field (probably a typo), ignored.
    FieldUnknown = "field.unknown",
    /// A value has the wrong JSON type.
    FieldType = "field.type",
    /// `version` is not 1 (or is 1 written as text).
    VersionUnsupported = "version.unsupported",
    /// A required text is empty (or holds only invisible characters).
    TextEmpty = "text.empty",
    /// A text is longer than allowed.
    TextTooLong = "text.too_long",
    /// A text contains a control character.
    TextControlCharacter = "text.control_character",
    /// A text contains a bidirectional embedding or override.
    TextBidiControl = "text.bidi_control",
    /// A line break in a label, shown as a space.
    TextLineBreak = "text.line_break",
    /// A noncharacter (U+FFFF, U+FDD0…) in a text, dropped.
    TextNoncharacter = "text.noncharacter",
    /// A text held a lone surrogate escape (`"\ud800"`), shown as U+FFFD.
    TextLoneSurrogate = "text.lone_surrogate",
    /// A text contains a zero-width character that is rarely intended.
    TextInvisibleCharacter = "text.invisible_character",
    /// No tiers.
    TiersEmpty = "tiers.empty",
    /// Too many tiers.
    LimitTiers = "limit.tiers",
    /// A tier id has characters outside the allowed set.
    TierIdInvalid = "tier.id.invalid",
    /// A tier id that names a JavaScript object's internals.
    TierIdReserved = "tier.id.reserved",
    /// Two tiers share an id.
    TierIdDuplicate = "tier.id.duplicate",
    /// A polarity that is not one of the three.
    TierPolarityInvalid = "tier.polarity.invalid",
    /// A colour that cannot be parsed.
    ColorInvalid = "color.invalid",
    /// A colour that is not opaque.
    ColorTransparent = "color.transparent",
    /// No groups.
    GroupsEmpty = "groups.empty",
    /// Too many groups.
    LimitGroups = "limit.groups",
    /// Too many distinct periods.
    LimitPeriods = "limit.periods",
    /// Two groups with the same label and period.
    GroupDuplicate = "group.duplicate",
    /// A count below zero.
    CountNegative = "count.negative",
    /// A count with a fractional part.
    CountFractional = "count.fractional",
    /// A count, or the sum of a group's counts, beyond exact integer range.
    CountTooLarge = "count.too_large",
    /// A count written as text.
    CountNotNumber = "count.not_number",
    /// A count for an id that is not a tier.
    CountUnknownTier = "count.unknown_tier",
    /// A tier without a count and no total to explain it.
    CountMissing = "count.missing",
    /// The stated total is below the counts' sum.
    TotalBelowSum = "total.below_sum",
    /// A period that is neither a whole number nor text.
    PeriodInvalid = "period.invalid",
    /// A numeric period that is not a plausible year.
    PeriodYearRange = "period.year_range",
    /// An unsupported locale: fell back.
    LocaleUnsupported = "locale.unsupported",
    /// A source URL that is not http(s).
    UrlInvalid = "url.invalid",
    /// An unknown chart kind.
    DisplayKindUnknown = "display.kind.unknown",
    /// An unknown value mode.
    DisplayValuesUnknown = "display.values.unknown",
    /// Decimals out of range.
    DisplayDecimalsRange = "display.decimals.range",
    /// A group gives both counts and shares.
    GroupCountsAndShares = "group.counts_and_shares",
    /// Some groups give counts and others shares.
    GroupsMixedBasis = "groups.mixed_basis",
    /// A group's shares name no tier.
    SharesEmpty = "shares.empty",
    /// A share below 0 or above 100.
    ShareRange = "share.range",
    /// A share with more decimals than can be shown.
    SharePrecision = "share.precision",
    /// A share written as text.
    ShareNotNumber = "share.not_number",
    /// A group's shares add up to more than 100 beyond rounding.
    SharesOver100 = "shares.over_100",
    /// A total stated next to shares: unused.
    SharesTotalIgnored = "shares.total_ignored",
    /// `display.values` asks for counts, but the data has shares only.
    DisplayValuesSharesOnly = "display.values.shares_only",
    /// A theme font list with characters outside the allowed set.
    ThemeFontInvalid = "theme.font.invalid",
    /// A theme palette with fewer colours than tiers.
    ThemePaletteTooShort = "theme.palette.too_short",
    /// A theme mode that is neither light nor dark.
    ThemeModeUnknown = "theme.mode.unknown",
    /// Theme text colour with too little contrast on the paper.
    ThemeContrast = "theme.contrast",
    /// A highlight or annotation names a group label no group has.
    StoryGroupUnknown = "story.group.unknown",
    /// A highlight, sort, annotation or reference names an unknown tier.
    StoryTierUnknown = "story.tier.unknown",
    /// An annotation names a period no group has.
    StoryPeriodUnknown = "story.period.unknown",
    /// An unknown `display.sort.by` or `display.sort.order`.
    DisplaySortUnknown = "display.sort.unknown",
    /// `display.sort.by` is `tier` without `display.sort.tier`.
    DisplaySortTierMissing = "display.sort.tier_missing",
    /// An annotation names neither a group nor a period.
    AnnotationTargetMissing = "annotation.target_missing",
    /// Too many annotations.
    LimitAnnotations = "limit.annotations",
    /// More issues than are listed were found.
    IssuesTruncated = "issues.truncated",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
