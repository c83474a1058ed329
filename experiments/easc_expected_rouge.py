#!/usr/bin/env python3
"""Does choosing sentences for the metric itself get further than ranking them?

An experiment for issue 5 (not part of the tool). ROUGE-1 with a fixed word budget rewards a
summary for every token it shares with a reference, whether or not the sentence holding it was
picked: function words and the article's recurring words count too. So instead of ranking
sentences, this script picks them to maximise the *expected* unigram overlap with a reference,
under a model in which each reference takes sentence j independently with probability p_j:

  * the expected count of word w in a reference is lambda_w = sum_j p_j * count_j(w), and the
    expected clipped overlap of a summary holding w a times is sum_{k=1..a} P(X >= k), X ~ Poisson(lambda_w);
  * sentences are added greedily by their gain in expected overlap (or gain per token), the last
    one counted only up to the budget, until the reference-words budget is reached;
  * p_j is either a smooth position prior (0.56 for the first sentence, 0.3 / j^a after it) or
    each position's mean pick share over the other articles (leave one out).

Scored with the reference scorer's own `select`, `truncate` and `score_one` (the
`--budget reference-words` protocol):

    python3 -m venv venv && venv/bin/pip install rouge-score
    venv/bin/python experiments/easc_expected_rouge.py [--shared ../shared]
"""
import math
from collections import Counter

from easc_setup import add_picks, load, position_prior, score as scored  # noqa: E402

args, E, tok, scorer, easc, corpus = load(__doc__.splitlines()[0], "easc_expected_rouge")
add_picks(corpus, tok)
for item in corpus:
    item["tokens"] = [tok.tokenize(s) for s, _, _ in item["sents"]]


def score(ranking_of):
    return scored(E, tok, scorer, corpus, ranking_of)


def at_least(lam, k):
    """P(X >= k) for X ~ Poisson(lam)."""
    below, term = 0.0, math.exp(-lam)
    for j in range(k):
        below += term
        term *= lam / (j + 1)
    return max(0.0, 1.0 - below)


def expected_overlap_ranking(prior_of, per_token):
    def ranking(item):
        p, tokens = prior_of(item), item["tokens"]
        lam = Counter()
        for j, sentence in enumerate(tokens):
            for w in sentence:
                lam[w] += p[j]

        def value(w, a):
            return sum(at_least(lam[w], k) for k in range(1, a + 1))

        held, chosen, left, used, budget = Counter(), [], set(range(len(tokens))), 0, item["budget"]
        while left and used < budget:
            room = budget - used

            def gain(j):
                counted = Counter(tokens[j][:room])
                g = sum(value(w, held[w] + c) - value(w, held[w]) for w, c in counted.items())
                return g / max(1, min(room, len(tokens[j]))) if per_token else g

            best = max(left, key=lambda j: (gain(j), -j))
            chosen.append(best)
            left.remove(best)
            held.update(tokens[best][:room])
            used += len(tokens[best])
        return chosen + sorted(left)
    return ranking


def smooth(a):
    return lambda item: [0.56 if i == 0 else 0.3 / i ** a for i in range(len(item["sents"]))]


def leave_one_out(item):
    return position_prior(corpus, item)


def show(name, figures):
    print(f"| {name} | " + " / ".join(f"{x:.2f}" for x in figures) + " |", flush=True)


print("| selection | R-1 / R-2 / R-L |")
print("|---|---|")
show("lead", score(lambda item: list(range(len(item["sents"])))))


def prior_sorted(item):
    prior = leave_one_out(item)
    return sorted(range(len(item["sents"])), key=lambda i: (-prior[i], i))


show("sorted by the leave-one-out position prior", score(prior_sorted))
for per_token in (False, True):
    how = "gain per token" if per_token else "gain"
    for a in (0.5, 1.0, 1.5):
        show(f"expected overlap, {how}, smooth prior a={a}", score(expected_overlap_ranking(smooth(a), per_token)))
    show(f"expected overlap, {how}, leave-one-out prior", score(expected_overlap_ranking(leave_one_out, per_token)))
