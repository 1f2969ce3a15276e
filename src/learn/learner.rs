//! From posts to habits: each own post measured in its language, grouped by language and by
//! platform.

use serde::Serialize;

use super::features::{Features, measure};
use super::habits::Habits;
use super::post::{Kind, Post};
use crate::entities;
use crate::i18n::{self, Locale};
use crate::packs::grammar::GrammarLists;
use crate::platform::Platform;
use crate::text::Document;

/// How to learn.
#[derive(Debug, Clone, Copy, Default)]
pub struct LearnOptions {
    /// The language to learn; `None` detects each post's and learns the most common one.
    pub locale: Option<Locale>,
}

/// How many posts of each kind were read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Read {
    pub posts: usize,
    pub replies: usize,
    pub reposts: usize,
    pub quotes: usize,
    /// Own posts in another language than the one learned.
    pub other_language: usize,
}

/// What was learned: the habits of the brand's own posts in one language, overall and per
/// platform where there are several.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Learned {
    pub locale: Locale,
    pub read: Read,
    pub voice: Habits,
    pub platforms: Vec<(Platform, Habits)>,
}

/// A platform needs this many posts for habits of its own.
const PLATFORM_MIN_POSTS: usize = 10;

/// Learns the voice of `posts`: only the account's own posts (not replies, reposts or quotes)
/// teach it. `None` when no own post is in the language learned.
pub fn learn(posts: &[Post], options: LearnOptions) -> Option<Learned> {
    let words = GrammarLists::load();
    let mut read = Read::default();
    let mut measured: Vec<(Locale, Option<Platform>, Features)> = Vec::new();
    for post in posts {
        match post.kind {
            Kind::Reply => read.replies += 1,
            Kind::Repost => read.reposts += 1,
            Kind::Quote => read.quotes += 1,
            Kind::Post => {}
        }
        if post.kind != Kind::Post || post.text.trim().is_empty() {
            continue;
        }
        read.posts += 1;
        let locale = options.locale.or_else(|| i18n::detect(&post.text)).unwrap_or(Locale::En);
        let dialect = post.platform.unwrap_or(Platform::X).info().dialect;
        let doc = Document::new(&post.text);
        let found = entities::extract(&post.text, dialect);
        measured.push((
            locale,
            post.platform,
            measure(&doc, &found, locale, words.grammar(locale)),
        ));
    }
    let count = |l: Locale| measured.iter().filter(|(m, _, _)| *m == l).count();
    let locale = options.locale.unwrap_or(if count(Locale::Fr) > count(Locale::En) {
        Locale::Fr
    } else {
        Locale::En
    });
    let ours: Vec<&(Locale, Option<Platform>, Features)> =
        measured.iter().filter(|(l, _, _)| *l == locale).collect();
    if ours.is_empty() {
        return None;
    }
    read.other_language = read.posts - ours.len();
    let all: Vec<&Features> = ours.iter().map(|(_, _, f)| f).collect();
    let voice = Habits::of(&all);

    let mut platforms = Vec::new();
    let seen: Vec<Platform> = Platform::ALL
        .iter()
        .copied()
        .filter(|p| ours.iter().any(|(_, q, _)| *q == Some(*p)))
        .collect();
    if seen.len() > 1 {
        for platform in seen {
            let some: Vec<&Features> =
                ours.iter().filter(|(_, q, _)| *q == Some(platform)).map(|(_, _, f)| f).collect();
            if some.len() >= PLATFORM_MIN_POSTS {
                platforms.push((platform, Habits::of(&some)));
            }
        }
    }
    Some(Learned { locale, read, voice, platforms })
}
