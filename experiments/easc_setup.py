"""What the EASC experiments share: the --shared option, the reference scorer's module, its
tokenizer and ROUGE scorer, the corpus prepared for the reference-words budget, which sentences
each reference picked, and the position prior those picks give."""
import argparse
import os
import statistics
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def load(description, name, extra_arguments=None):
    """-> (args, eval_rouge module, tokenizer, ROUGE scorer, EASC folder, prepared corpus)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"),
                        help="the shared folder holding eval/ and corpora/ (default: ../shared next to the repo)")
    if extra_arguments:
        extra_arguments(parser)
    args = parser.parse_args()
    scorer_dir = os.path.join(args.shared, "eval", "summarization")
    if not os.path.isfile(os.path.join(scorer_dir, "eval_rouge.py")):
        sys.exit(f"{name}: error: no reference scorer at {scorer_dir}/eval_rouge.py (use --shared)")
    sys.path.insert(0, scorer_dir)
    import eval_rouge as E
    from rouge_score import rouge_scorer

    tok = E.ArabicRougeTokenizer()
    scorer = rouge_scorer.RougeScorer(list(E.METRICS), tokenizer=tok)
    easc = os.path.join(args.shared, "corpora", "easc")
    corpus = E.load_corpus(easc)
    E.prepare(corpus, tok, "words")
    return args, E, tok, scorer, easc, corpus


def picked(tok, sentences, reference):
    """The indices of the sentences whose first six tokens occur, in order, in the reference."""
    text = " " + " ".join(tok.tokenize(reference)) + " "
    out = set()
    for i, (s, _, _) in enumerate(sentences):
        head = tok.tokenize(s)[:6]
        if head and " " + " ".join(head) + " " in text:
            out.add(i)
    return out


def add_picks(corpus, tok):
    """Adds each item's "picks" (per reference) and "share" (per sentence: the share of references
    that picked it)."""
    for item in corpus:
        item["picks"] = [picked(tok, item["sents"], r) for r in item["refs"]]
        counts = Counter(i for p in item["picks"] for i in p)
        item["share"] = [counts[i] / len(item["refs"]) for i in range(len(item["sents"]))]


def position_prior(corpus, item):
    """Each position's mean pick share over the other articles (positions past 15 pooled)."""
    pooled = defaultdict(list)
    for other in corpus:
        if other is not item:
            for i, x in enumerate(other["share"]):
                pooled[min(i, 15)].append(x)
    prior = {i: statistics.fmean(v) for i, v in pooled.items()}
    return [prior[min(i, 15)] for i in range(len(item["sents"]))]


def score(E, tok, scorer, corpus, ranking_of, refs="refs", budget="budget", cut=None):
    """R-1 / R-2 / R-L F1 (%) of a ranking under the reference-words budget, averaged over each
    article's references (the item's `refs`) and then over the articles; `cut` trims sentences
    before selection."""
    per = []
    for item in corpus:
        sentences = item["sents"] if cut is None else [(cut(s), p, k) for s, p, k in item["sents"]]
        text = E.select(sentences, ranking_of(item), "words", item[budget], item["k"], tok)
        per.append(E.score_one(scorer, E.truncate(text, item[budget], tok), item[refs]))
    return [100 * statistics.fmean(s[m]["avg"][2] for s in per) for m in E.METRICS]
