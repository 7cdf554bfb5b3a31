//! CoNLL files as ANERcorp writes them: one `TOKEN TAG` per line, split at the last space (a token may contain
//! a space), a blank line between sentences. A line `# key = value` is a comment (Sahifa's export writes its quote
//! layer so); comments are kept when a file is tagged and ignored when it is read.

use super::Tag;
use super::docfeat::WINDOW;
use super::model::Tagger;
use std::io::Write;

/// One line of a CoNLL file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line<'a> {
    /// A blank line: the end of a sentence.
    Blank,
    /// A `# key = value` comment line.
    Comment(&'a str),
    /// A token and its tag column (`None` when the line has no space).
    Token {
        token: &'a str,
        tag: Option<&'a str>,
    },
}

/// Splits a CoNLL text into lines (a trailing `\r` is dropped). The tag is after the last tab when the line has one
/// (tab-separated CoNLL), else after the last space (ANERcorp: a token may contain a space).
pub fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    text.lines().map(|line| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            Line::Blank
        } else if line.starts_with("# ") && line.contains(" = ") {
            Line::Comment(line)
        } else {
            match line.rsplit_once('\t').or_else(|| line.rsplit_once(' ')) {
                Some((token, tag)) if !token.is_empty() => Line::Token {
                    token,
                    tag: Some(tag),
                },
                _ => Line::Token {
                    token: line,
                    tag: None,
                },
            }
        }
    })
}

/// A sentence with gold tags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<Tag>,
}

impl Sentence {
    /// The tokens as string slices.
    pub fn token_strs(&self) -> Vec<&str> {
        self.tokens.iter().map(String::as_str).collect()
    }
}

/// Reads tagged sentences. A missing or unknown tag reads as `O`; an `I-X` that does not continue an `X` is read
/// as `B-X` (the same entity under CoNLL scoring, and a sequence the BIO decoder can produce).
pub fn read_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence {
        tokens: Vec::new(),
        tags: Vec::new(),
    };
    for line in lines(text) {
        match line {
            Line::Blank => {
                if !cur.tokens.is_empty() {
                    out.push(std::mem::replace(
                        &mut cur,
                        Sentence {
                            tokens: Vec::new(),
                            tags: Vec::new(),
                        },
                    ));
                }
            }
            Line::Comment(_) => {}
            Line::Token { token, tag } => {
                let mut tag = tag.and_then(Tag::parse).unwrap_or(Tag::O);
                if let Tag::I(label) = tag
                    && !tag.may_follow(cur.tags.last().copied())
                {
                    tag = Tag::B(label);
                }
                cur.tokens.push(token.to_owned());
                cur.tags.push(tag);
            }
        }
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    out
}

/// Tags every sentence of a CoNLL text and writes `TOKEN TAG` lines for the same tokens, blank lines kept.
/// Sentences are tagged in documents of [`WINDOW`] sentences (CoNLL files do not mark articles). Persons are
/// spelled as the input spells them (`PERS` as in ANERcorp unless the input uses `PER`).
pub fn write_tagged(tagger: &Tagger<'_>, text: &str, out: &mut impl Write) -> std::io::Result<()> {
    let pers = !text.contains("-PER\n") && !text.contains("-PER\r") && !text.ends_with("-PER");
    let lines: Vec<Line<'_>> = lines(text).collect();
    let mut sentences: Vec<Vec<&str>> = Vec::new();
    let mut cur = Vec::new();
    for line in &lines {
        match *line {
            Line::Blank if !cur.is_empty() => sentences.push(std::mem::take(&mut cur)),
            Line::Blank | Line::Comment(_) => {}
            Line::Token { token, .. } => cur.push(token),
        }
    }
    if !cur.is_empty() {
        sentences.push(cur);
    }
    let tags: Vec<Tag> = sentences
        .chunks(WINDOW)
        .flat_map(|doc| tagger.tag_document(doc))
        .flatten()
        .collect();
    let mut tags = tags.into_iter();
    for line in lines {
        match line {
            Line::Blank => writeln!(out)?,
            Line::Comment(c) => writeln!(out, "{c}")?,
            Line::Token { token, .. } => {
                let tag = tags.next().unwrap_or(Tag::O);
                writeln!(out, "{token} {}", tag.conll(pers))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn tab_separated_columns_are_split_at_the_tab() {
        let lines: Vec<Line<'_>> = lines("قال\tO\nسامي منصور\tB-PERS\n").collect();
        assert_eq!(
            lines,
            vec![
                Line::Token {
                    token: "قال",
                    tag: Some("O")
                },
                Line::Token {
                    token: "سامي منصور",
                    tag: Some("B-PERS")
                }
            ]
        );
    }

    use super::*;
    use sahifa_text::EntityLabel::{Loc, Per};

    #[test]
    fn splits_at_the_last_space_and_repairs_stray_inside_tags() {
        let text = "فرانكفورت B-LOC\n. Oالإصابة O\n\n\nإيتو I-PERS\nقال\r\n";
        let s = read_sentences(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, vec!["فرانكفورت", ". Oالإصابة"]);
        assert_eq!(s[0].tags, vec![Tag::B(Loc), Tag::O]);
        assert_eq!(s[1].tokens, vec!["إيتو", "قال"]);
        assert_eq!(s[1].tags, vec![Tag::B(Per), Tag::O]);
    }
}
