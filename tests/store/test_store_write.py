from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from store_factories import make_article, make_event, one_sentence

from communique.errors import StoreError
from communique.store import EventFilter, Store, to_records
from communique.types import CleaningAction, ParsedSentence, Token


def table_counts(store: Store) -> dict[str, int]:
    s = store.summary()
    return {k: s[k] for k in ("n_articles", "n_paths", "n_sentences", "n_events")}


def test_write_then_read_back(store: Store) -> None:
    art = make_article()
    result = store.write_batch(
        [(art, one_sentence(art), [make_event(art)])], parser="p1", coder="c1"
    )
    assert result.stored == [art.article_id]
    assert result.known == [] and result.failed == []
    got = store.article(art.article_id)
    assert got is not None
    assert got["text"] == art.text and got["raw_text"] == art.raw_text
    assert got["published"] == date(2024, 3, 5)
    assert got["parser"] == "p1" and got["coder"] == "c1"
    assert got["cleaning"] == [
        {"step": "share_widget", "reason": "social sharing buttons", "removed": "SHARE THIS"},
        {"step": "whitespace", "reason": "collapsed runs of spaces", "removed": ""},
    ]
    assert got["n_removed"] == 1
    assert got["warnings"] == ["no byline found"]
    assert got["paths"] == ["in/a.txt"]
    assert got["n_sentences"] == 1 and got["n_events"] == 1
    assert store.sentences(art.article_id) == [
        {"sentence_index": 0, "start": 0, "end": len(art.text), "text": art.text}
    ]


def test_parsed_sentences_are_reduced_to_offsets_and_text(store: Store) -> None:
    art = make_article("Tokyo and Seoul met. They talked.")
    tok = Token(0, "Tokyo", "Tokyo", "PROPN", "NNP", "nsubj", 2, 0, 5)
    sents = [
        ParsedSentence(0, 0, 20, "Tokyo and Seoul met.", (tok,)),
        ParsedSentence(1, 21, 33, "They talked.", ()),
    ]
    store.write_batch([(art, sents, [])])
    rows = store.sentences(art.article_id[:8])
    assert [(r["sentence_index"], r["start"], r["end"], r["text"]) for r in rows] == [
        (0, 0, 20, "Tokyo and Seoul met."),
        (1, 21, 33, "They talked."),
    ]


def test_reingesting_from_another_path_only_adds_the_path(store: Store) -> None:
    art = make_article()
    store.write_batch([(art, one_sentence(art), [make_event(art)])], coder="c1")
    before_row = store.article(art.article_id)
    before_counts = table_counts(store)
    before_events = to_records(store.events())

    again = replace(art, path="mirror/a.html", fmt="html", title="Another title")
    result = store.write_batch(
        [(again, one_sentence(again), [make_event(again, 0, cameo="042")])], coder="c2"
    )
    assert result.stored == [] and result.known == [art.article_id]

    after_row = store.article(art.article_id)
    assert after_row is not None and before_row is not None
    assert after_row.pop("paths") == ["in/a.txt", "mirror/a.html"]
    before_row.pop("paths")
    assert after_row == before_row
    assert table_counts(store) == {**before_counts, "n_paths": before_counts["n_paths"] + 1}
    assert to_records(store.events()) == before_events


def test_reingesting_the_same_path_changes_nothing(store: Store) -> None:
    art = make_article()
    store.write_batch([(art, one_sentence(art), [make_event(art)])])
    before = table_counts(store)
    result = store.write_batch([(art, one_sentence(art), [make_event(art)])])
    assert result.known == [art.article_id]
    assert table_counts(store) == before


def test_same_article_twice_in_one_batch(store: Store) -> None:
    art = make_article()
    copy = replace(art, path="in/copy.txt")
    result = store.write_batch(
        [(art, one_sentence(art), [make_event(art)]), (copy, one_sentence(copy), [])]
    )
    assert result.stored == [art.article_id] and result.known == [art.article_id]
    got = store.article(art.article_id)
    assert got is not None and got["paths"] == ["in/a.txt", "in/copy.txt"]
    assert table_counts(store)["n_events"] == 1


def test_one_bad_article_does_not_stop_the_batch(store: Store) -> None:
    good1 = make_article("First story.", path="in/1.txt")
    bad = make_article("Second story.", path="in/2.txt")
    good2 = make_article("Third story.", path="in/3.txt")
    items = [
        (good1, one_sentence(good1), [make_event(good1)]),
        (bad, one_sentence(bad), [make_event(bad, 0), make_event(bad, 1, quad_class=9)]),
        (good2, one_sentence(good2), [make_event(good2)]),
    ]
    result = store.write_batch(items)
    assert result.stored == [good1.article_id, good2.article_id]
    assert [(f.article_id, f.path) for f in result.failed] == [(bad.article_id, "in/2.txt")]
    assert "quad_class" in result.failed[0].reason
    # nothing of the bad article was written, not even its valid event or its sentences
    assert store.article(bad.article_id) is None
    assert store.sentences(bad.article_id) == []
    assert store.events(EventFilter(article_id=bad.article_id)).num_rows == 0
    assert table_counts(store) == {"n_articles": 2, "n_paths": 2, "n_sentences": 2, "n_events": 2}
    # the corrected article can be stored afterwards
    fixed = store.write_batch([(bad, one_sentence(bad), [make_event(bad, 0)])])
    assert fixed.stored == [bad.article_id]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"goldstein": 42.0}, "goldstein"),
        ({"modality": "maybe"}, "modality"),
        ({"date_basis": "guess"}, "date_basis"),
        ({"evidence_start": 10, "evidence_end": 2}, "evidence_end"),
        ({"quad_class": "three"}, "three"),
    ],
)
def test_impossible_event_values_are_reported(
    store: Store, change: dict[str, object], reason: str
) -> None:
    art = make_article()
    result = store.write_batch([(art, one_sentence(art), [make_event(art, **change)])])
    assert result.stored == []
    assert len(result.failed) == 1 and reason in result.failed[0].reason
    assert table_counts(store)["n_articles"] == 0


def test_event_of_another_article_is_rejected_before_writing(store: Store) -> None:
    a, b = make_article("Story A."), make_article("Story B.", path="in/b.txt")
    result = store.write_batch(
        [(a, one_sentence(a), [make_event(b)]), (b, one_sentence(b), [make_event(b)])]
    )
    assert result.stored == [b.article_id]
    assert result.failed[0].article_id == a.article_id
    assert "belongs to article" in result.failed[0].reason


def test_malformed_sentence_tuple_is_reported(store: Store) -> None:
    art = make_article()
    result = store.write_batch([(art, [(0, 0, "no text")], [])])  # type: ignore[list-item]
    assert result.failed and "expected (index, start, end, text)" in result.failed[0].reason


def test_duplicate_event_id_fails_only_the_later_article(store: Store) -> None:
    a, b = make_article("Story A."), make_article("Story B.", path="in/b.txt")
    clash = make_event(b, event_id=make_event(a).event_id)
    result = store.write_batch(
        [(a, one_sentence(a), [make_event(a)]), (b, one_sentence(b), [clash])]
    )
    assert result.stored == [a.article_id]
    assert [f.article_id for f in result.failed] == [b.article_id]


def test_replace_events(store: Store) -> None:
    art = make_article()
    store.write_batch([(art, one_sentence(art), [make_event(art, 0), make_event(art, 1)])])
    new = [make_event(art, 0, cameo="042", cameo_root="04", coder="c2")]
    assert store.replace_events(art.article_id, new, coder="c2") == 1
    rows = to_records(store.events())
    assert [(r["event_id"], r["cameo"]) for r in rows] == [(new[0].event_id, "042")]
    got = store.article(art.article_id)
    assert got is not None and got["coder"] == "c2"


def test_replace_events_failure_keeps_the_old_events(store: Store) -> None:
    art = make_article()
    old = make_event(art, 0)
    store.write_batch([(art, one_sentence(art), [old])])
    with pytest.raises(StoreError, match="not replaced"):
        store.replace_events(art.article_id, [make_event(art, 0, quad_class=0)])
    assert [r["event_id"] for r in to_records(store.events())] == [old.event_id]


def test_replace_events_checks_the_article(store: Store) -> None:
    art = make_article()
    with pytest.raises(StoreError, match="not in the store"):
        store.replace_events(art.article_id, [])
    store.write_batch([(art, one_sentence(art), [])])
    other = make_article("Other.")
    with pytest.raises(StoreError, match="belongs to article"):
        store.replace_events(art.article_id, [make_event(other)])


def test_article_lookup_by_prefix(store: Store) -> None:
    a1 = make_article("One.", article_id="abc111")
    a2 = make_article("Two.", article_id="abc222", path="in/b.txt")
    store.write_batch([(a1, [], []), (a2, [], [])])
    got = store.article("abc1")
    assert got is not None and got["article_id"] == "abc111"
    assert store.article("zzz") is None
    assert store.article("") is None
    with pytest.raises(StoreError, match="ambiguous"):
        store.article("abc")


def test_article_listing(store: Store) -> None:
    a = make_article("One.", path="in/1.txt")
    b = make_article("Two.", path="in/2.txt", published=None, cleaning=())
    store.write_batch([(a, one_sentence(a), [make_event(a)]), (b, [], [])])
    store.write_batch([(replace(a, path="in/1-copy.txt"), [], [])])
    rows = store.articles()
    assert [r["article_id"] for r in rows] == [a.article_id, b.article_id]
    first = rows[0]
    assert first["article_path"] == "in/1.txt"
    assert (first["n_paths"], first["n_sentences"], first["n_events"]) == (2, 1, 1)
    assert rows[1]["published"] is None and rows[1]["n_removed"] == 0
    assert len(store.articles(limit=1)) == 1


def test_articles_survive_reopening(db_path: Path) -> None:
    art = make_article(cleaning=(CleaningAction("paywall", "subscribe banner", "Subscribe"),))
    with Store(db_path) as s:
        s.write_batch([(art, one_sentence(art), [make_event(art)])])
    with Store(db_path, read_only=True) as s:
        got = s.article(art.article_id)
        assert got is not None and got["cleaning"][0]["step"] == "paywall"
        assert s.events().num_rows == 1


def test_a_second_writing_process_gets_a_store_error(db_path: Path) -> None:
    Store(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match="cannot open store"):
            Store(db_path)
    finally:
        holder.communicate("", timeout=30)


_HOLD_LOCK = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
sys.stdin.read()
"""


def test_known_article_checks_and_add_path(store: Store) -> None:
    art = make_article()
    other = make_article("Never stored.")
    assert not store.has_article(art.article_id)
    store.write_batch([(art, one_sentence(art), [make_event(art)])])
    assert store.has_article(art.article_id)
    assert not store.has_article(art.article_id[:6])  # exact ids only, no prefix
    assert store.known_ids([art.article_id, other.article_id]) == {art.article_id}
    assert store.known_ids([]) == set()

    before = table_counts(store)
    assert store.add_path(art.article_id, "elsewhere/a.json:3") is True
    assert store.add_path(art.article_id, "elsewhere/a.json:3") is False
    got = store.article(art.article_id)
    assert got is not None and got["paths"] == ["in/a.txt", "elsewhere/a.json:3"]
    assert table_counts(store) == {**before, "n_paths": before["n_paths"] + 1}
    with pytest.raises(StoreError, match="not in the store"):
        store.add_path(other.article_id, "x.txt")
