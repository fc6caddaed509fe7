"""The ``communique`` command line.  Each command parses its options and calls one library
function (``Database`` methods, ``pipeline.code_text``, ``eval.cli.run_eval``); all printing
happens here, never in the library.

Exit codes: 0 all good; 1 some inputs rejected (the rest stored); 2 usage error.
"""

from __future__ import annotations

# The command modules register themselves on ``app``; their order is the order of --help.
# isort: off
from communique.cli import corpus  # noqa: F401
from communique.cli import coding  # noqa: F401
from communique.cli import analysis  # noqa: F401

# isort: on
from communique.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
