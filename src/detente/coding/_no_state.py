"""People who are no state: business bodies, sporting sides and a pair of peoples are not their countries acting.

Real prose names many actors by their country that are not its state: "business representatives of Venezuela and
China signed two agreements", "the Dhaka Chamber of Commerce and its Indian counterpart signed an MoU", "India's
cricketers are resisting a tour of Pakistan", "an appeal to the India squad". The coder reads the country in each
and, before these rules, the article step counted the two states signing, refusing or appealing. CAMEO codes such
actors by their sector (``INDBUS``), and the sentence coder keeps doing so; an article's events are acts between
states (its government, officials, forces or state bodies), so :func:`~detente.coding.article.merge_events`
leaves out (:func:`people_pair`)

- an event whose source is a business actor (a role ``BUS`` anywhere in its code: companies, firms, business
  leaders, chambers of commerce, "the Dhaka Chamber of Commerce" ``BGDGOVBUS``), or whose target is one and whose
  root is cooperation (03 to 07: "signed an MoU with the Indian chambers of commerce"), and
- an event both of whose sides are people, not states (first role ``EDU``, ``BUS``, ``REL``, ``LAB``, ``HRI``,
  ``NGO``, ``REF``: "Norwegian students met Danish scholars"); not "people" (``CVL``) nor the media (``MED``),
  which state prose names with the state ("the government and people of Guinea express their sorrow to the
  government and people of the DPRK"),

and the sentence coder codes no act of a country's sporting side, nor one done to it (:func:`sporting_side`: "India's
cricketers", "the Pakistan hockey team", "Brazilian footballers", "the India squad"); CAMEO has no sector for
sport.

An act done to a business or to people stays ("sanctions on Chinese companies", "Israeli Army Arrests 6
Palestinians"): the doer is a state. A team a state sends ("the negotiating team", "a high-level team") is no
sporting side: "team" is one only after a sport or "national" ("the Indian cricket team", "the national team").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.coding.mentions import Mention

__all__ = ["people_pair", "sporting_side"]

#: the roles of an actor that name people of a country, not its state ("Indian students": INDEDU); not "people"
#: (CVL) nor the media (MED), which state prose names with the state ("the government and people of Guinea
#: express their sorrow to the government and people of the DPRK", "Chinese and Ukrainian press administrators")
_PEOPLE_ROLES = frozenset(["EDU", "BUS", "REL", "LAB", "HRI", "NGO", "REF"])
#: the roots of cooperation, which with a business as the target are business dealings ("signed with the Indian
#: chambers of commerce"); sanctions on companies or their seizure stay acts of the state that does them
_COOPERATION = frozenset(["03", "04", "05", "06", "07"])
#: the words between a country and its side that tell the sport or the kind of side ("Pakistan's women's hockey")
_SPORTS = frozenset([
    "cricket", "football", "soccer", "hockey", "volleyball", "basketball", "handball", "tennis", "table-tennis",
    "rugby", "baseball", "chess", "wrestling", "boxing", "judo", "weightlifting", "athletics", "swimming",
    "olympic", "paralympic", "davis", "test", "national", "men", "women", "men's", "women's", "youth", "junior",
    "under-23", "under-20", "under-17", "ice", "table", "'s", "’s",
])
#: the nouns that name a sporting side or its members on their own ("Brazilian footballers", "the India squad")
_SIDE_NOUNS = frozenset([
    "cricketers", "footballers", "squad", "athletes", "sportsmen", "sportswomen", "paddlers", "judoists",
    "wrestlers", "boxers", "weightlifters", "swimmers", "skaters", "skiers", "gymnasts", "batsmen", "bowlers",
    "players", "olympians",
])
#: the nouns that name a sporting side only after a sport or "national" ("the Indian cricket team")
_TEAM_NOUNS = frozenset(["team", "teams", "side", "eleven", "xi"])


def _roles(code: str) -> list[str]:
    """The role codes after an actor's country ("BGDGOVBUS": GOV, BUS); none for an organisation's code."""
    if code[:3] in ("IGO", "NGO", "---"):
        return []
    return [code[k:k + 3] for k in range(3, len(code) - 2, 3)]


def people_pair(source: str, target: str, root: str) -> bool:
    """Whether an event from ``source`` to ``target`` (actor codes) under CAMEO ``root`` is no act between
    states: a business's act, cooperation with a business, or an act between people of two countries.

    >>> people_pair("BRABUSGOV", "INDBUSGOV", "05"), people_pair("KOREDU", "JPNREL", "04")
    (True, True)
    >>> people_pair("GINCVL", "PRKCVL", "01"), people_pair("CHNMED", "UKRMED", "03")
    (False, False)
    >>> people_pair("USA", "CHNBUS", "16"), people_pair("IND", "BGDGOVBUS", "05")
    (False, True)
    """
    roles = _roles(source)
    if "BUS" in roles or ("BUS" in _roles(target) and root in _COOPERATION):
        return True
    other = _roles(target)
    return bool(roles) and bool(other) and roles[0] in _PEOPLE_ROLES and other[0] in _PEOPLE_ROLES


def sporting_side(m: Mention | None, low: Sequence[str]) -> bool:
    """Whether the words after ``m`` make it a country's sporting side: "India's cricketers", "the Pakistan hockey
    team", "Brazilian footballers"; not "the Indian negotiating team"."""
    if m is None or not m.has_country:
        return False
    k, kinds = m.end, 0
    while k < len(low) and low[k] in _SPORTS and kinds < 4:
        kinds += low[k] not in ("'s", "’s")
        k += 1
    if k >= len(low):
        return False
    return low[k] in _SIDE_NOUNS or (kinds > 0 and low[k] in _TEAM_NOUNS)
