//! The analyst's workspace end to end: edits saved to the workspace file and back after a
//! fresh extraction; re-extraction on a corpus with a file added and one changed keeps the
//! edits that still apply and reports the others; undo and redo.

use std::path::Path;

use tarikh_core::corpus::{load_paths, LoadOptions};
use tarikh_core::explore::{Command, Explorer};
use tarikh_core::model::{EventType, Precision, When};
use tarikh_core::workspace::{default_path, load, save_atomic, Anchor, Edit, LoadOutcome};

mod common;

fn open(dir: &Path) -> Explorer {
    let mut c = load_paths(&[dir.to_path_buf()], &LoadOptions::default());
    let ex = tarikh_core::extract::extract(&mut c);
    let edits = match load(&default_path(dir)) {
        LoadOutcome::Loaded(ws) => ws.edits,
        _ => Vec::new(),
    };
    Explorer::with_edits(c, ex, edits)
}

fn by_title(x: &Explorer, t: &str) -> usize {
    x.events().iter().position(|e| e.title.contains(t)).unwrap_or_else(|| panic!("no event {t}"))
}

/// The event of the seeds' two coups of 2020 and 2021 told together (`انقلابين عسكريين في عامي 2020
/// و2021`): the 2020 one, whatever its title or type after edits.
fn coup_of_2020(x: &Explorer) -> usize {
    x.events()
        .iter()
        .position(|e| e.mentions.iter().any(|m| m.time_text.contains("2020") && m.time_text.contains("عامي")))
        .expect("the 2020 coup")
}

fn key(x: &Explorer, i: usize) -> tarikh_core::model::MentionId {
    x.events()[i].mentions[0].id.clone()
}

/// Makes one edit of every kind; returns the explorer.
fn curate(dir: &Path) -> Explorer {
    let mut x = open(dir);
    // the two publication dates other articles suggest, accepted
    x.apply(Command::AcceptAllSuggestions);
    let attack = by_title(&x, "JNIM attacks gendarmerie school");
    let k = key(&x, attack);
    x.apply(Command::Edit(Edit::SetTitle { event: k.clone(), title: "JNIM raid on Bamako (curated)".into() }));
    x.apply(Command::Edit(Edit::SetNote { event: k.clone(), note: "checked against ACLED".into() }));
    x.apply(Command::Edit(Edit::SetVerified { event: k.clone(), verified: true }));
    let coup = coup_of_2020(&x);
    assert_eq!(x.events()[coup].title, "Coup in Mali", "the country told, not the article's town");
    let ck = key(&x, coup);
    let d = chrono::NaiveDate::from_ymd_opt(2020, 8, 18).unwrap();
    x.apply(Command::Edit(Edit::SetWhen { event: ck.clone(), when: When::day(d) }));
    x.apply(Command::Edit(Edit::SetType { event: ck, event_type: EventType::Political }));
    let funerals = by_title(&x, "Funerals");
    x.apply(Command::Edit(Edit::SetHidden { event: key(&x, funerals), hidden: true }));
    // merge the casualty report (19th) into the attack; split the claim (seed 001) off it
    let toll = x.events().iter().position(|e| e.event_type == EventType::CasualtyReport).unwrap();
    let attack = by_title(&x, "JNIM raid on Bamako");
    x.apply(Command::Edit(Edit::Merge { into: key(&x, attack), from: key(&x, toll) }));
    let attack = by_title(&x, "JNIM raid on Bamako");
    let claim = x.events()[attack].mentions.iter().find(|m| m.event_type == EventType::Claim).unwrap().id.clone();
    x.apply(Command::Edit(Edit::Split { mention: claim }));
    // an analyst-added event on a span of seed 002
    let doc = x.corpus().documents.iter().find(|d| d.file.starts_with("002")).unwrap();
    let anchor = Anchor {
        file: doc.file.clone(),
        content_hash: format!("{:016x}", doc.content_hash),
        paragraph: 3,
        start: 0,
        end: 40,
    };
    x.apply(Command::Edit(Edit::AddEvent {
        id: "a1".into(),
        anchor,
        title: "French and UN forces leave".into(),
        event_type: EventType::Withdrawal,
        when: When::year(2022),
    }));
    x
}

fn summary(x: &Explorer) -> Vec<String> {
    x.events()
        .iter()
        .zip(x.curation())
        .map(|(e, c)| {
            format!(
                "{} | {:?} | {} | {} | {:?}",
                e.title,
                e.event_type,
                e.when.map(|w| w.iso_start()).unwrap_or_default(),
                e.mentions.len(),
                c
            )
        })
        .collect()
}

#[test]
fn every_edit_comes_back_after_save_and_fresh_extraction() {
    let dir = common::copy_seeds("rt");
    let x = curate(&dir);
    assert!(x.orphans().is_empty(), "{:?}", x.orphans());
    let attack = by_title(&x, "JNIM raid on Bamako");
    assert!(x.curation()[attack].title && x.curation()[attack].verified && x.curation()[attack].merged);
    assert_eq!(x.curation()[attack].note, "checked against ACLED");
    assert!(x.events()[attack].mentions.iter().any(|m| m.event_type == EventType::CasualtyReport));
    assert!(!x.events()[attack].mentions.iter().any(|m| m.event_type == EventType::Claim));
    let split = x.curation().iter().position(|c| c.split).unwrap();
    assert_eq!(x.events()[split].event_type, EventType::Claim);
    let coup = coup_of_2020(&x);
    assert_eq!(
        (x.events()[coup].event_type, x.events()[coup].when.unwrap().precision),
        (EventType::Political, Precision::Day)
    );
    let funerals = by_title(&x, "Funerals");
    assert!(x.curation()[funerals].hidden && !x.shown().contains(&funerals));
    let added = by_title(&x, "French and UN forces leave");
    assert!(x.curation()[added].added);

    save_atomic(&default_path(&dir), &x.workspace_file()).unwrap();
    let y = open(&dir);
    assert!(y.orphans().is_empty());
    assert_eq!(summary(&x), summary(&y));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn re_extraction_keeps_edits_that_apply_and_reports_the_others() {
    let dir = common::copy_seeds("grow");
    let x = curate(&dir);
    save_atomic(&default_path(&dir), &x.workspace_file()).unwrap();
    // one file changed (seed 004: the funerals, the toll and the merge source live there)
    let p004 = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("004_"))
        .unwrap();
    let mut t = std::fs::read_to_string(&p004).unwrap();
    t.push_str("\nسطر أضيف لاحقا إلى المقال.\n");
    std::fs::write(&p004, t).unwrap();
    // one file added
    std::fs::write(
        dir.join("005_new.txt"),
        "عنوان جديد\nأعلن الجيش المالي في 3 أكتوبر 2024 صد هجوم على ثكنة في كاتي.\n",
    )
    .unwrap();

    let y = open(&dir);
    assert_eq!(y.corpus().documents.len(), 6);
    // edits on events of unchanged documents still apply
    let attack = by_title(&y, "JNIM raid on Bamako");
    assert!(y.curation()[attack].verified);
    assert_eq!(y.curation()[attack].note, "checked against ACLED");
    let coup = coup_of_2020(&y);
    assert_eq!(y.events()[coup].event_type, EventType::Political);
    assert!(y.events().iter().any(|e| e.title.contains("French and UN forces leave")));
    // edits that named mentions of the changed document are listed, not dropped
    let orphan_kinds: Vec<String> = y.orphans().iter().map(|o| o.edit.describe()).collect();
    assert!(orphan_kinds.iter().any(|d| d == "hidden"), "{orphan_kinds:?}");
    assert!(orphan_kinds.iter().any(|d| d == "two events merged"), "{orphan_kinds:?}");
    assert!(y.orphans().iter().all(|o| o.reason.contains("not in the corpus any more")));
    // the new file's event is there
    assert!(y.events().iter().any(|e| e.when.is_some_and(|w| w.iso_start() == "2024-10-03")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn undo_and_redo_step_one_edit_at_a_time() {
    let dir = common::copy_seeds("undo");
    let mut x = open(&dir);
    let i = by_title(&x, "JNIM takes hostages in Niamey");
    let k = key(&x, i);
    let original = x.events()[i].title.clone();
    x.apply(Command::Edit(Edit::SetTitle { event: k.clone(), title: "one".into() }));
    x.apply(Command::Edit(Edit::SetTitle { event: k.clone(), title: "two".into() }));
    x.apply(Command::Edit(Edit::SetHidden { event: k.clone(), hidden: true }));
    let title = |x: &Explorer| x.events()[x.events().iter().position(|e| e.mentions[0].id == k).unwrap()].title.clone();
    x.apply(Command::Undo);
    assert_eq!(title(&x), "two");
    x.apply(Command::Undo);
    assert_eq!(title(&x), "one");
    x.apply(Command::Redo);
    assert_eq!(title(&x), "two");
    x.apply(Command::Undo);
    x.apply(Command::Undo);
    assert_eq!(title(&x), original);
    x.apply(Command::Undo); // nothing left: no change
    assert_eq!(title(&x), original);
    x.apply(Command::Redo);
    x.apply(Command::Edit(Edit::SetTitle { event: k.clone(), title: "three".into() }));
    x.apply(Command::Redo); // a new edit cleared the redo list
    assert_eq!(title(&x), "three");
    assert_eq!(x.history().applied().len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_acled_layer_sits_beside_the_corpus_and_is_searchable() {
    let dir = common::copy_seeds("acled");
    let mut x = open(&dir);
    let n = x.events().len();
    let (refs, skipped) = tarikh_core::acled::read(&common::fixture("acled_sample.csv")).unwrap();
    assert_eq!((refs.len(), skipped), (8, 1));
    x.set_reference(refs.clone());
    assert_eq!(x.events().len(), n + 8);
    let lanes: Vec<String> = tarikh_core::explore::lanes(&x.events()[..x.n_dated()])
        .iter()
        .map(|l| l.label(tarikh_core::i18n::Lang::English))
        .collect();
    assert!(lanes.contains(&"ACLED · Battles".to_string()) && lanes.contains(&"Attack".to_string()), "{lanes:?}");
    assert!(
        lanes.iter().position(|l| l == "ACLED · Battles") > lanes.iter().position(|l| l == "Other"),
        "reference lanes after the corpus's"
    );
    x.apply(Command::Search("Senou".into()));
    assert_eq!(x.shown().len(), 1);
    assert!(x.events()[x.shown()[0]].reference.is_some());
    x.apply(Command::Search(String::new()));
    x.apply(Command::ShowReference(false));
    assert_eq!(x.shown().len(), n);
    // curation of the corpus is untouched by the layer, and re-importing replaces it
    x.set_reference(refs);
    assert_eq!(x.events().len(), n + 8);
    let _ = std::fs::remove_dir_all(&dir);
}
