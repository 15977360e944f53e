//! The explorer's dispatcher, one file per concern: [`Explorer::apply`](super::Explorer::apply)
//! routes each [`Command`](super::Command) to the selection, the filters, the view or the
//! curation.

mod curation;
mod filters;
mod selection;
mod view;
