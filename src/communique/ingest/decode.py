"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else a confident guess.

Why be strict: a wrongly decoded file turns names into mojibake ("Pyongyangâ€™s") that no
actor dictionary matches, so an unreadable file is better reported than half-read.  Legacy
Windows files (cp1252) are common in scraped news archives, so charset-normalizer is asked,
and its answer is used only when it is confident.  Among equally good single-byte answers the
Western European code page wins: charset-normalizer breaks such ties alphabetically, which
would read "Sèvres" in a cp1252 file as "Sčvres" (cp1250).
"""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass

import charset_normalizer

log = logging.getLogger(__name__)

_MAX_CHAOS = 0.1
_PREFERRED = ("cp1252", "latin_1", "iso8859_15", "utf_8")
_NO_BOM_MULTIBYTE = ("utf_16", "utf_32")
# Non-ASCII characters an English article in cp1252 plausibly contains: Latin-1 letters and
# signs, and the typographic marks of the 0x80-0x9F block.
_WESTERN = frozenset(
    [chr(c) for c in range(0xA0, 0x100) if c not in (0xD7, 0xF7)]
    + list("ŒœŠšŸŽžƒ–—‘’‚“”„†‡•…‰‹›€™ˆ˜")
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None
    encoding: str | None = None
    error: str | None = None


def decode_bytes(data: bytes) -> Decoded:
    """Decode a whole file; ``error`` says why when it cannot be decoded."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return _decode_declared(data, encoding)
    if b"\x00" in data:
        return Decoded(None, error="binary file (contains NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding = detect_encoding(data)
    if encoding is None:
        return Decoded(None, error="not UTF-8 and encoding could not be detected")
    log.info("decoded as %s (not UTF-8)", encoding)
    return Decoded(data.decode(encoding), encoding)


def _decode_declared(data: bytes, encoding: str) -> Decoded:
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    try:
        return Decoded(data.decode(codec), encoding)
    except UnicodeDecodeError as exc:
        return Decoded(
            None, error=f"starts with a {encoding} BOM but is not valid {encoding}: {exc}"
        )


def _plausible_cp1252(data: bytes) -> bool:
    """Mostly ASCII with a few Western letters or typographic marks when read as cp1252:
    the signature of an English article saved by Windows software."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [ch for ch in text if ord(ch) > 127]
    return len(high) <= 0.2 * len(text) and all(ch in _WESTERN for ch in high)


def detect_encoding(data: bytes) -> str | None:
    """A confident legacy-encoding guess for non-UTF-8 bytes, or None."""
    results = [
        r
        for r in charset_normalizer.from_bytes(data)
        if not r.encoding.startswith(_NO_BOM_MULTIBYTE) and r.chaos <= _MAX_CHAOS
    ]
    best = min((r.chaos for r in results), default=1.0)
    tied = {r.encoding for r in results if r.chaos <= best + 0.01}
    for preferred in _PREFERRED:
        if preferred in tied:
            return preferred
    if _plausible_cp1252(data):
        return "cp1252"
    if not results:
        return None
    top = min(results, key=lambda r: (r.chaos, -r.coherence))
    return top.encoding
