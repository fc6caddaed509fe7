"""Acts held over another party ("will withdraw ... unless ..."): which "unless" clauses make
an ultimatum, and how a withheld act is coded as a threat (events/ultimatums.py).  Wire-style
sentences we wrote ourselves; the fast tests use hand-built parses."""

from __future__ import annotations

import pytest
from eventcheck import sentence_from_spec, show_plover

from communique.events.lexicon import load_lexicon
from communique.events.syntax import Tree
from communique.events.ultimatums import is_ultimatum, unless_clause

LEXICON = load_lexicon()


# "Kenya will recall its troops unless Somalia pays them" / "... if Somalia pays them"
_RECALL = (
    "Kenya/Kenya/PROPN/nsubj/2 will/will/AUX/aux/2 recall/recall/VERB/ROOT/2"
    " its/its/PRON/poss/4 troops/troop/NOUN/dobj/2 {mark}/{mark}/SCONJ/mark/7"
    " Somalia/Somalia/PROPN/nsubj/7 pays/pay/VERB/advcl/2 them/they/PRON/dobj/7"
)


# ------------------------------------------------------------ ultimatums (fast)


def test_unless_clause_on_the_act_is_found() -> None:
    tree = Tree.of(sentence_from_spec(_RECALL.format(mark="unless")))
    assert unless_clause(tree, 2) == 7


def test_an_if_clause_is_no_ultimatum() -> None:
    tree = Tree.of(sentence_from_spec(_RECALL.format(mark="if")))
    assert unless_clause(tree, 2) is None
    assert not is_ultimatum(tree, 2, "0874", "future")


@pytest.mark.parametrize(
    ("code", "modality", "expected"),
    [
        ("0874", "future", True),  # a withdrawal held over the host
        ("143", "future", True),  # a boycott held over the government
        ("1623", "future", True),  # an aid cut-off
        ("0334", "future", False),  # a promise of peacekeepers stays an intent
        ("036", "future", False),  # so does a promise to meet
        ("0874", "asserted", False),  # a withdrawal done is done
    ],
)
def test_only_future_acts_with_teeth_become_threats(
    code: str, modality: str, expected: bool
) -> None:
    tree = Tree.of(sentence_from_spec(_RECALL.format(mark="unless")))
    assert is_ultimatum(tree, 2, code, modality) is expected


def test_unless_on_the_reporting_verb_still_counts() -> None:
    # "Kenya said it will recall its troops unless ...", the clause attached to "said"
    tree = Tree.of(
        sentence_from_spec(
            "Kenya/Kenya/PROPN/nsubj/1 said/say/VERB/ROOT/1 it/it/PRON/nsubj/4 will/will/AUX/aux/4"
            " recall/recall/VERB/ccomp/1 troops/troop/NOUN/dobj/4 unless/unless/SCONJ/mark/8"
            " Somalia/Somalia/PROPN/nsubj/8 pays/pay/VERB/advcl/1"
        )
    )
    assert unless_clause(tree, 4) == 8


def test_threat_codes_for_withheld_acts() -> None:
    assert LEXICON.frame_code("threat", "162")[:2] == "13"
    assert LEXICON.frame_code("threat", "143") == "133"


# ------------------------------------------------------------ coded sentences (spaCy)


def _scored(events, plover: str | None = None):
    return [
        e
        for e in events
        if (plover is None or e.plover == plover) and e.modality not in {"negated", "hypothetical"}
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kenya said on Monday it will withdraw its troops from Somalia unless the government "
         "in Mogadishu pays their salaries.", ("KEN", "SOM")),
        ("Turkey will cut off aid to Syria unless Damascus stops backing the militants, the "
         "foreign minister said.", ("TUR", "SYR")),
    ],
)  # fmt: skip
def test_act_held_over_another_party_is_a_threat(code, text: str, dyad: tuple[str, str]) -> None:
    events = code(text)
    threats = _scored(events, "THREATEN")
    assert {(e.source_code[:3], e.target_code[:3]) for e in threats} >= {dyad}, show_plover(events)
    assert not _scored(events, "AGREE"), show_plover(events)


@pytest.mark.slow
def test_promise_with_a_plain_future_stays_an_intent(code) -> None:
    events = code("Kenya said on Monday it will withdraw its troops from Somalia next year.")
    assert not _scored(events, "THREATEN"), show_plover(events)
    assert any(e.plover == "AGREE" and e.target_code == "SOM" for e in events), show_plover(events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Japan warned on Tuesday that it would suspend all aid to Myanmar.",
        "Japan announced it would suspend all aid to Myanmar unless the junta frees the "
        "detained journalists.",
    ],
)
def test_warned_or_conditioned_aid_cut_is_a_threat(code, text: str) -> None:
    events = code(text)
    assert _scored(events, "THREATEN"), show_plover(events)
    assert not _scored(events, "SANCTION"), show_plover(events)


@pytest.mark.slow
def test_announced_pull_out_of_inspectors_stays_a_threat(code) -> None:
    events = code(
        "The United Nations announced on Monday that it will withdraw its inspectors from Syria."
    )
    assert _scored(events, "THREATEN"), show_plover(events)
    assert not _scored(events, "SANCTION"), show_plover(events)
