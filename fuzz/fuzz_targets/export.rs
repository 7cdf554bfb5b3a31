//! Every export of the analysis of whatever loads: offsets name the text they claim (JSON, JSONL, brat, W3C, Label
//! Studio, WebAnno TSV, CoNLL), TEI is well-formed XML, the HTML holds no live markup from the article. The first
//! byte picks the format (plain, Markdown, HTML, sniffed).
#![no_main]

#[path = "../../crates/core/tests/invariants/mod.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else {
        return;
    };
    if bytes.len() > invariants::MAX_INPUT {
        return;
    }
    if let Some(doc) = invariants::load(bytes, choice) {
        let analysis = invariants::analyze(&doc);
        invariants::check_exports(&doc, &analysis);
    }
});
