"""A first value for each time expression spaCy marks (DATE/TIME entities).

This is deliberately plain: absolute dates become ISO values, "today"/"yesterday"/
"tomorrow" and year-less "June 29" resolve against the anchor (the post's or report's
publication day); everything else keeps value None. The full TIMEX3 normaliser replaces it.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..records import TimeExpression
from ..structure.dates import MONTH_RE, month_number

NAME, VERSION = "timex-first-value", "1"

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MDY = re.compile(rf"\b(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_RE})(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
_MY = re.compile(rf"^(?:in\s+)?(?P<m>{MONTH_RE})\s+(?P<y>\d{{4}})$", re.I)
_YEAR = re.compile(r"^(?:in\s+)?(\d{4})$")
_RELATIVE = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
             "yesterday": -1, "tomorrow": 1, "last night": -1}
_DURATION = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[- ]"
                       r"(second|minute|hour|day|week|month|year|decade)s?\b(?!\s+ago)", re.I)
_SET = re.compile(r"\b(every|each|daily|weekly|monthly|annually|yearly)\b", re.I)


def classify(text: str, label: str) -> str:
    if _SET.search(text):
        return "SET"
    if _DURATION.search(text) and not re.search(r"\b(ago|later|earlier|before|after)\b", text, re.I):
        return "DURATION"
    return "TIME" if label == "TIME" else "DATE"


def first_value(text: str, anchor: str | None) -> str | None:
    """ISO value where the expression states it or the anchor gives it; None otherwise."""
    lowered = text.lower().strip()
    anchor_day = _day(anchor)
    if m := _ISO.search(text):
        return m.group(0)
    for pattern in (_MDY, _DMY):
        if m := pattern.search(text):
            year = int(m["y"]) if m["y"] else (anchor_day.year if anchor_day else None)
            try:
                value = date(year or 2000, month_number(m["m"]), int(m["d"]))
            except ValueError:
                return None
            return value.isoformat() if year else f"XXXX-{value.month:02d}-{value.day:02d}"
    if m := _MY.match(lowered):
        return f"{m['y']}-{month_number(m['m']):02d}"
    if m := _YEAR.match(lowered):
        return m.group(1)
    for phrase, shift in _RELATIVE.items():
        if lowered == phrase or lowered.endswith(" " + phrase):
            return (anchor_day + timedelta(days=shift)).isoformat() if anchor_day else None
    return None


def _day(anchor: str | None) -> date | None:
    if not anchor or len(anchor) < 10:
        return None
    try:
        return date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def make_timex(start: int, end: int, text: str, label: str, anchor: str | None) -> TimeExpression:
    kind = classify(text, label)
    value = first_value(text, anchor) if kind in ("DATE", "TIME") else None
    return TimeExpression(start, end, text, kind, value, anchor if value else None)
