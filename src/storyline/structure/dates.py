"""Small calendar helpers for the structure rules (month names, clock times, weekdays)."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone

from ..time.lexicon import MONTHS as MONTH_NAMES, WEEKDAYS as WEEKDAY_NAMES

# one table of month and weekday names for the whole project: the time grammar's
MONTHS = {name.lower(): number for number, names in enumerate(MONTH_NAMES, 1) for name in names if name}
MONTH_RE = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAYS = [name.lower() for name in WEEKDAY_NAMES]
# Unix timestamps between 2000-01-01 and 2100-01-01, alone on a line.
UNIX_RE = re.compile(r"^(9[4-9]\d{7}|[1-3]\d{9}|40\d{8})$")


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def clock(hour: str, minute: str, meridiem: str | None) -> tuple[int, int]:
    h, m = int(hour), int(minute)
    if meridiem:
        am = meridiem.lower().replace(".", "").strip() == "am"
        h = (0 if h == 12 else h) if am else (h if h == 12 else h + 12)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"not a clock time: {hour}:{minute} {meridiem or ''}")
    return h, m


def unix_to_iso(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def latest_year_with_weekday(month: int, day: int, weekday: int, not_after: int) -> int | None:
    """The latest year <= not_after in which month/day fell on weekday (0 = Monday)."""
    for year in range(not_after, not_after - 30, -1):
        try:
            if date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return None
