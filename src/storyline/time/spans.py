"""Span conventions TIMEX3 adds around what a grammar rule matched (hand-written: TimeBank's own
choices, counted on TBAQ). A modifier before the expression is part of it with the mod it gives
("more than four hours": MORE_THAN; "the end of this week": END), and a counted span of time keeps
its article ("for the nine months"); the words and mods are data (timex.json "approximations")."""
from __future__ import annotations

import re
from functools import cache

from .lexicon import fragments, lexicon

_WEEKDAY = re.compile(fragments()["DAY_NAME"] + r"\b")


def widen(text: str, start: int, end: int, kind: str) -> tuple[int, str | None]:
    """Where the expression matched at start..end begins once TIMEX3's conventions apply, and the
    mod a modifier gives it (None without one)."""
    return _approximation(text, _with_article(text, start, end, kind), kind)


@cache
def _approximations() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    words = lexicon()["approximations"]
    return {kind: (re.compile(r"(?:^|(?<=\W))(" + "|".join(
        sorted((w.replace(" ", r"\s+") for w in table), key=len, reverse=True)) + r")\s+$", re.I),
        table) for kind, table in words.items()}


def _approximation(text: str, start: int, kind: str) -> tuple[int, str | None]:
    """Where the expression starts with a modifier TIMEX3 keeps before it ("more than four hours",
    "around Nov. 1", "the end of this week"), and the mod it gives; the start unchanged and None
    without one."""
    if (kind != "DATE" and text[start:start + 4].lower() == "the ") or _WEEKDAY.match(text, start):
        return start, None  # "nearly the past year", "around Wednesday": TimeBank leaves them out
    before = text[max(0, start - 20):start]
    for group in ("any",) + {"DURATION": ("duration",), "DATE": ("date",)}.get(kind, ()):
        pattern, table = _approximations()[group]
        m = pattern.search(before)
        if m:
            return start - len(before) + m.start(1), table[" ".join(m.group(1).lower().split())]
    return start, None


_COUNTED = re.compile(r"[\w.]+(?:\s+[\w.]+)?\s+[a-z]+s", re.I)  # "nine months", "a few days"


def _with_article(text: str, start: int, end: int, kind: str) -> int:
    """ "For the nine months, ...": a counted span of time with "the" keeps it, as TIMEX3 does; not
    one that describes a noun ("the two-week crisis", "the two days of music")."""
    if kind == "DURATION" and text[max(0, start - 4):start].lower() == "the " and _COUNTED.fullmatch(text, start, end) \
            and not re.match(r"\s+of\b", text[end:end + 4]):
        return start - 4
    return start
