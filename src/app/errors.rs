//! The loader's errors in the interface's language: each [`LoadErrorKind`] has a catalog message, and the details
//! (the file, sizes, the byte offset) go in as its arguments.

use super::i18n::{tr, tr_args};
use super::worker::JobError;
use crate::analysis::{ModelProblem, Warning};
use crate::load::{BinaryReason, Format, LoadError, LoadErrorKind, MAX_FILE_BYTES, MAX_NESTING};
use fluent_bundle::FluentValue;

/// What the banner says about a job that failed.
pub fn job_error_message(error: &JobError) -> String {
    match error {
        JobError::Load(e) => load_error_message(e),
        JobError::Stopped => tr("error-loading-thread"),
    }
}

/// A warning of the analysis in the current language (its English detail goes on the label's hover).
pub fn warning_message(warning: &Warning) -> String {
    let problem = match warning.problem() {
        ModelProblem::Unreadable => tr("model-problem-unreadable"),
        ModelProblem::NotAModel => tr("model-problem-not-a-model"),
        ModelProblem::Version => tr("model-problem-version"),
        ModelProblem::OtherLists => tr("model-problem-other-lists"),
        ModelProblem::Corrupt => tr("model-problem-corrupt"),
    };
    let problem = [("problem", FluentValue::from(problem))];
    match warning {
        Warning::TaggerOff { .. } => tr_args("warning-tagger-off", &problem),
        Warning::ChosenModelNotUsed { .. } => tr_args("warning-chosen-model-not-used", &problem),
        Warning::ChosenModelUnreadable { .. } => {
            tr_args("warning-chosen-model-unreadable", &problem)
        }
    }
}

/// A load error in the current language.
pub fn load_error_message(error: &LoadError) -> String {
    let subject = error.subject();
    let path = || ("path", FluentValue::from(subject.as_str()));
    match (error.kind(), error) {
        (LoadErrorKind::NotFound, _) => tr_args("error-load-not-found", &[path()]),
        (LoadErrorKind::Unreadable, LoadError::Unreadable { source, .. }) => tr_args(
            "error-load-unreadable",
            &[path(), ("error", source.to_string().into())],
        ),
        (LoadErrorKind::NotAFile, _) => tr_args("error-load-not-a-file", &[path()]),
        (LoadErrorKind::TooLarge, LoadError::TooLarge { size, .. }) => tr_args(
            "error-load-too-large",
            &[
                path(),
                ("size", size.to_string().into()),
                ("limit", (MAX_FILE_BYTES / (1024 * 1024)).to_string().into()),
            ],
        ),
        (LoadErrorKind::Empty, _) => tr_args("error-load-empty", &[path()]),
        (LoadErrorKind::Binary, LoadError::Binary { reason, .. }) => {
            let reason = match reason {
                BinaryReason::NulBytes => tr("error-binary-nul"),
                BinaryReason::ControlCharacters => tr("error-binary-control"),
            };
            tr_args("error-load-binary", &[path(), ("reason", reason.into())])
        }
        (
            LoadErrorKind::Undecodable,
            LoadError::Undecodable {
                encoding, offset, ..
            },
        ) => tr_args(
            "error-load-undecodable",
            &[
                path(),
                ("encoding", (*encoding).into()),
                ("offset", offset.to_string().into()),
            ],
        ),
        (LoadErrorKind::TooDeep, LoadError::TooDeep { format, .. }) => {
            let what = if *format == Format::Html {
                tr("error-nesting-html")
            } else {
                tr("error-nesting-markdown")
            };
            tr_args(
                "error-load-too-deep",
                &[
                    path(),
                    ("what", what.into()),
                    ("depth", MAX_NESTING.to_string().into()),
                ],
            )
        }
        // The kind always matches its variant; the English text is a safe answer should they ever part.
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::{Language, set_language};

    #[test]
    fn a_binary_file_is_named_in_arabic_with_its_path() {
        let Err(e) = crate::load::load_bytes("/tmp/صورة.bin", b"\x00\x01\x02abc", None) else {
            panic!("binary data must not load");
        };
        set_language(Language::Arabic);
        let ar = load_error_message(&e);
        set_language(Language::English);
        let en = load_error_message(&e);
        assert!(ar.contains("/tmp/صورة.bin") && ar.contains("ثنائي"), "{ar}");
        assert!(en.contains("binary"), "{en}");
        let Err(e) = crate::load::load_bytes("a.txt", b"\xef\xbb\xbfab\xff\xfe", None) else {
            panic!("broken UTF-8 after a BOM must not load");
        };
        let LoadError::Undecodable { offset, .. } = e else {
            panic!("{e:?}");
        };
        set_language(Language::Arabic);
        let ar = load_error_message(&e);
        assert!(
            ar.contains("UTF-8") && ar.contains(&offset.to_string()),
            "the byte offset stays: {ar}"
        );
    }

    #[test]
    fn a_tagger_warning_is_said_in_the_interface_language() {
        let warning = Warning::ChosenModelNotUsed {
            problem: ModelProblem::OtherLists,
            detail: "tagger model: the model was trained with other features or word lists"
                .to_owned(),
        };
        set_language(Language::Arabic);
        let ar = warning_message(&warning);
        set_language(Language::English);
        let en = warning_message(&warning);
        assert!(ar.contains("النموذج") || ar.contains("نموذج"), "{ar}");
        assert!(
            ar.contains("sahifa train"),
            "the command to run stays: {ar}"
        );
        assert!(
            !ar.contains("trained with other"),
            "no English sentence in the Arabic interface: {ar}"
        );
        assert!(en.contains("retrain"), "{en}");
        // Every kind has its own message in both languages.
        for problem in [
            ModelProblem::Unreadable,
            ModelProblem::NotAModel,
            ModelProblem::Version,
            ModelProblem::OtherLists,
            ModelProblem::Corrupt,
        ] {
            for warning in [
                Warning::TaggerOff {
                    problem,
                    detail: String::new(),
                },
                Warning::ChosenModelNotUsed {
                    problem,
                    detail: String::new(),
                },
                Warning::ChosenModelUnreadable {
                    problem,
                    detail: String::new(),
                },
            ] {
                for language in Language::ALL {
                    set_language(language);
                    let text = warning_message(&warning);
                    assert!(
                        !text.contains("warning-") && !text.contains("model-problem-"),
                        "{text}"
                    );
                }
            }
        }
    }
}
