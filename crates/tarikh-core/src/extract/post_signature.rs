//! The signature of a social-media post quoted in an article (`… pic.twitter.com/x — Name
//! (@handle) December 25, 2016`): the date there is the post's, written by someone else about
//! the news, never the date of an event the post tells of; and the article, which quotes the
//! post, was published on or after it.

use crate::temporal::{DateRef, TimeExpr};
use crate::text::Tokens;

/// Tokens a handle may take between `(@` and `)` (`@Anthony_Gonzalez56` splits at `_`).
const MAX_HANDLE_TOKENS: usize = 5;

/// True when `expr` is a full date right after a handle in parentheses, `(@handle)`, and closes
/// its paragraph: an embedded post's signature.
pub fn is_post_signature(toks: &Tokens, expr: &TimeExpr) -> bool {
    let full = matches!(expr.spec.date, DateRef::Calendar { year: Some(_), day: Some(_), .. });
    let at = expr.tok_start;
    if !full || at < 4 || !toks.is_punct(at - 1, ')') {
        return false;
    }
    let handle = (at.saturating_sub(3 + MAX_HANDLE_TOKENS)..at - 2)
        .rev()
        .find(|&j| toks.is_punct(j, '('))
        .is_some_and(|j| toks.is_punct(j + 1, '@') && toks.is_word(j + 2));
    handle && (expr.tok_end..toks.len()).all(|j| toks.is_any_punct(j))
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::corpus;

    #[test]
    fn a_quoted_post_s_date_is_no_event_s_but_bounds_the_article_s_publication() {
        let text = "Titre\nUne Française a été enlevée samedi à Gao par des hommes armés.\n\
                    Enlèvement de notre compatriote à Gao. https://t.co/abc — Diplomatie (@diplo_fr) March 10, 2024\n";
        let mut c = corpus(&[("a.txt", text, None)]);
        let ev = crate::extract::extract(&mut c).events;
        // the post's date dates nothing
        assert!(
            !ev.iter().any(|e| e.mentions.iter().any(|m| m.time_text.contains("March"))),
            "{:?}",
            ev.iter().map(|e| (&e.title, &e.mentions[0].time_text)).collect::<Vec<_>>()
        );
        // the article quoting it was published on or after the post's day, though its `samedi`
        // stays undated: the bound alone does not say which Saturday
        let p = c.documents[0].published.as_ref().expect("a lower bound");
        assert!(p.not_before && p.date == chrono::NaiveDate::from_ymd_opt(2024, 3, 10).unwrap(), "{p:?}");
        assert!(!ev.iter().any(|e| e.title.contains("idnap")));
        // a handle named in a sentence is no signature
        let text = "Titre\nLe ministre (@min) a annoncé le 10 mars 2024 la fermeture de la frontière.\n";
        let mut c = corpus(&[("a.txt", text, None)]);
        let ev = crate::extract::extract(&mut c).events;
        assert!(ev.iter().any(|e| e.mentions.iter().any(|m| m.time_text.contains("10 mars"))));
    }
}
