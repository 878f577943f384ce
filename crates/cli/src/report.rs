//! One error style for every command (ripgrep's rule): an error is one line on standard error,
//! `steppe: FILE: [line L, column C: ]what went wrong`, each cause said once. A command that reads
//! several files on their own (`glossary`, `names`, `tmx validate`, the texts of `build`) reports a
//! file's error and goes on with the others; the exit code is then 2 at the end.
//!
//! Exit codes: 0 success; 1 the answer is no (`tmx validate`: a file is invalid; `lexicon check`: a
//! word is unknown); 2 an error (bad usage, a file that cannot be read or written), which wins over 1.

use std::process::ExitCode;

/// The exit code of a run that met an error.
pub const ERROR: u8 = 2;

/// The error and its causes on one line, each cause once: the library errors already name their
/// source in their message (`missing.txt: No such file or directory`), so a cause whose text ends
/// the message so far is not repeated.
pub fn message(err: &anyhow::Error) -> String {
    let mut message = err.to_string();
    for cause in err.chain().skip(1) {
        let cause = cause.to_string();
        if !message.ends_with(&cause) {
            message.push_str(": ");
            message.push_str(&cause);
        }
    }
    message
}

/// Prints an error the way `main` does.
pub fn print(err: &anyhow::Error) {
    eprintln!("steppe: {}", message(err));
}

/// The errors met by a run that goes on after a bad file.
#[derive(Default)]
pub struct Failures {
    count: usize,
}

impl Failures {
    /// Prints `err` now, on one line, and remembers that the run failed.
    pub fn report(&mut self, err: &anyhow::Error) {
        print(err);
        self.count += 1;
    }

    /// How many errors were reported.
    pub fn count(&self) -> usize {
        self.count
    }

    /// `code` when nothing failed, else 2.
    pub fn exit_code(&self, code: ExitCode) -> ExitCode {
        if self.count == 0 {
            code
        } else {
            ExitCode::from(ERROR)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn each_cause_is_said_once() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "a.txt: not found");
        let err = anyhow::Error::from(io).context("a.txt: not found");
        assert_eq!(message(&err), "a.txt: not found");
        let err: anyhow::Result<()> = Err(anyhow::anyhow!("disk full")).context("out.tbx");
        assert_eq!(message(&err.unwrap_err()), "out.tbx: disk full");
    }

    #[test]
    fn any_failure_makes_the_exit_code_2() {
        let mut failures = Failures::default();
        assert_eq!(failures.exit_code(ExitCode::from(1)), ExitCode::from(1));
        failures.report(&anyhow::anyhow!("x.txt: unreadable"));
        assert_eq!(failures.count(), 1);
        assert_eq!(failures.exit_code(ExitCode::SUCCESS), ExitCode::from(2));
        assert_eq!(failures.exit_code(ExitCode::from(1)), ExitCode::from(2));
    }
}
