//! The FR/EN message catalogue: every message a rule shows, keyed by rule id.

/// One catalogue entry: key, English, French.
pub(super) type Entry = (&'static str, &'static str, &'static str);

/// A language's template, or "" in a build without that language's packs (a one-language
/// build, docs/npm.md "Builds"): such a build speaks its own language only, and its
/// messages on a post detected in the other language are in its own ([`super::message`] falls
/// back to it). The other language's templates would be bytes fetched for nothing: the
/// editor's loader answers such a post with the full build.
macro_rules! only_with {
    ($feature:literal, $template:literal) => {
        if cfg!(feature = $feature) { $template } else { "" }
    };
}

/// The catalogue's entries, each a tuple of literals: key, English, French.
macro_rules! catalogue {
    ($(($key:literal, $en:literal, $fr:literal $(,)?)),* $(,)?) => {
        &[$(($key, only_with!("en", $en), only_with!("fr", $fr))),*]
    };
}

/// The message catalogue. Keys are `rule-id` or `rule-id.variant`.
#[rustfmt::skip]
pub(super) static CATALOGUE: &[Entry] = catalogue![
    (
        "platform/too-long",
        "This post is {used} {unit} long; {platform} allows {limit}. Cut {over} from here.",
        "Ce post fait {used} {unit} ; {platform} en autorise {limit}. Coupez {over} à partir d’ici.",
    ),
    (
        "platform/too-long.bytes",
        "This post takes {used} bytes; {platform} allows {limit}. Cut from here.",
        "Ce post occupe {used} octets ; {platform} en autorise {limit}. Coupez à partir d’ici.",
    ),
    // hashtag/ (hashtags)
    (
        "hashtag/hollow.saturated",
        "{tag} is one of the busiest tags there is: your post is buried in seconds.",
        "{tag} est l’un des tags les plus saturés : votre post y est enseveli en quelques secondes.",
    ),
    (
        "hashtag/hollow.listed",
        "{tag} is a generic, saturated tag: few will find your post through it.",
        "{tag} est un tag générique et saturé : peu de gens trouveront votre post par lui.",
    ),
    (
        "hashtag/hollow.word",
        "{tag} is a single generic word: it says nothing specific about this post.",
        "{tag} est un simple mot générique : il ne dit rien de précis sur ce post.",
    ),
    (
        "hashtag/hollow.compound",
        "{tag} only combines generic words: it is as hollow as they are.",
        "{tag} ne fait qu’assembler des mots génériques : il est aussi creux qu’eux.",
    ),
    (
        "hashtag/hollow.chance",
        "It stays about {seconds} s in the tag’s recent feed: about {percent} % chance of being seen.",
        "Il reste environ {seconds} s dans le fil récent du tag : environ {percent} % de chances d’être vu.",
    ),
    (
        "hashtag/hollow.alternatives",
        "Tags from your post: {tags}.",
        "Tags tirés de votre post : {tags}.",
    ),
    (
        "hashtag/autopilot",
        "{tag} is in {percent} % of your recent posts ({posts} of {total}): it no longer says anything about this one.",
        "{tag} figure dans {percent} % de vos posts récents ({posts} sur {total}) : il ne dit plus rien de celui-ci.",
    ),
    (
        "hashtag/too-many",
        "{count} hashtags; on {platform}, {limit} at most is advised.",
        "{count} hashtags ; sur {platform}, {limit} au plus sont conseillés.",
    ),
    (
        "hashtag/too-many.hard",
        "{count} hashtags; {platform} accepts {limit} at most.",
        "{count} hashtags ; {platform} en accepte {limit} au plus.",
    ),
    (
        "hashtag/too-many.wall",
        "A wall of {count} tags at the end: keep the one or two that say what the post is about.",
        "Un mur de {count} tags en fin de post : gardez les un ou deux qui disent de quoi il parle.",
    ),
    (
        "hashtag/casing",
        "Screen readers read {tag} as one word: write {camel}.",
        "Les lecteurs d’écran lisent {tag} comme un seul mot : écrivez {camel}.",
    ),
    ("hashtag/duplicate", "{tag} repeats {first}.", "{tag} répète {first}."),
    (
        "hashtag/banned",
        "{tag} is banned by your brand’s profile.",
        "{tag} est proscrit par le profil de votre marque.",
    ),
    (
        "hashtag/missing-required",
        "The campaign tag {tag} is missing.",
        "Le tag de campagne {tag} manque.",
    ),
    ("hashtag/missing-required.fix", "Add {tag}", "Ajouter {tag}"),
    // tone/ and terms/ (tone engine)
    ("tone/jargon", "“{text}”: {why}", "« {text} » : {why}"),
    ("tone/institutional", "“{text}”: {why}", "« {text} » : {why}"),
    ("tone/filler", "“{text}”: {why}", "« {text} » : {why}"),
    ("tone/superlative", "“{text}”: {why}", "« {text} » : {why}"),
    (
        "tone/superlative.scoped",
        "a claim to be the best of a place or a field, which nothing proves; give the fact behind it.",
        "une prétention à être le meilleur d’un lieu ou d’un domaine, que rien ne prouve ; donnez le fait qui la fonde.",
    ),
    ("tone/hedging", "“{text}”: {why}", "« {text} » : {why}"),
    (
        "tone/shouting",
        "“{text}” is in capitals: it reads as shouting.",
        "« {text} » est en capitales : cela se lit comme un cri.",
    ),
    ("fix.sentence-case", "Write it in sentence case", "Écrire en minuscules"),
    (
        "tone/exclamation.run",
        "“{text}”: one exclamation mark is enough.",
        "« {text} » : un seul point d’exclamation suffit.",
    ),
    (
        "tone/exclamation.count",
        "Exclamation {n} in this post; the voice allows {max}.",
        "Exclamation n° {n} de ce post ; le ton de la marque en autorise {max}.",
    ),
    (
        "tone/emoji",
        "{count} emoji in this post; the voice allows {max}.",
        "{count} emoji dans ce post ; le ton de la marque en autorise {max}.",
    ),
    (
        "tone/emoji.platform",
        "{count} emoji in this post; on {platform}, more than {max} bury the message.",
        "{count} emoji dans ce post ; sur {platform}, au-delà de {max}, ils noient le message.",
    ),
    (
        "tone/emoji.row",
        "{count} emoji in a row; on {platform}, more than {max} together bury the message.",
        "{count} emoji d’affilée ; sur {platform}, au-delà de {max} à la suite, ils noient le message.",
    ),
    ("tone/emoji.fix", "Remove the extra emoji ({extra})", "Supprimer les emoji en trop ({extra})"),
    (
        "tone/formality.mix",
        "“{text}” says “{other}”, but this post mostly says “{form}”: address readers one way.",
        "« {text} » : ce post dit surtout « {form} » mais aussi « {other} » ; adressez-vous aux lecteurs d’une seule façon.",
    ),
    (
        "tone/formality.profile",
        "“{text}”: the brand says “{form}” to its readers, not “{other}”.",
        "« {text} » : la marque dit « {form} » à ses lecteurs, pas « {other} ».",
    ),
    (
        "tone/formality.contraction",
        "“{text}” is a contraction; the brand’s voice is formal.",
        "« {text} » est une contraction ; le ton de la marque est soutenu.",
    ),
    (
        "tone/passive",
        "“{text}” is in the passive voice: say who acts.",
        "« {text} » est au passif : dites qui agit.",
    ),
    (
        "tone/prohibitions",
        "“{text}” is prohibition {n} of {count} in this post: say what to do rather than what not to do.",
        "« {text} » : interdiction n° {n} sur {count} dans ce post ; dites ce qu’il faut faire plutôt que ce qu’il ne faut pas faire.",
    ),
    (
        "terms/avoid",
        "“{text}” is on the brand’s list of words to avoid.",
        "« {text} » fait partie des mots que la marque évite.",
    ),
    (
        "terms/avoid.reason",
        "“{text}” is on the brand’s list of words to avoid: {reason}.",
        "« {text} » fait partie des mots que la marque évite : {reason}.",
    ),
    (
        "terms/prefer",
        "The brand writes “{use}” rather than “{text}”.",
        "La marque écrit « {use} » plutôt que « {text} ».",
    ),
    (
        "terms/prefer.reason",
        "The brand writes “{use}” rather than “{text}”: {reason}.",
        "La marque écrit « {use} » plutôt que « {text} » : {reason}.",
    ),
    ("terms/spelling", "“{text}” is spelled “{spelling}”.", "« {text} » s’écrit « {spelling} »."),
    // typo/, readability/, advocacy/, influence/, custom/ (rule families)
    (
        "typo/fr-nbsp.narrow",
        "In French, put a narrow no-break space before “{mark}”.",
        "En français, une espace fine insécable précède « {mark} ».",
    ),
    (
        "typo/fr-nbsp.colon",
        "In French, put a no-break space before the colon.",
        "En français, une espace insécable précède le deux-points.",
    ),
    (
        "typo/fr-nbsp.quotes",
        "In French, put no-break spaces inside « guillemets ».",
        "En français, des espaces insécables se placent à l’intérieur des guillemets « ».",
    ),
    (
        "typo/fr-nbsp.fix.narrow",
        "Insert a narrow no-break space",
        "Insérer une espace fine insécable",
    ),
    ("typo/fr-nbsp.fix.nbsp", "Insert a no-break space", "Insérer une espace insécable"),
    (
        "typo/fr-quotes",
        "In French, quote with « guillemets » and no-break spaces.",
        "En français, on cite entre « guillemets », avec des espaces insécables.",
    ),
    ("typo/fr-quotes.fix", "Use « guillemets »", "Mettre des guillemets « »"),
    (
        "typo/double-space",
        "{count} spaces in a row: one is enough.",
        "{count} espaces de suite : une suffit.",
    ),
    ("typo/double-space.fix", "Keep one space", "Garder une seule espace"),
    (
        "typo/en-space-before-punct",
        "No space before “{mark}” in English.",
        "Pas d’espace avant « {mark} » en anglais.",
    ),
    ("typo/en-space-before-punct.fix", "Remove the space", "Supprimer l’espace"),
    (
        "readability/long-sentence",
        "This sentence runs {words} words; keep it under {max}: split it where the idea turns.",
        "Cette phrase compte {words} mots ; restez sous {max} : coupez-la là où l’idée tourne.",
    ),
    (
        "readability/reading-ease",
        "Hard to read: {formula} reading ease {score} (aim for {threshold} or more). This is \
         the hardest sentence: shorter words and sentences help.",
        "Difficile à lire : lisibilité {formula} de {score} (visez {threshold} ou plus). Voici \
         la phrase la plus ardue : des mots et des phrases plus courts aideront.",
    ),
    (
        "readability/wall-of-text",
        "A {words}-word block: the feed folds it behind “see more”. Break it into short \
         paragraphs.",
        "Un bloc de {words} mots : le fil le replie derrière « voir plus ». Aérez-le en \
         paragraphes courts.",
    ),
    ("readability/wall-of-text.fix", "Break the paragraph here", "Couper le paragraphe ici"),
    (
        "platform/link-not-clickable",
        "Links in {platform} captions are not clickable: put it in your bio and say so.",
        "Les liens ne sont pas cliquables dans les légendes {platform} : mettez-le dans votre \
         bio et dites-le.",
    ),
    ("platform/link-not-clickable.bio", "link in bio", "lien en bio"),
    (
        "platform/too-many-links",
        "{platform} accepts at most {max} links per post; this is link {n}.",
        "{platform} accepte au plus {max} liens par post ; celui-ci est le lien n° {n}.",
    ),
    (
        "platform/hook",
        "{platform} shows about {cut} characters before “see more”, and this first line runs \
         {length}: put the point of the post before the cut.",
        "{platform} affiche environ {cut} caractères avant « voir plus », et cette première \
         ligne en compte {length} : placez l’essentiel avant la coupure.",
    ),
    (
        "advocacy/copy-paste",
        "This post is {percent}% the brand’s own post, word for word. Relayed as is, it looks \
         automated and reaches fewer people: say what it means to you, in your words.",
        "Ce post reprend à {percent} % celui de la marque, mot pour mot. Relayé tel quel, il \
         paraît automatique et touche moins de monde : dites ce qu’il représente pour vous, \
         avec vos mots.",
    ),
    (
        "influence/untagged-stakeholder",
        "{name} is on {platform} as {handle}: tag them so that they see the post.",
        "{name} est sur {platform} sous {handle} : identifiez ce compte pour qu’il voie le post.",
    ),
    ("unit.weighted", "characters", "caractères"),
    ("unit.graphemes", "characters", "caractères"),
    ("unit.characters", "characters", "caractères"),
    ("fix.remove", "Remove", "Supprimer"),
    (
        "scope.caret",
        "This document is large ({kb} KB): only the part around the caret is checked as you type.",
        "Ce document est long ({kb} Ko) : seule la partie autour du curseur est vérifiée pendant la saisie.",
    ),
    (
        "report.more-of-rule",
        "{n} more findings of this rule from here on are not shown: a report lists {max} per rule.",
        "{n} autres signalements de cette règle à partir d’ici ne sont pas affichés : un rapport en liste {max} par règle.",
    ),
    (
        "report.more",
        "{n} more findings from here on are not shown: a report lists {max} at most.",
        "{n} autres signalements à partir d’ici ne sont pas affichés : un rapport en liste {max} au plus.",
    ),
    // tone/off-voice: one hint joining the parts below.
    (
        "tone/off-voice",
        "Unlike the brand’s own posts: {parts}.",
        "Pas comme les posts de la marque : {parts}.",
    ),
    (
        "tone/off-voice.tu",
        "“tu”, where {count} of its {posts} posts say “vous”",
        "« tu », quand {count} de ses {posts} posts disent « vous »",
    ),
    (
        "tone/off-voice.vous",
        "“vous”, where {count} of its {posts} posts say “tu”",
        "« vous », quand {count} de ses {posts} posts disent « tu »",
    ),
    (
        "tone/off-voice.i",
        "“I”, where {count} of its {posts} posts say “we”",
        "« je », quand {count} de ses {posts} posts disent « nous »",
    ),
    (
        "tone/off-voice.we",
        "“we”, where {count} of its {posts} posts say “I”",
        "« nous », quand {count} de ses {posts} posts disent « je »",
    ),
    (
        "tone/off-voice.contractions",
        "{n} contracted form(s), where {count} of its {posts} posts use none",
        "{n} forme(s) contractée(s), quand {count} de ses {posts} posts n’en ont aucune",
    ),
    (
        "tone/off-voice.no-contractions",
        "no contraction in a long post, where {count} of its {posts} posts use them",
        "aucune forme contractée dans un long post, quand {count} de ses {posts} posts en ont",
    ),
    (
        "tone/off-voice.emoji-none",
        "{n} emoji, where none of its {posts} posts has one",
        "{n} emoji, quand aucun de ses {posts} posts n’en a",
    ),
    (
        "tone/off-voice.emoji",
        "{n} emoji, where its posts have {most} at most",
        "{n} emoji, quand ses posts en ont {most} au plus",
    ),
    (
        "tone/off-voice.no-emoji",
        "no emoji, where all {posts} of its posts have some",
        "aucun emoji, quand ses {posts} posts en ont tous",
    ),
    (
        "tone/off-voice.no-emoji-opener",
        "no emoji to open the post, where {count} of its {posts} posts open with one",
        "aucun emoji en tête du post, quand {count} de ses {posts} posts s’ouvrent sur un",
    ),
    (
        "tone/off-voice.emoji-opener",
        "an emoji to open the post, where none of its {posts} posts opens with one",
        "un emoji en tête du post, quand aucun de ses {posts} posts ne s’ouvre sur un",
    ),
    (
        "tone/off-voice.exclamations-none",
        "{n} exclamation mark(s), where {count} of its {posts} posts have none",
        "{n} point(s) d’exclamation, quand {count} de ses {posts} posts n’en ont aucun",
    ),
    (
        "tone/off-voice.exclamations",
        "{n} exclamation marks, where its posts have {most} at most",
        "{n} points d’exclamation, quand ses posts en ont {most} au plus",
    ),
    (
        "tone/off-voice.sentences",
        "sentences of {words} words, about twice its usual {usual}",
        "des phrases de {words} mots, environ le double de ses {usual} habituels",
    ),
    (
        "tone/off-voice.term",
        "“{text}” for {term}, as its posts write it",
        "« {text} » pour {term}, comme l’écrivent ses posts",
    ),
    ("fix.replace", "Replace with “{with}”", "Remplacer par « {with} »"),
];
