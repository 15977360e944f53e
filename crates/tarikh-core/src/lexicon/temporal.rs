//! Temporal vocabulary: Gregorian month names in all three Arabic series, Hijri months,
//! weekdays, relative words (أمس، الماضي…), qualifiers, parts of the day, clock words,
//! number words, and the cue words that tell a year from a count.

use super::{tsv_rows, variants, PhraseTable};

/// Which calendar a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    /// Gregorian.
    Gregorian,
    /// Islamic (Hijri).
    Hijri,
}

/// Part of a month or year (أوائل، منتصف، أواخر).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// Early (first third of a month, first quarter of a year).
    Early,
    /// Middle.
    Mid,
    /// Late.
    Late,
    /// The first half (`la première quinzaine de mars`, `النصف الأول من 2023`).
    FirstHalf,
    /// The second half (`la deuxième quinzaine de mars`, `le second semestre 2023`).
    SecondHalf,
    /// A quarter of a year (`au premier trimestre 2024`, `الربع الأخير من 2023`): 1 to 4.
    Quarter(u8),
    /// A week of a month (`la première semaine de mars`, `الأسبوع الأخير من مارس`): 1 to 4 are
    /// the month's days 1–7, 8–14, 15–21 and 22–28; 5 is its last seven days.
    Week(u8),
    /// A season of a year (`l'été 2012`, `صيف 2012`): 1 spring (March–May), 2 summer
    /// (June–August), 3 autumn (September–November).
    Season(u8),
}

/// Part of the day (صباح، فجر…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DayPart {
    /// Dawn.
    Dawn,
    /// Morning.
    Morning,
    /// Noon.
    Noon,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
}

/// Time unit of a relative or period expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Day.
    Day,
    /// Week.
    Week,
    /// A weekend (Saturday and Sunday: `ce week-end`).
    Weekend,
    /// Month.
    Month,
    /// Year.
    Year,
}

/// The meaning of a temporal word or phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TemporalWord {
    /// A month name.
    Month { calendar: Calendar, month: u32, ambiguous: bool },
    /// A weekday (ISO number, 1 = Monday); `definite` when written with the article.
    Weekday { iso: u32, definite: bool },
    /// أمس (-1), غدا (+1)…
    DayOffset(i32),
    /// The night that ends `n` days from publication (`cette nuit`: 0, the night before the
    /// day the article is written and its small hours).
    NightOffset(i32),
    /// اليوم.
    Today,
    /// Words that make a following اليوم a calendar day.
    TodayAnchor,
    /// A unit; `count` is 1 or 2 for singular and dual forms, 0 for plurals.
    Unit { unit: Unit, count: u32 },
    /// الماضي.
    RelPast,
    /// قبل الماضي after a unit: the one before last (`الأسبوع قبل الماضي`).
    RelPastTwo,
    /// الجاري.
    RelCurrent,
    /// المقبل.
    RelNext,
    /// `suivant`, `التالي`: the next after the day the passage is about, not after publication
    /// (`le samedi suivant`, `اليوم التالي`).
    RelFollowing,
    /// `précédent`, `السابق`: the one before the day the passage is about (`l'année
    /// précédente`, `الأحد السابق`).
    RelPreceding,
    /// هذا.
    RelThis,
    /// الماضيين، الأخيرة (after a plural span).
    SpanLast,
    /// على مدار، خلال، au cours des (before a span).
    SpanLead,
    /// `du`, `des` after a weekend that its days follow (`le week-end des 4 et 5 mai`).
    DaysOf,
    /// ساعة، heures: the unit of a span counted in hours (`الـ24 ساعة الماضية`, `les dernières
    /// 48 heures`), read in whole days.
    HourUnit,
    /// أوائل، منتصف، أواخر.
    Qual(Qualifier),
    /// صباح، فجر…
    DayPart(DayPart),
    /// صباحا.
    ClockAm,
    /// مساء.
    ClockPm,
    /// الساعة.
    ClockWord,
    /// حوالي.
    ClockAbout,
    /// قبيل, `peu avant`: shortly before the hour (midnight so named is the day's last minute).
    ClockBefore,
    /// بتوقيت غرينتش.
    ClockZone,
    /// منتصف الليل (0) / منتصف النهار (12).
    FixedHour(u32),
    /// الخامسة.
    HourWord(u32),
    /// والنصف.
    MinuteWord(i32),
    /// A cardinal number word.
    Number(u32),
    /// An ordinal day before a month (`العاشر من أغسطس`).
    OrdinalDay(u32),
    /// A noun before an ordinal that makes it no day (`الأسبوع الأول من يوليو`).
    OrdinalBlock,
    /// الموافق: links a weekday to its date.
    DateLink,
    /// نفسه، ذاته after العام: the year already named.
    SameYear,
    /// `ذلك العام`, `cette année-là`, `la même année` after a month: the year already named.
    ThatYear,
    /// أكثر من، عدة…
    VagueCount,
    /// Words that license a bare year after them.
    YearCue,
    /// Words that license a bare month name after them.
    MonthCue,
    /// Prepositions that make even an ambiguous month name right after them the month (`في مارس`:
    /// no verb, `مارس` "he practised", follows a preposition).
    MonthPreposition,
    /// ميلادي.
    YearAd,
    /// هـ.
    YearHijri,
    /// منذ.
    Since,
    /// قبل.
    Ago,
    /// Before a count, that many units after publication (`dans une semaine`, `dans trois
    /// mois`).
    Hence,
    /// حوالي، نحو، environ before a count of time ago: the count is about so many.
    CountAbout,
    /// `exactement`, `jour pour jour`, `بالضبط` around a count of years or months ago: that very
    /// day of the month, not about that month.
    ToTheDay,
    /// `une dizaine de`, `une quinzaine de`: about so many.
    NumberAbout(u32),
    /// سوف، من المقرر…
    Future,
    /// حتى، بحلول right before a date: a deadline, not something that happened.
    Deadline,
    /// اعتبارا من، à partir de right before a bare weekday: the day a measure starts, the
    /// coming one (`الحداد لمدة ثلاثة أيام اعتبارا من الخميس`).
    Starting,
    /// المقبل، المقررة، prévu… in a sentence: its dates are scheduled, not past.
    Scheduled,
    /// تأجيل، reporté…: as [`W::Scheduled`], except before a bare weekday, which dates the
    /// postponement itself (`reportées samedi`) unless a word of [`W::PostponedTo`] leads it.
    Postponing,
    /// إلى، à right before the new date of a postponement (`reportée à samedi`).
    PostponedTo,
    /// A noun that is counted (جندي، طائرة): a number before it is no year.
    CountNoun,
    /// A word before a weekday that makes it a name (صلاة الجمعة).
    WeekdayBlock,
    /// A cue that a passage is about an earlier time (في وقت سابق).
    PastCue,
    /// Words that tell of time gone by since an event the article dates (`un an après`, `بعد
    /// عام على`, `الذكرى`): its latest date is no tight bound on when it was written.
    Elapsed,
    /// The day the passage is about, counted in days (`la veille` = -1, `le lendemain` = +1).
    DiscourseDay(i32),
    /// A mark after an hour (`16h`, `23 heures`).
    HourMark,
    /// Hours as a length of time after a count (`il y a 48 heures`, `قبل 48 ساعة`).
    HoursUnit,
    /// The first word of a range of days (`من`, `بين`, `du`, `entre`).
    RangeStart,
    /// A function word an expression may open with, whatever else it is (`بين`, `من`, `يومي`,
    /// `عامي`): the grammar is tried at it when a temporal word or a number follows.
    Opening,
    /// The word joining the two ends of a range (`إلى`, `و`, `au`, `et`).
    RangeJoin,
    /// A word between a part of the day and its day (`la nuit de samedi`).
    DayPartLink,
    /// After a count of days: later than the passage's day (`deux jours plus tard`).
    Later,
    /// Before a count of days: later than the passage's day (`بعد يومين`).
    LaterLead,
    /// `بعد ذلك`, `بعدها` (+1), `قبل ذلك`, `قبلها` (-1) before a count of days or weeks with
    /// `ب` (`بعد ذلك بيومين`): so long after or before the day the passage is about.
    ThatOffset(i32),
    /// After a count of days: earlier than the passage's day (`deux jours plus tôt`).
    Earlier,
    /// A holiday: a day of a Hijri (`hijri`) or Gregorian month, or the whole Hijri month when
    /// `day` is 0 (`عيد الأضحى` = 10 Dhu al-Hijja, `Noël` = 25 December, `le ramadan`).
    Holiday { hijri: bool, month: u32, day: u32 },
    /// Before a holiday, a day counted from it (`عشية` = -1, `ثاني أيام` = +1).
    HolidayDay(i32),
}

/// The temporal vocabulary.
#[derive(Debug)]
pub struct TemporalLexicon {
    /// All words and phrases.
    pub table: PhraseTable<TemporalWord>,
    /// Verbs in the future told by their affixes.
    pub future_forms: super::future_forms::FutureForms,
    /// Phrases that date a clause by the day of the one before it, as another event of that
    /// day (`Le même jour, un poste a été attaqué à Ségou`, `وفي اليوم نفسه`), normalized.
    another_event_day: Vec<String>,
}

impl TemporalLexicon {
    /// The ISO number of the weekday name at token `i`, if one starts there.
    pub fn weekday_at(&self, toks: &crate::text::Tokens, i: usize) -> Option<u32> {
        match self.table.longest_at(toks, i, |w| matches!(w, TemporalWord::Weekday { .. })).map(|m| *m.value) {
            Some(TemporalWord::Weekday { iso, .. }) => Some(iso),
            _ => None,
        }
    }

    /// True when `time_text` (a time expression as written) dates its clause by the day of the
    /// one before it, as another event of that day (`le même jour`, `في اليوم نفسه`).
    pub fn tells_of_another_event(&self, time_text: &str) -> bool {
        let t = crate::text::normalize(time_text);
        self.another_event_day.iter().any(|p| t.contains(p.as_str()))
    }

    /// Builds the lexicon from the three data files.
    pub fn parse(months: &str, weekdays: &str, words: &str) -> Self {
        let mut table = PhraseTable::default();
        for row in tsv_rows(months) {
            if row.len() < 4 {
                continue;
            }
            let calendar = if row[0] == "h" { Calendar::Hijri } else { Calendar::Gregorian };
            let month: u32 = row[1].parse().unwrap_or(0);
            let ambiguous = row[2].contains("ambiguous");
            for v in variants(row[3]) {
                table.insert(v, TemporalWord::Month { calendar, month, ambiguous });
            }
        }
        for row in tsv_rows(weekdays) {
            if row.len() < 2 {
                continue;
            }
            let iso: u32 = row[0].parse().unwrap_or(0);
            for v in variants(row[1]) {
                // a weekday name in Latin script is a date on its own, like an Arabic one
                // written with the article
                let n = crate::text::normalize(v);
                let definite = n.starts_with(crate::text::morphology().article.as_str())
                    || n.chars().all(|c| c.is_ascii_lowercase());
                table.insert(v, TemporalWord::Weekday { iso, definite });
            }
        }
        let mut future_forms = super::future_forms::FutureForms::default();
        let mut another_event_day = Vec::new();
        for row in tsv_rows(words) {
            if row.len() < 3 {
                continue;
            }
            if future_forms.add_row(row[0], row[1], variants(row[2]).map(crate::text::normalize)) {
                continue;
            }
            if row[0] == "another_event_day" {
                another_event_day.extend(variants(row[2]).map(crate::text::normalize));
                continue;
            }
            let Some(word) = parse_role(row[0], row[1]) else { continue };
            for v in variants(row[2]) {
                table.insert(v, word);
            }
        }
        TemporalLexicon { table, future_forms, another_event_day }
    }
}

fn parse_role(role: &str, value: &str) -> Option<TemporalWord> {
    use TemporalWord as W;
    let int = || value.parse::<i32>().ok();
    Some(match role {
        "day_offset" => W::DayOffset(int()?),
        "night_offset" => W::NightOffset(int()?),
        "today" => W::Today,
        "today_anchor" => W::TodayAnchor,
        "unit" => {
            let unit = match value.chars().next()? {
                'd' => Unit::Day,
                'w' => Unit::Week,
                'e' => Unit::Weekend,
                'm' => Unit::Month,
                'y' => Unit::Year,
                _ => return None,
            };
            let count = match &value[1..] {
                "1" => 1,
                "2" => 2,
                _ => 0,
            };
            W::Unit { unit, count }
        }
        "rel_past" => W::RelPast,
        "rel_past_two" => W::RelPastTwo,
        "rel_current" => W::RelCurrent,
        "rel_next" => W::RelNext,
        "rel_following" => W::RelFollowing,
        "rel_preceding" => W::RelPreceding,
        "rel_this" => W::RelThis,
        "span_last" => W::SpanLast,
        "span_lead" => W::SpanLead,
        "days_of" => W::DaysOf,
        "hour_unit" => W::HourUnit,
        "qual" => W::Qual(match value {
            "early" => Qualifier::Early,
            "mid" => Qualifier::Mid,
            "first_half" => Qualifier::FirstHalf,
            "second_half" => Qualifier::SecondHalf,
            "q1" => Qualifier::Quarter(1),
            "q2" => Qualifier::Quarter(2),
            "q3" => Qualifier::Quarter(3),
            "q4" => Qualifier::Quarter(4),
            "w1" => Qualifier::Week(1),
            "w2" => Qualifier::Week(2),
            "w3" => Qualifier::Week(3),
            "w4" => Qualifier::Week(4),
            "w_last" => Qualifier::Week(5),
            "spring" => Qualifier::Season(1),
            "summer" => Qualifier::Season(2),
            "autumn" => Qualifier::Season(3),
            _ => Qualifier::Late,
        }),
        "daypart" => W::DayPart(match value {
            "dawn" => DayPart::Dawn,
            "morning" => DayPart::Morning,
            "noon" => DayPart::Noon,
            "afternoon" => DayPart::Afternoon,
            "evening" => DayPart::Evening,
            _ => DayPart::Night,
        }),
        "clock_am" => W::ClockAm,
        "clock_pm" => W::ClockPm,
        "clock_word" => W::ClockWord,
        "clock_about" => W::ClockAbout,
        "clock_before" => W::ClockBefore,
        "clock_zone" => W::ClockZone,
        "midnight" | "midday" => W::FixedHour(int()? as u32),
        "hour_word" => W::HourWord(int()? as u32),
        "minute_word" => W::MinuteWord(int()?),
        "number" => W::Number(int()? as u32),
        "ordinal_day" => W::OrdinalDay(int()? as u32),
        "ordinal_block" => W::OrdinalBlock,
        "date_link" => W::DateLink,
        "same_year" => W::SameYear,
        "that_year" => W::ThatYear,
        "vague_count" => W::VagueCount,
        "year_cue" => W::YearCue,
        "month_cue" => W::MonthCue,
        "month_preposition" => W::MonthPreposition,
        "year_ad" => W::YearAd,
        "year_hijri" => W::YearHijri,
        "since" => W::Since,
        "ago" => W::Ago,
        "hence" => W::Hence,
        "count_about" => W::CountAbout,
        "to_the_day" => W::ToTheDay,
        "number_about" => W::NumberAbout(int()? as u32),
        "future" => W::Future,
        "deadline" => W::Deadline,
        "starting" => W::Starting,
        "scheduled" => W::Scheduled,
        "postponing" => W::Postponing,
        "postponed_to" => W::PostponedTo,
        "count_noun" => W::CountNoun,
        "weekday_block" => W::WeekdayBlock,
        "past_cue" => W::PastCue,
        "elapsed" => W::Elapsed,
        "discourse_day" => W::DiscourseDay(int()?),
        "hour_mark" => W::HourMark,
        "hours_unit" => W::HoursUnit,
        "range_start" => W::RangeStart,
        "opening" => W::Opening,
        "range_join" => W::RangeJoin,
        "daypart_link" => W::DayPartLink,
        "later" => W::Later,
        "later_lead" => W::LaterLead,
        "that_offset" => W::ThatOffset(int()?),
        "earlier" => W::Earlier,
        // `h:12:10`: the 10th of the Hijri 12th month; `g:12:25`: 25 December; day 0: the month
        "holiday" => {
            let mut parts = value.split(':');
            let hijri = parts.next()? == "h";
            let month = parts.next()?.parse().ok().filter(|m| (1..=12).contains(m))?;
            let day = parts.next()?.parse().ok().filter(|d| *d <= 31)?;
            W::Holiday { hijri, month, day }
        }
        "holiday_day" => W::HolidayDay(int()?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::text::tokenize;

    #[test]
    fn knows_all_three_month_series_and_weekdays() {
        let lex = &Lexicon::builtin().temporal.table;
        for (text, want) in [
            ("يناير", 1),
            ("كانون الثاني", 1),
            ("جانفي", 1),
            ("أوت", 8),
            ("جويلية", 7),
            ("تشرين الأول", 10),
            ("فيفري", 2),
        ] {
            let t = tokenize(text);
            let m = lex.longest_at(&t, 0, |w| matches!(w, TemporalWord::Month { .. })).expect(text);
            assert_eq!(
                *m.value,
                TemporalWord::Month { calendar: Calendar::Gregorian, month: want, ambiguous: want == 8 },
                "{text}"
            );
            assert_eq!(m.end, t.len(), "{text}");
        }
        let t = tokenize("والجمعة");
        assert!(matches!(
            lex.longest_at(&t, 0, |_| true).map(|m| *m.value),
            Some(TemporalWord::Weekday { iso: 5, definite: true })
        ));
    }
}
