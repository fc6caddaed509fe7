"""Names and words that look like a known actor but are not: a one-word organisation alias
closing a longer unknown name ("the Jubilee Congress"), a country word closing a continental
region's name ("South American"), and an agent noun used as an adjective ("firm support").
Hand-built parses, no spaCy model."""

from __future__ import annotations

from communique.actors import KnowledgeBase, resolve_article

ORGANISATIONS = """\
# organisations (test fixture)
entity_id\tnames\tcode\tcountry\tsector
us-congress\tUS Congress|Congress\tUSALEG\tUSA\tLEG
anc\tAfrican National Congress|ANC\tZAFPTY\tZAF\tPTY
"""


def _codes(kb: KnowledgeBase, parsed) -> list[list[str]]:
    return [[m.actor.code for m in ms] for ms in resolve_article(parsed, kb)]


# ------------------------------------------------- organisation alias inside a longer name
def test_congress_closing_an_unknown_party_name_is_not_the_us_legislature(make_kb, article) -> None:
    kb = make_kb(organisations=ORGANISATIONS)
    spec = (
        "Kenya/PROPN/poss/4 's/PART/case/0 ruling/VERB/amod/4 Jubilee/PROPN/compound/4 "
        "Congress/PROPN/nsubj/5 criticised/VERB/ROOT/5 the/DET/det/7 commission/NOUN/dobj/5"
    )
    assert _codes(kb, article([spec])) == [["KEN"]]


def test_a_party_named_in_full_is_that_party(make_kb, article) -> None:
    kb = make_kb(organisations=ORGANISATIONS)
    spec = (
        "the/DET/det/3 African/PROPN/compound/3 National/PROPN/compound/3 "
        "Congress/PROPN/nsubj/4 won/VERB/ROOT/4"
    )
    assert _codes(kb, article([spec])) == [["ZAFPTY"]]


def test_bare_congress_and_us_congress_stay_the_us_legislature(make_kb, article) -> None:
    kb = make_kb(organisations=ORGANISATIONS)
    bare = "the/DET/det/1 Congress/PROPN/nsubj/2 voted/VERB/ROOT/2"
    named = "the/DET/det/2 US/PROPN/compound/2 Congress/PROPN/nsubj/3 voted/VERB/ROOT/3"
    assert _codes(kb, article([bare, named])) == [["USALEG"], ["USALEG"]]


# ------------------------------------------------------------------ continental regions
def test_south_american_governments_are_not_the_usa(kb, article) -> None:
    spec = (
        "South/ADJ/amod/1 American/ADJ/amod/2 governments/NOUN/nsubj/3 "
        "condemned/VERB/ROOT/3 Bolivia/PROPN/dobj/3"
    )
    assert _codes(kb, article([spec])) == [["BOL"]]


def test_latin_america_and_pan_american_are_no_state(kb, article) -> None:
    region = "leaders/NOUN/nsubj/1 toured/VERB/ROOT/1 Latin/PROPN/compound/3 America/PROPN/dobj/1"
    hyphen = "the/DET/det/4 Pan/PROPN/compound/3 -/PUNCT/punct/3 American/ADJ/amod/4 summit/NOUN"
    assert _codes(kb, article([region, hyphen])) == [[], []]


def test_american_alone_is_still_the_usa(kb, article) -> None:
    spec = "American/ADJ/amod/1 officials/NOUN/nsubj/2 condemned/VERB/ROOT/2 Iran/PROPN/dobj/2"
    assert _codes(kb, article([spec])) == [["USAGOV", "IRN"]]


# ------------------------------------------------------------ agent nouns as adjectives
def test_firm_as_an_adjective_is_no_company(kb, article) -> None:
    spec = (
        "China/PROPN/nsubj/1 praised/VERB/ROOT/1 Pakistan/PROPN/poss/5 's/PART/case/2 "
        "firm/ADJ/amod/5 support/NOUN/dobj/1"
    )
    predicate = "Japan/PROPN/nsubj/1 stood/VERB/ROOT/1 firm/ADJ/acomp/1"
    assert _codes(kb, article([spec, predicate])) == [["CHN", "PAK"], ["JPN"]]


def test_firm_as_a_noun_is_a_company(kb, article) -> None:
    spec = "a/DET/det/2 Chinese/ADJ/amod/2 firm/NOUN/nsubj/3 signed/VERB/ROOT/3"
    assert _codes(kb, article([spec])) == [["CHNBUS"]]


def test_a_proper_alias_after_an_unknown_name_keeps_its_entity(make_kb, article) -> None:
    # Only generic institution nouns ("Congress") are read as the tail of another name; a
    # proper alias after a capitalised epithet is still the organisation.
    kb = make_kb(organisations=ORGANISATIONS + "hamas\tHamas\tPSEREB\tPSE\tREB\n")
    spec = "Radical/PROPN/compound/1 Hamas/PROPN/nsubj/2 said/VERB/ROOT/2"
    assert _codes(kb, article([spec])) == [["PSEREB"]]
