# Sahifa's interface in English. Every key here is also in ar.ftl (a test checks both ways).
# Placeables: { $count } numbers, { $name } and the like plain text. Keyboard shortcuts are not translated.

## Window

app-title = Sahifa
reader-empty = No article open. File > Open… (Ctrl+O), or click to open the sample article
dismiss = Dismiss
language-arabic = العربية
language-english = English

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-open = Open…
menu-open-recent = Open Recent
menu-no-recent = No recent files
menu-open-sample = Open sample article
menu-export = Export…
menu-export-view = Export current view…
menu-export-view-hint = Only the entity types, speaker and entity the filters show
menu-save-png = Save view as PNG…
menu-quit = Quit
menu-copy = Copy
menu-paste-article = Paste as article
menu-find = Find…
menu-language = Language
menu-font = Font
menu-bigger-text = Bigger text
menu-smaller-text = Smaller text
menu-reset-text-size = Reset text size
menu-theme-light = Light theme
menu-theme-dark = Dark theme
menu-outline = Outline
menu-side-panel = Entities and quotes
menu-go-outline = Go to the outline
menu-entities-list = Entities list
menu-quotes-list = Quotes list
menu-tagger-model = Tagger model: { $model }
menu-tagger-own = A model of your own: sahifa --model FILE (trained with sahifa train --extra)
menu-tagger-use-shipped = Use the shipped model
menu-text-size = { $size } pt
tagger-shipped = shipped

## File dialogs

dialog-open-title = Open an article
dialog-filter-articles = Articles
dialog-filter-all = All files
dialog-png-title = Save the view as PNG
dialog-filter-png = PNG image
dialog-export-title = Export as { $format }
export-default-name = article
clipboard-name = clipboard

## Sahifa's own file chooser (when the system's dialog is not available)

chooser-parent = Parent folder
chooser-parent-hint = Go to the folder that contains this one (Backspace)
chooser-path = Path
chooser-file-name = File name
chooser-kind = Show
chooser-empty = No matching files here.
chooser-folder-item = { $name }/
chooser-open = Open
chooser-save = Save
chooser-choose-folder = Choose this folder
chooser-cancel = Cancel
chooser-replace-question = { $name } already exists. Replace it?
chooser-replace = Replace
chooser-back = Back
chooser-cannot-read = Cannot read the folder { $path }: { $error }
chooser-not-found = { $path } does not exist.
chooser-name-missing = Type a file name.
status-native-dialog-failed = The system's file dialog could not be shown; Sahifa's own chooser is used instead.

## Export

export-format-html = HTML page (read and print)…
export-format-json = JSON (annotation model)…
export-format-brat = brat standoff (folder)…
export-format-conll = CoNLL BIO…
export-format-jsonl = doccano JSONL (code-point offsets)…
export-format-jsonl-utf16 = doccano JSONL (UTF-16 offsets, as browsers count)…
export-format-webanno = W3C Web Annotation (JSON-LD)…
export-format-tei = TEI XML…
export-format-webanno-tsv = WebAnno TSV 3.3 (INCEpTION)…
export-format-label-studio = Label Studio tasks (JSON)…
export-replace-title = Replace existing files?
export-replace = Replace
export-cancel = Cancel

## Entity types

entity-per = Person
entity-org = Organisation
entity-loc = Place
entity-misc = Other
entity-per-plural = People
entity-org-plural = Organisations
entity-loc-plural = Places
entity-misc-plural = Other

## Filter bar and find bar

filter-show = Show:
filter-type-hint = Highlight { $type }
filter-quotes = Quotes
filter-quotes-hint = Highlight quoted statements
filter-speaker = Speaker
filter-all-speakers = All speakers
filter-speaker-item = { $name } ({ $count })
filter-speaker-hint = Only the statements of one speaker
filter-only = Only
filter-only-clear = Show all paragraphs
filter-reset = Reset filters
filter-find = Find
find-label = Find:
find-placeholder = normalised Arabic search
find-previous = Previous
find-previous-hint = Previous (Shift+Enter)
find-next = Next
find-next-hint = Next (Enter)
find-no-matches = No matches
find-close-hint = Close (Esc)
search-position = { $current } of { $total }

## Panels

panel-outline = Outline
panel-entities = Entities
panel-quotes = Quotes
panel-show-outline = Show the outline
panel-show-lists = Show the entities and quotes
panel-group-header = { $name } ({ $count })
panel-no-entities = No named entities found.
panel-no-quotes = No quoted statements found.
panel-unknown-speaker = Unknown speaker
outline-counts = { $entities ->
    [one] 1 entity
   *[other] { $entities } entities
} · { $quotes ->
    [one] 1 quote
   *[other] { $quotes } quotes
}
entity-next-mention-hint = Click: next mention
entity-only = only
entity-all = all
entity-only-hint = Only paragraphs mentioning it

## Tooltips in the text

tooltip-entity = { $type }: { $name }
tooltip-corrected = Corrected by hand
tooltip-direct-quote = Direct quote
tooltip-reported-speech = Reported speech
tooltip-speaker = Speaker: { $name }
tooltip-speaker-unknown = unknown
tooltip-cue = Reporting word: { $cue }

## Corrections

edit-mark-as = Mark as { $type }
edit-mark-every = Mark every «{ $words }» ({ $count })
edit-mark-direct-quote = Mark as a direct quote
edit-mark-reported-speech = Mark as reported speech
edit-make-speaker = Make it the speaker of this quote
edit-make-cue = Make it the reporting word of this quote
edit-highlight-title = «{ $words }»: { $type }
edit-change-type = Change type to
edit-set-extent = Set its extent to the selection
edit-remove-highlight = Remove this highlight
edit-remove-every = Remove every «{ $words }» ({ $count })
edit-quote-title = Quote, speaker: { $speaker }
edit-set-speaker = Set speaker to
edit-no-speaker = No speaker
edit-remove-quote = Remove this quote
edit-nothing-here = Select words to mark them, or right-click a highlight to change it.
edit-undo = Undo correction
edit-redo = Redo correction
edit-mark-selection-as = Mark selection as { $type }
edit-save-now = Save corrections now
rebase-offer = This article changed since it was corrected: { $placed } corrections can be placed again, { $lost } cannot (the earlier corrections file is kept).
rebase-accept = Re-apply corrections
rebase-dismiss = Not now

## Status bar

status-loading = Loading…
status-analysing = Finding entities and quotes…
status-document = { $name } · { $format } · { $encoding } · { $entities } entities · { $quotes } quotes
status-corrections = { $count ->
    [one] 1 correction
   *[other] { $count } corrections
}
status-corrections-unsaved = { $count ->
    [one] 1 correction (not saved yet)
   *[other] { $count } corrections (not saved yet)
}
status-warning = Warning: { $warning }
warning-tagger-off = the name tagger is off ({ $problem }): names come from the word lists and rules alone
warning-chosen-model-not-used = the chosen tagger model is not used ({ $problem }): the name tagger is off
warning-chosen-model-unreadable = the chosen tagger model is not used ({ $problem }): the shipped model is used
model-problem-unreadable = its file cannot be read
model-problem-not-a-model = the file is not a Sahifa tagger model
model-problem-version = a model of another format version
model-problem-other-lists = it was trained with other word lists; retrain it with sahifa train
model-problem-corrupt = the file is truncated or corrupt
status-saved = Saved { $path }
status-exported = Exported { $files }
status-corrections-failed = { $count } corrections no longer apply (their highlight is gone): { $list }
status-corrections-no-file = This article has no file: corrections saved in { $path }
status-corrections-elsewhere = The article's folder is read-only: corrections saved in { $path }
status-rebase-lost = { $count } corrections could not be placed in the changed article; the earlier corrections file is kept

## Errors

error-clipboard-empty = The clipboard holds no text to open as an article.
error-clipboard = Cannot read the clipboard: { $error }
error-screenshot-size = The screenshot has an unexpected size.
error-screenshot-encode = Cannot encode the screenshot: { $error }
error-export = Export failed: { $error }
error-corrections-aside = The corrections were not saved: the earlier corrections file { $path } could not be moved aside
error-load-not-found = { $path } was not found: check the path, or open another file.
error-load-unreadable = Cannot read { $path }: { $error }; check that you may read the file, or open another one.
error-load-not-a-file = { $path } is a folder or a device, not a file: open an article file instead.
error-load-too-large = { $path } is too large ({ $size } bytes): the limit is { $limit } MiB; open a smaller file or split the article.
error-load-empty = { $path } is empty: there is no text to show; open a file that contains an article.
error-load-binary = { $path } looks like a binary file, not text ({ $reason }): open a .txt, .md or .html article.
error-binary-nul = it contains NUL bytes
error-binary-control = it is full of control characters
error-load-undecodable = { $path } cannot be read as { $encoding }: its byte-order mark says so, but the bytes at offset { $offset } do not follow it. Re-save the file as UTF-8.
error-load-too-deep = { $path } nests its { $what } more than { $depth } levels deep, which Sahifa does not open (to stay responsive): simplify the file or save it as plain text.
error-nesting-html = HTML elements
error-nesting-markdown = Markdown blocks
error-loading-thread = The loading thread stopped unexpectedly.
