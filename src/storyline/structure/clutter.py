"""Boilerplate and captions: whole lines and leading prefixes that are not reporting."""
from __future__ import annotations

import re
from functools import cache

from ..data import load
from .dates import UNIX_RE
from .lines import Line

# an address alone on a line (a saved page's URL above its text): metadata, never reporting
URL_LINE = re.compile(r"^\s*(?P<url>https?://(?P<host>[\w.-]+)(?::\d+)?(?P<path>/\S*)?)\s*$", re.I)


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, int, re.Pattern, re.Pattern]:
    data = load("boilerplate.json")
    agency = "|".join(re.escape(a) for a in sorted(data["photo_agencies"], key=len, reverse=True))

    def union(items: list[str], end: str = r"\Z") -> re.Pattern:
        return re.compile("(?:" + "|".join(f"(?:{p})".replace("{agency}", agency) for p in items) + ")" + end, re.I)

    prefixes = re.compile("(?:" + "|".join(f"(?:{p})" for p in data["leading_prefixes"]) + ")+", re.I)
    return (union(data["boilerplate_lines"]), union(data["caption_lines"]), prefixes, data["caption_max_chars"],
            union(data["caption_prefixes"], end=""), union(data["trailing_boilerplate"], end=""))


def line_kind(line: Line) -> str | None:
    """'boilerplate', 'caption' or None (reporting, or not decided here)."""
    boiler, caption, _, caption_max = _patterns()[:4]
    text = line.text
    if UNIX_RE.match(text) or URL_LINE.match(text) or boiler.match(text):
        return "boilerplate"
    if len(text) <= caption_max and caption.match(text):
        return "caption"
    return None


def leading_prefix(line: Line) -> int:
    """Length of a metadata/kicker prefix glued to the first line ("date 2023-06-25 breaking news –")."""
    prefixes = _patterns()[2]
    match = prefixes.match(line.text)
    if not match or match.end() >= len(line.text):
        return 0
    return match.end()


def caption_prefix(line: Line) -> int:
    """Length of a photo credit glued to the start of a line of text ("Photograph : Liz Condo\\/AP
    Soon after taking over ..."), or 0."""
    match = _patterns()[4].match(line.text)
    return match.end() if match and match.end() < len(line.text) else 0


def trailing_boilerplate(line: Line) -> int | None:
    """Where page furniture that runs to the end of the line starts ("... in U.S. history .
    -LRB- Reporting by Alexandria Sage ; Editing by Eric Walsh -RRB- We welcome comments ..."; 0
    where it opens the line), or None."""
    match = _patterns()[5].search(line.text)
    return match.start() if match else None
