"""A "must" told by a teller who is no state (a mother, a protester, analysts) is a demand by nobody the coder
knows on the state that must act, never that state's own demand; told by a state's official it is the official's
state's demand."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: (source country, target country, code) of each event of a sentence (the shared ``code_coded`` fixture)
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("text", "state"), [
    ("A spokeswoman for the protesters said the Dutch government must extradite the suspect to Belgium.", "NLD"),
    ("Analysts say Tokyo must open direct talks with Seoul.", "JPN"),
    ("Like many grieving fathers, Mr. Haddad says the French government must send the prisoner back to Lebanon.",
     "FRA"),
])
def test_a_private_plea_is_no_demand_of_the_state(code_coded: CodeCoded, text: str, state: str) -> None:
    coded = code_coded(text)
    assert not [e for e in coded if e[0] == state and e[2][:2] == "10"]
    assert ("---", state, "100") in coded


def test_a_state_teller_keeps_the_demand(code_coded: CodeCoded) -> None:
    coded = code_coded("The Belgian foreign minister said the Dutch government must extradite the suspect to Belgium.")
    assert [e for e in coded if e[0] == "BEL" and e[1] == "NLD" and e[2][:2] == "10"]
