"""`storyline eval claims DIR`: do claims that join reports say the same thing? Scored on ECB+.

ECB+ marks every event mention (an action, a statement, a state, one that did not happen) in the
sentences it annotates and links the mentions of one real event across documents. A claim joins
statements of several reports; two of its statements from different documents agree with the gold
when their spans hold mentions of one gold event ("Reid checked into rehab" / "the actress entered
the Promises centre"). The measurement reads every claim source whose span holds at least one
gold event mention (other spans have no gold: ECB+ annotates only some sentences), pairs the
sources of different documents, and prints pairwise precision (of the pairs a claim joins, the
share that name one gold event), recall (of the pairs that name one gold event, the share one
claim joins) and F1, and how many corroborated claims join only statements of one event.

Recall is the weaker guide: one event is told in many statements ("the quake struck", "the quake
killed 30") that a claim rightly keeps apart, and claims join only within a story. Precision is what
a reader relies on: a claim that joins two different events calls each corroborated.
Every document of every topic goes through the per-document and assemble stages together, as in
`storyline eval stories` (`stories.parse_topics`).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from ..assemble import Account, assemble
from ..options import Options
from .ecbplus import EcbDocument, read_topics, text_and_offsets
from .stories import parse_topics

Pair = tuple[tuple[str, int], tuple[str, int]]  # two (document path, source start) keys, ordered


def gold_events(ecb: EcbDocument) -> tuple[list[int], list[str]]:
    """The document's event mentions as (character offset, cross-document event) lists sorted by
    offset; an event no other document mentions is the document's own."""
    _, offsets = text_and_offsets(ecb)
    found = sorted((offsets[m.start], m.chain) for m in ecb.actions)
    return [o for o, _ in found], [c for _, c in found]


def events_in(events: tuple[list[int], list[str]], start: int, end: int) -> set[str]:
    at, chains = events
    return set(chains[bisect_left(at, start):bisect_left(at, end)])


def score(account: Account, gold: dict[str, tuple[list[int], list[str]]], path_of: dict[str, str]) -> dict[str, Any]:
    """Pairwise agreement of the account's claims with the gold events (`gold` by document path)."""
    events_of: dict[tuple[str, int], set[str]] = {}
    texts: dict[tuple[str, int], str] = {}
    members: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for claim in account.claims:
        for source in claim.sources:
            path = path_of[source.doc]
            events = events_in(gold[path], source.start, source.end) if path in gold else set()
            if events:
                key = (path, source.start)
                events_of[key], texts[key] = events, source.text
                members[claim.id].append(key)
    by_event: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for key, events in events_of.items():
        for event in events:
            by_event[event].append(key)
    gold_pairs = {_pair(a, b) for keys in by_event.values() for a, b in combinations(keys, 2) if a[0] != b[0]}
    system_pairs = {_pair(a, b) for keys in members.values() for a, b in combinations(keys, 2) if a[0] != b[0]}
    right = len(gold_pairs & system_pairs)
    errors = [{"claim": claim, "doc": a[0], "text": texts[a], "other_doc": b[0], "other_text": texts[b]}
              for claim, keys in members.items() for a, b in combinations(keys, 2)
              if a[0] != b[0] and _pair(a, b) not in gold_pairs]
    precision = right / len(system_pairs) if system_pairs else 0.0
    recall = right / len(gold_pairs) if gold_pairs else 0.0
    joined = [keys for keys in members.values() if len({k[0] for k in keys}) > 1]
    one_event = sum(all(_pair(a, b) in gold_pairs for a, b in combinations(keys, 2) if a[0] != b[0])
                    for keys in joined)
    return {
        "sources": len(events_of), "claims": len(account.claims),
        "system_pairs": len(system_pairs), "gold_pairs": len(gold_pairs), "right_pairs": right,
        "pairwise_precision": precision, "pairwise_recall": recall,
        "pairwise_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "joining_claims": len(joined), "joining_claims_one_event": one_event, "errors": errors,
        # ECB+ annotates no disputes (and seldom the sentences that give tolls): listed to be read
        "disputed_claims": sum(c.status == "disputed" for c in account.claims),
        "disputes": [{"claim": c.id, "text": c.text, "by": s.text, "by_doc": path_of.get(s.doc, s.doc)}
                     for c in account.claims for s in c.disputed_by],
    }


def _pair(a: tuple[str, int], b: tuple[str, int]) -> Pair:
    return (a, b) if a <= b else (b, a)


def evaluate(folder: str | Path, options: Options = Options()) -> dict[str, Any]:
    topics = read_topics(folder)
    docs, _ = parse_topics(topics, options)
    gold = {ecb.name: gold_events(ecb) for ecbs in topics.values() for ecb in ecbs}
    return score(assemble(docs, options), gold, {d.id: d.path for d in docs})


def table(result: dict[str, Any]) -> str:
    lines = [f"claims on ECB+: {result['sources']} claim sources hold a gold event mention; "
             f"{result['system_pairs']} cross-document pairs joined by a claim, {result['gold_pairs']} "
             f"naming one gold event",
             f"  {'pairwise_precision':26} {100 * result['pairwise_precision']:6.1f}",
             f"  {'pairwise_recall':26} {100 * result['pairwise_recall']:6.1f}",
             f"  {'pairwise_f1':26} {100 * result['pairwise_f1']:6.1f}",
             f"  claims joining documents   {result['joining_claims']:6}, of which one gold event only "
             f"{result['joining_claims_one_event']}",
             f"  disputed claims            {result['disputed_claims']:6} (a denial, or another outlet's "
             f"figure the same day; not scored: ECB+ marks no disputes)"]
    return "\n".join(lines)
