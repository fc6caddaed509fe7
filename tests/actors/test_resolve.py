"""The resolver on hand-built parses (fast: no spaCy model)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from communique.actors import KnowledgeBase, resolve_article
from communique.types import ActorMention


def _mentions(kb: KnowledgeBase, parsed, on: date | None = None) -> list[list[ActorMention]]:
    return [list(ms) for ms in resolve_article(parsed, kb, on=on)]


def _codes(ms: list[ActorMention]) -> list[tuple[str, str]]:
    return [(m.actor.name, m.actor.code) for m in ms]


def test_compound_title_and_name_is_one_person_mention(kb, article) -> None:
    parsed = article(["Chinese Foreign Minister Wang Yi/PROPN/nsubj said/VERB/ROOT"])
    [ms] = _mentions(kb, parsed, date(2020, 5, 1))
    assert len(ms) == 1
    m = ms[0]
    assert (m.tok_start, m.tok_end) == (0, 5)
    assert m.actor.code == "CHNGOV" and m.actor.entity_id == "person:wang-yi" and m.via == "name"
    assert (
        parsed.article.text[m.start : m.end] == m.actor.name == "Chinese Foreign Minister Wang Yi"
    )


def test_people_are_coded_by_the_publication_date(kb, article) -> None:
    spec = ["Wang/PROPN Yi/PROPN/nsubj said/VERB/ROOT"]
    [[m]] = _mentions(kb, article(spec, published=date(2023, 3, 1)))
    assert m.actor.code == "CHNPTY"
    [[m]] = _mentions(kb, article(spec, published=date(2019, 3, 1)))
    assert m.actor.code == "CHNGOV"
    [[m]] = _mentions(kb, article(spec, published=date(2019, 3, 1)), on=date(2023, 3, 1))
    assert m.actor.code == "CHNPTY"


def test_country_possessive_agent(kb, article) -> None:
    [ms] = _mentions(kb, article(["North Korea 's/PART foreign/ADJ ministry said/VERB"]))
    assert _codes(ms) == [("North Korea 's foreign ministry", "PRKGOV")]
    assert ms[0].via == "compound"


def test_adjective_agent_phrases(kb, article) -> None:
    specs = [
        "the South Korean military said",
        "North Korean state media reported",
        "Russian troops advanced",
        "the U.S. Treasury said",
        "Pyongyang officials said",
    ]
    got = [_codes(ms) for ms in _mentions(kb, article(specs))]
    assert got == [
        [("South Korean military", "KORMIL")],
        [("North Korean state media", "PRKMED")],
        [("Russian troops", "RUSMIL")],
        [("U.S. Treasury", "USAGOV")],
        [("Pyongyang officials", "PRKGOV")],
    ]


def test_ambassador_keeps_own_country_not_the_host(kb, article) -> None:
    spec = "Chinese Ambassador/PROPN to/ADP North Korea Wang Yajun/PROPN/nsubj arrived/VERB"
    [[m]] = _mentions(kb, article([spec]))
    assert m.actor.code == "CHNGOV" and m.actor.entity_id == "person:wang-yajun"
    assert m.actor.name == "Chinese Ambassador to North Korea Wang Yajun"


def test_the_adjective_leader_is_the_head_of_state_on_the_date(kb, article) -> None:
    parsed = article(["the North Korean leader/NOUN/nsubj spoke/VERB", "the Japanese leader spoke"])
    got = _mentions(kb, parsed)
    assert got[0][0].actor.entity_id == "person:kim-jong-un" and got[0][0].via == "role"
    assert got[1][0].actor.entity_id == "person:fumio-kishida"
    later = _mentions(kb, article(["the Japanese leader spoke"], published=date(2025, 6, 1)))
    assert later[0][0].actor.entity_id is None and later[0][0].actor.code == "JPNGOV"


def test_title_without_name_resolves_to_the_unique_holder(kb, article) -> None:
    [[m]] = _mentions(kb, article(["the Chinese ambassador to/ADP Pyongyang/PROPN left/VERB"]))
    assert m.actor.entity_id == "person:wang-yajun"


def test_host_can_be_an_organisation(kb, article) -> None:
    [[m]] = _mentions(kb, article(["the North Korean ambassador to/ADP the UN spoke/VERB"]))
    assert m.actor.entity_id == "person:kim-song" and m.actor.code == "PRKGOV"


def test_org_title_name_is_one_mention(kb, article) -> None:
    [ms] = _mentions(kb, article(["UN Secretary-General Antonio Guterres/PROPN/nsubj spoke/VERB"]))
    assert _codes(ms) == [("UN Secretary-General Antonio Guterres", "IGOUNO")]
    assert ms[0].actor.country is None


def test_bare_title_refers_to_the_last_person_with_that_title(kb, article) -> None:
    parsed = article(
        [
            "the minister/NOUN/nsubj left/VERB",
            "Chinese Ambassador/PROPN Wang Yajun/PROPN/nsubj arrived/VERB",
            "Foreign Minister Wang Yi/PROPN/nsubj spoke/VERB",
            "the ambassador/NOUN/nsubj replied/VERB and the minister/NOUN nodded/VERB",
            "officials/NOUN/nsubj said/VERB",
        ]
    )
    got = _mentions(kb, parsed)
    assert got[0] == []  # nobody with that title yet
    assert [m.actor.entity_id for m in got[3]] == ["person:wang-yajun", "person:wang-yi"]
    assert got[4] == []


def test_surname_only_after_a_full_mention(kb, article) -> None:
    parsed = article(
        [
            "Kim/PROPN/nsubj warned/VERB",
            "Kim/PROPN Jong/PROPN Un/PROPN/nsubj spoke/VERB",
            "Kim/PROPN/nsubj added/VERB",
            "Kim/PROPN Yo/PROPN Jong/PROPN/nsubj agreed/VERB",
        ]
    )
    got = _mentions(kb, parsed)
    assert got[0] == []
    assert got[2][0].actor.entity_id == "person:kim-jong-un" and got[2][0].via == "surname"
    assert got[3] == []  # a different, unknown Kim


def test_surname_of_an_unknown_official_introduced_with_a_title(kb, article) -> None:
    parsed = article(
        [
            "Chinese Foreign Ministry spokesperson Mao/PROPN Ning/PROPN/nsubj said/VERB",
            "Mao/PROPN/nsubj added/VERB",
        ]
    )
    got = _mentions(kb, parsed)
    assert got[0][0].actor.code == "CHNGOV" and got[0][0].actor.entity_id is None
    assert got[1][0].actor.code == "CHNGOV" and got[1][0].via == "surname"


def test_pronoun_refers_to_the_last_person_subject(kb, article) -> None:
    parsed = article(
        [
            "Xi/PROPN Jinping/PROPN/nsubj/2 met/VERB/ROOT Yoon/PROPN Suk/PROPN Yeol/PROPN/dobj/2",
            "he/PRON/nsubj said/VERB his/PRON/poss plan/NOUN",
            "it/PRON/nsubj rained/VERB",
        ]
    )
    got = _mentions(kb, parsed, date(2023, 1, 1))
    assert [m.actor.entity_id for m in got[1]] == ["person:xi-jinping", "person:xi-jinping"]
    assert {m.via for m in got[1]} == {"pronoun"}
    assert got[2] == []


def test_metonyms_and_locations(kb, article) -> None:
    parsed = article(
        [
            "Seoul and/CCONJ Washington condemned/VERB the launch",
            "talks/NOUN in/ADP Pyongyang ended/VERB",
            "the Kremlin said/VERB",
        ]
    )
    got = [_codes(ms) for ms in _mentions(kb, parsed)]
    assert got[0] == [("Seoul", "KORGOV"), ("Washington", "USAGOV")]
    assert got[1] == [("Pyongyang", "PRK")]
    assert got[2] == [("Kremlin", "RUSGOV")]


def test_places_stand_for_their_country_and_are_locations_after_in(kb, article) -> None:
    parsed = article(
        [
            "Russian forces shelled/VERB Kharkiv/PROPN/dobj overnight",
            "drills/NOUN near/ADP Busan/PROPN/pobj ended/VERB",
        ]
    )
    got = _mentions(kb, parsed)
    assert ("Kharkiv", "UKR") in _codes(got[0])
    [busan] = got[1]
    assert (busan.actor.code, busan.via) == ("KOR", "location")


def test_the_north_only_in_a_korea_story(kb, article) -> None:
    korea = article(["North Korea fired/VERB", "the North/PROPN/nsubj and/CCONJ the South talked"])
    got = _mentions(kb, korea)
    assert _codes(got[1]) == [("North", "PRK"), ("South", "KOR")]
    assert {m.via for m in got[1]} == {"context"}
    other = article(["Vietnam fired/VERB", "the North/PROPN/nsubj talked/VERB"])
    assert _mentions(kb, other)[1] == []
    sea = article(["North Korea fired/VERB", "into the South China Sea"])
    assert _codes(_mentions(kb, sea)[1]) == []


def test_two_koreas_give_two_mentions_over_one_span(kb, article) -> None:
    [ms] = _mentions(kb, article(["the two/NUM Koreas/PROPN/nsubj talked/VERB"]))
    assert [m.actor.code for m in ms] == ["PRK", "KOR"]
    assert len({(m.tok_start, m.tok_end) for m in ms}) == 1


def test_unknown_proper_noun_blocks_place_names(kb, article) -> None:
    parsed = article(["Korean Air flew/VERB to/ADP New Mexico from/ADP Seoul National University"])
    [ms] = _mentions(kb, parsed)
    # "New Mexico" is a US state (places.tsv), never Mexico; the university is nobody.
    assert [(m.actor.name, m.actor.country) for m in ms] == [("New Mexico", "USA")]


def test_outlets_are_media_actors_regardless_of_ner(kb, article) -> None:
    parsed = article(
        ["Yonhap/PROPN/nsubj/1/NORP reported/VERB ,/PUNCT citing/VERB the Korea Herald"]
    )
    assert _codes(_mentions(kb, parsed)[0]) == [("Yonhap", "KORMED"), ("Korea Herald", "KORMED")]


def test_coordinated_adjectives_share_the_agent(kb, article) -> None:
    [ms] = _mentions(kb, article(["Chinese and/CCONJ Russian troops/NOUN/nsubj drilled/VERB"]))
    # one mention per country over the whole phrase, so the event coder finds both
    phrase = "Chinese and Russian troops"
    assert _codes(ms) == [(phrase, "CHNMIL"), (phrase, "RUSMIL")]


def test_adjective_stands_for_the_noun_it_modifies(kb, article) -> None:
    [[m]] = _mentions(
        kb,
        article(
            [
                "a South/ADJ/amod/2 Korean/ADJ/amod/4 fishing/NOUN/compound/4"
                " boat/NOUN/nsubj/5 sank/VERB/ROOT/5"
            ]
        ),
    )
    assert (m.tok_start, m.tok_end, m.head) == (1, 5, 4) and m.actor.code == "KOR"


def test_capitals_headline(kb, article) -> None:
    [ms] = _mentions(kb, article(["NORTH KOREA FIRES MISSILE OVER JAPAN"]))
    assert [m.actor.code for m in ms] == ["PRK", "JPN"]


def test_head_is_the_syntactic_head(kb, article) -> None:
    spec = (
        "North/PROPN/compound/1 Korea/PROPN/poss/4 's/PART/case/1 foreign/ADJ/amod/4"
        " ministry/NOUN/nsubj/5 said/VERB/ROOT/5"
    )
    [[m]] = _mentions(kb, article([spec]))
    assert m.head == 4


def test_petrarch_entries_resolve(make_kb, article, tmp_path: Path) -> None:
    actors = tmp_path / "my.actors.txt"
    actors.write_text(
        "FREEDONIA [FRD]\n+FREEDONIAN\nTHE_TWO_REPUBLICS [FRD/SYL]\nRUFUS_T._FIREFLY\n"
        "\t[FRDGOV 19330101-19331231]\n\t[FRDELI >19340101]\n"
    )
    kb = make_kb(extra=[actors])
    parsed = article(
        ["Rufus T. Firefly/PROPN/nsubj insulted/VERB Freedonia", "The Two Republics agreed/VERB"],
        published=date(1933, 6, 1),
    )
    got = [_codes(ms) for ms in _mentions(kb, parsed)]
    assert got[0] == [("Rufus T. Firefly", "FRDGOV"), ("Freedonia", "FRD")]
    assert got[1] == [("Two Republics", "FRD"), ("Two Republics", "SYL")]
    later = _mentions(kb, parsed, date(1935, 1, 1))
    assert later[0][0].actor.code == "FRDELI"


def test_country_before_an_organisation_decides_the_country(kb, article) -> None:
    [ms] = _mentions(kb, article(["South Korea 's/PART Yonhap reported/VERB"]))
    assert _codes(ms) == [("South Korea 's Yonhap", "KORMED")]
    assert ms[0].actor.entity_id == "org:yonhap"
    [ms] = _mentions(kb, article(["China 's/PART KCNA reported/VERB"]))
    assert _codes(ms) == [("China 's KCNA", "CHNMED")] and ms[0].actor.entity_id is None


def test_unknown_person_subject_blocks_pronouns(kb, article) -> None:
    parsed = article(
        [
            "Xi/PROPN Jinping/PROPN/nsubj arrived/VERB",
            "Lee/PROPN/nsubj/1/PERSON said/VERB he/PRON/nsubj agreed/VERB",
            "Xi/PROPN/nsubj smiled/VERB and he/PRON/nsubj left/VERB",
        ]
    )
    got = _mentions(kb, parsed)
    assert got[1] == []
    assert [m.actor.entity_id for m in got[2]] == ["person:xi-jinping"] * 2


def test_counterpart_with_a_name(kb, article) -> None:
    [ms] = _mentions(kb, article(["his/PRON/poss South Korean counterpart Yoon Suk Yeol/PROPN"]))
    assert _codes(ms)[-1] == ("South Korean counterpart Yoon Suk Yeol", "KORGOV")
    assert ms[-1].actor.entity_id == "person:yoon-suk-yeol"


def test_unique_surname_counts_before_a_full_mention(kb, article) -> None:
    parsed = article(
        [
            "Kishida/PROPN/nsubj/1/PERSON said/VERB",
            "he/PRON/nsubj agreed/VERB",
            "Kishida/PROPN/nsubj/1 said/VERB",
            "Wang/PROPN/nsubj/1/PERSON said/VERB",
        ]
    )
    assert _mentions(kb, article(["Kishida/PROPN/nsubj/1/ORG said/VERB"])) == [[]]
    got = _mentions(kb, parsed)
    assert [(m.actor.entity_id, m.via) for m in got[0]] == [("person:fumio-kishida", "surname")]
    assert [m.actor.entity_id for m in got[1]] == ["person:fumio-kishida"]
    assert got[2][0].actor.entity_id == "person:fumio-kishida"  # named before: NER not needed
    assert got[3] == []  # two known people are called Wang


def test_shared_names_are_chosen_by_the_article_countries(kb, article) -> None:
    seoul = article(["Seoul protested/VERB", "the Joint Chiefs of Staff said/VERB"])
    assert _codes(_mentions(kb, seoul)[1]) == [("Joint Chiefs of Staff", "KORMIL")]
    washington = article(
        ["Washington and/CCONJ the Pentagon agreed/VERB", "the Joint Chiefs of Staff said"]
    )
    assert _codes(_mentions(kb, washington)[1]) == [("Joint Chiefs of Staff", "USAMIL")]
    only = article(["the Joint Chiefs of Staff said"])
    got = resolve_article(replace(only, article=replace(only.article, dateline="WASHINGTON")), kb)
    assert got[0][0].actor.code == "USAMIL"
    got = resolve_article(replace(only, article=replace(only.article, dateline="SEOUL")), kb)
    assert got[0][0].actor.code == "KORMIL"


def test_user_entry_replaces_all_builtin_namesakes(make_kb, article, tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text(
        '{"id": "org:jcs-mine", "names": ["Joint Chiefs of Staff"], "code": "FRAMIL"}\n'
    )
    kb = make_kb(extra=[extra])
    got = _mentions(kb, article(["Seoul said the Joint Chiefs of Staff agreed"]))
    assert ("Joint Chiefs of Staff", "FRAMIL") in _codes(got[0])
