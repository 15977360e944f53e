//! Graded sources: an outlet's reliability set on one source card grades every article of the
//! outlet, is saved in the workspace and read back; the grade filter hides an event whose
//! sources are all graded below it.

use std::path::PathBuf;

use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use tarikh::app::TarikhApp;
use tarikh::explore::Command;

use crate::common;

/// Three articles of our own: two from "Sahel Wire" and one from "Other Daily" report an attack
/// in Gao; the third also reports a protest in Timbuktu that only it reports.
fn corpus(name: &str) -> PathBuf {
    let d = common::temp_dir(name);
    let attack =
        |words: &str| format!("هجوم في غاو\n{words} قاعدة عسكرية في غاو يوم الأحد 3 مارس 2024 وقتل ثلاثة جنود.\n");
    std::fs::write(d.join("a.txt"), attack("هاجم مسلحون")).unwrap();
    std::fs::write(d.join("b.txt"), attack("استهدف مسلحون")).unwrap();
    std::fs::write(
        d.join("c.txt"),
        format!(
            "{}\nوفي تمبكتو، تظاهر مئات السكان يوم الخميس 14 مارس 2024 احتجاجا على انقطاع الكهرباء.\n",
            attack("هاجم عناصر مسلحون").trim_end()
        ),
    )
    .unwrap();
    std::fs::write(
        d.join("corpus.json"),
        r#"[{"file": "a.txt", "outlet": "Sahel Wire", "published": "2024-03-04"},
            {"file": "b.txt", "outlet": "Sahel Wire", "published": "2024-03-04"},
            {"file": "c.txt", "outlet": "Other Daily", "published": "2024-03-15"}]"#,
    )
    .unwrap();
    d
}

fn open(dir: &PathBuf) -> Harness<'static, TarikhApp> {
    let mut h = common::app_harness(TarikhApp::load(std::slice::from_ref(dir)), [1280.0, 900.0]);
    h.run_steps(3);
    h
}

/// The Gao attack: the event a.txt reports, selected.
fn select_attack(h: &mut Harness<'static, TarikhApp>) -> usize {
    let x = &h.state().x;
    let i = (0..x.events().len())
        .find(|&i| x.events()[i].mentions.iter().any(|m| x.corpus().documents[m.doc].file == "a.txt"))
        .expect("the attack");
    h.state_mut().apply(Command::Select(Some(i)));
    h.run_steps(3);
    i
}

#[test]
fn grading_an_outlet_changes_every_card_of_its_articles_and_survives_a_restart() {
    let dir = corpus("grades");
    let mut h = open(&dir);
    let i = select_attack(&mut h);
    let docs: Vec<String> = {
        let x = &h.state().x;
        let mut d: Vec<String> =
            x.events()[i].mentions.iter().map(|m| x.corpus().documents[m.doc].file.clone()).collect();
        d.dedup();
        d
    };
    assert_eq!(docs, ["a.txt", "b.txt", "c.txt"], "one event of three articles");
    // nothing graded: every card says F6
    assert_eq!(h.query_all_by_label("F6").count(), 3);
    // grade Sahel Wire "B" from the first card
    h.query_all_by_label("F6").next().unwrap().click();
    h.run_steps(2);
    h.get_by_label("B — usually reliable").click();
    h.run_steps(3);
    assert_eq!(h.query_all_by_label("B6").count(), 2, "both Sahel Wire articles");
    assert_eq!(h.query_all_by_label("F6").count(), 1, "Other Daily unchanged");
    // and the credibility of the Other Daily report
    // (the third card may lie below the panel's fold: scrolled to first, as a user would)
    h.get_by_label("F6").scroll_to_me();
    h.run_steps(3);
    h.get_by_label("F6").click();
    h.run_steps(3);
    h.get_by_label("2 — probably true").click();
    h.run_steps(3);
    assert_eq!(h.query_all_by_label("F2").count(), 1);
    // saved with the workspace (autosave), read back by a new app
    std::thread::sleep(std::time::Duration::from_millis(1600));
    h.run_steps(2);
    let saved = std::fs::read_to_string(dir.join(".tarikh/workspace.json")).expect("workspace saved");
    assert!(saved.contains("set_outlet_reliability") && saved.contains("Sahel Wire"), "{saved}");
    drop(h);
    let mut h = open(&dir);
    select_attack(&mut h);
    assert_eq!(h.query_all_by_label("B6").count(), 2);
    assert_eq!(h.query_all_by_label("F2").count(), 1);
    // undo takes the last grade back
    h.state_mut().apply(Command::Undo);
    h.run_steps(3);
    assert_eq!(h.query_all_by_label("F6").count(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_grade_filter_hides_an_event_whose_sources_are_all_below_it() {
    let dir = corpus("grade-filter");
    let mut h = open(&dir);
    h.state_mut().apply(Command::Edit(tarikh::workspace::Edit::SetOutletReliability {
        outlet: "Sahel Wire".into(),
        reliability: tarikh::model::Reliability::B,
    }));
    h.run_steps(2);
    let protest = |h: &Harness<'static, TarikhApp>| {
        let x = &h.state().x;
        x.shown().iter().any(|&i| x.events()[i].mentions.iter().all(|m| x.corpus().documents[m.doc].file == "c.txt"))
    };
    assert!(protest(&h), "the protest, only in Other Daily, is shown");
    let all = h.state().x.shown().len();
    // Sources: at least B (the top bar's grade menu)
    common::click_tool(&mut h, "Sources: any grade");
    h.run_steps(2);
    h.get_by_label("B — usually reliable").click();
    h.run_steps(3);
    assert_eq!(h.state().x.filter().min_grade.map(|g| g.to_string()).as_deref(), Some("B6"));
    assert!(!protest(&h), "graded below B: hidden");
    let x = &h.state().x;
    assert!(x.shown().len() < all && !x.shown().is_empty());
    assert!(x
        .shown()
        .iter()
        .all(|&i| x.events()[i].mentions.iter().any(|m| x.grade(m).reliability <= tarikh::model::Reliability::B)));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_export_menu_writes_the_evidence_pack_of_the_selected_event() {
    let dir = corpus("grade-pack");
    let mut h = open(&dir);
    let i = select_attack(&mut h);
    h.get_by_label("Export").click();
    h.run_steps(2);
    h.get_by_label("Evidence pack of the selected event").click();
    h.run_steps(2);
    let exports = dir.join(".tarikh").join("exports");
    let pack = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().contains("-evidence-"))
        .expect("a pack folder");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(pack.join("manifest.json")).unwrap()).unwrap();
    let events = manifest["events"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["id"], h.state().x.events()[i].id.to_string());
    assert_eq!(std::fs::read_dir(pack.join("sources")).unwrap().count(), 3, "the attack's three articles");
    let out = std::process::Command::new("sha256sum").args(["-c", "SHA256SUMS"]).current_dir(&pack).output().unwrap();
    assert!(out.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}
