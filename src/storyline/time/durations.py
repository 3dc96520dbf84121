"""Clock times, durations ("16 months", "a few weeks"), sets ("every Monday", "annually") and
the references PRESENT_REF, PAST_REF and FUTURE_REF."""
from __future__ import annotations

import re

from .grammar import Context, part_of_day_code, Result, rule
from .lexicon import fragments, lexicon, month_number, number_value, unit_code, weekday_number
from .values import duration_value

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
    return "DURATION", duration_value(amount, "MIN" if unit.startswith("minute") else code), None


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
    return "DURATION", duration_value(None, "MIN" if unit.startswith("minute") else unit_code(unit)), None


@rule("recent_units", r"(?:recent|coming)\s+(?P<unit>years|months|weeks|days|decades|quarters)"
      r"|the\s+(?P<ahead>years|months|weeks|days|quarters)\s+ahead", needs="unit")
def _recent_units(m: re.Match, ctx: Context) -> Result:
    # "in recent years": a span of unknown length up to now (TimeBank mostly PXY over PAST_REF, 6
    # to 4); "in coming weeks", "in the weeks ahead": one from now, as "the coming weeks" is; the
    # preposition is no part of the expression
    return "DURATION", duration_value(None, unit_code((m["unit"] or m["ahead"]).lower())), None


# ---- sets --------------------------------------------------------------------------------------
@rule("set", r"(?:(?:every|each|per)\s+(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|{WEEKDAY}(?:\s+(?P<part>morning|afternoon|evening|night)\b)?|morning|evening|night)|(?:every|each)\s+(?:(?P<month>{MONTH})|(?P<season>{SEASON}))|(?P<word>{SETWORD}))", needs="unit weekday part month season set_word")
def _set(m: re.Match, ctx: Context) -> Result | None:
    if m["word"]:
        return "SET", lexicon()["set_words"][m["word"].lower()], None
    if m["month"]:  # "march each July"
        return "SET", f"XXXX-{month_number(m['month']):02d}", None
    if m["season"]:  # "every summer"
        return "SET", f"XXXX-{lexicon()['seasons'][m['season'].lower()]}", None
    unit = m["unit"]
    if m["part"]:  # "every Sunday night"
        weekday = unit.split()[0]
        return "SET", f"XXXX-WXX-{weekday_number(weekday) + 1}T{part_of_day_code(m['part'])}", None
    if re.fullmatch(fragments()["WEEKDAY"], unit, re.I):
        return "SET", f"XXXX-WXX-{weekday_number(unit) + 1}", None
    if unit.lower() in ("morning", "evening", "night"):
        return "SET", f"XXXX-XX-XXT{part_of_day_code(unit)}", None
    amount = number_value(m["num"]) if m["num"] else 1
    code = unit_code(unit)
    if m.group(0).lower().startswith("per") and code not in ("D", "W", "M", "Y", "H"):
        return None
    return "SET", duration_value(amount, "H" if unit.lower().startswith("hour") else code), None


@rule("weekly", r"(?P<weekday>{DAY_NAME})(?:s\b|\s+(?P<part>mornings|afternoons|evenings|nights)\b)", needs="weekday")
def _weekly(m: re.Match, ctx: Context) -> Result:
    """ "on Tuesdays", "Tuesday nights": every such day (or part of it), a set."""
    day = f"XXXX-WXX-{weekday_number(m['weekday']) + 1}"
    return "SET", day + (f"T{part_of_day_code(m['part'].rstrip('s'))}" if m["part"] else ""), None


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
