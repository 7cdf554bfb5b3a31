//! Plain-text loading: titles, subheadings and what is not a subheading, text normalisation rules, and the
//! sample article's outline.

use sahifa_core::document::BlockKind;
use sahifa_core::load::{Format, SAMPLE_TEXT, load_str, sample};

/// Builds an article from annotated lines and checks every block's kind. Each line is prefixed with its
/// expected kind: `T|` title, `H|` heading, `P|` paragraph, `I|` list item; `|` alone is a blank line.
fn check(annotated: &str) {
    let mut text = String::new();
    let mut expected = Vec::new();
    for line in annotated
        .lines()
        .map(str::trim_start)
        .filter(|l| !l.is_empty())
    {
        let Some((tag, body)) = line.split_once('|') else {
            panic!("line without a kind tag: {line}");
        };
        text.push_str(body);
        text.push('\n');
        let kind = match tag {
            "T" => BlockKind::Title,
            "H" => BlockKind::Heading,
            "P" => BlockKind::Paragraph,
            "I" => BlockKind::Item,
            "" => continue,
            other => panic!("unknown tag {other}"),
        };
        expected.push((kind, body.trim().to_owned()));
    }
    let doc = match load_str("test.txt", &text, Format::Plain) {
        Ok(doc) => doc,
        Err(e) => panic!("{e}"),
    };
    let got: Vec<(BlockKind, String)> = doc
        .blocks
        .iter()
        .map(|b| (b.kind, doc.slice(b.span).to_owned()))
        .collect();
    assert_eq!(got, expected, "\n{text}");
}

const BODY: &str = "وأوضح المتحدث باسم الوزارة أن الاجتماعات ستستمر طوال الأسبوع المقبل لبحث الملفات العالقة بين الجانبين.";

#[test]
fn sample_outline_is_title_and_five_gold_headings() {
    let gold: serde_json::Value =
        serde_json::from_str(include_str!("data/seed.gold.json")).unwrap();
    let doc = sample();
    assert_eq!(doc.source.format, "plain");
    let outline: Vec<&str> = (0..doc.sections.len())
        .map(|i| doc.section_title(i))
        .collect();
    let mut expected = vec![gold["title"].as_str().unwrap()];
    expected.extend(
        gold["headings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h.as_str().unwrap()),
    );
    assert_eq!(outline, expected);
    assert_eq!(doc.sections[0].children.len(), 5);
    // Every gold heading and title is found verbatim in the text (score scripts look them up there).
    for h in &expected {
        assert!(doc.text.contains(h));
    }
    assert_eq!(
        doc.text.lines().count(),
        SAMPLE_TEXT.lines().filter(|l| !l.trim().is_empty()).count()
    );
}

#[test]
fn short_standalone_lines_that_head_body_text_are_headings() {
    check(&format!(
        "T|عنوان المقال الرئيسي
         P|{BODY}
         H|الاقتصاد: نمو أبطأ من المتوقع
         P|{BODY}
         |
         H|مخاوف المستثمرين
         |
         P|{BODY}
         H|هل تنجح الخطة؟
         P|{BODY}"
    ));
}

#[test]
fn starred_and_numbered_lines_are_headings_when_short_else_items() {
    check(&format!(
        "T|عنوان
         P|{BODY}
         H|* أبعاد سياسية
         P|{BODY}
         H|١- المرحلة الأولى
         P|{BODY}
         H|2. المرحلة الثانية
         P|{BODY}
         I|1- زيادة الرواتب
         I|2- خفض الضرائب
         P|قرر المجلس ما يلي:
         I|• تعيين عضو جديد في مجلس الإدارة.
         P|{BODY}"
    ));
}

#[test]
fn wire_markers_datelines_bylines_and_boilerplate_are_not_headings() {
    check(&format!(
        "T|عنوان الخبر
         P|بقلم محمد أحمد
         P|{BODY}
         P|الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس
         P|{BODY}
         P|// يتبع //
         P|{BODY}
         P|بيروت (رويترز)
         P|{BODY}
         P|كتب: سامي خليل
         P|{BODY}
         P|شارك عبر تويتر فيسبوك واتساب
         P|{BODY}
         P|صورة أرشيفية للاجتماع
         P|{BODY}
         P|18:18 ت م
         P|{BODY}
         P|// انتهى //
         P|آخر سطر في المقال"
    ));
}

#[test]
fn sentences_and_reported_speech_are_not_headings() {
    check(&format!(
        "T|عنوان
         P|{BODY}
         P|وقد أعد مرسوم ملكي بذلك.
         P|{BODY}
         P|وأضاف المتحدث في ختام كلمته
         P|{BODY}
         P|انتهى الاجتماع. وغادر الوفد
         P|{BODY}
         P|مصادر مطلعة قالت لنا،
         P|{BODY}
         P|سطر أخير قصير"
    ));
}

#[test]
fn after_a_colon_a_subheading_counts_but_a_quoted_line_does_not() {
    check(&format!(
        "T|عنوان
         P|{BODY}
         P|وقد انتهى المجلس إلى ما يلي :
         H|اتفاقية مع دولة صديقة
         P|{BODY}
         P|وقال في ختام كلمته:
         P|«نحن مستعدون للحوار»
         P|{BODY}"
    ));
}

#[test]
fn the_line_under_the_title_and_a_line_before_a_short_one_are_not_headings() {
    check(&format!(
        "T|عنوان
         P|محمد الأحمد
         P|{BODY}
         P|سطر قصير بلا نقطة
         P|سطر آخر قصير
         P|{BODY}"
    ));
}

#[test]
fn hard_wrapped_lines_are_not_headings() {
    // A line that continues the previous one (no blank line, no closing punctuation) is a wrapped line.
    check(&format!(
        "T|عنوان
         P|كان الاجتماع طويلا وناقش فيه الأعضاء قضايا كثيرة تتعلق بالميزانية
         P|والضرائب والتعليم
         P|{BODY}"
    ));
}

#[test]
fn text_is_kept_as_written_apart_from_line_ends_and_outer_spaces() {
    let input = "\u{feff}  عنوان\u{200f}  \r\n\r\n\r\n\tفقرة  فيها   مسافات،\tوعلامات «تنصيص» وتشكيلٌ \u{202b}مضمن\u{202c}.  \r\rسطر\u{2029}أخير\n";
    let doc = load_str("x.txt", input, Format::Plain).unwrap();
    assert_eq!(
        doc.text,
        "عنوان\u{200f}\nفقرة  فيها   مسافات،\tوعلامات «تنصيص» وتشكيلٌ \u{202b}مضمن\u{202c}.\nسطر\nأخير"
    );
    assert_eq!(doc.blocks.len(), 4);
    assert_eq!(doc.title(), "عنوان\u{200f}");
    for b in &doc.blocks {
        assert!(!doc.slice(b.span).contains('\n'));
    }
}

#[test]
fn credit_lines_need_their_colon_but_bylines_do_not() {
    check(&format!(
        "T|عنوان
         P|{BODY}
         P|تحرير: سامي خليل
         P|{BODY}
         H|تحرير المدينة من الحصار
         P|{BODY}
         P|بقلم سامي خليل
         P|{BODY}"
    ));
}

#[test]
fn in_hard_wrapped_text_only_lines_well_short_of_the_width_are_headings() {
    // Paragraphs broken into lines of about 60 characters, a blank line between paragraphs: the first line
    // of each paragraph is short in words but not a heading.
    check(
        "T|تقرير عن المدينة
         |
         P|شهدت المدينة خلال الأسبوع الماضي سلسلة من الفعاليات الثقافية
         P|التي نظمتها البلدية بالتعاون مع الجمعيات الأهلية في الأحياء
         P|القديمة والجديدة على حد سواء.
         |
         P|وحضر الفعاليات عدد كبير من السكان والزوار القادمين من المدن
         P|المجاورة الذين أبدوا إعجابهم بتنوع البرامج المقدمة لهم هذا
         P|العام مقارنة بالأعوام السابقة.
         |
         P|الفعاليات الثقافية والفنية والاجتماعية والرياضية المتنوعة
         P|جذبت أيضا اهتمام وسائل الإعلام المحلية التي خصصت لها تغطية
         P|واسعة طوال أيام الأسبوع.
         |
         H|خطط العام المقبل
         |
         P|وتعتزم البلدية توسيع الفعاليات في العام المقبل لتشمل معارض
         P|للكتب وعروضا مسرحية للأطفال في الحدائق العامة والساحات
         P|الكبرى في وسط المدينة.",
    );
}

#[test]
fn the_outline_names_starred_and_numbered_sections_without_their_marker() {
    let input = format!(
        "عنوان التقرير\n{BODY}\n\n* أسباب الأزمة\n{BODY}\n\n١- المرحلة الأولى\n{BODY}\n\n2. المرحلة الثانية\n{BODY}\n"
    );
    let doc = load_str("x.txt", &input, Format::Plain).unwrap();
    let titles: Vec<&str> = (0..doc.sections.len())
        .map(|i| doc.section_title(i))
        .collect();
    assert_eq!(
        titles,
        [
            "عنوان التقرير",
            "أسباب الأزمة",
            "المرحلة الأولى",
            "المرحلة الثانية"
        ]
    );
    // The text is never rewritten: the heading lines keep their markers, only the titles' spans leave them out.
    assert!(doc.text.contains("\n* أسباب الأزمة\n"));
    assert!(doc.text.contains("\n١- المرحلة الأولى\n"));
    for s in &doc.sections[1..] {
        let line = doc.slice(doc.blocks[s.block].span);
        assert!(line.ends_with(doc.slice(s.title)) && line != doc.slice(s.title));
    }
}

#[test]
fn the_head_of_the_article_is_not_a_section_even_after_a_strapline() {
    // Title, strapline, byline, then the body: the byline is not a heading though a long line follows it.
    check(&format!(
        "T|افتتاح المكتبة الجديدة
         |
         P|البلدية تفتتح أكبر مكتبة عامة في المنطقة بحضور عدد من الكتاب والمثقفين
         |
         P|سامي خليل ـ الدمام
         |
         P|{BODY}
         |
         H|مواعيد الزيارة
         |
         P|{BODY}"
    ));
}

#[test]
fn a_run_of_short_lines_is_verse_or_a_list_not_headings() {
    check(&format!(
        "T|عنوان المقال
         P|{BODY}
         |
         P|يا ليل الصب متى غده
         |
         P|أقيام الساعة موعده
         |
         P|رقد السمار فأرقه
         |
         P|{BODY}
         |
         I|* المدرسة الأولى
         I|* المدرسة الثانية
         P|{BODY}
         |
         H|* بعد الافتتاح
         P|{BODY}"
    ));
}

#[test]
fn source_credits_and_dates_in_figures_are_not_headings() {
    check(&format!(
        "T|عنوان
         P|{BODY}
         |
         P|نقلاً عن صحيفة المدينة
         |
         P|{BODY}
         |
         P|عن موقع الأخبار الاقتصادية
         |
         P|{BODY}
         |
         P|جدة 1436/10/26 هـ
         |
         P|{BODY}
         |
         P|الرياض الأحد 9 أغسطس
         |
         P|{BODY}
         |
         H|عن الكاتب والمكان
         |
         P|{BODY}"
    ));
}

#[test]
fn interview_questions_are_not_headings_but_question_headings_are() {
    // An interview: questions put to the guest, one of them short and not addressed to "you".
    check(&format!(
        "T|حوار مع مدير المهرجان
         P|{BODY}
         |
         P|كيف ترى إقبال الجمهور هذا العام؟
         |
         P|{BODY}
         |
         P|وما أبرز الصعوبات؟
         |
         P|{BODY}
         |
         I|* هل تتوقع مشاركة أوسع في الدورة المقبلة؟
         |
         P|{BODY}
         |
         P|س: ما رسالتك للشباب؟
         |
         P|{BODY}"
    ));
    // One question put to the reader's "you" is an interviewer's too; a question about the subject heads it.
    check(&format!(
        "T|عنوان
         P|{BODY}
         |
         P|ما رأيك في القرار الجديد؟
         |
         P|{BODY}
         |
         H|هل تنجح الخطة؟
         |
         P|{BODY}"
    ));
}

#[test]
fn questions_answered_after_a_dash_are_an_interview_not_headings() {
    // Neither question addresses "you"; each is answered on the next line after a dash.
    check(&format!(
        "T|لقاء مع رئيس الجمعية
         P|{BODY}
         |
         I|* ما أبرز برامج الجمعية هذا العام؟
         I|- نعمل على ثلاثة برامج للتدريب ونسعى إلى توسيعها في المحافظات.
         |
         I|* وماذا عن التمويل؟
         I|- التمويل ما زال محدودا ونأمل أن يزيد الدعم في العام المقبل."
    ));
    // One question answered after a dash is no interview: question headings stay headings.
    check(&format!(
        "T|عنوان
         P|{BODY}
         |
         H|هل تنجح الخطة؟
         |
         P|{BODY}
         |
         H|ما السبب؟
         I|- ضعف التمويل وقلة الكوادر المدربة في الفروع."
    ));
}

#[test]
fn numbered_headings_in_every_common_form_are_sections_titled_without_the_number() {
    let input = format!(
        "عنوان\n{BODY}\n\n1 - الخلفية\n{BODY}\n\n٢. الأسباب\n{BODY}\n\n3) النتائج\n{BODY}\n\nأولا: التوصيات\n{BODY}\n"
    );
    let doc = load_str("x.txt", &input, Format::Plain).unwrap();
    let titles: Vec<&str> = (0..doc.sections.len())
        .map(|i| doc.section_title(i))
        .collect();
    // An ordinal word is a word of the title: it is kept.
    assert_eq!(
        titles,
        ["عنوان", "الخلفية", "الأسباب", "النتائج", "أولا: التوصيات"]
    );
}

#[test]
fn a_read_also_teaser_is_no_heading() {
    check(&format!(
        "T|عنوان الخبر
         P|{BODY}
         P|اقرأ أيضاً: الحكومة تحيل مشروع الميزانية إلى المجلس
         P|{BODY}"
    ));
}

#[test]
fn one_word_after_a_paragraph_heads_a_section_but_after_an_exclamation_it_is_an_author() {
    // One-word subheadings ("التضخم"، "توقعات") after paragraphs ended by a full stop.
    check(&format!(
        "T|المصرف المركزي يرفع الفائدة مرة أخرى
         P|{BODY}
         |
         H|التضخم
         |
         P|{BODY}
         |
         H|توقعات
         |
         P|{BODY}"
    ));
    // After a line that exclaims (a saying), one word is who said it; after a paragraph, with or without a blank
    // line, it heads what follows.
    check(&format!(
        "T|كلمة العدد
         P|{BODY}
         |
         P|العلم نور والجهل ظلام!!
         |
         P|المتنبي
         |
         P|{BODY}
         |
         P|إعلان
         |
         P|{BODY}
         P|شارك
         P|{BODY}
         H|خلاصة
         P|{BODY}"
    ));
}
