"""Calendar dates: ISO and numeric dates, a month and day with or without a year, months,
years, decades, centuries and holidays, each resolved against the anchor where it has no year."""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from .grammar import (Context, FUTURE, mod_of, part_of_day_code, PAST, Result, rule, UNKNOWN, unresolved_date,
                      year_number)
from .lexicon import fragments, lexicon, month_number, weekday_number

# ---- absolute dates and times ------------------------------------------------------------------
@rule("iso", r"(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ](?P<H>\d{{2}}):(?P<M>\d{{2}})(?::(?P<S>\d{{2}}))?)?", needs="digit")
def _iso(m: re.Match, ctx: Context) -> Result | None:
    clock = (f"{m['H']}:{m['M']}" + (f":{m['S']}" if m["S"] else "")) if m["H"] else None
    return _day_of_year(m["y"], int(m["m"]), int(m["d"]), clock)


@rule("numeric", r"(?P<m>\d{{1,2}})[/-](?P<d>\d{{1,2}})[/-](?P<y>\d{{2}}|\d{{4}})(?:\s+(?P<H>\d{{2}}):?(?P<M>\d{{2}})(?::\d{{2}})?\s*(?:[A-Z]{{3}})?)?", needs="digit")
def _numeric(m: re.Match, ctx: Context) -> Result | None:
    return _day_of_year(year_number(m["y"]), int(m["m"]), int(m["d"]), f"{m['H']}:{m['M']}" if m["H"] else None)


@rule("month_day_year", r"(?:{WEEKDAY}{COMMA})?(?P<month>{MONTH})(?:\s+|(?<=\.))(?P<day>{DAYNUM}){COMMA}(?P<year>{YEAR})"
      r"|(?:{WEEKDAY}{COMMA})?{DAY_THE}(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH}){COMMA}(?P<year2>{YEAR})", needs="month")
def _month_day_year(m: re.Match, ctx: Context) -> Result | None:
    month, day, year = m["month"] or m["month2"], m["day"] or m["day2"], m["year"] or m["year2"]
    return _day_of_year(year, month_number(month), int(re.sub(r"\D", "", day)))


@rule("part_of_date", r"(?:the\s+)?(?P<part>morning|afternoon|evening|night)\s+of\s+(?:(?:{WEEKDAY}{COMMA})?(?P<month>{MONTH})(?:\s+|(?<=\.))(?P<day>{DAYNUM})(?:{COMMA}(?P<year>{YEAR}))?|(?P<weekday>{WEEKDAY})|(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH})(?:{COMMA}(?P<year2>{YEAR}))?)", needs="part")
def _part_of_date(m: re.Match, ctx: Context) -> Result | None:
    part = part_of_day_code(m["part"])
    if m["weekday"]:
        if ctx.anchor is None:
            return "TIME", f"XXXX-WXX-{weekday_number(m['weekday']) + 1}T{part}", None
        day = cal.weekday_near(ctx.anchor, weekday_number(m["weekday"]), ctx.tense)
        return "TIME", f"{day.isoformat()}T{part}", None
    month, number = _month_and_day(m)
    year = m["year"] or m["year2"]
    if not year and ctx.anchor is None:
        return "TIME", f"XXXX-{month:02d}-{number:02d}T{part}", None
    day = _day_in(year, month, number, ctx, _weekday_before(m))
    return ("TIME", f"{day.isoformat()}T{part}", None) if day else None


def _month_and_day(m: re.Match) -> tuple[int, int]:
    """The month and the day of "March 6th" or "the 6th of March" (groups month/day, month2/day2)."""
    return month_number(m["month"] or m["month2"]), int(re.sub(r"\D", "", m["day"] or m["day2"]))


def _day_in(year: str | None, month: int, number: int, ctx: Context, weekday: int | None = None) -> date | None:
    """That day of `year`, else the one near the anchor (on `weekday`, where one is written with
    it); None where the calendar has no such day."""
    try:
        return date(int(year), month, number) if year else cal.month_day_near(ctx.anchor, month, number, ctx.tense,
                                                                              weekday)
    except ValueError:
        return None


@rule("week_of", r"the\s+week\s+of\s+(?:(?P<month>{MONTH})(?:\s+|(?<=\.))(?P<day>{DAYNUM})|(?:the\s+)?(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH}))(?:{COMMA}(?P<year>{YEAR}))?", needs="calendar_unit")
def _week_of(m: re.Match, ctx: Context) -> Result | None:
    """ "the week of March 6": the calendar week that holds the day (TIMEX3 marks the whole phrase)."""
    if not m["year"] and ctx.anchor is None:
        return "DATE", "XXXX-WXX", None
    day = _day_in(m["year"], *_month_and_day(m), ctx)
    return ("DATE", cal.week_value(day), None) if day else None


@rule("month_year", r"(?:(?P<mod>early|mid|late|the\s+(?:beginning|end|middle)\s+of)[- ]?\s*)?(?P<month>{MONTH}){COMMA}(?:of\s+)?(?P<year>{YEAR})", needs="month")
def _month_year(m: re.Match, ctx: Context) -> Result:
    return "DATE", f"{m['year']}-{month_number(m['month']):02d}", mod_of(m["mod"])


@rule("month_of_year", r"(?:(?P<mod>early|mid|late)[- ]?\s*)?(?P<month>{MONTH}){COMMA}(?:of\s+)?(?P<rel>last|this|next)\s+year", needs="month")
def _month_of_year(m: re.Match, ctx: Context) -> Result:
    """ "June last year", "January this year": the month of the year the words name."""
    month = month_number(m["month"])
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}", mod_of(m["mod"])
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return "DATE", f"{year:04d}-{month:02d}", mod_of(m["mod"])


@rule("month_day", r"(?:{WEEKDAY}{COMMA})?(?P<month>{MONTH})(?:\s+|(?<=\.))(?P<day>{DAYNUM})(?![\d,]*\d{{3}})"
      r"|(?:{WEEKDAY}{COMMA})?{DAY_THE}(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH})", needs="month")
def _month_day(m: re.Match, ctx: Context) -> Result | None:
    month, day = _month_and_day(m)
    if not 1 <= day <= 31:
        return None
    joined = _JOINED_YEAR.match(m.string, m.end())
    if joined is not None:  # "March 3 and 10, 2020": the year after the second day is the first's too
        return _day_of_year(joined["year"], month, day)
    event = _dated_event(month, day, m.string[m.end():m.end() + 30], ctx)
    if event is not None:  # "the Sept. 11 attacks"
        return "DATE", event, None
    if year := _year_opened(m, ctx, ctx.tense):
        return _day_of_year(year, month, day)
    return _near_day(month, day, ctx, _weekday_before(m))


def _dated_event(month: int, day: int, after: str, ctx: Context) -> str | None:
    """The day of the one event a month and day names by the word after it ("Sept. 11 attacks"),
    in a report of that year or later (data/timex.json, dated_events)."""
    following = re.match(r"\W*([A-Za-z]+)", after)
    for event in _events_by(ctx):
        if event["date"][5:] == f"{month:02d}-{day:02d}" and following is not None \
                and following.group(1).lower() in event["followed_by"]:
            return event["date"]
    return None


@rule("dated_event", r"{DATED_EVENT}", needs="digit")
def _dated_event_name(m: re.Match, ctx: Context) -> Result | None:
    """ "9/11": the event's day, in a report of that year or later."""
    event = next((e for e in _events_by(ctx) if m.group(0).lower() in e["names"]), None)
    return ("DATE", event["date"], None) if event else None


def _events_by(ctx: Context) -> list[dict]:
    """The dated events that had happened by the report's day (all of them in an undated report)."""
    return [e for e in lexicon()["dated_events"] if ctx.anchor is None or ctx.anchor.isoformat() >= e["date"]]


@rule("second_day", r"(?<=\sand\s)(?P<day>{DAYNUM})(?:{COMMA}(?P<year>{YEAR}))?(?![\d,.]*\d)(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|to|when|for|that|of|{YEAR})\b)", needs="digit")
def _second_day(m: re.Match, ctx: Context) -> Result | None:
    """ "the summit on April 24 and 25": a day number joined to a month's day, and ending the phrase,
    is that month's day (not "June 24 and 30 others"); a year after it is part of it ("10, 2020")."""
    first = _FIRST_DAY.search(m.string, max(0, m.start() - 24), m.start())
    if first is None:
        return None
    month, day = month_number(first["month"]), int(re.sub(r"\D", "", m["day"]))
    if day <= int(re.sub(r"\D", "", first["day"])):
        return None  # "on April 24 and 3 others": not a later day
    return _day_of_year(m["year"], month, day) if m["year"] else _near_day(month, day, ctx)


def _day_of_year(year: str | int, month: int, day: int, clock: str | None = None) -> Result | None:
    """That day of that year (at that clock time, "14:05"), or None where the calendar has no such day."""
    try:
        found = date(int(year), month, day).isoformat()
    except ValueError:
        return None
    return ("TIME", f"{found}T{clock}", None) if clock else ("DATE", found, None)


def _near_day(month: int, day: int, ctx: Context, weekday: int | None = None) -> Result | None:
    """A year-less month and day: the one the tense points to near the anchor (on `weekday`, where
    one is written with it), or unresolved."""
    if ctx.anchor is None:
        return unresolved_date(f"XXXX-{month:02d}-{day:02d}")
    found = cal.month_day_near(ctx.anchor, month, day, ctx.tense, weekday)
    return ("DATE", found.isoformat(), None) if found else None


def _weekday_before(m: re.Match) -> int | None:
    """The day of the week written before the month ("Sunday, Nov. 3", "the night of Friday, Oct. 23")."""
    if not m["month"]:
        return None  # "the 6th of May": no day of the week is read before it
    for word in re.findall(r"[A-Za-z]+", m.string[m.start():m.start("month")]):
        try:
            return weekday_number(word)
        except ValueError:  # "the", "night", "of"
            continue
    return None


_JOINED_YEAR = re.compile(r"\s+and\s+(?:{MONTH}\.?\s+)?{DAYNUM}{COMMA}(?P<year>{YEAR})(?![\w,.]*\d)".format(**fragments()), re.I)
_FIRST_DAY = re.compile(r"(?<![\w])(?P<month>{MONTH})\.?\s+(?P<day>{DAYNUM})\s+and\s+$".format(**fragments()), re.I)
# words before a month's name that make it the month ("in May", "since March"), not a name or a verb
_MONTH_CUE = re.compile(r"\b(?:in|of|since|until|by|from|through|during|before|after|and|to|last|this|next|early|late|mid)\s*$", re.I)
_A_MARCH = re.compile(r"\s+(?:for|of\s+the|on|against)\s+(?!(?:{WEEKDAY}|{MONTH})\b)[A-Z]".format(**fragments()))


_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+(?P<which>same|following|next|previous))(?:\s+\w+)?\s+year\b", re.I)
_NEXT_WORD = re.compile(r"\s+(\w+)")  # the word after a holiday's name


@rule("month", r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past)\s+|(?P<mod>early|mid|late|the\s+(?:beginning|end|middle)\s+of)[- ]?\s*)?(?P<month>(?-i:January|February|March|April|May|June|July|August|September|October|November|December))(?!\s+\d)", needs="month")
def _month(m: re.Match, ctx: Context) -> Result | None:
    month = month_number(m["month"])
    if m["month"] == "March" and not (m["rel"] or m["mod"]) and _A_MARCH.match(m.string, m.end()) \
            and not _MONTH_CUE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "the annual March for Life", "the March on Washington": a march, not the month
    if m["month"] == "May" and not (m["rel"] or m["mod"]) and m.start() > 0:
        if not _MONTH_CUE.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # "May" without a temporal preposition is more often a name or a modal
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}", mod_of(m["mod"])
    rel = (m["rel"] or "").split()[0].lower() if m["rel"] else ""
    direction = {"last": PAST, "next": FUTURE, "coming": FUTURE}.get(rel, ctx.tense)
    if m["rel"] and "past" in m["rel"].lower():
        direction = PAST
    if m["rel"] and "coming" in m["rel"].lower():
        direction = FUTURE
    if rel == "this" and "past" not in m["rel"].lower() and "coming" not in m["rel"].lower():
        return "DATE", f"{ctx.anchor.year:04d}-{month:02d}", mod_of(m["mod"])
    after = re.match(r"(?:\s?,)?\s+(?:of\s+)?(last|this|next)\s+year\b", m.string[m.end():m.end() + 20], re.I)
    if after:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[after.group(1).lower()]
        return "DATE", f"{year:04d}-{month:02d}", mod_of(m["mod"])
    told = _OF_THAT_YEAR.match(m.string, m.end())
    if told and ctx.last_year is not None:
        # "SARS broke out in 2003. By June of that year ...": the year the text last gave
        year = ctx.last_year + {"following": 1, "next": 1, "previous": -1}.get((told["which"] or "").lower(), 0)
        return "DATE", f"{year:04d}-{month:02d}", mod_of(m["mod"])
    if not m["rel"] and (year := _year_opened(m, ctx, direction)):
        return "DATE", f"{year:04d}-{month:02d}", mod_of(m["mod"])
    return "DATE", cal.month_near(ctx.anchor, month, direction), mod_of(m["mod"])


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _year_opened(m: re.Match, ctx: Context, direction: int) -> int | None:
    """ "In 1918, there was a first wave of mild flu in April" (a report of 2009): a month not ahead in
    a sentence that opened with an earlier year is in that year, not the last April; the next
    sentence is the report's own time again."""
    if direction == FUTURE or ctx.year_said_at is None or ctx.anchor is None or ctx.last_year >= ctx.anchor.year:
        return None
    return None if _SENTENCE_END.search(m.string, ctx.year_said_at, m.start()) else ctx.last_year


@rule("year", r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?:(?P<mod>early|mid|late|the\s+(?:beginning|end|middle)\s+of)[- ]?\s*)?(?P<year>(?:1[89]\d\d|20\d\d))(?!\s*(?:%|percent|[-–]\d)|[.,]\d)", needs="digit")  # not "2082.1", "1,995,000"
def _year_rule(m: re.Match, ctx: Context) -> Result | None:
    before = m.string[max(0, m.start() - 2):m.start()]
    if re.search(r"[\d,.]\s?$", before):
        return None
    return "DATE", m["year"], mod_of(m["mod"])


@rule("decade", r"(?:the\s+(?P<half>first|last|second|latter)\s+half\s+of\s+)?(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?\s*)?(?P<decade>(?:1[6-9]|20)\d0|'\d0)'?s", needs="digit")
def _decade(m: re.Match, ctx: Context) -> Result:
    """ "the 1980s", "the late '80s"; "the last half of the '80s" is the decade's end."""
    text = m["decade"]
    value = text[:3] if not text.startswith("'") else f"19{text[1]}"
    if m["half"]:
        return "DATE", value, "START" if m["half"].lower() == "first" else "END"
    return "DATE", value, mod_of(m["mod"])


@rule("century", r"(?:(?P<mod>early|mid|late)[- ]?\s*)?(?P<n>1?\d|2[01])(?:st|nd|rd|th)[- ]century(?P<bc>\s+(?-i:B\.C\.(?:E\.)?|BCE?\b))?", needs="digit")
def _century(m: re.Match, ctx: Context) -> Result:
    """ "the 20th century" is the hundred years whose number starts 19 (TIMEX3 "19"); TIMEX3 marks
    a year before the common era with "BC"."""
    return "DATE", f"{'BC' if m['bc'] else ''}{int(m['n']) - 1:02d}", mod_of(m["mod"])


@rule("holiday", r"(?:(?P<rel>last|next|this)\s+)?(?P<holiday>{HOLIDAY})(?P<week>\s+week)?(?:\s+(?P<year>{YEAR}))?", needs="holiday")
def _holiday(m: re.Match, ctx: Context) -> Result | None:
    """ "Christmas", "last Thanksgiving", "Easter 2001": the occurrence the year, the word before it
    or the tense points to ("Thanksgiving" in a past-tense sentence of January: the one before).
    "Easter week", "Christmas week": the ISO week that holds the day (Easter's ends on its Sunday);
    "as Easter week began" on its Monday is this year's, though the Sunday is ahead."""
    name = " ".join(m["holiday"].lower().split())
    following = _NEXT_WORD.match(m.string, m.end())
    if not m["week"] and not m["year"] and following and following[1].lower() in lexicon()["holiday_things"]:
        return None  # "his Christmas card list": a kind of card, no day
    month_day = lexicon()["holidays"].get(name)
    as_value = cal.week_value if m["week"] else date.isoformat
    if m["year"] or ctx.anchor is None:
        year = int(m["year"]) if m["year"] else None
        if year is None:
            return "DATE", "XXXX" if month_day is None else f"XXXX-{month_day}", None
        found = _holiday_in(name, month_day, year)
        return "DATE", as_value(found) if found else f"{year:04d}", None
    rel = (m["rel"] or "").lower()
    direction = {"last": PAST, "next": FUTURE}.get(rel, UNKNOWN if rel == "this" else ctx.tense)
    year = ctx.anchor.year
    found = _holiday_in(name, month_day, year)
    if found is None:
        return "DATE", f"{year:04d}", None
    # "last Christmas" said on Christmas Day is the one before; a past-tense "Christmas" that day is it
    begun = found - timedelta(days=found.weekday()) if m["week"] else found
    if direction == PAST and (begun > ctx.anchor or rel and found == ctx.anchor):
        found = _holiday_in(name, month_day, year - 1)
    elif direction == FUTURE and (found < ctx.anchor or rel and found == ctx.anchor):
        found = _holiday_in(name, month_day, year + 1)
    return "DATE", as_value(found), None


def _holiday_in(name: str, month_day: str | None, year: int) -> date | None:
    if month_day is None:
        return cal.movable_holiday(name, year)
    return date(year, int(month_day[:2]), int(month_day[3:5]))
