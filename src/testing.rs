//! Helpers for unit tests.

use crate::{CheckOptions, Checker, CheckerOptions, Platform, Report};

/// Checks `text` for `platform` with default options.
pub fn check_with(text: &str, platform: Platform) -> Report {
    let checker = Checker::new(CheckerOptions { platform: Some(platform), ..Default::default() })
        .expect("default options are valid");
    checker.check(text, &CheckOptions::default())
}
