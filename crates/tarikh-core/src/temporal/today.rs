//! The machine's today: no date of an article may be after it.

use chrono::NaiveDate;

/// The machine's today (no candidate may be after it), read once per process: asking the
/// clock and the time zone for every document of a large corpus costs a system call each.
pub fn today() -> NaiveDate {
    static TODAY: std::sync::OnceLock<NaiveDate> = std::sync::OnceLock::new();
    *TODAY.get_or_init(|| chrono::Local::now().date_naive())
}
