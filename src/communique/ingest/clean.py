"""Text-level cleaning: normalisation, paragraphs, boilerplate and repeated paragraphs.

Every function here is pure and returns the ``CleaningAction`` records for what it changed, so
``build_article`` can keep an audit trail.  Normalisation (Unicode, quotes, whitespace) runs
first: the boilerplate patterns and every later stage then see one spelling of each quote
and space, and evidence offsets point into the final text only.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from difflib import SequenceMatcher

from communique.ingest.rules import CleaningRules
from communique.types import CleaningAction

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    }
)  # fmt: skip
_QUOTE_CHARS = re.compile("[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_RUN = re.compile(r"\n{3,}")
_TERMINAL = ".!?:;\"')]"
_WORD_RE = re.compile(r"\w+")


def normalise(text: str) -> tuple[str, list[CleaningAction]]:
    """Unicode (NFC, invisible characters), curly quotes, and whitespace, each recorded."""
    actions: list[CleaningAction] = []
    out = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    out = _CONTROL_RE.sub("", out)
    if out != text:
        actions.append(CleaningAction("unicode", "NFC form; invisible/control characters"))
    n_quotes = len(_QUOTE_CHARS.findall(out))
    if n_quotes:
        out = out.translate(_QUOTES)
        actions.append(CleaningAction("quotes", f"{n_quotes} curly quotes made straight"))
    spaced = _LINE_BREAKS.sub("\n", out)
    spaced = "\n".join(_SPACES.sub(" ", line).strip() for line in spaced.split("\n"))
    spaced = _BLANK_RUN.sub("\n\n", spaced).strip("\n")
    if spaced != out:
        actions.append(CleaningAction("whitespace", "collapsed spaces, stripped lines"))
    return spaced, actions


def split_paragraphs(text: str, *, unwrap: bool = True) -> tuple[list[str], list[CleaningAction]]:
    """Paragraphs of normalised text: one per line, unless the text is hard-wrapped.

    Why not always one per line: files saved from e-mail or terminals wrap at ~72 columns, and
    a sentence cut by a newline would be split in two by the parser.  Wrapped text is detected
    by its many long lines that end mid-sentence; then lines of a block are joined where the
    previous line was full (or the next starts in lower case), keeping short header lines.
    """
    blocks = [b.split("\n") for b in text.split("\n\n") if b.strip()]
    lines = [line for block in blocks for line in block]
    width = max((len(line) for line in lines), default=0)
    wrapped = [
        line
        for block in blocks
        for line in block[:-1]
        if len(line) >= 0.6 * width and line[-1:] not in _TERMINAL
    ]
    if not unwrap or not 40 <= width <= 120 or len(wrapped) < 3:
        return lines, []
    paragraphs: list[str] = []
    joined = 0
    for block in blocks:
        current = block[0]
        for prev, line in itertools.pairwise(block):
            if len(prev) >= 0.6 * width or line[:1].islower():
                current = f"{current} {line}"
                joined += 1
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    actions = (
        [CleaningAction("whitespace", f"joined {joined} hard-wrapped lines")] if joined else []
    )
    return paragraphs, actions


def classify_junk(
    paragraph: str, rules: CleaningRules, *, in_header: bool
) -> tuple[str, str] | None:
    """``(step, reason)`` when the whole paragraph is boilerplate, else None."""
    if len(paragraph) <= 80 and rules.share_widget.fullmatch(paragraph):
        return "share_widget", "share/print widget label"
    for rule in rules.junk:
        if len(paragraph) > rule.max_len or (rule.header_only and not in_header):
            continue
        if rule.pattern.fullmatch(paragraph):
            return rule.step, rule.reason
    return None


def comparison_key(paragraph: str) -> str:
    """Lower case, words only: two paragraphs differing in case, spacing or punctuation match."""
    return " ".join(_WORD_RE.findall(paragraph.lower()))


def similar(a: str, b: str, threshold: float) -> bool:
    """difflib ratio >= threshold, with the cheap upper bounds checked first."""
    if not a or not b or min(len(a), len(b)) / max(len(a), len(b)) < threshold / (2 - threshold):
        return False
    return _ratio_at_least(SequenceMatcher(None, a, b, autojunk=False), threshold)


def _ratio_at_least(matcher: SequenceMatcher[str], threshold: float) -> bool:
    return (
        matcher.real_quick_ratio() >= threshold
        and matcher.quick_ratio() >= threshold
        and matcher.ratio() >= threshold
    )


def _shingles(key: str) -> frozenset[tuple[str, ...]]:
    words = key.split()
    return frozenset(itertools.pairwise(words)) or frozenset((w,) for w in words)


class _Seen:
    """Kept paragraphs' comparison keys, with what makes near-repeat checks cheap.

    Character-level difflib is the judge, but it is quadratic and any two English paragraphs
    of similar length look alike to its quick bounds.  Word pairs (shingles) tell them apart:
    a 90%-similar paragraph keeps most of its word pairs (one edit breaks at most two), while
    unrelated paragraphs share a handful.  So difflib only runs when 40% of shingles match.
    """

    def __init__(self, min_chars: int) -> None:
        self.min_chars = min_chars
        self.keys: list[str] = []
        self._shingles: list[frozenset[tuple[str, ...]]] = []
        self._matchers: list[SequenceMatcher[str] | None] = []

    def add(self, key: str) -> None:
        self.keys.append(key)
        self._shingles.append(_shingles(key))
        long_enough = len(key) >= self.min_chars
        self._matchers.append(SequenceMatcher(None, b=key, autojunk=False) if long_enough else None)

    def near(self, key: str, threshold: float) -> bool:
        shingles = _shingles(key)
        bound = threshold / (2 - threshold)
        for other, others, matcher in zip(self.keys, self._shingles, self._matchers, strict=True):
            if matcher is None or min(len(key), len(other)) / max(len(key), len(other)) < bound:
                continue
            if 2 * len(shingles & others) < 0.4 * (len(shingles) + len(others)):
                continue
            matcher.set_seq1(key)
            if _ratio_at_least(matcher, threshold):
                return True
        return False


def drop_repeats(
    paragraphs: list[str],
    *,
    seen: tuple[str, ...] = (),
    threshold: float = 0.9,
    min_words: int = 3,
    min_near_chars: int = 40,
) -> tuple[list[str], list[CleaningAction]]:
    """Keep the first of exact and near-exact repeated paragraphs.

    ``seen`` are texts already kept elsewhere (the headline), whose repeats also go.
    Why compare only with *kept* paragraphs: it makes the step idempotent (running it again
    on its output removes nothing), which re-ingestion relies on.
    """
    kept: list[str] = []
    memory = _Seen(min_near_chars)
    for text in seen:
        memory.add(comparison_key(text))
    actions: list[CleaningAction] = []
    for paragraph in paragraphs:
        key = comparison_key(paragraph)
        if key.count(" ") + 1 >= min_words and key in memory.keys:
            actions.append(CleaningAction("repeated_paragraph", "exact repeat", paragraph))
            continue
        if len(key) >= min_near_chars and memory.near(key, threshold):
            actions.append(
                CleaningAction("near_repeated_paragraph", f"≥{threshold:.0%} similar", paragraph)
            )
            continue
        kept.append(paragraph)
        memory.add(key)
    return kept, actions


def looks_like_headline(paragraph: str) -> bool:
    """Short, capitalised, and not ending like a sentence: how headlines look in plain text."""
    words = paragraph.split()
    if not 2 <= len(words) <= 25 or len(paragraph) > 200:
        return False
    if not (paragraph[0].isupper() or paragraph[0].isdigit() or paragraph[0] in "('\"["):
        return False
    return paragraph.rstrip("'\"")[-1:] not in ".,;:!"


def is_body_like(paragraph: str) -> bool:
    """A paragraph of running text (ends a sentence, or is long): the header zone ends here."""
    return paragraph.rstrip("'\")]")[-1:] in ".!?" or len(paragraph.split()) >= 25
