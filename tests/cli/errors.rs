//! Errors every command shares: one line on stderr, naming the file, each cause said once.

use crate::util::run;

#[test]
fn a_missing_file_is_named_once_with_its_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere.txt");
    let missing = missing.to_str().unwrap();
    for args in [
        vec!["segment", missing],
        vec!["glossary", missing],
        vec!["refs", missing],
        vec!["names", missing],
        vec!["tmx", "stats", missing],
    ] {
        let out = run(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert_eq!(err.matches("nowhere.txt").count(), 1, "{args:?}: {err}");
        // The OS's words (they differ between systems) appear once, not once per error layer.
        let cause = err.rsplit(": ").next().unwrap().trim();
        assert!(
            !cause.is_empty() && err.matches(cause).count() == 1,
            "{args:?}: {err}"
        );
    }
}
