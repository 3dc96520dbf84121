"""Timeline: one dated entry per claim (the same event from several outlets is one entry).

The date is the day (or month) the claim's sentences name, the most common one across its sources;
a "said" sentence with no date of its own, or none up to its report's (only what was said to
come), takes the time of its report or post. Dates that rest on an inferred report date, that the
sources disagree on, that fewer than half of a claim's three or more sources name, or that its
sources name only in a relative clause are marked uncertain."""
from __future__ import annotations

from collections import Counter

from .claims import Candidate, ClaimCluster

SUMMARY_CHARS = 240
FEW_OF = 3  # a claim of this many sources or more, fewer than half of which name its day, is uncertain


INFERRED = "its report's date is inferred"
DISAGREE = "sources name another day as often"
FEW = "fewer than half its sources name it"
ASIDE = "named only in a relative clause"


def date_of(cluster: ClaimCluster) -> tuple[str, str, str | None] | None:
    """(value, basis, why the date is uncertain or None) for a claim, or None when nothing dates it."""
    days = [_days_of(m) for m in cluster.members]
    named = Counter(d for named_by_one in days for d in named_by_one)
    if named:
        (value, count), *rest = named.most_common()
        members = [m for m, own in zip(cluster.members, days) if value in own]
        inferred = all(m.inferred for m in members)
        # sources disagree when another day is named as often, by other sources: one sentence that
        # names two days ("took place on June 29, Peskov said yesterday") is no disagreement
        tied = [day for day, n in rest if n == count]
        disagree = any(not any(value in own and day in own for own in days) for day in tied)
        # a day one or two of many sources name (a fact box's date among reports of a vote) is a
        # guess at the claim's day, not the sources' word for it
        few = len(cluster.members) >= FEW_OF and count < len(cluster.members) / 2
        # named only in a relative clause ("Prigozhin, who on Friday called for an uprising"): the
        # day of the background, maybe, not of what the statement reports
        aside = all(value in m.aside_days for m in members)
        why = [text for flag, text in ((inferred, INFERRED), (disagree, DISAGREE), (few, FEW), (aside, ASIDE)) if flag]
        return value, ("text-inferred-report-time" if inferred else "text"), "; ".join(why) or None
    spoken = [m for m in cluster.members if m.says and m.published]
    if spoken:
        first = min(spoken, key=lambda m: m.published)
        return first.published[:10], ("inferred-report-time" if first.inferred else "report-time"), \
            INFERRED if first.inferred else None
    return None


def _days_of(member: Candidate) -> list[str]:
    """The days a statement names once each, less those after its report that a statement of saying
    names: "Varga said the council would publish a report next month" tells of the saying, on its
    report's day; next month is what was said to come."""
    days = list(dict.fromkeys(member.days))
    if member.says and member.published:
        return [d for d in days if d <= member.published[:len(d)]]
    return days


def one_line(text: str) -> str:
    line = " ".join(text.split())
    if len(line) <= SUMMARY_CHARS:
        return line
    cut = line[:SUMMARY_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"
