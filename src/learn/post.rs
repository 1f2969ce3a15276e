//! What a reader gives back: the posts of an export, each with its kind, and the problems met.

use serde::Serialize;

use crate::platform::Platform;

/// What a post is to the account: only its own posts teach the voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Written by the account, for its own followers.
    Post,
    /// An answer in someone's thread: a conversation, not the brand's broadcast voice.
    Reply,
    /// Someone else's post passed on (an X retweet, a Mastodon boost, a LinkedIn reshare).
    Repost,
    /// A post that quotes another one.
    Quote,
}

/// One post read from an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Post {
    pub text: String,
    pub kind: Kind,
    /// The platform it was published on, when the export says (Brio's history does not).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "platform_id")]
    pub platform: Option<Platform>,
    /// Where the post starts in the file (1-based), for messages.
    pub line: usize,
}

fn platform_id<S: serde::Serializer>(p: &Option<Platform>, s: S) -> Result<S::Ok, S::Error> {
    match p {
        Some(p) => s.serialize_str(p.id()),
        None => s.serialize_none(),
    }
}

impl Post {
    pub fn new(
        text: impl Into<String>,
        kind: Kind,
        platform: Option<Platform>,
        line: usize,
    ) -> Post {
        Post { text: text.into(), kind, platform, line }
    }
}

/// The export formats `brio learn` reads, recognised by their content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// X's archive, `data/tweets.js`.
    XArchive,
    /// Mastodon's `outbox.json` (ActivityPub).
    MastodonOutbox,
    /// LinkedIn's `Shares.csv`.
    LinkedinShares,
    /// Bluesky `app.bsky.feed.post` records, as a JSON array or JSON Lines.
    BlueskyPosts,
    /// Brio's history: JSON Lines of strings or `{ "text": … }` objects.
    BrioHistory,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::XArchive => "X archive (tweets.js)",
            Format::MastodonOutbox => "Mastodon outbox.json",
            Format::LinkedinShares => "LinkedIn Shares.csv",
            Format::BlueskyPosts => "Bluesky post records",
            Format::BrioHistory => "Brio history (JSON Lines)",
        }
    }
}

/// A record that could not be read: skipped, and reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// 1-based line of the record in the file.
    pub line: usize,
    pub message: String,
}

/// An export, read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Archive {
    pub format: Format,
    pub posts: Vec<Post>,
    pub warnings: Vec<Warning>,
}

impl Archive {
    pub(crate) fn new(format: Format) -> Archive {
        Archive { format, posts: Vec::new(), warnings: Vec::new() }
    }

    pub(crate) fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings.push(Warning { line, message: message.into() });
    }

    /// Counts per kind: (posts, replies, reposts, quotes).
    pub fn kinds(&self) -> (usize, usize, usize, usize) {
        let n = |k| self.posts.iter().filter(|p| p.kind == k).count();
        (n(Kind::Post), n(Kind::Reply), n(Kind::Repost), n(Kind::Quote))
    }
}
