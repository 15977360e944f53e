//! The command line: `tarikh [PATH...]` opens the app, `tarikh extract [PATH...] [--json]`
//! prints events.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::export as tarikh_format;

/// Tarikh: timeline explorer for Arabic news.
#[derive(Debug, Parser)]
#[command(name = "tarikh", version, about)]
pub struct Cli {
    /// What to do (default: open the app).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Corpus folder or files to open in the app (default: the bundled seeds/).
    pub paths: Vec<PathBuf>,
    /// Open with the first event whose title contains this text selected.
    #[arg(long)]
    pub select: Option<String>,
    /// Open zoomed to the preset with this label ("All", "2024", "Week of …").
    #[arg(long)]
    pub zoom: Option<String>,
    /// Import an ACLED-format CSV as a reference layer.
    #[arg(long)]
    pub acled: Option<PathBuf>,
    /// Accept every publication date that other articles suggest (saved in the workspace,
    /// undone with Ctrl+Z), as the document view's "Accept all suggested dates" does.
    #[arg(long)]
    pub accept_suggestions: bool,
    /// Print the time from start to the end of the first frame, then close the window.
    #[arg(long)]
    pub startup_time: bool,
    /// The interface language (default: the one chosen last time, else English).
    #[arg(long, value_parser = lang_arg())]
    pub lang: Option<crate::i18n::Lang>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract dated events and print them.
    Extract {
        /// Corpus folder(s) or files (default: the bundled seeds/).
        paths: Vec<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// For each paragraph, every time expression found, how it was resolved and what
        /// became of it (a mention of which event, or why not).
        #[arg(long, conflicts_with = "json")]
        explain: bool,
        /// Take every publication date suggested by other articles (the same event dated
        /// there) as the article's date, marked inferred. Off by default: such a date may
        /// belong to another event.
        #[arg(long)]
        accept_suggestions: bool,
        /// Only the events around this one (its id, `ev-…`, or one of its mentions' ids),
        /// within --days of it.
        #[arg(long, conflicts_with = "explain")]
        around: Option<String>,
        /// Days before and after the event given to --around.
        #[arg(long, default_value_t = crate::explore::AROUND_DEFAULT_DAYS, requires = "around")]
        days: u32,
        /// With --around: only events at one of its places.
        #[arg(long, requires = "around")]
        same_place: bool,
        /// With --around: only events with one of its actors.
        #[arg(long, requires = "around")]
        shared_actor: bool,
    },
    /// Export the curated events (the workspace's edits applied) for scripts.
    Export {
        /// Format.
        #[arg(long, value_parser = format_arg())]
        format: tarikh_format::Format,
        /// Corpus folder(s) or files (default: the bundled seeds/).
        paths: Vec<PathBuf>,
        /// Write here instead of standard output (for `--format evidence`: the pack's folder).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Include hidden (rejected) events.
        #[arg(long)]
        include_hidden: bool,
        /// Language of the briefing page's own words (dates, slide numbers).
        #[arg(long, value_parser = lang_arg(), default_value = "en")]
        lang: crate::i18n::Lang,
    },
}

/// The bundled corpus: `seeds/` in the working directory, else beside the sources.
pub fn default_corpus() -> PathBuf {
    let local = PathBuf::from("seeds");
    if local.is_dir() {
        return local;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The paths given, or the bundled corpus.
pub fn paths_or_default(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![default_corpus()]
    } else {
        paths.to_vec()
    }
}

/// `--lang en|ar|fr` (the core knows its languages; the command line, and clap, are the
/// binary's).
fn lang_arg() -> impl clap::builder::TypedValueParser<Value = crate::i18n::Lang> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(crate::i18n::Lang::ALL.map(|l| l.code()))
        .map(|s| crate::i18n::Lang::from_code(&s).expect("one of the possible values"))
}

/// `--format csv|json|timelinejs|briefing`.
fn format_arg() -> impl clap::builder::TypedValueParser<Value = tarikh_format::Format> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(tarikh_format::Format::ALL.map(|(n, _)| n))
        .map(|s| tarikh_format::Format::from_name(&s).expect("one of the possible values"))
}
