//! Who did it: the agents of an event among the actors its sentence names (the clause's
//! subject, or the group said to claim it; never a group named elsewhere), and the countries
//! that act rather than locate.

use crate::lexicon::{EntityId, EntityKind, Lexicon};
use crate::model::EventType;
use crate::text::Tokens;

/// Entities this close (in tokens) to the trigger are what the event is about.
pub const NEAR_TOKENS: usize = 8;

/// Countries of a sentence that act rather than locate (`تدخلت فرنسا في مالي`: France acts,
/// Mali is the place): a country never named as a location (after `في`, `شمال`, a glued ب)
/// while its clause locates the event in a place outside it, or while the sentence names
/// several such countries and no location (`أعلنت مالي والنيجر وبوركينا فاسو انسحابها`). For a
/// withdrawal (`leaving`), a country it leaves (`انسحبت من مالي ومن النيجر`) never acts; one named
/// "with" (`avec la France`, `مع فرنسا`) always does, as a party or the counterpart. The
/// subject of a deployment (`la France lance l'opération Serval`), or of a state's leaving an
/// organisation (`Le Mali a quitté le G5 Sahel`; `deploying`: the trigger's first token), acts,
/// though no place is named.
/// True for acts whose subject acts though no place is named: a deployment, a state's leaving
/// or joining an organisation, an act done again (`وحذت النيجر حذوها`).
pub(super) fn subject_acts(t: EventType, kind: &str) -> bool {
    t == EventType::Deployment || kind == super::membership::MEMBERSHIP_KIND || kind == SAME_ACT_KIND
}

pub(super) fn acting_countries(
    toks: &Tokens,
    hits: &[crate::lexicon::gazetteer::EntityHit],
    leaving: bool,
    deploying: Option<usize>,
    lex: &Lexicon,
) -> Vec<EntityId> {
    let g = &lex.gazetteer;
    let is_country = |id: EntityId| g.get(id).kind == crate::lexicon::EntityKind::Country;
    let located: Vec<&crate::lexicon::gazetteer::EntityHit> =
        hits.iter().filter(|h| h.locative && g.get(h.id).kind.is_place()).collect();
    let located_ids: Vec<EntityId> = located.iter().map(|h| h.id).collect();
    let unlocated: Vec<&crate::lexicon::gazetteer::EntityHit> = hits
        .iter()
        .filter(|h| is_country(h.id) && !h.peripheral && (!leaving || !h.origin) && !located_ids.contains(&h.id))
        .collect();
    let mut distinct: Vec<EntityId> = unlocated.iter().map(|h| h.id).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let same_clause = |a: &crate::lexicon::gazetteer::EntityHit, b: &crate::lexicon::gazetteer::EntityHit| {
        let (from, to) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
        lex.triggers.clause_breaks(toks, from, to) == 0
    };
    let mut acting: Vec<EntityId> = unlocated
        .iter()
        .filter(|c| {
            // (a country named "with" is a party or the counterpart, never where: `a rompu
            // l'accord de défense avec la France`)
            if c.with {
                return true;
            }
            if located.is_empty() {
                distinct.len() >= 2 || deploying.is_some_and(|t| c.end <= t && t - c.end <= DEPLOYER_GAP)
                    // (a country whose forces the sentence names withdraws them: `la France annonce
                    // le retrait de la force Barkhane` is not in France)
                    || leaving && hits.iter().any(|f| g.get(f.id).kind == EntityKind::Force && g.within(f.id, c.id))
            } else {
                located.iter().any(|l| !g.within(l.id, c.id) && same_clause(l, c))
            }
        })
        .map(|c| c.id)
        .collect();
    acting.dedup();
    acting
}

/// Tokens between a country and the deployment it is the subject of (`la France lance
/// l'opération`, `فرنسا تطلق عملية`, `la France a déclenché l'opération`).
const DEPLOYER_GAP: usize = 5;

/// How far (in tokens) from its trigger an actor introduced as the agent (`par le GSIM`, `على
/// يد`) still is the agent.
const AGENT_MARKED_TOKENS: usize = 16;

/// Words before a trigger within which a word of [`crate::lexicon::Role::OwnAct`] makes the
/// report the speaker's own act.
const OWN_ACT_REACH: usize = 2;

/// The kind of a statement (`a condamné`, `أدانت`, `رحبت`).
pub(super) const STATEMENT_KIND: &str = "statement";
/// The kind of the trigger rows that say an act was done again (`same_act`: [`super::same_act`]).
pub(super) const SAME_ACT_KIND: &str = "same_act";
/// The kind of an announcement (`أعلنت`, `a annoncé`) that says no more of what was done.
pub(super) const ANNOUNCEMENT_KIND: &str = "announcement";
/// Words after a statement's verb within which its speaker is named (`أدانت الجزائر`, `رحبت
/// الحكومة الألمانية`).
const SPEAKER_AFTER_VERB: usize = 3;

/// The kind of a military operation by state forces (`تحييد`, `neutraliser`, `ratissage`).
pub(super) const OPERATION_KIND: &str = "operation";

/// The kind of a report of deaths (`مقتل`, `لقي مصرعه`, `ont péri`): the dead are not its agent.
pub(super) const DEATHS_KIND: &str = "deaths";
/// The kind of an ambush told from its victims (`وقعت قوة للجيش في كمين`, `une patrouille est
/// tombée dans une embuscade`): those who fell into it are not its agents.
const AMBUSHED_KIND: &str = "ambushed";
/// The kind of an explosion or a mine (`انفجار لغم`, `un véhicule des FAMa a sauté sur une mine`):
/// whose vehicle or men it hit are not its agents.
const BLAST_KIND: &str = "blast";
/// The kind of a protest: the thing it demands (`le départ des troupes françaises`) is not its
/// agent.
const PROTEST_KIND: &str = "protest";

/// Kinds of event nobody does: a crash, a collapse, a flood (the man who died in a plane crash
/// is not its agent); a camp handed over, told from who receives it (the army that takes
/// possession of a camp does not withdraw).
const UNDONE_KINDS: [&str; 3] = ["accident", "disaster", "handover"];

/// Who may be the agent of an act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Agents {
    /// Nobody.
    None,
    /// Only an actor a word introduces as the agent (`par le GSIM`, `على يد`, `شنته`).
    Marked,
    /// Any actor: a group, a force, a government, a person, an organisation, a country that acts.
    Any,
    /// Only armed men: a group or a force.
    Armed,
    /// Only state forces.
    Forces,
    /// Who dismisses, arrests or suspends another: an actor before the verb, or in Arabic right
    /// after it, its subject (`أقال غويتا رئيس الوزراء`); not the one dismissed, arrested or
    /// suspended after it.
    Dismisser,
    /// Who speaks (a condemnation, a welcome): any actor before the verb or as its subject right
    /// after it (`رحبت الحكومة الألمانية`), not those of the act it speaks of (`بإطلاق سراح مواطنها
    /// الذي احتجزته جماعة نصرة الإسلام`).
    Speaker,
}

impl Agents {
    /// Who may be the agent of a trigger of `kind` (`armed`: an armed act; `passive`: its verb
    /// is passive, `ont été tués`).
    pub(super) fn of(kind: &str, armed: bool, passive: bool) -> Agents {
        if UNDONE_KINDS.contains(&kind) {
            Agents::None
        } else if armed && (kind == DEATHS_KIND || kind == AMBUSHED_KIND || kind == BLAST_KIND || passive)
            || kind == PROTEST_KIND
            || kind == TRIAL_KIND
        {
            // the dead, or those a passive verb names first (`deux casques bleus ont été
            // tués`), are victims; protesters are rarely named, and the named beside a trial are
            // tried: only an agent a word introduces (`par le GSIM`, `على يد`) did it
            Agents::Marked
        } else if passive && !armed {
            // (who a passive verb names first undergoes it: `le Premier ministre a été limogé`,
            // `a été nommé`; only an agent introduced by `par` did it)
            Agents::Marked
        } else if [DISMISSAL_KIND, ARREST_KIND, DISSOLUTION_KIND, APPOINTMENT_KIND, RELEASE_KIND].contains(&kind) {
            // (who is arrested, seized or freed, or what is suspended, is named after the verb:
            // `l'armée a arrêté trois jihadistes`, `علقت السلطات بث إذاعة صوت أمريكا`)
            Agents::Dismisser
        } else if kind == STATEMENT_KIND || kind == ANNOUNCEMENT_KIND {
            // (who announces is the one who speaks: `أعلنت النيجر ومالي تشكيل قوة`)
            Agents::Speaker
        } else if kind == OPERATION_KIND {
            // a military operation (`neutralisé une vingtaine de terroristes`) is done by state
            // forces: the armed men named beside it are its targets
            Agents::Forces
        } else if armed {
            Agents::Armed
        } else {
            Agents::Any
        }
    }
}

/// True for a place named as what a withdrawal leaves (`le départ des troupes du Mali`, `من
/// مالي`), within [`NEAR_TOKENS`] after its trigger ending at token `trigger_end`: where it
/// happens (not `qui sépare le Mali du Niger`, further on).
pub(super) fn left_place(
    trigger: Option<EventType>,
    trigger_end: usize,
    h: &crate::lexicon::gazetteer::EntityHit,
    lex: &Lexicon,
) -> bool {
    h.origin
        && h.start >= trigger_end
        && h.start - trigger_end <= NEAR_TOKENS
        && trigger == Some(EventType::Withdrawal)
        && lex.gazetteer.get(h.id).kind.is_place()
}

/// True when a passive verb names first the one who undergoes the act of the trigger at tokens
/// `trig`: a passive word within two words before it (`a été renversé`, `ont été tués`), or
/// opening it (the trigger `été arrêté`), or a word of undergoing before it ([`undergoes`]).
pub(super) fn is_passive(toks: &Tokens, trig: (usize, usize), lex: &Lexicon) -> bool {
    (trig.0.saturating_sub(2)..=trig.0)
        .filter(|&j| j < trig.0 || trig.1 > j + 1)
        .any(|j| lex.grammar.is(crate::lexicon::Role::Passive, toks.forms(j)))
        || undergoes(toks, trig, lex)
}

/// Tokens at most from a word of undergoing to the act it names (`تعرض الجيش المالي الاثنين
/// لهجومين`: its subject and a date between).
const UNDERGO_REACH: usize = 6;

/// True when a word of undergoing (`تعرض`, `subi`, `fait l'objet de`) comes within
/// [`UNDERGO_REACH`] tokens before the trigger, in its phrase: the one it names undergoes the act.
fn undergoes(toks: &Tokens, trig: (usize, usize), lex: &Lexicon) -> bool {
    (trig.0.saturating_sub(UNDERGO_REACH)..trig.0)
        .rev()
        .take_while(|&j| !toks.is_comma(j) && !toks.is_punct(j, '.'))
        .any(|j| toks.is_word(j) && lex.grammar.is(crate::lexicon::Role::Undergoes, toks.forms(j)))
}

/// True for an armed act (an attack, fighting, a killing, a kidnapping, a claim, a takeover, the
/// report of the deaths of one):
/// only an armed group or force can be its agent.
pub(super) fn armed_act(t: EventType, kind: &str) -> bool {
    matches!(t, EventType::Attack | EventType::Clash | EventType::Claim | EventType::Kidnapping)
        || kind == ARREST_KIND
        || kind == super::family::REPORTED_TOLL_KIND
}

/// The agents of the trigger at tokens `trig`: actors (groups, forces, governments, people,
/// organisations, or countries that act; only groups and forces for an armed act) of the
/// trigger's clause within [`NEAR_TOKENS`] of it
/// and not named as the target (`هجوم على الجيش`), nearest first. A group the sentence names
/// beyond the clause, or the paragraph names elsewhere, is not the agent.
fn agents_of(
    toks: &Tokens,
    hits: &[crate::lexicon::gazetteer::EntityHit],
    trig: (usize, usize),
    acting: &[EntityId],
    who: Agents,
    lex: &Lexicon,
) -> Vec<EntityId> {
    use crate::lexicon::EntityKind;
    let g = &lex.gazetteer;
    let between =
        |h: &crate::lexicon::gazetteer::EntityHit| if h.end <= trig.0 { (h.end, trig.0) } else { (trig.1, h.start) };
    // words between, not punctuation: an abbreviation in brackets and an apposition set off by
    // commas (`le JNIM (GSIM), lié à Al-Qaïda, a revendiqué`) do not push the agent away
    // (nor does a phrase set off between them, `La junte, arrivée au pouvoir en 2023, a dénoncé`)
    let gap = |h: &crate::lexicon::gazetteer::EntityHit| {
        let (a, b) = between(h);
        let set_off = if h.end <= trig.0 && a < b && toks.is_comma(a) {
            super::aside::aside_span(toks, a + 1, a + 2, lex).filter(|&(open, close)| open == a && close < b)
        } else {
            None
        };
        (a..b).filter(|&j| !toks.is_any_punct(j) && set_off.is_none_or(|(o, c)| j < o || j > c)).count()
    };
    // `قال المجلس العسكري … إنه أنهى`: the one who speaks did the act it reports
    // (its verb may stand between: `إنه أنهى "اتفاق`)
    let speaker_acts = (0..trig.0)
        .rev()
        .filter(|&j| toks.is_word(j))
        .take(OWN_ACT_REACH)
        .any(|j| lex.grammar.is(crate::lexicon::Role::OwnAct, toks.forms(j)));
    let mut agents: Vec<EntityId> = Vec::new();
    // the family of the trigger's own event
    let own_hit = lex.triggers.find(toks, trig.0, trig.1);
    let own = own_hit.first().and_then(|t| Some(super::family::family(t.def.event_type?, &t.def.kind)));
    // `أعلن تنظيم القاعدة مسؤوليته عن الهجوم`: who announces a claim is the claimant
    let claims = own_hit.first().is_some_and(|t| t.def.event_type == Some(EventType::Claim));
    let is_actor = |h: &crate::lexicon::gazetteer::EntityHit| {
        let kind = g.get(h.id).kind;
        match who {
            // an armed act is done by armed men; a person, a body or a country named beside it is
            // far more often its victim or its witness (`مقتل بريغوجين`, `attaque contre la Minusma`)
            Agents::Armed => matches!(kind, EntityKind::Group | EntityKind::Force),
            Agents::Forces => kind == EntityKind::Force,
            // (a country speaks for itself: `أدانت الجزائر`)
            Agents::Speaker => {
                (h.end <= trig.0 || gap(h) < SPEAKER_AFTER_VERB)
                    && (kind.is_actor() || kind == EntityKind::Country || acting.contains(&h.id))
            }
            // (or a name the trigger's words run into, `حل المجلس العسكري الأحزاب`, or that comes
            // right after a verb of one word; after a phrase, `نفسه رئيسا للمجلس العسكري`, comes
            // what he heads)
            Agents::Dismisser => {
                kind.is_actor()
                    && (h.end <= trig.0
                        || (trig.0 < h.start && (h.start < trig.1 || h.start == trig.1 && trig.1 - trig.0 == 1))
                            && !toks.toks[h.start].latin)
            }
            Agents::None => false,
            Agents::Marked => h.agent && !matches!(kind, EntityKind::Country),
            // (a country that announces acts: `أعلنت النيجر تشكيل قوة`)
            Agents::Any => kind.is_actor() || acting.contains(&h.id) || h.announces && kind == EntityKind::Country,
        }
    };
    // `روسيا التي أرسلت مدربين`, `la Russie, qui a envoyé des instructeurs`: the one a relative
    // clause whose verb is the act is about did it, whatever word led to it (`اتجه نحو روسيا`);
    // not one that suffered it (`الجيش الذي تعرض لكمين`: the verb is not the act)
    let relative_subject = hits.iter().find(|h| {
        let j = if toks.is_comma(h.end) { h.end + 1 } else { h.end };
        let verb_next =
            trig.0 == j + 1 || trig.0 == j + 2 && lex.grammar.is(crate::lexicon::Role::Auxiliary, toks.forms(j + 1));
        j < trig.0
            && verb_next
            && lex.grammar.is(crate::lexicon::Role::Relative, toks.forms(j))
            && (is_actor(h) || who == Agents::Any && g.get(h.id).kind == EntityKind::Country)
    });
    if let Some(h) = relative_subject {
        return vec![h.id];
    }
    // (a relative clause whose verb is the act is about the word right before its pronoun: an
    // actor before that did not do it, `… assaillants neutralisés, a ajouté le gouvernement, qui a
    // décrété un deuil national`)
    let relative_verb = (trig.0.saturating_sub(super::date_links::RELATIVE_VERB_GAP)..trig.0)
        .find(|&j| lex.grammar.is(crate::lexicon::Role::Relative, toks.forms(j)));
    let before_relative = |h: &crate::lexicon::gazetteer::EntityHit| relative_verb.is_some_and(|j| h.end < j);
    // (one named in a phrase set off before the act, `La junte, arrivée au pouvoir en renversant
    // le président Bazoum, a dénoncé l'accord`, is not who does it)
    let set_off_before = |h: &crate::lexicon::gazetteer::EntityHit| {
        super::aside::aside_span(toks, h.start, h.end, lex).is_some_and(|(_, close)| close < trig.0)
    };
    // (who says that others did a political act did not do it: `أعلن مستشار لغويتا أن
    // الرئيس ورئيس الوزراء قدما استقالتيهما`, `Goïta a annoncé que le président avait démissionné`;
    // `أنه`, `avoir` say it is the speaker's own act)
    let says_others_did = |h: &crate::lexicon::gazetteer::EntityHit| {
        matches!(who, Agents::Any | Agents::Dismisser)
            && own == Some(super::family::Family::Type(EventType::Political))
            && h.end <= trig.0
            && (h.end..trig.0).any(|j| {
                toks.is_word(j)
                    && lex.grammar.is(crate::lexicon::Role::Complementizer, toks.forms(j))
                    && !lex.grammar.is(crate::lexicon::Role::OwnAct, toks.forms(j))
            })
    };
    // (the dead of an armed act are its victims)
    let dead = |h: &crate::lexicon::gazetteer::EntityHit| {
        matches!(who, Agents::Armed | Agents::Forces)
            && (told_dead(toks, h, lex) || hits.iter().any(|d| conjoined(toks, d, h) && told_dead(toks, d, lex)))
    };
    // (an actor joined to a target is a target too: `à l'armée malienne et aux mercenaires de Wagner`)
    let joined_target =
        |h: &crate::lexicon::gazetteer::EntityHit| hits.iter().any(|t| t.target && conjoined(toks, t, h));
    for h in hits {
        let actor = is_actor(h);
        let (a, b) = between(h);
        // an abbreviation in brackets (`l'État islamique (EI) a revendiqué`) does not part them
        let stop = (a..b).any(|j| [';', '؛', '.', ':'].iter().any(|&c| toks.is_punct(j, c)));
        // (the one who speaks is the agent of a statement; who announces an act that is no
        // armed one does it: `أعلنت النيجر … تشكيل قوة`)
        // (and one named before words of announcing, `Bamako a annoncé dimanche le rappel de son
        // ambassadeur`, reaches the act it announces as a marked agent does)
        let announced = who == Agents::Any && h.announces && h.end <= trig.0;
        let own_report = h.source && (speaker_acts || claims && h.end <= trig.0 || who == Agents::Speaker || announced);
        let reach = if h.agent || own_report || announced { AGENT_MARKED_TOKENS } else { NEAR_TOKENS };
        // in French, an actor right after the word of an event of another family is that event's
        // (`rébellion touareg et coup d'État`: the Tuareg did not stage the coup); not in Arabic,
        // whose verb comes before its subject (`أقرت مجموعة فاغنر بتكبدها خسائر`)
        let others = h.start > 0
            && (h.start - 1 < trig.0 || h.start > trig.1)
            && !toks.text(h.start - 1).chars().any(crate::text::normalize::is_arabic_letter)
            // (not words of speech: a verb before its subject, `أعلنت جماعة نصرة الإسلام فرض حصار`)
            && !lex.triggers.opens_report(toks, h.start - 1)
            && lex.triggers.find(toks, h.start - 1, h.start).iter().any(|t| {
                ![STATEMENT_KIND, ANNOUNCEMENT_KIND].contains(&t.def.kind.as_str())
                    && t.def.event_type.is_some_and(|o| own.is_none_or(|f| super::family::family(o, &t.def.kind) != f))
            });
        // (a speaker's verb that names its target, `اتهمت`, has its subject right after it: `اتهمت
        // الحكومة المالية الجزائر`, the government accuses)
        let target = (h.target || h.recipient || joined_target(h)) && !(who == Agents::Speaker && h.start == trig.1);
        if actor
            && !others
            && !target
            && !dead(h)
            && !before_relative(h)
            && !set_off_before(h)
            && (!h.source || own_report)
            && !h.peripheral
            && gap(h) <= reach
            && !stop
            && lex.triggers.clause_breaks(toks, a, b) == 0
            // (nor across a clause coordinated with the act's: `هاجم الجيش كيدال في 21 مايو،
            // وقتل المتمردون عشرات الجنود`, the rebels did not attack)
            && !(a..b).any(|j| super::date_links::coordinated_clause_at(toks, j, lex))
            && !agents.contains(&h.id)
            && !says_others_did(h)
            // (after an act the speaker tells as its own, `l'armée a annoncé avoir neutralisé un
            // chef de l'État islamique`, `أعلن الجيش أنه قتل قياديا في تنظيم الدولة`, a name is
            // what the act was done to: the speaker, before it, did it; not one marked as the
            // agent of a passive, `dit avoir été enlevé par le GSIM`)
            && !(speaker_acts && h.start >= trig.1 && !h.agent)
        {
            agents.push(h.id);
        }
    }
    // (a party named "with" comes after the one it acts with: `الاتفاق مع بوركينا فاسو`, ECOWAS's;
    // after a French auxiliary, the subject before the verb comes before its object: `l'armée,
    // appuyée par des drones, a attaqué des rebelles`)
    let with: Vec<EntityId> = hits.iter().filter(|h| h.with).map(|h| h.id).collect();
    // (and an Arabic verb after `قد` with its subject before: `وكان لودريان قد وصف المجلس العسكري`)
    let aux_before = trig.0 > 0 && lex.grammar.is(crate::lexicon::Role::Auxiliary, toks.forms(trig.0 - 1));
    let subject_before = || hits.iter().any(|h| h.end < trig.0 && trig.0 - h.end <= 2 && is_actor(h));
    let active = aux_before && (toks.toks[trig.0].latin || subject_before());
    let object = |id: &EntityId| active && hits.iter().any(|h| h.id == *id && h.start >= trig.1 && !h.agent);
    // (an agent a word introduces is the agent, `غارة جوية نفذتها القوات الفرنسية`, alone: one named
    // before it did something else, `خلص تحقيق أجرته البعثة إلى أن غارة …`)
    let marked = |id: &EntityId| hits.iter().any(|h| h.id == *id && h.agent);
    if agents.iter().any(marked) {
        agents.retain(marked);
    }
    agents.sort_by_key(|id| (with.contains(id), object(id)));
    // (one acts with another in a joint act, a clash or an agreement; an attack or a kidnapping
    // has no party "with" it: who backs or escorts what it struck, `un convoi escorté par l'armée`,
    // did not do it)
    let one_sided = own_hit
        .first()
        .and_then(|t| t.def.event_type)
        .is_some_and(|t| matches!(t, EventType::Attack | EventType::Kidnapping));
    // (nor is what a French verb with its auxiliary acts on, `l'armée a attaqué lundi les
    // rebelles`: its object)
    if one_sided {
        agents.retain(|id| (!with.contains(id) || marked(id)) && !object(id));
    }
    // actors listed with an agent act with it, however far the list reaches (`le Burkina
    // Faso, le Niger et le Mali ont rappelé … leurs ambassadeurs`)
    loop {
        let joined: Vec<EntityId> = hits
            .iter()
            .filter(|h| {
                !agents.contains(&h.id) && is_actor(h) && !h.target && !h.recipient && !h.source && !h.peripheral
            })
            .filter(|h| {
                hits.iter().any(|a| agents.contains(&a.id) && crate::lexicon::gazetteer::listed_together(toks, a, h))
            })
            .map(|h| h.id)
            .collect();
        if joined.is_empty() {
            break;
        }
        agents.extend(joined);
        agents.dedup();
    }
    agents
}

/// The agents of the act at tokens `trig` ([`agents_of`]), or, when it names none, of another
/// telling of the act in the sentence (`هاجم مسلحون … ، وقال الجيش إن الهجوم …`). A French
/// telling's agent comes before it, or is marked as such (`par le JNIM`): an actor after it is
/// what it is done to (`des soldats réclamaient des moyens pour combattre les jihadistes`).
pub(super) fn agents_of_act(
    toks: &Tokens,
    hits: &[crate::lexicon::gazetteer::EntityHit],
    trig: (usize, usize),
    tellings: impl Iterator<Item = (usize, usize)>,
    (acting, who): (&[EntityId], Agents),
    lex: &Lexicon,
) -> Vec<EntityId> {
    let found = agents_of(toks, hits, trig, acting, who, lex);
    if !found.is_empty() {
        return found;
    }
    for other in tellings {
        // (not a telling across a clause coordinated with the act's: another act)
        let (a, b) = if other.0 < trig.0 { (other.1, trig.0) } else { (trig.1, other.0) };
        if (a..b).any(|j| super::date_links::coordinated_clause_at(toks, j, lex)) {
            continue;
        }
        // (copied only for a French telling, whose names after it are dropped)
        let found = if toks.toks[other.0].latin {
            let before: Vec<_> = hits.iter().filter(|h| h.end <= other.0 || h.agent).cloned().collect();
            agents_of(toks, &before, other, acting, who, lex)
        } else {
            agents_of(toks, hits, other, acting, who, lex)
        };
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

/// True for an actor told as the dead (`trente soldats maliens ont été tués`, `قتل 11 جنديا
/// ماليا`, `مقتل جنديين ماليين`): the victims of an armed act, never its agent. Not the subject
/// of an active verb of killing: with its article right after it (`قتل الجيش 30 مسلحا`), or
/// before it without a passive (`les soldats ont tué`).
fn told_dead(toks: &Tokens, h: &crate::lexicon::gazetteer::EntityHit, lex: &Lexicon) -> bool {
    let killing = |a: usize, b: usize| {
        lex.triggers
            .find(toks, a, b)
            .iter()
            .any(|t| t.start >= a && [DEATHS_KIND, KILLING_KIND].contains(&t.def.kind.as_str()))
            || b == a + 1 && lex.grammar.is(crate::lexicon::Role::Neutralizes, toks.forms(a))
    };
    let definite = |j: usize| lex.grammar.starts(crate::lexicon::Role::Article, toks.forms(j));
    // before a passive verb of death: `ont été tués` (passive words, then the verb)
    let mut j = h.end;
    let mut passive = false;
    while j < toks.len() && j < h.end + DEAD_GAP && lex.grammar.is(crate::lexicon::Role::VerbGroup, toks.forms(j)) {
        passive |= lex.grammar.is(crate::lexicon::Role::Passive, toks.forms(j));
        j += 1;
    }
    if passive && j < toks.len() && killing(j, j + 1) {
        return true;
    }
    // after a verb or noun of death in Arabic, with only a count between, without the article
    let from = h.start.saturating_sub(DEAD_GAP + 1);
    // (a definite noun after a count in construct with it is told dead too: `قتل عشرات الجنود`)
    let counted = |m: usize| m == h.start && m > 0 && lex.grammar.is(crate::lexicon::Role::Quantity, toks.forms(m - 1));
    (from..h.start).any(|k| {
        !toks.toks[k].latin
            && killing(k, k + 1)
            && (k + 1..=h.start).all(|m| toks.is_number(m) || toks.is_word(m) && (!definite(m) || counted(m)))
    })
}

/// True when `b` is joined to `a` before it by a conjunction, with at most a word or two of
/// its own (`à l'armée malienne et aux mercenaires de Wagner`, `الجنود الماليين وعناصر مجموعة
/// فاغنر`): it shares what `a` is to the act, its target or its dead.
fn conjoined(
    toks: &Tokens,
    a: &crate::lexicon::gazetteer::EntityHit,
    b: &crate::lexicon::gazetteer::EntityHit,
) -> bool {
    if a.end > b.start || b.start - a.end > CONJOINED_GAP {
        return false;
    }
    // (the conjunction glued to the name: `الجيش المالي وفاغنر`)
    if b.start == a.end {
        return !toks.toks[b.start].latin && toks.text(b.start).starts_with('و');
    }
    let first = toks.text(a.end);
    let and = first == "et"
        || first == "و"
        || (!toks.toks[a.end].latin && first.starts_with('و') && first.chars().count() > 2);
    and && (a.end..b.start).all(|j| toks.is_word(j))
}

/// Words at most between two actors joined by a conjunction (`et aux mercenaires de`).
const CONJOINED_GAP: usize = 4;

/// Words at most between the dead and the verb or noun of their death (`ont été`, `ثلاثون`).
const DEAD_GAP: usize = 3;

/// The kind of a killing (`قتل`, `tués`).
pub(super) const KILLING_KIND: &str = "killing";

/// The kind of a dismissal (`أقال`, `a limogé`).
const DISMISSAL_KIND: &str = "dismissal";
/// The kind of an appointment: who appoints comes before the verb, the one appointed and the
/// body he is to head after it (`أعلن تياني نفسه رئيسا للمجلس العسكري`, `عين غويتا … رئيسا للوزراء`).
const APPOINTMENT_KIND: &str = "appointment";
/// The kind of a body or a medium suspended or dissolved (a row of `triggers.tsv`).
const DISSOLUTION_KIND: &str = "dissolution";
/// The kind of a trial or a sentence: courts try, the gazetteer's actors named beside it are tried
/// (`حكمت محكمة على 46 جنديا إيفواريا بالسجن`); only one a word introduces acts.
const TRIAL_KIND: &str = "trial";
pub(super) use super::family::{ARREST_KIND, RELEASE_KIND};

/// The agents of an agreement told by a participle that dates only the date right after it
/// (`الاتفاق الموقع عام 2015`, `l'accord signé en 2015`): those named "with" after it (the parties
/// it was signed with), not who the clause is about, who did not sign it then, nor one named
/// further on (`متهما الجزائر`). Other acts keep `agents`.
pub(super) fn of_participle(
    agents: Vec<EntityId>,
    hits: &[crate::lexicon::gazetteer::EntityHit],
    triggers: &[crate::lexicon::triggers::TriggerHit],
    trig: (usize, usize),
    event_type: EventType,
) -> Vec<EntityId> {
    let participle =
        event_type == EventType::Agreement && triggers.iter().any(|d| (d.start, d.end) == trig && d.def.adjacent);
    if !participle {
        return agents;
    }
    agents.into_iter().filter(|id| hits.iter().any(|h| h.id == *id && h.start >= trig.1 && h.with)).collect()
}
