//! The data as a file a reader can take away: CSV text, one row per group,
//! with the raw numbers (no formatting, no locale). The host offers it as a
//! download; nothing here knows the browser.

use crate::model::rating::{RatingData, SHARE_UNITS_PER_PERCENT};
use std::fmt::Write;

/// The data as CSV: a header `group,period,total,TIER…` then one row per
/// group with its raw counts (blank = not reported) and its total (the
/// stated one, or the sum of the counts). Shares-only data gives the shares
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
    for t in &data.tiers {
        if shares {
            row.field(&format!("{} share (%)", t.label));
        } else {
            row.field(&t.label);
        }
    }
    row.end();
    let mut number = String::new();
    for g in &data.groups {
        row.field(&g.label);
        row.field(g.period.as_deref().unwrap_or(""));
        if !shares {
            number.clear();
            let _ = write!(number, "{}", g.total);
            row.field(&number);
        }
        for c in &g.counts {
            number.clear();
            match (c, shares) {
                (None, _) => {}
                (Some(units), true) => share_text(*units, &mut number),
                (Some(n), false) => {
                    let _ = write!(number, "{n}");
                }
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
    let _ = write!(out, "{whole}");
    if frac > 0 {
        let digits = format!("{frac:03}");
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

    #[test]
    fn fields_are_quoted_when_needed() {
        assert_eq!(one("plain"), "plain");
        assert_eq!(one(""), "");
        assert_eq!(one("a,b"), "\"a,b\"");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(one("two\nlines"), "\"two\nlines\"");
        assert_eq!(one("cr\rhere"), "\"cr\rhere\"");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(one("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(one("+1"), "'+1");
        assert_eq!(one("-5"), "'-5");
        assert_eq!(one("@cmd"), "'@cmd");
        assert_eq!(one("\tx"), "'\tx");
        // Defused, then quoted (the carriage return), quote inside doubled.
        assert_eq!(one("\r\"x"), "\"'\r\"\"x\"");
        assert_eq!(one("=a,b"), "\"'=a,b\"");
        // Only at the start.
        assert_eq!(one("a=b"), "a=b");
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
            "group,period,total,Good,\"Bad, really\"\r\n\
             One,2021,7,3,4\r\n\
             '=Two,,10,5,\r\n\
             \"Three \"\"q\"\"\",'-1,9,1,\r\n"
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
            "group,period,Yes share (%),No share (%)\r\n\
             X,,33.3,66.7\r\n\
             Y,,40,\r\n"
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
