//! English: the widget's words, shared by the `en-US` and `en-GB` number
//! formats.

#[cfg(not(target_arch = "wasm32"))]
use super::HostWords;
#[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
use super::KindsWords;
#[cfg(any(feature = "story", not(target_arch = "wasm32")))]
use super::StoryWords;
use super::{Locale, SummaryWords, Words};

/// English (United States): `91,400`, `15.2%`.
pub static EN_US: Locale = Locale {
    tag: "en-US",
    decimal: ".",
    group: ",",
    percent_suffix: "%",
    minus: "\u{2212}",
    words: &WORDS,
};

/// English (United Kingdom): `91,400`, `15.2%`.
pub static EN_GB: Locale = Locale {
    tag: "en-GB",
    decimal: ".",
    group: ",",
    percent_suffix: "%",
    minus: "\u{2212}",
    words: &WORDS,
};

/// The words of English.
pub static WORDS: Words = Words {
    lang: "en",
    not_reported: "Not reported",
    unpublished: "No data",
    total: "Total",
    source_prefix: "Source: ",
    notes_prefix: "Note: ",
    no_data: "No data (total is 0)",
    #[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
    kinds: KindsWords {
        each_square: "Each square is {n}",
        too_small_for_square: "Too small for one square: {tiers}",
        trend_needs_periods: "A trend needs at least two periods; shown as stacked bars.",
    },
    shares_only: "Shares only: the source gives percentages, not counts.",
    count: "Count",
    share: "Share",
    group: "Group",
    period: "Period",
    summary: SummaryWords {
        largest: "{group}: largest tier “{tier}”, {share}.",
        mostly_not_reported: "{group}: mostly not reported, {share}.",
        mostly_not_reported_then_largest: "{group}: mostly not reported, {unreported}; \
             of the rest, the largest tier is “{tier}”, {share}.",
        no_data: "{group}: No data (total is 0).",
        many_groups: "{n} groups, from “{first}” to “{last}”; the data table has every figure.",
        #[cfg(any(feature = "story", not(target_arch = "wasm32")))]
        story: StoryWords {
            highlight: "In focus: {what}.",
            reference: "Reference, {label}: “{tier}” {share}.",
            reference_row: "{label} (reference)",
        },
        name_scale: "From “{first}” to “{last}”",
        name_groups: "{scale}: {n} groups",
        name_group: "{scale}: {group}",
    },
    // Only in native builds: the host's words are generated into
    // www/host/words.js; the wasm module never says them.
    #[cfg(not(target_arch = "wasm32"))]
    host: HostWords {
        failed: "This chart cannot be drawn",
        fetch: "Could not load the data from {url}: {why}",
        bad_url: "The src attribute accepts only http(s) addresses or relative paths.",
        no_data: "No data: set the src attribute or put a \
             <script type=\"application/json\"> inside.",
        bad_type: "the server sent {type}, not JSON",
        not_utf8: "the file is not UTF-8 text; save it as UTF-8",
        too_large: "the file is larger than 5 MiB, the most a chart reads",
        inline_cut: "The inline data ends early: a text in it contains </script>, which closes the data block. Write < as \\u003c inside JSON strings.",
        download: "Download {format}",
        internal: "Internal error while drawing the chart.",
        load_failed: "Could not load the chart's code from {url}: {why}",
        chart: "Chart",
        keys: "Use the arrow keys to hear each figure (left and right within a group, \
             up and down between groups), Home and End for a group's first and last, \
             Ctrl+Home and Ctrl+End for the chart's; Enter to emphasise a tier; Escape \
             to clear it; Tab to leave the chart.",
        show_data: "Show data table",
        hide_data: "Hide data table",
        emphasised: "Emphasised: {tier}",
        cleared: "Emphasis cleared",
        attribute: "The {name}=\"{value}\" attribute of <rating-chart>",
    },
};
