"""Business and calendar periods: quarters ("the third quarter", "the year-earlier quarter"),
fiscal and calendar years, "the year ended ...", halves, seasons."""
from __future__ import annotations

import re

from . import calendar as cal
from .grammar import Context, mod_of, PAST, Result, rule
from .lexicon import fragments, lexicon, month_number, number_value, unit_code
from .values import duration_value, quarter_context, reported_quarter, season_value, shift_quarter

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
        base = reported_quarter(ctx)
        return "DATE", shift_quarter(base, {-1: 0, 0: 0, -2: -1}.get(step, step)), None
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
    return ("DURATION", duration_value(amount, unit_code(m["unit"].lower())), None) if amount else None


@rule("quarter_a_year_ago", r"the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier|before)", needs="calendar_unit")
def _quarter_a_year_ago(m: re.Match, ctx: Context) -> Result:
    """ "up from $4 million in the quarter a year ago": the reported quarter a year before."""
    base = reported_quarter(ctx)
    return "DATE", shift_quarter(base, -4) if base else "XXXX-QX", None


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
        if ctx.last_quarter and quarter_context(m):
            return "DATE", shift_quarter(ctx.last_quarter, -4), None
        return ("DATE", f"{ctx.anchor.year - 1:04d}", None) if ctx.anchor else ("DATE", "XXXX", None)
    if m["unit"].lower() == "period" and not (rel or ctx.last_quarter):
        return None
    base = reported_quarter(ctx)
    if base is None:
        return "DATE", "XXXX-QX", None
    if rel in ("year-earlier", "year-ago", "comparable"):
        return "DATE", shift_quarter(base, -4), None
    if rel in ("previous", "prior"):
        return "DATE", shift_quarter(base, -1), None
    return "DATE", base, None


_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})\b".format(**fragments()), re.I)
_ENDED_UNDATED = re.compile(r"\s+(?:ended|ending)\b", re.I)


@rule("year_period", r"the\s+(?P<year>{YEAR})\s+period", needs="digit")
def _year_period(m: re.Match, ctx: Context) -> Result:
    """ "In the 1989 period also, interest expense ...": in a report on a quarter, that quarter of
    the year; else the year."""
    if ctx.last_quarter and quarter_context(m):
        return "DATE", f"{m['year']}-{ctx.last_quarter[5:]}", None
    return "DATE", m["year"], None


# ---- seasons -----------------------------------------------------------------------------------
@rule("season", r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past)\s+|(?:the\s+)?(?P<mod>early|late|mid)[- ]?\s*|the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?", needs="season")
def _season_rule(m: re.Match, ctx: Context) -> Result | None:
    code = lexicon()["seasons"][m["season"].lower()]
    if m["year"]:
        return "DATE", f"{m['year']}-{code}", mod_of(m["mod"])
    if not (m["rel"] or m["mod"] or m.group(0).lower().startswith("the")):
        before = m.string[max(0, m.start() - 10):m.start()].lower()
        if not re.search(r"\b(in|this|last|next|the|during|since|until|by)\s*$", before):
            return None  # "fall" as a verb
    rel = " ".join((m["rel"] or "").lower().split())
    step = {"last": -1, "this past": -1, "the past": -1, "next": 1, "this coming": 1, "the coming": 1}.get(rel, 0)
    return season_value(code, step, ctx, mod_of(m["mod"]))
