"""A passive infinitive after a noun is an act to come: "Kim Il Sung's Birthday to Be Celebrated in Peru",
"Talks to Be Held in Geneva", "a ceremony to be attended by both presidents". A headline writes what is planned
this way, and so does prose in a noun phrase. After an ordinal or "only" it tells who was picked ("the first envoy to
be expelled"), and after a verb of seeming or a participle it is another rule's ("seems to be supported",
"expected to be signed"), and so is one after "for" ("authorized for him to be extradited").
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["passive_infinitive"]

#: words before "to be" that do not end a noun phrase of an act to come
_NOT_PLANNED = frozenset([
    "first", "last", "only", "next", "second", "third", "latest", "sole",
    "seem", "seems", "seemed", "appear", "appears", "appeared", "is", "was", "are", "were", "be", "been",
    "have", "has", "had", "going", "want", "wants", "need", "needs", "ought", "used", "likely", "unlikely",
    "due", "set", "about", "able", "bound", "yet", "not", "never", "deserve", "deserves", "continue",
    "continues", "began", "begin", "begins", "came", "come", "comes", "happen", "happens", "happened", "tend",
    "tends", "claim", "claims", "believed", "known", "said", "thought", "reported",
])

#: words that pick one of several ("the first envoy to be expelled")
_PICKED = frozenset(["first", "last", "only", "second", "third", "latest", "sole"])


def passive_infinitive(low: Sequence[str], verb: int) -> bool:
    """Whether ``verb`` is a participle after "to be" that follows a noun ("birthday to be celebrated"): an act
    to come."""
    if verb < 3 or low[verb - 2:verb] != ["to", "be"] or not low[verb].endswith(("ed", "en", "wn", "ld", "ht")):
        return False
    before = low[verb - 3]
    if any(w in _PICKED for w in low[max(0, verb - 6):verb - 3]):
        return False  # "the first Western envoy to be expelled": who was picked
    if "for" in low[max(0, verb - 14):verb - 2]:
        return False  # "gave authorization for an aide to be extradited": what was authorized, another rule's
    return before.isalpha() and before not in _NOT_PLANNED and not before.endswith(("ed", "ly"))
