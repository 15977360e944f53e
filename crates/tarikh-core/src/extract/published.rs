//! The one place that decides an article's publication date.
//!
//! Every source states candidates with their evidence ([`DateCandidate`]): the article's
//! dateline (found at load), the address in `corpus.json` or a saved page's canonical URL, a
//! saved page's metadata, the file name, and the article's own words ([`super::own_date`]).
//! Each candidate is checked:
//! - it is not after the machine's today;
//! - a weekday the article gives for today (`اليوم الثلاثاء`, `aujourd'hui mardi`) is its weekday;
//! - it is not before a full date the article reports as past (`le 5 mars 2021`), which it
//!   cannot have been written before;
//! - a dateline is not more than a month after a full date the article writes with its weekday
//!   (`الثلاثاء 17 سبتمبر 2024`), as news writes the days of its own weeks: a site's header
//!   with the day the page was saved is not the article's.
//!
//! Then one date is chosen: `corpus.json` or the analyst's date when given (never second-guessed);
//! else the day the surviving candidates state, when they agree (within a day); when two sources
//! of different kinds disagree, the article is left undated and the conflict is recorded, for the
//! analyst to settle; a month alone (`/2025/11/slug`) is a lower bound. Only then are the article's
//! relative expressions resolved. Inference from other articles ([`super::pubdate`]) comes after,
//! as a suggestion.

use chrono::{Datelike, NaiveDate};

use super::context::LIKELY_PUBLICATION_DAYS;
use super::draft::DocScan;
use crate::corpus::{DateCandidate, Document, Published, PublishedBasis};
use crate::temporal::{resolve, DateRef, ResolveContext};

/// Days two candidates may differ by and still agree (a page stamped after midnight, a time zone).
const AGREE_DAYS: i64 = 1;
/// Days a candidate may precede a full past date of the article (a time zone, an update).
const BEFORE_OWN_DATE_DAYS: i64 = 1;

pub use crate::temporal::today;

/// The decision for one article.
#[derive(Debug, Clone, Default)]
pub struct Decision {
    /// The date taken (or a lower bound), with its reason.
    pub published: Option<Published>,
    /// Why the sources were not followed, when they disagree.
    pub conflict: Option<String>,
}

/// Checks the document's candidates (those found at load and `own`, from its own words) and
/// chooses its publication date. The candidates are kept on the document with the checks'
/// verdicts. A date already given (`corpus.json`, the analyst) is kept as it is.
pub fn decide(doc: &mut Document, scan: &DocScan, own: Vec<DateCandidate>, lex: &crate::lexicon::Lexicon) {
    for c in own {
        if !doc.date_candidates.iter().any(|x| x.basis == c.basis && x.date == c.date) {
            doc.date_candidates.push(c);
        }
    }
    let facts = ArticleFacts::of(doc, scan, lex);
    let today = today();
    for c in &mut doc.date_candidates {
        c.refused = facts.refusal(c, today);
    }
    if doc.published.as_ref().is_some_and(|p| matches!(p.basis, PublishedBasis::Manifest | PublishedBasis::Analyst)) {
        return;
    }
    // `corpus.json` is the analyst's own statement: taken as it is
    if let Some(m) = doc.date_candidates.iter().find(|c| c.basis == PublishedBasis::Manifest) {
        doc.published = Some(Published::from_manifest(m.date));
        doc.date_conflict = None;
        return;
    }
    let d = choose(&doc.date_candidates);
    doc.published = d.published;
    doc.date_conflict = d.conflict;
}

/// Trust among sources that state a day: metadata written by the publisher, the article's
/// dateline and own words, its address, then a file name someone gave it.
fn rank(b: PublishedBasis) -> u8 {
    match b {
        PublishedBasis::Analyst | PublishedBasis::Manifest => 0,
        PublishedBasis::Metadata => 1,
        PublishedBasis::Dateline => 2,
        PublishedBasis::Url => 3,
        PublishedBasis::FileName => 4,
        PublishedBasis::Inferred => 5,
    }
}

/// The choice among checked candidates.
pub fn choose(cands: &[DateCandidate]) -> Decision {
    let ok: Vec<&DateCandidate> = cands.iter().filter(|c| c.refused.is_none()).collect();
    let mut days: Vec<&DateCandidate> = ok.iter().copied().filter(|c| !c.month_only).collect();
    days.sort_by_key(|c| rank(c.basis));
    if let Some(best) = days.first() {
        let disagree: Vec<&&DateCandidate> = days
            .iter()
            .filter(|c| (c.date - best.date).num_days().abs() > AGREE_DAYS && c.basis != best.basis)
            .collect();
        if let Some(other) = disagree.first() {
            return Decision {
                published: None,
                conflict: Some(format!(
                    "sources disagree: {} says {}, {} says {}; set the date in the document view",
                    basis_name(best.basis),
                    best.date.format("%-d %b %Y"),
                    basis_name(other.basis),
                    other.date.format("%-d %b %Y")
                )),
            };
        }
        let agreeing: Vec<String> =
            days[1..].iter().filter(|c| c.basis != best.basis).map(|c| basis_name(c.basis).to_string()).collect();
        let also = if agreeing.is_empty() { String::new() } else { format!(" (agrees with {})", agreeing.join(", ")) };
        let time =
            best.time.or_else(|| days.iter().find(|c| c.date == best.date && c.time.is_some()).and_then(|c| c.time));
        return Decision {
            published: Some(Published {
                date: best.date,
                time,
                basis: best.basis,
                not_before: false,
                note: format!("{}{also}", best.evidence),
                from_file: None,
            }),
            conflict: None,
        };
    }
    // a month alone: published in that month, no earlier than its first day
    let Some(month) = ok.iter().filter(|c| c.month_only).min_by_key(|c| rank(c.basis)) else {
        return Decision::default();
    };
    Decision {
        published: Some(Published {
            date: month.date,
            time: None,
            basis: month.basis,
            not_before: true,
            note: format!(
                "published in {} ({}); no earlier than its first day",
                month.date.format("%B %Y"),
                month.evidence
            ),
            from_file: None,
        }),
        conflict: None,
    }
}

/// A source's name, for notes.
pub fn basis_name(b: PublishedBasis) -> &'static str {
    match b {
        PublishedBasis::Manifest => "corpus.json",
        PublishedBasis::Dateline => "the article's dateline",
        PublishedBasis::Inferred => "other articles",
        PublishedBasis::Url => "the address",
        PublishedBasis::Metadata => "the page's metadata",
        PublishedBasis::FileName => "the file name",
        PublishedBasis::Analyst => "the analyst",
    }
}

/// What the article's own text says that a publication date must agree with.
struct ArticleFacts {
    /// Weekdays the article gives for its own today (`اليوم الثلاثاء`), ISO numbers.
    today_weekdays: Vec<(u32, String)>,
    /// The latest full date (year, month and day written) the article reports as past.
    latest_past: Option<NaiveDate>,
    /// The latest such date written with its weekday (`الثلاثاء 17 سبتمبر 2024`), as news
    /// writes the days of its own week.
    latest_weekday_past: Option<NaiveDate>,
    /// The earliest the article can have been written by its own count of time: `il y a trois
    /// ans, le 23 mars 2019` is at least two whole years after that day.
    ago_floor: Option<NaiveDate>,
}

/// The earliest publication date an article's "N years (months) ago, on <full date>" allows:
/// that date plus N − 1 years (months), a margin for the round count.
pub fn ago_floor(scan: &DocScan) -> Option<NaiveDate> {
    use crate::lexicon::temporal::Unit;
    scan.drafts
        .windows(2)
        .filter_map(|w| {
            let (a, b) = (&w[0], &w[1]);
            if a.paragraph != b.paragraph || b.expr.tok_start.saturating_sub(a.expr.tok_end) > 3 {
                return None;
            }
            let (ago, full) = match (&a.expr.spec.date, &b.expr.spec.date) {
                (DateRef::UnitOffset { .. }, DateRef::Calendar { year: Some(_), day: Some(_), .. }) => (a, b),
                (DateRef::Calendar { year: Some(_), day: Some(_), .. }, DateRef::UnitOffset { .. }) => (b, a),
                _ => return None,
            };
            let DateRef::UnitOffset { unit, n } = ago.expr.spec.date else { return None };
            let day = resolve(&full.expr.spec, &ResolveContext::default())?.when.first_day();
            let whole = (-n - 1).max(0) as u32;
            match unit {
                Unit::Year if n < 0 => day.checked_add_months(chrono::Months::new(12 * whole)),
                Unit::Month if n < 0 => day.checked_add_months(chrono::Months::new(whole)),
                _ => None,
            }
        })
        .max()
}

/// A day-level date that reports an event in a clause of its own: a stamp, a site header's
/// date or another article's dateline (page furniture) has no words of its own and says nothing
/// of when the article was written.
pub fn reports_event(d: &super::draft::Draft) -> bool {
    d.trigger.is_some() && !d.is_caption() && d.rejected.is_none()
}

impl ArticleFacts {
    fn of(doc: &Document, scan: &DocScan, lex: &crate::lexicon::Lexicon) -> Self {
        let mut today_weekdays = Vec::new();
        // `اليوم الثلاثاء`, `اليوم (الثلاثاء)`, `aujourd'hui mardi`: today with its weekday
        for d in
            scan.drafts.iter().filter(|d| matches!(d.expr.spec.date, DateRef::DayOffset(0) | DateRef::TodayWeekday(_)))
        {
            let text: String =
                doc.paragraphs[d.paragraph].text.chars().skip(d.expr.start).take(d.expr.end - d.expr.start).collect();
            let iso =
                crate::text::with_tokens(&text, |toks| (0..toks.len()).find_map(|j| lex.temporal.weekday_at(toks, j)));
            if let Some(iso) = iso {
                today_weekdays.push((iso, format!("«{text}», paragraph {}", d.paragraph)));
            }
        }
        // full dates reported as past, each with whether its weekday is written
        let (mut latest_past, mut latest_weekday_past) = (None, None);
        for d in scan.drafts.iter().filter(|d| !d.ahead && !d.forward && reports_event(d)) {
            let DateRef::Calendar { year: Some(_), month: Some(_), day: Some(_), weekday } = d.expr.spec.date else {
                continue;
            };
            let Some(r) = resolve(&d.expr.spec, &ResolveContext::default()).filter(|r| r.until.is_none()) else {
                continue;
            };
            let day = Some(r.when.first_day());
            latest_past = latest_past.max(day);
            if weekday.is_some() {
                latest_weekday_past = latest_weekday_past.max(day);
            }
        }
        ArticleFacts { today_weekdays, latest_past, latest_weekday_past, ago_floor: ago_floor(scan) }
    }

    /// Why a candidate cannot be the publication date, if it cannot.
    fn refusal(&self, c: &DateCandidate, today: NaiveDate) -> Option<String> {
        if let Some(n) = c.shared_by {
            return Some(format!(
                "the same line heads {n} articles with other titles: the site's, not this article's date"
            ));
        }
        if c.date > today {
            return Some(format!("after today ({})", today.format("%-d %b %Y")));
        }
        if !c.month_only {
            // written on that weekday, published then or just after midnight (a wire story of
            // Wednesday stamped 00:13 on Thursday): never published before it was written
            let fits = |w: u32| {
                c.date.weekday().number_from_monday() == w
                    || c.date.pred_opt().is_some_and(|p| p.weekday().number_from_monday() == w)
            };
            if let Some((w, at)) = self.today_weekdays.iter().find(|(w, _)| !fits(*w)) {
                let name = chrono::Weekday::try_from((*w as u8 + 6) % 7).map(|d| format!("{d:?}")).unwrap_or_default();
                return Some(format!(
                    "the article says today is {name} ({at}); {} is a {:?}",
                    c.date.format("%-d %b %Y"),
                    c.date.weekday()
                ));
            }
        }
        let end = if c.month_only { month_end(c.date) } else { c.date };
        if let Some(p) = self.latest_past.filter(|p| (*p - end).num_days() > BEFORE_OWN_DATE_DAYS) {
            return Some(format!("before {}, a date the article reports as past", p.format("%-d %b %Y")));
        }
        // a line of date alone long after the day the article tells as news, weekday and all
        // (a site's header with the day the page was saved, above a story of two years before):
        // news names the weekdays of its own weeks, and comes out within a month of its days
        if let Some(p) = self
            .latest_weekday_past
            .filter(|p| c.basis == PublishedBasis::Dateline && (c.date - *p).num_days() > LIKELY_PUBLICATION_DAYS)
        {
            return Some(format!(
                "more than {LIKELY_PUBLICATION_DAYS} days after {}, a day the article names with its weekday as news does",
                p.format("%-d %b %Y")
            ));
        }
        if let Some(f) = self.ago_floor.filter(|f| *f > end) {
            return Some(format!(
                "before {}, which the article's own count of years or months implies",
                f.format("%-d %b %Y")
            ));
        }
        None
    }
}

fn month_end(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).and_then(|x| x.pred_opt()).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(date: &str, basis: PublishedBasis) -> DateCandidate {
        DateCandidate::new(date.parse().unwrap(), None, basis, format!("{basis:?}"))
    }

    #[test]
    fn agreeing_sources_give_the_date_and_disagreeing_ones_none() {
        let d = choose(&[cand("2021-05-24", PublishedBasis::Url), cand("2021-05-25", PublishedBasis::Dateline)]);
        let p = d.published.unwrap();
        assert_eq!((p.date.to_string(), p.basis), ("2021-05-25".into(), PublishedBasis::Dateline));
        assert!(p.note.contains("agrees with the address"), "{}", p.note);
        let d = choose(&[cand("2021-05-24", PublishedBasis::Metadata), cand("2021-07-02", PublishedBasis::Dateline)]);
        assert!(d.published.is_none());
        assert!(d.conflict.unwrap().contains("disagree"));
    }

    #[test]
    fn refused_candidates_do_not_count_and_a_month_is_a_lower_bound() {
        let mut bad = cand("2021-07-02", PublishedBasis::Dateline);
        bad.refused = Some("after today".into());
        let mut month = cand("2025-11-01", PublishedBasis::Url);
        month.month_only = true;
        let d = choose(&[bad, month]);
        let p = d.published.unwrap();
        assert!(p.not_before);
        assert_eq!(p.date.to_string(), "2025-11-01");
    }

    #[test]
    fn checks_refuse_the_future_a_wrong_weekday_and_a_date_before_the_article_s_own() {
        let facts = ArticleFacts {
            today_weekdays: vec![(2, "paragraph 1".into())],
            latest_past: Some("2021-03-10".parse().unwrap()),
            latest_weekday_past: None,
            ago_floor: None,
        };
        let today: NaiveDate = "2026-12-04".parse().unwrap();
        // 2027: after today
        assert!(facts.refusal(&cand("2027-06-07", PublishedBasis::Url), today).unwrap().contains("after today"));
        // 15 March 2021 is a Monday, the article says Tuesday: not written yet
        assert!(facts.refusal(&cand("2021-03-15", PublishedBasis::Dateline), today).unwrap().contains("Tue"));
        // 18 March is a Thursday, two days after: no
        assert!(facts.refusal(&cand("2021-03-18", PublishedBasis::Dateline), today).unwrap().contains("Tue"));
        // 17 March is a Wednesday: written on Tuesday, published after midnight
        assert_eq!(facts.refusal(&cand("2021-03-17", PublishedBasis::Dateline), today), None);
        // 16 March 2021 is a Tuesday, after the article's own date
        assert_eq!(facts.refusal(&cand("2021-03-16", PublishedBasis::Dateline), today), None);
        // 2 March 2021 is a Tuesday, but before the 10 March the article reports
        assert!(facts.refusal(&cand("2021-03-02", PublishedBasis::Dateline), today).unwrap().contains("before"));
    }

    #[test]
    fn a_line_of_date_alone_long_after_a_day_told_with_its_weekday_is_the_site_s() {
        // a site's header with the day the page was saved, above a story of two years before
        let text = "السبت 5 ديسمبر 2026\nهجوم على مدرسة للدرك\nهاجم مسلحون فجر الثلاثاء 17 سبتمبر 2024 مدرسة للدرك في باماكو.\n";
        let mut c = super::super::tests::corpus(&[("h.txt", text, None)]);
        let _ = super::super::extract(&mut c);
        let p = c.documents[0].published.as_ref().map(|p| p.date.to_string());
        assert_ne!(p.as_deref(), Some("2026-12-05"));
        // a week after, the line is the article's
        let text = "الثلاثاء 24 سبتمبر 2024\nهجوم على مدرسة للدرك\nهاجم مسلحون فجر الثلاثاء 17 سبتمبر 2024 مدرسة للدرك في باماكو.\n";
        let mut c = super::super::tests::corpus(&[("h.txt", text, None)]);
        let _ = super::super::extract(&mut c);
        assert_eq!(c.documents[0].published.as_ref().map(|p| p.date.to_string()).as_deref(), Some("2024-09-24"));
    }
}

#[cfg(test)]
#[path = "published_pages.rs"]
mod pages;
