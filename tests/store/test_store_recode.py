"""Re-coding support in the store: finding stale articles, rebuilding them, replacing a coding."""

from __future__ import annotations

import pytest
from store_factories import make_article, make_event, one_sentence

from communique.errors import StoreError
from communique.store import Store
from communique.store.read import to_records


def test_stored_articles_come_back_as_the_records_that_were_written(store: Store) -> None:
    a, b = make_article(), make_article("Tokyo thanked Seoul.", path="in/b.txt")
    store.write_batch([(a, one_sentence(a), []), (b, one_sentence(b), [])], coder="x.v1")
    assert store.load_articles([b.article_id, "missing", a.article_id]) == [b, a]


def test_stale_articles_are_those_coded_by_another_version(store: Store) -> None:
    a, b = make_article(), make_article("Tokyo thanked Seoul.")
    store.write_batch([(a, one_sentence(a), [])], coder="x.v1")
    store.write_batch([(b, one_sentence(b), [])], coder="x.v2")
    assert store.stale_article_ids("x.v2") == [a.article_id]
    assert set(store.stale_article_ids(None)) == {a.article_id, b.article_id}


def test_recode_replaces_sentences_events_and_the_recorded_coder(store: Store) -> None:
    art = make_article("Seoul protested. Pyongyang replied.")
    store.write_batch([(art, one_sentence(art), [make_event(art, 0)])], coder="x.v1")
    sentences = [(0, 0, 16, "Seoul protested."), (1, 17, 35, "Pyongyang replied.")]
    new = [make_event(art, 1, cameo="042", cameo_root="04", sentence_index=1)]
    store.recode_article(art.article_id, sentences, new, parser="p2", coder="x.v2")
    assert [r["cameo"] for r in to_records(store.events())] == ["042"]
    assert [s["text"] for s in store.sentences(art.article_id)] == [s[3] for s in sentences]
    got = store.article(art.article_id)
    assert got is not None and (got["parser"], got["coder"]) == ("p2", "x.v2")
    assert store.stale_article_ids("x.v2") == []


def test_a_failed_recode_keeps_the_old_coding(store: Store) -> None:
    art, other = make_article(), make_article("Other text.")
    old = make_event(art, 0)
    store.write_batch([(art, one_sentence(art), [old])], coder="x.v1")
    with pytest.raises(StoreError, match="not re-coded"):
        store.recode_article(art.article_id, one_sentence(art), [make_event(other)],
                             parser="p", coder="x.v2")  # fmt: skip
    assert [r["event_id"] for r in to_records(store.events())] == [old.event_id]
    assert store.stale_article_ids("x.v2") == [art.article_id]
    with pytest.raises(StoreError, match="not in the store"):
        store.recode_article(other.article_id, [], [], parser="p", coder="x.v2")
