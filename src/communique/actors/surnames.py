"""Which bare surnames may name a leader on first mention (``data/surnames.tsv``).

Why: wire copy often names a leader by surname alone with no full mention earlier
("Erdogan said ...", headlines, second-day stories).  A surname shared by several people in
the knowledge base ("Bush", "Assad") is still unambiguous on a given day when only one of
them holds a top office then.  Which offices count as "top" (heads of state and government,
foreign ministers, a few others a reader knows by surname) and which surnames must never be
read alone (common words, places: "Rice", "May", "Chad") are data, not code; the table is
read once per knowledge base and carried by it, so nothing lives at module level.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from communique.actors.names import name_keys

if TYPE_CHECKING:
    from communique.actors.kb import Entity

log = logging.getLogger(__name__)

BUILTIN_DIR = Path(__file__).parent / "data"
SURNAMES_FILE = "surnames.tsv"
_KINDS = ("office", "stop", "short", "family_first", "suffix", "particle")


@dataclass(frozen=True)
class SurnameRules:
    """``offices``: lower-case titles whose holders a bare surname may name; ``stop``:
    surnames never read alone; ``short``: extra one-word forms of a person's name that are
    not the last word of a full name (word -> entity ids); ``family_first``: countries whose
    names put the family name first ("Xi Jinping"); ``suffixes``: generational suffixes
    that end a name without being its surname ("Jr."); ``no_surname``: particles that make
    a name's last word a patronymic or a dynasty ("bin", "of")."""

    offices: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    short: dict[str, frozenset[str]] = field(default_factory=dict)
    family_first: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    no_surname: frozenset[str] = frozenset()

    @classmethod
    def load(cls, data_dir: Path | None = None) -> SurnameRules:
        """The table from ``data_dir`` (falling back to the built-in copy); a malformed row
        is skipped with a warning naming file and line."""
        path = data_dir / SURNAMES_FILE if data_dir is not None else None
        if path is None or not path.exists():
            path = BUILTIN_DIR / SURNAMES_FILE
        sets: dict[str, set[str]] = {
            k: set() for k in ("office", "stop", "family_first", "suffix", "particle")
        }
        short: dict[str, set[str]] = {}
        for n, row in _rows(path):
            word, kind, person = (
                row.get("word", ""),
                row.get("kind", "").lower(),
                row.get("person", ""),
            )
            if not word or kind not in _KINDS:
                log.warning("%s line %d: need a word and a kind in %s; row skipped",
                            path.name, n, "/".join(_KINDS))  # fmt: skip
                continue
            if kind != "short":
                sets[kind].add(word.lower() if kind == "office" else word)
            elif not person:
                log.warning("%s line %d: a short form needs a person; row skipped", path.name, n)
            else:
                short.setdefault(word, set()).add(person)
        return cls(
            offices=frozenset(sets["office"]),
            stop=frozenset(sets["stop"]),
            short={w: frozenset(p) for w, p in short.items()},
            family_first=frozenset(sets["family_first"]),
            suffixes=frozenset(sets["suffix"]),
            no_surname=frozenset(sets["particle"]),
        )

    def is_office(self, title: str) -> bool:
        return title.strip().lower() in self.offices


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows by header name after ``#`` comments; a missing file is logged, not fatal."""
    if not path.exists():
        log.warning("actor table %s not found; continuing without it", path)
        return []
    body = [
        (n, line)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    if not body:
        return []
    header = [h.strip() for h in body[0][1].split("\t")]
    out = []
    for n, line in body[1:]:
        values = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        out.append((n, dict(zip(header, (v.strip() for v in values), strict=False))))
    return out


def office_surname_index(
    entities: Iterable[Entity], rules: SurnameRules
) -> dict[str, frozenset[str]]:
    """Surname -> people who have it, for bare first mentions: the last word of each full
    name ("Bashar al-Assad" -> "Assad"), the first word too where the family name comes first
    (``family_first`` countries: "Xi Jinping") instead, and the listed short forms.  Names
    with a ``particle`` ("Mohammed VI of Morocco", "Mohammed bin Salman": a patronymic or a
    dynasty, not a surname) give none; generational suffixes ("Jr.") are skipped."""
    owners: dict[str, set[str]] = {}
    for e in entities:
        if e.kind != "person" or e.fold_case:
            continue
        first = any(r.country in rules.family_first for r in e.roles)
        for name in e.names:
            words = [w for w in name_keys(name) if w not in rules.suffixes]
            if len(words) < 2 or rules.no_surname.intersection(words):
                continue
            for w in words[:1] if first else words[-1:]:
                if len(w) >= 2 and w.isalpha() and w[:1].isupper() and not w.isupper():
                    owners.setdefault(w, set()).add(e.entity_id)
    known = {e.entity_id for e in entities}
    for word, ids in rules.short.items():
        owners.setdefault(word, set()).update(i for i in ids if i in known)
    return {w: frozenset(ids) for w, ids in owners.items() if ids}


def user_name_words(entities: Iterable[Entity]) -> frozenset[str]:
    """Lower-cased words of every name a user file defines: a bare word one of the user's
    own actors uses is never read as a built-in leader's surname."""
    return frozenset(
        w.lower()
        for e in entities
        if e.source not in ("", "builtin")
        for n in e.names
        for w in name_keys(n)
    )
