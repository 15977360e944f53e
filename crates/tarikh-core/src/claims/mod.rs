//! Figures stated in the text (killed, wounded, aircraft or vehicles destroyed, funerals,
//! losses), how they are qualified (at least, about, more than, dozens, hundreds) and who
//! states them (the army, officials, the group claiming, diplomats, a newspaper, the article
//! itself). Words come from `assets/lexicon/claims.tsv`. No UI here; attaching figures to
//! events is [`crate::explore::claims`].

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::lexicon::claims::ClaimWord;
use crate::lexicon::Lexicon;
use crate::text::{sentence_spans, tokenize, Span, Tokens};

/// How a figure is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "how", content = "n")]
pub enum Amount {
    /// A number.
    Exact(u32),
    /// At least a number.
    AtLeast(u32),
    /// About a number.
    About(u32),
    /// More than a number.
    MoreThan(u32),
    /// Fewer than a number.
    FewerThan(u32),
    /// Dozens.
    Dozens,
    /// Hundreds.
    Hundreds,
    /// Thousands.
    Thousands,
    /// "A number of", "many".
    ANumber,
    /// "Some".
    Some,
}

impl Amount {
    /// The plausible range of the amount, for telling whether two figures disagree.
    pub fn range(&self) -> (u32, u32) {
        match *self {
            Amount::Exact(n) => (n, n),
            Amount::AtLeast(n) => (n, u32::MAX),
            Amount::About(n) => (n - n / 5, n + n / 5),
            Amount::MoreThan(n) => (n + 1, u32::MAX),
            Amount::FewerThan(n) => (0, n.saturating_sub(1)),
            Amount::Dozens => (24, 99),
            Amount::Hundreds => (200, 999),
            Amount::Thousands => (2000, u32::MAX),
            Amount::ANumber | Amount::Some => (1, u32::MAX),
        }
    }

    /// The wording in the interface language.
    pub fn label(&self, lang: crate::i18n::Lang) -> String {
        match *self {
            Amount::Exact(n) => n.to_string(),
            Amount::AtLeast(n) => lang.f("at least {0}", &[&n]),
            Amount::About(n) => lang.f("about {0}", &[&n]),
            Amount::MoreThan(n) => lang.f("more than {0}", &[&n]),
            Amount::FewerThan(n) => lang.f("fewer than {0}", &[&n]),
            Amount::Dozens => lang.t("dozens").into(),
            Amount::Hundreds => lang.t("hundreds").into(),
            Amount::Thousands => lang.t("thousands").into(),
            Amount::ANumber => lang.t("a number of").into(),
            Amount::Some => lang.t("some").into(),
        }
    }
}

/// A figure stated in a paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Document index.
    pub doc: usize,
    /// Paragraph index.
    pub paragraph: usize,
    /// The figure's words, in characters of the paragraph.
    pub span: Span,
    /// What is counted: killed, wounded, killed_or_wounded, aircraft, vehicles, funerals, losses.
    pub kind: String,
    /// How many.
    pub amount: Amount,
    /// Who is counted (soldiers, students…), when the text says.
    pub subject: Option<String>,
    /// Who states it (the article itself when nobody is named).
    pub claimant: String,
    /// The sentence.
    pub quote: String,
}

impl Figure {
    /// The wording in the interface language: "at least 200 soldiers killed", "funerals of
    /// about 50 police students"; in Arabic "قتلى: ما لا يقل عن 200 من الجنود".
    pub fn label(&self, lang: crate::i18n::Lang) -> String {
        if lang == crate::i18n::Lang::English {
            return self.english();
        }
        let people = !matches!(self.kind.as_str(), "aircraft" | "vehicles" | "losses");
        // "a number of" joins its subject through "{0} of the {1}" like the others
        let amount = if people && self.amount == Amount::ANumber {
            lang.t("a number").to_string()
        } else {
            self.amount.label(lang)
        };
        let counted = match &self.subject {
            Some(s) => {
                // "students and soldiers": each subject translated, joined in the language
                let who = s
                    .split(" and ")
                    .map(|p| lang.t(p).to_string())
                    .reduce(|a, b| lang.f("{0} and {1}", &[&a, &b]))
                    .unwrap_or_default();
                lang.f("{0} of the {1}", &[&amount, &who])
            }
            None => amount,
        };
        let kind = format!("figure: {}", self.kind);
        lang.f("{0}: {1}", &[&lang.t(&kind), &counted])
    }

    /// English wording.
    fn english(&self) -> String {
        let people = !matches!(self.kind.as_str(), "aircraft" | "vehicles" | "losses");
        let amount = if people && self.subject.is_none() && self.amount == Amount::ANumber {
            "a number".to_string()
        } else {
            self.amount.label(crate::i18n::Lang::English)
        };
        let who = self.subject.as_deref().map(|s| format!(" {s}")).unwrap_or_default();
        match self.kind.as_str() {
            "killed" => format!("{amount}{who} killed"),
            "wounded" => format!("{amount}{who} wounded"),
            "killed_or_wounded" => format!("{amount}{who} killed or wounded"),
            "aircraft" => format!("{amount} aircraft destroyed"),
            "vehicles" => format!("{amount} vehicles destroyed"),
            "funerals" => format!("funerals of {amount}{who}"),
            "losses" => format!("{amount} losses"),
            k => format!("{amount}{who} {k}"),
        }
    }

    /// True when the figure counts dead (killed, killed or wounded, funerals): the figures
    /// compared for disagreement.
    pub fn counts_dead(&self) -> bool {
        matches!(self.kind.as_str(), "killed" | "killed_or_wounded" | "funerals")
    }
}

/// A quantity in the token stream.
struct Quantity {
    amount: Amount,
    start: usize,
    end: usize,
}

fn word_at<'a>(lex: &'a Lexicon, t: &Tokens, i: usize) -> Option<(&'a ClaimWord, usize)> {
    lex.claims.table.longest_at(t, i, |_| true).map(|m| (m.value, m.end))
}

fn vague_amount(v: &str) -> Amount {
    match v {
        "dozens" => Amount::Dozens,
        "hundreds" => Amount::Hundreds,
        "thousands" => Amount::Thousands,
        "some" => Amount::Some,
        _ => Amount::ANumber,
    }
}

/// The quantity starting at `i`: [qualifier] (digits | number word | vague word). After a
/// qualifier the number may come up to two words later ("تجاوز 70", "يُعتقد أنه تجاوز 70").
fn quantity_at(lex: &Lexicon, t: &Tokens, i: usize) -> Option<Quantity> {
    let (qual, j) = match word_at(lex, t, i) {
        Some((ClaimWord::Qual(q), e)) => (Some(q.as_str()), e),
        _ => (None, i),
    };
    let last = if qual.is_some() { (j + 3).min(t.len()) } else { (j + 1).min(t.len()) };
    for k in j..last {
        let (n, end) = if t.is_number(k) {
            let tok = &t.toks[k];
            if (tok.digits == 4 && (1900..=2100).contains(&tok.value)) || tok.digits > 6 {
                return None; // a year, or an id
            }
            (tok.value, k + 1)
        } else {
            match word_at(lex, t, k) {
                Some((ClaimWord::Number(n), e)) => (*n, e),
                Some((ClaimWord::Vague(v), e)) => return Some(Quantity { amount: vague_amount(v), start: i, end: e }),
                _ => continue,
            }
        };
        let amount = match qual {
            Some("at_least") => Amount::AtLeast(n),
            Some("about") => Amount::About(n),
            Some("more_than") => Amount::MoreThan(n),
            Some("fewer_than") => Amount::FewerThan(n),
            _ => Amount::Exact(n),
        };
        return Some(Quantity { amount, start: i, end });
    }
    None
}

/// Who is counted, right after a quantity (`200 عسكري`, `50 طالبًا وعسكريًا`, `50 من طلاب الشرطة`).
fn subject_after(lex: &Lexicon, t: &Tokens, mut k: usize) -> (Option<String>, usize) {
    if t.is_word(k) && lex.grammar.is(crate::lexicon::Role::From, t.forms(k)) {
        k += 1;
    }
    let mut subjects: Vec<String> = Vec::new();
    let mut end = k;
    while let Some((ClaimWord::Subject(s), e)) = word_at(lex, t, end) {
        if !subjects.contains(s) {
            subjects.push(s.clone());
        }
        end = e;
    }
    if subjects.is_empty() {
        (None, k)
    } else {
        (Some(subjects.join(" and ")), end)
    }
}

/// The figures of one paragraph.
pub fn figures_in_paragraph(doc: usize, paragraph: usize, text: &str, lex: &Lexicon) -> Vec<Figure> {
    let t = tokenize(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for sp in sentence_spans(text) {
        let s = t.toks.iter().position(|x| x.start >= sp.start).unwrap_or(t.len());
        let e = t.toks.iter().rposition(|x| x.end <= sp.end).map(|i| i + 1).unwrap_or(s);
        // words of the sentence
        let mut kinds: Vec<(String, usize, usize)> = Vec::new();
        let mut quantities: Vec<Quantity> = Vec::new();
        let mut claimants: Vec<(String, usize)> = Vec::new();
        let mut attributions: Vec<usize> = Vec::new();
        let mut i = s;
        while i < e {
            match word_at(lex, &t, i) {
                Some((ClaimWord::Kind(k), end)) => {
                    kinds.push((k.clone(), i, end));
                    i = end;
                    continue;
                }
                Some((ClaimWord::Claimant(c), end)) => {
                    claimants.push((c.clone(), i));
                    i = end;
                    continue;
                }
                Some((ClaimWord::Attribution, end)) => {
                    attributions.push(i);
                    i = end;
                    continue;
                }
                _ => {}
            }
            if let Some(q) = quantity_at(lex, &t, i) {
                i = q.end;
                quantities.push(q);
                continue;
            }
            i += 1;
        }
        // where each quantity ends once the counted noun after it is read ("12 مدنيا")
        let q_ends: Vec<usize> = quantities.iter().map(|q| subject_after(lex, &t, q.end).1.max(q.end)).collect();
        // "قتلوا وأصابوا العشرات": killed and wounded joined by و count together, when one
        // quantity follows both (not in "12 مدنيا قتلوا وأصيب 30")
        let mut merged: Vec<(String, usize, usize)> = Vec::new();
        for k in kinds {
            if let Some(last) = merged.last_mut() {
                let pair = (last.0.as_str(), k.0.as_str());
                let counted_before = q_ends.iter().any(|&qe| qe <= last.1 && last.1 - qe <= 6);
                if last.2 == k.1 && !counted_before && matches!(pair, ("killed", "wounded") | ("wounded", "killed")) {
                    *last = ("killed_or_wounded".into(), last.1, k.2);
                    continue;
                }
            }
            merged.push(k);
        }
        let kind_starts: Vec<usize> = merged.iter().map(|k| k.1).collect();
        let mut used = vec![false; quantities.len()];
        // first, quantities right before a counted noun ("10 طائرات", "12 مدنيا قتلوا"); then the
        // nearest free one after the kind word (up to 7 words: "مقتل ما لا يقل عن 200"), else
        // before (up to 6)
        let mut pairing: Vec<Option<usize>> = vec![None; merged.len()];
        for (k, (_, ks, _)) in merged.iter().enumerate() {
            if let Some(q) = (0..quantities.len()).find(|&q| !used[q] && (quantities[q].end == *ks || q_ends[q] == *ks))
            {
                used[q] = true;
                pairing[k] = Some(q);
            }
        }
        for (k, (_, ks, ke)) in merged.iter().enumerate() {
            if pairing[k].is_some() {
                continue;
            }
            // another kind word in between takes the quantity on its side ("نحو 150 شخصا لقوا
            // حتفهم وأصيب العشرات": the dozens are wounded)
            let kind_between = |a: usize, b: usize| kind_starts.iter().any(|&x| x > a && x < b);
            let after = (0..quantities.len())
                .filter(|&q| {
                    !used[q]
                        && quantities[q].start >= *ke
                        && quantities[q].start <= ke + 7
                        && !kind_between(*ks, quantities[q].start)
                })
                .min_by_key(|&q| quantities[q].start - ke);
            let before = (0..quantities.len())
                .filter(|&q| {
                    !used[q]
                        && quantities[q].end <= *ks
                        && ks - q_ends[q].min(*ks) <= 6
                        && !kind_between(quantities[q].start, *ks)
                })
                .min_by_key(|&q| ks - q_ends[q].min(*ks));
            // the subject just before a verb (`12 personnes sont mortes et 30 …`) beats a
            // quantity that does not follow the kind word at once
            let adjacent_after = after.filter(|&q| quantities[q].start == *ke);
            let close_before = before.filter(|&q| ks - q_ends[q].min(*ks) <= 2);
            if let Some(q) = adjacent_after.or(close_before).or(after).or(before) {
                used[q] = true;
                pairing[k] = Some(q);
            }
        }
        // "قتل 49 مدنيا و15 جنديا": a quantity joined by و to a paired one, with its own
        // counted noun, counts the same thing
        let mut figures: Vec<(String, usize, usize, usize)> = Vec::new(); // kind, start, end, quantity
        for (k, (kind, ks, ke)) in merged.into_iter().enumerate() {
            let Some(mut qi) = pairing[k] else { continue };
            figures.push((kind.clone(), ks, ke, qi));
            loop {
                let next = qi + 1;
                let joined = next < quantities.len()
                    && !used[next]
                    && (quantities[next].start == q_ends[qi] + 1
                        && lex.grammar.words(crate::lexicon::Role::And).iter().any(|w| t.text(q_ends[qi]) == w)
                        || quantities[next].start == q_ends[qi] && t.toks[quantities[next].start].glued_prefix)
                    && subject_after(lex, &t, quantities[next].end).0.is_some();
                if !joined {
                    break;
                }
                used[next] = true;
                figures.push((kind.clone(), quantities[next].start, quantities[next].start, next));
                qi = next;
            }
        }
        for (kind, ks, ke, qi) in figures {
            let q = &quantities[qi];
            let (subject, mut end) = subject_after(lex, &t, q.end);
            let mut amount = q.amount;
            // "ست طائرات على الأقل"
            let tail = end.max(ke);
            if let (Amount::Exact(n), Some((ClaimWord::Qual(qq), e2))) = (amount, word_at(lex, &t, tail)) {
                if qq == "at_least" {
                    amount = Amount::AtLeast(n);
                    end = e2;
                }
            }
            let (a, b) = (q.start.min(ks), end.max(ke).max(q.end));
            // who states it: named before the figure, or after it behind `وفق`/`بحسب`
            let named_after = || {
                let cue = attributions.iter().find(|&&at| at >= b)?;
                claimants.iter().find(|(_, at)| *at > *cue && *at <= cue + 5).map(|c| c.0.clone())
            };
            let claimant = claimants
                .iter()
                .rev()
                .find(|(_, at)| *at < a)
                .map(|c| c.0.clone())
                .or_else(named_after)
                .unwrap_or_else(|| "the article".into());
            out.push(Figure {
                doc,
                paragraph,
                span: Span::new(t.toks[a].start, t.toks[b - 1].end),
                kind,
                amount,
                subject,
                claimant,
                quote: chars[sp.start..sp.end].iter().collect(),
            });
        }
    }
    out
}

/// The figures of every content paragraph of the documents `docs` (in parallel).
pub fn figures_in_corpus(corpus: &Corpus, docs: &[usize]) -> Vec<Figure> {
    let lex = corpus.lexicon;
    docs.par_iter()
        .flat_map_iter(|&di| {
            let d = &corpus.documents[di];
            d.paragraphs
                .iter()
                .filter(|p| p.is_content())
                .flat_map(move |p| figures_in_paragraph(di, p.index, &p.text, lex))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(text: &str) -> Vec<(String, String)> {
        figures_in_paragraph(0, 0, text, Lexicon::builtin())
            .into_iter()
            .map(|f| (f.label(crate::i18n::Lang::English), f.claimant))
            .collect()
    }

    #[test]
    fn reads_figures_their_qualifiers_and_claimants() {
        assert_eq!(
            figs("وأسفرت الهجمات – حسب الحصيلة النهائية للنصرة – عن مقتل ما لا يقل عن 200 عسكري، وتدمير 10 طائرات و20 آلية عسكرية."),
            vec![("at least 200 soldiers killed".into(), "JNIM".into()), ("10 aircraft destroyed".into(), "JNIM".into()), ("20 vehicles destroyed".into(), "JNIM".into())]
        );
        assert_eq!(
            figs("بالإضافة إلى ذلك، قُتل أكثر من 50 طالبًا وعسكريًا في مدرسة الدرك."),
            vec![("more than 50 students and soldiers killed".into(), "the article".into())]
        );
        assert_eq!(
            figs("وقال دبلوماسيان يعملان في المنطقة، الخميس، إن عدد القتلى يُعتقد أنه تجاوز 70."),
            vec![("more than 70 killed".into(), "diplomats".into())]
        );
        assert_eq!(
            figs("وقال دبلوماسي ثالث إنه يُعتقد أن الهجوم أسفر عن سقوط مئات القتلى والمصابين."),
            vec![("hundreds killed or wounded".into(), "diplomats".into())]
        );
        assert_eq!(
            figs("وذكرت صحيفة مالية أن جنازات نحو 50 من طلاب الشرطة كانت ستقام الخميس الماضي."),
            vec![("funerals of about 50 police students".into(), "a Malian newspaper".into())]
        );
        assert_eq!(
            figs("وفي المطار، قالت الجماعة أيضًا إن رجالها أحرقوا ست طائرات على الأقل."),
            vec![("at least 6 aircraft destroyed".into(), "JNIM".into())]
        );
        assert_eq!(
            figs("بل ذكر المسؤولون الماليون فقط أن “عددًا من العسكريين” قتلوا في الهجوم."),
            vec![("a number of soldiers killed".into(), "Malian officials".into())]
        );
        assert_eq!(
            figs("قال مسعفون إن 12 مدنيا قتلوا وأصيب 30 آخرون في انفجار سيارة مفخخة في غاو."),
            vec![("12 civilians killed".into(), "the article".into()), ("30 wounded".into(), "the article".into())]
        );
    }

    #[test]
    fn french_numbers_in_words_and_about_so_many_are_read_whole() {
        // `onze` is eleven, and `une cinquantaine` (about fifty) is not `une` (one)
        let f = figs("Au moins onze soldats avaient été tués et une cinquantaine de civils portés disparus.");
        assert_eq!(f.first().map(|x| x.0.as_str()), Some("at least 11 soldiers killed"), "{f:?}");
        assert!(!f.iter().any(|x| x.0.contains(" 1 ")), "{f:?}");
    }

    #[test]
    fn counts_that_are_no_casualties_or_years_are_not_figures() {
        assert!(figs("في حين لم تعلن الحكومة أي أعداد للقتلى.").is_empty());
        assert!(figs("قتل الرئيس السابق عام 2012 في هجوم.").is_empty());
        assert!(figs("على بعد 40 ميلاً فقط من نيامي.").is_empty());
    }

    #[test]
    fn claimants_named_after_the_figure_joined_figures_and_kinds_on_each_side() {
        assert_eq!(
            figs(
                "قتل 29 جنديا نيجريا في هجوم شنه إرهابيون الأربعاء في منطقة تيلابيري، وفق ما أعلنت وزارة الدفاع في بيان."
            ),
            vec![("29 soldiers killed".into(), "officials".into())]
        );
        assert_eq!(
            figs("وقتل فيه 49 مدنيا و15 جنديا، بحسب الحكومة."),
            vec![("49 civilians killed".into(), "officials".into()), ("15 soldiers killed".into(), "officials".into())]
        );
        assert_eq!(
            figs("وأفادت مصادر أمنية بأن نحو 150 شخصا لقوا حتفهم وأصيب العشرات."),
            vec![
                ("about 150 people killed".into(), "security sources".into()),
                ("dozens wounded".into(), "security sources".into())
            ]
        );
        // an attribution with nobody known after it leaves the article as the source
        assert_eq!(figs("قتل 12 شخصا بحسب ما تداوله ناشطون."), vec![("12 people killed".into(), "the article".into())]);
    }

    #[test]
    fn french_figures_and_claimants() {
        assert_eq!(
            figs("Au moins 50 soldats ont été tués dans l'attaque, selon l'armée."),
            vec![("at least 50 soldiers killed".into(), "the army".into())]
        );
        assert_eq!(
            figs("L'attaque a fait plus de 20 morts, selon une source sécuritaire."),
            vec![("more than 20 killed".into(), "security sources".into())]
        );
        assert_eq!(
            figs("Environ 30 civils ont été blessés, d'après des témoins."),
            vec![("about 30 civilians wounded".into(), "witnesses".into())]
        );
        // two figures, each with its verb after it
        assert_eq!(
            figs("Douze personnes sont mortes et 30 civils ont été blessés dans l'explosion."),
            vec![
                ("12 people killed".into(), "the article".into()),
                ("30 civilians wounded".into(), "the article".into())
            ]
        );
        assert_eq!(
            figs("L'attaque a fait 12 morts et 30 blessés, selon l'armée."),
            vec![("12 killed".into(), "the army".into()), ("30 wounded".into(), "the army".into())]
        );
    }
}
