//! The analysis of whatever loads: every entity, quote, cue, speaker and section is a byte range on char
//! boundaries inside the text. The first byte picks the format (plain, Markdown, HTML, sniffed).
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
        invariants::analyze(&doc);
    }
});
