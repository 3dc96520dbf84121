"""`storyline eval quotes DIR`: attribution spans against PolNeAR (source, cue, content).

Exact match: the same characters (each piece of a discontinuous span, whitespace trimmed).
Overlap match: the two spans share at least 30% of the characters of the longer one.
Matching is one-to-one per document and role; P = matched / system spans, R = matched / gold.
"""
from __future__ import annotations

import time as clock
from pathlib import Path
from typing import Any

from ..options import Options
from .metrics import prf
from .polnear import Article, Pieces, Relation, read_folder

ROLES = ("source", "cue", "content")
OVERLAP = 0.3


def predict(articles: list[Article], options: Options) -> list[list[Relation]]:
    from ..annotate import for_parser, load_nlp
    from ..quotes import find_quotes_in
    from ..records import RawDocument
    from ..structure import structure

    nlp = load_nlp(options.model)
    out = []
    for article, parsed in zip(articles, nlp.pipe((for_parser(a.text) for a in articles), batch_size=options.batch_size)):
        doc = structure(RawDocument(path=article.name, text=article.text, format="text"), options)
        groups: dict[int, Relation] = {}
        for q in find_quotes_in(doc, parsed):
            rel = groups.setdefault(q.group, Relation(
                ((q.speaker_start, q.speaker_end),) if q.speaker_start is not None else None,
                ((q.cue_start, q.cue_end),) if q.cue_start is not None else None, ()))
            rel.content = tuple(sorted((rel.content or ()) + ((q.start, q.end),)))
        out.append(list(groups.values()))
    return out


def _chars(pieces: Pieces) -> set[int]:
    return {i for a, b in pieces for i in range(a, b)}


def _match(gold: list[Pieces], system: list[Pieces]) -> tuple[int, int]:
    """(exact matches, overlap matches), each one-to-one."""
    exact = len(set(gold) & set(system)) if len(set(gold)) == len(gold) else _exact_multiset(gold, system)
    pairs = []
    gold_chars = [_chars(g) for g in gold]
    for j, s in enumerate(system):
        sc = _chars(s)
        for i, gc in enumerate(gold_chars):
            shared = len(sc & gc)
            if shared and shared >= OVERLAP * max(len(sc), len(gc)):
                pairs.append((shared, i, j))
    pairs.sort(reverse=True)
    used_g, used_s, overlap = set(), set(), 0
    for _, i, j in pairs:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            overlap += 1
    return exact, overlap


def _exact_multiset(gold: list[Pieces], system: list[Pieces]) -> int:
    remaining = list(system)
    count = 0
    for g in gold:
        if g in remaining:
            remaining.remove(g)
            count += 1
    return count


def score(articles: list[Article], predictions: list[list[Relation]]) -> dict[str, Any]:
    totals = {role: {"gold": 0, "system": 0, "exact": 0, "overlap": 0} for role in ROLES}
    for article, system in zip(articles, predictions):
        for role in ROLES:
            gold = [getattr(r, role) for r in article.relations if getattr(r, role)]
            sys_ = [getattr(r, role) for r in system if getattr(r, role)]
            exact, overlap = _match(gold, sys_)
            t = totals[role]
            t["gold"] += len(gold)
            t["system"] += len(sys_)
            t["exact"] += exact
            t["overlap"] += overlap
    result: dict[str, Any] = {"documents": len(articles), "overlap_rule": f">= {OVERLAP:.0%} of the longer span"}
    for role, t in totals.items():
        result[role] = {
            "gold": t["gold"], "system": t["system"],
            "exact": prf(t["exact"], t["system"], t["gold"]),
            "overlap": prf(t["overlap"], t["system"], t["gold"]),
        }
    return result


def evaluate(folder: str | Path, options: Options = Options()) -> dict[str, Any]:
    articles = read_folder(folder)
    started = clock.perf_counter()
    predictions = predict(articles, options)
    seconds = clock.perf_counter() - started
    result = score(articles, predictions)
    result["seconds"] = round(seconds, 2)
    return result


def table(result: dict[str, Any]) -> str:
    lines = [f"{result['documents']} documents; overlap match: {result['overlap_rule']}",
             f"{'':9}{'gold':>6}{'sys':>6}{'exact P':>9}{'R':>6}{'F1':>6}{'overlap P':>11}{'R':>6}{'F1':>6}"]
    for role in ROLES:
        r = result[role]
        e, o = r["exact"], r["overlap"]
        lines.append(f"{role:9}{r['gold']:>6}{r['system']:>6}{e['precision']:>9.1f}{e['recall']:>6.1f}{e['f1']:>6.1f}"
                     f"{o['precision']:>11.1f}{o['recall']:>6.1f}{o['f1']:>6.1f}")
    return "\n".join(lines)
