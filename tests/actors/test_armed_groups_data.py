"""The armed non-state groups of ``organisations.tsv``: rebels, militias, separatists,
jihadist brands, cartels and gangs of 1980-2026.

Conflict analysts meet these groups in most of the stories they code, so the rows must be
coded by the table's conventions (header comments) and must never take a name away from
another actor: an abbreviation such as "ADF" or "UDA" means something else to a reader of
Australian or Kenyan news, and a name one table already owns must keep its meaning.  The
fast tests read the table and load it through the real loader; the slow ones run sentences
we wrote through the whole pipeline.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase, resolve_article
from communique.actors.kb import DATA_DIR
from communique.actors.names import name_keys
from communique.types import EventMention, ParsedArticle

ORGS = DATA_DIR / "organisations.tsv"
ORG_HEADER = ["entity_id", "names", "code", "country", "sector"]

# Sectors that make a row an armed non-state actor (CAMEO agent codes: rebels, separatist
# rebels, unaligned armed forces, criminals).
ARMED_SECTORS = {"REB", "SEP", "UAF", "CRM"}
# Movements that stopped fighting and are coded by their current status (header comment).
STATUS_CODED = {
    "org:splm": "SSDGOV",
    "org:spla": "SSDMIL",
    "org:rpf": "RWAGOV",
    "org:national-resistance-movement": "UGAGOV",
    "org:eplf": "ERIGOV",
    "org:cndd-fdd": "BDIGOV",
    "org:fsln": "NICGOV",
    "org:fmln": "SLVPTY",
    "org:urng": "GTMPTY",
    "org:mlc": "CODPTY",
    "org:jvp": "LKAPTY",
    "org:cpn-maoist": "NPLPTY",
    "org:mek": "IRNOPP",
}
# Names the header lists as deliberately shared, resolved from the story's context: the
# Syrian and Japanese SDF, the Sudanese RSF and Reporters Without Borders.
DELIBERATELY_SHARED = {("sdf",), ("rsf",)}
# Codes of jihadist brands without a country: KEDS codes for al-Qaeda and Jemaah Islamiyah,
# and the code the table coined for the Islamic State.
IMG_CODES = {"IMGMOSALQ", "IMGMOSISI", "IMGSEAMOSJMA"}
# Every sector an armed row may carry: the armed ones, plus the status codes above.
KNOWN_SECTORS = ARMED_SECTORS | {"GOV", "MIL", "PTY", "OPP"}

# Abbreviations left out on purpose (header comment): English words, or what other bodies
# are called in the news ("ADF" Australian Defence Force, "UDA" Kenya's ruling party, "DPR"
# Indonesia's parliament, "LPR" China's loan prime rate, "EPL" the Premier League ...).
LEFT_OUT = [
    "ADF", "SLA", "MEND", "FACT", "CPC", "ICU", "TDF", "CDF", "SNA", "RCD", "UPC", "AWB",
    "UDA", "OPM", "DPR", "LPR", "EPL", "RAF", "NRF", "AIS", "ANO", "EPP", "CMA", "RDF",
    "ESN", "ISM", "Sinai Province", "Lebanese Forces", "La Linea", "United Front", "Sahwa",
]  # fmt: skip

# Countries whose wars the table must cover: at least one armed row fights each state.
COVERED = [
    "AGO", "MOZ", "SLE", "LBR", "SDN", "SSD", "UGA", "COD", "RWA", "BDI", "CAF", "NGA",
    "CMR", "MLI", "BFA", "SOM", "ETH", "LBY", "DZA", "MAR", "EGY", "IRQ", "SYR", "LBN",
    "PSE", "YEM", "TUR", "IRN", "AFG", "PAK", "IND", "LKA", "MMR", "PHL", "THA", "IDN",
    "ESP", "GBR", "SRB", "RUS", "UKR", "COL", "PER", "MEX", "NIC", "SLV", "HTI", "BRA",
]  # fmt: skip


def _comment_free(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]


def _table(name: str) -> list[dict[str, str]]:
    lines = _comment_free(DATA_DIR / name)
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _names(row: dict[str, str]) -> list[str]:
    return row["names"].split("|")


def _key(name: str) -> tuple[str, ...]:
    """A name as the matcher sees it: tokens, hyphen/space blind, case blind."""
    return tuple(k.casefold() for k in name_keys(name))


def _match_key(name: str) -> tuple[str, ...]:
    """The matcher's view of one spelling: its first word is case-sensitive ("al-Qaeda" and
    "Al Qaeda" are two spellings), the rest is not."""
    keys = name_keys(name)
    return keys[:1] + tuple(k.casefold() for k in keys[1:])


def _is_armed(row: dict[str, str]) -> bool:
    return (
        row["sector"] in ARMED_SECTORS
        or row["code"].startswith("IMG")
        or row["entity_id"] in STATUS_CODED
    )


@pytest.fixture(scope="module")
def orgs() -> list[dict[str, str]]:
    lines = _comment_free(ORGS)
    assert lines[0].split("\t") == ORG_HEADER
    rows = []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        assert len(fields) == len(ORG_HEADER), f"row {lineno}: {len(fields)} fields: {line!r}"
        rows.append(dict(zip(ORG_HEADER, fields, strict=True)))
    return rows


@pytest.fixture(scope="module")
def armed(orgs: list[dict[str, str]]) -> list[dict[str, str]]:
    return [r for r in orgs if _is_armed(r)]


@pytest.fixture(scope="module")
def real_kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="module")
def owners_elsewhere(orgs: list[dict[str, str]]) -> dict[tuple[str, ...], set[str]]:
    """Every name the other actor tables (and the other organisations) give a meaning to."""
    owners: dict[tuple[str, ...], set[str]] = {}

    def add(name: str, owner: str) -> None:
        if name:
            owners.setdefault(_key(name), set()).add(owner)

    for row in _table("countries.tsv"):
        for column in ("names", "adjectives", "demonyms", "capitals", "weak"):
            for name in (row.get(column) or "").split("|"):
                add(name, f"countries.tsv {row['code']} {column}")
    for table in ("metonyms.tsv", "places.tsv"):
        for row in _table(table):
            add(row["name"], f"{table} {row['code']}")
    for row in _table("groups.tsv"):
        for name in row["names"].split("|") + row["adjectives"].split("|"):
            add(name, f"groups.tsv {row['code']}")
    for row in _table("agents.tsv"):
        add(row["phrase"], "agents.tsv")
        add(row["phrase"] + "s", "agents.tsv (plural)")
    for row in _table("people.tsv"):
        for name in _names(row):
            add(name, f"people.tsv {row['entity_id']}")
    for row in orgs:
        if not _is_armed(row):
            for name in _names(row):
                add(name, f"organisations.tsv {row['entity_id']}")
    return owners


# --------------------------------------------------------------------------- the table


def test_the_table_loads_without_warnings(real_kb: KnowledgeBase) -> None:
    assert not [w for w in real_kb.warnings if "organisations.tsv" in w]


def test_a_systematic_list_not_a_sample(armed: list[dict[str, str]]) -> None:
    assert len(armed) >= 200


def test_every_armed_row_is_in_the_knowledge_base(
    armed: list[dict[str, str]], real_kb: KnowledgeBase
) -> None:
    for row in armed:
        entity = real_kb.entity(row["entity_id"])
        assert entity is not None, row["entity_id"]
        assert entity.code == row["code"], row["entity_id"]


def test_codes_use_known_countries_and_agent_codes(armed: list[dict[str, str]]) -> None:
    countries = {row["code"] for row in _table("countries.tsv")}
    for row in armed:
        code, country, sector = row["code"], row["country"], row["sector"]
        if code.startswith("IMG"):
            assert code in IMG_CODES and not country and sector == "IMG", row
            continue
        assert country in countries, f"{row['entity_id']}: unknown country {country!r}"
        assert sector in KNOWN_SECTORS, f"{row['entity_id']}: sector {sector!r}"
        assert code == country + sector, row["entity_id"]


@pytest.mark.parametrize(("entity_id", "code"), sorted(STATUS_CODED.items()))
def test_groups_that_stopped_fighting_carry_their_status(
    orgs: list[dict[str, str]], entity_id: str, code: str
) -> None:
    assert [r["code"] for r in orgs if r["entity_id"] == entity_id] == [code]


def test_no_name_collides_with_another_table(
    armed: list[dict[str, str]], owners_elsewhere: dict[tuple[str, ...], set[str]]
) -> None:
    clashes = [
        f"{row['entity_id']} {name!r} is also {sorted(owners_elsewhere[_key(name)])}"
        for row in armed
        for name in _names(row)
        if _key(name) in owners_elsewhere and _key(name) not in DELIBERATELY_SHARED
    ]
    assert not clashes


def test_no_two_armed_groups_share_a_name(armed: list[dict[str, str]]) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for row in armed:
        for name in _names(row):
            other = seen.setdefault(_key(name), row["entity_id"])
            assert other == row["entity_id"], f"{name!r}: {other} and {row['entity_id']}"


def test_names_are_visible_to_the_matcher(armed: list[dict[str, str]]) -> None:
    """Brackets become tokens of their own in a parse, so a bracketed name never matches;
    two spellings of one row that the matcher cannot tell apart are clutter."""
    for row in armed:
        keys = [_match_key(n) for n in _names(row)]
        assert all(keys), row["entity_id"]
        assert not any(c in row["names"] for c in "()[]{}"), row["entity_id"]
        assert len(keys) == len(set(keys)), f"{row['entity_id']}: two names match the same"


@pytest.mark.parametrize("name", LEFT_OUT)
def test_ambiguous_abbreviations_are_left_out(armed: list[dict[str, str]], name: str) -> None:
    assert not [r["entity_id"] for r in armed if _key(name) in map(_key, _names(r))]


@pytest.mark.parametrize("country", COVERED)
def test_every_major_war_has_its_armed_groups(armed: list[dict[str, str]], country: str) -> None:
    assert any(r["country"] == country for r in armed)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("RUF", "SLEREB"),
        ("Revolutionary United Front", "SLEREB"),
        ("UNITA", "AGOREB"),
        ("National Union for the Total Independence of Angola", "AGOREB"),
        ("MILF", "PHLREB"),
        ("Moro National Liberation Front", "PHLREB"),
        ("Shining Path", "PERREB"),
        ("Sendero Luminoso", "PERREB"),
        ("SPLM", "SSDGOV"),
        ("SPLA", "SSDMIL"),
        ("SPLM-IO", "SSDREB"),
        ("SPLM-N", "SDNREB"),
        ("Justice and Equality Movement", "SDNREB"),
        ("Janjaweed", "SDNUAF"),
        ("FDLR", "RWAREB"),
        ("Mayi Mayi", "CODREB"),  # the hyphen is optional
        ("Polisario Front", "MARREB"),
        ("AQAP", "IMGMOSALQ"),
        ("al-Qaida in the Islamic Maghreb", "IMGMOSALQ"),
        ("ISCAP", "IMGMOSISI"),
        ("Islamic State Sahel Province", "IMGMOSISI"),
        ("Jemaah Islamiyah", "IMGSEAMOSJMA"),
        ("PJAK", "IRNREB"),
        ("Jaish al-Adl", "IRNREB"),
        ("MEK", "IRNOPP"),
        ("Balochistan Liberation Army", "PAKREB"),
        ("ULFA", "INDREB"),
        ("Karen National Union", "MMRREB"),
        ("Free Aceh Movement", "IDNREB"),
        ("ETA", "ESPREB"),
        ("Provisional IRA", "GBRREB"),
        ("Ulster Volunteer Force", "GBRUAF"),
        ("Kosovo Liberation Army", "SRBREB"),
        ("Donetsk People's Republic", "UKRREB"),
        ("EZLN", "MEXREB"),
        ("Contras", "NICREB"),
        ("FMLN", "SLVPTY"),
        ("Jalisco New Generation Cartel", "MEXCRM"),
        ("Los Zetas", "MEXCRM"),
        ("MS-13", "SLVCRM"),
        ("400 Mawozo", "HTICRM"),
    ],
)
def test_spot_codes_through_the_loader(real_kb: KnowledgeBase, name: str, code: str) -> None:
    entity = real_kb.lookup(name)
    assert entity is not None, name
    assert entity.code == code


# --------------------------------------------------------------------------- in sentences


def _codes(kb: KnowledgeBase, parsed: ParsedArticle) -> list[tuple[str, str]]:
    return [
        (parsed.article.text[m.start : m.end], m.actor.code)
        for ms in resolve_article(parsed, kb)
        for m in ms
    ]


def test_a_group_is_found_in_a_sentence(
    real_kb: KnowledgeBase, article: Callable[..., ParsedArticle]
) -> None:
    # 2015: the SPLA was South Sudan's army by then (a rebel army, SDNREB, before 2005)
    parsed = article(["The Sudan People 's Liberation Army said/VERB"], published=date(2015, 3, 1))
    assert ("Sudan People 's Liberation Army", "SSDMIL") in _codes(real_kb, parsed)


def test_a_hyphenated_name_is_found_in_a_parse(
    real_kb: KnowledgeBase, article: Callable[..., ParsedArticle]
) -> None:
    parsed = article(["Mai - Mai fighters and the FDLR clashed/VERB"])
    got = _codes(real_kb, parsed)
    assert ("Mai - Mai", "CODREB") in got
    assert ("FDLR", "RWAREB") in got


def test_a_left_out_abbreviation_stays_uncoded(
    real_kb: KnowledgeBase, article: Callable[..., ParsedArticle]
) -> None:
    """'ADF' in an Australian story is the Australian Defence Force, not Uganda's rebels."""
    parsed = article(["The ADF said/VERB"])
    assert not [code for _, code in _codes(real_kb, parsed) if code == "UGAREB"]


# --------------------------------------------------------------------------- pipeline (slow)


@pytest.fixture(scope="session")
def code_1998() -> Callable[[str], list[EventMention]]:
    from communique.pipeline import Pipeline

    logging.getLogger("communique").setLevel(logging.ERROR)
    pipeline = Pipeline()
    return lambda text: pipeline.code_text(text, published=date(1998, 6, 1))[1]


def _dyads(events: list[EventMention]) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_root, e.source_code, e.target_code) for e in events]


@pytest.mark.slow
def test_unita_attack_is_coded_to_the_angolan_rebels(code_1998) -> None:
    events = code_1998("UNITA attacked a government convoy near Huambo on Tuesday, the army said.")
    assert ("19", "AGOREB") in [(root, src) for root, src, _ in _dyads(events)]


@pytest.mark.slow
def test_milf_agreement_with_manila(code_1998) -> None:
    events = code_1998(
        "The Moro Islamic Liberation Front signed a ceasefire agreement with the Philippine "
        "government in Kuala Lumpur on Friday."
    )
    assert ("PHLREB", "PHLGOV") in [(src, tgt) for _, src, tgt in _dyads(events)]


@pytest.mark.slow
def test_cartel_as_the_target_of_an_arrest(code_1998) -> None:
    events = code_1998("Mexican soldiers arrested a leader of the Sinaloa Cartel on Thursday.")
    assert ("MEXMIL", "MEXCRM") in [(src, tgt) for _, src, tgt in _dyads(events)]


@pytest.mark.slow
def test_group_name_before_rebels_keeps_the_group_code(code_1998) -> None:
    events = code_1998("UNITA rebels attacked a government convoy near Huambo on Tuesday.")
    assert ("19", "AGOREB") in [(root, src) for root, src, _ in _dyads(events)]
