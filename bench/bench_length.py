"""Long reports: does the per-document stage's cost grow with a report's length, not its square?

    .venv/bin/python bench/bench_length.py [--sizes 100000 400000 800000]

A live blog of a week or a long transcript runs to hundreds of thousands of characters, and a rule
that looks back over all earlier quotations, names or clauses for each new one costs the square
of that. This joins real Timeline17 reports (from ../shared/data, in folder order) into reports of
each size, parses each with spaCy once (timed apart), then times Storyline's own per-document work
on the parse (sentences, time expressions, quotations and speakers, mentions:
`annotate.annotate_docs` given the parse) and prints, per size, both times, the share Storyline
adds to spaCy's, and Storyline's time per character relative to the smallest size (about 1.0 when
the cost grows linearly; 2.0 at four times the length would be a square).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from storyline.annotate import annotate_docs, for_parser, load_nlp
from storyline.options import Options
from storyline.records import RawDocument
from storyline.structure import structure

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def joined_report(size: int) -> str:
    """Real reports, one after another (a blank line between), cut at a paragraph near `size`."""
    parts, total = [], 0
    for path in sorted((SHARED / "data" / "t17").glob("*/*/InputDocs/*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        parts.append(text)
        total += len(text) + 2
        if total >= size:
            break
    return "\n\n".join(parts)[:size].rsplit("\n", 1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 400_000, 800_000])
    args = parser.parse_args()
    if not (SHARED / "data" / "t17").is_dir():
        sys.exit(f"Timeline17 data not found at {SHARED / 'data' / 't17'}")
    options = Options()
    nlp = load_nlp(options.model)
    nlp.max_length = max(nlp.max_length, max(args.sizes) + 1000)
    print(f"{'characters':>12}{'spaCy s':>10}{'Storyline s':>13}{'added':>8}{'per char vs first':>19}")
    base = None
    for size in args.sizes:
        text = joined_report(size)
        doc = structure(RawDocument(path=f"long-{size}.txt", text=text, format="text",
                                    published="2010-06-01", published_source="bench"), options)
        began = time.perf_counter()
        parsed = nlp(for_parser(doc.text))
        parse_seconds = time.perf_counter() - began
        began = time.perf_counter()
        annotate_docs([doc], options, parses=[parsed])
        seconds = time.perf_counter() - began
        base = base or seconds / len(text)
        print(f"{len(text):>12,}{parse_seconds:>10.1f}{seconds:>13.1f}{seconds / parse_seconds:>8.0%}"
              f"{seconds / len(text) / base:>19.2f}")


if __name__ == "__main__":
    main()
