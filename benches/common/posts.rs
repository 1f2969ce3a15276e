//! The posts every benchmark measures, shared with the Node comparison (`bench/compare.js`),
//! which reads the same files: a tweet and a 3,000-character (UTF-16) LinkedIn post per language,
//! and a 100 KB document made of the French post repeated.

pub const TWEET_FR: &str = include_str!("../../bench/posts/tweet-fr.txt");
pub const TWEET_EN: &str = include_str!("../../bench/posts/tweet-en.txt");
pub const POST_FR: &str = include_str!("../../bench/posts/post-fr.txt");
pub const POST_EN: &str = include_str!("../../bench/posts/post-en.txt");

/// `post` repeated (blank line between copies) and cut to `chars` characters.
pub fn sized(post: &str, chars: usize) -> String {
    let mut out = String::new();
    while out.chars().count() < chars {
        out.push_str(post);
        out.push_str("\n\n");
    }
    out.chars().take(chars).collect()
}
