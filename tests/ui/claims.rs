//! The claims table of the 17 September 2024 attack, on screen (egui_kittest): it opens on the
//! figures that disagree; with "Show all", every figure the seeds give, on the same row as its
//! claimant and its source article, in English and in the Arabic interface (where the columns
//! run right to left).

use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use tarikh::app::TarikhApp;
use tarikh::explore::Command;

use crate::common;

/// The figures of the issue, with their claimants: English, then Arabic.
const FIGURES: &[(&str, &str, &str, &str)] = &[
    ("a number of soldiers killed", "Malian officials", "قتلى: عدد من الجنود", "مسؤولون ماليون"),
    ("dozens killed", "JNIM", "قتلى: عشرات", "جماعة نصرة الإسلام والمسلمين"),
    ("at least 200 soldiers killed", "JNIM", "قتلى: ما لا يقل عن 200 من الجنود", "جماعة نصرة الإسلام والمسلمين"),
    ("10 aircraft destroyed", "JNIM", "طائرات مدمرة: 10", "جماعة نصرة الإسلام والمسلمين"),
    ("20 vehicles destroyed", "JNIM", "آليات مدمرة: 20", "جماعة نصرة الإسلام والمسلمين"),
    ("more than 50 students and soldiers killed", "the article", "قتلى: أكثر من 50 من الطلاب والجنود", "المقال نفسه"),
    ("about 70 people killed", "diplomats", "قتلى: نحو 70 من الأشخاص", "دبلوماسيون"),
    ("more than 70 killed", "diplomats", "قتلى: أكثر من 70", "دبلوماسيون"),
    ("hundreds killed or wounded", "diplomats", "قتلى وجرحى: مئات", "دبلوماسيون"),
    ("funerals of about 50 police students", "a Malian newspaper", "جنازات: نحو 50 من طلاب الشرطة", "صحيفة مالية"),
];

fn attack_selected() -> Harness<'static, TarikhApp> {
    let mut h = common::app_harness(common::seeds_dated_app(), [1500.0, 1400.0]);
    h.run_steps(2);
    let i = h.state().x.events().iter().position(|e| e.title.starts_with("JNIM attacks gendarmerie")).unwrap();
    h.state_mut().apply(Command::Select(Some(i)));
    h.run_steps(3);
    h
}

/// Checks that each figure's row holds its claimant (same line on screen), the claimant on
/// the side the interface reads after the figure.
fn check_rows(h: &Harness<'static, TarikhApp>, arabic: bool) {
    for &(en, who_en, ar, who_ar) in FIGURES {
        let (fig, who) = if arabic { (ar, who_ar) } else { (en, who_en) };
        let fig_rects: Vec<egui::Rect> = h.query_all_by_label(fig).map(|n| n.rect()).collect();
        assert!(!fig_rects.is_empty(), "figure missing from the claims table: {fig}");
        let who_rects: Vec<egui::Rect> = h.query_all_by_label(who).map(|n| n.rect()).collect();
        let on_row = fig_rects.iter().any(|f| {
            // on the same row of the grid: their lines overlap (a figure may wrap onto two)
            who_rects.iter().any(|c| {
                c.top() < f.bottom()
                    && f.top() < c.bottom()
                    && if arabic { c.right() < f.left() } else { c.left() > f.right() }
            })
        });
        assert!(on_row, "{fig}: no {who} on its row (figure at {fig_rects:?}, claimants at {who_rects:?})");
    }
}

#[test]
fn the_attack_claims_table_shows_each_figure_beside_its_claimant() {
    let mut h = attack_selected();
    h.get_by_label("Claims — the sources disagree on the dead");
    // it opens on the figures that disagree; the others come with "Show all"
    assert!(h.query_by_label("10 aircraft destroyed").is_none(), "an undisputed figure shown before Show all");
    assert!(h.query_by_label("at least 200 soldiers killed").is_some());
    h.get_by_label_contains("Show all").click();
    h.run_steps(3);
    check_rows(&h, false);
    common::click_tool(&mut h, "العربية");
    // (the table is measured again in the new language before it is shown)
    h.run_steps(6);
    h.get_by_label("الادعاءات — المصادر مختلفة في عدد القتلى");
    check_rows(&h, true);
}

#[test]
fn a_figure_is_whole_at_every_window_size_and_wraps_in_a_narrow_column() {
    for size in [[1000.0, 650.0], [1280.0, 720.0], [1920.0, 1080.0]] {
        for arabic in [false, true] {
            let mut app = common::seeds_dated_app();
            if arabic {
                app.session.settings.lang = Some(tarikh::i18n::Lang::Arabic);
            }
            let mut h = common::app_harness(app, size);
            h.run_steps(2);
            let i = h.state().x.events().iter().position(|e| e.title.starts_with("JNIM attacks gendarmerie")).unwrap();
            h.state_mut().apply(Command::Select(Some(i)));
            h.run_steps(6);
            let (fig, _, fig_ar, _) = FIGURES[2]; // (shown first: the figures that disagree)
            let fig = if arabic { fig_ar } else { fig };
            let line = h.ctx.global_style().spacing.interact_size.y;
            let r = h.get_by_label(fig).rect();
            let column = h.state().layout.side;
            // inside the column, never cut at its edge
            assert!(
                r.left() >= column.left() - 1.0 && r.right() <= column.right() + 1.0,
                "{size:?}: {fig}: {r:?} outside the column {column:?}"
            );
            // too long for the narrowest figure column on one line: two lines
            if size[0] < 1100.0 {
                assert!(r.height() > line, "{size:?}: {fig}: one line {r:?}, cut rather than wrapped");
            }
        }
    }
}
