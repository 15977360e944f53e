//! What a recognized temporal expression says, before it is resolved to calendar dates.

use crate::lexicon::temporal::{DayPart, Qualifier, Unit};

/// Which occurrence of a weekday a relative weekday means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekdayDir {
    /// The latest such day on or before publication (`يوم الثلاثاء`).
    Latest,
    /// The latest such day strictly before publication (`الخميس الماضي`).
    Last,
    /// The one a week before [`WeekdayDir::Last`] (`الخميس قبل الماضي`, the Thursday before last).
    BeforeLast,
    /// The next such day after publication (`الأحد المقبل`).
    Next,
    /// The next such day after the day the passage is about (`le samedi suivant`, `الأحد
    /// التالي`); no date when the passage has named no day.
    Following,
    /// The latest such day before the day the passage is about (`le samedi précédent`, `الأحد
    /// السابق`); no date when the passage has named no day.
    Preceding,
    /// That day of the calendar week before publication's (`la semaine dernière, lundi`,
    /// `lundi de la semaine dernière`, `الاثنين من الأسبوع الماضي`).
    LastWeek,
}

/// The date part of an expression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DateRef {
    /// Calendar parts as written; a missing year is taken from context.
    Calendar { year: Option<i32>, month: Option<u32>, day: Option<u32>, weekday: Option<u32> },
    /// A Hijri date (`1446 هـ`, `14 ربيع الأول 1446`).
    Hijri { year: i32, month: Option<u32>, day: Option<u32>, weekday: Option<u32> },
    /// Days from publication (`أمس` = -1).
    DayOffset(i32),
    /// The night that ends `n` days from publication (`cette nuit`: 0): the
    /// evening of the day before and the small hours of that day.
    NightOffset(i32),
    /// Today with its weekday (`اليوم الأربعاء`, `aujourd'hui mardi`, ISO number): the day the
    /// article was written, the latest such weekday on or before publication (an article of
    /// Wednesday published on Thursday still says "today, Wednesday").
    TodayWeekday(u32),
    /// A weekday relative to publication; `until` is the second day of `يومي الخميس والجمعة`.
    Weekday { iso: u32, dir: WeekdayDir, until: Option<u32> },
    /// Whole units from publication (`الشهر الماضي` = month -1, `قبل ثلاثة أيام` = day -3).
    UnitOffset { unit: Unit, n: i32 },
    /// A month (and day) of a year counted from publication (`يناير من العام الماضي`: n = -1).
    InYearOffset { n: i32, month: u32, day: Option<u32> },
    /// A named month before or after publication (`يوليو الماضي` = -1).
    /// With a day, the last (or next) such day: `18 يونيو الماضي`.
    MonthRelative { month: u32, day: Option<u32>, dir: i32 },
    /// A day of a month counted from publication (`12 من الشهر الجاري`: n = 0).
    DayInMonthOffset { n: i32, day: u32 },
    /// Whole units from the day the passage is about (publication's when it names none): the
    /// same (`الشهر نفسه`: 0), the following (`le mois suivant`, `الشهر التالي`: 1) or the
    /// preceding (`l'année précédente`, `العام السابق`: -1) week, month or year.
    PassageUnit { unit: Unit, n: i32 },
    /// A day of a month counted from the passage's (`في 15 من الشهر نفسه`: n = 0).
    DayInPassageMonth { n: i32, day: u32 },
    /// A day of the month with no month named (`dans la soirée du 12`, `مساء يوم 12`): this
    /// month's, or last month's when that day is still to come and the clause does not look
    /// ahead.
    DayOfMonth(u32),
    /// A weekday and a day of the month without the month (`jeudi 7`, `الخميس 7`): the nearest
    /// month, back from publication first, in which that day falls on that weekday.
    WeekdayAndDay { iso: u32, day: u32 },
    /// The last `n` units up to publication (`على مدار العامين الماضيين`).
    PastSpan { unit: Unit, n: u32 },
    /// A day counted from the day the passage is about: `في ذلك اليوم`, `اليوم نفسه` (0),
    /// `في اليوم التالي` (+1), `اليوم السابق` (-1).
    DiscourseDay(i32),
    /// So many weeks before publication (`il y a une semaine`, `قبل أسبوعين`): about that day,
    /// a day either side (a loose count, not the calendar week `la semaine dernière`).
    WeeksAgo(u32),
    /// About so many days before publication (`il y a environ un mois`, `قبل نحو أسبوعين`, `il y
    /// a une dizaine de jours`): that day, give or take a quarter of the count.
    AboutAgo(u32),
    /// The same day of the month so many months before publication (`il y a un an jour pour
    /// jour`: 12, `قبل شهر بالضبط`: 1).
    MonthsAgoToTheDay(u32),
    /// A holiday (`la Tabaski`, `عيد الفطر`, `Noël`): a day of the Hijri calendar (`hijri`) or
    /// of the Gregorian one, or the whole Hijri month when `day` is 0 (`pendant le ramadan`), in
    /// the year written after it, else its latest occurrence up to the day the passage is about
    /// (the next one in a clause that looks ahead).
    Holiday { hijri: bool, month: u32, day: u32, year: Option<i32> },
    /// No date: a time of day whose day comes from context.
    None,
}

impl DateRef {
    /// True when the date can be resolved without a publication date.
    pub fn is_absolute(&self) -> bool {
        matches!(self, DateRef::Calendar { year: Some(_), .. } | DateRef::Hijri { .. })
    }
    /// True for expressions that need the publication date.
    pub fn needs_publication(&self) -> bool {
        matches!(
            self,
            DateRef::DayOffset(_)
                | DateRef::NightOffset(_)
                | DateRef::TodayWeekday(_)
                | DateRef::Weekday { .. }
                | DateRef::UnitOffset { .. }
                | DateRef::WeeksAgo(_)
                | DateRef::AboutAgo(_)
                | DateRef::MonthsAgoToTheDay(_)
                | DateRef::InYearOffset { .. }
                | DateRef::DayInMonthOffset { .. }
                | DateRef::DayOfMonth(_)
                | DateRef::WeekdayAndDay { .. }
                | DateRef::MonthRelative { .. }
                | DateRef::PastSpan { .. }
                | DateRef::Holiday { year: None, .. }
        )
    }
}

/// A time of day, or a range of times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Hour 0-23.
    pub hour: u32,
    /// Minute 0-59.
    pub minute: u32,
    /// End of a range (`بين منتصف الليل والرابعة`).
    pub until: Option<(u32, u32)>,
    /// "About" (حوالي).
    pub approximate: bool,
}

/// What a temporal expression says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeSpec {
    /// The date part.
    pub date: DateRef,
    /// Early/mid/late.
    pub qualifier: Option<Qualifier>,
    /// Part of the day.
    pub day_part: Option<DayPart>,
    /// Time of day.
    pub clock: Option<Clock>,
    /// `منذ …`: the start of something still going on.
    pub since: bool,
    /// The last day of a range of days (`من 25 إلى 27 يوليو`): (month, day), in the start's
    /// year or, when the month comes round again, the next.
    pub through: Option<(u32, u32)>,
    /// The year is the one the text named last (`22 mars de cette année-là`, `مارس من العام
    /// نفسه`, `في 22 مارس من ذلك العام`), even in an earlier sentence.
    pub that_year: bool,
    /// Days after the date (`la veille du 12 mars`: -1, `ثاني أيام عيد الفطر`: +1).
    pub day_shift: i32,
}

impl TimeSpec {
    /// A spec with only a date part.
    pub fn date(date: DateRef) -> Self {
        TimeSpec {
            date,
            qualifier: None,
            day_part: None,
            clock: None,
            since: false,
            through: None,
            that_year: false,
            day_shift: 0,
        }
    }
}

/// A temporal expression found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// First character in the paragraph.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// First token.
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// What it says.
    pub spec: TimeSpec,
}
