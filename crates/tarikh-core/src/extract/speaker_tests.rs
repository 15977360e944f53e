//! Who speaks (on sentences written for these tests): ministers and leaders named by name are
//! actors of their statements; an Arabic subject before `قد` and its verb speaks, the name after
//! the verb is what is spoken of (`وكان لودريان قد وصف المجلس العسكري …`); one named before
//! words of announcing does the act it announces, however far (`Bamako a annoncé dimanche 6 avril
//! le rappel de son ambassadeur`).

use super::meaning_tests::{events, titles_of};

#[test]
fn a_subject_before_qad_speaks_of_the_name_after_the_verb() {
    for text in [
        "عنوان\nوكان لودريان قد وصف المجلس العسكري يوم الخميس بأنه غير شرعي.\n",
        "Titre\nJean-Yves Le Drian a dénoncé jeudi la junte, qu'il juge illégitime.\n",
    ] {
        let ev = events(text, "2022-01-31");
        assert_eq!(ev.len(), 1, "{text}: {:?}", titles_of(&ev));
        assert_eq!(ev[0].actors.first().map(String::as_str), Some("Jean-Yves Le Drian"), "{text}: {:?}", ev[0].actors);
    }
    // after the verb with no subject before it, the first name is the subject
    let ev = events("عنوان\nوصف المجلس العسكري يوم الخميس تصريحات لودريان بأنها عدائية.\n", "2022-01-31");
    assert_eq!(ev[0].actors.first().map(String::as_str), Some("Malian junta"), "{:?}", ev[0].actors);
}

#[test]
fn who_announces_an_act_before_its_verb_does_it() {
    let text = "Titre\nBamako a annoncé dimanche 6 avril le rappel de son ambassadeur à Alger, ainsi que ceux du Niger et du Burkina Faso.\n";
    let ev = events(text, "2025-04-08");
    assert_eq!(ev.len(), 1, "{:?}", titles_of(&ev));
    assert!(ev[0].actors.iter().any(|a| a == "Mali"), "{:?}", ev[0].actors);
    // an armed act announced is not the announcer's: the army that tells of deaths did not kill
    let ev = events(
        "Titre\nL'armée malienne a annoncé dimanche 6 avril la mort de dix soldats dans une embuscade près de Gao.\n",
        "2025-04-08",
    );
    assert!(ev.iter().all(|e| !e.title.starts_with("Malian Armed Forces attack")), "{:?}", titles_of(&ev));
}
