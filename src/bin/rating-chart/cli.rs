//! Argument parsing and the commands of `rating-chart`.

use rating_chart::layout::{layout, EstimateMeasure, Size, DEFAULT_WIDTH_PX};
use rating_chart::model::input::schema_json;
use rating_chart::model::validate::validate_bytes_in;
use rating_chart::model::Lang;
use rating_chart::render::to_svg;
use rating_chart::Severity;
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
rating-chart — rating-data charts from JSON

USAGE:
  rating-chart render INPUT.json -o OUT.svg [--width W] [--height H] [--lang vi|en]
      Draw the chart as SVG (the same Scene as the browser). INPUT may be '-'
      for standard input. Width defaults to 640 CSS px; height to the height
      the content needs. Problems are printed on standard error.
  rating-chart check INPUT.json [--lang vi|en]
      Validate. Prints one JSON object per issue on stdout:
      {\"code\",\"path\",\"message\",\"severity\"}. Exit status: 0 valid (warnings
      allowed), 1 invalid, 2 usage or I/O error.

  --lang vi|en   language of the messages. Default: the data's own (Vietnamese
                 when its locale is Vietnamese or absent, English otherwise;
                 English when the file is not JSON at all).
  rating-chart schema
      Print the JSON Schema of rating-data format v1.
";

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("rating-chart: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
    }
}

/// Runs the command line; returns the exit status.
pub fn run(args: &[String]) -> ExitCode {
    match args.first().map(String::as_str) {
        Some("render") => render(&args[1..]),
        Some("check") => check(&args[1..]),
        Some("schema") => {
            print!("{}", schema_json());
            ExitCode::SUCCESS
        }
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(&format!("unknown command {other:?}")),
        None => usage_error("no command given"),
    }
}

fn parse_lang(value: Option<&String>) -> Result<Lang, String> {
    let v = value.ok_or("--lang needs a value: vi or en")?;
    Lang::parse(v).ok_or_else(|| format!("--lang must be vi or en, not {v:?}"))
}

fn check(args: &[String]) -> ExitCode {
    let mut input = None;
    let mut lang = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let r = match a.as_str() {
            "--lang" => parse_lang(it.next()).map(|l| lang = Some(l)),
            s if s.starts_with('-') && s != "-" => Err(format!("unknown option {s:?}")),
            s if input.is_none() => {
                input = Some(s.to_string());
                Ok(())
            }
            _ => Err("check takes exactly one INPUT".to_string()),
        };
        if let Err(e) = r {
            return usage_error(&e);
        }
    }
    let Some(input) = input else {
        return usage_error("check takes exactly one INPUT");
    };
    let bytes = match read_input(&input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("rating-chart: {e}");
            return ExitCode::from(2);
        }
    };
    let v = validate_bytes_in(&bytes, lang);
    let mut out = std::io::stdout().lock();
    for issue in &v.issues {
        let line = serde_json::to_string(issue).unwrap_or_default();
        let _ = writeln!(out, "{line}");
    }
    if v.data.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn parse_px(flag: &str, value: Option<&String>) -> Result<f64, String> {
    let v = value.ok_or_else(|| format!("{flag} needs a value in CSS pixels"))?;
    match v.parse::<f64>() {
        Ok(n) if n.is_finite() && n > 0.0 && n <= 10_000.0 => Ok(n),
        _ => Err(format!(
            "{flag} must be a number of CSS pixels from 1 to 10000, not {v:?}"
        )),
    }
}

fn render(args: &[String]) -> ExitCode {
    let mut input = None;
    let mut output = None;
    let mut width = DEFAULT_WIDTH_PX;
    let mut height = None;
    let mut lang = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let r = match a.as_str() {
            "-o" | "--output" => match it.next() {
                Some(o) => {
                    output = Some(o.clone());
                    Ok(())
                }
                None => Err("-o needs a file name".to_string()),
            },
            "--width" => parse_px("--width", it.next()).map(|w| width = w),
            "--height" => parse_px("--height", it.next()).map(|h| height = Some(h)),
            "--lang" => parse_lang(it.next()).map(|l| lang = Some(l)),
            s if s.starts_with('-') && s != "-" => Err(format!("unknown option {s:?}")),
            s => {
                if input.is_some() {
                    Err("render takes one INPUT".to_string())
                } else {
                    input = Some(s.to_string());
                    Ok(())
                }
            }
        };
        if let Err(e) = r {
            return usage_error(&e);
        }
    }
    let (Some(input), Some(output)) = (input, output) else {
        return usage_error("render needs INPUT and -o OUT.svg");
    };
    if !output.to_ascii_lowercase().ends_with(".svg") {
        return usage_error("the output file must end in .svg (PNG output is not available yet)");
    }
    let bytes = match read_input(&input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("rating-chart: {e}");
            return ExitCode::from(2);
        }
    };
    let v = validate_bytes_in(&bytes, lang);
    for issue in &v.issues {
        let kind = match issue.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        eprintln!("{kind} [{}] {}", issue.code, issue.display_line());
    }
    let Some(data) = v.data else {
        return ExitCode::from(1);
    };
    let scene = layout(
        &data,
        Size {
            width_px: width,
            height_px: height,
        },
        &EstimateMeasure,
    );
    let svg = to_svg(&scene);
    if let Err(e) = std::fs::write(&output, svg) {
        eprintln!("rating-chart: cannot write {output}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
