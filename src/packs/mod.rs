//! The built-in French and English packs (lexicons, phrases, patterns), compiled once per
//! [`crate::Checker`] into matchers.

use crate::Error;
use crate::profile::Profile;

/// The packs and the profile's terminology, compiled for matching.
#[derive(Debug, Clone, Default)]
pub struct Packs {}

impl Packs {
    pub fn build(_profile: &Profile) -> Result<Packs, Error> {
        Ok(Packs {})
    }
}
