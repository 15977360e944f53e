//! Import of ACLED-format CSV (columns such as `event_date`, `event_type`, `sub_event_type`,
//! `actor1`, `actor2`, `admin1`, `location`, `latitude`, `longitude`, `fatalities`, `notes`,
//! `source`) as reference events, shown in their own lanes beside the corpus.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use crate::model::{Event, EventType, Reference, When};

/// The largest ACLED file read (a country's whole history is a few tens of MB).
pub const ACLED_CAP: u64 = 512 * 1_048_576;

/// Our type nearest to an ACLED event type (for colours and type filters).
pub fn our_type(acled: &str) -> EventType {
    match acled.to_lowercase().as_str() {
        "battles" => EventType::Clash,
        "explosions/remote violence" | "violence against civilians" => EventType::Attack,
        "protests" | "riots" => EventType::Political,
        _ => EventType::Other,
    }
}

/// ACLED writes dates as `2024-09-17` or `17 September 2024`.
fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d %B %Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

/// Why an ACLED file was not read.
#[derive(Debug, thiserror::Error)]
pub enum AcledError {
    /// The file itself: missing, a pipe or device, too big, refused.
    #[error("{path} not read: {error}")]
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        error: crate::safe_read::ReadError,
    },
    /// Its first line is not CSV.
    #[error("{0}")]
    Csv(#[from] csv::Error),
    /// CSV, but not ACLED's columns.
    #[error("not an ACLED file: no event_date column")]
    NoEventDate,
}

/// Reads an ACLED CSV. Rows without a readable date are counted and skipped.
pub fn read(path: &Path) -> Result<(Vec<Event>, usize), AcledError> {
    let bytes = crate::safe_read::read_regular(path, ACLED_CAP)
        .map_err(|error| AcledError::Unreadable { path: path.display().to_string(), error })?;
    parse(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes))
}

/// Parses ACLED CSV text.
pub fn parse(bytes: &[u8]) -> Result<(Vec<Event>, usize), AcledError> {
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: HashMap<String, usize> =
        r.headers()?.iter().enumerate().map(|(i, h)| (h.trim().to_lowercase(), i)).collect();
    if !headers.contains_key("event_date") {
        return Err(AcledError::NoEventDate);
    }
    let mut events = Vec::new();
    let mut skipped = 0;
    for (n, row) in r.records().enumerate() {
        let Ok(row) = row else {
            skipped += 1;
            continue;
        };
        let col = |name: &str| headers.get(name).and_then(|&i| row.get(i)).map(str::trim).unwrap_or("").to_string();
        let Some(date) = parse_date(&col("event_date")) else {
            skipped += 1;
            continue;
        };
        let kind = col("event_type");
        let sub = col("sub_event_type");
        let location = col("location");
        let admin1 = col("admin1");
        let country = col("country");
        let actors: Vec<String> = [col("actor1"), col("actor2")].into_iter().filter(|a| !a.is_empty()).collect();
        let mut places: Vec<String> =
            [location.clone(), admin1.clone(), country].into_iter().filter(|p| !p.is_empty()).collect();
        places.dedup();
        let record = Some(col("event_id_cnty")).filter(|s| !s.is_empty()).unwrap_or_else(|| format!("row {}", n + 1));
        let what = if sub.is_empty() { kind.clone() } else { sub.clone() };
        let place =
            [location.as_str(), admin1.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ");
        let mut title = format!("{what} in {place}");
        if let Some(a) = actors.first() {
            title.push_str(&format!(" — {a}"));
        }
        let lat = col("latitude").parse::<f64>().ok();
        let lon = col("longitude").parse::<f64>().ok();
        events.push(Event {
            id: format!("acled-{record}").into(),
            event_type: our_type(&kind),
            title,
            when: Some(When::day(date)),
            actors,
            places,
            targets: vec![],
            mentions: vec![],
            background: false,
            headline: None,
            reference: Some(Reference {
                dataset: "ACLED".into(),
                record,
                kind,
                sub_kind: sub,
                fatalities: col("fatalities").parse().ok(),
                coordinates: lat.zip(lon),
                notes: col("notes"),
                source: col("source"),
            }),
        });
    }
    Ok((events, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_fixture() {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/acled_sample.csv");
        let (events, skipped) = read(&p).unwrap();
        assert_eq!(skipped, 1, "the row with a bad date");
        assert_eq!(events.len(), 8);
        let e = events.iter().find(|e| e.id == "acled-MLI31001").unwrap();
        assert_eq!(e.when.unwrap().iso_start(), "2024-09-17");
        assert_eq!(e.event_type, EventType::Attack);
        assert_eq!(e.title, "Suicide bomb in Bamako, Bamako — JNIM: Group for Support of Islam and Muslims");
        let r = e.reference.as_ref().unwrap();
        assert_eq!(
            (r.kind.as_str(), r.fatalities, r.coordinates),
            ("Explosions/Remote violence", Some(77), Some((12.6392, -8.0029)))
        );
        assert!(events.iter().any(|e| e.when.unwrap().iso_start() == "2024-07-27"), "dates written as '27 July 2024'");
        assert!(parse(b"a,b\n1,2\n").is_err());
    }
}
