#!/usr/bin/env python3
"""Is the gain from trimming sentences on EASC real, or the references' 255-character cut?

An experiment for issue 5 (not part of the tool). EASC's references keep only the first ~255
characters of each sentence an annotator picked. This script finds which article sentences each
reference picked (a sentence is picked when its first six tokens occur in the reference), rebuilds
every reference from those sentences *whole*, and scores the same systems against both the
stored and the rebuilt references, with the reference scorer's own `select`, `truncate` and
`score_one` and the `--budget reference-words` protocol:

  * lead, and lead with every sentence cut at its last clause boundary before N characters;
  * an upper bound for any sentence ranking: sentences ordered by how many annotators picked them;
  * the best position-only ranking: each position's mean pick share over the other articles;
  * with --workbench BINARY, our `news` ranking (chains/summary.json, ratio 1.0) and the same
    ranking with a penalty for sentences next to one already taken.

    python3 -m venv venv && venv/bin/pip install rouge-score
    venv/bin/python experiments/easc_whole_references.py [--shared ../shared] [--workbench .build/release/workbench]
"""
import json
import os
import re
import statistics
import subprocess

from easc_setup import HERE, add_picks, load, position_prior, score as scored  # noqa: E402

args, E, tok, scorer, easc, corpus = load(
    __doc__.splitlines()[0], "easc_whole_references",
    lambda parser: parser.add_argument("--workbench", default="",
                                       help="a release build of workbench, to score the news ranking too"))

add_picks(corpus, tok)
for item in corpus:
    item["whole"] = ["\n".join(item["sents"][i][0] for i in sorted(p)) for p in item["picks"]]
    item["whole_budget"] = max(1, round(statistics.fmean(len(tok.tokenize(r)) for r in item["whole"])))

CLAUSE = re.compile(r"[،,؛;:]\s|\sو")


def clause_cut(sentence, limit):
    """The sentence up to its last clause boundary before `limit` characters (at least 40 in)."""
    if len(sentence) <= limit:
        return sentence
    cut = None
    for m in CLAUSE.finditer(sentence):
        if m.start() > limit:
            break
        if m.start() >= 40:
            cut = m.start()
    return sentence[:cut].rstrip() if cut else sentence


def score(ranking_of, cut=None):
    """R-1/R-2/R-L F1 (%) against the stored and against the rebuilt whole references."""
    return [scored(E, tok, scorer, corpus, ranking_of, refs, budget, cut)
            for refs, budget in (("refs", "budget"), ("whole", "whole_budget"))]


def show(name, figures):
    stored, whole = figures
    print(f"| {name} | " + " / ".join(f"{x:.2f}" for x in stored) + " | "
          + " / ".join(f"{x:.2f}" for x in whole) + " |", flush=True)


def lead(item):
    return list(range(len(item["sents"])))


def by_share(item):
    return sorted(range(len(item["sents"])), key=lambda i: (-item["share"][i], i))


def by_position_prior(item):
    prior = position_prior(corpus, item)
    return sorted(range(len(item["sents"])), key=lambda i: (-prior[i], i))


print("| ranking | stored references R-1 / R-2 / R-L | whole references R-1 / R-2 / R-L |")
print("|---|---|---|")
show("lead", score(lead))
for limit in (200, 255, 300):
    show(f"lead, cut at a clause before {limit} characters", score(lead, lambda s, n=limit: clause_cut(s, n)))
show("by the number of annotators who picked a sentence (reads the references)", score(by_share))
show("by each position's mean pick share in the other articles", score(by_position_prior))

if args.workbench:
    run = subprocess.run([args.workbench, "run", "--chain", os.path.join(HERE, "..", "chains", "summary.json"),
                          "--set", "summarize.ratio=1.0", "--format", "jsonl", "--jobs", "1",
                          os.path.join(easc, "articles")], capture_output=True, text=True, check=True)
    news = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        spans = [(a["start"], a["end"]) for a in record["annotations"] if a["kind"] == "sentence"]
        index = {start: i for i, (start, _) in enumerate(spans)}
        scores = [0.0] * len(spans)
        for a in record["annotations"]:
            if a["kind"] == "summary":
                scores[index[a["start"]]] = a["data"]["score"]
        news[record["id"]] = ([(record["source"][s:e], 0, 0) for s, e in spans], scores)

    def news_with(adjacent):
        def ranking(item):
            scores = news[item["id"]][1]
            chosen, left = [], list(range(len(scores)))
            while left:
                best = max(left, key=lambda i: (scores[i] - adjacent * sum(abs(c - i) == 1 for c in chosen), -i))
                left.remove(best)
                chosen.append(best)
            return chosen
        return ranking

    saved = [item["sents"] for item in corpus]
    for item in corpus:
        item["sents"] = news[item["id"]][0]  # workbench's own sentences for its ranking
    for penalty in (0.0, 0.2, 0.5):
        show(f"workbench news scores, adjacency penalty {penalty}", score(news_with(penalty)))
    for item, sentences in zip(corpus, saved):
        item["sents"] = sentences
