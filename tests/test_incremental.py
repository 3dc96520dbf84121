"""Incremental builds (issue 6): the reports of the last build stay in their stories, and new
reports join them or open new ones; `--recluster` (or other settings) assembles afresh."""
import json
import sqlite3

import pytest

from conftest import SAMPLES
from storyline.store import Store


def _stories(db):
    with Store(str(db), readonly=True) as store:
        return {s["id"]: set(s["documents"]) for s in store.account("story")}


def _settings(db):
    connection = sqlite3.connect(db)
    value = connection.execute("SELECT value FROM meta WHERE key = 'account'").fetchone()[0]
    connection.close()
    return json.loads(value)["settings"]


def test_a_second_build_keeps_the_stories_of_the_first_and_recluster_starts_afresh(tmp_path):
    from storyline import build

    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    db = tmp_path / "grow.db"
    assert build([str(p) for p in files[:-2]], db=str(db)).exit_code == 0
    first = _stories(db)
    report = build([str(p) for p in files], db=str(db))  # two more reports: 13 of 15 were stored
    assert report.added == 2 and report.already >= len(files) - 2
    second = _stories(db)
    assert all(i in second and docs <= second[i] for i, docs in first.items())

    scratch = tmp_path / "scratch.db"
    build([str(p) for p in files], db=str(scratch))
    build([str(p) for p in files], db=str(db), recluster=True)
    assert _stories(db) == _stories(scratch)


def test_other_story_settings_assemble_again_though_no_report_is_new(tmp_path):
    from storyline import build
    from storyline.options import Options

    db = tmp_path / "s.db"
    build([str(SAMPLES)], db=str(db))
    assert _settings(db)["story_threshold"] == 0.2
    report = build([str(SAMPLES)], db=str(db), options=Options(story_threshold=0.3))
    assert report.added == 0 and _settings(db)["story_threshold"] == 0.3


def test_kept_reports_stay_where_the_last_build_put_them(sample_db):
    # a previous build that put two reports of one storm in two stories: they stay apart, and
    # every report it placed stays with the others it placed with it
    from storyline.assemble import assemble, assemble_parts

    with Store(str(sample_db), readonly=True) as store:
        docs = list(store.documents(quotes=False))
    scratch = assemble(docs)
    big = max(scratch.stories, key=lambda s: len(s.documents))
    assert len(big.documents) >= 2
    moved = big.documents[-1]
    previous = {}
    for story in scratch.stories:
        for section in story.sections:
            previous[(section["doc"], section["start"])] = "Sapart" if section["doc"] == moved else story.id
    head, parts = assemble_parts(docs, previous=previous)
    stories = [s for part in parts for s in part.stories]
    holding = [s for s in stories if moved in s.documents]
    assert holding and all(not set(s.documents) & (set(big.documents) - {moved}) for s in holding)
    for story in scratch.stories:
        if story is not big:
            assert any(set(story.documents) <= set(s.documents) for s in stories)


@pytest.mark.parametrize("previous, now, keeps", [(80, 100, True), (79, 100, False), (0, 5, False)])
def test_stories_are_kept_only_when_the_last_build_held_most_of_the_reports(previous, now, keeps):
    from storyline.assemble import keeps_stories

    assert keeps_stories(previous, now) is keeps
