//! The invariants every input must keep, shared by the property tests
//! (`tests/properties.rs`), the fuzz targets (`fuzz/fuzz_targets/`, which
//! include this file by path: the fuzz crate is a workspace of its own) and
//! the replay of the fuzz corpus in `make test` (`tests/fuzz_corpus.rs`).
//!
//! [`render_input`] and [`hit_test_input`] are the whole bodies of the two
//! fuzz targets: libFuzzer calls them with its inputs, the replay test with
//! the committed corpus, so both run the same code paths and checks.

use super::layout;
use rating_chart::a11y::table_rows;
use rating_chart::derive::{derive, Part};
use rating_chart::interact::{hit_test, PICK_RADIUS_PX};
use rating_chart::layout::{EstimateMeasure, Size};
use rating_chart::model::limits::{MAX_COUNT, MAX_DECIMALS, MAX_ISSUES};
use rating_chart::model::validate::{validate, Validated};
use rating_chart::model::{validate_bytes_in, Lang};
use rating_chart::render::to_svg;
use rating_chart::scene::Scene;
use rating_chart::RatingData;
use serde_json::{json, Value};

/// SVG output contains only the elements we draw, and only characters XML
/// allows: nothing from the data becomes markup.
pub fn assert_svg_is_inert(svg: &str) {
    for (i, _) in svg.match_indices('<') {
        let tag: String = svg[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect();
        assert!(
            matches!(
                tag.as_str(),
                "svg"
                    | "/svg"
                    | "rect"
                    | "/rect"
                    | "text"
                    | "/text"
                    | "g"
                    | "/g"
                    | "line"
                    | "/line"
                    | "polyline"
                    | "/polyline"
                    | "polygon"
                    | "/polygon"
                    | "circle"
                    | "/circle"
                    | "path"
                    | "/path"
            ),
            "unexpected element <{tag}> in SVG"
        );
    }
    for c in svg.chars() {
        let ok = matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
            || c >= '\u{10000}';
        assert!(ok, "U+{:04X} is not allowed in XML", u32::from(c));
    }
}

/// Everything downstream of validation, for data that validated: the Scene
/// lies inside its canvas, holds every datum of a non-empty row (as one
/// mark or many) and no other, each mark's centre picks its datum or one
/// painted over it, and the SVG is inert.
pub fn check_downstream(data: &RatingData, width: f64, height: Option<f64>) -> Scene {
    let derived = derive(data);
    let scene = layout(
        data,
        Size {
            width_px: width,
            height_px: height,
        },
        &EstimateMeasure,
    );
    let (w, h) = (scene.width_px, scene.height_px);
    assert!(w.is_finite() && h.is_finite() && w > 0.0 && h > 0.0);
    for it in &scene.items {
        let b = it.bounds;
        assert!(
            [b.x, b.y, b.w, b.h].iter().all(|v| v.is_finite()) && b.w >= 0.0 && b.h >= 0.0,
            "{it:?}"
        );
        assert!(
            b.x >= -0.01 && b.y >= -0.01 && b.right() <= w + 0.01 && b.bottom() <= h + 0.01,
            "{:?} {b:?} outside {w}x{h}",
            it.role
        );
    }
    // Every datum of a non-empty row is in the Scene exactly once; no other.
    let mut expected = Vec::new();
    for row in &derived.rows {
        if row.total == 0 {
            continue;
        }
        for p in &row.parts {
            expected.push((row.group, p.part));
        }
    }
    let mut found: Vec<(usize, Part)> = scene
        .data_items()
        .filter_map(|i| i.datum)
        .map(|d| (d.group, d.part))
        .collect();
    found.sort();
    // A waffle draws a datum as many squares.
    found.dedup();
    expected.sort();
    assert_eq!(found, expected, "data items differ from the derived parts");
    // Picking: a segment's centre (a polygon's anchor) picks its own datum,
    // or, where marks overlap (crowded trend points), a mark painted over
    // it that also covers that centre; any pick is near.
    let items: Vec<_> = scene.data_items().collect();
    for (k, it) in items.iter().enumerate() {
        let b = it.bounds;
        if b.w >= 1.0 && b.h >= 1.0 {
            let (cx, cy) = it.anchor();
            let picked = hit_test(&scene, cx, cy);
            if picked != it.datum {
                let on_top = items[k + 1..]
                    .iter()
                    .any(|o| o.datum == picked && o.distance(cx, cy) == 0.0);
                assert!(
                    on_top,
                    "centre of {b:?} picks {picked:?}, not {:?}",
                    it.datum
                );
            }
        }
    }
    let svg = to_svg(&scene);
    assert_svg_is_inert(&svg);
    scene
}

/// The shares of every row add up to exactly 100 % at the precision shown
/// (none for an empty row), a zero part gets none, and the counts add up to
/// the group's total.
pub fn check_shares(data: &RatingData) {
    let derived = derive(data);
    assert!(derived.decimals <= MAX_DECIMALS);
    let whole = 100 * 10u64.pow(u32::from(derived.decimals));
    assert_eq!(derived.rows.len(), data.groups.len());
    let shares_only = data.shares_only();
    for (row, g) in derived.rows.iter().zip(&data.groups) {
        let sum: u64 = row.parts.iter().map(|p| p.share_units).sum();
        if shares_only {
            // No counts: the shares stand for them and fill the row.
            assert_eq!(row.total, sum, "{row:?}");
        } else {
            assert_eq!(row.total, g.total);
            let counted: u64 = row.parts.iter().map(|p| p.count).sum();
            assert_eq!(counted, g.total, "parts add up to the total");
        }
        if row.total == 0 {
            assert_eq!(sum, 0, "an empty row has no shares: {row:?}");
        } else {
            assert_eq!(sum, whole, "{row:?}");
        }
        for p in &row.parts {
            if p.count == 0 {
                assert_eq!(p.share_units, 0, "a zero part gets nothing: {row:?}");
            }
        }
    }
}

/// The data table holds each part's count in its own column, once, and
/// says what every other cell is.
pub fn check_table(data: &RatingData) {
    let derived = derive(data);
    let rows = table_rows(data, &derived);
    // A row per group, then the reference value's row when there is one:
    // its share in its tier's column only.
    let reference = usize::from(data.story.reference.is_some());
    assert_eq!(rows.len(), derived.rows.len() + reference);
    if let (Some(r), Some(last)) = (&data.story.reference, rows.last()) {
        for (c, cell) in last.cells.iter().enumerate() {
            assert!(cell.0.is_empty(), "a reference has no count");
            assert_eq!(
                cell.1.is_empty(),
                c != r.tier,
                "its share in column {}",
                r.tier
            );
        }
    }
    if data.shares_only() {
        // No counts to show: the table gives the shares as published.
        return;
    }
    let has_nr = derived
        .rows
        .iter()
        .any(|r| r.parts.iter().any(|p| p.part == Part::NotReported));
    let columns = data.tiers.len() + usize::from(has_nr);
    let l = data.locale;
    for (row, trow) in derived.rows.iter().zip(&rows) {
        assert_eq!(trow.cells.len(), columns);
        assert_eq!(trow.total, l.format_count(row.total));
        // Each part's count in its own column, once; every other cell says
        // what is there: a tier not reported, or none left unreported.
        let mut filled = vec![false; columns];
        for p in &row.parts {
            let col = match p.part {
                Part::Tier(i) => i,
                Part::NotReported => data.tiers.len(),
            };
            assert_eq!(trow.cells[col].0, l.format_count(p.count));
            assert!(!filled[col], "column {col} twice");
            filled[col] = true;
        }
        for (c, cell) in trow.cells.iter().enumerate() {
            if filled[c] {
                continue;
            }
            if c == data.tiers.len() {
                assert_eq!(cell.0, l.format_count(0), "nothing unreported: 0");
            } else {
                assert_eq!(cell, &(l.words.unpublished.to_string(), String::new()));
            }
        }
    }
}

/// What validation promises for any input `bytes`: data exactly when no
/// error, at most [`MAX_ISSUES`] issues and one more saying how many were
/// left out, every issue with a code and words; and whatever validates is
/// JSON to serde_json too (after an optional byte order mark).
pub fn check_validated(bytes: &[u8], v: &Validated) {
    assert_eq!(v.data.is_some(), v.errors().next().is_none());
    assert!(
        v.issues.len() <= MAX_ISSUES + 1,
        "{} issues",
        v.issues.len()
    );
    for issue in &v.issues {
        assert!(
            !issue.message.is_empty() && !issue.code.is_empty(),
            "{issue:?}"
        );
    }
    if v.data.is_some() {
        let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        assert!(
            serde_json::from_slice::<Value>(text).is_ok(),
            "accepted text that is not JSON"
        );
    }
}

/// FNV-1a: a cheap, stable hash of the input, so that any JSON file can be
/// a seed and still gets varied sizes and languages.
fn hash(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The `render` fuzz target: any bytes → validation (in a language derived
/// from the input) → shares, data table and summary → layout at a width
/// (from below the minimum to beyond the maximum) and sometimes a height
/// derived from the input → picking → SVG. Nothing may panic, and every
/// step keeps the checks above.
pub fn render_input(bytes: &[u8]) {
    let h = hash(bytes);
    let lang = match h % 3 {
        0 => None,
        1 => Some(Lang::Vi),
        _ => Some(Lang::En),
    };
    let v = validate_bytes_in(bytes, lang);
    check_validated(bytes, &v);
    let Some(data) = v.data else { return };
    let width = ((h >> 8) % 4400) as f64 + ((h >> 20) % 100) as f64 / 100.0;
    let height = ((h >> 32) & 3 == 0).then_some(((h >> 40) % 3000) as f64);
    check_shares(&data);
    check_table(&data);
    let derived = derive(&data);
    let _ = rating_chart::a11y::summary(&data, &derived);
    check_downstream(&data, width, height);
}

/// Reads a fuzz input as a sequence of numbers; zeros once it runs out.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn u8(&mut self) -> u8 {
        let Some((&b, rest)) = self.0.split_first() else {
            return 0;
        };
        self.0 = rest;
        b
    }
    fn u16(&mut self) -> u16 {
        u16::from_be_bytes([self.u8(), self.u8()])
    }
    fn u64(&mut self) -> u64 {
        (0..8).fold(0, |n, _| (n << 8) | u64::from(self.u8()))
    }
    /// Any double, NaN and infinities included.
    fn f64(&mut self) -> f64 {
        f64::from_bits(self.u64())
    }
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

const LABELS: [&str; 4] = [
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
];

/// The valid, seed-like rating data and pointer positions `bytes` stand for
/// (see [`hit_test_input`]).
pub fn hit_test_case(bytes: &[u8]) -> (Value, f64, Option<f64>, Vec<(f64, f64)>) {
    let mut r = Reader(bytes);
    let n_tiers = usize::from(r.u8() % 12) + 1;
    let n_groups = usize::from(r.u8() % 60) + 1;
    let flags = r.u8();
    let kind = KINDS[usize::from(r.u8()) % KINDS.len()];
    let width = match r.u8() % 4 {
        0 => r.f64(),
        _ => f64::from(r.u8()) * 8.0,
    };
    let height = (flags & 4 != 0).then(|| f64::from(r.u8()) * 12.0);
    let tiers: Vec<_> = (0..n_tiers)
        .map(|i| json!({"id": format!("t{i}"), "label": LABELS[i % 4]}))
        .collect();
    // Each tier's count at most an equal part, so the sum stays within 2^53 − 1.
    let cap = MAX_COUNT / n_tiers as u64;
    let groups: Vec<_> = (0..n_groups)
        .map(|gi| {
            let scale = [0, 1, 10, 1_000, 1_000_000, cap][usize::from(r.u8()) % 6];
            let omit = r.u8();
            let with_total = omit & 1 == 1;
            let mut c = serde_json::Map::new();
            let mut sum = 0u64;
            for i in 0..n_tiers {
                let v = r.u64() % (scale.min(cap) + 1);
                if with_total && (omit >> (1 + i % 7)) & 1 == 1 {
                    continue;
                }
                sum += v;
                c.insert(format!("t{i}"), json!(v));
            }
            let mut g = json!({"label": format!("Nhóm {gi}"), "counts": c});
            if with_total {
                g["total"] = json!(sum + r.u64() % (MAX_COUNT - sum + 1));
            }
            if flags & 8 != 0 {
                g["period"] = json!(2000 + (gi % 3));
            }
            g
        })
        .collect();
    let mut doc = json!({"version": 1, "tiers": tiers, "groups": groups});
    doc["display"] = json!({
        "values": if flags & 1 == 1 { "counts" } else { "shares" },
        "kind": kind,
    });
    if flags & 2 != 0 {
        doc["display"]["decimals"] = json!(r.u8() % (MAX_DECIMALS + 1));
    }
    let mut points = Vec::new();
    while !r.is_empty() && points.len() < 64 {
        // Mostly a point on or near the chart, in 1/16 px steps; now and
        // then any two doubles.
        points.push(match r.u8() {
            255 => (r.f64(), r.f64()),
            _ => (
                f64::from(r.u16()) / 16.0 - 50.0,
                f64::from(r.u16()) / 16.0 - 50.0,
            ),
        });
    }
    (doc, width, height, points)
}

/// Every `display.kind` (the random documents and the fuzz inputs are
/// drawn as each).
pub const KINDS: [&str; 9] = [
    "auto",
    "stacked",
    "diverging",
    "grouped",
    "donut",
    "waffle",
    "trend",
    "multiples",
    "table",
];

/// The `hit_test` fuzz target: valid, seed-like data of any kind with
/// fuzzed counts, totals, omitted tiers, width, height, decimals and
/// pointer positions validates; the Scene keeps [`check_downstream`]'s
/// promises (each segment's centre picks its own datum, or a mark painted
/// over it); `hit_test` never panics and returns only a datum within
/// `PICK_RADIUS_PX` of the point, and nothing for a point that is not a
/// number.
pub fn hit_test_input(bytes: &[u8]) {
    let (doc, width, height, points) = hit_test_case(bytes);
    let v = validate(&doc.to_string());
    let data = v
        .data
        .unwrap_or_else(|| panic!("seed-like data is valid: {:?}", v.issues));
    check_shares(&data);
    let scene = check_downstream(&data, width, height);
    for (x, y) in points {
        if let Some(datum) = hit_test(&scene, x, y) {
            assert!(x.is_finite() && y.is_finite(), "({x}, {y}) picks {datum:?}");
            let near = scene
                .data_items()
                .filter(|i| i.datum == Some(datum))
                .map(|i| i.bounds.distance(x, y))
                .fold(f64::INFINITY, f64::min);
            assert!(
                near <= PICK_RADIUS_PX,
                "{datum:?} is {near} px from ({x}, {y})"
            );
        }
    }
}
