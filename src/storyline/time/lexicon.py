"""Regular-expression fragments built from the lexicon in data/timex.json."""
from __future__ import annotations

from functools import cache

from ..data import load

MONTHS = [
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May", None),
    ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"),
    ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _alt(words) -> str:
    return "|".join(sorted((w.replace(" ", r"\s+").replace(".", r"\.") for w in words), key=len, reverse=True))


@cache
def lexicon() -> dict:
    return load("timex.json")


def month_number(word: str) -> int:
    word = word.rstrip(".").lower()
    for number, names in enumerate(MONTHS, 1):
        if any(n and word == n.lower() for n in names):
            return number
    raise KeyError(word)


def weekday_number(word: str) -> int:
    word = word.rstrip(".").lower()[:3]
    return [w.lower()[:3] for w in WEEKDAYS].index(word)


def number_value(word: str) -> float | None:
    """'twenty-four' -> 24, '3' -> 3, 'a couple of' -> 2; None for vague amounts ('several')."""
    text = " ".join(word.lower().replace("-", " ").split())
    try:
        return float(text)
    except ValueError:
        pass
    numbers = lexicon()["numbers"]
    if text in numbers:
        return numbers[text]
    parts = text.split()
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return numbers[parts[0]] + numbers[parts[1]]
    return None


@cache
def fragments() -> dict[str, str]:
    lex = lexicon()
    full = [n for names in MONTHS for n in names if n and len(n) > 3] + ["May"]
    abbrev = [n for names in MONTHS for n in names[1:] if n]
    month = "(?-i:" + _alt(full) + "|(?:" + _alt(abbrev) + r")\.?)"
    weekday = "(?-i:" + _alt(WEEKDAYS + [w[:3] + "." for w in WEEKDAYS]) + ")"
    day_name = "(?-i:" + _alt(WEEKDAYS) + ")"  # the full name only: "Tuesdays", "Tuesday nights"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    words = _alt(lex["numbers"])
    number = rf"(?:\d+(?:\.\d+)?|(?:{tens})[- ](?:{ones})|{words})"
    vague = _alt(lex["vague_numbers"])
    unit = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))"
    return {
        "MONTH": month, "WEEKDAY": weekday, "DAY_NAME": day_name, "NUM": number, "VAGUE": vague, "UNIT": unit,
        "ORD": _alt(lex["ordinals"]), "PART": _alt(lex["parts_of_day"]),
        "SEASON": _alt(lex["seasons"]), "SETWORD": _alt(lex["set_words"]),
        "PRESENT": _alt(lex["present_ref"]), "PAST": _alt(lex["past_ref"]), "FUTURE": _alt(lex["future_ref"]),
        "HOLIDAY": _alt(lex["holidays"]), "ZONE": _alt(lex["time_zones"]),
        "DATED_EVENT": _alt([n for event in lex["dated_events"] for n in event["names"]]),
        "DAYNUM": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        # "the" before a day and a month only where it is the date's ("the 20th of April", "the 6th
        # May"), not the noun's after it ("the 20 April explosion")
        "DAY_THE": r"(?:the\s+(?=\S+\s+of\s|\d{1,2}(?:st|nd|rd|th)\b))?",
        # an optional comma and the space after it; tokenized text puts a space before the comma too
        # (Timeline17's "Monday , July 19 , 2010")
        "COMMA": r"(?:\s?,)?\s+",
        "YEAR": r"(?:1[6-9]\d\d|20\d\d)",
    }


def unit_code(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "CE"
    if word.startswith("millenni"):
        return "ML"
    return lexicon()["units"][word.rstrip("s") if word not in ("weekends",) else "weekend"]
