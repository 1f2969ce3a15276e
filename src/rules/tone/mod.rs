//! tone/: the brand's voice (jargon, stock phrases, puffery, capitals, exclamation marks,
//! emoji, tu/vous, passive voice, hedges, prohibitions).

pub mod emoji;
pub mod exclamation;
pub mod filler;
pub mod formality;
pub mod hedging;
pub mod institutional;
pub mod jargon;
pub mod off_voice;
pub mod passive;
pub mod prohibitions;
pub mod shouting;
pub mod superlative;

pub(crate) mod agree;
pub(crate) mod context;
pub(crate) mod keyed_words;
pub(crate) mod lexicon;
pub(crate) mod scoped;
