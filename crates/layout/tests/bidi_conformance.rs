//! Unicode's BidiCharacterTest.txt (tests/data, Unicode license) run through the reader's own rules:
//! levels from `unicode-bidi`, then `layout::bidi::apply_l1` and `layout::bidi::visual_order`, exactly as the
//! view orders a line. Run with `--nocapture` to see the pass count.

// Test helpers may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::many_single_char_names)]

use sahifa_layout::bidi::{Direction, apply_l1, resolve, visual_order};

struct Case {
    text: String,
    direction: Option<Direction>,
    para_level: u8,
    /// Expected level per char, `None` for chars removed by rule X9.
    levels: Vec<Option<u8>>,
    /// Expected visual order (char indices, removed chars left out).
    order: Vec<usize>,
}

fn parse(line: &str) -> Option<Case> {
    let fields: Vec<&str> = line.split(';').collect();
    let [codes, dir, para, levels, order] = fields.as_slice() else {
        return None;
    };
    let text: String = codes
        .split_whitespace()
        .map(|h| char::from_u32(u32::from_str_radix(h, 16).ok()?))
        .collect::<Option<String>>()?;
    let direction = match dir.trim() {
        "0" => Some(Direction::Ltr),
        "1" => Some(Direction::Rtl),
        _ => None,
    };
    Some(Case {
        text,
        direction,
        para_level: para.trim().parse().ok()?,
        levels: levels.split_whitespace().map(|l| l.parse().ok()).collect(),
        order: order
            .split_whitespace()
            .filter_map(|o| o.parse().ok())
            .collect(),
    })
}

/// Runs one case; true when levels and order both match.
fn check(case: &Case) -> bool {
    let info = resolve(&case.text, case.direction);
    if info.para_level != case.para_level {
        return false;
    }
    let mut levels = info.levels.clone();
    apply_l1(&case.text, &info.classes, &mut levels, info.para_level);
    let char_levels: Vec<u8> = case.text.char_indices().map(|(i, _)| levels[i]).collect();
    if char_levels.len() != case.levels.len() {
        return false;
    }
    for (got, want) in char_levels.iter().zip(&case.levels) {
        if let Some(w) = want {
            if got != w {
                return false;
            }
        }
    }
    // Reorder the chars that survive X9, the way the view reorders pieces.
    let kept: Vec<usize> = (0..char_levels.len())
        .filter(|&i| case.levels[i].is_some())
        .collect();
    let kept_levels: Vec<u8> = kept.iter().map(|&i| char_levels[i]).collect();
    let visual: Vec<usize> = visual_order(&kept_levels)
        .into_iter()
        .map(|k| kept[k])
        .collect();
    visual == case.order
}

#[test]
fn bidi_character_test_pass_rate() {
    let data = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/BidiCharacterTest.txt"
    ))
    .unwrap();
    let (mut pass, mut fail) = (0usize, 0usize);
    let mut failures = Vec::new();
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let case = parse(line).unwrap();
        if check(&case) {
            pass += 1;
        } else {
            fail += 1;
            if failures.len() < 10 {
                failures.push(line.to_owned());
            }
        }
    }
    let total = pass + fail;
    let rate = pass as f64 / total as f64;
    println!(
        "BidiCharacterTest: {pass}/{total} passed ({:.3}%), {fail} failed",
        rate * 100.0
    );
    for f in &failures {
        println!("  failed: {f}");
    }
    assert!(total > 90_000, "the whole file was read");
    assert!(rate >= RATE_FLOOR, "pass rate {rate} below {RATE_FLOOR}");
}

/// Measured: all 91,707 cases pass with unicode-bidi 0.3.18 and these L1/L2 rules; keep it that way.
const RATE_FLOOR: f64 = 1.0;
