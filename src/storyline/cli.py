"""Command line: parse, dispatch to the library, print. No logic of its own.

Exit status: 0 when everything was processed; 1 when any input was skipped (each skip is
reported on standard error as one line naming the input and the reason); 2 for usage errors.
"""
from __future__ import annotations

import argparse
import json
import sys

from . import __version__
from .options import SETTINGS, Options

DEFAULT_DB = "storyline.db"


def _add_settings(parser: argparse.ArgumentParser, only: tuple[str, ...] | None = None) -> None:
    for name, default, help_text in SETTINGS:
        if only and name not in only:
            continue
        kind = type(default) if default is not None else str
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, type=kind, default=None,
                            help=f"{help_text} (default: {default})")


def _options(args: argparse.Namespace) -> Options:
    return Options.from_mapping({name: getattr(args, name, None) for name, _, _ in SETTINGS})


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storyline", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="read reports into the database (folders, globs, files, '-')")
    build.add_argument("paths", nargs="+", help="files, folders (recursive), globs, or '-' for standard input")
    build.add_argument("--db", default=DEFAULT_DB, help=f"SQLite database file (default: {DEFAULT_DB})")
    build.add_argument("--no-progress", action="store_true", help="no progress bar")
    build.add_argument("--recluster", action="store_true",
                       help="cluster every report into stories afresh; by default the reports of the last build "
                            "stay in their stories, and new ones join them or open new ones")
    build.add_argument("--reread", action="store_true",
                       help="read again the stored reports among the inputs that an earlier version of the "
                            "per-document stage (or another spaCy model) read, replacing what it found; by "
                            "default a stored report is never read again")
    _add_settings(build)

    annotate = sub.add_parser("annotate", help="one report through the per-document stage, printed")
    annotate.add_argument("file", help="a report file, or '-' for standard input")
    annotate.add_argument("--format", choices=["json", "text"], default="text")
    _add_settings(annotate, ("model", "published", "outlet", "max_bytes", "max_chars"))

    export = sub.add_parser("export", help="write the database out (JSON contract, CSV per table, "
                                           "Markdown dossier per story, GraphML of actors)")
    export.add_argument("--db", default=DEFAULT_DB)
    export.add_argument("--format", choices=["json", "csv", "markdown", "graphml"], default="json")
    export.add_argument("-o", "--output", required=True,
                        help="a .json or .graphml file ('-' for JSON on stdout), or a folder for CSV and Markdown")

    report = sub.add_parser("report", help="the account as one self-contained HTML file (paged for large databases)")
    report.add_argument("--db", default=DEFAULT_DB)
    report.add_argument("-o", "--output", default="report.html", help="HTML file to write (default: report.html)")
    report.add_argument("--per-file", type=int, default=50, help="stories per file; more make report-2.html, ...")

    serve = sub.add_parser("serve", help="the account as a web UI with a JSON API (read-only)")
    serve.add_argument("--db", default=DEFAULT_DB)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)

    evaluate = sub.add_parser("eval", help="measure a layer against annotated data")
    layers = evaluate.add_subparsers(dest="layer", required=True)
    timex = layers.add_parser("timex", help="time expressions on TimeML .tml files (TempEval-3 scores)")
    timex.add_argument("folder", help="a folder of .tml files (searched recursively; sub-folders scored apart)")
    timex.add_argument("--format", choices=["table", "json"], default="table")
    timex.add_argument("--errors", type=int, default=0, metavar="N", help="also list the first N errors")

    quotes = layers.add_parser("quotes", help="attributions on PolNeAR brat files (source, cue, content)")
    quotes.add_argument("folder", help="a PolNeAR split folder with text/ and attributions/")
    quotes.add_argument("--format", choices=["table", "json"], default="table")
    quotes.add_argument("--errors", type=int, default=0, help=argparse.SUPPRESS)

    entities = layers.add_parser("entities", help="cross-document entity coreference on ECB+ (MUC, B3, CEAF-e, CoNLL)")
    entities.add_argument("folder", help="the ECB+ folder of topic folders (ECB+/<topic>/*.xml)")
    entities.add_argument("--format", choices=["table", "json"], default="table")
    entities.add_argument("--errors", type=int, default=0, help=argparse.SUPPRESS)
    stories = layers.add_parser("stories", help="story clusters against ECB+ gold sub-topics (pairwise F1, ARI, V-measure)")
    stories.add_argument("folder", help="the ECB+ folder of topic folders (ECB+/<topic>/*.xml)")
    stories.add_argument("--format", choices=["table", "json"], default="table")
    stories.add_argument("--errors", type=int, default=0, help=argparse.SUPPRESS)
    _add_settings(stories, only=("story_threshold", "story_window_days"))
    claims = layers.add_parser("claims", help="claims joining reports against ECB+ cross-document events (pairwise P/R/F1)")
    claims.add_argument("folder", help="the ECB+ folder of topic folders (ECB+/<topic>/*.xml)")
    claims.add_argument("--format", choices=["table", "json"], default="table")
    claims.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list the first N pairs a claim joins that name no common gold event")
    _add_settings(claims, only=("story_threshold", "story_window_days"))
    timeline = layers.add_parser("timeline", help="key dates against Timeline17 timelines (date F1, alignment ROUGE-1/2 F)")
    timeline.add_argument("folder", help="a Timeline17 topic folder (timelines.jsonl or timelines/*.txt, + InputDocs/) or a folder of them")
    timeline.add_argument("--format", choices=["table", "json"], default="table")
    timeline.add_argument("--errors", type=int, default=0, help=argparse.SUPPRESS)
    _add_settings(timeline, only=("workers",))

    info = sub.add_parser("info", help="counts, versions and settings of a database")
    info.add_argument("--db", default=DEFAULT_DB)
    info.add_argument("--format", choices=["json", "text"], default="text")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    handler = {"build": cmd_build, "annotate": cmd_annotate, "export": cmd_export, "info": cmd_info,
               "eval": cmd_eval, "report": cmd_report, "serve": cmd_serve}
    try:
        return handler[args.command](args)
    except KeyboardInterrupt:
        print("interrupted: what was stored so far is kept; run the same command again to resume",
              file=sys.stderr)
        return 130
    except (ValueError, RuntimeError, OSError) as exc:
        print(f"storyline {args.command}: {exc}", file=sys.stderr)
        return 1


def cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import build

    report = build(
        args.paths, db=args.db, options=_options(args),
        on_skip=lambda skip: print(skip.message(), file=sys.stderr),
        progress=not args.no_progress and sys.stderr.isatty(), recluster=args.recluster,
        reread=args.reread,
    )
    print(report.summary())
    return report.exit_code


def cmd_annotate(args: argparse.Namespace) -> int:
    from .pipeline import annotate

    result = annotate(args.file, options=_options(args))
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        from .textview import describe

        print(describe(result))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import write_csv, write_json
    from .store import Store

    with Store(args.db, readonly=True) as store:
        if args.format == "csv":
            paths = write_csv(store, args.output)
            print(f"wrote {len(paths)} CSV files to {args.output}")
        elif args.format == "markdown":
            from .present.dossier import write_dossiers

            _note_stale(store)

            paths = write_dossiers(store, args.output)
            print(f"wrote {len(paths)} story dossier(s) to {args.output}")
        elif args.format == "graphml":
            from .present.graph import write_graphml

            _note_stale(store)

            graph = write_graphml(store, args.output)
            print(f"wrote {graph.number_of_nodes()} actors and {graph.number_of_edges()} links to {args.output}")
        elif args.output == "-":
            write_json(store, sys.stdout)
        else:
            with open(args.output, "w", encoding="utf-8") as out:
                count = write_json(store, out)
            print(f"wrote {count} document(s) to {args.output}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .present.report import write_report
    from .store import Store

    with Store(args.db, readonly=True) as store:
        _note_stale(store)
        paths = write_report(store, args.output, max(1, args.per_file))
    print(f"wrote {', '.join(str(p) for p in paths)}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .present.web import serve
    from .store import Store

    with Store(args.db, readonly=True) as store:
        _note_stale(store)
    serve(args.db, args.host, args.port)
    return 0


def _note_stale(store) -> None:
    """The pages show the stored account as it is (they never write): say so when it is old."""
    from .present.views import stale_account

    note = stale_account(store)
    if note:
        print(f"note: {store.path}: {note}", file=sys.stderr)


def cmd_eval(args: argparse.Namespace) -> int:
    if args.layer == "timex":
        from .evaluate import timex as layer
    elif args.layer == "quotes":
        from .evaluate import quotes as layer
    elif args.layer == "entities":
        from .evaluate import entities as layer
    elif args.layer == "stories":
        from .evaluate import stories as layer
    elif args.layer == "claims":
        from .evaluate import claims as layer
    elif args.layer == "timeline":
        from .evaluate import timeline as layer
    result = layer.evaluate(args.folder, _options(args))
    errors = result.pop("errors", [])
    if args.format == "json":
        print(json.dumps(result, indent=1))
    else:
        print(layer.table(result))
    for error in errors[: args.errors]:
        print(json.dumps(error, ensure_ascii=False), file=sys.stderr)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from .present.views import stale_account
    from .store import SCHEMA_VERSION, Store

    with Store(args.db, readonly=True) as store:
        meta = store.meta()
        data = {
            "database": args.db, "schema_version": SCHEMA_VERSION, "storyline": __version__,
            "counts": store.counts(), "sections": store.section_counts(),
            "stages": [{"stages": json.loads(stages), "reports": n} for stages, n in sorted(store.stage_counts().items())],
            "account": stale_account(store) or "current",
            "settings": json.loads(meta.get("settings", "{}")),
        }
    if args.format == "json":
        print(json.dumps(data, indent=1))
    else:
        print(f"database {data['database']} (schema {SCHEMA_VERSION}, storyline {__version__})")
        for table, n in data["counts"].items():
            print(f"  {table:10} {n:>8}")
        print("  sections by kind: " + ", ".join(f"{k} {n}" for k, n in data["sections"].items()))
        for row in data["stages"]:  # more than one line where reports were read by different versions
            print(f"  read by {', '.join(f'{k} {v}' for k, v in sorted(row['stages'].items()))}: {row['reports']} report(s)")
        print(f"  account: {data['account']}")
        print("settings of the last build:")
        for key, value in data["settings"].items():
            print(f"  {key} = {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
