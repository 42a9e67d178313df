use super::*;
use crate::model::parse::{Json, Syntax};
use std::collections::{BTreeSet, HashSet};

#[test]
fn quotes_are_escaped_and_short() {
    assert_eq!(quote("a\"b"), "\"a\\\"b\"");
    assert_eq!(quote("\u{202e}x"), "\"\\u{202e}x\"");
    let long = quote(&"x".repeat(1000));
    assert_eq!(long.chars().count(), words::QUOTE_CHARS + 3);
}

#[test]
fn count_text_hints_only_for_whole_numbers() {
    let hint = |s: &str| issues::count_is_text(Lang::En, "p", s).message;
    assert!(hint("13.886").contains("e.g. 13886, not \"13.886\""));
    assert!(hint("91 400").contains("e.g. 91400"));
    assert!(hint("657").contains("e.g. 657"));
    assert!(!hint("1.5").contains("e.g."));
    assert!(!hint("abc").contains("e.g."));
    assert!(!hint("12.34.5").contains("e.g."));
}

/// Every issue a code can be given with, in language `l`: the match is
/// exhaustive, so a new code does not compile until it has its examples.
fn examples(code: Code, l: Lang) -> Vec<Issue> {
    use issues::*;
    let v = Json::Number(1.into());
    match code {
        Code::JsonSyntax => vec![json_syntax(l, &Syntax::TrailingComma, 1, 2)],
        Code::JsonTooDeep => vec![json_too_deep(l, 1, 2)],
        Code::LimitDocumentSize => vec![document_too_large(l, 9)],
        Code::JsonEncoding => vec![not_utf8(l, 3), utf16(l)],
        Code::JsonNotObject => vec![not_object(l, &v)],
        Code::JsonDuplicateKey => vec![duplicate_key(l, "a", "a")],
        Code::CountNotFinite => vec![count_not_finite(l, "a", "NaN")],
        Code::NumberNotFinite => vec![number_not_finite(l, "a", "NaN")],
        Code::NumberOutOfRange => vec![number_out_of_range(l, "a", "1e400")],
        Code::FieldMissing => vec![missing(l, "a", Required::Version)],
        Code::FieldUnknown => vec![
            unknown_field(l, "a", "a", Some("b"), &["b"]),
            unknown_field(l, "a", "a", None, &["b"]),
        ],
        Code::FieldType => vec![wrong_type(l, "a", Expected::Text, &v)],
        Code::VersionUnsupported => vec![unsupported_version(l, "2"), version_as_text(l, "\"1\"")],
        Code::TextEmpty => vec![empty_text(l, "a")],
        Code::TextTooLong => vec![text_too_long(l, "a", 3, 2)],
        Code::TextControlCharacter => vec![text_control(l, "a", 1)],
        Code::TextBidiControl => vec![text_bidi(l, "a", 0x202e)],
        Code::TextInvisibleCharacter => vec![text_invisible(l, "a", 0x200b)],
        Code::TextLoneSurrogate => vec![text_lone_surrogate(l, "a")],
        Code::TextLineBreak => vec![text_line_break(l, "a")],
        Code::TextNoncharacter => vec![text_noncharacter(l, "a", 0xffff)],
        Code::TiersEmpty => vec![tiers_empty(l)],
        Code::LimitTiers => vec![tiers_too_many(l, 13)],
        Code::TierIdInvalid => vec![tier_id_invalid(l, "a", "a b")],
        Code::TierIdReserved => vec![tier_id_reserved(l, "a", "__proto__")],
        Code::TierIdDuplicate => vec![tier_id_duplicate(l, "a", "a", 0)],
        Code::TierPolarityInvalid => vec![polarity_invalid(l, "a", "x")],
        Code::ColorInvalid => vec![color_invalid(l, "a", "x")],
        Code::ColorTransparent => vec![color_transparent(l, "a", "x")],
        Code::GroupsEmpty => vec![groups_empty(l)],
        Code::LimitGroups => vec![groups_too_many(l, 1)],
        Code::LimitPeriods => vec![periods_too_many(l, 1)],
        Code::GroupDuplicate => vec![group_duplicate(l, "a", "a", 0)],
        Code::CountNegative => vec![count_negative(l, "a", "-1")],
        Code::CountFractional => vec![count_fractional(l, "a", "1.5")],
        Code::CountTooLarge => vec![count_too_large(l, "a", "1e308"), sum_too_large(l, "a")],
        Code::CountNotNumber => vec![count_is_text(l, "a", "1"), count_is_text(l, "a", "x")],
        Code::CountUnknownTier => vec![count_unknown_tier(l, "a", "a", "\"b\"")],
        Code::CountMissing => vec![count_missing(l, "a", "a")],
        Code::TotalBelowSum => vec![total_below_sum(l, "a", 1, 2)],
        Code::PeriodInvalid => vec![period_invalid(l, "a", "x")],
        Code::PeriodYearRange => vec![period_year_range(l, "a", "-1")],
        Code::LocaleUnsupported => vec![locale_fallback(l, "x", "en-US")],
        Code::UrlInvalid => vec![url_invalid(l, "a")],
        Code::DisplayKindUnknown => vec![kind_unknown(l, "x")],
        Code::DisplayValuesUnknown => vec![values_unknown(l, "x")],
        Code::DisplayDecimalsRange => vec![decimals_range(l, "9")],
        Code::GroupCountsAndShares => vec![counts_and_shares(l, "a")],
        Code::GroupsMixedBasis => vec![basis_mixed(l, "a", true), basis_mixed(l, "a", false)],
        Code::SharesEmpty => vec![shares_empty(l, "a")],
        Code::ShareRange => vec![share_range(l, "a", "-1")],
        Code::SharePrecision => vec![share_precision(l, "a", "1.2345")],
        Code::ShareNotNumber => vec![share_is_text(l, "a", "40%")],
        Code::SharesOver100 => vec![shares_over_100(l, "a", "102", "101.5")],
        Code::SharesTotalIgnored => vec![shares_total_ignored(l, "a")],
        Code::DisplayValuesSharesOnly => vec![values_counts_shares_only(l)],
        Code::ThemeFontInvalid => vec![theme_font_invalid(l, "a", "x;y")],
        Code::ThemePaletteTooShort => vec![palette_too_short(l, "a", 2, 3)],
        Code::ThemeModeUnknown => vec![theme_mode_unknown(l, "a", "\"dim\"")],
        Code::ThemeContrast => vec![theme_contrast(l, "a", "ink", 2.5)],
        Code::StoryGroupUnknown => vec![story_group_unknown(l, "a", "x")],
        Code::StoryTierUnknown => vec![story_tier_unknown(l, "a", "x", &["good"])],
        Code::StoryPeriodUnknown => vec![story_period_unknown(l, "a", "2019")],
        Code::DisplaySortUnknown => vec![
            sort_unknown(l, "a", "x", false),
            sort_unknown(l, "a", "x", true),
        ],
        Code::DisplaySortTierMissing => vec![sort_tier_missing(l)],
        Code::AnnotationTargetMissing => vec![annotation_target_missing(l, "a")],
        Code::LimitAnnotations => vec![annotations_too_many(l, 21)],
        Code::IssuesTruncated => vec![truncated(l, 5, true), truncated(l, 5, false)],
    }
}

#[test]
fn codes_are_unique_and_dotted() {
    let mut seen = HashSet::new();
    for code in Code::ALL {
        let s = code.as_str();
        assert!(seen.insert(s), "{s} twice");
        assert_eq!(code.to_string(), s);
        assert!(
            s.contains('.')
                && s.split('.').all(|part| !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')),
            "{s}"
        );
    }
}

#[test]
fn every_code_has_its_message_in_both_languages() {
    for &code in Code::ALL {
        let (vi, en) = (examples(code, Lang::Vi), examples(code, Lang::En));
        assert!(!vi.is_empty(), "{code}: no example");
        for (vi, en) in vi.iter().zip(&en) {
            assert_eq!(vi.code, code.as_str());
            assert_eq!(
                (vi.code, &vi.path, vi.severity),
                (en.code, &en.path, en.severity)
            );
            assert_ne!(vi.message, en.message, "{}: not translated", vi.code);
            for message in [&vi.message, &en.message] {
                let unfilled = message.split('{').skip(1).any(|s| {
                    s.split_once('}').is_some_and(|(name, _)| {
                        !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    })
                });
                assert!(!unfilled, "{}: a value is missing in {message:?}", vi.code);
            }
            assert!(vi.message.ends_with('.') || vi.message.ends_with(')'));
            assert!(en.message.ends_with('.') || en.message.ends_with(')'));
        }
    }
}

#[test]
fn every_syntax_error_has_its_words_in_both_languages() {
    for syntax in [
        Syntax::Empty,
        Syntax::EofValue,
        Syntax::EofList,
        Syntax::EofObject,
        Syntax::EofString,
        Syntax::ExpectedColon,
        Syntax::ExpectedCommaOrBracket,
        Syntax::ExpectedCommaOrBrace,
        Syntax::ExpectedIdent,
        Syntax::ExpectedValue,
        Syntax::SingleQuote,
        Syntax::ByteOrderMark,
        Syntax::Comment,
        Syntax::NonFinite("NaN"),
        Syntax::KeyMustBeString,
        Syntax::TrailingComma,
        Syntax::TrailingCharacters,
        Syntax::InvalidNumber,
        Syntax::NumberOutOfRange,
        Syntax::InvalidEscape,
        Syntax::InvalidUnicode,
        Syntax::ControlInString,
    ] {
        let (vi, en) = (
            table(Lang::Vi).syntax(&syntax),
            table(Lang::En).syntax(&syntax),
        );
        assert_ne!(vi, en, "{syntax:?}");
    }
}

/// The `{name}`s of a template, or what is wrong with its braces.
fn placeholders(template: &str) -> Result<BTreeSet<&str>, String> {
    let mut names = BTreeSet::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        let (brace, after) = rest[i..].split_at(1);
        if after.starts_with(brace) {
            rest = &after[1..];
            continue;
        }
        let name = match (brace, after.split_once('}')) {
            ("{", Some((name, tail)))
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') =>
            {
                rest = tail;
                name
            }
            _ => return Err(format!("a lone {brace:?} in {template:?}")),
        };
        names.insert(name);
    }
    Ok(names)
}

#[test]
fn every_template_has_the_same_values_in_both_languages() {
    let (vi, en) = (table(Lang::Vi), table(Lang::En));
    let mut pairs: Vec<(String, &str, &str)> = Vec::new();
    for &code in Code::ALL {
        pairs.push((code.to_string(), vi.message(code), en.message(code)));
    }
    for extra in Extra::ALL {
        pairs.push((format!("{extra:?}"), vi.extra(extra), en.extra(extra)));
    }
    for syntax in [
        Syntax::NonFinite("NaN"),
        Syntax::Other(String::new()),
        Syntax::EofObject,
    ] {
        pairs.push((
            format!("{syntax:?}"),
            vi.syntax(&syntax),
            en.syntax(&syntax),
        ));
    }
    for (key, vi, en) in pairs {
        let (v, e) = (placeholders(vi), placeholders(en));
        assert!(v.is_ok() && e.is_ok(), "{key}: {v:?} {e:?}");
        assert_eq!(v, e, "{key}");
    }
}

#[test]
fn templates_are_filled_by_name() {
    let args: words::Args = &[("a", &1), ("b", &"x{c}")];
    assert_eq!(fill("{a} and {b}, {{a}} }} {", args), "1 and x{c}, {a} } {");
    assert_eq!(fill("{missing} {a", args), "{missing} {a");
}

#[test]
fn a_line_without_words_names_the_code() {
    // The reader's wasm module (no `messages` feature) words nothing: its
    // error lines say the code where the message would be.
    let mut issue = issues::count_is_text(Lang::En, "groups[0].counts.good", "12");
    assert!(issue.display_line().starts_with("groups[0].counts.good: "));
    issue.message.clear();
    assert_eq!(
        issue.display_line(),
        format!("groups[0].counts.good: {}", issue.code)
    );
    issue.path.clear();
    assert_eq!(issue.display_line(), issue.code);
}
