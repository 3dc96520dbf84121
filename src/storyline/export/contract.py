"""The export contract (schema_version 1): record shapes shared by `export` and `annotate`.

Field names here are a contract (see schema/export.schema.json): add fields, never rename.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..assemble import Account, assemble
from ..entities import role_names
from ..options import Options
from ..records import Claim, Document, Entity, Quote, Section, Source, Story, TimeExpression, TimelineEntry

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


def quote_record(doc_id: str, index: int, q: Quote, speaker: str | None = None,
                 speakers: list[str] | None = None) -> dict[str, Any]:
    """`speakers`: every entity that spoke it, the speaker or each name of a joint source."""
    return {
        "id": f"{doc_id}-q{index}", "doc": doc_id, "start": q.start, "end": q.end, "text": q.text,
        "kind": q.kind, "speaker": speaker, "speaker_name": q.speaker_name, "speaker_type": q.speaker_type,
        "speakers": speakers if speakers is not None else [speaker] if speaker else [],
        "speaker_members": q.speaker_members,
        "group": q.group, "speaker_text": q.speaker_text,
        "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": q.cue,
        "cue_start": q.cue_start, "cue_end": q.cue_end, "in_comment": q.in_comment,
    }


def entity_record(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "roles": role_names(e),
        "role_sources": e.roles, "mentions": [m.record() for m in e.mentions], "outlets": e.outlets,
        "comment_mentions": sum(1 for m in e.mentions if m.in_comment),
    }


class Speakers:
    """Quote speakers as entity ids: the name the quote stage resolved in that report, looked up by
    `find(doc, name)` (the export reads the whole account; the pages ask the store one name at a
    time)."""

    def __init__(self, find: Callable[[str, str], str | None]):
        self.find = find

    @classmethod
    def from_account(cls, account: dict[str, list[dict[str, Any]]]) -> "Speakers":
        table = {(r["doc"], r["name"]): r["entity"] for r in account["speaker"]}
        return cls(lambda doc, name: table.get((doc, name)))

    def __call__(self, doc_id: str, q: Quote) -> str | None:
        for name in (q.speaker_name, q.speaker_text):
            if name:
                found = self.find(doc_id, name)
                if found:
                    return found
        return None

    def every(self, doc_id: str, q: Quote) -> list[str]:
        """The speaker, or each entity a joint source names ("The EU and NATO said")."""
        one = self(doc_id, q)
        if one:
            return [one]
        return list(dict.fromkeys(i for name in q.speaker_members if (i := self.find(doc_id, name))))

    def record(self, doc_id: str, index: int, q: Quote) -> dict[str, Any]:
        return quote_record(doc_id, index, q, self(doc_id, q), self.every(doc_id, q))


def export_documents(docs: Iterable[Document], settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """The whole export for documents held in memory (used by `annotate`)."""
    docs = list(docs)
    account = account_records(assemble(docs, Options.from_mapping(settings or {})))
    speaker = Speakers.from_account(account)
    return {
        "schema_version": SCHEMA_VERSION,
        "settings": settings or {},
        "documents": [document_record(d) for d in docs],
        "entities": account["entity"],
        "timexes": [timex_record(d.id, t) for d in docs for t in d.timexes],
        "quotes": [speaker.record(d.id, i, q) for d in docs for i, q in enumerate(d.quotes)],
        "claims": account["claim"],
        "timeline": account["timeline"],
        "stories": account["story"],
    }


def source_record(s: Source) -> dict[str, Any]:
    return {"doc": s.doc, "start": s.start, "end": s.end, "text": s.text, "outlet": s.outlet}


def claim_record(c: Claim) -> dict[str, Any]:
    return {"id": c.id, "story": c.story, "text": c.text, "status": c.status,
            "sources": [source_record(s) for s in c.sources],
            "disputed_by": [source_record(s) for s in c.disputed_by],
            "entities": c.entities, "date": c.date, "outlets": c.outlets}


def timeline_record(t: TimelineEntry) -> dict[str, Any]:
    return {"id": t.id, "story": t.story, "date": t.date, "summary": t.summary, "entities": t.entities,
            "sources": [source_record(s) for s in t.sources], "uncertain": t.uncertain,
            "date_basis": t.date_basis, "uncertain_why": t.uncertain_why, "claim": t.claim}


def story_record(s: Story) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "documents": s.documents, "sections": s.sections,
            "first_seen": s.first_seen, "last_seen": s.last_seen, "framing": s.framing,
            "central_event": s.central_event, "summary": s.summary, "duplicates": s.duplicates,
            "coverage": s.coverage, "entities": s.entities, "inferred_dates": s.inferred_dates,
            "key_dates": s.key_dates}


ACCOUNT_KINDS = ("entity", "story", "claim", "timeline", "speaker")


def account_records(account: Account) -> dict[str, list[dict[str, Any]]]:
    """The assembled account as export records, by kind (as the store keeps them)."""
    records: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ACCOUNT_KINDS}
    for kind, record in account_rows(account):
        records[kind].append(record)
    return records


def account_rows(account: Account) -> Iterator[tuple[str, dict[str, Any]]]:
    """(kind, record) for the whole account, made one at a time: a build stores them as they come,
    and never holds the account twice (as records beside it)."""
    yield from (("entity", entity_record(e)) for e in account.entities)
    yield from (("story", story_record(s)) for s in account.stories)
    yield from (("claim", claim_record(c)) for c in account.claims)
    yield from (("timeline", timeline_record(t)) for t in account.timeline)
    yield from (("speaker", {"id": f"{doc}\t{name}", "doc": doc, "name": name, "entity": ident})
                for (doc, name), ident in account.lookup.items())
