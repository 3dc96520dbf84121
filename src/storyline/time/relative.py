"""Dates relative to the report's time: today, yesterday, tonight, parts of the day, weekdays
(by the tense of the governing verb), weekends, "last week", "two days later", "three years ago"."""
from __future__ import annotations

import re
from datetime import timedelta

from . import calendar as cal
from .grammar import Context, FUTURE, mod_of, part_of_day_code, PAST, Result, rule, unresolved_date
from .lexicon import MONTHS, lexicon, number_value, unit_code, weekday_number
from .values import (compared_before, duration_value, quarter_context, reported_quarter, season_value,
                     shift_quarter, x_value)

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
    part = "NI" if word == "tonight" else part_of_day_code(m["part"])
    if ctx.anchor is None:
        return ("TIME" if part else "DATE"), "XXXX-XX-XX" + (f"T{part}" if part else ""), None
    day = (ctx.anchor + timedelta(days=DAY_WORDS[word])).isoformat()
    if part:
        return "TIME", f"{day}T{part}", None
    return "DATE", day, mod_of(m["mod"])


@rule("part_of_day", r"(?:(?P<mod>early|late|later|earlier|mid)[- ]?\s*)?(?P<rel>this|last|yesterday|tomorrow)\s+(?P<part>morning|afternoon|evening|night)"
      r"|(?P<alone>overnight)|(?P<mid>mid)[- ]?(?P<mid_part>morning|afternoon)(?:\s+(?P<day>yesterday|today|tomorrow))?", needs="part")
def _part_of_day(m: re.Match, ctx: Context) -> Result:
    """ "this morning", "later this afternoon", "last night", "overnight"; "by mid-afternoon": that
    part of the day the text speaks of (the report's where it named none)."""
    rel = (m["rel"] or "this").lower()
    part = part_of_day_code(m["part"] or m["mid_part"] or "night")
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
    return "TIME", f"{(ctx.anchor + timedelta(days=shift)).isoformat()}T{part}", mod_of(m["mod"])


@rule("weekday", r"(?:(?P<mod>early|late)\s+(?:on\s+)?)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following)\s+)?(?P<weekday>{WEEKDAY})(?:'s)?(?:\s+(?P<part>morning|afternoon|evening|night))?", needs="weekday")
def _weekday(m: re.Match, ctx: Context) -> Result:
    weekday = weekday_number(m["weekday"])
    part = part_of_day_code(m["part"])
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
    return "DATE", day.isoformat(), mod_of(m["mod"])


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
        base = reported_quarter(ctx)
        return "DATE", shift_quarter(base, -4) if base else "XXXX-QX", mod_of(m["mod"])
    mod = mod_of(m["mod"])
    if code in seasons.values():
        return season_value(code, step, ctx)
    if rel in ("the following", "the previous") and code in ("Y", "M") and ctx.last_day:
        return "DATE", cal.shift(ctx.last_day, code, 1 if rel == "the following" else -1), mod
    if rel in ("the following", "the previous") and code == "Y" and ctx.last_year is not None:
        # "opened in 1995 and closed the following year": the year after the one the text last gave;
        # in "March of the following year" that is the year March was just given
        step = 0 if _MONTH_OF.search(m.string, max(0, m.start() - 16), m.start()) else 1 if rel == "the following" else -1
        return "DATE", f"{ctx.last_year + step:04d}", mod
    if rel in ("the past", "the next", "the previous", "the following") and code in ("Y", "M", "W", "DE"):
        # "the past year" is usually a span of time, not the calendar unit
        return "DURATION", duration_value(1, code), None
    if rel == "the latest" and code != "Q":
        return None
    if rel == "last" and code == "Y" and ctx.last_quarter and quarter_context(m) and compared_before(m):
        # "a loss in the latest quarter, compared with earnings of $33 million last year": the
        # year-ago quarter
        return "DATE", shift_quarter(ctx.last_quarter, -4), mod
    if rel == "that" and code == "Y" and ctx.last_year is not None:
        # "fled in June 1998 and returned later that year": the year of the last date of any grain
        return "DATE", f"{ctx.last_year:04d}", mod
    base = ctx.last_day if rel in ("the following", "the previous", "the same", "that") and ctx.last_day else ctx.anchor
    if base is None:
        return "DATE", x_value(code), mod
    return "DATE", cal.shift(base, code, step), mod


_MONTH_OF = re.compile(r"(?:" + "|".join(names[0] for names in MONTHS) + r")\s+of\s+$")  # "March of the following year"


def _relative_day(rel: str, unit: str, ctx: Context) -> Result | None:
    step = {"the previous": -1, "the following": 1, "the next": 1, "the same": 0, "that": 0,
            "last": -1, "this": 0}.get(rel)
    if step is None:
        return None
    base = ctx.last_day or ctx.anchor
    if unit != "day" and (unit == "night" or rel not in ("last", "this")):
        # "that night", "the next morning"; "this morning" is the part-of-day rule's
        part = part_of_day_code(unit)
        if base is None:
            return "TIME", f"XXXX-XX-XXT{part}", None
        return "TIME", f"{(base + timedelta(days=step)).isoformat()}T{part}", None
    if rel in ("last", "this"):
        return None
    if base is None:
        return unresolved_date("XXXX-XX-XX")
    return "DATE", (base + timedelta(days=step)).isoformat(), None


@rule("unit_of_now", r"(?P<mod>earlier|later|early|late)\s+(?P<rel>this|last|next)\s+(?P<unit>week|month|year|decade|century)", needs="unit")
def _unit_of_now(m: re.Match, ctx: Context) -> Result:
    step = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    code = unit_code(m["unit"])
    mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}[m["mod"].lower()]
    if ctx.anchor is None:
        return "DATE", x_value(code), mod
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
        return unresolved_date(x_value(code))
    if code == "Y" and ctx.last_quarter and quarter_context(m):
        return "DATE", shift_quarter(ctx.last_quarter, 4 * n), None
    return "DATE", cal.shift(base, code, n), None
