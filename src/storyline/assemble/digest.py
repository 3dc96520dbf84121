"""Key dates: a story's timeline cut to the dates that matter, each with its most central sentences.

requires: Documents with published, sections, sentences and timexes (time stage)
gives:    list[KeyDate], each a day with the sentences (exact source spans) that best say what
          happened on it
A day's weight is how many reports name it (a report written later that still names a day
says the day mattered) plus how many reports appeared on it; a day's sentences are the ones that
name it and the leads of that day's reports, ranked by closeness to the centroid of all of them (the centroid method of timeline summarisation) with near-repeats left out.
Hand-written: no installable library does date selection for timelines."""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..records import Document, within
from ..time.calendar import parse_day
from .textsim import blanked, cosine, idf_table, tfidf, words
from .units import REPORTING, is_question, sentences_within, turns_away

_WORD = re.compile(r"[^\W\d_]{2,}")
LEAD = 5  # first sentences of a report: what it led with on the day it was filed
MIN_WORDS, MAX_WORDS = 8, 80
REPEAT = 0.3  # cosine above which a sentence repeats one already chosen


@dataclass(slots=True)
class Line:
    doc: str
    start: int
    end: int
    text: str
    published: date | None
    days: tuple[date, ...]  # days the sentence names
    lead: bool  # among the first sentences of its report


@dataclass(slots=True)
class KeyDate:
    day: date
    weight: float
    sentences: list[Line] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DigestWeights:
    # Set on the Timeline17 topics in ../shared (development data), see `storyline eval timeline`.
    mention: float = 1.0  # each report naming the day
    later: float = 0.0  # extra for a naming from a report published after the day
    published: float = 1.5  # each report published that day (1.0, 2.0 and 3.0 tried)
    retrospective: float = 0.3  # ranking bonus for a sentence written after the day it names
    topical: float = 2.0  # ranking weight of closeness to the whole collection's centroid
    neighbour: float = 0.6  # weight kept by a day within near_days of a day already chosen: a
    near_days: int = 2  # timeline spreads over the story, not three days of one busy week


def lines_of(doc: Document) -> list[Line]:
    """The reporting sentences of a document with the days each names (a sentence that starts
    inside a quotation is read with the one that opens it)."""
    reporting = doc.spans(*REPORTING) or [(0, len(doc.text))]
    published = parse_day(doc.published)
    sentences = sentences_within(doc, reporting)
    days_at: dict[int, list[date]] = defaultdict(list)
    starts = [start for start, _ in sentences]
    for timex in doc.timexes:
        day = parse_day(timex.value) if timex.type in ("DATE", "TIME") else None
        index = _position(starts, timex.start)
        if day is not None and index >= 0 and timex.start < sentences[index][1]:
            days_at[index].append(day)
    out = []
    for index, (start, end) in enumerate(sentences):
        text = " ".join(doc.text[start:end].split())
        if _words_outside_times(doc, start, end) < MIN_WORDS:
            continue  # a dateline or time stamp ("Mon Apr 27, 2009 9:17 pm BST") says nothing happened
        if turns_away(text):
            continue  # "Elsewhere, Joe Biden will meet ...": another story's day
        out.append(Line(doc.id, start, end, text, published,
                        tuple(dict.fromkeys(days_at.get(index, ()))), len(out) < LEAD))
    return out


def _words_outside_times(doc: Document, start: int, end: int) -> int:
    times = [(t.start, t.end) for t in doc.timexes if t.end > start and t.start < end]
    return len(_WORD.findall(blanked(doc.text[start:end], start, times)))


def _position(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def weigh_days(lines: Iterable[Line], weights: DigestWeights = DigestWeights(),
               span: tuple[date, date] | None = None) -> Counter:
    weight: Counter = Counter()
    reports: dict[date, set[str]] = defaultdict(set)
    named: set[tuple[str, date]] = set()
    for line in lines:
        if line.published:
            reports[line.published].add(line.doc)
        for day in line.days:
            if (line.doc, day) in named:
                continue  # a report is one voice, however often it names the day (a programme listing)
            named.add((line.doc, day))
            weight[day] += weights.mention
            if line.published and line.published > day:
                weight[day] += weights.later
    for day, docs in reports.items():
        weight[day] += weights.published * len(docs)
    if span:
        weight = Counter({d: w for d, w in weight.items() if span[0] <= d <= span[1]})
    return weight


def pick_key_dates(docs: Iterable[Document], dates: int, per_date: int, *, span: tuple[date, date] | None = None,
           weights: DigestWeights = DigestWeights(), parts: dict[str, list[tuple[int, int]]] | None = None,
           ) -> list[KeyDate]:
    """The `dates` heaviest days (within `span`, if given), each with up to `per_date` sentences;
    `parts` keeps, per document, only the sentences inside those spans (a story's live-blog posts)."""
    lines = [line for doc in docs for line in lines_of(doc)
             if parts is None or within(line.start, parts.get(doc.id, ()))]
    weight = weigh_days(lines, weights, span)
    chosen = _spread(weight, dates, weights)
    naming: dict[date, list[Line]] = defaultdict(list)
    leads: dict[date, list[Line]] = defaultdict(list)
    for line in lines:
        for day in line.days:
            naming[day].append(line)
        if line.lead and not line.days and line.published:
            leads[line.published].append(line)
    vectors = _vectors(lines)
    whole: Counter = Counter()
    for vector in vectors.values():
        whole.update(vector)
    whole_norm = math.sqrt(sum(v * v for v in whole.values())) or 1.0
    topic = {t: v / whole_norm for t, v in whole.items()}
    result, used = [], set()
    for day in chosen:
        pool = naming[day] + leads[day]  # what reports said of the day, and what that day's reports led with
        pool = [line for line in pool if id(line) not in used] or pool  # a sentence speaks for one day
        picked = _central(pool, day, per_date, vectors, topic, weights)
        used.update(id(line) for line in picked)
        result.append(KeyDate(day, weight[day], picked))
    return result


def _spread(weight: Counter, dates: int, weights: DigestWeights) -> list[date]:
    """The heaviest days, chosen one by one; a day within `near_days` of one already chosen counts
    `neighbour` times its weight (the day after a big event is heavy with its echo)."""
    left = dict(weight)
    chosen: list[date] = []
    while left and len(chosen) < dates:
        def value(day: date) -> float:
            near = any(abs((day - c).days) <= weights.near_days for c in chosen)
            return left[day] * (weights.neighbour if near else 1.0)
        best = max(left, key=value)  # ties: the order days were first weighed in, as most_common
        chosen.append(best)
        del left[best]
    return sorted(chosen)


def _vectors(lines: list[Line]) -> dict[int, dict[str, float]]:
    counted = {id(line): Counter(words(line.text)) for line in lines}
    frequency = Counter(t for c in counted.values() for t in c)
    idf, default = idf_table(frequency, len(lines))
    return {key: tfidf(c, idf, default) for key, c in counted.items()}


def _central(pool: list[Line], day: date, k: int, vectors: dict[int, dict[str, float]],
             topic: dict[str, float], weights: DigestWeights) -> list[Line]:
    unique = list({id(line): line for line in pool}.values())
    # a question ("So who is in charge of stopping the spill?") says nothing happened on the day
    pool = [line for line in unique if MIN_WORDS <= len(line.text.split()) <= MAX_WORDS
            and not is_question(line.text)] or unique
    if not pool:
        return []
    centroid: Counter = Counter()
    for line in pool:
        centroid.update(vectors[id(line)])
    norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0

    def score(line: Line) -> float:
        later = line.published is not None and line.published > day
        vector = vectors[id(line)]
        return (cosine(vector, centroid) / norm + weights.retrospective * later
                + weights.topical * cosine(vector, topic))

    ranked = sorted(pool, key=lambda line: -score(line))
    picked: list[Line] = []
    for line in ranked:
        if len(picked) == k:
            break
        if all(cosine(vectors[id(line)], vectors[id(p)]) < REPEAT for p in picked):
            picked.append(line)
    return picked
