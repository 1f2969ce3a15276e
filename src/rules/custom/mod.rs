//! custom/: the profile's own pattern rules, reported as `custom/<id>`.

pub mod pattern;
