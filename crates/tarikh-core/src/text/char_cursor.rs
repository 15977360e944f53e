//! Cutting a text by character offsets in time proportional to the distance moved, not to the
//! offset: spans asked for in (roughly) increasing order cost linear time over a whole line.

/// A position in a text, in characters and in bytes, that moves to the character asked for.
#[derive(Debug, Clone)]
pub struct CharCursor<'a> {
    text: &'a str,
    chars: usize,
    bytes: usize,
}

impl<'a> CharCursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        CharCursor { text, chars: 0, bytes: 0 }
    }

    /// The byte offset of character `c` (the text's length past its end). Characters are
    /// stepped over by the width their first byte gives, not decoded.
    pub fn byte_at(&mut self, c: usize) -> usize {
        let b = self.text.as_bytes();
        while self.chars < c && self.bytes < b.len() {
            self.bytes = (self.bytes + utf8_width(b[self.bytes])).min(b.len());
            self.chars += 1;
        }
        while self.chars > c {
            self.bytes -= 1;
            while self.bytes > 0 && b[self.bytes] & 0xC0 == 0x80 {
                self.bytes -= 1; // a continuation byte
            }
            self.chars -= 1;
        }
        self.bytes
    }

    /// The characters `[s, e)`.
    pub fn slice(&mut self, s: usize, e: usize) -> &'a str {
        let a = self.byte_at(s);
        let b = self.byte_at(e.max(s));
        &self.text[a..b]
    }
}

/// Bytes of the UTF-8 character whose first byte is `lead`.
#[inline]
fn utf8_width(lead: u8) -> usize {
    match lead {
        0..0xE0 => 1 + usize::from(lead >= 0xC0),
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::CharCursor;

    #[test]
    fn cuts_by_characters_forward_and_back() {
        let t = "هجوم في Gao — été";
        let mut c = CharCursor::new(t);
        assert_eq!(c.slice(8, 11), "Gao");
        assert_eq!(c.slice(0, 4), "هجوم");
        assert_eq!(c.slice(14, 17), "été");
        assert_eq!(c.slice(14, 99), "été");
        assert_eq!(c.slice(3, 3), "");
    }
}
