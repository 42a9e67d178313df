//! Argument parsing and the commands of `rating-chart`.

use rating_chart::derive::derive;
use rating_chart::embed::{check_widths, embed_code, natural_height, EmbedOptions};
use rating_chart::host::TOOLS_PX;
use rating_chart::layout::{
    layout, FontMeasure, Size, Theme, DEFAULT_WIDTH_PX, MAX_WIDTH_PX, MIN_WIDTH_PX,
};
use rating_chart::model::input::schema_json;
use rating_chart::model::input::ChartKind;
use rating_chart::model::validate::{resolve_kind, validate_bytes_in};
use rating_chart::model::Lang;
use rating_chart::render::png::{largest_scale, png_size, to_png, MAX_PNG_PIXELS};
use rating_chart::render::to_svg;
use rating_chart::{Severity, Validated};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
rating-chart — rating-data charts from JSON

USAGE:
  rating-chart render INPUT.json -o OUT.svg|OUT.png [--width W] [--height H]
                     [--scale S] [--lang vi|en] [--kind KIND]
      Draw the chart as SVG or PNG (the same Scene as the browser, laid out
      for the bundled Noto Sans). INPUT may be '-' for standard input. Width:
      160 to 4096 CSS px, 640 by default; height: the height the content
      needs unless a taller one (up to 10000) is given. PNG is
      drawn at S device pixels per CSS pixel (default 2), at most 40,000,000
      pixels in all: a taller chart is refused (exit status 2) with the
      largest --scale that fits; SVG has no such limit. Problems are
      printed on standard error. --kind draws the data as KIND (auto,
      stacked, diverging, grouped, donut, waffle, trend, multiples, table)
      whatever its own display.kind says.
  rating-chart check INPUT.json [--lang vi|en]
      Validate. Prints one JSON object per issue on stdout:
      {\"code\",\"path\",\"message\",\"severity\"}. Exit status: 0 valid (warnings
      allowed), 1 invalid, 2 usage or I/O error.

  --lang vi|en   language of the messages. Default: the data's own (Vietnamese
                 when its locale is Vietnamese or absent, English otherwise;
                 English when the file is not JSON at all).
  rating-chart embed INPUT.json [--widths 320,480,640] [--no-svg] [--no-style]
                    [--theme light|dark] [--script URL] [--iframe] [--lang vi|en]
      Print the embed code: the <rating-chart> element with the data inline
      and, inside it, the chart pre-drawn as SVG at each width (multiples of
      20 from 240 to 1280 CSS px, at most 6; one shows at a time, chosen by
      the element's width with CSS), with the `heights` that reserve its
      space, and a <style> with the rules that pick a copy (the page needs
      no stylesheet). --no-svg leaves the SVG out; --no-style leaves the
      <style> out, for a page whose Content-Security-Policy refuses inline
      styles (it links rating-chart.css); --theme sets the theme attribute
      (and draws the copy in it); --script URL (the address of
      rating-chart.js) prints the script line first, and the stylesheet's
      when the code has no <style> of its own;
      --iframe prints the iframe code instead (www/frame.html beside the
      script, the data in the fragment). Invalid data prints the issues as
      `check` does (exit 1) and no code; warnings go to standard error.
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

/// Reads and validates INPUT in `lang`; a file that cannot be read is
/// reported on standard error and ends the command with status 2.
fn read_and_validate(path: &str, lang: Option<Lang>) -> Result<Validated, ExitCode> {
    match read_input(path) {
        Ok(bytes) => Ok(validate_bytes_in(&bytes, lang)),
        Err(e) => {
            eprintln!("rating-chart: {e}");
            Err(ExitCode::from(2))
        }
    }
}

/// Runs the command line; returns the exit status.
pub fn run(args: &[String]) -> ExitCode {
    match args.first().map(String::as_str) {
        Some("render") => render(&args[1..]),
        Some("check") => check(&args[1..]),
        Some("embed") => embed(&args[1..]),
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

/// `--widths 320,640`: widths as [`check_widths`] takes them.
fn parse_widths(value: Option<&String>) -> Result<Vec<u32>, String> {
    let v = value.ok_or("--widths needs a value, e.g. 320,640")?;
    let widths = v
        .split(',')
        .map(|w| w.trim().parse::<u32>())
        .collect::<Result<Vec<u32>, _>>()
        .map_err(|_| format!("--widths takes CSS pixel widths separated by commas, not {v:?}"))?;
    check_widths(&widths).map_err(|e| format!("--widths: {e}"))
}

/// Text safe inside a double-quoted HTML attribute.
fn attr(text: &str) -> String {
    rating_chart::embed::svg::escape(text)
}

/// A URL component as JavaScript's encodeURIComponent writes it.
fn encode_uri_component(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'!'
            | b'~'
            | b'*'
            | b'\''
            | b'('
            | b')' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `name` beside the script at `script` (a URL or path ending in
/// rating-chart.js): the same folder.
fn beside(script: &str, name: &str) -> String {
    match script.rfind('/') {
        Some(i) => format!("{}{name}", &script[..=i]),
        None => name.to_string(),
    }
}

fn embed(args: &[String]) -> ExitCode {
    let mut input = None;
    let mut lang = None;
    let mut options = EmbedOptions::default();
    let mut script = None;
    let mut iframe = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let r = match a.as_str() {
            "--lang" => parse_lang(it.next()).map(|l| lang = Some(l)),
            "--widths" => parse_widths(it.next()).map(|w| options.widths = w),
            "--no-svg" => {
                options.svg = false;
                Ok(())
            }
            "--no-style" => {
                options.style = false;
                Ok(())
            }
            "--iframe" => {
                iframe = true;
                Ok(())
            }
            "--theme" => match it.next().map(String::as_str) {
                Some("dark") => {
                    options.dark = Some(true);
                    Ok(())
                }
                Some("light") => {
                    options.dark = Some(false);
                    Ok(())
                }
                other => Err(format!("--theme must be light or dark, not {other:?}")),
            },
            "--script" => match it.next() {
                Some(url) => {
                    script = Some(url.clone());
                    Ok(())
                }
                None => Err("--script needs the address of rating-chart.js".to_string()),
            },
            s if s.starts_with('-') && s != "-" => Err(format!("unknown option {s:?}")),
            s if input.is_none() => {
                input = Some(s.to_string());
                Ok(())
            }
            _ => Err("embed takes exactly one INPUT".to_string()),
        };
        if let Err(e) = r {
            return usage_error(&e);
        }
    }
    let Some(input) = input else {
        return usage_error("embed takes exactly one INPUT");
    };
    let bytes = match read_input(&input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("rating-chart: {e}");
            return ExitCode::from(2);
        }
    };
    let v = validate_bytes_in(&bytes, lang);
    let Some(data) = v.data else {
        // The same listing as `check`: one JSON object per issue.
        let mut out = std::io::stdout().lock();
        for issue in &v.issues {
            let _ = writeln!(out, "{}", serde_json::to_string(issue).unwrap_or_default());
        }
        return ExitCode::from(1);
    };
    for issue in &v.issues {
        eprintln!("{}", serde_json::to_string(issue).unwrap_or_default());
    }
    // Valid data is UTF-8 text.
    let json = String::from_utf8_lossy(&bytes);
    let script_url = script.as_deref().unwrap_or("rating-chart.js");
    let mut out = String::new();
    if iframe {
        let theme = match options.dark {
            Some(true) => "?theme=dark",
            Some(false) => "?theme=light",
            None => "",
        };
        let title = data
            .title
            .as_deref()
            .unwrap_or(data.locale.words.host.chart);
        // The chart's height at the widest width, plus the tools' row
        // (frame-resize.js adjusts it to the reader's width).
        let widest = options.widths.iter().copied().max().unwrap_or(640);
        let height = (f64::from(natural_height(&data, widest)) + TOOLS_PX).max(150.0);
        out.push_str(&format!(
            "<iframe data-rating-chart src=\"{}\" title=\"{}\" height=\"{height}\" style=\"width: 100%; border: 0\" loading=\"lazy\"></iframe>\n\
             <script type=\"module\" src=\"{}\"></script>\n",
            attr(&format!(
                "{}{theme}#data={}",
                beside(script_url, "frame.html"),
                encode_uri_component(json.trim())
            )),
            attr(title),
            attr(&beside(script_url, "frame-resize.js")),
        ));
    } else {
        let code = embed_code(&json, &data, &options);
        if let Some(url) = &script {
            // Code with copies carries their rules (nothing from the data
            // can spell `<style>`: its `<` are written \u003c in the
            // script, &lt; in the SVG); without them, the stylesheet
            // picks the copy and reserves the space.
            if !code.contains("<style>") {
                out.push_str(&format!(
                    "<link rel=\"stylesheet\" href=\"{}\">\n",
                    attr(&beside(url, "rating-chart.css"))
                ));
            }
            out.push_str(&format!(
                "<script type=\"module\" src=\"{}\"></script>\n",
                attr(url)
            ));
        }
        out.push_str(&code);
    }
    print!("{out}");
    ExitCode::SUCCESS
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
    let v = match read_and_validate(&input, lang) {
        Ok(v) => v,
        Err(status) => return status,
    };
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

/// A length in CSS pixels from `min` to `max` (a width outside what the
/// layout draws is refused, not silently changed).
fn parse_px(flag: &str, value: Option<&String>, min: f64, max: f64) -> Result<f64, String> {
    let v = value.ok_or_else(|| format!("{flag} needs a value in CSS pixels"))?;
    match v.parse::<f64>() {
        Ok(n) if n.is_finite() && n >= min && n <= max => Ok(n),
        _ => Err(format!(
            "{flag} must be a number of CSS pixels from {min} to {max}, not {v:?}"
        )),
    }
}

fn parse_scale(value: Option<&String>) -> Result<f32, String> {
    let v = value.ok_or_else(|| "--scale needs a value, e.g. 2".to_string())?;
    match v.parse::<f32>() {
        Ok(n) if n.is_finite() && n > 0.0 && n <= 8.0 => Ok(n),
        _ => Err(format!(
            "--scale must be a number above 0 and at most 8, not {v:?}"
        )),
    }
}

fn parse_kind(value: Option<&String>) -> Result<ChartKind, String> {
    let names = ChartKind::NAMES.join(", ");
    let v = value.ok_or_else(|| format!("--kind needs a value: one of {names}"))?;
    ChartKind::from_name(v).ok_or_else(|| format!("--kind must be one of {names}, not {v:?}"))
}

/// Why a PNG of `w` × `h` device pixels is not drawn, and what to do.
fn png_too_large(scene: &rating_chart::scene::Scene, scale: f32, w: u64, h: u64) -> String {
    let thousands = |n: u64| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    let fit = largest_scale(scene);
    let smaller = if fit >= 0.25 {
        format!("draw it smaller with --scale {fit} or less, or ")
    } else {
        String::new()
    };
    format!(
        "a PNG of this chart at --scale {scale} would be {} × {} = {} pixels, over the limit \
         of {} pixels (the chart is {} × {} CSS px); {smaller}write SVG (-o OUT.svg), which \
         has no pixel limit",
        thousands(w),
        thousands(h),
        thousands(w * h),
        thousands(MAX_PNG_PIXELS),
        scene.width_px.ceil(),
        scene.height_px.ceil(),
    )
}

fn render(args: &[String]) -> ExitCode {
    let mut input = None;
    let mut output = None;
    let mut width = DEFAULT_WIDTH_PX;
    let mut height = None;
    let mut lang = None;
    let mut scale = 2.0f32;
    let mut kind = None;
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
            "--width" => {
                parse_px("--width", it.next(), MIN_WIDTH_PX, MAX_WIDTH_PX).map(|w| width = w)
            }
            "--scale" => parse_scale(it.next()).map(|v| scale = v),
            "--height" => parse_px("--height", it.next(), 1.0, 10_000.0).map(|h| height = Some(h)),
            "--lang" => parse_lang(it.next()).map(|l| lang = Some(l)),
            "--kind" => parse_kind(it.next()).map(|k| kind = Some(k)),
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
        return usage_error("render needs INPUT and -o OUT.svg (or OUT.png)");
    };
    let lower = output.to_ascii_lowercase();
    let png = lower.ends_with(".png");
    if !png && !lower.ends_with(".svg") {
        return usage_error("the output file must end in .svg or .png");
    }
    let v = match read_and_validate(&input, lang) {
        Ok(v) => v,
        Err(status) => return status,
    };
    for issue in &v.issues {
        let kind = match issue.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        eprintln!("{kind} [{}] {}", issue.code, issue.display_line());
    }
    let Some(mut data) = v.data else {
        return ExitCode::from(1);
    };
    if let Some(k) = kind {
        // `--kind auto` asks for the model's own pick for the data's shape.
        data.display.kind = resolve_kind(k, &data.tiers, &data.groups);
    }
    let Some(measure) = FontMeasure::new() else {
        eprintln!("rating-chart: the bundled fonts are damaged; rebuild the program");
        return ExitCode::from(2);
    };
    let size = Size {
        width_px: width,
        height_px: height,
    };
    let scene = layout(&data, &derive(&data), size, &Theme::LIGHT, &measure);
    let bytes = if png {
        let (w, h) = png_size(&scene, scale);
        if w * h > MAX_PNG_PIXELS {
            eprintln!("rating-chart: {}", png_too_large(&scene, scale, w, h));
            return ExitCode::from(2);
        }
        match to_png(&scene, scale) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("rating-chart: cannot draw the PNG: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        to_svg(&scene).into_bytes()
    };
    if let Err(e) = std::fs::write(&output, bytes) {
        eprintln!("rating-chart: cannot write {output}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
