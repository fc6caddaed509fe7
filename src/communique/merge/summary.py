"""The one-line summary of a canonical event, for people skimming a list of happenings.

``"China → North Korea: expressed intent to cooperate, 2021-07-23"``: the parties (country names
when a lookup is given, else their codes), ``↔`` for joint acts, the CAMEO name turned into a
past-tense verb phrase, and the date at the precision it is known.  Irregular past tenses live
in ``data/past_tense.tsv``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources

from communique.merge.rules import data_rows, read_data

_ADVERB_SUFFIX = "ly"
_ADVERB_MIN_LEN = 7  # "physically", "sexually" are adverbs; "rally" is a verb


def load_past_tenses() -> dict[str, str]:
    return {row["base"]: row["past"] for row in data_rows(read_data("past_tense.tsv"))}


def load_country_names() -> dict[str, str]:
    """ISO-3 code -> common name, from the actor knowledge base's country table
    (``communique/actors/data/countries.tsv``: the first listed name is the canonical one)."""
    text = resources.files("communique.actors").joinpath("data", "countries.tsv").read_text("utf-8")
    names: dict[str, str] = {}
    for row in data_rows(text):
        code, listed = row.get("code", ""), row.get("names", "")
        if code and listed:
            names[code] = listed.split("|")[0].strip()
    return names


def regular_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


@dataclass(frozen=True)
class Phraser:
    """Turns CAMEO names into past-tense phrases and events into summary lines."""

    past: Mapping[str, str]
    country_names: Mapping[str, str]

    @classmethod
    def load(cls, country_names: Mapping[str, str] | None = None) -> Phraser:
        names = load_country_names() if country_names is None else country_names
        return cls(load_past_tenses(), names)

    def past_tense(self, verb: str) -> str:
        return self.past.get(verb, regular_past(verb))

    def verb_phrase(self, cameo_name: str) -> str:
        """``"Arrest, detain, or charge with legal action"`` -> ``"arrested, detained, or
        charged with legal action"``: the leading verbs (a comma/or-joined run, after an
        optional adverb) go into the past tense; the rest is kept, lower-cased."""
        words = cameo_name.lower().split()
        adverb = words[0].endswith(_ADVERB_SUFFIX) and len(words[0]) >= _ADVERB_MIN_LEN
        i = 1 if len(words) > 1 and adverb else 0
        while i < len(words):
            word = words[i]
            bare = word.rstrip(",")
            words[i] = self.past_tense(bare) + word[len(bare) :]
            if word.endswith(","):
                i += 1
                if i < len(words) and words[i] in ("or", "and"):
                    i += 1
            elif i + 2 < len(words) and words[i + 1] in ("or", "and") and i == 0:
                i += 2
            else:
                break
        return " ".join(words)

    def party(self, country: str | None, code: str | None) -> str:
        if country:
            return self.country_names.get(country, country)
        return code or "?"


def format_date(value: date | None, precision: str | None) -> str:
    if value is None:
        return "date unknown"
    if precision == "year":
        return f"{value.year}"
    if precision == "month":
        return f"{value.year}-{value.month:02d}"
    if precision == "week":
        return f"week of {value.isoformat()}"
    return value.isoformat()


def summary_line(
    phraser: Phraser,
    *,
    source: tuple[str | None, str | None],
    target: tuple[str | None, str | None],
    cameo_name: str,
    symmetric: bool,
    modality: str,
    when: tuple[date | None, str | None],
) -> str:
    """``"<source> → <target>: <what>, <when>"``; ``(negated)``-style suffix for non-acts."""
    who = phraser.party(*source)
    if target[0] or target[1]:
        who += (" ↔ " if symmetric else " → ") + phraser.party(*target)
    line = f"{who}: {phraser.verb_phrase(cameo_name)}, {format_date(*when)}"
    return line if modality == "asserted" else f"{line} ({modality})"
