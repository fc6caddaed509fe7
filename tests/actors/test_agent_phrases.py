"""Agent nouns whose capital is no evidence of a name, coordinated country adjectives, and
"<agent> from/in <country>" (hand-built parses: fast, no spaCy model)."""

from __future__ import annotations

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.casing import is_title_sentence, sentence_initial
from communique.actors.names import odd_case
from communique.types import ActorMention


def _mentions(kb: KnowledgeBase, parsed) -> list[ActorMention]:
    [ms] = resolve_article(parsed, kb)
    return list(ms)


def _codes(ms: list[ActorMention]) -> list[str]:
    return [m.actor.code for m in ms]


# ----------------------------------------------------------------- capitalised agent nouns


def test_sentence_initial_agent_noun_is_coded(kb, article) -> None:
    ms = _mentions(kb, article(["Demonstrators/NOUN/nsubj/1 stormed/VERB/ROOT/1 a compound"]))
    assert _codes(ms) == ["OPP"]


def test_sentence_initial_agent_noun_tagged_as_proper_noun(kb, article) -> None:
    # the small parser often tags a capitalised first word as PROPN
    ms = _mentions(kb, article(["Insurgents/PROPN/nsubj/1 attacked/VERB/ROOT/1 a checkpoint"]))
    assert _codes(ms) == ["REB"]


def test_sentence_initial_after_opening_quote(kb, article) -> None:
    ms = _mentions(kb, article(['"/PUNCT Protesters/NOUN/nsubj/2 gathered/VERB/ROOT/2']))
    assert _codes(ms) == ["OPP"]


def test_capitalised_agent_inside_a_sentence_stays_a_name(kb, article) -> None:
    ms = _mentions(kb, article(["the film starred/VERB Rebel/PROPN Wilson/PROPN"]))
    assert ms == []


def test_capitalised_first_word_followed_by_a_name_is_not_an_agent(kb, article) -> None:
    ms = _mentions(kb, article(["Rebel/PROPN Wilson/PROPN/nsubj starred/VERB in a film"]))
    assert ms == []


def test_title_case_headline_codes_agent_nouns(kb, article) -> None:
    spec = "Police/NOUN Disperse/VERB Protesters/NOUN/dobj Outside/ADP Parliament/NOUN"
    ms = _mentions(kb, article([spec]))
    assert "OPP" in _codes(ms)


def test_capitals_headline_codes_agent_nouns(kb, article) -> None:
    ms = _mentions(kb, article(["TROOPS/NOUN FIRE/VERB ON/ADP REBELS/NOUN/pobj IN/ADP NORTH"]))
    assert "REB" in _codes(ms)


def test_title_case_detection(sentence) -> None:
    headline = sentence("Rebels/NOUN Seize/VERB Key/ADJ Town/NOUN")
    running = sentence(
        "US/PROPN President/PROPN Joe/PROPN Biden/PROPN met/VERB Chinese/ADJ leaders"
    )
    assert is_title_sentence(headline.tokens)
    assert not is_title_sentence(running.tokens)


def test_sentence_initial_helper(sentence) -> None:
    toks = sentence('" Rebels/NOUN said/VERB').tokens
    assert sentence_initial(toks, 1) and not sentence_initial(toks, 2)


def test_odd_case_is_not_title_case() -> None:
    assert odd_case("iSrael", "Israel") and odd_case("CHINA", "China")
    assert not odd_case("Us", "US")  # ordinary capitalised pronoun
    assert not odd_case("Israel", "Israel") and not odd_case("israel", "Israel")


# ----------------------------------------------------------------- coordinated adjectives


def test_coordinated_country_adjectives_give_one_actor_each(kb, article) -> None:
    # "US" parsed as a modifier of the noun, "British" as its conjunct
    spec = (
        "Hundreds/NOUN/nsubj/6 of/ADP/prep/0 US/PROPN/nmod/5 and/CCONJ/cc/2"
        " British/ADJ/conj/2 activists/NOUN/pobj/1 marched/VERB/ROOT/6"
    )
    ms = _mentions(kb, article([spec]))
    assert sorted(_codes(ms)) == ["GBROPP", "USAOPP"]
    # both over the same words, headed by the agent noun the verb's phrase reaches
    assert {(m.tok_start, m.tok_end, m.head) for m in ms} == {(2, 6, 5)}


# ----------------------------------------------------------------- agent from/in country


def test_agent_from_country_attached_to_the_noun(kb, article) -> None:
    spec = "exiled/ADJ dissidents/NOUN/nsubj/4 from/ADP/prep/1 Myanmar/PROPN/pobj/2 met/VERB/ROOT/4"
    assert _codes(_mentions(kb, article([spec]))) == ["MMROPP"]


def test_from_attached_to_the_verb_is_where_they_came_from(kb, article) -> None:
    # "withdrew troops from Syria": the troops are not Syria's
    spec = (
        "Russia/PROPN/nsubj/1 withdrew/VERB/ROOT/1 troops/NOUN/dobj/1 from/ADP/prep/1"
        " Syria/PROPN/pobj/3"
    )
    codes = _codes(_mentions(kb, article([spec])))
    assert "SYRMIL" not in codes and "SYR" in codes


def test_agent_in_region_of_country(kb, article) -> None:
    spec = (
        "Rebels/PROPN/nsubj/4 in/ADP/prep/0 northern/ADJ/amod/3 Mali/PROPN/pobj/1"
        " attacked/VERB/ROOT/4 a convoy"
    )
    assert _codes(_mentions(kb, article([spec]))) == ["MLIREB"]


def test_court_in_country(kb, article) -> None:
    spec = "a court/NOUN/nsubj/4 in/ADP/prep/1 Kenya/PROPN/pobj/2 jailed/VERB/ROOT/4 two men"
    assert _codes(_mentions(kb, article([spec])))[0] == "KENJUD"


def test_troops_and_embassies_in_a_country_keep_their_own_country(kb, article) -> None:
    troops = "US/PROPN/compound/1 troops/NOUN/nsubj/4 in/ADP/prep/1 Syria/PROPN/pobj/2 left/VERB"
    assert _codes(_mentions(kb, article([troops])))[0] == "USAMIL"
    embassy = "its embassy/NOUN/nsubj/4 in/ADP/prep/1 Tehran/PROPN/pobj/2 closed/VERB/ROOT/4"
    assert "IRNGOV" not in _codes(_mentions(kb, article([embassy])))
