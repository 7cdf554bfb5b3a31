//! Sahifa's text layer, below everything else: byte [`span::Span`]s into the logical text, the one Arabic
//! normaliser ([`normalize`]), the one tokeniser ([`tokens`]) and the entity labels ([`label`]) that the analysis,
//! the tagger and the exports share. No GUI, no I/O.

pub mod direction;
pub mod label;
pub mod normalize;
pub mod span;
pub mod tokens;

pub use label::EntityLabel;
pub use span::Span;
