"""The time-expression grammar: patterns and how each one becomes a TIMEX3 value.

Hand-written: no maintained Python library extracts TimeML TIMEX3 spans with values relative to
a document time (dateparser parses one given string; HeidelTime is Java and GPL). Each rule is a
regular expression over the text plus a function that computes (type, value, mod) from the match
and a Context (anchor day, tense of the governing verb, the last date the text resolved).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from . import calendar as cal
from .lexicon import fragments, lexicon, month_number, number_value, unit_code, weekday_number

PAST, UNKNOWN, FUTURE = -1, 0, 1


@dataclass(slots=True)
class Context:
    anchor: date | None  # the day deictic expressions are relative to
    tense: int = UNKNOWN  # of the verb governing the expression
    last_day: date | None = None  # the last day the text itself resolved (for "the next day")
    last_quarter: str | None = None  # the last quarter the text named ("1989-Q3"), for "the quarter"
    last_year: int | None = None  # the year of the last date the text resolved, a month or a year too


Result = tuple[str, str, str | None]  # (type, value, mod)
Handler = Callable[[re.Match, Context], "Result | None"]


@dataclass(slots=True)
class Rule:
    name: str
    pattern: re.Pattern
    handle: Handler
    needs: tuple[str, ...] = ()  # trigger classes (triggers.py) one of whose words every match holds


RULES: list[Rule] = []


def rule(name: str, pattern: str, needs: str = ""):
    """Register a rule; `needs` names the trigger classes (space-separated) one of whose words each of
    its matches holds, so that it reads only the text around them (triggers.py)."""
    def register(handler: Handler) -> Handler:
        RULES.append(Rule(name, re.compile(r"(?<![\w$])(?:" + pattern.format(**fragments()) + r")(?![\w])", re.I), handler,
                          tuple(needs.split())))
        return handler
    return register


def _unresolved(shape: str) -> Result:
    return "DATE", shape, None


def _year(text: str) -> int:
    year = int(text)
    return year + (1900 if year >= 30 else 2000) if year < 100 else year


# ---- absolute dates and times ------------------------------------------------------------------
@rule("iso", r"(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ](?P<H>\d{{2}}):(?P<M>\d{{2}})(?::(?P<S>\d{{2}}))?)?", needs="digit")
def _iso(m: re.Match, ctx: Context) -> Result | None:
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["H"]:
        seconds = f":{m['S']}" if m["S"] else ""
        return "TIME", f"{day.isoformat()}T{m['H']}:{m['M']}{seconds}", None
    return "DATE", day.isoformat(), None


@rule("numeric", r"(?P<m>\d{{1,2}})[/-](?P<d>\d{{1,2}})[/-](?P<y>\d{{2}}|\d{{4}})(?:\s+(?P<H>\d{{2}}):?(?P<M>\d{{2}})(?::\d{{2}})?\s*(?:[A-Z]{{3}})?)?", needs="digit")
def _numeric(m: re.Match, ctx: Context) -> Result | None:
    try:
        day = date(_year(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["H"]:
        return "TIME", f"{day.isoformat()}T{m['H']}:{m['M']}", None
    return "DATE", day.isoformat(), None


@rule("month_day_year", r"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})(?:\s+|(?<=\.))(?P<day>{DAYNUM}),?\s+(?P<year>{YEAR})"
      r"|(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH}),?\s+(?P<year2>{YEAR})", needs="month")
def _month_day_year(m: re.Match, ctx: Context) -> Result | None:
    month, day, year = m["month"] or m["month2"], m["day"] or m["day2"], m["year"] or m["year2"]
    return _day_of_year(year, month_number(month), int(re.sub(r"\D", "", day)))


@rule("part_of_date", r"(?:the\s+)?(?P<part>morning|afternoon|evening|night)\s+of\s+(?:(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})(?:\s+|(?<=\.))(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?|(?P<weekday>{WEEKDAY})|(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH})(?:,?\s+(?P<year2>{YEAR}))?)", needs="part")
def _part_of_date(m: re.Match, ctx: Context) -> Result | None:
    part = _part(m["part"])
    if m["weekday"]:
        if ctx.anchor is None:
            return "TIME", f"XXXX-WXX-{weekday_number(m['weekday']) + 1}T{part}", None
        day = cal.weekday_near(ctx.anchor, weekday_number(m["weekday"]), ctx.tense)
        return "TIME", f"{day.isoformat()}T{part}", None
    month, number = _month_and_day(m)
    year = m["year"] or m["year2"]
    if not year and ctx.anchor is None:
        return "TIME", f"XXXX-{month:02d}-{number:02d}T{part}", None
    day = _day_in(year, month, number, ctx)
    return ("TIME", f"{day.isoformat()}T{part}", None) if day else None


def _month_and_day(m: re.Match) -> tuple[int, int]:
    """The month and the day of "March 6th" or "the 6th of March" (groups month/day, month2/day2)."""
    return month_number(m["month"] or m["month2"]), int(re.sub(r"\D", "", m["day"] or m["day2"]))


def _day_in(year: str | None, month: int, number: int, ctx: Context) -> date | None:
    """That day of `year`, else the one near the anchor; None where the calendar has no such day."""
    try:
        return date(int(year), month, number) if year else cal.month_day_near(ctx.anchor, month, number, ctx.tense)
    except ValueError:
        return None


@rule("week_of", r"the\s+week\s+of\s+(?:(?P<month>{MONTH})(?:\s+|(?<=\.))(?P<day>{DAYNUM})|(?:the\s+)?(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH}))(?:,?\s+(?P<year>{YEAR}))?", needs="calendar_unit")
def _week_of(m: re.Match, ctx: Context) -> Result | None:
    """ "the week of March 6": the calendar week that holds the day (TIMEX3 marks the whole phrase)."""
    if not m["year"] and ctx.anchor is None:
        return "DATE", "XXXX-WXX", None
    day = _day_in(m["year"], *_month_and_day(m), ctx)
    return ("DATE", cal.week_value(day), None) if day else None


@rule("month_year", r"(?:(?P<mod>early|mid|late|the\s+(?:beginning|end|middle)\s+of)[- ]?\s*)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})", needs="month")
def _month_year(m: re.Match, ctx: Context) -> Result:
    return "DATE", f"{m['year']}-{month_number(m['month']):02d}", _mod(m["mod"])


@rule("month_of_year", r"(?:(?P<mod>early|mid|late)[- ]?\s*)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year", needs="month")
def _month_of_year(m: re.Match, ctx: Context) -> Result:
    """ "June last year", "January this year": the month of the year the words name."""
    month = month_number(m["month"])
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}", _mod(m["mod"])
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return "DATE", f"{year:04d}-{month:02d}", _mod(m["mod"])


@rule("month_day", r"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})(?:\s+|(?<=\.))(?P<day>{DAYNUM})(?![\d,]*\d{{3}})"
      r"|(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH})", needs="month")
def _month_day(m: re.Match, ctx: Context) -> Result | None:
    month, day = _month_and_day(m)
    if not 1 <= day <= 31:
        return None
    joined = _JOINED_YEAR.match(m.string, m.end())
    if joined is not None:  # "March 3 and 10, 2020": the year after the second day is the first's too
        return _day_of_year(joined["year"], month, day)
    return _near_day(month, day, ctx)


@rule("second_day", r"(?<=\sand\s)(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?(?![\d,.]*\d)(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|to|when|for|that|of|{YEAR})\b)", needs="digit")
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


def _day_of_year(year: str, month: int, day: int) -> Result | None:
    """That day of that year, or None where the calendar has no such day."""
    try:
        return "DATE", date(int(year), month, day).isoformat(), None
    except ValueError:
        return None


def _near_day(month: int, day: int, ctx: Context) -> Result | None:
    """A year-less month and day: the one the tense points to near the anchor, or unresolved."""
    if ctx.anchor is None:
        return _unresolved(f"XXXX-{month:02d}-{day:02d}")
    found = cal.month_day_near(ctx.anchor, month, day, ctx.tense)
    return ("DATE", found.isoformat(), None) if found else None


_JOINED_YEAR = re.compile(r"\s+and\s+(?:{MONTH}\.?\s+)?{DAYNUM},?\s+(?P<year>{YEAR})(?![\w,.]*\d)".format(**fragments()), re.I)
_FIRST_DAY = re.compile(r"(?<![\w])(?P<month>{MONTH})\.?\s+(?P<day>{DAYNUM})\s+and\s+$".format(**fragments()), re.I)
# words before a month's name that make it the month ("in May", "since March"), not a name or a verb
_MONTH_CUE = re.compile(r"\b(?:in|of|since|until|by|from|through|during|before|after|and|to|last|this|next|early|late|mid)\s*$", re.I)
_A_MARCH = re.compile(r"\s+(?:for|of\s+the|on|against)\s+(?!(?:{WEEKDAY}|{MONTH})\b)[A-Z]".format(**fragments()))


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
        return "DATE", f"XXXX-{month:02d}", _mod(m["mod"])
    rel = (m["rel"] or "").split()[0].lower() if m["rel"] else ""
    direction = {"last": PAST, "next": FUTURE, "coming": FUTURE}.get(rel, ctx.tense)
    if m["rel"] and "past" in m["rel"].lower():
        direction = PAST
    if m["rel"] and "coming" in m["rel"].lower():
        direction = FUTURE
    if rel == "this" and "past" not in m["rel"].lower() and "coming" not in m["rel"].lower():
        return "DATE", f"{ctx.anchor.year:04d}-{month:02d}", _mod(m["mod"])
    after = re.match(r",?\s+(?:of\s+)?(last|this|next)\s+year\b", m.string[m.end():m.end() + 20], re.I)
    if after:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[after.group(1).lower()]
        return "DATE", f"{year:04d}-{month:02d}", _mod(m["mod"])
    return "DATE", cal.month_near(ctx.anchor, month, direction), _mod(m["mod"])


@rule("year", r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?:(?P<mod>early|mid|late|the\s+(?:beginning|end|middle)\s+of)[- ]?\s*)?(?P<year>(?:1[89]\d\d|20\d\d))(?!\s*(?:%|percent|[-–]\d)|[.,]\d)", needs="digit")  # not "2082.1", "1,995,000"
def _year_rule(m: re.Match, ctx: Context) -> Result | None:
    before = m.string[max(0, m.start() - 2):m.start()]
    if re.search(r"[\d,.]\s?$", before):
        return None
    return "DATE", m["year"], _mod(m["mod"])


@rule("decade", r"(?:the\s+(?P<half>first|last|second|latter)\s+half\s+of\s+)?(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?\s*)?(?P<decade>(?:1[6-9]|20)\d0|'\d0)'?s", needs="digit")
def _decade(m: re.Match, ctx: Context) -> Result:
    """ "the 1980s", "the late '80s"; "the last half of the '80s" is the decade's end."""
    text = m["decade"]
    value = text[:3] if not text.startswith("'") else f"19{text[1]}"
    if m["half"]:
        return "DATE", value, "START" if m["half"].lower() == "first" else "END"
    return "DATE", value, _mod(m["mod"])


@rule("century", r"(?:(?P<mod>early|mid|late)[- ]?\s*)?(?P<n>1?\d|2[01])(?:st|nd|rd|th)[- ]century(?P<bc>\s+(?-i:B\.C\.(?:E\.)?|BCE?\b))?", needs="digit")
def _century(m: re.Match, ctx: Context) -> Result:
    """ "the 20th century" is the hundred years whose number starts 19 (TIMEX3 "19"); TIMEX3 marks
    a year before the common era with "BC"."""
    return "DATE", f"{'BC' if m['bc'] else ''}{int(m['n']) - 1:02d}", _mod(m["mod"])


@rule("holiday", r"(?:(?P<rel>last|next|this)\s+)?(?P<holiday>{HOLIDAY})(?P<week>\s+week)?(?:\s+(?P<year>{YEAR}))?", needs="holiday")
def _holiday(m: re.Match, ctx: Context) -> Result | None:
    """ "Christmas", "last Thanksgiving", "Easter 2001": the occurrence the year, the word before it
    or the tense points to ("Thanksgiving" in a past-tense sentence of January: the one before).
    "Easter week", "Christmas week": the ISO week that holds the day (Easter's ends on its Sunday);
    "as Easter week began" on its Monday is this year's, though the Sunday is ahead."""
    name = " ".join(m["holiday"].lower().split())
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


# ---- deictic days and weekdays -----------------------------------------------------------------
DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}


@rule("day_word", r"(?P<mod>early|late)?\s*(?P<word>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|tonight|yesterday|tomorrow)(?:'s)?(?:\s+(?P<part>morning|afternoon|evening|night))?", needs="day_word")
def _day_word(m: re.Match, ctx: Context) -> Result | None:
    word = " ".join(m["word"].lower().split())
    if word in ("today", "tomorrow") and not m["part"]:
        after = re.match(r"['’]s\s+([\w-]+)", m.string[m.end("word"):m.end("word") + 40])
        if after and after.group(1).lower() in lexicon()["generic_after_today"]:
            return None  # "today's youth", "tomorrow's world": our times, no day
    part = "NI" if word == "tonight" else _part(m["part"])
    if ctx.anchor is None:
        return ("TIME" if part else "DATE"), "XXXX-XX-XX" + (f"T{part}" if part else ""), None
    day = (ctx.anchor + timedelta(days=DAY_WORDS[word])).isoformat()
    if part:
        return "TIME", f"{day}T{part}", None
    return "DATE", day, _mod(m["mod"])


@rule("part_of_day", r"(?:(?P<mod>early|late|later|earlier|mid)[- ]?\s*)?(?P<rel>this|last|yesterday|tomorrow)\s+(?P<part>morning|afternoon|evening|night)"
      r"|(?P<alone>overnight)|(?P<mid>mid)[- ]?(?P<mid_part>morning|afternoon)(?:\s+(?P<day>yesterday|today|tomorrow))?", needs="part")
def _part_of_day(m: re.Match, ctx: Context) -> Result:
    """ "this morning", "later this afternoon", "last night", "overnight"; "by mid-afternoon": that
    part of the day the text speaks of (the report's where it named none)."""
    rel = (m["rel"] or "this").lower()
    part = _part(m["part"] or m["mid_part"] or "night")
    shift = {"last": -1 if part == "NI" else 0, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{part}", None
    if m["mid"]:  # "mid-afternoon yesterday" is yesterday's
        day = ctx.anchor + timedelta(days=DAY_WORDS[m["day"].lower()]) if m["day"] else ctx.last_day or ctx.anchor
        return "TIME", f"{day.isoformat()}T{part}", "MID"
    if m["alone"]:
        # "Russia launches overnight airstrikes" in a post of 11 July: the night that ended on the
        # report's day, which TIMEX3 names by the day it began (2023-07-10TNI)
        return "TIME", f"{(ctx.anchor - timedelta(days=1)).isoformat()}T{part}", None
    return "TIME", f"{(ctx.anchor + timedelta(days=shift)).isoformat()}T{part}", _mod(m["mod"])


@rule("weekday", r"(?:(?P<mod>early|late)\s+(?:on\s+)?)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following)\s+)?(?P<weekday>{WEEKDAY})(?:'s)?(?:\s+(?P<part>morning|afternoon|evening|night))?", needs="weekday")
def _weekday(m: re.Match, ctx: Context) -> Result:
    weekday = weekday_number(m["weekday"])
    part = _part(m["part"])
    if ctx.anchor is None:
        return ("TIME" if part else "DATE"), f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else ""), None
    rel = " ".join((m["rel"] or "").lower().split())
    # "the previous Friday", "the following Monday": before or after the last date the text gave
    # (the report's time where it gave none); "last Friday", "next Monday": the report's time
    base = (ctx.last_day or ctx.anchor) if rel in ("the previous", "the following") else ctx.anchor
    if rel in ("last", "this past", "past", "the previous"):
        day = cal.weekday_near(base - timedelta(days=1), weekday, PAST)
    elif rel in ("next", "this coming", "coming", "the following"):
        day = cal.weekday_near(base + timedelta(days=1), weekday, FUTURE)
    else:
        day = cal.weekday_near(ctx.anchor, weekday, ctx.tense)
    if part:
        return "TIME", f"{day.isoformat()}T{part}", None
    return "DATE", day.isoformat(), _mod(m["mod"])


@rule("weekend", r"the\s+weekend", needs="calendar_unit")  # "over the weekend": TimeBank leaves "over" out (28 of 28 such)
def _weekend(m: re.Match, ctx: Context) -> Result:
    if ctx.anchor is None:
        return "DATE", "XXXX-WXX-WE", None
    saturday = cal.weekday_near(ctx.anchor, 5, ctx.tense if ctx.tense else -1)
    return "DATE", cal.week_value(saturday) + "-WE", None


SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}


@rule("spelled_year", r"(?:the\s+year\s+)?(?P<century>nineteen|twenty)[- ](?P<rest>(?:hundred(?:\s+and)?\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine)))|the\s+year\s+two\s+thousand(?:\s+and\s+(?P<small>one|two|three|four|five|six|seven|eight|nine))?|(?P<nineties>the\s+(?:nineteen[- ])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", needs="spelled_year")
def _spelled_year(m: re.Match, ctx: Context) -> Result | None:
    if m["nineties"]:
        word = m["nineties"].split()[-1].split("-")[-1].lower()
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[word]
        return "DATE", f"19{tens}", None
    if m["century"] is None:
        small = number_value(m["small"]) if m["small"] else 0
        return "DATE", f"{2000 + int(small or 0):04d}", None
    century = SPELLED_TENS[m["century"].lower()] * 100
    rest = re.sub(r"hundred(\s+and)?\s*", "", m["rest"].lower()).replace("oh-", "").replace("oh ", "")
    value = number_value(rest) if rest else 0
    if value is None:
        return None
    return "DATE", f"{century + int(value):04d}", None


# ---- relative units: last week, this year, two years ago, the next day ---------------------------
@rule("relative_unit", r"(?:(?P<mod>early|late|mid|earlier|later)[- ]\s*)?(?P<rel>last|this|next|the\s+past|the\s+last|the\s+coming|this\s+coming|this\s+past|the\s+previous|the\s+following|the\s+current|the\s+same|that\s+same|that|the\s+next|the\s+latest|the\s+prior|the\s+year-earlier|the\s+year-ago)\s+(?P<unit>week|weekend|month|quarter|year|decade|century|spring|summer|autumn|fall|winter|day|night|morning|afternoon|evening)", needs="unit part season")
def _relative_unit(m: re.Match, ctx: Context) -> Result | None:
    """ "last week", "the following day", "that same day": units counted from the report's time, or
    from the last date named."""
    rel = " ".join(m["rel"].lower().split()).replace("that same", "the same")
    unit_word = m["unit"].lower()
    seasons = lexicon()["seasons"]
    if unit_word in ("day", "night", "morning", "afternoon", "evening"):
        return _relative_day(rel, unit_word, ctx)
    code = seasons.get(unit_word) or unit_code(unit_word)
    step = {"last": -1, "the last": -1, "the past": -1, "this past": -1, "the previous": -1, "the prior": -1, "the latest": -1,
            "the year-earlier": -4, "the year-ago": -4,
            "next": 1, "the coming": 1, "this coming": 1, "the following": 1, "the next": 1}.get(rel, 0)
    if rel in ("the year-earlier", "the year-ago"):
        if code != "Q":
            return None
        # a year before the quarter being reported (named before, else the last complete one)
        base = _reported_quarter(ctx)
        return "DATE", _shift_quarter(base, -4) if base else "XXXX-QX", _mod(m["mod"])
    mod = _mod(m["mod"])
    if code in seasons.values():
        return _season(code, step, ctx)
    if rel in ("the following", "the previous") and code in ("Y", "M") and ctx.last_day:
        return "DATE", cal.shift(ctx.last_day, code, 1 if rel == "the following" else -1), mod
    if rel in ("the past", "the next", "the previous", "the following") and code in ("Y", "M", "W", "DE"):
        # "the past year" is usually a span of time, not the calendar unit
        return "DURATION", _duration(1, code), None
    if rel == "the latest" and code != "Q":
        return None
    if rel == "last" and code == "Y" and ctx.last_quarter and _quarter_context(m) and _compared(m):
        # "a loss in the latest quarter, compared with earnings of $33 million last year": the
        # year-ago quarter
        return "DATE", _shift_quarter(ctx.last_quarter, -4), mod
    if rel == "that" and code == "Y" and ctx.last_year is not None:
        # "fled in June 1998 and returned later that year": the year of the last date of any grain
        return "DATE", f"{ctx.last_year:04d}", mod
    base = ctx.last_day if rel in ("the following", "the previous", "the same", "that") and ctx.last_day else ctx.anchor
    if base is None:
        return "DATE", _x_value(code), mod
    return "DATE", cal.shift(base, code, step), mod


def _relative_day(rel: str, unit: str, ctx: Context) -> Result | None:
    step = {"the previous": -1, "the following": 1, "the next": 1, "the same": 0, "that": 0,
            "last": -1, "this": 0}.get(rel)
    if step is None:
        return None
    base = ctx.last_day or ctx.anchor
    if unit != "day" and (unit == "night" or rel not in ("last", "this")):
        # "that night", "the next morning"; "this morning" is the part-of-day rule's
        part = _part(unit)
        if base is None:
            return "TIME", f"XXXX-XX-XXT{part}", None
        return "TIME", f"{(base + timedelta(days=step)).isoformat()}T{part}", None
    if rel in ("last", "this"):
        return None
    if base is None:
        return _unresolved("XXXX-XX-XX")
    return "DATE", (base + timedelta(days=step)).isoformat(), None


@rule("unit_of_now", r"(?P<mod>earlier|later|early|late)\s+(?P<rel>this|last|next)\s+(?P<unit>week|month|year|decade|century)", needs="unit")
def _unit_of_now(m: re.Match, ctx: Context) -> Result:
    step = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    code = unit_code(m["unit"])
    mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}[m["mod"].lower()]
    if ctx.anchor is None:
        return "DATE", _x_value(code), mod
    return "DATE", cal.shift(ctx.anchor, code, step), mod


@rule("ago", r"(?:(?:about|nearly|almost|some|more\s+than|less\s+than|just|only|over|roughly)\s+)?(?P<num>{NUM}|{VAGUE})[- ](?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|since)", needs="unit")
def _ago(m: re.Match, ctx: Context) -> Result | None:
    code = unit_code(m["unit"])
    amount = number_value(m["num"])
    direction = 1 if m["dir"].lower() in ("later", "after", "from now", "hence") else -1
    anaphoric = m["dir"].lower() in ("earlier", "later", "before", "after")
    base = ctx.last_day if anaphoric and ctx.last_day else ctx.anchor
    if m["dir"].lower() == "since":
        return None
    if amount is None or base is None or amount != int(amount):
        if code in ("H", "M") and m["unit"].lower().startswith(("hour", "minute")):
            return "TIME", "PAST_REF" if direction < 0 else "FUTURE_REF", None
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None
    n = int(amount) * direction
    if m["unit"].lower().startswith(("second", "minute", "hour")):
        return "TIME", "PAST_REF" if direction < 0 else "FUTURE_REF", None
    if code == "WE":
        code = "W"
    if code == "2W":
        code, n = "W", n * 2
    if code == "DE":
        code, n = "Y", n * 10
    if anaphoric and direction > 0 and ctx.tense == PAST and not ctx.last_day:
        # "Two days later he was released" with no date before it: later than an event the text
        # has not dated, not later than the report (which a past tense has already passed)
        return _unresolved(_x_value(code))
    if code == "Y" and ctx.last_quarter and _quarter_context(m):
        return "DATE", _shift_quarter(ctx.last_quarter, 4 * n), None
    return "DATE", cal.shift(base, code, n), None


# ---- quarters and halves -----------------------------------------------------------------------
_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@rule("quarter", r"(?:(?P<pre>this|last|next)\s+year's\s+)?(?:the\s+(?![\w-]+-(?:quarter|half)))?(?:fiscal[- ])?(?:(?P<lead_year>{YEAR})\s+(?=first|second|third|fourth|1st|2nd|3rd|4th))?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)|(?P<which>latest|last|current|same|year-earlier|year-ago|comparable|previous|prior|most\s+recent)(?:\s+(?:year-earlier|year-ago))?(?:\s+(?P<ord2>first|second|third|fourth)(?=[- ]quarter))?)[- ]"
      r"(?:(?P<fiscal>fiscal|calendar)[- ])?(?P<unit>quarter|half)(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year))?", needs="calendar_unit")
def _quarter(m: re.Match, ctx: Context) -> Result | None:
    unit = "Q" if m["unit"].lower() == "quarter" else "H"
    if m["ord"]:
        n = _QUARTER_NUMBER[m["ord"].lower()]
        if unit == "H" and n > 2:
            return None
        if m["year"] or m["lead_year"]:  # "the third quarter of 1988", "the 1988 third quarter"
            return "DATE", f"{m['year'] or m['lead_year']}-{unit}{n}", None
        if ctx.anchor is None:
            return "DATE", f"XXXX-{unit}{n}", None
        year = ctx.anchor.year + {"last": -1, "next": 1}.get((m["rel"] or m["pre"] or "").lower(), 0)
        current = cal.QUARTER_OF_MONTH[ctx.anchor.month] if unit == "Q" else (1 if ctx.anchor.month <= 6 else 2)
        if not (m["rel"] or m["pre"]) and ctx.tense == PAST and n > current:
            year -= 1
        return "DATE", f"{year}-{unit}{n}", None
    which = " ".join(m["which"].lower().split())
    if m["ord2"] and which in ("year-earlier", "year-ago", "comparable"):
        # "the year-ago third quarter": that quarter of the year before the one reported on
        n = _QUARTER_NUMBER[m["ord2"].lower()]
        year = int(ctx.last_quarter[:4]) if ctx.last_quarter else (ctx.anchor.year if ctx.anchor else None)
        return "DATE", f"{year - 1}-Q{n}" if year else f"XXXX-Q{n}", None
    if m["year"] and which == "last":  # "the last half of 1989": the year's final one
        return "DATE", f"{m['year']}-{unit}{4 if unit == 'Q' else 2}", None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{unit}X", None
    step = {"year-earlier": -4, "year-ago": -4, "comparable": -4, "previous": -2, "prior": -2,
            "current": 0, "same": 0}.get(which, -1)
    if unit == "Q" and which != "current":
        # relative to the quarter being reported: the one named before, else the last complete one
        base = _reported_quarter(ctx)
        return "DATE", _shift_quarter(base, {-1: 0, 0: 0, -2: -1}.get(step, step)), None
    if unit == "H":
        step = max(step, -2) // 2 if step < 0 else 0
    return "DATE", cal.shift(ctx.anchor, unit, step), None


@rule("year_ended", r"the\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)", needs="calendar_unit")
def _year_ended(m: re.Match, ctx: Context) -> Result:
    """ "revenue of $76 million for the year ended Sept. 30": a year's span up to the date that
    follows (marked apart), as TIMEX3 has it."""
    return "DURATION", "P1Y", None


@rule("year_end", r"year(?:[- ]|['’]s\s+)end(?!-\w)(?:\s+(?P<year>{YEAR}))?", needs="calendar_unit")
def _year_end(m: re.Match, ctx: Context) -> Result:
    """ "complete the transaction by year-end": the last day of the report's year; "since
    year-end", and in a past sentence, of the year before. "by year's end", "year end": the year,
    with its end as the mod (as TimeBank has each form)."""
    before = m.string[max(0, m.start() - 12):m.start()].lower()
    if not re.search(r"\b(?:by|at|since|until|till|before|after|through|to|around|near|from|of|the)\s+$", before):
        return None  # "year-end bonuses": a kind of bonus, no date
    day, mod = ("-12-31", None) if "-" in m.group(0) else ("", "END")
    if m["year"]:
        return "DATE", f"{m['year']}{day}", mod
    if ctx.anchor is None:
        return "DATE", f"XXXX{day}", mod
    back = re.search(r"\bsince\s+$", before) or ctx.tense == PAST and not re.search(r"\bby\s+$", before)
    return "DATE", f"{ctx.anchor.year - bool(back):04d}{day}", mod


@rule("the_year", r"the\s+(?:full\s+|current\s+)?(?:fiscal\s+)?year(?!\s+(?:end(?:ed|ing)|before|after|earlier|ago|when|that|in\s+which|of|since|to|\d)|-)", needs="calendar_unit")
def _the_year(m: re.Match, ctx: Context) -> Result | None:
    """ "For the year, volume was flat", "sales for the full year", "earlier in the year": the year of
    the report (TimeBank marks these the current year); not "the year before" or "the year the war
    began", which are other years, nor a bare "the year" with no preposition before it."""
    before = m.string[max(0, m.start() - 40):m.start()]
    if not (re.search(r"\b(?:for|in|through|during|throughout)\s+$", before, re.I)
            # "of the year" only as a part of it: "nine months of the year", not "player of the year"
            or re.search(r"\b(?:months|weeks|days|quarters?|half|end|start|beginning|rest|part|remainder|middle)\s+of\s+$",
                         before, re.I)):
        return None
    return ("DATE", f"{ctx.anchor.year:04d}", None) if ctx.anchor else ("DATE", "XXXX", None)


@rule("first_part_of_year", r"the\s+first\s+(?P<num>two|three|six|2|3|6)\s+(?P<unit>quarters|months)\s+of\s+"
      r"(?:(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year|the\s+(?:current\s+)?year)", needs="unit")
def _first_part_of_year(m: re.Match, ctx: Context) -> Result | None:
    """ "the first two quarters of 1990" is 1990-H1, "the first three months of next year" its Q1:
    a calendar part with a name of its own; other counts ("the first nine months of 1989") are left
    to the duration and the year apart."""
    part = {("quarters", 2): "H1", ("months", 3): "Q1", ("months", 6): "H1"}.get(
        (m["unit"].lower(), int(number_value(m["num"]) or 0)))
    if part is None:
        return None
    if m["year"]:
        year = m["year"]
    elif ctx.anchor is None:
        return "DATE", f"XXXX-{part}", None
    else:
        year = f"{ctx.anchor.year + {'last': -1, 'next': 1}.get((m['rel'] or '').lower(), 0):04d}"
    return "DATE", f"{year}-{part}", None


@rule("year_ago_span", r"the\s+(?:year-earlier|year-ago|comparable)\s+(?P<num>{NUM})[- ](?P<unit>months|quarters|weeks)", needs="unit")
def _year_ago_span(m: re.Match, ctx: Context) -> Result | None:
    """ "Net for the year-earlier nine months": as long a span a year before; TIMEX3 marks the whole
    as that duration (P9M), not the adjective as a date."""
    amount = number_value(m["num"])
    return ("DURATION", _duration(amount, unit_code(m["unit"].lower())), None) if amount else None


@rule("quarter_a_year_ago", r"the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier|before)", needs="calendar_unit")
def _quarter_a_year_ago(m: re.Match, ctx: Context) -> Result:
    """ "up from $4 million in the quarter a year ago": the reported quarter a year before."""
    base = _reported_quarter(ctx)
    return "DATE", _shift_quarter(base, -4) if base else "XXXX-QX", None


@rule("month_or_week", r"the\s+(?P<unit>month|week)(?!\w)", needs="calendar_unit")
def _month_or_week(m: re.Match, ctx: Context) -> Result | None:
    """ "by the end of the month", "the beginning of the week": the month or week the text speaks of
    (the report's where it named no day); spans.py puts "the end of" in the span with its mod, as
    for "the end of the year". Only after such an edge: "the week's most active session" is none."""
    if not _EDGE_OF.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    day = ctx.last_day or ctx.anchor
    month = m["unit"].lower() == "month"
    if day is None:
        return "DATE", "XXXX-XX" if month else "XXXX-WXX", None
    return "DATE", day.strftime("%Y-%m") if month else cal.week_value(day), None


_EDGE_OF = re.compile(r"\bthe\s+(?:end|beginning|start|middle)\s+of\s+$", re.I)


@rule("the_quarter", r"the\s+(?:(?P<rel>year-earlier|year-ago|latest|same|comparable|previous|prior)\s+)?(?:fiscal\s+)?(?P<unit>quarter|period)(?!\s+of|-to-)|(?P<adj>year-earlier|year-ago|year-before)", needs="calendar_unit")
def _the_quarter(m: re.Match, ctx: Context) -> Result | None:
    rel = (m["rel"] or "").lower()
    ended = _ENDED.match(m.string, m.end())
    if ended:
        # "the quarter ended Sept. 30": the quarter reported on (a fiscal quarter keeps its fiscal
        # name), else the calendar quarter that holds most of its three months (ended July 31 is
        # May to July: Q2); TimeBank tags "the quarter" and the date apart
        if rel or m["unit"].lower() != "quarter":
            return None
        if ctx.last_quarter:
            return "DATE", ctx.last_quarter, None
        month = month_number(ended["month"])
        if ctx.anchor is None:
            return "DATE", "XXXX-QX", None
        year = ctx.anchor.year - (month > ctx.anchor.month)
        middle = month - 1 if int(ended["day"]) >= 15 else month - 2  # the middle month of the three
        if middle < 1:
            year, middle = year - 1, middle + 12
        return "DATE", f"{year:04d}-Q{(middle - 1) // 3 + 1}", None
    if _ENDED_UNDATED.match(m.string, m.end()):
        return None  # "the period ended ...", "the quarter ending next month"
    if m["adj"]:
        if ctx.last_quarter and _quarter_context(m):
            return "DATE", _shift_quarter(ctx.last_quarter, -4), None
        return ("DATE", f"{ctx.anchor.year - 1:04d}", None) if ctx.anchor else ("DATE", "XXXX", None)
    if m["unit"].lower() == "period" and not (rel or ctx.last_quarter):
        return None
    base = _reported_quarter(ctx)
    if base is None:
        return "DATE", "XXXX-QX", None
    if rel in ("year-earlier", "year-ago", "comparable"):
        return "DATE", _shift_quarter(base, -4), None
    if rel in ("previous", "prior"):
        return "DATE", _shift_quarter(base, -1), None
    return "DATE", base, None


_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})\b".format(**fragments()), re.I)
_ENDED_UNDATED = re.compile(r"\s+(?:ended|ending)\b", re.I)


def _reported_quarter(ctx: Context) -> str | None:
    """The quarter a report is on: the one it named (ctx.last_quarter), else the last complete one
    before the report; None with neither."""
    return ctx.last_quarter or (cal.shift(ctx.anchor, "Q", -1) if ctx.anchor else None)


def _shift_quarter(value: str, n: int) -> str:
    year, quarter = int(value[:4]), int(value[-1])
    index = year * 4 + quarter - 1 + n
    return f"{index // 4:04d}-Q{index % 4 + 1}"


_COMPARED = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|than)\b[^.;:]{0,50}$", re.I)


def _compared(m: re.Match) -> bool:
    """The expression closes a comparison ("... from $21.4 million last year")."""
    return bool(_COMPARED.search(m.string[max(0, m.start() - 80):m.start()]))


def _quarter_context(m: re.Match) -> bool:
    window = m.string[max(0, m.start() - 600):m.end() + 200].lower()  # the paragraph around it
    return "quarter" in window


@rule("year_period", r"the\s+(?P<year>{YEAR})\s+period", needs="digit")
def _year_period(m: re.Match, ctx: Context) -> Result:
    """ "In the 1989 period also, interest expense ...": in a report on a quarter, that quarter of
    the year; else the year."""
    if ctx.last_quarter and _quarter_context(m):
        return "DATE", f"{m['year']}-{ctx.last_quarter[5:]}", None
    return "DATE", m["year"], None


# ---- seasons -----------------------------------------------------------------------------------
@rule("season", r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past)\s+|(?:the\s+)?(?P<mod>early|late|mid)[- ]?\s*|the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?", needs="season")
def _season_rule(m: re.Match, ctx: Context) -> Result | None:
    code = lexicon()["seasons"][m["season"].lower()]
    if m["year"]:
        return "DATE", f"{m['year']}-{code}", _mod(m["mod"])
    if not (m["rel"] or m["mod"] or m.group(0).lower().startswith("the")):
        before = m.string[max(0, m.start() - 10):m.start()].lower()
        if not re.search(r"\b(in|this|last|next|the|during|since|until|by)\s*$", before):
            return None  # "fall" as a verb
    rel = " ".join((m["rel"] or "").lower().split())
    step = {"last": -1, "this past": -1, "the past": -1, "next": 1, "this coming": 1, "the coming": 1}.get(rel, 0)
    return _season(code, step, ctx, _mod(m["mod"]))


def _season(code: str, step: int, ctx: Context, mod: str | None = None) -> Result:
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}", mod
    order = ["WI", "SP", "SU", "FA"]
    current = cal.SEASON_OF_MONTH[ctx.anchor.month]
    year = ctx.anchor.year
    if step < 0 and order.index(code) >= order.index(current):
        year -= 1
    elif step > 0 and order.index(code) <= order.index(current):
        year += 1
    elif step == 0 and ctx.tense == PAST and order.index(code) > order.index(current):
        year -= 1
    return "DATE", f"{year}-{code}", mod


# ---- clock times -------------------------------------------------------------------------------
@rule("clock", r"(?:(?P<H>\d{{1,2}})(?:[:.](?P<M>\d{{2}}))?\s*(?P<mer>a\.?\s?m\.?|p\.?\s?m\.?|(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening))|(?P<H24>[01]?\d|2[0-3]):(?P<M24>[0-5]\d)(?!\d)|(?P<word>noon|midnight|midday))"
      r"(?:[ \t]+(?P<zone>(?-i:{ZONE})\b))?", needs="digit part")
def _clock(m: re.Match, ctx: Context) -> Result | None:
    if m["word"]:
        hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["word"].lower()]
    elif m["H24"] is not None:
        hour, minute = int(m["H24"]), int(m["M24"])
        before = m.string[max(0, m.start() - 3):m.start()]
        if re.search(r"\d[,.]?\s?$", before):
            return None
    else:
        hour, minute = int(m["H"]), int(m["M"] or 0)
        if not 1 <= hour <= 12:
            return None
        # "4 in the morning", "7 o'clock in the evening"
        pm = m["mer"].lower().startswith("p") or m["mer"].lower().endswith(("afternoon", "evening"))
        hour = (hour % 12) + (12 if pm else 0)
    clock = f"{hour:02d}:{minute:02d}"
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{clock}", None
    return "TIME", f"{ctx.anchor.isoformat()}T{clock}", None


# ---- durations ---------------------------------------------------------------------------------
# an amount right before "a year" makes it a rate: "$1.76 a year", "358,000 a month", "700 seats a week"
_RATE = re.compile(r"(?:[$€£]\s?[\d,.]+|\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"dozens?|hundreds?))(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+)?\s+$", re.I)


@rule("duration", r"(?:(?:the\s+)?(?P<edge>past|last|next|first|coming|previous|following|final)\s+)?(?P<num>{NUM}|{VAGUE})(?P<half>\s+1/2|\s*½|\s+and\s+a\s+half)?[- ](?:(?:more|additional|further|trading|straight|consecutive)\s+)?(?P<unit>{UNIT})(?P<and_half>\s+and\s+a\s+half)?(?:[- ](?:long|old))?", needs="unit")
def _duration_rule(m: re.Match, ctx: Context) -> Result | None:
    if re.match(r"[- ]?(?:old|olds)\b", m.string[m.end():m.end() + 6]) or m.group(0).lower().endswith("old"):
        return None  # ages ("a 6-year-old", "52 years old") are not time expressions
    if re.match(r"-end\b", m.string[m.end():m.end() + 5]):
        return None  # "a year-end rally": the year's end, read by year_end
    amount = number_value(m["num"])
    unit = m["unit"].lower()
    if m.group(0).lower() == "one day" and _MODAL_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return "DATE", "FUTURE_REF", None  # "Islam will one day be the second largest religion": someday
    if unit == "second" and m["num"].lower() == "a" and not m["edge"]:
        after = re.match(r"\s+([a-z]+)", m.string[m.end():m.end() + 24], re.I)
        if after and after.group(1).lower() not in lexicon()["after_a_second"]:
            return None  # "a second round", "a second betrayal": the ordinal, not a duration
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", m["num"]) and not unit.endswith("s"):
        # "the 1988 quarter": a year naming a period, not 1,988 quarters
        return ("DATE", f"{m['num']}-QX", None) if unit == "quarter" else None
    if unit.startswith("quarter") and (of := re.match(r"\s+of\s+(\w+)", m.string[m.end():m.end() + 24])) and (
            m["num"].lower() in ("a", "one") or "-" in m.group(0) or of.group(1).lower() in _SHARE_OF):
        return None  # "a quarter of the market", "three-quarters of its food": a share, not a time
    if m["num"].lower() in ("a", "an") and not m["edge"] and _RATE.search(m.string[max(0, m.start() - 40):m.start()]):
        return None  # "$500 million a year", "four flights a week", "24 hours a day": a rate, not a time
    if amount is None and m["num"].lower() in ("a", "an"):
        amount = 1
    code = unit_code(unit)
    if code == "WE":
        return None
    if (m["half"] or m["and_half"]) and amount is not None:
        amount += 0.5
    return "DURATION", _duration(amount, "MIN" if unit.startswith("minute") else code), None


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|should)\s+$", re.I)
_SHARE_OF = frozenset({"the", "its", "his", "her", "their", "our", "all", "those", "these", "them", "us"})
# "a quarter of an hour" = PT15M, "three quarters of a century" = P75Y
_QUARTER_OF = {"hour": (15, "PT{}M"), "year": (3, "P{}M"), "century": (25, "P{}Y")}


@rule("quarter_of_unit", r"(?P<num>a|one|three)[- ]quarters?\s+of\s+an?\s+(?P<unit>hour|year|century)", needs="unit")
def _quarter_of_unit(m: re.Match, ctx: Context) -> Result:
    size, shape = _QUARTER_OF[m["unit"].lower()]
    return "DURATION", shape.format(size * (3 if m["num"].lower() == "three" else 1)), None


@rule("vague_duration", r"(?:the\s+(?:past|last|next|coming)\s+)?(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)(?!\s+(?:ago|earlier|later))", needs="unit")
def _vague_duration(m: re.Match, ctx: Context) -> Result | None:
    unit = m["unit"].lower()
    before = m.string[max(0, m.start() - 24):m.start()].lower()
    # "for years", "in recent years" (handled as PAST_REF), "within days": only after a cue
    # (the cue stays out of the span: TimeBank marks "centuries" in "for centuries")
    if not (m.group(0).lower().startswith("the") or re.search(r"\b(for|within|in|over|after|takes?|took|lasted?)\s*$", before)):
        return None
    if re.search(r"\b(recent|coming|\d+|several|few|many)\s*$", before):
        return None
    return "DURATION", _duration(None, "MIN" if unit.startswith("minute") else unit_code(unit)), None


@rule("recent_units", r"(?:recent|coming)\s+(?P<unit>years|months|weeks|days|decades|quarters)"
      r"|the\s+(?P<ahead>years|months|weeks|days|quarters)\s+ahead", needs="unit")
def _recent_units(m: re.Match, ctx: Context) -> Result:
    # "in recent years": a span of unknown length up to now (TimeBank mostly PXY over PAST_REF, 6
    # to 4); "in coming weeks", "in the weeks ahead": one from now, as "the coming weeks" is; the
    # preposition is no part of the expression
    return "DURATION", _duration(None, unit_code((m["unit"] or m["ahead"]).lower())), None


# half of a unit, written in the unit below: 5 1/2 hours = PT5H30M, 2 1/2 years = P2Y6M
_HALF_BELOW = {"H": "30M", "MIN": "30S", "D": "12H", "W": "3DT12H", "M": "15D", "Y": "6M"}


def _duration(amount: float | None, code: str) -> str:
    if code == "2W":
        code, amount = "W", (amount or 1) * 2
    if code == "DE" and amount is not None:
        code, amount = "Y", amount * 10
    time_unit = code in ("H", "S", "MIN")
    symbol = "M" if code == "MIN" else code
    if amount is not None and amount != int(amount) and (amount * 2) == int(amount * 2) and code in _HALF_BELOW:
        whole, half = int(amount), _HALF_BELOW[code]
        if time_unit:
            return f"PT{whole}{symbol}{half}" if whole else f"PT{half}"
        if code == "D":
            return f"P{whole}DT{half}" if whole else f"PT{half}"
        return f"P{whole}{code}{half}" if whole else f"P{half}"
    value = "X" if amount is None else (str(int(amount)) if amount == int(amount) else str(amount))
    return f"PT{value}{symbol}" if time_unit else f"P{value}{symbol}"


def _x_value(code: str) -> str:
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "Y": "XXXX", "DE": "XXX"}.get(code, "XXXX")


# ---- sets --------------------------------------------------------------------------------------
@rule("set", r"(?:(?:every|each|per)\s+(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|morning|evening|night)|(?:every|each)\s+(?:(?P<month>{MONTH})|(?P<season>{SEASON}))|(?P<word>{SETWORD}))", needs="unit weekday part month season set_word")
def _set(m: re.Match, ctx: Context) -> Result | None:
    if m["word"]:
        return "SET", lexicon()["set_words"][m["word"].lower()], None
    if m["month"]:  # "march each July"
        return "SET", f"XXXX-{month_number(m['month']):02d}", None
    if m["season"]:  # "every summer"
        return "SET", f"XXXX-{lexicon()['seasons'][m['season'].lower()]}", None
    unit = m["unit"]
    if re.fullmatch(fragments()["WEEKDAY"], unit, re.I):
        return "SET", f"XXXX-WXX-{weekday_number(unit) + 1}", None
    if unit.lower() in ("morning", "evening", "night"):
        return "SET", f"XXXX-XX-XXT{_part(unit)}", None
    amount = number_value(m["num"]) if m["num"] else 1
    code = unit_code(unit)
    if m.group(0).lower().startswith("per") and code not in ("D", "W", "M", "Y", "H"):
        return None
    return "SET", _duration(amount, "H" if unit.lower().startswith("hour") else code), None


@rule("weekly", r"(?P<weekday>{DAY_NAME})(?:s\b|\s+(?P<part>mornings|afternoons|evenings|nights)\b)", needs="weekday")
def _weekly(m: re.Match, ctx: Context) -> Result:
    """ "on Tuesdays", "Tuesday nights": every such day (or part of it), a set."""
    day = f"XXXX-WXX-{weekday_number(m['weekday']) + 1}"
    return "SET", day + (f"T{_part(m['part'].rstrip('s'))}" if m["part"] else ""), None


# ---- references to now, the past and the future -----------------------------------------------
@rule("present_ref", r"(?P<word>{PRESENT})", needs="present")
def _present(m: re.Match, ctx: Context) -> Result | None:
    word = m["word"].lower()
    if word in ("current", "the current"):
        after = m.string[m.end():m.end() + 16].lower()
        if re.match(r"\s+(?:year|month|week|quarter|period|season|fiscal)\b", after):
            return None  # "the current year" is the unit itself
        if re.match(r"\s+accounts?\b|s\b", after) or not re.match(r"\s+[a-z]", after):
            return None  # "current account", "currents", or not an adjective
    return "DATE", "PRESENT_REF", None


@rule("past_ref", r"(?P<word>{PAST})", needs="past")
def _past(m: re.Match, ctx: Context) -> Result | None:
    word = " ".join(m["word"].lower().split())
    if word in ("once", "before", "earlier"):
        return None  # mostly not temporal expressions in TimeML
    if word == "recent":
        after = m.string[m.end():m.end() + 12].lower()
        if not re.match(r"\s+(?:years?|months?|weeks?|days?|decades?|times|history|past)\b", after):
            return None
    return "DATE", "PAST_REF", None


@rule("future_ref", r"(?P<word>{FUTURE})", needs="future")
def _future(m: re.Match, ctx: Context) -> Result | None:
    if m["word"].lower() in ("later", "eventually", "shortly", "one day", "soon"):
        return None if m["word"].lower() != "soon" else ("DATE", "FUTURE_REF", None)
    return "DATE", "FUTURE_REF", None


def _part(word: str | None) -> str | None:
    if not word:
        return None
    return lexicon()["parts_of_day"].get(word.lower())


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    if word in ("early", "earlier") or "beginning" in word:
        return "START"
    if word in ("late", "later") or "end" in word:
        return "END"
    if word == "mid" or "middle" in word:
        return "MID"
    return None
