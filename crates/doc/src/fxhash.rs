//! A fast hasher for the document's own word counts ([`crate::hyphen::Vocab`]).
//!
//! The standard `HashMap` hashes with SipHash, which resists collision attacks but costs more than
//! a fifth of a parse: every word of the document is hashed at least once. Keys here are the
//! document's words, looked up by the parse that counted them, so the multiply–rotate hash rustc
//! uses for its own tables (FxHash) is enough. It lives here (thirty lines) rather than as a new
//! dependency; iteration order was never relied on (the standard hasher's is random).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of FxHash (from rustc's `rustc-hash`, 64-bit).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash state: rotate, xor the next word in, multiply.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        if !rest.is_empty() {
            tail[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(tail) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` hashed with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_count_like_the_standard_one() {
        let mut m: FxHashMap<String, usize> = FxHashMap::default();
        for w in "a b a ab ba abcdefghij abcdefghi a".split(' ') {
            *m.entry(w.to_owned()).or_default() += 1;
        }
        assert_eq!(m["a"], 3);
        assert_eq!(m["abcdefghij"], 1);
        assert_eq!(m.len(), 6);
        let mut h1 = FxHasher::default();
        h1.write(b"ab");
        let mut h2 = FxHasher::default();
        h2.write(b"ba");
        assert_ne!(h1.finish(), h2.finish());
    }
}
