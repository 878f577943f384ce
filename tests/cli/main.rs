//! End-to-end tests of the `steppe` binary: each module runs the built binary on real input.

mod util;

mod align;
mod build;
mod errors;
mod glossary;
mod hostile;
mod lexicon;
mod reverse;
mod segment;
mod tmx;
mod translit;
