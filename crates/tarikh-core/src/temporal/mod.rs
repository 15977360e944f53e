//! Temporal expressions (Arabic and French): recognition in a token stream ([`recognize`]) and resolution to
//! a [`When`](crate::model::When) against a publication date and the discourse context
//! ([`resolve`]). Knows nothing of events.

pub(crate) mod expr;
pub(crate) mod hijri;
mod long_range;
pub(crate) mod recognize;
pub(crate) mod resolve;
mod resolve_context;
mod today;
mod yearless;

pub use expr::{Clock, DateRef, TimeExpr, TimeSpec, WeekdayDir};
pub use long_range::is_range;
pub use recognize::{recognize, recognize_scan, recognize_scan_reusing, TemporalScan};
pub use resolve::{resolve, Basis, ResolveContext, Resolved, BACKGROUND_YEARS};
pub use today::today;

#[cfg(test)]
mod long_range_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fr;
#[cfg(test)]
mod tests_holiday;
#[cfg(test)]
mod tests_week_part;
#[cfg(test)]
mod tests_weekend;
