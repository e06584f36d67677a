"""Article framing: track shares, and the sequence of peace and disarmament an article argues for or reports,
weighed by the article's stance, with the evidence sentences. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coding import frame, read_article_events, split_sentences
from detente.coding.intake import read_article

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"


@pytest.mark.parametrize("sentence", [
    "Sanctions will remain in place until North Korea completes its denuclearization.",
    "There can be no relief without the complete dismantlement of the weapons programme.",
    "Officials insisted that Pyongyang must denuclearize first.",
    "Normal relations will come only after Pyongyang has given up its warheads.",
    "Washington demands complete, verifiable and irreversible dismantlement.",
    "The envoy said diplomatic ties would have to wait.",
    "Pressure will be kept up until the North abandons its nuclear arsenal.",
    "Relations won't be normalized unless North Korea lets inspectors in.",
])
def test_sequences_that_make_peace_wait(sentence: str) -> None:
    framing = frame([sentence])
    assert framing.paradigm == "denuclearization-first", framing.cues
    assert framing.evidence == (sentence,)


@pytest.mark.parametrize("sentence", [
    "Pyongyang proposed a step-by-step approach with corresponding measures from Washington.",
    "The two sides agreed to pursue normal relations and denuclearization simultaneously.",
    "Talks on a peace regime will proceed in parallel with talks on a freeze.",
    "Seoul offered partial sanctions relief in return for the closure of the reactor.",
    "Some sanctions could be lifted without waiting for full denuclearization.",
    "Negotiators discussed an action-for-action deal.",
    "North Korea said it would not give up its weapons until sanctions were lifted.",
])
def test_sequences_that_move_together_or_put_peace_first(sentence: str) -> None:
    framing = frame([sentence])
    assert framing.paradigm == "parallel", framing.cues
    assert framing.evidence == (sentence,)


@pytest.mark.parametrize("sentence", [
    "The two sides met in Hanoi and agreed to meet again.",
    "The talks collapsed after the nuclear test, and the summit came before the election.",
    "The United States acts in tandem with its allies to impose costs on Moscow.",
    "In return for its support, Russia is sending fuel to its neighbour.",
    "Japan made the return of the abductees a precondition for new talks.",
    "Kim stepped out of the car and walked step by step towards the hall.",
])
def test_no_sequence_of_peace_and_disarmament(sentence: str) -> None:
    framing = frame([sentence])
    assert (framing.paradigm, framing.evidence, framing.cues) == ("undetermined", (), ())


def test_a_sequence_the_article_calls_a_failure_counts_against_it() -> None:
    framing = frame([
        "For years Washington said normal relations must wait until Pyongyang gives up every warhead.",
        "Sanctions were to stay until the last centrifuge was gone.",
        "That approach has failed.",
    ])
    assert framing.paradigm == "parallel"
    assert [c.stance for c in framing.cues] == ["rejected", "rejected"]
    assert framing.scores == {"parallel": 2.0, "denuclearization-first": 0}


def test_the_failure_of_something_else_is_not_a_rejection() -> None:
    framing = frame(["Talks should proceed in parallel with a freeze.",
                     "This approach is alien to the establishment, which presided over a failed policy."])
    assert framing.paradigm == "parallel" and framing.cues[0].stance == "argued"
    better = frame(["Relief pursued alongside disarmament works better than the old sequence ever did."])
    assert better.paradigm == "parallel" and better.cues[0].stance == "argued"


def test_a_view_quoted_to_be_answered_does_not_count() -> None:
    framing = frame(["Critics say relief without full disarmament rewards bad behaviour.",
                     "But easing some sanctions step by step is how trust is built."])
    answered, argued = framing.cues
    assert (answered.stance, answered.weight) == ("answered", 0.0)
    assert argued.counts_for == "parallel" and framing.paradigm == "parallel"


def test_a_negated_sequence_counts_for_the_other() -> None:
    framing = frame(["Lifting some sanctions without demanding everything up front would build trust."])
    assert framing.paradigm == "parallel"
    assert frame(["Officials kept sanctions without reducing the pressure until the North disarms."]).paradigm == (
        "denuclearization-first")


def test_argued_counts_double_reported_once_and_both_sides_can_be_mixed() -> None:
    argued = frame(["The allies should move step by step toward a peace regime and a freeze.",
                    "The envoy said sanctions will remain until full denuclearization."])
    assert argued.scores == {"parallel": 2.0, "denuclearization-first": 1.0} and argued.paradigm == "parallel"
    mixed = frame(["No relief until full denuclearization, one official said.",
                   "An action-for-action deal is on the table, said another."])
    assert mixed.paradigm == "mixed" and len(mixed.evidence) == 2


def test_undetermined_only_without_evidence() -> None:
    assert frame([]).paradigm == "undetermined"
    assert frame(["The leaders shook hands.", "Rain fell on Hanoi."]).paradigm == "undetermined"


def test_shares_are_fractions() -> None:
    f = frame(["The summit opened.", "Sanctions tightened.", "Inspectors returned to Yongbyon.", "Rain fell."])
    assert f.tracks == {"peace/normalization": 0.25, "denuclearization": 0.25, "pressure": 0.25}


def test_an_op_ed_that_argues_for_peace_alongside_disarmament_is_parallel() -> None:
    reading = read_article_events(read_article(NEWS / "oped_parallel.txt"))
    framing = reading.framing
    assert framing.paradigm == "parallel" and framing.scores["denuclearization-first"] == 0
    # the essay describes the policy it argues against: those sentences count against that policy
    rejected = [c for c in framing.cues if c.stance == "rejected"]
    assert rejected and all(c.sequence == "denuclearization-first" for c in rejected)
    assert any("in parallel" in s for s in framing.evidence)
    assert reading.to_dict()["framing"]["cues"][0]["stance"] == "rejected"


def test_a_news_report_of_a_demand_is_denuclearization_first() -> None:
    text = ("The United States will keep sanctions on North Korea until it gives up its nuclear weapons, the "
            "special envoy said on Tuesday. The envoy met South Korean officials in Seoul. North Korea did not "
            "comment on the remarks.")
    framing = frame(split_sentences(text))
    assert framing.paradigm == "denuclearization-first" and framing.cues[0].stance == "reported"


def test_a_demand_dropped_counts_for_the_other_sequence() -> None:
    framing = frame(["Washington is no longer demanding CVID before talks on a peace regime can begin."])
    assert framing.paradigm == "parallel" and framing.cues[0].sequence == "parallel"


def test_pressure_kept_while_disarmament_is_demanded_is_denuclearization_first() -> None:
    framing = frame([
        "The better course is to insist that the North disarm and to keep enforcing sanctions.",
        "Easing the pressure on the regime now would be short-sighted.",
    ])
    assert framing.paradigm == "denuclearization-first"
    assert [(c.sequence, c.stance) for c in framing.cues] == [("denuclearization-first", "argued"),
                                                             ("parallel", "rejected")]
