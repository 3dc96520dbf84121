"""Ingest: find the inputs, pick a reader, and yield one RawDocument per report.

Every failure becomes a `Skip` naming the input and the reason; the other inputs go on.
"""
from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator

from ..records import RawDocument
from .decode import check_bytes
from .errors import InputError, Skip
from .feed import looks_like_feed, read_feed
from .html import read_html
from .jsonl import read_json, read_jsonl
from .text import read_text
from .warc import read_warc

Reader = Callable[[str, bytes], Iterable["RawDocument | Skip"]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": lambda p, d: read_text(p, d, "markdown"),
    ".markdown": lambda p, d: read_text(p, d, "markdown"),
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}

__all__ = ["READERS", "InputError", "Skip", "discover", "read_path", "read_inputs"]


def _extension(path: str) -> str:
    lower = path.lower()
    if lower.endswith(".warc.gz"):
        return ".warc.gz"
    return os.path.splitext(lower)[1]


def discover(paths: Iterable[str]) -> Iterator[str | Skip]:
    """Expand folders (recursively, in sorted order) and globs; '-' stands for standard input."""
    for given in paths:
        if given == "-":
            yield given
        elif os.path.isdir(given):
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    path = os.path.join(root, name)
                    yield path if _extension(path) in READERS else Skip(path, "unsupported file type")
        elif os.path.exists(given):
            yield given
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield Skip(given, "no file matches this pattern")
            yield from discover(matches)
        else:
            yield Skip(given, "no such file or folder")


def _sniff_reader(data: bytes, xml: bool = False) -> Reader:
    """The reader for an input whose name does not say (standard input, a file without a known
    ending) or says only ".xml" (`xml`): a feed, a saved page, an archive, JSON, else text. XML of
    any other kind is skipped: its markup is not a report's text (an ECB+ or NewsML file read as
    text is a report of tags)."""
    head = data[:2048].lstrip()
    if looks_like_feed(data):
        return read_feed
    if head[:1] in (b"{", b"["):
        return read_jsonl if head[:1] == b"{" and b"\n{" in data.strip() else read_json
    if head.lower().startswith((b"<!doctype html", b"<html")) or b"<body" in head.lower():
        return read_html
    if head.startswith(b"WARC/"):
        return read_warc
    if xml or head.startswith(b"<?xml"):
        root = _root_element(head)
        if root.lower() == "html":  # XHTML behind a prolog and a long <head>
            return read_html
        raise InputError(f"XML that is not an RSS or Atom feed (its root element is <{root}>)")
    return read_text


_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.S | re.I)
_TAG = re.compile(rb"<([A-Za-z_][\w:.-]*)")


def _root_element(head: bytes) -> str:
    """The name of the first element after an XML prolog (declaration, comments, doctype)."""
    position = 0
    while match := _PROLOG.match(head, position):
        position = match.end()
    found = _TAG.match(head, position) or _TAG.search(head, position)
    return found.group(1).decode("ascii", "replace")[:40] if found else "?"


def read_path(path: str, max_bytes: int) -> Iterator[RawDocument | Skip]:
    """Read one input path (or '-') into raw documents, turning every failure into a Skip."""
    label = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data, mtime = sys.stdin.buffer.read(), None
        else:
            with open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
            mtime = os.path.getmtime(path)
        ext = _extension(path)
        if ext == ".gz" or ext == ".warc.gz":
            reader = read_warc
            if not data:
                raise InputError("empty file")
        else:
            check_bytes(data, max_bytes)
            reader = READERS.get(ext) if ext != ".xml" else None
            reader = reader or _sniff_reader(data, xml=ext == ".xml")
        if len(data) > max_bytes:
            raise InputError(f"over the size limit of {max_bytes:,} bytes (--max-bytes)")
        for item in reader(label, data):
            if isinstance(item, RawDocument):
                item.mtime = mtime
            yield item
    except InputError as exc:
        yield Skip(label, str(exc))
    except OSError as exc:
        yield Skip(label, f"cannot read ({exc.strerror or exc})")
    except Exception as exc:  # a reader library failing on hostile input must not stop the run
        yield Skip(label, f"unreadable ({type(exc).__name__}: {str(exc)[:100]})")


def read_inputs(paths: Iterable[str], max_bytes: int) -> Iterator[RawDocument | Skip]:
    for item in discover(paths):
        if isinstance(item, Skip):
            yield item
        else:
            yield from read_path(item, max_bytes)
