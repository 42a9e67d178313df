//! The data as a file a reader can take away: CSV text, one row per group,
//! with the raw numbers (no formatting, no locale). The host offers it as a
//! download; nothing here knows the browser.

use crate::model::rating::{RatingData, SHARE_UNITS_PER_PERCENT};
use crate::scale::format::push_digits;

/// The data as CSV: a header `group,period,total,TIER…` then one row per
/// group with its raw counts (blank = a tier the source did not publish)
/// and its total (the stated one, or the sum of the counts); when a stated
/// total exceeds its counts, a last column named with the chart's word for
/// that remainder ("Không công bố", "Not reported") holds it. Shares-only data gives the shares
/// as published under `TIER share (%)` headers, and no total. Fields are
/// quoted when they hold a quote, a comma or a line break; a field starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` so
/// that a spreadsheet does not run it as a formula. Lines end with CRLF.
pub fn csv(data: &RatingData) -> String {
    let shares = data.shares_only();
    let mut out = String::new();
    let mut row = Row::new(&mut out);
    row.field("group");
    row.field("period");
    if !shares {
        row.field("total");
    }
    // The remainder of stated totals, when any group has one: a column of
    // its own, named with the word the chart uses for it (a tier the source
    // did not publish is a blank cell, a different thing).
    let remainder = data.groups.iter().any(|g| g.not_reported() > 0);
    let names = data
        .tiers
        .iter()
        .map(|t| t.label.as_str())
        .chain(remainder.then_some(data.locale.words.not_reported));
    for name in names {
        if shares {
            row.field(&crate::scale::format::concat(&[name, " share (%)"]));
        } else {
            row.field(name);
        }
    }
    row.end();
    let mut number = String::new();
    for g in &data.groups {
        row.field(&g.label);
        row.field(g.period.as_deref().unwrap_or(""));
        if !shares {
            number.clear();
            push_digits(&mut number, g.total, 1);
            row.field(&number);
        }
        for c in &g.counts {
            number.clear();
            match (c, shares) {
                (None, _) => {}
                (Some(units), true) => share_text(*units, &mut number),
                (Some(n), false) => push_digits(&mut number, *n, 1),
            }
            row.field(&number);
        }
        if remainder {
            number.clear();
            if shares {
                share_text(g.not_reported(), &mut number);
            } else {
                push_digits(&mut number, g.not_reported(), 1);
            }
            row.field(&number);
        }
        row.end();
    }
    out
}

/// A share kept in thousandths of a percent, written as the shortest
/// decimal that gives it back (33300 → `33.3`, 40000 → `40`): the number as
/// the data wrote it.
fn share_text(units: u64, out: &mut String) {
    let whole = units / SHARE_UNITS_PER_PERCENT;
    let frac = units % SHARE_UNITS_PER_PERCENT;
    push_digits(out, whole, 1);
    if frac > 0 {
        let mut digits = String::new();
        push_digits(&mut digits, frac, 3);
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
}

/// One CSV line being written.
struct Row<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Row<'a> {
    fn new(out: &'a mut String) -> Row<'a> {
        Row { out, first: true }
    }

    fn field(&mut self, value: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        field(value, self.out);
    }

    fn end(&mut self) {
        self.out.push_str("\r\n");
        self.first = true;
    }
}

/// One CSV field, defused and quoted as [`csv`] says.
pub fn field(value: &str, out: &mut String) {
    let defuse = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = value.contains(['"', ',', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if defuse {
        out.push('\'');
    }
    if quote {
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(v: &str) -> String {
        let mut s = String::new();
        field(v, &mut s);
        s
    }

    /// Quoted when a field holds a quote, a comma or a line break; a
    /// leading `= + - @`, tab or carriage return defused with a `'`.
    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        for (value, want) in [
            ("plain", "plain"),
            ("", ""),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\rhere", "\"cr\rhere\""),
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+1", "'+1"),
            ("-5", "'-5"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            // Defused, then quoted (the carriage return), quote doubled.
            ("\r\"x", "\"'\r\"\"x\""),
            ("=a,b", "\"'=a,b\""),
            // Only at the start.
            ("a=b", "a=b"),
        ] {
            assert_eq!(one(value), want, "{value:?}");
        }
    }

    fn csv_of(json: &str) -> String {
        let v = crate::validate(json);
        csv(v.data.as_ref().expect("valid data"))
    }

    #[test]
    fn counts_totals_and_not_reported() {
        let json = r#"{"version": 1, "locale": "en-US",
            "tiers": [{"id": "a", "label": "Good"}, {"id": "b", "label": "Bad, really"}],
            "groups": [
              {"label": "One", "period": 2021, "counts": {"a": 3, "b": 4}},
              {"label": "=Two", "total": 10, "counts": {"a": 5}},
              {"label": "Three \"q\"", "period": "-1", "total": 9, "counts": {"a": 1, "b": null}}
            ]}"#;
        assert_eq!(
            csv_of(json),
            "group,period,total,Good,\"Bad, really\",Not reported\r\n\
             One,2021,7,3,4,0\r\n\
             '=Two,,10,5,,5\r\n\
             \"Three \"\"q\"\"\",'-1,9,1,,8\r\n"
        );
    }

    #[test]
    fn shares_only_data_gives_its_shares_and_no_total() {
        let json = r#"{"version": 1,
            "tiers": [{"id": "a", "label": "Yes"}, {"id": "b", "label": "No"}],
            "groups": [
              {"label": "X", "shares": {"a": 33.3, "b": 66.70}},
              {"label": "Y", "shares": {"a": 40}}
            ]}"#;
        assert_eq!(
            csv_of(json),
            "group,period,Yes share (%),No share (%),Không công bố share (%)\r\n\
             X,,33.3,66.7,0\r\n\
             Y,,40,,60\r\n"
        );
    }

    #[test]
    fn shares_are_written_as_given() {
        let text = |u| {
            let mut s = String::new();
            share_text(u, &mut s);
            s
        };
        assert_eq!(text(33_300), "33.3");
        assert_eq!(text(40_000), "40");
        assert_eq!(text(12_345), "12.345");
        assert_eq!(text(500), "0.5");
        assert_eq!(text(1), "0.001");
        assert_eq!(text(0), "0");
        assert_eq!(text(100_000), "100");
        assert_eq!(text(10_250), "10.25");
    }
}
