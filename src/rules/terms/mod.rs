//! terms/: the brand's terminology (words to avoid, preferred words, spellings).

pub mod avoid;
pub mod prefer;
pub mod spelling;
