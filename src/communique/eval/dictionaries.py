"""Which extra actor dictionaries a gold file must be coded with.

The PETRARCH unit-test suites are tests of program behaviour written against invented actors
(Arnor, Gondor ...): they can only be scored with the validation actor and agent
dictionaries that ship beside them.  Verb dictionaries are deliberately not loaded: we score
our own verb coding.  Everything else (the GSR validation set, PLOVER, our own gold) uses the
coder's real dictionaries.

The rule is by file name because these dictionaries are a property of where the file came
from, not of its content; ``--actors`` overrides it.
"""

from __future__ import annotations

import fnmatch
import logging
from pathlib import Path

log = logging.getLogger(__name__)

DICTIONARY_DIR = "petr_validate_dictionaries"
DICTIONARY_FILES: tuple[str, ...] = ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt")
VALIDATION_SUITES: tuple[tuple[str, str], ...] = (
    ("universalpetrarch_unittest*", "universalpetrarch"),
    ("petrarch2_unittest*", "petrarch2"),
)
"""(gold file name pattern, sub-directory of ``petr_validate_dictionaries``)."""


def validation_suite(gold_path: Path) -> str | None:
    """The dictionary set a gold file needs, or ``None`` for real-world gold."""
    for pattern, suite in VALIDATION_SUITES:
        if fnmatch.fnmatch(gold_path.name, pattern):
            return suite
    return None


def actor_files_for(gold_path: Path) -> tuple[Path, ...]:
    """The validation actor/agent dictionaries beside ``gold_path`` (those that exist)."""
    suite = validation_suite(gold_path)
    if suite is None:
        return ()
    folder = gold_path.parent / DICTIONARY_DIR / suite
    found = tuple(folder / name for name in DICTIONARY_FILES if (folder / name).is_file())
    if len(found) < len(DICTIONARY_FILES):
        log.warning(
            "%s needs the %s validation dictionaries in %s; found %d of %d",
            gold_path.name, suite, folder, len(found), len(DICTIONARY_FILES),
        )  # fmt: skip
    return found
