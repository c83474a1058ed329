"""How many summary terms does one Russian word make? Measured on OpenCorpora's paradigms.

The summarizer and `workbench idf` count a Russian word by its light stem, so all forms of a
noun should be one term. For a sample of OpenCorpora's common nouns and adjectives (the PyPI
package pymorphy3-dicts-ru, CC BY-SA 3.0, read with pymorphy3; nothing of it is copied into the
project), this writes each lemma's forms as one JSON Lines document, runs `workbench idf
--min-documents 1`, and reads the counts back: the sum of the document counts over the number
of lemmas is the mean number of terms per lemma (1.0: every paradigm is one term), and a term
counted in two documents or more is a stem two lemmas share.

    pip install pymorphy3 pymorphy3-dicts-ru
    python3 experiments/ru_stems.py --workbench .build/release/workbench [--sample 3000]
"""

import argparse
import json
import os
import random
import subprocess
import tempfile

NAMES = ("Surn", "Name", "Patr", "Geox", "Orgn", "Abbr", "Trad")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workbench", required=True)
    parser.add_argument("--sample", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2)
    args = parser.parse_args()
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    lemmas = {"NOUN": set(), "ADJF": set()}
    for word, tag, normal, para_id, idx in morph.dictionary.iter_known_words():
        if idx != 0:
            continue
        pos = str(tag).split(",")[0].split(" ")[0]
        if pos in lemmas and not any(g in tag for g in NAMES):
            lemmas[pos].add(normal)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        for pos, found in lemmas.items():
            sample = rng.sample(sorted(found), min(args.sample, len(found)))
            records = os.path.join(folder, f"{pos}.jsonl")
            written = 0
            with open(records, "w", encoding="utf-8") as f:
                for n, lemma in enumerate(sample):
                    parse = next((p for p in morph.parse(lemma) if p.normal_form == lemma and str(p.tag).startswith(pos)), None)
                    if parse is None:
                        continue
                    forms = sorted({p.word for p in parse.lexeme
                                    if not any(str(g).startswith("V-") for g in p.tag.grammemes)})
                    f.write(json.dumps({"id": f"{pos}{n}", "language": "ru", "text": " ".join(forms)}, ensure_ascii=False) + "\n")
                    written += 1
            out = subprocess.run([os.path.abspath(args.workbench), "idf", "--min-documents", "1", "--language", "ru", records],
                                 capture_output=True, text=True, check=True).stdout
            rows = [line.split("\t") for line in out.splitlines() if line and not line.startswith("#")][1:]
            total = sum(int(r[1]) for r in rows)
            shared = sum(1 for r in rows if int(r[1]) > 1)
            print(f"{pos}: {written} lemmas, {len(rows)} terms, {total / written:.2f} terms per lemma, "
                  f"{shared} terms shared by two lemmas or more")


if __name__ == "__main__":
    main()
