//! One module per subcommand: each holds a clap `Args` struct and a `run` function.

pub mod align;
pub mod bib;
pub mod build;
pub mod cyrillic;
pub mod detect;
pub mod glossary;
pub mod key;
pub mod lexicon;
pub mod names;
pub mod refs;
pub mod report;
pub mod segment;
pub mod termbase;
pub mod tmx;
pub mod translit;
pub mod xliff;
