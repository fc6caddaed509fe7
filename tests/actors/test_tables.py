"""The built-in countries, metonyms and agent tables (people and organisations are checked
in test_kb_data.py)."""

from __future__ import annotations

from communique.actors import KnowledgeBase
from communique.actors.kb import INTERNATIONAL

# CAMEO sector codes an agent noun may map to.
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SEP", "OPP", "CVL", "EDU", "LAB", "MED",
    "BUS", "REF", "SPY", "REL", "HRI", "CRM", "ELI", "AGR", "ENV", "HLH", "DEV", "UAF", "NGO",
}  # fmt: skip


def test_country_codes_are_unique_and_named(kb: KnowledgeBase) -> None:
    countries = [e for e in kb if e.kind == "country"]
    assert len(countries) > 200
    assert len({e.code for e in countries}) == len(countries)
    for e in countries:
        assert e.names, e.code
        assert all(n.strip() == n and n for n in e.names + e.adjectives + e.demonyms), e.code
        assert set(e.weak_names) <= set(e.names), e.code


def test_key_country_names(kb: KnowledgeBase) -> None:
    def names(code: str) -> set[str]:
        e = kb.entity(f"country:{code}")
        assert e is not None
        return set(e.names) | set(e.adjectives) | set(e.demonyms)

    assert {
        "North Korea",
        "DPRK",
        "Democratic People's Republic of Korea",
        "North Korean",
    } <= names("PRK")
    assert {"South Korea", "Republic of Korea", "ROK", "South Korean"} <= names("KOR")
    assert kb.entity("country:KOR").weak_names == ("Korea",)
    assert {"United States", "U.S.", "US", "USA", "America", "American"} <= names("USA")
    assert {"Britain", "UK", "United Kingdom", "British"} <= names("GBR")
    for code, adjective in [("CHN", "Chinese"), ("RUS", "Russian"), ("UKR", "Ukrainian"),
                            ("SAU", "Saudi"), ("IRN", "Iranian"), ("JPN", "Japanese")]:  # fmt: skip
        assert adjective in names(code)
    for code in ("TWN", "HKG", "PSE", "KSV"):
        assert kb.entity(f"country:{code}") is not None


def test_no_garbage_variants_survive(kb: KnowledgeBase) -> None:
    everything = {n.lower() for e in kb if e.kind == "country" for n in e.names + e.adjectives}
    assert "the graveyard of empires" not in everything
    assert not any(
        n.isupper() and n.isalpha() and len(n) > 5
        for e in kb
        if e.kind == "country"
        for n in e.names
    )


def test_metonyms_point_at_known_countries(kb: KnowledgeBase) -> None:
    metonyms = [e for e in kb if e.kind == "metonym"]
    assert len(metonyms) > 150
    for e in metonyms:
        for code in (e.code or "").split("/"):
            prefix = code[:3]
            assert prefix in INTERNATIONAL or kb.is_country(code[:3]) or kb.is_country(code), code
    wanted = {
        "Pyongyang": "PRKGOV", "Beijing": "CHNGOV", "Seoul": "KORGOV", "Washington": "USAGOV",
        "Moscow": "RUSGOV", "Kyiv": "UKRGOV", "Kiev": "UKRGOV", "Taipei": "TWNGOV",
        "Tokyo": "JPNGOV", "Tehran": "IRNGOV", "Riyadh": "SAUGOV", "Kremlin": "RUSGOV",
        "White House": "USAGOV", "Blue House": "KORGOV", "Cheong Wa Dae": "KORGOV",
        "Zhongnanhai": "CHNGOV", "Downing Street": "GBRGOV", "Pentagon": "USAMIL",
        "Foggy Bottom": "USAGOV",
    }  # fmt: skip
    by_name = {n: e.code for e in metonyms for n in e.names}
    for name, code in wanted.items():
        assert by_name.get(name) == code, name


def test_agents_have_known_sectors_and_kinds() -> None:
    from communique.actors.kb import DATA_DIR

    rows = [
        line.split("\t")
        for line in (DATA_DIR / "agents.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ][1:]
    assert len(rows) > 150
    phrases = [r[0] for r in rows]
    assert len(phrases) == len(set(phrases))
    for r in rows:
        assert r[1] in SECTORS, r
        assert r[2] in ("person", "leader", "group"), r
        assert r[0] == r[0].lower().strip(), r
    sector = {r[0]: r[1] for r in rows}
    assert sector["foreign ministry"] == "GOV" and sector["defense ministry"] == "MIL"
    assert sector["police"] == "COP" and sector["state media"] == "MED"


def test_builtin_tables_load_without_warnings(kb: KnowledgeBase) -> None:
    assert kb.warnings == ()
