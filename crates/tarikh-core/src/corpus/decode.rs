//! Turning a file's bytes into text: UTF-8 (with or without BOM, or with a few invalid bytes
//! replaced when nearly all of it is UTF-8), UTF-16 with or without BOM, Windows-1256 when the
//! bytes decode to plausible Arabic, Windows-1252 when they decode to plausible Latin text.
//! Anything else is refused with a reason.

use super::TextEncoding;

/// Why bytes could not be used as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// No bytes, or only white space.
    #[error("empty file")]
    Empty,
    /// NUL bytes or control characters: not a text file.
    #[error("binary file, not text")]
    Binary,
    /// Neither UTF-8 nor plausible Windows-1256 Arabic or Windows-1252 Latin text.
    #[error("not valid UTF-8, and not Arabic in Windows-1256 nor French in Windows-1252")]
    Undecodable,
}

/// Well-formed multi-byte UTF-8 sequences needed per invalid byte for a file to count as
/// UTF-8 with a few bad bytes (a Windows-1256 or Latin-1 file has hardly any well-formed ones).
const VALID_PER_INVALID: usize = 10;

/// [`decode`], borrowing the text when the bytes are plain UTF-8 (the usual case: nothing is
/// copied before the text is cut into paragraphs).
pub fn decode_borrowed(bytes: &[u8]) -> Result<(std::borrow::Cow<'_, str>, TextEncoding), DecodeError> {
    // a NUL byte is a control byte: the bytes are searched for one only when they hold any
    let controls = control_bytes(bytes);
    if bytes.starts_with(b"\xEF\xBB\xBF") || controls > 0 && bytes.contains(&0) {
        return decode(bytes).map(|(text, enc)| (std::borrow::Cow::Owned(text), enc));
    }
    // encoding_rs checks UTF-8 with SIMD, several times faster than `std::str::from_utf8` on
    // Arabic text
    match encoding_rs::UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => check_counted(&text, controls).map(|()| (text, TextEncoding::Utf8)),
        None => decode(bytes).map(|(text, enc)| (std::borrow::Cow::Owned(text), enc)),
    }
}

/// Decodes `bytes` as described in the module doc.
pub fn decode(bytes: &[u8]) -> Result<(String, TextEncoding), DecodeError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(text) => checked(text.to_string(), TextEncoding::Utf8Bom),
            Err(_) => repaired_utf8(rest).ok_or(DecodeError::Undecodable),
        };
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            return Err(DecodeError::Undecodable);
        }
        return checked(text.into_owned(), TextEncoding::Utf16);
    }
    if bytes.contains(&0) {
        return utf16_without_bom(bytes).ok_or(DecodeError::Binary);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return checked(String::from_utf8_lossy(bytes).into_owned(), TextEncoding::Utf8);
    }
    if let Some(r) = repaired_utf8(bytes) {
        return Ok(r);
    }
    let (text, _, _) = encoding_rs::WINDOWS_1256.decode(bytes);
    if looks_like_arabic(&text) {
        return checked(text.into_owned(), TextEncoding::Windows1256);
    }
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    if looks_like_latin(&text) {
        return checked(text.into_owned(), TextEncoding::Windows1252);
    }
    Err(DecodeError::Undecodable)
}

/// UTF-8 with its invalid bytes replaced, when well-formed multi-byte sequences outnumber the
/// invalid bytes [`VALID_PER_INVALID`] to one.
fn repaired_utf8(bytes: &[u8]) -> Option<(String, TextEncoding)> {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    if invalid == 0 || valid < invalid * VALID_PER_INVALID {
        return None;
    }
    checked(String::from_utf8_lossy(bytes).into_owned(), TextEncoding::Utf8Repaired).ok()
}

/// UTF-16 without a byte-order mark: NUL bytes mostly on one side of each pair (the high byte
/// of Latin text), decoding without error to plausible text.
fn utf16_without_bom(bytes: &[u8]) -> Option<(String, TextEncoding)> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let zeros = |parity: usize| bytes.iter().skip(parity).step_by(2).filter(|b| **b == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    let enc = if odd > even * 4 {
        encoding_rs::UTF_16LE
    } else if even > odd * 4 {
        encoding_rs::UTF_16BE
    } else {
        return None;
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors || !(looks_like_arabic(&text) || looks_like_latin(&text)) {
        return None;
    }
    checked(text.into_owned(), TextEncoding::Utf16).ok()
}

/// The decoded text and its encoding, when [`check`] passes it.
fn checked(text: String, enc: TextEncoding) -> Result<(String, TextEncoding), DecodeError> {
    check(&text).map(|()| (text, enc))
}

/// Refuses a text that is empty or has too many control characters (binary).
fn check(text: &str) -> Result<(), DecodeError> {
    check_counted(text, control_bytes(text.as_bytes()))
}

/// [`check`] of a text whose [`control_bytes`] were counted.
fn check_counted(text: &str, controls: usize) -> Result<(), DecodeError> {
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    if controls * 100 > text.len().max(1) {
        return Err(DecodeError::Binary);
    }
    Ok(())
}

/// Bytes below 0x20 other than the white-space controls (line feed, carriage return, tab, form
/// feed). Counted in blocks of 255 with a byte-sized sum, which the compiler turns into vector
/// instructions: this runs over every byte of every file.
fn control_bytes(bytes: &[u8]) -> usize {
    let is_control = |b: u8| u8::from(b < 0x20 && b != b'\n' && b != b'\r' && b != b'\t' && b != 0x0c);
    bytes.chunks(255).map(|block| block.iter().fold(0u8, |n, &b| n + is_control(b)) as usize).sum()
}

/// Most letters Arabic, in words with spaces between them, and letters the most of what is not
/// white space: what Windows-1256 Arabic text decodes to (random high bytes decode to Arabic
/// letters too, but run together and mixed with symbols).
fn looks_like_arabic(text: &str) -> bool {
    let (mut letters, mut arabic, mut spaces, mut others) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if c.is_alphabetic() {
            letters += 1;
            arabic += usize::from(crate::text::normalize::is_arabic_letter(c));
        } else if c == ' ' || c == '\n' {
            spaces += 1;
        } else if !c.is_whitespace() && !c.is_numeric() {
            others += 1;
        }
    }
    letters > 0 && arabic * 10 >= letters * 6 && spaces * MAX_WORD_LETTERS >= letters && letters >= others * 2
}

/// Letters per word, on average, that a text may not exceed (Arabic and French words are far
/// shorter): a run of letters without spaces is no text.
const MAX_WORD_LETTERS: usize = 20;

/// Nearly all letters Latin (ASCII or Latin-1 accented), and words with spaces between them:
/// what Windows-1252 French decodes to.
fn looks_like_latin(text: &str) -> bool {
    let (mut letters, mut latin, mut spaces, mut controls) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if c.is_alphabetic() {
            letters += 1;
            latin += usize::from(
                c.is_ascii_alphabetic() || ('\u{C0}'..='\u{FF}').contains(&c) && c != '\u{D7}' && c != '\u{F7}',
            );
        } else if c == ' ' || c == '\n' {
            spaces += 1;
        } else if c.is_control() && !matches!(c, '\r' | '\t') {
            controls += 1;
        }
    }
    letters > 0 && latin * 100 >= letters * 97 && spaces * MAX_WORD_LETTERS >= letters && controls == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_and_without_bom() {
        assert_eq!(decode("باماكو".as_bytes()).unwrap(), ("باماكو".to_string(), TextEncoding::Utf8));
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend("مالي".as_bytes());
        assert_eq!(decode(&b).unwrap(), ("مالي".to_string(), TextEncoding::Utf8Bom));
    }

    #[test]
    fn random_high_bytes_are_not_read_as_windows_1256() {
        // a deterministic spray of bytes 0x80-0xFF: every one a character in Windows-1256,
        // many of them Arabic letters, but no words
        let mut rng = fastrand::Rng::with_seed(2463534242);
        let bytes: Vec<u8> = (0..4000).map(|_| rng.u8(0x80..=0xFF)).collect();
        assert!(decode(&bytes).is_err(), "{:?}", decode(&bytes).map(|d| d.1));
    }

    #[test]
    fn detects_windows_1256() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("أعلن الجيش المالي، الثلاثاء 17 سبتمبر 2024، إحباط هجوم");
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(enc, TextEncoding::Windows1256);
        assert!(text.starts_with("أعلن الجيش"));
    }

    #[test]
    fn one_invalid_byte_in_utf8_is_replaced_not_read_as_windows_1256() {
        let mut b = "أعلن الجيش المالي الثلاثاء إحباط هجوم على مدرسة الدرك في باماكو".as_bytes().to_vec();
        b.insert(10, 0xFF);
        let (text, enc) = decode_borrowed(&b).unwrap();
        assert_eq!(enc, TextEncoding::Utf8Repaired);
        assert!(text.contains('\u{FFFD}') && text.ends_with("في باماكو"), "{text}");
    }

    #[test]
    fn detects_utf16_without_a_bom_and_latin_1_french() {
        let text = "Des hommes armés ont attaqué le camp de Nampala mardi.\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode_borrowed(&le).unwrap(), (text.into(), TextEncoding::Utf16));
        assert_eq!(decode_borrowed(&be).unwrap(), (text.into(), TextEncoding::Utf16));
        let ar = "هجوم على مدرسة الدرك في باماكو يوم الثلاثاء";
        let le: Vec<u8> = ar.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode_borrowed(&le).unwrap().1, TextEncoding::Utf16);
        let (text, enc) = decode(b"caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 Bamako").unwrap();
        assert_eq!((text.as_str(), enc), ("café crème brûlée à Bamako", TextEncoding::Windows1252));
    }

    #[test]
    fn refuses_binary_empty_and_undecodable() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0"), Err(DecodeError::Binary));
        assert_eq!(decode(b"  \n\n"), Err(DecodeError::Empty));
        // Shift-JIS Japanese is none of the encodings Tarikh reads
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("バマコで攻撃があった。軍は火曜日に発表した。");
        assert!(decode(&sjis).is_err());
        let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
        assert!(decode(&noise).is_err());
    }

    #[test]
    fn control_bytes_counts_what_a_filter_counts() {
        let mut bytes: Vec<u8> = "سطر\tأول\r\n".bytes().cycle().take(1000).collect();
        bytes.extend((0u8..=255).cycle().take(3000));
        for len in [0, 1, 254, 255, 256, 511, 4000] {
            let b = &bytes[..len];
            let plain = b.iter().filter(|b| **b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
            assert_eq!(control_bytes(b), plain, "{len}");
        }
    }
}
