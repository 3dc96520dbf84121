"""Boilerplate and captions: whole lines and leading prefixes that are not reporting."""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..data import load
from .dates import UNIX_RE
from .lines import Line

# an address alone on a line (a saved page's URL above its text): metadata, never reporting
URL_LINE = re.compile(r"^\s*(?P<url>https?://(?P<host>[\w.-]+)(?::\d+)?(?P<path>/\S*)?)\s*$", re.I)


class _Patterns(NamedTuple):
    boilerplate: re.Pattern  # whole lines
    caption: re.Pattern  # whole lines, up to caption_max characters
    prefixes: re.Pattern  # a kicker glued to the first line
    caption_max: int
    caption_prefix: re.Pattern  # a photo credit glued to the start of a line
    trailing: re.Pattern  # furniture from part-way through a line to its end


@cache
def _patterns() -> _Patterns:
    data = load("boilerplate.json")
    agency = "|".join(re.escape(a) for a in sorted(data["photo_agencies"], key=len, reverse=True))

    def union(items: list[str], end: str = r"\Z") -> re.Pattern:
        return re.compile("(?:" + "|".join(f"(?:{p})".replace("{agency}", agency) for p in items) + ")" + end, re.I)

    prefixes = re.compile("(?:" + "|".join(f"(?:{p})" for p in data["leading_prefixes"]) + ")+", re.I)
    return _Patterns(union(data["boilerplate_lines"]), union(data["caption_lines"]), prefixes,
                     data["caption_max_chars"], union(data["caption_prefixes"], end=""),
                     union(data["trailing_boilerplate"], end=""))


def line_kind(line: Line) -> str | None:
    """'boilerplate', 'caption' or None (reporting, or not decided here)."""
    patterns = _patterns()
    text = line.text
    if UNIX_RE.match(text) or URL_LINE.match(text) or patterns.boilerplate.match(text):
        return "boilerplate"
    if len(text) <= patterns.caption_max and patterns.caption.match(text):
        return "caption"
    return None


def leading_prefix(line: Line) -> int:
    """Length of a metadata/kicker prefix glued to the first line ("date 2023-06-25 breaking news –")."""
    match = _patterns().prefixes.match(line.text)
    if not match or match.end() >= len(line.text):
        return 0
    return match.end()


def caption_prefix(line: Line) -> int:
    """Length of a photo credit glued to the start of a line of text ("Photograph : Liz Condo\\/AP
    Soon after taking over ..."), or 0."""
    match = _patterns().caption_prefix.match(line.text)
    return match.end() if match and match.end() < len(line.text) else 0


def trailing_boilerplate(line: Line) -> int | None:
    """Where page furniture that runs to the end of the line starts ("... in U.S. history .
    -LRB- Reporting by Alexandria Sage ; Editing by Eric Walsh -RRB- We welcome comments ..."; 0
    where it opens the line), or None."""
    match = _patterns().trailing.search(line.text)
    return match.start() if match else None
