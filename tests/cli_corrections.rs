//! `sahifa export` reads an article's corrections sidecar: a sidecar written by hand from the documented format
//! (docs/CORRECTIONS.md) changes the export exactly as it says; `--no-corrections` ignores it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

use serde_json::{Value, json};
use std::path::Path;
use std::process::Command;

const ARTICLE: &str = "اجتماع في المدينة\n\
قال الوزير سامي منصور إن الاجتماع في القاهرة انتهى باتفاق.\n\
وحضر الاجتماع ممثلون عن شركة النخيل الحديثة.";

fn export_json(article: &Path, extra: &[&str]) -> Value {
    let out = article.with_extension("out.json");
    let status = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .arg("export")
        .arg(article)
        .args(["--format", "json", "-o"])
        .arg(&out)
        .args(extra)
        .status()
        .unwrap();
    assert!(status.success());
    serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap()
}

fn surfaces(export: &Value) -> Vec<(String, String)> {
    export["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["text"].as_str().unwrap().to_owned(),
                e["label"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_hand_written_sidecar_removes_one_entity_and_adds_another_in_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let machine = export_json(&article, &[]);
    let before = surfaces(&machine);
    assert!(
        before.iter().any(|(t, _)| t == "القاهرة"),
        "the analysis finds the city: {before:?}"
    );

    // The documented format: the export schema as "annotations", the text's SHA-256, the edits made.
    let text = machine["text"].as_str().unwrap();
    let mut annotations = machine.clone();
    let entities = annotations["entities"].as_array_mut().unwrap();
    entities.retain(|e| e["text"] != "القاهرة");
    let chars: Vec<char> = text.chars().collect();
    let needle: Vec<char> = "شركة النخيل الحديثة".chars().collect();
    let start = chars
        .windows(needle.len())
        .position(|w| w == needle.as_slice())
        .unwrap();
    entities.push(
        json!({"id": entities.len(), "label": "ORG", "start": start, "end": start + needle.len(),
        "text": "شركة النخيل الحديثة", "entity": 0, "source": "user", "confidence": 1.0}),
    );
    let sidecar = json!({
        "sahifa_corrections": 1,
        "text_sha256": sahifa::corrections::text_hash(text),
        "annotations": annotations,
        "edits": [],
    });
    std::fs::write(
        dir.path().join("a.txt.sahifa.json"),
        serde_json::to_string_pretty(&sidecar).unwrap(),
    )
    .unwrap();

    let after = surfaces(&export_json(&article, &[]));
    let mut expected: Vec<(String, String)> = before
        .iter()
        .filter(|(t, _)| t != "القاهرة")
        .cloned()
        .collect();
    expected.push(("شركة النخيل الحديثة".to_owned(), "ORG".to_owned()));
    let sorted = |mut v: Vec<(String, String)>| {
        v.sort();
        v
    };
    assert_eq!(sorted(after), sorted(expected));
    // The article itself is untouched; --no-corrections exports the analysis as computed.
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);
    assert_eq!(
        surfaces(&export_json(&article, &["--no-corrections"])),
        before
    );
}

#[test]
fn a_folder_export_uses_each_articles_corrections() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("articles");
    std::fs::create_dir(&folder).unwrap();
    let article = folder.join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    std::fs::write(folder.join("b.txt"), "عنوان آخر\nزار الوفد القاهرة أمس.").unwrap();
    // Correct a.txt: the city is removed (the sidecar's annotations, as the window writes them).
    let machine = export_json(&article, &[]);
    let mut annotations = machine.clone();
    annotations["entities"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["text"] != "القاهرة");
    let sidecar = json!({
        "sahifa_corrections": 1,
        "text_sha256": sahifa::corrections::text_hash(machine["text"].as_str().unwrap()),
        "annotations": annotations,
        "edits": [],
    });
    std::fs::write(folder.join("a.txt.sahifa.json"), sidecar.to_string()).unwrap();
    std::fs::remove_file(article.with_extension("out.json")).unwrap();
    let out = dir.path().join("out");
    let status = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["export"])
        .arg(&folder)
        .args(["--format", "json", "-o"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(out.join(name)).unwrap()).unwrap()
    };
    assert!(
        surfaces(&read("a.json"))
            .iter()
            .all(|(t, _)| t != "القاهرة"),
        "a.txt exported with its correction"
    );
    assert!(
        surfaces(&read("b.json"))
            .iter()
            .any(|(t, _)| t == "القاهرة"),
        "b.txt, without a sidecar, as analysed"
    );
}
