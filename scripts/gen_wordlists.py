#!/usr/bin/env python3
"""Generates the compact word-frequency lists Brio segments hashtags with.

Output: src/hashtags/data/words-en.txt and words-fr.txt, one word per line, sorted, as
`word<TAB>cost` where `cost` = round((9 - zipf) * 2) (so -log10 of the word's probability,
in half-decades: coarse costs gzip well and still order segmentations well) and a trailing `*` marks a word that is also in a dictionary of common words
(not a proper noun: used to tell a generic word from a name). Words are folded: lower case,
accents removed, letters a-z only; a folded form keeps its most frequent spelling's cost.

Sources (all installable from the package registries):
  - PyPI `wordfreq` 3.1.1 (code Apache-2.0; data CC-BY-SA 4.0, by Robyn Speer et al.)
  - npm `word-list` 4.1.0 (MIT), English words
  - npm `an-array-of-french-words` 2.0.0 (MIT), French words

Usage:
  python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
  (cd /tmp/npmwl && npm install word-list@4.1.0 an-array-of-french-words@2.0.0)
  /tmp/wf/bin/python scripts/gen_wordlists.py /tmp/npmwl/node_modules [N]
"""

import json
import os
import sys
import unicodedata

from wordfreq import top_n_list, zipf_frequency

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "hashtags", "data")


# Words this rare are kept only when a dictionary lists them.
RARE_COST = 11


def fold(word):
    word = word.lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    word = unicodedata.normalize("NFD", word)
    return "".join(c for c in word if not unicodedata.combining(c))


def dictionary(modules, lang):
    if lang == "en":
        with open(os.path.join(modules, "word-list", "words.txt"), encoding="utf-8") as f:
            words = f.read().split()
    else:
        with open(os.path.join(modules, "an-array-of-french-words", "index.json"), encoding="utf-8") as f:
            words = json.load(f)
    return {fold(w) for w in words}


def main():
    modules = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    for lang in ("en", "fr"):
        dict_words = dictionary(modules, lang)
        best = {}
        for word in top_n_list(lang, n * 2):
            folded = fold(word)
            if not folded.isascii() or not folded.isalpha():
                continue
            # One-letter words other than real ones make segmentation split everything.
            if len(folded) == 1 and folded not in ("a", "i", "y"):
                continue
            cost = round((9 - zipf_frequency(word, lang)) * 2)
            if folded not in best or cost < best[folded]:
                best[folded] = cost
            if len(best) >= n:
                break
        path = os.path.join(OUT, f"words-{lang}.txt")
        with open(path, "w", encoding="utf-8") as f:
            for word in sorted(best):
                mark = "*" if word in dict_words else ""
                # The rarest band (cost 11) outside the dictionary is mostly names and
                # misspellings: dropping it keeps the held-out scores and saves ~10% of the .wasm's
                # word data.
                if best[word] >= RARE_COST and not mark:
                    continue
                f.write(f"{word}\t{best[word]}{mark}\n")
        print(path, len(best), os.path.getsize(path))


if __name__ == "__main__":
    main()
