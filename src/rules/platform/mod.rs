//! platform/: the platforms' own rules (length, links, the "see more" cut).

pub mod too_long;
