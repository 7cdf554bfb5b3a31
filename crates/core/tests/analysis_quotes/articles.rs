//! Article-level shapes: headlines ("Speaker: statement"), interviews (Q&A), the sample article's gold, robustness.

use super::{cue, quotes_of, run, speaker};
use sahifa_core::analysis::QuoteKind;

#[test]
fn imperfect_verb_with_a_lam_complement_in_a_headline() {
    let (c, q) = quotes_of(
        "روسيا تتطلع لتطبيع العلاقات مع واشنطن: [PER:لافروف] يدعو ⟨لرفع العقوبات وتعزيز الحوار⟩",
    );
    assert_eq!(cue(&c, &q[0]), "يدعو");
    assert_eq!(speaker(&q[0]), "لافروف");
}

#[test]
fn headline_speaker_before_the_colon_but_not_a_topic() {
    let (_, q) = quotes_of(concat!(
        "[PER:الجبير]: ⟨الأسد فقد شرعيته ولا مكان له⟩\n",
        "# قانونيون: ⟨القرار يخالف الدستور بوضوح⟩\n",
        "# الصفقة الأمريكية: خطوة إيجابية نحو الحوار\n",
        "# الولايات المتحدة وأوروبا: اختلاف في فهم الأسباب",
    ));
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(q[0].cue, None);
    assert_eq!(speaker(&q[0]), "الجبير");
    assert_eq!(speaker(&q[1]), "قانونيون");
}

/// The sample article's gold quotes, scored like score.py (overlap matching), above a floor.
#[test]
fn sample_article_gold_quotes() {
    let doc = sahifa_core::load::sample();
    let analysis = sahifa_core::analysis::analyze(&doc);
    let gold: serde_json::Value =
        serde_json::from_str(include_str!("../data/seed.gold.json")).unwrap();
    let text = &doc.text;
    let mut used = vec![false; analysis.quotes.len()];
    let (mut tp, mut speakers_ok, mut speakers) = (0, 0, 0);
    let golds = gold["quotes"].as_array().unwrap();
    for g in golds {
        let start = text.find(g["start"].as_str().unwrap()).unwrap();
        let end_snip = g["end"].as_str().unwrap();
        let end = start + text[start..].find(end_snip).unwrap() + end_snip.len();
        let found = analysis.quotes.iter().enumerate().find(|(i, q)| {
            let ov = q.span.end.min(end).saturating_sub(q.span.start.max(start));
            !used[*i] && ov * 2 >= end - start && ov * 10 >= q.span.len() * 3
        });
        let Some((i, q)) = found else { continue };
        used[i] = true;
        tp += 1;
        if let Some(name) = g["speaker"].as_str() {
            speakers += 1;
            let got = q.speaker.as_ref().map_or("", |s| s.name.as_str());
            if got.split_whitespace().any(|w| name.contains(w)) {
                speakers_ok += 1;
            }
        }
    }
    let precision = f64::from(tp) / analysis.quotes.len() as f64;
    let recall = f64::from(tp) / golds.len() as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let accuracy = f64::from(speakers_ok) / f64::from(speakers);
    assert!(f1 >= 0.9, "quote F1 {f1:.3}");
    assert!(accuracy >= 0.85, "speaker accuracy {accuracy:.3}");
}

#[test]
fn a_participle_object_is_not_its_speaker_and_a_headline_title_finds_its_holder() {
    let (_, q) = quotes_of(concat!(
        "وزير المالية: ⟨الاقتصاد سينمو بقوة العام المقبل⟩\n",
        "وقال وزير المالية [PER:محمد الجدعان] إن ⟨الإنفاق سيستمر⟩، داعيا المستثمرين إلى ⟨الثقة بالاقتصاد⟩.\n",
        "وكانت الوزارة قد حذرت من أن ⟨العجز قد يرتفع⟩.",
    ));
    assert_eq!(speaker(&q[0]), "محمد الجدعان");
    assert_eq!(speaker(&q[2]), "محمد الجدعان");
    assert_eq!(speaker(&q[3]), "الوزارة");
}

/// Word soup of marks, cues, colons and names: every quote span lies in the text on char boundaries, in order.
#[test]
fn odd_input_gives_well_formed_quotes() {
    let pieces = [
        "«",
        "»",
        "“",
        "”",
        "\"",
        "{",
        "}",
        ":",
        "،",
        ".",
        "\n",
        "# ",
        "قال",
        "وأضاف",
        "مؤكدا",
        "أن",
        "إن",
        "إلى",
        "على",
        "الوزير",
        "سموه",
        "لافروف",
        "الجيش",
        "قانونيون",
        "بأنها",
        "يدعو",
        "لرفع",
        "د",
        "..",
        "x",
        "2015",
        " ",
    ];
    let mut seed: u64 = 7;
    for round in 0..300 {
        let mut text = String::from("عنوان\n");
        for _ in 0..(round % 60) {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let piece = pieces[(seed >> 33) as usize % pieces.len()];
            text.push_str(piece);
            text.push(' ');
        }
        let (c, quotes) = run(&text);
        let len = c.doc.text.len();
        let mut last_start = 0;
        for q in &quotes {
            assert!(q.span.start <= q.span.end && q.span.end <= len, "{text:?}");
            assert!(
                c.doc.text.is_char_boundary(q.span.start)
                    && c.doc.text.is_char_boundary(q.span.end)
            );
            assert!(q.span.start >= last_start, "sorted: {text:?}");
            last_start = q.span.start;
            if let Some(s) = &q.speaker {
                assert!(s.span.end <= len && c.doc.text.is_char_boundary(s.span.start));
            }
        }
    }
}

/// Hard inputs: thousands of quotation marks in one paragraph (the marks pass looked back to the paragraph start
/// from each mark, and the finders to the sentence start: quadratic; `«كلمة»` x 200k took over two minutes).
/// Sized to stay quick in a debug build; the full sizes are in ../shared/data/hard-inputs.
#[test]
fn many_quotation_marks_in_one_paragraph_are_analysed() {
    for text in ["«كلمة»".repeat(4000), "قال لافروف: «نعم» ".repeat(1500)] {
        let doc = sahifa_core::load::load_str(
            "many.txt",
            &format!("عنوان\n{text}"),
            sahifa_core::load::Format::Plain,
        )
        .unwrap();
        let a = sahifa_core::analysis::analyze(&doc);
        for q in &a.quotes {
            assert!(q.span.get(&doc.text).is_some(), "{:?}", q.span);
        }
    }
}

#[test]
fn an_interview_line_led_by_a_dash_gives_the_named_persons_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "التقت الصحيفة المدرب [PER:سمير قاسم] بعد المباراة.\n",
        "-سمير : ⟨الفوز للجماهير⟩\n",
        "وتحدث عن الموسم المقبل طويلا.",
    ));
    // The speaker as the line writes it (the scorer and the panel match it to the full name).
    assert_eq!(speaker(&q[0]), "سمير");
}

#[test]
fn a_headline_title_resolves_to_the_person_it_stands_after_in_the_body() {
    let (_, q) = quotes_of(concat!(
        "وزير الزراعة: ⟨المحصول هذا العام وفير جدا⟩\n",
        "أكد المهندس [PER:رشيد الخالدي] وزير الزراعة أن ⟨الأمطار ساعدت المزارعين⟩.",
    ));
    assert_eq!(speaker(&q[0]), "رشيد الخالدي");
    assert_eq!(speaker(&q[1]), "رشيد الخالدي");
}

#[test]
fn a_colon_after_a_verb_of_view_in_a_headline_does_not_start_its_content() {
    let (_, q) = quotes_of(concat!(
        "مصر تتطلع لشراكة أوسع مع أوروبا: [PER:حازم فهمي] يدعو ⟨لتوسيع التبادل التجاري⟩\n",
        "وقال [PER:حازم فهمي] إن ⟨العلاقات قوية⟩.",
    ));
    assert_eq!(speaker(&q[0]), "حازم فهمي");
}

#[test]
fn an_interviews_answers_are_the_interviewees_words_and_its_questions_state_nothing() {
    let (c, q) = quotes_of(concat!(
        "حوار مع المهندسة [PER:ليلى حداد]\n",
        "التقينا المهندسة [PER:ليلى حداد] في مكتبها بعد افتتاح الجسر.\n",
        "كيف تصفين تجربتك في المشروع؟\n",
        "- ⟨كانت تجربة طويلة، وقال لنا الخبراء إن «التربة صعبة جدا» لكننا نجحنا⟩.\n",
        "وهل تعتقدين أن المدينة ستستفيد منه؟\n",
        "⟨بالتأكيد، فالجسر يختصر الطريق إلى النصف⟩.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(speaker(&q[0]), "ليلى حداد");
    assert_eq!(speaker(&q[1]), "ليلى حداد");
    assert_eq!(cue(&c, &q[1]), "");
}

#[test]
fn questions_answered_after_a_dash_make_an_interview_whatever_they_ask() {
    // No question is put to "you"; the layout (question, then the answer after a dash) makes the interview.
    let (_, q) = quotes_of(concat!(
        "لقاء مع رئيس الجمعية\n",
        "يتحدث رئيس الجمعية [PER:فهد الدوسري] عن برامجها.\n",
        "* ما أبرز برامج الجمعية هذا العام؟\n",
        "- ⟨نعمل على ثلاثة برامج للتدريب، ونسعى إلى توسيعها⟩.\n",
        "* وماذا عن التمويل؟\n",
        "- ⟨التمويل ما زال محدودا، ونأمل أن يزيد الدعم⟩.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(speaker(&q[0]), "فهد الدوسري");
    assert_eq!(speaker(&q[1]), "فهد الدوسري");
}

#[test]
fn rhetorical_questions_of_a_column_do_not_make_an_interview() {
    quotes_of(concat!(
        "عنوان\n",
        "هل يمكن أن تنتهي الأزمة قريبا؟\n",
        "الأرقام لا تبشر بخير هذا العام.\n",
        "وما الذي ينتظر الأسواق؟\n",
        "لا أحد يعرف الجواب بعد.",
    ));
}

#[test]
fn a_study_or_unnamed_sources_speak_in_a_headline_as_written() {
    let (_, q) = quotes_of(concat!(
        "دراسة: ⟨النوم الكافي يحسن الذاكرة لدى الطلاب⟩\n",
        "وأجرى الباحثون تجاربهم على مئتي طالب.",
    ));
    assert_eq!(speaker(&q[0]), "دراسة");
}

#[test]
fn an_interview_with_one_question_put_to_you_and_bulleted_questions_is_found() {
    let (_, q) = quotes_of(concat!(
        "الرسامة [PER:دينا مراد]: ⟨اللون يقودني⟩\n",
        "* كيف بدأت رحلتك مع الرسم؟\n",
        "- ⟨بدأت في الطفولة بألوان بسيطة⟩.\n",
        "* هل تفكرين في معرض خارج البلاد؟\n",
        "- ⟨نعم، في العام المقبل إن شاء الله⟩.",
    ));
    assert_eq!(speaker(&q[1]), "دينا مراد");
    assert_eq!(speaker(&q[2]), "دينا مراد");
}

#[test]
fn a_column_asking_about_the_banks_and_their_conduct_is_no_interview() {
    quotes_of(concat!(
        "عنوان\n",
        "لماذا تغير سلوك البنوك في الإقراض؟\n",
        "الجواب في أسعار الفائدة المرتفعة.\n",
        "وهل تتراجع أسعار الفائدة قريبا؟\n",
        "لا يبدو ذلك في الأفق.",
    ));
}

#[test]
fn headline_speakers_in_marks_and_before_the_outlet_they_spoke_to() {
    let (_, q) = quotes_of(concat!(
        "«البلدية»: ⟨إغلاق السوق القديم للصيانة أسبوعين⟩\n",
        "# مصدر لـ«الرياض»: ⟨تأجيل الاختبارات إلى ما بعد العيد⟩\n",
        "# وزير النقل لـ«الوطن»: ⟨القطار يبدأ رحلاته العام المقبل⟩\n",
        "نص الخبر بلا تصريحات.",
    ));
    assert_eq!(speaker(&q[0]), "البلدية");
    assert_eq!(speaker(&q[1]), "مصدر");
    assert_eq!(speaker(&q[2]), "وزير النقل");
}

#[test]
fn the_interviewers_byline_names_no_one_who_answers() {
    let (_, q) = quotes_of(concat!(
        "حوار مع مدير المهرجان\n",
        "أجرى الحوار: [PER:ماجد العنزي]\n",
        "تحدث مدير المهرجان [PER:فهد السالم] عن خطط الدورة المقبلة.\n",
        "ما أبرز خططكم للدورة المقبلة؟\n",
        "- ⟨نعمل على استقطاب فرق من عشرين دولة⟩.\n",
        "هل تتوقعون زيادة في عدد الزوار؟\n",
        "- ⟨نعم، نتوقع أن يتضاعف العدد هذا العام⟩.",
    ));
    assert_eq!(speaker(&q[0]), "فهد السالم");
    assert_eq!(speaker(&q[1]), "فهد السالم");
}

#[test]
fn a_headline_title_is_the_holder_named_after_the_title_of_a_country() {
    let (_, q) = quotes_of(concat!(
        "السفير الياباني: ⟨التعاون مع المملكة يتسع⟩\n",
        "أكد سفير [LOC:اليابان] لدى المملكة [PER:كينجي تاناكا] أن ⟨التبادل التجاري ينمو كل عام⟩.\n",
        "ونقل السفير تحيات رئيس الوزراء [PER:شينزو آبي] إلى القيادة، مؤكدا أن ⟨بلاده حريصة على تعزيز الشراكة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "كينجي تاناكا");
    assert_eq!(speaker(&q[2]), "كينجي تاناكا");
}

#[test]
fn a_headline_title_of_an_organisation_is_its_head_named_in_the_body() {
    let (_, q) = quotes_of(concat!(
        "رئيس نادي [ORG:الوحدة]: ⟨سنعود إلى دوري الأضواء⟩\n",
        "أكد رئيس نادي [ORG:الوحدة] [PER:منصور الغامدي] أن ⟨الإدارة ستدعم الفريق بصفقات جديدة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "منصور الغامدي");
}

#[test]
fn a_headline_dual_title_is_the_group_as_written() {
    let (_, q) = quotes_of(concat!(
        "مدربا [ORG:الوحدة] و[ORG:الرائد]: ⟨المباراة ستكون صعبة⟩\n",
        "وقال مدرب [ORG:الرائد] [PER:نبيل الحربي] إن ⟨فريقه جاهز⟩.",
    ));
    assert_eq!(speaker(&q[0]), "مدربا الوحدة والرائد");
}

#[test]
fn the_interviewer_of_a_credit_line_does_not_answer() {
    let (_, q) = quotes_of(concat!(
        "حوار مع رئيس النادي\n",
        "أجرى الحوار: [PER:ماجد الزهراني]\n",
        "في هذا الحوار يتحدث رئيس النادي [PER:عادل القحطاني] عن الموسم المقبل.\n",
        "ما تقييمك للموسم الماضي؟\n",
        "⟨الموسم كان صعبا لكننا تعلمنا منه الكثير⟩\n",
        "هل تعد الجماهير بالبطولة؟\n",
        "⟨نعد بالعمل والاجتهاد حتى آخر مباراة⟩",
    ));
    assert_eq!(speaker(&q[0]), "عادل القحطاني");
    assert_eq!(speaker(&q[1]), "عادل القحطاني");
}

#[test]
fn the_interviewee_is_introduced_before_the_questions_not_the_most_named() {
    let (_, q) = quotes_of(concat!(
        "حوار مع باحث\n",
        "يتحدث الباحث [PER:منير العنزي] في هذا الحوار عن علاقته بأستاذه الراحل [PER:عبدالله الفهد].\n",
        "ماذا تعلمت من [PER:الفهد]؟\n",
        "⟨تعلمت من [PER:الفهد] الصبر، وكان [PER:الفهد] لا يتعجل النشر⟩\n",
        "ما مشروعك المقبل؟\n",
        "⟨كتاب عن رحلات [PER:الفهد] في البادية⟩",
    ));
    assert_eq!(speaker(&q[0]), "منير العنزي");
    assert_eq!(speaker(&q[1]), "منير العنزي");
}

#[test]
fn a_named_speaker_before_the_outlet_and_a_described_source_speak_in_a_headline() {
    let (_, q) = quotes_of(concat!(
        "[PER:الفالح] لـ«[ORG:عكاظ]»: ⟨لا تغيير في سياسة الإنتاج هذا العام⟩\n",
        "# مصدر أمني: ⟨القبض على خلية في محافظة الخرج⟩\n",
        "وقال وزير الطاقة [PER:خالد الفالح] إن ⟨السوق مستقرة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الفالح");
    assert_eq!(speaker(&q[1]), "مصدر أمني");
}

#[test]
fn a_title_speaking_in_the_articles_title_is_the_holder_the_body_names() {
    let (_, q) = quotes_of(concat!(
        "وزير الزراعة يحذر من ⟨استنزاف المياه الجوفية⟩\n",
        "حذر وزير الزراعة المهندس [PER:عبدالرحمن الفضلي] من ⟨الإسراف في استخدام المياه⟩.",
    ));
    assert_eq!(speaker(&q[0]), "عبدالرحمن الفضلي");
    assert_eq!(speaker(&q[1]), "عبدالرحمن الفضلي");
}

#[test]
fn a_definite_field_before_the_verb_of_a_headline_is_its_ministry() {
    let (_, q) = quotes_of(concat!(
        "التعليم تعلن عن ⟨تعليق الدراسة في المنطقة الشرقية⟩\n",
        "قال المتحدث باسم [ORG:وزارة التعليم] [PER:مبارك العصيمي] إن ⟨القرار جاء بسبب الأمطار⟩.",
    ));
    assert_eq!(speaker(&q[0]), "وزارة التعليم");
}

#[test]
fn the_writers_closing_narration_about_the_interviewee_is_no_answer() {
    let (c, q) = quotes_of(concat!(
        "حوار مع الروائي [PER:مازن الشريف]\n",
        "التقينا الروائي [PER:مازن الشريف] بعد صدور روايته الأخيرة.\n",
        "كيف بدأت مسيرتك في الكتابة؟\n",
        "- ⟨ذكريات الطفولة في القرية، وحكايات جدتي⟩.\n",
        "هل تفكر في تحويل روايتك إلى فيلم؟\n",
        "- ⟨تلقيت عروضا، لكنني لم أقرر بعد⟩.\n",
        "وفي نهاية اللقاء، ودعنا [PER:الشريف] قائلا: «⟨الكتابة حياتي كلها⟩».",
    ));
    assert_eq!(cue(&c, &q[2]), "قائلا");
    assert_eq!(speaker(&q[2]), "الشريف");
}

#[test]
fn a_verb_opening_the_lead_is_no_noun_after_the_last_word_of_the_headline() {
    // The headline ends in "بعد" ("yet"); "بعد أكد" across the two blocks is no preposition before a noun.
    let (c, q) = quotes_of(concat!(
        "[PER:هالة يوسف]: ⟨لم أقرر بعد⟩\n",
        "أكدت [PER:هالة يوسف] أن ⟨قرار الاعتزال لم يتخذ⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "أكدت");
}

#[test]
fn a_plain_noun_after_the_verb_of_a_headline_with_its_subject_before_it_is_the_object() {
    let (_, q) = quotes_of(concat!(
        "البلدية تطالب سكان الأحياء ⟨بترشيد استهلاك المياه⟩\n",
        "وأوضح مدير المياه [PER:فهد الزامل] أن ⟨الخزانات ممتلئة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "البلدية");
    assert_eq!(speaker(&q[1]), "فهد الزامل");
}

#[test]
fn a_named_body_after_the_verb_of_a_headline_with_its_subject_before_it_is_the_object() {
    let (_, q) = quotes_of(concat!(
        "الجمعية تطالب [ORG:وزارة الزراعة] ⟨بتعويض مربي المواشي⟩\n",
        "وقال رئيس الجمعية [PER:منصور العتيبي] إن ⟨الخسائر كبيرة⟩.",
    ));
    assert_eq!(speaker(&q[0]), "الجمعية");
}
