//! Dates that open or close a line as a story's stamp, not an event's date: a wire's inline
//! dateline (`باماكو 7 يونيو 2025 (وال) ـ`, `Bamako, 17 sept (AFP) -`, `باماكو - (أ ف ب) - 12
//! مارس 2024`) and a letter's heading (`Bamako, le 07 novembre 2020 Le forum…`).

use crate::corpus::Document;
use crate::lexicon::{Lexicon, Role};
use crate::temporal::{DateRef, TimeExpr};
use crate::text::Tokens;

/// Tokens after a paragraph's first that an inline dateline may start at (`باماكو 7 يونيو 2025م
/// (وال) ـ أعلنت …`).
const INLINE_DATELINE_START: usize = 3;

/// A full date near the start of a paragraph followed by an agency in parentheses or a dash, or
/// by a byline and a dash (`Le 22 mars 2012 par IVOIREBUSINESS –`), or closing an agency's
/// parenthesis (`(سبوتنيك - 19 أغسطس 2020)`): the dateline of a story, not an event.
pub fn is_inline_dateline(toks: &Tokens, expr: &TimeExpr) -> bool {
    let full = matches!(expr.spec.date, DateRef::Calendar { year: Some(_), day: Some(_), .. });
    let dash = |j: usize| {
        toks.is_punct(j, '(')
            || toks.is_punct(j, '-')
            || toks.is_punct(j, 'ـ')
            || toks.is_punct(j, '–')
            || toks.is_punct(j, '—')
    };
    let next = expr.tok_end;
    let byline = toks.text(next.min(toks.len().saturating_sub(1))) == "par" && (next + 1..next + 5).any(dash);
    // `Bamako, 17 sept (AFP) -`: a wire's dateline may leave the year out
    let day = matches!(expr.spec.date, DateRef::Calendar { day: Some(_), .. });
    let wire =
        toks.is_punct(next, '(') && (next + 2..next + 5).any(|j| toks.is_punct(j, ')') && (j + 1..j + 3).any(dash));
    // `( وكالة / سبوتنيك - 19 أغسطس 2020)`: a full date closing the parenthesis that opens the
    // paragraph, after an agency's name and a dash: a wire's stamp
    let agency_stamp = full
        && toks.is_punct(0, '(')
        && expr.tok_start >= 1
        && dash(expr.tok_start - 1)
        && (next..(next + 2).min(toks.len())).any(|j| toks.is_punct(j, ')'));
    // `باماكو - (أ ف ب) - 12 مارس 2024`: a full date closing a short line after an agency in
    // parentheses and a dash
    let last = (next..toks.len()).all(|j| toks.is_any_punct(j));
    let after_agency = full
        && last
        && (1..=AFTER_AGENCY_START).contains(&expr.tok_start)
        && dash(expr.tok_start - 1)
        && (0..expr.tok_start).any(|j| toks.is_punct(j, ')'));
    // `Niamey (AFP) - 16 septembre 2024 - Les derniers…`: a full date right after a wire's town
    // and agency, then a dash; or within the dateline (`Kidal (Mali), 12 mars 2024 (AFP) -`)
    let filed = crate::corpus::wire_dateline::wire_dateline_end(toks);
    let after_wire = full
        && expr.tok_start > 0
        && ((expr.tok_start == filed && (dash(next) || toks.is_punct(next, ':'))) || next < filed);
    agency_stamp
        || after_agency
        || after_wire
        || (expr.tok_start <= INLINE_DATELINE_START && ((full && (dash(next) || byline)) || (day && wire)))
}

/// Characters from a line's start within which a chronology entry's dash stands (`22 mars 2012 –
/// Coup d'État`).
const ENTRY_DASH_CHARS: usize = 32;

/// Days that the entries of a chronology span at least: a list of other articles' teasers above
/// a headline (`10 mars 2024 - Burkina : un convoi attaqué`, `11 mars 2024 - Niger : …`) gives
/// days close together, and each is a dateline.
const CHRONOLOGY_MIN_DAYS: i64 = 31;

/// True when at least two of the `paragraphs` open with a full date and a dash, no town before
/// it (`22 mars 2012 – Coup d'État …`, `15 août 2022 — Les derniers soldats …`), days more than
/// [`CHRONOLOGY_MIN_DAYS`] apart: a chronology, whose lines are entries, where a single such line
/// would be a wire's dateline. Only lines that open with a digit and hold a dash near their start
/// are tokenized for it.
pub fn is_chronology(doc: &Document, paragraphs: &[usize], lex: &Lexicon) -> bool {
    let dash = |c: char| matches!(c, '-' | '–' | '—' | 'ـ');
    let days: Vec<chrono::NaiveDate> = paragraphs
        .iter()
        .map(|&pi| doc.paragraphs[pi].text.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| t.starts_with(|c: char| c.is_numeric()) && t.chars().take(ENTRY_DASH_CHARS).any(dash))
        .filter_map(|t| {
            crate::text::with_tokens(t, |toks| {
                let x = crate::temporal::recognize(toks, lex).into_iter().next()?;
                let DateRef::Calendar { year: Some(y), month: Some(m), day: Some(d), .. } = x.spec.date else {
                    return None;
                };
                (x.tok_start == 0 && is_inline_dateline(toks, &x)).then(|| chrono::NaiveDate::from_ymd_opt(y, m, d))?
            })
        })
        .collect();
    match (days.iter().min(), days.iter().max()) {
        (Some(a), Some(b)) => (*b - *a).num_days() > CHRONOLOGY_MIN_DAYS,
        _ => false,
    }
}

/// The latest token a full date closing a wire's line (`باماكو - (أ ف ب) - 12 مارس 2024`) starts at.
const AFTER_AGENCY_START: usize = 12;

/// `Bamako, le 07 novembre 2020 Le forum…`: one word (the town), a comma and a full date opening
/// a paragraph, the sentence running on without a comma (`Lundi, le 7 juin 2025, l'armée…` is a
/// clause): the heading of a letter or a statement.
pub(super) fn is_town_heading(toks: &Tokens, expr: &TimeExpr, lex: &Lexicon) -> bool {
    matches!(expr.spec.date, DateRef::Calendar { year: Some(_), day: Some(_), .. })
        && toks.is_word(0)
        && toks.is_punct(1, ',')
        && (expr.tok_start == 2 || (expr.tok_start == 3 && lex.grammar.is(Role::OfDate, toks.forms(2))))
        && !toks.is_punct(expr.tok_end, ',')
}

#[cfg(test)]
mod tests {
    use crate::corpus::PublishedBasis;

    #[test]
    fn a_wire_s_dateline_town_is_no_place_of_the_story_told_elsewhere() {
        let end = |t: &str| {
            let mut toks = crate::text::Tokens::default();
            crate::text::tokenize_into(t, &mut toks);
            crate::corpus::wire_dateline::wire_dateline_end(&toks)
        };
        assert_eq!(end("Bamako (AFP) - Douze soldats ont été tués samedi à Mopti."), 5);
        assert_eq!(end("باماكو (الأناضول) - قتل 12 جنديا في موبتي."), 5);
        assert!(end("نيامي - أ ف ب: قتل خمسة جنود.") > 0);
        // a clause that opens with a town is no dateline
        assert_eq!(end("Bamako a accueilli samedi le sommet (AES) des trois pays."), 0);
        assert_eq!(end("قتل جنديان في موبتي (وسط) - حسب مصادر."), 0);
        // the story told elsewhere takes that place only; told in the town, the town stays
        let places = |text: &str| -> Vec<String> {
            let mut c = super::super::tests::corpus(&[("w.txt", text, Some("2024-03-10"))]);
            let out = super::super::extract(&mut c);
            out.events.iter().flat_map(|e| e.places.clone()).collect()
        };
        let p = places("Titre\nBamako (AFP) - Douze soldats ont été tués samedi dans une attaque à Mopti.\n");
        assert!(p.iter().any(|n| n == "Mopti") && !p.iter().any(|n| n == "Bamako"), "{p:?}");
        // the town's own country named after it is no elsewhere; the agency in the dateline is
        // no photo credit that would take the date of a short lede
        let mut c = super::super::tests::corpus(&[(
            "n.txt",
            "Titre\nNiamey (AFP) - Des militaires ont attaqué samedi un camp.\n",
            Some("2024-03-10"),
        )]);
        assert_eq!(super::super::extract(&mut c).events.len(), 1);
        let p = places("Titre\nNiamey (AFP) - Des militaires ont attaqué samedi un camp au Niger.\n");
        assert!(p.iter().any(|n| n == "Niamey"), "{p:?}");
        let p = places("Titre\nGao (AFP) - Un kamikaze s'est fait exploser samedi devant un camp militaire.\n");
        assert!(p.iter().any(|n| n == "Gao"), "{p:?}");
    }

    #[test]
    fn the_lines_of_a_chronology_are_entries_not_datelines() {
        let days = |text: &str| -> Vec<String> {
            let mut c = super::super::tests::corpus(&[("c.txt", text, Some("2024-10-01"))]);
            let out = super::super::extract(&mut c);
            let mut d: Vec<String> = out.events.iter().filter_map(|e| e.when.as_ref().map(|w| w.iso_start())).collect();
            d.sort();
            d
        };
        // one line opening with a date and a dash is a wire's dateline
        let single = "Titre\n30 septembre 2024 - Le ministre a rencontré les syndicats à Bamako.\n";
        assert!(days(single).is_empty(), "{:?}", days(single));
        // several make a chronology: each line is an event, as are a year heading an entry and
        // a date standing alone as its line's first sentence
        let list = "Les dates clés\n\
            22 mars 2012 – Des militaires renversent le président à Bamako.\n\
            2021 : second putsch, le colonel prend le pouvoir.\n\
            15 août 2022 — Les derniers soldats français quittent le Mali.\n\
            17 septembre 2024. Attaque jihadiste contre l'école de gendarmerie de Bamako.\n";
        assert_eq!(days(list), ["2012-03-22", "2021", "2022-08-15", "2024-09-17"]);
    }

    #[test]
    fn a_full_date_closing_a_wire_s_line_is_the_publication_date_and_no_event() {
        let text = "هجوم على معسكر\nباماكو - (أ ف ب) - 12 مارس 2024\nهاجم مسلحون الثلاثاء معسكرا للجيش في وسط مالي.\n";
        let mut c = super::super::tests::corpus(&[("wire.txt", text, None)]);
        let out = super::super::extract(&mut c);
        let p = c.documents[0].published.clone().expect("dated by its wire line");
        assert_eq!((p.date.to_string(), p.basis), ("2024-03-12".into(), PublishedBasis::Dateline));
        // the Tuesday is the attack's, and the stamp is no event of its own
        let days: Vec<String> = out.events.iter().filter_map(|e| e.when.as_ref().map(|w| w.iso_start())).collect();
        assert_eq!(days, ["2024-03-12"], "{:?}", out.events.iter().map(|e| &e.title).collect::<Vec<_>>());
        // a headline with a date after a dash and no agency is not a wire's line
        let text = "مجزرة مورا - 27 مارس 2022\nقتل مئات المدنيين في مورا.\n";
        let mut c = super::super::tests::corpus(&[("head.txt", text, None)]);
        let _ = super::super::extract(&mut c);
        assert!(c.documents[0].published.as_ref().is_none_or(|p| p.basis != PublishedBasis::Dateline));
    }

    #[test]
    fn a_photo_s_caption_shaped_as_a_wire_s_line_dates_neither_the_article_nor_an_event() {
        for caption in ["(صورة أرشيفية لجنود ماليين - 12 مارس 2020)", "Photo d'archives - 12 mars 2020"]
        {
            let text = format!("Titre\n{caption}\nأعلن الجيش الأربعاء مقتل قيادي في منطقة ميناكا.\n");
            let mut c = super::super::tests::corpus(&[("p.txt", &text, None)]);
            let out = super::super::extract(&mut c);
            let p = c.documents[0].published.as_ref().map(|p| p.date.to_string());
            assert_ne!(p.as_deref(), Some("2020-03-12"), "{caption}");
            assert!(out.events.iter().all(|e| e.when.is_none_or(|w| w.iso_start() != "2020-03-12")), "{caption}");
        }
    }
}
