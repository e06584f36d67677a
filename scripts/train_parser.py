"""Train the coder's dependency parser on the Universal Dependencies English Web Treebank, reproducibly.

Run: uv run python scripts/train_parser.py [--treebank DIR] [--out DIR] [--width 64] [--depth 2] [--epochs 12]
                                           [--no-upper]

Reads ``en_ewt-ud-{train,dev}.conllu`` from ``../shared/data/treebanks/ud_english_ewt`` (CC BY-SA 4.0), tokenizes the
words the way the coder does (``n't`` -> ``not``, hyphenated words such as ``short-range`` kept whole), trains a
spaCy tagger and parser (CPU, thinc; no torch) with a fixed seed, and writes the pipeline to
``src/detente/coding/models/en_ud_ewt`` (shipped as package data), keeping only what the coder loads. The model's
accuracy on the test split is measured by ``benchmarks/coder/parsers.py``. The trained weights derive from the
treebank and are licensed CC BY-SA 4.0 like it (see the model folder's README).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TREEBANK = ROOT / ".." / "shared" / "data" / "treebanks" / "ud_english_ewt"
OUT = ROOT / "src" / "detente" / "coding" / "models" / "en_ud_ewt"

#: forms the coder's tokenizer writes differently from the treebank ("did n't" -> "did not", "ca n't" -> "can not")
_FORMS = {"n't": "not", "N'T": "NOT", "ca": "can", "Ca": "Can", "wo": "will", "Wo": "Will"}


def read_conllu(path: Path) -> Iterator[list[tuple[str, str, str, int, str, bool]]]:
    """Sentences as (form, upos, xpos, head, deprel, space_after); multiword ranges and empty nodes skipped."""
    rows: list[tuple[str, str, str, int, str, bool]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield rows
                rows = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            rows.append((cols[1], cols[3], cols[4], int(cols[6]), cols[7], "SpaceAfter=No" not in cols[9]))
    if rows:
        yield rows


def to_doc(vocab: object, rows: list[tuple[str, str, str, int, str, bool]]) -> object:
    """One sentence as an annotated spaCy Doc, tokenized like the coder (hyphenated words merged)."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    for k, word in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if word in _FORMS and (word.lower() == "n't" or nxt.lower() == "n't"):
            words[k] = _FORMS[word]
    heads = [r[3] - 1 if r[3] > 0 else k for k, r in enumerate(rows)]
    deps = ["ROOT" if r[4] == "root" else r[4] for r in rows]
    doc = Doc(vocab, words=words, spaces=[r[5] for r in rows], tags=[r[2] for r in rows],  # type: ignore[arg-type]
              pos=[r[1] for r in rows], heads=heads, deps=deps)
    spans = []
    k = 0
    while k + 2 < len(doc):  # "short - range" written without spaces is one word for the coder
        a, dash, b = doc[k], doc[k + 1], doc[k + 2]
        if dash.text == "-" and not a.whitespace_ and not dash.whitespace_ and a.text[-1:].isalnum() \
                and b.text[:1].isalnum():
            end = k + 3
            while end + 1 < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text == "-" \
                    and doc[end].whitespace_ == "" and doc[end + 1].text[:1].isalnum():
                end += 2
            spans.append(doc[k:end])
            k = end
        else:
            k += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def config(width: int, depth: int, hidden: int, epochs: int, seed: int, upper: bool) -> object:
    from spacy.cli import init_config

    cfg = init_config(lang="en", pipeline=["tagger", "parser"], optimize="efficiency")
    cfg["system"]["seed"] = seed
    cfg["training"]["max_epochs"] = epochs
    cfg["training"]["max_steps"] = 0
    cfg["training"]["eval_frequency"] = 400
    cfg["components"]["tok2vec"]["model"]["encode"]["width"] = width
    cfg["components"]["tok2vec"]["model"]["encode"]["depth"] = depth
    cfg["components"]["tok2vec"]["model"]["embed"]["rows"] = [10000, 2000, 4000, 1000]
    cfg["components"]["parser"]["model"]["hidden_width"] = hidden
    cfg["components"]["parser"]["model"]["maxout_pieces"] = 2
    cfg["components"]["parser"]["model"]["use_upper"] = upper
    return cfg


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--treebank", type=Path, default=TREEBANK)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--depth", type=int, default=2)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-upper", dest="upper", action="store_false",
                        help="no hidden layer above the parser's state features (about a point less accurate)")
    args = parser.parse_args()
    import spacy
    from spacy.cli.train import train
    from spacy.tokens import DocBin

    if not (args.treebank / "en_ewt-ud-train.conllu").exists():
        sys.exit(f"missing {args.treebank}/en_ewt-ud-train.conllu: pass --treebank DIR")
    nlp = spacy.blank("en")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for split in ("train", "dev"):
            docs = [to_doc(nlp.vocab, rows) for rows in read_conllu(args.treebank / f"en_ewt-ud-{split}.conllu")]
            DocBin(docs=docs).to_disk(work / f"{split}.spacy")  # type: ignore[arg-type]
            print(f"{split}: {len(docs):,} sentences", flush=True)
        cfg = config(args.width, args.depth, args.hidden, args.epochs, args.seed, args.upper)
        cfg_path = work / "config.cfg"
        cfg.to_disk(cfg_path)  # type: ignore[attr-defined]
        train(cfg_path, work / "out", overrides={"paths.train": str(work / "train.spacy"),
                                                 "paths.dev": str(work / "dev.spacy")})
        best = spacy.load(work / "out" / "model-best")
        if args.out.exists():
            shutil.rmtree(args.out)
        best.to_disk(args.out)
    cfg_text = (args.out / "config.cfg").read_text()  # the training run's temporary paths are not part of the model
    (args.out / "config.cfg").write_text(re.sub(r"^(train|dev) = .*$", r"\1 = null", cfg_text, flags=re.M))
    meta = json.loads((args.out / "meta.json").read_text())
    (args.out / "meta.json").write_text(json.dumps({
        "name": "en_ud_ewt", "version": "1.0.0", "lang": "en", "spacy_version": meta.get("spacy_version"),
        "pipeline": meta.get("pipeline"), "labels": meta.get("labels"), "performance": meta.get("performance"),
        "sources": [{"name": "Universal Dependencies English Web Treebank", "license": "CC BY-SA 4.0"}],
        "license": "CC BY-SA 4.0",
        "trained_with": (f"scripts/train_parser.py --width {args.width} --depth {args.depth} --hidden {args.hidden} "
                         f"--epochs {args.epochs} --seed {args.seed}" + ("" if args.upper else " --no-upper")),
    }, indent=1) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
