//! Safety of exports on disk: the source article is never overwritten, failures leave nothing half-written, and
//! the folder export reports each failed file with its reason and exits non-zero.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic on a broken fixture

use sahifa::export::{ExportError, Filter, Format, batch, export_document};
use std::path::Path;
use std::process::Command;

const ARTICLE: &str = "عنوان الخبر\nقال المتحدث إن الاجتماع انتهى.\n";

fn sahifa() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sahifa"))
}

fn only_visible_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_export_never_overwrites_its_source_article() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("article.txt");
    std::fs::write(&src, ARTICLE).unwrap();
    let doc = sahifa::load::load_path(&src).unwrap();
    let analysis = sahifa::analysis::Analysis::default();
    for format in [Format::Html, Format::Json, Format::Conll, Format::Jsonl] {
        let err = export_document(format, &doc, &analysis, &Filter::default(), &src).unwrap_err();
        assert!(
            matches!(err, ExportError::WouldOverwriteSource { .. }),
            "{err:?}"
        );
    }
    // brat into the article's own folder would write article.txt over it.
    let err = export_document(
        Format::Brat,
        &doc,
        &analysis,
        &Filter::default(),
        dir.path(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("source article"), "{err}");
    assert_eq!(std::fs::read_to_string(&src).unwrap(), ARTICLE);
    // The command line refuses too, and says why.
    let out = sahifa()
        .args(["export", "--format", "html", "-o"])
        .arg(&src)
        .arg(&src)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("source article"));
    assert_eq!(std::fs::read_to_string(&src).unwrap(), ARTICLE);
    assert_eq!(only_visible_files(dir.path()), ["article.txt"]);
}

#[test]
fn a_missing_output_folder_is_a_clear_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("a.txt");
    std::fs::write(&src, ARTICLE).unwrap();
    let out = sahifa()
        .args(["export", "--format", "json", "-o"])
        .arg(dir.path().join("missing/out.json"))
        .arg(&src)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    assert_eq!(only_visible_files(dir.path()), ["a.txt"]);
}

#[test]
fn stdout_export_and_brat_refusal() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("a.txt");
    std::fs::write(&src, ARTICLE).unwrap();
    let out = sahifa()
        .args(["export", "--format", "jsonl", "-o", "-"])
        .arg(&src)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["text"].as_str().unwrap().contains("الاجتماع"));
    let out = sahifa()
        .args(["export", "--format", "brat", "-o", "-"])
        .arg(&src)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard output"));
}

fn folder_with_one_bad_file() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("one.txt"), ARTICLE).unwrap();
    std::fs::write(dir.path().join("two.md"), ARTICLE).unwrap();
    std::fs::write(
        dir.path().join("three.htm"),
        "<html><body><h1>عنوان الخبر</h1><p>قال المتحدث إن الاجتماع انتهى.</p></body></html>",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("notes.csv"), "not,an,article").unwrap();
    std::fs::create_dir(dir.path().join("archive.txt.d")).unwrap();
    dir
}

#[test]
fn batch_summary_names_the_bad_file_and_its_reason() {
    let input = folder_with_one_bad_file();
    let out = tempfile::tempdir().unwrap();
    let report = batch::export_folder(
        input.path(),
        Format::Json,
        &Filter::default(),
        sahifa::export::Options::default(),
        out.path(),
        2,
    )
    .unwrap();
    assert_eq!(report.exported.len(), 3);
    assert_eq!(report.failed.len(), 1);
    assert!(report.failed[0].input.ends_with("empty.txt"));
    let summary = report.summary();
    assert!(
        summary.starts_with("3 exported, 1 failed, 1 skipped"),
        "{summary}"
    );
    assert!(
        summary.contains("skipped")
            && summary.contains("archive.txt.d")
            && summary.contains("subfolder"),
        "{summary}"
    );
    assert!(
        summary.contains("empty.txt") && summary.contains("empty"),
        "{summary}"
    );
    assert_eq!(
        only_visible_files(out.path()),
        ["one.json", "three.json", "two.json"]
    );
}

#[test]
fn batch_command_prints_the_summary_and_exits_non_zero() {
    let input = folder_with_one_bad_file();
    let out = tempfile::tempdir().unwrap();
    let brat = out.path().join("brat");
    let run = sahifa()
        .args(["export", "--format", "brat", "-j", "3", "-o"])
        .arg(&brat)
        .arg(input.path())
        .output()
        .unwrap();
    assert!(!run.status.success());
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("3 exported, 1 failed"), "{stdout}");
    assert!(stdout.contains("empty.txt"), "{stdout}");
    assert!(String::from_utf8_lossy(&run.stderr).contains("1 of 4 articles failed"));
    assert_eq!(
        only_visible_files(&brat),
        [
            "annotation.conf",
            "one.ann",
            "one.txt",
            "three.ann",
            "three.txt",
            "two.ann",
            "two.txt",
            "visual.conf"
        ]
    );
}

#[test]
fn annotations_from_a_json_export_render_in_another_format() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("a.txt");
    std::fs::write(&src, ARTICLE).unwrap();
    let doc = sahifa::load::load_path(&src).unwrap();
    // A hand-made annotation of the loaded text: one ORG mention.
    let start = doc.text.find("المتحدث").unwrap();
    let analysis = sahifa::analysis::Analysis {
        mentions: vec![sahifa::analysis::Mention {
            span: sahifa::span::Span::new(start, start + "المتحدث".len()),
            label: sahifa::analysis::EntityLabel::Org,
            entity: 0,
            source: sahifa::analysis::Recogniser::Rule,
            confidence: 1.0,
        }],
        entities: vec![sahifa::analysis::Entity {
            label: sahifa::analysis::EntityLabel::Org,
            canonical: "المتحدث".into(),
            mentions: vec![0],
        }],
        quotes: Vec::new(),
        warnings: Vec::new(),
    };
    let json = dir.path().join("a.json");
    export_document(Format::Json, &doc, &analysis, &Filter::default(), &json).unwrap();
    let run = sahifa()
        .args(["export", "--format", "conll", "-o", "-", "--annotations"])
        .arg(&json)
        .arg(&src)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("\nالمتحدث B-ORG\n"));
    // Annotations of another text are refused.
    let other = dir.path().join("b.txt");
    std::fs::write(&other, "نص آخر تماما\nفقرة.").unwrap();
    let run = sahifa()
        .args(["export", "--format", "conll", "-o", "-", "--annotations"])
        .arg(&json)
        .arg(&other)
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("another text"));
}

#[test]
fn stdout_closed_early_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("article.txt");
    // Long enough that the pipe is closed while the export is still being written.
    std::fs::write(&src, ARTICLE.repeat(4000)).unwrap();
    let mut child = sahifa()
        .args(["export", "--format", "conll", "-o", "-"])
        .arg(&src)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one byte, then close the pipe as `head -c 1` would.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.to_lowercase().contains("broken pipe"), "{stderr}");
    assert!(out.status.success(), "{stderr}");
}

#[test]
fn a_folder_becomes_one_jsonl_with_one_line_per_article() {
    let input = folder_with_one_bad_file();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("all.jsonl");
    let run = sahifa()
        .args([
            "export",
            "--format",
            "jsonl",
            "--one-file",
            "--offsets",
            "utf16",
            "-o",
        ])
        .arg(&file)
        .arg(input.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("3 exported, 1 failed, 1 skipped"),
        "{stdout}"
    );
    let jsonl = std::fs::read_to_string(&file).unwrap();
    let sources: Vec<String> = jsonl
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(sources, ["one.txt", "three.htm", "two.md"]);
}
