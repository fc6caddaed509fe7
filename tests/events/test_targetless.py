"""Recipient-less events the article gives a recipient for, or that an analyst would not record
(events/monadic.py ``settle_targetless``, with the pair partner from events/discourse.py).

``settle_targetless`` is probed inside the real coder (its article memory included) by a coder
that calls it on every source-only event before coding the sentence as usual.  The end-to-end
tests check the coded rows once ``RuleCoder.code_sentence`` calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from communique.events import rule_coder
from communique.events.discourse import partner_of
from communique.events.extract import find_events
from communique.events.monadic import settle_targetless
from communique.events.rule_coder import RuleCoder
from communique.pipeline import Pipeline
from communique.types import ActorMention, ActorRef, Article, EventMention

# (sentence index, CAMEO code, target codes, or None when the event is dropped)
Settled = tuple[int, str, tuple[str, ...] | None]
Settle = Callable[[str], list[Settled]]


# --------------------------------------------------------------------------- fast


def _m(code: str, sentence: int, start: int = 0) -> ActorMention:
    actor = ActorRef(code=code, country=code[:3], sector=code[3:] or None, name=code)
    return ActorMention(sentence, start, start + 1, start, start, start + 1, actor, "name")


def _view(here: int, memory: dict[str, ActorMention]) -> Any:
    """The parts of a SentenceView that ``partner_of`` reads."""
    tree = SimpleNamespace(sentence=SimpleNamespace(index=here))
    return SimpleNamespace(tree=tree, antecedents=memory, recent=tuple(memory.values()))


KENYA, SOMALIA, ETHIOPIA = _m("KEN", 0), _m("SOM", 0, 3), _m("ETH", 1)


def test_partner_is_the_other_side_of_the_latest_pair() -> None:
    view = _view(2, {"pair:first": KENYA, "pair:second": SOMALIA})
    assert partner_of(view, (_m("KEN", 2),)) == (SOMALIA,)
    assert partner_of(view, (_m("SOM", 2),)) == (KENYA,)


def test_no_partner_for_a_third_party_or_a_stale_pair() -> None:
    pair = {"pair:first": KENYA, "pair:second": SOMALIA}
    assert partner_of(_view(2, pair), (ETHIOPIA,)) == ()  # not one of the two sides
    assert partner_of(_view(9, pair), (_m("KEN", 9),)) == ()  # the story has moved on


def test_partner_from_the_latest_cooperation_counterpart() -> None:
    view = _view(2, {"target-of:KEN:cooperation": ETHIOPIA})
    assert partner_of(view, (_m("KEN", 2),)) == (ETHIOPIA,)
    assert partner_of(_view(2, {}), (_m("KEN", 2),)) == ()


def test_a_joint_act_has_no_outside_partner() -> None:
    view = _view(2, {"pair:first": KENYA, "pair:second": ETHIOPIA})
    assert partner_of(view, (_m("KEN", 2), _m("SOM", 2, 3))) == ()


# --------------------------------------------------------------------------- probed


@dataclass
class _Probe(RuleCoder):
    """The rule coder, recording what ``settle_targetless`` makes of each source-only event
    found in a sentence (with the article memory as the coder has it at that point)."""

    settled: list[Settled] = field(default_factory=list)

    def code_sentence(self, article, sentence, view, context=None) -> Iterable:  # type: ignore[no-untyped-def, override]
        for found in find_events(view):
            if found.sources and not found.targets:
                out = settle_targetless(view, found)
                targets = None if out is None else tuple(m.actor.code for m in out.targets)
                self.settled.append((sentence.index, found.code, targets))
        yield from super().code_sentence(article, sentence, view, context)


@pytest.fixture(scope="session")
def settle(pipeline: Pipeline) -> Settle:
    base = pipeline.get_coder()
    assert isinstance(base, RuleCoder)
    probe = _Probe(
        kb=base.kb,
        lexicon=base.lexicon,
        ontology=base.ontology,
        epithets=base.epithets,
        home_tables=base.home_tables,
    )

    def run(text: str) -> list[Settled]:
        article = Article("t", "t.txt", "txt", text, text, published=date(2024, 5, 6))
        [parsed] = pipeline.parser.parse([article])
        probe.settled = []
        probe.code(parsed)
        return probe.settled

    return run


def _for(settled: list[Settled], code: str) -> list[tuple[str, ...] | None]:
    return [t for _, c, t in settled if c == code]


@pytest.mark.slow
def test_welcoming_an_act_the_article_reported_targets_its_doer(settle: Settle) -> None:
    text = (
        "Iran released the detained British tanker on Monday. "
        "Britain welcomed the decision, the Foreign Office said."
    )
    assert _for(settle(text), "051") == [("IRN",)]


@pytest.mark.slow
def test_welcoming_an_unknown_act_is_dropped(settle: Settle) -> None:
    assert _for(settle("China welcomed the move on Tuesday."), "051") == [None]


@pytest.mark.slow
def test_welcoming_a_described_effort_stays_monadic(settle: Settle) -> None:
    text = "The White House said it welcomed efforts to ease tensions in the region."
    assert _for(settle(text), "051") == [()]


@pytest.mark.slow
def test_restored_ties_are_with_the_other_side_of_the_story(settle: Settle) -> None:
    text = (
        "Kenya cut diplomatic ties with Somalia in 2021 over a maritime dispute. "
        "Kenya has repaired ties, its foreign minister said on Monday."
    )
    assert _for(settle(text), "050") == [("SOM",)]


@pytest.mark.slow
def test_restored_ties_with_nobody_named_are_dropped(settle: Settle) -> None:
    assert _for(settle("Kenya has repaired ties, its foreign minister said."), "050") == [None]


@pytest.mark.slow
def test_reported_cooperation_without_a_partner_is_dropped(settle: Settle) -> None:
    text = "A Chinese foreign ministry spokesman said China had cooperated in good faith."
    assert _for(settle(text), "030") == [None]


@pytest.mark.slow
def test_an_agreement_that_stands_alone_is_kept(settle: Settle) -> None:
    # agreeing to do something oneself names no partner and needs none (PLOVER AGREE)
    text = "Vietnam agreed to open its telecommunications market to foreign firms."
    assert all(t == () for t in _for(settle(text), "030"))


@pytest.mark.slow
def test_possessive_victim_of_a_passive_seizure_is_the_sentence_subject(settle: Settle) -> None:
    text = "Greece said on Friday that its tanker was seized by Iranian commandos in the Gulf."
    assert _for(settle(text), "171") == [("GRC",)]
    text = "Its tanker was seized by Iranian commandos on Friday, the Greek government said."
    assert _for(settle(text), "171") == [("GRCGOV",)]


@pytest.mark.slow
def test_possessive_victim_with_no_owner_in_sight_is_dropped(settle: Settle) -> None:
    text = "Its crew were detained by Iranian forces on Friday."
    assert _for(settle(text), "173") == [None]


# --------------------------------------------------------------------------- end to end

WIRED = hasattr(rule_coder, "settle_targetless")
needs_wiring = pytest.mark.skipif(
    not WIRED, reason="RuleCoder.code_sentence does not call settle_targetless yet"
)


def _rows(events: list[EventMention], code: str) -> list[tuple[str | None, str | None]]:
    return [(e.source_code, e.target_code) for e in events if e.cameo == code]


@pytest.mark.slow
@needs_wiring
def test_coded_rows(code: Callable[[str], list[EventMention]]) -> None:
    welcome = code(
        "Iran released the detained British tanker on Monday. "
        "Britain welcomed the decision, the Foreign Office said."
    )
    assert _rows(welcome, "051") == [("GBR", "IRN")]
    assert _rows(code("China welcomed the move on Tuesday."), "051") == []
    assert _rows(code("Kenya has repaired ties, its foreign minister said."), "050") == []
    seized = code("Greece said on Friday that its tanker was seized by Iranian commandos.")
    assert ("IRN", "GRC") in _rows(seized, "171")
