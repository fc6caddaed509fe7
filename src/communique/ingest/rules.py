"""The cleaning rules and outlet names, loaded from the data files in ``ingest/data``.

Why data files: which boilerplate a site leaves behind changes far more often than the code
that removes it, and analysts should be able to read (and extend) the list without reading
Python.  Why a frozen ``CleaningRules`` object: it is built once and handed to the functions
that need it, so it pickles to worker processes and no module holds mutable state.
``default_rules()`` memoises the packaged rules; the value is immutable and identical in every
process, so the memo cannot go stale or diverge between workers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from communique.errors import DictionaryError

_DATA = "communique.ingest.data"


@dataclass(frozen=True, slots=True)
class JunkRule:
    """One boilerplate pattern from ``junk.tsv``; ``pattern`` must match a whole paragraph."""

    step: str
    header_only: bool
    max_len: int
    pattern: re.Pattern[str]
    reason: str


@dataclass(frozen=True, slots=True)
class OutletNames:
    """Known outlets: aliases (as written in bylines and datelines) and URL domains."""

    names: tuple[tuple[re.Pattern[str], str], ...]
    domains: tuple[tuple[str, str], ...]
    # A publisher's own paywall/footer wording ("Subscribe to read the remaining 412 words of
    # this article."): it names no outlet, but only one outlet writes it that way.
    footers: tuple[tuple[re.Pattern[str], str], ...] = ()

    def canonical(self, text: str) -> str | None:
        """The canonical outlet when ``text`` is exactly one of its aliases."""
        stripped = text.strip(" .,;:-|")
        for pattern, outlet in self.names:
            if pattern.fullmatch(stripped):
                return outlet
        return None

    def mentioned(self, text: str) -> str | None:
        """The outlet whose longest alias occurs as a whole word in ``text``."""
        best: tuple[int, str] | None = None
        for pattern, outlet in self.names:
            m = pattern.search(text)
            if m and (best is None or len(m.group(0)) > best[0]):
                best = (len(m.group(0)), outlet)
        return best[1] if best else None

    def by_footer(self, text: str) -> str | None:
        """The outlet whose characteristic footer wording ``text`` is."""
        for pattern, outlet in self.footers:
            if pattern.search(text):
                return outlet
        return None

    def for_url(self, url: str | None) -> str | None:
        """The outlet whose domain is the URL's host or one of its parent domains."""
        if not url:
            return None
        try:
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        except ValueError:
            return None
        for domain, outlet in self.domains:
            if host == domain or host.endswith("." + domain):
                return outlet
        return None


@dataclass(frozen=True, slots=True)
class CleaningRules:
    junk: tuple[JunkRule, ...]
    share_widget: re.Pattern[str]
    outlets: OutletNames


def _data_lines(name: str) -> list[tuple[int, str]]:
    """Non-comment, non-blank lines of a packaged data file, with 1-based line numbers."""
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    return [
        (n, line.rstrip("\n"))
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _tsv_rows(name: str, n_cols: int) -> list[tuple[int, list[str]]]:
    """Rows of a TSV data file after its header row; a malformed row names file and line."""
    rows = _data_lines(name)[1:]
    out = []
    for lineno, line in rows:
        cols = line.split("\t")
        if len(cols) != n_cols:
            raise DictionaryError(f"{name}:{lineno}: expected {n_cols} tab-separated columns")
        out.append((lineno, cols))
    return out


def load_junk_rules() -> tuple[JunkRule, ...]:
    rules = []
    for lineno, (step, zone, max_len, pattern, reason) in _tsv_rows("junk.tsv", 5):
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise DictionaryError(f"junk.tsv:{lineno}: bad pattern: {exc}") from exc
        if zone not in ("any", "header"):
            raise DictionaryError(f"junk.tsv:{lineno}: zone must be 'any' or 'header'")
        rules.append(JunkRule(step, zone == "header", int(max_len), compiled, reason))
    return tuple(rules)


def load_share_widget_pattern() -> re.Pattern[str]:
    """One pattern matching a line made only of widget labels, separators and counts."""
    labels = sorted((line.strip() for _, line in _data_lines("share_widgets.txt")), key=len)
    alternation = "|".join(
        r"\s+".join(re.escape(word) for word in label.split()) for label in reversed(labels)
    )
    label = rf"(?:{alternation})(?![\w+-])"
    count = r"\(?\d[\d,.]*[km]?\)?(?![\w+-])"
    edge, between = r"[\s|·•/,:;]*", r"[\s|·•/,:;]+"
    item = rf"(?:{label}|{count})"
    # Items need a separator between them (no two ways to split "12345" into counts, which
    # would backtrack exponentially), and a label must occur: bare numbers are not widgets.
    return re.compile(
        rf"(?=.*?(?<![\w+-]){label}){edge}{item}(?:{between}{item})*{edge}",
        re.IGNORECASE | re.DOTALL,
    )


def _alias_pattern(alias: str) -> re.Pattern[str]:
    flags = 0 if alias.isupper() else re.IGNORECASE
    body = r"\s+".join(re.escape(word) for word in alias.split())
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)


def load_outlets() -> OutletNames:
    names: list[tuple[re.Pattern[str], str]] = []
    domains: list[tuple[str, str]] = []
    footers: list[tuple[re.Pattern[str], str]] = []
    for lineno, (kind, pattern, outlet) in _tsv_rows("outlets.tsv", 3):
        if kind == "name":
            names.append((_alias_pattern(pattern), outlet))
        elif kind == "domain":
            domains.append((pattern.lower(), outlet))
        elif kind == "footer":
            try:
                footers.append((re.compile(pattern, re.IGNORECASE), outlet))
            except re.error as exc:
                raise DictionaryError(f"outlets.tsv:{lineno}: bad footer pattern: {exc}") from None
        else:
            raise DictionaryError(
                f"outlets.tsv:{lineno}: kind must be 'name', 'domain' or 'footer'"
            )
    return OutletNames(tuple(names), tuple(domains), tuple(footers))


def load_rules() -> CleaningRules:
    """Read every data file afresh (use ``default_rules()`` unless testing a data change)."""
    return CleaningRules(load_junk_rules(), load_share_widget_pattern(), load_outlets())


@functools.cache
def default_rules() -> CleaningRules:
    """The packaged rules, read once per process (the result is immutable)."""
    return load_rules()
