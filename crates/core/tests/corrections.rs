//! Corrections by hand: edits change exactly what they name, undo and redo restore each state, and the sidecar
//! keeps them safely (round trip, a changed article, a damaged file). Sentences written for these tests.
#![allow(clippy::unwrap_used)] // test helpers panic on a broken fixture

use sahifa_core::analysis::{Analysis, EntityLabel, QuoteKind, Recogniser, analyze};
use sahifa_core::corrections::{
    Edit, History, Restored, SidecarError, apply_edits, rebase, restore, save, sidecar,
    sidecar_path,
};
use sahifa_core::document::Document;
use sahifa_core::load::{Format, load_path, load_str};
use sahifa_core::span::Span;

const ARTICLE: &str = "اجتماع في المدينة\n\
قال الوزير سامي منصور إن الاجتماع انتهى باتفاق.\n\
وأكد منصور أن اللجنة ستعود إلى العمل في الربيع.\n\
وحضر الاجتماع ممثلون عن شركة النخيل الحديثة.";

fn doc() -> Document {
    load_str("a.txt", ARTICLE, Format::Plain).unwrap()
}

fn at(doc: &Document, s: &str) -> Span {
    let start = doc.text.find(s).unwrap();
    Span::new(start, start + s.len())
}

fn label_of(a: &Analysis, span: Span) -> Option<EntityLabel> {
    a.mentions.iter().find(|m| m.span == span).map(|m| m.label)
}

#[test]
fn each_edit_changes_what_it_names_and_clusters_follow() {
    let d = doc();
    let base = analyze(&d);
    let company = at(&d, "شركة النخيل الحديثة");
    let name = at(&d, "النخيل الحديثة");
    let (a, failed) = apply_edits(
        &d,
        &base,
        &[Edit::AddEntity {
            span: company,
            label: EntityLabel::Org,
        }],
    );
    assert!(failed.is_empty());
    assert_eq!(label_of(&a, company), Some(EntityLabel::Org));
    let m = a.mentions.iter().find(|m| m.span == company).unwrap();
    assert_eq!(m.source, Recogniser::User);
    assert_eq!(a.entities[m.entity].canonical, "شركة النخيل الحديثة");
    assert!(
        a.mentions
            .iter()
            .all(|x| x.span == company || !x.span.overlaps(company)),
        "overlapped mentions are replaced"
    );

    let edits = [
        Edit::AddEntity {
            span: company,
            label: EntityLabel::Org,
        },
        Edit::Resize {
            from: company,
            to: name,
        },
        Edit::Retype {
            span: name,
            label: EntityLabel::Misc,
        },
    ];
    let (a, failed) = apply_edits(&d, &base, &edits);
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(label_of(&a, company), None);
    assert_eq!(label_of(&a, name), Some(EntityLabel::Misc));

    let (a, failed) = apply_edits(&d, &base, &[Edit::RemoveEntity { span: name }]);
    assert_eq!(failed.len(), 1, "removing what is not there is reported");
    assert_eq!(a.mentions, base.mentions);
}

#[test]
fn quotes_are_marked_removed_and_given_a_speaker() {
    let d = doc();
    let base = analyze(&d);
    let content = at(&d, "اللجنة ستعود إلى العمل في الربيع");
    let speaker = at(&d, "سامي منصور");
    let edits = [
        Edit::AddQuote {
            span: content,
            kind: QuoteKind::Indirect,
            cue: Some(at(&d, "وأكد")),
            speaker: None,
        },
        Edit::SetSpeaker {
            quote: content,
            speaker: Some(speaker),
        },
    ];
    let (a, failed) = apply_edits(&d, &base, &edits);
    assert!(failed.is_empty(), "{failed:?}");
    let q = a.quotes.iter().find(|q| q.span == content).unwrap();
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "سامي منصور");
    // The speaker is linked to the cluster of the mention under it, when the name is an entity.
    if let Some(m) = a.mentions.iter().find(|m| m.span.encloses(speaker)) {
        assert_eq!(s.entity, Some(m.entity));
    }
    let (a, failed) = apply_edits(&d, &a, &[Edit::RemoveQuote { span: content }]);
    assert!(failed.is_empty());
    assert!(a.quotes.iter().all(|q| q.span != content));
}

#[test]
fn undo_and_redo_walk_the_history() {
    let d = doc();
    let base = analyze(&d);
    let company = at(&d, "شركة النخيل الحديثة");
    let mut h = History::default();
    assert!(!h.can_undo());
    h.push(Edit::AddEntity {
        span: company,
        label: EntityLabel::Org,
    });
    h.push(Edit::Retype {
        span: company,
        label: EntityLabel::Loc,
    });
    let state = |h: &History| label_of(&apply_edits(&d, &base, h.edits()).0, company);
    assert_eq!(state(&h), Some(EntityLabel::Loc));
    assert!(h.undo());
    assert_eq!(state(&h), Some(EntityLabel::Org));
    assert!(h.undo());
    assert_eq!(state(&h), label_of(&base, company));
    assert!(!h.undo());
    assert!(h.redo());
    assert!(h.redo());
    assert_eq!(state(&h), Some(EntityLabel::Loc));
    assert!(!h.redo());
    // A new edit after an undo clears what could be redone.
    assert!(h.undo());
    h.push(Edit::RemoveEntity { span: company });
    assert!(!h.can_redo());
}

#[test]
fn a_sidecar_round_trips_beside_the_article_which_is_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("خبر.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let d = load_path(&path).unwrap();
    let base = analyze(&d);
    let edits = vec![Edit::AddEntity {
        span: at(&d, "شركة النخيل الحديثة"),
        label: EntityLabel::Org,
    }];
    let (corrected, _) = apply_edits(&d, &base, &edits);
    let written = save(&path, &sidecar(&d, &corrected, &[], &edits)).unwrap();
    assert_eq!(written, sidecar_path(&path));
    assert!(written.to_string_lossy().ends_with("خبر.txt.sahifa.json"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), ARTICLE);
    match restore(&path, &d).unwrap() {
        Restored::Same {
            analysis, recorded, ..
        } => {
            assert_eq!(analysis.mentions, corrected.mentions);
            assert_eq!(analysis.quotes, corrected.quotes);
            assert_eq!(recorded.len(), 1);
        }
        other => panic!("expected the same text: {other:?}"),
    }
}

#[test]
fn a_changed_article_gets_back_the_corrections_whose_text_is_still_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let d = load_path(&path).unwrap();
    let base = analyze(&d);
    let edits = vec![
        Edit::AddEntity {
            span: at(&d, "شركة النخيل الحديثة"),
            label: EntityLabel::Org,
        },
        Edit::AddEntity {
            span: at(&d, "الربيع"),
            label: EntityLabel::Misc,
        },
    ];
    let (corrected, _) = apply_edits(&d, &base, &edits);
    save(&path, &sidecar(&d, &corrected, &[], &edits)).unwrap();

    // The article is edited: a sentence is added before, and "الربيع" becomes "الصيف".
    let changed = format!(
        "{}\nجملة جديدة في آخر الخبر.",
        ARTICLE
            .replace("الربيع", "الصيف")
            .replacen('\n', "\nسطر أضيف في البداية.\n", 1)
    );
    std::fs::write(&path, &changed).unwrap();
    let d2 = load_path(&path).unwrap();
    let Restored::Changed { recorded, .. } = restore(&path, &d2).unwrap() else {
        panic!("the hash differs: the text changed");
    };
    let base2 = analyze(&d2);
    let rebased = rebase(&d2, &base2, &recorded);
    assert_eq!(rebased.edits.len(), 1, "{rebased:?}");
    assert_eq!(
        rebased.lost.len(),
        1,
        "the edit on the removed word is reported"
    );
    let (a, failed) = apply_edits(&d2, &base2, &rebased.edits);
    assert!(failed.is_empty());
    assert_eq!(
        label_of(&a, at(&d2, "شركة النخيل الحديثة")),
        Some(EntityLabel::Org)
    );
}

#[test]
fn a_damaged_sidecar_is_reported_and_kept_aside_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let side = sidecar_path(&path);
    std::fs::write(&side, b"{\"sahifa_corrections\": 1, \"text_sha256\": ").unwrap();
    let d = load_path(&path).unwrap();
    let err = restore(&path, &d).unwrap_err();
    let SidecarError::Corrupt { kept, .. } = &err else {
        panic!("expected a damaged-file error: {err}");
    };
    assert!(err.to_string().contains("a.txt.sahifa.json"), "{err}");
    assert!(!side.exists());
    assert_eq!(
        std::fs::read(kept).unwrap(),
        b"{\"sahifa_corrections\": 1, \"text_sha256\": "
    );
    // Opening again finds no sidecar: the analysis as computed.
    assert!(matches!(restore(&path, &d).unwrap(), Restored::None));
}
