//! Whether a date points ahead of the article (`se réunira jeudi`, `le scrutin prévu le 12
//! août`, `سيجتمع الوزراء الخميس`): a bare weekday or a day without a year is then the next
//! such day, not the last.

use crate::lexicon::gazetteer::EntityHit;
use crate::lexicon::grammar::Role;
use crate::lexicon::{Lexicon, TemporalWord};
use crate::temporal::{DateRef, TemporalScan, TimeExpr, WeekdayDir};
use crate::text::Tokens;

/// Tokens between a verb in the future by its affixes and the date it points ahead
/// (`سيلقي خطابا للأمة الأحد`).
const FUTURE_VERB_REACH: usize = 6;

/// Tokens from a sentence's opening imperfect verb to the weekday it sets (`يصل الرئيس الفرنسي
/// الاثنين`: the verb, its subject, an adjective).
const SCHEDULE_LEAD_REACH: usize = 4;

/// Tokens after a date within which a verb of the future governs it wherever the date stands
/// (`الجمعة المقبل سيتوجه`).
const FUTURE_RIGHT_AFTER: usize = 1;

/// A sentence with what was found in it.
pub struct Sentence<'a> {
    /// The paragraph's tokens.
    pub toks: &'a Tokens,
    /// The paragraph as written.
    pub text: &'a str,
    /// The sentence's token range.
    pub range: (usize, usize),
    /// The paragraph's time expressions and temporal words.
    pub tscan: &'a TemporalScan,
    /// The names of the gazetteer found in the sentence.
    pub names: &'a [EntityHit],
}

/// Tokens between token `i` and expression `x`.
fn gap(x: &TimeExpr, i: usize) -> usize {
    if i < x.tok_start {
        x.tok_start - i
    } else {
        (i + 1).saturating_sub(x.tok_end)
    }
}

/// Which way a date of a sentence points.
#[derive(Debug, Clone, Copy)]
pub struct Direction {
    /// A word of the future is nearer to it than to the sentence's other dates (`a confirmé
    /// mercredi … qui seront opposés au scrutin prévu le 12 août prochain`: the 12th looks
    /// ahead, Wednesday does not).
    pub forward: bool,
    /// It is forward, or the sentence schedules (`prévu`), or a deadline comes before it.
    pub ahead: bool,
    /// A word that schedules comes right before it (`le sommet prévu en juillet`, `le scrutin,
    /// prévu le 12 mars, a été reporté`): a date set, before or after the article, whichever
    /// occurrence is nearer.
    pub scheduled: bool,
}

/// Tokens a word that schedules may stand before the date it sets (`prévue pour le 12 août`).
const SCHEDULED_REACH: usize = 2;

/// Which way `expr` points in its sentence.
pub fn direction(sentence: &Sentence, expr: &TimeExpr, lex: &Lexicon) -> Direction {
    let Sentence { toks, text, range: (s, e), tscan, names } = *sentence;
    // a verb in the future by its affixes (`سيتوجه`, `se réuniront`), not in a name, near the
    // date it governs (no listed word: the verb may belong to another clause)
    // a comma or semicolon between token `i` and the date `x`
    let comma_between_of = |x: &TimeExpr, i: usize| {
        (if i < x.tok_start { i + 1..x.tok_start } else { x.tok_end..i })
            .any(|j| [',', '،', ';', '؛'].iter().any(|&c| toks.is_punct(j, c)))
    };
    let comma_between = |i: usize| comma_between_of(expr, i);
    // a word of the future after a date and a comma speaks of what comes next, not of that
    // date (`son retrait, entamé le 1er juillet, qui doit s'achever le 31 décembre`)
    let after_comma = |x: &TimeExpr, i: usize| i >= x.tok_end && comma_between_of(x, i);
    // nor after a date and `que`/`أن`: the future is the reported clause's, the date the
    // report's (`a annoncé mercredi que la délégation se rendra à Alger`)
    let reported = |x: &TimeExpr, i: usize| {
        i >= x.tok_end && (x.tok_end..i).any(|j| lex.grammar.is(Role::Complementizer, toks.forms(j)))
    };
    // nor before a comma and a phrase of who says so, the date in it (`Le retrait sera achevé
    // …, a indiqué lundi le ministre`): the future is what is said, the date the saying's
    let said_after = |x: &TimeExpr, i: usize| {
        i < x.tok_start && (i + 1..x.tok_start).any(|j| toks.is_comma(j) && lex.triggers.opens_report(toks, j + 1))
    };
    // a verb told by its affixes after the date governs it only when the date opens its
    // sentence (`يوم الجمعة سيتوجه`) or comes right before it: after a verb and its subject, a
    // word beginning `سي` past the date is as likely a name (`أمهل المجلس يوم الجمعة السفير
    // الفرنسي سيلفان …`)
    let governs_after = |x: &TimeExpr, i: usize| {
        i < x.tok_end
            || (s..x.tok_start).all(|j| {
                !toks.is_word(j)
                    || lex.grammar.is(Role::TitleDateLead, toks.forms(j))
                    || lex.grammar.is(Role::Preposition, toks.forms(j))
            })
            || i - x.tok_end < FUTURE_RIGHT_AFTER
    };
    // (and in its clause: `ont quitté le pays le 22 décembre, et les Américains achèveront
    // leur retrait` does not move December ahead)
    let future_verb = |i: usize| {
        gap(expr, i) <= FUTURE_VERB_REACH
            && governs_after(expr, i)
            && !names.iter().any(|h| h.start <= i && i < h.end)
            && !comma_between(i)
            && lex.temporal.future_forms.is_future(toks, s, i, || {
                text.chars().skip(toks.toks[i].start).take(toks.toks[i].end - toks.toks[i].start).collect()
            })
    };
    // a bare weekday a measure starts on (`الحداد لمدة ثلاثة أيام اعتبارا من الخميس`, `à partir
    // de jeudi`) is set like a scheduled one (see `scheduled` below); a month's day after those
    // words may be long past (`à partir du 1er janvier`, in March)
    let bare_weekday = matches!(expr.spec.date, DateRef::Weekday { dir: WeekdayDir::Latest, .. });
    let starting = bare_weekday && tscan.ends_at(expr.tok_start, |w| *w == TemporalWord::Starting);
    // a sentence that opens with an imperfect verb tells what is set to happen on the weekday
    // right after its subject (`يصل الرئيس الفرنسي الاثنين إلى باماكو`)
    let scheduled_opening = bare_weekday
        && expr.tok_start > s
        && expr.tok_start - s <= SCHEDULE_LEAD_REACH
        && !comma_between(s)
        && lex.temporal.future_forms.opens_schedule(toks, s);
    let forward = scheduled_opening
        || (s..e).any(|i| {
            let word = tscan.has(i, i + 1, |w| *w == TemporalWord::Future);
            (word && !after_comma(expr, i) || future_verb(i))
                && !reported(expr, i)
                && !said_after(expr, i)
                && tscan
                    .exprs
                    .iter()
                    .filter(|x| x.tok_start >= s && x.tok_end <= e && !(word && after_comma(x, i)))
                    .all(|x| gap(expr, i) <= gap(x, i))
        });
    let sets = |w: &TemporalWord| matches!(w, TemporalWord::Scheduled | TemporalWord::Postponing);
    let ahead = forward
        || tscan.has(s, e, sets)
        || tscan.ends_at(expr.tok_start, |w| matches!(w, TemporalWord::Deadline | TemporalWord::Starting));
    // (a bare weekday right after a postponement dates it, `reportées samedi`, unless it is the
    // new date, `reportée à samedi`)
    let new_date = tscan.ends_at(expr.tok_start, |w| *w == TemporalWord::PostponedTo);
    let cue = |w: &TemporalWord| {
        *w == TemporalWord::Scheduled || *w == TemporalWord::Postponing && (!bare_weekday || new_date)
    };
    // (the new date, however far from the postponement: `أجل المجلس العسكري الانتخابات إلى 4 فبراير`)
    let postponed_to = new_date && tscan.has(s, expr.tok_start, |w| *w == TemporalWord::Postponing);
    let scheduled = postponed_to
        || (expr.tok_start.saturating_sub(SCHEDULED_REACH)..=expr.tok_start)
            .any(|end| end > s && tscan.ends_at(end, cue));
    // (a measure's first day is set like a scheduled one: the coming one when near, else unsure)
    Direction { forward, ahead, scheduled: scheduled || starting }
}
