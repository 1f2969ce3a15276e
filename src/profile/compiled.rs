//! A profile made ready for checking: settings resolved for one platform, patterns compiled.

use super::{Profile, Voice};
use crate::Error;
use crate::platform::Platform;

/// What the rules read from the profile, resolved for the checker's platform.
#[derive(Debug, Clone, Default)]
pub struct CompiledProfile {
    /// The voice settings, with the platform's overrides applied.
    pub voice: Voice,
}

impl CompiledProfile {
    pub fn build(profile: &Profile, platform: Platform) -> Result<CompiledProfile, Error> {
        let mut voice = profile.voice.clone();
        if let Some(over) = profile.platforms.get(platform.id()) {
            voice = voice.merged(&over.voice);
        }
        Ok(CompiledProfile { voice })
    }
}
