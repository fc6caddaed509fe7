"""Which CAMEO codes can describe the same happening: the code half of the merge rules.

Two codes are compatible when they share a root and a group (``data/code_rules.tsv`` splits
root 04 into visits, talks, phone calls and mediation: a state visit and the talks held during
it are two happenings even on the same day), or when they have different roots but the same
PLOVER type (CAMEO 09x "investigate" and 11x "disapprove" are both PLOVER ACCUSE: outlets
split the same act between them).  ``reverse_of`` pairs (042 "make a visit" / 043 "host a
visit") are one happening seen from the two sides, so the host side's dyad is flipped before
dyads are compared.

The *family* of a root (roots linked by shared PLOVER types) is the blocking unit: any two
compatible codes are in the same family, so comparing only within families loses nothing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

from communique.ontology import Ontology

_RULES_FILE = "code_rules.tsv"


def read_data(name: str) -> str:
    """Text of a file in ``communique/merge/data`` (package data, works from a wheel)."""
    return resources.files("communique.merge").joinpath("data", name).read_text("utf-8")


def data_rows(text: str) -> list[dict[str, str]]:
    """TSV rows as dicts; ``#`` lines are comments, the first other line is the header."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(lines, delimiter="\t")
    ]


# Roots whose codes are different readings of one cooperative statement: an exchange of
# messages reported as "pledged to strengthen ties" (03) by one outlet and "congratulated"
# (05) by another is one happening.  Dates still have to agree, so two statements on
# different days stay two.
STATEMENT_ROOTS: tuple[tuple[str, str], ...] = (("03", "05"),)
# ... but signing, recognising, apologising and forgiving are acts of their own.
DISTINCT_ACTS = frozenset({"054", "055", "056", "057"})


def _root_families(ontology: Ontology) -> dict[str, str]:
    """Root -> family label: roots joined when any of their codes share a PLOVER type."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    by_plover: dict[str, str] = {}
    for entry in ontology.codes():
        find(entry.root)
        if entry.plover:
            other = by_plover.setdefault(entry.plover, entry.root)
            a, b = sorted((find(other), find(entry.root)))
            parent[b] = a
    for a, b in STATEMENT_ROOTS:
        x, y = sorted((find(a), find(b)))
        parent[y] = x
    members: dict[str, list[str]] = {}
    for root in parent:
        members.setdefault(find(root), []).append(root)
    return {root: "+".join(sorted(members[find(root)])) for root in parent}


@dataclass(frozen=True)
class CodeRules:
    """Code compatibility, orientation and jointness; build once with ``CodeRules.load``."""

    ontology: Ontology
    groups: dict[str, str]
    reverse: dict[str, str]
    joint: frozenset[str]
    families: dict[str, str]

    @classmethod
    def load(cls, ontology: Ontology, text: str | None = None) -> CodeRules:
        """Rules from ``data/code_rules.tsv`` (or ``text`` in that format) over ``ontology``."""
        groups: dict[str, str] = {}
        reverse: dict[str, str] = {}
        joint: set[str] = set()
        for row in data_rows(text if text is not None else read_data(_RULES_FILE)):
            code = row["code"]
            ontology.cameo(code)  # an unknown code in the table is a broken data file
            if row["group"]:
                groups[code] = row["group"]
            if row["reverse_of"]:
                ontology.cameo(row["reverse_of"])
                reverse[code] = row["reverse_of"]
            if row["joint"].lower() == "yes":
                joint.add(code)
        return cls(ontology, groups, reverse, frozenset(joint), _root_families(ontology))

    def root(self, code: str) -> str:
        return self.ontology.cameo(code).root

    def group(self, code: str) -> str:
        """The code's group inside its root (the root itself when the table says nothing)."""
        return self.groups.get(code) or self.groups.get(code[:3]) or self.root(code)

    def family(self, code: str) -> str:
        return self.families[self.root(code)]

    def is_host_side(self, code: str) -> bool:
        """True for the side of a reversed pair whose dyad is flipped (043 of 042/043)."""
        partner = self.reverse.get(code)
        return partner is not None and partner < code

    def is_joint(self, code: str) -> bool:
        return code in self.joint or code[:3] in self.joint

    def compatible(self, a: str, b: str) -> bool:
        """Can codes ``a`` and ``b`` describe the same happening?  (Symmetric.)"""
        if a == b:
            return True
        if self.root(a) == self.root(b):
            return self.group(a) == self.group(b)
        statement = a not in DISTINCT_ACTS and b not in DISTINCT_ACTS
        if statement and tuple(sorted((self.root(a), self.root(b)))) in STATEMENT_ROOTS:
            return True
        plover_a = self.ontology.cameo(a).plover
        return plover_a is not None and plover_a == self.ontology.cameo(b).plover
