//! Grammar words by their role (`assets/lexicon/grammar.tsv`): the small words (`من`, `بين`,
//! `و`, `يوم`, `شهر`) the date recognizer and the figures reader look for around numbers and
//! names. Data, not code: a role's words are the file's, in the normalized forms tokens carry.

use std::collections::HashMap;

use super::tsv_rows;

/// What a grammar word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Opens a range of days or hours (`بين`, `من`).
    RangeOpen,
    /// Closes it (`و`, `إلى`, `حتى`).
    RangeClose,
    /// "From", "of" (`من`).
    From,
    /// "And" (`و`).
    And,
    /// "Day" (`يوم`).
    DayWord,
    /// "The two days" (`يومي`).
    DaysWord,
    /// "Month" (`شهر`).
    MonthWord,
    /// The stem of "night" (`ليل`, `ليلة`).
    NightStem,
    /// Words between a date and its clock (`في`, `عند`, `و`).
    ClockGap,
    /// Words that tie a day to its month (`من`, `على`, `de`, `du`).
    OfDate,
    /// Prepositions that govern a date (`في`, `منذ`, `قبل`, `بعد`).
    DatePreposition,
    /// "Between" (`بين`).
    Between,
    /// "That" (`ذلك`: `في ذلك اليوم`).
    That,
    /// "The two years" (`عامي`, `سنتي`).
    YearsWord,
    /// The definite article (`ال`), as a form starts with it.
    Article,
    /// Attached pronouns, as a word ends with them (`ها`, `هم`).
    PronounSuffix,
    /// French "of" (`de`).
    FromFr,
    /// French "and" (`et`).
    AndFr,
    /// Words that sharpen a count without ending it (`تماما`, `exactement`): `بعد أسبوع تماما
    /// على الهجوم` still counts from the attack.
    Exactly,
    /// "One" after a unit of time (`يوم واحد`): the count said again.
    UnitOne,
    /// Words a number after which is an identifier, not a year (`القرار 2100`, `résolution
    /// 2085`, `رقم 2020`).
    NumberLabel,
    /// Words that may follow a day of the month written alone after its weekday (`jeudi 7 à
    /// Gao`, `الخميس 7 في`): the number is that day, not a count of what follows.
    AfterDay,
    /// The auxiliary of a passive verb (`a été renversé`): the one named before such a verb
    /// undergoes the act.
    Passive,
    /// "Until" before a date (`حتى`, `لغاية`, `jusqu'au`): the term an act runs until.
    Until,
    /// Verbs or nouns of undergoing (`تعرض الجيش لهجوم`, `les FAMa ont subi`, `ont fait l'objet
    /// de deux attaques`): the one they name undergoes the act after them, as with a passive.
    Undergoes,
    /// Words before a count of hours that make it a length of time, not a clock (`les
    /// dernières 24 heures`, `pendant 48 heures`, `خلال 24 ساعة`).
    DurationLead,
    /// Words that end a count of days and may open the name of the event it counts from
    /// (`trois jours après l'attaque`, `deux jours avant le scrutin`).
    OpensEvent,
    /// Words after which a day and month in digits without a year is a date (`le 17/01`, `في
    /// 17/09`), not a fraction or a score.
    ShortDateLead,
    /// Words that only lead a date (`le`, `en`, `في`, `يوم`): a title made of a clause's own
    /// words drops them with the date (`Le 30 avril, des concertations…` is titled `des
    /// concertations…`).
    TitleDateLead,
    /// Words that restate the date before them in other terms (`le 23 mai, soit une semaine
    /// plus tôt`, `في 23 مايو، أي قبل أسبوع`): the second is no date of its own.
    Gloss,
    /// A word that makes a "since" a comparison (`للمرة الأولى منذ 2014`, `la première attaque
    /// depuis 2016`): the last time before, no event of the clause.
    Comparison,
    /// Words that make a reported clause the speaker's own act (`قال المجلس إنه أنهى`, `a
    /// annoncé avoir repris`): the source is its agent.
    OwnAct,
    /// Words of a stamp that tells when a page was last updated (`Dernière mise à jour`, `آخر
    /// تحديث`): below the text, the site's, not the article's publication.
    UpdateStamp,
    /// Words that open an author's line, as its first or second word (`Par notre correspondant
    /// à Mopti - 14 février 2023`, `De notre envoyé spécial`, `بقلم`, `من مراسلنا`): a date that
    /// ends such a line is its dateline.
    Byline,
    /// Arabic particles that govern a noun (`في`, `من`, `على`): a word ending in ة after one
    /// is that noun, in construct with what follows (`في جلسة الثلاثاء`), not an adjective.
    Preposition,
    /// Words that open where something was said, between a verb of speech and what it says
    /// (`sur Telegram`, `في رسالة`, `dans un communiqué`).
    Channel,
    /// Arabic counts in construct with a definite noun (`عشرات الجنود`, `مئات المدنيين`).
    Quantity,
    /// Nouns of movements named after a day (`le Mouvement du 5 juin`, `حركة 5 يونيو`).
    NamedAfter,
    /// Verbs of leaving whose object is what is left (`a quitté le G5 Sahel`, `غادرت المنظمة`).
    Leaves,
    /// French auxiliaries of the active voice (`a`, `ont`): an act's verb after one has its
    /// subject before it.
    Auxiliary,
    /// Verbs that put their object out of action (`حيد 203 إرهابيين`): it is told dead.
    Neutralizes,
    /// French determiners (`un`, `le`, `ce`, `son`): a word after one is a noun (`un poste le
    /// 12 mars` is no `posté le` stamp).
    Determiner,
    /// French words that make what follows a noun's complement (`de`, `du`): a date after one
    /// is the noun's own (`l'attaque de lundi`), not the verb's before it.
    Complement,
    /// Words that say an event is another like the one told (`هجوم مماثل`, `هجمات أخرى`, `une
    /// autre attaque`, `une attaque similaire`): after an event word, or (French) before it.
    Another,
    /// Words that open what a speaker says (`أن`, `إن`, `que`): a date right before one, after
    /// a verb of speech, is the day it was said (`أعلن الجيش يوم السبت أن 49 جنديا قتلوا`).
    Complementizer,
    /// Relative pronouns (`qui`, `lequel`, `الذي`): after a comma they open a clause about the
    /// word before, set off from the sentence's own act (`La Cédéao, qui avait menacé
    /// d'intervenir en août 2023, a levé …`).
    Relative,
    /// French past participles not ending in `é` (`élu`, `pris`, `issue`): after a comma, one
    /// opens a phrase set off from the sentence's own act, as a relative pronoun does, and as a
    /// word ending in `é` does (`La junte, arrivée au pouvoir le 26 juillet 2023, a dénoncé …`).
    Participle,
    /// French quantifiers of a subject (`tous`, `toutes`): with a participle right after them, they
    /// open such a phrase too (`Le Mali et le Niger, tous dirigés par des militaires, ont annoncé`).
    Quantifier,
    /// The Arabic past auxiliary (`كان`, `كانت`): with [`Role::PerfectParticle`] after it, the
    /// pluperfect, which after an indefinite noun opens a clause about it as a relative pronoun
    /// does (`الإفراج عن مواطن كان قد اختطف في مايو`).
    PastAuxiliary,
    /// The particle of the Arabic perfect (`قد`).
    PerfectParticle,
    /// French pronouns that stand for a noun named before them (`celui`, `ceux`): a date that
    /// is their complement (`après ceux d'août 2020`) dates that noun's act.
    StandsFor,
    /// Particles that deny the verb right after them (`لم`, `لن`) or open a French denial
    /// (`ne`, `n'`).
    Negation,
    /// The second word of a French denial (`pas`, `jamais`): `n'a pas été revendiquée`.
    NegationAdverb,
    /// A subject that denies with `ne` alone (`aucun groupe n'a revendiqué`).
    NegationSubject,
    /// Words that may stand between a French denial and its verb (`n'a pas été`, `ne l'a pas`).
    VerbGroup,
}

impl Role {
    fn of_name(name: &str) -> Option<Role> {
        Some(match name {
            "range_open" => Role::RangeOpen,
            "range_close" => Role::RangeClose,
            "from" => Role::From,
            "and" => Role::And,
            "day_word" => Role::DayWord,
            "days_word" => Role::DaysWord,
            "month_word" => Role::MonthWord,
            "night_stem" => Role::NightStem,
            "clock_gap" => Role::ClockGap,
            "of_date" => Role::OfDate,
            "date_preposition" => Role::DatePreposition,
            "preposition" => Role::Preposition,
            "channel" => Role::Channel,
            "quantity" => Role::Quantity,
            "named_after" => Role::NamedAfter,
            "leaves" => Role::Leaves,
            "auxiliary" => Role::Auxiliary,
            "neutralizes" => Role::Neutralizes,
            "between" => Role::Between,
            "that" => Role::That,
            "years_word" => Role::YearsWord,
            "article" => Role::Article,
            "pronoun_suffix" => Role::PronounSuffix,
            "from_fr" => Role::FromFr,
            "and_fr" => Role::AndFr,
            "exactly" => Role::Exactly,
            "unit_one" => Role::UnitOne,
            "number_label" => Role::NumberLabel,
            "after_day" => Role::AfterDay,
            "passive" => Role::Passive,
            "until" => Role::Until,
            "undergoes" => Role::Undergoes,
            "duration_lead" => Role::DurationLead,
            "opens_event" => Role::OpensEvent,
            "short_date_lead" => Role::ShortDateLead,
            "title_date_lead" => Role::TitleDateLead,
            "gloss" => Role::Gloss,
            "comparison" => Role::Comparison,
            "own_act" => Role::OwnAct,
            "update_stamp" => Role::UpdateStamp,
            "byline" => Role::Byline,
            "determiner" => Role::Determiner,
            "complement" => Role::Complement,
            "another" => Role::Another,
            "complementizer" => Role::Complementizer,
            "relative" => Role::Relative,
            "participle" => Role::Participle,
            "quantifier" => Role::Quantifier,
            "past_auxiliary" => Role::PastAuxiliary,
            "perfect_particle" => Role::PerfectParticle,
            "stands_for" => Role::StandsFor,
            "negation" => Role::Negation,
            "negation_adverb" => Role::NegationAdverb,
            "negation_subject" => Role::NegationSubject,
            "verb_group" => Role::VerbGroup,
            _ => return None,
        })
    }
}

/// The grammar words of each role.
#[derive(Debug, Default)]
pub struct Grammar {
    words: HashMap<Role, Vec<String>>,
}

impl Grammar {
    /// Parses `grammar.tsv` (rows of unknown roles are ignored).
    pub fn parse(text: &str) -> Grammar {
        let mut words: HashMap<Role, Vec<String>> = HashMap::new();
        for row in tsv_rows(text) {
            let (Some(role), Some(list)) = (row.first().and_then(|r| Role::of_name(r)), row.get(1)) else { continue };
            words.entry(role).or_default().extend(super::variants(list).map(str::to_string));
        }
        Grammar { words }
    }

    /// True when a token (by its forms: itself, and itself without its clitics) is one of the
    /// words of `role`.
    pub fn is(&self, role: Role, forms: crate::text::TokenForms<'_>) -> bool {
        self.words(role).iter().any(|w| forms.has(w))
    }

    /// True when a form starts with one of the words of `role` (the article).
    pub fn starts(&self, role: Role, forms: crate::text::TokenForms<'_>) -> bool {
        forms.iter().any(|f| self.words(role).iter().any(|w| f.starts_with(w.as_str())))
    }

    /// The words of `role` (none when the file lists none).
    pub fn words(&self, role: Role) -> &[String] {
        self.words.get(&role).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_the_code_asks_for_has_words_in_the_bundled_file() {
        let g = &crate::lexicon::Lexicon::builtin().grammar;
        for role in [
            Role::RangeOpen,
            Role::RangeClose,
            Role::From,
            Role::And,
            Role::DayWord,
            Role::DaysWord,
            Role::MonthWord,
            Role::NightStem,
            Role::ClockGap,
            Role::OfDate,
            Role::DatePreposition,
            Role::Between,
            Role::That,
            Role::YearsWord,
            Role::Article,
            Role::PronounSuffix,
            Role::FromFr,
            Role::AndFr,
            Role::Exactly,
            Role::UnitOne,
            Role::NumberLabel,
            Role::AfterDay,
            Role::Passive,
            Role::Until,
            Role::Undergoes,
            Role::DurationLead,
            Role::OpensEvent,
            Role::ShortDateLead,
            Role::TitleDateLead,
            Role::Gloss,
            Role::Comparison,
            Role::OwnAct,
            Role::Preposition,
            Role::Channel,
            Role::Quantity,
            Role::NamedAfter,
            Role::Leaves,
            Role::Auxiliary,
            Role::Neutralizes,
            Role::Determiner,
            Role::Complement,
            Role::Another,
            Role::Complementizer,
            Role::Relative,
            Role::Participle,
            Role::Quantifier,
            Role::PastAuxiliary,
            Role::PerfectParticle,
            Role::StandsFor,
            Role::Negation,
            Role::NegationAdverb,
            Role::NegationSubject,
            Role::VerbGroup,
        ] {
            assert!(!g.words(role).is_empty(), "{role:?}");
        }
        assert_eq!(g.words(Role::RangeOpen), ["بين", "من", "de", "du", "entre"]);
    }
}
