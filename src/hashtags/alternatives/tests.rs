#![allow(clippy::disallowed_methods)] // compared with std's case mappings
use super::scan::*;
use super::*;

fn alts(text: &str) -> Vec<String> {
    from_text(text, &SpanSet::default(), &[])
}

/// Every token, as the scan reads them.
fn tokens(text: &str, skip: &SpanSet) -> Vec<(usize, usize, bool)> {
    let capitals = capitalised(text);
    let mut tokens = Tokens::new(text, skip, &capitals);
    std::iter::from_fn(|| tokens.next(false)).map(|t| (t.start, t.end, t.sentence_start)).collect()
}

/// The capitalised tokens as the scan passes over the others, and as the full char-by-char
/// scan finds them.
type Spans = Vec<(usize, usize, bool)>;
fn capitalised_and_reference(text: &str, skip: &SpanSet) -> (Spans, Spans) {
    let capitals = capitalised(text);
    let mut scan = Tokens::new(text, skip, &capitals);
    let capitalised = std::iter::from_fn(|| scan.next(true))
        .map(|t| (t.start, t.end, t.sentence_start))
        .collect();
    let expected = reference_tokens(text, skip)
        .into_iter()
        .filter(|&(start, _, _)| text[start..].chars().next().is_some_and(char::is_uppercase))
        .collect();
    (capitalised, expected)
}

/// The tokens, char by char: maximal runs of alphanumeric chars, kept unless a span of
/// `skip` covers them or a sigil glues them to one.
fn reference_tokens(text: &str, skip: &SpanSet) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    let mut word_start = None;
    let mut push = |start: usize, end: usize, sentence_start: &mut bool| {
        let before = text.get(..start).unwrap_or("");
        let sigil = matches!(before.chars().next_back(), Some('#' | '@' | '/' | '＃'));
        if !skip.overlaps(&(start..end)) && !sigil {
            out.push((start, end, *sentence_start));
        }
        *sentence_start = false;
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            push(start, i, &mut sentence_start);
        }
        if matches!(c, '.' | '!' | '?' | '\n' | ':' | '|' | '…' | '•') {
            sentence_start = true;
        }
    }
    if let Some(start) = word_start {
        push(start, text.len(), &mut sentence_start);
    }
    out
}

/// The suggestions as first written: every token read up front into a list, each tag
/// spelled, then folded for its key, and the list cut to its first [`KEPT`] at the end.
fn reference_from_text(text: &str, skip: &SpanSet, existing: &[String]) -> Vec<String> {
    struct Tok<'t> {
        text: &'t str,
        start: usize,
        end: usize,
        sentence_start: bool,
    }
    fn is_capitalised(word: &str) -> bool {
        word.chars().next().is_some_and(char::is_uppercase)
    }
    fn tag_of(words: &[&str]) -> String {
        let mut tag = String::from("#");
        for word in words {
            let mut chars = word.chars().filter(|c| c.is_alphanumeric());
            if let Some(first) = chars.next() {
                tag.extend(first.to_uppercase());
                tag.extend(chars);
            }
        }
        tag
    }
    let tokens: Vec<Tok<'_>> = reference_tokens(text, skip)
        .into_iter()
        .map(|(start, end, sentence_start)| Tok {
            text: &text[start..end],
            start,
            end,
            sentence_start,
        })
        .collect();
    let memo = TagMemo::default();
    let mut common = Common::new(&memo);
    let mut found: Vec<String> = Vec::new();
    let mut found_keys: Vec<String> = Vec::new();
    let mut add = |tag: String, found: &mut Vec<String>| {
        let key = super::super::tag_key::fold(tag.trim_start_matches('#'));
        if key.chars().count() < 2
            || tag_lists::listed(&key).is_some()
            || existing.contains(&key)
            || found_keys.contains(&key)
        {
            return;
        }
        found.push(tag);
        found_keys.push(key);
    };
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        if !is_capitalised(token.text) {
            i += 1;
            continue;
        }
        let mut run: Vec<&Tok<'_>> = vec![token];
        let mut j = i + 1;
        while let Some(next) = tokens.get(j) {
            let prev_end = run.last().map_or(0, |t| t.end);
            let gap = text.get(prev_end..next.start).unwrap_or("");
            let joined = gap.chars().all(|c| matches!(c, ' ' | '-' | '\'' | '’'));
            if !joined || gap.is_empty() || gap.len() > 3 || next.sentence_start {
                break;
            }
            let linking = is_linking(next.text)
                && tokens.get(j + 1).is_some_and(|t| {
                    (is_capitalised(t.text) || is_elided(t.text)) && !t.sentence_start
                });
            if is_capitalised(next.text) || linking {
                run.push(next);
                j += 1;
            } else {
                break;
            }
        }
        let mut headless = false;
        if run[0].sentence_start && !has_inner_capital(run[0].text) && common.is_common(run[0].text)
        {
            run.remove(0);
            if run.is_empty() {
                i = j;
                continue;
            }
            headless = !is_capitalised(run[0].text);
        }
        while run.first().is_some_and(|t| common.is_function(t.text)) {
            run.remove(0);
        }
        while run.last().is_some_and(|t| common.is_function(t.text)) {
            run.pop();
        }
        if run.is_empty() {
            i = j;
            continue;
        }
        let words: Vec<&str> = run.iter().map(|t| t.text).collect();
        let lone_date = words.len() == 1 && common.is_calendar(words[0]);
        let topic = !headless
            && !lone_date
            && words.iter().filter(|w| !is_elided(w)).count() <= MAX_WORDS
            && !words.iter().any(|w| common.is_title(w) || common.is_shouted(w));
        let year = tokens.get(j).filter(|t| {
            is_year(t.text)
                && run.last().is_some_and(|last| {
                    text.get(last.end..t.start).is_some_and(|g| g.chars().all(|c| c == ' '))
                })
        });
        let named = words.len() > 1
            || words.iter().any(|w| has_inner_capital(w))
            || words.iter().any(|w| !common.is_common(w))
            || year.is_some();
        let mut key = String::new();
        for w in &words {
            tag_lists::push_place_key(w, &mut key);
        }
        let place = tag_lists::place(&key);
        if topic && (named || place.is_some()) {
            let base = tag_of(&words);
            if let Some(year) = year {
                add(format!("{base}{}", year.text), &mut found);
            }
            add(base, &mut found);
        }
        if words.len() > 1 || !topic {
            for w in &words {
                key.clear();
                tag_lists::push_place_key(w, &mut key);
                if tag_lists::place(&key).is_some() && !common.is_shouted(w) {
                    add(tag_of(&[w]), &mut found);
                }
            }
        }
        i = j.max(i + 1);
    }
    found.truncate(KEPT);
    found
}

/// Posts made of names, places, years, linking words, sentence stops and entities' sigils.
fn post() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::strategy::Strategy;
    let piece = proptest::sample::select(vec![
        "Paris",
        "Lyon",
        "Saint-Étienne",
        "VivaTech",
        "Tech",
        "SNCF",
        "Nous",
        "Le",
        "See",
        "Monday",
        "Martine",
        "Welcome",
        "France",
        "Tour",
        "de",
        "du",
        "la",
        "d'",
        "l’",
        "the",
        "of",
        "en",
        "sur",
        "2026",
        "1999",
        "2",
        "innovation",
        "Innovation",
        "rust",
        "Rust",
        "Montréal",
        "Œuvre",
        "É",
        "ǅ",
        "İstanbul",
        "x",
        " ",
        " ",
        " ",
        "  ",
        "-",
        "'",
        "’",
        ". ",
        "! ",
        "? ",
        "\n",
        ": ",
        "|",
        "…",
        "•",
        ", ",
        "#",
        "@",
        "/",
        "＃",
        "🎉",
        "e\u{301}",
        "×",
        "日本",
        "éA",
        "xÉ",
        "ÀB",
        "Ⅻ",
        "Ⓐbc",
        "🄰",
        "ǅx",
        "abcdefghijklm",
        "ABCDEFGHIJ",
        "NOW",
        "PARIS",
        "USA",
        "Director",
        "Chargée",
        "Head",
        "And",
        "The",
        "l",
        "Rolling",
        "Saturday",
        "ça",
        "Ça",
        "\u{a0}",
        "é",
        "A",
    ]);
    proptest::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

proptest::proptest! {
    #[test]
    fn tokens_are_the_alphanumeric_runs(
        text in "[aZ0é É.!?:|\n#@/＃’\\-…•\u{301}日🎉×]{0,40}",
        cut in 0usize..40,
    ) {
        let skip = SpanSet::new(std::iter::once(cut..cut + 3));
        proptest::prop_assert_eq!(tokens(&text, &skip), reference_tokens(&text, &skip));
    }

    #[test]
    fn capitals_and_wide_bytes_are_found(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40), from in 0usize..40) {
        let expected = bytes
            .iter()
            .enumerate()
            .skip(from)
            .find(|&(i, &b)| {
                (b.is_ascii_uppercase() || b >= 0xc0)
                    && !(i > 0 && bytes[i - 1].is_ascii_alphanumeric())
            })
            .map(|(i, _)| i);
        proptest::prop_assert_eq!(capital_or_wide(&bytes, from), expected);
    }

    #[test]
    fn capitalised_tokens_of_any_text(
        text in "[aZ0é É.!?:|\n#@/＃’\\-…•\u{301}日🎉×ÀⅫⒶ🄰ǅ]{0,60}",
        cut in 0usize..60,
    ) {
        let skip = SpanSet::new(std::iter::once(cut..cut + 3));
        let (capitalised, expected) = capitalised_and_reference(&text, &skip);
        proptest::prop_assert_eq!(capitalised, expected);
    }

    /// Passing over the words that start with a small letter skips none that matter, and
    /// keeps each capitalised one's sentence start.
    #[test]
    fn capitalised_tokens_are_those_of_the_full_scan(text in post(), cut in 0usize..60) {
        let skip = SpanSet::new(std::iter::once(cut..cut + 5));
        let (capitalised, expected) = capitalised_and_reference(&text, &skip);
        proptest::prop_assert_eq!(capitalised, expected);
    }

    #[test]
    fn the_suggestions_are_those_of_the_simple_code(
        text in post(),
        cut in 0usize..80,
        existing in proptest::sample::subsequence(vec!["paris", "lyon", "vivatech2026", "saintetienne"], 0..3),
    ) {
        let skip = SpanSet::new(std::iter::once(cut..cut + 4));
        let existing: Vec<String> = existing.into_iter().map(String::from).collect();
        proptest::prop_assert_eq!(
            from_text(&text, &skip, &existing),
            reference_from_text(&text, &skip, &existing)
        );
    }
}

#[test]
fn the_bench_posts_get_the_suggestions_of_the_simple_code() {
    let posts = [
        include_str!("../../../bench/posts/post-fr.txt"),
        include_str!("../../../bench/posts/post-en.txt"),
        include_str!("../../../bench/posts/tweet-fr.txt"),
        include_str!("../../../bench/posts/tweet-en.txt"),
    ];
    for text in posts {
        for skip in [SpanSet::default(), SpanSet::new([0..5, 30..60, 400..410])] {
            assert_eq!(from_text(text, &skip, &[]), reference_from_text(text, &skip, &[]));
        }
    }
}

/// The Latin letters' shortcut answers as the Unicode tables do, for every char.
#[test]
fn is_alnum_is_is_alphanumeric() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
    }
}

#[test]
fn is_capital_is_is_uppercase() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        assert_eq!(is_capital(c), c.is_uppercase(), "{c:?}");
    }
}

/// The byte table agrees with the chars the scan stands for.
#[test]
fn the_byte_classes() {
    for b in 0..=255u8 {
        let c = char::from(b);
        assert_eq!(class(b) & ALNUM != 0, b.is_ascii() && c.is_alphanumeric(), "{b}");
        assert_eq!(
            class(b) & STOP != 0,
            b.is_ascii() && matches!(c, '.' | '!' | '?' | '\n' | ':' | '|'),
            "{b}"
        );
        assert_eq!(class(b) & WIDE != 0, !b.is_ascii(), "{b}");
    }
}

#[test]
fn draws_events_places_and_dates_from_the_post() {
    let a = alts("See you at VivaTech 2026 in Paris! #innovation");
    assert_eq!(a, ["#VivaTech2026", "#VivaTech", "#Paris"]);
    let a = alts("Rendez-vous au Salon de l'Agriculture à Lyon. #innovation");
    assert!(a.contains(&"#Lyon".to_string()), "{a:?}");
    let a = alts("Our Field Service Summit opens in Saint-Étienne.");
    assert!(a.contains(&"#FieldServiceSummit".to_string()), "{a:?}");
    assert!(a.contains(&"#SaintÉtienne".to_string()), "{a:?}");
}

#[test]
fn invents_nothing() {
    // No name, place or event: nothing to suggest.
    assert!(alts("We are proud to share our new vision. #innovation #success").is_empty());
    assert!(
        alts("Nous sommes fiers de vous annoncer notre nouvelle offre. #innovation").is_empty()
    );
    assert!(alts("").is_empty());
    // Every suggestion is spelled from the post's own words.
    let text = "Join us at the Rust Nation 2026 meetup in London with Ferrous Systems.";
    for tag in alts(text) {
        let body = tag.trim_start_matches('#');
        let letters: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
        assert!(letters.contains(body), "{tag} is not from the text");
    }
}

#[test]
fn skips_existing_and_hollow_tags() {
    let a = from_text("Live from Paris", &SpanSet::default(), &["paris".to_string()]);
    assert!(a.is_empty(), "{a:?}");
    assert!(alts("Welcome to France").is_empty());
}

#[test]
fn never_a_shouted_word() {
    assert_eq!(alts("BIG NEWS! Our summer SALE starts NOW at our Lyon store. #sale"), ["#Lyon"]);
    assert_eq!(alts("ÉNORME NOUVELLE : on ouvre à LYON et à Nantes !"), ["#Nantes"]);
    assert_eq!(alts("Our FREE webinar is LIVE. Register TODAY!"), Vec::<String>::new());
    // Acronyms are names.
    assert_eq!(
        alts("Great session with the SNCF and RATP teams at COP28 in the USA."),
        ["#SNCF", "#RATP", "#COP28", "#USA"]
    );
}

#[test]
fn never_a_job_title() {
    let text =
        "So proud to announce I joined Acme as Senior Director of Global Strategic Initiatives.";
    assert_eq!(alts(text), ["#Acme"]);
    let text = "Thrilled to welcome Marie Dupont, our new Head of Growth, to the team in Paris!";
    assert_eq!(alts(text), ["#MarieDupont", "#Paris"]);
    let text = "Nous accueillons Jean Martin, Directeur Commercial, et Sophie Leroy, Responsable \
                Marketing Digital, à Nantes.";
    assert_eq!(alts(text), ["#JeanMartin", "#SophieLeroy", "#Nantes"]);
    assert_eq!(
        alts("Our CEO and CTO will speak at Web Summit in Lisbon."),
        ["#WebSummit", "#Lisbon"]
    );
    assert!(alts("Notre Chargée de Communication vous répond.").is_empty());
    // A place inside a title is still one.
    assert_eq!(alts("Meet our new VP Sales Lyon."), ["#Lyon"]);
}

#[test]
fn at_most_three_words_and_no_function_word_at_either_end() {
    assert_eq!(alts("We met The Rolling Stones at Of Montreal."), ["#RollingStones", "#Montreal"]);
    assert_eq!(alts("Bravo à la Fête de la Musique !"), Vec::<String>::new());
    assert_eq!(alts("We follow the Tour de France 2026."), ["#TourDeFrance2026", "#TourDeFrance"]);
    // The tail of a name whose head starts the sentence is no topic; its place still is.
    assert_eq!(alts("Tour de Bretagne 2026: on y sera."), ["#Bretagne"]);
    // An elided article joins the name, and never ends it.
    assert_eq!(
        alts("Retrouvez-nous au Salon de l'Agriculture 2026 à Paris."),
        ["#SalonDeLAgriculture2026", "#SalonDeLAgriculture", "#Paris"]
    );
    assert_eq!(alts("Un Salon de l'eau à Lyon."), ["#Lyon"]);
    // A day or a month alone is no topic; in a name it may be.
    assert_eq!(alts("Come by on Saturday, or in June."), Vec::<String>::new());
    assert_eq!(alts("Deals all week until Black Friday."), ["#BlackFriday"]);
}

#[test]
fn no_pronoun_inflected_opener_or_cut_word() {
    // "If I" capitalised after an emoji; "Humbled", "Viewings" and "Sundays" as openers are
    // forms of common words; "Aujourd" is what an apostrophe leaves of « aujourd’hui ».
    assert_eq!(alts("Leg day done 💪 If I can do it, so can you!"), Vec::<String>::new());
    assert_eq!(alts("Humbled to join Brightwave."), ["#Brightwave"]);
    assert_eq!(alts("Viewings are highly recommended."), Vec::<String>::new());
    assert_eq!(alts("Sundays are for roasts in Ambleside."), ["#Ambleside"]);
    assert_eq!(alts("Aujourd’hui, je quitte Decathlon."), ["#Decathlon"]);
}
