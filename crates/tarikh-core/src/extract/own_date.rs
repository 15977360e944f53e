//! The publication date an article gives in its own words outside a dateline: a relative day
//! written together with its calendar date (`صباح اليوم الثلاثاء 31 أكتوبر 2023`, `أمس الأحد
//! (5 مارس/آذار 2017)`: published the day after), or the wire dateline opening its first
//! paragraph (`باماكو 7 يونيو 2025 (وال) ـ أعلنت …`). It is trusted before any inference from
//! other articles.

use chrono::{Duration, NaiveDate};

use super::draft::{DocScan, Draft, Rejection};
use crate::corpus::{DateCandidate, Document, PublishedBasis};
use crate::temporal::DateRef;

/// Tokens allowed between a relative day and its calendar date (`(`, `،`).
const MAX_GAP_TOKENS: usize = 2;
/// Years before the corpus's latest that a weekday and a day without a year are looked for in.
const MAX_YEARS_BACK: i32 = 6;
/// Content paragraphs from the top in which a wire dateline is read.
const WIRE_DATELINE_PARAGRAPHS: usize = 8;

/// The publication dates the article's own words give, each with its evidence, as candidates
/// for [`super::published::decide`].
pub fn own_candidates(doc: &Document, scan: &DocScan) -> Vec<DateCandidate> {
    let years: Vec<i32> = scan.written_years(super::draft::YearWith::Anything).collect();
    [
        relative_day_with_its_date(scan, &years),
        this_day_with_its_date(scan, &years),
        wire_dateline(doc, scan),
        stamp(doc, scan),
        lone_timestamp(scan),
    ]
    .into_iter()
    .flatten()
    .map(|(date, d)| {
        DateCandidate::new(
            date,
            None,
            PublishedBasis::Dateline,
            format!("the article's own words, paragraph {}: «{}»", d.paragraph, excerpt(doc, d)),
        )
    })
    .collect()
}

fn excerpt(doc: &Document, d: &Draft) -> String {
    doc.paragraphs[d.paragraph].text.chars().skip(d.expr.start).take(d.expr.end - d.expr.start).collect()
}

/// `اليوم الثلاثاء 31 أكتوبر 2023` (today = that day) or `أمس الأحد (5 مارس 2017)` (the day
/// after): a day offset immediately followed by a calendar day. A date without a year takes
/// the article's only explicit year, if it names exactly one.
fn relative_day_with_its_date<'a>(scan: &'a DocScan, years: &[i32]) -> Option<(NaiveDate, &'a Draft)> {
    let only_year = {
        let mut ys = years.to_vec();
        ys.sort_unstable();
        ys.dedup();
        (ys.len() == 1).then(|| ys[0])
    };
    scan.drafts.windows(2).find_map(|w| {
        let (a, b) = (&w[0], &w[1]);
        let DateRef::DayOffset(k) = a.expr.spec.date else { return None };
        let DateRef::Calendar { year, month: Some(m), day: Some(day), .. } = b.expr.spec.date else { return None };
        if a.paragraph != b.paragraph
            || b.expr.tok_start < a.expr.tok_end
            || b.expr.tok_start - a.expr.tok_end > MAX_GAP_TOKENS
            || a.forward
        {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(year.or(only_year)?, m, day)?;
        Some((date - Duration::days(k as i64), a))
    })
}

/// `ce jeudi 27 mai 2021`: the weekday the article speaks from, written with its date (and the
/// two agreeing). Without a year (`ce lundi 10 novembre`), the latest year up to the corpus's
/// latest written year, and not before any year the article names, on which the weekday falls.
fn this_day_with_its_date<'a>(scan: &'a DocScan, years: &[i32]) -> Option<(NaiveDate, &'a Draft)> {
    use chrono::Datelike;
    let fits = |y: i32, m: u32, day: u32, w: u32| {
        NaiveDate::from_ymd_opt(y, m, day).filter(|d| d.weekday().number_from_monday() == w)
    };
    scan.drafts.iter().filter(|d| d.this_day && !d.ahead).find_map(|d| {
        let DateRef::Calendar { year, month: Some(m), day: Some(day), weekday: Some(w) } = d.expr.spec.date else {
            return None;
        };
        let date = match year {
            Some(y) => fits(y, m, day, w)?,
            None => {
                let top = scan.corpus_year?;
                let floor = years.iter().copied().max().unwrap_or(top - MAX_YEARS_BACK).max(top - MAX_YEARS_BACK);
                (floor..=top).rev().find_map(|y| fits(y, m, day, w))?
            }
        };
        Some((date, d))
    })
}

fn wire_dateline<'a>(doc: &Document, scan: &'a DocScan) -> Option<(NaiveDate, &'a Draft)> {
    let top: Vec<usize> =
        doc.paragraphs.iter().filter(|p| p.is_content()).take(WIRE_DATELINE_PARAGRAPHS).map(|p| p.index).collect();
    let lines: Vec<(NaiveDate, &Draft)> = scan
        .drafts
        .iter()
        .filter(|d| d.rejected == Some(Rejection::WireDateline) && top.contains(&d.paragraph))
        .filter_map(|d| {
            let r = crate::temporal::resolve(&d.expr.spec, &crate::temporal::ResolveContext::default())?;
            Some((r.when.first_day(), d))
        })
        .collect();
    // lines of different days that open with a date (`10 mars 2024 - Burkina : un convoi
    // attaqué`) are a list of other articles' teasers, none of them this one's dateline
    let first = *lines.first()?;
    lines.iter().all(|x| x.0 == first.0).then_some(first)
}

/// The full day a drafted expression names on its own (no publication date needed).
fn full_day(d: &Draft) -> Option<NaiveDate> {
    if !matches!(d.expr.spec.date, DateRef::Calendar { year: Some(_), day: Some(_), .. }) {
        return None;
    }
    crate::temporal::resolve(&d.expr.spec, &crate::temporal::ResolveContext::default()).map(|r| r.when.first_day())
}

/// A publication stamp (`Publié le jeudi 18 février 2021`, `تاريخ النشر`); of several (published,
/// then updated), the earliest; never the site's last update below the text.
fn stamp<'a>(doc: &Document, scan: &'a DocScan) -> Option<(NaiveDate, &'a Draft)> {
    let lex = crate::lexicon::Lexicon::builtin();
    scan.drafts
        .iter()
        .filter(|d| d.rejected == Some(Rejection::Stamp))
        .filter(|d| !crate::corpus::dateline::is_site_update(&doc.paragraphs, d.paragraph, lex))
        .filter_map(|d| Some((full_day(d)?, d)))
        .min_by_key(|x| x.0)
}

/// A date with its clock time standing alone on a line (`Le Monde avec AFP | 14.08.2013 à
/// 20h03`), when the article holds exactly one such day: several are a list of other articles'
/// dates (page furniture), not this one's.
fn lone_timestamp(scan: &DocScan) -> Option<(NaiveDate, &Draft)> {
    let stamped: Vec<(NaiveDate, &Draft)> = scan
        .drafts
        .iter()
        .filter(|d| d.rejected == Some(Rejection::NoClause) && d.expr.spec.clock.is_some())
        .filter_map(|d| Some((full_day(d)?, d)))
        .collect();
    let first = stamped.first()?;
    stamped.iter().all(|x| x.0 == first.0).then_some(*first)
}

#[cfg(test)]
mod tests {
    use crate::corpus::load::document_from_text;
    use crate::corpus::{Corpus, PublishedBasis, TextEncoding};
    use crate::lexicon::Lexicon;

    fn published(text: &str) -> Option<(String, PublishedBasis)> {
        let doc = document_from_text("a.txt".into(), text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
        let mut c = Corpus { documents: vec![doc], ..Default::default() };
        super::super::extract(&mut c);
        c.documents[0].published.as_ref().map(|p| (p.date.to_string(), p.basis))
    }

    #[test]
    fn today_or_yesterday_with_its_calendar_date_fixes_the_publication_date() {
        let t = "عنوان\nوقال مسؤول إن القوات غادرت القاعدة قرب تمبكتو صباح اليوم الأربعاء 12 يونيو 2019 بعد سنوات من الوجود فيها.\n";
        assert_eq!(published(t), Some(("2019-06-12".into(), PublishedBasis::Dateline)));
        let t = "عنوان\nقتل ثلاثة جنود في هجوم على موقع للجيش قرب غاو أمس الخميس (8 فبراير/شباط 2018) بحسب مصدر أمني.\n";
        assert_eq!(published(t), Some(("2018-02-09".into(), PublishedBasis::Dateline)));
    }

    #[test]
    fn this_weekday_with_its_full_date_is_the_publication_date() {
        let t =
            "Titre\nLes militaires ont libéré ce jeudi 8 octobre 2020 deux otages à Tessalit, selon la présidence.\n";
        assert_eq!(published(t), Some(("2020-10-08".into(), PublishedBasis::Dateline)));
        // a weekday that does not fall on the date proves nothing (a lower bound at most)
        let t =
            "Titre\nLes militaires ont libéré ce jeudi 9 octobre 2020 deux otages à Tessalit, selon la présidence.\n";
        assert_ne!(published(t).map(|p| p.1), Some(PublishedBasis::Dateline));
    }

    #[test]
    fn this_weekday_and_day_without_a_year_take_the_corpus_s_latest_fitting_year() {
        let undated =
            "Titre\nLes écoles ont repris leurs cours ce lundi 10 novembre après deux semaines de fermeture.\n";
        let other = "Titre\nUne attaque a visé un convoi près de Kayes le 2 septembre 2025.\n";
        let mk = |t: &str, f: &str| document_from_text(f.into(), t, TextEncoding::Utf8, t.len(), Lexicon::builtin());
        let mut c = Corpus { documents: vec![mk(undated, "a.txt"), mk(other, "b.txt")], ..Default::default() };
        super::super::extract(&mut c);
        let p = c.documents[0].published.as_ref().map(|p| (p.date.to_string(), p.basis));
        // Monday 10 November: 2025 (also 2014 and 2031, outside the corpus's years)
        assert_eq!(p, Some(("2025-11-10".into(), PublishedBasis::Dateline)));
    }

    #[test]
    fn a_wire_dateline_in_the_first_paragraph_is_the_publication_date() {
        let t = "عنوان\nنيامي 3 مارس 2021 (أ ف ب) - أعلنت الحكومة أمس عن تعديل وزاري واسع في البلاد بعد أشهر من المشاورات.\n";
        assert_eq!(published(t), Some(("2021-03-03".into(), PublishedBasis::Dateline)));
    }

    #[test]
    fn teasers_of_other_days_above_the_headline_and_the_site_s_last_update_below_date_nothing() {
        // a list of other articles, each opening with its day, above the headline
        let t = "Accueil > Afrique > Mali\n10 mars 2024 - Burkina : un convoi attaqué\n11 mars 2024 - Niger : la junte libère des détenus\nAttaque près de Gao\nDes jihadistes ont attaqué lundi un poste militaire près de Gao, tuant quatre soldats, selon une source sécuritaire.\n";
        assert_eq!(published(t), None);
        // the site's last update under the article
        let t = "Attaque près de Gao\nDes jihadistes ont attaqué lundi un poste militaire près de Gao, selon une source sécuritaire.\nDernière mise à jour : 01/01/2025\n";
        assert_eq!(published(t), None);
        // published, then updated, at the top: the publication
        let t = "Attaque près de Gao\nPublié le 12 mars 2024 à 08h00 - Mis à jour le 14 mars 2024 à 17h30\nDes jihadistes ont attaqué lundi un poste militaire près de Gao.\n";
        assert_eq!(published(t), Some(("2024-03-12".into(), PublishedBasis::Dateline)));
        // a byline, its day and an update label under a long headline are still the top's
        let t = "إقالة رئيس الحكومة بعد انتقاداته العلنية للمجلس العسكري الحاكم في البلاد\nأحمد علي21 نوفمبر 2024آخر تحديث :\nأقال المجلس العسكري الأربعاء رئيس الحكومة المدني بعد انتقاده العلني للسلطات العسكرية.\n";
        assert_eq!(published(t), Some(("2024-11-21".into(), PublishedBasis::Dateline)));
        // a machine stamp on its own line (ISO 8601, as pages' metadata give it)
        let t = "Attaque près de Gao\n2024-03-12T14:05:00+00:00\nDes jihadistes ont attaqué lundi un poste militaire près de Gao.\n";
        assert_eq!(published(t), Some(("2024-03-12".into(), PublishedBasis::Dateline)));
    }
}
