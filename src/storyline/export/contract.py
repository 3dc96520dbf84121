"""The export contract (schema_version 1): record shapes shared by `export` and `annotate`.

Field names here are a contract (see schema/export.schema.json): add fields, never rename.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from typing import Any

from ..records import Document, Mention, Quote, Section, TimeExpression

SCHEMA_VERSION = "1"


def section_record(s: Section) -> dict[str, Any]:
    record: dict[str, Any] = {"kind": s.kind, "start": s.start, "end": s.end}
    if s.kind == "post":
        record.update(published=s.published, author=s.author, title=s.title)
    return record


def document_record(d: Document) -> dict[str, Any]:
    return {
        "id": d.id, "path": d.path, "line": d.line, "format": d.format, "outlet": d.outlet,
        "outlet_source": d.outlet_source, "title": d.title, "url": d.url, "published": d.published,
        "published_source": d.published_source, "authors": d.authors, "notes": d.notes,
        "stages": d.stages, "text": d.text, "sections": [section_record(s) for s in d.sections],
        "sentences": [[s.start, s.end] for s in d.sentences],
    }


def timex_record(doc_id: str, t: TimeExpression) -> dict[str, Any]:
    return {"doc": doc_id, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
            "value": t.value, "anchor": t.anchor, "mod": t.mod}


def quote_record(doc_id: str, index: int, q: Quote, speaker: str | None = None) -> dict[str, Any]:
    return {
        "id": f"{doc_id}-q{index}", "doc": doc_id, "start": q.start, "end": q.end, "text": q.text,
        "kind": q.kind, "speaker": speaker, "speaker_name": q.speaker_name, "speaker_type": q.speaker_type,
        "group": q.group, "speaker_text": q.speaker_text,
        "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": q.cue,
        "cue_start": q.cue_start, "cue_end": q.cue_end, "in_comment": q.in_comment,
    }


def entity_key(text: str, kind: str) -> tuple[str, str]:
    """Exact-name grouping: the same written name and type is one entity.

    Cross-report resolution of spelling variants is the entity layer's job; until it runs,
    this is what the export can say without guessing.
    """
    folded = " ".join(unicodedata.normalize("NFKC", text).replace("’", "'").split()).casefold()
    return folded.removeprefix("the "), kind


class EntityGrouper:
    """Collects mentions into entities; cost is one dict lookup per mention."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], dict[str, Any]] = {}

    def speaker_id(self, q: Quote) -> str | None:
        """The entity a quote's speaker resolves to: its resolved name, else the name as written."""
        for name in (q.speaker_name, q.speaker_text):
            if name and q.speaker_type:
                group = self._groups.get(entity_key(name, q.speaker_type))
                if group:
                    return group["id"]
        return None

    def add(self, doc_id: str, m: Mention) -> None:
        key = entity_key(m.text, m.type)
        group = self._groups.get(key)
        if group is None:
            ident = "e" + hashlib.sha1("\0".join(key).encode()).hexdigest()[:12]
            group = self._groups[key] = {"id": ident, "type": m.type, "names": {}, "mentions": []}
        group["names"][m.text] = group["names"].get(m.text, 0) + 1
        group["mentions"].append({"doc": doc_id, "start": m.start, "end": m.end, "text": m.text,
                                  "in_comment": m.in_comment})

    def records(self) -> list[dict[str, Any]]:
        out = []
        for group in self._groups.values():
            names = sorted(group["names"].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
            out.append({
                "id": group["id"], "name": names[0][0], "type": group["type"],
                "aliases": [n for n, _ in names], "roles": [], "mentions": group["mentions"],
            })
        out.sort(key=lambda e: (-len(e["mentions"]), e["name"]))
        return out


def export_documents(docs: Iterable[Document], settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """The whole export for documents held in memory (used by `annotate`)."""
    docs = list(docs)
    grouper = EntityGrouper()
    for d in docs:
        for m in d.mentions:
            grouper.add(d.id, m)
    return {
        "schema_version": SCHEMA_VERSION,
        "settings": settings or {},
        "documents": [document_record(d) for d in docs],
        "entities": grouper.records(),
        "timexes": [timex_record(d.id, t) for d in docs for t in d.timexes],
        "quotes": [quote_record(d.id, i, q, grouper.speaker_id(q)) for d in docs for i, q in enumerate(d.quotes)],
        "claims": [],
        "timeline": [],
        "stories": [],
    }
