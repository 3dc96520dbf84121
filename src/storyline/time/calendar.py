"""Calendar arithmetic on TIMEX3 values at their own granularity (day, week, month, ...)."""
from __future__ import annotations

from datetime import date, timedelta

# A tense is a hint, not a rule: a past-tense sentence may name a date a few weeks ahead
# ("the vote was set for Nov. 17") and stays in the same year.
SLACK_DAYS = 30
TURN_DAYS = 60  # how far across the turn of the year a year-less date with no tense may lie
QUARTER_OF_MONTH = {m: (m - 1) // 3 + 1 for m in range(1, 13)}
SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA"}


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift(anchor: date, unit: str, n: int) -> str:
    """The TIMEX3 value of the unit `n` steps from the anchor's own (n=0: the anchor's unit)."""
    if unit == "D":
        return (anchor + timedelta(days=n)).isoformat()
    if unit == "W":
        return week_value(anchor + timedelta(weeks=n))
    if unit == "WE":
        return week_value(anchor + timedelta(weeks=n)) + "-WE"
    if unit == "M":
        return add_months(anchor, n).strftime("%Y-%m")
    if unit == "Q":
        first = add_months(date(anchor.year, (QUARTER_OF_MONTH[anchor.month] - 1) * 3 + 1, 1), 3 * n)
        return f"{first.year}-Q{QUARTER_OF_MONTH[first.month]}"
    if unit == "H":  # half year
        first = add_months(date(anchor.year, 1 if anchor.month <= 6 else 7, 1), 6 * n)
        return f"{first.year}-H{1 if first.month <= 6 else 2}"
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}"
    if unit == "ML":
        return f"{anchor.year // 1000 + n}"
    raise ValueError(f"no calendar unit {unit!r}")


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The given weekday (0 = Monday) on or before the anchor (direction -1), on or after it (+1),
    or the nearest one (0), the anchor's own day counting as a match."""
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if direction < 0:
        return anchor - timedelta(days=back)
    if direction > 0:
        return anchor + timedelta(days=forward)
    # No tense: news mostly looks back; only a day or two ahead beats the recent past.
    return anchor + timedelta(days=forward) if forward < back and forward <= 2 else anchor - timedelta(days=back)


def month_day_near(anchor: date, month: int, day: int, direction: int, weekday: int | None = None) -> date | None:
    """A year-less month and day, placed in the year the tense points to (0: the nearest). A day of
    the week written with it ("Sunday, Nov. 3") picks, of the three years around the anchor, those
    in which the date falls on that day: the calendar says more than a tense guessed from a verb."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        candidates = [c for c in candidates if c.weekday() == weekday] or candidates
    if not candidates:
        return None
    slack = timedelta(days=SLACK_DAYS)
    if direction < 0:
        past = [c for c in candidates if c <= anchor + slack]
        return max(past) if past else min(candidates)
    if direction > 0:
        future = [c for c in candidates if c >= anchor - slack]
        return min(future) if future else max(candidates)
    # No tense: the anchor's year ("its close of $60.48 on April 20", in December; "the season runs
    # from June 1 to November 30", in June), unless the turn of the year is near and the day lies
    # just across it ("January 5" in late December)
    nearest = min(candidates, key=lambda c: abs((c - anchor).days))
    if nearest.year == anchor.year or abs((nearest - anchor).days) <= TURN_DAYS:
        return nearest
    return next((c for c in candidates if c.year == anchor.year), nearest)


def month_near(anchor: date, month: int, direction: int) -> str:
    """A year-less month name: this year's unless the tense points past it."""
    year = anchor.year
    if direction < 0 and month == anchor.month % 12 + 1:
        # the month after the anchor's is the coming one even in the past tense ("told oil
        # companies of a cutback in September" in August): eleven months back is "last September"
        return f"{year + (month == 1):04d}-{month:02d}"
    if direction < 0 and month > anchor.month:
        year -= 1
    elif direction > 0 and month < anchor.month:
        year += 1
    elif direction == 0 and month - anchor.month > 6:
        year -= 1
    elif direction == 0 and anchor.month - month > 6:
        year += 1
    return f"{year:04d}-{month:02d}"


def parse_day(value: str | None) -> date | None:
    """The day a value or anchor names, when it names one (2023-06-24, 2023-06-24T08:35)."""
    if not value or len(value) < 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def movable_holiday(name: str, year: int) -> date | None:
    """Holidays whose date moves: US Thanksgiving, Labor Day, Memorial Day, Election Day (the
    Tuesday after the first Monday of November); Western Easter."""
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        last = date(year, 5, 31)
        return last - timedelta(days=(last.weekday() - 0) % 7)
    if name == "election day":
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name == "easter":
        # Anonymous Gregorian algorithm (Meeus/Jones/Butcher)
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        el = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * el) // 451
        month = (h + el - 7 * m + 114) // 31
        day = (h + el - 7 * m + 114) % 31 + 1
        return date(year, month, day)
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
