//! Why a time expression dates no event clause: a stamp, a caption, a dateline, a heading, a
//! back-reference, a gloss, or no clause of its own; and the check of the words around a date
//! that makes it a stamp, a caption, a wire dateline or a heading.

use crate::lexicon::{Lexicon, Role};
use crate::temporal::TimeExpr;
use crate::text::Tokens;

/// Why a time expression is not the date of an event clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// Too few words of its own around it (a label, a table cell, a bare date).
    NoClause,
    /// A publication stamp (`آخر تحديث`, `Publié le`).
    Stamp,
    /// A photo's caption (`صورة أرشيفية`, `- NAME / AFP`): the photo's date, not the article's.
    Caption,
    /// The signature of a quoted social-media post (`— Name (@handle) March 9, 2024`): the
    /// post's date, not that of what it tells.
    PostSignature,
    /// The agency dateline of a wire story.
    WireDateline,
    /// A town and a full date heading a text (`Bamako, le 7 novembre 2020`): a letter's or a
    /// statement's date, often one the article quotes, so not the article's own date either.
    Heading,
    /// A back-reference (`هجوم الثلاثاء`) to an event the article dates elsewhere.
    BackReference,
    /// A date beside it said again in other terms (`le 23 mai, soit une semaine plus tôt`; a Hijri
    /// date with the Gregorian day it matches, `الموافق 16 يوليو`, which is the one kept).
    Gloss,
    /// The time as of which something had not happened (`لم يصدر الجيش حتى ظهر الاثنين أي
    /// حصيلة`): no act's date.
    AsOf,
    /// A date in the name of a movement (`le Mouvement du 5 juin`, `حركة 5 يونيو`): the day it
    /// is named after, no event the article tells.
    Name,
    /// The day the news of an act the sentence dates otherwise came out (`Le journaliste a été
    /// enlevé jeudi à Gao, a-t-on appris vendredi`): no event of its own.
    Reported,
    /// A span of clock hours without a day after the word of a curfew (`un couvre-feu de 21
    /// heures à 5 heures`, `حظر التجول من العاشرة ليلا حتى السادسة صباحا`): the hours it holds
    /// every day, not when anything happened.
    Hours,
    /// A date after "until" when the sentence extends a mandate or a transition before it
    /// (`مدد مجلس الأمن مهمة البعثة حتى 30 يونيو 2017`, `a prolongé la transition jusqu'au 26
    /// mars`): the term it runs until, not the day it was extended.
    Term,
}

impl Rejection {
    /// A short English reason, for `--explain`.
    pub fn reason(self) -> &'static str {
        match self {
            Rejection::NoClause => "no clause: a date without words of its own around it",
            Rejection::AsOf => "the time as of which something had not happened",
            Rejection::Stamp => "publication stamp or caption",
            Rejection::Caption => "a photo's caption",
            Rejection::PostSignature => "the signature of a quoted post",
            Rejection::WireDateline => "wire dateline",
            Rejection::Heading => "a town and date heading a letter or statement",
            Rejection::BackReference => "a back-reference to an event the article dates elsewhere",
            Rejection::Gloss => "a date beside it said again in other terms (the Gregorian day is kept)",
            Rejection::Name => "the date a movement is named after",
            Rejection::Reported => "the day the news of an act dated otherwise came out",
            Rejection::Hours => "the daily hours of a curfew",
            Rejection::Term => "the term a mandate or a transition is extended until",
        }
    }
}

/// True when a date that opens with its day's number follows the noun of a movement, with
/// `du`/`de` between in French (`le Mouvement du 5 juin`, `حركة 5 يونيو`): the movement's name.
/// (A weekday after it is the day of the movement's act: `هاجمت الحركة الخميس`.)
fn names_a_movement(toks: &Tokens, expr: &TimeExpr, lex: &Lexicon) -> bool {
    if !toks.is_number(expr.tok_start) {
        return false;
    }
    let mut j = expr.tok_start;
    if j > 0 && lex.grammar.is(Role::Complement, toks.forms(j - 1)) {
        j -= 1;
    }
    j > 0 && toks.is_word(j - 1) && lex.grammar.is(Role::NamedAfter, toks.forms(j - 1))
}

/// Tokens around a date within which a stamp phrase (`آخر تحديث`) makes it a stamp.
const STAMP_REACH: usize = 8;

/// A publication stamp or a wire dateline: a date that no clause around it can make an event's.
/// In a `chronology` (see [`super::inline_dateline::is_chronology`]), a date that opens its line
/// before a dash is an entry, not a dateline.
pub(super) fn not_an_event_date(
    toks: &Tokens,
    s: usize,
    e: usize,
    expr: &TimeExpr,
    lex: &Lexicon,
    chronology: bool,
) -> Option<Rejection> {
    if super::negation::as_of_denied(toks, s, expr, lex) {
        return Some(Rejection::AsOf);
    }
    if names_a_movement(toks, expr, lex) {
        return Some(Rejection::Name);
    }
    let entry = chronology && !(0..expr.tok_start).any(|j| toks.is_word(j));
    // (a photo's caption shaped as one, `(صورة أرشيفية لجنود - 12 مارس 2020)`, is the photo's day)
    if !entry && super::inline_dateline::is_inline_dateline(toks, expr) {
        // (not the agency of a wire's dateline before it: `Niamey (AFP) - 16 septembre 2024`)
        let caption = crate::corpus::wire_dateline::has_caption_beside_dateline(toks, lex, 0, expr.tok_start);
        return Some(if caption { Rejection::Caption } else { Rejection::WireDateline });
    }
    if super::post_signature::is_post_signature(toks, expr) {
        return Some(Rejection::PostSignature);
    }
    if super::inline_dateline::is_town_heading(toks, expr, lex) {
        return Some(Rejection::Heading);
    }
    if lex.triggers.opens_with_caption(toks) {
        return Some(Rejection::Caption);
    }
    // near the date, in its sentence or, for a photo credit after a full stop, its paragraph
    let (near_from, near_to) =
        (expr.tok_start.saturating_sub(STAMP_REACH), (expr.tok_end + STAMP_REACH).min(toks.len()));
    // a wire's dateline before the date (`Gao (AFP) - Un kamikaze s'est fait exploser samedi`)
    // names its agency, no photo's credit
    let filed_from = crate::corpus::wire_dateline::wire_dateline_end(toks);
    let near_from = if expr.tok_start >= filed_from { near_from.max(filed_from) } else { near_from };
    // one pass over the window: a caption anywhere in it, a stamp within the date's sentence
    let (stamp, caption) =
        lex.triggers.stamp_and_caption(toks, (near_from, near_to), (s.max(near_from), e.min(near_to)), |j| {
            j > 0 && lex.grammar.is(Role::Determiner, toks.forms(j - 1))
        });
    if caption {
        return Some(Rejection::Caption);
    }
    if stamp {
        return Some(Rejection::Stamp);
    }
    None
}

/// Tokens at most from the comma that opens a phrase of who reports the news to its date
/// (`، كما أفادت مصادر محلية يوم الجمعة`, `, a - t - on appris vendredi`).
const REPORT_PHRASE_TOKENS: usize = 16;

/// True when the date sits in a phrase that says who reports the news, after a comma (`…,
/// a-t-on appris vendredi`, `، كما أفادت مصادر مساء الأحد`), and the sentence tells an act
/// before that comma: as no trigger took the date, the act has a date of its own (`enlevé
/// jeudi`), and this one is only the day the news came out ([`Rejection::Reported`]).
/// `hits` are the sentence's triggers.
pub(super) fn reports_an_act_dated_otherwise(
    toks: &Tokens,
    s: usize,
    expr: &TimeExpr,
    hits: &[crate::lexicon::triggers::TriggerHit],
    lex: &Lexicon,
) -> bool {
    // (the comma right before who reports: a megabyte sentence is not walked back for every date)
    let from = s.max(expr.tok_start.saturating_sub(REPORT_PHRASE_TOKENS));
    let Some(c) = (from..expr.tok_start).rev().find(|&j| toks.is_comma(j)) else { return false };
    lex.triggers.report_end(toks, c + 1).is_some_and(|end| end <= expr.tok_start)
        && hits.iter().any(|t| t.def.event_type.is_some() && t.end <= c)
}

/// A date the sentence's triggers (`hits`) say is no day of their act: the daily hours of a
/// curfew ([`Rejection::Hours`]), the term an extension runs until ([`Rejection::Term`]).
pub(super) fn not_the_act_s_date(
    toks: &Tokens,
    expr: &TimeExpr,
    hits: &[crate::lexicon::triggers::TriggerHit],
    lex: &Lexicon,
) -> Option<Rejection> {
    if hours_of_a_curfew(expr, hits) {
        return Some(Rejection::Hours);
    }
    term_of_an_extension(toks, expr, hits, lex).then_some(Rejection::Term)
}

/// True when the expression is a span of clock hours alone (`de 21 heures à 5 heures`, no day)
/// after the word of a curfew or a state of emergency in its sentence ([`Rejection::Hours`]).
/// `hits` are the sentence's triggers. One clock time (`à partir de minuit`) is when the
/// measure began, and stays its date.
fn hours_of_a_curfew(expr: &TimeExpr, hits: &[crate::lexicon::triggers::TriggerHit]) -> bool {
    expr.spec.date == crate::temporal::DateRef::None
        && expr.spec.clock.is_some_and(|c| c.until.is_some())
        && hits.iter().any(|h| h.def.kind == CURFEW_KIND && h.end <= expr.tok_start)
}

/// True when "until" comes right before the date (an apostrophe and a short word between:
/// `jusqu'au`, `jusqu'en`) and a mandate or a transition is extended before it in its sentence
/// ([`Rejection::Term`]). `hits` are the sentence's triggers.
fn term_of_an_extension(
    toks: &Tokens,
    expr: &TimeExpr,
    hits: &[crate::lexicon::triggers::TriggerHit],
    lex: &Lexicon,
) -> bool {
    let until = (expr.tok_start.saturating_sub(UNTIL_GAP)..expr.tok_start).any(|j| {
        lex.grammar.is(Role::Until, toks.forms(j))
            && (j + 1..expr.tok_start)
                .all(|k| toks.is_apostrophe(k) || toks.is_word(k) && toks.text(k).chars().count() <= 2)
    });
    until && hits.iter().any(|h| EXTENDED_KINDS.contains(&h.def.kind.as_str()) && h.end <= expr.tok_start)
}

/// Tokens at most from "until" to its date (`jusqu ' au`).
const UNTIL_GAP: usize = 3;

/// The trigger kinds of a transition or a mandate extended (rows of `triggers.tsv`).
const EXTENDED_KINDS: [&str; 2] = ["extension", "mandate_renewed"];

/// The trigger kind of a curfew or a state of emergency (`couvre-feu`, `حظر التجول`).
const CURFEW_KIND: &str = "emergency";
