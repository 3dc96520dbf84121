"""Story units: the parts of reports that can belong to a story on their own.

An ordinary report is one unit (its reporting sections); a live blog gives one unit per post and
one for the header above the posts, so a post can join a different story than its page. A unit that
turns to another story part-way ("Elsewhere, Joe Biden will meet Zelensky at the NATO summit ...")
ends there; what follows is an aside unit, which finds its own story. Comments, boilerplate and
captions never take part."""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations

from ..data import load, phrase_pattern
from ..quotes.marks import join_quoted
from ..entities.names import tokens as name_words
from ..records import Document, Entity, within
from ..time.lexicon import WEEKDAYS
from .shingles import EMPTY, Fingerprint, fingerprint
from .textsim import figure_terms, words

REPORTING = ("body", "post")
FAMILY_WORDS = 6  # an organisation's family is sought among the subsets of its first six words
PROTAGONIST_MENTIONS = 2  # a unit's protagonist is named at least this often, more than any other person
ACTOR_TERM, PLACE_TERM = "#", "^"  # entity ids among a unit's words: an actor "#E12", a place "^E7"


@dataclass(slots=True)
class Unit:
    doc: str
    index: int  # position in the document's units
    spans: list[tuple[int, int]]
    outlet: str | None
    published: str | None  # the post's time, else the report's
    title: str | None
    counts: Counter = field(default_factory=Counter)  # words and entity terms ("#E12", "^E7")
    entities: Counter = field(default_factory=Counter)
    shingles: Fingerprint = EMPTY  # its 5-word shingles, for near-duplicate copies
    years: Counter = field(default_factory=Counter)  # calendar years its dates name
    weekdays: frozenset[int] = frozenset()  # the days of the week its dates name (0 = Monday)
    order: int = 0  # input order, the tie-break for "first seen"
    aside: bool = False  # the part of a unit after it turned to another story
    protagonist: str | None = None  # the person it names most, when one stands out (PROTAGONIST_MENTIONS)
    people: frozenset[str] = frozenset()  # the persons it names
    organisation: str | None = None  # the organisation family it names most, when one stands out
    # (doc, index), made once: the second look's memo holds a key per unit and story it scored
    key: tuple[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.key = (self.doc, self.index)


def units_of(doc: Document, entity_at: dict[tuple[str, int], str], order: int,
             places: frozenset[str] = frozenset(), people: frozenset[str] = frozenset(),
             organisations: dict[str, str] | None = None) -> list[Unit]:
    """The document's units; `places` are the entity ids that name places (their terms are apart:
    a place is where many stories happen, an actor says more about which one); `people` those that
    name persons (a unit's protagonist is one of them); `organisations` maps the ids that name
    organisations to their family (organisation_families)."""
    organisations = organisations or {}
    posts = [s for s in doc.sections if s.kind == "post"]
    groups: list[tuple[list, str | None, str | None]] = []
    if posts:
        header = [s for s in doc.sections if s.kind == "body" and s.end <= posts[0].start
                  and doc.text[s.start:s.end].strip() != (doc.title or "").strip()]
        trailing = [s for s in doc.sections if s.kind == "body" and s.start >= posts[0].start]
        if header:
            groups.append((header, doc.published, doc.title))
        groups += [([p], p.published or doc.published, p.title) for p in posts]
        if trailing:
            groups.append((trailing, doc.published, doc.title))
    else:
        body = [s for s in doc.sections if s.kind in REPORTING]
        if body:
            groups.append((body, doc.published, doc.title))
    units = []
    parts = []
    for sections, published, title in groups:
        spans = [(s.start, s.end) for s in sections]
        cut = _aside_start(doc, spans)
        if cut is None:
            parts.append((spans, published, title, False))
        else:
            parts.append(([(a, min(b, cut)) for a, b in spans if a < cut], published, title, False))
            parts.append(([(max(a, cut), b) for a, b in spans if b > cut], published, None, True))
    for index, (spans, published, title, aside) in enumerate(parts):
        text = "\n".join(doc.text[a:b] for a, b in spans)
        tokens = words(text)
        # one string per distinct word across units: the units' counts, vectors and the IDF table share it
        unit = Unit(doc.id, index, spans, doc.outlet, published, title, Counter(map(sys.intern, tokens + figure_terms(text))),
                    order=order, aside=aside)
        for m in doc.mentions:
            if not m.in_comment and within(m.start, spans):
                ident = entity_at.get((doc.id, m.start))
                if ident:
                    unit.entities[ident] += 1
        unit.counts.update({(PLACE_TERM if e in places else ACTOR_TERM) + e: n for e, n in unit.entities.items()})
        unit.people = frozenset(e for e in unit.entities if e in people)
        unit.protagonist = _protagonist(unit.entities, people)
        families = Counter()
        for ident, n in unit.entities.items():
            if ident in organisations:
                families[organisations[ident]] += n
        unit.organisation = _protagonist(families, frozenset(families))
        unit.shingles = fingerprint(tokens)
        timexes = [t for t in doc.timexes if within(t.start, spans)]
        unit.years = Counter(t.value[:4] for t in timexes if t.type in ("DATE", "TIME") and t.value
                             and len(t.value) >= 4 and t.value[:4].isdigit())  # "198" is the 1980s
        unit.weekdays = frozenset(n for t in timexes for n, day in enumerate(WEEKDAYS)
                                  if day.lower() in t.text.lower())
        units.append(unit)
    return units


def organisation_families(organisations: list[Entity]) -> dict[str, str]:
    """Each organisation's family: the organisation with the fewest words among those whose words
    are all in its name ("Sox" for "Red Sox" and "Boston Red Sox", "Kraft" for "Kraft Foods"), or
    itself. Hand-written: the entity layer keeps a short form apart when reports pair it with several
    longer names, and a story must not split between two names of one club or company."""
    by_words = {}
    for entity in sorted(organisations, key=lambda e: (len(name_words(e.name)), -len(e.mentions), e.id)):
        by_words.setdefault(frozenset(w.lower() for w in name_words(entity.name)), entity.id)
    families = {}
    for entity in organisations:
        own = sorted({w.lower() for w in name_words(entity.name)})[:FAMILY_WORDS]
        parts = (frozenset(c) for k in range(1, len(own) + 1) for c in combinations(own, k))
        found = [by_words[p] for p in parts if p in by_words]
        families[entity.id] = found[0] if found else entity.id
    return families


def _protagonist(entities: Counter, people: frozenset[str]) -> str | None:
    """The person a unit is about: named most, at least PROTAGONIST_MENTIONS times, and alone at
    the top (two players named as often say nothing about which one the report is about)."""
    top = Counter({e: n for e, n in entities.items() if e in people}).most_common(2)
    if not top or top[0][1] < PROTAGONIST_MENTIONS or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0]


def turns_away(sentence: str) -> bool:
    """Does the sentence open by turning to another story ("Elsewhere, ...", "Separately, ...")?"""
    return _topic_shift().match(sentence) is not None


@cache
def _topic_shift() -> re.Pattern:
    # used with .match: the first words, then a comma ("Elsewhere, ..."; not "Elsewhere in South
    # America, Colombia has reported a case", which is still the story)
    return re.compile(phrase_pattern(load("claims.json")["topic_shift_openers"]).pattern + r"\s*,", re.I)


def _aside_start(doc: Document, spans: list[tuple[int, int]]) -> int | None:
    """Where the unit turns to another story: the start of its first sentence after the first that
    turns away. The aside runs to the unit's end (wire reports and live-blog summaries put such
    items last: "Separately, UniFirst reported ...", then its figures)."""
    for n, (start, end) in enumerate(sentences_within(doc, spans)):
        if n and turns_away(doc.text[start:end].lstrip()):
            return start
    return None


_QUESTION = re.compile(r"\?[\s'\"”’)»]*$")


def is_question(sentence: str) -> bool:
    """Does the sentence ask, with or without closing marks ('“Who will pay for it?”')? A question
    says nothing happened: no claim, no line of a day's digest."""
    return bool(_QUESTION.search(sentence))


def sentences_within(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The document's sentences that start inside `spans`, as (start, end); one that starts inside a
    quotation opened in the sentence before is read with it (claims and key dates never start
    mid-quote)."""
    return join_quoted(doc.text, [(s.start, s.end) for s in doc.sentences if within(s.start, spans)])
