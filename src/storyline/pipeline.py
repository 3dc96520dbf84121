"""The main job: read inputs, run the per-document stage, store the results."""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import __version__
from .annotate import model_version, process, process_stream, stage_versions
from .assemble import VERSION as ASSEMBLE_VERSION, settings_of
from .export import COPIED, refresh_account
from .export.contract import export_documents
from .ingest import Skip, read_inputs, read_path
from .options import Options
from .records import RawDocument, content_id
from .store import Store


@dataclass(slots=True)
class BuildReport:
    db: str
    read: int = 0  # reports found in the inputs
    added: int = 0  # newly stored
    already: int = 0  # stored by an earlier run (same content hash)
    duplicates: int = 0  # the same text twice in this run
    skipped: list[Skip] = field(default_factory=list)
    stories: int = 0  # stories in the database after assembling
    copied: int = 0  # of those, stories copied from the last build (nothing new touched them)
    reread: int = 0  # stored reports read again by this version of the per-document stage (--reread)
    outdated: int = 0  # stored reports read by an earlier version of the per-document stage
    outdated_stages: str = ""  # which stages, then and now ("annotate 17, now 18")

    @property
    def exit_code(self) -> int:
        """0 when every input was used, 1 when anything was skipped."""
        return 1 if self.skipped else 0

    def summary(self) -> str:
        lines = [
            f"read {self.read} report(s): {self.added} added, {self.already} already in the database, "
            + (f"{self.reread} read again, " if self.reread else "")
            + f"{self.duplicates} duplicate(s) in this run, {len(self.skipped)} input(s) skipped",
        ]
        reasons: dict[str, int] = {}
        for skip in self.skipped:
            reasons[skip.reason] = reasons.get(skip.reason, 0) + 1
        lines += [f"  skipped {n} x {reason}" for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1])]
        lines.append(f"stories: {self.stories}" + (f" ({self.copied} unchanged, copied from the last build)"
                                                    if self.copied else ""))
        if self.outdated:
            lines.append(f"note: {self.outdated} stored report(s) were read by an earlier version of the per-document "
                         f"stage ({self.outdated_stages}) and keep what it found; give their inputs again with "
                         "--reread to read them again")
        lines.append(f"database: {self.db}")
        return "\n".join(lines)


def settings_record(options: Options) -> dict[str, Any]:
    return {"storyline": __version__, "model_version": model_version(options.model), **options.to_dict()}


def build(
    paths: Iterable[str], *, db: str = "storyline.db", options: Options = Options(),
    on_skip: Callable[[Skip], None] | None = None, progress: bool = False, recluster: bool = False,
    reread: bool = False,
) -> BuildReport:
    """Read every input, annotate what is new and store it; safe to re-run and to resume. The
    stories of the last build stay (new reports join them or open others) unless `recluster`.
    With `reread`, a stored report that an earlier version of the per-document stage read (or
    another spaCy model) is read again from its input and replaced in place, same id."""
    report = BuildReport(db=db)
    with Store(db) as store:
        stored = {row[0] for row in store.db.execute("SELECT id FROM documents")}
        stale = _read_by_older_stages(store, options) if reread else set()
        replaced: set[str] = set()
        seen: set[str] = set()

        def fresh() -> Iterator[RawDocument]:
            for item in read_inputs(paths, options.max_bytes):
                if isinstance(item, Skip):
                    _skip(report, item, on_skip)
                    continue
                report.read += 1
                problem = _check_text(item, options)
                if problem:
                    _skip(report, Skip(item.label, problem), on_skip)
                    continue
                ident = content_id(item.text)
                if ident in stale and ident not in replaced:
                    replaced.add(ident)
                    yield item
                elif ident in stored:
                    report.already += 1
                elif ident in seen:
                    report.duplicates += 1
                else:
                    seen.add(ident)
                    yield item

        bar = _progress_bar(progress)
        for batch in process_stream(fresh(), options):
            report.added += store.add(batch, replace=stale)  # one transaction per batch: a stop loses at most one
            report.reread += sum(1 for doc in batch if doc.id in stale)
            if bar is not None:
                bar.update(len(batch))
                bar.set_postfix(added=report.added, skipped=len(report.skipped), refresh=False)
        if bar is not None:
            bar.close()
        store.set_meta({"settings": json.dumps(settings_record(options), sort_keys=True)})
        if report.added or report.reread or recluster or not store.account_is_current(ASSEMBLE_VERSION, settings_of(options)):
            assembled = refresh_account(store, options, recluster)  # the cross-document stage: stories, claims, timeline
            report.copied = assembled[COPIED]
        report.stories = store.db.execute("SELECT COUNT(*) FROM account WHERE kind = 'story'").fetchone()[0]
        report.outdated, report.outdated_stages = outdated_reports(store, options)
    return report


def outdated_reports(store: Store, options: Options) -> tuple[int, str]:
    """How many stored reports an earlier version of the per-document stage (or another spaCy
    model) read, and which stages differ ("annotate 17, now 18"). Reports are stored once, keyed
    by their text, and are read again only by `build(reread=True)` with their inputs."""
    now = stage_versions(options.model)
    count, differing = 0, {}
    for recorded, n in store.stage_counts().items():
        changed = _changed(json.loads(recorded), now)
        if changed:
            count += n
            for name, then in changed.items():
                differing.setdefault(name, set()).add(then or "none")
    return count, ", ".join(f"{name} {'/'.join(sorted(then))}, now {now[name]}" for name, then in sorted(differing.items()))


def _read_by_older_stages(store: Store, options: Options) -> set[str]:
    """The ids of stored reports whose per-document stage versions are not this one's."""
    now = stage_versions(options.model)
    return {ident for ident, recorded in store.stages_of() if _changed(json.loads(recorded), now)}


def _changed(recorded: dict[str, str], now: dict[str, str]) -> dict[str, str | None]:
    """Stage name -> the version a report recorded, for each stage whose version is not now's."""
    return {name: recorded.get(name) for name, version in now.items() if recorded.get(name) != version}


def _check_text(raw: RawDocument, options: Options) -> str | None:
    if not raw.text.strip():
        return "no text"
    if len(raw.text) > options.max_chars:
        return f"{len(raw.text):,} characters is over the limit of {options.max_chars:,} (--max-chars)"
    return None


def _skip(report: BuildReport, skip: Skip, on_skip: Callable[[Skip], None] | None) -> None:
    report.skipped.append(skip)
    if on_skip:
        on_skip(skip)


def _progress_bar(enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", desc="annotating", file=sys.stderr, dynamic_ncols=True)


def annotate(source: str, *, options: Options = Options(), text: str | None = None) -> dict[str, Any]:
    """One report (a path, '-', or `text=`) through the per-document stage, in the export shape.

    Raises ValueError naming the input when it cannot be read.
    """
    if text is not None:
        raws: list[RawDocument | Skip] = [RawDocument(path=source, text=text, format="text")]
    else:
        raws = list(read_path(source, options.max_bytes))
    docs, skips = [], []
    for item in raws:
        (skips if isinstance(item, Skip) else docs).append(item)
    if not docs:
        raise ValueError(skips[0].message() if skips else f"skipped {source}: nothing to read")
    return export_documents(process(docs, options), settings_record(options))
