//! Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or
//! Windows-1256 when the bytes are not UTF-8 but decode to plausible Arabic. Anything else is
//! refused with a reason.

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
    /// Neither UTF-8 nor plausible Windows-1256 Arabic.
    #[error("not valid UTF-8, and not Arabic in Windows-1256")]
    Undecodable,
}

/// Decodes `bytes` as described in the module doc, taking ownership so that UTF-8 text is
/// not copied.
pub fn decode_owned(bytes: Vec<u8>) -> Result<(String, TextEncoding), DecodeError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") || bytes.contains(&0) {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => checked(text, TextEncoding::Utf8),
        Err(e) => decode(e.as_bytes()),
    }
}

/// Decodes `bytes` as described in the module doc.
pub fn decode(bytes: &[u8]) -> Result<(String, TextEncoding), DecodeError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = std::str::from_utf8(rest).map_err(|_| DecodeError::Undecodable)?;
        return checked(text.to_string(), TextEncoding::Utf8Bom);
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
        return Err(DecodeError::Binary);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return checked(String::from_utf8_lossy(bytes).into_owned(), TextEncoding::Utf8);
    }
    let (text, _, _) = encoding_rs::WINDOWS_1256.decode(bytes);
    if looks_like_arabic(&text) {
        return checked(text.into_owned(), TextEncoding::Windows1256);
    }
    Err(DecodeError::Undecodable)
}

fn checked(text: String, enc: TextEncoding) -> Result<(String, TextEncoding), DecodeError> {
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let controls = text.bytes().filter(|b| *b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    if controls * 100 > text.len().max(1) {
        return Err(DecodeError::Binary);
    }
    Ok((text, enc))
}

/// Most letters Arabic, few control characters: what Windows-1256 Arabic text decodes to.
fn looks_like_arabic(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return false;
    }
    let arabic = letters.iter().filter(|c| crate::text::normalize::is_arabic_letter(**c)).count();
    arabic * 10 >= letters.len() * 6
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
    fn detects_windows_1256() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("أعلن الجيش المالي، الثلاثاء ١٧ سبتمبر ٢٠٢٤، إحباط هجوم");
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(enc, TextEncoding::Windows1256);
        assert!(text.starts_with("أعلن الجيش"));
    }

    #[test]
    fn refuses_binary_empty_and_undecodable() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0"), Err(DecodeError::Binary));
        assert_eq!(decode(b"  \n\n"), Err(DecodeError::Empty));
        // Latin-1 French is neither UTF-8 nor Arabic
        assert_eq!(decode(b"caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 Bamako"), Err(DecodeError::Undecodable));
    }
}
