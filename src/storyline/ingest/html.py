"""HTML pages: trafilatura for text and metadata, htmldate as the date fallback."""
from __future__ import annotations

import trafilatura
from htmldate import find_date

from ..records import RawDocument
from .decode import decode_text, normalise_newlines
from .errors import InputError


def html_to_raw(path: str, html: str, *, url: str | None = None, fmt: str = "html") -> RawDocument:
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=True, include_tables=True,
        favor_recall=True,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise InputError("no article text found in the HTML")
    body = normalise_newlines(extracted.text.strip())
    text, comment_spans = body, []
    comments = normalise_newlines((extracted.comments or "").strip())
    if comments:
        start = len(body) + 2
        text = f"{body}\n\n{comments}"
        comment_spans.append((start, len(text)))
    published, source = extracted.date, "metadata" if extracted.date else None
    if not published:
        # extensive_search=False: only dates the page states, never a guess from today's clock
        published = find_date(html, extensive_search=False, original_date=True)
        source = "metadata" if published else None
    authors = [a.strip() for a in (extracted.author or "").split(";") if a.strip()]
    return RawDocument(
        path=path, text=text, format=fmt, title=extracted.title, url=extracted.url or url,
        outlet=extracted.sitename, published=published, published_source=source,
        authors=authors, comment_spans=comment_spans,
    )


def read_html(path: str, data: bytes) -> list[RawDocument]:
    return [html_to_raw(path, decode_text(data))]
