"""The article memory without a model: epithets, bilateral pairs and plural pronouns over
hand-written parses (the shapes the small English model produces)."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from communique.errors import DictionaryError
from communique.events.discourse import (
    Epithets,
    epithet_mention,
    latest_pair,
    load_epithets,
    parse_epithets,
    plural_pronoun,
    remember,
)
from communique.events.doers import subject_actors
from communique.events.lexicon import Rule, load_lexicon
from communique.events.syntax import Tree
from communique.events.view import Found, SentenceView
from communique.types import ActorMention, ActorRef, ParsedSentence, Token


def _tree(spec: list[tuple[str, str, str, str, int]], index: int = 3) -> Tree:
    tokens, start = [], 0
    for i, (text, lemma, pos, dep, head) in enumerate(spec):
        tokens.append(Token(i, text, lemma, pos, pos, dep, head, start, start + len(text)))
        start += len(text) + 1
    text = " ".join(t[0] for t in spec)
    return Tree.of(ParsedSentence(index, 0, len(text), text, tuple(tokens)))


def _mention(code: str, sentence: int, start: int = 0, via: str = "name") -> ActorMention:
    country = None if code.startswith("IGO") else code[:3]
    ref = ActorRef(code, country, code[3:] or None, code)
    return ActorMention(sentence, start, start + 1, start, 0, 0, ref, via)


def _codes(mentions: tuple[ActorMention, ...]) -> list[str]:
    return sorted(m.actor.code for m in mentions)


# "The island condemned the drills" / "The Jewish state ..." / "The bloc ..."
_ISLAND = [
    ("The", "the", "DET", "det", 1), ("island", "island", "NOUN", "nsubj", 2),
    ("condemned", "condemn", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
    ("drills", "drill", "NOUN", "dobj", 2),
]  # fmt: skip


def _view(spec, recent=(), mentions=(), memory=None, epithets=None) -> SentenceView:
    return SentenceView(
        _tree(spec),
        tuple(mentions),
        load_lexicon(),
        tuple(recent),
        memory if memory is not None else {},
        epithets if epithets is not None else load_epithets(),
    )


# --------------------------------------------------------------------------- epithet table


def test_the_built_in_table_loads_and_indexes_heads() -> None:
    table = load_epithets()
    assert table.for_head("island")
    assert table.for_head("Bloc")  # looked up case-insensitively
    assert not table.for_head("minister")


def test_a_malformed_row_names_its_line() -> None:
    text = "# comment\nhead\tmodifiers\trefers\nisland\t*\n"
    with pytest.raises(DictionaryError, match="line 3"):
        parse_epithets(text, "mine.tsv")


def test_a_row_fits_countries_and_actor_code_prefixes() -> None:
    [row] = parse_epithets("head\tmodifiers\trefers\nbloc\t*\tIGOEUREEC|TWN\n").rows
    assert row.fits(ActorRef("IGOEUREEC", None, "IGO", "EU"))
    assert row.fits(ActorRef("TWNGOV", "TWN", "GOV", "Taipei"))
    assert not row.fits(ActorRef("IGOUNO", None, "IGO", "UN"))


# --------------------------------------------------------------------------- epithets


def test_an_epithet_stands_for_the_latest_fitting_actor_named_earlier() -> None:
    view = _view(_ISLAND, recent=[_mention("CHN", 2), _mention("TWN", 2, 5)])
    [m] = epithet_mention(view, 1)
    assert m.actor.code == "TWN"
    assert m.via == "epithet"
    assert (m.sentence, m.tok_start, m.tok_end) == (3, 0, 2)  # the words of this sentence
    assert _codes(subject_actors(view, 2)) == ["TWN"]


def test_an_epithet_with_no_fitting_actor_named_earlier_stays_unresolved() -> None:
    view = _view(_ISLAND, recent=[_mention("CHN", 2), _mention("JPN", 1)])
    assert epithet_mention(view, 1) == ()
    assert subject_actors(view, 2) == ()


def test_an_indefinite_description_is_not_an_epithet() -> None:
    spec = [("An", "an", "DET", "det", 1), *_ISLAND[1:]]
    assert epithet_mention(_view(spec, recent=[_mention("TWN", 2)]), 1) == ()


def test_a_row_that_needs_a_modifier_does_not_fire_without_it() -> None:
    jewish = [
        ("The", "the", "DET", "det", 2), ("Jewish", "jewish", "ADJ", "amod", 2),
        ("state", "state", "NOUN", "nsubj", 3), ("protested", "protest", "VERB", "ROOT", 3),
    ]  # fmt: skip
    bare = [
        ("The", "the", "DET", "det", 1), ("state", "state", "NOUN", "nsubj", 2),
        ("protested", "protest", "VERB", "ROOT", 2),
    ]  # fmt: skip
    recent = [_mention("ISR", 1)]
    assert _codes(epithet_mention(_view(jewish, recent=recent), 2)) == ["ISR"]
    assert epithet_mention(_view(bare, recent=recent), 1) == ()


def test_without_a_table_nothing_is_resolved() -> None:
    view = _view(_ISLAND, recent=[_mention("TWN", 2)], epithets=Epithets())
    assert epithet_mention(view, 1) == ()


# --------------------------------------------------------------------------- pairs

# "The two sides agreed"
_SIDES = [
    ("The", "the", "DET", "det", 2), ("two", "two", "NUM", "nummod", 2),
    ("sides", "side", "NOUN", "nsubj", 3), ("agreed", "agree", "VERB", "ROOT", 3),
]  # fmt: skip
# "They agreed"
_THEY = [("They", "they", "PRON", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1)]


def _pair(a: str, b: str, sentence: int = 2) -> dict[str, ActorMention]:
    return {"pair:first": _mention(a, sentence), "pair:second": _mention(b, sentence, 2)}


def test_the_two_sides_are_the_latest_bilateral_pair_not_the_last_two_countries() -> None:
    # Japan and South Korea met (sentence 1); China was named after them (sentence 2).
    recent = [_mention("CHN", 2), _mention("KOR", 1, 2), _mention("JPN", 1)]
    view = _view(_SIDES, recent=recent, memory=_pair("JPN", "KOR", 1))
    assert _codes(view.at(2)) == ["JPN", "KOR"]


def test_without_a_pair_the_two_sides_are_the_last_two_countries_named() -> None:
    recent = [_mention("CHN", 2), _mention("KOR", 1, 2), _mention("JPN", 1)]
    assert _codes(_view(_SIDES, recent=recent).at(2)) == ["CHN", "KOR"]


def test_a_pair_recorded_as_a_bare_country_is_refined_by_a_later_named_actor() -> None:
    memory = {"pair:first": _mention("CHNGOV", 1), "pair:second": _mention("PRK", 1, 3)}
    recent = [_mention("PRKGOV", 1, 6), _mention("CHNGOV", 1)]
    assert _codes(latest_pair(_view(_SIDES, recent=recent, memory=memory))) == [
        "CHNGOV",
        "PRKGOV",
    ]


def test_they_after_a_bilateral_event_are_its_two_parties() -> None:
    recent = [_mention("KOR", 2, 2), _mention("JPN", 2)]
    view = _view(_THEY, recent=recent, memory=_pair("JPN", "KOR"))
    assert _codes(plural_pronoun(view, 0)) == ["JPN", "KOR"]
    assert _codes(subject_actors(view, 1)) == ["JPN", "KOR"]


def test_they_is_not_the_pair_once_another_party_was_named_since() -> None:
    recent = [_mention("USA", 2, 6), _mention("KOR", 1, 2), _mention("JPN", 1)]
    view = _view(_THEY, recent=recent, memory=_pair("JPN", "KOR", 1))
    assert plural_pronoun(view, 0) == ()


def test_they_is_not_the_pair_when_the_sentence_names_someone_first() -> None:
    # "Chinese officials said they ...": the officials, not the pair.
    spec = [
        ("Chinese", "chinese", "ADJ", "amod", 1), ("officials", "official", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2), ("they", "they", "PRON", "nsubj", 4),
        ("agreed", "agree", "VERB", "ccomp", 2),
    ]  # fmt: skip
    view = _view(
        spec,
        recent=[_mention("KOR", 2, 2), _mention("JPN", 2)],
        mentions=[_mention("CHN", 3)],
        memory=_pair("JPN", "KOR"),
    )
    assert plural_pronoun(view, 3) == ()


def test_they_is_not_a_pair_from_long_ago() -> None:
    view = _view(_THEY, recent=[], memory=_pair("JPN", "KOR", 0))
    assert plural_pronoun(view, 0) == ()


# --------------------------------------------------------------------------- remember


def _found(code: str, sources, targets, modality: str = "asserted") -> Found:
    rule = Rule("V", "condemn", "*", code, MappingProxyType({}), 0)
    return Found(2, code, rule, tuple(sources), tuple(targets), modality, (2,), False)


def test_remember_records_the_act_its_doer_its_target_and_the_pair() -> None:
    memory: dict[str, ActorMention] = {}
    chn, jpn = _mention("CHN", 3), _mention("JPN", 3, 4)
    remember(memory, _view(_ISLAND, memory=memory), _found("171", [chn], [jpn]))
    assert memory["did:condemn"] is chn
    assert memory["act-by:CHN"] is chn
    assert memory["act-on:JPN"] is chn
    assert (memory["pair:first"], memory["pair:second"]) == (chn, jpn)


def test_remember_skips_denied_acts_and_keeps_reactions_out_of_act_by() -> None:
    memory: dict[str, ActorMention] = {}
    chn, jpn = _mention("CHN", 3), _mention("JPN", 3, 4)
    view = _view(_ISLAND, memory=memory)
    remember(memory, view, _found("171", [chn], [jpn], modality="negated"))
    assert memory == {}
    remember(memory, view, _found("111", [chn], [jpn]))
    assert "act-by:CHN" not in memory  # a condemnation is not what others answer ...
    assert memory["act-on:JPN"] is chn  # ... unless it was aimed at them
