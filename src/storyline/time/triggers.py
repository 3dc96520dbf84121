"""Where a time rule needs to look: each rule's matches all hold one of its trigger words (a month's
name, a figure, a unit of time, "now" ...), so a rule reads only the text around those words.

Forty-odd regular expressions, each scanning a whole report, were a tenth of what a build costs
beside spaCy itself; most of a report holds no date. One pass over the words finds the triggers of
every class; a rule then runs over windows of MARGIN characters either side of its classes' words,
widened to whitespace so that no window starts or ends inside a word. The words come from the same
lexicon as the patterns (lexicon.py, data/timex.json). Hand-written: no library gates regular
expressions by keywords."""
from __future__ import annotations

import re
from functools import cache

from .lexicon import MONTHS, WEEKDAYS, lexicon

MARGIN = 120  # characters either side of a trigger word; the longest match seen is 35
DIGIT = "digit"  # a word holding a figure ("1998", "5th", "10:30")

_WORD = re.compile(r"[^\W_]+")  # the words of a text, as the patterns' word boundaries part them
_SPACE = re.compile(r"\s")
# a pattern's modifier may run into its word with no space ("midsummer", "mid-1990s" is two words)
_MODIFIERS = ("earlier", "early", "later", "late", "mid")


def _key_word(phrase: str) -> str:
    """The word a match of a phrase of the lexicon always holds: its longest ("at the moment" ->
    "moment"), never a "the" that every sentence has."""
    return max(_WORD.findall(phrase.lower()), key=len)


@cache
def _classes() -> dict[str, frozenset[str]]:
    """Lower-case word -> the trigger classes it belongs to."""
    lex = lexicon()
    words: dict[str, set[str]] = {
        "month": {n.lower() for names in MONTHS for n in names if n},
        "weekday": {w.lower() for w in WEEKDAYS} | {w.lower() + "s" for w in WEEKDAYS} | {w[:3].lower() for w in WEEKDAYS},
        "unit": {w for unit in lex["units"] for w in (unit, unit + "s")} | {"centuries", "millennia"},
        # "mid-morning" is two words, "midmorning" one; "Tuesday nights" a set
        "part": {_key_word(p) for p in lex["parts_of_day"]} | {"mornings", "afternoons", "evenings", "nights",
                                                               "midmorning", "midafternoon"},
        "day_word": {"today", "tonight", "yesterday", "tomorrow"},
        "season": {_key_word(s) for s in lex["seasons"]},
        "holiday": {_key_word(h) for h in lex["holidays"]},
        "spelled_year": {"nineteen", "twenty", "thousand", "twenties", "thirties", "forties", "fifties", "sixties",
                         "seventies", "eighties", "nineties"},
        "present": {_key_word(p) for p in lex["present_ref"]},
        "past": {_key_word(p) for p in lex["past_ref"]},
        "future": {_key_word(p) for p in lex["future_ref"]},
        "set_word": {_key_word(s) for s in lex["set_words"]},
        "calendar_unit": {"year", "years", "quarter", "quarters", "period", "half", "week", "weeks", "month",
                          "months", "weekend"},
    }
    out: dict[str, set[str]] = {}
    for name, members in words.items():
        for word in members:
            out.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in out.items()}


def trigger_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """Each trigger class -> the spans of its words in `text`, in order."""
    classes = _classes()
    found: dict[str, list[tuple[int, int]]] = {}
    for match in _WORD.finditer(text):
        word = match.group().lower()
        names = classes.get(word)
        if names is None and word.startswith(("mid", "ear", "lat")):
            names = next((classes[rest] for m in _MODIFIERS if word.startswith(m) and (rest := word[len(m):]) in classes), None)
        for name in names or ():
            found.setdefault(name, []).append(match.span())
        if not word.isalpha() and any(ch.isdigit() for ch in word):
            found.setdefault(DIGIT, []).append(match.span())
    return found


def windows(text: str, found: dict[str, list[tuple[int, int]]], needs: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches of `text` a rule that `needs` one of these classes reads: MARGIN characters
    either side of each of their words, merged, widened to whitespace. No `needs`: the whole text."""
    if not needs:
        return [(0, len(text))]
    spans = sorted(s for name in needs for s in found.get(name, ()))
    out = _merged((max(0, start - MARGIN), end + MARGIN) for start, end in spans)
    widened = []
    for low, high in out:
        while low > 0 and not text[low - 1].isspace():
            low -= 1
        space = _SPACE.search(text, min(high, len(text)))
        widened.append((low, space.start() if space else len(text)))
    return _merged(widened)


def _merged(intervals) -> list[tuple[int, int]]:
    """Intervals in order of their starts, those that touch or overlap made one."""
    out: list[tuple[int, int]] = []
    for low, high in intervals:
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out
