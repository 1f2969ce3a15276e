#!/usr/bin/env python3
"""How often a one-language build would have to say "pending" if the other language's hashtag
word list were fetched apart (issue 19, item 5; bench/LOG.md has the figures and the design).

A French build without the English list can give a tag the full build's answer only when it can
tell, from what it carries, that the English words cannot change that answer. The English list
enters a tag's answer in two places (`src/hashtags/frequency.rs`):

- `lookup_any(key)`: the tag is one listed word. English changes the answer when it lists the
  key at a cost at most the French one (or French lacks it).
- `split(locale, key)`: the other language's cheapest cover of the key counts when it comes
  within `MARGIN` of the own language's (it may win, or be the close rival).

Tags the lexicon lists, places and tags with digits are settled before either (`score_from`).

The build could carry a summary of the missing list: a filter answering "absent" or "maybe,
at a cost of at least c", with `f`-bit fingerprints (false "maybe"s at a rate of 2^-f per
lookup) and `c` bits of cost class (the cost's lower bound among 2^c quantiles). A tag is
pending when, with every "maybe" at its lower bound, the missing list could change the answer.
This models the full build's programme in Python (costs, per-word and fragment costs, unknown
characters, digit runs; not the three extra words per language nor French "dela"): a model for
sizing the design, not a replica to test against.

Usage: the tags and capitalised words of the bench corpus, written by

  node --input-type=module -e "$(sed -n '/^# TAGS$/,/^# END$/{//!s/^# //p}' scripts/other_list_pending.py)"

then `python3 scripts/other_list_pending.py /tmp/corpus-tags.tsv`.
"""

# TAGS
# const { generateCorpus } = await import('./bench/corpus/generate.js');
# const out = []; let id = 0;
# for (const p of generateCorpus()) { id++;
#   for (const m of p.text.matchAll(/[#＃]([\p{L}\p{N}_]+)/gu)) out.push([p.locale, id, m[1]].join('\t')); }
# (await import('node:fs')).writeFileSync('/tmp/corpus-tags.tsv', out.join('\n') + '\n');
# END

import collections
import hashlib
import os
import sys
import unicodedata

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "hashtags", "data")
UNKNOWN_CHAR, NUMBER, PER_WORD, FRAGMENT, MARGIN, MAX_WORD = 20, 4, 4, 8, 4, 24
SHORT = {
    "en": set("a i am an as at be by do go he in is me my no of on or so to up we".split()),
    "fr": set("a y au ce de du en et il je la le ma ne on ou sa se ta tu un".split()),
}


def fold(s):
    s = s.lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.combining(c) == 0)


def words(lang):
    out = {}
    with open(os.path.join(DATA, f"words-{lang}.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                word, cost = line.rstrip("\n").split("\t")
                out[word] = int(cost.rstrip("*"))
    return out


def settled(key, listed, places):
    """Tags the lexicon, the places or a digit settle before the word lists are read."""
    return key in listed or key in places or any(c.isdigit() for c in key)


def cover(lang, key, look):
    """The cheapest cover of `key` by words of `lang`, `look(word)` giving a word's cost."""
    n = len(key)
    best = [float("inf")] * (n + 1)
    best[0] = 0
    for i in range(n):
        if best[i] == float("inf"):
            continue
        if key[i].isdigit():
            j = i
            while j < n and key[j].isdigit():
                j += 1
            best[j] = min(best[j], best[i] + NUMBER)
            continue
        for j in range(i + 1, min(n, i + MAX_WORD) + 1):
            w = key[i:j]
            cost = look(w)
            if cost is not None:
                frag = FRAGMENT if len(w) <= 2 and w not in SHORT[lang] else 0
                best[j] = min(best[j], best[i] + cost + PER_WORD + frag)
        best[i + 1] = min(best[i + 1], best[i] + UNKNOWN_CHAR)
    return best[n]


def summary(listed_words, fbits, cbits):
    """What a filter of `listed_words` answers: None for "absent", else a cost lower bound."""
    if fbits is None:
        return listed_words.get
    costs = sorted(listed_words.values())
    bounds = [costs[i * len(costs) >> cbits] for i in range(1 << cbits)]
    h = lambda s: int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")

    def look(w):
        cost = listed_words.get(w)
        if cost is not None:
            return max(b for b in bounds if b <= cost)
        if h(w) % (1 << fbits) == 0:
            return bounds[h(w + "#") % len(bounds)]
        return None

    return look


def main(path):
    lists = {"en": words("en"), "fr": words("fr")}
    with open(os.path.join(DATA, "hollow.txt"), encoding="utf-8") as f:
        listed = {fold(l.split()[0].lstrip("#")) for l in f if l.strip() and not l.startswith("#")}
    with open(os.path.join(DATA, "places.txt"), encoding="utf-8") as f:
        places = {fold(l.strip()).replace(" ", "").replace("-", "") for l in f
                  if l.strip() and not l.startswith("#")}
    with open(path, encoding="utf-8") as f:
        tags = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    for name, fbits, cbits in [("exact (a perfect summary)", None, None), ("f=4 c=0", 4, 0),
                               ("f=4 c=2", 4, 2), ("f=8 c=2", 8, 2)]:
        for lang, other in (("fr", "en"), ("en", "fr")):
            own, look = lists[lang].get, summary(lists[other], fbits, cbits)
            n_tags = pending = 0
            posts, pending_posts = set(), set()
            for locale, post, body in tags:
                if locale != lang:
                    continue
                n_tags += 1
                posts.add(post)
                key = fold(body)
                if settled(key, listed, places):
                    continue
                mine, theirs = own(key), look(key)
                depends = theirs is not None and (mine is None or theirs <= mine)
                # The split is read when the key is no listed word, and for the CamelCase form
                # of a body written all in lower case.
                if (mine is None and key not in lists[other]) or body.islower():
                    depends |= cover(other, key, look) < cover(lang, key, own) + MARGIN
                if depends:
                    pending += 1
                    pending_posts.add(post)
            size = "" if fbits is None else \
                f", filter ~{1.13 * len(lists[other]) * (fbits + cbits) / 8 / 1024:.1f} KB"
            print(f"{name}, {lang} build: {pending}/{n_tags} tags, "
                  f"{len(pending_posts)}/{len(posts)} posts with tags pending{size}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/corpus-tags.tsv")
