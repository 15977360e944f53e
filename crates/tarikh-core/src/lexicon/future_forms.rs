//! Verbs in the future tense told by their affixes (`temporal.tsv`, rows `future_prefix`,
//! `future_suffix`, `future_not`, `future_reported_after`): Arabic `سـ` before an imperfect
//! (`سيتوجه`, `ستستأنف`), French endings of the future (`réunira`, `reprendront`) and of the
//! conditional in reported speech (`a annoncé que les écoles rouvriraient mardi`). A bare
//! weekday such a verb governs points ahead of the article (`se réunira jeudi` is next
//! Thursday), which listing every verb could never cover. Outside reported speech the French
//! conditional is the press's of allegation (`le bilan s'élèverait à vingt morts`), of the past.

use crate::text::Tokens;

/// The affixes of future verbs, and the words that only look like them.
#[derive(Debug, Default)]
pub struct FutureForms {
    /// Arabic beginnings (`سي`, `ست`, `سن`, in normalized letters) with the fewest letters the
    /// whole word must have (`سيغو`, a town, is too short to be read so).
    prefixes: Vec<(String, usize)>,
    /// Latin endings, matched on the folded word (`era`, `iront`).
    suffixes: Vec<Suffix>,
    /// Words after which, in its sentence, a conditional reports a future (`que`, `qu'`).
    reported_after: Vec<String>,
    /// Look-alikes: folded words that end (Latin) or begin (Arabic) so (`camera`, `tirait`,
    /// `سياس`, `سيار`).
    not: Vec<String>,
    /// Particles that put the verb after them in the future (`لن يشارك`, will not take part).
    particles: Vec<String>,
    /// Look-alikes that are whole words (value `word`): the auxiliaries of the press's
    /// conditional of allegation (`seraient venus`), not the endings of `laisserait`.
    not_words: Vec<String>,
    /// Arabic imperfect prefixes (`ي`) that, opening a sentence, tell what is set to happen
    /// (`يصل الرئيس الاثنين إلى باماكو`), with the fewest letters the word must have.
    leads: Vec<(String, usize)>,
    /// Words that open so and tell no schedule (`يذكر أن`, `يأتي ذلك`, `يونيو`, `يوم`).
    leads_not: Vec<String>,
}

/// A Latin ending of the future or the conditional.
#[derive(Debug)]
struct Suffix {
    /// The ending, folded.
    text: String,
    /// Matched on the word as written, accents kept (value `written`): `lancerait`
    /// (conditional) and `opérait` (imperfect of `opérer`) fold alike.
    written: bool,
    /// A conditional (value `reported`): a future only after a word of `reported_after`.
    reported: bool,
}

/// Letters a Latin word keeps before its future ending (`ira` alone is listed as a word).
const MIN_LATIN_STEM: usize = 2;

impl FutureForms {
    /// Reads one row of `temporal.tsv`; false when the row is not of these.
    pub fn add_row(&mut self, role: &str, value: &str, forms: impl Iterator<Item = String>) -> bool {
        match role {
            "future_prefix" => {
                let min = value.parse().unwrap_or(0);
                self.prefixes.extend(forms.map(|f| (f, min)));
            }
            "future_suffix" => self.suffixes.extend(forms.map(|text| Suffix {
                text,
                written: value.contains("written"),
                reported: value.contains("reported"),
            })),
            "future_reported_after" => self.reported_after.extend(forms),
            "future_particle" => self.particles.extend(forms),
            "schedule_lead" => {
                let min = value.parse().unwrap_or(0);
                self.leads.extend(forms.map(|f| (f, min)));
            }
            "schedule_lead_not" => self.leads_not.extend(forms),
            "future_not" if value == "word" => self.not_words.extend(forms),
            "future_not" => self.not.extend(forms),
            _ => return false,
        }
        true
    }

    /// True when token `i`, of a sentence that starts at token `from`, is a verb in the future
    /// by its affixes; `written` gives the token as written (asked only for the endings whose
    /// accents matter).
    pub fn is_future(&self, toks: &Tokens, from: usize, i: usize, written: impl Fn() -> String) -> bool {
        if !toks.is_word(i) {
            return false;
        }
        let w = toks.text(i);
        let tok = &toks.toks[i];
        if tok.latin {
            if self.not.iter().any(|n| w.ends_with(n.as_str())) || self.not_words.iter().any(|n| n == w) {
                return false;
            }
            let reported = || (from..i).any(|j| self.reported_after.iter().any(|r| toks.text(j) == r));
            return self.suffixes.iter().any(|s| {
                w.len() >= s.text.len() + MIN_LATIN_STEM
                    && w.ends_with(s.text.as_str())
                    && (!s.written || written().to_lowercase().ends_with(s.text.as_str()))
                    && (!s.reported || reported())
            });
        }
        // a verb after a particle of the future (`لن يشارك`)
        if i > from && self.particles.iter().any(|p| toks.text(i - 1) == p) {
            return true;
        }
        // the conjunction glued before the particle (`وسيتوجه`, `فستبدأ`); never the article
        let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).filter(|r| r.starts_with('س')).unwrap_or(w);
        // a noun that ends in ta marbuta or a feminine plural is no verb (`سيارة`, `سنوات`)
        if tok.ta_marbuta || w.ends_with("ات") || self.not.iter().any(|n| w.starts_with(n.as_str())) {
            return false;
        }
        self.prefixes.iter().any(|(p, min)| w.starts_with(p.as_str()) && w.chars().count() >= *min)
    }

    /// True when the sentence starting at token `from` opens with an Arabic imperfect verb
    /// (`يصل`, `ويعقد`): in the news, what is set to happen on the day it names.
    pub fn opens_schedule(&self, toks: &Tokens, from: usize) -> bool {
        if !toks.is_word(from) || toks.toks[from].latin || toks.toks[from].ta_marbuta {
            return false;
        }
        let w = toks.text(from);
        let w = w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w);
        !w.ends_with("ات")
            && !self.leads_not.iter().any(|n| w.starts_with(n.as_str()))
            && self.leads.iter().any(|(p, min)| w.starts_with(p.as_str()) && w.chars().count() >= *min)
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    fn future_words(text: &str) -> Vec<String> {
        let f = &Lexicon::builtin().temporal.future_forms;
        crate::text::with_tokens(text, |t| {
            (0..t.len())
                .filter(|&i| {
                    let written: String =
                        text.chars().skip(t.toks[i].start).take(t.toks[i].end - t.toks[i].start).collect();
                    f.is_future(t, 0, i, || written.clone())
                })
                .map(|i| t.text(i).to_string())
                .collect()
        })
    }

    #[test]
    fn future_verbs_are_told_by_their_affixes_and_look_alikes_are_not() {
        assert_eq!(future_words("وسيتوجه الرئيس إلى نيامي، وستستأنف المفاوضات"), ["وسيتوجه", "وستستانف"]);
        assert!(future_words("السياسة والسيارة وسيغو والسنوات وسيطرة السياسي").is_empty());
        assert_eq!(future_words("لن يشارك الوفد"), ["يشارك"]);
        assert_eq!(future_words("Les ministres se réuniront et reprendront"), ["reuniront", "reprendront"]);
        // the conditional in reported speech only
        assert_eq!(future_words("Il a dit qu'il lancerait et rouvrirait"), ["lancerait", "rouvrirait"]);
        assert!(future_words("Le bilan s'élèverait à vingt morts et il rouvrirait").is_empty());
        assert_eq!(future_words("Il a dit qu'il s'adresserait à la nation"), ["adresserait"]);
        // an imperfect (`opérait`, `tirait`, `retirait`), a noun (`caméra`, `extra`), the past
        // or an allegation (`aurait été tué`, `seraient venus`)
        assert!(future_words(
            "que l'unité opérait, tirait, se retirait; une caméra extra; il aurait été tué; ils seraient venus"
        )
        .is_empty());
    }
}
