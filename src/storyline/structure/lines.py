"""Lines of a text as spans: the unit the structure rules look at."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their trimmed spans."""
    lines: list[Line] = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        lines.append(Line(len(lines), start, start + len(stripped), stripped))
    return lines
