"""HTML via trafilatura: main text without navigation, metadata from <meta> tags."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from ingest_helpers import FIXTURES, paragraphs

from communique.ingest import build_article, iter_documents, load_articles
from communique.ingest.html import meta_published
from communique.types import Article, RawDocument, Rejection


def test_html_fixture_text_and_metadata() -> None:
    [doc] = list(iter_documents([str(FIXTURES / "article.html")]))
    assert isinstance(doc, RawDocument) and doc.fmt == "html"
    assert doc.title == "Beijing hosts North Korean trade delegation"
    assert doc.published == "2019-11-02T17:40:00+09:00"
    assert doc.byline == "Lee Min-ji"
    assert doc.url == "https://www.koreaherald.com/view/2019/11/02/trade-delegation"
    article = build_article(doc)
    assert article.title == "Beijing hosts North Korean trade delegation"
    assert article.published == date(2019, 11, 2)
    assert article.published_time == "17:40"
    assert article.published_basis == "html-meta"
    assert article.outlet == "Korea Herald"
    assert article.dateline == "BEIJING"
    assert article.byline == "Lee Min-ji"
    body = paragraphs(article)
    assert body[0].startswith("A North Korean trade delegation arrived in Beijing on Saturday")
    assert body[-1].startswith("Neither side gave a date")
    assert len(body) == 4
    for junk in ("Home", "Share", "Copyright", "Beijing hosts North Korean trade delegation"):
        assert junk not in article.text


def test_html_with_uppercase_extension_in_folder(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "article.html", tmp_path / "PAGE.HTM")
    [article] = list(load_articles([str(tmp_path)]))
    assert isinstance(article, Article) and article.fmt == "html"


def test_html_without_main_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>x</title></head><body><script>var x = 1;</script></body></html>"
    )
    [rej] = list(iter_documents([str(path)]))
    assert isinstance(rej, Rejection) and "no main text" in rej.reason


def test_meta_published_sources() -> None:
    assert meta_published('<meta name="pubdate" content="2020-03-09">') == "2020-03-09"
    ld = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2021-07-11T14:03:00+09:00"}]}</script><p>x</p>'
    )
    assert meta_published(ld) == "2021-07-11T14:03:00+09:00"
    assert meta_published('<time itemprop="datePublished" datetime="2019-11-02">x</time>') == (
        "2019-11-02"
    )
    assert meta_published("<p>March 9, 2020</p>") is None
