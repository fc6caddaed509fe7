"""Trigger phenomena that lexicon rows alone cannot express.

* a modifier that makes an event noun specific ("military aid", "hunger strike") beats the bare
  head word; a modifier can also switch a noun off ("a charm offensive");
* labels and small clauses ("held X responsible", "took X hostage", "declared X persona non
  grata"), particles with their own preposition ("pulled out of the talks");
* by-clauses ("retaliated by expelling"), attempts ("attempted to assassinate");
* non-political senses of force verbs: sport results and verbal attacks.

The fast tests use hand-written parses in the shapes the small English model produces; the
slow ones run the whole pipeline on wire-style sentences we wrote.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.events.lexicon import load_lexicon
from communique.events.rules import (
    choose_rule,
    gerund_controller,
    modified_phrases,
    particle_chain,
    small_clause_subject,
)
from communique.events.senses import has_score, sports_context, stated_reason
from communique.events.syntax import Tree
from communique.events.view import SentenceView
from communique.types import EventMention, ParsedSentence, Token

Coder = Callable[[str], list[EventMention]]
Spec = list[tuple[str, str, str, str, str, int]]  # text, lemma, pos, tag, dep, head


def _tree(spec: Spec) -> Tree:
    tokens, start = [], 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(spec):
        tokens.append(Token(i, text, lemma, pos, tag, dep, head, start, start + len(text)))
        start += len(text) + 1
    text = " ".join(t[0] for t in spec)
    return Tree.of(ParsedSentence(0, 0, len(text), text, tuple(tokens)))


def _view(spec: Spec) -> SentenceView:
    return SentenceView(_tree(spec), (), load_lexicon())


def _code(view: SentenceView, i: int, pos: str = "V") -> str | None:
    chosen = choose_rule(view, i, pos)
    return chosen[0].code if chosen is not None else None


# "Washington suspended <mod> aid to Cairo"
def _aid(verb: str, lemma: str, modifier: str) -> Spec:
    return [
        ("Washington", "Washington", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        (modifier, modifier, "ADJ", "JJ", "amod", 3),
        ("aid", "aid", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 3),
        ("Cairo", "Cairo", "PROPN", "NNP", "pobj", 4),
    ]


# --------------------------------------------------------------------------- fast: lexicon


def test_two_word_class_members_and_none_rows_load() -> None:
    lexicon = load_lexicon()
    assert lexicon.in_class("military aid", "MILAID")
    assert lexicon.in_class("humanitarian aid", "HUMAID")
    assert not lexicon.in_class("aid", "HUMAID")  # the bare head is not humanitarian
    offensive = lexicon.candidates("N", "offensive")
    assert any(r.code == "none" for r in offensive)


def test_the_attempt_frame_keeps_the_inner_code_except_where_cameo_has_an_attempt_code() -> None:
    lexicon = load_lexicon()
    assert lexicon.frame_code("attempt", "186") == "185"
    assert lexicon.frame_code("attempt", "1823") == "1823"
    assert lexicon.frame_code("attempt", "0874") == "0874"
    assert lexicon.frame_code("attempt", None) == ""  # nothing attempted: no event
    # other frames are unchanged
    assert lexicon.frame_code("reject", "073") == "1223"


# --------------------------------------------------------------------------- fast: modifiers


@pytest.mark.parametrize(
    ("verb", "lemma", "modifier", "expected"),
    [
        ("suspended", "suspend", "military", "1622"),
        ("suspended", "suspend", "humanitarian", "1623"),
        ("suspended", "suspend", "financial", "1621"),
        ("suspended", "suspend", "new", "162"),  # an uninformative modifier: the head decides
        ("sent", "send", "humanitarian", "073"),
        ("sent", "send", "military", "072"),
        ("pledged", "pledge", "humanitarian", "0333"),
    ],
)
def test_a_modifier_specific_rule_beats_the_head_rule(
    verb: str, lemma: str, modifier: str, expected: str
) -> None:
    assert _code(_view(_aid(verb, lemma, modifier)), 1) == expected


def test_modified_phrases_pair_the_head_with_each_modifier() -> None:
    tree = _tree(_aid("sent", "send", "humanitarian"))
    assert "humanitarian aid" in modified_phrases(tree, 3)
    assert modified_phrases(tree, 5) == set()  # "Cairo" has no modifier


def test_a_figurative_modifier_switches_the_event_noun_off() -> None:
    # "Moscow launched a charm offensive"
    spec: Spec = [
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1),
        ("launched", "launch", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 4),
        ("charm", "charm", "NOUN", "NN", "compound", 4),
        ("offensive", "offensive", "NOUN", "NN", "dobj", 1),
    ]
    view = _view(spec)
    assert _code(view, 4, "N") is None
    military = [*spec[:3], ("new", "new", "ADJ", "JJ", "amod", 4), spec[4]]
    assert _code(_view(military), 4, "N") == "190"


# --------------------------------------------------------------------------- fast: syntax


def test_a_preposition_hanging_on_the_particle_completes_the_phrasal_verb() -> None:
    # "Tehran pulled out of the talks" with "of" attached to "out"
    spec: Spec = [
        ("Tehran", "Tehran", "PROPN", "NNP", "nsubj", 1),
        ("pulled", "pull", "VERB", "VBD", "ROOT", 1),
        ("out", "out", "ADP", "RP", "prep", 1),
        ("of", "of", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 5),
        ("talks", "talk", "NOUN", "NNS", "pobj", 3),
    ]
    tree = _tree(spec)
    assert particle_chain(tree, 1, ["out", "of"]) == 3
    assert particle_chain(tree, 1, ["out", "from"]) is None
    assert _code(_view(spec), 1) == "164"
    place = [*spec[:4], ("Aleppo", "Aleppo", "PROPN", "NNP", "pobj", 3)]
    assert _code(_view(place), 1) == "0874"  # out of a place: a retreat


def test_the_subject_of_a_verbless_clause_is_the_object() -> None:
    # "Ankara declared the envoy persona non grata", parsed as a clause "envoy persona"
    spec: Spec = [
        ("Ankara", "Ankara", "PROPN", "NNP", "nsubj", 1),
        ("declared", "declare", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("envoy", "envoy", "NOUN", "NN", "nsubj", 4),
        ("persona", "persona", "NOUN", "NN", "ccomp", 1),
        ("non", "non", "PROPN", "NNP", "compound", 6),
        ("grata", "grata", "NOUN", "NN", "dobj", 4),
    ]
    tree = _tree(spec)
    assert small_clause_subject(tree, 1) == 3
    assert _code(_view(spec), 1) == "161"
    verbal = [*spec[:4], ("left", "leave", "VERB", "VBD", "ccomp", 1)]
    assert small_clause_subject(_tree(verbal), 1) is None  # a real clause has its own verb


def test_a_gerund_after_by_is_done_by_the_governing_subject() -> None:
    # "Moscow retaliated by expelling diplomats"
    spec: Spec = [
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1),
        ("retaliated", "retaliate", "VERB", "VBD", "ROOT", 1),
        ("by", "by", "ADP", "IN", "prep", 1),
        ("expelling", "expel", "VERB", "VBG", "pcomp", 2),
        ("diplomats", "diplomat", "NOUN", "NNS", "dobj", 3),
    ]
    tree = _tree(spec)
    assert gerund_controller(tree, 3) == 1
    assert gerund_controller(tree, 1) is None
    assert _code(_view(spec), 1) is None  # retaliating alone is no event
    noun = [*spec[:3], ("expulsion", "expulsion", "NOUN", "NN", "pobj", 2)]
    assert gerund_controller(_tree(noun), 3) is None


# --------------------------------------------------------------------------- fast: senses


def _match(score: list[tuple[str, str, str, str, str, int]]) -> Spec:
    # "Tokyo beat Seoul <score> in the final"
    return [
        ("Tokyo", "Tokyo", "PROPN", "NNP", "nsubj", 1),
        ("beat", "beat", "VERB", "VBD", "ROOT", 1),
        ("Seoul", "Seoul", "PROPN", "NNP", "dobj", 1),
        *score,
    ]


def test_a_score_or_a_sports_noun_makes_force_verbs_no_event() -> None:
    scored = _view(_match([("2-1", "2-1", "NUM", "CD", "npadvmod", 1)]))
    assert has_score(scored, list(range(4)))
    assert sports_context(scored, 1)
    final = _view(
        _match([
            ("in", "in", "ADP", "IN", "prep", 1),
            ("the", "the", "DET", "DT", "det", 5),
            ("final", "final", "ADJ", "JJ", "pobj", 3),
        ])
    )  # fmt: skip
    assert sports_context(final, 1)
    # "in the final days": the sports word only modifies another noun
    days = _view(
        _match([
            ("in", "in", "ADP", "IN", "prep", 1),
            ("the", "the", "DET", "DT", "det", 6),
            ("final", "final", "ADJ", "JJ", "amod", 6),
            ("days", "day", "NOUN", "NNS", "pobj", 3),
        ])
    )  # fmt: skip
    assert not sports_context(days, 1)


def test_an_over_phrase_with_a_reason_is_a_stated_reason_but_a_time_is_not() -> None:
    def spec(word: str, lemma: str) -> Spec:
        return [
            ("Tehran", "Tehran", "PROPN", "NNP", "nsubj", 1),
            ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
            ("Riyadh", "Riyadh", "PROPN", "NNP", "dobj", 1),
            ("over", "over", "ADP", "IN", "prep", 1),
            ("its", "its", "PRON", "PRP$", "poss", 5),
            (word, lemma, "NOUN", "NNS", "pobj", 3),
        ]

    assert stated_reason(_view(spec("remarks", "remark")), 1)
    assert not stated_reason(_view(spec("weekend", "weekend")), 1)


# --------------------------------------------------------------------------- the pipeline


def _found(events: list[EventMention]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source_code, e.target_code) for e in events}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 1 modifier-specific event nouns
        ("Germany sent military aid to Ukraine on Tuesday.", ("072", "DEU", "UKR")),
        ("Norway delivered humanitarian aid to Sudan on Tuesday.", ("073", "NOR", "SDN")),
        ("The United States suspended military aid to Egypt on Tuesday.", ("1622", "USA", "EGY")),
        ("Britain cut humanitarian aid to Yemen on Tuesday.", ("1623", "GBR", "YEM")),
        (
            "Jordan appealed for humanitarian aid from the European Union.",
            ("0233", "JOR", "IGOEUREEC"),
        ),
        ("Palestinian detainees went on hunger strike against Israel.", ("142", "PSE", "ISR")),
        ("Israeli jets staged air strikes on Gaza on Tuesday.", ("195", "ISR", "PSEGZA")),
        # 2 predicative complements and small clauses
        ("France held Iran responsible for the attack on Tuesday.", ("112", "FRA", "IRN")),
        ("Nigerian rebels took six Chinese workers hostage.", ("181", "NGAREB", "CHNLAB")),
        ("Somali pirates held the Indian crew hostage.", ("181", "SOM", "IND")),
        ("Latvia declared the Russian ambassador persona non grata.", ("161", "LVA", "RUSGOV")),
        (
            "The United States designated the Houthis a terrorist organization.",
            ("1121", "USA", "YEMREB"),
        ),
        ("Estonia declared two Russian diplomats persona non grata.", ("161", "EST", "RUSGOV")),
        # 3 particle + preposition
        ("Pakistan pulled out of the talks with India on Tuesday.", ("164", "PAK", "IND")),
        ("The United States pulled out of the nuclear deal with Iran.", ("160", "USA", "IRN")),
        ("Russian troops pulled out of Kherson on Tuesday.", ("0874", "RUSMIL", None)),
        # 4 by-clauses
        ("Russia retaliated by expelling ten Latvian diplomats.", ("161", "RUS", "LVAGOV")),
        ("China responded by imposing sanctions on Lithuania.", ("163", "CHN", "LTU")),
        # 5 attempts
        (
            "Syrian rebels attempted to assassinate the Syrian president.",
            ("185", "SYRREB", "SYRGOV"),
        ),
        # 6 verbal attacks
        (
            "The Iranian foreign minister attacked Saudi Arabia over its remarks.",
            ("111", "IRNGOV", "SAU"),
        ),
    ],
)
def test_phenomenon_codes(
    code: Coder, sentence: str, expected: tuple[str, str, str | None]
) -> None:
    found = _found(code(sentence))
    cameo, source, target = expected
    hits = [f for f in found if f[0] == cameo and f[1] == source]
    assert hits, f"{sentence!r}: expected {expected}, got {sorted(found)}"
    if target is not None:
        assert any(f[2] == target for f in hits), f"{sentence!r}: got {sorted(found)}"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("attempt", "act"),
    [
        (
            "Iraqi protesters tried to storm the US embassy.",
            "Iraqi protesters stormed the US embassy.",
        ),
        (
            "Serbian police attempted to arrest the Kosovar activists.",
            "Serbian police arrested the Kosovar activists.",
        ),
    ],
)
def test_an_attempt_is_coded_as_the_attempted_act(code: Coder, attempt: str, act: str) -> None:
    done = _found(code(act))
    assert done, f"{act!r} must be coded for this test to mean anything"
    assert _found(code(attempt)) == done


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("Russia launched a charm offensive in Africa on Tuesday.", "19"),
        ("Japan beat Germany 2-1 in the World Cup on Tuesday.", "18"),
        ("Japan beat Germany in the final on Tuesday.", "18"),
        ("A strike by Kenyan doctors entered its second week on Tuesday.", "19"),
        ("Russia retaliated against Poland on Tuesday.", "19"),
        ("The Iranian foreign minister attacked Saudi Arabia over its remarks.", "19"),
        ("Palestinian detainees went on hunger strike against Israel.", "143"),
        ("The Kenyan opposition leader pulled out of the race on Tuesday.", "08"),
        ("Japan tried to stop the game on Tuesday.", "19"),
    ],
)
def test_figurative_and_non_political_uses_are_not_coded(
    code: Coder, sentence: str, unwanted: str
) -> None:
    got = sorted(e.cameo for e in code(sentence))
    assert not [c for c in got if c.startswith(unwanted)], f"{sentence!r}: got {got}"


@pytest.mark.slow
def test_real_attacks_near_sports_words_stay_attacks(code: Coder) -> None:
    for sentence in (
        "Taliban militants attacked a football stadium in Kabul on Tuesday.",
        "Russian troops attacked Ukrainian positions in the final days of the siege.",
        "Russian forces attacked Kyiv over the weekend.",
    ):
        got = sorted(e.cameo for e in code(sentence))
        assert any(c.startswith("19") for c in got), f"{sentence!r}: got {got}"
