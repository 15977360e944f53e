//! Names shown safely: a file name or an outlet may hold bidi controls or invisible characters
//! (`evil\u{202E}txt.exe` reads as `evilexe.txt`); shown, each becomes its code point, `[U+202E]`.

use std::borrow::Cow;

/// True for the characters a name must not hide: bidi embeddings, overrides, isolates and
/// marks, zero-width characters, the byte-order mark, soft hyphens and other format controls.
pub fn is_hidden_control(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}' | '\u{034F}')
        || (c.is_control() && c != '\t')
}

/// `name` with every hidden control written out as `[U+XXXX]` (unchanged, and not copied, when
/// it holds none).
pub fn visible_name(name: &str) -> Cow<'_, str> {
    if !name.chars().any(is_hidden_control) {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len() + 16);
    for c in name.chars() {
        if is_hidden_control(c) {
            out.push_str(&format!("[U+{:04X}]", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_right_to_left_override_in_a_file_name_is_shown_as_its_code_point() {
        assert_eq!(visible_name("evil\u{202E}txt.exe"), "evil[U+202E]txt.exe");
        assert_eq!(visible_name("a\u{200B}b\u{200F}.txt"), "a[U+200B]b[U+200F].txt");
        assert_eq!(visible_name("line\nbreak.txt"), "line[U+000A]break.txt");
        // Arabic and ordinary names are left as they are
        assert!(matches!(visible_name("مقال_باماكو.txt"), Cow::Borrowed(_)));
        assert!(matches!(visible_name("A01_ar_2012_coup.txt"), Cow::Borrowed(_)));
    }
}
