"""A joint statement's authors, named once at its head: each of them speaks its "we" and is its "three countries".

A joint statement names its parties once, in its heading or its first sentence, and then speaks as a group:

- **a heading that names the authors**: "Joint Statement of the Leaders of Brazil, Chile and Peru.", "Statement by
  the presidents of Chile and Peru.", "Declaration of Ghana and Togo." The heading has no verb, so it had no
  subject, and its states stand after "of" or "by", which made them no antecedent of "the three countries", "the
  four ministers" or "the two leaders" of the next sentence (the group stayed unresolved: ``--- BOL 020``).
  :func:`heading_parties` reads them as the heading's subjects (:meth:`detente.coding.coref.Discourse._remember`),
  so a group of their number stands for them, each one.
- **a first sentence that says they issued it**: "The foreign ministers of Chile, Peru and Brazil issued a joint
  statement on Monday. We urge ...", "Chile and Peru released a joint declaration. Our countries ...": their
  "we" is the states of that subject (:func:`detente.coding._collective.issues_text` reads "issued a joint
  statement" as it read "issue the following joint statement").

A heading of one author is read as before (:func:`detente.coding._names.heading_authors`); a "we" inside a quotation
is its speaker's (``"We condemn ...," Prime Minister X said``: X's state alone); a statement that names no parties
("the ministers said: 'We ...'") has no voice.

>>> from detente.coding.mentions import Mention
>>> low = "joint statement of the leaders of brazil , chile and peru .".split()
>>> [m.code for m in heading_parties(low, [Mention(4, 7, "BRAGOV"), Mention(8, 9, "CHL"), Mention(10, 11, "PER")])]
['BRAGOV', 'CHLGOV', 'PERGOV']
>>> heading_parties("statement by the president of chile .".split(), [Mention(2, 6, "CHLGOV")])
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["heading_parties"]

#: the nouns of a text its authors issue together, which open a heading ("Joint Statement of ...")
_TEXTS = frozenset(["statement", "declaration", "communique", "communiqu\u00e9", "readout", "remarks"])
#: how far into the heading the noun may stand ("Trilateral Joint Statement of ...")
_NOUN_REACH = 4
#: words after the authors that say what the text is about, where they end ("... of A and B on ...")
_ABOUT = frozenset(["on", "regarding", "about", "concerning", "to", "at", "in", ":", "following", "after", "-",
                    "for", "--", "\u2014"])
#: words a heading may have besides its noun, its authors and what it is about: no verb may stand among its authors
_JOINS = frozenset([",", "and", "the", "of", "by", "from", "joint", "trilateral", "leaders", "presidents",
                    "ministers", "foreign", "prime", "heads", "governments", "government", "state", "states"])
_GROUP_CODES = frozenset(["IGO", "NGO"])


def heading_parties(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The two or more states a heading names as the authors of its text ("Joint Statement of the Leaders of A, B
    and C"), each as its government at the place it is named, in order; [] for any other sentence. Only the
    words between the noun and what the text is about count, and only names, lists and the nouns of those who
    speak for them may stand there."""
    noun = next((q for q, w in enumerate(low[:_NOUN_REACH]) if w in _TEXTS), None)
    if noun is None or noun + 1 >= len(low) or low[noun + 1] not in ("of", "by", "from"):
        return []
    stop = next((k for k in range(noun + 2, len(low)) if low[k] in _ABOUT or low[k] == "."), len(low))
    inside = [m for m in mentions if noun + 2 <= m.start < stop]
    covered = {q for m in inside for q in range(m.start, m.end)}
    if any(q not in covered and low[q] not in _JOINS for q in range(noun + 2, stop)):
        return []  # "Statement by Chile condemning ...": a verb, not a heading
    out: list[Mention] = []
    for m in inside:
        if not m.has_country or m.code[:3] in _GROUP_CODES or any(o.code[:3] == m.code[:3] for o in out):
            continue
        out.append(Mention(m.start, m.end, m.code if len(m.code) > 3 else m.code + "GOV", m.name, True,
                           person=m.person))
    return out if len(out) >= 2 else []
