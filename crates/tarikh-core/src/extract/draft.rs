//! Scanning one document: every temporal expression in its content paragraphs, with the
//! sentence around it, the event trigger it belongs to (if any) and the actors and places the
//! sentence names. A draft with a trigger becomes a mention once its date is resolved.

use crate::corpus::Document;
use crate::lexicon::temporal::TemporalWord;
use crate::lexicon::{EntityId, Lexicon, Role};
use crate::model::EventType;
use crate::temporal::{recognize_scan_reusing, DateRef, Resolved, TemporalScan, TimeExpr};
use crate::text::{sentence_spans, with_tokens, Span, Tokens};

pub use super::agents::NEAR_TOKENS;
use super::agents::{acting_countries, agents_of_act, armed_act, subject_acts, Agents};
use super::date_segments::DateSegments;
use super::list_item::ListItem;
use super::membership::MEMBERSHIP_KIND;
pub use super::trigger_choice::TriggerInfo;
use super::trigger_choice::{choose_trigger, tokens_between};

/// A temporal expression in context, before and after resolution.
#[derive(Debug, Clone)]
pub struct Draft {
    /// Paragraph index.
    pub paragraph: usize,
    /// The expression.
    pub expr: TimeExpr,
    /// The sentence holding it (characters of the paragraph).
    pub sentence: Span,
    /// The trigger, when the sentence has one near the expression.
    pub trigger: Option<TriggerInfo>,
    /// Entities in the sentence, nearest to the trigger first.
    pub entities: Vec<EntityId>,
    /// The entities within [`NEAR_TOKENS`] of the trigger (what the event is about, as
    /// opposed to everything the sentence names).
    pub near: Vec<EntityId>,
    /// Who did what the trigger says (its agent): the actors of the trigger's own clause within
    /// [`NEAR_TOKENS`] of it, not named as what was acted upon (`ضد`, `contre`), nearest first;
    /// empty for a clause without a typed trigger, or when no actor stands there.
    pub agents: Vec<EntityId>,
    /// Countries the sentence names without locating anything in them (`تدخلت فرنسا`): they
    /// act, so they are actors of the event, not its place.
    pub acting: Vec<EntityId>,
    /// Places the sentence names after a locative (`في النيجر`, `au Niger`): where, not who.
    pub located: Vec<EntityId>,
    /// Places the sentence names that are not where the event is: places it is only near (`على
    /// الحدود مع`, `40 ميلا من`), and the place an agreement is named after (`اتفاق الجزائر`).
    pub peripheral: Vec<EntityId>,
    /// Entities named after `مع`/`avec` (`اتفاقيات الدفاع مع فرنسا`): partners of what is done.
    pub partners: Vec<EntityId>,
    /// Entities of the sentence and, in a passage marked as earlier (`في وقت سابق`), of the
    /// previous paragraph; used to tie a weekday to a month named before.
    pub context_entities: Vec<EntityId>,
    /// The paragraph or the one before it marks an earlier time.
    pub past_passage: bool,
    /// The sentence points forward (`سوف`, `المقبل`).
    pub forward: bool,
    /// The expression follows a demonstrative (`ce jeudi 27 mai 2021`, `هذا`): the day the
    /// article speaks from.
    pub this_day: bool,
    /// The date is one the text points forward to (a deadline `حتى 30 يونيو`, a scheduled or
    /// postponed date): never a lower bound of the publication date.
    pub ahead: bool,
    /// A word that schedules comes right before the date (`prévu en juillet`): without a year,
    /// it is the nearer occurrence, before or after the article.
    pub scheduled: bool,
    /// The expression follows "since" (`منذ 2002`, `depuis 2002`): the start of a state that
    /// lasts, which is background when it lies years back.
    pub since: bool,
    /// The "since" compares (`للمرة الأولى منذ 2014`): the last time before, background.
    pub compared: bool,
    /// The resolved date.
    pub resolved: Option<Resolved>,
    /// Why the expression has no clause to date, when it has none.
    pub rejected: Option<Rejection>,
    /// The trigger names another event like one the article told (`هجوم مماثل`, `une autre
    /// attaque`): it does not retell that one.
    pub another_like: bool,
    /// A weekday in construct after an event noun (`هجوم السبت`, "Saturday's attack"): the day
    /// of an event the article may date elsewhere.
    pub back_reference: bool,
    /// The token that closes the phrase set off by a comma and a relative word the date sits in
    /// (`La junte, qui a pris le pouvoir le 26 juillet 2023, a dénoncé …`): its year is no year
    /// of the dates after it.
    pub aside_end: Option<usize>,
}

pub use super::rejection::Rejection;

impl Draft {
    /// True for the date of a photo's caption (it says nothing of the article's own time).
    pub fn is_caption(&self) -> bool {
        self.rejected == Some(Rejection::Caption)
    }

    /// True when this draft becomes a mention: it has a trigger and a day-or-coarser calendar
    /// meaning (the current week, `هذا الأسبوع`, only serves to infer publication dates; the last or
    /// next one is a date, and so is a part of this one, `en début de semaine`).
    pub fn is_mention(&self) -> bool {
        let this_week =
            matches!(self.expr.spec.date, DateRef::UnitOffset { unit: crate::lexicon::temporal::Unit::Week, n: 0 });
        self.trigger.is_some() && !(this_week && self.expr.spec.qualifier.is_none())
    }
}

/// A scanned document.
#[derive(Debug, Clone, Default)]
pub struct DocScan {
    /// Every expression, in document order.
    pub drafts: Vec<Draft>,
    /// Entities of the headline and lede: what the article is about.
    pub topic: Vec<EntityId>,
    /// The latest year the whole corpus writes with a day (set after every document is scanned).
    pub corpus_year: Option<i32>,
    /// The headline or the lede tells of time gone by since an event (`un an après`, `الذكرى`).
    pub tells_elapsed: bool,
}

/// How much of a date must be written beside its year for [`DocScan::written_years`] to count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum YearWith {
    /// Any year, even alone (`منذ عام 2012`).
    Anything,
    /// A year with its month (`مارس 2012`).
    Month,
    /// A year with its day (`15 أيار 2015`).
    Day,
}

impl DocScan {
    /// The years the document writes out, in document order, with at least `with` beside them.
    pub fn written_years(&self, with: YearWith) -> impl Iterator<Item = i32> + '_ {
        self.drafts.iter().filter(|d| d.rejected != Some(Rejection::Caption)).filter_map(move |d| {
            match d.expr.spec.date {
                DateRef::Calendar { year: Some(y), month, day, .. } => {
                    let enough = match with {
                        YearWith::Anything => true,
                        YearWith::Month => month.is_some(),
                        YearWith::Day => day.is_some(),
                    };
                    enough.then_some(y)
                }
                _ => None,
            }
        })
    }
}

fn token_range(toks: &Tokens, span: Span) -> (usize, usize) {
    // tokens are in order and do not overlap: both bounds by binary search
    let s = toks.toks.partition_point(|t| t.start < span.start);
    let e = toks.toks.partition_point(|t| t.end <= span.end);
    (s, e.max(s))
}

/// Tokens on each side of a time expression that its clause may reach: a sentence longer than
/// that (a run-on line of clauses) is read in a window around each date, so that the work per
/// date and the quote it keeps stay bounded whatever the length of the line.
pub const CLAUSE_WINDOW_TOKENS: usize = 80;

/// The sentence `[s, e)` (in tokens) and `sentence` (in characters) cut to the window of `expr`.
fn clause_window(toks: &Tokens, (s, e): (usize, usize), sentence: Span, expr: &TimeExpr) -> ((usize, usize), Span) {
    let ws = s.max(expr.tok_start.saturating_sub(CLAUSE_WINDOW_TOKENS));
    let we = e.min(expr.tok_end + CLAUSE_WINDOW_TOKENS).max(ws);
    if (ws, we) == (s, e) || we == ws {
        return ((s, e), sentence);
    }
    let from = if ws == s { sentence.start } else { toks.toks[ws].start };
    let to = if we == e { sentence.end } else { toks.toks[we - 1].end };
    ((ws, we), Span::new(from, to))
}

/// True when tokens `[s, e)` hold nothing but the date and punctuation.
fn stands_alone(toks: &Tokens, (s, e): (usize, usize), expr: &TimeExpr) -> bool {
    (s..e).all(|j| (expr.tok_start..expr.tok_end).contains(&j) || toks.is_any_punct(j))
}

/// Scans the content paragraphs of a document.
pub fn scan_document(doc: &Document, lex: &Lexicon) -> DocScan {
    let mut scan = DocScan::default();
    let content: Vec<usize> = doc.paragraphs.iter().filter(|p| p.is_content()).map(|p| p.index).collect();
    // a close repeat is read too, for the dates it adds to what it repeats (a lead repeated
    // lower down with `يوم الثلاثاء` added): its other dates are the original's
    let scanned: Vec<usize> = doc
        .paragraphs
        .iter()
        .filter(|p| p.is_content() || (p.near_duplicate && !p.boilerplate && !p.dateline))
        .map(|p| p.index)
        .collect();
    // topic: headline and the first two content paragraphs (collected as they are scanned)
    if content.first().is_none_or(|&i| doc.paragraphs[i].text.trim() != doc.title.trim()) {
        scan.topic.extend(with_tokens(&doc.title, |tt| lex.gazetteer.about(tt, 0)));
    }

    let chronology = super::inline_dateline::is_chronology(doc, &scanned, lex);
    let mut prev: Option<(Tokens, bool)> = None; // previous content paragraph's tokens and past cue
    let mut spare = Tokens::take_buffer(); // buffers reused from paragraph to paragraph
    let mut spare_scan = TemporalScan::default();
    for &pi in &scanned {
        let text = &doc.paragraphs[pi].text;
        let repeats = doc.paragraphs[pi].duplicate_of.map(|k| doc.paragraphs[k as usize].text.as_str());
        let mut cursor = crate::text::char_cursor::CharCursor::new(text);
        let mut toks = std::mem::take(&mut spare);
        crate::text::tokenize_into(text, &mut toks);
        if content.iter().take(2).any(|&c| c == pi) {
            // (not the town a wire story was filed from: `Ouagadougou, 12 juin 2025 (AFP) -`)
            scan.topic.extend(lex.gazetteer.about(&toks, crate::corpus::wire_dateline::wire_dateline_end(&toks)));
        }
        let tscan = recognize_scan_reusing(&toks, lex, std::mem::take(&mut spare_scan));
        let past_here = tscan.has(0, toks.len(), |w| *w == TemporalWord::PastCue);
        // said in the headline or the lede: what the article is about is an anniversary
        scan.tells_elapsed |=
            content.iter().take(2).any(|&c| c == pi) && tscan.has(0, toks.len(), |w| *w == TemporalWord::Elapsed);
        // a site notice (cookies, personal data) holds no event, whatever dates it cites
        if !tscan.exprs.is_empty() && !lex.boilerplate.is_notice(text, &toks) {
            let mut prev_entities: Option<Vec<EntityId>> = None;
            let mut dateline_shaped: Option<bool> = None;
            let sentences = sentence_spans(text);
            // the triggers and names of a sentence, found once for all the dates it holds
            let mut sentence_cache: Option<SentenceHits<'_>> = None;
            for (xi, expr) in tscan.exprs.iter().cloned().enumerate() {
                if repeats.is_some_and(|orig| orig.contains(cursor.slice(expr.start, expr.end))) {
                    continue; // the repeated paragraph's own date, read there
                }
                let k = sentences.partition_point(|s| s.end <= expr.start);
                let sentence = sentences
                    .get(k)
                    .copied()
                    .filter(|s| s.contains(expr.start))
                    .unwrap_or_else(|| Span::new(0, text.chars().count()));
                // `17 septembre 2024. Attaque jihadiste contre l'école …`: a date standing alone
                // as its line's first sentence dates the sentence after it
                let sentence = match sentences.get(k + 1) {
                    Some(next) if k == 0 && stands_alone(&toks, token_range(&toks, sentence), &expr) => {
                        Span::new(sentence.start, next.end)
                    }
                    _ => sentence,
                };
                let ((s, e), sentence) = clause_window(&toks, token_range(&toks, sentence), sentence, &expr);
                // `le 23 mai, soit une semaine plus tôt`: one date said twice (only the dates right
                // beside it are looked at: a megabyte line holds tens of thousands of dates)
                let restates = super::gloss::is_restatement(&toks, &tscan.exprs, xi, lex);
                // a stamp or a wire dateline is never an event's date, whatever words surround it
                let not_a_date_of_an_event = if restates {
                    Some(Rejection::Gloss)
                } else {
                    super::rejection::not_an_event_date(&toks, s, e, &expr, lex, chronology)
                };
                if sentence_cache.as_ref().is_none_or(|c| c.0 != (s, e)) {
                    let mut names = lex.gazetteer.find(&toks, s, e);
                    // a wire's dateline town (`Bamako (AFP) -`) is where the story was filed
                    // from: no place of what the sentence tells elsewhere
                    let filed_from = crate::corpus::wire_dateline::wire_dateline_end(&toks);
                    // (another place: not the town's own region or country, `نيامي - أعلن
                    // عسكريون في النيجر` is still told in Niamey)
                    let g = &lex.gazetteer;
                    let place = |h: &crate::lexicon::gazetteer::EntityHit| g.get(h.id).kind.is_place();
                    let town = |h: &crate::lexicon::gazetteer::EntityHit| h.start < filed_from && place(h);
                    let elsewhere = |h: &crate::lexicon::gazetteer::EntityHit| {
                        h.start >= filed_from && place(h) && !names.iter().any(|t| town(t) && g.related(t.id, h.id))
                    };
                    if s < filed_from && names.iter().any(elsewhere) {
                        names.retain(|h| h.start >= filed_from || !place(h));
                    }
                    // (a denied verb is no act: `L'attaque n'a pas été revendiquée`)
                    let mut hits = lex.triggers.find(&toks, s, e);
                    hits.retain(|h| {
                        let claim = h.def.event_type == Some(crate::model::EventType::Claim);
                        h.def.event_type.is_none() || !super::negation::is_denied(&toks, s, h.start, claim, lex)
                    });
                    super::metonymy::capitals_that_act(&toks, s, &mut names, &hits, lex);
                    sentence_cache = Some(((s, e), hits, names));
                }
                let (_, trigger_hits, names) = sentence_cache.as_ref().expect("set above");
                let not_a_date_of_an_event = not_a_date_of_an_event
                    .or_else(|| super::rejection::not_the_act_s_date(&toks, &expr, trigger_hits, lex));
                let mut hits = names.clone();
                let (trigger, trig_toks, rejected) = match (
                    not_a_date_of_an_event,
                    choose_trigger(&toks, trigger_hits, &expr, &hits, &tscan.exprs, lex),
                ) {
                    (Some(r), _) => (None, (expr.tok_start, expr.tok_end), Some(r)),
                    (None, Some((t, a, b))) => (Some(t), (a, b), None),
                    (None, None) => match clause_trigger(&toks, (s, e), &expr, (trigger_hits, lex)) {
                        // a line shaped like a dateline (`الجمعة 19 ابريل 2024 أبوظبي الإمارات`, a
                        // site's header) has no words of its own but the place it is written from
                        Ok(_)
                            if *dateline_shaped.get_or_insert_with(|| {
                                crate::corpus::dateline::looks_like_dateline(&doc.paragraphs[pi], lex)
                            }) =>
                        {
                            (None, (expr.tok_start, expr.tok_end), Some(Rejection::NoClause))
                        }
                        Ok(t) => (Some(t), (expr.tok_start, expr.tok_end), None),
                        Err(r) => (None, (expr.tok_start, expr.tok_end), Some(r)),
                    },
                };
                // (a town or region named beside another date of the sentence is that date's)
                DateSegments::new(&toks, (s, e), &tscan.exprs, xi, trig_toks, trigger_hits).drop_places(&mut hits, lex);
                let gap = |h: &crate::lexicon::gazetteer::EntityHit| tokens_between((h.start, h.end), trig_toks);
                // the place of each date in a list of dates after one act
                let item = ListItem::new(&toks, &tscan.exprs, xi, trig_toks.1);
                // peripheral places (`على الحدود مع الجزائر`) rank last and are never near; a place left first
                let left =
                    |h: &_| super::agents::left_place(trigger.as_ref().map(|t| t.event_type), trig_toks.1, h, lex);
                hits.sort_by_key(|h| (h.peripheral, !item.owns(h, lex), !left(h), gap(h)));
                item.keep_own_places(&mut hits, lex);
                let mut entities: Vec<EntityId> = Vec::new();
                let mut near: Vec<EntityId> = Vec::new();
                // a coup happens in a country, it is not done by one: its countries are places
                // (`شهدت مالي انقلابات`, `Mali and Guinea seize power` was the title)
                let coup = trigger.as_ref().is_some_and(|t| t.event_type == EventType::Coup);
                // what a withdrawal leaves (`انسحبت من مالي`) is where it happens
                let leaving = trigger
                    .as_ref()
                    .is_some_and(|t| matches!(t.event_type, EventType::Withdrawal) || t.kind.starts_with("withdrawal"));
                let deploying =
                    trigger.as_ref().is_some_and(|t| subject_acts(t.event_type, &t.kind)).then_some(trig_toks.0);
                let acting = if coup { Vec::new() } else { acting_countries(&toks, &hits, leaving, deploying, lex) };
                // a place right after an agreement's word names the agreement (`اتفاق الجزائر`,
                // `l'accord d'Alger`): neither a party to what is done with it nor where
                let accord =
                    trigger.as_ref().is_some_and(|t| t.event_type == EventType::Agreement || t.kind == "termination");
                let mut named_by_accord: Vec<EntityId> = Vec::new();
                if accord {
                    // the accord's word is the chosen trigger or another word of agreement
                    // (`l'accord de paix d'Alger est signé`: the trigger is `signé`)
                    let accord_ends: Vec<usize> = std::iter::once(trig_toks.1)
                        .chain(
                            trigger_hits
                                .iter()
                                .filter(|d| d.def.event_type == Some(EventType::Agreement))
                                .map(|d| d.end),
                        )
                        .collect();
                    let named_after = |end: usize, start: usize| {
                        start == end
                            || (lex.grammar.is(Role::FromFr, toks.forms(end))
                                && (start == end + 1 || (start == end + 2 && toks.is_punct(end + 1, '\''))))
                    };
                    hits.retain(|h| {
                        let names_it = lex.gazetteer.get(h.id).kind.is_place()
                            && accord_ends.iter().any(|&end| {
                                // right after it, or after its qualifier (`l'accord de paix d'Alger`)
                                named_after(end, h.start)
                                    || lex.grammar.is(Role::FromFr, toks.forms(end))
                                        && h.start <= end + ACCORD_NAME_REACH
                                        && (end + 1..h.start).any(|f| named_after(f, h.start))
                            });
                        if names_it {
                            named_by_accord.push(h.id);
                        }
                        !names_it
                    });
                }
                let mut peripheral: Vec<EntityId> = hits
                    .iter()
                    .filter(|h| h.aside(&lex.gazetteer))
                    .map(|h| h.id)
                    .filter(|id| !hits.iter().any(|o| o.id == *id && !o.aside(&lex.gazetteer)))
                    .collect();
                // nor is the place an agreement is named after where it happens, even when the
                // lede names no other
                peripheral.extend(named_by_accord.into_iter().filter(|id| !hits.iter().any(|o| o.id == *id)));
                for h in &hits {
                    if !entities.contains(&h.id) {
                        entities.push(h.id);
                    }
                    if (gap(h) <= NEAR_TOKENS || item.owns(h, lex))
                        && !h.aside(&lex.gazetteer)
                        && !acting.contains(&h.id)
                        && !near.contains(&h.id)
                    {
                        near.push(h.id);
                    }
                }
                let agents = match &trigger {
                    Some(t) if t.priority > 0 => {
                        let armed = armed_act(t.event_type, &t.kind);
                        let passive = super::agents::is_passive(&toks, trig_toks, lex);
                        let who = Agents::of(&t.kind, armed, passive);
                        // an actor named "with" another is a party of a joint act only (not of a
                        // town taken after fighting with it: `سيطرت على كيدال بعد معارك مع المتمردين`)
                        let joint = matches!(t.event_type, EventType::Agreement | EventType::Clash)
                            && t.kind != "takeover"
                            || t.kind == "meeting";
                        // an organisation is what is left (`غادرت مالي … المجموعة (إيكواس)`), or
                        // speaks of it (`قمة إيكواس … بعد أن أعلنت الدول الثلاث انسحابها`): never who leaves
                        let organisation_left = |h: &crate::lexicon::gazetteer::EntityHit| {
                            t.kind == MEMBERSHIP_KIND
                                && lex.gazetteer.get(h.id).kind == crate::lexicon::EntityKind::Organisation
                        };
                        // what a withdrawal leaves is named after `من`/`de` (not forces: `le départ
                        // des soldats`), or in the trigger itself (`quitté la Cédéao`): not the one leaving
                        let left = |h: &crate::lexicon::gazetteer::EntityHit| {
                            let force = lex.gazetteer.get(h.id).kind == crate::lexicon::EntityKind::Force;
                            leaving && (h.origin && !force || (trig_toks.0 <= h.start && h.end <= trig_toks.1))
                                || organisation_left(h)
                        };
                        // the person named after a coup's word is the one overthrown (`renversé
                        // IBK`, `أطاح بالرئيس كيتا`), not the one who seized power; before a
                        // passive one (`IBK a été renversé`), too; an organisation named beside a
                        // coup (`ودانت إيكواس الانقلاب`) condemns it and never stages it
                        let overthrown = |h: &crate::lexicon::gazetteer::EntityHit| {
                            let kind = lex.gazetteer.get(h.id).kind;
                            coup && (kind == crate::lexicon::EntityKind::Organisation
                                || (h.start >= trig_toks.1 || passive) && kind == crate::lexicon::EntityKind::Person)
                        };
                        // the dead of the sentence (`لقي جنديان من قوات حفظ السلام مصرعهما إثر
                        // انفجار عبوة`) are the victims of its armed act, not its agents
                        let dead = |h: &crate::lexicon::gazetteer::EntityHit| {
                            armed
                                && !h.agent
                                && trigger_hits.iter().any(|d| {
                                    d.def.kind == super::agents::DEATHS_KIND
                                        && h.end + NEAR_TOKENS >= d.start
                                        && h.start <= d.end + NEAR_TOKENS
                                })
                        };
                        // in French, who is named right after an active verb of killing (`une
                        // frappe de drone avait tué plusieurs dizaines de jihadistes`) or of an
                        // operation against armed men (`l'armée a annoncé avoir neutralisé dix
                        // terroristes`; not the forces of `l'opération de la force Barkhane`) is killed
                        let killed = |h: &crate::lexicon::gazetteer::EntityHit| {
                            let group = lex.gazetteer.get(h.id).kind == crate::lexicon::EntityKind::Group;
                            armed
                                && !h.agent
                                && toks.toks[h.start].latin
                                && trigger_hits.iter().any(|d| {
                                    (d.def.kind == super::agents::KILLING_KIND
                                        || group && d.def.kind == super::agents::OPERATION_KIND)
                                        && d.end <= h.start
                                        && h.start - d.end <= KILLED_GAP
                                })
                        };
                        let hits: Vec<crate::lexicon::gazetteer::EntityHit> = hits
                            .iter()
                            .filter(|h| !(overthrown(h) || left(h) || !joint && h.with || dead(h) || killed(h)))
                            .cloned()
                            .collect();
                        // (words of speech tell no other act: `a annoncé que le président avait démissionné`)
                        let speech =
                            |k: &str| [super::agents::STATEMENT_KIND, super::agents::ANNOUNCEMENT_KIND].contains(&k);
                        let tellings = trigger_hits.iter().filter(|h| {
                            h.def.event_type == Some(t.event_type) && (!speech(&h.def.kind) || h.def.kind == t.kind)
                        });
                        let tellings = tellings.map(|h| (h.start, h.end)).filter(|&h| h != trig_toks);
                        let agents = agents_of_act(&toks, &hits, trig_toks, tellings, (&acting, who), lex);
                        super::agents::of_participle(agents, &hits, trigger_hits, trig_toks, t.event_type)
                    }
                    _ => Vec::new(),
                };
                let this_day = tscan.ends_at(expr.tok_start, |w| *w == TemporalWord::RelThis)
                    || tscan.has(expr.tok_start, expr.tok_end, |w| *w == TemporalWord::RelThis);
                let sentence_of = super::ahead::Sentence { toks: &toks, text, range: (s, e), tscan: &tscan, names };
                let super::ahead::Direction { forward, ahead, scheduled } =
                    super::ahead::direction(&sentence_of, &expr, lex);
                let past_prev = prev.as_ref().is_some_and(|p| p.1);
                let mut context_entities = entities.clone();
                if past_here || past_prev {
                    // the previous paragraph's entities, found once per paragraph
                    let found = prev_entities.get_or_insert_with(|| {
                        prev.as_ref()
                            .map(|(pt, _)| {
                                let mut ids: Vec<EntityId> =
                                    lex.gazetteer.find(pt, 0, pt.len()).iter().map(|h| h.id).collect();
                                ids.sort_unstable();
                                ids.dedup(); // at most the gazetteer, whatever the paragraph's length
                                ids
                            })
                            .unwrap_or_default()
                    });
                    context_entities.extend(found.iter().copied());
                }
                let since = tscan.ends_at(expr.tok_start, |w| *w == TemporalWord::Since)
                    || tscan.has(expr.tok_start, expr.tok_end, |w| *w == TemporalWord::Since);
                let compared = since && super::background::compares_since(&toks, expr.tok_start, lex);
                let back_reference = matches!(expr.spec.date, DateRef::Weekday { .. })
                    && expr.tok_start > 0
                    && super::construct::is_construct_event_noun(&toks, expr.tok_start - 1, lex);
                // (the trigger itself, or an event word between it and the date: `أعلنت مسؤوليتها
                // عن هجوم مماثل … الأسبوع المنصرم`)
                let another_like = trigger.is_some() && {
                    let another = |j: usize| j < e && toks.is_word(j) && lex.grammar.is(Role::Another, toks.forms(j));
                    let (from, to) = (trig_toks.0.min(expr.tok_start), trig_toks.1.max(expr.tok_end));
                    trigger_hits.iter().filter(|h| h.def.event_type.is_some() && from <= h.start && h.end <= to).any(
                        |h| another(h.end) || (h.start > s && toks.toks[h.start - 1].latin && another(h.start - 1)),
                    )
                };
                let aside_end = super::aside::aside_end(&toks, &expr, lex);
                scan.drafts.push(Draft {
                    aside_end,
                    another_like,
                    back_reference,
                    paragraph: pi,
                    expr,
                    sentence,
                    trigger,
                    entities,
                    near,
                    agents,
                    acting,
                    located: hits.iter().filter(|h| h.locative).map(|h| h.id).collect(),
                    peripheral,
                    partners: hits.iter().filter(|h| h.with && !h.peripheral).map(|h| h.id).collect(),
                    context_entities,
                    past_passage: past_here || past_prev,
                    forward,
                    this_day,
                    ahead,
                    scheduled,
                    since,
                    compared,
                    resolved: None,
                    rejected,
                });
            }
        }
        spare_scan = tscan;
        if let Some((old, _)) = prev.replace((toks, past_here)) {
            spare = old;
        }
    }
    spare.give_back();
    if let Some((toks, _)) = prev {
        toks.give_back();
    }
    scan.topic.sort_unstable();
    scan.topic.dedup();
    // every document's scan is kept until merging: no growth slack
    scan.drafts.shrink_to_fit();
    scan
}

/// A sentence's token range with the triggers and the names found in it.
type SentenceHits<'l> =
    ((usize, usize), Vec<crate::lexicon::triggers::TriggerHit<'l>>, Vec<crate::lexicon::gazetteer::EntityHit>);

/// The kind of a mention drawn from a plain clause (no typed trigger).
pub const UNTYPED_KIND: &str = "event";

/// Kinds of trigger that type a clause but say little of which event it is (an announcement, a
/// decision): such a mention joins the typed event it describes, like a plain clause.
pub const WEAK_KINDS: [&str; 2] = ["announcement", "decision"];

/// True when a mention of this type and kind says nothing (or little) of which event it is:
/// a plain clause, or a weak trigger ([`WEAK_KINDS`]).
pub fn says_little(t: EventType, kind: &str) -> bool {
    (t == EventType::Other && kind == UNTYPED_KIND) || WEAK_KINDS.contains(&kind)
}

/// How far after an accord's word (`accord de paix et de réconciliation d'Alger`) the place
/// it is named after may come, in tokens.
const ACCORD_NAME_REACH: usize = 8;
/// Tokens between a French verb of killing and the ones it names as killed (`a tué plusieurs
/// dizaines de jihadistes`).
const KILLED_GAP: usize = 4;

/// Word tokens a sentence must hold beyond its time expression to report something: a bare
/// date with a label (`جولة ثانية | 28 نوفمبر`) is not a clause.
const MIN_CLAUSE_WORDS: usize = 2;
/// A dated clause without a typed trigger still reports something: it becomes a mention of
/// type `other` (kind `event`), unless the date is a publication stamp, an inline dateline or
/// a label without a clause around it. The trigger lexicon decides a mention's type, not
/// whether it exists.
fn clause_trigger(
    toks: &Tokens,
    (s, e): (usize, usize),
    expr: &TimeExpr,
    (hits, lex): (&[crate::lexicon::triggers::TriggerHit], &Lexicon),
) -> Result<TriggerInfo, Rejection> {
    if super::rejection::reports_an_act_dated_otherwise(toks, s, expr, hits, lex) {
        return Err(Rejection::Reported);
    }
    // a `|` separates labelled cells (`الجولة الثانية | 28 نوفمبر`): count words in the date's cell
    let s = (s..expr.tok_start).rev().find(|&j| toks.is_punct(j, '|')).map_or(s, |j| j + 1);
    let e = (expr.tok_end..e).find(|&j| toks.is_punct(j, '|')).unwrap_or(e);
    let words = (s..e).filter(|&j| (j < expr.tok_start || j >= expr.tok_end) && toks.is_word(j)).count();
    if words < MIN_CLAUSE_WORDS {
        return Err(Rejection::NoClause);
    }
    let span = Span::new(toks.toks[expr.tok_start].start, toks.toks[expr.tok_end - 1].end);
    Ok(TriggerInfo {
        event_type: EventType::Other,
        kind: UNTYPED_KIND.into(),
        after: false,
        priority: 0,
        span,
        reported: false,
    })
}
