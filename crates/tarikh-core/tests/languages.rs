//! Languages in a corpus: Arabic and French are read; an article in another language is kept
//! but reported in the load report as not supported, and yields no events.

use tarikh_core::corpus::{load_paths, LoadOptions};
use tarikh_core::extract::extract;
use tarikh_core::text::Language;

mod common;

#[test]
fn an_article_in_another_language_is_reported_not_silently_empty() {
    let dir = common::temp_dir("languages");
    std::fs::write(dir.join("ar.txt"), "عنوان\nهاجم مسلحون معسكرا للجيش في غاو يوم 3 مارس 2023 وقتل جنود.\n").unwrap();
    std::fs::write(dir.join("en.txt"), "Title\nGunmen attacked an army camp in Gao on 3 March 2023, killing several soldiers, according to the army.\n").unwrap();
    std::fs::write(
        dir.join("fr.txt"),
        "Titre\nDes hommes armés ont attaqué un camp de l'armée à Gao le 3 mars 2023, selon l'armée.\n",
    )
    .unwrap();
    let mut c = load_paths(&[dir], &LoadOptions::default());
    let langs: Vec<Language> = c.documents.iter().map(|d| d.language()).collect();
    assert_eq!(langs, [Language::Arabic, Language::Unsupported, Language::French]);
    assert!(
        c.notes.iter().any(|n| n.file == "en.txt" && n.reason.starts_with("language not supported")),
        "{:?}",
        c.notes
    );
    let ex = extract(&mut c);
    let docs: Vec<usize> = ex.events.iter().flat_map(|e| &e.mentions).map(|m| m.doc).collect();
    assert!(
        docs.contains(&0) && docs.contains(&2) && !docs.contains(&1),
        "events from Arabic and French only: {docs:?}"
    );
}
