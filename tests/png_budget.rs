//! `rating-chart render --png` has a pixel budget: a chart that would need
//! more than 40 million pixels is refused at once, with an error naming the
//! limit and what to do, instead of taking the build server's memory.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;
use std::time::Instant;

/// A valid document of `n` groups.
fn groups(n: usize) -> String {
    let groups: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"label": "Group {i}", "counts": {{"a": {}, "b": 3}}}}"#,
                i % 7 + 1
            )
        })
        .collect();
    format!(
        r#"{{"version": 1, "locale": "en-US", "tiers": [{{"id": "a", "label": "A"}}, {{"id": "b", "label": "B"}}],
            "groups": [{}]}}"#,
        groups.join(", ")
    )
}

#[test]
fn a_png_over_the_pixel_budget_is_refused_with_the_limit_and_a_way_out() {
    let dir = std::env::temp_dir().join(format!("rating-chart-png-budget-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("many.json");
    std::fs::write(&input, groups(2_000)).unwrap();
    let output = dir.join("many.png");
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_rating-chart"))
        .args([
            "render",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let took = started.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    for words in [
        "over the limit of 40,000,000 pixels",
        "--scale 0.",
        "write SVG",
    ] {
        assert!(err.contains(words), "{words:?} in {err}");
    }
    assert!(!output.exists(), "no image written");
    // The scale suggested is one that fits (checked in src/render/png.rs).
    let scale: f32 = err
        .split("--scale ")
        .nth(2)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("a suggested scale in {err}"));
    assert!(scale > 0.0 && scale < 2.0, "{scale}");
    // Not timed as a test (machines differ); said for the record.
    eprintln!("refused in {took:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The memory ceiling of `render --png` within the pixel budget, in KiB of
/// peak resident memory of the whole process: twice the 300 MB measured for
/// 1,000 groups at `--scale 1` (640 × 48,065 px, 31 million pixels, near the
/// 40 million of the budget), in both the debug and the release build.
const PNG_PEAK_RSS_CEILING_KIB: u64 = 600_000;

/// The ceiling of a refusal (10,000 groups): read, validated and laid out,
/// nothing drawn; twice the 25 MB measured (21 MB in the release build).
const REFUSAL_PEAK_RSS_CEILING_KIB: u64 = 50_000;

/// Runs `command` to its end; its exit status, standard error and peak
/// resident memory in KiB: `/usr/bin/time -f %M` (getrusage's ru_maxrss of
/// the child) where it exists, else `VmHWM` of /proc/PID/status read while
/// it runs (a lower bound, since the last moments may be missed).
#[cfg(target_os = "linux")]
fn peak_rss(program: &str, args: &[&str]) -> (Option<i32>, String, u64) {
    use std::process::Stdio;
    let time = std::path::Path::new("/usr/bin/time");
    if time.exists() {
        let report = std::env::temp_dir().join(format!("rating-chart-rss-{}", std::process::id()));
        let out = Command::new(time)
            .args(["-f", "%M", "-o", report.to_str().unwrap(), program])
            .args(args)
            .output()
            .unwrap();
        let said = std::fs::read_to_string(&report).unwrap_or_default();
        let _ = std::fs::remove_file(&report);
        // GNU time writes "Command exited with non-zero status N" first.
        let kib = said
            .lines()
            .filter_map(|l| l.trim().parse::<u64>().ok())
            .next_back()
            .unwrap_or_else(|| panic!("a peak RSS from /usr/bin/time in {said:?}"));
        return (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            kib,
        );
    }
    let mut child = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut kib = 0;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if let Ok(text) = std::fs::read_to_string(&status_file) {
            let hwm = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.split_whitespace().next())
                .and_then(|v| v.parse::<u64>().ok());
            kib = kib.max(hwm.unwrap_or(0));
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut err);
    }
    (status.code(), err, kib)
}

/// Peak memory of `render --png`, measured and printed (not timed): 1,000
/// groups drawn at `--scale 1`, close to the pixel budget, stay under the
/// documented ceiling; 10,000 groups are refused in a few MB.
#[cfg(target_os = "linux")]
#[test]
fn png_memory_stays_under_its_ceiling_within_the_budget_and_when_refused() {
    let dir = std::env::temp_dir().join(format!("rating-chart-png-rss-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cli = env!("CARGO_BIN_EXE_rating-chart");
    let mut figures = Vec::new();
    for (n, ceiling) in [
        (1_000, PNG_PEAK_RSS_CEILING_KIB),
        (10_000, REFUSAL_PEAK_RSS_CEILING_KIB),
    ] {
        let input = dir.join(format!("g{n}.json"));
        std::fs::write(&input, groups(n)).unwrap();
        let output = dir.join(format!("g{n}.png"));
        let (status, err, kib) = peak_rss(
            cli,
            &[
                "render",
                input.to_str().unwrap(),
                "-o",
                output.to_str().unwrap(),
                "--scale",
                "1",
            ],
        );
        if n == 1_000 {
            assert_eq!(status, Some(0), "{err}");
            let png = std::fs::read(&output).unwrap();
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            // 640 × 48,065 px: the IHDR's width and height.
            let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
            assert_eq!(size(16), 640);
            assert!(size(20) > 40_000, "{}", size(20));
        } else {
            assert_eq!(status, Some(2), "{err}");
            assert!(err.contains("over the limit of 40,000,000 pixels"), "{err}");
            assert!(!output.exists(), "no image written");
        }
        eprintln!(
            "render --png --scale 1 of {n} groups: peak RSS {kib} KiB (ceiling {ceiling} KiB)"
        );
        figures.push((n, kib, ceiling));
    }
    for (n, kib, ceiling) in figures {
        assert!(kib > 0, "a peak RSS measured for {n} groups");
        assert!(
            kib <= ceiling,
            "{n} groups: peak RSS {kib} KiB over the ceiling of {ceiling} KiB"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
