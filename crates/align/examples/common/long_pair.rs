//! A long composed en–ru document pair for speed measurements: `n` English sentences of varied
//! length (a fixed pseudo-random sequence, so every run is the same) in paragraphs of 1 to 6
//! sentences, and their Russian stand-ins about 1.15 times longer, with numbers both share. The
//! Russian joins every 13th sentence to the one before, leaves out every 41st, drops every 5th
//! paragraph break and adds one in every 9th paragraph, so the paragraph counts differ.

const EN_WORDS: [&str; 12] = [
    "committee",
    "budget",
    "the",
    "members",
    "asked",
    "about",
    "delays",
    "in",
    "construction",
    "minister",
    "promised",
    "answer",
];
const RU_WORDS: [&str; 12] = [
    "комитет",
    "бюджет",
    "этот",
    "члены",
    "спросили",
    "о",
    "задержках",
    "в",
    "строительстве",
    "министр",
    "пообещал",
    "ответ",
];

/// One side as sentences with the paragraph each belongs to.
pub struct Side {
    /// The sentences.
    pub sentences: Vec<String>,
    /// For each sentence, whether a paragraph break follows it.
    pub breaks: Vec<bool>,
}

impl Side {
    /// The side as plain text: sentences joined by spaces, paragraphs by blank lines.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (s, &b) in self.sentences.iter().zip(&self.breaks) {
            out.push_str(s);
            out.push_str(if b { "\n\n" } else { " " });
        }
        out
    }

    /// The side pre-segmented: one sentence a line, `<p>` between paragraphs.
    pub fn segmented(&self) -> String {
        let mut out = String::new();
        for (s, &b) in self.sentences.iter().zip(&self.breaks) {
            out.push_str(s);
            out.push('\n');
            if b {
                out.push_str("<p>\n");
            }
        }
        out
    }
}

/// `n` English sentences and their Russian stand-ins.
pub fn long_pair(n: usize) -> (Side, Side) {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |m: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % m
    };
    let mut en = Side {
        sentences: Vec::new(),
        breaks: Vec::new(),
    };
    let mut ru = Side {
        sentences: Vec::new(),
        breaks: Vec::new(),
    };
    let (mut left, mut paragraph) = (0, 0);
    for i in 0..n {
        if left == 0 {
            left = 1 + next(6);
            paragraph += 1;
        }
        left -= 1;
        let words = 4 + next(24) as usize;
        let (mut e, mut r) = (String::new(), String::new());
        for w in 0..words {
            let k = next(12) as usize;
            if w > 0 {
                e.push(' ');
                r.push(' ');
            }
            e.push_str(EN_WORDS[k]);
            r.push_str(RU_WORDS[k]);
        }
        if next(3) == 0 {
            let number = next(10_000);
            e.push_str(&format!(" {number}"));
            r.push_str(&format!(" {number}"));
        }
        e.push('.');
        r.push('.');
        let end = left == 0;
        en.sentences.push(capitalise(&e));
        en.breaks.push(end);
        if i % 41 == 40 {
            continue;
        }
        let r = capitalise(&r);
        let ru_end = (end && paragraph % 5 != 0) || (!end && paragraph % 9 == 0 && left == 1);
        match ru.sentences.last_mut() {
            Some(last) if i % 13 == 12 && !ru.breaks.last().copied().unwrap_or(true) => {
                last.push(' ');
                last.push_str(&r);
                *ru.breaks.last_mut().unwrap() = ru_end;
            }
            _ => {
                ru.sentences.push(r);
                ru.breaks.push(ru_end);
            }
        }
    }
    (en, ru)
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
