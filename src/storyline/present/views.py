"""What each page shows, as plain JSON-able data: the HTML pages, the static report and the JSON API
render the same views, so a page and its JSON twin never disagree.

Every fact carries the span it came from ({doc, start, end}); `source_link` turns a span into the
anchor of the sentence that holds it, which the report page highlights."""
from __future__ import annotations

import json
from bisect import bisect_right
from collections import defaultdict
from typing import Any

from ..assemble import VERSION as ASSEMBLE_VERSION, outlet_labels
from ..export.contract import Speakers, document_record, timex_record
from ..records import Document, Quote, Sentence, within
from ..store import Store

PER_PAGE = 50
MENTIONS_SHOWN = 200  # an actor page lists this many mentions (and says how many more)


class NotFound(LookupError):
    """No such story, report or actor (the message names it)."""


def _page(total: int, page: int, per_page: int) -> dict[str, int]:
    return {"page": page, "per_page": per_page, "total": total, "pages": max(1, -(-total // per_page))}


def story_index(store: Store, page: int = 1, per_page: int = PER_PAGE) -> dict[str, Any]:
    page = max(1, page)
    total, stories = store.account_page("story", per_page, (page - 1) * per_page)
    items = [{
        "id": s["id"], "title": s["title"], "first_seen": s["first_seen"], "last_seen": s["last_seen"],
        "reports": len(s["documents"]), "outlets": len(set(outlet_labels(s["coverage"]).values())),
        "central_event": s["central_event"],
    } for s in stories]
    return {"stories": items, **_page(total, page, per_page), "counts": store.headline_counts(),
            "stale": stale_account(store)}


def stale_account(store: Store) -> str | None:
    """Why the stored account is not this version's account of every stored report, as a line
    for the reader, or None. The pages show what is stored (they never write); `build` makes it
    again."""
    if store.account_is_current(ASSEMBLE_VERSION):
        return None
    meta = store.account_meta()
    if meta is None:
        return "No account is stored yet: run `storyline build` on this database."
    if store.account_made_with(ASSEMBLE_VERSION) is None:
        return (f"This account was made by an earlier version of Storyline (assemble {meta.get('version')}, "
                f"now {ASSEMBLE_VERSION}): run `storyline build` on this database to make it again.")
    return (f"This account was made from {meta.get('documents')} of the {store.document_count()} stored "
            "reports: run `storyline build` on this database to make it again.")


def _entity(store: Store, ident: str, cache: dict[str, dict | None]) -> dict | None:
    if ident not in cache:
        cache[ident] = store.account_record("entity", ident)
    return cache[ident]


def _actor_summary(e: dict) -> dict[str, Any]:
    return {"id": e["id"], "name": e["name"], "type": e["type"], "aliases": e["aliases"], "roles": e["roles"],
            "mentions": len(e["mentions"]), "comment_mentions": e["comment_mentions"], "outlets": e["outlets"]}


def speakers_in(store: Store) -> Speakers:
    """Quote speakers as entity ids, as the export gives them, asking the stored account for each
    name (the entity a quote's speaker resolved to in that report)."""
    def find(doc: str, name: str) -> str | None:
        found = store.account_record("speaker", f"{doc}\t{name}")
        return found["entity"] if found else None
    return Speakers(find)


def _quote_views(store: Store, doc: Document) -> list[tuple[Quote, dict[str, Any]]]:
    """Each quote of a report with its export record, the entity its speaker resolved to and the
    anchor of its sentence."""
    out = []
    speakers = speakers_in(store)
    for i, q in enumerate(doc.quotes):
        record = speakers.record(doc.id, i, q)
        record["anchor"] = sentence_anchor(doc.sentences, q.start)
        out.append((q, record))
    return out


READERS, UNRESOLVED = "text:\0readers", "text:\0unresolved"


def _unnamed(speaker_text: str | None) -> str:
    """A speaker the entity layer did not resolve: kept by its words ("State television"), unless
    they name nobody ("he", "that", "someone")."""
    words = (speaker_text or "").split()
    if not words or len(words) == 1 and (words[0].islower() or words[0].lower() in ("i", "you", "we", "he", "she", "they", "it")):
        return UNRESOLVED
    return f"text:{speaker_text}"


def story_view(store: Store, story_id: str) -> dict[str, Any]:
    story = store.account_record("story", story_id)
    if story is None:
        raise NotFound(f"story {story_id!r}: not in this database")
    cache: dict[str, dict | None] = {}
    docs = {d: store.document_header(d) for d in story["documents"]}
    claims = list(store.account("claim", story_id))
    # by date; a day's entries in the account's order (their ids name where each was first reported)
    timeline = sorted(store.account("timeline", story_id), key=lambda t: t["date"] or "")
    anchor = _Anchors(store)
    for item in claims + timeline + story["summary"] + story.get("key_dates", []):
        for span in item.get("sources", []) + item.get("disputed_by", []):
            anchor(span)
    actors = [_actor_summary(e) for i in story["entities"] if (e := _entity(store, i, cache))]
    people = {a["id"]: a for a in actors}
    quotes_by: dict[str, list[dict]] = defaultdict(list)
    names: dict[str, str] = {READERS: "reader comments", UNRESOLVED: "speaker not resolved"}
    inside: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for section in story["sections"]:
        inside[section["doc"]].append((section["start"], section["end"]))
    for doc_id in story["documents"]:
        doc = store.document(doc_id)
        if doc is None:
            continue
        for q, record in _quote_views(store, doc):
            # the story's own parts only (a live blog's other posts belong to other stories), and
            # the reports' comment threads, shown apart: they never count as reporting
            if not q.in_comment and not within(q.start, inside[doc_id]):
                continue
            record["outlet"] = doc.outlet
            key = READERS if q.in_comment else record["speaker"] or _unnamed(q.speaker_text)
            if record["speaker"] and record["speaker"] not in names:
                entity = people.get(record["speaker"]) or _entity(store, record["speaker"], cache)
                names[record["speaker"]] = entity["name"] if entity else record["speaker"]
            names.setdefault(key, q.speaker_text or "unattributed")
            quotes_by[key].append(record)
    speakers = sorted(({"speaker": k if not k.startswith("text:") else None, "name": names[k], "quotes": v}
                       for k, v in quotes_by.items()),
                      key=lambda g: (g["name"] == names[UNRESOLVED], g["name"] == names[READERS], -len(g["quotes"]), g["name"]))
    # one column per outlet, however its reports spell it ("MNA" / "Meridian News Agency")
    labels = outlet_labels(list(story["coverage"]) + [s["outlet"] for c in claims for s in c["disputed_by"] if s["outlet"]])
    coverage: dict[str, set[str]] = defaultdict(set)
    for outlet, ids in story["coverage"].items():
        coverage[labels[outlet]].update(ids)
    outlets = sorted(coverage)
    matrix = [{"claim": c["id"], "text": c["text"], "status": c["status"],
               "cells": {o: _cell(c, o, coverage, labels) for o in outlets}} for c in claims]
    return {"story": story, "reports": list(docs.values()), "timeline": timeline, "claims": claims,
            "actors": actors, "quotes": speakers, "outlets": outlets, "matrix": matrix,
            "framing": _framing(story, docs)}


def _cell(claim: dict, outlet: str, coverage: dict[str, set[str]], labels: dict[str, str]) -> str:
    if claim["id"] in coverage.get(outlet, ()):
        return "carries"
    denied = {f"doc:{s['doc']}" for s in claim["disputed_by"]} | {labels[s["outlet"]] for s in claim["disputed_by"] if s["outlet"]}
    return "disputes" if outlet in denied else "absent"


def _framing(story: dict, docs: dict[str, dict]) -> list[dict[str, Any]]:
    rows = []
    for f in story["framing"]:
        header = docs.get(f["doc"]) or {}
        rows.append({"doc": f["doc"], "outlet": f["outlet"] or header.get("title") or f["doc"],
                     "event": sorted(f["groups"].get("event", {})), "actor": sorted(f["groups"].get("actor", {})),
                     "terms": f["terms"]})
    return rows


def _actor_record(store: Store, entity_id: str, anchor: "_Anchors",
                  docs: set[str] | None = None) -> tuple[dict[str, Any], list[dict]]:
    """The actor's record with its first mentions (in `docs`, where given), each anchored; and all
    its mentions."""
    entity = store.account_record("entity", entity_id)
    if entity is None:
        raise NotFound(f"actor {entity_id!r}: not in this database")
    mentions = [m for m in entity["mentions"] if docs is None or m["doc"] in docs][:MENTIONS_SHOWN]
    for m in mentions:
        anchor(m)
    return dict(entity, mention_count=len(entity["mentions"]), mentions=mentions), entity["mentions"]


def actor_from_stories(store: Store, entity_id: str, stories: list[dict[str, Any]], docs: set[str]) -> dict[str, Any]:
    """An actor's view from story views already built (the static report: no report read twice),
    with the mentions in `docs` (the reports the file holds)."""
    anchor = _Anchors(store)
    entity, _ = _actor_record(store, entity_id, anchor, docs)
    # its own words, and what it said with others ("The EU and NATO said"); never reader comments
    quotes = [q for v in stories for g in v["quotes"] for q in g["quotes"]
              if g["speaker"] == entity_id or (not q["in_comment"] and entity_id in q["speakers"])]
    shown = [{"id": v["story"]["id"], "title": v["story"]["title"]} for v in stories
             if entity_id in v["story"]["entities"]]
    return {"actor": entity, "quotes": quotes, "stories": shown}


def actor_view(store: Store, entity_id: str) -> dict[str, Any]:
    anchor = _Anchors(store)
    entity, mentions = _actor_record(store, entity_id, anchor)
    quotes = []
    by_doc: dict[str, list[int]] = defaultdict(list)
    for doc_id, index in store.quotes_spoken_by(entity_id, list(dict.fromkeys(m["doc"] for m in mentions))):
        by_doc[doc_id].append(index)
    speakers = speakers_in(store)
    for doc_id, indexes in by_doc.items():
        held = store.quotes_of(doc_id)
        for i in indexes:
            quotes.append(anchor(speakers.record(doc_id, i, held[i])))  # a joint source's: speaker null
    stories = [{"id": s["id"], "title": s["title"]} for s in store.stories_of_entity(entity_id)]
    return {"actor": entity, "quotes": quotes, "stories": stories}


def report_view(store: Store, doc_id: str) -> dict[str, Any]:
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"report {doc_id!r}: not in this database")
    record = document_record(doc)
    quotes = [record for _, record in _quote_views(store, doc)]
    return {"report": record, "mentions": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type,
                                            "in_comment": m.in_comment} for m in doc.mentions],
            "timexes": [timex_record(doc.id, t) for t in doc.timexes], "quotes": quotes,
            "blocks": blocks(doc, quotes)}


def blocks(doc: Document, quotes: list[dict]) -> list[dict[str, Any]]:
    """The text cut for display: sections, each a run of sentences (with their anchors), each a run
    of pieces marked as entity / time / quote. Only offsets and labels: the template escapes the text."""
    marks: list[tuple[int, int, str, str]] = []
    marks += [(m.start, m.end, "entity", m.text + f" ({m.type})") for m in doc.mentions]
    marks += [(t.start, t.end, "time", f"{t.type} {t.value or ''}") for t in doc.timexes]
    marks += [(q["start"], q["end"], "quote", f"{q['kind']} quote: {q['speaker_name'] or q['speaker_text'] or '?'}")
              for q in quotes]
    sections = doc.sections or []
    out = []
    for section in sections:
        sentences = [s for s in doc.sentences if section.start <= s.start < section.end]
        runs, cursor = [], section.start
        for s in sentences:
            start, end = max(s.start, cursor), min(s.end, section.end)
            if start > cursor:
                runs.append({"anchor": None, "pieces": _pieces(doc.text, cursor, start, marks)})
            if end > start:
                runs.append({"anchor": f"s{s.start}", "pieces": _pieces(doc.text, start, end, marks)})
            cursor = max(cursor, end)
        if cursor < section.end:
            runs.append({"anchor": None, "pieces": _pieces(doc.text, cursor, section.end, marks)})
        out.append({"kind": section.kind, "start": section.start, "end": section.end,
                    "published": section.published, "author": section.author, "runs": runs})
    return out


def _pieces(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> list[dict[str, Any]]:
    inside = [m for m in marks if m[0] < end and m[1] > start]
    cuts = sorted({start, end} | {max(start, m[0]) for m in inside} | {min(end, m[1]) for m in inside})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in inside if m[0] <= a and m[1] >= b]
        pieces.append({"text": text[a:b], "start": a, "kinds": sorted({m[2] for m in covering}),
                       "labels": [m[3] for m in covering]})
    return pieces


def sentence_anchor(sentences: list[Sentence] | list[int], start: int) -> str:
    """The anchor of the sentence that holds offset `start` ("s" + the sentence's first offset)."""
    starts = [s if isinstance(s, int) else s.start for s in sentences]
    if not starts:
        return ""
    return f"s{starts[max(0, bisect_right(starts, start) - 1)]}"


class _Anchors:
    """Sentence anchors for spans of many reports, reading each report's sentence starts once."""

    def __init__(self, store: Store):
        self.store, self.starts = store, {}

    def __call__(self, span: dict) -> dict:
        doc = span["doc"]
        if doc not in self.starts:
            self.starts[doc] = self.store.sentence_starts(doc)
        span["anchor"] = sentence_anchor(self.starts[doc], span["start"])
        return span


def search_view(store: Store, query: str, kind: str | None = None, page: int = 1,
                per_page: int = PER_PAGE) -> dict[str, Any]:
    page = max(1, page)
    total, hits = store.search(query, kind, per_page, (page - 1) * per_page)
    for hit in hits:
        hit["snippet"] = _snippet_parts(hit.pop("snippet") or "")
    return {"query": query, "kind": kind, "hits": hits, **_page(total, page, per_page)}


def _snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """FTS5's snippet with \\x01..\\x02 around hits, as parts (the template escapes each)."""
    parts = []
    for i, chunk in enumerate(snippet.split("\x01")):
        if i == 0:
            parts.append({"text": chunk, "hit": False})
            continue
        hit, _, rest = chunk.partition("\x02")
        parts += [{"text": hit, "hit": True}, {"text": rest, "hit": False}]
    return [p for p in parts if p["text"]]


def to_json(view: dict[str, Any]) -> str:
    return json.dumps(view, ensure_ascii=False)
