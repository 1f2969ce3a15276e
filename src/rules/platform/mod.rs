//! platform/: the platforms' own rules (length, links, the "see more" cut).

pub mod too_long;
// link-not-clickable, too-many-links, hook (rule families)
pub mod hook;
pub mod link_not_clickable;
pub mod too_many_links;
