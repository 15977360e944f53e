//! The shape of an article page: which line is the headline, which lines are site furniture
//! (boilerplate rules, plus short lines in the header and footer: site name, section, byline).

use super::Paragraph;
use crate::lexicon::BoilerplateRules;

/// Layout only asks whether a line has up to this many words (see [`is_body`]).
const WORDS_THAT_MATTER: usize = 25;

/// Words separated by ASCII white space, counted up to [`WORDS_THAT_MATTER`] (past that the
/// answer is the same).
fn word_count(s: &str) -> usize {
    crate::text::ascii_words(s).take(WORDS_THAT_MATTER).count()
}

/// A paragraph that reads as article body: a full sentence, or very long (headlines are
/// rarely over 25 words and rarely end with a full stop).
fn is_body(p: &Paragraph, words: usize) -> bool {
    let t = p.text.trim().trim_end_matches(['"', '”', '»', ')']);
    words >= WORDS_THAT_MATTER || (words >= 6 && t.ends_with(['.', '؟', '!', '?']))
}

/// Short header or footer line with no digits: a site name, section label or byline.
fn is_short_label(p: &Paragraph, words: usize) -> bool {
    let t = p.text.trim();
    words <= 3 && !t.chars().any(|c| c.is_numeric()) && !t.ends_with(':')
}

/// A run of link texts has at least this many words and no sentence punctuation at all.
const LINK_RUN_WORDS: usize = 60;

/// A paragraph of many words and no punctuation: a news ticker, a menu or a list of other
/// articles' headlines saved as one line (`عاجل` then a hundred words of unrelated headlines).
/// Prose of that length always has a comma or a full stop (at most 42 words without one were
/// seen in real articles).
fn is_link_run(p: &Paragraph) -> bool {
    let t = p.text.as_str();
    !t.contains(['.', ',', '،', ';', '؛', '!', '?', '؟', '«', '"'])
        && crate::text::ascii_words(t).take(LINK_RUN_WORDS).count() >= LINK_RUN_WORDS
}

/// Items a line of links separated by bars or bullets has at least.
const NAVIGATION_ITEMS: usize = 3;
/// Words an item of such a line has at most.
const NAVIGATION_ITEM_WORDS: usize = 4;

/// A site's navigation saved as a line: short items separated by bars or bullets (`Accueil |
/// Politique | Sécurité`, `الرئيسية • سياسة • أمن`), none a sentence.
pub fn is_navigation_line(text: &str) -> bool {
    if !text.contains(['|', '•', '·']) {
        return false;
    }
    let items: Vec<&str> = text.split(['|', '•', '·']).map(str::trim).filter(|i| !i.is_empty()).collect();
    items.len() >= NAVIGATION_ITEMS
        && items
            .iter()
            .all(|i| i.split_whitespace().count() <= NAVIGATION_ITEM_WORDS && !i.ends_with(['.', '!', '?', '؟', ':']))
}

/// Flags boilerplate paragraphs and returns the index of the headline, if any.
/// `dateline` is the index of the dateline paragraph (never a title).
pub fn mark_layout(paras: &mut [Paragraph], rules: &BoilerplateRules, dateline: Option<usize>) -> Option<usize> {
    for p in paras.iter_mut() {
        if rules.matches(&p.text) || is_link_run(p) || is_navigation_line(&p.text) {
            p.boilerplate = true;
        }
    }
    let words: Vec<usize> = paras.iter().map(|p| word_count(&p.text)).collect();
    let body: Vec<bool> = paras.iter().zip(&words).map(|(p, w)| !p.boilerplate && is_body(p, *w)).collect();
    let first_body = body.iter().position(|b| *b).unwrap_or(paras.len());
    let last_body = body.iter().rposition(|b| *b);
    // headline: the first line of four words or more before the body, else the first line
    let title = paras[..first_body.clamp(1, 6).min(paras.len())]
        .iter()
        .position(|p| !p.boilerplate && Some(p.index) != dateline && words[p.index] >= 4)
        .or_else(|| paras.iter().position(|p| !p.boilerplate && Some(p.index) != dateline));
    // the page's tail: after a heading such as `Commentaires`, `الأكثر قراءة` or `À lire aussi`
    // below the body, the lines are comments and other articles' teasers, up to a long
    // paragraph of text (every such heading: a `Lire aussi` box may stand mid-article)
    let tails: Vec<usize> = (first_body + 1..paras.len()).filter(|&i| rules.opens_tail(&paras[i].text)).collect();
    for t in tails {
        for i in t..paras.len() {
            if i > t && words[i] >= WORDS_THAT_MATTER {
                break;
            }
            if Some(i) != dateline {
                paras[i].boilerplate = true;
            }
        }
    }
    for (i, p) in paras.iter_mut().enumerate() {
        let in_header = i < first_body && Some(i) != title;
        let in_footer = last_body.is_some_and(|l| i > l);
        if (in_header || in_footer) && is_short_label(p, words[i]) && Some(i) != dateline {
            p.boilerplate = true;
        }
    }
    // a short label next to site furniture is furniture too (an author name under "Slide Up"):
    // one sweep down carries it along runs below furniture, one sweep up along runs above
    let joins = |paras: &[Paragraph], i: usize, neighbour: Option<usize>| {
        neighbour.is_some_and(|n| paras.get(n).is_some_and(|n| n.boilerplate))
            && !paras[i].boilerplate
            && is_short_label(&paras[i], words[i])
            && Some(i) != title
            && Some(i) != dateline
            && i > first_body.min(paras.len())
    };
    for i in 0..paras.len() {
        if joins(paras, i, i.checked_sub(1)) || joins(paras, i, Some(i + 1)) {
            paras[i].boilerplate = true;
        }
    }
    for i in (0..paras.len()).rev() {
        if joins(paras, i, Some(i + 1)) || joins(paras, i, i.checked_sub(1)) {
            paras[i].boilerplate = true;
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use crate::corpus::{document_from_text, TextEncoding};
    use crate::lexicon::Lexicon;

    #[test]
    fn comments_and_most_read_lists_below_the_body_are_furniture_up_to_a_long_paragraph() {
        let text = "\
Attaque à Kayes
Cinq douaniers ont été tués mercredi soir dans l'attaque d'un poste de douane à Kayes, selon des sources sécuritaires.
Les assaillants ont incendié deux véhicules avant de se retirer vers le nord du pays.
Commentaires (3)
Moussa K. — 16 octobre 2025 à 14h02 : Que Dieu protège le Mali et ses soldats.
Les plus lus
Burkina : nouvelle attaque près de Djibo (13 octobre 2025)
";
        let doc = document_from_text("a.txt".into(), text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
        let furniture: Vec<bool> = doc.paragraphs.iter().map(|p| p.boilerplate).collect();
        assert_eq!(furniture, [false, false, false, true, true, true, true]);
        // a heading among the body's lines (`تعليقات` above the body) opens nothing; a long
        // paragraph after the tail's heading is text again
        let long = "وقال مسؤول محلي إن المهاجمين وصلوا على دراجات نارية وأطلقوا النار على المركز قبل أن يضرموا النار في سيارتين ثم انسحبوا باتجاه الغابة القريبة من المدينة حيث تنشط الجماعات المسلحة منذ سنوات طويلة في المنطقة الحدودية.";
        let text = format!(
            "هجوم في كايس\nقتل خمسة من رجال الجمارك مساء الأربعاء في هجوم على مركز جمركي في كايس.\nالتعليقات\n{long}\n"
        );
        let doc = document_from_text("b.txt".into(), &text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
        let furniture: Vec<bool> = doc.paragraphs.iter().map(|p| p.boilerplate).collect();
        assert_eq!(furniture, [false, false, true, false]);
    }

    #[test]
    fn a_read_also_box_is_furniture_wherever_it_stands_and_its_teaser_dates_nothing() {
        // mid-article, then again below: each box and its teasers, not the text between
        let body = "Les assaillants sont arrivés à moto vers 5 heures et ont ouvert le feu sur le poste avant de se replier vers la forêt voisine, selon un élu local joint par téléphone.";
        let text = format!(
            "Attaque près de Gao\nDes jihadistes ont attaqué mardi un poste militaire près de Gao.\nÀ lire aussi\nLe 2 février 2024 - Le Mali quitte la Cédéao\n{body}\nاقرأ أيضا\nالنيجر: هجوم جديد قرب تيلابيري\n"
        );
        let doc = document_from_text("a.txt".into(), &text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
        let furniture: Vec<bool> = doc.paragraphs.iter().map(|p| p.boilerplate).collect();
        assert_eq!(furniture, [false, false, true, true, false, true, true]);
        // the teaser's date is no publication date of the article
        let mut c = crate::corpus::Corpus { documents: vec![doc], ..Default::default() };
        let _ = crate::extract::extract(&mut c);
        assert_eq!(c.documents[0].published, None);
    }

    #[test]
    fn a_header_s_day_beside_the_site_s_navigation_is_furniture_and_neither_publishes_nor_dates() {
        for (text, headline) in [
            (
                "Lundi 7 décembre 2026\nAccueil | Politique | Sécurité | Économie\nAttaque contre un poste à Kati\nDes hommes armés ont attaqué mardi soir un poste de la gendarmerie à Kati, selon des sources sécuritaires.\n",
                "Attaque contre un poste à Kati",
            ),
            (
                "الرئيسية • سياسة • أمن • اقتصاد\nالاثنين 7 ديسمبر 2026\nهجوم على مركز للدرك في كاتي\nهاجم مسلحون مساء الثلاثاء مركزا للدرك في مدينة كاتي قرب باماكو، وفق مصادر أمنية.\n",
                "هجوم على مركز للدرك في كاتي",
            ),
        ] {
            let doc = document_from_text("a.txt".into(), text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
            let furniture: Vec<bool> = doc.paragraphs.iter().map(|p| p.boilerplate).collect();
            assert_eq!(furniture, [true, true, false, false], "{text}");
            assert_eq!(doc.title, headline);
            // the day the page was seen is no publication, and the Tuesday stays undated
            let mut c = crate::corpus::Corpus { documents: vec![doc], ..Default::default() };
            let x = crate::extract::extract(&mut c);
            assert_eq!(c.documents[0].published, None, "{text}");
            assert!(x.events.is_empty() && x.undated.len() == 1, "{text}: {:?}", x.events);
        }
        // a stamp beside the navigation still publishes, and a date line away from it
        for text in [
            "Accueil | Politique | Sécurité\nPublié le 12 mars 2024\nAttaque à Kati\nDes hommes armés ont attaqué lundi un poste à Kati, selon des sources sécuritaires.\n",
            "Accueil | Politique | Sécurité\nAttaque à Kati\n12 mars 2024\nDes hommes armés ont attaqué lundi un poste à Kati, selon des sources sécuritaires.\n",
        ] {
            let doc = document_from_text("b.txt".into(), text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
            let mut c = crate::corpus::Corpus { documents: vec![doc], ..Default::default() };
            let _ = crate::extract::extract(&mut c);
            assert_eq!(c.documents[0].published.as_ref().map(|d| d.date.to_string()), Some("2024-03-12".into()), "{text}");
        }
        assert!(!super::is_navigation_line("Gao | Kidal"));
        assert!(!super::is_navigation_line("Bamako | Le gouvernement a annoncé la fermeture des écoles. | Hier"));
    }

    #[test]
    fn a_ticker_of_headlines_saved_as_one_line_is_furniture_and_no_headline() {
        // a hundred words of other stories' headlines with no punctuation, above the article
        let ticker = "افتتاح معرض الكتاب الدولي في القاهرة بمشاركة واسعة الخميس 12 مارس انطلاق بطولة كرة القدم للشباب في ملعب المدينة الجديد وزير التعليم يتفقد المدارس في محافظة الجيزة ارتفاع أسعار الذهب في السوق المحلية مع بداية الأسبوع الرئيس يستقبل سفير اليابان في القصر الجمهوري مهرجان السينما يعلن أسماء الأفلام المشاركة في المسابقة الرسمية الأرصاد تتوقع طقسا معتدلا على أغلب المناطق نهاية الأسبوع الجامعة تعلن موعد امتحانات نهاية العام للطلاب";
        let text = format!(
            "الموقع\nعاجل\n{ticker}\nهجوم على مركز للدرك في مالي\nهاجم مسلحون مركزا للدرك قرب موبتي فجر الثلاثاء، وقتلوا جنديين، وفق مصادر أمنية.\n"
        );
        let doc = document_from_text("a.txt".into(), &text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
        assert!(doc.paragraphs[1].boilerplate && doc.paragraphs[2].boilerplate, "the ticker and its label");
        assert!(!doc.paragraphs[3].boilerplate && !doc.paragraphs[4].boilerplate);
        // a ticker's label alone above the headline is not the headline
        let text = "عاجل\nانقلاب في مالي يطيح بالرئيس على يد ضباط متمردين\nاقتحم ضباط متمردون القصر الرئاسي فجر الخميس، وفق مصادر متطابقة.\n";
        let doc = document_from_text("c.txt".into(), text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
        assert!(doc.paragraphs[0].boilerplate);
        assert!(doc.title.starts_with("انقلاب"), "{}", doc.title);
        // prose of forty words without a comma is still text
        let prose = "وقال أحد مسؤولي البعثة إن قافلة تابعة للأمم المتحدة كانت في طريقها من ميناكا إلى أنسونغو تعرضت لهجوم في الساعة التاسعة والنصف صباحا قرب الحدود مع النيجر ما أدى إلى مقتل جنديين من قوات حفظ السلام وإصابة ثلاثة آخرين بجروح";
        let text = format!("هجوم على قافلة\n{prose}\n");
        let doc = document_from_text("b.txt".into(), &text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
        assert!(!doc.paragraphs[1].boilerplate);
    }
}
