//! Named-entity recognition: gazetteers, rules and the tagger, merged, then clustered per document.
//!
//! Each [`Recognise`] implementation proposes [`Candidate`]s over the document's words; [`merge::merge`] keeps
//! one non-overlapping set under a single policy; [`cluster`] spreads names to their other mentions in the
//! document and groups mentions into entities.

/// Aliases in parentheses and quoted names after head words.
pub mod aliases;
/// Conjunction and preposition clitics before a name.
pub mod clitics;
/// Document-level spread and clustering into entities.
pub mod cluster;
/// The newspaper or agency in an article's dateline.
pub mod dateline;
/// Two names after one head in the dual.
pub mod dual;
/// Organisation and place head-word rules.
pub mod heads;
/// The bundled word lists.
pub mod lexicon;
/// The one merge policy.
pub mod merge;
/// Movements named for the place they would free.
pub mod movement;
/// Person rules (titles, given names).
pub mod names;
/// The list matcher and shared rule helpers.
pub mod rules;
pub mod stacking;
/// The seam for statistical taggers.
pub mod tagged;

use super::normalize::normalize;
use super::tokens::{TokenKind, tokenize};
use super::{Entity, EntityLabel, Mention, Recogniser};
use crate::document::Document;
use crate::span::Span;
use clitics::Stem;
use lexicon::Lexicon;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::Arc;

/// What a token's letters say wherever it stands: its normalised form, its clitic readings, whether it is a stop
/// word. Every occurrence of one spelling shares one (a long article repeats its words: a reading per token was
/// most of the analysis's memory).
#[derive(Debug, PartialEq, Eq)]
pub struct Reading {
    /// The normalised token.
    pub key: String,
    /// Readings without clitics (the first is the word itself); only for Arabic words.
    pub stems: Vec<Stem>,
    /// True for stop words (computed once: every rule asks).
    pub stop: bool,
}

/// One token of the document: where it stands, and (through `Deref`) its shared [`Reading`].
#[derive(Clone, Debug)]
pub struct Word {
    /// The token's bytes in the text.
    pub span: Span,
    /// Arabic, Latin, number or punctuation.
    pub kind: TokenKind,
    /// True when the next word follows on the same line with only spaces between.
    pub joined_to_next: bool,
    reading: Arc<Reading>,
}

impl std::ops::Deref for Word {
    type Target = Reading;

    fn deref(&self) -> &Reading {
        &self.reading
    }
}

impl Word {
    /// True for words that can be part of a name (Arabic or Latin letters).
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Arabic | TokenKind::Latin)
    }
}

/// Texts longer than this are tokenised in pieces of about this size, in parallel.
const PIECE_BYTES: usize = 256 * 1024;

/// Byte ranges covering `text`, each ending just after a line break found at or after [`PIECE_BYTES`] into it
/// (or at the end of the text).
fn pieces(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = text
            .as_bytes()
            .get(start + PIECE_BYTES..)
            .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
            .map_or(text.len(), |k| start + PIECE_BYTES + k + 1);
        out.push(start..end);
        start = end;
    }
    out
}

/// The reading of a token spelled `raw`.
fn reading(raw: &str, kind: TokenKind, lexicon: &Lexicon) -> Reading {
    let key = normalize(raw);
    let mut stems = if kind == TokenKind::Arabic {
        clitics::stems(raw, &key)
    } else {
        vec![Stem {
            skip: 0,
            key: key.clone(),
            phrases: 0,
        }]
    };
    for s in &mut stems {
        s.phrases = u8::try_from(lexicon.table.max_words(&s.key)).unwrap_or(u8::MAX);
    }
    let stop = lexicon.is_stop(raw, &key);
    Reading { key, stems, stop }
}

/// The words of `text`, one [`Reading`] per spelling shared by its tokens. A long text is tokenised in pieces
/// ending at line breaks (no token crosses one) and its spellings read on all cores; a sentence or a short article
/// on the calling thread.
fn read_words(text: &str, lexicon: &Lexicon) -> Vec<Word> {
    use rayon::prelude::*;
    let tokenise = |piece: std::ops::Range<usize>| {
        let offset = piece.start;
        let mut tokens = tokenize(text.get(piece).unwrap_or_default());
        for t in &mut tokens {
            t.span = t.span.offset(offset);
        }
        tokens
    };
    let pieces = pieces(text);
    let parallel = pieces.len() > 1;
    let tokens: Vec<Vec<sahifa_text::tokens::Token>> = if parallel {
        pieces.into_par_iter().map(tokenise).collect()
    } else {
        pieces.into_iter().map(tokenise).collect()
    };
    // Each spelling once, numbered in order of appearance.
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut spellings: Vec<(&str, TokenKind)> = Vec::new();
    let mut of_token: Vec<u32> = Vec::with_capacity(tokens.iter().map(Vec::len).sum());
    for t in tokens.iter().flatten() {
        let raw = t.text(text);
        let id = *ids.entry(raw).or_insert_with(|| {
            spellings.push((raw, t.kind));
            u32::try_from(spellings.len() - 1).unwrap_or(u32::MAX)
        });
        of_token.push(id);
    }
    drop(ids);
    let read = |&(raw, kind): &(&str, TokenKind)| Arc::new(reading(raw, kind, lexicon));
    let readings: Vec<Arc<Reading>> = if parallel {
        spellings.par_iter().map(read).collect()
    } else {
        spellings.iter().map(read).collect()
    };
    tokens
        .into_iter()
        .flatten()
        .zip(of_token)
        .filter_map(|(t, id)| {
            Some(Word {
                span: t.span,
                kind: t.kind,
                joined_to_next: false,
                reading: readings.get(id as usize)?.clone(),
            })
        })
        .collect()
}

/// What every recogniser reads: the text, its words and the bundled lists.
pub struct Context<'a> {
    /// The document text.
    pub text: &'a str,
    /// Every token, in order (borrowed from a larger context for one sentence: [`Context::part`]).
    pub words: Cow<'a, [Word]>,
    /// The bundled lists.
    pub lexicon: &'a Lexicon,
    /// The definite forms of the words the whole text also writes with a preposition fused before the article
    /// ("بالمرأة", "للوطن" give "المرأة", "الوطن"): common nouns, which a name rarely is ([`Context::is_common_noun`]).
    prepositional: Arc<rustc_hash::FxHashSet<String>>,
    /// True when the text writes the preposition "على" as "علي" (never "على" with its alef maqsura, "علي" twice or
    /// more), as much Egyptian print does: "علي" before a frequent word is then the preposition.
    pub ali_for_ala: bool,
}

/// True when the words write "على" as "علي": no "على" ("وعلى", "فعلى") and "علي" ("وعلي") twice or more.
fn writes_ali_for_ala(text: &str, words: &[Word]) -> bool {
    let mut ala = 0usize;
    let mut ali = 0usize;
    for w in words {
        let raw = w.span.get(text).unwrap_or("");
        let raw = raw.strip_prefix(['و', 'ف']).unwrap_or(raw);
        match raw {
            "على" => ala += 1,
            "علي" => ali += 1,
            _ => {}
        }
    }
    ala == 0 && ali >= 2
}

/// The definite forms ("ال" + stem of three letters or more) of the words written with "ب", "ك" or a fused "لل"
/// before the article, after an optional "و"/"ف" ("وبالمرأة" -> "المرأة").
fn prepositional_definites(words: &[Word]) -> rustc_hash::FxHashSet<String> {
    let mut out = rustc_hash::FxHashSet::default();
    for w in words {
        let k = w.key.as_str();
        let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
        let stem = k
            .strip_prefix("بال")
            .or_else(|| k.strip_prefix("كال"))
            .or_else(|| k.strip_prefix("لل"));
        if let Some(stem) = stem.filter(|s| s.chars().count() >= 3) {
            out.insert(format!("ال{stem}"));
        }
    }
    out
}

impl<'a> Context<'a> {
    /// Tokenises `text` and prepares each word's readings.
    pub fn new(text: &'a str, lexicon: &'a Lexicon) -> Self {
        let mut words = read_words(text, lexicon);
        for i in 1..words.len() {
            let (Some(a), Some(b)) = (words.get(i - 1), words.get(i)) else {
                continue;
            };
            let joined = text
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '\u{a0}'));
            if let Some(a) = words.get_mut(i - 1) {
                a.joined_to_next = joined;
            }
        }
        let prepositional = Arc::new(prepositional_definites(&words));
        let ali_for_ala = writes_ali_for_ala(text, &words);
        Self {
            text,
            words: Cow::Owned(words),
            lexicon,
            prepositional,
            ali_for_ala,
        }
    }

    /// True when the text also writes the definite word `key` (normalised) with a preposition fused before its
    /// article ("بالوطن"): a common noun, not a family name.
    pub fn is_common_noun(&self, key: &str) -> bool {
        key.starts_with("ال") && self.prepositional.contains(key)
    }

    /// The words `range` of this context read as a text of their own (a sentence, for the tagger's rule marks):
    /// nothing before or after them is seen; the words, their readings and spans are shared, not read again.
    pub fn part(&self, range: std::ops::Range<usize>) -> Context<'_> {
        Context {
            text: self.text,
            words: Cow::Borrowed(self.words.get(range).unwrap_or_default()),
            lexicon: self.lexicon,
            prepositional: Arc::clone(&self.prepositional),
            ali_for_ala: self.ali_for_ala,
        }
    }

    /// The raw text of word `i`.
    pub fn raw(&self, i: usize) -> &'a str {
        self.words
            .get(i)
            .and_then(|w| w.span.get(self.text))
            .unwrap_or("")
    }

    /// The key of word `i + k` when the words `i..=i + k` form one run of adjacent words on one line.
    pub fn next_key(&self, i: usize, k: usize) -> Option<&str> {
        for j in i..i + k {
            let w = self.words.get(j)?;
            if !w.joined_to_next || !w.is_wordlike() {
                return None;
            }
        }
        let w = self.words.get(i + k)?;
        w.is_wordlike().then_some(w.key.as_str())
    }

    /// True when word `i` is a stop word.
    pub fn is_stop(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.stop)
    }
}

/// A proposed mention, before the merge.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The proposed mention (clitics left out).
    pub span: Span,
    /// Its type.
    pub label: EntityLabel,
    /// Which recogniser proposed it.
    pub source: Recogniser,
    /// How sure the recogniser is (0..1); breaks ties after length.
    pub confidence: f32,
    /// Breaks ties after length and confidence (higher wins).
    pub priority: u8,
}

/// A source of candidate mentions: a list matcher, a context rule, the trained tagger.
pub trait Recognise {
    /// A short name for logs and measurements.
    fn name(&self) -> &'static str;
    /// Proposes candidates over the context's words (they may overlap; the merge decides).
    fn candidates(&self, ctx: &Context<'_>) -> Vec<Candidate>;
}

/// The recognisers used by [`recognise`]. The trained tagger plugs in here as one more [`Recognise`] through
/// [`tagged::TokenTagger`] (source [`Recogniser::Tagger`]) once its model is bundled; the merge policy is the
/// same for all of them.
pub fn default_recognisers() -> Vec<Box<dyn Recognise + Send + Sync>> {
    vec![
        Box::new(rules::Gazetteer),
        Box::new(names::TitleRule),
        Box::new(names::GivenNameRule),
        Box::new(names::LineageRule),
        Box::new(names::KunyaRule),
        Box::new(names::ReportedNameRule),
        Box::new(heads::OrgHeadRule),
        Box::new(heads::PlaceOfficeRule),
        Box::new(heads::ChamberRule),
        Box::new(heads::ForcesRule),
        Box::new(heads::DepartmentRule),
        Box::new(heads::ClubRule),
        Box::new(heads::ClubPrefixRule),
        Box::new(heads::CityClubRule),
        Box::new(heads::PlaceListRule),
        Box::new(heads::CompanySuffixRule),
        Box::new(heads::TitledRoadRule),
        Box::new(heads::MissionRule),
        Box::new(heads::MinistryFieldRule),
        Box::new(heads::NeighbourhoodRule),
        Box::new(heads::LocatedDistrictRule),
        Box::new(heads::LandmarkRule),
        Box::new(heads::AmbiguousCountryRule),
        Box::new(heads::ForeignPlaceRule),
        Box::new(heads::StanPlaceRule),
        Box::new(heads::NationalCompanyRule),
        Box::new(heads::PalaceRule),
        Box::new(heads::AliasedBodyRule),
        Box::new(aliases::BracketedAcronymRule),
        Box::new(heads::FieldCompanyRule),
        Box::new(heads::ShareRule),
        Box::new(heads::PlaceHeadRule),
        Box::new(dual::DualHeadRule),
        Box::new(movement::MovementRule),
        Box::new(aliases::QuotedNameRule),
        Box::new(aliases::QuotedListRule),
        Box::new(dateline::DatelineRule),
    ]
}

/// The default recognisers plus the bundled trained tagger ([`tagged::BundledTagger`]), which fills the gaps the
/// rules leave (names no list knows). This is what [`recognise`] uses: the tagger is what finds names no list has
/// seen, which is the everyday case for a reader (its settings: [`tagged::BundledTagger::default`]).
pub fn recognisers_with_tagger() -> Vec<Box<dyn Recognise + Send + Sync>> {
    recognisers_with_model(None)
}

/// The default recognisers plus the trained tagger with a user's model (`None`: the bundled one).
pub fn recognisers_with_model(
    model: Option<std::sync::Arc<crate::tagger::Model>>,
) -> Vec<Box<dyn Recognise + Send + Sync>> {
    let mut all = default_recognisers();
    all.push(Box::new(tagged::BundledTagger {
        model,
        ..tagged::BundledTagger::default()
    }));
    all
}

/// Finds the named entities of a text with the given recognisers: mentions sorted by start, and their clusters.
pub fn recognise_with(
    text: &str,
    recognisers: &[Box<dyn Recognise + Send + Sync>],
) -> (Vec<Mention>, Vec<Entity>) {
    recognise_in(&Context::new(text, Lexicon::bundled()), recognisers)
}

/// Texts of fewer words than this are read on one thread (the tagger's rule marks run once per sentence).
const PARALLEL_WORDS: usize = 4096;

/// [`recognise_with`] on words already read.
pub fn recognise_in(
    ctx: &Context<'_>,
    recognisers: &[Box<dyn Recognise + Send + Sync>],
) -> (Vec<Mention>, Vec<Entity>) {
    use rayon::prelude::*;
    // The recognisers read the same words independently: on a long article they share the cores (the tagger also
    // tags its sentences in parallel). Their candidates are concatenated in the recognisers' order either way.
    let candidates: Vec<Candidate> = if ctx.words.len() < PARALLEL_WORDS {
        recognisers.iter().flat_map(|r| r.candidates(ctx)).collect()
    } else {
        recognisers
            .par_iter()
            .flat_map_iter(|r| r.candidates(ctx))
            .collect()
    };
    let mut merged = merge::merge(candidates);
    let aliases = aliases::parenthesised_aliases(ctx, &merged);
    if !aliases.is_empty() {
        merged.extend(aliases);
        merged = merge::merge(merged);
    }
    let merged = heads::drop_misc_nested(ctx, merged);
    let spread = heads::drop_misc_nested(ctx, cluster::spread(ctx, merged));
    cluster::cluster(ctx, spread)
}

/// Finds the named entities of a document with the lists, the rules and the trained tagger: mentions sorted by
/// start, and their clusters.
pub fn recognise(doc: &Document) -> (Vec<Mention>, Vec<Entity>) {
    recognise_with(&doc.text, &recognisers_with_tagger())
}
