"""Time stage: TIMEX3 expressions (DATE, TIME, DURATION, SET) with spans and normalised values.

requires: text; optionally a spaCy Doc (for the tense of the governing verb) and a function
          giving the anchor (report or live-blog post time) at an offset
assigns:  Document.timexes, each with type, value, mod and the anchor it was resolved against
Relative expressions with no anchor keep TIMEX3 placeholders (XXXX-XX-XX) and anchor None:
they are never resolved against the machine's clock.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from ..records import TimeExpression
from . import calendar as cal
from .grammar import RULES, UNKNOWN, Context, Rule
from .spans import widen
from .tense import tense_from_text, tense_of_span
from .triggers import trigger_spans, windows

NAME, VERSION = "time", "86"

# Rules whose values never depend on the anchor.
ABSOLUTE = {"iso", "numeric", "month_day_year", "month_year", "year", "decade", "century"}
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_COMPARED_QUARTER = re.compile(r"year[- ](?:ago|earlier|before)|(?:last|next|previous|prior)\s+year|period", re.I)
_YEAR_LED = re.compile(r"^\d{4}(?:-|$)")  # a value that names its year: 1998, 1998-06, 1998-06-24, 1998-Q3
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match


def candidates(text: str) -> list[_Candidate]:
    """Every rule's matches, then the longest non-overlapping ones (earlier rule wins ties). A rule
    reads only the stretches around its trigger words (triggers.py)."""
    found: list[tuple[int, int, int, _Candidate]] = []
    triggers = trigger_spans(text)
    for order, rule in enumerate(RULES):
        for low, high in windows(text, triggers, rule.needs):
            for match in rule.pattern.finditer(text, low, high):
                start, end = _trim(text, match.start(), match.end())
                if end > start and not _quoted_title(text, start, end):
                    found.append((-(end - start), order, start, _Candidate(start, end, rule, match)))
    found.sort(key=lambda item: item[:3])
    taken: list[_Candidate] = []
    # the spans taken, in text order (they never overlap, so their ends are in order too): a
    # candidate is free when the last span starting before its end ends before it starts
    starts: list[int] = []
    ends: list[int] = []
    for _, _, _, cand in found:
        before = bisect_left(starts, cand.end)
        if not before or ends[before - 1] <= cand.start:
            taken.append(cand)
            starts.insert(before, cand.start)
            ends.insert(before, cand.end)
    return sorted(taken, key=lambda c: c.start)


def _quoted_title(text: str, start: int, end: int) -> bool:
    """ "on ABC's “This Week”", "``60 Minutes.''", "“This Week With David Brinkley”": a quotation
    whose words are all capitalised (but for short joining words) and that opens with the
    expression names a programme or a work, not a time; "“Today I want to thank ...”" does not."""
    if not _OPENS.search(text, max(0, start - 2), start):
        return False
    closing = _CLOSES.search(text, end, end + 60)
    if closing is None:
        return False
    quoted = text[start:closing.start()]
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    if len(quoted.split()) == 1 and quoted.rstrip().endswith((".", "!", "?")):
        return False  # “Monday.”: a one-word answer
    return bool(words) and words[0][0].isupper() and words[-1] != "I" and all(
        w[0].isupper() or w.lower() in _TITLE_JOINERS for w in words)


_OPENS = re.compile(r"(?:[“\"‘«]|``)$")
_CLOSES = re.compile(r"[”\"»\n]|''|’(?!\w)")
_TITLE_JOINERS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"})


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:In|By)\s+$")  # "In 1918, there was a first wave in April"


def find_timexes(
    text: str, *, doc=None, anchor_at: Callable[[int], str | None] | str | None = None,
    tenses: dict[int, int] | None = None,
) -> list[TimeExpression]:
    """All time expressions in `text`, resolved against the anchor at each offset.

    The tense that orients weekdays and year-less dates comes from the parse (`doc`), else from
    `tenses` (start offset -> tense, as an earlier parse recorded it), else from the words."""
    anchor_of = anchor_at if callable(anchor_at) else (lambda _offset, value=anchor_at: value)
    results: list[TimeExpression] = []
    last_day = last_quarter = last_year = year_said_at = None
    for cand in _merge_parts(text, candidates(text)):
        anchor_value = anchor_of(cand.start)
        if doc is not None:
            tense = tense_of_span(doc, cand.start, cand.end)
        elif tenses is not None and cand.start in tenses:
            tense = tenses[cand.start]
        else:
            tense = _text_tense(text, cand.start)
        ctx = Context(anchor=cal.parse_day(anchor_value), tense=tense, last_day=last_day, last_quarter=last_quarter,
                      last_year=last_year, year_said_at=year_said_at)
        try:
            result = cand.resolve(ctx) if isinstance(cand, (_Merged, _WithYear)) else cand.rule.handle(cand.match, ctx)
        except (ValueError, OverflowError):  # a value no calendar holds ("3000 millennia ago"): skip it
            result = None
        if result is None:
            continue
        kind, value, mod = result
        relative = not (isinstance(cand, _WithYear) or isinstance(cand, _Candidate) and cand.rule.name in ABSOLUTE)
        uses_anchor = relative and kind in ("DATE", "TIME") and not value.startswith(("X", "P", "PRESENT", "PAST", "FUTURE"))
        end = cand.end - 2 if text[cand.start:cand.end].endswith(("'s", "’s")) else cand.end  # TIMEX3 leaves "'s" out
        start, approx = widen(text, cand.start, end, kind)
        results.append(TimeExpression(
            start, end, text[start:end], kind, value,
            anchor_value if uses_anchor and ctx.anchor else None, mod or approx, tense,
        ))
        day = cal.parse_day(value)
        if day is not None and kind in ("DATE", "TIME"):
            last_day = day
        if kind in ("DATE", "TIME") and _YEAR_LED.match(value):
            if kind == "DATE" and len(value) == 4 and not relative and _OPENS_SENTENCE.search(text, max(0, start - 12), start):
                year_said_at = end  # "In 1918, ...": the sentence's year, for its months (dates._year_opened)
            elif int(value[:4]) != last_year:
                year_said_at = None
            last_year = int(value[:4])
        if kind == "DATE" and _QUARTER.match(value) and _reported(value, cand_text(cand, text), tense, ctx.anchor, last_quarter):
            last_quarter = value
    return results


def _reported(quarter: str, words: str, tense: int, anchor, last: str | None) -> bool:
    """Is `quarter` ("1989-Q3", written `words`) the one a report's results are for, which "the
    year-ago period" and "the quarter" later refer to? "this year's third quarter" is; "the year-ago
    quarter", "last year's third quarter" and "the 1988 period" are not. Nor is one spoken of in the
    future ("will report losses through the third quarter of 1990"), nor one not over by the
    report's date unless in the past tense ("expect the trend to continue into the fourth quarter";
    but a fiscal "fourth quarter" ended in September is reported in November), nor an earlier one
    named after it ("after a flat second quarter"), unless fiscal (another company's calendar)."""
    if tense > 0 or _COMPARED_QUARTER.search(words):
        return False
    if last is not None and quarter < last and "fiscal" not in words.lower():
        return False
    over = anchor is None or (int(quarter[:4]), int(quarter[-1])) < (anchor.year, (anchor.month + 2) // 3)
    return over or tense < 0


def cand_text(cand, text: str) -> str:
    return text[cand.start:cand.end]


def _text_tense(text: str, offset: int) -> int:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, offset)), default=0)
    end_match = _SENTENCE_END.search(text, offset)
    return tense_from_text(text[start:end_match.start() if end_match else len(text)])


@dataclass(slots=True)
class _Merged:
    """A clock time and the day it falls on ("noon Thursday", "5 p.m. EST, Nov. 6"); the span is
    the clock's alone when a conversion stands between them ("10:35 a.m. (0735 GMT) Friday": TIMEX3
    marks the clock and the day apart, the clock on that day)."""

    start: int
    end: int
    clock: _Candidate
    day: _Candidate

    def resolve(self, ctx: Context):
        day = self.day.rule.handle(self.day.match, ctx)
        clock = self.clock.rule.handle(self.clock.match, ctx)
        if not day or not clock:
            return day or clock
        clock_part = clock[1].split("T", 1)[1]
        return "TIME", f"{day[1][:10]}T{clock_part}", None


@dataclass(slots=True)
class _WithYear:
    """A month or season and the spelled year after it ("January nineteen ninety-seven", "the winter
    of nineteen ninety-four", in broadcast transcripts): that month or season of that year."""

    start: int
    end: int
    part: _Candidate
    year: _Candidate

    def resolve(self, ctx: Context):
        part = self.part.rule.handle(self.part.match, ctx)
        year = self.year.rule.handle(self.year.match, ctx)
        if not part or not year or not part[1][4:5] == "-":
            return part or year
        return "DATE", f"{year[1][:4]}{part[1][4:]}", part[2]


_JOINER = re.compile(r"\s*(?:,|on|at|of)?\s*$", re.I)
_CONVERSION = re.compile(r"\s*\(\d{2}:?\d{2}\s*(?:GMT|UTC)\)\s*(?:,|on|at|of)?\s*$", re.I)  # "10:35 a.m. (0735 GMT) Friday"
_DAY_RULES = {"iso", "numeric", "month_day_year", "month_day", "weekday", "day_word"}


def _merge_parts(text: str, cands: list[_Candidate]) -> list[_Candidate | _Merged | _WithYear]:
    """Neighbouring matches that make one expression: a clock time and its day, a month or season
    and its spelled year."""
    out: list[_Candidate | _Merged | _WithYear] = []
    i = 0
    while i < len(cands):
        cur = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        gap = text[cur.end:nxt.start] if nxt is not None else ""
        converted = bool(_CONVERSION.match(gap))
        if nxt is not None and (len(gap) <= 5 and _JOINER.match(gap) or converted):
            pair = {cur.rule.name, nxt.rule.name}
            if "clock" in pair and pair & _DAY_RULES and "T" not in _peek_value(cur) + _peek_value(nxt):
                clock, day = (cur, nxt) if cur.rule.name == "clock" else (nxt, cur)
                if not converted:
                    out.append(_Merged(cur.start, nxt.end, clock, day))
                    i += 2
                    continue
                if cur is clock:  # the clock on the day, then the day itself
                    out += [_Merged(cur.start, cur.end, clock, day), nxt]
                    i += 2
                    continue
        if nxt is not None and cur.rule.name in ("month", "season") and nxt.rule.name == "spelled_year" \
                and re.fullmatch(r"\s+(?:of\s+)?", gap, re.I):
            out.append(_WithYear(cur.start, nxt.end, cur, nxt))
            i += 2
            continue
        out.append(cur)
        i += 1
    return out


def _peek_value(cand: _Candidate) -> str:
    # only day-level partners merge: "Wednesday evening" already carries its part of day
    return "T" if cand.match.groupdict().get("part") else ""
