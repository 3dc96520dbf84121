"""Assemble stage (cross-document): stories, claims, timeline, framing and summaries.

requires: Documents with sections, sentences, mentions, timexes, as a list or a Corpus read in
          passes and a story at a time (Store.corpus), giving the account whole (`assemble`) or
          a story at a time (`assemble_parts`); Options (the quotation marks in
          a text are read from the text itself, quotes/marks.py; the quote stage's attributions
          are not read here)
assigns:  Account: entities (entities/), stories (stories.py and splits.py over units.py), dates inferred for
          undated reports (dating.py), claims with status (claims.py), timeline entries
          (timeline.py), framing per report (framing.py), an extractive summary per story
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from ..entities import PLACE_TYPES, entity_at, resolve
from ..options import Options
from ..records import Claim, Document, Entity, Story, TimelineEntry
from ..structure.metadata import without_dateline
from .claims import Candidate, candidates_of, cluster_claims, lead_of, source_of, stands_alone, status_of
from .dating import infer_date, story_days
from .digest import pick_key_dates
from .framing import central_event, terms_in
from .stories import Clustering, cluster_units
from .timeline import date_of, one_line
from .units import Unit, organisation_families, units_of

NAME, VERSION = "assemble", "59"  # the account's version: it moves with the entity stage run here too
SUMMARY_CLAIMS = 5
KEY_DATES, KEY_SENTENCES = 8, 2  # a story's key dates, and sentences shown for each
TITLE_CHARS = 160  # an untitled story's title, cut at a word

__all__ = ["Account", "Corpus", "Inputs", "KeptStory", "LastBuild", "assemble", "assemble_parts", "keeps_stories",
           "outlet_labels", "same_outlets", "settings_of", "story_clusters", "NAME", "VERSION"]


@dataclass(slots=True)
class Account:
    entities: list[Entity] = field(default_factory=list)
    lookup: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc, name) -> entity id
    stories: list[Story] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    inputs: dict[str, "Inputs"] = field(default_factory=dict)  # story id -> what it was made from


@dataclass(slots=True)
class Inputs:
    """What a story's part was made from besides its reports' stored text (which never changes):
    `hash` of the rest (_inputs), and `actors`, one mention of each actor its reports
    name ((report, start) by entity id), by which a later build knows each actor's id now."""
    hash: str
    actors: dict[str, tuple[str, int]]


@dataclass(slots=True)
class KeptStory:
    """A story whose part a previous build made from the same inputs: the caller has it already
    (its story, claims and timeline entries), and it is not made again. `renamed` maps the ids of
    actors that now have another (a name that came to be spelled otherwise, a merge with an
    actor of other reports) to their new ones; `inputs` is what the part is made from now."""
    id: str
    inputs: Inputs
    renamed: dict[str, str]


def _no_claims(story: str) -> dict[tuple[str, int], str]:
    return {}


@dataclass(slots=True)
class LastBuild:
    """What the stored account of a previous build gives this one. `stories`: where it put each
    report ((report, section start) -> story id); those reports stay in their stories, and new
    ones join them or open new ones. `inputs`: what each of its stories was made from (story id ->
    Inputs); a story made from the same inputs again comes as a KeptStory. `claims`: a story's
    claims (story id -> (report, start) of each source -> claim id), read only for a story made
    again: its statements stay in the claims they were in, and new reports' statements join those
    or make claims of their own."""
    stories: dict[tuple[str, int], str]
    inputs: dict[str, Inputs] = field(default_factory=dict)
    claims: Callable[[str], dict[tuple[str, int], str]] = _no_claims


@runtime_checkable
class Corpus(Protocol):
    """Reports the account is assembled from, read in passes rather than held: iterating gives every
    report in input order (and may be done more than once), `get` the reports of one story. A store
    gives one (Store.corpus), so that a build keeps a story's reports in memory, not the collection's."""

    def __iter__(self) -> Iterator[Document]: ...

    def get(self, ids: list[str]) -> list[Document]: ...


class _Listed:
    """A corpus over reports already in memory."""

    def __init__(self, docs: list[Document]):
        self.docs = docs
        self.by_id = {d.id: d for d in docs}

    def __iter__(self) -> Iterator[Document]:
        return iter(self.docs)

    def get(self, ids: list[str]) -> list[Document]:
        return [self.by_id[i] for i in ids]


def assemble(docs: Iterable[Document] | Corpus, options: Options = Options()) -> Account:
    """The account of the reports, held whole (see `assemble_parts` for one story at a time)."""
    account, parts = assemble_parts(docs, options)
    for part in parts:
        account.stories += part.stories
        account.claims += part.claims
        account.timeline += part.timeline
    return account


def assemble_parts(docs: Iterable[Document] | Corpus, options: Options = Options(), last: LastBuild | None = None
                   ) -> tuple[Account, Iterator[Account | KeptStory]]:
    """The account in parts: the entities (two passes over the reports) as an Account of their
    own, then, lazily, one Account per story with its claims and timeline (a third pass for the
    stories' units, then the reports of each story in turn). A build stores each part as it comes
    and never holds the whole account: at 1,000 reports it is 40% of the stage's peak memory.
    `last` is what a previous build stored (LastBuild): its stories and claims are kept, and a
    story made from the same inputs again comes as a KeptStory, its reports not read."""
    corpus = docs if isinstance(docs, Corpus) else _Listed(list(docs))
    entities, lookup = resolve(corpus)
    return Account(entities, lookup), _parts(corpus, entities, options, last or LastBuild({}))


# A build keeps the stories of the last one (LastBuild) only when that one held this share of
# the reports at least: stories made from a much smaller collection, with its less certain word
# weights, are made again. Measured on ECB+ (all 35 dev topics, 982 reports) added in ten equal
# steps, this share keeping the last five: pairwise F1 0.951 in input order (0.947 from scratch),
# 0.871 in a shuffled order (0.904 from scratch); keeping every step from the second, as in five
# steps, gave 0.927 and 0.790.
KEEP_STORIES_SHARE = 0.8


def keeps_stories(previous_reports: int, reports: int) -> bool:
    return previous_reports >= KEEP_STORIES_SHARE * reports


def settings_of(options: Options) -> dict[str, float | int]:
    """The settings the account depends on: a build with others assembles afresh."""
    return {"story_threshold": options.story_threshold, "story_window_days": options.story_window_days}


def _parts(corpus: Corpus, entities: list[Entity], options: Options, last: LastBuild) -> Iterator[Account | KeptStory]:
    mention_entity = entity_at(entities)
    outlets: dict[str, str | None] = {}
    read_by: dict[str, str] = {}
    clustering = _stories(corpus, entities, mention_entity, options, outlets, last.stories, read_by)
    groups = _outlet_groups(outlets, clustering.copies)
    named = sorted(mention_entity)  # every mention of an actor, (report, start), a report's together
    copy_rank = {unit: n for n, unit in enumerate(clustering.copies)}  # a story lists its copies in this order
    for cluster in clustering.clusters:
        inputs = _inputs(cluster.units, clustering, groups, _actors(cluster.units, named, mention_entity), read_by)
        ident = story_id(min(cluster.units, key=lambda u: (u.order, u.index)))
        before = last.inputs.get(ident)
        if before is not None and before.hash == inputs.hash:
            now = {mention: actor for actor, mention in inputs.actors.items()}
            yield KeptStory(ident, inputs, {actor: now[tuple(mention)] for actor, mention in before.actors.items()
                                            if now[tuple(mention)] != actor})
            continue
        story_docs = corpus.get(list(dict.fromkeys(u.doc for u in cluster.units)))
        by_doc = {d.id: d for d in story_docs}
        story = _story(ident, cluster.units, by_doc, clustering, copy_rank)
        days = story_days(story_docs)
        inferred = {d.id: found for d in story_docs if (found := infer_date(d, days))}
        story.inferred_dates = [{"doc": d, "date": found[0].isoformat()} for d, found in inferred.items()]
        story.key_dates = _key_dates(story, story_docs)
        candidates: list[Candidate] = []
        for unit in cluster.units:
            doc = by_doc[unit.doc]
            guess = inferred.get(doc.id)
            published = unit.published or (guess[0].isoformat() if guess else None)
            timexes = guess[1] if guess else doc.timexes
            candidates += candidates_of(doc, unit.spans, unit.key, groups[doc.id], published, bool(guess),
                                        mention_entity, timexes)
        part = Account(stories=[story], inputs={story.id: inputs})
        _claims_and_timeline(part, story, candidates, cluster.units, _claims_before(cluster.units, last))
        _framing(story, cluster.units, by_doc)
        yield part


def _actors(units: list[Unit], named: list[tuple[str, int]], mention_entity: dict[tuple[str, int], str]
            ) -> dict[str, list[tuple[str, int]]]:
    """The mentions of each actor the story's reports name ((report, start) in order, by entity id),
    found in `named`, every mention key sorted (so a report's are together)."""
    found: dict[str, list[tuple[str, int]]] = {}
    for doc in dict.fromkeys(u.doc for u in units):
        for key in named[bisect_left(named, (doc, -1)):bisect_left(named, (doc, sys.maxsize))]:
            found.setdefault(mention_entity[key], []).append(key)
    return found


def _inputs(units: list[Unit], clustering: Clustering, groups: dict[str, str],
            actors: dict[str, list[tuple[str, int]]], read_by: dict[str, str]) -> Inputs:
    """What a story's part is made from besides its reports' stored text (which never changes):
    this version of the stage, its units in order, which of their reports' mentions name one actor
    (not the actors' ids: a part made again with the ids renamed is the same part with its ids
    renamed), each report's outlet group and the versions of the per-document stage that read it
    (a report read again, `build --reread`, has annotations of another version), its copies, and
    the unit its title is taken from (the only choice made with word weights of the whole
    collection). A later build whose story hashes the same would make the same part (KeptStory)."""
    keys = {u.key for u in units}
    docs = list(dict.fromkeys(u.doc for u in units))
    titled = _title_unit(units, clustering)
    made_of = {
        "version": VERSION,
        "units": [[u.doc, u.index, u.spans, u.published, u.order] for u in units],
        "actors": sorted(actors.values()),
        "groups": {d: groups[d] for d in docs},
        "read_by": {d: read_by[d] for d in docs},
        "copies": sorted([list(k), list(clustering.copies[k])] for k in keys if k in clustering.copies),
        "title": titled.key if titled is not None else None,
    }
    return Inputs(hashlib.sha1(json.dumps(made_of, sort_keys=True).encode()).hexdigest(),
                  {actor: mentions[0] for actor, mentions in actors.items()})


def story_clusters(docs: list[Document], options: Options = Options()) -> Clustering:
    """The stories alone, for a caller that needs no claims or timeline (the ECB+ entity evaluation
    reads "the man" within his story)."""
    entities, _ = resolve(docs)
    return _stories(docs, entities, entity_at(entities), options, {})


def _stories(docs: Iterable[Document], entities: list[Entity], mention_entity: dict, options: Options,
             outlets: dict[str, str | None], previous: dict | None = None,
             read_by: dict[str, str] | None = None) -> Clustering:
    """The story clusters; fills `outlets` (report -> its outlet) and `read_by` (report -> the
    per-document stage versions that read it) on the way."""
    places = frozenset(e.id for e in entities if e.type in PLACE_TYPES)
    people = frozenset(e.id for e in entities if e.type == "PERSON")
    organisations = organisation_families([e for e in entities if e.type == "ORG"])
    units = []
    shared: dict[str, str] = {}  # one string per set of versions, not one per report
    for n, d in enumerate(docs):
        outlets[d.id] = d.outlet
        if read_by is not None:
            versions = json.dumps(d.stages, sort_keys=True)
            read_by[d.id] = shared.setdefault(versions, versions)
        units += units_of(d, mention_entity, n, places, people, organisations)
    previous = previous or {}
    kept = {u.key: story for u in units if (story := previous.get((u.doc, u.spans[0][0])))}
    return cluster_units(units, threshold=options.story_threshold, window_days=options.story_window_days, kept=kept)


def _outlet_groups(outlets: dict[str, str | None], copies: dict) -> dict[str, str]:
    """Reports count once per outlet, and a copy counts with its original. One outlet may be
    written several ways in a collection (same_outlets)."""
    same = same_outlets({outlet for outlet in outlets.values() if outlet})
    groups = {doc: same[outlet] if outlet else f"doc:{doc}" for doc, outlet in outlets.items()}
    for (doc, _), (original, _) in copies.items():
        groups[doc] = groups[original]
    return groups


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_INITIALS = frozenset({"the", "of", "and", "for", "&"})


_DOMAIN = re.compile(r"(?:www\.)?([a-z0-9-]+)(?:\.[a-z0-9-]+)+")
_LEADING_THE, _TRAILING_NEWS, _NOT_ALNUM = re.compile(r"^the\s+"), re.compile(r"\s+news$"), re.compile(r"[\W_]+")


def same_outlets(names: set[str]) -> dict[str, str]:
    """Each outlet name -> the key of the outlet it is. Names are one outlet when they differ only
    in case, spaces and stops, a leading "The" or a closing "News" ("The Times" and "the times",
    "Harbour Radio News" and "Harbour Radio"), or when one is a web address whose name is the
    other's words run together ("harbourradio.example": a page's address where it names no outlet);
    and an acronym is the one other outlet of the collection whose initials it is ("MNA", a wire
    dateline's "/MNA/", for "Meridian News Agency"; an acronym that fits two stays itself). Known
    outlets and their aliases are named alike already at the structure stage (data/outlets.json);
    this is for the ones no list knows. Hand-written."""
    def key(name: str) -> str:
        name = name.strip().casefold()
        address = _DOMAIN.fullmatch(name)
        if address:
            return address.group(1).replace("-", "")
        return _NOT_ALNUM.sub("", _TRAILING_NEWS.sub("", _LEADING_THE.sub("", name))) or name

    by_initials: dict[str, set[str]] = {}
    for name in names:
        words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _NOT_INITIALS]
        if len(words) >= 2:
            by_initials.setdefault("".join(w[0] for w in words).upper(), set()).add(key(name))
    out = {}
    for name in names:
        fits = by_initials.get(name.strip(), set()) if _ACRONYM.fullmatch(name.strip()) else set()
        out[name] = next(iter(fits)) if len(fits) == 1 else key(name)
    return out


def outlet_labels(names: Iterable[str]) -> dict[str, str]:
    """Each outlet name -> the spelling to show for its outlet (same_outlets): the longest, then
    the one with most capitals ("Meridian News Agency" for "MNA", "The Times" for "the times").
    A report with no outlet ("doc:<id>") stays itself."""
    names = set(names)
    keys = same_outlets({n for n in names if not n.startswith("doc:")})
    shown: dict[str, str] = {}
    for name in sorted(keys, key=lambda n: (-len(n), -sum(c.isupper() for c in n), n)):
        shown.setdefault(keys[name], name)
    return {name: shown[keys[name]] if name in keys else name for name in names}


def _story(ident: str, units: list[Unit], by_doc: dict[str, Document], clustering: Clustering,
           copy_rank: dict) -> Story:
    documents = list(by_doc)  # the story's own reports, loaded in the order of its units
    times = sorted(u.published for u in units if u.published)
    titled = _title_unit(units, clustering)
    entities = Counter()
    for u in units:
        entities.update(u.entities)
    story = Story(
        id=ident,
        title=titled.title if titled is not None else _first_sentence(by_doc[units[0].doc], units[0]),
        documents=documents,
        sections=[{"doc": u.doc, "start": a, "end": b} for u in units for a, b in u.spans],
        first_seen=times[0] if times else None, last_seen=times[-1] if times else None,
        entities=[e for e, _ in entities.most_common(25)],
    )
    keys = {u.key for u in units}
    # the story's own units looked up, not every copy in the collection (stories times copies)
    copied = sorted((k for k in keys if k in clustering.copies), key=copy_rank.__getitem__)
    story.duplicates = [{"doc": k[0], "copy_of": clustering.copies[k][0]} for k in copied]
    return story


def _title_unit(units: list[Unit], clustering: Clustering) -> Unit | None:
    """The unit whose headline titles the story: the one whose words are most the story's, not the
    first one filed (which may be about a side of it: allies' talks during a mutiny)."""
    return max((u for u in units if u.title), key=lambda u: clustering.title_fit.get(u.key, 0.0), default=None)


def _first_sentence(doc: Document, unit: Unit) -> str:
    """An untitled story's title: its first report's first sentence, without the wire dateline."""
    start, end = unit.spans[0]
    text = without_dateline(doc.text[start:end].lstrip())
    first = next((m.end() for m in re.finditer(r"[.!?](?=\s+[A-Z“\"‘'])", text)), len(text))
    line = one_line(text[:first])
    return line if len(line) <= TITLE_CHARS else line[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"


def story_id(first: Unit) -> str:
    """A story is known by where it began: its first unit in input order ("S<report id>-<unit>").
    Reports a later build adds come after it, so the story keeps its id (and its links, its
    exports, what a user cited) unless it splits or merges; a number in order of the stories
    changed for nearly every story whenever a report came in."""
    return f"S{first.doc}-{first.index}"


def claim_id(members: list[Candidate], position: dict[tuple[str, int], int]) -> str:
    """A claim is known by its first source in input order ("C<report id>-<offset>", `position`
    the units' order): one claim holds each sentence, and reports added later come after it. A timeline
    entry is its claim's ("T..."), its story only by reference: a claim that moves to another
    story keeps its id."""
    first = min(members, key=lambda m: (position[m.unit], m.start))
    return f"C{first.doc}-{first.start}"


def _claims_before(units: list[Unit], last: LastBuild) -> dict[tuple[str, int], str]:
    """The claims the last build made of these units' statements ((report, start) -> claim id),
    from the stories it put them in."""
    stories = dict.fromkeys(s for u in units if (s := last.stories.get((u.doc, u.spans[0][0]))))
    return {key: claim for story in stories for key, claim in last.claims(story).items()}


def _claims_and_timeline(account: Account, story: Story, candidates: list[Candidate], units: list[Unit],
                         before: dict[tuple[str, int], str] | None = None) -> None:
    """The story's claims (`before`: the claims a previous build put statements in, which they keep),
    timeline entries, coverage and summary."""
    position = {u.key: n for n, u in enumerate(sorted(units, key=lambda u: (u.order, u.index)))}
    ranked = []
    for cluster in cluster_claims(candidates, before):
        members = cluster.members
        lead = lead_of(cluster)
        claim = Claim(
            id=claim_id(members, position), story=story.id, text=lead.text, status=status_of(cluster),
            sources=[source_of(m) for m in members],
            disputed_by=[m.denial for m in members if m.denial] + [source_of(m) for m in cluster.contradicted_by],
            entities=sorted({e for m in members for e in m.entities}),
            # a report that names no outlet stands as itself, as in the story's coverage: a claim
            # two reports carry lists two, though one of them is unnamed
            outlets=sorted({m.outlet or f"doc:{m.doc}" for m in members}),
        )
        dated = date_of(cluster)
        if dated:
            claim.date = dated[0]
            account.timeline.append(TimelineEntry(
                id="T" + claim.id[1:], story=story.id, date=dated[0],
                summary=one_line(lead.text), entities=claim.entities, sources=claim.sources,
                uncertain=dated[2] is not None, date_basis=dated[1], claim=claim.id, uncertain_why=dated[2],
            ))
        account.claims.append(claim)
        for m in members:
            story.coverage.setdefault(m.outlet or f"doc:{m.doc}", []).append(claim.id)
        # the summary: claims most outlets carry first; among the rest, sentences that stand alone;
        # then the earlier claim
        rank = (len({m.group for m in members}), claim.status != "single-source", stands_alone(lead.text), -len(ranked))
        ranked.append((rank, claim))
    best = [claim for _, claim in sorted(ranked, key=lambda r: r[0], reverse=True)[:SUMMARY_CLAIMS]]
    order = {claim.id: n for n, (_, claim) in enumerate(ranked)}
    best.sort(key=lambda c: (c.date or "9999", order[c.id]))
    story.summary = [{"text": one_line(c.text), "claim": c.id, "date": c.date,
                      "sources": [{"doc": s.doc, "start": s.start, "end": s.end, "outlet": s.outlet}
                                  for s in c.sources]} for c in best]
    for outlet, ids in story.coverage.items():
        story.coverage[outlet] = list(dict.fromkeys(ids))


def _key_dates(story: Story, docs: list[Document]) -> list[dict]:
    parts: dict[str, list[tuple[int, int]]] = {}
    for section in story.sections:
        parts.setdefault(section["doc"], []).append((section["start"], section["end"]))
    outlet = {d.id: d.outlet for d in docs}
    return [{"date": k.day.isoformat(), "weight": k.weight,
             "sources": [{"doc": s.doc, "start": s.start, "end": s.end, "text": s.text, "outlet": outlet[s.doc]}
                         for s in k.sentences]}
            for k in pick_key_dates(docs, KEY_DATES, KEY_SENTENCES, parts=parts) if k.sentences]


def _framing(story: Story, units: list[Unit], by_doc: dict[str, Document]) -> None:
    per_doc = {}
    for doc_id in story.documents:
        text = "\n".join(by_doc[doc_id].text[a:b] for u in units if u.doc == doc_id for a, b in u.spans)
        per_doc[doc_id] = terms_in(text)
    story.central_event = central_event(per_doc)
    for doc_id, found in per_doc.items():
        groups = {kind: {} for kind in found}
        for kind, counts in found.items():
            for (label, word), n in counts.most_common():
                groups[kind].setdefault(label, []).append(word)
        terms = list(dict.fromkeys(w for kind in ("event", "actor") for (_, w), _ in found[kind].most_common()))
        story.framing.append({"outlet": by_doc[doc_id].outlet, "doc": doc_id, "terms": terms, "groups": groups})
