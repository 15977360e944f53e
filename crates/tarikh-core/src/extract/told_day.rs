//! The day an act was told. `Le ministère a annoncé mercredi que des hommes armés ont attaqué
//! mardi un poste`, `أعلن الجيش يوم الأربعاء أن مسلحين هاجموا يوم الثلاثاء`: both dates fall on
//! the one attack, and the earlier one, said in what is reported, is the attack's. The other is
//! the day it was told: a statement of that day by whoever told it (as the annotators of the
//! development set take it), not a second attack on Wednesday. An armed group, or the act's own
//! agent, telling of an armed act (`Le JNIM a affirmé dimanche avoir attaqué samedi`) claims it.
//! (A report of deaths is already its own event, a casualty report, and is left alone: see
//! `trigger_choice`.)

use super::draft::{DocScan, TriggerInfo};
use crate::corpus::Document;
use crate::lexicon::{EntityId, EntityKind, Lexicon, Role};
use crate::model::{EventType, Precision};
use crate::text::{with_tokens, Span, Tokens};

use super::agents::STATEMENT_KIND;
use super::family::claim_kind;

/// Makes a statement of every date of a reported act that the sentence dates earlier in the
/// words reported (see the module's doc).
pub fn make_told_days_statements(scan: &mut DocScan, doc: &Document, lex: &Lexicon) {
    let mut told: Vec<(usize, Span, Option<EntityId>)> = Vec::new();
    for (i, d) in scan.drafts.iter().enumerate() {
        let (Some(t), Some(r)) = (d.trigger.as_ref(), d.resolved) else { continue };
        if !d.is_mention() || t.span.start < d.expr.end {
            continue; // (only a date before the act it dates can be the day it was told)
        }
        // a later day of the same sentence on the same act, earlier (a year or a month after the
        // act may name what it acts on: `أنهى اتفاق الجزائر لعام 2015`)
        let act_date_at = scan.drafts[i + 1..]
            .iter()
            .take_while(|o| o.paragraph == d.paragraph && o.expr.start < d.sentence.end)
            .filter(|o| o.is_mention() && o.trigger.as_ref().is_some_and(|u| u.span == t.span))
            .find(|o| {
                o.resolved.is_some_and(|w| {
                    w.when.precision.rank() >= Precision::Day.rank() && w.when.last_day() < r.when.first_day()
                })
            })
            .map(|o| o.expr.start);
        let Some(act_date_at) = act_date_at else { continue };
        // and words of speech before the act and its date: what follows them is reported
        let statement = with_tokens(&doc.paragraphs[d.paragraph].text, |toks| {
            let in_sentence = |j: usize| toks.toks[j].start >= d.sentence.start;
            let opener = (0..toks.len())
                .filter(|&j| in_sentence(j) && toks.toks[j].end <= act_date_at.min(t.span.start))
                .find_map(|j| Some((j, lex.triggers.report_end(toks, j)?)))?;
            let span = Span::new(toks.toks[opener.0].start, toks.toks[opener.1 - 1].end);
            let first = (0..toks.len()).find(|&j| in_sentence(j)).unwrap_or(0);
            let last = (first..toks.len()).find(|&j| toks.toks[j].start >= d.sentence.end).unwrap_or(toks.len());
            Some((span, speaker(toks, (first, last), opener, d.expr.tok_end, lex, &scan.topic)))
        });
        if let Some((span, speaker)) = statement {
            told.push((i, span, speaker));
        }
    }
    for (i, span, speaker) in told {
        let d = &mut scan.drafts[i];
        let Some(act) = d.trigger.take() else { continue };
        // (an armed group, or the act's own agent, its nearest, telling of the act claims it:
        // `l'armée a affirmé dimanche avoir déjoué une attaque` is the army's claim)
        let own =
            speaker.is_some_and(|id| lex.gazetteer.get(id).kind == EntityKind::Group || d.agents.first() == Some(&id));
        let (event_type, kind) = if own && super::agents::armed_act(act.event_type, &act.kind) {
            (EventType::Claim, claim_kind(act.event_type, &act.kind))
        } else {
            (EventType::Political, STATEMENT_KIND)
        };
        d.trigger = Some(TriggerInfo {
            event_type,
            kind: kind.into(),
            after: false,
            priority: act.priority,
            span,
            reported: false,
        });
        // (the act's agents did the act; the one who tells made the statement)
        d.agents = speaker.into_iter().collect();
    }
}

/// Who tells: the body, person or country named nearest the words of speech `opener` (first
/// token, one past the last), from the first token of the sentence `(first, last)` up to what is
/// reported (a complementizer, `que`, `أن`, or else past the date at `date_end`).
fn speaker(
    toks: &Tokens,
    (first, last): (usize, usize),
    opener: (usize, usize),
    date_end: usize,
    lex: &Lexicon,
    topic: &[EntityId],
) -> Option<EntityId> {
    let reported = (opener.1..last)
        .find(|&j| lex.grammar.is(Role::Complementizer, toks.forms(j)))
        .unwrap_or(opener.1.max(date_end));
    let g = &lex.gazetteer;
    let speaks = |id: EntityId| {
        matches!(
            g.get(id).kind,
            EntityKind::Group
                | EntityKind::Force
                | EntityKind::Government
                | EntityKind::Person
                | EntityKind::Organisation
                | EntityKind::Country
        )
    };
    let distance =
        |h: &crate::lexicon::gazetteer::EntityHit| super::date_links::tokens_between((h.start, h.end), opener);
    g.find(toks, first, reported)
        .into_iter()
        .filter(|h| speaks(h.id) && !h.peripheral)
        .min_by_key(distance)
        .map(|h| g.localized(h.id, topic))
}
