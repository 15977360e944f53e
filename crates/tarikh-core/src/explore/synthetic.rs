//! A synthetic explorer for benchmarks: `n` events spread over 2012–2024 in every lane, at
//! every precision, with mentions pointing into a small synthetic corpus.

use chrono::{Duration, NaiveDate};

use super::Explorer;
use crate::corpus::document::stable_hash;
use crate::corpus::{Corpus, Document, Paragraph, TextEncoding};
use crate::extract::Extraction;
use crate::model::{Event, EventType, Mention, When};
use crate::text::Span;

/// A number below `n` (0 when `n` is 0) from a seeded generator: the same seed, the same events.
fn below(rng: &mut fastrand::Rng, n: u64) -> u64 {
    rng.u64(..n.max(1))
}

/// Mali's places: the country, and the towns and regions whose centre lies inside it.
fn mali_places() -> Vec<&'static str> {
    let geo = crate::geo::Geography::builtin();
    let Some(mali) = geo.country("Mali") else { return vec!["Bamako"] };
    geo.places
        .all
        .iter()
        .filter(|p| {
            p.name == "Mali"
                || p.coords
                    .is_some_and(|[lon, lat]| p.kind != crate::geo::PlaceKind::Country && mali.contains(lon, lat))
        })
        .map(|p| p.name.as_str())
        .collect()
}

/// An explorer over `n` synthetic events, each at one of Mali's places (towns, regions, the
/// country).
pub fn explorer(n: usize) -> Explorer {
    let text = "أعلن الجيش المالي، الثلاثاء 17 سبتمبر 2024، أنه تمكن من إحباط هجوم إرهابي استهدف مجمعاً تابعاً لقوات الدرك في العاصمة باماكو.";
    let documents: Vec<Document> = (0..20)
        .map(|d| Document {
            file: format!("synthetic_{d:02}.txt"),
            title: format!("مقال تجريبي رقم {d}"),
            outlet: Some("Synthetic".into()),
            url: None,
            language: Some("ar".into()),
            encoding: TextEncoding::Utf8,
            content_hash: stable_hash(format!("doc{d}").as_bytes()),
            byte_len: text.len(),
            paragraphs: vec![Paragraph {
                index: 0,
                text: text.into(),
                line: 1,
                boilerplate: false,
                duplicate_of: None,
                near_duplicate: false,
                dateline: false,
            }],
            published: None,
            date_candidates: Vec::new(),
            suggested: None,
            date_conflict: None,
        })
        .collect();
    let start = NaiveDate::from_ymd_opt(2012, 1, 1).unwrap_or_default();
    let days = (NaiveDate::from_ymd_opt(2024, 12, 31).unwrap_or_default() - start).num_days() as u64;
    let mut rng = fastrand::Rng::with_seed(0x9E37_79B9_7F4A_7C15);
    let places = mali_places();
    let mut events = Vec::with_capacity(n);
    for k in 0..n {
        let place = places[below(&mut rng, places.len() as u64) as usize];
        let t = EventType::ALL[below(&mut rng, 12) as usize];
        let day = start + Duration::days(below(&mut rng, days) as i64);
        let when = match below(&mut rng, 10) {
            0 => When::year(chrono::Datelike::year(&day)),
            1 => When::month(chrono::Datelike::year(&day), chrono::Datelike::month(&day)),
            2..=6 => Some(When::day(day)),
            _ => {
                let t0 = day.and_hms_opt(below(&mut rng, 24) as u32, below(&mut rng, 60) as u32, 0).unwrap_or_default();
                Some(When::time(t0, t0))
            }
        };
        let doc = below(&mut rng, 20) as usize;
        let m = Mention {
            id: format!("{k:016x}").into(),
            doc,
            paragraph: 0,
            quote_span: Span::new(0, text.chars().count()),
            quote_bytes: (0, text.len() as u32),
            time_span: Span::new(19, 42),
            time_text: "الثلاثاء 17 سبتمبر 2024".into(),
            trigger_span: Span::new(65, 68),
            trigger: "هجوم".into(),
            when,
            basis: Some(crate::temporal::Basis::Explicit),
            until: None,
            event_type: t,
            kind: "attack".into(),
            after: false,
            actors: vec![],
            named: Vec::new(),
            places: vec![],
            targets: vec![],
            near: vec![],
            peripheral: vec![],
            span: false,
            background: false,
            another: false,
            range: false,
        };
        events.push(Event {
            id: format!("ev-{k}").into(),
            event_type: t,
            title: format!("{} number {k}, {place}", t.label()),
            when,
            actors: vec!["JNIM".into()],
            places: vec![place.into()],
            targets: vec![],
            mentions: vec![m],
            reference: None,
            background: false,
            headline: None,
        });
    }
    let corpus = Corpus { root: "synthetic".into(), name: "synthetic".into(), documents, ..Default::default() };
    Explorer::new(corpus, Extraction { events, undated: vec![] })
}
