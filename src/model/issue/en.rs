//! English words of the issues.
//!
//! A template for every issue code, then the extra texts and the small
//! words they share. `{name}` is where a value goes (see
//! `Issue::new`); `{{` and `}}` stand for a brace.

use super::code::Code;
use super::words::{Expected, Extra, JsonType, Required, Words};
use crate::model::parse::Syntax;

/// English words of the issues.
pub(super) struct English;

impl Words for English {
    fn message(&self, code: Code) -> &'static str {
        match code {
            Code::JsonSyntax => {
                "The data is not valid JSON at line {line}, column {column}: {detail}."
            }
            Code::JsonTooDeep => {
                "The data nests lists or objects too deeply (line {line}, column {column}); rating data needs at most 4 levels."
            }
            Code::LimitDocumentSize => {
                "The data is {bytes} bytes; at most {max} bytes (5 MiB) are allowed."
            }
            Code::JsonEncoding => {
                "The data is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8."
            }
            Code::JsonNotObject => {
                "The data must be a JSON object with \"version\", \"tiers\" and \"groups\", not {found}."
            }
            Code::JsonDuplicateKey => {
                "The field {key} appears more than once in the same object; keep only one."
            }
            Code::CountNotFinite => {
                "{token} is not a count; counts are whole numbers from 0 up (JSON has no NaN or Infinity)."
            }
            Code::NumberNotFinite => {
                "{token} is not allowed in JSON; write a number or leave the field out."
            }
            Code::NumberOutOfRange => {
                "The number {found} is too large to be read as a number; write a smaller one or leave the field out."
            }
            Code::FieldMissing => "This field is required: {what}.",
            Code::FieldUnknown => "Unknown field {name}, ignored{hint}. Allowed here: {allowed}.",
            Code::FieldType => "Expected {expected}, found {found}.",
            Code::VersionUnsupported => {
                "Format version {found} is not supported; this widget reads version 1."
            }
            Code::LocaleUnsupported => {
                "The locale {found} is not supported; numbers are formatted for \"{used}\". Supported: vi-VN, en-US, en-GB, fr-FR, de-DE."
            }
            Code::UrlInvalid => {
                "The link must be an absolute http:// or https:// address without spaces."
            }
            Code::TextEmpty => "This text is empty; write at least one visible character.",
            Code::TextTooLong => "This text has {chars} characters; at most {max} are allowed.",
            Code::TextControlCharacter => {
                "This text contains the invisible control character U+{code_point}; remove it."
            }
            Code::TextBidiControl => {
                "This text contains the text-direction control U+{code_point}, which can reorder what readers see; remove it."
            }
            Code::TextLineBreak => {
                "This label has a line break; it is shown as a space (labels are laid out on their own)."
            }
            Code::TextNoncharacter => {
                "This text contains U+{code_point}, which is not a character (a leftover of a spreadsheet or an encoding); it is left out."
            }
            Code::TextLoneSurrogate => {
                "This text has an escape between \\ud800 and \\udfff that is half of a character pair, not a character; it is shown as \u{fffd}. Write the character itself."
            }
            Code::TextInvisibleCharacter => {
                "This text contains the invisible character U+{code_point}; it is kept, but it can make labels that look the same differ. Remove it unless intended."
            }
            Code::TiersEmpty => {
                "The list of tiers is empty; give at least one tier, e.g. {{\"id\": \"good\", \"label\": \"Good\"}}."
            }
            Code::LimitTiers => "There are {n} tiers; at most {max} are allowed.",
            Code::TierIdInvalid => {
                "The tier id {id} is not allowed; use 1 to 64 ASCII letters, digits, \"_\" or \"-\" (e.g. \"excellent\")."
            }
            Code::TierIdReserved => {
                "The tier id {id} is reserved (it has a special meaning in JavaScript); choose another, e.g. \"excellent\"."
            }
            Code::TierIdDuplicate => {
                "The tier id {id} is already used by tiers[{first}]; each tier needs its own id."
            }
            Code::TierPolarityInvalid => {
                "Unknown polarity {found}; use \"positive\", \"neutral\" or \"negative\"."
            }
            Code::ColorInvalid => {
                "{found} is not a colour; use \"#1f5f99\", \"#fa0\", \"rgb(31, 95, 153)\", \"hsl(210, 66%, 36%)\" or a CSS colour name such as \"steelblue\"."
            }
            Code::ColorTransparent => {
                "{found} is (partly) transparent; tier colours must be opaque so that they stay readable."
            }
            Code::GroupsEmpty => {
                "The list of groups is empty; give at least one group with a label and counts."
            }
            Code::LimitGroups => "There are {n} groups; at most {max} are allowed.",
            Code::LimitPeriods => {
                "The groups have {n} different periods; at most {max} are allowed."
            }
            Code::GroupDuplicate => {
                "The group {label} (same period) already appears as groups[{first}]; give each group a distinct label or period."
            }
            Code::CountNegative => {
                "The count {found} is negative; counts are whole numbers from 0 up."
            }
            Code::CountFractional => {
                "The count {found} is not a whole number; counts are whole numbers from 0 up."
            }
            Code::CountTooLarge => {
                "The count {found} is too large to show exactly; the largest allowed is 9007199254740991 (2^53 − 1)."
            }
            Code::CountNotNumber => {
                "Counts and totals must be plain JSON numbers without quotes or thousands separators{hint}."
            }
            Code::CountUnknownTier => "There is no tier with id {id}; the tiers are: {tiers}.",
            Code::CountMissing => {
                "No count for the tier {id}; give 0 if there were none, or state the group's \"total\" so the missing part shows as not reported."
            }
            Code::TotalBelowSum => {
                "The total {total} is smaller than the sum of the counts, {sum}; the total must be at least the sum."
            }
            Code::PeriodInvalid => {
                "Expected a year as a whole number (e.g. 2021) or a short text (e.g. \"2021–2022\"), found {found}."
            }
            Code::PeriodYearRange => {
                "A numeric period is a year from {min} to {max}, found {found}; write other periods as text (e.g. \"Q1/2021\")."
            }
            Code::GroupCountsAndShares => {
                "A group gives either \"counts\" or \"shares\" (percentages), not both; remove one."
            }
            Code::GroupsMixedBasis => {
                "This group gives \"{this}\" but the first group gives \"{first}\"; all groups of a chart must give counts (\"counts\") or all must give percentages (\"shares\")."
            }
            Code::SharesEmpty => {
                "This group gives no share; give the percentage of at least one tier, e.g. {{\"approve\": 38}}."
            }
            Code::ShareRange => {
                "The share {found} is out of range; a share is a percentage from 0 to 100."
            }
            Code::SharePrecision => {
                "The share {found} has too many decimals; write it as published, with at most {max} decimals (e.g. 38.5)."
            }
            Code::ShareNotNumber => {
                "The share {found} must be a plain JSON number without quotes or a % sign, with a decimal point (e.g. 38.5)."
            }
            Code::SharesOver100 => {
                "The shares of this group add up to {sum}%, more than 100%; with the decimals given, rounding allows at most {max}%. Less than 100 is fine (the rest shows as not reported)."
            }
            Code::SharesTotalIgnored => {
                "The total is ignored because the group gives percentages (\"shares\"); the chart never derives counts from shares."
            }
            Code::DisplayKindUnknown => "Unknown chart kind {found}; use one of: {kinds}.",
            Code::DisplayValuesUnknown => {
                "Unknown value mode {found}; use \"shares\" or \"counts\"."
            }
            Code::DisplayDecimalsRange => {
                "{found} decimals are not allowed; use a whole number from 0 to {max}."
            }
            Code::DisplayValuesSharesOnly => {
                "The data gives percentages only, so labels show shares instead of counts."
            }
            Code::ThemeFontInvalid => {
                "The font list {found} is not allowed; use only letters, digits, spaces, commas, paired quotes and hyphens, e.g. \"'Merriweather Sans', Arial, sans-serif\"."
            }
            Code::ThemePaletteTooShort => {
                "The palette has {given} colours for {tiers} tiers; give at least one colour per tier, in tier order."
            }
            Code::ThemeModeUnknown => "Unknown theme mode {found}; use \"light\" or \"dark\".",
            Code::ThemeContrast => {
                "The text colour \"{which}\" has a contrast of only {ratio}:1 on the \"paper\" colour, below WCAG AA (4.5:1); text may be hard to read. Choose a darker text or a lighter paper colour (or the reverse for dark themes)."
            }
            Code::StoryGroupUnknown => {
                "No group is labelled {found}; name a group by its label exactly as in \"groups\"."
            }
            Code::StoryTierUnknown => "There is no tier {found}; use one of the tier ids: {ids}.",
            Code::StoryPeriodUnknown => {
                "No group has the period {found}; name a period that the groups give."
            }
            Code::DisplaySortUnknown => "Unknown sort {found}; use one of: {allowed}.",
            Code::DisplaySortTierMissing => {
                "Sorting by a tier needs the tier: give its id in \"tier\", e.g. {{\"by\": \"tier\", \"tier\": \"failed\"}}."
            }
            Code::AnnotationTargetMissing => {
                "This annotation is attached to nothing; give the label of a \"group\" (and optionally a \"tier\"), or a \"period\"."
            }
            Code::LimitAnnotations => {
                "There are {n} annotations; a chart takes at most {max}, so that they stay readable."
            }
            Code::IssuesTruncated => "{more} more issues are not listed; fix the ones above first.",
        }
    }

    fn extra(&self, extra: Extra) -> &'static str {
        match extra {
            Extra::Utf16 => "The data is saved as UTF-16 text; save it as UTF-8.",
            Extra::VersionAsText => {
                "The format version must be the number 1, not the text {found}: remove the quotes."
            }
            Extra::SumTooLarge => {
                "The counts add up to more than 9007199254740991 (2^53 − 1), too large to show exactly."
            }
            Extra::DidYouMean => " (did you mean \"{suggestion}\"?)",
            Extra::CountHint => " (e.g. {digits}, not {found})",
        }
    }

    fn json_type(&self, value: JsonType) -> &'static str {
        match value {
            JsonType::Null => "null",
            JsonType::Bool => "true/false",
            JsonType::Number => "a number",
            JsonType::Text => "text",
            JsonType::List => "a list",
            JsonType::Object => "an object",
        }
    }

    fn expected(&self, value: Expected) -> &'static str {
        match value {
            Expected::Object => "an object",
            Expected::Text => "text",
            Expected::List => "a list",
            Expected::WholeNumber => "a whole number",
            Expected::LanguageTag => "a language tag such as \"vi-VN\"",
            Expected::ColorText => "a colour as text, e.g. \"#1f5f99\"",
            Expected::Percent => "a percentage as a number, e.g. 38.5",
        }
    }

    fn required(&self, value: Required) -> &'static str {
        match value {
            Required::Version => "the format version, 1",
            Required::Tiers => "the list of tiers of the scale",
            Required::Groups => "the list of rated groups",
            Required::SourceText => "the source as printed",
            Required::TierId => "the tier's id, e.g. \"good\"",
            Required::TierLabel => "the tier's label",
            Required::GroupLabel => "the group's label",
            Required::Counts => {
                "the count for each tier id (or, when the source gives percentages only, \"shares\")"
            }
            Required::AnnotationText => "the annotation's text",
            Required::ReferenceShare => "the reference share in percent, e.g. 15.9",
            Required::ReferenceLabel => "what the reference is, e.g. \"national\"",
            Required::SortBy => "what to sort by: \"data\", \"tier\", \"positive\" or \"total\"",
        }
    }

    fn syntax(&self, syntax: &Syntax) -> &'static str {
        match syntax {
            Syntax::NonFinite(_) => "{token} is not allowed in JSON; write a number",
            Syntax::Other(_) => "{detail}",
            Syntax::Empty => "the data is empty",
            Syntax::EofValue => "the data ends where a value was expected",
            Syntax::EofList => "the data ends inside a list; a \"]\" is missing",
            Syntax::EofObject => "the data ends inside an object; a \"}}\" is missing",
            Syntax::EofString => "the data ends inside a text; a closing \" is missing",
            Syntax::ExpectedColon => "a \":\" is expected after the field name",
            Syntax::ExpectedCommaOrBracket => {
                "a \",\" or \"]\" is expected (is a comma missing between two items?)"
            }
            Syntax::ExpectedCommaOrBrace => {
                "a \",\" or \"}\" is expected (is a comma missing between two fields?)"
            }
            Syntax::ExpectedIdent => {
                "unknown word; only true, false and null may be written without quotes"
            }
            Syntax::ExpectedValue => {
                "a value is expected: a number, text in double quotes, true, false, null, a list or an object"
            }
            Syntax::SingleQuote => "text must be in double quotes (\"), not single quotes (')",
            Syntax::Comment => "comments are not allowed in JSON",
            Syntax::ByteOrderMark => {
                "an invisible byte order mark (U+FEFF) is in the way; save the file as UTF-8 without it"
            }
            Syntax::KeyMustBeString => "field names must be text in double quotes",
            Syntax::TrailingComma => "a comma is followed by nothing; remove the last comma",
            Syntax::TrailingCharacters => {
                "there is more after the end of the data; the document must be one single object"
            }
            Syntax::InvalidNumber => {
                "this number is not written as JSON allows (e.g. 1234 or 12.5; no leading zeros, no \"+\", no \".\" at the end)"
            }
            Syntax::NumberOutOfRange => "this number is too large",
            Syntax::InvalidEscape => "invalid escape after \"\\\" in a text",
            Syntax::InvalidUnicode => "invalid \\u escape in a text",
            Syntax::ControlInString => {
                "a text contains a raw line break or control character; write a line break as \\n"
            }
        }
    }
}
