//! Acts between states told without the words of a visit or a summit (on sentences written for
//! these tests): relations frozen or restored, a note of protest, aid suspended, flights banned,
//! a chargé d'affaires summoned; relations broken, cooperation suspended, a deadline to leave,
//! a treaty joined; a mediation, strained relations, a protest lodged with a state, an envoy
//! arriving; words said or a meeting held between two states, an ambassador appointed, a letter
//! handed over, condolences to a counterpart, a capital that acts for its state, talks with an
//! ambassador, a complaint before an international court, a letter received; and a leader's
//! visit at home, which is not, nor a call for an end to violence. A country named "with" is a
//! party or the counterpart, never where the act happens. An agreement named as the purpose or
//! the topic of a visit or talks (`لمتابعة تنفيذ الاتفاق`, `بحثا تطورات اتفاق السلام`) is not the
//! act; praise is words said; a country that leaves an organisation of states, whatever words
//! come between, leaves its membership; a government acts at home, not in the town a story was
//! filed from abroad; support given to another state's putschists is not their coup; states
//! that leave an organisation named in full, or the G5 Sahel, one that joins the AES, and a
//! letter to the head of an organisation, are diplomacy. A meeting (`rencontre`) is at home unless
//! it names a counterpart, an envoy or someone of another state (`التقى … بالرئيس الروسي` too); a
//! visit to the scene, or by a governor or a prefect, is a tour at home.
//! What leaders gathered did (`Réunis à Accra, les chefs d'État ont levé les sanctions`) is the act,
//! not their gathering.

use super::kind_case_tests::each_of_kind_on;
use super::meaning_tests::{each_typed_on, event_on, events, has_kind, starts_on, titles_of, type_on};
use crate::model::EventType;

#[test]
fn acts_between_states_are_diplomatic() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("قررت مالي يوم الثلاثاء تجميد علاقاتها مع الجزائر.", EventType::Diplomatic),
            ("سلمت الجزائر يوم الثلاثاء مذكرة احتجاج إلى السفير المالي.", EventType::Diplomatic),
            ("أعلنت فرنسا يوم الثلاثاء تعليق مساعداتها التنموية لمالي.", EventType::Diplomatic),
            ("منعت مالي يوم الثلاثاء الطائرات الفرنسية من التحليق فوق أراضيها.", EventType::Diplomatic),
            ("استدعت وزارة الخارجية يوم الثلاثاء القائم بالأعمال الفرنسي.", EventType::Diplomatic),
            ("Paris a suspendu mardi son aide au développement au Burkina Faso.", EventType::Diplomatic),
            ("Le Mali a convoqué mardi le chargé d'affaires algérien.", EventType::Diplomatic),
            ("Le Mali a interdit mardi le survol de son territoire aux avions français.", EventType::Diplomatic),
            ("Le Mali et l'Algérie ont rétabli mardi leurs relations diplomatiques.", EventType::Diplomatic),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // a suspension at home stays one
    let ev = events("Titre\nLa junte a suspendu mardi les activités des partis politiques.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::Political, "{:?}", titles_of(&ev));
}

#[test]
fn ties_broken_and_deadlines_and_memberships_are_diplomatic() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("أعلنت مالي يوم الثلاثاء قطع علاقاتها مع كييف.", EventType::Diplomatic),
            ("علقت ألمانيا يوم الثلاثاء تعاونها العسكري مع بوركينا فاسو.", EventType::Diplomatic),
            ("استدعت الدول الثلاث يوم الثلاثاء سفرائها لدى أبوجا للتشاور.", EventType::Diplomatic),
            ("منحت السلطات يوم الثلاثاء ممثل المنظمة الدولية مهلة 48 ساعة لمغادرة البلاد.", EventType::Diplomatic),
            ("انضمت النيجر يوم الثلاثاء إلى منظمة شنغهاي للتعاون بصفة مراقب.", EventType::Diplomatic),
            ("شارك الرئيس الانتقالي يوم الثلاثاء في أعمال القمة الأفريقية الروسية.", EventType::Diplomatic),
            ("تسلم الرئيس يوم الثلاثاء رسالة خطية من نظيره التشادي.", EventType::Diplomatic),
            ("التقى رئيس الوزراء يوم الثلاثاء في داكار نظيره السنغالي.", EventType::Diplomatic),
            ("Le Burkina Faso a rompu mardi ses relations avec la Côte d'Ivoire.", EventType::Diplomatic),
            ("Berlin a suspendu mardi sa coopération militaire avec Niamey.", EventType::Diplomatic),
            ("L'ambassadeur du Ghana a remis mardi ses lettres de créance au chef de l'État.", EventType::Diplomatic),
            (
                "Les autorités ont donné mardi 48 heures au représentant de l'organisation pour quitter le pays.",
                EventType::Diplomatic,
            ),
            ("Le Tchad a adhéré mardi à l'initiative pour la sécurité maritime.", EventType::Diplomatic),
            ("Le chef de la diplomatie a participé mardi au sommet de Sotchi.", EventType::Diplomatic),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // the same verbs at home, or in a fight, are no act between states
    each_typed_on(
        &[
            ("التقى الرئيس الانتقالي يوم الثلاثاء ممثلي الأحزاب السياسية.", EventType::Political),
            ("التقى وزير الدفاع يوم الثلاثاء قادة الجيش في كاتي.", EventType::Political),
            ("شارك مئات الشبان يوم الثلاثاء في مسيرة بباماكو.", EventType::Political),
            ("Des dizaines d'hommes ont participé mardi à l'attaque du camp.", EventType::Attack),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn a_mediation_strained_relations_a_protest_to_a_state_and_an_envoy_arriving_are_diplomatic() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("أطلقت قطر يوم الثلاثاء وساطة بين الحكومة التشادية والمعارضة المسلحة.", EventType::Diplomatic),
            ("شهدت العلاقات بين النيجر وبنين يوم الثلاثاء أزمة جديدة بسبب الحدود.", EventType::Diplomatic),
            ("احتجت النيجر يوم الثلاثاء لدى بنين على إغلاق المعبر.", EventType::Diplomatic),
            ("Le Togo a proposé mardi sa médiation entre Niamey et Cotonou.", EventType::Diplomatic),
            ("Les relations entre Niamey et Cotonou ont traversé mardi une nouvelle crise.", EventType::Diplomatic),
            ("L'émissaire de l'Union africaine est arrivé mardi à Niamey.", EventType::Diplomatic),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // troops arriving on a minister's orders are forces deployed
    let ev =
        events("Titre\nDes renforts sont arrivés mardi à Gao sur ordre du ministre de la Défense.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::Deployment, "{:?}", titles_of(&ev));
}

#[test]
fn words_said_or_a_meeting_held_between_two_states_are_diplomacy() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            // an accusation, a rejection between two states
            ("اتهمت الحكومة المالية يوم الثلاثاء الجزائر بدعم الجماعات الإرهابية.", EventType::Diplomatic),
            ("رفضت مالي يوم الثلاثاء بيان مجلس الأمن الدولي.", EventType::Diplomatic),
            ("Le Mali a rejeté mardi le communiqué de la Cédéao.", EventType::Diplomatic),
            // a meeting held in another state than its agent's
            ("التقى رئيس الوزراء المالي يوم الثلاثاء في نيامي الرئيس النيجري.", EventType::Diplomatic),
            // an ambassador appointed, a letter handed over, condolences to a counterpart
            ("عين الرئيس الانتقالي يوم الثلاثاء سفيرا جديدا لدى روسيا.", EventType::Diplomatic),
            ("Le Mali a nommé mardi un nouvel ambassadeur en Russie.", EventType::Diplomatic),
            ("سلم السفير الروسي يوم الثلاثاء رسالة من الرئيس بوتين إلى رئيس المرحلة الانتقالية.", EventType::Diplomatic),
            ("Le président algérien a adressé mardi ses condoléances à son homologue malien.", EventType::Diplomatic),
            // relations broken, told by a participle
            ("Le Niger a suivi mardi en rompant à son tour ses relations avec l'Ukraine.", EventType::Diplomatic),
            // the words said at home, or by one state about a place, stay statements
            (
                "Un porte-parole de l'armée a laissé entendre mardi que des civils avaient aidé les rebelles.",
                EventType::Political,
            ),
            ("اتهم الجيش يوم الثلاثاء المتمردين بقتل مدنيين في موبتي.", EventType::Political),
            ("L'armée a accusé mardi les rebelles d'avoir tué des civils près de Mopti.", EventType::Political),
            ("أكدت وزارة الخارجية الفرنسية يوم الثلاثاء خطف مواطن فرنسي في غاو.", EventType::Political),
            ("عين الرئيس الانتقالي يوم الثلاثاء وزيرا جديدا للدفاع.", EventType::Political),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // who accuses is the subject right after the verb, not its target
    let e = event_on("اتهمت الحكومة المالية يوم الثلاثاء الجزائر بدعم الجماعات الإرهابية.", "2024-04-18", "2024-04-16");
    assert_eq!(e.actors, ["Malian government"], "{}", e.title);
}

#[test]
fn a_leader_s_visit_to_a_town_of_their_own_country_is_no_diplomacy() {
    // published on Friday 20 September 2024: Monday is the 16th
    let at_home = "Mali : le président de la transition dans le Nord\nAssimi Goïta est arrivé lundi à Kidal pour une visite de deux jours.\n";
    let ev = events(at_home, "2024-09-20");
    assert_eq!(type_on(&ev, "2024-09-16"), EventType::Political, "{:?}", titles_of(&ev));
    let ar = "مالي: رئيس المجلس العسكري في الشمال\nوزار رئيس المجلس العسكري يوم الاثنين مدينة تمبكتو.\n";
    let ev = events(ar, "2024-09-20");
    assert_eq!(type_on(&ev, "2024-09-16"), EventType::Political, "{:?}", titles_of(&ev));
    // a foreign leader, a visit abroad, a visit to the capital (a foreign guest's too) stay diplomatic
    for text in [
        "مالي: زيارة\nوزار الرئيس الفرنسي إيمانويل ماكرون يوم الاثنين مدينة غاو.\n",
        "مالي: زيارة\nوزار رئيس المجلس العسكري يوم الاثنين الجزائر.\n",
        "Mali : une visite\nLe ministre des Affaires étrangères est arrivé lundi à Bamako.\n",
    ] {
        let ev = events(text, "2024-09-20");
        assert_eq!(type_on(&ev, "2024-09-16"), EventType::Diplomatic, "{text}: {:?}", titles_of(&ev));
    }
}

#[test]
fn a_capital_that_acts_stands_for_its_state() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    for (text, actor) in [
        ("Bamako a accusé mardi Alger de soutenir les terroristes.", "Mali"),
        ("باماكو تتهم الجزائر يوم الثلاثاء بدعم الإرهاب.", "Mali"),
        ("Niamey et Ouagadougou ont rappelé mardi leurs ambassadeurs à Abidjan.", "Niger"),
    ] {
        let e = event_on(text, "2024-04-18", "2024-04-16");
        assert_eq!(e.event_type, EventType::Diplomatic, "{text}: {}", e.title);
        assert!(e.actors.iter().any(|a| a == actor), "{text}: {:?}", e.actors);
    }
    // a capital where something happens stays a place
    for text in
        ["Une explosion a secoué mardi Bamako.", "À Bamako, des manifestants ont protesté mardi contre la junte."]
    {
        let e = event_on(text, "2024-04-18", "2024-04-16");
        assert!(!e.actors.iter().any(|a| a == "Mali"), "{text}: {:?}", e.actors);
    }
}

#[test]
fn talks_complaints_and_letters_between_states_are_diplomacy_and_a_call_to_end_violence_is_words() {
    // published on Friday 20 September 2024: Thursday is the 19th
    each_typed_on(
        &[
            ("بحث وزير الخارجية المالي يوم الخميس مع السفير الصيني سبل تعزيز التعاون.", EventType::Diplomatic),
            ("Le ministre des Affaires étrangères a discuté jeudi avec l'ambassadeur de Chine.", EventType::Diplomatic),
            ("قدمت مالي يوم الخميس شكوى ضد الجزائر أمام محكمة العدل الدولية.", EventType::Diplomatic),
            ("Le Mali a saisi jeudi la Cour internationale de justice contre l'Algérie.", EventType::Diplomatic),
            ("Le chef de la junte a reçu jeudi une lettre du président algérien.", EventType::Diplomatic),
            // a call for an end to fighting: no fighting, no ceasefire that day
            ("Le secrétaire général de l'ONU a appelé jeudi à la fin des violences au Mali.", EventType::Political),
            ("دعت الولايات المتحدة يوم الخميس إلى وقف إطلاق النار في شمال مالي.", EventType::Political),
        ],
        "2024-09-20",
        "2024-09-19",
    );
    // a delegation's visit to discuss cooperation stays a visit
    let e = event_on("زار وفد روسي باماكو يوم الخميس لبحث التعاون العسكري.", "2024-09-20", "2024-09-19");
    assert!(e.title.starts_with("Visit"), "{}", e.title);
    let e = event_on(
        "Le Mali a saisi jeudi la Cour internationale de justice contre l'Algérie.",
        "2024-09-20",
        "2024-09-19",
    );
    assert!(e.title.starts_with("Complaint"), "{}", e.title);
}

#[test]
fn a_country_named_with_is_the_counterpart_not_the_place_nor_the_agent() {
    for text in [
        "Titre\nLa junte a dénoncé lundi l'accord de coopération militaire avec les États-Unis.\n",
        "عنوان\nألغى المجلس العسكري يوم الاثنين اتفاق التعاون العسكري مع الولايات المتحدة.\n",
    ] {
        let e = event_on(text.split_once('\n').map_or(text, |(_, t)| t.trim_end()), "2024-03-20", "2024-03-18");
        assert!(!e.title.contains("United States"), "{text}: {}", e.title);
        assert!(!e.places.iter().any(|p| p == "United States"), "{text}: {:?}", e.places);
    }
    // in an agreement, the party named "with" comes after the one that signs
    let e =
        event_on("وقعت إيكواس يوم الاثنين اتفاقا مع بوركينا فاسو حول المرحلة الانتقالية.", "2024-03-20", "2024-03-18");
    assert!(e.title.starts_with("ECOWAS"), "{}", e.title);
}

#[test]
fn an_agreement_named_as_a_visit_s_purpose_or_talks_topic_is_not_the_act() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("زار وفد من إيكواس باماكو يوم الثلاثاء لمتابعة تنفيذ الاتفاق.", EventType::Diplomatic),
            ("التقى وزير الخارجية نظيره الجزائري يوم الثلاثاء وبحثا تطورات اتفاق السلام.", EventType::Diplomatic),
            ("Le ministre a reçu mardi son homologue pour discuter de l'accord de paix.", EventType::Diplomatic),
            ("أشاد رئيس الوزراء يوم الثلاثاء بقرار القمة.", EventType::Political),
            ("وكانت مالي قد انسحبت يوم الثلاثاء من مجموعة دول الساحل الخمس.", EventType::Diplomatic),
            ("Le Mali a quitté mardi le G5 Sahel.", EventType::Diplomatic),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    let e = event_on("وزار وفد من إيكواس باماكو يوم الثلاثاء لمتابعة تنفيذ الاتفاق.", "2024-04-18", "2024-04-16");
    assert!(has_kind(&e, "visit"), "{}", e.title);
    // (a trip told in the pluperfect, whose purpose was to find an agreement, is the trip)
    let text = "L'émissaire s'était rendu à Niamey à la mi-avril pour tenter de trouver un accord, en vain.";
    let e = event_on(text, "2024-04-18", "2024-04-11");
    assert!(has_kind(&e, "visit"), "{}", e.title);
    // the United Nations has forces: the departure it is asked for is its mission's
    let e = event_on("Le Mali a exigé mardi le départ de l'ONU.", "2024-04-18", "2024-04-16");
    assert!(!has_kind(&e, "withdrawal_membership"), "{}", e.title);
}

#[test]
fn a_government_acts_at_home_not_in_the_town_a_story_was_filed_from_abroad() {
    let text = "إيكواس ترفع العقوبات\nأكرا - رفعت إيكواس خلال قمة في العاصمة الغانية أكرا يوم الأحد العقوبات.\nوأعلنت الحكومة المالية يوم الثلاثاء تمديد حالة الطوارئ.\n";
    let ev = events(text, "2024-04-18");
    let e = super::meaning_tests::one_where(&ev, |e| super::meaning_tests::starts_on(e, "2024-04-16"));
    assert!(e.title.ends_with("in Mali by Malian government"), "{}", e.title);
}

#[test]
fn airspace_closed_to_a_neighbour_is_diplomacy_borders_closed_by_land_and_air_a_measure_at_home() {
    // published on Wednesday 9 April 2025: Monday is the 7th
    each_typed_on(
        &[
            ("أغلقت الجزائر يوم الاثنين مجالها الجوي أمام الطائرات المالية.", EventType::Diplomatic),
            ("أعلن العسكريون يوم الاثنين إغلاق الحدود البرية والجوية وفرض حظر للتجول.", EventType::Political),
        ],
        "2025-04-09",
        "2025-04-07",
    );
}

#[test]
fn agreements_ended_with_a_state_recognitions_and_memberships_left_are_diplomacy() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            // an agreement ended with a state named after `مع`/`avec`
            ("أعلن المجلس العسكري يوم الثلاثاء إنهاء اتفاقيات الدفاع مع فرنسا.", EventType::Diplomatic),
            ("ألغت النيجر يوم الثلاثاء الاتفاق العسكري المبرم مع الولايات المتحدة.", EventType::Diplomatic),
            ("Le Niger a dénoncé mardi l'accord de coopération militaire avec les États-Unis.", EventType::Diplomatic),
            // an ambassador's mission ended by the host, authorities recognised
            ("أعلنت الحكومة يوم الثلاثاء إنهاء مهام السفير الفرنسي.", EventType::Diplomatic),
            ("اعترفت روسيا يوم الثلاثاء بالسلطات الجديدة في النيجر.", EventType::Diplomatic),
            // a state leaving an organisation, words between the verb and it; or joining one
            ("انسحبت مالي يوم الثلاثاء من مجموعة دول الساحل الخمس.", EventType::Diplomatic),
            ("انضمت مالي يوم الثلاثاء إلى كونفدرالية دول الساحل.", EventType::Diplomatic),
            ("Le Mali a rejoint mardi la Confédération des États du Sahel.", EventType::Diplomatic),
            // a peace accord ended stays politics at home, whoever is accused beside it
            ("أعلن المجلس العسكري يوم الثلاثاء إنهاء اتفاق السلام، متهما الجزائر بالتدخل.", EventType::Political),
            ("La junte a mis fin mardi à l'accord de paix signé avec les rebelles.", EventType::Political),
            // the duties of another ended: a dismissal; a mission ending its own, its withdrawal
            ("أنهى الرئيس يوم الثلاثاء مهام رئيس الوزراء.", EventType::Political),
            ("أنهت البعثة الأممية يوم الثلاثاء مهامها في مالي.", EventType::Withdrawal),
            // troops leaving stay a withdrawal
            ("انسحبت القوات الفرنسية يوم الثلاثاء من قاعدة غاو.", EventType::Withdrawal),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn deadlines_suspensions_and_embassy_staff_of_organisations_and_states_are_diplomacy() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            // a deadline given by an organisation of states, a member's part suspended or restored
            ("أمهلت إيكواس يوم الثلاثاء المجلس العسكري أسبوعا لإعادة الرئيس إلى منصبه.", EventType::Diplomatic),
            ("أعلن الاتحاد الأفريقي يوم الثلاثاء تعليق مشاركة النيجر في جميع أنشطته.", EventType::Diplomatic),
            (
                "L'Union africaine a suspendu mardi la participation du Niger à toutes ses activités.",
                EventType::Diplomatic,
            ),
            ("La Cédéao a levé mardi la suspension du Mali.", EventType::Diplomatic),
            // embassy staff withdrawn
            ("قررت الولايات المتحدة يوم الثلاثاء سحب جزء من موظفي سفارتها في نيامي.", EventType::Diplomatic),
            (
                "Les États-Unis ont ordonné mardi le départ d'une partie du personnel de leur ambassade.",
                EventType::Diplomatic,
            ),
            // a mission's spokesman expelled: no withdrawal of the mission
            ("طردت السلطات المالية يوم الثلاثاء المتحدث باسم بعثة الأمم المتحدة.", EventType::Diplomatic),
            // at home, the same words stay politics
            ("La junte a levé mardi la suspension des activités des partis politiques.", EventType::Political),
            ("Le club a suspendu mardi la participation du joueur.", EventType::Political),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // a deadline an army gives to gunmen is no act between states
    let ev = events("Titre\nأمهل الجيش يوم الثلاثاء المسلحين يومين لتسليم أسلحتهم.\n", "2024-04-18");
    assert_ne!(type_on(&ev, "2024-04-16"), EventType::Diplomatic, "{:?}", titles_of(&ev));
}

#[test]
fn words_said_by_states_listed_in_apposition_and_a_pardon_are_told_acts() {
    // a statement whose subject is a list of states in apposition, the date after it: not the
    // withdrawal its object's relative clause recalls
    let text = "Titre\nرفضت دول التحالف، مالي وبوركينا فاسو والنيجر، يوم الثلاثاء المهلة التي منحتها لها المنظمة الإقليمية للعدول عن قرار الانسحاب.\n";
    let e = event_on(text, "2024-04-18", "2024-04-16");
    assert!(has_kind(&e, "statement"), "{}", e.title);
    // a pardon, not the arrest its relative clause recalls
    let e = event_on(
        "Titre\nأصدر الرئيس الانتقالي يوم الثلاثاء عفوا عن جنود أجانب كانوا قد اعتقلوا في المطار.\n",
        "2024-04-18",
        "2024-04-16",
    );
    assert!(has_kind(&e, "release"), "{}", e.title);
}

#[test]
fn an_organisation_named_in_the_sentence_never_leaves_itself() {
    // the organisation's summit is told first; the states leave it
    let text = "Titre\nوكانت قمة إيكواس في أبوجا قد منحت الدول الثلاث مهلة، بعد أن أعلنت الدول الثلاث في 28 يناير 2024 انسحابها من المنظمة.\n";
    let e = event_on(text, "2024-04-18", "2024-01-28");
    assert_eq!(e.event_type, EventType::Diplomatic, "{}", e.title);
    assert!(!e.actors.iter().any(|a| a == "ECOWAS"), "{}", e.title);
}

#[test]
fn an_embassy_s_services_or_staff_are_diplomacy_and_a_crowd_at_its_gates_is_a_protest() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("علقت السفارة الأمريكية يوم الثلاثاء خدماتها القنصلية في نيامي.", EventType::Diplomatic),
            ("L'ambassade a suspendu mardi ses services consulaires.", EventType::Diplomatic),
            // a crowd that demands troops leave is a protest, whatever embassy it surrounds
            (
                "Des manifestants ont encerclé mardi l'ambassade des États-Unis, exigeant le départ des militaires américains.",
                EventType::Political,
            ),
            // the crowd a protest gathered, an electoral campaign
            ("Une manifestation a réuni mardi des centaines de personnes à Bamako.", EventType::Political),
            ("La campagne électorale s'est ouverte mardi dans tout le pays.", EventType::Political),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    for text in [
        "Titre\nDes manifestants ont encerclé mardi l'ambassade des États-Unis, exigeant le départ des militaires américains.\n",
        "Titre\nUne manifestation a réuni mardi des centaines de personnes à Bamako.\n",
    ] {
        assert!(has_kind(&event_on(text, "2024-04-18", "2024-04-16"), "protest"), "{text}");
    }
    let e =
        event_on("Titre\nLa campagne électorale s'est ouverte mardi dans tout le pays.\n", "2024-04-18", "2024-04-16");
    assert!(has_kind(&e, "election"), "{}", e.title);
}

#[test]
fn a_state_freeing_another_state_s_soldiers_is_diplomacy_and_they_do_not_free_themselves() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("أفرجت السلطات المالية يوم الثلاثاء عن ثلاث جنديات إيفواريات.", EventType::Diplomatic),
            ("Le Mali a libéré mardi trois soldates ivoiriennes.", EventType::Diplomatic),
            // a country's own detainees freed stay politics at home
            ("أطلق الجيش المالي يوم الثلاثاء سراح الرئيس الانتقالي.", EventType::Political),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    let e = event_on("Titre\nLa junte a libéré mardi les militaires ivoiriens.\n", "2024-04-18", "2024-04-16");
    assert!(!e.actors.iter().any(|a| a == "Ivorian Armed Forces"), "{}", e.title);
    // told at home and between states, one release stays one event
    let ev = events(
        "Titre\nأفرجت السلطات المالية يوم الثلاثاء عن ثلاث جنديات إيفواريات.\nوأطلقت السلطات يوم الثلاثاء سراح الجنديات في باماكو.\n",
        "2024-04-18",
    );
    let releases: Vec<_> = ev.iter().filter(|e| starts_on(e, "2024-04-16")).collect();
    assert_eq!(releases.len(), 1, "{:?}", titles_of(&ev));
}

#[test]
fn another_state_s_soldiers_arrested_or_called_free_are_diplomacy_and_the_tried_do_not_try() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("اعتقلت السلطات المالية يوم الثلاثاء 49 جنديا إيفواريا في مطار باماكو.", EventType::Diplomatic),
            ("Les autorités maliennes ont arrêté mardi 49 soldats ivoiriens à l'aéroport.", EventType::Diplomatic),
            ("طالب الرئيس الإيفواري يوم الثلاثاء بالإفراج عن الجنود الإيفواريين المحتجزين في مالي.", EventType::Diplomatic),
            // jihadists arrested by the army stay an arrest at home
            ("اعتقل الجيش المالي يوم الثلاثاء ثلاثة جهاديين في غاو.", EventType::Other),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    let e = event_on(
        "Titre\nحكمت محكمة في باماكو يوم الثلاثاء على 46 جنديا إيفواريا بالسجن عشرين عاما.\n",
        "2024-04-18",
        "2024-04-16",
    );
    assert!(e.actors.is_empty(), "{}", e.title);
    let e = event_on("Titre\nوجهت النيابة يوم الثلاثاء تهمة تقويض أمن الدولة للجنود.\n", "2024-04-18", "2024-04-16");
    assert!(has_kind(&e, "trial"), "{}", e.title);
}

#[test]
fn a_foreign_minister_s_criticism_is_diplomacy_a_force_s_mission_ended_is_its_withdrawal_and_regions_dismiss_no_one() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("وصف وزير الخارجية الفرنسي يوم الثلاثاء المجلس العسكري بأنه غير شرعي.", EventType::Diplomatic),
            ("انتقدت الخارجية الفرنسية يوم الثلاثاء قرار الحكومة المالية.", EventType::Diplomatic),
            ("أعلنت مجموعة فاغنر يوم الثلاثاء انتهاء مهمتها في مالي.", EventType::Withdrawal),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // `الأقاليم` (the regions) starts as `أقال` (dismissed) does: no dismissal
    let ev = events("Titre\nاستعاد الجيش يوم الثلاثاء السيطرة على عواصم الأقاليم.\n", "2024-04-18");
    assert!(!ev.iter().any(|e| has_kind(e, "dismissal")), "{:?}", titles_of(&ev));
}

#[test]
fn a_protocol_or_a_charter_signed_is_an_agreement() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("وقعت مالي والنيجر وبوركينا فاسو يوم الثلاثاء على بروتوكول للتعاون الأمني.", EventType::Agreement),
            ("وقع قادة الدول الثلاث يوم الثلاثاء على الميثاق.", EventType::Agreement),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn a_protest_conveyed_to_an_ambassador_summoned_is_diplomacy_not_a_street_protest() {
    let ev = events("عنوان\nواستدعت وزارة الخارجية سفير مالي في بكين الأربعاء لإبلاغه احتجاجها.\n", "2016-06-02");
    assert_eq!(type_on(&ev, "2016-06-01"), EventType::Diplomatic, "{:?}", titles_of(&ev));
    // a protest in the street stays one
    let ev = events("عنوان\nوخرج المحتجون الأربعاء في باماكو للتعبير عن احتجاجهم على الغلاء.\n", "2016-06-02");
    assert_eq!(type_on(&ev, "2016-06-01"), EventType::Political, "{:?}", titles_of(&ev));
}

#[test]
fn a_visit_to_a_town_at_home_by_no_one_the_gazetteer_knows_is_politics_a_foreign_minister_s_diplomacy() {
    let text = |visit: &str| format!("Titre\nLes soldats maliens sont à Dioura. {visit}\n");
    let ev = events(&text("Le chef d'état-major s'est rendu lundi à Dioura."), "2019-03-18");
    assert_eq!(type_on(&ev, "2019-03-18"), EventType::Political, "{:?}", titles_of(&ev));
    let ev = events(&text("Le président français s'est rendu lundi à Gao."), "2019-03-18");
    assert_eq!(type_on(&ev, "2019-03-18"), EventType::Diplomatic, "{:?}", titles_of(&ev));
}

#[test]
fn support_given_to_another_state_s_putschists_is_diplomacy_not_the_coup() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("Le Mali a apporté mardi son soutien aux putschistes de Niamey.", EventType::Diplomatic),
            ("أعلنت مالي يوم الثلاثاء دعمها للانقلابيين في النيجر.", EventType::Diplomatic),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // the putschists' own act stays the coup
    let ev = events("Titre\nLes putschistes ont renversé mardi le président.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::Coup, "{:?}", titles_of(&ev));
}

#[test]
fn states_leaving_an_organisation_named_in_full_and_a_letter_to_its_head_are_diplomacy() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            (
                "انسحبت مالي وبوركينا فاسو والنيجر يوم الثلاثاء من المجموعة الاقتصادية لدول غرب أفريقيا.",
                EventType::Diplomatic,
            ),
            ("وجه الرئيس الانتقالي يوم الثلاثاء رسالة إلى الأمين العام للأمم المتحدة.", EventType::Diplomatic),
            ("Le Premier ministre a adressé mardi une lettre au secrétaire général de l'ONU.", EventType::Diplomatic),
            ("Le Mali a annoncé mardi son retrait du G5 Sahel.", EventType::Diplomatic),
            ("Le Mali a adhéré mardi à l'Alliance des États du Sahel.", EventType::Diplomatic),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn a_meeting_at_home_is_politics_one_with_a_counterpart_diplomacy() {
    for text in [
        "Le gouverneur a rencontré mercredi les chefs de village de la région.",
        "Cette rencontre avec le président de la Transition est prévue mercredi.",
    ] {
        let e = event_on(text, "2022-10-14", "2022-10-12");
        assert_eq!(e.event_type, EventType::Political, "{text}: {}", e.title);
    }
    for text in [
        "Le président de la Transition a rencontré mercredi son homologue nigérien.",
        "Le ministre a rencontré mercredi l'ambassadeur de Russie.",
    ] {
        let e = event_on(text, "2022-10-14", "2022-10-12");
        assert_eq!(e.event_type, EventType::Diplomatic, "{text}: {}", e.title);
    }
}

#[test]
fn a_visit_to_the_scene_or_by_a_governor_is_a_tour_at_home() {
    for text in [
        "Le préfet s'est rendu lundi sur les lieux de l'attaque.",
        "Le gouverneur de la région s'est rendu sur place lundi.",
        "وتفقد المحافظ يوم الاثنين موقع الهجوم.",
    ] {
        let e = event_on(text, "2023-02-14", "2023-02-13");
        assert_eq!(e.event_type, EventType::Political, "{text}: {}", e.title);
    }
    // a foreign minister's visit stays diplomacy
    let e = event_on("Le ministre algérien s'est rendu lundi à Bamako.", "2023-02-14", "2023-02-13");
    assert_eq!(e.event_type, EventType::Diplomatic, "{}", e.title);
    // a regional official who goes to the scene visits it: the scene (`موقع الهجوم`, `les lieux de
    // l'attaque`) names a place, not the attack again
    each_of_kind_on(
        &[
            "وتوجه حاكم منطقة موبتي صباح الثلاثاء إلى موقع الهجوم.",
            "Le gouverneur de la région de Mopti s'est rendu mardi matin sur les lieux de l'attaque.",
        ],
        "2024-07-17",
        "2024-07-16",
        EventType::Political,
        "visit",
    );
    // investigators who go there make no visit
    let ev = events("وتوجه فريق من المحققين يوم الثلاثاء إلى مكان الهجوم.", "2024-07-17");
    assert!(ev.iter().all(|e| !has_kind(e, "visit")), "{:?}", titles_of(&ev));
}

#[test]
fn a_meeting_with_someone_of_another_state_is_diplomacy_in_both_languages() {
    // published on Wednesday 17 July 2024: Sunday is the 14th
    let cases = [
        ("التقى رئيس المرحلة الانتقالية يوم الأحد بالرئيس الروسي في موسكو.", EventType::Diplomatic),
        ("Dimanche, le président de la transition a rencontré le président russe à Moscou.", EventType::Diplomatic),
        // a meeting at home stays political
        ("التقى وزير الدفاع يوم الأحد قادة الجيش في باماكو.", EventType::Political),
    ];
    each_typed_on(&cases, "2024-07-17", "2024-07-14");
}

#[test]
fn the_act_done_by_leaders_gathered_is_the_act_not_their_gathering() {
    let text =
        "Titre\nRéunis mardi à Accra, les chefs d'État de la Cédéao ont levé les sanctions qui frappaient le Mali.\n";
    let ev = events(text, "2024-04-18");
    assert!(ev.iter().any(|e| e.title.starts_with("ECOWAS lifts sanctions")), "{:?}", titles_of(&ev));
    // and a member suspended by the organisation they lead: diplomacy, not their talks
    let text = "Titre\nLes chefs d'État de la Cédéao, réunis mardi à Accra, ont suspendu le Mali de l'organisation.\n";
    let ev = events(text, "2024-04-18");
    assert_eq!(ev.len(), 1, "{:?}", titles_of(&ev));
    assert_eq!(ev[0].event_type, EventType::Diplomatic, "{:?}", titles_of(&ev));
    assert!(!ev[0].title.starts_with("Talks"), "{:?}", titles_of(&ev));
}
