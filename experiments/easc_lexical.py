#!/usr/bin/env python3
"""Do the words of a sentence say whether annotators take it? A cross-validated lexical model.

An experiment for issue 5 (not part of the tool). Earlier prototypes learned from 20 sentence
features (position, length, centrality, ...); this one learns from the words themselves: each
sentence is a bag of the scorer's normalized tokens (unigrams, optionally bigrams, tf-idf
weighted), plus its leave-one-out position prior, and a ridge regression (or logistic
regression) predicts the share of annotators who took it. Learned on four fifths of the
articles and scored on the fifth (5-fold by article), sentences ranked by the prediction.

    python3 -m venv venv && venv/bin/pip install rouge-score scikit-learn
    venv/bin/python experiments/easc_lexical.py [--shared ../shared]
"""
import numpy as np
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import Ridge, LogisticRegression

from easc_setup import add_picks, load, position_prior, score as scored  # noqa: E402

args, E, tok, scorer, easc, corpus = load(__doc__.splitlines()[0], "easc_lexical")
add_picks(corpus, tok)
for item in corpus:
    item["tokens"] = [" ".join(tok.tokenize(s)) for s, _, _ in item["sents"]]
    item["prior"] = position_prior(corpus, item)


def rows(items):
    texts, prior, y = [], [], []
    for item in items:
        n = len(item["sents"])
        for i in range(n):
            texts.append(item["tokens"][i])
            prior.append([item["prior"][i], 1.0 / (i + 1), i / max(1, n - 1),
                          min(len(item["tokens"][i].split()), 80) / 80])
            y.append(item["share"][i])
    return texts, np.array(prior), np.array(y)


def run(ngrams, alpha, text_weight, logistic=False, first_first=True, folds=5):
    predicted = {}
    for f in range(folds):
        train = [it for k, it in enumerate(corpus) if k % folds != f]
        test = [it for k, it in enumerate(corpus) if k % folds == f]
        vec = TfidfVectorizer(ngram_range=(1, ngrams), min_df=2, sublinear_tf=True,
                              token_pattern=r"\S+")
        t_texts, t_dense, t_y = rows(train)
        X = hstack([vec.fit_transform(t_texts) * text_weight, csr_matrix(t_dense)]).tocsr()
        if logistic:
            model = LogisticRegression(C=1.0 / alpha, max_iter=2000)
            model.fit(X, (t_y >= 0.5).astype(int))
        else:
            model = Ridge(alpha=alpha).fit(X, t_y)
        for item in test:
            texts, dense, _ = rows([item])
            Xi = hstack([vec.transform(texts) * text_weight, csr_matrix(dense)]).tocsr()
            p = model.predict_proba(Xi)[:, 1] if logistic else model.predict(Xi)
            predicted[item["id"]] = p

    def ranking(item):
        p = predicted[item["id"]]
        order = sorted(range(len(p)), key=lambda i: (-p[i], i))
        if first_first:
            order = [0] + [i for i in order if i != 0]
        return order
    return scored(E, tok, scorer, corpus, ranking)


print("lead           ", ["%.2f" % x for x in scored(E, tok, scorer, corpus, lambda it: list(range(len(it["sents"]))))])
print("prior only     ", ["%.2f" % x for x in run(1, 1.0, 0.0)])
for ngrams in (1, 2):
    for alpha in (1.0, 3.0, 10.0, 30.0):
        for w in (0.5, 1.0, 2.0):
            print(f"ridge n={ngrams} a={alpha} w={w}", ["%.2f" % x for x in run(ngrams, alpha, w)], flush=True)
for alpha in (1.0, 10.0):
    print(f"logistic a={alpha}", ["%.2f" % x for x in run(1, alpha, 1.0, logistic=True)], flush=True)
