"""An agreement whose partner is named only in what was agreed, and money contributed as aid
(hand-built parses: fast, no spaCy model)."""

from __future__ import annotations

from eventcheck import sentence_from_spec

from communique.events.extract import find_events
from communique.events.lexicon import load_lexicon
from communique.events.syntax import Tree
from communique.events.view import SentenceView
from communique.types import ActorMention, ActorRef

LEXICON = load_lexicon()


def _events(spec: str, names: dict[int, str]) -> list[tuple[str, list[str], list[str]]]:
    s = sentence_from_spec(spec)
    mentions = tuple(
        ActorMention(0, i, i + 1, i, s.tokens[i].start, s.tokens[i].end, ActorRef(c, c, None, c))
        for i, c in names.items()
    )
    found = find_events(SentenceView(Tree.of(s), mentions, LEXICON))
    return [(f.code, [m.actor.code for m in f.sources], [m.actor.code for m in f.targets])
            for f in found]  # fmt: skip


DEAL = (
    "Chile/Chile/PROPN/nsubj/1 signed/sign/VERB/ROOT/1 a/a/DET/det/3 deal/deal/NOUN/dobj/1"
    " to/to/PART/aux/5 buy/buy/VERB/{dep}/{head} gas/gas/NOUN/dobj/5 from/from/ADP/prep/5"
    " Argentina/Argentina/PROPN/pobj/7"
)


def test_the_partner_named_in_what_was_agreed() -> None:
    for dep, head in (("relcl", 3), ("advcl", 1)):  # the parser hangs it either way
        got = _events(DEAL.format(dep=dep, head=head), {0: "CHL", 8: "ARG"})
        assert got == [("057", ["CHL"], ["ARG"])]  # and no separate purchase: not yet done


def test_a_partner_named_by_the_agreement_itself_wins() -> None:
    spec = (
        "Chile/Chile/PROPN/nsubj/1 signed/sign/VERB/ROOT/1 a/a/DET/det/3 deal/deal/NOUN/dobj/1"
        " with/with/ADP/prep/3 Peru/Peru/PROPN/pobj/4 to/to/PART/aux/7 supply/supply/VERB/acl/3"
        " Bolivia/Bolivia/PROPN/dobj/7"
    )
    got = _events(spec, {0: "CHL", 5: "PER", 8: "BOL"})
    assert ("057", ["CHL"], ["PER"]) in got


def test_a_finite_clause_is_not_the_content() -> None:
    spec = (
        "Chile/Chile/PROPN/nsubj/1 signed/sign/VERB/ROOT/1 a/a/DET/det/3 deal/deal/NOUN/dobj/1"
        " as/as/SCONJ/mark/6 Argentina/Argentina/PROPN/nsubj/6 watched/watch/VERB/advcl/1"
    )
    got = _events(spec, {0: "CHL", 5: "ARG"})
    assert all(t == [] for code, _, t in got if code == "057")


def test_money_contributed_to_a_country_is_aid() -> None:
    spec = (
        "Norway/Norway/PROPN/nsubj/1 contributed/contribute/VERB/ROOT/1"
        " 20/20/NUM/nummod/4 million/million/NUM/nummod/4 kroner/kroner/NOUN/dobj/1"
        " to/to/ADP/prep/1 Sudan/Sudan/PROPN/pobj/5"
    )
    assert _events(spec, {0: "NOR", 6: "SDN"}) == [("070", ["NOR"], ["SDN"])]
