"""The knowledge base: loading, coding people by the office held on a date, role lookups, and
the built-in office holders of states wire copy names often (Libya, the Sahel, the Balkans, small
European states, Central America), coded by the office they held on the article's date."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest

from communique.actors import Coding, Entity, KnowledgeBase, Role, resolve_article
from communique.errors import DictionaryError
from communique.types import ActorMention, ParsedArticle


def test_person_is_coded_by_the_office_held_on_the_date(kb: KnowledgeBase) -> None:
    c = kb.code_for("person:wang-yi", date(2020, 6, 1))
    assert c == Coding("CHNGOV", "CHN", "GOV", "foreign minister")
    # Between his two terms as foreign minister only the party post covers the date.
    assert kb.code_for("person:wang-yi", date(2023, 3, 1)).code == "CHNPTY"
    # When a state office and a party post both cover the date, the state office wins.
    assert kb.code_for("person:wang-yi", date(2024, 1, 1)).title == "foreign minister"


def test_ambassador_before_and_after_posting(kb: KnowledgeBase) -> None:
    before = kb.code_for("person:wang-yajun", date(2020, 1, 1))
    after = kb.code_for("person:wang-yajun", date(2023, 6, 1))
    assert before.sector == "PTY" and before.title == "vice minister"
    assert after == Coding("CHNGOV", "CHN", "GOV", "ambassador to PRK")
    # Before any known role: nationality only, no sector.
    assert kb.code_for("person:wang-yajun", date(2001, 1, 1)) == Coding("CHN", "CHN", None)


def test_after_a_role_ends_the_most_recent_role_is_kept(kb: KnowledgeBase) -> None:
    c = kb.code_for("person:fumio-kishida", date(2025, 1, 1))
    assert c is not None and c.code == "JPNGOV" and c.title == "prime minister"


def test_without_a_date_the_latest_role_is_used(kb: KnowledgeBase) -> None:
    assert kb.code_for("person:wang-yi", None).title == "foreign minister"
    assert kb.code_for("person:wang-yajun", None).title == "ambassador to PRK"


def test_igo_officials_have_no_country(kb: KnowledgeBase) -> None:
    c = kb.code_for("person:antonio-guterres", date(2023, 1, 1))
    assert c.code == "IGOUNO" and c.country is None and c.sector == "IGO"
    assert kb.code_for("org:united-nations") == Coding("IGOUNO", None, "IGO")


def test_non_people_keep_their_code(kb: KnowledgeBase) -> None:
    assert kb.code_for("country:PRK") == Coding("PRK", "PRK", None)
    assert kb.code_for("metonym:pyongyang") == Coding("PRKGOV", "PRK", "GOV")
    assert kb.code_for("org:kcna") == Coding("PRKMED", "PRK", "MED")
    assert kb.code_for("org:united-nations").country is None
    assert kb.code_for("person:nobody") is None


def test_holder_and_leader(kb: KnowledgeBase) -> None:
    on = date(2023, 9, 1)
    assert kb.holder("CHN", "ambassador to PRK", on) == "person:wang-yajun"
    assert kb.holder("CHN", "foreign minister", on) == "person:wang-yi"
    assert kb.holder("CHN", "foreign minister", date(2023, 3, 1)) is None
    assert kb.leader("PRK", on) == "person:kim-jong-un"
    assert kb.leader("CHN", on) == "person:xi-jinping"
    assert kb.leader("JPN", on) == "person:fumio-kishida"  # a prime minister, per countries.tsv
    assert kb.leader("JPN", date(2025, 1, 1)) is None


def test_holder_is_none_when_ambiguous() -> None:
    people = [
        Entity(f"person:{n}", "person", (n,), roles=(Role("XXA", "GOV", "minister"),))
        for n in ("a", "b")
    ]
    kb = KnowledgeBase.from_entities(people)
    assert kb.holder("XXA", "minister", date(2020, 1, 1)) is None


def test_split_code(kb: KnowledgeBase) -> None:
    assert kb.split_code("PRKMED") == ("PRK", "MED")
    assert kb.split_code("USAGUM") == ("USAGUM", None)
    assert kb.split_code("IGOUNO") == (None, "IGO")
    assert kb.split_code("PSEREBHMS") == ("PSE", "REBHMS")


def test_pickles_and_keeps_working(kb: KnowledgeBase) -> None:
    copy = pickle.loads(pickle.dumps(kb))
    assert copy.version == kb.version
    assert copy.code_for("person:wang-yi", date(2020, 1, 1)) == kb.code_for(
        "person:wang-yi", date(2020, 1, 1)
    )
    assert copy.names.size == kb.names.size


def test_bad_rows_are_reported_and_skipped(make_kb) -> None:
    people = (
        "# people\n"
        "entity_id\tnames\tcountry\tsector\ttitle\tstart\tend\n"
        "good\tGood Person\tFRA\tGOV\tpresident\t2020-01-01\t\n"
        "bad-date\tBad Date\tFRA\tGOV\tpresident\t2020-13-45\t\n"
        "backwards\tBack Wards\tFRA\tGOV\tpresident\t2021-01-01\t2020-01-01\n"
        "\t\tFRA\tGOV\tpresident\t\t\n"
    )
    kb = make_kb(people=people)
    assert "person:good" in kb
    assert "person:bad-date" not in kb and "person:backwards" not in kb
    lines = sorted(w.split(":")[1] for w in kb.warnings if "people.tsv" in w)
    assert lines == ["4", "5", "6"]
    assert any("2020-13-45" in w for w in kb.warnings)


def test_missing_tables_are_tolerated(tmp_path: Path) -> None:
    kb = KnowledgeBase.load(data_dir=tmp_path)
    assert len(kb) == 0


def test_version_depends_on_the_data(make_kb, tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"id": "org:x", "names": ["Xyzzy Corp"], "code": "FRABUS"}\n')
    a, b = make_kb(), make_kb(extra=[extra])
    assert a.version != b.version
    assert "org:x" in b and "org:x" not in a


def test_user_entries_override_builtin_names(make_kb, tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"kind": "metonym", "names": ["Brussels"], "code": "BELGOV"}\n')
    kb = make_kb(extra=[extra])
    assert kb.lookup("Brussels").code == "BELGOV"


def test_lookup_by_name(kb: KnowledgeBase) -> None:
    assert kb.lookup("DPRK").entity_id == "country:PRK"
    assert kb.lookup("kim jong-un") is None  # the first word is case-sensitive
    assert kb.lookup("Kim Jong-Un").entity_id == "person:kim-jong-un"
    assert kb.lookup("the Kremlin").code == "RUSGOV"
    assert kb.lookup("Atlantis") is None


def test_unreadable_user_file_is_a_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=r"missing\.jsonl"):
        KnowledgeBase.load([tmp_path / "missing.jsonl"], data_dir=tmp_path)


def test_terms_are_half_open_so_a_handover_day_has_one_holder() -> None:
    outgoing = Role("JOR", "GOV", "foreign minister", date(2009, 2, 23), date(2017, 1, 15))
    incoming = Role("JOR", "GOV", "foreign minister", date(2017, 1, 15), None)
    handover = date(2017, 1, 15)
    assert not outgoing.covers(handover) and incoming.covers(handover)
    assert outgoing.covers(date(2017, 1, 14)) and not incoming.covers(date(2017, 1, 14))


@pytest.fixture(scope="module")
def real_kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture
def mentions(
    real_kb: KnowledgeBase, article: Callable[..., ParsedArticle]
) -> Callable[[str, date], list[ActorMention]]:
    """The actor mentions of a one-sentence article published on a given date."""

    def resolve(spec: str, published: date) -> list[ActorMention]:
        [ms] = resolve_article(article([spec], published=published), real_kb)
        return list(ms)

    return resolve


def _who(ms: Sequence[ActorMention]) -> list[tuple[str | None, str]]:
    return [(m.actor.entity_id, m.actor.code) for m in ms]


def test_named_person_in_a_wire_sentence_is_coded_by_date(
    mentions: Callable[[str, date], list[ActorMention]],
) -> None:
    spec = (
        "Irish/ADJ Prime/PROPN Minister/PROPN Micheál/PROPN Martin/PROPN/nsubj/6 "
        "met/VERB/ROOT Austrian/ADJ Chancellor/PROPN Karl/PROPN Nehammer/PROPN/dobj/6 "
        "in/ADP Brussels/PROPN"
    )
    ms = mentions(spec, date(2021, 3, 4))
    assert _who(ms)[:2] == [
        ("person:micheal-martin", "IRLGOV"),
        ("person:karl-nehammer", "AUTGOV"),
    ]


def test_accent_free_spellings_find_the_same_person(
    mentions: Callable[[str, date], list[ActorMention]],
) -> None:
    on = date(2022, 3, 30)
    accented = mentions("Kaïs/PROPN Saïed/PROPN dissolved/VERB/ROOT parliament", on)
    plain = mentions("Kais/PROPN Saied/PROPN dissolved/VERB/ROOT parliament", on)
    assert _who(accented) == _who(plain) == [("person:kais-saied", "TUNGOV")]


@pytest.mark.parametrize(
    ("spec", "on", "code"),
    [
        # A rebel leader before the 2020 unity government, a vice president after it.
        ("Riek/PROPN Machar/PROPN/nsubj/2 rejected/VERB/ROOT the/DET truce", date(2014, 6, 1),
         "SSDREB"),
        ("Riek/PROPN Machar/PROPN/nsubj/2 rejected/VERB/ROOT the/DET truce", date(2021, 6, 1),
         "SSDGOV"),
        # A junta leader is military until he is sworn in as transitional president.
        ("Ibrahim/PROPN Traoré/PROPN/nsubj/2 expelled/VERB/ROOT the/DET envoy", date(2022, 10, 5),
         "BFAMIL"),
        ("Ibrahim/PROPN Traoré/PROPN/nsubj/2 expelled/VERB/ROOT the/DET envoy", date(2023, 10, 5),
         "BFAGOV"),
        # The eastern Libyan commander's forces are coded as the LNA is: rebels.
        ("Khalifa/PROPN Haftar/PROPN/nsubj/2 attacked/VERB/ROOT Tripoli/PROPN", date(2019, 4, 5),
         "LBYREB"),
    ],
)  # fmt: skip
def test_sector_follows_the_office_held_on_the_date(
    mentions: Callable[[str, date], list[ActorMention]], spec: str, on: date, code: str
) -> None:
    assert mentions(spec, on)[0].actor.code == code


@pytest.mark.parametrize(
    ("phrase", "on", "holder"),
    [
        ("the/DET Austrian/ADJ foreign/ADJ minister/NOUN", date(2020, 5, 2),
         "person:alexander-schallenberg"),
        ("the/DET Austrian/ADJ foreign/ADJ minister/NOUN", date(2015, 5, 2),
         "person:sebastian-kurz"),
        ("the/DET Moroccan/ADJ foreign/ADJ minister/NOUN", date(2019, 1, 15),
         "person:nasser-bourita"),
        ("the/DET Moroccan/ADJ foreign/ADJ minister/NOUN", date(2012, 6, 1),
         "person:saadeddine-othmani"),
        ("the/DET Slovak/ADJ prime/ADJ minister/NOUN", date(2016, 2, 1),
         "person:robert-fico"),
        ("the/DET Slovak/ADJ prime/ADJ minister/NOUN", date(2021, 9, 1),
         "person:eduard-heger"),
        ("the/DET Kenyan/ADJ vice/ADJ president/NOUN", date(2016, 2, 1),
         "person:william-ruto"),
    ],
)  # fmt: skip
def test_a_bare_title_finds_whoever_held_the_office_that_day(
    mentions: Callable[[str, date], list[ActorMention]], phrase: str, on: date, holder: str
) -> None:
    ms = mentions(f"{phrase} said/VERB/ROOT", on)
    assert ms and ms[0].actor.entity_id == holder


def test_the_office_changes_hands_at_the_recorded_handover(
    mentions: Callable[[str, date], list[ActorMention]],
) -> None:
    """Jordan's foreign ministry changed hands on 2017-01-15: the predecessor holds it the day
    before, the successor the day after."""
    phrase = "the/DET Jordanian/ADJ foreign/ADJ minister/NOUN said/VERB/ROOT"
    before = mentions(phrase, date(2017, 1, 14))
    after = mentions(phrase, date(2017, 1, 16))
    assert before[0].actor.entity_id == "person:nasser-judeh"
    assert after[0].actor.entity_id == "person:ayman-safadi"


@pytest.mark.parametrize(
    ("entity", "on", "code"),
    [
        # A Swiss defence minister who later took the rotating presidency stays CHEGOV.
        ("person:viola-amherd", date(2024, 6, 1), "CHEGOV"),
        # Before any known role: the country of the first role, no sector.
        ("person:daniel-noboa", date(2015, 1, 1), "ECU"),
        # After the last role ended: the most recent role still gives the code.
        ("person:mohamed-bazoum", date(2024, 1, 1), "NERGOV"),
        ("person:muhoozi-kainerugaba", date(2024, 6, 1), "UGAMIL"),
    ],
)
def test_code_for_on_dates_outside_and_inside_terms(
    real_kb: KnowledgeBase, entity: str, on: date, code: str
) -> None:
    assert real_kb.code_for(entity, on).code == code
