//! The Arabic interface driven headless with egui_kittest: the language button switches every
//! label of the chrome to Arabic (no English word left but names such as ACLED, file names
//! and the English titles of events, which stay available), dates read `17 سبتمبر 2024`, and
//! the layout is mirrored: menus start at the right edge, the sources open on the left, list
//! columns and the claims table run right to left.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use tarikh::app::TarikhApp;
use tarikh::explore::Command;
use tarikh::i18n::Lang;
use tarikh::model::EventType;

use crate::common;

const WIDTH: f32 = 1500.0;

fn harness() -> Harness<'static, TarikhApp> {
    let mut h = common::app_harness(common::seeds_dated_app(), [WIDTH, 950.0]);
    h.run_steps(3);
    h
}

/// Latin words allowed in the Arabic chrome: names of formats, datasets, keys and of the
/// other languages (each named in itself: `English`, `Français`, which splits into `Fran`
/// and `ais` at its ç).
const NAMES: &[&str] = &[
    "ACLED",
    "CSV",
    "JSON",
    "PNG",
    "HTML",
    "TimelineJS",
    "F5",
    "Esc",
    "English",
    "Fran",
    "ais",
    "Ctrl",
    "UTF",
    "BOM",
    "Windows",
    "YYYY",
    "MM",
    "DD",
    "THH",
    "corpus",
    "json",
    "event_date",
    "txt",
];

/// Every label and value on screen that holds an English word, leaving out the data the
/// interface shows as it is: the events' English titles, file names, the corpus's name.
fn english_left(h: &Harness<'static, TarikhApp>) -> Vec<String> {
    let x = &h.state().x;
    let mut data: Vec<String> = x.events().iter().map(|e| e.title.clone()).collect();
    data.extend(x.corpus().documents.iter().map(|d| d.file.clone()));
    // file names cut short in the claims table
    data.extend(x.corpus().documents.iter().map(|d| format!("{}…", d.file.chars().take(10).collect::<String>())));
    data.push(x.corpus().name.clone());
    // the recent corpora are listed by path
    data.extend(
        h.state()
            .session
            .settings
            .recent
            .iter()
            .map(|r| r.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")),
    );
    data.extend(x.all_actors().iter().chain(x.all_places().iter()).cloned());
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    let mut out = Vec::new();
    for node in h.query_all_by(|_| true) {
        let n = node.accesskit_node();
        // egui's own accessible names of its unlabelled controls (resize handles, a window's
        // close and collapse icons): never drawn as text
        if n.label().is_some_and(|l| l.starts_with("Resize ") || ["Close window", "Hide", "Show"].contains(&l.as_ref()))
        {
            continue;
        }
        // what is typed in a text field is the user's, not the interface's
        let value = if n.role() == Role::TextInput { None } else { n.value() };
        for text in [n.label(), value].into_iter().flatten() {
            // what the interface isolates left to right (LRI … PDI) is data: paths, file names
            let mut rest = String::new();
            let mut depth = 0;
            for c in text.chars() {
                match c {
                    '\u{2066}' => depth += 1,
                    '\u{2069}' => depth -= 1,
                    _ if depth == 0 => rest.push(c),
                    _ => {}
                }
            }
            for d in &data {
                rest = rest.replace(d.as_str(), " ");
            }
            let english: Vec<&str> = rest
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| {
                    !w.is_empty() && !NAMES.contains(w) && (w.len() > 2 || !w.chars().all(|c| c.is_ascii_uppercase()))
                })
                .collect();
            if !english.is_empty() {
                out.push(format!("{text:?} ({}, {:?})", english.join(" "), n.role()));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn switch_to_arabic(h: &mut Harness<'static, TarikhApp>) {
    common::click_tool(h, "العربية");
    h.run_steps(4);
    assert_eq!(h.state().session.settings.lang, Some(Lang::Arabic));
}

#[test]
fn switching_to_arabic_translates_the_chrome_and_mirrors_the_layout() {
    let mut h = harness();
    // English first: the corpus menu at the left edge, the sources on the right
    let corpus_en = h.get_by_label("Corpus").rect();
    assert!(corpus_en.left() < 100.0, "{corpus_en:?}");
    let overview_en = h.get_by_label("Select an event on the timeline or in the list to see its sources.").rect();
    assert!(overview_en.left() > WIDTH / 2.0, "{overview_en:?}");

    switch_to_arabic(&mut h);
    // menus start at the right edge
    let corpus_ar = h.get_by_label("المدونة").rect();
    assert!(corpus_ar.right() > WIDTH - 100.0, "{corpus_ar:?}");
    assert!(h.get_by_label("تصدير").rect().right() < corpus_ar.left(), "Export comes after Corpus, leftwards");
    // the sources on the left of the timeline, their text hugging the panel's right edge
    let plot = h.state().timeline.plot_rect.expect("timeline drawn");
    let overview_ar = h.get_by_label("اختر حدثًا على الخط الزمني أو في القائمة لترى مصادره.").rect();
    assert!(overview_ar.right() <= plot.left() + 1.0, "sources {overview_ar:?}, timeline {plot:?}");
    assert!(plot.width() > 500.0, "the timeline keeps its room: {plot:?}");
    // list columns run right to left: date at the right, title at the left
    let date_col = h.get_by_label("التاريخ (تصاعديًا)").rect();
    let title_col = h.get_by_label("العنوان").rect();
    assert!(date_col.left() > title_col.right(), "date {date_col:?}, title {title_col:?}");
    let english = english_left(&h);
    assert!(english.is_empty(), "English left in the Arabic interface:\n{}", english.join("\n"));

    // select the attack of 17 September 2024: its date in Arabic, the claims table mirrored
    let i = h
        .state()
        .x
        .events()
        .iter()
        .position(|e| {
            e.event_type == EventType::Attack && e.when.is_some_and(|w| w.first_day().to_string() == "2024-09-17")
        })
        .unwrap();
    h.state_mut().apply(Command::Select(Some(i)));
    h.run_steps(3);
    h.get_by_label("17 سبتمبر 2024، نحو 05:30 بتوقيت غرينتش");
    h.get_by_label_contains("17 سبتمبر 2024 05:30");
    let figure = h.get_by_label("الرقم").rect();
    let quote = h.get_by_label("الاقتباس").rect();
    assert!(figure.left() > quote.right(), "claims: figure {figure:?} right of quote {quote:?}");
    h.get_by_label("قتلى: ما لا يقل عن 200 من الجنود");
    assert!(h.query_all_by_role_and_label(Role::Button, "عرض في المستند").count() >= 4);
    let english = english_left(&h);
    assert!(english.is_empty(), "English left in the Arabic interface:\n{}", english.join("\n"));

    // the curation controls
    h.get_by_label("تحرير هذا الحدث").click();
    h.run_steps(3);
    h.get_by_label("حفظ التاريخ");
    let english = english_left(&h);
    assert!(english.is_empty(), "English left in the curation controls:\n{}", english.join("\n"));

    // the menus
    for (menu, item) in [
        ("المدونة", "فتح مجلد…"),
        ("تصدير", "الأحداث المعروضة بصيغة CSV"),
        ("الشرائح", "تصدير الإيجاز صفحةَ HTML"),
        ("الأنواع", "هجوم"),
    ] {
        h.get_by_label(menu).click();
        h.run_steps(3);
        assert!(h.query_all_by_label(item).count() >= 1, "{item} missing from {menu}");
        let english = english_left(&h);
        assert!(english.is_empty(), "English left in the menu {menu}:\n{}", english.join("\n"));
        h.key_press(egui::Key::Escape);
        h.run_steps(2);
    }

    // a document, and the form that adds an event from one of its paragraphs
    // (the first card's button may lie below the sources column's edge: scroll it into view)
    let side = h.state().layout.side;
    while h.get_all_by_label("عرض في المستند").next().unwrap().rect().bottom() > side.bottom() - 10.0 {
        h.hover_at(side.center());
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            modifiers: Default::default(),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        h.run_steps(2);
    }
    h.run_steps(20); // (a click during the scroll's animation is not taken)
    h.get_all_by_label("عرض في المستند").next().unwrap().click();
    h.run_steps(3);
    h.get_by_label("العودة إلى الحدث >");
    h.get_all_by_label("+ حدث").next().unwrap().click();
    h.run_steps(3);
    h.get_by_label("الجملة المأخوذ منها:");
    let english = english_left(&h);
    assert!(english.is_empty(), "English left in the document view:\n{}", english.join("\n"));
    h.get_by_label("Close window").click();
    h.get_by_label("العودة إلى الحدث >").click();
    h.run_steps(2);

    // briefing mode: Arabic dates and words on the slides
    h.key_press(egui::Key::F5);
    h.run_steps(3);
    assert!(h.state().briefing.active);
    let n = h.state().briefing.slides.len();
    h.get_by_label(&format!("الشريحة {} من {n}", h.state().briefing.slide + 1));
    h.get_by_label("17 سبتمبر 2024، نحو 05:30 بتوقيت غرينتش");
    let english = english_left(&h);
    assert!(english.is_empty(), "English left on the slide:\n{}", english.join("\n"));
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(
        tarikh::i18n::missing().is_empty(),
        "strings missing from assets/i18n/ar.tsv: {:?}",
        tarikh::i18n::missing()
    );

    // and back
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    common::click_tool(&mut h, "English");
    h.run_steps(3);
    assert!(h.get_by_label("Corpus").rect().left() < 100.0);
}

#[test]
fn the_actor_and_place_lists_use_the_gazetteer_s_arabic_names() {
    let mut h = harness();
    switch_to_arabic(&mut h);
    // the drop-down beside its label «الفاعل»
    let combo = h
        .get_all_by_role(egui::accesskit::Role::ComboBox)
        .find(|n| format!("{n:?}").contains("الفاعل"))
        .expect("the actor drop-down");
    combo.click();
    h.run_steps(3);
    assert!(h.query_by_label("Wagner Group").is_none(), "not its English name");
    assert!(
        h.query_all_by_role_and_label(Role::Button, "فاغنر").count() == 1,
        "Wagner, by its Arabic name, is one choice of the list"
    );
}

#[test]
fn the_first_letter_of_a_right_to_left_line_is_not_under_the_scroll_bar() {
    // the sources of the attack: a long column of Arabic paragraphs, with a scroll bar
    let mut h = harness();
    let i = h.state().x.events().iter().position(|e| e.title.starts_with("JNIM attacks gendarmerie")).unwrap();
    h.state_mut().apply(tarikh::explore::Command::Select(Some(i)));
    h.run_steps(4);
    let scroll = h.ctx.global_style().spacing.scroll;
    assert!(!scroll.floating, "a floating scroll bar covers the text's right edge");
    let m = &h.state().x.events()[i].mentions[0];
    let quote = h.state().x.corpus().documents[m.doc].quote(m);
    let first_line: String = quote.chars().take(12).collect();
    let para = h.get_all_by_label_contains(&first_line).next().expect("the quoted paragraph").rect();
    let bar = scroll.bar_width + scroll.bar_outer_margin;
    assert!(
        para.right() + bar <= WIDTH + 0.5,
        "the paragraph's right edge {} runs under the scroll bar ({bar} wide) of a {WIDTH}-wide window",
        para.right()
    );
}

#[test]
fn a_long_title_in_the_list_wraps_onto_a_taller_row_rather_than_being_cut() {
    // 1280×720 in the Arabic interface: the sources take half the window, the list's title
    // column is too narrow for the attack's title and its "sources disagree" mark
    let mut h = common::app_harness(common::seeds_dated_app(), [1280.0, 720.0]);
    h.run_steps(3);
    switch_to_arabic(&mut h);
    let i = h.state().x.events().iter().position(|e| e.title.starts_with("JNIM attacks gendarmerie")).unwrap();
    h.state_mut().apply(Command::Select(Some(i)));
    h.run_steps(4);
    // the title as the Arabic interface says it
    let title = h.state().x.title(i, Lang::Arabic).to_string();
    assert!(title.starts_with("هجوم على "), "{title}");
    // the list's row (a button named by its date and title; the panel repeats the title)
    let row_of = |h: &Harness<'static, TarikhApp>, t: &str| {
        h.get_all_by_label_contains(t)
            .find(|n| n.accesskit_node().role() == Role::Button)
            .map(|n| n.rect())
            .expect("the list's row")
    };
    let long_rect = row_of(&h, &title);
    // the whole title is the row's name, and the row is taller than one line to hold it
    let row_h = tarikh::app::event_list::ROW_H;
    assert!(
        long_rect.height() > row_h + 8.0,
        "the long title's row is {} high, one line is {row_h}",
        long_rect.height()
    );
    // a short title keeps a row of one line
    let j = h.state().x.events().iter().position(|e| e.title == "Casualty report in Bamako").unwrap();
    let short = h.state().x.title(j, Lang::Arabic).to_string();
    let short_rect = row_of(&h, &short);
    assert!((short_rect.height() - row_h).abs() < 0.5, "a short title's row is {} high", short_rect.height());
    // and the wrapped row does not overlap the next
    assert!(long_rect.bottom() <= short_rect.top() || short_rect.bottom() <= long_rect.top());
}
