//! Tokens with byte offsets into the original text: Arabic words, Latin words, numbers, punctuation.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Arabic-script letters (with their diacritics).
    Arabic,
    /// Latin (or other non-Arabic) letters.
    Latin,
    /// Digits of any script, with inner separators ("1,000", "٣.٥", "2015").
    Number,
    /// One punctuation or symbol char.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.get(text).unwrap_or("")
    }
}

pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06FA}'..='\u{06FC}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && !matches!(c, '\u{0640}' | '\u{FEFF}')
}

fn class(c: char) -> Option<TokenKind> {
    if is_arabic_letter(c)
        || super::normalize::is_ignorable(c) && c != '\u{200F}' && c != '\u{200E}'
    {
        Some(TokenKind::Arabic)
    } else if c.is_numeric() {
        Some(TokenKind::Number)
    } else if c.is_alphabetic() {
        Some(TokenKind::Latin)
    } else if c.is_whitespace() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{FEFF}') {
        None
    } else {
        Some(TokenKind::Punct)
    }
}

/// Splits `text` into tokens (whitespace dropped). Diacritics and tatweel stay inside their word.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let Some(kind) = class(c) else { continue };
        let mut end = i + c.len_utf8();
        if kind != TokenKind::Punct {
            while let Some(&(j, d)) = chars.peek() {
                let same = class(d) == Some(kind)
                    || (kind == TokenKind::Latin && d.is_numeric())
                    || (kind == TokenKind::Number
                        && matches!(d, ',' | '.' | '٫' | '٬')
                        && text[j + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_numeric));
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        out.push(Token {
            span: Span::new(i, end),
            kind,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.text(text), t.kind))
            .collect()
    }

    #[test]
    fn splits_arabic_latin_numbers_and_punctuation() {
        use TokenKind::{Arabic, Latin, Number, Punct};
        assert_eq!(
            words("قال «لافروف» إن COVID-19 كلف 1,500.5 مليون، في ٢٠١٥."),
            vec![
                ("قال", Arabic),
                ("«", Punct),
                ("لافروف", Arabic),
                ("»", Punct),
                ("إن", Arabic),
                ("COVID", Latin),
                ("-", Punct),
                ("19", Number),
                ("كلف", Arabic),
                ("1,500.5", Number),
                ("مليون", Arabic),
                ("،", Punct),
                ("في", Arabic),
                ("٢٠١٥", Number),
                (".", Punct),
            ]
        );
    }

    #[test]
    fn diacritics_and_tatweel_stay_in_the_word() {
        assert_eq!(
            words("مشددًا الســلام"),
            vec![("مشددًا", TokenKind::Arabic), ("الســلام", TokenKind::Arabic)]
        );
    }
}
