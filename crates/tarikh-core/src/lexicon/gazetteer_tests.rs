//! Tests of the gazetteer on sentences written for them: names found, places within places,
//! generic names localized, another bearer of a leader's surname, the movements of the north, the
//! town of Macina beside the katiba named after it, news agencies named after a town or a country,
//! what a headline is about.

use crate::lexicon::Lexicon;
use crate::text::tokenize;

/// The canonical names the gazetteer finds in `text`, in order.
fn names(text: &str) -> Vec<String> {
    let g = &Lexicon::builtin().gazetteer;
    let t = tokenize(text);
    g.find(&t, 0, t.len()).iter().map(|h| g.get(h.id).name.clone()).collect()
}

#[test]
fn display_names_follow_the_language() {
    use crate::i18n::Lang;
    let g = &Lexicon::builtin().gazetteer;
    assert_eq!(g.display_name("Wagner Group", Lang::English), "Wagner Group");
    assert_eq!(g.display_name("Wagner Group", Lang::Arabic), "فاغنر");
    assert_eq!(g.display_name("JNIM", Lang::Arabic), "جماعة نصرة الإسلام والمسلمين");
    assert_eq!(g.display_name("Not in the gazetteer", Lang::Arabic), "Not in the gazetteer");
    assert_eq!(g.display_name("Timbuktu", Lang::French), "Tombouctou");
    assert_eq!(g.display_name("Northern Mali", Lang::French), "nord du Mali");
    assert_eq!(g.display_name("Bamako", Lang::French), "Bamako");
}

#[test]
fn the_base_a_paragraph_named_before_is_not_al_qaeda() {
    let g = &Lexicon::builtin().gazetteer;
    let qaeda = g.id("al-Qaeda").unwrap();
    let names = |text: &str| {
        let t = tokenize(text);
        g.find(&t, 0, t.len()).iter().map(|h| h.id).collect::<Vec<_>>()
    };
    // the base named first, then `القاعدة` for it
    assert!(!names("تمرد جنود في قاعدة كاتي العسكرية، واقتادوا الرئيس إلى القاعدة.").contains(&qaeda));
    // the group named first, then a base; or the group also named in full
    assert!(names("هاجم مقاتلو القاعدة قاعدة للجيش.").contains(&qaeda));
    assert!(names("هاجم تنظيم القاعدة قاعدة للجيش، وقالت القاعدة إنها قتلت جنودا.").contains(&qaeda));
    assert!(names("أعلنت القاعدة مسؤوليتها عن الهجوم.").contains(&qaeda));
}

#[test]
fn the_movements_of_the_north_are_named_in_both_languages_and_la_is_none() {
    assert_eq!(names("Les combattants du Mouvement pour le salut de l'Azawad ont quitté la ville."), ["MSA"]);
    assert_eq!(names("واشتبك مقاتلو حركة إنقاذ أزواد مع المسلحين."), ["MSA", "Militants"]);
    assert_eq!(names("Le GATIA et le HCUA ont signé."), ["GATIA", "HCUA"]);
    assert_eq!(names("أعلن المجلس الأعلى لوحدة أزواد والحركة العربية الأزوادية انسحابهما."), ["HCUA", "MAA"]);
}

#[test]
fn a_leader_s_surname_after_someone_else_s_given_name_is_another_bearer() {
    let ibk = "Ibrahim Boubacar Keïta".to_string();
    assert!(!names("Le chef d'état-major, le général M'Bemba Moussa Keïta, s'est rendu sur place.").contains(&ibk));
    assert!(names("Le président Keïta s'est rendu sur place.").contains(&ibk));
    // a title some outlets capitalise is no given name
    assert!(names("Hier, le Président Keïta s'est rendu sur place.").contains(&ibk));
    // known namesakes by their full names, in both scripts
    assert_eq!(names("طلب الرئيس ديونكوندا تراوري المساعدة."), ["Dioncounda Traoré"]);
    assert_eq!(names("Le président Modibo Keïta a proclamé l'indépendance."), ["Modibo Keïta"]);
}

#[test]
fn finds_spelling_variants_and_hierarchy() {
    let g = &Lexicon::builtin().gazetteer;
    let t = tokenize("قوات فاجنر وجويتا في حي فالاديي بباماكو");
    let names: Vec<&str> = g.find(&t, 0, t.len()).iter().map(|h| g.get(h.id).name.as_str()).collect();
    assert_eq!(names, vec!["Wagner Group", "Assimi Goïta", "Faladié", "Bamako"]);
    let fal = g.id("Faladié").unwrap();
    assert!(g.within(fal, g.id("Bamako").unwrap()));
    assert!(g.within(fal, g.id("Mali").unwrap()));
    assert!(g.related(g.id("Azawad").unwrap(), g.id("Northern Mali").unwrap()));
    assert!(!g.related(g.id("Bamako").unwrap(), g.id("Azawad").unwrap()));
}

#[test]
fn generic_rows_name_what_they_stand_for_elsewhere() {
    // every `else=` of the data file names an entity: a misspelt one would be dropped
    let g = &Lexicon::builtin().gazetteer;
    let rows = include_str!("../../../../assets/lexicon/gazetteer.tsv");
    for row in rows.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = row.split('\t').collect();
        if cols.get(4).is_some_and(|o| o.contains("else=")) {
            let id = g.id(cols[0]).expect("the row's own entity");
            assert!(g.get(id).fallback.is_some(), "{}: its else= names no entity", cols[0]);
        }
    }
    // `nord du pays` is Northern Mali in an article about Mali
    let north = g.id("The country's north").unwrap();
    assert_eq!(g.localized(north, &[g.id("Mali").unwrap()]), g.id("Northern Mali").unwrap());
    assert_eq!(g.localized(north, &[g.id("Niger").unwrap()]), g.id("Northern Niger").unwrap());
}

#[test]
fn jnim_variants() {
    let g = &Lexicon::builtin().gazetteer;
    let jnim = g.id("JNIM").unwrap();
    for s in ["جماعة نصرة الإسلام والمسلمين", "النصرة", "JNIM", "للنصرة"] {
        let t = tokenize(s);
        assert_eq!(g.find(&t, 0, t.len()).first().map(|h| h.id), Some(jnim), "{s}");
    }
}

#[test]
fn the_town_of_macina_is_a_place_and_the_katiba_a_group() {
    assert_eq!(names("Une mine a sauté près de Macina."), ["Macina"]);
    assert_eq!(names("Des éléments de la katiba Macina ont attaqué."), ["Katiba Macina"]);
    assert_eq!(names("هاجمت كتيبة ماسينا موقعا للجيش."), ["Katiba Macina"]);
}

#[test]
fn a_news_agency_named_after_a_town_is_no_place() {
    let g = &Lexicon::builtin().gazetteer;
    for text in [
        "ونقلت وكالة نواكشوط للأنباء الخبر.",
        "selon l'Agence Nouakchott Information.",
        "نقلت وكالة الأنباء الجزائرية الخبر.",
    ] {
        let t = tokenize(text);
        let hits = g.find(&t, 0, t.len());
        assert!(hits.iter().all(|h| !g.get(h.id).kind.is_place()), "{text}");
        assert!(!hits.is_empty(), "{text}");
    }
}

#[test]
fn the_united_kingdom_and_china_are_named_in_french() {
    use crate::i18n::Lang;
    let g = &Lexicon::builtin().gazetteer;
    for (text, name) in [("Le Royaume-Uni a fait de même.", "United Kingdom"), ("La Chine a livré des armes.", "China")]
    {
        assert!(names(text).iter().any(|n| n == name), "{text}");
    }
    assert_eq!(g.display_name("United Kingdom", Lang::French), "Royaume-Uni");
    assert_eq!(g.display_name("China", Lang::French), "Chine");
}

#[test]
fn a_headline_is_about_the_place_it_locates_not_a_country_that_acts_in_it() {
    let g = &Lexicon::builtin().gazetteer;
    let about = |text: &str| {
        let t = tokenize(text);
        g.about(&t, 0).iter().map(|id| g.get(*id).name.clone()).collect::<Vec<_>>()
    };
    assert_eq!(about("أزمة الوقود في مالي: واشنطن تدعو رعاياها للمغادرة"), ["Mali"]);
    assert_eq!(about("Pénurie de carburant au Mali : Washington appelle ses ressortissants à partir"), ["Mali"]);
    // with no place located, a country named is what the line is about
    assert_eq!(about("Washington appelle ses ressortissants à quitter le Mali"), ["United States", "Mali"]);
}
