"""RSS and Atom feeds: one report per entry, full content where the feed carries it."""
from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import datetime, timezone

import feedparser

from ..records import RawDocument
from .decode import normalise_newlines
from .errors import InputError, Skip
from .html import html_to_raw


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def read_feed(path: str, data: bytes) -> Iterator[RawDocument | Skip]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise InputError(f"no entries in the feed{f' ({reason})' if reason else ''}")
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        label = f"{path}:{number}"
        content = entry.get("content") or []
        html = content[0].get("value") if content else entry.get("summary")
        if not html or not html.strip():
            yield Skip(label, "feed entry without content or summary")
            continue
        try:
            raw = _entry_text(path, html)
        except InputError as exc:
            yield Skip(label, str(exc))
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        raw.published = _iso(stamp) if stamp else None
        raw.published_source = "metadata" if stamp else None
        raw.title = entry.get("title") or raw.title
        raw.url = entry.get("link") or raw.url
        raw.outlet = outlet or raw.outlet
        raw.authors = [entry["author"]] if entry.get("author") else raw.authors
        raw.line = number
        yield raw


def _entry_text(path: str, html: str) -> RawDocument:
    if "<" not in html:
        return RawDocument(path=path, text=normalise_newlines(html.strip()), format="feed")
    try:
        raw = html_to_raw(path, f"<html><body><article>{html}</article></body></html>", fmt="feed")
    except InputError:
        # Short entries fall below trafilatura's thresholds; keep their text all the same.
        from lxml import html as lxml_html

        text = lxml_html.fromstring(html).text_content().strip()
        if not text:
            raise
        raw = RawDocument(path=path, text=normalise_newlines(text), format="feed")
    raw.published = raw.published_source = None  # the entry's own date is authoritative
    return raw


def _iso(stamp: tuple) -> str:
    return datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc).isoformat().replace("+00:00", "Z")
