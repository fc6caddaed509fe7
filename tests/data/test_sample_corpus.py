"""The bundled sample corpus and its article-level gold file agree with each other.

The sample articles are test fixtures for every stage (ingest cleaning, dates, actors, coding,
cross-outlet merging) and the gold file is what ``communique eval`` scores against, so a
careless edit to either must fail here, fast and without spaCy: a gold ``text`` that no longer
equals its file, an article without gold, a malformed code, or a corpus that has lost one of
the real-world messes the pipeline is supposed to survive.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

import communique

DATA = Path(communique.__file__).parent / "data"
SAMPLE = DATA / "sample"
GOLD = DATA / "gold" / "sample.gold.jsonl"
ARTICLE_SUFFIXES = {".txt", ".html", ".jsonl"}

RECORD_KEYS = {"id", "path", "fmt", "outlet", "text", "published", "events"}
EVENT_KEYS = {"source", "target", "roots", "codes", "date", "window", "must", "happening", "note"}
OPTIONAL_EVENT_KEYS = {"symmetric", "modality"}
NOT_DONE = {"negated", "hypothetical", "future"}
MODALITIES = NOT_DONE | {"asserted", "reported", "appeal", "wish"}
ACTOR = re.compile(r"^[A-Z]{3}$")
ROOT = re.compile(r"^(0[1-9]|1[0-9]|20)$")
CODE = re.compile(r"^\d{3,4}$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
MONTH_NUMBER = {m[:3]: i for i, m in enumerate(MONTHS.split("|"), start=1)}

# The five header forms the ingest stage must read (see the sample README).
HEADER_FORMS: dict[str, re.Pattern[str]] = {
    "space-date": re.compile(r"^ date (\d{4})-(\d{2})-(\d{2})$", re.M),
    "time-first": re.compile(rf"^\d{{1,2}}:\d{{2}} ({MONTHS}) (\d{{1,2}}), (\d{{4}})$", re.M),
    "published": re.compile(
        rf"^Published : ({MONTHS}) (\d{{1,2}}), (\d{{4}}) - \d{{2}}:\d{{2}}$", re.M
    ),
    "abbreviated": re.compile(
        rf"^({MONTH_ABBR})\. (\d{{1,2}}), (\d{{4}}) - \d{{2}}:\d{{2}}$", re.M
    ),
    "dateline": re.compile(
        rf"^[A-Z][A-Z .]+(?:, [A-Za-z .]+)?, ({MONTHS}|(?:{MONTH_ABBR})\.?) (\d{{1,2}}) "
        r"\((?:Kyodo|Yonhap|Xinhua|Reuters)\) --? ",
        re.M,
    ),
}
DATE_WORDS = re.compile(
    rf"\b(?:{MONTHS})\b|\b(?:{MONTH_ABBR})\.\s*\d|\b(?:19|20)\d{{2}}\b|\d{{4}}-\d{{2}}-\d{{2}}"
)


# --------------------------------------------------------------------------- loading


def _gold_records() -> list[dict[str, Any]]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


RECORDS = _gold_records()
BY_ID = {r["id"]: r for r in RECORDS}


def _events() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(r, e) for r in RECORDS for e in r["events"]]


def _source_text(record: dict[str, Any]) -> str:
    """What the gold record claims to hold: the whole file, or one JSON Lines field."""
    path = SAMPLE / record["path"]
    if record["fmt"] != "jsonl":
        return path.read_bytes().decode("utf-8")
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == record["id"]:
            return item["text"]
    raise AssertionError(f"{record['id']}: no such id in {record['path']}")


def _plain_text(record: dict[str, Any]) -> str:
    """The readable article body (HTML: the ``<article>`` element without tags)."""
    text = record["text"]
    if record["fmt"] == "html":
        body = re.search(r"<article>(.*)</article>", text, re.S)
        assert body, f"{record['id']}: no <article> element"
        text = re.sub(r"<[^>]+>", " ", body.group(1))
    return text


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _iso(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _month(name: str) -> int:
    return MONTH_NUMBER[name.rstrip(".")[:3]]


def _header_date(text: str) -> date | None:
    """The publication date a txt header line states (not the dateline), if any."""
    if m := HEADER_FORMS["space-date"].search(text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    for form in ("time-first", "published", "abbreviated"):
        if m := HEADER_FORMS[form].search(text):
            return date(int(m[3]), _month(m[1]), int(m[2]))
    return None


# --------------------------------------------------------------------------- structure


def test_gold_records_have_the_documented_fields() -> None:
    assert len(RECORDS) >= 20
    for record in RECORDS:
        missing = RECORD_KEYS - record.keys()
        assert not missing, f"{record.get('id')}: missing {missing}"
        assert record["fmt"] in {"txt", "html", "jsonl"}, record["id"]
        assert Path(record["path"]).suffix == "." + record["fmt"], record["id"]
        assert record["published"] is None or _iso(record["published"]), record["id"]
        assert isinstance(record["events"], list) and record["events"], record["id"]


def test_ids_are_unique_and_file_stems_are_ids() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for record in RECORDS:
        if record["fmt"] != "jsonl":
            assert Path(record["path"]).stem == record["id"]
            assert re.fullmatch(r"\d{2}_[a-z]+_[a-z0-9_]+", record["id"]), record["id"]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_gold_text_is_exactly_the_article(record: dict[str, Any]) -> None:
    assert record["text"] == _source_text(record)


def test_every_article_has_a_gold_record_and_vice_versa() -> None:
    articles: set[str] = set()
    for path in SAMPLE.iterdir():
        if path.suffix not in ARTICLE_SUFFIXES:
            continue
        if path.suffix == ".jsonl":
            lines = path.read_text(encoding="utf-8").splitlines()
            articles |= {json.loads(line)["id"] for line in lines if line.strip()}
        else:
            articles.add(path.stem)
    assert articles == set(BY_ID)


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_article_length_is_wire_length(record: dict[str, Any]) -> None:
    words = len(_plain_text(record).split())
    assert 120 <= words <= 350, f"{record['id']}: {words} words"


def test_jsonl_records_carry_their_metadata() -> None:
    for path in SAMPLE.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            for key in ("id", "title", "url", "published", "outlet", "text"):
                assert isinstance(item.get(key), str) and item[key], f"{path.name}: {key}"
            gold = BY_ID[item["id"]]
            assert item["published"][:10] == gold["published"]
            assert item["outlet"] == gold["outlet"]


def test_html_pages_look_like_news_pages() -> None:
    pages = [r for r in RECORDS if r["fmt"] == "html"]
    assert len(pages) >= 2
    for record in pages:
        text = record["text"]
        assert re.search(r"<title>[^<]+</title>", text)
        assert re.search(r'<meta name="author" content="[^"]+">', text)
        assert re.search(r"<article>.*<h1>.*</h1>.*<p>.*</article>", text, re.S)
        assert re.search(r"<nav|<footer", text), "no page junk around the article"
        meta = re.search(r'property="article:published_time" content="([^"]+)"', text)
        assert meta and meta[1][:10] == record["published"], record["id"]


# --------------------------------------------------------------------------- events


def test_events_are_well_formed() -> None:
    for record, event in _events():
        where = f"{record['id']}: {event.get('happening')}"
        assert EVENT_KEYS <= event.keys() <= EVENT_KEYS | OPTIONAL_EVENT_KEYS, where
        assert ACTOR.match(event["source"]), where
        assert event["target"] is None or ACTOR.match(event["target"]), where
        assert event["source"] != event["target"], where
        assert event["roots"] and all(ROOT.match(r) for r in event["roots"]), where
        assert event["codes"], where
        for code in event["codes"]:
            assert isinstance(code, str) and CODE.match(code), f"{where}: {code!r}"
            assert code[:2] in event["roots"], f"{where}: {code} outside {event['roots']}"
        assert event["date"] is None or _iso(event["date"]), where
        low, high = event["window"]
        assert isinstance(low, int) and isinstance(high, int) and low <= 0 <= high, where
        assert isinstance(event["must"], bool), where
        assert SLUG.match(event["happening"]), where
        assert isinstance(event["note"], str) and event["note"], where
        assert isinstance(event.get("symmetric", False), bool), where
        assert event.get("modality", "asserted") in MODALITIES, where


def test_required_events_are_done_acts_listed_first() -> None:
    """Negated, hypothetical and future acts are documentation only; required events come
    first because the eval matcher assigns gold events in order."""
    for record in RECORDS:
        flags = [e["must"] for e in record["events"]]
        assert any(flags), f"{record['id']}: no required event"
        assert flags == sorted(flags, reverse=True), f"{record['id']}: must events not first"
        for event in record["events"]:
            if event.get("modality") in NOT_DONE:
                assert not event["must"], f"{record['id']}: {event['happening']}"


def test_events_do_not_postdate_their_report() -> None:
    for record, event in _events():
        published, happened = _iso(record["published"]), _iso(event["date"])
        if published and happened and event.get("modality") != "future":
            assert happened <= published, f"{record['id']}: {event['happening']}"


def test_a_happening_has_one_date_across_articles() -> None:
    """Two reports of the same act (same happening and dyad) must agree on when it was."""
    dated: dict[tuple[str, str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for _, event in _events():
        if event["date"] and event.get("modality") not in NOT_DONE:
            dyad = (event["source"], event["target"])
            if event.get("symmetric"):
                dyad = tuple(sorted(dyad, key=str))
            dated[(event["happening"], *dyad)].append(event)
    for key, events in dated.items():
        for a, b in combinations(events, 2):
            a_lo = _iso(a["date"]) + timedelta(days=a["window"][0])
            a_hi = _iso(a["date"]) + timedelta(days=a["window"][1])
            b_lo = _iso(b["date"]) + timedelta(days=b["window"][0])
            b_hi = _iso(b["date"]) + timedelta(days=b["window"][1])
            assert a_lo <= b_hi and b_lo <= a_hi, f"{key}: {a['date']} vs {b['date']}"


def test_happenings_reported_by_two_outlets() -> None:
    """Merging is tested on happenings that at least two outlets report (one on another day)."""
    reports: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record, event in _events():
        if event["must"] and record not in reports[event["happening"]]:
            reports[event["happening"]].append(record)
    shared = {
        h: rs for h, rs in reports.items() if len({r["outlet"] for r in rs if r["outlet"]}) >= 2
    }
    assert len(shared) >= 4, sorted(shared)
    assert any(len({r["published"] for r in rs}) >= 2 for rs in shared.values())


def test_similar_but_distinct_happenings_exist() -> None:
    """Same dyad, same kind of act, days apart, different happenings: must not be merged."""
    pairs = []
    for (_, a), (_, b) in combinations(_events(), 2):
        if a["happening"] == b["happening"] or not (a["date"] and b["date"]):
            continue
        if not (a["must"] and b["must"]):
            continue
        if (a["source"], a["target"]) != (b["source"], b["target"]):
            continue
        days = abs((_iso(a["date"]) - _iso(b["date"])).days)
        if set(a["roots"]) & set(b["roots"]) and 0 < days <= 10:
            pairs.append((a["happening"], b["happening"]))
    assert pairs


def test_visit_and_talks_held_during_it_are_distinct() -> None:
    """One article reports a state visit and the talks held during it, the same day, as two
    happenings: a merger keyed on dyad and date alone would wrongly fuse them."""

    def only(event: dict[str, Any], code: str, other: str) -> bool:
        return event["must"] and code in event["codes"] and other not in event["codes"]

    found = False
    for record in RECORDS:
        visits = {(e["happening"], e["date"]) for e in record["events"] if only(e, "042", "046")}
        talks = {(e["happening"], e["date"]) for e in record["events"] if only(e, "046", "042")}
        found |= any(v[0] != t[0] and v[1] == t[1] for v in visits for t in talks)
    assert found


# --------------------------------------------------------------------------- dates


def test_each_header_form_occurs() -> None:
    texts = [r["text"] for r in RECORDS if r["fmt"] == "txt"]
    for name, form in HEADER_FORMS.items():
        assert any(form.search(t) for t in texts), f"no article with a {name} header"


@pytest.mark.parametrize("record", [r for r in RECORDS if r["fmt"] == "txt"], ids=lambda r: r["id"])
def test_txt_header_agrees_with_gold_publication_date(record: dict[str, Any]) -> None:
    header = _header_date(record["text"])
    published = _iso(record["published"])
    if header is not None:
        assert header == published
        return
    dateline = HEADER_FORMS["dateline"].search(record["text"])
    if published is None:
        assert dateline is None
    else:  # a dateline alone: month and day only, the year must come from the body
        assert dateline, f"{record['id']}: no date at all but gold says {published}"
        assert (_month(dateline[1]), int(dateline[2])) == (published.month, published.day)
        assert str(published.year) in record["text"]


def test_exactly_one_article_is_undatable() -> None:
    undated = [r for r in RECORDS if r["published"] is None]
    assert len(undated) == 1
    record = undated[0]
    assert DATE_WORDS.search(record["text"]) is None, DATE_WORDS.search(record["text"])
    assert all(e["date"] is None for e in record["events"])


# --------------------------------------------------------------------------- messes


def _all_text() -> str:
    return "\n\n".join(r["text"] for r in RECORDS)


@pytest.mark.parametrize("line", ["From", "Send to", "Share", "Print"])
def test_share_widget_lines_occur(line: str) -> None:
    assert re.search(rf"^{line}$", _all_text(), re.M)


@pytest.mark.parametrize(
    "pattern",
    [
        r"^Subscribe to read the remaining \d+ words of this article\.$",
        r"^\(Yonhap\)$",
        r"^Featured Image: .+$",
        r"^Edited by [A-Z][a-z]+ [A-Z][a-z]+$",
        r"\bKim Jong-un\b",
        r"\bKim Jong Un\b",
        r"\bdid not attack\b",
        r"\bwould consider\b",
        r"\burged Japan to\b",
        r"\bKCNA reported that Kim\b",
        r"\bthe ambassador's recent op-ed\b",
        r"\bThe message, dated March 4\b",
        r"\bon the \w+ anniversary of\b",
    ],
)
def test_corpus_keeps_its_messes(pattern: str) -> None:
    assert re.search(pattern, _all_text(), re.M), pattern


@pytest.mark.parametrize(
    "phrase", ["on Monday", "last week", "in October last year", "earlier this month"]
)
def test_relative_dates_occur(phrase: str) -> None:
    assert phrase.lower() in _all_text().lower()


def test_scraper_repeats_occur() -> None:
    exact = near = False
    for record in RECORDS:
        paragraphs = [p for p in _paragraphs(record["text"]) if len(p.split()) > 12]
        for a, b in combinations(paragraphs, 2):
            if a == b:
                exact = True
            elif difflib.SequenceMatcher(None, a, b).ratio() > 0.85:
                near = True
    assert exact and near
