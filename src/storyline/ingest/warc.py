"""WARC archives: every HTML response record becomes a report."""
from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..records import RawDocument
from .errors import InputError, Skip
from .html import html_to_raw


def read_warc(path: str, data: bytes) -> Iterator[RawDocument | Skip]:
    found = 0
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            found += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            charset = _charset(ctype)
            try:
                html = body.decode(charset, errors="replace")
                raw = html_to_raw(path, html, url=url, fmt="warc")
                raw.line = number
                yield raw
            except InputError as exc:
                yield Skip(f"{path}:{number} ({url})", str(exc))
    except ArchiveLoadFailed as exc:
        raise InputError(f"not a readable WARC ({str(exc).strip()[:80]})") from None
    if not found:
        raise InputError("no HTML response records in the WARC")


def _charset(content_type: str) -> str:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return "utf-8"
