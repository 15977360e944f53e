//! A coup is the day's national event: on the day soldiers seize power, the arrests they make,
//! the gunfire and mutiny at a base, the camp or broadcaster they take and the acts their own
//! reports date to that day are the coup, not separate events. This module says which mentions
//! may join a coup as parts of it and on what evidence.

use crate::model::{EventType, Mention, Precision, When};

/// How a mention may belong to a coup reported on the same day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoupPart {
    /// The president and ministers seized: joins on a shared actor or place, or the same day.
    Arrest,
    /// Gunfire, mutiny, a base or camp taken: joins on the same day unless it names a town
    /// apart from the coup's.
    Violence,
    /// A political act: joins only when its own article reports the coup that day.
    Report,
    /// A plain clause (no typed trigger): joins on a shared actor or place, or from an
    /// article that reports the coup that day.
    Clause,
}

/// The part a mention can play in a coup, if any.
pub fn coup_part(m: &Mention) -> Option<CoupPart> {
    match (m.event_type, m.kind.as_str()) {
        (EventType::Other, "arrest") => Some(CoupPart::Arrest),
        (EventType::Clash, "gunfire") | (EventType::Clash, "takeover") => Some(CoupPart::Violence),
        // (a president's resignation is his own act, apart from the soldiers' coup of that day)
        (EventType::Political, "resignation") => None,
        (EventType::Political, _) => Some(CoupPart::Report),
        (EventType::Other, super::draft::UNTYPED_KIND) => Some(CoupPart::Clause),
        _ => None,
    }
}

/// The evidence that ties a mention to a coup cluster.
#[derive(Debug, Clone, Copy)]
pub struct CoupEvidence {
    /// Specific actors, places or targets both name.
    pub shared: usize,
    /// The coup cluster holds a mention of the mention's own document.
    pub same_doc: bool,
    /// The mention names a town or district that none of the coup's places is related to.
    pub town_apart: bool,
}

/// True when a mention dated `when` and playing `part` joins a coup dated `coup`.
pub fn joins_coup(part: CoupPart, when: &When, coup: &When, e: CoupEvidence) -> bool {
    if !days_overlap(when, coup) {
        return false;
    }
    let coarse = when.precision <= Precision::Month || coup.precision <= Precision::Month;
    match part {
        // a month's arrests join only the coup their own article dates, by name
        CoupPart::Arrest if coarse => e.shared > 0 && e.same_doc,
        CoupPart::Arrest => e.shared > 0 || e.same_doc || !e.town_apart,
        CoupPart::Clause if coarse => e.shared > 0,
        CoupPart::Clause => e.shared > 0 || e.same_doc,
        _ if coarse => false,
        CoupPart::Violence => e.shared > 0 || e.same_doc || !e.town_apart,
        CoupPart::Report => e.same_doc,
    }
}

/// True when two dates share a calendar day (a coup lasts the day: a mutiny at 16:00 and a
/// statement at 23:00 are the same coup).
pub fn days_overlap(a: &When, b: &When) -> bool {
    a.start.date() <= b.end.date() && b.start.date() <= a.end.date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> When {
        When::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    const NOTHING: CoupEvidence = CoupEvidence { shared: 0, same_doc: false, town_apart: false };

    #[test]
    fn gunfire_on_the_coup_day_joins_unless_in_a_town_apart() {
        let coup = day(2020, 8, 18);
        assert!(joins_coup(CoupPart::Violence, &day(2020, 8, 18), &coup, NOTHING));
        assert!(!joins_coup(
            CoupPart::Violence,
            &day(2020, 8, 18),
            &coup,
            CoupEvidence { town_apart: true, ..NOTHING }
        ));
        assert!(!joins_coup(CoupPart::Violence, &day(2020, 8, 19), &coup, NOTHING));
    }

    #[test]
    fn a_political_act_joins_only_from_an_article_that_reports_the_coup() {
        let coup = day(2012, 3, 21);
        assert!(!joins_coup(CoupPart::Report, &day(2012, 3, 21), &coup, NOTHING));
        assert!(joins_coup(CoupPart::Report, &day(2012, 3, 21), &coup, CoupEvidence { same_doc: true, ..NOTHING }));
    }

    #[test]
    fn a_month_of_arrests_joins_by_name_from_the_same_article() {
        let coup = day(2012, 3, 22);
        let march = When::month(2012, 3).unwrap();
        assert!(!joins_coup(CoupPart::Arrest, &march, &coup, CoupEvidence { shared: 1, ..NOTHING }));
        assert!(joins_coup(
            CoupPart::Arrest,
            &march,
            &coup,
            CoupEvidence { shared: 1, same_doc: true, town_apart: false }
        ));
    }
}
