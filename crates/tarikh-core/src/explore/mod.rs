//! The explorer's model, independent of egui: the events of a corpus, filters and search, the
//! selection, the visible time range, and the [`Command`]s that change them, applied in one
//! place ([`Explorer::apply`]). The desktop UI reads this model and emits commands.

mod apply;
pub(crate) mod around;
pub(crate) mod claims;
pub(crate) mod command;
pub(crate) mod format;
pub(crate) mod grades;
pub(crate) mod map;
pub(crate) mod open;
mod read;
pub(crate) mod search;
pub(crate) mod state;
pub(crate) mod synthetic;
pub(crate) mod ticks;
pub(crate) mod timeline;
mod titles;

pub use around::{events_around, Around, DEFAULT_DAYS as AROUND_DEFAULT_DAYS};
pub use claims::disagreeing;
pub use command::{Command, SortKey, ZoomPreset};
pub use format::{
    citation, day_span, event_when_label, mention_when_label, other_month_days, outlet_label, period_end,
    published_label, qualified, when_label,
};
pub use grades::{read_outlet_grades, Grades, OUTLET_GRADES_FILE};
pub use map::{MapIndex, PlaceGroup};
pub use open::{open, Opened};
pub use state::{DocView, Explorer, Filter};
pub use synthetic::explorer as synthetic_explorer;
pub use ticks::{ticks, Tick};
pub use timeline::{
    event_span, from_x, lanes, lanes_of, place, span_of, to_x, DensityBins, LaneKey, Placed, Span as TimeSpan,
};
