"""GraphML of actors (networkx writes it): an edge `co_occurs` where two actors are named in the
same sentence of a report (weight = sentences), and an edge `quotes` from a speaker to each actor
named inside what they are quoted saying (weight = quotes)."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx

from ..store import Store
from .views import speakers_in


def actor_graph(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    entities = list(store.account("entity"))
    at: dict[str, list[tuple[int, str]]] = defaultdict(list)  # doc -> (offset, entity), sorted
    for e in entities:
        graph.add_node(e["id"], label=e["name"], type=e["type"], aliases="; ".join(e["aliases"]),
                       roles="; ".join(e["roles"]), mentions=len(e["mentions"]))
        for m in e["mentions"]:
            if not m["in_comment"]:
                at[m["doc"]].append((m["start"], e["id"]))
    together: Counter = Counter()
    quoting: Counter = Counter()
    speakers = speakers_in(store)
    for doc_id, found in at.items():
        found.sort()
        starts = store.sentence_starts(doc_id)
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for offset, ident in found:
            by_sentence[bisect_right(starts, offset)].add(ident)
        for ids in by_sentence.values():
            together.update(combinations(sorted(ids), 2))
        doc = store.document(doc_id)
        for q in doc.quotes if doc else []:
            if q.in_comment:
                continue
            speaker = speakers(doc_id, q)
            if not speaker:
                continue
            named = {i for offset, i in found if q.start <= offset < q.end and i != speaker}
            quoting.update((speaker, i) for i in named)
    for (a, b), n in together.items():
        graph.add_edge(a, b, kind="co_occurs", weight=n)
    for (a, b), n in quoting.items():
        graph.add_edge(a, b, kind="quotes", weight=n)
    return graph


def write_graphml(store: Store, path: str | Path) -> nx.MultiDiGraph:
    graph = actor_graph(store)
    nx.write_graphml(graph, str(path))
    return graph
