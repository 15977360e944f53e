//! Event trigger words (`assets/lexicon/triggers.tsv`): the words that make a dated clause an
//! event, with the event type they signal and how strongly.

use super::EventType;
use super::{tsv_rows, variants, PhraseTable};
use crate::text::Tokens;

/// One trigger row.
#[derive(Debug, Clone)]
pub struct TriggerDef {
    /// Event type, or `None` for rows that only swallow look-alike phrases.
    pub event_type: Option<EventType>,
    /// Finer kind (funeral, gunfire, takeover…), used in titles and merging.
    pub kind: String,
    /// Higher wins when a clause holds several triggers.
    pub priority: i32,
    /// The event follows an earlier one (claims, tolls, funerals).
    pub after: bool,
    /// Groups of words (prefixes): the sentence must also hold one word of every group for the
    /// row to apply (`ctx=سفار*`, `ctx=قوات*/جنود*`; two flags `ctx=président*,ctx=militaire*`
    /// ask for both); empty for none.
    pub context: Vec<Vec<String>>,
    /// The row dates only a date right after it (`الاتفاق الموقع عام 2015`, `l'accord signé en
    /// 2015`): flag `adjacent`.
    pub adjacent: bool,
    /// The row takes a date only when what follows the date names what the verb acts on
    /// (`a confirmé dimanche l'enlèvement`), not a clause, a death or an act of the speaker's own
    /// (`a confirmé dimanche que …`, `… la mort de`, `… avoir tué`): those are dated by what is
    /// said (flag `object`).
    pub object: bool,
    /// The kind a date after "since" gives the row's event (flag `since=KIND`): what an ending
    /// ends began then (`رفعت العقوبات التي كانت تخنق مالي منذ يناير`: January is the sanctions').
    pub since_kind: Option<String>,
    /// The row names what killed (an accident, a disaster): deaths told in its phrase (`ont
    /// péri dimanche dans l'effondrement d'une mine`) are its, not an attack (flag `cause`).
    pub cause: bool,
}

/// A trigger found in a token stream.
#[derive(Debug, Clone)]
pub struct TriggerHit<'a> {
    /// The row.
    pub def: &'a TriggerDef,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

impl TriggerHit<'_> {
    /// True when word `j` is one the row asks the sentence to hold (a one-word `ctx`): after
    /// the trigger in its phrase, what the act is done to (`أفرج … عن رهينة`, `a libéré un
    /// otage`), not an act of its own.
    pub fn asks_for(&self, toks: &Tokens, j: usize) -> bool {
        self.def
            .context
            .iter()
            .flatten()
            .any(|c| !c.contains(' ') && toks.forms(j).iter().any(|f| f.starts_with(c.as_str())))
    }
}

/// The trigger table.
/// Fewest letters an Arabic imperfect verb keeps once its prefix is taken off (`يحل` → `حل` is
/// too short to be told from other words).
const MIN_IMPERFECT_STEM: usize = 3;

#[derive(Debug, Default)]
pub struct Triggers {
    table: PhraseTable<TriggerDef>,
    /// Words that open a clause about another event after a comma (`، بعد انسحاب …`).
    clause_openers: PhraseTable<()>,
    /// Words that anchor a time to another event; `true` for `since` (`منذ`, `depuis`), which
    /// compare with a like event rather than name a cause.
    anchors: PhraseTable<bool>,
    /// Anchors that name what an event set off (`a déclenché l'intervention`): the cause is the
    /// subject before them, when it is an event.
    causes: PhraseTable<()>,
    /// Anchors that say what is called for (`appelle à`, `داعية`): an act named after them is
    /// not done.
    demands: PhraseTable<()>,
    /// Phrases that make a date in their sentence a publication stamp or a caption
    /// (`آخر تحديث`, `تاريخ النشر`), never an event.
    stamps: PhraseTable<bool>,
    /// Words that open a phrase saying who reports the sentence's news (`، كما أعلنت الحكومة`,
    /// `, ont indiqué lundi des élus`, `selon`).
    reports: PhraseTable<()>,
    /// The stems ([`super::stem`]) of the one-word triggers: a word of the text whose stem is
    /// one of these triggers the row, whatever its inflection (`attentats`, `الاشتباكات`).
    stems: super::phrase::WordMap<String, TriggerDef>,
    /// The first two characters of every stem: a word form that starts otherwise is not
    /// stemmed at all (most words of a text are not triggers).
    stem_heads: std::collections::HashSet<(char, char), std::hash::BuildHasherDefault<super::phrase::WordHasher>>,
}

/// The first two characters of a word.
fn head(w: &str) -> Option<(char, char)> {
    let mut cs = w.chars();
    Some((cs.next()?, cs.next()?))
}

/// Tokens an anchor phrase may take (`à la suite de l'`).
const MAX_ANCHOR_TOKENS: usize = 7;

impl Triggers {
    /// Parses `triggers.tsv`.
    pub fn parse(text: &str) -> Self {
        let mut table = PhraseTable::default();
        let mut clause_openers = PhraseTable::default();
        let mut anchors = PhraseTable::default();
        let mut causes = PhraseTable::default();
        let mut demands = PhraseTable::default();
        let mut stamps = PhraseTable::default();
        let mut reports = PhraseTable::default();
        let mut stems = super::phrase::WordMap::default();
        for row in tsv_rows(text) {
            if row.len() < 5 {
                continue;
            }
            if row[0] == "clause" || row[0] == "stamp" || row[0] == "anchor" || row[0] == "report" {
                for v in variants(row[4]) {
                    if row[0] == "report" {
                        reports.insert(v, ());
                    } else if row[0] == "anchor" {
                        anchors.insert(v, row[1] == "since");
                        if row[1] == "cause" {
                            causes.insert(v, ());
                        } else if row[1] == "demand" {
                            demands.insert(v, ());
                        }
                    } else if row[0] == "clause" {
                        clause_openers.insert(v, ());
                    } else {
                        stamps.insert(v, row[1] == "caption"); // true: a caption's credit, not a publication stamp
                    }
                }
                continue;
            }
            let event_type = if row[0] == "ignore" { None } else { EventType::from_name(row[0]) };
            if row[0] != "ignore" && event_type.is_none() {
                continue;
            }
            let flags = row[3];
            let def = TriggerDef {
                event_type,
                kind: row[1].to_string(),
                priority: row[2].parse().unwrap_or(1),
                after: flags.split(',').any(|f| f == "after"),
                adjacent: flags.split(',').any(|f| f == "adjacent"),
                object: flags.split(',').any(|f| f == "object"),
                cause: flags.split(',').any(|f| f == "cause"),
                since_kind: flags.split(',').find_map(|f| f.strip_prefix("since=")).map(str::to_string),
                context: flags
                    .split(',')
                    .filter_map(|f| f.strip_prefix("ctx="))
                    .map(|c| c.split('/').map(|c| crate::text::normalize(c.trim_end_matches('*'))).collect())
                    .collect(),
            };
            for v in variants(row[4]) {
                if def.event_type.is_some() && !v.contains(' ') && !v.ends_with('*') {
                    if let Some(st) = super::stem::stem(&crate::text::normalize(v)) {
                        // the first row of a stem keeps it (rows are listed strongest first)
                        stems.entry(st.into_owned()).or_insert_with(|| def.clone());
                    }
                }
                table.insert(v, def.clone());
            }
        }
        let stem_heads = stems.keys().filter_map(|s| head(s)).collect();
        Triggers { table, clause_openers, anchors, causes, demands, stamps, reports, stems, stem_heads }
    }

    /// True when the trigger at token `i` follows a word that makes it the reference of a time
    /// (`après l'annonce`, `بعد إعلان`) rather than the event a date beside it dates.
    pub fn anchored(&self, toks: &Tokens, i: usize) -> bool {
        self.anchors.ends_at(toks, i, MAX_ANCHOR_TOKENS)
    }

    /// [`Triggers::anchored`], or a word of an anchored act's phrase a word or less after its
    /// trigger (`deux jours après avoir repris le contrôle`, `بعد يومين من استعادته السيطرة`).
    pub fn anchored_among(&self, toks: &Tokens, hits: &[TriggerHit], i: usize) -> bool {
        self.anchored(toks, i)
            || hits
                .iter()
                .any(|o| o.def.event_type.is_some() && o.end <= i && i - o.end <= 1 && self.anchored(toks, o.start))
    }

    /// True when a phrase within `[from, to)` opens, after a comma, with an anchor of kind
    /// `demand` that ends by `to` (`…, appelant à la libération`, `، داعية … للإفراج`): what
    /// follows it is called for, not done. (A demand inside a phrase, `التنسيقية … المطالبة
    /// باستقلال أزواد على اتفاق السلام`, names who the phrase's subject is.)
    pub fn demand_opens_phrase_between(&self, toks: &Tokens, from: usize, to: usize) -> bool {
        (from..to)
            .any(|j| toks.is_comma(j) && self.demands.longest_at(toks, j + 1, |_| true).is_some_and(|m| m.end <= to))
    }

    /// The first token of an anchor of kind `cause` (`a déclenché`) that ends at token `i`.
    pub fn cause_before(&self, toks: &Tokens, i: usize) -> Option<usize> {
        (i.saturating_sub(MAX_ANCHOR_TOKENS)..i)
            .find(|&j| self.causes.longest_at(toks, j, |_| true).is_some_and(|m| m.end == i))
    }

    /// The anchoring word (its first and past-the-end tokens) that opens a phrase about another
    /// event running from within `[from, to)` up to `to` (`…, après la destruction d'un drone
    /// dans la nuit du 31 mars`): a date at `to` dates that event. The nearest one to `to` wins.
    /// A date word right after the anchor (`après deux jours`, `depuis lundi`) makes it part of
    /// a time, not an event. The flag is true for a `since` anchor.
    pub fn anchor_before(
        &self,
        toks: &Tokens,
        from: usize,
        to: usize,
        date_word: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize, bool)> {
        (from..to).rev().find_map(|j| {
            self.anchors
                .longest_at(toks, j, |_| true)
                .filter(|m| m.end < to && !toks.is_number(m.end) && !date_word(m.end))
                .map(|m| (j, m.end, *m.value))
        })
    }

    /// True when the phrase starting at token `from` opens with words that say who reports the
    /// news (`كما أعلنت`, `ont indiqué`, `selon`): a date in it dates the report.
    pub fn opens_report(&self, toks: &Tokens, from: usize) -> bool {
        self.report_end(toks, from).is_some()
    }

    /// One past the last token of the words starting at token `from` that say who reports the
    /// news, if they do (see [`Self::opens_report`]).
    pub fn report_end(&self, toks: &Tokens, from: usize) -> Option<usize> {
        self.reports.longest_at(toks, from, |_| true).map(|m| m.end)
    }

    /// The clause boundaries in tokens `[from, to)`: a semicolon, or a comma followed by a word
    /// that opens a clause about another event (`، بعد`, `، في حين`).
    pub fn clause_breaks(&self, toks: &Tokens, from: usize, to: usize) -> usize {
        (from..to)
            .filter(|&j| {
                toks.is_punct(j, '؛')
                    || toks.is_punct(j, ';')
                    || ((toks.is_punct(j, '،') || toks.is_punct(j, ','))
                        && self.clause_openers.longest_at(toks, j + 1, |_| true).is_some())
            })
            .count()
    }

    /// True when tokens `[from, to)` hold a publication stamp or caption phrase.
    pub fn has_stamp(&self, toks: &Tokens, from: usize, to: usize) -> bool {
        (from..to).any(|j| self.stamps.longest_at(toks, j, |_| true).is_some_and(|m| m.end <= to))
    }

    /// True when the paragraph opens with a caption phrase (`Photo : des soldats à Gao, le 3
    /// janvier 2024`): every date in it is the photo's.
    pub fn opens_with_caption(&self, toks: &Tokens) -> bool {
        self.stamps.longest_at(toks, 0, |caption| *caption).is_some()
    }

    /// In one pass over tokens `[from, to)`: whether a publication stamp phrase lies within
    /// `[stamp_from, stamp_to)` (the date's sentence), and whether a caption phrase lies anywhere.
    /// A stamp phrase at a token for which `noun_at` holds is not one: after a determiner,
    /// `un poste le 12 mars` is a noun's phrase, not `posté le` (accents are folded).
    pub fn stamp_and_caption(
        &self,
        toks: &Tokens,
        (from, to): (usize, usize),
        (stamp_from, stamp_to): (usize, usize),
        noun_at: impl Fn(usize) -> bool,
    ) -> (bool, bool) {
        let (mut stamp, mut caption) = (false, false);
        for j in from..to {
            self.stamps.each_match(toks, j, |m| {
                if *m.value {
                    caption |= m.end <= to;
                } else {
                    stamp |= j >= stamp_from && m.end <= stamp_to && !noun_at(j);
                }
            });
        }
        (stamp, caption)
    }

    /// True when tokens `[from, to)` hold a caption phrase (`صورة أرشيفية`, `/ AFP`): the date
    /// there is a photo's, not the article's.
    pub fn has_caption(&self, toks: &Tokens, from: usize, to: usize) -> bool {
        (from..to).any(|j| self.stamps.longest_at(toks, j, |is_caption| *is_caption).is_some_and(|m| m.end <= to))
    }

    /// The trigger row whose stem is the stem of word `i` (of one of its clitic forms).
    fn by_stem(&self, toks: &Tokens, i: usize) -> Option<&TriggerDef> {
        if !toks.is_word(i) {
            return None;
        }
        // a stem starts where its form starts (the forms are the word without its clitics):
        // a form whose first two letters begin no stem is passed over unstemmed
        toks.forms(i)
            .iter()
            .filter(|f| head(f).is_some_and(|h| self.stem_heads.contains(&h)))
            .find_map(|f| super::stem::stem(f).and_then(|st| self.stems.get(st.as_ref())))
    }

    /// The trigger row of an Arabic verb in the imperfect (`يقصف`, `تطرد`, `ستنسحب`): its prefix
    /// (`ي`, `ت`, `ن`, after a future `س`) taken off, the past form listed (`قصف*`, `طرد*`, or
    /// with `ا` for a derived verb, `انسحب*`). A word so read must leave three letters or more.
    fn imperfect(&self, toks: &Tokens, i: usize, applies: impl Fn(&TriggerDef) -> bool) -> Option<&TriggerDef> {
        if !toks.is_word(i) || toks.toks[i].latin {
            return None;
        }
        toks.forms(i).iter().find_map(|f| {
            let f = f.strip_prefix('س').filter(|r| r.chars().count() >= 4).unwrap_or(f);
            let rest = ['ي', 'ت', 'ن'].iter().find_map(|&p| f.strip_prefix(p))?;
            // a past verb of the forms that start with ت (`توقفت`, it stopped) ends in its own ت
            if rest.chars().count() < MIN_IMPERFECT_STEM || f.starts_with('ت') && f.ends_with('ت') {
                return None;
            }
            let typed = |d: &TriggerDef| d.event_type.is_some() && applies(d);
            // the past of a derived verb starts with ا only where its imperfect has ن or a ت
            // second (`ينسحب` of `انسحب`, `يشتبك` of `اشتبك`, `يوقف` of `أوقف`)
            let derived = rest.starts_with('ن') || rest.chars().nth(1) == Some('ت') || rest.starts_with('و');
            self.table
                .one_word(rest, typed)
                .or_else(|| derived.then(|| self.table.one_word(&format!("ا{rest}"), typed)).flatten())
        })
    }

    /// Triggers in tokens `[from, to)`, longest match first and without overlaps, skipping rows
    /// whose context word is missing from that range.
    pub fn find<'a>(&'a self, toks: &Tokens, from: usize, to: usize) -> Vec<TriggerHit<'a>> {
        // a context of several words (`وزير الخارجية`) is those words in a row
        let word_at = |j: usize, w: &str| j < to && toks.forms(j).iter().any(|f| f.starts_with(w));
        let has_context = |c: &str| (from..to).any(|j| c.split(' ').enumerate().all(|(k, w)| word_at(j + k, w)));
        let applies = |d: &TriggerDef| d.context.iter().all(|group| group.iter().any(|c| has_context(c)));
        let mut hits = Vec::new();
        let mut i = from;
        while i < to {
            let best = self.table.longest_at(toks, i, |d| applies(d));
            match best {
                Some(m) if m.end <= to => {
                    hits.push(TriggerHit { def: m.value, start: i, end: m.end });
                    i = m.end;
                }
                _ => {
                    let found =
                        self.by_stem(toks, i).filter(|d| applies(d)).or_else(|| self.imperfect(toks, i, applies));
                    if let Some(def) = found {
                        hits.push(TriggerHit { def, start: i, end: i + 1 });
                    }
                    i += 1
                }
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    /// Every pattern of the bundled trigger files is words to match: no comment's prose run into
    /// a row (a backquote, an English `or`, a space at either end, an empty pattern). A stamp may
    /// hold a bracketed agency, `(afp)`.
    #[test]
    fn bundled_trigger_patterns_are_words_not_comments() {
        for (name, rows) in [
            ("triggers.tsv", include_str!("../../../../assets/lexicon/triggers.tsv")),
            ("fr/triggers.tsv", include_str!("../../../../assets/lexicon/fr/triggers.tsv")),
        ] {
            for (n, row) in rows.lines().enumerate().filter(|(_, r)| !r.starts_with('#') && !r.trim().is_empty()) {
                let patterns = row.rsplit('\t').next().unwrap_or_default();
                for p in patterns.split('|') {
                    let prose = p.contains('`') || p.contains(" or ") || p.contains(" the ");
                    assert!(!prose && !p.is_empty() && p == p.trim(), "{name}:{}: pattern {p:?}", n + 1);
                }
            }
        }
    }
}
