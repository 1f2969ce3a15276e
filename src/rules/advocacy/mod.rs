//! advocacy/: employee posts that relay the brand's own.

pub mod copy_paste;
