"""Whom a denial is about when it names no accuser: the other state the denied words name. "Pakistan denied that its
troops had crossed into India", "Serbia denied that it was massing troops on the border with Kosovo", "the Kremlin
denied any involvement in the attack on Ukraine's power grid": the denial (016) had no target, though the real-prose
guide codes a denial toward the other state it concerns (section 4: "acknowledgement or denial of responsibility or
of a claim"; "Putin denied Russian troops had been sent into Crimea" is RUS -> UKR 01).

:func:`denied_party` reads the words after the verb of denial up to the end of what is denied (a comma, a semicolon,
a word of saying, "but", "after", "as", "while", a relative pronoun) and gives the first state they name that is not
the denier's own country and no non-state actor of one (its nationals, rebels, media: "the gunmen who held two Cuban
doctors" names no state, nor does a relative clause: "the gunmen who kidnapped two Italians"). A denial whose words
name no other state keeps no target; one whose accuser a sentence before names is read by
:func:`detente.coding.answers.answered`.

>>> from detente.coding.mentions import Mention
>>> low = ["pakistan", "denied", "that", "its", "troops", "had", "crossed", "into", "india", "."]
>>> [m.code for m in denied_party(low, 2, [Mention(0, 1, "PAK"), Mention(8, 9, "IND")], [Mention(0, 1, "PAK")])]
['IND']
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._struck_places import town_at
from detente.coding._words import SAY
from detente.coding.mentions import Mention

__all__ = ["DENIAL", "denied_party", "denied_report"]

#: the CAMEO code of a denial of responsibility
DENIAL = "016"
#: words that end what a denial denies ("..., after Washington voiced concern", "and said Kinshasa was ...")
_ENDS = frozenset([",", ";", ":", ".", "but", "after", "as", "while", "when", "because", "although", "though",
                   "who", "whom", "whose", "which"])
#: actor types of a country that are no voice or force of its state: nationals, rebels, media, parties
_NOT_STATE = frozenset(["CVL", "REB", "INS", "OPP", "MED", "EDU", "BUS", "NGO", "CRM", "REF", "LAB", "RAD", "UAF",
                        "HLH"])


def denied_party(low: Sequence[str], end: int, mentions: Sequence[Mention],
                 sources: Sequence[Mention], tokens: Sequence[str] = ()) -> list[Mention]:
    """The other state named in what the denial whose words end at ``end`` denies, as a one-item list, or []; with
    the sentence's ``tokens``, the state of a town of the towns table the words name when they name no state
    ("denied that its troops had entered Donbas": Ukraine)."""
    own = {m.code[:3] for m in sources}
    if end < len(low) and low[end] in _REPORTS:
        end += 1  # "denied reports that its jets ...", "rejected claims that ...": the report's words are denied
    stop = next((k for k in range(end, len(low)) if low[k] in _ENDS or low[k] in SAY), len(low))
    private = {m.start for m in mentions if m.code[3:6] in _NOT_STATE}  # "Italian aid workers": ITA and ITACVL
    for m in mentions:
        if end <= m.start < stop and m.has_country and m.code[:3] not in own and m.code[:3] != "---" \
                and m.start not in private:
            return [m]
    covered = {q for m in mentions for q in range(m.start, m.end)}
    for k in range(end, min(stop, len(tokens))):
        if k not in covered and (town := town_at(low, tokens, k)) is not None and town[1] not in own:
            return [Mention(k, town[0], town[1])]  # "sent into Donbas", "struck Kharkiv": the town's state
    return []


#: nouns of what others say, whose "that" clause a denial of them denies ("denied reports that ...")
_REPORTS = frozenset(["report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
                      "accusations", "suggestion", "suggestions", "rumour", "rumours", "rumor", "rumors", "charge",
                      "charges", "assertion", "assertions", "speculation", "stories"])
#: verbs of denying a report ("denied reports that ...", "dismissed claims that ...", "rejected allegations that")
_DENYING = frozenset(["deny", "denies", "denied", "denying", "dismiss", "dismisses", "dismissed", "dismissing",
                      "reject", "rejects", "rejected", "rejecting", "refute", "refutes", "refuted", "refuting"])
#: words between the verb and the noun ("denied the media reports", "dismissed Western claims")
_REPORT_WORDS = frozenset(["the", "media", "press", "news", "western", "recent", "these", "those", "such", "all",
                           "any", "foreign", "unfounded", "baseless", "false"])
#: words that end the clause a verb stands in, looking back for the "that" it hangs on
_CLAUSE_ENDS = frozenset([";", ":", ".", "said", "says", "but", "while", "and", "after", "when"])
#: how far back from the verb the "that" may stand
_THAT_REACH = 10


def denied_report(low: Sequence[str], verb: int) -> str | None:
    """Why the verb at ``verb`` is no act when it tells what a denied report says ("Tehran denied reports that it
    had shipped missiles to Moscow", "Pakistan dismissed claims that its jets had bombed Afghanistan"): the clause
    after "that" is what others say and the subject denies, no act of the article's own voice; None otherwise.
    The parser often reads such a sentence as one noun phrase ("denied" a modifier of "reports"), so the words are
    read in order: a report noun before the clause's "that", a verb of denying before the noun."""
    for t in range(verb - 1, max(-1, verb - 1 - _THAT_REACH), -1):
        if low[t] in _CLAUSE_ENDS:
            return None
        if low[t] != "that":
            continue
        k = t - 1
        if k < 0 or low[k] not in _REPORTS:
            return None
        k -= 1
        while k >= 0 and low[k] in _REPORT_WORDS:
            k -= 1
        return f"what the reports '{low[k]}' says were done" if k >= 0 and low[k] in _DENYING else None
    return None
