//! The dateline: a line near the top that is mostly a date (and time), such as
//! `الثلاثاء 17/سبتمبر/2024 - 05:21 م` or `نشر في: 17 سبتمبر 2024`. It gives the publication
//! date; it is not an event.

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::Paragraph;
use crate::lexicon::Lexicon;
use crate::temporal::{recognize, resolve, DateRef, ResolveContext};
use crate::text::{with_tokens, Tokens};

/// Lines from the top, and from the bottom, searched for a dateline.
const SEARCH_LINES: usize = 6;
/// Words of a dateline outside its date and time expressions (a weekday written apart, an
/// outlet, a city, `نشر في`): more, and the line is a sentence.
const MAX_OTHER_WORDS: usize = 4;

/// Words a dateline holds at most (twice as many on a line that names itself a stamp).
const MAX_DATELINE_WORDS: usize = 14;

/// Tokens before a date within which an update word (`تحديث`, `modifié`) makes it the last
/// update's date (`آخر تحديث: 06/03/2024`, `modifié le 6 mars`).
const UPDATE_WORD_REACH: usize = 4;

/// Words of a line of the article's text (not a headline, a stamp or a label).
const TEXT_LINE_WORDS: usize = 8;

/// Dated lines at the end of a text, of different days, that make a list of other articles.
const TEASER_LIST_LINES: usize = 3;

/// One line that reads as a dateline.
struct Candidate {
    index: usize,
    date: NaiveDate,
    time: Option<NaiveTime>,
    /// The line names itself a publication stamp (`نشر في`, `Publié le`).
    stamped: bool,
    /// The line's date is the last update's (`آخر تحديث`, `Mis à jour le`).
    update: bool,
}

/// The dateline's paragraph index, day and time, when the document has one. Both ends of the
/// text are searched; where several lines qualify (a site header with today's date above the
/// article's own stamp), a line that also gives a clock time wins, then the first.
pub fn find_dateline(paras: &[Paragraph], lex: &Lexicon) -> Option<(usize, NaiveDate, Option<NaiveTime>)> {
    // nothing past a heading that opens the page's tail below a line of text (`Commentaires`,
    // `اقرأ أيضا`): a comment's or another article's date is not this article's
    let text_line = |i: usize| paras[i].text.split_whitespace().count() >= TEXT_LINE_WORDS;
    let n = (0..paras.len())
        .find(|&i| lex.boilerplate.opens_tail(&paras[i].text) && (1..i).any(text_line))
        .unwrap_or(paras.len());
    let paras = &paras[..n];
    let tail_from = n.saturating_sub(SEARCH_LINES).max(SEARCH_LINES.min(n));
    // (nor a related article's line, `À lire : … (Publié le 12 mai 2025)`: its own date)
    let site_update = |p: &&Paragraph| is_site_update(paras, p.index, lex) || lex.boilerplate.matches(&p.text);
    let mut candidates: Vec<Candidate> =
        paras.iter().take(SEARCH_LINES).filter(|p| !site_update(p)).filter_map(|p| dateline_of(p, lex)).collect();
    if !candidates.iter().any(|c| c.time.is_some()) {
        let tail: Vec<Candidate> =
            paras[tail_from..].iter().filter(|p| !site_update(p)).filter_map(|p| dateline_of(p, lex)).collect();
        // three or more dated lines of different days at the end are a list of other articles
        // (related articles, "most read"), each with its own date: none is this article's (two
        // are the article's own published and updated stamps)
        if tail.len() < TEASER_LIST_LINES || !tail.iter().any(|c| c.date != tail[0].date) {
            candidates.extend(tail);
        }
    }
    // (nor the day the page was seen, in its header: see `is_viewing_day`)
    candidates.retain(|c| !is_viewing_day(paras, c));
    // a line that says it is the publication stamp (`نشر في 12 مارس 2024`) before a bare date
    // (a site header's date of the day the page was saved)
    if candidates.iter().any(|c| c.stamped) {
        candidates.retain(|c| c.stamped);
    }
    // and the publication's stamp before the last update's (`تاريخ النشر` under `آخر تحديث`)
    if candidates.iter().any(|c| c.stamped && !c.update) {
        candidates.retain(|c| !c.update);
    }
    // bare dates of different days and no clock to prefer one (a site header's day above the
    // headline, the article's below it): which is the article's, the lines do not say
    if !candidates.iter().any(|c| c.stamped || c.time.is_some())
        && candidates.iter().any(|c| c.date != candidates[0].date)
    {
        return None;
    }
    let best = candidates.iter().find(|c| c.time.is_some()).or(candidates.first())?;
    Some((best.index, best.date, best.time))
}

/// True when a bare date line (no stamp, no clock) stands next to the site's navigation
/// (`Lundi 7 décembre 2026` above `Accueil | Politique | Sécurité`): it is the day the page was
/// seen, in its header, not the article's.
fn is_viewing_day(paras: &[Paragraph], c: &Candidate) -> bool {
    let nav =
        |i: Option<usize>| i.and_then(|i| paras.get(i)).is_some_and(|p| super::layout::is_navigation_line(&p.text));
    !c.stamped && c.time.is_none() && (nav(Some(c.index)) || nav(c.index.checked_sub(1)) || nav(Some(c.index + 1)))
}

/// The header's lines that give the day the page was seen ([`is_viewing_day`]): furniture, whose
/// date neither publishes the article nor dates what it tells.
pub fn viewing_day_lines(paras: &[Paragraph], lex: &Lexicon) -> Vec<usize> {
    paras
        .iter()
        .take(SEARCH_LINES)
        .filter_map(|p| dateline_of(p, lex))
        .filter(|c| is_viewing_day(paras, c))
        .map(|c| c.index)
        .collect()
}

/// True when paragraph `i` is a stamp of the last update below the article's text
/// (`Dernière mise à jour : 01/01/2025` under it): the site's, not the article's publication.
/// A line whose first date comes before its word of update (`Publié le 14 mai 2025 à 11h02,
/// modifié le 14 mai 2025 à 16h40`, under a standfirst) stamps the publication first.
pub fn is_site_update(paras: &[Paragraph], i: usize, lex: &Lexicon) -> bool {
    // the text: a sentence (the first line is the headline, however long; a headline under a
    // site's name, or a stamp line, does not end as a sentence does)
    let text_from = paras
        .iter()
        .skip(1)
        .find(|p| {
            p.text.split_whitespace().count() >= TEXT_LINE_WORDS
                && p.text.trim_end().trim_end_matches(['"', '”', '»', ')']).ends_with(['.', '!', '?', '؟'])
        })
        .map(|p| p.index);
    text_from.is_some_and(|t| i > t)
        && paras.get(i).is_some_and(|p| {
            with_tokens(&p.text, |toks| {
                let first_date = (0..toks.len()).find(|&j| toks.text(j).chars().any(is_digit));
                (0..first_date.unwrap_or(toks.len()))
                    .any(|j| lex.grammar.is(crate::lexicon::Role::UpdateStamp, toks.forms(j)))
            })
        })
}

/// True when the paragraph has a dateline's shape (a short line that is mostly a date, with
/// at most a few words such as a place), whether or not it was taken as the document's.
pub fn looks_like_dateline(p: &Paragraph, lex: &Lexicon) -> bool {
    dateline_of(p, lex).is_some()
}

/// True for a digit in Latin, Arabic or Persian script.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c)
}

fn dateline_of(p: &Paragraph, lex: &Lexicon) -> Option<Candidate> {
    // a dateline holds digits and is short
    if p.text.split_ascii_whitespace().nth(16).is_some() || !p.text.chars().any(is_digit) {
        return None;
    }
    with_tokens(&p.text, |toks| dateline_in(p, toks, lex))
}

/// [`dateline_of`] of the paragraph's tokens.
fn dateline_in(p: &Paragraph, toks: &Tokens, lex: &Lexicon) -> Option<Candidate> {
    let words = toks.toks.iter().filter(|t| t.kind != crate::text::TokenKind::Punct).count();
    let stamp = lex.triggers.has_stamp(toks, 0, toks.len());
    // (a stamp line may give both days: `Publié le 5 mars 2024 à 10h12, modifié le 6 mars …`)
    if words == 0 || words > if stamp { 2 * MAX_DATELINE_WORDS } else { MAX_DATELINE_WORDS } {
        return None;
    }
    // (`Mis à jour le 13 mars`: `à jour` together, since `mis` alone also publishes, `mis en
    // ligne le`, and `jour` alone is any day)
    let brought_up_to_date = |k: usize| k > 0 && toks.text(k) == "jour" && matches!(toks.text(k - 1), "a" | "à");
    let updated_at = |j: usize| {
        (j.saturating_sub(UPDATE_WORD_REACH)..j)
            .any(|k| lex.grammar.is(crate::lexicon::Role::UpdateStamp, toks.forms(k)) || brought_up_to_date(k))
    };
    let exprs = recognize(toks, lex);
    // the expressions together (a Gregorian date, its Hijri twin, a clock time, a weekday)
    // make up most of the line
    let is_word = |j: usize| toks.toks[j].kind != crate::text::TokenKind::Punct;
    // (each word once: two readings may share a word)
    let covered =
        (0..toks.len()).filter(|&j| is_word(j) && exprs.iter().any(|e| (e.tok_start..e.tok_end).contains(&j))).count();
    let weekday_word = (0..toks.len()).find_map(|j| lex.temporal.weekday_at(toks, j));
    let other = words.saturating_sub(covered).saturating_sub(usize::from(
        weekday_word.is_some()
            && !exprs.iter().any(|e| matches!(e.spec.date, DateRef::Calendar { weekday: Some(_), .. })),
    ));
    // a photo's caption is not the article's date (a wire's agency before a dash is no credit:
    // `Niamey (AFP) - 16/09/2024`); a stamp phrase (`آخر تحديث`, `تاريخ النشر`) makes a short
    // line with a full date a dateline
    if super::wire_dateline::has_caption_beside_dateline(toks, lex, 0, toks.len()) {
        return None;
    }
    // an author's line (`Par notre correspondant à Mopti - 14 février 2023`): its words before
    // the date are a name and a place, when a date ends it
    let byline = (0..toks.len().min(2)).any(|j| lex.grammar.is(crate::lexicon::Role::Byline, toks.forms(j)))
        && exprs.iter().any(|e| {
            e.spec.date.is_absolute()
                && (e.tok_end..toks.len())
                    .all(|j| !is_word(j) || exprs.iter().any(|x| (x.tok_start..x.tok_end).contains(&j)))
        });
    if !stamp && !byline && (covered * 2 < words || other > MAX_OTHER_WORDS) {
        return None;
    }
    // a short line that names an act (`هاجم مسلحون غاو الاثنين 4 مارس 2024`) reports it: no
    // dateline, whatever its length; nor one whose wire dateline opens a story that names one
    // (`GAO (Mali), 12 mars 2024 (AFP) - Des hommes armés ont attaqué lundi un poste.`): the story
    // is read, its dateline inline
    let names_act = |from: usize| lex.triggers.find(toks, from, toks.len()).iter().any(|h| h.def.event_type.is_some());
    let wire_end = super::wire_dateline::wire_dateline_end(toks);
    if !stamp && names_act(0) || wire_end > 0 && wire_end < toks.len() && names_act(wire_end) {
        return None;
    }
    let clock = exprs.iter().find_map(|e| (e.spec.date == DateRef::None).then_some(e.spec.clock).flatten());
    // the publication's date before the update's on a line that gives both
    let mut ordered: Vec<&crate::temporal::TimeExpr> = exprs.iter().collect();
    ordered.sort_by_key(|e| updated_at(e.tok_start));
    for e in ordered {
        if !e.spec.date.is_absolute() {
            continue;
        }
        // (a Hijri day with no weekday to settle it is a day either side of the tabular one: the
        // month's first day is sighted; its Gregorian twin, if written, dates the line)
        if matches!(e.spec.date, DateRef::Hijri { day: Some(_), weekday: None, .. }) {
            continue;
        }
        let Some(r) = resolve(&e.spec, &ResolveContext::default()) else { continue };
        if r.when.precision < crate::model::Precision::Day {
            continue;
        }
        let time = if r.when.precision == crate::model::Precision::Time {
            Some(r.when.start.time())
        } else {
            clock.and_then(|c| NaiveTime::from_hms_opt(c.hour, c.minute, 0))
        };
        // (only a date in digits may be written month first: `7 décembre` names its month)
        let numeric = (e.tok_start..e.tok_end).all(|j| toks.is_number(j) || toks.is_any_punct(j));
        let date = if numeric { weekday_checked(r.when.first_day(), weekday_word) } else { r.when.first_day() };
        return Some(Candidate { index: p.index, date, time, stamped: stamp, update: updated_at(e.tok_start) });
    }
    None
}

/// A numeric date whose weekday, written beside it, only fits with day and month swapped
/// (`اثنين, 06/10/2019` is 10 June, written month first) is read month first.
fn weekday_checked(date: NaiveDate, weekday: Option<u32>) -> NaiveDate {
    let Some(w) = weekday else { return date };
    if date.weekday().number_from_monday() == w {
        return date;
    }
    match NaiveDate::from_ymd_opt(date.year(), date.day(), date.month()) {
        Some(swapped) if swapped.weekday().number_from_monday() == w => swapped,
        _ => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Paragraph> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph {
                index: i,
                text: t.to_string(),
                line: i as u32 + 1,
                boilerplate: false,
                duplicate_of: None,
                near_duplicate: false,
                dateline: false,
            })
            .collect()
    }

    fn found(texts: &[&str]) -> Option<(usize, String, Option<String>)> {
        find_dateline(&lines(texts), Lexicon::builtin())
            .map(|(i, d, t)| (i, d.to_string(), t.map(|t| t.format("%H:%M").to_string())))
    }

    #[test]
    fn a_line_all_date_words_with_a_weekday_outside_them_is_read_without_a_panic() {
        // every word is covered and the weekday is counted apart: the count of other words
        // must not go below zero (a fuzz case)
        assert_eq!(found(&["عنوان", "الثلاثاء 17/ 17/سبتمبر/2024 - 05:21 م"]).map(|f| f.1), Some("2024-09-17".into()));
    }

    #[test]
    fn a_publication_stamp_before_a_site_header_s_day_and_two_bare_days_date_nothing() {
        let body = "هاجم مسلحون الاثنين موقعا عسكريا قرب غاو وقتلوا أربعة جنود بحسب مصدر أمني.";
        // the day the page was saved, above the headline, and the article's stamp below it
        let got = found(&["السبت 5 ديسمبر 2026", "هجوم قرب غاو", "نشر في 12 مارس 2024", body]);
        assert_eq!(got.map(|f| f.1), Some("2024-03-12".into()));
        // two bare days and nothing to tell which is the article's
        let body = "Des jihadistes ont attaqué dimanche un poste militaire près de Gao, tuant quatre soldats.";
        assert_eq!(found(&["Mardi 12 mars 2024", "Attaque près de Gao", "10/03/2024", body]), None);
    }

    #[test]
    fn an_author_s_line_that_ends_with_a_date_is_the_dateline() {
        let body = "Des hommes armés ont attaqué dimanche un village du cercle de Bankass, tuant dix civils.";
        for byline in [
            "Par notre correspondant à Mopti - 14 février 2023",
            "De notre envoyé spécial à Gao, le 14 février 2023",
            "من مراسلنا في موبتي - 14 فبراير 2023",
        ] {
            assert_eq!(found(&["Attaque au centre", byline, body]).map(|f| f.1), Some("2023-02-14".into()), "{byline}");
        }
        // a line that goes on after its date is a sentence, not a dateline
        let line = "Par ailleurs le 14 février 2023 restera dans les mémoires des habitants";
        assert_eq!(found(&["Attaque au centre", line, body]), None);
    }

    #[test]
    fn a_wire_s_agency_before_its_date_is_no_photo_credit() {
        let body = "Les derniers soldats américains ont quitté dimanche la base aérienne d'Agadez.";
        for dateline in [
            "Niamey (AFP) - 16/09/2024",
            "Niamey (AFP) – 16 septembre 2024",
            "Niamey (Reuters) - 16 septembre 2024",
            "Agadez (Niger), 16 septembre 2024 (AFP) -",
        ] {
            let got = found(&["Niger : fin du retrait américain", dateline, body]);
            assert_eq!(got.map(|f| f.1), Some("2024-09-16".into()), "{dateline}");
        }
        // a photo's credit stays one
        assert_eq!(found(&["Niger : fin du retrait américain", "Photo (AFP) - 16 septembre 2024", body]), None);
    }

    #[test]
    fn a_short_story_opened_by_its_wire_dateline_is_read_not_taken_for_the_dateline() {
        for text in [
            "Attaque près de Gao\nGAO (Mali), 12 mars 2024 (AFP) - Des hommes armés ont attaqué lundi un poste.\n",
            "Attaque près de Gao\nGao (AFP) - 12/03/2024 - Des hommes armés ont attaqué lundi un poste.\n",
        ] {
            let doc = crate::corpus::document_from_text(
                "a.txt".into(),
                text,
                crate::corpus::TextEncoding::Utf8,
                text.len(),
                Lexicon::builtin(),
            );
            let mut c = crate::corpus::Corpus { documents: vec![doc], ..Default::default() };
            let x = crate::extract::extract(&mut c);
            assert_eq!(c.documents[0].published.as_ref().map(|p| p.date.to_string()), Some("2024-03-12".into()));
            // Monday's attack, told on the dateline's line, is an event of its day
            assert!(x.events.iter().any(|e| e.when.is_some_and(|w| w.iso_start() == "2024-03-11")), "{text}");
        }
    }

    #[test]
    fn a_related_article_s_stamp_is_not_the_article_s() {
        let body = "Les autorités de transition ont suspendu mercredi les activités des partis politiques.";
        for related in [
            "À lire : Mali : la transition prolongée jusqu'en 2027 (Publié le 12 mai 2025)",
            "اقرأ كذلك: مالي تمدد المرحلة الانتقالية (نشر في 12 مايو 2025)",
        ] {
            let got = found(&[
                "Mali : la junte suspend les partis",
                "Par Jeune Afrique",
                "19 septembre 2024 à 14h32",
                body,
                related,
            ]);
            assert_eq!(got.map(|f| f.1), Some("2024-09-19".into()), "{related}");
        }
    }

    #[test]
    fn the_publication_s_stamp_wins_over_the_last_update_s() {
        let body = "هاجم مسلحون الاثنين موقعا عسكريا قرب غاو وقتلوا أربعة جنود بحسب مصدر أمني.";
        // two stamp lines, the update's first
        let got = found(&["هجوم قرب غاو", "آخر تحديث: 06/03/2024 - 08:30", "تاريخ النشر: 05/03/2024 - 10:12", body]);
        assert_eq!(got.map(|f| f.1), Some("2024-03-05".into()));
        // one line with both, under a site's name and a headline of nine words
        let body = "Des jihadistes ont attaqué lundi un poste militaire près de Gao, tuant quatre soldats.";
        let got = found(&[
            "Le Journal du Sahel",
            "Mali : une attaque vise un camp militaire près de Gao",
            "Publié le 05 mars 2024 à 10h12, modifié le 06 mars 2024 à 08h30",
            body,
        ]);
        assert_eq!(got.map(|f| (f.1, f.2)), Some(("2024-03-05".into(), Some("10:12".into()))));
        // the update first on the line (`Mis à jour le …` reads no listed update word but `jour`)
        let got =
            found(&["Attaque près de Gao", "Mis à jour le 06 mars 2024 à 08h30 Publié le 05 mars 2024 à 10h12", body]);
        assert_eq!(got.map(|f| f.1), Some("2024-03-05".into()));
        // an update alone above the text still dates it; below the text it is the site's
        let got = found(&["Attaque près de Gao", "Mis à jour le 6 mars 2024 à 08:30", body]);
        assert_eq!(got.map(|f| f.1), Some("2024-03-06".into()));
        assert_eq!(found(&["Attaque près de Gao", body, "Dernière mise à jour : 01/01/2025"]), None);
        // the publication first on a line under a standfirst and a byline: the publication's
        let got = found(&[
            "Au Mali, la junte dissout les partis politiques",
            "Le chef de la junte a signé mardi un décret qui abroge la charte des partis, une semaine après des manifestations.",
            "Par notre rédaction avec AFP",
            "Publié le 14 mai 2025 à 11h02, modifié le 14 mai 2025 à 16h40",
            body,
        ]);
        assert_eq!(got.map(|f| (f.1, f.2)), Some(("2025-05-14".into(), Some("11:02".into()))));
        // and in Arabic digits
        let got = found(&[
            "مالي: المجلس العسكري يحل الأحزاب",
            "وقع رئيس المرحلة الانتقالية يوم الثلاثاء مرسوما يلغي ميثاق الأحزاب بعد أسبوع من مظاهرات المعارضة.",
            "نشر في ١٤/٠٥/٢٠٢٥ - ١١:٠٢، آخر تحديث ١٥/٠٥/٢٠٢٥ - ١٦:٤٠",
            body,
        ]);
        assert_eq!(got.map(|f| f.1), Some("2025-05-14".into()));
    }

    #[test]
    fn datelines_of_several_outlets() {
        let title = "مالي: المجلس العسكري يؤجل الانتخابات الرئاسية";
        // a clock glued to the day, then the Hijri twin of the date
        assert_eq!(
            found(&[title, "الشرق الأوسط", "نُشر: 10:25-26 سبتمبر 2023 م ـ 11 ربيع الأول 1445 هـ"]),
            Some((2, "2023-09-26".into(), Some("10:25".into())))
        );
        assert_eq!(found(&[title, "الجزيرة نت - 28/1/2024"]), Some((1, "2024-01-28".into(), None)));
        // a Hijri day alone is a day either side of the tabular one (14 Rabi' al-Awwal 1446 was
        // sighted on 17 September 2024, computed the 18th): no publication day, unless a weekday
        // settles it or the Gregorian twin is written first
        assert_eq!(found(&[title, "14 ربيع الأول 1446 هـ"]), None);
        assert_eq!(found(&[title, "الثلاثاء 14 ربيع الأول 1446 هـ"]).map(|f| f.1), Some("2024-09-17".into()));
        assert_eq!(
            found(&[title, "14 ربيع الأول 1446 هـ الموافق 17 سبتمبر 2024 م"]).map(|f| f.1),
            Some("2024-09-17".into())
        );
        assert_eq!(
            found(&[title, "نشر في: 29 يوليو 2024 - 14:35 بتوقيت أبوظبي"]),
            Some((1, "2024-07-29".into(), Some("14:35".into())))
        );
        // month first, as the weekday beside it shows (10 June 2019 was a Monday)
        assert_eq!(found(&[title, "اثنين, 06/10/2019 - 19:00"]).map(|f| f.1), Some("2019-06-10".into()));
        // a site header with today's date, then the article's stamp with its time
        assert_eq!(
            found(&[title, "الجمعة 19 ابريل 2024 أبوظبي الإمارات", "نص", "15 أغسطس 2022 18:19"]).map(|f| f.1),
            Some("2022-08-15".into())
        );
        // at the end of the text
        let mut long = vec![title];
        long.extend(std::iter::repeat_n("وقال المتحدث إن الوضع هادئ في المدينة.", 8));
        long.push("سبت, 06/07/2024 - 20:51");
        assert_eq!(found(&long).map(|f| f.0), Some(9));
        // publication stamps, an English month, a missing space
        assert_eq!(found(&[title, "تاريخ النشر: 1st, November 2023 GMT"]).map(|f| f.1), Some("2023-11-01".into()));
        assert_eq!(found(&[title, "آمنة مجدي21 نوفمبر 2024آخر تحديث :"]).map(|f| f.1), Some("2024-11-21".into()));
        // a photo's caption is not
        assert_eq!(found(&[title, "Gao, le 17 février 2013. - PASCAL GUYOT / AFP"]), None);
        // nor a list of other articles at the end, each with its own date
        let mut teasers = long.clone();
        teasers.pop();
        teasers.extend(["12/03/2024 - 10:00", "11/03/2024 - 18:30", "10/03/2024 - 09:15"]);
        assert_eq!(found(&teasers), None);
        // a sentence with a date in it is not a dateline
        assert_eq!(found(&[title, "وانسحبت القوات من المعسكر صباح اليوم الثلاثاء 31 أكتوبر 2023 بحسب مصادر"]), None);
        assert_eq!(
            found(&[title, "وقال الجيش إن الهجوم الذي وقع في 17 سبتمبر 2024 أسفر عن مقتل عدد من الجنود في باماكو"]),
            None
        );
    }

    #[test]
    fn a_comment_s_date_below_the_comments_heading_is_not_the_article_s() {
        let body = "Douze soldats ont été tués jeudi dans une attaque contre un camp militaire, selon des sources sécuritaires.";
        let got = found(&[
            "Mali : douze soldats tués",
            body,
            "Le groupe a revendiqué l'attaque.",
            "Commentaires",
            "Moussa — 16 novembre 2025 à 14:02",
            "Que Dieu protège le Mali.",
        ]);
        assert_eq!(got, None);
        // the article's own stamp at its end still dates it
        let got = found(&["Mali : douze soldats tués", body, "Publié le 14 novembre 2025 à 10:32"]);
        assert_eq!(got.map(|f| f.1), Some("2025-11-14".into()));
    }

    #[test]
    fn a_weekday_that_does_not_fit_a_named_month_swaps_nothing() {
        let body = "Douze soldats ont été tués jeudi dans une attaque contre un camp militaire, selon des sources sécuritaires.";
        // 7 December 2026 is a Monday, 12 July 2026 a Sunday: the month is named, not swapped
        let got = found(&["dimanche 7 décembre 2026", "Mali : douze soldats tués", body]);
        assert_eq!(got.map(|f| f.1), Some("2026-12-07".into()));
        // in digits, day and month may be swapped to fit the weekday (6 October 2019 is a Sunday)
        let got = found(&["اثنين, 06/10/2019", "عنوان", body]);
        assert_eq!(got.map(|f| f.1), Some("2019-06-10".into()));
    }
}
