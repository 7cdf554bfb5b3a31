# واجهة صحيفة بالعربية. كل مفتاح هنا موجود أيضًا في en.ftl (يتحقق اختبار من ذلك في الاتجاهين).
# المتغيرات: { $count } أعداد، و{ $name } وأمثاله نصوص. اختصارات لوحة المفاتيح لا تترجم.

## النافذة

app-title = صحيفة
reader-empty = لا توجد مقالة مفتوحة. ملف > فتح… (Ctrl+O)، أو انقر لفتح المقالة النموذجية
dismiss = إغلاق
language-arabic = العربية
language-english = English

## القوائم

menu-file = ملف
menu-edit = تحرير
menu-view = عرض
menu-open = فتح…
menu-open-recent = فتح ملف حديث
menu-no-recent = لا توجد ملفات حديثة
menu-open-sample = فتح المقالة النموذجية
menu-export = تصدير…
menu-export-view = تصدير العرض الحالي…
menu-export-view-hint = أنواع الكيانات والمتحدث والكيان التي تظهرها المرشحات فقط
menu-save-png = حفظ العرض صورة PNG…
menu-quit = خروج
menu-copy = نسخ
menu-paste-article = لصق كمقالة
menu-find = بحث…
menu-language = اللغة
menu-font = الخط
menu-bigger-text = تكبير النص
menu-smaller-text = تصغير النص
menu-reset-text-size = إعادة حجم النص
menu-theme-light = السمة الفاتحة
menu-theme-dark = السمة الداكنة
menu-outline = المخطط
menu-side-panel = الكيانات والاقتباسات
menu-go-outline = الانتقال إلى المخطط
menu-entities-list = قائمة الكيانات
menu-quotes-list = قائمة الاقتباسات
menu-tagger-model = نموذج التعرف: { $model }
menu-tagger-own = نموذج خاص بك: sahifa --model FILE (يُدرَّب بالأمر sahifa train --extra)
menu-tagger-use-shipped = استخدام النموذج المرفق
menu-text-size = { $size } نقطة
tagger-shipped = المرفق

## نوافذ الملفات

dialog-open-title = فتح مقالة
dialog-filter-articles = مقالات
dialog-filter-all = كل الملفات
dialog-png-title = حفظ العرض صورة PNG
dialog-filter-png = صورة PNG
dialog-export-title = تصدير بصيغة { $format }
export-default-name = مقالة
clipboard-name = الحافظة

## نافذة الملفات في صحيفة (حين لا تتوفر نافذة النظام)

chooser-parent = المجلد الأعلى
chooser-parent-hint = الانتقال إلى المجلد الذي يحتوي هذا المجلد (Backspace)
chooser-path = المسار
chooser-file-name = اسم الملف
chooser-kind = عرض
chooser-empty = لا ملفات مطابقة هنا.
chooser-folder-item = { $name }/
chooser-open = فتح
chooser-save = حفظ
chooser-choose-folder = اختيار هذا المجلد
chooser-cancel = إلغاء
chooser-replace-question = الملف { $name } موجود. هل تريد استبداله؟
chooser-replace = استبدال
chooser-back = رجوع
chooser-cannot-read = تعذّرت قراءة المجلد { $path }: { $error }
chooser-not-found = المسار { $path } غير موجود.
chooser-name-missing = اكتب اسم الملف.
status-native-dialog-failed = تعذّر عرض نافذة الملفات في النظام، فتُستخدم نافذة صحيفة بدلًا منها.

## التصدير

export-format-html = صفحة HTML (للقراءة والطباعة)…
export-format-json = JSON (نموذج التوسيم)…
export-format-brat = brat standoff (مجلد)…
export-format-conll = CoNLL BIO…
export-format-jsonl = doccano JSONL (إزاحات بالمحارف)…
export-format-jsonl-utf16 = doccano JSONL (إزاحات UTF-16 كما يعدّها المتصفح)…
export-format-webanno = W3C Web Annotation (JSON-LD)…
export-format-tei = TEI XML…
export-format-webanno-tsv = WebAnno TSV 3.3 (لـ INCEpTION)…
export-format-label-studio = مهام Label Studio (JSON)…
export-replace-title = استبدال الملفات الموجودة؟
export-replace = استبدال
export-cancel = إلغاء

## أنواع الكيانات

entity-per = شخص
entity-org = منظمة
entity-loc = مكان
entity-misc = أخرى
entity-per-plural = أشخاص
entity-org-plural = منظمات
entity-loc-plural = أماكن
entity-misc-plural = أخرى

## شريط المرشحات وشريط البحث

filter-show = إظهار:
filter-type-hint = تمييز { $type }
filter-quotes = اقتباسات
filter-quotes-hint = تمييز الأقوال المقتبسة
filter-speaker = المتحدث
filter-all-speakers = كل المتحدثين
filter-speaker-item = { $name } ({ $count })
filter-speaker-hint = أقوال متحدث واحد فقط
filter-only = فقط
filter-only-clear = إظهار كل الفقرات
filter-reset = إعادة ضبط المرشحات
filter-find = بحث
find-label = بحث:
find-placeholder = بحث عربي موحّد الهمزات
find-previous = السابق
find-previous-hint = السابق (Shift+Enter)
find-next = التالي
find-next-hint = التالي (Enter)
find-no-matches = لا نتائج
find-close-hint = إغلاق (Esc)
search-position = { $current } من { $total }

## اللوحات

panel-outline = المخطط
panel-entities = الكيانات
panel-quotes = الاقتباسات
panel-show-outline = إظهار المخطط
panel-show-lists = إظهار الكيانات والاقتباسات
panel-group-header = { $name } ({ $count })
panel-no-entities = لم يُعثر على كيانات مسماة.
panel-no-quotes = لم يُعثر على أقوال مقتبسة.
panel-unknown-speaker = متحدث غير معروف
outline-counts = الكيانات: { $entities } · الاقتباسات: { $quotes }
entity-next-mention-hint = انقر: الذكر التالي
entity-only = فقط
entity-all = الكل
entity-only-hint = الفقرات التي تذكره فقط

## التلميحات في النص

tooltip-entity = { $type }: { $name }
tooltip-corrected = صُحِّح يدويًا
tooltip-direct-quote = اقتباس مباشر
tooltip-reported-speech = كلام منقول
tooltip-speaker = المتحدث: { $name }
tooltip-speaker-unknown = غير معروف
tooltip-cue = فعل القول: { $cue }

## التصحيحات

edit-mark-as = تعليم كـ{ $type }
edit-mark-every = تعليم كل «{ $words }» ({ $count })
edit-mark-direct-quote = تعليم كاقتباس مباشر
edit-mark-reported-speech = تعليم ككلام منقول
edit-make-speaker = جعله المتحدث في هذا الاقتباس
edit-make-cue = جعله فعل القول في هذا الاقتباس
edit-highlight-title = «{ $words }»: { $type }
edit-change-type = تغيير النوع إلى
edit-set-extent = جعل حدوده هي التحديد
edit-remove-highlight = إزالة هذا التمييز
edit-remove-every = إزالة كل «{ $words }» ({ $count })
edit-quote-title = اقتباس، المتحدث: { $speaker }
edit-set-speaker = تعيين المتحدث
edit-no-speaker = بلا متحدث
edit-remove-quote = إزالة هذا الاقتباس
edit-nothing-here = حدّد كلمات لتعليمها، أو انقر بالزر الأيمن على تمييز لتغييره.
edit-undo = التراجع عن التصحيح
edit-redo = إعادة التصحيح
edit-mark-selection-as = تعليم التحديد كـ{ $type }
edit-save-now = حفظ التصحيحات الآن
rebase-offer = تغيّرت هذه المقالة منذ تصحيحها: يمكن وضع { $placed } من التصحيحات مجددًا، ولا يمكن وضع { $lost } (يُحتفظ بملف التصحيحات السابق).
rebase-accept = إعادة تطبيق التصحيحات
rebase-dismiss = ليس الآن

## شريط الحالة

status-loading = جارٍ التحميل…
status-analysing = جارٍ البحث عن الكيانات والاقتباسات…
status-document = { $name } · { $format } · { $encoding } · الكيانات: { $entities } · الاقتباسات: { $quotes }
status-corrections = { $count ->
    [one] تصحيح واحد
    [two] تصحيحان
    [few] { $count } تصحيحات
    [many] { $count } تصحيحًا
   *[other] { $count } تصحيح
}
status-corrections-unsaved = { $count ->
    [one] تصحيح واحد (لم يُحفظ بعد)
    [two] تصحيحان (لم يُحفظا بعد)
    [few] { $count } تصحيحات (لم تُحفظ بعد)
    [many] { $count } تصحيحًا (لم تُحفظ بعد)
   *[other] { $count } تصحيح (لم تُحفظ بعد)
}
status-warning = تحذير: { $warning }
warning-tagger-off = نموذج التعرف على الأسماء متوقف ({ $problem })، فالأسماء من القوائم والقواعد وحدها
warning-chosen-model-not-used = لم يُستخدم نموذج التعرف المختار ({ $problem })، فالتعرف الآلي على الأسماء متوقف
warning-chosen-model-unreadable = لم يُستخدم نموذج التعرف المختار ({ $problem })، واستُخدم النموذج المرفق
model-problem-unreadable = تعذّرت قراءة ملفه
model-problem-not-a-model = الملف ليس نموذج تعرف لصحيفة
model-problem-version = نموذج بإصدار تنسيق آخر
model-problem-other-lists = دُرِّب على قوائم كلمات أخرى، فأعد تدريبه بالأمر sahifa train
model-problem-corrupt = الملف مبتور أو تالف
status-saved = حُفظ في { $path }
status-exported = صُدِّر إلى { $files }
status-corrections-failed = تصحيحات لم تعد تنطبق ({ $count })، فقد زال تمييزها: { $list }
status-corrections-no-file = هذه المقالة بلا ملف: حُفظت التصحيحات في { $path }
status-corrections-elsewhere = مجلد المقالة للقراءة فقط: حُفظت التصحيحات في { $path }
status-rebase-lost = تصحيحات تعذّر وضعها في المقالة المعدّلة ({ $count })، ويُحتفظ بملف التصحيحات السابق

## الأخطاء

error-clipboard-empty = لا تحتوي الحافظة على نص يُفتح كمقالة.
error-clipboard = تعذّرت قراءة الحافظة: { $error }
error-screenshot-size = لصورة الشاشة حجم غير متوقع.
error-screenshot-encode = تعذّر ترميز صورة الشاشة: { $error }
error-export = فشل التصدير: { $error }
error-corrections-aside = لم تُحفظ التصحيحات: تعذّر نقل ملف التصحيحات السابق { $path } جانبًا
error-load-not-found = لم يُعثر على { $path }: تحقق من المسار، أو افتح ملفًا آخر.
error-load-unreadable = تعذّرت قراءة { $path }: { $error }؛ تحقق من أن لك إذن قراءة الملف، أو افتح ملفًا آخر.
error-load-not-a-file = المسار { $path } مجلد أو جهاز وليس ملفًا: افتح ملف مقالة بدلًا منه.
error-load-too-large = الملف { $path } كبير جدًا ({ $size } بايت)، والحد { $limit } ميغابايت: افتح ملفًا أصغر أو قسّم المقالة.
error-load-empty = الملف { $path } فارغ، فلا نص فيه يُعرض: افتح ملفًا يحتوي على مقالة.
error-load-binary = يبدو أن { $path } ملف ثنائي وليس نصًا ({ $reason }): افتح مقالة بصيغة txt أو md أو html.
error-binary-nul = فيه بايتات صفرية
error-binary-control = تكثر فيه محارف التحكم
error-load-undecodable = تعذّرت قراءة { $path } بترميز { $encoding }: علامة ترتيب البايتات في أوله تدل عليه، لكن البايتات عند الموضع { $offset } لا تتبعه. احفظ الملف من جديد بترميز UTF-8.
error-load-too-deep = يتداخل في { $path } أكثر من { $depth } مستوى من { $what }، ولا تفتحه صحيفة كي تبقى سريعة الاستجابة: بسّط الملف أو احفظه نصًا عاديًا.
error-nesting-html = عناصر HTML
error-nesting-markdown = كتل Markdown
error-loading-thread = توقف خيط التحميل على نحو غير متوقع.
