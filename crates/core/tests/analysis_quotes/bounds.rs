//! Statement bounds: where a statement ends or splits, and which parts of the writer's frame stay out.

use super::{cue, quotes_of, speaker};
use sahifa_core::analysis::QuoteKind;

#[test]
fn an_unclosed_quote_ends_at_its_paragraph_end() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "أكد [PER:لافروف] أن ⟨روسيا تريد الحوار⟩.\n",
        "# زيلينسكي ومواقف روسيا: “⟨لا نقبل تسليم الأراضي له⟩\n",
        "وقال الوزير «⟨هذا موقفنا الثابت ولن يتغير",
        "⟩\nفقرة أخرى بلا اقتباس.",
    ));
    // A quote in a heading with no cue belongs to the most recent speaker.
    assert_eq!(speaker(&q[1]), "لافروف");
}

#[test]
fn participle_chain_makes_two_statements() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد [PER:لافروف] أن ⟨موسكو تأمل في السلام⟩، مشيرًا إلى أن ⟨هذا هو الموقف الصحيح⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "مشيرًا");
    assert_eq!(speaker(&q[1]), "لافروف");
}

#[test]
fn background_notes_and_added_clauses_are_not_statements_of_their_own() {
    // "ويذكر أن" is the writer's note; "إضافة إلى أن" continues the clause before it (it is not the verb أضافه).
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال وزير الزراعة [PER:نادر الحسن] إن ⟨المحصول سيرتفع هذا الموسم⟩. ويذكر أن الوزارة وزعت بذورا على المزارعين.\n",
        "وأشار [PER:الحسن] إلى أن ⟨الأسعار ستنخفض، إضافة إلى أن التصدير سيزيد⟩.\n",
        "ويذكر الخبير [PER:سامي يوسف] أن ⟨المطر تأخر⟩.",
    ));
    assert_eq!(speaker(&q[2]), "سامي يوسف");
}

#[test]
fn a_finite_verb_after_a_comma_continues_the_statement_unless_a_complement_follows() {
    quotes_of(concat!(
        "عنوان\n",
        "يقول خبراء إن ⟨الأزمة تلحق الضرر بفرص العمل، وتهدد بدفع الطبقة الوسطى إلى الفقر⟩.\n",
        "وأكد الوزير أن ⟨الخطة ناجحة⟩، وقال إن ⟨النتائج ستظهر قريبا⟩.",
    ));
}

#[test]
fn a_perfect_verb_of_the_same_speaker_after_a_comma_starts_a_new_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "قالت المهندسة [PER:هدى سالم] إن ⟨المشروع تأخر بسبب الأمطار⟩، وأشادت ⟨بتعاون السكان مع فرق العمل⟩.\n",
        // A verb whose named subject the statement reports on (names in its content) stays inside it.
        "وأوضح الوزير أن ⟨[ORG:مجلس الوزراء] اجتمع أمس، وشدد [ORG:مجلس الوزراء] على متابعة التنفيذ⟩.\n",
        "وأضاف أن ⟨العمل سيستمر⟩، دون أن يحدد موعدا للانتهاء.\n",
        "واعتبر خبراء أن ⟨السوق مستقرة⟩، موضحين أن ⟨الطلب ما زال قويا⟩، كما أكد أحدهم أن ⟨الأسعار لن ترتفع⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "وأشادت");
    assert_eq!(speaker(&q[1]), "هدى سالم");
    assert_eq!(cue(&c, &q[5]), "موضحين");
    assert_eq!(speaker(&q[5]), "خبراء");
}

#[test]
fn two_dots_before_a_space_end_the_sentence_but_not_between_glued_words() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:سامي نادر] إن ⟨الطريق ما زال طويلا أمام الفريق⟩.. وأضاف أن ⟨العمل مستمر بلا توقف⟩.\n",
        "وقال أيضا: «⟨اصبروا..اصبروا فالنتائج قادمة⟩».",
    ));
    assert_eq!(cue(&c, &q[1]), "وأضاف");
    assert_eq!(speaker(&q[1]), "سامي نادر");
}

#[test]
fn a_reporting_verb_with_its_own_colon_starts_a_new_statement_without_a_comma() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "أكد المدرب [PER:نبيل حداد] أن ⟨الفريق جاهز للمباراة⟩ وقال: «⟨سنلعب من أجل الفوز فقط⟩».\n",
        // Without its own colon or complementiser the verb stays inside the statement.
        "وأوضح أن ⟨اللاعبين تدربوا وقالوا كلمتهم في الملعب⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "وقال");
    assert_eq!(q[1].kind, QuoteKind::Direct);
    assert_eq!(speaker(&q[1]), "نبيل حداد");
}

#[test]
fn a_past_report_after_a_contrast_connective_is_a_new_statement_a_present_view_stays_inside() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعلنت الشرطة أن ⟨ثلاثة أشخاص أصيبوا في الحادث⟩، في حين أعلن مصدر طبي عن ⟨إصابة خمسة أشخاص⟩.\n",
        "وقال [PER:مراد سالم] إن ⟨الحكومة تريد الإصلاح، بينما ترى المعارضة أن الوقت غير مناسب⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "أعلن");
    assert_eq!(speaker(&q[1]), "مصدر طبي");
}

#[test]
fn a_present_view_of_other_people_after_a_contrast_connective_is_their_own_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:هشام ناصر] إن ⟨الأسعار ستنخفض قريبا⟩، فيما يعتقد آخرون أن ⟨السوق لن تتغير هذا العام⟩.\n",
        "وأكدت [PER:سلمى يوسف] أن ⟨المدرسة افتتحت⟩، بينما يرى خبراء أن ⟨المبنى يحتاج إلى صيانة⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "يعتقد");
    assert_eq!(speaker(&q[1]), "آخرون");
    assert_eq!(speaker(&q[3]), "خبراء");
}

#[test]
fn the_speaker_going_on_to_the_next_thing_said_after_a_comma_ends_the_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال [PER:نبيل عمر] إن ⟨المعرض ناجح⟩، قبل أن يضيف أن ⟨الدورة المقبلة ستكون أكبر⟩.\n",
        "وقال إن ⟨الزوار كثيرون⟩، ثم أضاف أن ⟨التنظيم ممتاز⟩.\n",
        "وأكد أن ⟨الدعم مستمر⟩، ومضى قائلا إن ⟨الشباب هم الأمل⟩.\n",
        "وأوضح أن ⟨العمل بدأ⟩، ليضيف أن ⟨النتائج ستظهر قريبا⟩.\n",
        "وذكر أن ⟨الخطة جاهزة⟩، وختم حديثه بالقول إن ⟨الجميع شركاء⟩.\n",
        // The writer's gloss after the comma is no part of the statement.
        "وقال إن ⟨المدينة هادئة⟩، في إشارة إلى انتهاء الاحتجاجات.",
    ));
    assert_eq!(cue(&c, &q[1]), "يضيف");
    assert_eq!(speaker(&q[1]), "نبيل عمر");
    assert_eq!(cue(&c, &q[7]), "ليضيف");
    assert_eq!(cue(&c, &q[9]), "بالقول");
}

#[test]
fn a_quote_after_the_complementiser_that_the_sentence_continues_is_part_of_the_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد المتحدث أن “⟨الحريق أخمد بالكامل قبل الفجر” وأن الفرق ما زالت في الموقع⟩.\n",
        // The quote is the whole statement: it stays a direct quote.
        "وقال المتحدث إن “⟨الوضع تحت السيطرة الآن⟩”.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Indirect);
    assert_eq!(cue(&c, &q[0]), "وأكد");
    assert_eq!(q[1].kind, QuoteKind::Direct);
}

#[test]
fn a_colon_without_inna_gives_the_speakers_own_words_and_a_past_report_after_fima_ends_the_statement()
 {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وتابع [PER:مازن شريف]: ⟨لن نتراجع عن هذا القرار مهما حدث⟩.\n",
        "وذكرت [ORG:صحيفة النهار] أن ⟨المتهمين اعترفوا بكل التهم⟩، فيما نفى محامي الدفاع ذلك.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(q[1].kind, QuoteKind::Indirect);
}

#[test]
fn a_participle_with_its_complement_starts_a_new_statement_without_a_comma() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد [PER:خالد الناصر] أن ⟨الأسعار ستنخفض خلال الفترة المقبلة⟩ مشيرا إلى أن ⟨الرقابة ستشدد على الأسواق⟩.\n",
        "وذكرت الشركة أن ⟨أرباحها تضاعفت هذا العام⟩ قائلة في بيان على موقعها الإلكتروني إن ⟨النتائج فاقت التوقعات⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "مشيرا");
    assert_eq!(speaker(&q[1]), "خالد الناصر");
    assert_eq!(cue(&c, &q[3]), "قائلة");
    assert_eq!(speaker(&q[3]), "الشركة");
}

#[test]
fn a_writers_tail_after_the_statement_is_left_out() {
    quotes_of(concat!(
        "عنوان\n",
        "وأكد المهاجم أن ⟨الفريق سيعود إلى المنافسة قريبا⟩، على حد قوله.\n",
        "وتعهد الحاكم ⟨بتحسين الطرق في الأحياء القديمة⟩، وفق ما نقلته الإذاعة المحلية.",
    ));
}

#[test]
fn a_conjoined_reporting_verb_after_a_comma_ends_the_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "واعتبر النائب أن ⟨القرار جاء متأخرا⟩، وعدّ ⟨ذلك تقصيرا من الحكومة في حق المواطنين⟩.\n",
        "وأشاد المدير ⟨بأداء الموظفين⟩، واعتبر ⟨ذلك دليلا على نجاح الخطة⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "وعدّ");
    assert_eq!(cue(&c, &q[3]), "واعتبر");
}

#[test]
fn a_short_quote_inside_reported_speech_is_part_of_the_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المحامي إن «⟨القضية معقدة» بين أطرافها، وإن الحكم لن يصدر قريبا⟩.",
    ));
    assert_eq!(q[0].kind, QuoteKind::Indirect);
}

#[test]
fn a_statement_ends_before_the_writer_notes_who_else_said_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وذكر المهندس [PER:عادل الزهراني] أن ⟨أعمال الصيانة ستنتهي قبل موسم الأمطار⟩، وهو ما أكده مدير البلدية لاحقا.\n",
        "وقال التقرير إن ⟨الصادرات تراجعت في الربع الأول⟩، الأمر الذي نفته وزارة التجارة.",
    ));
    assert_eq!(speaker(&q[0]), "عادل الزهراني");
}

#[test]
fn a_name_in_marks_inside_a_noun_phrase_content_stays_in_it() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "أكد مهاجم الفريق [PER:سلمان الشهري] ⟨جدارة \"العميد\" بصدارة الدوري هذا الموسم⟩ وقال: \"⟨سنواصل العمل بكل قوة حتى النهاية⟩\".",
    ));
    assert_eq!(cue(&c, &q[0]), "أكد");
    assert_eq!(q[0].kind, QuoteKind::Indirect);
    assert_eq!(speaker(&q[1]), "سلمان الشهري");
}

#[test]
fn a_statement_ends_where_the_writer_turns_to_another_text() {
    quotes_of(concat!(
        "عنوان\n",
        "وذكر الرحالة [PER:جون فيلبي] في مذكراته أن ⟨القافلة سارت أسبوعين في الصحراء⟩، وجاء في كتابه الثاني حديث طويل عن الطريق.",
    ));
}

#[test]
fn a_dot_inside_a_web_address_does_not_end_the_statement() {
    quotes_of(concat!(
        "عنوان\n",
        "وأوضح المتحدث [PER:فيصل الشهري] أن ⟨التسجيل متاح عبر الموقع www.moe.gov.sa حتى نهاية الشهر⟩.",
    ));
}

#[test]
fn a_statement_ends_before_the_writers_frame() {
    quotes_of(concat!(
        "عنوان\n",
        "وأكد المحافظ [PER:سعود الماجد] أن ⟨الطريق سيفتتح قبل نهاية العام⟩، جاء ذلك خلال جولته على المشروع أمس.\n",
        "وقال مدير المستشفى إن ⟨العيادات الجديدة تستقبل المرضى يوميا⟩، وذلك في تصريح للصحفيين.\n",
        "وأوضح المدير أن ⟨التسجيل يبدأ الأحد⟩، وذلك خلال المؤتمر الصحفي الذي عقده بمقر الإدارة.\n",
        "وأشار إلى أن ⟨المدارس ستفتح أبوابها مبكرا⟩، يأتي ذلك ضمن خطة الوزارة.\n",
        "وبين أن ⟨الفرق تعمل على مدار الساعة⟩، وفي سياق آخر زار الوفد المعرض الدولي.\n",
        "وأضاف أن ⟨اللاعبين جاهزون للنهائي⟩ (حسب تعبيره).",
    ));
}

#[test]
fn an_aside_between_dashes_that_names_the_pronoun_is_left_out_of_the_content() {
    quotes_of(concat!(
        "عنوان\n",
        "ويروي المؤرخ [PER:سليمان الحمد] أنه ـــ أي التاجر ـــ ⟨أول من جلب السيارة إلى البلدة⟩.\n",
        "وذكر الكاتب أنها - أي المدينة - ⟨كانت محطة للقوافل⟩.",
    ));
}

#[test]
fn a_conjoined_verb_after_a_comma_with_another_named_subject_starts_its_own_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدير إن ⟨المدارس ستفتح أبوابها الأحد⟩، وأكدت [ORG:وزارة التعليم] ⟨توفير الحافلات لجميع الطلاب⟩.\n",
        "وأوضح المتحدث أن ⟨[ORG:مجلس الإدارة] ناقش الميزانية، وشدد [ORG:مجلس الإدارة] على خفض النفقات⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "وأكدت");
    assert_eq!(speaker(&q[1]), "وزارة التعليم");
    assert_eq!(speaker(&q[0]), "المدير");
    assert_eq!(cue(&c, &q[2]), "وأوضح");
}

#[test]
fn kama_with_a_verb_and_its_own_named_subject_ends_the_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأعلنت [ORG:شركة الطيران الوطنية] ⟨تعليق رحلاتها إلى عمّان⟩، كما أوقفت [ORG:الخطوط التونسية] رحلاتها إلى المدينة نفسها.\n",
        "وأكد [PER:سامي الحربي] أن ⟨الموسم كان صعبا، كما أن الإصابات أثرت على الفريق⟩.\n",
        "وقال [PER:فهد العنزي] إن ⟨الدولة ستدعم المزارعين، كما ستقدم [ORG:وزارة الزراعة] بذورا مجانية⟩.",
    ));
    assert_eq!(speaker(&q[2]), "فهد العنزي");
    assert_eq!(speaker(&q[0]), "شركة الطيران الوطنية");
    assert_eq!(speaker(&q[1]), "سامي الحربي");
}

#[test]
fn a_reporting_clause_after_a_comma_and_haythu_is_a_new_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "وأبدى عدد من المشاركين ⟨رضاهم عن الدورة⟩، حيث قال [PER:ماجد العلي] إن ⟨المحاضرات كانت مفيدة⟩.\n",
        "وتحدث الوزير عن الخطة، إذ أكد أن ⟨العمل سيبدأ قريبا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "عدد من المشاركين");
    assert_eq!(speaker(&q[1]), "ماجد العلي");
    assert_eq!(cue(&c, &q[2]), "أكد");
}

#[test]
fn the_writers_turn_to_another_matter_is_not_part_of_an_attributed_clause() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وعلى صعيد آخر، ⟨ارتفعت صادرات التمور بنسبة كبيرة⟩، وفق ما ذكرته [ORG:وزارة الزراعة].\n",
        "وفي المقابل، ⟨تراجع الطلب على الحديد هذا الشهر⟩، بحسب ما أفادت [ORG:غرفة التجارة].",
    ));
    assert_eq!(speaker(&q[0]), "وزارة الزراعة");
    assert_eq!(speaker(&q[1]), "غرفة التجارة");
}

#[test]
fn a_reservation_with_its_own_reporting_verb_after_a_comma_is_a_new_statement() {
    let (c, q) = quotes_of(concat!(
        "عنوان\n",
        "ورأى الطبيب [PER:هاني الصالح] أن ⟨العلاج الجديد واعد⟩، لكنه حذر من ⟨الإفراط في استخدامه⟩.\n",
        "وأكدت المديرة أن ⟨المدرسة جاهزة⟩، إلا أنها أشارت إلى أن ⟨الحافلات لم تصل بعد⟩.\n",
        "وقال المزارع إن ⟨المحصول وفير⟩، غير أنه اعترف بأن ⟨الأسعار منخفضة⟩.\n",
        "وأوضح المهندس أن ⟨الجسر متين، لكنه يحتاج إلى صيانة دورية⟩.",
    ));
    assert_eq!(cue(&c, &q[1]), "حذر");
    assert_eq!(speaker(&q[1]), "هاني الصالح");
    assert_eq!(cue(&c, &q[3]), "أشارت");
    assert_eq!(cue(&c, &q[5]), "اعترف");
}

#[test]
fn a_reporting_verb_inside_an_attributed_statement_is_part_of_it() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:خالد العتيبي] إن ⟨العمل مستمر⟩.\n",
        "ووفقا للشرطة، فإن ⟨السائق اعترف بمسؤوليته عن الحادث⟩.\n",
        "ووفقا للهيئة، فإن ⟨الأسعار سترتفع في الشهر المقبل⟩، مشيرة إلى أن ⟨الطلب ما زال قويا⟩.\n",
    ));
    // The ل of the attribution on the article is shown as the noun it is.
    assert_eq!(speaker(&q[1]), "الشرطة");
}

#[test]
fn a_read_also_teaser_is_no_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "قال الوزير [PER:خالد العتيبي] إن ⟨العمل مستمر⟩.\n",
        "اقرأ أيضا: البلدية تبدأ صيانة الطرق\n",
    ));
    assert_eq!(q.len(), 1);
}

#[test]
fn the_writers_note_whose_words_they_were_ends_the_statement_without_a_comma() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدرب [PER:رامي الشريف] إن ⟨الهزيمة درس قاس⟩ على حد تعبيره.\n",
        "وأضاف أن ⟨الفريق يلعب على حد السيف⟩.",
    ));
    assert_eq!(speaker(&q[1]), "رامي الشريف");
}

#[test]
fn a_refusal_to_say_more_after_but_he_ends_the_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وقال المدرب [PER:سامي العلي] إن ⟨اللاعب قدم موسما رائعا⟩، لكنه رفض الحديث عن تجديد عقده.\n",
        "وقالت الوزيرة [PER:سلمى النجار] إن ⟨الخطة جاهزة⟩، غير أنها امتنعت عن التعليق على موعدها.\n",
        "وأوضح المهندس أن ⟨الجسر متين، لكنه رفض الحمولات الثقيلة سابقا⟩.",
    ));
    assert_eq!(speaker(&q[0]), "سامي العلي");
    assert_eq!(speaker(&q[1]), "سلمى النجار");
}

#[test]
fn a_participle_of_congratulating_or_condoling_after_the_comma_ends_the_statement() {
    let (_, q) = quotes_of(concat!(
        "عنوان\n",
        "وأكد الوزير [PER:خالد الحربي] أن ⟨الانتخابات جرت بهدوء⟩، مهنئا الفائزين بثقة الناخبين.\n",
        "وقالت الوزيرة [PER:سلمى النجار] إن ⟨الحادث مؤلم⟩، معزية أسر الضحايا.",
    ));
    assert_eq!(speaker(&q[0]), "خالد الحربي");
    assert_eq!(speaker(&q[1]), "سلمى النجار");
}
