"""Quantities: the figures a statement gives with the thing counted and how firm the figure is
("up to 169 people" -> 169, "peopl", at most), so that two outlets' figures can be compared.

Two figures contradict each other only when they count the same thing and cannot both be true:
"more than 100 people" and "103 people" agree, "up to 169 people" and "up to 159 people" do not,
"two confirmed cases" and "159 deaths" count different things. Hand-written over the stored text
(the assemble stage has no parse); the bound phrases and the words allowed between a figure and
the thing it counts are data (claims.json, "quantities")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import load, phrase_pattern
from .textsim import stem, words

ABOUT = 0.2  # "about 100" agrees with any figure within a fifth of it
CONTEXT = 5  # words either side of a figure in which to look for what is said of what it counts:
# "killed 10 people" is no figure of "injured three people" (though both name the quake), and "a
# town of 15,000 people" says nothing of its people
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    thing: str  # the stem of the counted noun: "case" for "25 suspected cases"
    bound: str  # exact | at_least | at_most | about
    text: str
    context: frozenset[str]  # what is said of the thing counted: the verbs around it (stems, concepts)


@dataclass(frozen=True, slots=True)
class _Table:
    pattern: re.Pattern  # a bound, a figure, a scale, the words allowed between, the thing counted
    bound_of: dict[str, str]  # "up to" -> "at_most"
    spelled: dict[str, str]  # "eight" -> "8"
    scales: dict[str, float]  # "million" -> 1e6
    not_things: frozenset[str]
    said_of: frozenset[str]


@cache
def _table() -> _Table:
    data = load("claims.json")
    table = data["quantities"]
    bound_of = {phrase: kind for kind, phrases in table["bounds"].items() for phrase in phrases}
    spelled, scales = data["number_words"], table["scales"]

    def anyof(phrases) -> str:
        return phrase_pattern(phrases).pattern.replace(r"\ ", r"\s+")

    pattern = re.compile(
        rf"(?:(?P<bound>{anyof(bound_of)})\s+)?"
        rf"(?<![\w.,-])(?P<number>\d[\d,]*(?:\.\d+)?|{anyof(spelled)})(?![\w-])"
        rf"(?:\s+(?P<scale>{anyof(scales)}))?"
        rf"(?:\s+{anyof(table['between'])})*\s+(?P<thing>[a-z][a-z'’-]+)", re.I)
    return _Table(pattern, bound_of, spelled, scales, frozenset(table["not_things"]), frozenset(table["said_of"]))


def quantities_in(text: str) -> tuple[Quantity, ...]:
    """The quantities a statement gives (dates and names already blanked out by the caller)."""
    table = _table()
    found = []
    for m in table.pattern.finditer(text):
        thing = m["thing"].lower()
        if thing in table.not_things:
            continue
        number = m["number"].lower()
        value = float(table.spelled.get(number) or number.replace(",", ""))
        if m["scale"]:
            value *= table.scales[m["scale"].lower()]
        bound = table.bound_of[" ".join(m["bound"].lower().split())] if m["bound"] else "exact"
        counted = stem(thing.replace("’", "'").split("'")[0])
        around = _WORD.findall(text[:m.start()])[-CONTEXT:] + _WORD.findall(text[m.end():])[:CONTEXT]
        verbs = " ".join(w for w in around if w.lower() in table.said_of or w.lower().endswith(("ed", "ing")))
        found.append(Quantity(value, counted, bound, m.group(0), frozenset(words(verbs)) - {counted}))
    return tuple(found)


def contradict(ours: tuple[Quantity, ...], theirs: tuple[Quantity, ...]) -> tuple[Quantity, Quantity] | None:
    """A pair of counts of one thing, said of the same (a word around them in common), that
    cannot both be true, where no count of that thing in the other statement agrees with it (a
    sentence may give a figure "rising from 20 to 26")."""
    counted = {c.thing for c in theirs}
    for thing in dict.fromkeys(c.thing for c in ours if c.thing in counted):  # in text order: same answer every run
        a = [c for c in ours if c.thing == thing]
        b = [c for c in theirs if c.thing == thing]
        said_alike = [(x, y) for x in a for y in b if x.context & y.context]
        if said_alike and all(_clash(x, y) for x in a for y in b):
            return said_alike[0]
    return None


def _clash(x: Quantity, y: Quantity) -> bool:
    """Both figures cannot be true of one thing, given how firm each is."""
    if x.value == y.value:
        return False
    if "about" in (x.bound, y.bound):
        return abs(x.value - y.value) > ABOUT * max(x.value, y.value)
    if x.bound == y.bound:
        return True  # two different exact figures, or two different "up to" estimates
    if x.bound == "exact" or y.bound == "exact":
        exact, other = (x, y) if x.bound == "exact" else (y, x)
        return exact.value < other.value if other.bound == "at_least" else exact.value > other.value
    low, high = (x, y) if x.bound == "at_least" else (y, x)
    return low.value >= high.value  # "more than 200" and "up to 150"
