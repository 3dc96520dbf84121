"""Timeline: one dated entry per claim (the same event from several outlets is one entry).

The date is the day (or month) the claim's sentences name, the most common one across its sources;
a "said" sentence with no date of its own takes the time of its report or post. Dates that rest
on an inferred report date, that the sources disagree on, or that fewer than half of a claim's
three or more sources name are marked uncertain."""
from __future__ import annotations

from collections import Counter

from .claims import ClaimCluster

SUMMARY_CHARS = 240
FEW_OF = 3  # a claim of this many sources or more, fewer than half of which name its day, is uncertain


def date_of(cluster: ClaimCluster) -> tuple[str, str, bool] | None:
    """(value, basis, uncertain) for a claim, or None when nothing dates it."""
    named = Counter(d for m in cluster.members for d in dict.fromkeys(m.days))
    if named:
        (value, count), *rest = named.most_common()
        members = [m for m in cluster.members if value in m.days]
        inferred = all(m.inferred for m in members)
        # sources disagree when another day is named as often, by other sources: one sentence that
        # names two days ("took place on June 29, Peskov said yesterday") is no disagreement
        tied = [day for day, n in rest if n == count]
        disagree = any(not any(value in m.days and day in m.days for m in cluster.members) for day in tied)
        # a day one or two of many sources name (a fact box's date among reports of a vote) is a
        # guess at the claim's day, not the sources' word for it
        few = len(cluster.members) >= FEW_OF and count < len(cluster.members) / 2
        return value, ("text-inferred-report-time" if inferred else "text"), inferred or disagree or few
    spoken = [m for m in cluster.members if m.says and m.published]
    if spoken:
        first = min(spoken, key=lambda m: m.published)
        return first.published[:10], ("inferred-report-time" if first.inferred else "report-time"), first.inferred
    return None


def one_line(text: str) -> str:
    line = " ".join(text.split())
    if len(line) <= SUMMARY_CHARS:
        return line
    cut = line[:SUMMARY_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"
