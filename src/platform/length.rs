//! Counting a post's length the way each platform's composer does, and finding where it overflows.
//!
//! Every counter walks the text once in counting units: a URL or an emoji is one unit where the
//! platform counts it specially, everything else goes grapheme by grapheme. The first unit that
//! takes the count past the limit is where the composer starts highlighting the overflow.

use serde::Serialize;

use super::{LengthUnit, Platform};
use crate::entities::Entities;
use crate::text::{Document, Span};

/// twitter-text v3 (`config_v3.json`): weights are in hundredths of a character.
const X_SCALE: usize = 100;
const X_DEFAULT_WEIGHT: usize = 200;
const X_RANGES: [(u32, u32, usize); 4] =
    [(0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100)];
/// Any URL counts as a t.co link of this length on X; Mastodon counts http(s) links the same.
const SHORT_URL_LENGTH: usize = 23;
/// Bluesky's second limit, in UTF-8 bytes (app.bsky.feed.post lexicon: `maxLength: 3000`).
const BLUESKY_MAX_BYTES: usize = 3000;

/// A post's length as its platform counts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Length {
    pub used: usize,
    pub limit: usize,
    pub unit: LengthUnit,
    /// Bluesky only: the UTF-8 byte count, under its own limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<ByteLength>,
    /// Byte offset where the text starts to overflow, if it does.
    #[serde(skip)]
    pub overflow_start: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ByteLength {
    pub used: usize,
    pub limit: usize,
}

/// Measures `doc` for `platform`. `content_warning` is Mastodon's spoiler text, which counts
/// towards the same limit; other platforms ignore it.
pub fn measure(
    platform: Platform,
    doc: &Document<'_>,
    entities: &Entities,
    content_warning: &str,
) -> Length {
    let info = platform.info();
    let limit = info.limit;
    let (used, overflow_start, bytes) = match platform {
        Platform::X => {
            let units = special_units(entities, true);
            let (used, overflow) = walk(doc, &units, 0, limit * X_SCALE, |unit| match unit {
                Unit::Url | Unit::RemoteMention(_) => SHORT_URL_LENGTH * X_SCALE,
                Unit::Emoji(_) => X_DEFAULT_WEIGHT,
                Unit::Grapheme(g) => x_weight(g),
            });
            (used / X_SCALE, overflow, None)
        }
        Platform::Mastodon => {
            let text = doc.text();
            let mut units: Vec<(Span, Unit<'_>)> = entities
                .urls
                .iter()
                .filter(|e| {
                    let url = e.text(text).get(..8).unwrap_or(e.text(text)).to_ascii_lowercase();
                    url.starts_with("http://") || url.starts_with("https://")
                })
                .map(|e| (e.span.clone(), Unit::Url))
                .collect();
            // A remote mention `@user@domain` counts as `@user`.
            for m in &entities.mentions {
                let mention = m.text(text);
                if let Some(at) = mention.get(1..).and_then(|rest| rest.find('@')) {
                    units.push((m.span.clone(), Unit::RemoteMention(at + 1)));
                }
            }
            crate::order::sort_by_key(&mut units, |(s, _)| (s.start, 0));
            let warning = crate::graphemes::count(content_warning);
            let (used, overflow) = walk(doc, &units, warning, limit, |unit| match unit {
                Unit::Url => SHORT_URL_LENGTH,
                Unit::RemoteMention(local_len) => local_len,
                Unit::Emoji(_) | Unit::Grapheme(_) => 1,
            });
            (used, overflow, None)
        }
        Platform::Bluesky => {
            let (used, mut overflow) = grapheme_length(doc, limit);
            let bytes = doc.text().len();
            if bytes > BLUESKY_MAX_BYTES {
                // The grapheme that crosses the byte limit is the first one that does not fit.
                let cut = doc.snap(&(BLUESKY_MAX_BYTES..BLUESKY_MAX_BYTES + 1)).start;
                overflow = Some(overflow.map_or(cut, |o| o.min(cut)));
            }
            (used, overflow, Some(ByteLength { used: bytes, limit: BLUESKY_MAX_BYTES }))
        }
        Platform::Threads => {
            let units = special_units(entities, false);
            let (used, overflow) = walk(doc, &units, 0, limit, |unit| match unit {
                Unit::Emoji(emoji) => emoji.len(),
                Unit::Grapheme(g) => g.chars().count(),
                Unit::Url | Unit::RemoteMention(_) => 0,
            });
            (used, overflow, None)
        }
        Platform::Linkedin | Platform::Instagram | Platform::Facebook => {
            let (used, overflow) = utf16_length(doc, limit);
            (used, overflow, None)
        }
    };
    Length { used, limit, unit: info.unit, bytes, overflow_start }
}

/// A unit of counting.
#[derive(Debug, Clone, Copy)]
enum Unit<'t> {
    Url,
    /// The text of one emoji sequence.
    Emoji(&'t str),
    /// A Mastodon remote mention, with the length of its `@user` part.
    RemoteMention(usize),
    /// One grapheme of ordinary text.
    Grapheme(&'t str),
}

/// Emoji spans and, with `with_urls`, URL spans, sorted, overlaps dropped (an emoji inside a
/// URL is part of the URL).
fn special_units<'t>(entities: &Entities, with_urls: bool) -> Vec<(Span, Unit<'t>)> {
    let mut spans: Vec<(Span, bool)> = entities.emoji.iter().map(|s| (s.clone(), false)).collect();
    if with_urls {
        spans.extend(entities.urls.iter().map(|e| (e.span.clone(), true)));
        spans.extend(entities.hidden_urls.iter().map(|s| (s.clone(), true)));
    }
    crate::order::sort_by_key(&mut spans, |(s, is_url)| (s.start, usize::from(!is_url)));
    let mut out: Vec<(Span, Unit<'t>)> = Vec::with_capacity(spans.len());
    for (span, is_url) in spans {
        if out.last().is_some_and(|(last, _)| span.start < last.end) {
            continue;
        }
        let unit = if is_url { Unit::Url } else { Unit::Emoji("") };
        out.push((span, unit));
    }
    out
}

/// Walks `doc` in counting units, starting from `initial`, and returns the total and the byte
/// offset of the first unit that takes the total past `limit`.
fn walk<'t>(
    doc: &Document<'t>,
    special: &[(Span, Unit<'t>)],
    initial: usize,
    limit: usize,
    weigh: impl Fn(Unit<'t>) -> usize,
) -> (usize, Option<usize>) {
    let text = doc.text();
    let mut used = initial;
    let mut overflow = None;
    let mut add = |weight: usize, at: usize| {
        used += weight;
        if overflow.is_none() && used > limit {
            overflow = Some(at);
        }
    };
    let mut specials = special.iter().peekable();
    let all_bounds = doc.grapheme_bounds();
    // Every platform weighs all one-byte (ASCII) graphemes alike.
    let ascii_weight = weigh(Unit::Grapheme(" "));
    let bytes = text.as_bytes();
    // Index of the first grapheme bound after `pos`, for the ASCII fast path.
    let mut k = 0;
    let mut pos = 0;
    while pos < text.len() {
        // Most of a post: one-byte graphemes (ASCII with a bound right after it), before the
        // next special unit. Each is the unit the general step below would take.
        let next_special = specials.peek().map_or(usize::MAX, |(s, _)| s.start);
        while all_bounds.get(k).is_some_and(|&b| b <= pos) {
            k += 1;
        }
        while pos < next_special
            && all_bounds.get(k) == Some(&(pos + 1))
            && bytes.get(pos).is_some_and(u8::is_ascii)
        {
            add(ascii_weight, pos);
            pos += 1;
            k += 1;
        }
        if pos >= text.len() {
            break;
        }
        if let Some((span, unit)) = specials.next_if(|(s, _)| s.start <= pos) {
            if span.end > pos {
                let unit = match unit {
                    Unit::Emoji(_) => Unit::Emoji(text.get(span.clone()).unwrap_or("")),
                    other => *other,
                };
                add(weigh(unit), pos);
                pos = span.end;
            }
            continue;
        }
        while all_bounds.get(k).is_some_and(|&b| b <= pos) {
            k += 1;
        }
        let mut end = all_bounds.get(k).copied().unwrap_or(text.len());
        if let Some((next, _)) = specials.peek() {
            if next.start > pos {
                end = end.min(next.start);
            }
        }
        let end = end.max(pos + 1).min(text.len());
        add(weigh(Unit::Grapheme(text.get(pos..end).unwrap_or(""))), pos);
        pos = end;
        // Skip to a char boundary if a special span ended inside a grapheme.
        while pos < text.len() && !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    (used, overflow)
}

/// The length in graphemes, and where it overflows: what [`walk`] gives with no special units
/// and a weight of 1, read straight off the document's grapheme bounds.
fn grapheme_length(doc: &Document<'_>, limit: usize) -> (usize, Option<usize>) {
    let used = doc.grapheme_count();
    // The grapheme that takes the count to `limit + 1` is the one at index `limit`.
    let overflow = if used > limit { doc.grapheme_bound(limit) } else { None };
    (used, overflow)
}

/// [`measure`], with the text's length in UTF-16 units known already (a session sums its
/// paragraphs'): the platforms that count in those units then read no further than their
/// limit, and not at all when `at_limit`, where the char holding the unit at the limit
/// starts, is known too.
pub(crate) fn measure_known(
    platform: Platform,
    doc: &Document<'_>,
    entities: &Entities,
    content_warning: &str,
    units: usize,
    at_limit: Option<usize>,
) -> Length {
    match platform {
        Platform::Linkedin | Platform::Instagram | Platform::Facebook => {
            let info = platform.info();
            let overflow_start = match at_limit {
                // The first char past the limit is the one holding unit `limit`.
                Some(at) if units > info.limit => Some(doc.snap(&(at..at)).start),
                _ => utf16_overflow(doc, units, info.limit),
            };
            Length { used: units, limit: info.limit, unit: info.unit, bytes: None, overflow_start }
        }
        _ => measure(platform, doc, entities, content_warning),
    }
}

/// Where a text of `used` UTF-16 units overflows `limit`: the grapheme holding the first char
/// past it (read from the start, as far as the limit). Eight ASCII bytes, eight units, are
/// counted at once while they stay within the limit; other chars one at a time.
fn utf16_overflow(doc: &Document<'_>, used: usize, limit: usize) -> Option<usize> {
    if used <= limit {
        return None;
    }
    let text = doc.text();
    let (mut at, mut units) = (0, 0);
    while let Some(chunk) = text.as_bytes().get(at..at + 8) {
        if units + 8 <= limit && chunk.is_ascii() {
            (at, units) = (at + 8, units + 8);
            continue;
        }
        let c = text.get(at..).and_then(|rest| rest.chars().next())?;
        units += c.len_utf16();
        if units > limit {
            return Some(doc.snap(&(at..at)).start);
        }
        at += c.len_utf8();
    }
    for (i, c) in text.get(at..)?.char_indices() {
        units += c.len_utf16();
        if units > limit {
            return Some(doc.snap(&(at + i..at + i)).start);
        }
    }
    None
}

/// The length in UTF-16 code units, and where it overflows: what [`walk`] gives with no special
/// units and each grapheme weighing its UTF-16 length, without walking graphemes. The sum over
/// graphemes is the text's UTF-16 length; the first grapheme to pass the limit is the one
/// holding the first char that does, since the running count only grows.
fn utf16_length(doc: &Document<'_>, limit: usize) -> (usize, Option<usize>) {
    let used = crate::text::utf16_len(doc.text());
    (used, utf16_overflow(doc, used, limit))
}

/// twitter-text weight of one grapheme of ordinary text, in hundredths, on its NFC form.
fn x_weight(grapheme: &str) -> usize {
    if grapheme.is_ascii() {
        return grapheme.len() * 100;
    }
    // Below U+0300 no char has a canonical decomposition to itself alone and none composes
    // with what follows (the second char of every canonical pair is U+0300 or above): such a
    // grapheme is its own NFC, and each of its chars weighs 100 (U+0000–U+10FF).
    if grapheme.chars().all(|c| u32::from(c) < 0x300) {
        return grapheme.chars().count() * 100;
    }
    crate::text::nfc(grapheme)
        .chars()
        .map(|c| {
            let cp = c as u32;
            X_RANGES
                .iter()
                .find(|(lo, hi, _)| (*lo..=*hi).contains(&cp))
                .map_or(X_DEFAULT_WEIGHT, |r| r.2)
        })
        .sum()
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use crate::entities::{Entities, Entity, EntityKind};

    #[test]
    fn x_weight_of_chars_below_u0300_needs_no_nfc() {
        for c in (0..0x300).filter_map(char::from_u32) {
            let g = c.to_string();
            assert_eq!(crate::text::nfc(&g), g, "{c:?}");
            assert_eq!(x_weight(&g), 100, "{c:?}");
        }
        assert_eq!(x_weight("e\u{301}"), 100);
    }

    fn measure_plain(platform: Platform, text: &str, entities: &Entities) -> Length {
        measure(platform, &Document::new(text), entities, "")
    }

    #[test]
    fn x_counts_latin_as_one_and_cjk_as_two() {
        let l = measure_plain(Platform::X, "abc", &Entities::default());
        assert_eq!(l.used, 3);
        let l = measure_plain(Platform::X, "のの", &Entities::default());
        assert_eq!(l.used, 4);
    }

    #[test]
    fn x_counts_urls_as_23_and_emoji_as_2() {
        let text = "Hi http://test.co 😀";
        let entities = Entities {
            urls: vec![Entity::new(EntityKind::Url, 3..17)],
            emoji: vec![18..22],
            ..Entities::default()
        };
        let l = measure_plain(Platform::X, text, &entities);
        assert_eq!(l.used, 3 + 23 + 1 + 2);
    }

    #[test]
    fn x_overflow_starts_at_the_first_char_past_the_limit() {
        let text = "a".repeat(285);
        let l = measure_plain(Platform::X, &text, &Entities::default());
        assert_eq!(l.used, 285);
        assert_eq!(l.overflow_start, Some(280));
    }

    #[test]
    fn bluesky_counts_graphemes_and_bytes() {
        let text = "👨‍👩‍👧".repeat(2);
        let l = measure_plain(Platform::Bluesky, &text, &Entities::default());
        assert_eq!(l.used, 2);
        assert_eq!(l.bytes, Some(ByteLength { used: text.len(), limit: 3000 }));
        assert_eq!(l.overflow_start, None);
    }

    #[test]
    fn bluesky_byte_limit_overflows_before_the_grapheme_limit() {
        // 200 family emoji: 200 graphemes but 3,600 bytes.
        let text = "👨‍👩‍👧".repeat(200);
        let l = measure_plain(Platform::Bluesky, &text, &Entities::default());
        assert_eq!(l.used, 200);
        let cut = l.overflow_start.expect("overflows");
        assert!(cut <= 3000 && text.is_char_boundary(cut));
        assert_eq!(cut % "👨‍👩‍👧".len(), 0, "cut on a grapheme boundary");
    }

    #[test]
    fn mastodon_counts_remote_mentions_as_local_and_http_urls_as_23() {
        let text = "@alice@example.social https://example.com/a/very/long/path ftp://x.org";
        let entities = Entities {
            mentions: vec![Entity::new(EntityKind::Mention, 0..21)],
            urls: vec![Entity::new(EntityKind::Url, 22..58)],
            ..Entities::default()
        };
        let l = measure(Platform::Mastodon, &Document::new(text), &entities, "CW");
        assert_eq!(l.used, 2 + "@alice".len() + 1 + 23 + " ftp://x.org".len());
    }

    #[test]
    fn threads_counts_emoji_as_their_utf8_bytes() {
        let text = "ok 😀";
        let entities = Entities { emoji: vec![3..7], ..Entities::default() };
        let l = measure_plain(Platform::Threads, text, &entities);
        assert_eq!(l.used, 3 + 4);
    }

    /// The general walk the fast counters stand for.
    fn walked(platform: Platform, doc: &Document<'_>) -> (usize, Option<usize>) {
        let limit = platform.info().limit;
        match platform {
            Platform::Bluesky => walk(doc, &[], 0, limit, |_| 1),
            _ => walk(doc, &[], 0, limit, |unit| match unit {
                Unit::Grapheme(g) => g.encode_utf16().count(),
                _ => 0,
            }),
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_counts_agree_with_the_walk(
            unit in "(\\PC|[a \r\n\u{301}\u{200d}\u{1F1EB}\u{1F44D}\u{1F3FD}😀é]){1,11}",
            reps in 0usize..3100,
            tail in "(\\PC|[a \u{301}\u{200d}\u{1F1EB}\u{1F44D}\u{1F3FD}😀])*",
        ) {
            let text = unit.repeat(reps) + &tail;
            let doc = Document::new(&text);
            for platform in [Platform::Linkedin, Platform::Bluesky] {
                let limit = platform.info().limit;
                let fast = match platform {
                    Platform::Bluesky => grapheme_length(&doc, limit),
                    _ => utf16_length(&doc, limit),
                };
                proptest::prop_assert_eq!(fast, walked(platform, &doc));
            }
        }
    }

    #[test]
    fn linkedin_overflow_starts_at_the_grapheme_that_passes_the_limit() {
        // 2,999 units, then an emoji of 2 units: it is the one that passes 3,000.
        let text = "a".repeat(2999) + "😀b";
        let l = measure_plain(Platform::Linkedin, &text, &Entities::default());
        assert_eq!(l.used, 3002);
        assert_eq!(l.overflow_start, Some(2999));
        let doc = Document::new(&text);
        assert_eq!((l.used, l.overflow_start), walked(Platform::Linkedin, &doc));
    }

    #[test]
    fn linkedin_counts_utf16_units() {
        let l = measure_plain(Platform::Linkedin, "é😀", &Entities::default());
        assert_eq!(l.used, 3);
    }
}
