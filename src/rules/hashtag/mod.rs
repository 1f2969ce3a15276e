//! hashtag/: hollow, autopilot, too many, badly cased, repeated, banned and missing tags. Each
//! rule reads the analysis computed once per check ([`crate::hashtags::Analysis`]).

pub mod autopilot;
pub mod banned;
pub mod casing;
pub mod duplicate;
pub mod hollow;
pub mod missing_required;
pub mod too_many;

use super::Context;
use crate::report::Fix;
use crate::text::Span;

/// A fix that removes the tag at `span` and the space before it.
pub(crate) fn remove_fix(cx: &Context<'_>, span: &Span) -> Fix {
    Fix {
        label: cx.tr("fix.remove", &[]),
        replacement: String::new(),
        span: crate::hashtags::removal_span(cx.text(), span),
        safe: false,
    }
}
