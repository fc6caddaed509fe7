"""communique: political event data from news articles — who did what to whom, when.

    import communique
    db = communique.open("communique.duckdb")
    db.events(dyad=("CHN", "PRK"))
    communique.code("SEOUL, July 11 (Yonhap) -- ...", published=date(2021, 7, 11))

Heavy modules (spaCy, DuckDB, pyarrow) load on first use, not on ``import communique``.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Database", "__version__", "code", "open"]


def __getattr__(name: str) -> Any:
    if name in {"open", "Database"}:
        from communique import database

        return getattr(database, name)
    if name == "code":
        from communique.pipeline import code_text

        return code_text
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
