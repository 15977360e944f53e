//! Which kind a clause is (issue 22), on sentences written for these tests: the forms and words
//! reporters use for each kind, in Arabic and French, one sentence and its expected type a row.

use super::meaning_tests::{events, only_type, starts_on, titles_of};
use crate::model::EventType;

#[test]
fn a_kind_is_found_in_the_forms_and_words_reporters_use_for_it() {
    let ar = [
        // an accusative noun (`كمينا`) is the listed noun (`كمين`)
        ("ونصب مسلحون كمينا لقافلة عسكرية قرب الحدود صباح الأربعاء 4 سبتمبر 2024.", EventType::Attack),
        ("ونفذ الجيش ضربات جوية على مواقع للمسلحين ليل السبت 7 سبتمبر 2024.", EventType::Attack),
        ("وعين المجلس العسكري العقيد رئيسا للوزراء يوم الاثنين 2 سبتمبر 2024.", EventType::Political),
        ("ووصلت عناصر من قوات فاغنر إلى مطار المدينة يوم الثلاثاء 3 سبتمبر 2024.", EventType::Deployment),
        ("واستقبل رئيس المجلس العسكري وزير الخارجية الروسي في نيامي يوم الخميس 5 سبتمبر 2024.", EventType::Diplomatic),
        ("وانفجر لغم بحافلة قرب بندياغارا يوم الجمعة 6 سبتمبر 2024.", EventType::Attack),
        ("وعلق المجلس العسكري أنشطة الأحزاب السياسية يوم السبت 7 سبتمبر 2024.", EventType::Political),
        ("وأحرق مسلحون عشرات المنازل في قرية قرب جيبو يوم الأحد 8 سبتمبر 2024.", EventType::Attack),
        ("واغتال مسلحون إمام مسجد في قرية قرب موبتي يوم الثلاثاء 3 سبتمبر 2024.", EventType::Attack),
        ("وأسقطت جبهة تحرير أزواد طائرة مسيرة تابعة للجيش قرب كيدال يوم الأربعاء 4 سبتمبر 2024.", EventType::Attack),
        ("وحل رئيس المرحلة الانتقالية الحكومة يوم الاثنين 2 سبتمبر 2024.", EventType::Political),
        ("وطردت السلطات منسق الشؤون الإنسانية للأمم المتحدة يوم الأربعاء 4 سبتمبر 2024.", EventType::Diplomatic),
        ("وأجرى وزير الخارجية محادثات مع نظيره الروسي يوم الاثنين 9 سبتمبر 2024.", EventType::Diplomatic),
        // the trial of an attack's authors is a trial (Arabic annotators type trials `other`)
        ("وافتتحت محاكمة منفذي الهجوم يوم الثلاثاء 10 سبتمبر 2024.", EventType::Other),
        // a blockade is no political act, though a group announces it
        ("وأعلنت الجماعة فرض حصار على مدينة تمبكتو يوم الأحد 8 سبتمبر 2024.", EventType::Other),
        // an ambassador who leaves: diplomacy, not a withdrawal of forces
        ("وغادر السفير الفرنسي العاصمة نيامي يوم الأربعاء 4 سبتمبر 2024.", EventType::Diplomatic),
        // a president arrested by soldiers is the coup; a minister arrested by them is an arrest
        ("واعتقل عسكريون الرئيس ورئيس الوزراء يوم الاثنين 2 سبتمبر 2024.", EventType::Coup),
        ("واعتقل الجيش وزيرا سابقا يوم الاثنين 2 سبتمبر 2024.", EventType::Other),
        ("واستولى العسكريون على السلطة يوم الاثنين 2 سبتمبر 2024.", EventType::Coup),
        // sources (`مصادر`) are no seizure (`مصادرة`), though the two share a stem
        (
            "ولقي 40 مدنيا مصرعهم في هجوم على قرية في الساعات الأولى من صباح الأحد 8 سبتمبر 2024، حسبما أفادت مصادر محلية.",
            EventType::Attack,
        ),
        ("واتفقت موريتانيا ومالي يوم الثلاثاء 3 سبتمبر 2024 على تعزيز التنسيق الأمني.", EventType::Agreement),
        ("واستدعت نواكشوط السفير المالي يوم الاثنين 9 سبتمبر 2024 للاحتجاج على الحادثة.", EventType::Diplomatic),
        ("وسلمت فرنسا قاعدة فايا لارجو للجيش التشادي يوم الخميس 5 سبتمبر 2024.", EventType::Withdrawal),
        ("وأمهلت السلطات الملحق العسكري في السفارة الفرنسية يومين لمغادرة البلاد يوم الأربعاء 4 سبتمبر 2024.", EventType::Diplomatic),
        // those held since a date were detained then, not released then
        ("وأفرجت السلطات عن موظفين كانوا محتجزين منذ الأربعاء 4 سبتمبر 2024.", EventType::Other),
        // the agent between the verb and its object: shots fired, forces spread out
        ("وأطلق مسلحون النار على مصلين قرب ميناكا يوم الأربعاء 4 سبتمبر 2024.", EventType::Attack),
        ("وانتشرت قوات الفيلق الأفريقي في كيدال يوم الأربعاء 4 سبتمبر 2024.", EventType::Deployment),
        ("وأجرى الرئيس تعديلا وزاريا يوم الأربعاء 4 سبتمبر 2024.", EventType::Political),
        // the junta (`المجلس العسكري`) expelling an envoy is no withdrawal of troops
        ("وطرد المجلس العسكري ممثل إيكواس يوم الأربعاء 4 سبتمبر 2024.", EventType::Diplomatic),
        // fire set and shells fallen are attacks; trainers sent and a base emptied move forces
        ("وأضرم مسلحون النار في السوق الأسبوعية يوم الأربعاء 4 سبتمبر 2024.", EventType::Attack),
        ("وسقطت قذيفة على حي سكني في غاو يوم الأربعاء 4 سبتمبر 2024.", EventType::Attack),
        ("وأرسلت موسكو مدربين عسكريين إلى نيامي يوم الأربعاء 4 سبتمبر 2024.", EventType::Deployment),
        ("وأخلى الجنود الألمان قاعدة غاو يوم الأربعاء 4 سبتمبر 2024.", EventType::Withdrawal),
        ("وقطعت النيجر علاقاتها الدبلوماسية مع كييف يوم الأربعاء 4 سبتمبر 2024.", EventType::Diplomatic),
        ("وصوت الناخبون على الدستور الجديد يوم الأحد 8 سبتمبر 2024.", EventType::Political),
        ("وقرر المجلس العسكري يوم الخميس 7 مارس 2024 تمديد المرحلة الانتقالية خمس سنوات.", EventType::Political),
        // a base dismantled, a bridge blown up, trainers landed, foreign ministers meeting
        ("وفكك الجيش قاعدة للإرهابيين قرب سيفاري يوم الخميس 7 مارس 2024.", EventType::Clash),
        ("وفجر إرهابيون جسرا قرب موبتي يوم الخميس 7 مارس 2024.", EventType::Attack),
        ("وحط مدربون عسكريون روس في نيامي يوم الخميس 7 مارس 2024.", EventType::Deployment),
        ("واجتمع وزراء خارجية دول الساحل في باماكو يوم الخميس 7 مارس 2024.", EventType::Diplomatic),
        // a president removed by the army; a ban, a dismissal, a charter amended, an installation
        ("وعزل الجيش رئيس المرحلة الانتقالية يوم الخميس 7 مارس 2024.", EventType::Coup),
        ("وحظرت الحكومة أنشطة الجمعيات يوم الخميس 7 مارس 2024.", EventType::Political),
        ("وأعفي وزير الاقتصاد من منصبه يوم الخميس 7 مارس 2024.", EventType::Political),
        ("وعدل المجلس العسكري ميثاق المرحلة الانتقالية يوم الخميس 7 مارس 2024.", EventType::Political),
        ("ونصب الجنرال رئيسا للبلاد يوم الخميس 7 مارس 2024.", EventType::Political),
        ("ونصب مسلحون كمينا لقافلة عسكرية يوم الخميس 7 مارس 2024.", EventType::Attack),
        // the present tense of chronologies and headlines
        ("- 7 مارس 2024: الجيش يطيح بالرئيس.", EventType::Coup),
        ("- 7 مارس 2024: آخر الجنود الفرنسيين يغادرون البلاد.", EventType::Withdrawal),
        ("ونزح آلاف السكان بسبب المعارك يوم الخميس 7 مارس 2024.", EventType::Other),
        ("وارتكب مسلحون انتهاكات بحق المدنيين يوم الخميس 7 مارس 2024.", EventType::Attack),
        ("وتوغل مسلحون في قرية قرب موبتي يوم الخميس 7 مارس 2024.", EventType::Attack),
        ("وتمركز الجنود عند مدخل المدينة يوم الخميس 7 مارس 2024.", EventType::Deployment),
        ("وأعيد الجنود الفرنسيون إلى بلادهم يوم الخميس 7 مارس 2024.", EventType::Withdrawal),
        ("وأعاد البلدان تطبيع علاقاتهما يوم الخميس 7 مارس 2024.", EventType::Diplomatic),
        ("وأممت الحكومة منجم الذهب يوم الخميس 7 مارس 2024.", EventType::Political),
        // both countries recalling their ambassadors (`سفيريهما`) is diplomacy
        ("واستدعى البلدان سفيريهما يوم الخميس 7 مارس 2024.", EventType::Diplomatic),
        ("ومني الجيش بهزيمة قرب الحدود يوم الخميس 7 مارس 2024.", EventType::Clash),
        // losses admitted (`بسقوط قتلى`) are a casualty report
        ("واعترفت المجموعة يوم الأحد 8 سبتمبر 2024 بسقوط قتلى في صفوفها.", EventType::CasualtyReport),
        // the junta's message (`أرسل المجلس العسكري رسالة`) sends no troops
        ("وأرسل المجلس العسكري رسالة إلى إيكواس يوم الأربعاء 4 سبتمبر 2024.", EventType::Other),
        // a bus that falls into a river, a mine that caves in: accidents, though people die
        ("وسقطت حافلة في النهر يوم الأربعاء 4 سبتمبر 2024 ما أسفر عن مقتل 20 شخصا.", EventType::Other),
        ("وانهار منجم ذهب قرب كايس يوم الأربعاء 4 سبتمبر 2024 ما أسفر عن مقتل 30 شخصا.", EventType::Other),
        // a town wrested from a force is taken; a town besieged is attacked, as in French
        ("وانتزع المتمردون بلدة ليري من الجيش يوم الأربعاء 4 سبتمبر 2024.", EventType::Clash),
        ("وحاصر مسلحون مدينة تمبكتو يوم الأربعاء 4 سبتمبر 2024.", EventType::Attack),
        // shrines destroyed and a stabbing are attacks; an appeal against a ruling (`طعن في`) is not
        ("ودمر المسلحون ثلاثة أضرحة في المدينة يوم الأربعاء 4 سبتمبر 2024.", EventType::Attack),
        ("وحاول رجل طعن الرئيس بسكين يوم الأربعاء 4 سبتمبر 2024.", EventType::Attack),
        ("وطعن المحامون في الحكم أمام المحكمة العليا يوم الأربعاء 4 سبتمبر 2024.", EventType::Other),
        // protesters, a minister heading abroad, a unit arriving
        ("وخرج آلاف المتظاهرين إلى شوارع العاصمة يوم الأربعاء 4 سبتمبر 2024.", EventType::Political),
        ("وتوجه وزير الخارجية إلى الجزائر يوم الأربعاء 4 سبتمبر 2024.", EventType::Diplomatic),
        ("ووصلت وحدة روسية إلى المطار يوم الأربعاء 4 سبتمبر 2024.", EventType::Deployment),
        ("وسير الجيش دوريات في شوارع المدينة يوم الأربعاء 4 سبتمبر 2024.", EventType::Deployment),
        ("وتعرضت دورية للجيش لكمين قرب بوني يوم الأربعاء 4 سبتمبر 2024.", EventType::Attack),
    ];
    for (sentence, kind) in ar {
        assert_eq!(only_type(sentence, "2024-09-09"), kind, "{sentence}");
    }
    let fr = [
        // (accords ended with a state are an act between states)
        ("La junte a annoncé le 2 mai 2022 la fin des accords de défense avec la France.", EventType::Diplomatic),
        ("La junte a annoncé le 2 mai 2022 la fin de l'accord de paix avec les rebelles.", EventType::Political),
        ("Le bilan s'est alourdi le vendredi 8 mars 2024 à vingt et un morts.", EventType::CasualtyReport),
        ("Le Mali a connu une vague de coups d'État depuis août 2020.", EventType::Coup),
        // arriving for a visit is the visit; arriving troops still deploy
        (
            "Le Premier ministre est arrivé le mercredi 6 mars 2024 à Moscou pour une visite officielle.",
            EventType::Diplomatic,
        ),
        ("Des soldats russes sont arrivés le mercredi 6 mars 2024 à Tombouctou.", EventType::Deployment),
        ("Les autorités ont imposé le mardi 5 mars 2024 un couvre-feu nocturne à Gao.", EventType::Political),
        ("Des milliers de personnes ont défilé le dimanche 3 mars 2024 à Niamey.", EventType::Political),
        ("Le lundi 4 mars 2024, plusieurs villages ont été incendiés près de Djibo.", EventType::Attack),
        // wounded men evacuated are no withdrawal of forces
        ("Des blessés ont été évacués vers Gao le mardi 5 mars 2024.", EventType::CasualtyReport),
        ("Un nouveau gouvernement a été formé le mardi 5 mars 2024.", EventType::Political),
        ("Le ministre s'est entretenu avec son homologue russe le mardi 5 mars 2024.", EventType::Diplomatic),
        ("Le Conseil national de transition a adopté la loi électorale le mardi 5 mars 2024.", EventType::Political),
        ("Le procès des auteurs de l'attaque s'est ouvert le mardi 5 mars 2024.", EventType::Political),
        // (an accord broken with a state is an act between states)
        ("Le Niger a rompu le samedi 9 mars 2024 son accord militaire avec les États-Unis.", EventType::Diplomatic),
        // officers who remove the president: a coup
        ("Le 3 mars 2024, des officiers ont annoncé à la télévision la destitution du président.", EventType::Coup),
        ("L'ambassadeur d'Italie a quitté Ouagadougou le mercredi 6 mars 2024.", EventType::Diplomatic),
        // people who flee violence and arrive somewhere: neither forces nor an attack
        (
            "Le samedi 9 mars 2024, des centaines de déplacés sont arrivés à Kaya, fuyant les violences.",
            EventType::Other,
        ),
        // soldiers of a named operation who leave: its name is who they are, not what they do
        (
            "Le 15 août 2022, les derniers soldats français de l'opération Barkhane quittent le pays.",
            EventType::Withdrawal,
        ),
        ("Le président a été arrêté par des militaires le lundi 4 mars 2024 à Bamako.", EventType::Coup),
        ("Des militaires ont arrêté un ancien ministre le lundi 4 mars 2024 à Bamako.", EventType::Other),
        ("Le colonel s'est proclamé président de la transition le mardi 5 mars 2024.", EventType::Political),
        ("L'armée a lancé le mardi 5 mars 2024 une vaste opération près de Djibo.", EventType::Clash),
        ("Des hommes armés ont ouvert le feu sur des fidèles le mardi 5 mars 2024 près de Ménaka.", EventType::Attack),
        // `Tombouctou` is no form of `tomber` (a town that falls is taken)
        ("Des soldats russes ont été acheminés vers Tombouctou le mardi 5 mars 2024.", EventType::Deployment),
        ("Les derniers soldats allemands ont plié bagage le mardi 5 mars 2024.", EventType::Withdrawal),
        ("Le gouvernement a été remanié le mardi 5 mars 2024.", EventType::Political),
        (
            "Bamako a convoqué l'ambassadeur le mardi 5 mars 2024 pour protester contre ces propos.",
            EventType::Diplomatic,
        ),
        // leaving an organisation is diplomacy; soldiers leaving a camp withdraw
        (
            "Le Burkina Faso a décidé le mardi 5 mars 2024 de se retirer de l’organisation régionale.",
            EventType::Diplomatic,
        ),
        ("Les soldats ont quitté le camp le mardi 5 mars 2024, selon la communauté locale.", EventType::Withdrawal),
        // `présidentiel` of a palace is no presidential election
        (
            "Le 5 mars 2024, le chef de l'État a reçu l'ambassadeur de Russie au palais présidentiel.",
            EventType::Diplomatic,
        ),
        // instructors sent, relations broken, power seized, a vote: each its kind
        ("Moscou a envoyé le mardi 5 mars 2024 des instructeurs militaires à Niamey.", EventType::Deployment),
        ("Le Niger a rompu ses relations diplomatiques avec Kiev le mardi 5 mars 2024.", EventType::Diplomatic),
        ("Le lieutenant-colonel s'est emparé du pouvoir le mardi 5 mars 2024.", EventType::Coup),
        (
            "Les électeurs ont voté le dimanche 3 mars 2024 pour approuver la nouvelle Constitution.",
            EventType::Political,
        ),
        // a bus that falls into a river is an accident, not a town that falls or an attack
        ("Un bus est tombé dans le fleuve le mardi 5 mars 2024, faisant 12 morts.", EventType::Other),
        ("La ville de Tessalit est tombée aux mains des rebelles le mardi 5 mars 2024.", EventType::Clash),
        // a defeat of the army is a battle; the end of an accord with words in between ends it
        ("L'armée y a subi une cuisante défaite le mardi 5 mars 2024.", EventType::Clash),
        (
            "Les autorités ont annoncé le jeudi 7 mars 2024 la fin, avec effet immédiat, de l'accord de paix.",
            EventType::Political,
        ),
        // a transition extended; a captain `arrivé au pouvoir` did not deploy
        (
            "Le capitaine, arrivé au pouvoir par les armes, a prolongé le mardi 5 mars 2024 la transition.",
            EventType::Political,
        ),
        // a base dismantled, a town besieged, a bridge blown up; units redeployed or landed
        ("L'armée a démantelé le mardi 5 mars 2024 une base des terroristes près de Sévaré.", EventType::Clash),
        ("Les groupes armés ont assiégé la ville le mardi 5 mars 2024.", EventType::Attack),
        ("Des terroristes ont fait exploser le pont le mardi 5 mars 2024.", EventType::Attack),
        ("Des unités de l'armée ont été redéployées à Tessalit le mardi 5 mars 2024.", EventType::Deployment),
        ("Des instructeurs russes ont débarqué à Ouagadougou le mardi 5 mars 2024.", EventType::Deployment),
        // foreign ministers meeting is diplomacy; a ban, a charter revised, the length of a
        // transition are political; a fire that breaks out is no attack
        ("Les ministres des Affaires étrangères se sont réunis le mardi 5 mars 2024 à Niamey.", EventType::Diplomatic),
        ("Le gouvernement a interdit le mardi 5 mars 2024 les activités des associations.", EventType::Political),
        ("La charte de la transition a été révisée le mardi 5 mars 2024.", EventType::Political),
        ("La junte a fixé le mardi 5 mars 2024 la durée de la transition.", EventType::Political),
        ("Un incendie a ravagé le grand marché le mardi 5 mars 2024.", EventType::Other),
        // fighters name who acted: the act beside them types the clause
        ("Des combattants du JNIM ont pris d'assaut le camp le mardi 5 mars 2024.", EventType::Attack),
        // what an offensive set off (`avait déclenché l'intervention`) is a later event
        (
            "Une offensive des rebelles, le mardi 5 mars 2024, avait déclenché l'intervention de l'armée.",
            EventType::Attack,
        ),
        // abuses, looting and incursions are attacks; forces heliborne, taking up positions,
        // sent home, a base handed over; an audience with an envoy; relations normalized;
        // a mine nationalized; people displaced by violence are displaced, not fighting
        ("Des hommes armés ont commis des exactions contre des civils le mardi 5 mars 2024.", EventType::Attack),
        ("Des assaillants ont pillé le centre de santé le mardi 5 mars 2024.", EventType::Attack),
        ("Les forces spéciales ont été héliportées vers la zone le mardi 5 mars 2024.", EventType::Deployment),
        ("Les soldats ont pris position à l'entrée de la ville le mardi 5 mars 2024.", EventType::Deployment),
        ("Les militaires français ont été rapatriés le mardi 5 mars 2024.", EventType::Withdrawal),
        ("La mission a transféré la base de Tessalit à l'armée le mardi 5 mars 2024.", EventType::Withdrawal),
        ("Le président a accordé une audience à l'ambassadeur de Chine le mardi 5 mars 2024.", EventType::Diplomatic),
        ("Les deux pays ont normalisé leurs relations le mardi 5 mars 2024.", EventType::Diplomatic),
        ("Le gouvernement a nationalisé la mine le mardi 5 mars 2024.", EventType::Political),
        ("Des milliers de personnes ont été déplacées par les violences le mardi 5 mars 2024.", EventType::Other),
        // a decree signed is a decision, not an agreement
        ("Le président a signé le mardi 5 mars 2024 un décret portant dissolution des partis.", EventType::Political),
        // a town taken by an armed force is a takeover; soldiers who flee or speak take nothing,
        // and power taken is a coup
        ("Les rebelles ont pris le mardi 5 mars 2024 la ville de Léré.", EventType::Clash),
        ("Les soldats ont pris la fuite le mardi 5 mars 2024 après l'attaque.", EventType::Other),
        ("Le chef de l'armée a pris la parole le mardi 5 mars 2024 devant les troupes.", EventType::Other),
        ("Les militaires ont pris le pouvoir le mardi 5 mars 2024 à Niamey.", EventType::Coup),
        // shrines destroyed and a stabbing are attacks
        ("Les islamistes ont détruit le mardi 5 mars 2024 trois mausolées de la ville.", EventType::Attack),
        ("Un homme a tenté le mardi 5 mars 2024 de poignarder le président.", EventType::Attack),
        // soldiers on patrol deploy; a patrol ambushed is the ambush
        ("Des soldats patrouillent le mardi 5 mars 2024 dans les rues de Diabali.", EventType::Deployment),
        ("Une patrouille de l'armée est tombée le mardi 5 mars 2024 dans une embuscade.", EventType::Attack),
    ];
    for (sentence, kind) in fr {
        assert_eq!(only_type(sentence, "2024-03-10"), kind, "{sentence}");
    }
}

#[test]
fn a_trigger_its_phrase_dates_itself_does_not_type_the_clause_s_other_date() {
    // `depuis le coup d'État de juillet 2023`: the coup has its month; Tuesday is the suspension's
    let ev = events(
        "Titre\nLes militaires au pouvoir depuis le coup d'État de juillet 2023 ont suspendu le mardi 5 mars 2024 la licence de la mine.\n",
        "2024-03-06",
    );
    let tuesday = ev.iter().find(|e| e.when.as_ref().is_some_and(|w| w.iso_start() == "2024-03-05")).expect("Tuesday");
    assert_eq!(tuesday.event_type, EventType::Political, "{}", tuesday.title);
    assert!(ev.iter().any(|e| e.event_type == EventType::Coup), "the coup keeps its month");
}

#[test]
fn hostages_freed_end_a_kidnapping_and_a_detainee_freed_is_a_political_release() {
    use super::meaning_tests::{has_kind, one_where, titles_of};
    // hostages freed: the kidnapping's family, titled as a release, not as hostages taken
    for (text, published) in [
        ("Titre\nLes deux otages italiens ont été libérés samedi près de Ménaka.\n", "2024-03-10"),
        ("Titre\nLes deux journalistes ont été relâchés samedi par leurs ravisseurs.\n", "2024-03-10"),
        ("عنوان\nأفرج تنظيم القاعدة السبت عن رهينتين إيطاليتين.\n", "2024-03-10"),
    ] {
        let ev = events(text, published);
        let release = one_where(&ev, |e| has_kind(e, "hostage_release"));
        assert_eq!(release.event_type, EventType::Kidnapping, "{text}");
        assert!(!release.title.contains("takes hostages"), "{}", release.title);
    }
    // a president or prisoners freed: a political release
    assert_eq!(
        only_type("Le président déchu a été libéré samedi 9 mars 2024 par la junte.", "2024-03-10"),
        EventType::Political
    );
    assert_eq!(
        only_type("وأطلق الجيش يوم السبت 9 مارس 2024 سراح الرئيس الانتقالي.", "2024-03-10"),
        EventType::Political
    );
    // the same release told with the hostages in one article and without in the other is one event
    let mut c = super::tests::corpus(&[
        ("a.txt", "Titre\nLes deux otages italiens ont été libérés samedi à Ménaka.\n", Some("2024-03-10")),
        ("b.txt", "Titre\nLes deux Italiens ont été libérés samedi à Ménaka, a annoncé Rome.\n", Some("2024-03-10")),
    ]);
    let ex = super::extract(&mut c);
    let saturday: Vec<_> = ex.events.iter().filter(|e| starts_on(e, "2024-03-09")).collect();
    assert_eq!(saturday.len(), 1, "{:?}", titles_of(&ex.events));
    // an election named by its year alone does not join a release of that year
    let mut c = super::tests::corpus(&[
        (
            "a.txt",
            "عنوان\nأعلن الرئيس الفرنسي اليوم الثلاثاء 29 أكتوبر 2013 إطلاق سراح أربعة مواطنين فرنسيين اختطفوا في النيجر.\n",
            Some("2013-10-29"),
        ),
        (
            "b.txt",
            "عنوان\nوسيواجه الرئيس في 12 أغسطس خصمه في الجولة الثانية، في سيناريو مماثل لانتخابات العام 2013 التي انتهت بفوزه.\n",
            Some("2018-08-01"),
        ),
    ]);
    let ex = super::extract(&mut c);
    let release = one_where(&ex.events, |e| has_kind(e, "hostage_release"));
    assert!(release.mentions.iter().all(|m| m.doc == 0), "{:?}", titles_of(&ex.events));
}

#[test]
fn acts_between_states_without_a_listed_verb_are_diplomatic() {
    for sentence in [
        "وقدم السفير الصيني الجديد أوراق اعتماده إلى رئيس المرحلة الانتقالية يوم الجمعة 8 مارس 2024.",
        // `للاحتجاج` says why the ambassador was summoned: no protest of its own
        "واستدعت الخارجية المالية السفير الجزائري يوم الخميس 7 مارس 2024 للاحتجاج.",
        "وأعلنت الحكومة السفير الفرنسي شخصا غير مرغوب فيه يوم الاثنين 4 مارس 2024.",
        "وبحث وزير الخارجية المالي مع نظيره التركي يوم الأربعاء 6 مارس 2024 سبل تعزيز التعاون.",
        "وفتحت روسيا سفارة في واغادوغو يوم الخميس 7 مارس 2024.",
        "وأعادت الجزائر سفيرها إلى باماكو يوم الأحد 3 مارس 2024.",
        "وعلقت المجموعة الاقتصادية عضوية بوركينا فاسو يوم الجمعة 8 مارس 2024.",
        "وجددت الأمم المتحدة مهمة بعثتها في مالي يوم الخميس 7 مارس 2024.",
        "La Russie a rouvert jeudi 7 mars 2024 son ambassade à Ouagadougou.",
        "L'Algérie a renvoyé dimanche 3 mars 2024 son ambassadeur à Bamako.",
        "Alger a accueilli lundi 4 mars 2024 un nouveau cycle de négociations entre les parties maliennes.",
        "L'Union africaine a suspendu vendredi 8 mars 2024 le Burkina Faso de ses instances.",
        // the UN mission's mandate, not the transition's
        "Le Conseil de sécurité a prorogé jeudi 7 mars 2024 le mandat de la Minusma pour un an.",
        // airspace closed to a neighbour: no closure of a place
        "L'Algérie a fermé dimanche 6 avril 2025 son espace aérien aux avions maliens.",
        "وأغلقت الجزائر يوم الاثنين 7 أبريل 2025 مجالها الجوي أمام الطائرات المالية.",
        // a delegation that arrives visits; it deploys no force
        "Une délégation de la Cédéao est arrivée samedi 9 mars 2024 à Bamako pour des consultations.",
    ] {
        assert_eq!(only_type(sentence, "2024-03-10"), EventType::Diplomatic, "{sentence}");
    }
}

#[test]
fn fire_set_kills_nobody_a_blockade_is_named_and_a_convoy_stopped_is_no_arrest() {
    use super::meaning_tests::{has_kind, one_where, titles_of};
    for (text, published) in [
        (
            "Titre\nLes jihadistes ont incendié dimanche une quarantaine de camions-citernes près de Kati.\n",
            "2025-09-16",
        ),
        ("عنوان\nأحرق مسلحون يوم الأحد نحو أربعين شاحنة صهريج قرب كاتي.\n", "2025-09-16"),
    ] {
        let ev = events(text, published);
        let fire = one_where(&ev, |e| has_kind(e, "arson"));
        assert_eq!(fire.event_type, EventType::Attack);
        assert!(!fire.title.contains("kills"), "{}", fire.title);
    }
    // the countries the fuel comes from, however the list goes on, are not where the blockade is
    // (the title does not place it there)
    for (text, published) in [
        ("Titre\nLe groupe a annoncé début septembre un blocus sur le carburant en provenance du Sénégal et de la Côte d'Ivoire.\n", "2025-09-16"),
        ("عنوان\nوأعلنت الجماعة مطلع سبتمبر فرض حصار على الوقود القادم من السنغال وساحل العاج.\n", "2025-09-16"),
    ] {
        let ev = events(text, published);
        let blockade = one_where(&ev, |e| has_kind(e, "blockade"));
        assert!(blockade.title.starts_with("Blockade"), "{}", blockade.title);
        assert!(!blockade.title.contains("Côte d'Ivoire") && !blockade.title.contains("Senegal"), "{}", blockade.title);
    }
    let ev = events(
        "Titre\nLes assaillants ont arrêté le convoi dimanche vers 15 heures avant d'incendier les camions.\n",
        "2025-09-16",
    );
    assert!(!ev.iter().any(|e| has_kind(e, "arrest")), "{:?}", titles_of(&ev));
}

#[test]
fn a_gathering_that_demands_is_a_protest_parties_allowed_again_a_decision_and_a_second_coup_a_coup() {
    use super::meaning_tests::{has_kind, one_where, starts_on};
    for (text, kind) in [
        ("Titre\nLe 3 mai, plusieurs centaines de personnes s'étaient rassemblées à Bamako pour réclamer le retour à l'ordre constitutionnel.\n", "protest"),
        ("عنوان\nوفي الثالث من مايو، تجمع مئات الأشخاص في باماكو للمطالبة بالعودة إلى النظام الدستوري.\n", "protest"),
        ("Titre\nLes partis ont été autorisés à reprendre leurs activités le 3 mai.\n", "decision"),
        ("عنوان\nوسمح للأحزاب في الثالث من مايو باستئناف أنشطتها.\n", "decision"),
        // what they demand (a withdrawal) is not what they did
        ("عنوان\nتظاهر آلاف الأشخاص في غاو في الثالث من مايو للمطالبة برحيل القوات الأجنبية.\n", "protest"),
        ("عنوان\nخرج مئات الشبان في الثالث من مايو في تمبكتو مطالبين بانسحاب البعثة الأممية.\n", "protest"),
    ] {
        let ev = events(text, "2025-05-14");
        one_where(&ev, |e| has_kind(e, kind) && starts_on(e, "2025-05-03"));
    }
    let ev = events(
        "Titre\nDepuis le coup d'État d'août 2020, puis un second en mai 2021, le pays est dirigé par des militaires.\n",
        "2025-05-14",
    );
    one_where(&ev, |e| e.event_type == EventType::Coup && starts_on(e, "2021-05"));
}

#[test]
fn destruction_by_armed_men_armour_deployed_trainers_arriving_and_a_force_disengaging_are_named() {
    for (sentence, t) in [
        ("Les jihadistes ont détruit mardi 12 mars 2024 un pont sur la route de Sévaré.", EventType::Attack),
        ("ودمر المتشددون يوم الثلاثاء 12 مارس 2024 جسرا على طريق سيفاري.", EventType::Attack),
        ("La force Barkhane s'est désengagée mardi 12 mars 2024 de la base de Gossi.", EventType::Withdrawal),
        ("ووصل مدربون روس يوم الثلاثاء 12 مارس 2024 إلى باماكو.", EventType::Deployment),
        ("ونشر الجيش يوم الثلاثاء 12 مارس 2024 مدرعات حول كاتي.", EventType::Deployment),
    ] {
        assert_eq!(only_type(sentence, "2024-03-13"), t, "{sentence}");
    }
    // a weekday after a relative adjective (`رسمية`, `أمنية`) is the clause's day
    let ev = events("عنوان\nأفادت حصيلة رسمية الثلاثاء بمقتل 12 مدنيا قرب موبتي.\n", "2024-03-13");
    assert!(ev.iter().any(|e| starts_on(e, "2024-03-12")), "{:?}", ev.len());
}

#[test]
fn raids_fights_with_the_day_inside_deaths_after_a_bombing_and_reactions_are_typed_by_meaning() {
    for (sentence, t) in [
        // a weekday between a plural and its feminine adjective and the rest of the clause
        ("دارت معارك عنيفة الثلاثاء بين الجيش والمتمردين قرب كيدال.", EventType::Clash),
        // `قضى … على` with its subject and day in between
        ("قضى الجيش الثلاثاء على عشرين إرهابيا قرب نارا.", EventType::Clash),
        ("أغارت طائرات مسيرة الثلاثاء على مواقع للمتمردين.", EventType::Attack),
        ("Des hommes armés ont fait irruption mardi dans un village près de Ségou.", EventType::Attack),
        // the dead that fell after a car bomb are no road accident, though a car is named
        ("سقط عشرات القتلى الثلاثاء إثر هجوم انتحاري بسيارة مفخخة.", EventType::Attack),
        // one soldier leaving is a withdrawal; units entering a town take it
        ("غادر آخر جندي فرنسي الأراضي المالية الثلاثاء.", EventType::Withdrawal),
        ("دخلت وحدات من الجيش مدينة أنفيس الثلاثاء.", EventType::Clash),
        // a reaction dated right after its verb is the reaction's day, not a coup that day
        ("أدانت الجزائر الثلاثاء الانقلاب العسكري في النيجر.", EventType::Political),
        ("Alger a condamné mardi le coup d'État au Niger.", EventType::Political),
    ] {
        assert_eq!(only_type(sentence, "2024-03-13"), t, "{sentence}");
    }
    // the act condemned keeps its own day when the date is its own
    assert_eq!(only_type("أدانت الجزائر الانقلاب الذي وقع الثلاثاء في النيجر.", "2024-03-13"), EventType::Coup);
}

#[test]
fn soldiers_coming_to_power_a_drone_destroyed_and_a_minister_arriving_or_meeting_are_named() {
    for (sentence, t) in [
        (
            "Les relations se sont dégradées depuis l'arrivée au pouvoir des militaires à Bamako en 2020.",
            EventType::Coup,
        ),
        ("وتدهورت العلاقات منذ وصول العسكريين إلى السلطة في باماكو عام 2020.", EventType::Coup),
        ("Le Mali dénonce la destruction mardi d'un drone de son armée près de la frontière.", EventType::Attack),
        ("ووصل وزير الخارجية إلى باماكو الثلاثاء في زيارة رسمية.", EventType::Diplomatic),
        // a context of two words (`وزير الخارجية`) is those two words in a row
        ("والتقى وزير الخارجية الثلاثاء قادة الجيش.", EventType::Diplomatic),
    ] {
        assert_eq!(only_type(sentence, "2024-03-13"), t, "{sentence}");
    }
    // a president elected to power is no coup, nor is another minister meeting soldiers a visit
    assert_ne!(
        only_type("Le président, arrivé au pouvoir par les urnes, a parlé mardi à Niamey.", "2024-03-13"),
        EventType::Coup
    );
    assert_ne!(only_type("والتقى وزير الدفاع الثلاثاء قادة الجيش.", "2024-03-13"), EventType::Diplomatic);
}

#[test]
fn chronology_lines_in_the_present_and_an_operation_launched_or_set_off() {
    for (sentence, t) in [
        ("14 mars 2024 : l'armée reprend Tessit, bastion des rebelles.", EventType::Clash),
        // the soldiers of a named operation leave: the operation's name is no launch
        ("15 mars 2024 : les derniers soldats de l'opération Barkhane quittent le pays.", EventType::Withdrawal),
        // launched by a state, an operation is the event of the date before it…
        ("Le 12 mars 2024, la France déclenche l'opération Serval.", EventType::Deployment),
        // …set off by an event, it is another, later one
        (
            "Le 12 mars 2024, la prise de Konna par les jihadistes avait déclenché l'intervention de la France.",
            EventType::Clash,
        ),
    ] {
        assert_eq!(only_type(sentence, "2024-03-20"), t, "{sentence}");
    }
}

#[test]
fn crowds_in_the_streets_protest_and_a_leader_meeting_his_own_civil_society_is_politics() {
    for (sentence, t) in [
        ("Mardi, des centaines de jeunes étaient descendus dans les rues de Niamey.", EventType::Political),
        ("Le général doit rencontrer lundi prochain des représentants de la société civile.", EventType::Political),
        ("ومن المقرر أن يلتقي رئيس المجلس العسكري يوم الاثنين المقبل ممثلي المجتمع المدني.", EventType::Political),
    ] {
        assert_eq!(only_type(sentence, "2024-03-15"), t, "{sentence}");
    }
    // meeting a foreign counterpart stays diplomacy
    assert_eq!(
        only_type("Le général doit rencontrer lundi prochain son homologue tchadien.", "2024-03-15"),
        EventType::Diplomatic
    );
    let ev = events("Titre\nMardi, des centaines de jeunes étaient descendus dans les rues de Niamey.\n", "2024-03-15");
    assert!(ev.iter().any(|e| e.title.contains("rotest")), "{:?}", ev.iter().map(|e| &e.title).collect::<Vec<_>>());
}

#[test]
fn a_reaction_set_off_by_commas_is_its_speaker_s_statement_and_an_armed_group_s_captive_was_kidnapped() {
    // the date between commas after the verb and speaker (`رحبت الحكومة، الاثنين، بـ`)
    let ev = events("عنوان\nأدانت الجزائر، الثلاثاء، الهجوم الذي شنه تنظيم الدولة على بوني.\n", "2024-03-13");
    let s = ev.iter().find(|e| e.event_type == EventType::Political).expect("a statement");
    // the one who speaks, not the group of the act spoken of, nor that act's place
    assert_eq!(s.title, "Algeria issues statement", "{:?}", titles_of(&ev));
    let ev = events("Titre\nLe Burkina Faso a condamné mardi l'attaque du JNIM contre Boni.\n", "2024-03-13");
    assert!(ev.iter().any(|e| e.title == "Burkina Faso issues statement"), "{:?}", titles_of(&ev));
    // held by an armed group since a month: the captivity's start, not an arrest
    assert_eq!(
        only_type("أفرجت جماعة مسلحة عن مواطن ألماني كان محتجزا منذ أبريل 2022.", "2024-03-13"),
        EventType::Kidnapping
    );
    assert_ne!(only_type("احتجزت السلطات الثلاثاء صحفيا في باماكو.", "2024-03-13"), EventType::Kidnapping);
}

#[test]
fn an_arabic_verb_in_the_imperfect_of_headlines_types_its_clause_as_its_past_does() {
    for (sentence, t) in [
        ("الجيش يقصف مواقع للمتمردين قرب كيدال الثلاثاء", EventType::Attack),
        ("ستنسحب القوات الفرنسية من قاعدة غاو الأحد المقبل.", EventType::Withdrawal),
        ("بوركينا فاسو تطرد ثلاثة دبلوماسيين فرنسيين الثلاثاء", EventType::Diplomatic),
    ] {
        assert_eq!(only_type(sentence, "2024-03-13"), t, "{sentence}");
    }
    // a past verb whose ت is its own (`توقفت`, it stopped) is no imperfect of `أوقف` (arrested)
    let ev = events(
        "عنوان\nكانت الجماعة قد توقفت عن استهداف الشاحنات منذ آخر عملية قرب كاتي في 6 مارس 2024.\n",
        "2024-03-13",
    );
    assert!(!ev.iter().any(|e| e.title.contains("Arrest")), "{:?}", titles_of(&ev));
}

#[test]
fn a_president_forced_by_soldiers_to_resign_is_a_coup_and_a_signed_document_an_agreement() {
    for (sentence, t) in [
        ("Le président a été contraint mardi à la démission par des militaires.", EventType::Coup),
        ("أرغم ضباط في الجيش الرئيس الثلاثاء على التنحي.", EventType::Coup),
        ("وقعت الحكومة والجماعات المسلحة الخميس في الجزائر على وثيقة سلام أولية.", EventType::Agreement),
        // stepping down alone is a resignation
        ("أعلن الرئيس الثلاثاء تنحيه عن السلطة.", EventType::Political),
    ] {
        assert_eq!(only_type(sentence, "2024-03-15"), t, "{sentence}");
    }
    // forced to resign by his party, or a clash that happened (`وقعت`) despite a signed
    // document, is none of these
    assert_ne!(
        only_type("Le ministre a été contraint mardi à la démission par son parti.", "2024-03-15"),
        EventType::Coup
    );
    assert_eq!(only_type("وقعت الاشتباكات الخميس رغم الوثيقة الموقعة في الجزائر.", "2024-03-15"), EventType::Clash);
}

#[test]
fn towns_seized_or_entered_people_missing_an_envoy_received_an_official_appointed_and_a_march() {
    for (sentence, t) in [
        ("Deux agents humanitaires sont portés disparus depuis mardi près de Boni.", EventType::Kidnapping),
        ("Des hommes armés se sont emparés mardi de la localité de Boni.", EventType::Clash),
        // armed men investing a town take it; a general invested president is inaugurated
        ("Des jihadistes ont investi mardi la ville de Boni.", EventType::Clash),
        ("Le général a été investi mardi président de la transition.", EventType::Political),
        ("Le président a reçu en audience mardi l'émissaire de la Cedeao.", EventType::Diplomatic),
        ("عين حاكم جديد الثلاثاء على رأس المنطقة.", EventType::Political),
        ("خرج مئات الأشخاص الثلاثاء في مسيرة في باماكو.", EventType::Political),
    ] {
        assert_eq!(only_type(sentence, "2024-03-15"), t, "{sentence}");
    }
    // a drone (`طائرة مسيرة`) is no march, whoever is counted in its sentence
    assert_eq!(
        only_type("أسقطت الدفاعات الجوية الثلاثاء طائرة مسيرة قرب كيدال، بحسب مئات الشهود.", "2024-03-15"),
        EventType::Attack
    );
}

#[test]
fn heads_of_state_meeting_are_diplomacy_looting_an_attack_an_oath_or_a_charter_adopted_politics() {
    for (sentence, t) in [
        ("Les chefs d'État de l'AES se sont réunis mardi à Niamey.", EventType::Diplomatic),
        ("اجتمع قادة دول تحالف الساحل الثلاثاء في نيامي.", EventType::Diplomatic),
        // the country's own parties meeting stay politics at home
        ("Les partis politiques se sont réunis mardi à Bamako.", EventType::Political),
        ("Des bandits armés ont volé mardi le bétail de plusieurs éleveurs.", EventType::Attack),
        ("نهب مسلحون الثلاثاء محلات تجارية في سوق القرية.", EventType::Attack),
        ("سرق مسلحون الثلاثاء مئات من رؤوس الماشية قرب ميناكا.", EventType::Attack),
        // an oath sworn with its subject between, a charter adopted
        ("أدى العقيد عاصمي غويتا الثلاثاء اليمين رئيسا للمرحلة الانتقالية.", EventType::Political),
        ("اعتمد المجلس الوطني الانتقالي الثلاثاء الميثاق الجديد.", EventType::Political),
        ("Le Conseil national de transition a adopté mardi la nouvelle charte.", EventType::Political),
    ] {
        assert_eq!(only_type(sentence, "2024-03-15"), t, "{sentence}");
    }
}

#[test]
fn a_court_dissolved_is_a_dissolution_not_the_announcement_that_tells_it() {
    let ev = super::meaning_tests::events(
        "Titre\nوأعلن الرئيس مساء السبت حل المحكمة الدستورية، في محاولة لتهدئة الأوضاع.\n",
        "2020-07-12",
    );
    assert!(
        ev.iter().any(|e| super::meaning_tests::has_kind(e, "dissolution")),
        "{:?}",
        super::meaning_tests::titles_of(&ev)
    );
}
