"""Syntax: the one adapter between the coder and a dependency parser.

The coder hands over a sentence's tokens (its own tokenization) and gets back a :class:`Parse`: for each token
its head, its Universal Dependencies relation and its Penn Treebank part of speech. Nothing else in the coder
knows which parser made it, so the parser can be swapped by writing another class with the :class:`Parser`
methods.

The shipped parser (:class:`SpacyParser` with the model in ``detente/coding/models/en_ud_ewt``) is a spaCy
tagger and parser trained by ``scripts/train_parser.py`` on the Universal Dependencies English Web Treebank
(CC BY-SA 4.0); spaCy runs it on the CPU (thinc, no torch) and nothing is downloaded. spaCy is imported, and the
model loaded, on the first parse.

The network's matrix products run in numpy's BLAS (OpenBLAS in numpy's wheels), not in the ``blis`` library
spaCy uses by default: blis's wheels fall back to unoptimised reference kernels on processors they do not know
(AMD Zen 4 among them), where a parse took half again as long; the parses are the same. The BLAS is held to one
thread while it parses (``threadpoolctl``), so one coding process uses one core, as the coder's benchmarks count it;
use processes (``code_texts(..., processes=N)``) for more.

>>> parse = default_parser().parse(["North", "Korea", "fired", "two", "missiles", "."])
>>> parse.labels[1], parse.heads[1], parse.labels[4], parse.heads[4]
('nsubj', 2, 'obj', 2)
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from detente.errors import CodingError

__all__ = ["MODEL", "Parse", "Parser", "SpacyParser", "default_parser"]

log = logging.getLogger(__name__)

#: the shipped model's folder inside the package
MODEL = "en_ud_ewt"


@dataclass(frozen=True, slots=True)
class Parse:
    """A dependency tree over a sentence's tokens. ``heads[i]`` is ``i`` for the root."""

    heads: tuple[int, ...]
    labels: tuple[str, ...]
    tags: tuple[str, ...]
    _children: tuple[tuple[int, ...], ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        kids: list[list[int]] = [[] for _ in self.heads]
        for i, h in enumerate(self.heads):
            if h != i:
                kids[h].append(i)
        object.__setattr__(self, "_children", tuple(tuple(k) for k in kids))

    def __len__(self) -> int:
        return len(self.heads)

    def children(self, i: int, *labels: str) -> Iterator[int]:
        """The dependents of ``i`` (with one of ``labels``, when given), left to right."""
        for k in self._children[i]:
            if not labels or self.labels[k] in labels:
                yield k

    def child(self, i: int, *labels: str) -> int | None:
        for k in self._children[i]:  # the first of :meth:`children`, without making a generator
            if not labels or self.labels[k] in labels:
                return k
        return None

    def is_root(self, i: int) -> bool:
        return self.heads[i] == i

    def ancestors(self, i: int) -> Iterator[int]:
        """The heads above ``i``, nearest first (stops at the root and on a cycle)."""
        seen = {i}
        while not self.is_root(i):
            i = self.heads[i]
            if i in seen:
                return
            seen.add(i)
            yield i

    def verbal(self, i: int) -> bool:
        return self.tags[i].startswith(("VB", "MD"))


class Parser(Protocol):
    """What the coder needs of a parser."""

    name: str

    def parse(self, tokens: Sequence[str]) -> Parse: ...

    def parse_many(self, sentences: Sequence[Sequence[str]]) -> list[Parse]: ...


def _model_path() -> Path:
    path = Path(str(resources.files("detente.coding").joinpath("models", MODEL)))
    if not (path / "config.cfg").exists():
        raise CodingError(f"the parser model is missing from {path}; reinstall detente (pip install --force-reinstall "
                          "detente) or code without syntax (CoderOptions(syntax=False))")
    return path


#: fewer sentences than this are parsed by spaCy's own loop: the numpy loop's cost is per step, spaCy's per sentence
_LOOP_DOCS = 8


class _Strings(dict[int, str]):
    """Relation labels and tags by their hash in spaCy's string store, looked up once each ("ROOT" is "root")."""

    store: Any = None

    def __missing__(self, key: int) -> str:
        text = self.store[key]
        self[key] = text = "root" if text == "ROOT" else text
        return text


class SpacyParser:
    """A spaCy pipeline (tagger and parser with UD labels) run on the coder's tokens."""

    def __init__(self, model: Path | None = None, *, batch_size: int = 256) -> None:
        self.model = model or _model_path()
        self.name = f"spacy:{self.model.name}"
        self.batch_size = batch_size
        self._nlp: Any = None
        self._threads: Any = None
        self._loop: Any = None
        self._labels = _Strings()
        self._tags = _Strings()

    def _load(self) -> Any:
        if self._nlp is None:
            try:
                import spacy
            except ImportError as exc:  # pragma: no cover - spaCy is a dependency
                raise CodingError("spaCy is not installed: pip install detente (it depends on spacy)") from exc
            from thinc.api import NumpyOps
            from threadpoolctl import ThreadpoolController

            nlp = spacy.load(self.model, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
            ops = NumpyOps(use_blis=False)
            for _, component in nlp.pipeline:
                model = getattr(component, "model", None)
                for layer in model.walk() if model is not None else ():
                    layer.ops = ops
            self._threads = ThreadpoolController()
            self._labels.store = self._tags.store = nlp.vocab.strings
            from detente.coding._greedy import GreedyLoop

            parser = nlp.get_pipe("parser") if "parser" in nlp.pipe_names else None
            self._loop = GreedyLoop(parser) if parser is not None and GreedyLoop.fits(parser) else None
            if "tok2vec" in nlp.pipe_names:  # each distinct token embedded once (coding._embeddings), the same floats
                from detente.coding._embeddings import TokenEmbeddings

                with self._threads.limit(limits=1, user_api="blas"):
                    TokenEmbeddings.install(nlp.get_pipe("tok2vec"))
            self._nlp = nlp
            log.debug("loaded parser %s", self.model)
        return self._nlp

    def parse(self, tokens: Sequence[str]) -> Parse:
        return self.parse_many([tokens])[0]

    def parse_many(self, sentences: Sequence[Sequence[str]]) -> list[Parse]:
        if not sentences:
            return []
        self._load()
        openers = [time_opener(words) for words in sentences]
        out = [with_opener(words[:k], *parse) if k else Parse(*parse) for words, k, parse in
               zip(sentences, openers, self._pipe([words[k:] for words, k in zip(sentences, openers, strict=True)]),
                   strict=True)]
        # "Expressing deep concern about ..., the Council imposed ...": a participle that opens the sentence read
        # as its root; parsed again as two parts, the participle's clause hung on the main clause
        # "The statement accused the ministry ...": the main verb read as a participle on its subject
        # "Britain condemns Russian strike": a headline's present verb read as a plural noun
        from detente.coding._headline_verb import headline_verb
        from detente.coding._intent_complement import intent_complement
        from detente.coding._participle_root import participle_root

        out = [headline_verb(words, participle_root(words, intent_complement(words, object_after_oblique(
                   words, parse)))) for words, parse in zip(sentences, out, strict=True)]
        redo = [(i, c) for i, (words, parse) in enumerate(zip(sentences, out, strict=True))
                if (c := participle_opener(words, parse))]
        if redo:
            parts = self._pipe([part for i, c in redo for part in (sentences[i][:c], sentences[i][c + 1:])])
            for n, (i, c) in enumerate(redo):
                out[i] = with_participle(c, parts[2 * n], parts[2 * n + 1])
        # "Peru in a statement on Monday condemned ...": the phrase between the subject and its verb misread
        spoken = [(i, span) for i, (words, parse) in enumerate(zip(sentences, out, strict=True))
                  if (span := spoken_in(words, parse)) is not None]
        if spoken:
            parts = self._pipe([part for i, (a, b) in spoken
                                for part in (sentences[i][a:b], [*sentences[i][:a], *sentences[i][b:]])])
            for n, (i, span) in enumerate(spoken):
                out[i] = with_spoken_in(span, parts[2 * n], parts[2 * n + 1])
        # "Azerbaijan condemned Armenia after Armenian forces shelled ...": the main verb read as a modifier
        from detente.coding._after_clause import misread_after, with_after

        after = [(i, a) for i, (words, parse) in enumerate(zip(sentences, out, strict=True))
                 if (a := misread_after(words, parse)) is not None]
        if after:
            parts = self._pipe([part for i, a in after for part in (sentences[i][:a], sentences[i][a + 1:])])
            for n, (i, a) in enumerate(after):
                out[i] = with_after(a, parts[2 * n], parts[2 * n + 1])
        # "The Security Council demands that ...": a body's present verb read as a plural noun; read in the past
        from detente.coding._present_verb import misread_present, past_of, with_present

        present = [(i, t) for i, (words, parse) in enumerate(zip(sentences, out, strict=True))
                   if (t := misread_present(words, parse)) is not None]
        if present:
            again = self._pipe([[*sentences[i][:t], past_of(sentences[i][t]), *sentences[i][t + 1:]]
                                for i, t in present])
            for (i, t), parse in zip(present, again, strict=True):
                out[i] = with_present(t, out[i], Parse(*parse))
        return out

    def _pipe(self, sentences: Sequence[Sequence[str]]) -> list[tuple[tuple[int, ...], tuple[str, ...],
                                                                       tuple[str, ...]]]:
        """Heads, labels and tags of each sentence as spaCy parses it."""
        from spacy.attrs import DEP, HEAD, TAG
        from spacy.tokens import Doc

        from detente.coding._courtesy import joined_titles, titles_joined, titles_split

        nlp = self._load()
        stops = [joined_titles(words) for words in sentences]  # "Mr", "." handed over as "Mr." (coding._courtesy)
        docs = [Doc(nlp.vocab, words=titles_joined(words, at) if at else list(words))
                for words, at in zip(sentences, stops, strict=True)]
        with self._threads.limit(limits=1, user_api="blas"):
            if self._loop is None or len(docs) < _LOOP_DOCS:
                parsed = list(nlp.pipe(docs, batch_size=self.batch_size))
            else:  # tagged by the pipeline, parsed by the numpy loop (coding._greedy), the same parses
                parsed = list(nlp.pipe(docs, batch_size=self.batch_size, disable=["parser"]))
                parser = nlp.get_pipe("parser")
                for start in range(0, len(parsed), self.batch_size):
                    chunk = parsed[start:start + self.batch_size]
                    parser.set_annotations(chunk, self._loop(chunk))
        label, tag = self._labels.__getitem__, self._tags.__getitem__
        out = []
        for doc, at in zip(parsed, stops, strict=True):
            rows = doc.to_array([HEAD, DEP, TAG])
            offsets = rows[:, 0].astype("int64").tolist()  # each head as an offset from its token
            heads = tuple(i + k for i, k in enumerate(offsets))
            labels = tuple(map(label, rows[:, 1].tolist()))
            tags = tuple(map(tag, rows[:, 2].tolist()))
            if at:
                heads, labels, tags = titles_split(at, heads, labels, tags)
            if labels.count("nsubj") > 1:
                labels = second_subject_as_object(heads, labels)
            out.append((heads, labels, tags))
        return out


def second_subject_as_object(heads: Sequence[int], labels: Sequence[str]) -> tuple[str, ...]:
    """``labels`` with a verb's second subject, after it, made its object when a first subject stands before it:
    the parser reads "The United States condemns Iran's attack" with two subjects of "condemns" (the plural name
    and the singular verb disagree), and the attack is what is condemned.

    >>> second_subject_as_object([2, 2, 3, 3, 6, 4, 3, 3], ["det", "amod", "nsubj", "root", "nmod:poss", "case",
    ...                           "nsubj", "punct"])[6]
    'obj'
    """
    fixed = list(labels)
    before = {h for i, (h, lab) in enumerate(zip(heads, labels, strict=True)) if lab == "nsubj" and i < h}
    for i, (h, lab) in enumerate(zip(heads, labels, strict=True)):
        if lab == "nsubj" and i > h and h in before:
            fixed[i] = "obj"
    return tuple(fixed)


#: words of a time phrase that opens a sentence ("On July 21,", "Earlier today,", "Late on Monday,")
_TIME_WORDS = frozenset([
    "on", "in", "at", "by", "early", "earlier", "late", "later", "last", "this", "next", "the", "of",
    "yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend",
    "month", "year", "day", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
])
#: the words that anchor a time phrase (a phrase of prepositions and "the" alone is none)
_TIME_ANCHORS = _TIME_WORDS - {"on", "in", "at", "by", "early", "earlier", "late", "later", "the", "of", "this",
                               "last", "next"}
_TIME_PREPOSITIONS = frozenset({"on", "in", "at", "by", "of"})


def _timeword(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in _TIME_WORDS or (low.isdigit() and len(low) <= 4) or low in {"1st", "2nd", "3rd"} or (
        low[:-2].isdigit() and low.endswith("th"))


def time_opener(words: Sequence[str]) -> int:
    """How many tokens a time phrase and its comma take at the start of ``words`` ("On July 21, 2018, Secretary
    Pompeo spoke with ..." gives 7), or 0. The parser reads such an opening badly (the subject after it hung on the
    date as an apposition, or made an oblique), so the coder parses the clause without it and joins the phrase
    back to the clause's root (docs/coder.md, "A time phrase that opens a sentence").

    >>> time_opener(["On", "Monday", ",", "Japan", "protested", "to", "China", "."])
    3
    >>> time_opener(["In", "a", "letter", ",", "Japan", "protested", "."])
    0
    """
    n, i = len(words), 0
    while i < n and (_timeword(words[i]) or (words[i] == "," and i + 1 < n and words[i + 1].isdigit()
                                              and len(words[i + 1]) == 4)):
        i += 1
    if not i or i + 4 > n or words[i] != ",":
        return 0
    if not any(w.lower().rstrip(".") in _TIME_ANCHORS or w.isdigit() for w in words[:i]):
        return 0
    return i + 1


def with_opener(opener: Sequence[str], heads: Sequence[int], labels: Sequence[str], tags: Sequence[str]) -> Parse:
    """The parse of a clause with the time phrase that opened it put back in front: the phrase's last word before
    its first comma an oblique of the clause's root, the other words hung on it (prepositions as its case)."""
    k = len(opener)
    root = next((i for i, h in enumerate(heads) if h == i), 0) + k
    anchor = next((i for i, w in enumerate(opener) if w == ","), k - 1) - 1
    new_heads: list[int] = []
    new_labels: list[str] = []
    new_tags: list[str] = []
    for i, word in enumerate(opener):
        low = word.lower()
        if i == anchor:
            bare = not any(w.lower() in _TIME_PREPOSITIONS for w in opener[:anchor])
            new_heads.append(root)
            new_labels.append("obl:unmarked" if bare else "obl")
        elif word == ",":
            new_heads.append(anchor if i < k - 1 else root)
            new_labels.append("punct")
        else:
            new_heads.append(anchor)
            new_labels.append("case" if low in _TIME_PREPOSITIONS else "nmod:unmarked" if i < anchor else "nummod")
        new_tags.append("," if word == "," else "CD" if word.isdigit() else "IN" if low in _TIME_PREPOSITIONS
                        else "NNP" if word[:1].isupper() else "NN")
    return Parse(tuple(new_heads) + tuple(h + k for h in heads), tuple(new_labels) + tuple(labels),
                 tuple(new_tags) + tuple(tags))


#: the labels the parser gives a verb's object when a phrase of manner or place stands between them
_BARE_OBLIQUES = frozenset(["obl", "obl:unmarked"])


def object_after_oblique(words: Sequence[str], parse: Parse) -> Parse:
    """``parse`` with a verb's object that follows its prepositional phrase made its object: in "The Council
    condemned in the strongest terms the attack" and "Japan welcomed on Monday the decision" the parser makes the
    noun phrase after the phrase a second oblique, with no preposition. Only for a verb with no object, a noun
    that is no time word ("met in Tokyo last week"), right after an oblique of the same verb that has its
    preposition.

    >>> p = object_after_oblique(["Japan", "condemned", "in", "Tokyo", "the", "attack", "."],
    ...                          Parse((1, 1, 3, 1, 5, 1, 1), ("nsubj", "root", "case", "obl", "det", "obl:unmarked",
    ...                                 "punct"), ("NNP", "VBD", "IN", "NNP", "DT", "NN", ".")))
    >>> p.labels[5]
    'obj'
    """
    labels = parse.labels
    if "obl:unmarked" not in labels and labels.count("obl") < 2:
        return parse
    fixed: list[str] | None = None
    for i, (head, label) in enumerate(zip(parse.heads, labels, strict=True)):
        if label not in _BARE_OBLIQUES or parse.tags[i] not in ("NN", "NNS") or _timeword(words[i]) \
                or parse.child(i, "case") is not None or not parse.tags[head].startswith("VB") \
                or parse.child(head, "obj") is not None or head > i \
                or parse.child(i, "det", "nmod:poss") is None:  # a noun phrase: "the attack", "Togo's shelling"
            continue
        before = [c for c in parse.children(head) if c < i and labels[c] == "obl"
                  and parse.child(c, "case") is not None]
        first = min((c for c in range(head + 1, i + 1) if parse.heads[c] == i or c == i), default=i)
        if before and max(before) < first and all(_timeword(words[q]) for q in range(max(before) + 1, first)) \
                and all(parse.heads[q] != head or q in before or _timeword(words[q]) for q in range(head + 1, first)):
            # "criticized in a statement Wednesday the U.S. decision": a day may stand between
            fixed = fixed or list(labels)
            fixed[i] = "obj"
    return parse if fixed is None else Parse(parse.heads, tuple(fixed), parse.tags)


#: words in "-ing" that open a sentence as prepositions, not as a participle's clause ("During the talks, ...")
_ING_PREPOSITIONS = frozenset(["during", "following", "including", "regarding", "concerning", "according",
                               "notwithstanding", "pending", "excluding", "barring", "considering", "starting",
                               "beginning", "excepting", "owing"])
#: brackets and quotation marks, inside which a comma does not close the opening clause
_OPEN = frozenset(["(", "[", "\u201c"])
_CLOSE = frozenset([")", "]", "\u201d"])
#: a participle read as the main verb's subject ("Expressing concern ..., the Council imposed ...")
_SUBJECTS = frozenset(["nsubj", "csubj"])
#: a verb "to be" before any clause of the opening phrase: the sentence is inverted ("Attending it were ...",
#: "Growing stronger is the demand ..."), its subject after the verb, and the participle no clause of its own
_INVERTING = frozenset(["is", "are", "was", "were"])
#: words that open a clause inside the participle's phrase ("Expressing belief that ...")
_CLAUSE_OPENERS = frozenset(["that", "which", "who", "whether", "if", "because"])
#: the fewest words the main clause after a participle's clause has ("the Council urged them")
_MAIN_CLAUSE_WORDS = 3


def participle_opener(words: Sequence[str], parse: Parse) -> int:
    """Where the comma that closes a participle's opening clause stands ("Expressing concern about the launch, the
    Council urged ..." gives 5), when the parser made a word of that clause the sentence's root (the main clause
    hung inside it) or the participle the main verb's subject; else 0. The comma is the first outside brackets
    and quotation marks; a word in "-ing" that is a preposition ("During", "Following") opens no such clause.

    >>> participle_opener(["Welcoming", "the", "ceasefire", ",", "the", "Council", "urged", "talks", "."],
    ...                   Parse((0, 2, 0, 0, 5, 6, 0, 6, 6), ("root",) * 9, ("VBG",) + ("NN",) * 8))
    3
    """
    first = words[0] if words else ""
    if not (len(first) > 4 and first[0].isupper() and first[1:].islower() and first.endswith("ing")
            and first.lower() not in _ING_PREPOSITIONS and parse.tags[0] == "VBG"):
        return 0
    root = next((i for i, h in enumerate(parse.heads) if h == i), 0)
    depth, quoted, clause = 0, False, False
    for i, w in enumerate(words[1:], 1):
        if w in _OPEN:
            depth += 1
        elif w in _CLOSE:
            depth = max(0, depth - 1)
        elif w == '"':
            quoted = not quoted
        elif w == "," and depth == 0 and not quoted:
            misread = root < i or parse.labels[0] in _SUBJECTS
            return i if misread and len(words) - i - 1 >= _MAIN_CLAUSE_WORDS else 0
        elif w.lower() in _INVERTING and not quoted and not clause:
            return 0  # "Attending it were scientists, technicians and ...": the participle's subject comes after
        elif w.lower() in _CLAUSE_OPENERS:
            clause = True  # "Expressing belief that the ties were ...": a clause of its own
    return 0


Parsed = tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...]]


def with_participle(comma: int, opener: Parsed, clause: Parsed) -> Parse:
    """The parse of a sentence from those of its opening participle's clause (the words before ``comma``) and of
    its main clause (the words after): the clause's root is the sentence's, the participle's root an adverbial
    clause of it, the comma its punctuation."""
    heads, labels, tags = opener
    root = next((i for i, h in enumerate(clause[0]) if h == i), 0) + comma + 1
    new_heads = [root if h == i else h for i, h in enumerate(heads)] + [root]
    new_labels = ["advcl" if h == i else lab for i, (h, lab) in enumerate(zip(heads, labels, strict=True))] + ["punct"]
    return Parse(tuple(new_heads) + tuple(h + comma + 1 for h in clause[0]), tuple(new_labels) + clause[1],
                 tags + (",",) + clause[2])


#: what an actor speaks or writes in, named by a phrase between the actor and its verb ("Peru in a statement on
#: Monday condemned ...", "The paper in a bylined commentary brands ...")
_SPOKEN_IN = frozenset(["statement", "statements", "commentary", "article", "speech", "message", "editorial",
                        "conference", "report", "address", "interview", "lecture", "letter", "declaration",
                        "briefing", "release", "remarks", "note", "notice", "memorandum", "communique", "reply",
                        "answer", "resolution", "bulletin"])
#: the words "in" may be followed by before that noun ("in a joint press statement", "in its latest issue's article")
_SPOKEN_IN_REACH = 5
#: the parts of speech of a finite verb, the clause's own after the phrase
_FINITE = frozenset(["VBD", "VBZ", "VBP"])
#: the most words an actor before the phrase has ("The first deputy speaker of the State Duma of Russia")
_SUBJECT_WORDS = 15


def spoken_in(words: Sequence[str], parse: Parse) -> tuple[int, int] | None:
    """The span of a phrase "in a statement ..." that stands between a sentence's subject and its verb, when the
    parser misread it (its root before that verb: the subject hung on the statement, the verb a clause of a noun
    inside the phrase); else ``None``. "Chile, Peru and Bolivia in a joint statement on Monday called for ..." made
    "statement" the root and lost two of the callers; the coder parses the clause without the phrase and hangs the
    phrase on its verb (docs/coder.md, "Who acts in a state news agency's prose").

    >>> spoken_in(["Peru", "in", "a", "statement", "condemned", "Chile", "."],
    ...           Parse((3, 3, 3, 3, 3, 4, 3), ("nsubj", "case", "det", "root", "acl", "obj", "punct"),
    ...                 ("NNP", "IN", "DT", "NN", "VBD", "NNP", ".")))
    (1, 4)
    """
    at = next((i for i, w in enumerate(words[1:_SUBJECT_WORDS + 1], 1) if w.lower() == "in"), None)
    if at is None or any(t.startswith(("VB", "MD")) for t in parse.tags[:at]):
        return None  # "said in a statement": the verb comes first, the phrase is its oblique
    noun = next((q for q in range(at + 1, min(at + 1 + _SPOKEN_IN_REACH, len(words)))
                 if words[q].lower() in _SPOKEN_IN), None)
    if noun is None:
        return None
    verb = next((q for q in range(noun + 1, len(words)) if parse.tags[q] in _FINITE), None)
    if verb is None or '"' in words[at:verb] or "," in words[at:verb]:
        return None  # a quotation or an aside: the phrase's end is not sure
    while verb - 1 > noun and parse.tags[verb - 1].startswith("RB"):
        verb -= 1  # "... on Monday scathingly rejected": the adverb is the verb's
    root = next((i for i, h in enumerate(parse.heads) if h == i), 0)
    return (at, verb) if root < verb else None


def with_spoken_in(span: tuple[int, int], phrase: Parsed, clause: Parsed) -> Parse:
    """The parse of a sentence from those of its clause without the phrase of ``span`` (the words before and after
    it, parsed together) and of the phrase alone: the phrase's root an oblique of the clause's root."""
    at, end = span
    width = end - at
    heads, labels, tags = clause
    root = next((i for i, h in enumerate(heads) if h == i), 0)
    moved = [h if h < at else h + width for h in heads]
    top = root if root < at else root + width
    out_heads = moved[:at] + [top if h == i else h + at for i, h in enumerate(phrase[0])] + moved[at:]
    out_labels = (labels[:at] + tuple("obl" if h == i else lab for i, (h, lab) in
                                      enumerate(zip(phrase[0], phrase[1], strict=True))) + labels[at:])
    return Parse(tuple(out_heads), out_labels, tags[:at] + phrase[2] + tags[at:])


@lru_cache(maxsize=1)
def default_parser() -> SpacyParser:
    """The shipped parser (one per process; the model loads on its first parse)."""
    return SpacyParser()
