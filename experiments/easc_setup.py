"""What the EASC experiments share: the --shared option, the reference scorer's module, its
tokenizer and ROUGE scorer, and the corpus prepared for the reference-words budget."""
import argparse
import os
import sys

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
