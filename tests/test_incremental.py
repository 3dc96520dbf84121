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
    from storyline.assemble import LastBuild, assemble, assemble_parts

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
    head, parts = assemble_parts(docs, last=LastBuild(previous))
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


def _rows(db):
    connection = sqlite3.connect(db)
    rows = connection.execute("SELECT kind, id, story, record FROM account ORDER BY rowid").fetchall()
    connection.close()
    return rows


def test_a_story_made_from_the_same_inputs_is_copied_not_made_again(tmp_path, monkeypatch):
    # the second build makes again only the stories the new report joins (or whose actors or
    # outlets moved); the rest are copied from the stored account, and the account is the one a
    # build that made every story again would store, row for row and in the same order
    import shutil

    from storyline import build
    from storyline import assemble as stage

    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    first = tmp_path / "first.db"
    assert build([str(p) for p in files[:-1]], db=str(first)).exit_code == 0
    unmade = tmp_path / "unmade.db"
    shutil.copy(first, unmade)
    connection = sqlite3.connect(unmade)  # an account that records no inputs: every story is made again
    with connection:
        connection.execute("DELETE FROM account WHERE kind = 'inputs'")
    connection.close()

    made = []
    real = stage._claims_and_timeline
    monkeypatch.setattr(stage, "_claims_and_timeline", lambda part, story, *rest: (made.append(story.id), real(part, story, *rest)))
    report = build([str(p) for p in files], db=str(first))
    copied = len(made)
    made.clear()
    build([str(p) for p in files], db=str(unmade))
    assert 0 < copied < len(made)  # some stories were copied, some made again
    assert _rows(first) == _rows(unmade)
    assert report.copied == len(made) - copied and f"({report.copied} unchanged, copied" in report.summary()


def test_a_story_whose_inputs_differ_is_made_again(sample_db):
    from storyline.assemble import Inputs, KeptStory, LastBuild, assemble_parts
    from storyline.export import kept_stories, stored_inputs
    from storyline.options import Options

    with Store(str(sample_db), readonly=True) as store:
        previous = kept_stories(store, Options())
        made_from = stored_inputs(store)
        docs = list(store.documents(quotes=False))
        assert "inputs" not in store.counts()  # `storyline info` counts records, not these hashes
    assert previous and len(made_from) >= 2
    changed = sorted(made_from)[0]
    made_from[changed] = Inputs("0" * 40, made_from[changed].actors)  # as if a report of it had been added
    _, parts = assemble_parts(docs, last=LastBuild(previous, made_from))
    parts = list(parts)
    assert [p.stories[0].id for p in parts if not isinstance(p, KeptStory)] == [changed]
    assert {p.id for p in parts if isinstance(p, KeptStory)} == set(made_from) - {changed}


def test_a_kept_story_takes_its_actors_ids_as_they_are_now(tmp_path, monkeypatch):
    # a previous build that knew an actor by another id (another spelling was the most common, or
    # it had not yet merged with an actor of other reports): its stories are copied with the id
    # of now, and the account is the one a build from scratch stores
    import shutil

    from storyline import assemble as stage
    from storyline import build
    from storyline.export import refresh_account
    from storyline.options import Options

    db = tmp_path / "a.db"
    assert build([str(SAMPLES)], db=str(db)).exit_code == 0
    expected = _rows(db)
    story, claims = next((story, claims) for story, claims in _stories_with_claims(db) if claims)
    actor = next(e for c in claims for e in c["entities"])
    renamed = tmp_path / "renamed.db"
    shutil.copy(db, renamed)
    connection = sqlite3.connect(renamed)
    with connection:  # the same account, as a build that knew the actor as "e-old" stored it
        for rowid, record in connection.execute("SELECT rowid, record FROM account WHERE kind != 'entity'").fetchall():
            if actor in record:
                connection.execute("UPDATE account SET record = ? WHERE rowid = ?", (record.replace(actor, "e-old"), rowid))
    connection.close()
    kept = []
    real = stage.KeptStory
    monkeypatch.setattr(stage, "KeptStory", lambda *args: kept.append(real(*args)) or kept[-1])
    with Store(str(renamed)) as store:
        refresh_account(store, Options())
    assert any(k.renamed == {"e-old": actor} for k in kept)
    assert _rows(renamed) == expected


def _stories_with_claims(db):
    with Store(str(db), readonly=True) as store:
        for story in store.account("story"):
            yield story, list(store.account("claim", story=story["id"]))


def test_a_story_made_again_keeps_the_claims_of_the_last_build(tmp_path):
    # the stored account is the only place the second build can learn two statements' claim from:
    # two claims of one story are stored as one (as if other word weights had joined them), and the
    # hashes are removed so that every story is made again; the joined claim comes back joined, and
    # every other stored claim keeps its id and its sources
    from storyline import build

    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    db = tmp_path / "claims.db"
    assert build([str(p) for p in files[:-1]], db=str(db)).exit_code == 0
    connection = sqlite3.connect(db)
    claims = [json.loads(r) for (r,) in connection.execute("SELECT record FROM account WHERE kind = 'claim' ORDER BY rowid")]
    story = next(s for s in dict.fromkeys(c["story"] for c in claims)
                 if len({c["id"] for c in claims if c["story"] == s}) >= 2)
    first, second = [c for c in claims if c["story"] == story][:2]
    first["sources"] += second["sources"]
    with connection:
        connection.execute("UPDATE account SET record = ? WHERE kind = 'claim' AND id = ?", (json.dumps(first), first["id"]))
        connection.execute("DELETE FROM account WHERE kind = 'claim' AND id = ?", (second["id"],))
        connection.execute("DELETE FROM account WHERE kind = 'inputs'")
    connection.close()

    report = build([str(p) for p in files], db=str(db))
    assert report.copied == 0
    with Store(str(db), readonly=True) as store:
        now = {c["id"]: {(s["doc"], s["start"]) for s in c["sources"]} for c in store.account("claim")}
    for claim in claims:
        if claim["id"] != second["id"]:
            assert {(s["doc"], s["start"]) for s in claim["sources"]} <= now[claim["id"]]
    assert second["id"] not in now
