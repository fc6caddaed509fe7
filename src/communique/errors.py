"""communique's error catalogue: every error a user can meet, with a stable code.

Errors name the item and the reason so that a batch can report them and carry on.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class; ``code`` is stable across versions so scripts can match on it."""

    code = "E000"


class InputError(CommuniqueError):
    """An input item could not be read (unknown format, bad encoding, malformed JSON ...)."""

    code = "E100"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EncodingError(InputError):
    code = "E101"


class FormatError(InputError):
    code = "E102"


class StoreError(CommuniqueError):
    code = "E200"


class CoderError(CommuniqueError):
    code = "E300"


class DictionaryError(CommuniqueError):
    """An actor or lexicon file is malformed; names the file and line."""

    code = "E400"
