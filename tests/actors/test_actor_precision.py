"""Country words that are not the state: languages, national carriers, a country's own
council under a UN-like name; and the actors coordination, community homes and lower-case
names must still find.  Hand-built parses, no spaCy model."""

from __future__ import annotations

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.cues import Cues

PEOPLE = """\
# people (test fixture)
entity_id\tnames\tcountry\tsector\ttitle\tstart\tend
yoon-suk-yeol\tYoon Suk Yeol\tKOR\tGOV\tpresident\t2022-05-10\t2025-04-04
"""
ORGANISATIONS = """\
# organisations (test fixture)
entity_id\tnames\tcode\tcountry\tsector
united-nations\tUnited Nations|UN|U.N.\tIGOUNO\t\tIGO
"""


def _codes(kb: KnowledgeBase, parsed) -> list[list[str]]:
    return [[m.actor.code for m in ms] for ms in resolve_article(parsed, kb)]


# ---------------------------------------------------------------- languages
def test_language_after_a_preposition_is_no_actor(kb, article) -> None:
    spec = (
        "The minister/NOUN/nsubj/7 , switching/VERB/acl/1 to/ADP/prep/3 English/PROPN/pobj/4 "
        ", told/VERB/ROOT/7 reporters/NOUN/dobj/7"
    )
    assert _codes(kb, article([spec])) == [[]]


def test_language_object_of_a_speaking_verb_is_no_actor(kb, article) -> None:
    spec = "the/DET/det/1 envoys/NOUN/nsubj/2 speak/VERB/ROOT/2 Russian/PROPN/dobj/2 well/ADV"
    assert _codes(kb, article([spec])) == [[]]


def test_hyphenated_language_adjective_is_no_actor(kb, article) -> None:
    spec = (
        "a/DET/det/4 Chinese/ADJ/amod/3 -/PUNCT/punct/3 language/NOUN/compound/4 "
        "daily/NOUN/nsubj/5 reported/VERB/ROOT/5"
    )
    assert _codes(kb, article([spec])) == [[]]


def test_adjective_on_a_noun_after_a_preposition_is_still_the_state(kb, article) -> None:
    spec = "aid/NOUN/nsubj/1 went/VERB/ROOT/1 to/ADP/prep/1 Russian/ADJ/amod/4 troops/NOUN/pobj/2"
    assert _codes(kb, article([spec])) == [["RUSMIL"]]


def test_cues_load_from_the_builtin_tables() -> None:
    cues = Cues.load()
    assert "language" in cues.language_words("after")
    assert ("Airlines",) in cues.company_words("suffix")


# ---------------------------------------------------------------- national carriers
def test_country_name_before_a_carrier_word_is_its_business_sector(kb, article) -> None:
    specs = [
        "Malaysia/PROPN/compound/1 Airlines/PROPN/nsubj/2 said/VERB/ROOT/2 so/ADV",
        "Indian/PROPN/compound/1 Railways/PROPN/nsubj/2 halted/VERB/ROOT/2 trains/NOUN/dobj/2",
        "Air/PROPN/compound/1 India/PROPN/nsubj/2 cancelled/VERB/ROOT/2 flights/NOUN/dobj/2",
    ]
    assert _codes(kb, article(specs)) == [["MYSBUS"], ["INDBUS"], ["INDBUS"]]


def test_carrier_word_inside_a_longer_name_is_no_company(kb, article) -> None:
    spec = (
        "the/DET/det/3 Indian/ADJ/amod/3 Air/PROPN/compound/3 Force/PROPN/nsubj/4 "
        "struck/VERB/ROOT/4"
    )
    assert _codes(kb, article([spec])) == [["INDMIL"]]


def test_carrier_naming_an_aircraft_is_no_actor(kb, article) -> None:
    spec = (
        "a/DET/det/3 Malaysia/PROPN/compound/2 Airlines/PROPN/compound/3 jet/NOUN/nsubj/4 "
        "crashed/VERB/ROOT/4"
    )
    assert _codes(kb, article([spec])) == [[]]


# ---------------------------------------------------------------- national bodies
_WITH_COUNCIL = (
    ORGANISATIONS
    + "unsc\tUnited Nations Security Council|UN Security Council|Security Council\tIGOUNO\t\tIGO\n"
)


def test_country_possessive_before_a_council_alias_is_its_government(make_kb, article) -> None:
    kb = make_kb(organisations=_WITH_COUNCIL)
    spec = (
        "South/PROPN/compound/1 Korea/PROPN/poss/5 's/PART/case/1 National/PROPN/compound/5 "
        "Security/PROPN/compound/5 Council/PROPN/nsubj/6 met/VERB/ROOT/6"
    )
    assert _codes(kb, article([spec])) == [["KORGOV"]]


def test_bare_council_and_the_un_full_name_stay_the_un(make_kb, article) -> None:
    kb = make_kb(organisations=_WITH_COUNCIL)
    specs = [
        "the/DET/det/2 Security/PROPN/compound/2 Council/PROPN/nsubj/3 condemned/VERB/ROOT/3",
        "Japan/PROPN/poss/3 's/PART/case/0 UN/PROPN/compound/4 Security/PROPN/compound/4 "
        "Council/PROPN/compound/5 seat/NOUN/nsubj/6 matters/VERB/ROOT/6",
    ]
    assert _codes(kb, article(specs)) == [["IGOUNO"], ["JPN", "IGOUNO"]]


def test_council_alias_modifying_a_noun_is_not_a_national_body(make_kb, article) -> None:
    kb = make_kb(organisations=_WITH_COUNCIL)
    spec = (
        "Japan/PROPN/poss/3 's/PART/case/0 Security/PROPN/compound/3 Council/PROPN/compound/4 "
        "seat/NOUN/nsubj/5 matters/VERB/ROOT/5"
    )
    assert _codes(kb, article([spec])) == [["JPN", "IGOUNO"]]


def test_leaders_own_council_is_his_government(make_kb, article) -> None:
    kb = make_kb(organisations=_WITH_COUNCIL)
    spec = (
        "Yoon/PROPN/compound/3 Suk/PROPN/compound/3 Yeol/PROPN/nsubj/3 convened/VERB/ROOT/3 "
        "his/PRON/poss/6 Security/PROPN/compound/6 Council/PROPN/dobj/3"
    )
    assert _codes(kb, article([spec])) == [["KORGOV", "KORGOV"]]


# ---------------------------------------------------------------- coordination
def test_coordinated_adjectives_before_a_plural_title_give_each_its_holder(
    make_kb, article
) -> None:
    people = PEOPLE + "retno\tRetno Marsudi\tIDN\tGOV\tforeign minister\t2014-10-27\t2024-10-20\n"
    kb = make_kb(people=people)
    spec = (
        "Vietnamese/ADJ/amod/4 and/CCONJ/cc/0 Indonesian/ADJ/conj/0 foreign/ADJ/amod/4 "
        "ministers/NOUN/nsubj/5 met/VERB/ROOT/5"
    )
    mentions = resolve_article(article([spec]), kb)[0]
    assert sorted(m.actor.code for m in mentions) == ["IDNGOV", "VNMGOV"]
    ids = {m.actor.code: m.actor.entity_id for m in mentions}
    assert ids["IDNGOV"] == "person:retno" and ids["VNMGOV"] is None


# ---------------------------------------------------------------- community homes
def test_community_does_not_take_the_country_of_another_nouns_adjective(kb, article) -> None:
    spec = (
        "Kurdish/ADJ/amod/1 leaders/NOUN/nsubj/2 rejected/VERB/ROOT/2 the/DET/det/5 "
        "Turkish/ADJ/amod/5 offer/NOUN/dobj/2"
    )
    codes = _codes(kb, article([spec]))[0]
    assert codes[0] == "KURELI"


def test_community_in_a_story_about_its_home_still_takes_it(kb, article) -> None:
    specs = [
        "Turkey/PROPN/nsubj/1 shelled/VERB/ROOT/1 villages/NOUN/dobj/1",
        "Kurdish/ADJ/amod/1 leaders/NOUN/nsubj/2 rejected/VERB/ROOT/2 the/DET/det/5 "
        "Turkish/ADJ/amod/5 offer/NOUN/dobj/2",
    ]
    assert _codes(kb, article(specs))[1][0] == "TURELIKUR"


# ---------------------------------------------------------------- lower-case names
_PUTIN = PEOPLE + "putin\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\n"


def test_lower_case_unique_surname_tagged_proper_noun_is_the_person(make_kb, article) -> None:
    kb = make_kb(people=_PUTIN)
    spec = "putin/PROPN/nsubj/1 said/VERB/ROOT/1 talks/NOUN/dobj/1"
    assert _codes(kb, article([spec])) == [["RUSGOV"]]


def test_lower_case_surname_tagged_common_noun_is_no_actor(make_kb, article) -> None:
    kb = make_kb(people=_PUTIN)
    spec = "putin/NOUN/nsubj/1 said/VERB/ROOT/1 talks/NOUN/dobj/1"
    assert _codes(kb, article([spec])) == [[]]
