"""`storyline eval timex DIR`: TempEval-3 scores for the time stage on TimeML files.

As TempEval-3 defines them: strict span match = same characters; relaxed = overlapping spans.
Type and value are judged on relaxed matches: value F1 counts a system expression as correct when
it overlaps a gold one and has the same value (P over system expressions, R over gold ones).
"""
from __future__ import annotations

import time as clock
from pathlib import Path
from typing import Any

from ..options import Options
from .metrics import prf
from .timeml import TimeMLDocument, read_folder


def predict(docs: list[TimeMLDocument], options: Options) -> list[list]:
    from ..annotate import for_parser, load_nlp
    from ..time import find_timexes

    nlp = load_nlp(options.model)
    out = []
    for doc, parsed in zip(docs, nlp.pipe((for_parser(d.text) for d in docs), batch_size=options.batch_size)):
        out.append(find_timexes(doc.text, doc=parsed, anchor_at=doc.dct))
    return out


def score(docs: list[TimeMLDocument], predictions: list[list]) -> dict[str, Any]:
    n_gold = sum(len(d.timexes) for d in docs)
    n_sys = sum(len(p) for p in predictions)
    strict = relaxed = type_ok = value_ok = 0
    errors: list[dict[str, Any]] = []
    for doc, pred in zip(docs, predictions):
        used: set[int] = set()
        for g in doc.timexes:
            match = None
            for i, s in enumerate(pred):
                if i not in used and s.start < g.end and g.start < s.end:
                    match = i
                    break
            if match is None:
                errors.append({"doc": doc.name, "kind": "missed", "gold": g.text, "value": g.value})
                continue
            used.add(match)
            s = pred[match]
            relaxed += 1
            strict += (s.start, s.end) == (g.start, g.end)
            type_ok += s.type == g.type
            value_ok += s.value == g.value
            if s.value != g.value:
                errors.append({"doc": doc.name, "kind": "value", "gold": g.text, "value": g.value,
                               "system": s.text, "system_value": s.value, "dct": doc.dct})
        for i, s in enumerate(pred):
            if i not in used:
                errors.append({"doc": doc.name, "kind": "spurious", "system": s.text, "system_value": s.value})
    return {
        "documents": len(docs), "gold": n_gold, "system": n_sys,
        "strict": prf(strict, n_sys, n_gold), "relaxed": prf(relaxed, n_sys, n_gold),
        "type": prf(type_ok, n_sys, n_gold), "value": prf(value_ok, n_sys, n_gold),
        "strict_f1": prf(strict, n_sys, n_gold)["f1"], "relaxed_f1": prf(relaxed, n_sys, n_gold)["f1"],
        "type_f1": prf(type_ok, n_sys, n_gold)["f1"], "value_f1": prf(value_ok, n_sys, n_gold)["f1"],
        "errors": errors,
    }


def evaluate(folder: str | Path, options: Options = Options()) -> dict[str, Any]:
    """Scores for every TimeML file under `folder`, and per sub-folder (TimeBank, AQUAINT)."""
    folder = Path(folder)
    docs = read_folder(folder)
    started = clock.perf_counter()
    predictions = predict(docs, options)
    seconds = clock.perf_counter() - started
    result = score(docs, predictions)
    result["seconds"] = round(seconds, 2)
    result["docs_per_second"] = round(len(docs) / seconds, 2) if seconds else None
    groups: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        if doc.part != ".":
            groups.setdefault(doc.part, []).append(i)
    if len(groups) > 1:
        result["parts"] = {
            name: {k: v for k, v in score([docs[i] for i in idx], [predictions[i] for i in idx]).items() if k != "errors"}
            for name, idx in sorted(groups.items())
        }
    return result


def table(result: dict[str, Any]) -> str:
    rows = [("all", result)] + sorted((result.get("parts") or {}).items())
    lines = [f"{'':12}{'docs':>6}{'gold':>6}{'sys':>6}{'strict F1':>11}{'relaxed F1':>12}{'type F1':>9}{'value F1':>10}"]
    for name, r in rows:
        lines.append(f"{name:12}{r['documents']:>6}{r['gold']:>6}{r['system']:>6}{r['strict_f1']:>11.1f}"
                     f"{r['relaxed_f1']:>12.1f}{r['type_f1']:>9.1f}{r['value_f1']:>10.1f}")
    lines.append(f"relaxed P/R {result['relaxed']['precision']:.1f}/{result['relaxed']['recall']:.1f}; "
                 f"value P/R {result['value']['precision']:.1f}/{result['value']['recall']:.1f}; "
                 f"{result['docs_per_second']} documents/s")
    return "\n".join(lines)
