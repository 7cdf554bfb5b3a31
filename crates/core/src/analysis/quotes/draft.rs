//! What the passes hand each other: the paired quotation marks ([`Marked`], from the marks pass), draft statements
//! with their speaker as the clause gives it ([`Draft`], [`Who`]) and the candidates before overlaps are resolved
//! ([`Candidates`]). Plain data: no pass logic lives here.

use crate::analysis::QuoteKind;
use crate::span::Span;

/// A pair of quotation marks (or an unclosed opener) and what the finders decided about it.
#[derive(Clone, Debug)]
pub(crate) struct Marked {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quote runs to the end of its paragraph.
    pub close: Option<Span>,
    /// Between the marks, whitespace trimmed.
    pub content: Span,
    pub block: usize,
    /// A statement, not a name or term in marks.
    pub statement: bool,
    /// Taken into a reported statement that contains it.
    pub absorbed: bool,
    /// Cue and speaker given by a reporting clause that leads into the quote.
    pub linked: Option<(Span, Who)>,
}

impl Marked {
    /// Where the quote ends: after its closing mark, or at the end of its content when unclosed.
    pub fn end(&self) -> usize {
        self.close.map_or(self.content.end, |c| c.end)
    }
}

/// Who a draft statement is attributed to, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Who {
    /// A name in the clause (a mention or a run of name tokens), with the title words stripped before it.
    Named {
        span: Span,
        entity: Option<usize>,
        title: Vec<String>,
    },
    /// A title without a name ("الوزير", "مدرب الهلال"): normalised title words. `headline`: a headline's
    /// "وزير المالية:" stays as written when the article never names the holder.
    Title {
        words: Vec<String>,
        span: Span,
        headline: bool,
    },
    /// A definite noun standing for a named organisation ("الوزارة", "المجلس").
    Definite { word: String, span: Span },
    /// A pronoun or implicit subject: the most recent speaker.
    Implicit,
    /// An honorific pronoun ("سموه", "معاليه"): the most recent speaker who is a person.
    Honorific,
    /// No speaker can be known (a quote in marks with no cue or name around it): the most recent speaker.
    Unknown,
}

/// A statement found by one of the finders, before speakers are resolved.
#[derive(Clone, Debug)]
pub(crate) struct Draft {
    pub kind: QuoteKind,
    pub span: Span,
    pub cue: Option<Span>,
    pub who: Who,
    /// Higher wins an overlap: [`Draft::HEADLINE`], [`Draft::IN_MARKS`], [`Draft::REPORTED`].
    pub priority: u8,
}

impl Draft {
    /// The priority of a headline's "Speaker: statement": it wins over a quote or report it overlaps.
    pub const HEADLINE: u8 = 2;
    /// The priority of a quote in marks: more certain than reported speech around it.
    pub const IN_MARKS: u8 = 1;
    /// The priority of reported speech (a reporting verb or an attribution).
    pub const REPORTED: u8 = 0;
}

/// What the candidates pass gives the select pass: statements in the body (reported, attributed, in marks) in the
/// order they were found, and headline statements, which may still give their speaker to a quote inside them.
pub(crate) struct Candidates {
    pub body: Vec<Draft>,
    pub headlines: Vec<Draft>,
}
