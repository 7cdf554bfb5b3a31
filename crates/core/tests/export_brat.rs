//! brat standoff: every T line's code-point offsets name exactly the text it claims, relations link existing
//! annotations, and annotation.conf declares every type used.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

mod export_common;

use export_common::{annotated, sample};
use sahifa_core::export::{Filter, Format, Rendered, render, write_to};
use std::collections::HashMap;

fn files() -> HashMap<String, String> {
    let (doc, analysis) = sample();
    let Rendered::Files(files) = render(Format::Brat, &doc, &analysis, &Filter::default()).unwrap()
    else {
        panic!("brat is a set of files");
    };
    files
        .into_iter()
        .map(|(n, b)| (n, String::from_utf8(b).unwrap()))
        .collect()
}

/// Checks every T line against the text; returns T id -> type.
fn check_t_lines(txt: &str, ann: &str) -> HashMap<String, String> {
    let chars: Vec<char> = txt.chars().collect();
    let mut types = HashMap::new();
    for line in ann.lines().filter(|l| l.starts_with('T')) {
        let mut cols = line.split('\t');
        let (id, spec, claimed) = (
            cols.next().unwrap(),
            cols.next().unwrap(),
            cols.next().unwrap(),
        );
        let (kind, offsets) = spec.split_once(' ').unwrap();
        let named: Vec<String> = offsets
            .split(';')
            .map(|pair| {
                let (s, e) = pair.split_once(' ').unwrap();
                let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
                chars[s..e].iter().collect()
            })
            .collect();
        assert_eq!(named.join(" "), claimed, "{line}");
        assert!(!claimed.contains('\n'));
        types.insert(id.to_owned(), kind.to_owned());
    }
    types
}

#[test]
fn brat_offsets_name_exactly_the_text_they_claim() {
    let files = files();
    let mut names: Vec<&String> = files.keys().collect();
    names.sort();
    assert_eq!(
        names,
        ["annotation.conf", "test.ann", "test.txt", "visual.conf"]
    );
    let (txt, ann) = (&files["test.txt"], &files["test.ann"]);
    let types = check_t_lines(txt, ann);
    let count = |k: &str| types.values().filter(|t| *t == k).count();
    assert_eq!((count("PER"), count("LOC"), count("ORG")), (2, 4, 1));
    assert_eq!((count("Quote"), count("Cue")), (3, 3));
    // Relations link existing annotations of the declared argument types.
    let mut said = 0;
    for line in ann.lines().filter(|l| l.starts_with('R')) {
        let spec = line.split('\t').nth(1).unwrap();
        let parts: Vec<&str> = spec.split(' ').collect();
        let arg = |p: &str| types[p.split_once(':').unwrap().1].clone();
        match parts[0] {
            "Said" => {
                said += 1;
                assert!(
                    ["PER", "Speaker"].contains(&arg(parts[1]).as_str()),
                    "{line}"
                );
                assert_eq!(arg(parts[2]), "Quote");
            }
            "Introduces" => {
                assert_eq!(arg(parts[1]), "Cue");
                assert_eq!(arg(parts[2]), "Quote");
            }
            other => panic!("undeclared relation {other}"),
        }
    }
    assert_eq!(said, 3);
    // A speaker that is a mention links to the mention's T line rather than repeating it.
    assert!(
        ann.lines()
            .any(|l| l.starts_with('R') && l.contains("Said") && {
                let arg1 = l.split(' ').nth(1).unwrap().trim_start_matches("Arg1:");
                types[arg1] == "PER"
            })
    );
    assert!(
        ann.lines()
            .any(|l| l.starts_with('A') && l.contains("QuoteKind") && l.ends_with("Direct"))
    );
}

#[test]
fn annotation_conf_declares_every_type_used() {
    let files = files();
    let conf = &files["annotation.conf"];
    let declared: Vec<&str> = conf
        .lines()
        .skip_while(|l| *l != "[entities]")
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .filter(|l| !l.trim().is_empty())
        .collect();
    for line in files["test.ann"].lines().filter(|l| l.starts_with('T')) {
        let kind = line.split('\t').nth(1).unwrap().split(' ').next().unwrap();
        assert!(declared.contains(&kind), "{kind} not in annotation.conf");
    }
    for section in ["[relations]", "[events]", "[attributes]"] {
        assert!(conf.contains(section));
    }
    assert!(conf.contains("Said\tArg1:"));
}

#[test]
fn a_span_across_a_line_break_becomes_fragments() {
    let (doc, mut analysis) = annotated("عنوان\nقال إن الأمر انتهى\nوبدأ غيره");
    export_common::add_quote(
        &doc,
        &mut analysis,
        sahifa_core::analysis::QuoteKind::Indirect,
        "الأمر انتهى\nوبدأ غيره",
        Some("قال"),
        None,
    );
    let ann = sahifa_core::export::brat::to_ann(&doc, &analysis);
    let types = check_t_lines(&doc.text, &ann);
    assert_eq!(types.len(), 2);
    assert!(ann.contains(';'), "{ann}");
}

#[test]
fn brat_is_written_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (doc, analysis) = sample();
    let rendered = render(Format::Brat, &doc, &analysis, &Filter::default()).unwrap();
    let out = dir.path().join("brat");
    let written = write_to(&out, &rendered, None).unwrap();
    assert_eq!(written.len(), 4);
    assert_eq!(
        std::fs::read_to_string(out.join("test.txt")).unwrap(),
        doc.text
    );
}

/// The declared names of a .conf section (first word of each line, `<...>` macros and comments left out).
fn section<'a>(conf: &'a str, name: &str) -> Vec<&'a str> {
    conf.lines()
        .skip_while(|l| *l != name)
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#') && !l.starts_with('<'))
        .map(|l| l.split(['\t', ' ']).next().unwrap())
        .collect()
}

/// brat's rules for a document: unique ids, one T line per type and span, offsets inside the text that slice to
/// the claimed words, every id referred to exists, one note per annotation, and every type named in both .conf files.
fn check_brat_rules(files: &HashMap<String, String>, stem: &str) {
    let txt = &files[&format!("{stem}.txt")];
    let ann = &files[&format!("{stem}.ann")];
    let conf = &files["annotation.conf"];
    let visual = &files["visual.conf"];
    let types = check_t_lines(txt, ann);
    let mut ids = std::collections::HashSet::new();
    let mut spans = std::collections::HashSet::new();
    let mut noted = std::collections::HashSet::new();
    let mut relations = std::collections::HashSet::new();
    let entities = section(conf, "[entities]");
    let rels = section(conf, "[relations]");
    let attrs = section(conf, "[attributes]");
    let labels = section(visual, "[labels]");
    for line in ann.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(ids.insert(cols[0].to_owned()), "duplicate id: {line}");
        match line.chars().next().unwrap() {
            'T' => {
                assert!(
                    spans.insert(cols[1].to_owned()),
                    "duplicate text-bound: {line}"
                );
                let kind = cols[1].split(' ').next().unwrap();
                assert!(entities.contains(&kind) && labels.contains(&kind), "{kind}");
                let chars = txt.chars().count();
                for pair in cols[1].split_once(' ').unwrap().1.split(';') {
                    let (s, e) = pair.split_once(' ').unwrap();
                    let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
                    assert!(s < e && e <= chars, "{line}");
                }
            }
            'R' => {
                let parts: Vec<&str> = cols[1].split(' ').collect();
                assert!(rels.contains(&parts[0]), "{line}");
                for arg in &parts[1..] {
                    assert!(types.contains_key(arg.split_once(':').unwrap().1), "{line}");
                }
                assert!(
                    relations.insert(cols[1].to_owned()),
                    "duplicate relation: {line}"
                );
            }
            'A' => {
                let parts: Vec<&str> = cols[1].split(' ').collect();
                assert!(attrs.contains(&parts[0]), "{line}");
                assert_eq!(types[parts[1]], "Quote");
            }
            '#' => {
                let (kind, target) = cols[1].split_once(' ').unwrap();
                assert_eq!(kind, "AnnotatorNotes");
                assert!(types.contains_key(target), "{line}");
                assert!(noted.insert(target.to_owned()), "two notes on {target}");
            }
            other => panic!("unknown annotation {other}: {line}"),
        }
    }
    assert!(visual.contains("[options]\nText direction:rtl"), "{visual}");
    for kind in types.values() {
        assert!(
            visual
                .lines()
                .any(|l| l.starts_with(&format!("{kind}\tfgColor"))),
            "no colour for {kind}"
        );
    }
}

#[test]
fn brat_export_keeps_brats_rules() {
    check_brat_rules(&files(), "test");
}

#[test]
fn a_speaker_of_several_quotes_is_one_text_bound_with_one_note() {
    // An unlinked speaker ("الوزير") of two quotes, its name differing from the speaker name given.
    let (doc, mut analysis) = annotated(
        "عنوان\nقال الوزير إن الحوار ممكن وأضاف أن الاتفاق قريب\nوقال [PER:سعيد] إن الطقس جميل",
    );
    for (content, cue) in [("الحوار ممكن", "قال"), ("الاتفاق قريب", "وأضاف")]
    {
        export_common::add_quote(
            &doc,
            &mut analysis,
            sahifa_core::analysis::QuoteKind::Indirect,
            content,
            Some(cue),
            Some("الوزير"),
        );
    }
    for q in &mut analysis.quotes {
        if let Some(s) = &mut q.speaker {
            s.name = "وزير الخارجية".into();
        }
    }
    let Rendered::Files(files) = render(Format::Brat, &doc, &analysis, &Filter::default()).unwrap()
    else {
        panic!("brat is a set of files");
    };
    let files: HashMap<String, String> = files
        .into_iter()
        .map(|(n, b)| (n, String::from_utf8(b).unwrap()))
        .collect();
    check_brat_rules(&files, "test");
    let ann = &files["test.ann"];
    assert_eq!(ann.matches("\tSpeaker ").count(), 1, "{ann}");
    assert_eq!(ann.matches("AnnotatorNotes").count(), 1, "{ann}");
    assert_eq!(ann.matches("\tSaid ").count(), 2, "{ann}");
}
