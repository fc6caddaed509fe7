"""Officials without a country in the text take the country the article points to
(fast: hand-built parses, no spaCy model)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.officials import whose_official
from communique.types import ParsedArticle

# "Foreign Minister Karim Belhadj criticised France on Tuesday." (a minister nobody lists)
_UNKNOWN_MINISTER = (
    "Foreign/PROPN/compound/3 Minister/PROPN/compound/3 Karim/PROPN/compound/3/PERSON "
    "Belhadj/PROPN/nsubj/4/PERSON criticised/VERB/ROOT/4 France/PROPN/dobj/4 ./PUNCT/punct/4"
)
_ALGERIA_LATER = "Algeria/PROPN/nsubj/1 wants/VERB/ROOT/1 talks/NOUN/dobj/1 ./PUNCT/punct/1"
_HE_SAID = "He/PRON/nsubj/1 warned/VERB/ROOT/1 Morocco/PROPN/dobj/1 ./PUNCT/punct/1"
_SPOKESWOMAN = (
    "The/DET/det/1 spokeswoman/NOUN/nsubj/2 criticised/VERB/ROOT/2 Morocco/PROPN/dobj/2 "
    "./PUNCT/punct/2"
)
# "Algeria's foreign ministry summoned the French ambassador."
_MINISTRY_SUMMONED = (
    "Algeria/PROPN/poss/3 's/PART/case/0 foreign/ADJ/amod/3 ministry/NOUN/nsubj/4 "
    "summoned/VERB/ROOT/4 the/DET/det/7 French/ADJ/amod/7 ambassador/NOUN/dobj/4 ./PUNCT/punct/4"
)
# "The French ambassador was summoned by Algeria's foreign ministry."
_AMBASSADOR_SUMMONED = (
    "The/DET/det/2 French/ADJ/amod/2 ambassador/NOUN/nsubjpass/4 was/AUX/auxpass/4 "
    "summoned/VERB/ROOT/4 by/ADP/agent/4 Algeria/PROPN/poss/9 's/PART/case/6 "
    "foreign/ADJ/amod/9 ministry/NOUN/pobj/5 ./PUNCT/punct/4"
)


def _with(parsed: ParsedArticle, dateline: str | None) -> ParsedArticle:
    return replace(parsed, article=replace(parsed.article, dateline=dateline))


def _codes(kb: KnowledgeBase, parsed: ParsedArticle) -> list[list[str]]:
    return [[m.actor.code for m in ms] for ms in resolve_article(parsed, kb)]


def test_an_unknown_titled_minister_takes_the_datelines_country(kb, article) -> None:
    parsed = _with(article([_UNKNOWN_MINISTER, _ALGERIA_LATER, _HE_SAID]), "ALGIERS")
    codes = _codes(kb, parsed)
    assert codes[0] == ["DZAGOV", "FRA"]
    assert codes[2] == ["DZAGOV", "MAR"]  # "he" is the same minister, country and all


def test_a_dateline_the_article_never_names_is_only_a_venue(kb, article) -> None:
    parsed = _with(article([_UNKNOWN_MINISTER, _HE_SAID]), "GENEVA")
    assert _codes(kb, parsed)[0] == ["GOV", "FRA"]


def test_without_any_evidence_the_official_stays_country_less(kb, article) -> None:
    assert _codes(kb, article([_UNKNOWN_MINISTER]))[0] == ["GOV", "FRA"]
    assert _codes(kb, article([_SPOKESWOMAN]))[0] == ["MAR"]


def test_a_bare_title_takes_the_previous_sentences_subject(kb, article) -> None:
    codes = _codes(kb, article([_MINISTRY_SUMMONED, _SPOKESWOMAN]))
    assert codes[1] == ["DZAGOV", "MAR"]


def test_the_dateline_does_not_override_a_single_subject_abroad(kb, article) -> None:
    parsed = _with(article([_MINISTRY_SUMMONED, _SPOKESWOMAN]), "PARIS")
    assert _codes(kb, parsed)[1] == ["DZAGOV", "MAR"]


def test_split_evidence_records_no_country(kb, article) -> None:
    # a passive subject is acted on: French or Algerian spokeswoman, either could be meant
    assert _codes(kb, article([_AMBASSADOR_SUMMONED, _SPOKESWOMAN]))[1] == ["MAR"]


def test_the_dateline_breaks_a_tie_it_takes_part_in(kb, article) -> None:
    parsed = _with(article([_AMBASSADOR_SUMMONED, _SPOKESWOMAN]), "ALGIERS")
    assert _codes(kb, parsed)[1] == ["DZAGOV", "MAR"]


def test_a_country_after_of_places_the_official_over_the_whole_phrase(kb, article) -> None:
    spec = (
        "Foreign/PROPN/compound/3 Minister/PROPN/compound/3 Karim/PROPN/compound/3/PERSON "
        "Belhadj/PROPN/nsubj/6/PERSON of/ADP/prep/3 Algeria/PROPN/pobj/4 "
        "criticised/VERB/ROOT/6 France/PROPN/dobj/6"
    )
    [mentions] = resolve_article(article([spec]), kb)
    assert [(m.actor.code, m.tok_start, m.tok_end) for m in mentions] == [
        ("DZAGOV", 0, 6),
        ("FRA", 7, 8),
    ]


@pytest.mark.parametrize(
    ("previous", "home", "expected"),
    [
        ((), "DZA", "DZA"),
        ((), None, None),
        ((("FRA", True), ("DZA", False)), None, "FRA"),
        ((("FRA", True), ("DZA", False)), "DZA", "FRA"),
        ((("FRA", True),), "DZA", "FRA"),
        ((("DZA", False),), "EGY", "DZA"),
        ((("DZA", False), ("MAR", False)), None, None),
        ((("DZA", False), ("MAR", False)), "MAR", "MAR"),
        ((("DZA", True), ("MAR", True)), None, None),
    ],
)
def test_whose_official_in_order_of_reliability(previous, home, expected) -> None:
    assert whose_official(previous, home) == expected


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("Casa/PROPN/compound/1 Rosada/PROPN/nsubj/2", "ARGGOV"),
        ("Itamaraty/PROPN/nsubj/1", "BRAGOV"),
        ("Palazzo/PROPN/compound/1 Chigi/PROPN/nsubj/2", "ITAGOV"),
        ("Malacañang/PROPN/nsubj/1", "PHLGOV"),
        ("Bundeskanzleramt/PROPN/nsubj/1", "DEUGOV"),
    ],
)
def test_a_seat_of_government_speaks_for_its_government(kb, article, words, code) -> None:
    n = len(words.split())
    spec = f"{words} rejected/VERB/ROOT/{n} the/DET/det/{n + 2} plan/NOUN/dobj/{n}"
    assert _codes(kb, article([spec]))[0] == [code]


def test_a_seat_of_government_after_at_is_a_place(kb, article) -> None:
    spec = (
        "Talks/NOUN/nsubj/1 resumed/VERB/ROOT/1 at/ADP/prep/1 the/DET/det/4 Casa/PROPN/compound/5 "
    )
    spec += "Rosada/PROPN/pobj/2"
    assert _codes(kb, article([spec]))[0] == ["ARG"]


_KENYA_PROTESTS = "Protests/NOUN/nsubj/1 spread/VERB/ROOT/1 across/ADP/prep/1 Kenya/PROPN/pobj/2"
_COUNTRYS_MINISTER = (
    "The/DET/det/1 country/NOUN/poss/4 's/PART/case/1 interior/ADJ/amod/4 minister/NOUN/nsubj/5 "
    "blamed/VERB/ROOT/5 Uganda/PROPN/dobj/5"
)


def test_the_countrys_institution_is_the_country_just_named(kb, article) -> None:
    codes = _codes(kb, article([_KENYA_PROTESTS, _COUNTRYS_MINISTER]))
    assert codes[1] == ["KENGOV", "UGA"]


def test_the_countrys_institution_in_the_same_sentence(kb, article) -> None:
    spec = (
        "Floods/NOUN/nsubj/1 hit/VERB/ROOT/1 Pakistan/PROPN/dobj/1 and/CCONJ/cc/1 the/DET/det/5 "
        "country/NOUN/poss/7 's/PART/case/5 army/NOUN/nsubjpass/9 was/AUX/auxpass/9 "
        "deployed/VERB/conj/1"
    )
    assert _codes(kb, article([spec]))[0] == ["PAK", "PAKMIL"]


def test_the_country_nobody_named_is_no_actor(kb, article) -> None:
    assert _codes(kb, article([_COUNTRYS_MINISTER]))[0] == ["UGA"]


def test_his_countrys_institution_follows_the_pronoun(kb, article) -> None:
    his = (
        "He/PRON/nsubj/1 said/VERB/ROOT/1 his/PRON/poss/3 country/NOUN/poss/5 's/PART/case/3 "
        "army/NOUN/nsubj/6 withdrew/VERB/ccomp/1"
    )
    parsed = _with(article([_UNKNOWN_MINISTER, _ALGERIA_LATER, his]), "ALGIERS")
    assert _codes(kb, parsed)[2] == ["DZAGOV", "DZAMIL"]


_BELHADJ_SAID = "Belhadj/PROPN/nsubj/1 criticised/VERB/ROOT/1 France/PROPN/dobj/1"


def test_a_name_apposed_to_a_placed_title_is_remembered(kb, article) -> None:
    first = (
        "Karim/PROPN/compound/1 Belhadj/PROPN/nsubj/8 ,/PUNCT/punct/1 Algeria/PROPN/poss/6 "
        "'s/PART/case/3 foreign/ADJ/amod/6 minister/NOUN/appos/1 ,/PUNCT/punct/1 "
        "met/VERB/ROOT/8 Morocco/PROPN/dobj/8"
    )
    codes = _codes(kb, article([first, _BELHADJ_SAID, _HE_SAID]))
    assert codes[1] == ["DZAGOV", "FRA"]
    assert codes[2] == ["DZAGOV", "MAR"]


def test_a_title_then_the_apposed_name_is_remembered(kb, article) -> None:
    first = (
        "Algeria/PROPN/poss/3 's/PART/case/0 foreign/ADJ/amod/3 minister/NOUN/nsubj/8 "
        ",/PUNCT/punct/3 Karim/PROPN/compound/6 Belhadj/PROPN/appos/3 ,/PUNCT/punct/3 "
        "met/VERB/ROOT/8 Morocco/PROPN/dobj/8"
    )
    assert _codes(kb, article([first, _BELHADJ_SAID]))[1] == ["DZAGOV", "FRA"]


def test_an_apposed_place_is_no_person(kb, article) -> None:
    # "the talks in Geneva, Switzerland's second city" names no official
    first = (
        "Talks/NOUN/nsubj/1 opened/VERB/ROOT/1 in/ADP/prep/1 Geneva/PROPN/pobj/2/GPE "
        ",/PUNCT/punct/3 Switzerland/PROPN/poss/8 's/PART/case/5 second/ADJ/amod/8 "
        "city/NOUN/appos/3"
    )
    assert _codes(kb, article([first, _BELHADJ_SAID]))[1] == ["FRA"]
