//! Words between ASCII white space, the next space found eight bytes at a time.
//!
//! Repeated-paragraph detection and layout split every paragraph of every file on white space.
//! Arabic letters take two bytes, so a word is often eight bytes or more: testing eight bytes
//! at once finds its end in one or two steps where a loop over bytes takes one per byte. The
//! words are those of [`str::split_ascii_whitespace`].

/// One in every byte.
const LOW: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is below 0x21: ASCII white space, or another control
/// byte. Exact for every byte: `x | HIGH` lets no subtraction borrow from the next byte.
#[inline]
fn below_0x21(x: u64) -> u64 {
    !((x | HIGH) - 0x21 * LOW) & !x & HIGH
}

/// ASCII white space as [`u8::is_ascii_whitespace`] has it.
#[inline]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0C' | b'\r')
}

/// The index of the first white-space byte of `bytes` at or after `i`, or `bytes.len()`.
#[inline]
fn next_space(bytes: &[u8], mut i: usize) -> usize {
    while let Some(block) = bytes.get(i..i + 8) {
        let mut low = below_0x21(u64::from_le_bytes(block.try_into().expect("eight bytes")));
        while low != 0 {
            let k = i + (low.trailing_zeros() / 8) as usize;
            if is_space(bytes[k]) {
                return k;
            }
            low &= low - 1;
        }
        i += 8;
    }
    while i < bytes.len() && !is_space(bytes[i]) {
        i += 1;
    }
    i
}

/// The words of a text between ASCII white space (see the module doc).
pub struct AsciiWords<'a> {
    /// The text split.
    text: &'a str,
    /// Where the search for the next word starts.
    pos: usize,
}

impl<'a> Iterator for AsciiWords<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() && is_space(bytes[self.pos]) {
            self.pos += 1;
        }
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        self.pos = next_space(bytes, start + 1);
        // both ends are at an ASCII byte or at the end of the text: character boundaries
        self.text.get(start..self.pos)
    }
}

/// The words of `text` between ASCII white space, as [`str::split_ascii_whitespace`] gives them.
pub fn ascii_words(text: &str) -> AsciiWords<'_> {
    AsciiWords { text, pos: 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_those_of_split_ascii_whitespace() {
        let pieces = [
            "باماكو",
            " ",
            "\t",
            "\n",
            "\r\n",
            "\x0C",
            "\x0B",
            "\x01",
            "\u{A0}",
            "Ménaka",
            "17",
            "«الهجوم»،",
            "  ",
            "x",
            "\x1F",
            "!",
        ];
        let mut rng = fastrand::Rng::with_seed(7);
        for len in 0..400 {
            let mut text = String::new();
            for _ in 0..len % 40 {
                text.push_str(pieces[rng.usize(..pieces.len())]);
            }
            let ours: Vec<&str> = ascii_words(&text).collect();
            let std: Vec<&str> = text.split_ascii_whitespace().collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    #[test]
    fn every_byte_below_0x21_is_flagged_and_no_other() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let x = u64::from_le_bytes(std::array::from_fn(|k| if k == at { b } else { b'a' }));
                assert_eq!(below_0x21(x) != 0, b < 0x21, "{b:#x} at {at}");
            }
        }
    }
}
