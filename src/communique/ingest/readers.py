"""Readers: input files (and stdin) to ``RawDocument``s, or ``Rejection``s that say why not.

One bad item never stops a batch: every failure becomes a ``Rejection`` naming the item
(``file.jsonl:12`` for a line, ``file.json[3]`` for an array element) and the reason, and
reading goes on.  JSON Lines files are streamed line by line, so a multi-gigabyte export
does not have to fit in memory.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from communique.ingest.decode import decode_bytes
from communique.ingest.html import extract_html
from communique.ingest.sources import Source, expand
from communique.types import RawDocument, Rejection

log = logging.getLogger(__name__)

FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}  # fmt: skip
MAX_FILE_BYTES = 256 * 1024 * 1024
STDIN_NAME = "<stdin>"
_OPTIONAL_FIELDS = {"id": "doc_id", "title": "title", "url": "url", "published": "published",
                    "outlet": "outlet", "byline": "byline", "author": "byline"}  # fmt: skip

Item = RawDocument | Rejection


def iter_documents(paths: Iterable[str], *, stdin: TextIO | None = None) -> Iterator[Item]:
    """Every article in ``paths`` (files, directories, glob patterns, ``-`` for stdin)."""
    for source in expand(paths):
        if source.problem:
            yield Rejection(source.path, source.problem)
        elif source.is_stdin:
            yield from read_stdin(stdin if stdin is not None else sys.stdin)
        else:
            yield from read_file(source)


def format_for(path: str) -> str | None:
    return FORMATS.get(os.path.splitext(path)[1].lower())


def read_file(source: Source) -> Iterator[Item]:
    path = source.path
    fmt = format_for(path)
    if fmt is None:
        ext = os.path.splitext(path)[1] or "(none)"
        known = ", ".join(sorted(FORMATS))
        yield Rejection(path, f"unknown file extension {ext}; expected one of {known}")
        return
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES and fmt != "jsonl":
            yield Rejection(
                path, f"file is {size // 2**20} MB, over the {MAX_FILE_BYTES // 2**20} MB limit"
            )
            return
        with open(path, "rb") as handle:
            if fmt == "jsonl":
                yield from read_jsonl_lines(handle, path)
                return
            data = handle.read()
    except OSError as exc:
        yield Rejection(path, f"cannot read file: {exc.strerror or exc}")
        return
    decoded = decode_bytes(data)
    if decoded.text is None:
        yield Rejection(path, decoded.error or "cannot decode")
        return
    yield from parse_text(decoded.text, path, fmt)


def read_stdin(stream: TextIO) -> Iterator[Item]:
    """Standard input, its format sniffed: ``<`` HTML, ``[`` JSON, ``{`` JSON or JSON Lines.

    The byte stream is read when there is one, so piped cp1252 text is detected like a file.
    """
    buffer = getattr(stream, "buffer", None)
    try:
        data = buffer.read() if buffer is not None else stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        yield Rejection(STDIN_NAME, f"cannot read standard input: {exc}")
        return
    if isinstance(data, bytes):
        decoded = decode_bytes(data)
        if decoded.text is None:
            yield Rejection(STDIN_NAME, decoded.error or "cannot decode")
            return
        data = decoded.text
    text = data.removeprefix("\ufeff")
    yield from parse_text(text, STDIN_NAME, sniff_format(text))


def sniff_format(text: str) -> str:
    head = text.lstrip()[:1]
    if head == "<":
        return "html"
    if head == "[":
        return "json"
    if head == "{":
        try:
            json.loads(text)
        except ValueError:
            return "jsonl"
        return "json"
    return "txt"


def parse_text(text: str, path: str, fmt: str) -> Iterator[Item]:
    """Documents in an already decoded text of format ``fmt``."""
    if fmt == "txt":
        yield _plain(text, path)
    elif fmt == "html":
        yield _html(text, path)
    elif fmt == "json":
        yield from _json_document(text, path)
    else:
        for lineno, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield _json_line(line, f"{path}:{lineno}")


def _plain(text: str, path: str) -> Item:
    if "\x00" in text:
        return Rejection(path, "binary data (NUL characters), not text")
    if not text.strip():
        return Rejection(path, "empty: no text")
    return RawDocument(path=path, text=text, fmt="txt")


def _html(text: str, path: str) -> Item:
    try:
        extract = extract_html(text)
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup
        log.debug("HTML extraction failed for %s", path, exc_info=True)
        return Rejection(path, f"cannot extract text from HTML: {exc or type(exc).__name__}")
    if extract is None:
        return Rejection(path, "no main text found in the HTML page")
    return RawDocument(
        path=path,
        text=extract.text,
        fmt="html",
        title=extract.title,
        url=extract.url,
        published=extract.published,
        outlet=extract.sitename,
        byline=extract.author,
    )


def read_jsonl_lines(handle: BinaryIO, path: str) -> Iterator[Item]:
    """Stream a JSON Lines file; a line that is not UTF-8 or not JSON is rejected alone."""
    for lineno, raw in enumerate(handle, start=1):
        item_path = f"{path}:{lineno}"
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Rejection(
                item_path, f"line is not UTF-8 (byte {exc.start}); JSON Lines must be UTF-8"
            )
            continue
        yield _json_line(line, item_path)


def _json_line(line: str, item_path: str) -> Item:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Rejection(item_path, f"invalid JSON: {exc}")
    return document_from_object(obj, item_path, "jsonl")


def _json_document(text: str, path: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield Rejection(path, f"invalid JSON: {exc}")
        return
    if isinstance(data, list):
        if not data:
            yield Rejection(path, "empty JSON array: no articles")
        for index, obj in enumerate(data):
            yield document_from_object(obj, f"{path}[{index}]", "json")
    else:
        yield document_from_object(data, path, "json")


def document_from_object(obj: Any, item_path: str, fmt: str) -> Item:
    """A ``RawDocument`` from one JSON object: ``text`` required, the rest optional."""
    if not isinstance(obj, dict):
        return Rejection(item_path, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if text is None:
        return Rejection(item_path, "missing required field 'text'")
    if not isinstance(text, str):
        return Rejection(item_path, f"field 'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        return Rejection(item_path, "empty: field 'text' has no text")
    if "\x00" in text:
        return Rejection(item_path, "field 'text' contains NUL characters")
    fields: dict[str, str] = {}
    for key, attr in _OPTIONAL_FIELDS.items():
        value = obj.get(key)
        if value is None or attr in fields:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return Rejection(
                item_path, f"field {key!r} must be a string, got {type(value).__name__}"
            )
        if str(value).strip():
            fields[attr] = str(value).strip()
    return RawDocument(path=item_path, text=text, fmt=fmt, **fields)
