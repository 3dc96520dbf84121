"""Exports over the store: the JSON contract (streamed) and CSV per table."""
from __future__ import annotations

import csv
import json
import os
from typing import Any, TextIO

from ..store import Store
from ..entities import resolve
from .contract import (
    SCHEMA_VERSION, Speakers, document_record, entity_record, export_documents, quote_record,
    section_record, timex_record,
)

__all__ = ["write_json", "write_csv", "export_documents", "SCHEMA_VERSION"]


def write_json(store: Store, out: TextIO, settings: dict[str, Any] | None = None) -> int:
    """Stream the export: documents are written one at a time, never all held in memory."""
    out.write('{"schema_version": %s, "settings": %s, "documents": [\n'
              % (json.dumps(SCHEMA_VERSION), json.dumps(settings or store.meta(), ensure_ascii=False)))
    count = 0
    for count, doc in enumerate(store.documents(), 1):
        out.write((",\n" if count > 1 else "") + json.dumps(document_record(doc), ensure_ascii=False))
    # the cross-document stage needs every report's mentions at once (not their texts' analyses)
    entities, lookup = resolve(store.documents())
    speaker = Speakers(lookup)
    out.write('\n], "entities": [')
    _write_array(out, (entity_record(e) for e in entities))
    out.write("]")
    out.write(', "timexes": [')
    _write_array(out, (timex_record(d.id, t) for d in store.documents() for t in d.timexes))
    out.write('], "quotes": [')
    _write_array(out, (quote_record(d.id, i, q, speaker(d.id, q))
                       for d in store.documents() for i, q in enumerate(d.quotes)))
    out.write('], "claims": [], "timeline": [], "stories": []}\n')
    return count


def _write_array(out: TextIO, records) -> None:
    for i, record in enumerate(records):
        out.write((", " if i else "") + json.dumps(record, ensure_ascii=False))


def write_csv(store: Store, folder: str) -> list[str]:
    """One CSV per table; spans and ids match the JSON export."""
    os.makedirs(folder, exist_ok=True)
    tables: dict[str, list[dict[str, Any]]] = {
        "documents": [], "sections": [], "entities": [], "mentions": [], "timexes": [], "quotes": [],
    }
    quotes = []
    for doc in store.documents():
        record = document_record(doc)
        for key in ("sections", "sentences", "stages", "authors", "notes"):
            record.pop(key)
        record["authors"] = "; ".join(doc.authors)
        tables["documents"].append(record)
        tables["sections"] += [{"doc": doc.id, **section_record(s)} for s in doc.sections]
        tables["timexes"] += [timex_record(doc.id, t) for t in doc.timexes]
        quotes += [(doc.id, i, q) for i, q in enumerate(doc.quotes)]
    entities, lookup = resolve(store.documents())
    speaker = Speakers(lookup)
    tables["quotes"] = [quote_record(d, i, q, speaker(d, q)) for d, i, q in quotes]
    for entity in entities:
        record = entity_record(entity)
        tables["entities"].append({"id": entity.id, "name": entity.name, "type": entity.type,
                                   "aliases": "; ".join(entity.aliases), "roles": "; ".join(record["roles"]),
                                   "mentions": len(entity.mentions)})
        tables["mentions"] += [{"entity": entity.id, **m} for m in entity.mentions]
    written = []
    for name, rows in tables.items():
        path = os.path.join(folder, f"{name}.csv")
        fields = list(rows[0]) if rows else _EMPTY_FIELDS[name]
        if name == "sections":
            fields = ["doc", "kind", "start", "end", "published", "author", "title"]
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written


_EMPTY_FIELDS = {
    "documents": ["id", "path", "outlet", "title", "url", "published", "published_source", "text"],
    "sections": [], "entities": ["id", "name", "type", "aliases", "mentions"],
    "mentions": ["entity", "doc", "start", "end", "text", "in_comment"],
    "timexes": ["doc", "start", "end", "text", "type", "value", "anchor"],
    "quotes": ["id", "doc", "start", "end", "text", "kind", "speaker", "speaker_text", "cue", "in_comment"],
}
