"""The time-expression grammar: patterns and how each one becomes a TIMEX3 value.

Hand-written: no maintained Python library extracts TimeML TIMEX3 spans with values relative to
a document time (dateparser parses one given string; HeidelTime is Java and GPL). Each rule is a
regular expression over the text plus a function that computes (type, value, mod) from the match
and a Context (anchor day, tense of the governing verb, the last date the text resolved).
This module holds the rule record, the Context and the helpers every rule uses; the rules are in
dates.py, relative.py, periods.py and durations.py (values.py: helpers several of them share).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .lexicon import fragments, lexicon

PAST, UNKNOWN, FUTURE = -1, 0, 1


@dataclass(slots=True)
class Context:
    anchor: date | None  # the day deictic expressions are relative to
    tense: int = UNKNOWN  # of the verb governing the expression
    last_day: date | None = None  # the last day the text itself resolved (for "the next day")
    last_quarter: str | None = None  # the last quarter the text named ("1989-Q3"), for "the quarter"
    last_year: int | None = None  # the year of the last date the text resolved, a month or a year too
    year_said_at: int | None = None  # where the year a sentence opened with ("In 1918, ...") ends


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


def unresolved_date(shape: str) -> Result:
    return "DATE", shape, None


def year_number(text: str) -> int:
    year = int(text)
    return year + (1900 if year >= 30 else 2000) if year < 100 else year


def part_of_day_code(word: str | None) -> str | None:
    if not word:
        return None
    return lexicon()["parts_of_day"].get(word.lower())


def mod_of(word: str | None) -> str | None:
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


# the rules, registered in this order: of two overlapping matches the longer is taken, and of two as
# long the one whose rule came first (candidates in time/__init__.py)
from . import dates, relative, periods, durations  # noqa: E402,F401
