//! `brio learn`'s readers on sample exports (tests/learn/), and the profile they learn.

use brio::learn::{self, Format, Kind, LearnOptions};
use brio::profile::{Format as ProfileFormat, Profile};

fn sample(name: &str) -> String {
    let path = format!("{}/tests/learn/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn kinds(archive: &learn::Archive) -> Vec<Kind> {
    archive.posts.iter().map(|p| p.kind).collect()
}

#[test]
fn x_archive() {
    let a = learn::read(&sample("tweets.js")).unwrap();
    assert_eq!(a.format, Format::XArchive);
    assert_eq!(kinds(&a), [Kind::Post, Kind::Reply, Kind::Repost, Kind::Quote, Kind::Post]);
    assert!(a.posts[0].text.contains("testé & validé"), "{}", a.posts[0].text);
    assert_eq!(a.posts[0].line, 2);
    assert!(a.warnings.is_empty());
}

#[test]
fn a_broken_tweet_is_skipped_with_its_line() {
    let a = learn::read(&sample("tweets-broken.js")).unwrap();
    assert_eq!(a.posts.len(), 2);
    let lines: Vec<usize> = a.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [3, 4], "{:?}", a.warnings);
}

#[test]
fn mastodon_outbox() {
    let a = learn::read(&sample("outbox.json")).unwrap();
    assert_eq!(a.format, Format::MastodonOutbox);
    assert_eq!(kinds(&a), [Kind::Post, Kind::Reply, Kind::Repost, Kind::Post]);
    assert_eq!(
        a.posts[0].text,
        "I roasted the new Huila lot this morning & it's lovely: red apple, cocoa.\n\nBags go out Friday #FernleafRoasts"
    );
    assert!(a.posts[3].text.ends_with("https://fernleaf.co.uk/huila-notes-march"));
}

#[test]
fn linkedin_shares_with_quoted_line_breaks() {
    let a = learn::read(&sample("Shares.csv")).unwrap();
    assert_eq!(a.format, Format::LinkedinShares);
    assert_eq!(kinds(&a), [Kind::Post, Kind::Post, Kind::Repost]);
    assert!(a.posts[0].text.contains("Lyon.\r\n\r\nVous aimez"), "{:?}", a.posts[0].text);
    assert!(a.posts[1].text.ends_with("\"Banquer autrement\"."), "{:?}", a.posts[1].text);
    assert_eq!(a.posts[1].line, 5);
}

#[test]
fn bluesky_records() {
    let a = learn::read(&sample("bluesky.json")).unwrap();
    assert_eq!(a.format, Format::BlueskyPosts);
    assert_eq!(kinds(&a), [Kind::Post, Kind::Reply, Kind::Quote, Kind::Post]);
    let a = learn::read(&sample("bluesky.jsonl")).unwrap();
    assert_eq!(kinds(&a), [Kind::Post, Kind::Repost]);
}

#[test]
fn brio_history() {
    let a = learn::read(&sample("history.jsonl")).unwrap();
    assert_eq!(a.format, Format::BrioHistory);
    assert_eq!(a.posts.len(), 3);
    assert_eq!(a.posts[2].line, 4);
    assert_eq!(a.posts[1].platform.map(|p| p.id()), Some("linkedin"));
}

#[test]
fn broken_lines_are_warnings_with_their_line() {
    let a = learn::read(&sample("broken.jsonl")).unwrap();
    assert_eq!(a.posts.len(), 2);
    let lines: Vec<usize> = a.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [2, 3], "{:?}", a.warnings);
}

#[test]
fn a_file_that_is_no_export_says_what_was_expected() {
    let e = learn::read(&sample("not-an-export.txt")).unwrap_err();
    assert!(e.0.contains("not a recognised export") && e.0.contains("tweets.js"), "{e}");
    assert!(learn::read("").unwrap_err().0.contains("empty"));
    let e = learn::read("window.YTD.tweets.part0 = [\n{\"tweet\": {}}").unwrap_err();
    assert!(e.0.contains("never closes"), "{e}");
}

#[test]
fn every_sample_learns_a_profile_that_loads() {
    for name in [
        "tweets.js",
        "outbox.json",
        "Shares.csv",
        "bluesky.json",
        "bluesky.jsonl",
        "history.jsonl",
        "broken.jsonl",
    ] {
        let a = learn::read(&sample(name)).unwrap();
        let (_, written) = learn::learn_profile(&a.posts, LearnOptions::default()).unwrap();
        let toml = written.toml();
        Profile::parse(&toml, ProfileFormat::Toml)
            .unwrap_or_else(|e| panic!("{name}: {e}\n{toml}"));
        let json = written.profile_json().to_string();
        Profile::parse(&json, ProfileFormat::Json)
            .unwrap_or_else(|e| panic!("{name}: {e}\n{json}"));
    }
}

#[test]
fn posts_from_two_platforms_learn_their_own_limits() {
    // Ten calm posts on LinkedIn, ten loud ones on X: each platform's limits where they differ.
    let mut posts = Vec::new();
    for i in 0..10 {
        let calm =
            format!("Nous publions notre rapport numéro {i}. Vous le trouverez sur notre site.");
        posts.push(learn::Post::new(calm, Kind::Post, Some(brio::Platform::Linkedin), i + 1));
        let loud = format!("Nouveau drop numéro {i} ! Vous êtes prêts ? 🚀🔥🎉");
        posts.push(learn::Post::new(loud, Kind::Post, Some(brio::Platform::X), i + 11));
    }
    let (learned, written) = learn::learn_profile(&posts, LearnOptions::default()).unwrap();
    assert_eq!(learned.platforms.len(), 2);
    let toml = written.toml();
    let profile =
        Profile::parse(&toml, ProfileFormat::Toml).unwrap_or_else(|e| panic!("{e}\n{toml}"));
    // Overall, the habit is X's (3 emoji); LinkedIn, where it differs, gets its own.
    assert_eq!(profile.voice.max_emoji, Some(3), "{toml}");
    assert_eq!(profile.platforms["linkedin"].voice.max_emoji, Some(0), "{toml}");
    assert_eq!(profile.platforms["linkedin"].voice.max_exclamations, Some(0), "{toml}");
    assert!(!profile.platforms.contains_key("x"), "{toml}");
}

proptest::proptest! {
    /// An export is user input: any text is read or refused, never a panic.
    #[test]
    fn any_text_is_read_or_refused(text in "\\PC{0,200}") {
        let _ = learn::read(&text);
    }

    /// The same with each format's opening, so that the readers themselves see the junk.
    #[test]
    fn junk_after_each_format_opening_is_survived(
        head in proptest::sample::select(vec![
            "window.YTD.tweets.part0 = [", "{\"orderedItems\": [", "Date,ShareCommentary\n\"",
            "[{\"$type\": \"app.bsky.feed.post\", \"text\": ", "{\"text\": \"", "[\"",
        ]),
        tail in "[\\[\\]{}\",:\\\\a-z0-9 \n\r\"]{0,120}",
    ) {
        let _ = learn::read(&format!("{head}{tail}"));
    }
}
