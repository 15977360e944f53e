//! Where merging looks for the events a mention may join. Events dated to a day or two are
//! found by (family, day), every event by (family, year): a mention dated to a day looks only
//! at the events of its days (and the day on either side, for a clock time near midnight) and
//! at the coarse events of its year, so that merging a large corpus does not compare every
//! mention with every event of its year.

use std::collections::HashMap;
use std::ops::RangeInclusive;

use chrono::{Duration, NaiveDate};

use super::family::Family;
use crate::model::{Precision, When};

/// Longest span, in days, of an event found by its days.
const FINE_DAYS: i64 = 2;

/// A family, or any family (for plain clauses, which may join an event of any type).
pub type FamilyKey = Option<Family>;

/// The index.
#[derive(Default)]
pub struct ClusterIndex {
    all_by_year: HashMap<(FamilyKey, i32), Vec<usize>>,
    coarse_by_year: HashMap<(FamilyKey, i32), Vec<usize>>,
    fine_by_day: HashMap<(FamilyKey, NaiveDate), Vec<usize>>,
}

/// True for a date of a day or two (a time of day, a day, a night between two days).
fn is_fine(w: &When) -> bool {
    w.precision >= Precision::Day && (w.end.date() - w.start.date()).num_days() <= FINE_DAYS
}

fn days(w: &When, slack: i64) -> impl Iterator<Item = NaiveDate> {
    let (a, b) = (w.start.date() - Duration::days(slack), w.end.date() + Duration::days(slack));
    a.iter_days().take_while(move |d| *d <= b)
}

impl ClusterIndex {
    /// Files event `k`, dated `when` (spanning `years`), under `key`.
    pub fn add(&mut self, k: usize, key: FamilyKey, when: &When, years: RangeInclusive<i32>) {
        for y in years.clone() {
            self.all_by_year.entry((key, y)).or_default().push(k);
        }
        if is_fine(when) {
            for d in days(when, 0) {
                self.fine_by_day.entry((key, d)).or_default().push(k);
            }
        } else {
            for y in years {
                self.coarse_by_year.entry((key, y)).or_default().push(k);
            }
        }
    }

    /// Files event `k` under the days of its new date too (its date became more precise).
    pub fn redate(&mut self, k: usize, keys: impl Iterator<Item = FamilyKey>, when: &When) {
        if is_fine(when) {
            for key in keys {
                for d in days(when, 0) {
                    let list = self.fine_by_day.entry((key, d)).or_default();
                    if !list.contains(&k) {
                        list.push(k);
                    }
                }
            }
        }
    }

    /// The events under `key` that a mention dated `when` (spanning `years`) may join.
    pub fn candidates(&self, key: FamilyKey, when: &When, years: RangeInclusive<i32>, out: &mut Vec<usize>) {
        if is_fine(when) {
            for d in days(when, 1) {
                out.extend_from_slice(self.fine_by_day.get(&(key, d)).map(|v| v.as_slice()).unwrap_or(&[]));
            }
            for y in years {
                out.extend_from_slice(self.coarse_by_year.get(&(key, y)).map(|v| v.as_slice()).unwrap_or(&[]));
            }
        } else {
            for y in years {
                out.extend_from_slice(self.all_by_year.get(&(key, y)).map(|v| v.as_slice()).unwrap_or(&[]));
            }
        }
    }
}
