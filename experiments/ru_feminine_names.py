"""Are the women's given names the Russian layer knows women's names, and which of their forms
are also a man's? And which forms of names does the Russian glossary take for a place?

Two checks on OpenCorpora's dictionary (CC BY-SA 3.0, through the PyPI package
pymorphy3-dicts-ru; nothing of it is copied into the project):

1. Every name of `FeminineGivenNames` (read from its Swift source) that OpenCorpora has must be
   a woman's given name there (Name, femn); the forms the Swift rule makes that OpenCorpora also
   parses as a man's given name are listed: they are why the file has `twins`.
2. With `--workbench`, every singular form of OpenCorpora's given names, surnames and
   patronymics, capitalised, is run through a chain of `glossary` alone on
   `glossaries/kazakhstan-ru.tsv`; the terms that are not persons are counted per entry.

    pip install pymorphy3 pymorphy3-dicts-ru
    python3 experiments/ru_feminine_names.py [--workbench .build/release/workbench]
"""
import argparse
import collections
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


def swift_list():
    source = open(os.path.join(ROOT, "Sources/Core/Text/Russian/FeminineGivenNames.swift"), encoding="utf-8").read()
    start = source.index('"""') + 3
    return source[start:source.index('"""', start)].replace("\\", "").split()


def case_forms(name):
    """The forms FeminineGivenNames.caseForms makes, with the name."""
    base = name[:-1]
    if name.endswith("ия"):
        return [name] + [base[:-1] + e for e in ("ии", "ию", "ией", "иею")]
    if name[-1] == "я":
        return [name] + [base + e for e in ("и", "е", "ю", "ей", "ею")]
    if name[-1] == "а":
        genitive = "и" if name[-2] in "гкхжшчщ" else "ы"
        return [name] + [base + e for e in (genitive, "е", "у", "ой", "ою")]
    if name[-1] == "ь":
        return [name] + (["любви", "любовью"] if name == "любовь" else [base + "и", base + "ью"])
    return [name]


def check_list(morph):
    names = swift_list()
    unknown, not_women, shared = [], [], collections.defaultdict(list)
    for name in names:
        parses = [p for p in morph.parse(name) if "Name" in p.tag and p.normal_form == name]
        if not parses:
            unknown.append(name)
        elif not any("femn" in p.tag for p in parses):
            not_women.append(name)
        for form in case_forms(name):
            men = [p for p in morph.parse(form) if "Name" in p.tag and "masc" in p.tag]
            if men:
                shared[name].append(f"{form} ({men[0].normal_form}, {men[0].tag.case})")
    print(f"{len(names)} names; {len(names) - len(unknown)} in OpenCorpora; not a woman's name there: {not_women or 'none'}")
    print(f"not in OpenCorpora: {' '.join(unknown)}")
    print(f"{len(shared)} share forms with a man's name:")
    for name, forms in shared.items():
        print(f"  {name}: {', '.join(forms)}")


def check_places(morph, workbench):
    forms = sorted({w for w, tag, _, _, _ in morph.dictionary.iter_known_words()
                    if ("Name" in tag or "Surn" in tag or "Patr" in tag) and "sing" in tag})
    with tempfile.TemporaryDirectory() as tmp:
        records = os.path.join(tmp, "names.jsonl")
        with open(records, "w", encoding="utf-8") as out:
            for i in range(0, len(forms), 200):
                text = " . ".join(w[:1].upper() + w[1:] for w in forms[i:i + 200])
                out.write(json.dumps({"id": str(i), "language": "ru", "text": text}, ensure_ascii=False) + "\n")
        chain = os.path.join(tmp, "chain.json")
        glossary = os.path.abspath(os.path.join(ROOT, "glossaries", "kazakhstan-ru.tsv"))
        json.dump({"version": 1, "chain": [{"use": "glossary", "options": {"files": [glossary]}}]}, open(chain, "w"))
        run = subprocess.run([workbench, "run", "--chain", chain, "--format", "jsonl", records],
                             capture_output=True, text=True, check=True)
    hits = collections.defaultdict(set)
    for line in run.stdout.splitlines():
        record = json.loads(line)
        for a in record["annotations"]:
            if a["kind"] == "term" and a["data"].get("type") != "person":
                hits[a["data"]["entry"]].add(record["source"][a["start"]:a["end"]])
    print(f"{len(forms)} name forms; {sum(map(len, hits.values()))} taken for a term that is not a person:")
    for entry, words in sorted(hits.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(words):3} {entry}: {' '.join(sorted(words)[:8])}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workbench", help="the workbench binary, for the second check")
    args = parser.parse_args()
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    check_list(morph)
    if args.workbench:
        check_places(morph, args.workbench)


if __name__ == "__main__":
    main()
