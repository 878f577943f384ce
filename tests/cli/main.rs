//! End-to-end tests of the `steppe` binary: each module runs the built binary on real input.

mod util;

mod align;
mod bib;
mod browser;
mod build;
mod cdp;
mod confidence;
mod errors;
mod formats;
mod glossary;
mod hostile;
mod lexicon;
mod omegat;
mod output;
mod progress;
mod report;
mod reverse;
mod segment;
mod termbase;
mod tmx;
mod translit;
