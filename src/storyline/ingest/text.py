"""Plain text and Markdown reports."""
from __future__ import annotations

import re

from ..records import RawDocument
from .decode import decode_text, normalise_newlines

_MD_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)


def read_text(path: str, data: bytes, fmt: str = "text") -> list[RawDocument]:
    text = normalise_newlines(decode_text(data))
    title = None
    if fmt == "markdown":
        heading = _MD_HEADING.search(text[:2000])
        if heading:
            title = heading.group(1)
    return [RawDocument(path=path, text=text, format=fmt, title=title)]
