//! `sahifa train` and `sahifa tag` on hostile input: they refuse what would lose data or never end, with a message.
#![allow(clippy::unwrap_used)] // test helpers panic on a broken fixture

use std::process::Command;

fn sahifa(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_model_is_never_written_over_its_training_data() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("train.conll");
    let text = "قال O\nسامي B-PERS\n. O\n";
    std::fs::write(&data, text).unwrap();
    let d = data.to_str().unwrap();
    let out = sahifa(&["train", "--conll", d, "-o", d]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("overwrite its training data"));
    assert_eq!(std::fs::read_to_string(&data).unwrap(), text);
}

#[cfg(unix)]
#[test]
fn devices_are_refused_instead_of_read_for_ever() {
    let out = sahifa(&["train", "--conll", "/dev/zero", "-o", "/tmp/never.bin"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.conll");
    std::fs::write(&input, "قال O\n").unwrap();
    let out = sahifa(&[
        "tag",
        "--conll",
        input.to_str().unwrap(),
        "--model",
        "/dev/zero",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
    // The export's annotations are read the same way.
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "عنوان\nنص قصير.").unwrap();
    let out = sahifa(&[
        "export",
        article.to_str().unwrap(),
        "--annotations",
        "/dev/zero",
        "-f",
        "json",
        "-o",
        "-",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
}

#[test]
fn numbers_out_of_range_are_refused_up_front() {
    for (flag, value) in [
        ("--epochs", "0"),
        ("--folds", "1000"),
        ("--extra-weight", "0"),
    ] {
        let out = sahifa(&["train", "--conll", "x", "-o", "y", flag, value]);
        assert!(!out.status.success(), "{flag} {value}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(value));
    }
}
