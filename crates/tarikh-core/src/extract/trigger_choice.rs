//! Which trigger of its sentence a date dates: the highest priority, then the nearest, with a
//! clause boundary and an anchoring word (`après l'annonce`) in between costing distance.

/// (how far apart two spans are, for the modules that choose beside a trigger)
pub(super) use super::date_links::tokens_between;
use super::date_links::{
    coordinated_clause_after, future_at, listed_together, opens_clause, pronoun_before, LISTED_DATE_GAP,
    RELATIVE_VERB_GAP,
};
use super::family::{claim_kind, CLAIM_KIND};
use crate::lexicon::temporal::TemporalWord;
use crate::lexicon::{EventType, Lexicon, Role};
use crate::temporal::TimeExpr;
use crate::text::{Span, Tokens};

/// The trigger a time expression dates.
#[derive(Debug, Clone)]
pub struct TriggerInfo {
    /// Event type.
    pub event_type: EventType,
    /// Finer kind.
    pub kind: String,
    /// The event follows an earlier one.
    pub after: bool,
    /// Priority from the trigger table.
    pub priority: i32,
    /// Characters of the trigger in the paragraph.
    pub span: Span,
    /// The date sits in a phrase that says who reports the act (`…, a annoncé mardi le
    /// ministère`): the day of the report, no day the next sentences tell of.
    pub reported: bool,
}

/// How far (in tokens) a trigger may be from the time expression it dates.
const MAX_TRIGGER_DISTANCE: usize = 30;
/// Weight of a trigger's priority against its distance.
const PRIORITY_WEIGHT: i64 = 6;
/// What a clause boundary between a trigger and a time expression costs (in tokens of
/// distance): more than two steps of priority, so that `استعاد كيدال في 14 نوفمبر، بعد انسحاب
/// البعثة` dates the recapture, not the withdrawal.
const CLAUSE_BREAK_COST: i64 = 14;

/// The trigger among the sentence's `hits` that best fits `expr`: highest priority, then nearest;
/// never a word of a longer name among `names`. A claim of a kidnapping named right after it
/// (`a revendiqué l'enlèvement de sept employés`) is that kidnapping's claim.
pub(super) fn choose_trigger(
    toks: &Tokens,
    hits: &[crate::lexicon::triggers::TriggerHit],
    expr: &TimeExpr,
    names: &[crate::lexicon::gazetteer::EntityHit],
    others: &[TimeExpr],
    lex: &Lexicon,
) -> Option<(TriggerInfo, usize, usize)> {
    let (mut chosen, a, b) = choose_act(toks, hits, expr, names, others, lex)?;
    if chosen.kind == CLAIM_KIND
        && hits.iter().any(|h| {
            // (the date between them is no word of theirs: `a revendiqué dimanche l'enlèvement`)
            let date = if b <= expr.tok_start && expr.tok_end <= h.start { expr.tok_end - expr.tok_start } else { 0 };
            h.def.event_type == Some(EventType::Kidnapping) && h.start >= b && h.start - b - date <= CLAIMED_ACT_GAP
        })
    {
        chosen.kind = claim_kind(EventType::Kidnapping, "kidnapping").into();
    }
    // a country that leaves an organisation of states leaves its membership, whatever words
    // come between (`وكانت مالي قد انسحبت في مايو الماضي من مجموعة دول الساحل الخمس`)
    if chosen.event_type == EventType::Withdrawal
        && super::membership::leaves_organisation(toks, names, expr, (a, b), lex)
    {
        chosen.event_type = EventType::Diplomatic;
        chosen.kind = super::membership::MEMBERSHIP_KIND.into();
    }
    Some((chosen, a, b))
}

/// Tokens at most from a trigger to a date of its own later in its phrase.
const OWN_PHRASE_DATE_GAP: usize = 12;

/// The kinds of words of speech (an announcement, a statement).
const SAID_KINDS: [&str; 2] = [super::agents::ANNOUNCEMENT_KIND, super::agents::STATEMENT_KIND];

/// [`choose_trigger`]'s choice, before a claim is told what it claims.
fn choose_act(
    toks: &Tokens,
    hits: &[crate::lexicon::triggers::TriggerHit],
    expr: &TimeExpr,
    names: &[crate::lexicon::gazetteer::EntityHit],
    others: &[TimeExpr],
    lex: &Lexicon,
) -> Option<(TriggerInfo, usize, usize)> {
    let mut best: Option<(i64, TriggerInfo, usize, usize)> = None;
    let phrase_break =
        |j: usize| [',', '،', ';', '؛', ':', '.', '(', ')', '«', '»', '"'].iter().any(|&c| toks.is_punct(j, c));
    // (looked for no further than a trigger may be: a line without punctuation may be long)
    let reach = expr.tok_start.saturating_sub(MAX_TRIGGER_DISTANCE);
    let phrase_start = (reach..expr.tok_start).rev().find(|&j| phrase_break(j)).map_or(reach, |j| j + 1);
    let date_word = |j: usize| {
        lex.temporal.weekday_at(toks, j).is_some()
            || lex.temporal.table.longest_at(toks, j, |w| matches!(w, TemporalWord::Month { .. })).is_some()
    };
    let anchored_phrase = lex.triggers.anchor_before(toks, phrase_start, expr.tok_start, date_word);
    // (a pronoun's complement, `après ceux d'août 2020`, is the act of the noun it stands for)
    let pronoun = pronoun_before(toks, expr, others, lex).is_some();
    // the date opens with "since" (`منذ يناير`, `depuis janvier`)
    let since_date = || lex.temporal.table.longest_at(toks, expr.tok_start, |w| *w == TemporalWord::Since).is_some();
    // an act named from token `from` up to the date
    let act_from =
        |from: usize| hits.iter().any(|t| t.def.event_type.is_some() && t.start >= from && t.end <= expr.tok_start);
    // the date's phrase opens with words of speech and names an act after them, before the date
    // (`، وأعلن الحداد الوطني اعتبارا من الأربعاء`): a clause of its own
    let phrase_acts = || lex.triggers.report_end(toks, phrase_start).is_some_and(act_from);
    // the date ends a phrase about another event that names it (`Après le retrait de la Minusma
    // en décembre 2023, les affrontements se sont multipliés`, `ومنذ انسحاب البعثة نهاية العام
    // الماضي، تصاعدت المواجهات`): no trigger past the phrase's end takes it
    let phrase_act = anchored_phrase.is_some_and(|(_, e, _)| act_from(e));
    // the date sits in a relative clause set off by commas (`La Cédéao, qui avait menacé
    // d'intervenir en août 2023, a levé …`): no trigger outside it takes the date
    let relative =
        phrase_start > 0 && toks.is_comma(phrase_start - 1) && lex.grammar.is(Role::Relative, toks.forms(phrase_start));
    // (looked for only then: a megabyte line without punctuation holds tens of thousands of dates)
    let relative_end =
        if relative { (expr.tok_end..toks.len()).find(|&j| phrase_break(j)).unwrap_or(toks.len()) } else { toks.len() };
    // deaths named at token `j` (`la mort de`, `مقتل`), or right after a word there
    let deaths_at = |j: usize| {
        hits.iter()
            .any(|h| (h.start == j || h.start == j + 1 && toks.is_word(j)) && h.def.kind == super::agents::DEATHS_KIND)
    };
    // what follows token `j` is what a verb acts on: not what is said (`que`, `أن`), deaths (a
    // casualty report) or an act of the speaker's own (`avoir tué`, `أنها هاجمت`)
    // (or losses, a toll: `اعترفت الجماعة الأحد بسقوط قتلى`)
    let toll_at = |j: usize| hits.iter().any(|h| h.start == j && h.def.event_type == Some(EventType::CasualtyReport));
    let object_at = |j: usize| {
        j < toks.len()
            && toks.is_word(j)
            && !lex.grammar.is(Role::Complementizer, toks.forms(j))
            && !lex.grammar.is(Role::OwnAct, toks.forms(j))
            && !deaths_at(j)
            && !toll_at(j)
    };
    // (past where it was said: `a reconnu dimanche sur Telegram avoir subi des pertes`)
    let names_object = |j: usize| {
        let said_at = j < toks.len() && lex.grammar.is(Role::Channel, toks.forms(j));
        let says_after = said_at
            && (j + 1..toks.len().min(j + 1 + CHANNEL_WORDS)).take_while(|&k| toks.is_word(k)).any(|k| !object_at(k));
        object_at(j) && !says_after
    };
    // the date's phrase follows a comma and names an act of its own before the date (`أعلن إلغاء
    // الاتفاق، ووصل مدربون روس إلى نيامي في أبريل`): no trigger before the comma takes the date
    // (not a phrase of who reports an act told before it, `، كما أعلنت الحكومة مساء الأحد`: the
    // report is dated there)
    let own_clause = phrase_start > reach
        && toks.is_comma(phrase_start - 1)
        && !lex.triggers.opens_report(toks, phrase_start)
        && act_from(phrase_start);
    let opens_own_clause = opens_clause(toks, expr, phrase_start, hits, lex);
    let next_clause = coordinated_clause_after(toks, expr, phrase_start, hits, &SAID_KINDS, lex);
    // a noun of an act whose complement the date is (`l'attaque de lundi`; an Arabic noun without
    // its article in construct with it, `هجوم يوم الأحد`) owns the date; a noun with its article
    // right before the date, after another act of the phrase, is that act's object and the date
    // the act's (`تبنت الجماعة الهجوم يوم الاثنين`), unless an anchor names it (`بعد الهجوم يوم الأحد`)
    let definite = |i: usize| lex.grammar.starts(Role::Article, toks.forms(i));
    // a definite noun right after the date, when a verb and its subject come before the date in
    // the same phrase (`أرجأت السلطات يوم الثلاثاء الانتخابات`, `a reporté mardi l'élection`), is
    // the verb's object: the date is the verb's
    let object_after_date = |h: &crate::lexicon::triggers::TriggerHit| {
        let arabic = h.start == expr.tok_end && !toks.toks[h.start].latin && definite(h.start);
        let french = h.start == expr.tok_end + 1 && lex.grammar.is(Role::Determiner, toks.forms(expr.tok_end));
        // (not words that announce what follows: `ont annoncé samedi la fermeture de la route`)
        (arabic || french)
            && hits.iter().any(|t| {
                t.def.event_type.is_some()
                    && t.def.kind != super::agents::ANNOUNCEMENT_KIND
                    && !lex.triggers.opens_report(toks, t.start)
                    && t.end <= expr.tok_start
                    && expr.tok_start - t.end <= VERB_SUBJECT_GAP
                    && !(t.start..expr.tok_start).any(phrase_break)
            })
    };
    let complement_weight = |h: &crate::lexicon::triggers::TriggerHit| -> i64 {
        if h.end == expr.tok_start && h.end - h.start == 1 && !toks.toks[h.start].latin {
            // (with its subject between: right after the verb, the noun is its subject, `وقعت
            // الاشتباكات الخميس`)
            let act_before = hits
                .iter()
                .any(|t| t.def.event_type.is_some() && t.end < h.start && !(t.start..h.start).any(phrase_break));
            if !definite(h.start) {
                return COMPLEMENT_WEIGHT;
            }
            // (not a word that dates only the date right after it: `الاتفاق الموقع عام 2015`)
            if act_before && !lex.triggers.anchored(toks, h.start) && !h.def.adjacent {
                return -COMPLEMENT_WEIGHT;
            }
        } else if h.end + 1 == expr.tok_start && lex.grammar.is(Role::Complement, toks.forms(h.end)) {
            return COMPLEMENT_WEIGHT;
        } else if h.start >= expr.tok_end && object_after_date(h) {
            return -COMPLEMENT_WEIGHT;
        }
        0
    };
    for h in hits {
        let Some(event_type) = h.def.event_type else { continue };
        if (own_clause || opens_own_clause) && h.end <= phrase_start {
            continue;
        }
        if next_clause.is_some_and(|c| h.start >= c) {
            continue;
        }
        if phrase_act && h.start >= expr.tok_end && (expr.tok_end..h.start).any(phrase_break) {
            continue;
        }
        if relative && (h.start < phrase_start || h.start >= relative_end) {
            continue;
        }
        if names.iter().any(|n| n.start <= h.start && h.end <= n.end && n.end - n.start > h.end - h.start) {
            // a word of a longer name (`Mouvement national pour la libération de l'Azawad`);
            // a name that is the trigger itself (`عملية سيرفال`) still triggers
            continue;
        }
        if h.start < expr.tok_end && expr.tok_start < h.end {
            continue; // inside the time expression itself
        }
        // deaths told beside what caused them (`ont péri dimanche dans l'effondrement d'une mine`)
        let cause_beside = |o: &&crate::lexicon::triggers::TriggerHit| {
            o.def.cause && !(h.start.min(o.start)..h.end.max(o.end)).any(phrase_break)
        };
        if h.def.kind == super::agents::DEATHS_KIND && hits.iter().any(|o| cause_beside(&o)) {
            continue;
        }
        // a word a stronger act before it in the phrase asks for (`أفرج مسلحون … عن رهينة`, `ont
        // libéré un otage`) is what that act is done to, not an act, unless the date follows it
        // (an act's word that dates only a date right after it leaves its words as they are; the
        // verb of a relative clause is an act of its own: `الإفراج عن الرهائن الذين خطفهم …`)
        let done_to = hits.iter().any(|o| {
            o.def.priority > h.def.priority
                && !o.def.adjacent
                && o.def.event_type == h.def.event_type
                && o.end <= h.start
                && h.start - o.end <= MAX_TRIGGER_DISTANCE
                && !(o.end..h.start).any(|j| phrase_break(j) || lex.grammar.is(Role::Relative, toks.forms(j)))
                && o.asks_for(toks, h.start)
        });
        if done_to && !(h.end <= expr.tok_start && expr.tok_start - h.end <= ADJACENT_DATE_GAP) {
            continue;
        }
        let distance = tokens_between((h.start, h.end), (expr.tok_start, expr.tok_end));
        if distance > MAX_TRIGGER_DISTANCE {
            continue;
        }
        // an act called for after the date (`…, a annoncé mardi Delhi, appelant à la libération
        // des otages`, `داعية … للإفراج عنهم`) is not what the date dates
        if h.start >= expr.tok_end && lex.triggers.demand_opens_phrase_between(toks, expr.tok_end, h.start) {
            continue;
        }
        // `six mois après l'annonce, ils ont passé le 15 août la frontière`: the announcement
        // is the reference, not what the date dates (unless the date follows it in the same
        // phrase: `بعد هجوم السبت`, `بعد الانقلاب الثاني في مالي عام 2021`)
        // (not when the phrase dates its own event first: `depuis le coup d'État de juillet 2023
        // ont suspendu mercredi`; dates listed together, `منذ انقلابين في أغسطس 2020 ومايو 2021`,
        // share it)
        let own_date_between = || {
            let first = others.partition_point(|x| x.tok_start < h.end);
            others[first..]
                .iter()
                .take_while(|x| x.tok_end <= expr.tok_start)
                .any(|x| !listed_together(toks, x.tok_end, expr.tok_start, lex))
        };
        // (or set off by a comma right after it: `trois jours après la suspension, vendredi, de la
        // chaîne`, `après la suspension, le 7 mai, des activités`)
        let article_before_date = |j: usize| j + 1 == expr.tok_start && lex.grammar.is(Role::Determiner, toks.forms(j));
        let set_off_after = toks.is_comma(h.end) && (h.end + 1 == expr.tok_start || article_before_date(h.end + 1));
        let date_follows = h.end <= expr.tok_start
            && (distance <= ANCHORED_DATE_GAP || anchored_phrase.is_some_and(|(_, e, _)| e <= h.start))
            && (!(h.end..expr.tok_start).any(phrase_break) || set_off_after)
            && !own_date_between();
        // a participle of a noun named before it (`الموقع عام 2015`, `signé en 2015`) dates only
        // the date right after it
        // (the date may be set off by commas: `رحبت الحكومة الألمانية، الاثنين، بإطلاق سراح`)
        let set_off = || {
            h.end <= expr.tok_start
                && (h.end..expr.tok_start).filter(|&j| phrase_break(j)).all(|j| toks.is_comma(j))
                && !own_date_between()
        };
        // an act named between the trigger and the date is what the date dates (`a condamné
        // l'attaque de dimanche`)
        let act_between = |p: usize, q: usize| {
            hits.iter().any(|t| t.def.event_type.is_some() && t.start >= p && t.end <= q && !std::ptr::eq(t, h))
        };
        // a date that opens the sentence, set off by a comma, dates the clause's first act when
        // its subject alone comes between (`Dimanche, le ministère a confirmé l'enlèvement`)
        // (its article aside: `La semaine dernière, des jihadistes ont enlevé`)
        let fronted = || {
            let article = expr.tok_start > 0 && lex.grammar.is(Role::Determiner, toks.forms(expr.tok_start - 1));
            let lead = expr.tok_start - usize::from(article);
            h.start > expr.tok_end
                && (lead == 0 || phrase_break(lead - 1))
                && toks.is_comma(expr.tok_end)
                && h.start - expr.tok_end <= FRONTED_SUBJECT_GAP
                && !(expr.tok_end + 1..h.start).any(phrase_break)
                && !act_between(expr.tok_end, h.start)
        };
        // (names between count as one word, a list of them in apposition too, its commas none:
        // `هددت جماعة نصرة الإسلام والمسلمين يوم السبت`, `رفضت دول التحالف، مالي وبوركينا فاسو والنيجر، يوم الأحد`)
        let words_between = || {
            let inside = |j: usize| {
                names.iter().any(|n| n.start >= h.end && n.end <= expr.tok_start && (n.start..n.end).contains(&j))
            };
            let loose = (h.end..expr.tok_start).filter(|&j| !inside(j) && !toks.is_any_punct(j)).count();
            distance.min(loose + usize::from((h.end..expr.tok_start).any(inside)))
        };
        let adjacent_date = |h: &crate::lexicon::triggers::TriggerHit| {
            if (date_follows || set_off())
                && words_between() <= ADJACENT_DATE_GAP
                && !act_between(h.end, expr.tok_start)
            {
                !h.def.object || names_object(expr.tok_end)
            } else {
                fronted() && (!h.def.object || names_object(h.end))
            }
        };
        if h.def.adjacent && !adjacent_date(h) {
            continue;
        }
        // what a cause set off (`l'attaque avait déclenché l'intervention`) is another event,
        // unless no event comes before the anchor: then its subject is who launches it (`Le 11
        // janvier 2013, la France déclenche l'opération Serval`)
        let launched = || {
            lex.triggers.cause_before(toks, h.start).is_some_and(|c| {
                // (the cause may be told before commas: `La chute de Konna, lors d'une offensive,
                // avait déclenché l'intervention`)
                let stop = |j: usize| ['.', ';', '؛', '!', '?'].iter().any(|&p| toks.is_punct(j, p));
                let from = (c.saturating_sub(MAX_TRIGGER_DISTANCE)..c).rev().find(|&j| stop(j)).map_or(0, |j| j + 1);
                !hits.iter().any(|o| o.def.event_type.is_some() && o.end <= c && o.start >= from)
            })
        };
        if !date_follows && lex.triggers.anchored_among(toks, hits, h.start) && !launched() {
            continue;
        }
        // the date sits in a phrase anchored after the trigger (`ont rappelé leurs ambassadeurs,
        // après la destruction d'un drone dans la nuit du 31 mars`): it dates that phrase's event
        // (`منذ آخر عملية في 6 نوفمبر` compares with a like event: the trigger before still types it)
        // (unless the phrase names its event right before the date, `منذ هجوم 12 مايو`, `depuis
        // l'attaque du 12 mai`: that event's date, not one compared with the trigger before)
        let named_right_before = |a: usize| {
            hits.iter().any(|t| {
                t.def.event_type.is_some()
                    && t.start >= a
                    && t.end <= expr.tok_start
                    && expr.tok_start - t.end <= NAMED_DATE_GAP
            })
        };
        if anchored_phrase.is_some_and(|(a, _, since)| (!since || named_right_before(a)) && h.end <= a) && !pronoun {
            continue;
        }
        let (a, b) = if h.end <= expr.tok_start { (h.end, expr.tok_start) } else { (expr.tok_end, h.start) };
        // a `|` parts the cells of a table or a label (`الجولة الأولى | 14 يناير`): a word of
        // another cell is not what the date dates
        if (a..b).any(|j| toks.is_punct(j, '|')) {
            continue;
        }
        // (a trigger before the date's own phrase, when that phrase names an act of its own
        // before the date, is across a clause: `…الجيش قتل عشرات المهاجمين خلال الاشتباك، وأعلن
        // الحداد الوطني اعتبارا من الأربعاء`)
        let own_phrase_act = h.end <= phrase_start && phrase_acts();
        let breaks = lex.triggers.clause_breaks(toks, a, b) as i64 + own_phrase_act as i64;
        // another date between them, nearer the trigger than any other trigger and set off from
        // this one by a comma, dates the trigger first
        // (`أفرجت … عن الصحفي الذي اختطف في 8 أبريل 2021، ووصل صباح اليوم`: the kidnapping has
        // its day); a day listed beside this one (`les 5, 6 et 7 janvier`) shares the trigger,
        // and a date glossing a time (`à 10H00 [GMT le 16 mai]`) is no other day
        let comma = |p: usize, q: usize| (p..q).any(|j| toks.is_comma(j) || toks.is_punct(j, ';'));
        let gap_to = |t: &crate::lexicon::triggers::TriggerHit, x: &TimeExpr| {
            tokens_between((t.start, t.end), (x.tok_start, x.tok_end))
        };
        // (the paragraph's dates are in order: only those between are looked at, a megabyte line
        // holds tens of thousands)
        let first = others.partition_point(|x| x.tok_start < a);
        let dated_between = others[first..].iter().take_while(|x| x.tok_start < b).any(|x| {
            let to_expr =
                if x.tok_end <= expr.tok_start { (x.tok_end, expr.tok_start) } else { (expr.tok_end, x.tok_start) };
            x.tok_end <= b
                && !listed_together(toks, to_expr.0, to_expr.1, lex)
                && comma(to_expr.0, to_expr.1)
                // the trigger is the one nearest that date
                && hits.iter().filter(|t| t.def.event_type.is_some()).all(|t| gap_to(h, x) <= gap_to(t, x))
        });
        // a relative clause after the date with a date of its own right after its verb (`… à
        // compter de jeudi, en hommage aux victimes de l'attaque qui a visé mardi matin l'école`)
        // is dated there, as is a participle set off by a comma (`Le 16 juin, le ministre a
        // dénoncé l'échec de la mission, déployée en 2013`)
        // (so is a trigger in a phrase after the date's with a date of its own further on, `قائد
        // الانقلاب الذي أطاح بالرئيس في مارس 2012`, when no act of another type comes between, `عفوا
        // عن جنود كانوا قد اعتقلوا في يوليو`, and a relative clause between tells its act again)
        let told_again_before = |h: &crate::lexicon::triggers::TriggerHit, x: &TimeExpr| {
            let between =
                || hits.iter().filter(|t| t.def.event_type.is_some() && t.start >= h.end && t.end <= x.tok_start);
            let relative = (h.end..x.tok_start).find(|&j| lex.grammar.is(Role::Relative, toks.forms(j)));
            between().all(|t| t.def.event_type == h.def.event_type)
                && relative.is_none_or(|r| between().any(|t| t.start > r))
        };
        let next_date = || others.get(others.partition_point(|x| x.tok_start < h.end));
        // (a clause in the pluperfect between them tells an earlier act too: `أفرجت الحركة السبت
        // عن جنود كانت قد أسرتهم خلال معارك كيدال الشهر الماضي`)
        let pluperfect_between = || {
            (expr.tok_end..h.start)
                .any(|j| lex.temporal.table.longest_at(toks, j, |w| *w == TemporalWord::PastCue).is_some())
        };
        let own_dated_phrase = h.start >= expr.tok_end
            && (expr.tok_end..h.start).any(phrase_break)
            && next_date().is_some_and(|x| {
                x.tok_start - h.end <= OWN_PHRASE_DATE_GAP
                    && !(h.end..x.tok_start).any(phrase_break)
                    && told_again_before(h, x)
            });
        // (past a clause boundary, such a trigger is its own date's only: `وتحكم مالي منذ أغسطس
        // 2020 مجموعة من العسكريين …، فيما انسحبت البعثة نهاية العام الماضي`)
        if own_dated_phrase && breaks > 0 {
            continue;
        }
        let dated_after = h.start >= expr.tok_end
            && (((h.start.saturating_sub(RELATIVE_VERB_GAP)..h.start)
                .any(|j| lex.grammar.is(Role::Relative, toks.forms(j)))
                || h.start > 0 && toks.is_comma(h.start - 1)
                || pluperfect_between())
                && next_date().is_some_and(|x| x.tok_start - h.end <= LISTED_DATE_GAP)
                || own_dated_phrase);
        // a relative clause between the trigger and the date whose verb is an act of its own
        // (`الإفراج عن المواطن الذي اختطف في النيجر`, `عن مواطن كان قد اختطف في مايو`): the date
        // is that act's (hits are in sentence order: only those right after the pronoun count)
        let relative_act = h.end <= expr.tok_start
            && (h.end..expr.tok_start).any(|j| {
                super::date_links::opens_relative_clause(toks, j, lex)
                    && hits[hits.partition_point(|t| t.start <= j)..]
                        .iter()
                        .take_while(|t| t.start - j <= RELATIVE_VERB_GAP)
                        .any(|t| {
                            // (not words of speech: `الانتخابات التي أعلن عن تنظيمها في فبراير`)
                            let said = SAID_KINDS.contains(&t.def.kind.as_str());
                            t.def.event_type.is_some() && !said && t.end <= expr.tok_start
                        })
            });
        let score = h.def.priority as i64 * PRIORITY_WEIGHT
            - distance as i64
            - breaks * CLAUSE_BREAK_COST
            - if dated_between || dated_after || relative_act { DATED_BETWEEN_COST } else { 0 }
            + complement_weight(h);
        if best.as_ref().is_none_or(|b| score > b.0) {
            let span = Span::new(toks.toks[h.start].start, toks.toks[h.end - 1].end);
            best = Some((
                score,
                TriggerInfo {
                    event_type,
                    kind: h.def.since_kind.clone().filter(|_| since_date()).unwrap_or_else(|| h.def.kind.clone()),
                    after: h.def.after,
                    priority: h.def.priority,
                    span,
                    reported: false,
                },
                h.start,
                h.end,
            ));
        }
    }
    let (_, mut chosen, a, b) = best?;
    // deaths told in the date's phrase beside a coup named by its noun (`قتل أربعة أشخاص الثلاثاء
    // خلال الانقلاب`, `le putsch de mardi a fait quatre morts`) are the coup's toll, a casualty report
    if chosen.event_type == EventType::Coup
        && (definite(a) || a > 0 && lex.grammar.is(Role::Determiner, toks.forms(a - 1)))
    {
        let phrase_end = (expr.tok_end..toks.len()).find(|&j| phrase_break(j)).unwrap_or(toks.len());
        let own = hits.iter().filter(|h| h.start >= phrase_start && h.end <= phrase_end);
        if let Some(span) = super::reported::reported_deaths(toks, own) {
            return Some((as_report(span, &chosen), a, b));
        }
    }
    // words of speech in the date's phrase, before it
    let speech_before = || (phrase_start..expr.tok_start).any(|j| lex.triggers.opens_report(toks, j));
    // `Le CSP a affirmé lundi avoir tué des dizaines de soldats`, `أعلنت الجماعة الأحد أنها
    // هاجمت`: who tells that day of an armed act of its own claims it (the act's day is not told)
    if a >= expr.tok_end
        && expr.tok_end < toks.len()
        && lex.grammar.is(Role::OwnAct, toks.forms(expr.tok_end))
        && chosen.event_type != EventType::Claim
        && super::agents::armed_act(chosen.event_type, &chosen.kind)
        && speech_before()
    {
        chosen.kind = claim_kind(chosen.event_type, &chosen.kind).into();
        chosen.event_type = EventType::Claim;
        return Some((chosen, a, b));
    }
    // `أعلن الجيش يوم السبت أن 49 جنديا قتلوا في هجوم`, `a annoncé mercredi que 29 soldats
    // avaient été tués`: a date between a verb of speech and what it says dates the speech,
    // the casualty report of the deaths told after it
    // (or the deaths right after it: `أعلنت الوزارة مساء الثلاثاء مقتل 29 جنديا`, `a annoncé mardi
    // la mort de 29 soldats`)
    let says = |j: usize| j < toks.len() && (lex.grammar.is(Role::Complementizer, toks.forms(j)) || deaths_at(j));
    // (a toll named as such, `أن عدد القتلى بلغ 12`, is already the report)
    if a >= expr.tok_end && chosen.event_type != EventType::CasualtyReport && says(expr.tok_end) && speech_before() {
        if let Some(report) = super::reported::reported_deaths(toks, hits.iter().filter(|h| h.start >= expr.tok_end))
            .map(|span| as_report(span, &chosen))
        {
            return Some((report, a, b));
        }
    }
    // `قتل جنديان في كمين، كما أعلنت الحكومة مساء الأحد`, `…, tuant 40 civils, ont indiqué
    // lundi des élus`: the date dates the report of the deaths told before it, not the attack
    // (the annotators' casualty report; it stays with the attack it reports when merging)
    if phrase_start > 0
        && phrase_break(phrase_start - 1)
        && b <= phrase_start
        && lex.triggers.opens_report(toks, phrase_start)
    {
        chosen.reported = true;
        // an act told in the future before who says so (`Le retrait sera achevé avant la fin de
        // l'année, a indiqué lundi le ministre`): the day is the words', a statement
        let clause_from = (reach..phrase_start - 1).rev().find(|&j| phrase_break(j)).map_or(reach, |j| j + 1);
        if (clause_from..phrase_start).any(|j| future_at(toks, clause_from, j, lex)) {
            chosen.event_type = EventType::Political;
            chosen.kind = super::agents::STATEMENT_KIND.into();
            return Some((chosen, a, b));
        }
        if let Some(report) = super::reported::reported_deaths(toks, hits.iter().filter(|h| h.end <= phrase_start))
            .map(|span| as_report(span, &chosen))
        {
            // who did it and where are read around the act reported, as for the act itself
            return Some((report, a, b));
        }
        // (an act with a date of its own before the phrase, `اختطف مسلحون … يوم الخميس …، كما
        // أفادت مصادر يوم الجمعة`, is dated there: this is the day the news came out)
        if others.iter().any(|x| x.tok_start >= a && x.tok_end <= phrase_start) {
            return None;
        }
    }
    // (the words of speech that open the phrase may be the trigger chosen: `…, a annoncé mardi
    // le ministère`, an announcement that says no more than the deaths told before it)
    if phrase_start > 0
        && phrase_break(phrase_start - 1)
        && a >= phrase_start
        && chosen.kind == super::agents::ANNOUNCEMENT_KIND
        && lex.triggers.report_end(toks, phrase_start).is_some_and(|end| a < end)
    {
        if let Some(report) = super::reported::reported_deaths(toks, hits.iter().filter(|h| h.end <= phrase_start))
            .map(|span| as_report(span, &chosen))
        {
            return Some((report, a, b));
        }
    }
    Some((chosen, a, b))
}

/// The casualty report told at `span`, in the place of `chosen` (a date in a phrase of speech).
fn as_report(span: Span, chosen: &TriggerInfo) -> TriggerInfo {
    TriggerInfo {
        event_type: EventType::CasualtyReport,
        kind: super::family::REPORTED_TOLL_KIND.into(),
        after: true,
        priority: chosen.priority,
        span,
        reported: true,
    }
}

/// What another date between a trigger and a date costs (in tokens of distance): two clause
/// boundaries.
const DATED_BETWEEN_COST: i64 = 2 * CLAUSE_BREAK_COST;

/// Tokens at most between a claim's word and the act it claims (`a revendiqué l'enlèvement`:
/// the article).
const CLAIMED_ACT_GAP: usize = 2;

/// Tokens (no comma or stop among them) between an anchored trigger and a date that still
/// dates it (`après l'attaque du 17 septembre`, `بعد الانقلاب الثاني في مالي عام 2021`, `منذ
/// انقلابين في أغسطس/آب 2020 ومايو/أيار 2021`).
const ANCHORED_DATE_GAP: usize = 8;

/// Tokens between a trigger of an `adjacent` row and the date it dates (`الموقع في الجزائر عام
/// 2015`).
const ADJACENT_DATE_GAP: usize = 3;
/// What a date that is an act noun's complement (`l'attaque de lundi`, `هجوم يوم الأحد`) adds to
/// the noun's score, or takes from a definite object's (`تبنت الجماعة الهجوم يوم الاثنين`): two
/// steps of priority.
const COMPLEMENT_WEIGHT: i64 = 2 * PRIORITY_WEIGHT;
/// Tokens at most between a verb and a date that follows its subject (`أرجأت السلطات الانتقالية
/// يوم الثلاثاء`).
const VERB_SUBJECT_GAP: usize = 3;

/// Words of where something was said, after a verb of speech and its date (`sur Telegram`,
/// `في رسالة على تلغرام`), before what it says.
const CHANNEL_WORDS: usize = 4;
/// Tokens at most between a date that opens its sentence (set off by a comma) and the act of an
/// `adjacent` row it dates: the clause's subject (`Dimanche, le ministère français des Affaires
/// étrangères a confirmé`).
const FRONTED_SUBJECT_GAP: usize = 8;
/// Tokens at most between an event named in a phrase of "since" and its date (`منذ هجوم 12
/// مايو`: none; `depuis l'attaque du 12 mai`: `du`).
const NAMED_DATE_GAP: usize = 1;
