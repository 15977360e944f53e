//! English event titles built from the type, the targets, the place and the actor:
//! "Attack on gendarmerie school and military airport, Bamako — JNIM".

use crate::model::EventType;

/// The English label of a trigger kind, and the preposition that introduces its targets.
pub fn kind_label(t: EventType, kind: &str) -> (&'static str, &'static str) {
    match kind {
        "attack" => ("Attack", "on"),
        "gunfire" => ("Gunfire", "at"),
        "battle" => ("Fighting", "at"),
        "war" => ("Conflict", "at"),
        "killing" => ("Killings", "at"),
        "coup" => ("Coup", "at"),
        "claim" => ("Claim of responsibility for attack", "on"),
        "toll" => ("Casualty report", "at"),
        "funeral" => ("Funerals", "at"),
        "embassy_closure" | "closure" => ("Closure", "of"),
        "takeover" => ("Takeover", "of"),
        "kidnapping" => ("Kidnapping", "at"),
        "agreement" => ("Agreement", "at"),
        "ceasefire" => ("Ceasefire", "at"),
        "withdrawal" | "departure" => ("Withdrawal", "from"),
        "founding" => ("Founding", "of"),
        "withdrawal_talks" => ("Withdrawal from talks", "at"),
        "withdrawal_membership" => ("Withdrawal from organisation", "at"),
        "deployment" => ("Deployment", "at"),
        "diplomatic" => ("Diplomatic move", "at"),
        "election" => ("Political event", "at"),
        "arrest" => ("Arrests", "at"),
        "meeting" => ("Meeting", "at"),
        "decision" => ("Decision", "at"),
        "announcement" => ("Announcement", "at"),
        _ => (t.label(), "at"),
    }
}

/// Lower-cases a common-noun name ("Gendarmerie school") but not an acronym ("US Embassy").
fn in_sentence(name: &str) -> String {
    let mut words = name.split(' ');
    let first = words.next().unwrap_or("");
    let common = first.chars().nth(1).is_some_and(char::is_lowercase) && words.all(|w| w.chars().next().is_some_and(|c| !c.is_uppercase()));
    if common {
        let mut cs = name.chars();
        cs.next().map(|c| c.to_lowercase().chain(cs).collect()).unwrap_or_default()
    } else {
        name.to_string()
    }
}

/// Builds a title.
pub fn event_title(t: EventType, kind: &str, targets: &[String], place: Option<&str>, actor: Option<&str>) -> String {
    let (label, prep) = kind_label(t, kind);
    let mut s = label.to_string();
    if !targets.is_empty() {
        let names: Vec<String> = targets.iter().map(|n| in_sentence(n)).collect();
        s.push_str(&format!(" {prep} {}", names.join(" and ")));
        if let Some(p) = place {
            s.push_str(&format!(", {p}"));
        }
    } else if let Some(p) = place {
        s.push_str(&format!(" in {p}"));
    }
    if let Some(a) = actor {
        s.push_str(&format!(" — {a}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_readable_titles() {
        let t = event_title(EventType::Attack, "attack", &["Gendarmerie school".into(), "Military airport".into()], Some("Bamako"), Some("JNIM"));
        assert_eq!(t, "Attack on gendarmerie school and military airport, Bamako — JNIM");
        assert_eq!(event_title(EventType::Diplomatic, "embassy_closure", &["US Embassy".into()], Some("Bamako"), None), "Closure of US Embassy, Bamako");
        assert_eq!(event_title(EventType::Coup, "coup", &[], Some("Mali"), None), "Coup in Mali");
    }
}
