"""Property test: whatever an Article / EventMention holds comes back from the store unchanged."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_factories import article_id_for

from communique.store import Store, to_records
from communique.types import Article, CleaningAction, EventMention

texts = st.text(min_size=1, max_size=200)
maybe_text = st.none() | st.text(max_size=40)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))

articles = st.builds(
    Article,
    article_id=st.just(""),  # replaced by the hash of the text below
    path=st.text(min_size=1, max_size=60),
    fmt=st.sampled_from(["txt", "html", "jsonl", "json"]),
    raw_text=texts,
    text=texts,
    title=maybe_text,
    outlet=maybe_text,
    published=st.none() | dates,
    published_time=st.none() | st.from_regex(r"\A[0-2][0-9]:[0-5][0-9]\Z"),
    published_basis=st.none() | st.sampled_from(["header", "dateline", "html-meta", "json"]),
    byline=maybe_text,
    dateline=maybe_text,
    url=maybe_text,
    doc_id=maybe_text,
    cleaning=st.lists(
        st.builds(CleaningAction, step=st.text(min_size=1, max_size=20), reason=texts,
                  removed=st.text(max_size=50)),
        max_size=5,
    ).map(tuple),
    warnings=st.lists(st.text(max_size=30), max_size=3).map(tuple),
)  # fmt: skip


def events_for(article: Article) -> st.SearchStrategy[list[EventMention]]:
    one = st.builds(
        EventMention,
        event_id=st.uuids().map(str),
        article_id=st.just(article.article_id),
        article_path=st.just(article.path),
        outlet=st.just(article.outlet),
        published=st.just(article.published),
        date=st.none() | dates,
        date_precision=st.none() | st.sampled_from(["day", "week", "month", "year"]),
        date_basis=st.sampled_from(["explicit", "relative", "publication", "none"]),
        source_code=maybe_text,
        source_country=maybe_text,
        source_sector=maybe_text,
        source_name=maybe_text,
        target_code=maybe_text,
        target_country=maybe_text,
        target_sector=maybe_text,
        target_name=maybe_text,
        cameo=st.from_regex(r"\A[0-2][0-9]{1,3}\Z"),
        cameo_root=st.from_regex(r"\A[0-2][0-9]\Z"),
        cameo_name=st.text(max_size=40),
        plover=maybe_text,
        plover_mode=maybe_text,
        goldstein=st.floats(min_value=-10, max_value=10, allow_nan=False),
        quad_class=st.integers(1, 4),
        sentence=texts,
        evidence_start=st.integers(0, 1000),
        evidence_end=st.integers(1000, 2000),
        modality=st.sampled_from(
            ["asserted", "negated", "hypothetical", "future", "wish", "appeal", "reported"]
        ),
        coder=st.text(max_size=20),
        cluster_id=maybe_text,
        sentence_index=st.integers(0, 500),
        plover_score=st.none() | st.floats(0, 1),
        date_text=st.text(max_size=20),
        symmetric=st.booleans(),
    )
    return st.lists(one, max_size=4, unique_by=lambda e: e.event_id)


@st.composite
def stories(draw: st.DrawFn) -> tuple[Article, list[EventMention]]:
    article = draw(articles)
    article = dataclasses.replace(article, article_id=article_id_for(article.text))
    return article, draw(events_for(article))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_article_and_events_round_trip(story: tuple[Article, list[EventMention]]) -> None:
    article, events = story
    with Store(":memory:") as store:
        result = store.write_batch([(article, [(0, 0, len(article.text), article.text)], events)])
        assert result.failed == [] and result.stored == [article.article_id]
        got = store.article(article.article_id)
        assert got is not None
        cleaning = tuple(CleaningAction(**a) for a in got["cleaning"])
        back = Article(
            **{f.name: got[f.name] for f in dataclasses.fields(Article) if f.name != "cleaning"}
            | {"cleaning": cleaning, "warnings": tuple(got["warnings"])}
        )
        assert back == article
        assert got["n_removed"] == article.n_removed
        stored = sorted((EventMention(**row) for row in to_records(store.events())),
                        key=lambda e: e.event_id)  # fmt: skip
        assert stored == sorted(events, key=lambda e: e.event_id)
