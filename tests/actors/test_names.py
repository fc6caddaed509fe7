"""Name keys, the key stream and longest-match lookup (no spaCy needed)."""

from __future__ import annotations

from dataclasses import replace

from communique.actors.names import (
    AgentEntry,
    AgentIndex,
    KeyStream,
    NameEntry,
    NameIndex,
    agent_words,
    name_keys,
    plural_forms,
    token_keys,
)


def test_name_keys_split_like_the_tokeniser() -> None:
    assert name_keys("Kim Jong-un") == ("Kim", "Jong", "un")
    assert name_keys("Kim Jong Un") == ("Kim", "Jong", "Un")
    assert name_keys("Democratic People's Republic of Korea") == (
        "Democratic", "People", "'s", "Republic", "of", "Korea",
    )  # fmt: skip
    assert name_keys("Democratic People\u2019s Republic") == (
        "Democratic",
        "People",
        "'s",
        "Republic",
    )


def test_leading_article_is_optional_but_kept_when_alone() -> None:
    assert name_keys("the United States") == ("United", "States")
    assert name_keys("The Hague") == ("Hague",)
    assert name_keys("the") == ("the",)


def test_petrarch_underscores_are_spaces() -> None:
    assert name_keys("NORTH_KOREA_") == ("NORTH", "KOREA")


def _index(*entries: NameEntry) -> NameIndex:
    return NameIndex(entries)


def test_hyphen_and_space_variants_match_the_same_name(sentence) -> None:
    idx = _index(NameEntry(name_keys("Kim Jong Un"), "person:kim"))
    for spec in ("Kim Jong - un said", "Kim Jong Un said", "Kim Jong-un said", "Kim Jong-Un said"):
        s = sentence(spec)
        hit = idx.match_at(KeyStream.of(s.tokens), 0)
        assert hit is not None, spec
        assert s.tokens[hit.end - 1].text.endswith(("un", "Un"))
        assert s.tokens[hit.end].text == "said"


def test_first_key_is_case_sensitive_later_keys_are_not(sentence) -> None:
    idx = _index(NameEntry(("US",), "country:USA"), NameEntry(("North", "Korea"), "country:PRK"))
    s = sentence("they told us and North korea")
    stream = KeyStream.of(s.tokens)
    assert idx.match_at(stream, 2) is None
    assert idx.match_at(stream, 4) is not None
    lower = sentence("north Korea fired")
    assert idx.match_at(KeyStream.of(lower.tokens), 0) is None


def test_capitals_headline_matches_case_blind(sentence) -> None:
    idx = _index(NameEntry(("North", "Korea"), "country:PRK"))
    s = sentence("NORTH KOREA FIRES MISSILE")
    assert idx.match_at(KeyStream.of(s.tokens), 0) is not None


def test_longest_match_wins(sentence) -> None:
    idx = _index(
        NameEntry(("Korea",), "country:KOR", "alias", weak=True),
        NameEntry(("Korea", "Herald"), "org:herald"),
    )
    hit = idx.match_at(KeyStream.of(sentence("the Korea Herald said").tokens), 1)
    assert hit is not None and hit.entry.entity_id == "org:herald" and hit.end == 3


def test_match_must_cover_whole_tokens(sentence) -> None:
    idx = _index(NameEntry(("U.S.",), "country:USA"))
    s = sentence("the U.S.-led coalition")
    assert idx.match_at(KeyStream.of(s.tokens), 1) is None


def test_folded_single_word_needs_a_capital(sentence) -> None:
    idx = _index(
        NameEntry(("ENT",), "petrarch:ent", fold=True), NameEntry(("ARNOR",), "p:a", fold=True)
    )
    s = sentence("an ent met Ent and Arnor")
    stream = KeyStream.of(s.tokens)
    assert idx.match_at(stream, 1) is None
    assert idx.match_at(stream, 3) is not None
    assert idx.match_at(stream, 5) is not None


def test_later_entry_with_same_keys_overrides() -> None:
    idx = _index(NameEntry(("Kremlin",), "metonym:a"), NameEntry(("Kremlin",), "metonym:b"))
    assert idx.size == 1


def test_plural_forms() -> None:
    assert plural_forms(("ministry",)) == (("ministries",),)
    assert plural_forms(("congress",)) == (("congresses",),)
    assert plural_forms(("spokesman",)) == (("spokesmen",),)
    assert plural_forms(("foreign", "minister")) == (("foreign", "ministers"),)
    assert plural_forms(("day",)) == (("days",),)
    assert plural_forms(("troops",)) == ()


def test_agent_index_matches_form_or_lemma_case_blind(sentence) -> None:
    entries = [
        AgentEntry(agent_words("foreign ministry"), "GOV", "~GOV"),
        AgentEntry(agent_words("ministry"), "GOV", "~GOV"),
        AgentEntry(agent_words("self-defense forces"), "MIL", "~MIL"),
    ]
    idx = AgentIndex(entries)
    s = sentence("the Foreign Ministry and Self-Defense Forces")
    stream = KeyStream.of(s.tokens)
    hit = idx.match_at(stream, 1)
    assert hit is not None and hit.end == 3
    hit = idx.match_at(stream, 4)
    assert hit is not None and hit.entry.sector == "MIL"


def test_agent_index_uses_lemmas_for_irregular_forms(sentence) -> None:
    idx = AgentIndex([AgentEntry(("medium",), "MED", "~MED")])
    s = sentence("state media")
    tokens = (s.tokens[0], replace(s.tokens[1], lemma="medium"))
    assert idx.match_at(KeyStream.of(tokens), 1) is not None
    assert idx.match_at(KeyStream.of(s.tokens), 1) is None


def test_token_keys_split_hyphens_and_straighten_apostrophes() -> None:
    assert token_keys("Jong-un") == ("Jong", "un")
    assert token_keys("\u2019s") == ("'s",)
    assert token_keys("Seoul") == ("Seoul",)
    assert token_keys("2024") == ("2024",)
    assert token_keys("\u2014") == ()
    assert token_keys("") == ()
