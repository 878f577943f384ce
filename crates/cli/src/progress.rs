//! Progress bars on standard error for long runs, drawn only when standard error is a terminal:
//! redirected to a file or a pipe (scripts, CI, tests) nothing of them is written, and a hidden bar
//! costs next to nothing, so the fast paths stay fast.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Read};
use std::path::Path;

/// Whether bars are drawn: standard error is a terminal.
pub fn enabled() -> bool {
    std::io::stderr().is_terminal()
}

/// A bar counting `len` things (`texts`, `sentences`), or a hidden one.
pub fn counter(len: u64, what: &str) -> ProgressBar {
    if !enabled() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    let template = format!("{{bar:40}} {{pos}}/{{len}} {what} {{elapsed}} {{msg}}");
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar
}

/// A bar counting bytes read of `len` (a spinner with the bytes read so far when the length is
/// unknown, as on a pipe), or a hidden one.
pub fn bytes(len: Option<u64>) -> ProgressBar {
    if !enabled() {
        return ProgressBar::hidden();
    }
    let (bar, template) = match len {
        Some(len) => (
            ProgressBar::new(len),
            "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
        ),
        None => (
            ProgressBar::new_spinner(),
            "{spinner} {bytes} read {bytes_per_sec}",
        ),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

/// Inputs of at least this many bytes together get a spinner while they are aligned.
pub const LONG_INPUT: u64 = 256 * 1024;

/// A spinner with `message` and the time elapsed, ticking on its own (for one long step whose
/// progress is not counted, as the alignment of two long documents), or a hidden one.
pub fn spinner(message: String) -> ProgressBar {
    if !enabled() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} {elapsed}") {
        bar.set_style(style);
    }
    bar.set_message(message);
    bar.enable_steady_tick(std::time::Duration::from_millis(100));
    bar
}

/// For a command that writes text to `output` (`None` or `-`: standard output): the bytes bar
/// ([`bytes`]) when one is to be drawn, that is when standard error is a terminal and the text
/// does not go to a terminal too (where the bar would tear it).
pub fn for_output(output: Option<&Path>) -> Option<fn(Option<u64>) -> ProgressBar> {
    let to_stdout = match output {
        None => true,
        Some(p) => p.as_os_str() == "-",
    };
    let torn = to_stdout && std::io::stdout().is_terminal();
    (enabled() && !torn).then_some(bytes as fn(Option<u64>) -> ProgressBar)
}

/// `input` with every read counted on `bar`.
pub struct Counted<R> {
    input: R,
    bar: ProgressBar,
}

impl<R: Read> Counted<R> {
    /// Counts what is read from `input` on `bar`.
    pub fn new(input: R, bar: ProgressBar) -> Counted<R> {
        Counted { input, bar }
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.input.read(buf)?;
        self.bar.inc(n as u64);
        Ok(n)
    }
}

impl<R> Drop for Counted<R> {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
