//! The named-entity tagger: training learns, the shipped model tags known names, `tag` keeps tokens aligned.

use sahifa_core::analysis::EntityLabel;
use sahifa_core::analysis::entities::stacking::AnalysisRules;
use sahifa_core::analysis::tokens::tokenize;
use sahifa_core::tagger::conll::{read_sentences, write_tagged};
use sahifa_core::tagger::eval::evaluate;
use sahifa_core::tagger::train::{TrainOptions, train};
use sahifa_core::tagger::{Model, NoRules, Tag, Tagger, TaggerError, entity_ranges};

const SLICE: &str = include_str!("data/tagger/anercorp-slice.txt");

fn small_model() -> Model {
    let sentences = read_sentences(SLICE);
    let opts = TrainOptions {
        epochs: 4,
        bits: 16,
        // The shipped decoding bias suits a model trained on all of ANERcorp, not on 300 sentences.
        o_penalty: 0.0,
        label_bias: [0.0; 4],
        // Two perceptrons per stage (the shipped model has four): the averaging and the document stage are
        // exercised at half the cost.
        ensemble: 2,
        ..TrainOptions::default()
    };
    train(&sentences[..300], &opts, &AnalysisRules, |_, _| {})
}

/// A model bound to the analysis rules it was trained with.
#[allow(clippy::unwrap_used)] // a test helper: a model that does not bind is a failed test
fn bound(model: &Model) -> Tagger<'_> {
    model.with_rules(&AnalysisRules).unwrap()
}

#[test]
fn training_on_a_small_slice_learns() {
    let sentences = read_sentences(SLICE);
    assert_eq!(sentences.len(), 400);
    let model = small_model();
    let seen = evaluate(&bound(&model), &sentences[..300]);
    let unseen = evaluate(&bound(&model), &sentences[300..]);
    assert!(seen.all.f1() > 0.85, "F1 on the training slice: {seen}");
    // 300 sentences are little data; it must still beat chance clearly on sentences it has not seen.
    assert!(unseen.all.f1() > 0.35, "F1 on held-out sentences: {unseen}");
}

#[test]
fn training_is_deterministic_and_the_file_round_trips() {
    let a = small_model();
    let b = small_model();
    let bytes = a.to_bytes();
    assert_eq!(bytes, b.to_bytes());
    let loaded = Model::from_bytes(&bytes, "test").unwrap();
    let sentences = read_sentences(SLICE);
    for s in &sentences[300..] {
        assert_eq!(
            bound(&a).tag(&s.token_strs()),
            bound(&loaded).tag(&s.token_strs())
        );
    }
}

#[test]
fn a_model_refuses_rules_other_than_those_it_was_trained_with() {
    let model = small_model();
    let Err(err) = model.with_rules(&NoRules) else {
        panic!("a model trained with the analysis rules must refuse other rule marks");
    };
    assert!(matches!(err, TaggerError::FeatureMismatch { .. }));
    assert!(err.to_string().contains("retrain"), "{err}");
}

#[test]
fn a_bad_model_file_is_a_clear_error() {
    let bytes = small_model().to_bytes();
    assert!(matches!(
        Model::from_bytes(b"not a model at all", "x"),
        Err(TaggerError::BadMagic(_))
    ));
    let cut = Model::from_bytes(&bytes[..bytes.len() / 2], "cut.bin");
    let Err(err @ TaggerError::Corrupt { .. }) = cut else {
        panic!("a truncated model must be refused");
    };
    assert!(err.to_string().contains("cut.bin"));
    let mut other_version = bytes.clone();
    other_version[8] = 99;
    assert!(matches!(
        Model::from_bytes(&other_version, "x"),
        Err(TaggerError::Version { found: 99, .. })
    ));
}

/// Tags each line of the sample article and returns the entities found, as text.
fn sample_entities(model: &Model) -> Vec<(String, EntityLabel)> {
    let text = include_str!("../../../assets/sample-article.txt");
    let mut found = Vec::new();
    for line in text.lines() {
        let tokens: Vec<&str> = tokenize(line).into_iter().map(|t| t.text(line)).collect();
        let tags = bound(model).tag(&tokens);
        for (range, label) in entity_ranges(&tags) {
            found.push((tokens[range].join(" "), label));
        }
    }
    found
}

#[test]
fn the_shipped_model_tags_the_sample_articles_known_names() {
    let model = Model::bundled().unwrap();
    assert!(
        model
            .notice
            .contains("ANERcorp, Benajiba et al. 2007; CAMeL Lab split, CC BY-SA 4.0")
    );
    let found = sample_entities(model);
    let has = |name: &str, label| found.iter().any(|(n, l)| n == name && *l == label);
    for name in ["سيرجي لافروف", "لافروف", "دونالد ترامب"] {
        assert!(
            has(name, EntityLabel::Per),
            "{name} not found as PER in {found:?}"
        );
    }
    for name in ["روسيا", "واشنطن", "الولايات المتحدة", "أوروبا", "موسكو"]
    {
        assert!(
            has(name, EntityLabel::Loc),
            "{name} not found as LOC in {found:?}"
        );
    }
}

#[test]
fn tag_keeps_tokens_and_blank_lines_aligned() {
    let model = small_model();
    // A token with a space (ANERcorp has one), a line without a tag column, CRLF and repeated blank lines.
    let input = "قال O\r\n. Oالإصابة O\nلافروف B-PERS\n\n\nفي\nموسكو B-LOC\n";
    let mut out = Vec::new();
    write_tagged(&bound(&model), input, &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    let expected_tokens = ["قال", ". Oالإصابة", "لافروف", "", "", "في", "موسكو"];
    assert_eq!(lines.len(), expected_tokens.len(), "{out}");
    for (line, token) in lines.iter().zip(expected_tokens) {
        if token.is_empty() {
            assert!(line.is_empty());
        } else {
            let (got, tag) = line.rsplit_once(' ').unwrap();
            assert_eq!(got, token);
            assert!(Tag::parse(tag).is_some(), "bad tag in {line}");
            assert!(
                !tag.ends_with("-PER"),
                "persons keep the input's PERS spelling"
            );
        }
    }
}

/// Sentences a user corrected (invented names, written for this test), as `sahifa export --format conll` writes.
const CORRECTED: &str = "قال O\nزرنوق B-PER\nالحلفاوي I-PER\nإن O\nالعمل O\nبدأ O\n. O\n\n\
وزار O\nزرنوق B-PER\nمصنع O\nشركة B-ORG\nدندرة I-ORG\n. O\n\n\
وأعلنت O\nشركة B-ORG\nدندرة I-ORG\nعن O\nمنتج O\nجديد O\n. O\n\n\
وأكد O\nالحلفاوي B-PER\nأن O\nالمنتج O\nناجح O\n. O\n";

#[test]
fn extra_corrected_sentences_shift_the_tagger_towards_them() {
    use sahifa_core::tagger::train::with_extra;
    let base = read_sentences(SLICE);
    let extra = read_sentences(CORRECTED);
    assert_eq!(extra.len(), 4);
    let opts = TrainOptions {
        epochs: 3,
        bits: 14,
        o_penalty: 0.0,
        label_bias: [0.0; 4],
        ensemble: 1,
        document_stage: false,
        ..TrainOptions::default()
    };
    let plain = train(&base[..150], &opts, &AnalysisRules, |_, _| {});
    let with = train(
        &with_extra(&base[..150], &extra, 3),
        &opts,
        &AnalysisRules,
        |_, _| {},
    );
    let before = evaluate(&bound(&plain), &extra).all.f1();
    let after = evaluate(&bound(&with), &extra).all.f1();
    eprintln!("F1 on the corrected sentences: {before:.2} without, {after:.2} with");
    assert!(
        after > before && after >= 0.5,
        "F1 on the corrected sentences: {before:.2} without them, {after:.2} with them"
    );
}

#[test]
fn the_analysis_uses_a_users_model_and_says_when_it_cannot() {
    use sahifa_core::analysis::{Options, analyze_with};
    use std::sync::Arc;
    let base = read_sentences(SLICE);
    let opts = TrainOptions {
        epochs: 2,
        bits: 14,
        ensemble: 1,
        document_stage: false,
        ..TrainOptions::default()
    };
    let doc = sahifa_core::load::sample();
    let fits = train(&base[..80], &opts, &AnalysisRules, |_, _| {});
    let analysis = analyze_with(
        &doc,
        &Options {
            model: Some(Arc::new(fits)),
        },
    );
    assert!(analysis.warnings.is_empty(), "{:?}", analysis.warnings);
    assert!(!analysis.mentions.is_empty());
    // A model trained with other rule marks (other word lists) is refused, and the analysis says so.
    let other = train(&base[..80], &opts, &NoRules, |_, _| {});
    let analysis = analyze_with(
        &doc,
        &Options {
            model: Some(Arc::new(other)),
        },
    );
    assert_eq!(analysis.warnings.len(), 1);
    assert_eq!(
        analysis.warnings[0].problem(),
        sahifa_core::analysis::ModelProblem::OtherLists,
        "{:?}",
        analysis.warnings
    );
    assert!(matches!(
        analysis.warnings[0],
        sahifa_core::analysis::Warning::ChosenModelNotUsed { .. }
    ));
    assert!(analysis.warnings[0].to_string().contains("retrain"));
}
