#!/usr/bin/env python3
"""Concept-coverage selection on EASC, scored with the reference scorer's own functions.

An experiment for issue 5 (not part of the tool): does picking the sentences that cover the
article's weighted concepts (in the manner of Gillick and Favre, 2009) beat taking the first
sentences under the `--budget reference-words` protocol? It does not; the README records the grid.

    python3 -m venv venv && venv/bin/pip install rouge-score
    venv/bin/python experiments/easc_concepts.py [--shared ../shared]
"""
from collections import Counter

from easc_setup import load, score  # noqa: E402

args, E, tok, scorer, _, corpus = load(__doc__.splitlines()[0], "easc_concepts")

STOP = {E.normalize(w) for w in """في من على الى إلى عن ان أن إن و او أو ثم هذا هذه ذلك تلك التي الذي
الذين كان كانت يكون قد لقد لا ما لم لن مع بين كل بعد قبل حتى عند اي أي هو هي هم كما انه أنه إنه وقد
فقد وفي ومن وعلى وان وأن به بها له لها منه منها فيه فيها عليه عليها اليه إليه الا إلا غير ايضا أيضا
حيث بن""".split()}


def stem(word):
    """A light stem: one article or conjunction prefix, one common suffix."""
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix):]
            break
    else:
        if word[:1] in "وفبل" and len(word) >= 5:
            word = word[1:]
    for suffix in ("ات", "ين", "ون", "ها", "هم", "ية", "ه", "ة", "ي"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def concepts(sentence, pairs):
    words = [stem(t) for t in tok.tokenize(sentence) if t not in STOP and len(t) > 1 and not t.isdigit()]
    found = set(words)
    if pairs:
        found |= set(zip(words, words[1:]))
    return found


def rank(item, decay, length_power, early_bonus, pairs):
    sents = item["sents"]
    sets = [concepts(s, pairs) for s, _, _ in sents]
    lengths = [max(1, len(tok.tokenize(s))) for s, _, _ in sents]
    weight = Counter()
    for i, found in enumerate(sets):
        for c in found:
            weight[c] += 1.0 / (i + 1) ** decay
    chosen, covered = [], set()
    if sents:
        chosen.append(0)
        covered |= sets[0]
    while len(chosen) < len(sents):
        def value(i):
            gain = sum(weight[c] for c in sets[i] - covered)
            return gain / lengths[i] ** length_power + early_bonus / (i + 1)
        best = max((i for i in range(len(sents)) if i not in chosen), key=value)
        chosen.append(best)
        covered |= sets[best]
    return chosen


def evaluate(ranker):
    return score(E, tok, scorer, corpus, ranker)


def show(name, figures):
    print(f"| {name} | " + " | ".join(f"{x:.2f}" for x in figures) + " |", flush=True)


print("| system | R-1 | R-2 | R-L |\n|---|---|---|---|")
show("lead", evaluate(lambda item: list(range(len(item["sents"])))))
for decay in (0, 0.5, 1.0):
    for length_power in (0.5, 1.0):
        for early_bonus in (0, 0.5, 2):
            for pairs in (False, True):
                show(f"concepts a={decay} r={length_power} bonus={early_bonus} pairs={pairs}",
                     evaluate(lambda item: rank(item, decay, length_power, early_bonus, pairs)))
