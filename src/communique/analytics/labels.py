"""Human-readable names for actor codes: country names, sector labels, organisation names.

Reports and exports print "North Korea" and "Government (China)" rather than ``PRK`` and
``CHNGOV`` because the people reading them (and the ICEWS/GDELT formats) expect names.  The
names come from the packaged tables: ``actors/data/countries.tsv`` (first name of each country
is the canonical one), ``actors/data/organisations.tsv`` (for codes without a country, such as
``IGOUNO``) and ``analytics/data/sectors.tsv``.  Nothing here is coded by hand.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

_INTERNATIONAL = ("IGO", "NGO", "NGM", "IMG", "MNC")
"""CAMEO prefixes of actors that belong to no country."""


def _table_rows(package: str, name: str) -> Iterator[dict[str, str]]:
    """Rows of a packaged tab-separated table; ``#`` lines before the header are comments."""
    text = resources.files(package).joinpath("data").joinpath(name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        yield {k: (v or "").strip() for k, v in row.items() if k is not None}


def _first_name(cell: str) -> str:
    return cell.split("|", 1)[0].strip()


@dataclass(frozen=True)
class Labels:
    """Lookups from codes to names; build once with ``load_labels()`` and pass it around."""

    countries: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # casefolded name -> code

    def country_name(self, code: str | None) -> str | None:
        """``"PRK"`` -> ``"North Korea"``; ``None`` for an empty or unknown code."""
        if not code:
            return None
        return self.countries.get(code.upper())

    def sector_label(self, code: str | None) -> str | None:
        """``"MIL"`` -> ``"Military"``; ``None`` for an empty or unknown code."""
        if not code:
            return None
        return self.sectors.get(code.upper())

    def split(self, code: str | None, country: str | None = None) -> tuple[str | None, str | None]:
        """``(country, first sector code)`` of an actor code.

        The country is taken from ``country`` when given (the coder's own value), else from
        the longest country code that prefixes ``code`` (``DNKGRL`` before ``DNK``).
        International actors (``IGOUNO``) have no country and their prefix as sector.
        """
        if not code:
            return country, None
        code = code.upper()
        if country is None and code[:3] not in _INTERNATIONAL:
            for width in (6, 3):
                if code[:width] in self.countries:
                    country = code[:width]
                    break
        if country and code.startswith(country):
            rest = code[len(country) :]
            return country, (rest[:3] or None)
        if code[:3] in _INTERNATIONAL:
            return None, code[:3]
        return country, None

    def short_name(self, code: str | None, country: str | None = None) -> str:
        """A name for chronologies: the country alone for the state or its government
        (``CHN``, ``CHNGOV`` -> ``China``), the sector in brackets otherwise
        (``PRKMED`` -> ``North Korea (Media)``), the organisation's name for international
        actors, and the code itself when nothing better is known."""
        if not code:
            return (country and self.country_name(country)) or country or "?"
        cty, sector = self.split(code, country)
        org = self.organisations.get(code.upper())
        if cty is None and org:
            return org
        name = self.country_name(cty)
        if name is None:
            return org or code
        if sector is None or sector == "GOV":
            return name
        return f"{name} ({self.sector_label(sector) or sector})"

    def formal_name(self, code: str | None, country: str | None = None) -> str | None:
        """ICEWS-style actor name: ``"China"``, ``"Government (China)"``, ``"United Nations"``."""
        if not code:
            return self.country_name(country)
        cty, sector = self.split(code, country)
        org = self.organisations.get(code.upper())
        if cty is None and org:
            return org
        name = self.country_name(cty)
        if name is None:
            return org or code
        if sector is None:
            return name
        return f"{self.sector_label(sector) or sector} ({name})"

    def resolve_party(self, text: str) -> str:
        """A user's dyad party as a code: ``"China"``, ``"north korea"`` or ``"DPRK"`` ->
        the country code; an organisation's name -> its code; anything else (a code or a
        code prefix such as ``"PRKMIL"`` or ``"IGO"``) is returned upper-cased."""
        wanted = text.strip()
        if wanted.upper() in self.countries:
            return wanted.upper()
        return self.aliases.get(wanted.casefold(), wanted.upper())


@cache
def load_labels() -> Labels:
    """The packaged label tables (read once per process; the result is immutable)."""
    countries: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for row in _table_rows("communique.actors", "countries.tsv"):
        code = row.get("code", "").upper()
        if code and row.get("names"):
            countries[code] = _first_name(row["names"])
            for name in row["names"].split("|"):
                aliases.setdefault(name.strip().casefold(), code)
    sectors = {
        row["code"].upper(): row["label"]
        for row in _table_rows("communique.analytics", "sectors.tsv")
        if row.get("code") and row.get("label")
    }
    organisations: dict[str, str] = {}
    for row in _table_rows("communique.actors", "organisations.tsv"):
        code = row.get("code", "").upper()
        if code and not row.get("country") and code not in organisations and row.get("names"):
            organisations[code] = _first_name(row["names"])
        if code:
            for name in row.get("names", "").split("|"):
                if name.strip():
                    aliases.setdefault(name.strip().casefold(), code)
    return Labels(countries, sectors, organisations, aliases)
