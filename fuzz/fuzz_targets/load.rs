//! Arbitrary bytes loaded as plain text, Markdown and HTML, and sniffed (every encoding the loader detects):
//! a document whose blocks and sections are spans of its text, or an error that names the file. Never a panic.
#![no_main]

#[path = "../../crates/core/tests/invariants/mod.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() > invariants::MAX_INPUT {
        return;
    }
    for choice in 0..invariants::LOADS.len() {
        invariants::load(data, choice as u8);
    }
});
