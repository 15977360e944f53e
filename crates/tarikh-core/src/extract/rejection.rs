//! Why a time expression dates no event clause: a stamp, a caption, a dateline, a heading, a
//! back-reference, a gloss, or no clause of its own.

/// Why a time expression is not the date of an event clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// Too few words of its own around it (a label, a table cell, a bare date).
    NoClause,
    /// A publication stamp (`آخر تحديث`, `Publié le`).
    Stamp,
    /// A photo's caption (`صورة أرشيفية`, `- NAME / AFP`): the photo's date, not the article's.
    Caption,
    /// The signature of a quoted social-media post (`— Name (@handle) March 9, 2024`): the
    /// post's date, not that of what it tells.
    PostSignature,
    /// The agency dateline of a wire story.
    WireDateline,
    /// A town and a full date heading a text (`Bamako, le 7 novembre 2020`): a letter's or a
    /// statement's date, often one the article quotes, so not the article's own date either.
    Heading,
    /// A back-reference (`هجوم الثلاثاء`) to an event the article dates elsewhere.
    BackReference,
    /// The date before it said again in other terms (`le 23 mai, soit une semaine plus tôt`).
    Gloss,
}

impl Rejection {
    /// A short English reason, for `--explain`.
    pub fn reason(self) -> &'static str {
        match self {
            Rejection::NoClause => "no clause: a date without words of its own around it",
            Rejection::Stamp => "publication stamp or caption",
            Rejection::Caption => "a photo's caption",
            Rejection::PostSignature => "the signature of a quoted post",
            Rejection::WireDateline => "wire dateline",
            Rejection::Heading => "a town and date heading a letter or statement",
            Rejection::BackReference => "a back-reference to an event the article dates elsewhere",
            Rejection::Gloss => "the date before it said again in other terms",
        }
    }
}
