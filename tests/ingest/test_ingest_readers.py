"""Readers: formats, encodings, folders, globs, stdin, and bad items that do not stop a batch."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from ingest_helpers import BODY1, BODY2, FIXTURES

from communique.ingest import build_article, iter_documents, load_articles
from communique.types import Article, RawDocument, Rejection

CP1252_TEXT = (
    "Pyongyang\u2019s envoy called the talks in Beijing \u201cfrank\u201d \u2014 and praised "
    "the Chinese caf\u00e9 owners of Dandong, the Korean Central News Agency said on Tuesday."
)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def docs(items: list[RawDocument | Rejection]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def rejections(items: list[RawDocument | Rejection]) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


def test_txt_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"{BODY1}\n\n{BODY2}\n")
    [doc] = list(iter_documents([str(path)]))
    assert isinstance(doc, RawDocument)
    assert doc.fmt == "txt" and doc.path == str(path)
    assert doc.text == f"{BODY1}\n\n{BODY2}\n"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + BODY1.encode("utf-8"))
    [doc] = list(iter_documents([str(path)]))
    assert doc.text == BODY1


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "u16.txt", BODY1.encode("utf-16"))
    [doc] = list(iter_documents([str(path)]))
    assert doc.text == BODY1


def test_cp1252_file_is_detected(tmp_path: Path) -> None:
    path = write(tmp_path / "legacy.txt", CP1252_TEXT.encode("cp1252"))
    [doc] = list(iter_documents([str(path)]))
    assert isinstance(doc, RawDocument)
    assert doc.text == CP1252_TEXT
    article = build_article(doc)
    assert "Pyongyang's envoy" in article.text and "café" in article.text


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [rej] = list(iter_documents([str(path)]))
    assert isinstance(rej, Rejection)
    assert rej.path == str(path) and "binary" in rej.reason


def test_undetectable_encoding_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "noise.txt", bytes(range(128, 256)) * 4)
    [rej] = list(iter_documents([str(path)]))
    assert isinstance(rej, Rejection)
    assert rej.reason == "not UTF-8 and encoding could not be detected"


@pytest.mark.parametrize("content", ["", "   \n\t\n"])
def test_empty_file_is_rejected(tmp_path: Path, content: str) -> None:
    path = write(tmp_path / "empty.txt", content)
    [rej] = list(iter_documents([str(path)]))
    assert isinstance(rej, Rejection) and "empty" in rej.reason


def test_unknown_extension_is_rejected_by_name(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.docx", "whatever")
    [rej] = list(iter_documents([str(path)]))
    assert isinstance(rej, Rejection)
    assert rej.path == str(path) and ".docx" in rej.reason


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    items = list(iter_documents([str(tmp_path / "nope.txt"), str(tmp_path / "*.jsonl")]))
    assert [type(i) for i in items] == [Rejection, Rejection]
    assert "no such file" in items[0].reason and "no files match" in items[1].reason


def test_jsonl_bad_line_is_rejected_and_others_kept() -> None:
    path = str(FIXTURES / "articles.jsonl")
    items = list(iter_documents([path]))
    good, bad = docs(items), rejections(items)
    assert [d.doc_id for d in good] == ["a1", "a3"]
    assert [d.path for d in good] == [f"{path}:1", f"{path}:3"]
    assert good[0].title == "Xi, Kim exchange New Year greetings"
    assert good[0].published == "2020-01-01" and good[0].outlet == "Xinhua"
    assert good[1].url == "https://www.globaltimes.cn/page/202003/1182301.shtml"
    assert {r.path: r.reason.split(":")[0] for r in bad} == {
        f"{path}:2": "invalid JSON",
        f"{path}:5": "missing required field 'text'",
        f"{path}:6": "empty",
    }


def test_jsonl_line_not_utf8_is_rejected_alone(tmp_path: Path) -> None:
    good = json.dumps({"text": BODY1}).encode("utf-8")
    bad = json.dumps({"text": "caf\u00e9"}, ensure_ascii=False).encode("cp1252")
    path = write(tmp_path / "mixed.jsonl", good + b"\n" + bad + b"\n" + good + b"\n")
    items = list(iter_documents([str(path)]))
    assert [type(i) for i in items] == [RawDocument, Rejection, RawDocument]
    assert items[1].path == f"{path}:2" and "UTF-8" in items[1].reason


def test_json_object_and_array(tmp_path: Path) -> None:
    one = write(tmp_path / "one.json", json.dumps({"id": 7, "text": BODY1}))
    many = write(
        tmp_path / "many.json",
        json.dumps([{"text": BODY1}, {"title": "no text"}, {"text": BODY2, "title": ["x"]}, 3]),
    )
    items = list(iter_documents([str(one), str(many)]))
    assert isinstance(items[0], RawDocument) and items[0].doc_id == "7"
    assert items[0].path == str(one) and items[0].fmt == "json"
    assert isinstance(items[1], RawDocument) and items[1].path == f"{many}[0]"
    assert [(r.path, r.reason) for r in rejections(items[2:])] == [
        (f"{many}[1]", "missing required field 'text'"),
        (f"{many}[2]", "field 'title' must be a string, got list"),
        (f"{many}[3]", "expected a JSON object, got int"),
    ]


def test_malformed_json_file(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.json", '{"text": "unterminated')
    [rej] = list(iter_documents([str(path)]))
    assert isinstance(rej, Rejection) and rej.reason.startswith("invalid JSON")


def test_directory_is_walked_sorted_and_bad_files_reported(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", BODY2)
    write(root / "a.txt", BODY1)
    write(root / "sub" / "c.jsonl", json.dumps({"text": BODY1}) + "\n")
    write(root / "sub" / "readme.md", "# notes")
    write(root / "bad.txt", b"\x00\x01\x02binary")
    write(root / ".hidden.txt", BODY1)
    write(root / ".git" / "x.txt", BODY1)
    items = list(iter_documents([str(root)]))
    paths = [i.path for i in items]
    assert paths == [
        str(root / "a.txt"),
        str(root / "b.txt"),
        str(root / "bad.txt"),
        f"{root / 'sub' / 'c.jsonl'}:1",
        str(root / "sub" / "readme.md"),
    ]
    bad = {r.path: r.reason for r in rejections(items)}
    assert "binary" in bad[str(root / "bad.txt")]
    assert "unknown file extension .md" in bad[str(root / "sub" / "readme.md")]
    assert len(docs(items)) == 3


def test_glob_patterns_with_double_star(tmp_path: Path) -> None:
    write(tmp_path / "x" / "one.txt", BODY1)
    write(tmp_path / "x" / "y" / "two.txt", BODY2)
    write(tmp_path / "x" / "y" / "skip.json", json.dumps({"text": BODY1}))
    items = list(iter_documents([str(tmp_path / "x" / "**" / "*.txt")]))
    assert [i.path for i in items] == [
        str(tmp_path / "x" / "one.txt"),
        str(tmp_path / "x/y/two.txt"),
    ]


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY1)
    assert len(list(iter_documents([str(path), str(tmp_path / "*.txt"), str(tmp_path)]))) == 1


@pytest.mark.parametrize(
    ("stdin_text", "fmt", "n"),
    [
        (f"{BODY1}\n\n{BODY2}", "txt", 1),
        (json.dumps({"text": BODY1}), "json", 1),
        (json.dumps([{"text": BODY1}, {"text": BODY2}]), "json", 2),
        (json.dumps({"text": BODY1}) + "\n" + json.dumps({"text": BODY2}) + "\n", "jsonl", 2),
        ((FIXTURES / "article.html").read_text(encoding="utf-8"), "html", 1),
    ],
)
def test_stdin_format_is_sniffed(stdin_text: str, fmt: str, n: int) -> None:
    items = list(iter_documents(["-"], stdin=io.StringIO(stdin_text)))
    assert len(items) == n
    assert all(isinstance(i, RawDocument) and i.fmt == fmt for i in items)
    assert items[0].path.startswith("<stdin>")


def test_stdin_bytes_in_cp1252() -> None:
    stream = io.TextIOWrapper(io.BytesIO(CP1252_TEXT.encode("cp1252")), encoding="utf-8")
    [doc] = list(iter_documents(["-"], stdin=stream))
    assert isinstance(doc, RawDocument) and doc.text == CP1252_TEXT


def test_same_article_from_txt_and_jsonl_gets_the_same_id(tmp_path: Path) -> None:
    text = f"{BODY1}\n\n{BODY2}\n"
    txt = write(tmp_path / "story.txt", text.replace("\n", "\r\n"))
    jsonl = write(tmp_path / "story.jsonl", json.dumps({"text": text}) + "\n")
    a, b = list(load_articles([str(txt), str(jsonl)]))
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.article_id == b.article_id
    assert a.path != b.path


def test_load_articles_overrides_and_boilerplate_only_rejection(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", f"Nov. 2, 2019 - 17:40\n{BODY1}")
    junk = write(tmp_path / "b.txt", "Share\nPrint\nSubscribe to read the remaining 300 words.")
    items = list(load_articles([str(good), str(junk)], published=date(2020, 1, 1), outlet="X"))
    article, rejection = items
    assert isinstance(article, Article)
    assert (article.published, article.published_basis, article.outlet) == (
        date(2020, 1, 1),
        "override",
        "X",
    )
    assert isinstance(rejection, Rejection) and rejection.path == str(junk)
    assert "only boilerplate" in rejection.reason


def test_a_page_reduced_to_a_menu_word_is_rejected_with_the_reason(tmp_path: Path) -> None:
    page = write(
        tmp_path / "menu.html",
        "<html><head><title>Home</title></head><body><nav>Home</nav></body></html>",
    )
    good = write(tmp_path / "good.txt", BODY1)
    items = list(load_articles([str(page), str(good)]))
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert [r.path for r in rejections] == [str(page)]
    assert "no article text" in rejections[0].reason or "nothing left" in rejections[0].reason
    assert sum(isinstance(i, Article) for i in items) == 1
