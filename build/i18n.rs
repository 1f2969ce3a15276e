//! The two locales, as `src/i18n.rs` names them, for the library files build.rs includes.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    Fr,
    En,
}
