"""JSON and JSON Lines: news-please records and a plain {text, title, published, url, outlet}."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..records import RawDocument
from .decode import decode_text, normalise_newlines
from .errors import InputError, Skip

# Contract field -> accepted input field names, first match wins (news-please names first).
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "text", "body", "content"),
    "title": ("title", "headline"),
    "published": ("date_publish", "published", "date", "pubdate"),
    "url": ("url",),
    "outlet": ("source_domain", "outlet", "source", "site"),
    "authors": ("authors", "author"),
    "description": ("description",),
}


def _first(record: dict[str, Any], key: str) -> Any:
    for name in FIELDS[key]:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def record_to_raw(path: str, record: Any, line: int | None) -> RawDocument:
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, found {type(record).__name__}")
    text = _first(record, "text")
    if not isinstance(text, str) or not text.strip():
        names = "/".join(FIELDS["text"])
        raise InputError(f"no article text (none of the fields {names})")
    authors = _first(record, "authors") or []
    if isinstance(authors, str):
        authors = [authors]
    published = _first(record, "published")
    return RawDocument(
        path=path, text=normalise_newlines(text), format="json", title=_first(record, "title"),
        url=_first(record, "url"), outlet=_first(record, "outlet"),
        published=str(published) if published is not None else None,
        published_source="metadata" if published is not None else None,
        authors=[str(a) for a in authors], line=line,
    )


def read_json(path: str, data: bytes) -> Iterator[RawDocument | Skip]:
    try:
        parsed = json.loads(decode_text(data))
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
    records = parsed if isinstance(parsed, list) else [parsed]
    for index, record in enumerate(records, 1):
        line = index if isinstance(parsed, list) else None
        try:
            yield record_to_raw(path, record, line)
        except InputError as exc:
            yield Skip(f"{path}:{index}" if line else path, str(exc))


def read_jsonl(path: str, data: bytes) -> Iterator[RawDocument | Skip]:
    for number, line in enumerate(decode_text(data).splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield record_to_raw(path, record, number)
        except json.JSONDecodeError as exc:
            yield Skip(f"{path}:{number}", f"line does not parse as JSON ({exc.msg})")
        except InputError as exc:
            yield Skip(f"{path}:{number}", str(exc))
