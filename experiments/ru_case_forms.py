"""Does a Russian glossary entry find its name in every case? Measured on OpenCorpora.

The Russian glossary step folds a word and its entry onto one stem so that the cases of a
name meet (Токаева, Токаеву, Токаевым -> Токаев). This script measures that on real
paradigms: OpenCorpora's dictionary (CC BY-SA 3.0; through the PyPI package
pymorphy3-dicts-ru, which this script reads with pymorphy3, and nothing of which is copied into
the project) lists every form of its surnames (Surn), given names (Name), patronymics (Patr)
and place names (Geox).

For each group the script writes a glossary of the lemmas in the nominative (capitalised, as a
translator writes them; the English is the lemma's id) and one JSON Lines record per lemma
whose text is the lemma's singular forms (and a plural-only place's plural forms), then runs
`workbench run` with a chain of `glossary` alone and checks every form:
  found      the form was matched to its own entry,
  other      it was matched to another entry (a collision),
  missed     nothing was matched.
Lemmas whose nominatives the glossary folds together are a conflict the loader refuses; the
script counts them and leaves them out (the second of each pair).

    pip install pymorphy3 pymorphy3-dicts-ru
    python3 experiments/ru_case_forms.py --workbench .build/release/workbench [--sample N]

Feminine forms of a surname or patronymic (Алиевой, Ивановны) are scored against the
masculine entry (Алиев, Иванович) apart, since they name another person: `feminine` counts
how often they are matched to it. Spelling variants OpenCorpora lists beside a form (V-ie:
Абдрефиевич beside Абдрефьевич) are not cases and are left out.
"""

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

GROUPS = ("Surn", "Name", "Patr", "Geox")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "loc2", "voct", "acc2")


def capitalise(word):
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def paradigms(sample, seed):
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    lemmas = {group: {} for group in GROUPS}
    common = []
    for word, tag, normal, para_id, idx in morph.dictionary.iter_known_words():
        if not any(g in tag for g in GROUPS + ("Orgn", "Abbr", "Trad")) and len(word) >= 3:
            common.append(word)
        if idx != 0:
            continue
        for group in GROUPS:
            if group in tag and normal not in lemmas[group]:
                lemmas[group][normal] = para_id
    rng = random.Random(seed)
    out = {}
    for group, found in lemmas.items():
        names = sorted(found)
        if sample and len(names) > sample:
            names = sorted(rng.sample(names, sample))
        entries = []
        for lemma in names:
            parse = next(
                (p for p in morph.parse(lemma) if group in p.tag and p.normal_form == lemma),
                None,
            )
            if parse is None:
                continue
            forms = []
            plural_only = "Pltm" in parse.tag
            for form in parse.lexeme:
                tag = form.tag
                # Spelling variants (V-ie: Абдрефиевич beside Абдрефьевич), not cases.
                if any(str(g).startswith("V-") for g in tag.grammemes):
                    continue
                number = "plur" if "plur" in tag else "sing"
                if number == "plur" and not plural_only:
                    continue
                gender = "femn" if "femn" in tag else "masc"
                case = next((c for c in CASES if c in tag), "?")
                forms.append((form.word, case, gender))
            entries.append((lemma, forms))
        out[group] = entries
    out["common"] = sorted(rng.sample(sorted(set(common)), min(len(set(common)), 200_000)))
    return out


def run_group(workbench, group, entries, folder):
    glossary = os.path.join(folder, f"{group}.tsv")
    masculine_lemma = {}
    with open(glossary, "w", encoding="utf-8") as f:
        f.write("russian\tenglish\ttype\n")
        kind = "place" if group == "Geox" else "person"
        for number, (lemma, _) in enumerate(entries):
            f.write(f"{capitalise(lemma)}\tL{number}\t{kind}\n")
    # The loader refuses lemmas that fold together; lint names them, and we drop the later.
    lint = subprocess.run(
        [workbench, "glossary", "lint", glossary], capture_output=True, text=True
    )
    refused = set()
    for line in lint.stdout.splitlines() + lint.stderr.splitlines():
        if ": error:" in line and f"{group}.tsv:" in line:
            try:
                refused.add(int(line.split(f"{group}.tsv:")[1].split(":")[0]) - 2)
            except ValueError:
                pass
    kept = [(n, e) for n, e in enumerate(entries) if n not in refused]
    with open(glossary, "w", encoding="utf-8") as f:
        f.write("russian\tenglish\ttype\n")
        kind = "place" if group == "Geox" else "person"
        for number, (lemma, _) in kept:
            f.write(f"{capitalise(lemma)}\tL{number}\t{kind}\n")
    chain = os.path.join(folder, f"{group}.json")
    with open(chain, "w", encoding="utf-8") as f:
        json.dump({"version": 1, "chain": [{"use": "glossary", "options": {"files": [f"{group}.tsv"]}}]}, f)
    records = os.path.join(folder, f"{group}.jsonl")
    spans = {}
    with open(records, "w", encoding="utf-8") as f:
        for number, (lemma, forms) in kept:
            text, offsets = "", []
            for word, case, gender in forms:
                if text:
                    text += " , "
                start = len(text)
                text += capitalise(word)
                offsets.append((start, len(text), word, case, gender))
            spans[f"r{number}"] = (number, lemma, offsets)
            f.write(json.dumps({"id": f"r{number}", "language": "ru", "text": text}, ensure_ascii=False) + "\n")
    result = subprocess.run(
        [workbench, "run", "--chain", chain, "--format", "jsonl", records],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        sys.exit(f"workbench failed on {group}: {result.stderr[:2000]}")
    tally = collections.Counter()
    by_case = collections.defaultdict(collections.Counter)
    misses = collections.Counter()
    examples = collections.defaultdict(list)
    for line in result.stdout.splitlines():
        doc = json.loads(line)
        number, lemma, offsets = spans[doc["id"]]
        hits = {(a["start"], a["end"]): a["data"]["target"] for a in doc["annotations"] if a["kind"] == "term"}
        for start, end, word, case, gender in offsets:
            target = hits.get((start, end))
            feminine_of_masculine = group in ("Surn", "Patr") and gender == "femn"
            if target == f"L{number}":
                outcome = "found"
            elif target is None:
                outcome = "missed"
            else:
                outcome = "other"
            key = "feminine " + outcome if feminine_of_masculine else outcome
            # Another spelling of the name (Борисыч for Борисович, Абдрефьевич for Абдрефиевич):
            # not a case of the one the entry writes.
            keep = max(len(lemma) - 3, 1)
            if not feminine_of_masculine and word[:keep] != lemma[:keep]:
                tally["spelling " + outcome] += 1
                continue
            tally[key] += 1
            if not feminine_of_masculine:
                by_case[case][outcome] += 1
                if outcome != "found":
                    ending = lemma[-2:] + ">" + word[len(os.path.commonprefix([lemma, word])):]
                    misses[ending] += 1
                    if len(examples[ending]) < 3:
                        examples[ending].append(f"{lemma}/{word}")
    return len(entries), len(refused), tally, by_case, misses, examples


def false_positives(workbench, group, folder, common):
    """Hits of the group's glossary on capitalised forms of common words (a sentence start)."""
    chain = os.path.join(folder, f"{group}.json")
    records = os.path.join(folder, "common.jsonl")
    with open(records, "w", encoding="utf-8") as f:
        for start in range(0, len(common), 500):
            text = " . ".join(capitalise(w) for w in common[start:start + 500])
            f.write(json.dumps({"id": f"c{start}", "language": "ru", "text": text}, ensure_ascii=False) + "\n")
    result = subprocess.run([workbench, "run", "--chain", chain, "--format", "jsonl", records],
                            capture_output=True, text=True)
    hits = []
    for line in result.stdout.splitlines():
        doc = json.loads(line)
        hits += [doc["source"][a["start"]:a["end"]] for a in doc["annotations"] if a["kind"] == "term"]
    return hits


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workbench", required=True)
    parser.add_argument("--sample", type=int, default=0, help="lemmas per group (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--groups", default=",".join(GROUPS))
    args = parser.parse_args()
    workbench = os.path.abspath(args.workbench)
    data = paradigms(args.sample, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        for group in args.groups.split(","):
            total, refused, tally, by_case, misses, examples = run_group(workbench, group, data[group], folder)
            scored = tally["found"] + tally["other"] + tally["missed"]
            print(f"\n## {group}: {total} lemmas, {refused} refused as folding onto another")
            print(f"forms {scored}: found {tally['found']} ({100 * tally['found'] / max(scored, 1):.1f}%), "
                  f"other entry {tally['other']}, missed {tally['missed']}")
            if group in ("Surn", "Patr"):
                fem = tally["feminine found"] + tally["feminine other"] + tally["feminine missed"]
                print(f"feminine forms {fem}: matched to the masculine entry {tally['feminine found']}, "
                      f"another {tally['feminine other']}, none {tally['feminine missed']}")
            spelled = tally["spelling found"] + tally["spelling other"] + tally["spelling missed"]
            if spelled:
                print(f"other spellings in the paradigm {spelled}: found {tally['spelling found']}")
            print("by case: " + ", ".join(
                f"{case} {c['found']}/{sum(c.values())}" for case, c in sorted(by_case.items())))
            for ending, count in misses.most_common(15):
                print(f"  {count:6d}  {ending:12s} {' '.join(examples[ending])}")
            hits = false_positives(workbench, group, folder, data["common"])
            print(f"common words ({len(data['common'])} forms, capitalised) matched: {len(hits)}: "
                  + " ".join(sorted(hits)[:: max(len(hits) // 12, 1)][:12]))


if __name__ == "__main__":
    main()
