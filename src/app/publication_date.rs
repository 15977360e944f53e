//! The publication date of the open article, in the document view: the date and why (every
//! candidate with the checks' verdict), a conflict between sources, a suggestion from other
//! articles with its evidence and an Accept button, and a field where the analyst sets or
//! corrects the date. Every change is a [`Edit::SetPublished`] command: the article's relative
//! dates are resolved again at once, saved in the workspace, undone with Ctrl+Z.

use egui::{FontId, Ui};

use super::chrome::{self, button, hover, label_rich};
use crate::bidi::BidiLabel;
use crate::corpus::{Document, PublishedBasis};
use crate::explore::Command;
use crate::workspace::Edit;

/// What the date field holds between frames.
#[derive(Default)]
pub struct DateUi {
    /// The document and the date the field was filled for (refilled when either changes).
    doc: Option<(usize, Option<chrono::NaiveDate>)>,
    /// The analyst's text, `YYYY-MM-DD`.
    pub text: String,
    /// Why the text is not a date.
    error: Option<String>,
}

/// Shows the block for document `doc` and collects the commands it emits.
pub fn show(ui: &mut Ui, doc: usize, d: &Document, s: &mut DateUi, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    let current = d.published.as_ref().filter(|p| !p.not_before).map(|p| p.date);
    if s.doc != Some((doc, current)) {
        *s =
            DateUi { doc: Some((doc, current)), text: current.map(|d| d.to_string()).unwrap_or_default(), error: None };
    }
    let small = FontId::proportional(12.5);
    if let Some(c) = &d.date_conflict {
        let color = ui.visuals().warn_fg_color;
        ui.add(BidiLabel::new(&lang.message(c)).font(small.clone()).color(color));
    }
    if let Some(sug) = d.pending_suggestion() {
        let day = sug.date.format("%Y-%m-%d").to_string();
        chrome::row_wrapped(ui, |ui| {
            let color = ui.visuals().hyperlink_color;
            label_rich(
                ui,
                &lang.f("Suggested by other articles: {0}", &[&day]),
                chrome::font(ui, egui::TextStyle::Body),
                color,
            );
            if hover(
                button(ui, lang.t("Accept suggested date")),
                lang.t("Date this article as the other articles suggest; its relative dates move with it"),
            )
            .clicked()
            {
                if let Some(e) = Edit::accept_suggestion(d) {
                    cmds.push(Command::Edit(e));
                }
            }
        });
        ui.add(
            BidiLabel::new(&lang.f("Evidence: {0}", &[&lang.message(&sug.note)]))
                .font(small.clone())
                .color(ui.visuals().weak_text_color()),
        );
    }
    chrome::row_wrapped(ui, |ui| {
        let l = chrome::label(ui, lang.t("Publication date"));
        let edit = ui
            .add(egui::TextEdit::singleline(&mut s.text).hint_text("YYYY-MM-DD").desired_width(110.0))
            .labelled_by(l.id);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if button(ui, lang.t("Set date")).clicked() || enter {
            match chrono::NaiveDate::parse_from_str(s.text.trim(), "%Y-%m-%d") {
                Ok(date) if date <= crate::temporal::today() => {
                    s.error = None;
                    cmds.push(Command::Edit(Edit::set_published(&d.file, Some(date))));
                }
                Ok(_) => s.error = Some(lang.t("The date is after today.").into()),
                Err(_) => s.error = Some(lang.t("Write the date as YYYY-MM-DD.").into()),
            }
        }
        if d.published.as_ref().is_some_and(|p| p.basis == PublishedBasis::Analyst)
            && hover(
                button(ui, lang.t("Use the sources' date")),
                lang.t("Forget the date set here; the article's own sources decide again"),
            )
            .clicked()
        {
            cmds.push(Command::Edit(Edit::set_published(&d.file, None)));
        }
    });
    if let Some(e) = &s.error {
        let c = ui.visuals().error_fg_color;
        label_rich(ui, e, chrome::font(ui, egui::TextStyle::Body), c);
    }
    if !d.date_candidates.is_empty() {
        chrome::collapsing(
            ui,
            &format!("date_candidates_{doc}"),
            lang.t("How the date was chosen"),
            false,
            None,
            |ui| {
                for c in &d.date_candidates {
                    let verdict = match &c.refused {
                        None => lang.t("passes the checks").to_string(),
                        Some(r) => lang.f("refused: {0}", &[&lang.message(r)]),
                    };
                    let month = if c.month_only { format!(" ({})", lang.t("month only")) } else { String::new() };
                    let line = format!(
                        "{}{month} — {} — {} — {verdict}",
                        c.date,
                        lang.t(crate::extract::basis_name(c.basis)),
                        lang.message(&c.evidence)
                    );
                    let color =
                        if c.refused.is_some() { ui.visuals().weak_text_color() } else { ui.visuals().text_color() };
                    ui.add(BidiLabel::new(&line).font(small.clone()).color(color));
                }
            },
        );
    }
}
