"""Typed records shared by every layer (see docs/architecture.md).

Offsets are integer character offsets into the owning document's `text`.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from collections.abc import Iterable
from typing import Any

SECTION_KINDS = ("body", "post", "comment", "boilerplate", "caption")
CLUTTER = ("caption", "boilerplate")  # page furniture: never reporting, never a speaker or an actor
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(slots=True)
class RawDocument:
    """One report as a reader found it, before any analysis."""

    path: str
    text: str
    format: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: str | None = None
    authors: list[str] = field(default_factory=list)
    # Text spans the reader already knows to be comments (HTML comment threads).
    comment_spans: list[tuple[int, int]] = field(default_factory=list)
    # File modification time (unix seconds): an upper bound for a year-less dateline.
    mtime: float | None = None
    line: int | None = None  # line number inside a JSONL file

    @property
    def label(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


@dataclass(slots=True)
class Section:
    kind: str
    start: int
    end: int
    published: str | None = None
    author: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    type: str  # spaCy label: PERSON, ORG, GPE, NORP, ...
    in_comment: bool = False
    role: str | None = None  # a title the report attaches to the name ("Kremlin spokesman")
    ref: str | None = None  # for a role phrase ("the Belarusian leader"): the name it refers to


@dataclass(slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    anchor: str | None  # the value it was resolved against, if relative
    mod: str | None = None  # TIMEX3 mod: START, MID, END, ...
    tense: int = 0  # which way the governing verb points: -1 past, 1 future, 0 unknown


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | partial
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    in_comment: bool = False
    speaker_name: str | None = None  # the name the speaker resolves to in this report
    speaker_type: str | None = None  # PERSON / ORG / GPE / NORP
    group: int | None = None  # pieces of one interrupted quotation share a group
    speaker_members: list[str] = field(default_factory=list)  # a joint source's names ("The EU and NATO")


@dataclass(slots=True)
class EntityMention:
    """Where a report names an entity: a name, a role phrase ("the Kremlin spokesman"), or a surname
    the model did not mark and the entity stage recovered. A record, not a dict: a corpus holds
    tens of mentions per report, and a dict each had been the entity stage's largest cost in memory."""

    doc: str
    start: int
    end: int
    text: str
    in_comment: bool
    kind: str  # name | role | recovered

    def record(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text,
                "in_comment": self.in_comment, "kind": self.kind}


@dataclass(slots=True)
class Entity:
    """One real actor across reports: every spelling, role and mention of it."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)  # {role, doc, start, end}
    mentions: list[EntityMention] = field(default_factory=list)
    outlets: dict[str, int] = field(default_factory=dict)  # reporting mentions by outlet


@dataclass(slots=True)
class Document:
    """A report with its structure and per-document annotations."""

    id: str
    path: str
    text: str
    format: str
    line: int | None = None  # line (or record) number inside a multi-report file
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    outlet_source: str | None = None
    published: str | None = None
    published_source: str | None = None
    authors: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[TimeExpression] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # stage name -> version, for provenance
    stages: dict[str, str] = field(default_factory=dict)
    # how uncertain findings were reached ("year inferred from the weekday ...")
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def spans(self, *kinds: str) -> list[tuple[int, int]]:
        """(start, end) of the sections of these kinds, in order."""
        return [(s.start, s.end) for s in self.sections if s.kind in kinds]

    def section_at(self, offset: int) -> Section | None:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None


@dataclass(slots=True)
class Source:
    """Where an assembled fact comes from: exact characters of one report."""

    doc: str
    start: int
    end: int
    text: str
    outlet: str | None = None


@dataclass(slots=True)
class Story:
    id: str
    title: str
    documents: list[str] = field(default_factory=list)
    sections: list[dict[str, Any]] = field(default_factory=list)  # {doc, start, end}
    first_seen: str | None = None
    last_seen: str | None = None
    framing: list[dict[str, Any]] = field(default_factory=list)  # {outlet, doc, terms, groups}
    central_event: str | None = None  # the framing group most used for the story's event
    summary: list[dict[str, Any]] = field(default_factory=list)  # {text, sources}
    duplicates: list[dict[str, str]] = field(default_factory=list)  # {doc, copy_of}
    coverage: dict[str, list[str]] = field(default_factory=dict)  # outlet -> claim ids it carries
    entities: list[str] = field(default_factory=list)  # most mentioned first
    inferred_dates: list[dict[str, str]] = field(default_factory=list)  # {doc, date}: undated reports
    key_dates: list[dict[str, Any]] = field(default_factory=list)  # {date, weight, sources}: digest.py


@dataclass(slots=True)
class Claim:
    id: str
    story: str
    text: str
    status: str  # corroborated | single-source | disputed
    sources: list[Source] = field(default_factory=list)
    disputed_by: list[Source] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    date: str | None = None
    outlets: list[str] = field(default_factory=list)  # its reports' outlets; "doc:<id>" for a report that names none


@dataclass(slots=True)
class TimelineEntry:
    id: str
    story: str
    date: str
    summary: str
    entities: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    uncertain: bool = False  # the date rests on an inference (an undated report, a vague expression)
    date_basis: str = "text"  # text | report-time | inferred-report-time
    claim: str | None = None
    uncertain_why: str | None = None  # why the date is uncertain ("named only in a relative clause")


def within(offset: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Does the character at `offset` lie in one of the (start, end) spans (a report's comments,
    its captions, a quotation's words)?"""
    return any(start <= offset < end for start, end in spans)


def content_id(text: str) -> str:
    """Documents are identified by a hash of their text: the same report read twice is one."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
