//! A learned voice written as a profile in Brio's schema (`docs/architecture.md`, "Profile"): TOML with each
//! value's evidence as a comment above it, or JSON with the evidence beside it. Only keys the
//! schema knows are written, so that `brio check --profile` loads the result as it is.

use serde_json::{Map, Value, json};

use super::habits::Habits;
use super::learner::Learned;
use crate::i18n::Locale;

/// One `key = value` with the sentence that justifies it.
struct Entry {
    key: &'static str,
    value: Value,
    evidence: String,
}

/// A table (`[voice]`) or an array-of-tables item (`[[terms]]`).
struct Table {
    header: String,
    array: bool,
    /// The JSON path of the table.
    path: Vec<String>,
    entries: Vec<Entry>,
}

impl Table {
    fn new(path: &[&str]) -> Table {
        Table {
            header: format!("[{}]", path.join(".")),
            array: false,
            path: path.iter().map(|s| s.to_string()).collect(),
            entries: Vec::new(),
        }
    }

    fn add(&mut self, key: &'static str, value: Value, evidence: String) {
        self.entries.push(Entry { key, value, evidence });
    }
}

fn of(n: usize, total: usize) -> String {
    format!("{n} of {total} posts")
}

/// A profile with its evidence.
pub struct Written {
    /// Comments that head the file (what was read, habits no key holds).
    notes: Vec<String>,
    top: Vec<Entry>,
    tables: Vec<Table>,
}

/// Writes `learned` as a profile.
pub fn profile(learned: &Learned) -> Written {
    let v = &learned.voice;
    let n = v.posts;
    let r = &learned.read;
    let lang = match learned.locale {
        Locale::Fr => "French",
        Locale::En => "English",
    };
    let mut notes = vec![
        "Learned by `brio learn` from the brand's own posts: each value below says why."
            .to_string(),
        format!(
            "Read {} own posts ({} in {lang}, {} in another language), {} replies, {} reposts, {} quotes; only own posts teach the voice.",
            r.posts, n, r.other_language, r.replies, r.reposts, r.quotes
        ),
        format!(
            "Posts run {} characters at the median, {} for nine in ten.",
            v.length_median, v.length_most
        ),
        format!(
            "Links in {}; mentions in {}; hashtags in {}.",
            of(v.link_posts, n),
            of(v.mention_posts, n),
            of(v.tag_posts, n)
        ),
    ];
    if r.other_language > 0 {
        let other = match learned.locale {
            Locale::Fr => "en",
            Locale::En => "fr",
        };
        notes.push(format!(
            "{} posts in the other language are not learned here: `brio learn --locale {other}` writes their profile.",
            r.other_language
        ));
    }
    if !v.openers.is_empty() {
        let list: Vec<String> =
            v.openers.iter().take(3).map(|o| format!("« {} » ({})", o.text, o.posts)).collect();
        notes.push(format!("Openers it uses most: {}.", list.join(", ")));
    }
    notes.push(if v.stock_openers == 0 {
        "Never opens with a stock phrase (« Nous sommes fiers de », \"We are thrilled to\"…): tone/institutional stays on.".to_string()
    } else {
        format!(
            "Opens with a stock phrase (« Nous sommes fiers de », \"We are pleased to\"…) in {}: tone/institutional points them out.",
            of(v.stock_openers, n)
        )
    });
    let recurring: Vec<String> = v
        .tags
        .iter()
        .filter(|t| t.posts * 2 < n && t.posts * 5 >= n)
        .map(|t| format!("{} ({})", t.text, t.posts))
        .collect();
    if !recurring.is_empty() {
        notes.push(format!(
            "Recurring tags, campaigns rather than signatures: {}.",
            recurring.join(", ")
        ));
    }

    let top = vec![Entry {
        key: "locale",
        value: json!(learned.locale.as_str()),
        evidence: format!("{n} of {} own posts are in {lang}", r.posts),
    }];

    let mut tables = Vec::new();
    let mut voice = Table::new(&["voice"]);
    voice_entries(&mut voice, v, learned.locale, true);
    tables.push(voice);
    tables.push(learned_table(v, learned.locale));

    let signature: Vec<&super::habits::Count> =
        v.tags.iter().filter(|t| t.posts * 2 >= n).collect();
    if !signature.is_empty() {
        let mut tags = Table::new(&["hashtags"]);
        let list: Vec<String> =
            signature.iter().map(|t| format!("{} in {}", t.text, of(t.posts, n))).collect();
        tags.add(
            "allowed",
            json!(signature.iter().map(|t| t.text.clone()).collect::<Vec<_>>()),
            format!(
                "signature tags ({}): never hollow for this brand; in most posts they are on autopilot, and `hashtag/autopilot` says so with --history",
                list.join(", ")
            ),
        );
        tables.push(tags);
    }

    for name in &v.names {
        let mut term = Table::new(&["terms"]);
        term.header = "[[terms]]".to_string();
        term.array = true;
        term.add(
            "spelling",
            json!(name.text),
            format!("written « {} » in {}, never another way", name.text, of(name.posts, n)),
        );
        tables.push(term);
    }

    for (platform, habits) in &learned.platforms {
        let mut over = Table::new(&["platforms", platform.id(), "voice"]);
        voice_entries(&mut over, habits, learned.locale, false);
        over.entries.retain(|e| {
            let overall = match e.key {
                "max_emoji" => v.emoji_most,
                "max_exclamations" => v.exclamation_most,
                "max_sentence_words" => sentence_limit(v),
                _ => return false,
            };
            e.value.as_u64() != Some(overall as u64)
        });
        if !over.entries.is_empty() {
            tables.push(over);
        }
    }
    Written { notes, top, tables }
}

/// The limit written for sentences: the brand's 95th percentile, never under 12 words.
fn sentence_limit(h: &Habits) -> usize {
    h.sentence_most.max(12)
}

fn voice_entries(t: &mut Table, h: &Habits, locale: Locale, with_address: bool) {
    let n = h.posts;
    if with_address {
        match locale {
            Locale::Fr => {
                if h.vous >= 3 && h.vous >= 3 * h.tu && h.tu * 10 <= n {
                    let evidence = format!(
                        "{} address the reader as « vous », {} as « tu »",
                        of(h.vous, n),
                        h.tu
                    );
                    t.add("address", json!("vous"), evidence);
                } else if h.tu >= 3 && h.tu >= 3 * h.vous && h.vous * 10 <= n {
                    let evidence = format!(
                        "{} address the reader as « tu », {} as « vous »",
                        of(h.tu, n),
                        h.vous
                    );
                    t.add("address", json!("tu"), evidence);
                }
            }
            Locale::En => {
                if n >= 10 && h.contractions * 20 <= n {
                    let evidence = format!(
                        "{} use a contraction (don't, we're): a formal voice; contractions are pointed out",
                        of(h.contractions, n)
                    );
                    t.add("address", json!("vous"), evidence);
                }
            }
        }
    }
    t.add(
        "max_emoji",
        json!(h.emoji_most),
        format!("{} have emoji; 95% have at most {}", of(h.emoji_posts, n), h.emoji_most),
    );
    t.add(
        "max_exclamations",
        json!(h.exclamation_most),
        format!(
            "{} exclaim; 95% have at most {} exclamation mark{}",
            of(h.exclamation_posts, n),
            h.exclamation_most,
            if h.exclamation_most == 1 { "" } else { "s" }
        ),
    );
    t.add(
        "max_sentence_words",
        json!(sentence_limit(h)),
        format!(
            "95% of sentences have at most {} words (median {})",
            h.sentence_most, h.sentence_median
        ),
    );
}

fn learned_table(h: &Habits, locale: Locale) -> Table {
    let n = h.posts;
    let mut t = Table::new(&["voice", "learned"]);
    t.add(
        "posts",
        json!(n),
        "own posts learned from (tone/off-voice compares drafts with them)".into(),
    );
    if locale == Locale::Fr {
        t.add("tu", json!(h.tu), format!("{} address the reader as « tu »", of(h.tu, n)));
        t.add("vous", json!(h.vous), format!("{} address the reader as « vous »", of(h.vous, n)));
        t.add("i", json!(h.i), format!("{} speak as « je »", of(h.i, n)));
        t.add(
            "we",
            json!(h.we),
            format!("{} speak as « nous » ({} say « on »)", of(h.we, n), h.on),
        );
    } else {
        t.add(
            "contractions",
            json!(h.contractions),
            format!("{} use a contraction", of(h.contractions, n)),
        );
        t.add("i", json!(h.i), format!("{} speak as \"I\"", of(h.i, n)));
        t.add("we", json!(h.we), format!("{} speak as \"we\"", of(h.we, n)));
    }
    t.add("emoji_posts", json!(h.emoji_posts), format!("{} have emoji", of(h.emoji_posts, n)));
    t.add(
        "emoji",
        json!(h.emoji_most),
        format!("95% of posts have at most {} emoji", h.emoji_most),
    );
    t.add(
        "emoji_openers",
        json!(h.emoji_openers),
        format!("{} open with an emoji", of(h.emoji_openers, n)),
    );
    t.add(
        "exclamation_posts",
        json!(h.exclamation_posts),
        format!("{} have an exclamation mark", of(h.exclamation_posts, n)),
    );
    t.add(
        "exclamations",
        json!(h.exclamation_most),
        format!("95% of posts have at most {}", h.exclamation_most),
    );
    t.add(
        "sentence_words",
        json!(h.sentence_median),
        format!("half the sentences have at most {} words", h.sentence_median),
    );
    if !h.names.is_empty() {
        let list: Vec<String> =
            h.names.iter().map(|x| format!("{} ({})", x.text, x.posts)).collect();
        t.add(
            "terms",
            json!(h.names.iter().map(|x| x.text.clone()).collect::<Vec<_>>()),
            format!("its own names, spelled one way in every post: {}", list.join(", ")),
        );
    }
    t
}

/// Puts a table's `fields` at `path` in `node`: merged into an object, or pushed onto an array.
fn place(node: &mut Map<String, Value>, path: &[String], array: bool, fields: Map<String, Value>) {
    let Some((first, rest)) = path.split_first() else { return };
    if rest.is_empty() {
        let slot =
            node.entry(first.clone()).or_insert_with(|| if array { json!([]) } else { json!({}) });
        match slot {
            Value::Array(items) => items.push(Value::Object(fields)),
            Value::Object(map) => map.extend(fields),
            _ => {}
        }
        return;
    }
    if let Value::Object(map) = node.entry(first.clone()).or_insert_with(|| json!({})) {
        place(map, rest, array, fields);
    }
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_value(v: &Value) -> String {
    match v {
        Value::String(s) => toml_string(s),
        Value::Array(items) => {
            format!("[{}]", items.iter().map(toml_value).collect::<Vec<_>>().join(", "))
        }
        other => other.to_string(),
    }
}

/// Comment lines, one per line of `text`.
fn comment(out: &mut String, text: &str) {
    for line in text.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
}

impl Written {
    /// The profile as TOML, each value under its evidence.
    pub fn toml(&self) -> String {
        let mut out = String::new();
        for note in &self.notes {
            comment(&mut out, note);
        }
        out.push('\n');
        let entries = |out: &mut String, entries: &[Entry]| {
            for e in entries {
                comment(out, &e.evidence);
                out.push_str(&format!("{} = {}\n", e.key, toml_value(&e.value)));
            }
        };
        entries(&mut out, &self.top);
        for table in &self.tables {
            out.push('\n');
            out.push_str(&table.header);
            out.push('\n');
            entries(&mut out, &table.entries);
        }
        out
    }

    /// The profile as a JSON object, in the schema (`brio check --profile` reads it as JSON).
    pub fn profile_json(&self) -> Value {
        let mut root = Map::new();
        for e in &self.top {
            root.insert(e.key.to_string(), e.value.clone());
        }
        for table in &self.tables {
            let fields: Map<String, Value> =
                table.entries.iter().map(|e| (e.key.to_string(), e.value.clone())).collect();
            place(&mut root, &table.path, table.array, fields);
        }
        Value::Object(root)
    }

    /// The evidence of every value, keyed by its dotted path (`voice.address`), with the notes.
    pub fn evidence_json(&self) -> Value {
        let mut map = Map::new();
        for e in &self.top {
            map.insert(e.key.to_string(), json!(e.evidence));
        }
        for (i, table) in self.tables.iter().enumerate() {
            let base = if table.array {
                let k = self.tables.iter().take(i).filter(|t| t.header == table.header).count();
                format!("{}.{k}", table.path.join("."))
            } else {
                table.path.join(".")
            };
            for e in &table.entries {
                map.insert(format!("{base}.{}", e.key), json!(e.evidence));
            }
        }
        json!({ "notes": self.notes, "values": map })
    }
}
