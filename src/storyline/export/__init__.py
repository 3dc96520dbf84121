"""Exports over the store: the JSON contract (streamed) and CSV per table."""
from __future__ import annotations

import csv
import json
import os
from collections import Counter
from itertools import chain
from typing import Any, TextIO

from ..assemble import (VERSION as ASSEMBLE_VERSION, Account, Inputs, KeptStory, LastBuild, assemble,
                        assemble_parts, keeps_stories, outlet_labels, settings_of)
from ..entities import role_names
from ..options import Options
from ..store import INPUTS, Store
from .contract import (
    ACCOUNT_KINDS, SCHEMA_VERSION, Speakers, account_records, account_rows, document_record, export_documents, quote_record,
    section_record, timex_record,
)

__all__ = ["write_json", "write_csv", "export_documents", "account_of", "outlet_groups", "refresh_account", "COPIED",
           "SCHEMA_VERSION"]


def refresh_account(store: Store, options: Options, recluster: bool = False) -> Counter:
    """Assemble every stored report again (stories, claims, timeline, entities), keep it, and
    rebuild the full-text index over reports, quotes and actors. Returns the records stored, by
    kind, and under COPIED the stories copied from the stored account.
    The reports of the stored account stay in their stories (new ones join them or open others),
    unless `recluster`, or the account is of another version or other settings; a stored story
    made from the same inputs as now is copied as it is, not made again, and one made again keeps
    its claims (LastBuild)."""
    previous = None if recluster else kept_stories(store, options)
    last = None if previous is None else LastBuild(previous, stored_inputs(store), lambda story: stored_claims(store, story))
    account, stories = assemble_parts(store.corpus(), options, last)  # the entities, then each story's part
    counts: Counter = Counter()

    def rows():
        for part in chain([account], stories):
            if isinstance(part, KeptStory):  # read from the account being replaced, before it goes
                made = ((kind, _renamed(kind, record, part.renamed)) for kind, record in store.story_rows(part.id)
                        if kind != INPUTS)
                inputs = {part.id: part.inputs}
                counts[COPIED] += 1
            else:
                made, inputs = account_rows(part), part.inputs  # stored as they are made, a story at a time
            for kind, record in chain(made, ((INPUTS, _inputs_record(story, i)) for story, i in inputs.items())):
                counts[kind] += kind != INPUTS
                yield kind, record

    store.save_account(rows(), ASSEMBLE_VERSION, settings_of(options))
    # the index reads the reports once more, one at a time, rather than keeping them all from above
    store.index_search(search_rows(store.documents(), account))
    return +counts


COPIED = "copied"  # refresh_account's count of the stories it copied rather than made


def _inputs_record(story: str, inputs: Inputs) -> dict:
    return {"id": story, "story": story, "hash": inputs.hash, "actors": inputs.actors}


def _renamed(kind: str, record: dict, renamed: dict[str, str]) -> dict:
    """A stored story, claim or timeline record with its actors' ids as they are now: a claim's and
    an entry's sorted as a part made now sorts them, a story's in its own order (most named first)."""
    if not renamed or not record.get("entities"):
        return record
    ids = [renamed.get(e, e) for e in record["entities"]]
    record["entities"] = ids if kind == "story" else sorted(ids)
    return record


def stored_inputs(store: Store) -> dict[str, Inputs]:
    """What each stored story was made from (story id -> assemble.Inputs)."""
    return {r["id"]: Inputs(r["hash"], {actor: tuple(m) for actor, m in r["actors"].items()})
            for r in store.account(INPUTS) if "actors" in r}


def stored_claims(store: Store, story: str) -> dict[tuple[str, int], str]:
    """A stored story's claims by their sources: (report, start) -> claim id."""
    return {(source["doc"], source["start"]): claim["id"] for claim in store.account("claim", story)
            for source in claim["sources"]}


def kept_stories(store: Store, options: Options) -> dict[tuple[str, int], str] | None:
    """The stored account's stories as (report, section start) -> story id, where the account is of
    this version, was assembled with these settings and from most of the reports now stored
    (keeps_stories); else None (assemble afresh)."""
    meta = store.account_made_with(ASSEMBLE_VERSION, settings_of(options))
    if meta is None or not keeps_stories(meta.get("documents", 0), store.document_count()):
        return None
    return {(section["doc"], section["start"]): story for story, sections in store.story_sections()
            for section in sections}


def search_rows(docs, account: Account):
    """(kind, ref, doc, title, body) for the search index."""
    speaker = Speakers(lambda doc, name: account.lookup.get((doc, name)))
    names = {e.id: e.name for e in account.entities}
    for d in docs:
        yield "report", d.id, d.id, d.title or d.outlet or d.path, d.text
        for i, q in enumerate(d.quotes):
            who = names.get(speaker(d.id, q) or "") or q.speaker_name or q.speaker_text or ""
            yield "quote", f"{d.id}-q{i}", d.id, who, q.text
    for e in account.entities:
        yield "actor", e.id, None, e.name, " ".join(e.aliases + role_names(e))


def account_of(store: Store) -> dict[str, list[dict]]:
    """The stored account, or (for a read-only store built by an older version) a fresh one in memory."""
    if store.account_is_current(ASSEMBLE_VERSION):
        return {kind: list(store.account(kind)) for kind in ("entity", "story", "claim", "timeline", "speaker")}
    options = Options.from_mapping(json.loads(store.meta().get("settings", "{}")))
    records = account_records(assemble(store.corpus(), options))
    if not store.readonly:
        store.save_account(((kind, r) for kind in ACCOUNT_KINDS for r in records[kind]), ASSEMBLE_VERSION,
                           settings_of(options))
    return records


def outlet_groups(store: Store) -> dict[str, str]:
    """Each outlet as a report writes it -> the one name its outlet goes by in the collection
    (assemble.outlet_labels: "MNA" in a dateline and "Meridian News Agency" on the agency's own
    page are one outlet, as corroboration counts them). The export adds it as `outlet_group`
    beside every `outlet`, so a reader who counts outlets need not group them again."""
    return outlet_labels(row[0] for row in store.db.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL"))


def _document(doc, groups: dict[str, str]) -> dict:
    return dict(document_record(doc), outlet_group=groups.get(doc.outlet, doc.outlet))


def _grouped(kind: str, record: dict, groups: dict[str, str]) -> dict:
    """An account record with `outlet_group` beside each `outlet` of its sources (claims and
    timeline entries) or framing rows (stories), and a claim's `outlet_groups`."""
    def each(items: list[dict]) -> list[dict]:
        return [dict(item, outlet_group=groups.get(item["outlet"], item["outlet"])) for item in items]

    if kind == "claim":
        return dict(record, sources=each(record["sources"]), disputed_by=each(record["disputed_by"]),
                    outlet_groups=sorted({groups.get(o, o) for o in record["outlets"]}))
    if kind == "timeline":
        return dict(record, sources=each(record["sources"]))
    if kind == "story":
        return dict(record, framing=each(record["framing"]))
    return record


def write_json(store: Store, out: TextIO, settings: dict[str, Any] | None = None) -> int:
    """Stream the export: documents are written one at a time, never all held in memory."""
    out.write('{"schema_version": %s, "settings": %s, "documents": [\n'
              % (json.dumps(SCHEMA_VERSION), json.dumps(settings or store.meta(), ensure_ascii=False)))
    groups = outlet_groups(store)
    count = 0
    for count, doc in enumerate(store.documents(), 1):
        out.write((",\n" if count > 1 else "") + json.dumps(_document(doc, groups), ensure_ascii=False))
    account = account_of(store)
    speaker = Speakers.from_account(account)
    out.write('\n], "entities": [')
    _write_array(out, account["entity"])
    out.write("]")
    out.write(', "timexes": [')
    _write_array(out, (timex_record(d.id, t) for d in store.documents() for t in d.timexes))
    out.write('], "quotes": [')
    _write_array(out, (speaker.record(d.id, i, q) for d in store.documents() for i, q in enumerate(d.quotes)))
    for kind, key in (("claim", "claims"), ("timeline", "timeline"), ("story", "stories")):
        out.write(f'], "{key}": [')
        _write_array(out, (_grouped(kind, record, groups) for record in account[kind]))
    out.write("]}\n")
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
    groups = outlet_groups(store)
    for doc in store.documents():
        record = _document(doc, groups)
        for key in ("sections", "sentences", "stages", "authors", "notes"):
            record.pop(key)
        record["authors"] = "; ".join(doc.authors)
        tables["documents"].append(record)
        tables["sections"] += [{"doc": doc.id, **section_record(s)} for s in doc.sections]
        tables["timexes"] += [timex_record(doc.id, t) for t in doc.timexes]
        quotes += [(doc.id, i, q) for i, q in enumerate(doc.quotes)]
    account = account_of(store)
    account = {kind: [_grouped(kind, r, groups) for r in records] for kind, records in account.items()}
    speaker = Speakers.from_account(account)
    tables["quotes"] = [dict(r, speakers="; ".join(r["speakers"]), speaker_members="; ".join(r["speaker_members"]))
                        for r in (speaker.record(d, i, q) for d, i, q in quotes)]
    for entity in account["entity"]:
        tables["entities"].append({"id": entity["id"], "name": entity["name"], "type": entity["type"],
                                   "aliases": "; ".join(entity["aliases"]), "roles": "; ".join(entity["roles"]),
                                   "mentions": len(entity["mentions"])})
        tables["mentions"] += [{"entity": entity["id"], **m} for m in entity["mentions"]]
    tables["stories"] = [{"id": s["id"], "title": s["title"], "documents": len(s["documents"]),
                          "first_seen": s["first_seen"], "last_seen": s["last_seen"],
                          "central_event": s["central_event"]} for s in account["story"]]
    tables["claims"] = [{"id": c["id"], "story": c["story"], "status": c["status"], "date": c["date"],
                         "outlets": "; ".join(c["outlets"]), "outlet_groups": "; ".join(c["outlet_groups"]),
                         "sources": len(c["sources"]),
                         "disputed_by": len(c["disputed_by"]), "text": c["text"]} for c in account["claim"]]
    tables["claim_sources"] = [{"claim": c["id"], "role": role, **s} for c in account["claim"]
                               for role in ("sources", "disputed_by") for s in c[role]]
    tables["timeline"] = [{"id": t["id"], "story": t["story"], "date": t["date"], "uncertain": t["uncertain"],
                           "date_basis": t["date_basis"], "uncertain_why": t["uncertain_why"] or "",
                           "sources": len(t["sources"]), "summary": t["summary"]}
                          for t in account["timeline"]]
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
    "documents": ["id", "path", "outlet", "outlet_group", "title", "url", "published", "published_source", "text"],
    "sections": [], "entities": ["id", "name", "type", "aliases", "mentions"],
    "mentions": ["entity", "doc", "start", "end", "text", "in_comment"],
    "timexes": ["doc", "start", "end", "text", "type", "value", "anchor"],
    "quotes": ["id", "doc", "start", "end", "text", "kind", "speaker", "speakers", "speaker_text", "cue", "in_comment"],
    "stories": ["id", "title", "documents", "first_seen", "last_seen", "central_event"],
    "claims": ["id", "story", "status", "date", "outlets", "outlet_groups", "sources", "disputed_by", "text"],
    "claim_sources": ["claim", "role", "doc", "start", "end", "text", "outlet", "outlet_group"],
    "timeline": ["id", "story", "date", "uncertain", "date_basis", "uncertain_why", "sources", "summary"],
}
