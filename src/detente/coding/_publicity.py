"""A work or the doings of a person published, reported or given publicity abroad: no act between two states.

KCNA tells, day after day, how the world takes in its leaders: "Kim Jong Un's Works Given Publicity in Malta and
Zambia", "Kim Jong Il's works published in Peru and Laos", "Kim Jong Un's Field Guidance Reported by Russian
Media", "The Cuban radio on Monday reported Kim Jong Un's inspection of a farm", "his work ... was brought out by a
publishing house of Cambodia". The coder read the reporting verb as a statement (010, "report", "publish") or the
giving as a yielding (08), between the author and the place ("PRKGOV -> ZMB", the wrong way round) or between the
outlet and the leader. CAMEO codes the events a news source tells, not the telling: a newspaper, broadcaster or
publishing house that carries another's work or news of another's doings makes no statement to that person's
state, and the author does nothing to the country that prints him. What the outlet says of him is coded when it
is said ("praised by the media of Russia": praise, 051).

:func:`publicized_work` is True for a verb of publishing, reporting or publicity ("published", "reported",
"introduced", "carried", "covered", "broadcast", "brought out", "given publicity") whose thing is a person's work
or doings: a noun of :data:`WORK_NOUNS` held by someone ("Kim Jong Un's works", "the activities of the leader")
right before the verb (told in the passive, or in a headline) or right after it (its object). The act noun itself
("Kim Jong Il's visit to Russia reported by Russian media": the visit) is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["WORK_NOUNS", "publicized_work"]

#: a person's works and doings that the world's media carry
WORK_NOUNS = frozenset(["work", "works", "writings", "book", "books", "biography", "activities", "activity",
                        "guidance", "inspection", "inspections", "speech", "speeches", "address", "answers",
                        "reminiscences", "memoirs", "visit", "visits", "tour", "exploits", "feats", "life"])
#: verbs of carrying a text or news (their forms)
_CARRYING = frozenset(["publish", "publishes", "published", "publishing", "report", "reports", "reported",
                       "reporting", "introduce", "introduces", "introduced", "introducing", "publicize",
                       "publicizes", "publicized", "publicizing", "publicise", "publicises", "publicised",
                       "publicising", "carry", "carries", "carried", "carrying", "cover", "covers", "covered",
                       "covering", "broadcast", "broadcasts", "broadcasting", "reprint", "reprints", "reprinted",
                       "run", "runs", "ran", "post", "posts", "posted"])
#: verbs that carry a text with a particle or a noun after them ("brought out", "given publicity")
_WITH_AFTER = {"bring": "out", "brings": "out", "brought": "out", "bringing": "out", "give": "publicity",
               "gives": "publicity", "given": "publicity", "gave": "publicity", "giving": "publicity"}
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "widely", "also", "recently",
                 "again", "newly", "wide"])
#: how many words back a passive's thing may stand ("Kim Jong Il's work "On the Juche Idea" was published")
_BACK = 14
_QUOTES = frozenset(['"', "''", "``", "“", "”", "'"])
#: who carries a text or news: the outlet named as the doer ("by Russian media", "the Cuban radio reported")
OUTLETS = frozenset(["media", "tv", "television", "radio", "radios", "newspaper", "newspapers", "paper", "papers",
                     "magazine", "magazines", "website", "websites", "publishing", "press", "broadcasting",
                     "broadcaster", "broadcasters", "journal", "journals", "daily", "dailies", "agency", "agencies",
                     "outlets", "organs", "services", "internet", "channel", "channels", "weekly", "bulletin"])
#: how many words before the verb its outlet may be named, or after "by"
_OUTLET_REACH = 6


def _held(low: Sequence[str], noun: int) -> bool:
    """Whether the work noun at ``noun`` is someone's: "Kim Jong Un's works", "his field guidance", "the
    activities of the leader"."""
    before = low[max(0, noun - 3):noun]
    return "'s" in before or "’s" in before or "his" in before or "her" in before or (
        noun + 1 < len(low) and low[noun + 1] == "of")


def _thing_before(low: Sequence[str], verb: int) -> int | None:
    """The work noun a passive or a headline's participle tells of, before the verb: past "was", a title in quotes,
    and the words of the noun's own phrase up to the nearest one."""
    q = verb - 1
    while q >= 0 and low[q] in _BE:
        q -= 1
    if q >= 0 and low[q] in _QUOTES:  # a title in quotes after the noun
        q -= 1
        while q >= 0 and low[q] not in _QUOTES and verb - q <= _BACK:
            q -= 1
        q -= 1
    if q >= 0 and low[q] in WORK_NOUNS:
        return q
    # "the works of Kim Jong Il were published": the noun before "of"
    for k in range(q, max(-1, verb - _BACK), -1):
        if low[k] in (",", ";", ":", "and", "that", "which", "who"):
            return None
        if low[k] in WORK_NOUNS and k + 1 < len(low) and low[k + 1] == "of":
            return k
    return None


def _thing_after(low: Sequence[str], start: int) -> int | None:
    """The work noun a verb takes as its object after ``start``: "reported Kim Jong Un's inspection", "carried
    the works of the leader", "introduced his field guidance"."""
    for k in range(start, min(len(low), start + 8)):
        if low[k] in (",", ";", ":", "that", "which", "to", "by", "on", "in", "at"):
            return None
        if low[k] in WORK_NOUNS:
            return k
    return None


def publicized_work(low: Sequence[str], verb: int) -> bool:
    """Whether the verb at ``verb`` publishes, reports or gives publicity to someone's work or doings (see the
    module's docstring): no act of the outlet toward that person's state, nor of the author toward the outlet's."""
    word = low[verb]
    after = verb + 1
    if word in _WITH_AFTER:
        particle = _WITH_AFTER[word]
        if particle not in low[verb + 1:verb + 3]:
            return False
        after = verb + 1 + low[verb + 1:verb + 3].index(particle) + 1
    elif word not in _CARRYING:
        return False
    found = _thing_before(low, verb)
    if found is not None:  # told in the passive: carried "in" a place, "abroad", or "by" an outlet
        nxt = low[after:after + 1]
        if nxt == ["by"]:
            outlet = not OUTLETS.isdisjoint(low[after + 1:after + 1 + _OUTLET_REACH])
        else:
            outlet = nxt in (["in"], ["abroad"], ["widely"])
        return outlet and _held(low, found)
    if verb > 0 and low[verb - 1] in _BE and low[verb - 1] != "has":
        return False
    found = _thing_after(low, after)  # "the Cuban radio reported Kim Jong Un's inspection": the outlet reports
    return found is not None and _held(low, found) \
        and not OUTLETS.isdisjoint(low[max(0, verb - _OUTLET_REACH):verb])
