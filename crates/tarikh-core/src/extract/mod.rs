//! Event extraction: from a loaded corpus to dated events with provenance.
//!
//! Pipeline: scan each document for temporal expressions with their trigger and entities
//! ([`draft`]); decide each article's publication date from its checked candidates, in one
//! step ([`published`], with [`own_date`]); resolve its expressions in reading order against it
//! ([`context`]); suggest dates from other articles and draw lower bounds where none was
//! found ([`pubdate`]); merge mentions into events with English titles ([`merge`], [`title`]).
//! No UI here.

mod agents;
mod ahead;
mod aside;
pub(crate) mod back_reference;
pub(crate) mod background;
mod between_states;
pub(crate) mod cluster_index;
mod construct;
pub(crate) mod context;
pub(crate) mod coup_day;
mod date_fit;
mod date_links;
mod date_segments;
pub(crate) mod draft;
pub(crate) mod explain;
pub(crate) mod family;
mod generic_names;
mod gloss;
mod held_by_groups;
mod inline_dateline;
mod list_item;
mod membership;
pub(crate) mod merge;
mod metonymy;
mod negation;
pub(crate) mod own_date;
mod post_signature;
pub(crate) mod pubdate;
pub(crate) mod published;
mod rejection;
mod reported;
mod same_act;
pub(crate) mod title;
mod title_place;
mod told_day;
mod trigger_choice;
pub use explain::explain;
pub use published::basis_name;

use rayon::prelude::*;

use crate::corpus::Corpus;
use crate::model::Event;

/// The result of extraction.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Dated events, in date order.
    pub events: Vec<Event>,
    /// Events that could not be dated (relative expressions in an undated article).
    pub undated: Vec<Event>,
}

/// Extracts events from a corpus. Publication dates the documents lacked are inferred and
/// written back into `corpus`.
pub fn extract(corpus: &mut Corpus) -> Extraction {
    run(corpus, &|_, _| true, false, false).0
}

/// [`extract`], with every suggestion from other articles accepted at once (`tarikh extract
/// --accept-suggestions`): the analyst's choice to take the inferred dates, each marked
/// `inferred` with its evidence. Never the default: a date borrowed from another article may
/// belong to another event.
pub fn extract_accepting_suggestions(corpus: &mut Corpus) -> Extraction {
    run(corpus, &|_, _| true, false, true).0
}

/// [`extract`], also returning each document's scan (every time expression and what became of
/// it), for [`explain`].
pub fn extract_with_scans(corpus: &mut Corpus) -> (Extraction, Vec<draft::DocScan>) {
    extract_with_progress(corpus, &|_, _| true)
}

/// [`extract_with_scans`], calling `progress(documents scanned, documents in all)` as each
/// document is scanned (the long step), for a progress bar; once it returns false (the load
/// was cancelled) the documents left are not scanned, and the result is to be thrown away.
pub fn extract_with_progress(
    corpus: &mut Corpus,
    progress: &(dyn Fn(usize, usize) -> bool + Sync),
) -> (Extraction, Vec<draft::DocScan>) {
    run(corpus, progress, true, false)
}

/// The extraction; the scans are returned only when `keep_scans` (otherwise they are freed
/// as soon as the mentions are taken from them, before merging: less memory at the peak).
fn run(
    corpus: &mut Corpus,
    progress: &(dyn Fn(usize, usize) -> bool + Sync),
    keep_scans: bool,
    accept_suggestions: bool,
) -> (Extraction, Vec<draft::DocScan>) {
    let lex = corpus.lexicon;
    let g = &lex.gazetteer;
    let total = corpus.documents.len();
    let scanned = std::sync::atomic::AtomicUsize::new(0);
    let stopped = std::sync::atomic::AtomicBool::new(false);
    let mut scans: Vec<draft::DocScan> = corpus
        .documents
        .par_iter()
        .map(|doc| {
            let scan = if doc.language() == crate::text::Language::Unsupported
                || stopped.load(std::sync::atomic::Ordering::Relaxed)
            {
                draft::DocScan::default() // reported by the loader; nothing to read (or cancelled)
            } else {
                let mut scan = draft::scan_document(doc, lex);
                generic_names::localize(&mut scan, &lex.gazetteer);
                scan
            };
            if !progress(scanned.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, total) {
                stopped.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            scan
        })
        .collect();
    // the latest year the corpus writes with a day: where a weekday and a day without a year
    // in an undated article most likely fall
    let corpus_year = scans.iter().filter_map(|s| s.written_years(draft::YearWith::Day).max()).max();
    // one step per article: every statement of its date checked, one chosen, then its relative
    // expressions resolved against it
    scans.par_iter_mut().zip(corpus.documents.par_iter_mut()).for_each(|(scan, doc)| {
        scan.corpus_year = corpus_year;
        let own = own_date::own_candidates(doc, scan);
        published::decide(doc, scan, own, lex);
        let exact = doc.published.as_ref().filter(|p| p.is_exact()).map(|p| p.date);
        context::resolve_document(scan, exact, g);
        if let Some(p) = doc.published.as_ref().filter(|p| p.not_before) {
            context::resolve_within_bound(scan, p.date, g);
        }
    });
    if accept_suggestions {
        pubdate::accept_suggestions(&mut corpus.documents, &mut scans, g);
    }
    pubdate::infer_publication_dates(&mut corpus.documents, &mut scans, g);
    scans.iter_mut().for_each(back_reference::drop_back_references);
    scans.iter_mut().zip(&corpus.documents).for_each(|(s, doc)| told_day::make_told_days_statements(s, doc, lex));
    scans.iter_mut().for_each(same_act::type_acts_done_again);
    scans.iter_mut().for_each(|s| between_states::type_acts_between_states(s, g));
    scans.iter_mut().for_each(|s| held_by_groups::arrests_by_groups_are_kidnappings(s, g));
    let mentions = merge::collect_mentions(&corpus.documents, &mut scans, g, !keep_scans);
    let topics: Vec<_> =
        scans.iter_mut().map(|s| if keep_scans { s.topic.clone() } else { std::mem::take(&mut s.topic) }).collect();
    if !keep_scans {
        scans = Vec::new();
    }
    // the undated taken out, the dated left where they are (mentions are large: fewer moves)
    let mut dated = mentions;
    let undated: Vec<_> = dated.extract_if(.., |m| m.when.is_none()).collect();
    let ex = Extraction {
        events: merge::merge_mentions(dated, &corpus.documents, &topics, g),
        undated: merge::undated_events(undated, &corpus.documents, &topics, g),
    };
    (ex, scans)
}

#[cfg(test)]
mod accident_tests;
#[cfg(test)]
mod act_date_tests;
#[cfg(test)]
mod agent_tests;
#[cfg(test)]
mod anniversary_tests;
#[cfg(test)]
mod arrest_tests;
#[cfg(test)]
mod arrival_tests;
#[cfg(test)]
mod aside_tests;
#[cfg(test)]
mod attack_tests;
#[cfg(test)]
mod back_reference_tests;
#[cfg(test)]
mod blockade_tests;
#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod coup_tests;
#[cfg(test)]
mod curfew_tests;
#[cfg(test)]
mod diplomacy_tests;
#[cfg(test)]
mod dismissal_tests;
#[cfg(test)]
mod escort_tests;
#[cfg(test)]
mod event_word_tests;
#[cfg(test)]
mod founding_tests;
#[cfg(test)]
mod hostage_tests;
#[cfg(test)]
mod kind_case_tests;
#[cfg(test)]
mod kind_tests;
#[cfg(test)]
mod leaving_tests;
#[cfg(test)]
mod lookalike_tests;
#[cfg(test)]
mod meaning_tests;
#[cfg(test)]
mod measure_tests;
#[cfg(test)]
mod merge_tests;
#[cfg(test)]
mod news_day_tests;
#[cfg(test)]
mod participle_tests;
#[cfg(test)]
mod passage_date_tests;
#[cfg(test)]
mod place_tests;
#[cfg(test)]
mod protest_tests;
#[cfg(test)]
mod recipient_tests;
#[cfg(test)]
mod riposte_tests;
#[cfg(test)]
mod schedule_tests;
#[cfg(test)]
mod speaker_tests;
#[cfg(test)]
mod surrender_tests;
#[cfg(test)]
mod taking_tests;
#[cfg(test)]
mod term_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod told_tests;
#[cfg(test)]
mod year_guess_tests;
