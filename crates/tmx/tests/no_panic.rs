//! The reader never panics: the CAT-tool fixture cut, corrupted and spliced with markup at random
//! either reads or fails with an error that has a position.

use proptest::prelude::*;
use steppe_tmx::{validate, Reader};

const FIXTURE: &[u8] = include_bytes!("documents/cat-tool.tmx");

/// Markup fragments that stress the state machine when spliced in anywhere.
const SNIPPETS: [&str; 12] = [
    "<tu>",
    "</tu>",
    "<tuv xml:lang=\"x\">",
    "</seg>",
    "<seg>",
    "<bpt i=\"1\">",
    "</hi>",
    "<sub>",
    "&bogus;",
    "<![CDATA[",
    "<!DOCTYPE tmx [<!ENTITY a \"b\">]>",
    "\u{1}\u{FFFF}",
];

/// Reads everything; returns whether it ended in an error (and checks errors carry a line).
fn read_all(bytes: &[u8]) -> bool {
    let mut reader = match Reader::from_slice(bytes) {
        Ok(r) => r,
        Err(e) => {
            assert!(e.line() > 0, "{e}");
            return true;
        }
    };
    loop {
        match reader.next_unit() {
            Ok(Some(_)) => {}
            Ok(None) => return false,
            Err(e) => {
                assert!(e.line() > 0, "{e}");
                return true;
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn truncated_anywhere(cut in 0..FIXTURE.len() - 1) {
        // Every prefix shorter than `...</tmx>` (the file ends with it and a newline) is an error.
        prop_assert!(read_all(&FIXTURE[..cut]));
    }

    #[test]
    fn corrupted_bytes(flips in prop::collection::vec((0..FIXTURE.len(), any::<u8>()), 1..8)) {
        let mut bytes = FIXTURE.to_vec();
        for (at, b) in flips {
            bytes[at] = b;
        }
        read_all(&bytes);
        validate(&bytes[..]);
    }

    #[test]
    fn spliced_markup(at in 0..FIXTURE.len(), which in 0..SNIPPETS.len()) {
        let mut bytes = FIXTURE[..at].to_vec();
        bytes.extend_from_slice(SNIPPETS[which].as_bytes());
        bytes.extend_from_slice(&FIXTURE[at..]);
        read_all(&bytes);
    }
}
