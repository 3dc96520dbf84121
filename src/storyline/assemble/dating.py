"""Dating undated reports from their story (hand-written: no library infers a report's date).

A report with no publication date still says "on Saturday", "late on Sunday", "on Friday". Inside
a story whose other reports are dated, try each day around the story's dates as the report's date,
resolve its expressions against it, and keep the day whose resolved dates agree best with the dates
the dated reports give. The result is an inference: entries that rest on it say so, and the report
itself is never given this date in the store."""
from __future__ import annotations

from datetime import date, timedelta

from ..records import Document, TimeExpression
from ..time import calendar as cal
from ..time import find_timexes

MIN_AGREEMENT = 2  # resolved dates that must fall on days the story's dated reports give
SPREAD_DAYS = 3  # candidate days on either side of each day the story's dated reports give
MAX_CENTRES = 40  # at most this many of those days (the latest) are tried


def story_days(docs: list[Document]) -> set[date]:
    days = set()
    for doc in docs:
        if not doc.published:
            continue
        published = cal.parse_day(doc.published)
        if published:
            days.add(published)
        for t in doc.timexes:
            day = cal.parse_day(t.value) if t.type in ("DATE", "TIME") and t.value and len(t.value) >= 10 else None
            if day:
                days.add(day)
    return days


def infer_date(doc: Document, days: set[date]) -> tuple[date, list[TimeExpression]] | None:
    """The most likely publication day of an undated report, with its expressions resolved on it."""
    if doc.published or not days:
        return None
    if not any(t.value and t.value.startswith("X") for t in doc.timexes):
        return None
    tenses = {t.start: t.tense for t in doc.timexes}
    best = None
    for candidate in _candidates(days):  # ties go to the earliest candidate
        resolved = find_timexes(doc.text, anchor_at=candidate.isoformat(), tenses=tenses)
        hits = [cal.parse_day(t.value) for t in resolved if t.anchor and t.value and len(t.value) >= 10]
        agreement = sum(1 for day in hits if day in days)
        if agreement >= MIN_AGREEMENT and (best is None or agreement > best[0]):
            best = (agreement, candidate, resolved)
    if best is None:
        return None
    return best[1], best[2]


def _candidates(days: set[date]) -> list[date]:
    """Days within SPREAD_DAYS of a day the story's dated reports give: a story whose reports recall
    1973 and report on 2013 is not tried on every day between (each try resolves the report anew)."""
    centres = sorted(days)[-MAX_CENTRES:]
    return sorted({c + timedelta(days=k) for c in centres for k in range(-SPREAD_DAYS, SPREAD_DAYS + 1)})
