"""Names typed in the wrong case or misspelled, and institutions written in lower case
(hand-built parses: fast, no spaCy model)."""

from __future__ import annotations

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.names import odd_case


def _codes(kb: KnowledgeBase, parsed) -> list[list[str]]:
    return [[m.actor.code for m in ms] for ms in resolve_article(parsed, kb)]


def test_odd_case_country_name(kb, article) -> None:
    spec = "talks/NOUN/nsubj/3 with/ADP/prep/0 iSrael/PROPN/pobj/1 stalled/VERB/ROOT/3"
    assert _codes(kb, article([spec])) == [["ISR"]]


def test_capitals_inside_running_text(kb, article) -> None:
    spec = "envoys/NOUN/nsubj/1 visited/VERB/ROOT/1 CHINA/PROPN/dobj/1 on/ADP Monday/PROPN"
    assert _codes(kb, article([spec])) == [["CHN"]]


def test_lower_case_proper_noun_country(kb, article) -> None:
    spec = "police/NOUN/nsubj/3 in/ADP/prep/0 israel/PROPN/pobj/1 arrested/VERB/ROOT/3 two men"
    assert _codes(kb, article([spec])) == [["ISRCOP"]]


def test_lower_case_common_nouns_stay_words(kb, article) -> None:
    # tagged as a noun, or a proper-noun modifier: food and porcelain, not countries
    spec = (
        "they ate/VERB turkey/NOUN/dobj/1 from/ADP/prep/1 china/PROPN/compound/5 plates/NOUN/pobj/3"
    )
    assert _codes(kb, article([spec])) == [[]]


def test_short_lower_case_words_never_match(kb, article) -> None:
    spec = "they/PRON told/VERB us/PROPN/dobj/1 nothing"
    assert _codes(kb, article([spec])) == [[]]


def test_odd_case_rule() -> None:
    assert odd_case("iSrael", "Israel") and odd_case("CHINA", "China")
    assert not odd_case("Us", "US")  # ordinary capitalised pronoun
    assert not odd_case("Israel", "Israel") and not odd_case("israel", "Israel")


def test_misspelled_country_names(kb, article) -> None:
    parsed = article(
        [
            "Ethopia/PROPN/nsubj/1 signed/VERB/ROOT/1 a deal",
            "the Phillipines/PROPN/nsubj/2 protested/VERB/ROOT/2",
            "Isreali/ADJ troops/NOUN/nsubj/2 withdrew/VERB/ROOT/2",
        ]
    )
    assert _codes(kb, parsed) == [["ETH"], ["PHL"], ["ISRMIL"]]


def test_misspelling_next_to_an_unknown_name_is_not_a_country(kb, article) -> None:
    spec = "Ethopia/PROPN Airlines/PROPN/nsubj/2 said/VERB/ROOT/2"
    assert _codes(kb, article([spec])) == [[]]


_US_STORY = [
    "the United/PROPN States/PROPN/nsubj/3 imposed/VERB/ROOT/3 tariffs on Mexico",
    "American/ADJ officials/NOUN/nsubj/2 said/VERB/ROOT/2",
]


def test_lower_case_congress_in_a_story_about_the_us(make_kb, article) -> None:
    orgs = "entity_id\tnames\tcode\tcountry\tsector\nus-congress\tCongress\tUSALEG\tUSA\tLEG\n"
    kb = make_kb(organisations=orgs)
    parsed = article([*_US_STORY, "the president urged/VERB congress/NOUN/dobj/3 to act"])
    # "the president" after "American officials said" is the US president (officials.py)
    assert _codes(kb, parsed)[-1] == ["USAGOV", "USALEG"]


def test_lower_case_congress_elsewhere_is_not_the_us(make_kb, article) -> None:
    orgs = "entity_id\tnames\tcode\tcountry\tsector\nus-congress\tCongress\tUSALEG\tUSA\tLEG\n"
    kb = make_kb(organisations=orgs)
    # a party congress, and a story that is not about the US
    party = article([*_US_STORY, "the party/NOUN congress/NOUN/nsubj elected/VERB a leader"])
    assert "USALEG" not in _codes(kb, party)[-1]
    china = article(
        [
            "China/PROPN/nsubj/1 opened/VERB/ROOT/1 talks",
            "Beijing/PROPN said/VERB congress/NOUN/nsubj would/AUX meet/VERB",
        ]
    )
    assert "USALEG" not in _codes(kb, china)[-1]
