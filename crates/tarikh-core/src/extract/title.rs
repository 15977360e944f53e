//! English event titles that say who did what where, from the event's own clause: "JNIM
//! attacks gendarmerie school and military airport in Bamako", "Malian Armed Forces take
//! Kidal". Without an agent the title names the act ("Attack on military base, Boulkessi");
//! a clause whose act the lexicon cannot name is titled with its own words, shortened.

use crate::i18n::Lang;
use crate::lexicon::{EntityId, EntityKind, Gazetteer};
use crate::model::{EventType, Headline};

/// The English label of a trigger kind, and the preposition that introduces its targets; a kind
/// without a name of its own is named by its type.
pub fn kind_label(t: EventType, kind: &str) -> (&'static str, &'static str) {
    own_label(kind).unwrap_or((t.label(), "at"))
}

/// The name of a kind of its own, if it has one ([`kind_label`]).
fn own_label(kind: &str) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        "attack" => ("Attack", "on"),
        "blast" => ("Explosion", "at"),
        "gunfire" => ("Gunfire", "at"),
        "battle" => ("Fighting", "at"),
        "war" => ("Conflict", "at"),
        "killing" => ("Killings", "at"),
        "arson" => ("Arson attack", "at"),
        "looting" => ("Looting", "at"),
        "blockade" => ("Blockade", "of"),
        "ambushed" => ("Ambush", "at"),
        "deaths" => ("Deaths", "at"),
        "coup" => ("Coup", "at"),
        "coup_foiled" => ("Coup attempt foiled", "at"),
        "claim" => ("Claim of responsibility for attack", "on"),
        "claim_kidnapping" => ("Claim of responsibility for kidnapping", "at"),
        "ransom" => ("Ransom demand", "at"),
        "toll" | "reported_toll" => ("Casualty report", "at"),
        "funeral" => ("Funerals", "at"),
        "disaster" => ("Floods or natural disaster", "in"),
        "accident" => ("Accident or collapse", "at"),
        // (an act done again with no act told before it: the words say no more)
        "same_act" => ("The same act again", "by"),
        "investigation" => ("Investigation", "into"),
        "report" => ("Report", "on"),
        "embassy_closure" | "closure" => ("Closure", "of"),
        "escort" => ("Escort", "of"),
        "commemoration" => ("Commemoration", "at"),
        "video" => ("Video released", "of"),
        "complaint" => ("Complaint", "against"),
        "takeover" => ("Takeover", "of"),
        "kidnapping" => ("Kidnapping", "at"),
        "agreement" => ("Agreement", "at"),
        "ceasefire" => ("Ceasefire", "at"),
        "withdrawal" | "departure" => ("Withdrawal", "from"),
        "founding" => ("Founding", "of"),
        "withdrawal_talks" => ("Withdrawal from talks", "at"),
        "withdrawal_membership" => ("Withdrawal from organisation", "at"),
        "deployment" | "arrival" => ("Deployment", "at"),
        "diplomatic" => ("Diplomatic move", "at"),
        "ambassador" => ("Ambassador recalled or summoned", "at"),
        "ultimatum" => ("Ultimatum", "at"),
        "support" => ("Support for putschists", "in"),
        "sanctions" => ("Sanctions", "on"),
        "sanctions_lifted" => ("Sanctions lifted", "on"),
        "election" => ("Election", "at"),
        "inauguration" => ("Inauguration", "at"),
        "appointment" => ("Appointment", "at"),
        "resignation" => ("Resignation or dismissal", "at"),
        "dismissal" => ("Dismissal", "at"),
        "handover" => ("Handover", "of"),
        "dissolution" => ("Suspension or dissolution", "of"),
        "emergency" => ("Curfew or state of emergency", "in"),
        "measure_lifted" => ("Restriction lifted", "in"),
        "mourning" => ("National mourning", "in"),
        "solidarity_visit" => ("Visit to the wounded or bereaved", "in"),
        "transition" => ("Handover of power", "in"),
        "extension" => ("Extension of the transition", "in"),
        "mandate_renewed" => ("Mandate renewed", "of"),
        "security_measure" => ("Security measures", "at"),
        "displacement" => ("Displacement of people", "from"),
        "protest" => ("Protests", "at"),
        "trial" => ("Trial or sentence", "at"),
        "postponement" => ("Postponement", "of"),
        "termination" => ("End of agreement", "at"),
        "release" => ("Release", "at"),
        "hostage_release" => ("Release of hostages", "at"),
        "arrest" => ("Arrests", "at"),
        "surrender" => ("Surrender", "at"),
        "meeting" => ("Meeting", "at"),
        "decision" => ("Decision", "at"),
        "announcement" => ("Announcement", "at"),
        "statement" => ("Statement", "at"),
        "seizure" => ("Seizure", "at"),
        "visit" => ("Visit", "at"),
        "talks" => ("Talks", "at"),
        "defused" => ("Explosive device defused", "at"),
        "jailbreak" => ("Prison break", "at"),
        "expulsion" => ("Expulsion", "from"),
        "operation" => ("Military operation", "at"),
        _ => return None,
    })
}

/// What an agent does, as a headline verb (third person singular, plural) and the words that
/// introduce its targets; `None` for kinds whose act has no plain verb (a toll, a decision).
fn headline_verb(kind: &str) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match kind {
        "attack" => ("attacks", "attack", ""),
        "gunfire" => ("opens fire", "open fire", "at"),
        "battle" => ("fights", "fight", "at"),
        "killing" => ("kills people", "kill people", "at"),
        "arson" => ("sets fire", "set fire", "at"),
        "blockade" => ("imposes blockade", "impose blockade", "on"),
        "coup" => ("seizes power", "seize power", "at"),
        "coup_foiled" => ("foils coup attempt", "foil coup attempt", "at"),
        "claim" => ("claims attack", "claim attack", "on"),
        "claim_kidnapping" => ("claims kidnapping", "claim kidnapping", "at"),
        "ransom" => ("demands ransom", "demand ransom", "at"),
        "takeover" => ("takes", "take", ""),
        "kidnapping" => ("takes hostages", "take hostages", "at"),
        "hostage_release" => ("frees hostages", "free hostages", "at"),
        "agreement" => ("signs agreement", "sign agreement", "at"),
        "termination" => ("ends agreement", "end agreement", "at"),
        "ceasefire" => ("agrees to a ceasefire", "agree to a ceasefire", "at"),
        "withdrawal" | "departure" => ("withdraws from", "withdraw from", ""),
        "withdrawal_talks" => ("leaves talks", "leave talks", "at"),
        "withdrawal_membership" => ("leaves organisation", "leave organisation", "at"),
        "deployment" | "arrival" => ("deploys", "deploy", "at"),
        "meeting" => ("meets", "meet", "at"),
        "protest" => ("protests", "protest", "at"),
        "security_measure" => ("deploys security forces", "deploy security forces", "at"),
        "arrest" => ("makes arrests", "make arrests", "at"),
        "embassy_closure" | "closure" => ("closes", "close", ""),
        "escort" => ("escorts", "escort", ""),
        "founding" => ("founds", "found", ""),
        "operation" => ("conducts operation", "conduct operation", "at"),
        "statement" => ("issues statement", "issue statement", "on"),
        "sanctions" => ("imposes sanctions", "impose sanctions", "on"),
        "ultimatum" => ("issues ultimatum", "issue ultimatum", "at"),
        "support" => ("backs putschists", "back putschists", "in"),
        "sanctions_lifted" => ("lifts sanctions", "lift sanctions", "on"),
        _ => return None,
    })
}

/// The actors a title may name: those of the mentions of the lead's own act (`own`), or when
/// these name none, those of every mention (`all`); not for a coup, whose title borrows no one
/// (the president who resigned that night, the body that spoke, did not seize power).
pub fn actors_to_title<'a>(own: &'a [EntityId], all: &'a [EntityId], event_type: EventType) -> &'a [EntityId] {
    if own.is_empty() && event_type != EventType::Coup {
        all
    } else {
        own
    }
}

/// Who a title names as having done the act, from the event's agents ranked by how many
/// mentions give them: the most specific (JNIM, not al-Qaeda); a group or a person named beside
/// a generic label ("Militants": the katiba that claims the attack; never the forces the
/// militants attacked); countries acting together named together ("Mali, Niger and Burkina
/// Faso").
pub fn title_actors(g: &Gazetteer, actors: &[EntityId]) -> Vec<String> {
    let mut agents = super::family::most_specific(g, actors);
    let named = |id: &EntityId| {
        matches!(g.get(*id).kind, EntityKind::Group | EntityKind::Person) && !super::family::is_generic_label(g, *id)
    };
    if agents.first().is_some_and(|id| super::family::is_generic_label(g, *id)) {
        if let Some(k) = agents.iter().position(named) {
            let group = agents.remove(k);
            agents.insert(0, group);
        }
    }
    let countries: Vec<&str> =
        agents.iter().filter(|id| g.get(**id).kind == EntityKind::Country).map(|id| g.get(*id).name.as_str()).collect();
    if countries.len() >= 2 && countries.len() == agents.len() {
        countries.iter().map(|c| c.to_string()).collect()
    } else {
        agents.first().map(|id| g.get(*id).name.clone()).into_iter().collect()
    }
}

/// Names joined as English lists them: "A", "A and B", "A, B and C".
pub fn list_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// True when a name takes a plural verb ("Militants attack", "Malian Armed Forces take"):
/// its last word is a plural common noun, not a singular name ending in s ("Africa Corps",
/// "United Nations").
fn plural(name: &str) -> bool {
    if name.contains(" and ") {
        return true; // "Mali, Niger and Burkina Faso leave"
    }
    let last = name.rsplit(' ').next().unwrap_or(name);
    last.ends_with('s')
        && !last.ends_with("ss")
        && !matches!(last, "Corps" | "Nations" | "States" | "Affairs" | "Paris")
        && !name.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// Lower-cases a common-noun name ("Gendarmerie school") but not an acronym ("US Embassy").
fn in_sentence(name: &str) -> String {
    let mut words = name.split(' ');
    let first = words.next().unwrap_or("");
    let common = first.chars().nth(1).is_some_and(char::is_lowercase)
        && words.all(|w| w.chars().next().is_some_and(|c| !c.is_uppercase()));
    if common {
        let mut cs = name.chars();
        cs.next().map(|c| c.to_lowercase().chain(cs).collect()).unwrap_or_default()
    } else {
        name.to_string()
    }
}

/// Words a title made of the clause's own words keeps.
const CLAUSE_TITLE_WORDS: usize = 9;

/// A clause's own words, shortened to [`CLAUSE_TITLE_WORDS`] (with `…` when cut), without its
/// time expression and the word that only leads it (`lead`: `le`, `في`): the title of an act
/// the lexicon has no name for.
pub fn clause_title(clause: &str, time_text: &str, lead: &[String]) -> String {
    let without_time = match clause.find(time_text).filter(|_| !time_text.is_empty()) {
        None => clause.to_string(),
        Some(at) => {
            let before = clause[..at].trim_end();
            let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
            let before = if lead.iter().any(|w| w.as_str() == last.to_lowercase()) {
                &before[..before.len() - last.len()]
            } else {
                before
            };
            format!("{before} {}", &clause[at + time_text.len()..])
        }
    };
    let words: Vec<&str> = without_time.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
    let mut s = words.iter().take(CLAUSE_TITLE_WORDS).copied().collect::<Vec<_>>().join(" ");
    s = s
        .trim_matches(|c: char| matches!(c, ',' | '،' | '.' | ':' | '-' | '–' | '—' | '«' | '»' | '"'))
        .trim()
        .to_string();
    if words.len() > CLAUSE_TITLE_WORDS {
        s.push('…');
    }
    s
}

/// The English title of a headline: who did what where when the clause names its agent and the act has a verb;
/// else the act with its targets and place; else (a plain dated clause) the clause's words.
pub fn english_title(h: &Headline) -> String {
    let (t, kind) = (h.event_type, h.kind.as_str());
    let names: Vec<&str> = h.actors.iter().map(String::as_str).collect();
    let actor = (!names.is_empty()).then(|| list_names(&names));
    let (place, clause) = (h.place.as_deref(), h.clause.as_deref());
    let targets: Vec<String> = h.targets.iter().map(|n| in_sentence(n)).collect();
    if t == EventType::Other && kind == super::draft::UNTYPED_KIND {
        if let Some(c) = clause.map(str::trim).filter(|c| !c.is_empty()) {
            return c.to_string();
        }
    }
    let headline = actor.as_deref().zip(headline_verb(kind));
    // a verb that needs its object ("takes", "withdraws from") and has none: the act's name
    let object = if !targets.is_empty() {
        Some(targets.join(" and "))
    } else if headline.is_some_and(|(_, (_, _, prep))| prep.is_empty()) && h.place_near && kind != "attack" {
        place.map(str::to_string) // "take Kidal", "withdraw from Mali"
    } else {
        None
    };
    let needs_object = headline.is_some_and(|(_, (_, _, prep))| prep.is_empty()) && kind != "attack";
    if let Some((actor, (one, many, prep))) = headline.filter(|_| object.is_some() || !needs_object) {
        let mut s = format!("{actor} {}", if plural(actor) { many } else { one });
        let place_is_object = targets.is_empty() && object.is_some();
        if let Some(o) = object {
            s.push(' ');
            if !prep.is_empty() {
                s.push_str(prep);
                s.push(' ');
            }
            s.push_str(&o);
        }
        // a headline names the place only when the event's sentences do (an actor's own country
        // named in the lede is not where it acts)
        // (nor where the act a statement speaks of happened: `Algeria issues statement`, not
        // `… in Boni`)
        let spoken_of = kind == "statement";
        if let Some(p) =
            place.filter(|_| !place_is_object && !spoken_of && (h.place_near || h.place_in_clause || h.place_of_story))
        {
            s.push_str(&format!(" in {p}"));
        }
        return s;
    }
    let (label, prep) = kind_label(t, kind);
    let mut s = label.to_string();
    if !targets.is_empty() {
        s.push_str(&format!(" {prep} {}", targets.join(" and ")));
        if let Some(p) = place {
            s.push_str(&format!(", {p}"));
        }
    } else if let Some(p) = place {
        s.push_str(&format!(" in {p}"));
    }
    if let Some(a) = actor.as_deref() {
        // (a toll is no report of the attackers': "Casualty report in Gao — Militants")
        let by = if t == EventType::CasualtyReport { " —" } else { " by" };
        s.push_str(&format!("{by} {a}"));
    }
    s
}

/// The title in the interface's language: the act's name from the interface's table
/// (`assets/i18n/`), the gazetteer's names of the targets, place and actors in that language,
/// as "act on targets (place) — actors"; a plain clause keeps its own words. English, or an act
/// the table cannot name, gives the English title.
pub fn localized_title(h: &Headline, lang: Lang, g: &Gazetteer) -> String {
    if lang == Lang::English {
        return english_title(h);
    }
    if h.event_type == EventType::Other && h.kind == super::draft::UNTYPED_KIND {
        if let Some(c) = h.clause.as_deref().filter(|c| !c.is_empty()) {
            return c.to_string();
        }
    }
    let (label, prep) = kind_label(h.event_type, &h.kind);
    if !lang.knows(label) {
        return english_title(h); // the table lacks the act's name
    }
    let said = lang.t(label);
    let name = |n: &str| -> String {
        // "District, City": each part by its own name
        n.split(", ").map(|p| g.display_name(p, lang).to_string()).collect::<Vec<_>>().join(if lang == Lang::Arabic {
            "، "
        } else {
            ", "
        })
    };
    let (and, prep) = match lang {
        Lang::Arabic => (
            " و",
            match prep {
                "on" => "على",
                "at" | "in" | "into" => "في",
                "from" => "من",
                _ => "",
            },
        ),
        _ => (
            " et ",
            match prep {
                "on" => "contre",
                "at" | "in" => "à",
                "into" => "sur",
                "from" => "de",
                _ => "de",
            },
        ),
    };
    let mut s = said.to_string();
    if !h.targets.is_empty() {
        let targets: Vec<String> = h.targets.iter().map(|t| name(t)).collect();
        if !prep.is_empty() {
            s.push(' ');
            s.push_str(prep);
        }
        s.push(' ');
        s.push_str(&targets.join(and));
    }
    if let Some(p) = &h.place {
        s.push_str(&format!(" ({})", name(p)));
    }
    if !h.actors.is_empty() {
        let actors: Vec<String> = h.actors.iter().map(|a| name(a)).collect();
        s.push_str(" — ");
        s.push_str(&actors.join(if lang == Lang::Arabic { "، " } else { ", " }));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_the_trigger_tables_has_a_name_in_every_language() {
        for tsv in [
            include_str!("../../../../assets/lexicon/triggers.tsv"),
            include_str!("../../../../assets/lexicon/fr/triggers.tsv"),
        ] {
            for row in tsv.lines().filter(|l| !l.starts_with('#')) {
                let c: Vec<&str> = row.split('\t').collect();
                let Some(t) = c.first().and_then(|n| EventType::from_name(n)).filter(|_| c.len() >= 5) else {
                    continue;
                };
                let (label, _) = kind_label(t, c[1]);
                // a kind named like its type may take the type's name; any other needs its own
                assert!(c[1] == c[0] || own_label(c[1]).is_some(), "the kind {} has no name of its own", c[1]);
                for lang in [Lang::Arabic, Lang::French] {
                    assert!(lang.knows(label), "{label} has no {lang:?} name");
                }
            }
        }
    }

    /// A headline of this type and kind and nothing else.
    fn bare(t: EventType, kind: &str) -> Headline {
        Headline {
            event_type: t,
            kind: kind.into(),
            targets: vec![],
            place: None,
            actors: vec![],
            clause: None,
            place_near: false,
            place_in_clause: false,
            place_of_story: false,
        }
    }

    fn title(t: EventType, kind: &str, targets: &[&str], place: Option<&str>, actor: Option<&str>) -> String {
        let h = Headline {
            targets: targets.iter().map(|s| s.to_string()).collect(),
            place: place.map(str::to_string),
            actors: actor.map(str::to_string).into_iter().collect(),
            place_near: true,
            place_in_clause: true,
            ..bare(t, kind)
        };
        english_title(&h)
    }

    #[test]
    fn a_title_says_who_did_what_where() {
        assert_eq!(
            title(
                EventType::Attack,
                "attack",
                &["Gendarmerie school", "Military airport"],
                Some("Bamako"),
                Some("JNIM")
            ),
            "JNIM attacks gendarmerie school and military airport in Bamako"
        );
        assert_eq!(
            title(EventType::Attack, "attack", &["Military base"], Some("Boulkessi"), Some("Militants")),
            "Militants attack military base in Boulkessi"
        );
        assert_eq!(
            title(EventType::Clash, "takeover", &[], Some("Kidal"), Some("Malian Armed Forces")),
            "Malian Armed Forces take Kidal"
        );
        assert_eq!(
            title(EventType::Withdrawal, "withdrawal", &[], Some("Mali"), Some("Africa Corps")),
            "Africa Corps withdraws from Mali"
        );
        assert_eq!(
            title(EventType::Claim, "claim", &[], Some("Boni"), Some("Islamic State Sahel")),
            "Islamic State Sahel claims attack in Boni"
        );
        let three = list_names(&["Mali", "Niger", "Burkina Faso"]);
        assert_eq!(
            title(EventType::Diplomatic, "withdrawal_membership", &[], None, Some(&three)),
            "Mali, Niger and Burkina Faso leave organisation"
        );
    }

    #[test]
    fn without_an_agent_the_title_names_the_act_and_never_leaves_a_slot_empty() {
        assert_eq!(
            title(EventType::Attack, "attack", &["Military base"], Some("Boulkessi"), None),
            "Attack on military base, Boulkessi"
        );
        assert_eq!(
            title(EventType::Diplomatic, "embassy_closure", &["US Embassy"], Some("Bamako"), None),
            "Closure of US Embassy, Bamako"
        );
        assert_eq!(title(EventType::Coup, "coup", &[], Some("Mali"), None), "Coup in Mali");
        assert_eq!(title(EventType::CasualtyReport, "toll", &[], None, Some("JNIM")), "Casualty report — JNIM");
        assert_eq!(title(EventType::Coup, "coup", &[], None, None), "Coup");
        // a verb that needs an object it does not have gives way to the act's name
        let t = english_title(&Headline {
            place: Some("Burkina Faso".into()),
            actors: vec!["Militants".into()],
            ..bare(EventType::Clash, "takeover")
        });
        assert_eq!(t, "Takeover in Burkina Faso by Militants");
    }

    #[test]
    fn a_title_is_said_in_the_interface_s_language() {
        let g = &crate::lexicon::Lexicon::builtin().gazetteer;
        let h = Headline {
            event_type: EventType::Attack,
            kind: "attack".into(),
            targets: vec![],
            place: Some("Bamako".into()),
            actors: vec!["JNIM".into()],
            clause: None,
            place_near: true,
            place_in_clause: true,
            place_of_story: false,
        };
        assert_eq!(localized_title(&h, Lang::English, g), "JNIM attacks in Bamako");
        let fr = localized_title(&h, Lang::French, g);
        assert!(fr.starts_with("Attaque (Bamako) — "), "{fr}");
        let ar = localized_title(&h, Lang::Arabic, g);
        assert!(ar.starts_with("هجوم (باماكو) — "), "{ar}");
        assert!(!ar.contains("JNIM") && !ar.contains("attack"), "the gazetteer's Arabic name: {ar}");
        // a kind without a name of its own is named by its type
        let odd = Headline { kind: "no-such-kind".into(), event_type: EventType::Other, ..h };
        assert!(localized_title(&odd, Lang::French, g).starts_with("Autre (Bamako)"));
    }

    #[test]
    fn a_plain_clause_is_titled_with_its_own_words_shortened() {
        let clause =
            "Le convoi humanitaire est arrivé le 3 mars à la frontière, après dix jours de route dans le désert.";
        let t = english_title(&Headline {
            clause: Some(clause_title(clause, "3 mars", &["le".to_string()])),
            ..bare(EventType::Other, crate::extract::draft::UNTYPED_KIND)
        });
        assert_eq!(t, "Le convoi humanitaire est arrivé à la frontière, après…");
        assert!(!t.contains("Other"));
        // the word that only led the date goes with it, at the head of the clause too
        let lead = crate::lexicon::Lexicon::builtin().grammar.words(crate::lexicon::Role::TitleDateLead);
        assert_eq!(
            clause_title("Le 30 avril, des délégués ont recommandé une prolongation.", "30 avril", lead),
            "des délégués ont recommandé une prolongation"
        );
        assert_eq!(
            clause_title("وكان الوفد قد وصل في 8 يوليو إلى العاصمة", "8 يوليو", lead),
            "وكان الوفد قد وصل إلى العاصمة"
        );
        assert_eq!(
            clause_title("Une colonne est entrée ce lundi dans la ville.", "lundi", lead),
            "Une colonne est entrée dans la ville"
        );
    }
}
