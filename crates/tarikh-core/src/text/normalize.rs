//! Arabic normalization for matching (never for display): one character in, at most one out,
//! so that offsets can be mapped back to the original text.
//!
//! Folds hamza forms of alef (أ إ آ ٱ → ا), ta marbuta (ة → ه), alef maqsura (ى → ي),
//! hamza on waw/ya (ؤ → و, ئ → ي), Arabic-Indic and Persian digits (٠-٩, ۰-۹ → 0-9) and Latin
//! case; drops diacritics (tashkil), the superscript alef and tatweel.

/// The normalized form of one character, or `None` when the character is dropped.
#[inline]
pub fn normalize_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    // fast path: Arabic letters that need no folding
    if matches!(c, 'ا' | 'ب' | 'ت'..='غ' | 'ف'..='و' | 'ي') {
        return Some(c);
    }
    match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => None,
        '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Some('ا'),
        'ة' => Some('ه'),
        'ى' | 'ی' => Some('ي'),
        'ؤ' => Some('و'),
        'ئ' => Some('ي'),
        'ک' => Some('ك'),
        'ڤ' => Some('ف'),
        'گ' => Some('ك'),
        '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
        '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10),
        '٫' => Some('.'),
        '٪' => Some('%'),
        '\u{0600}'..='\u{06FF}' => Some(c),
        // Latin letters lose their accents (`février` = `fevrier`, `Tombouctou`), and typographic
        // apostrophes are the plain one (`l’armée`)
        'à' | 'á' | 'â' | 'ä' | 'À' | 'Á' | 'Â' | 'Ä' => Some('a'),
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => Some('e'),
        'î' | 'ï' | 'í' | 'Î' | 'Ï' => Some('i'),
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' => Some('o'),
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' => Some('u'),
        'ç' | 'Ç' => Some('c'),
        'ÿ' => Some('y'),
        '’' | '‘' | 'ʼ' | '´' => Some('\''),
        _ if c.is_uppercase() => c.to_lowercase().next(),
        _ => Some(c),
    }
}

/// Normalizes a whole string (see the module doc).
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().filter_map(normalize_char));
    out
}

/// True for characters that belong inside a word: letters, digits, Arabic marks and tatweel.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        // Arabic block: letters, digits, marks and tatweel are word characters; punctuation
        // (، ؛ ؟ ٪ ٫ ٬ ۔) is not
        return !matches!(c, '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}' | '\u{0600}'..='\u{060B}' | '\u{060D}'..='\u{060F}' | '\u{061D}' | '\u{061E}' | '\u{06DD}' | '\u{06DE}' | '\u{06E9}');
    }
    c.is_alphanumeric() || matches!(c, '\u{06D6}'..='\u{06ED}')
}

/// Whether a character belongs inside a word, and its normalized form: [`is_word_char`] and
/// [`normalize_char`] together, with the Arabic block read from a table built once (the
/// tokenizer asks this of every character).
#[inline]
pub fn classify_char(c: char) -> (bool, Option<char>) {
    if c.is_ascii() {
        return (c.is_ascii_alphanumeric(), Some(c.to_ascii_lowercase()));
    }
    let code = c as u32;
    if (0x0600..=0x06FF).contains(&code) {
        return arabic_block()[(code - 0x0600) as usize];
    }
    (is_word_char(c), normalize_char(c))
}

/// [`classify_char`] with the Arabic block's table fetched once (for a loop over a text).
#[derive(Clone, Copy)]
pub struct CharClasses(&'static [(bool, Option<char>); 256]);

impl CharClasses {
    /// The classes.
    pub fn get() -> Self {
        CharClasses(arabic_block())
    }
    /// [`classify_char`] of the Arabic block's character U+0600 + `k` (`k` < 256).
    #[inline]
    pub fn arabic(self, k: usize) -> (bool, Option<char>) {
        self.0[k & 0xFF]
    }
    /// [`classify_char`] of any character.
    #[inline]
    pub fn of(self, c: char) -> (bool, Option<char>) {
        let code = c as u32;
        if (0x0600..=0x06FF).contains(&code) {
            self.0[(code - 0x0600) as usize]
        } else {
            classify_char(c)
        }
    }
}

/// [`classify_char`] of every character of the Arabic block (U+0600–U+06FF).
fn arabic_block() -> &'static [(bool, Option<char>); 256] {
    static TABLE: std::sync::OnceLock<[(bool, Option<char>); 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [(false, None); 256];
        for (k, slot) in t.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(0x0600 + k as u32) {
                *slot = (is_word_char(c), normalize_char(c));
            }
        }
        t
    })
}

/// True for Arabic-script letters (not digits or marks).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_hamza_ta_marbuta_alef_maqsura_and_drops_marks() {
        assert_eq!(normalize("إحباط"), "احباط");
        assert_eq!(normalize("آذار"), "اذار");
        assert_eq!(normalize("جماعة"), "جماعه");
        assert_eq!(normalize("حتى"), "حتي");
        assert_eq!(normalize("صباحًا"), "صباحا");
        assert_eq!(normalize("سُمع"), "سمع");
        assert_eq!(normalize("مـــالي"), "مالي");
        assert_eq!(normalize("مسؤولية"), "مسووليه");
    }

    #[test]
    fn folds_latin_accents_and_apostrophes() {
        assert_eq!(normalize("Février"), "fevrier");
        assert_eq!(normalize("août"), "aout");
        assert_eq!(normalize("l’armée malienne"), "l'armee malienne");
        assert_eq!(normalize("Ménaka"), "menaka");
    }

    #[test]
    fn folds_arabic_indic_and_persian_digits() {
        assert_eq!(normalize("١٧/٠٩/٢٠٢٤"), "17/09/2024");
        assert_eq!(normalize("۱۴۰۳"), "1403");
        assert_eq!(normalize("٤٠٪"), "40%");
    }

    #[test]
    fn the_table_agrees_with_the_two_functions() {
        for code in (0..0x0800u32).chain(0xFB50..0xFF00) {
            let Some(c) = char::from_u32(code) else { continue };
            assert_eq!(classify_char(c), (is_word_char(c), normalize_char(c)), "U+{code:04X}");
        }
    }

    #[test]
    fn lowercases_latin() {
        assert_eq!(normalize("JNIM"), "jnim");
    }
}
