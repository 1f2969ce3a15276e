//! influence/: the people and organisations a post names.

pub mod untagged_stakeholder;
