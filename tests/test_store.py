"""The SQLite store: idempotent builds, resuming after an interruption, migrations."""
import sqlite3

import pytest
from conftest import SAMPLES

from storyline import Options, build
from storyline.store import SCHEMA_VERSION, Store, StoreError


def dump(db):
    connection = sqlite3.connect(db)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_building_twice_leaves_the_database_unchanged(sample_db, tmp_path):
    db = tmp_path / "again.db"
    db.write_bytes(sample_db.read_bytes())
    before = dump(db)
    report = build([str(SAMPLES)], db=str(db))
    assert report.added == 0
    assert report.already == report.read == 15
    assert dump(db) == before


def test_an_interrupted_build_resumes_where_it_stopped(tmp_path, monkeypatch):
    db = str(tmp_path / "resume.db")
    calls = {"n": 0}
    original = Store.add

    def add_then_crash(self, docs, replace=()):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return original(self, docs, replace)

    monkeypatch.setattr(Store, "add", add_then_crash)
    with pytest.raises(KeyboardInterrupt):
        build([str(SAMPLES)], db=db, options=Options(batch_size=4))
    monkeypatch.setattr(Store, "add", original)
    with Store(db, readonly=True) as store:
        assert store.counts()["documents"] == 8  # two committed batches survive
    report = build([str(SAMPLES)], db=db, options=Options(batch_size=4))
    assert (report.already, report.added) == (8, 7)
    with Store(db, readonly=True) as store:
        ids = [d.id for d in store.documents()]
    assert len(ids) == len(set(ids)) == 15


def test_new_database_is_at_the_current_schema_version(sample_db):
    connection = sqlite3.connect(sample_db)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()


def test_stored_document_round_trips(sample_db):
    with Store(str(sample_db), readonly=True) as store:
        docs = list(store.documents())
        blog = next(d for d in docs if d.path.endswith("04_radio_liveblog.txt"))
        assert [s.author for s in blog.sections if s.kind == "post"] == ["Liam Park", "Sara Okafor", "Sara Okafor", "Liam Park"]
        assert store.document(blog.id).text == blog.text


def test_the_account_from_the_stored_corpus_is_the_account_from_reports_in_memory(sample_db):
    # the build assembles from the store a story at a time (Store.corpus), never holding every report
    from storyline.assemble import assemble
    from storyline.export.contract import account_records

    with Store(str(sample_db), readonly=True) as store:
        corpus = store.corpus()
        assert [d.id for d in corpus] == [d.id for d in corpus]  # read more than once, in input order
        assert all(d.quotes == [] for d in corpus)  # the account does not read quotes
        streamed = account_records(assemble(corpus))
        held = account_records(assemble(list(store.documents())))
        first = next(iter(corpus)).id
        assert [d.id for d in corpus.get([first])] == [first]
        with pytest.raises(KeyError, match="not-a-report"):
            corpus.get([first, "not-a-report"])
    assert streamed == held and streamed["story"] and streamed["claim"]


def test_the_build_stores_the_account_a_story_at_a_time_and_keeps_the_old_one_if_it_fails(sample_db, tmp_path, monkeypatch):
    import shutil

    import storyline.export as export
    from storyline.assemble import assemble, assemble_parts
    from storyline.export.contract import ACCOUNT_KINDS, account_records
    from storyline.options import Options

    with Store(str(sample_db), readonly=True) as store:
        held = account_records(assemble(list(store.documents())))
        stored = {kind: list(store.account(kind)) for kind in ACCOUNT_KINDS}
        head, parts = assemble_parts(store.corpus())
        assert head.entities and not head.stories  # no story is made before it is asked for
        for part in parts:
            (story,) = part.stories
            assert {c.story for c in part.claims} | {t.story for t in part.timeline} <= {story.id}
    assert stored == held  # the same records, in the same order within each kind

    copy = tmp_path / "copy.db"
    shutil.copy(sample_db, copy)

    def failing(*args, **kwargs):
        head, parts = assemble_parts(*args, **kwargs)

        def some():
            yield next(parts)
            raise RuntimeError("stopped after one story")
        return head, some()

    monkeypatch.setattr(export, "assemble_parts", failing)
    with Store(str(copy)) as store, pytest.raises(RuntimeError, match="after one story"):
        export.refresh_account(store, Options())
    with Store(str(copy), readonly=True) as store:
        assert {kind: list(store.account(kind)) for kind in ACCOUNT_KINDS} == stored


def test_readonly_open_of_a_missing_database_names_it(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(str(tmp_path / "missing.db"), readonly=True)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="not a Storyline database"):
        Store(str(path))


def test_stories_and_claims_keep_their_ids_when_a_report_is_added(sample_db):
    # a user links /stories/<id> or cites a claim; adding a report must not renumber the rest
    from storyline.assemble import assemble

    with Store(str(sample_db), readonly=True) as store:
        docs = list(store.documents(quotes=False))
    after = assemble(docs)
    story_of = {d: s for s in after.stories for d in s.documents}
    # the latest report that joined a story begun by an earlier one: as if it came in last
    added = next(d for d in reversed(docs) if story_of[d.id].documents[0] != d.id and len(story_of[d.id].documents) > 1)
    before = assemble([d for d in docs if d is not added])

    assert {s.id for s in before.stories} <= {s.id for s in after.stories}
    first = {s.id: s.sections[0]["doc"] for s in after.stories}
    assert all(i.startswith(f"S{first[i]}-") for i in first)  # a story is known by where it began
    assert story_of[added.id].id in {s.id for s in before.stories}
    sources = {c.id: [(x.doc, x.start) for x in c.sources] for c in after.claims}
    kept = [c for c in before.claims if c.id in sources]
    assert len(kept) >= 0.9 * len(before.claims)
    assert all([(x.doc, x.start) for x in c.sources] == sources[c.id][:len(c.sources)] or added.id in
               {d for d, _ in sources[c.id]} for c in kept)
    for account in (before, after):
        ids = [r.id for r in account.stories + account.claims + account.timeline]
        assert len(ids) == len(set(ids))
        assert all(t.id == "T" + t.claim[1:] for t in account.timeline)


def test_reports_read_by_an_earlier_per_document_stage_are_counted_and_named(tmp_path, capsys):
    # a stored report is not read again when the stage changes (it is keyed by its text): the
    # build says how many such reports there are and which stage changed, and `info` lists them
    import json

    from storyline.annotate import VERSION
    from storyline.cli import main

    db = tmp_path / "old.db"
    files = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix == ".txt")[:3]
    assert build(files, db=str(db)).outdated == 0
    connection = sqlite3.connect(db)
    with connection:
        stages = json.loads(connection.execute("SELECT stages FROM documents ORDER BY seq LIMIT 1").fetchone()[0])
        connection.execute("UPDATE documents SET stages = ? WHERE seq = (SELECT MIN(seq) FROM documents)",
                           (json.dumps(dict(stages, annotate="1")),))
    connection.close()
    report = build(files, db=str(db))
    assert report.outdated == 1 and report.outdated_stages == f"annotate 1, now {VERSION}"
    assert "note: 1 stored report(s) were read by an earlier version" in report.summary()
    assert main(["info", "--db", str(db)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  read by ")]
    assert len(lines) == 2 and any(line.endswith(": 1 report(s)") and "annotate 1," in line for line in lines)


def test_reread_reads_again_in_place_what_an_earlier_per_document_stage_read(tmp_path):
    # `build --reread`: a stored report that an earlier version of the stage read is read again
    # when its input is given again, and replaced whole (same id, same place in the order); one
    # whose input is not given stays as it was, and says so; the account is made again from it
    import json

    files = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix == ".txt")[:3]
    fresh, db = tmp_path / "fresh.db", tmp_path / "old.db"
    build(files, db=str(fresh))
    build(files, db=str(db))
    connection = sqlite3.connect(db)
    with connection:
        first, stages = connection.execute("SELECT id, stages FROM documents ORDER BY seq LIMIT 1").fetchone()
        connection.execute("UPDATE documents SET stages = ? WHERE id = ?", (json.dumps(dict(json.loads(stages), annotate="1")), first))
        # what the old stage found: no time expressions, no quotes (the same actors: the story's
        # inputs differ only in the version that read the report, and it is made again)
        for table in ("timexes", "quotes"):
            connection.execute(f"DELETE FROM {table} WHERE doc = ?", (first,))
    connection.close()
    report = build(files[1:], db=str(db), reread=True, recluster=True)  # the account made from what the old stage found
    assert (report.reread, report.outdated) == (0, 1)
    report = build(files, db=str(db), reread=True)
    assert (report.reread, report.already, report.added, report.outdated) == (1, 2, 0, 0)
    assert "1 read again" in report.summary()
    def rows(path):  # the same rows, in any order; the search index's own storage differs
        return sorted(line for line in dump(path) if not line.startswith('INSERT INTO "search_'))

    assert rows(db) == rows(fresh)
    assert build(files, db=str(db), reread=True).reread == 0
