//! Times `validate` and `derive` on a data file: the median of several runs.
//!
//! `cargo run --release --example time_validate -- FILE [RUNS]`

use std::time::Instant;

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: time_validate FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(21);
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let validated = rating_chart::validate(&text);
    let issues = validated.issues.len();
    let Some(data) = validated.data else {
        eprintln!("{path}: not valid ({issues} issues)");
        std::process::exit(1);
    };
    let derived = rating_chart::derive::derive(&data);
    let v = median_ms(runs, || {
        std::hint::black_box(rating_chart::validate(std::hint::black_box(&text)));
    });
    let d = median_ms(runs, || {
        std::hint::black_box(rating_chart::derive::derive(std::hint::black_box(&data)));
    });
    println!(
        "{path}: {} groups, {issues} issues, {} decimals; median of {runs}: validate {v:.3} ms, derive {d:.3} ms",
        data.groups.len(),
        derived.decimals,
    );
}
