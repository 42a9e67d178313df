//! `rating-chart`: the native command line. Same Scene as the browser.
//!
//! ```text
//! rating-chart render INPUT.json -o OUT.svg [--width W] [--height H] [--lang vi|en]
//! rating-chart check INPUT.json [--lang vi|en]
//! rating-chart schema
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    cli::run(&args)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
