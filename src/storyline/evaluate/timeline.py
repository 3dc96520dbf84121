"""`storyline eval timeline DIR`: key dates against Timeline17's journalist-written timelines.

As news-tls evaluates it: for each reference timeline, the input is the topic's reports published
within the reference's first and last date; the system picks as many dates as the reference has
and, per date, the reference's average number of sentences per date (rounded); date F1 compares the
date sets; ROUGE-1 and ROUGE-2 F are alignment-based (align+ m:1, see tlsrouge.py); the concat
variant is printed beside them. Reports go through the whole per-document stage (structure, parse,
time stage anchored on the folder date each report was filed under); each reference (a line of
timelines.jsonl, else a file of timelines/) is scored on its own and the topic's figures are their
mean.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from statistics import mean
from typing import Any

from ..annotate import process_stream
from ..assemble.digest import DigestWeights, pick_key_dates
from ..options import Options
from ..records import Document, RawDocument
from . import tlsrouge

MEASURES = ("date_f1", "rouge1_f1", "rouge2_f1", "concat_rouge1_f1", "concat_rouge2_f1")


def topics_in(folder: str | Path) -> list[Path]:
    """One topic folder (it holds timelines.jsonl, or Timeline17's own timelines/*.txt, beside
    InputDocs/) or a folder of them."""
    folder = Path(folder)
    if _is_topic(folder):
        return [folder]
    found = sorted(p for p in folder.iterdir() if p.is_dir() and _is_topic(p)) if folder.is_dir() else []
    if not found:
        raise FileNotFoundError(f"{folder}: no Timeline17 topic (a folder with timelines.jsonl or timelines/*.txt, "
                                "and InputDocs/)")
    return found


def _is_topic(folder: Path) -> bool:
    return (folder / "timelines.jsonl").is_file() or any((folder / "timelines").glob("*.txt"))


def read_references(topic: Path) -> list[dict[date, list[str]]]:
    """The topic's reference timelines: timelines.jsonl (news-tls's form, one timeline a line), else
    timelines/*.txt (Timeline17's own: a date line, its sentences, a line of dashes)."""
    if not (topic / "timelines.jsonl").is_file():
        return [_read_txt_timeline(path) for path in sorted((topic / "timelines").glob("*.txt"))]
    references = []
    for line in (topic / "timelines.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            timeline: dict[date, list[str]] = {}
            for d, sents in json.loads(line):  # entries of one day (at different hours) are one day
                timeline.setdefault(date.fromisoformat(d[:10]), []).extend(" ".join(s.split()) for s in sents)
            references.append(timeline)
    return references


def _read_txt_timeline(path: Path) -> dict[date, list[str]]:
    """A block whose first line is no whole date ("2011-04-0" in MJ_bbc's) belongs, lines and all,
    to the date before it, as news-tls's timelines.jsonl has it."""
    timeline: dict[date, list[str]] = {}
    day = None
    for block in re.split(r"\n-{5,}\s*\n", path.read_text(encoding="utf-8", errors="replace").strip()):
        lines = [" ".join(line.split()) for line in block.strip().splitlines() if line.strip()]
        if lines and re.fullmatch(r"\d{4}-\d{2}-\d{2}", lines[0]):
            day, lines = date.fromisoformat(lines[0]), lines[1:]
        if day is not None:
            timeline.setdefault(day, []).extend(line for line in lines if not set(line) <= {"-"})
    return timeline


def read_reports(topic: Path, first: date, last: date) -> list[RawDocument]:
    raws = []
    for day_folder in sorted((topic / "InputDocs").iterdir()):
        try:
            day = date.fromisoformat(day_folder.name)
        except ValueError:
            continue
        if not first <= day <= last:
            continue
        for path in sorted(day_folder.iterdir()):
            raws.append(RawDocument(path=str(path), text=path.read_text(encoding="utf-8", errors="replace"),
                                    format="text", published=day.isoformat(), published_source="folder"))
    return raws


def parse_topic(topic: Path, first: date, last: date, options: Options) -> list[Document]:
    return [d for batch in process_stream(read_reports(topic, first, last), options) for d in batch]


def score_one(docs: list[Document], reference: dict[date, list[str]],
              weights: DigestWeights = DigestWeights()) -> dict[str, Any]:
    span = (min(reference), max(reference))
    per_date = max(1, round(sum(len(s) for s in reference.values()) / len(reference)))
    predicted = {k.day: [line.text for line in k.sentences]
                 for k in pick_key_dates(docs, len(reference), per_date, span=span, weights=weights)}
    return {
        "dates": len(reference), "per_date": per_date, "reports": len(docs),
        "date_f1": tlsrouge.date_scores(predicted, reference)["f1"],
        "rouge1_f1": tlsrouge.align_m1(predicted, reference, 1)["f1"],
        "rouge2_f1": tlsrouge.align_m1(predicted, reference, 2)["f1"],
        "concat_rouge1_f1": tlsrouge.concat(predicted, reference, 1)["f1"],
        "concat_rouge2_f1": tlsrouge.concat(predicted, reference, 2)["f1"],
    }


def evaluate(folder: str | Path, options: Options = Options()) -> dict[str, Any]:
    topics = {}
    for topic in topics_in(folder):
        runs = []
        for reference in read_references(topic):
            docs = parse_topic(topic, min(reference), max(reference), options)
            runs.append(score_one(docs, reference))
        topics[topic.name] = {key: mean(r[key] for r in runs) if key in MEASURES else runs[0][key]
                              for key in runs[0]}
    overall = {key: mean(t[key] for t in topics.values()) for key in MEASURES}
    return {"topics": topics, "mean": overall}


def table(result: dict[str, Any]) -> str:
    head = f"{'topic':24} {'dates':>5} {'k':>3} {'docs':>5}  {'date F1':>7} {'R1 F':>6} {'R2 F':>6} {'cR1 F':>6} {'cR2 F':>6}"
    lines = ["timeline (align+ m:1 ROUGE as news-tls reports; cR = concat ROUGE)", head]
    for name, t in result["topics"].items():
        lines.append(f"{name:24} {t['dates']:5} {t['per_date']:3} {t['reports']:5}  " + _figures(t))
    lines.append(f"{'mean':24} {'':5} {'':3} {'':5}  " + _figures(result["mean"]))
    return "\n".join(lines)


def _figures(t: dict[str, Any]) -> str:
    return " ".join(f"{t[key]:{7 if key == 'date_f1' else 6}.3f}" for key in MEASURES)
