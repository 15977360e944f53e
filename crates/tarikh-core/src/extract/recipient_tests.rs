//! Who something goes to is not who does it (on sentences written for these tests): bases handed
//! over to an army (`remis aux FAMa`), a letter to the UN Secretary-General (`إلى الأمين العام
//! للأمم المتحدة`); an attack attributed to a group (`attribuée au JNIM`) is that group's; the
//! rebels a town was taken from (`bastion de la rébellion`, fought `مع المتمردين`) did not take it.

use super::meaning_tests::event_on;

#[test]
fn who_something_goes_to_is_not_its_agent() {
    for (text, published, day, not) in [
        (
            "La France a remis lundi aux Forces armées maliennes la base de Gossi.",
            "2022-04-20",
            "2022-04-18",
            "Malian Armed Forces",
        ),
        (
            "وجه الرئيس الانتقالي يوم الثلاثاء رسالة إلى الأمين العام للأمم المتحدة.",
            "2024-04-18",
            "2024-04-16",
            "United Nations",
        ),
        (
            "Le Premier ministre a adressé mardi une lettre au secrétaire général de l'ONU.",
            "2024-04-18",
            "2024-04-16",
            "United Nations",
        ),
    ] {
        let e = event_on(text, published, day);
        assert!(!e.actors.iter().any(|a| a == not), "{text}: {} {:?}", e.title, e.actors);
    }
}

#[test]
fn an_attack_attributed_to_a_group_is_the_group_s() {
    let e = event_on("L'attaque de lundi, attribuée au JNIM, a fait dix morts à Boni.", "2024-03-15", "2024-03-11");
    assert_eq!(e.actors, ["JNIM"], "{}", e.title);
}

#[test]
fn who_a_town_is_taken_from_does_not_take_it() {
    // the rebels named as the bastion's (`bastion de la rébellion`) or fought with before the
    // town was taken (`بعد معارك مع المتمردين`) are who lost it
    for text in [
        "L'armée a pris mardi le contrôle de Kidal, bastion de la rébellion touareg.",
        "أعلن غويتا، اليوم الثلاثاء، أن القوات المسلحة سيطرت على مدينة كيدال، بعد أيام من المعارك مع المتمردين الطوارق.",
    ] {
        let e = event_on(text, "2023-11-14", "2023-11-14");
        assert!(!e.actors.iter().any(|a| a.contains("ebel")), "{text}: {} {:?}", e.title, e.actors);
    }
}
