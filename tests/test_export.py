"""The export contract: JSON Schema validation, CSV tables, and `annotate`'s shape."""
import csv
import io
import json
from importlib.resources import files

import jsonschema
from conftest import SAMPLES

from storyline import Options, annotate
from storyline.export import write_csv, write_json
from storyline.store import Store

SCHEMA = json.loads(files("storyline").joinpath("schema/export.schema.json").read_text())


def exported(db):
    out = io.StringIO()
    with Store(str(db), readonly=True) as store:
        write_json(store, out)
    return json.loads(out.getvalue())


def test_export_validates_against_the_json_schema(sample_db):
    data = exported(sample_db)
    jsonschema.validate(data, SCHEMA)
    assert data["schema_version"] == "1"
    assert len(data["documents"]) == 15


def test_every_span_points_at_its_text(sample_db):
    data = exported(sample_db)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for entity in data["entities"]:
        for m in entity["mentions"]:
            assert texts[m["doc"]][m["start"]:m["end"]] == m["text"]
    for t in data["timexes"]:
        assert texts[t["doc"]][t["start"]:t["end"]] == t["text"]


def test_quote_speakers_are_entities_of_the_export(sample_db):
    data = exported(sample_db)
    ids = {e["id"] for e in data["entities"]}
    speakers = [q["speaker"] for q in data["quotes"] if q["speaker"]]
    assert speakers and all(s in ids for s in speakers)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    varga = [q for q in data["quotes"] if q["speaker_name"] == "Elena Varga"]
    assert varga and all(texts[q["doc"]][q["start"]:q["end"]] == q["text"] for q in varga)
    names = {e["id"]: e["name"] for e in data["entities"]}
    joint = [q for q in data["quotes"] if q["speaker_text"] == "Ilic and Sokolov"]
    assert [[names[i] for i in q["speakers"]] for q in joint] == [["Dana Ilic", "Viktor Sokolov"]]


def test_jsonl_documents_carry_the_file_path_and_line_title(sample_db):
    data = exported(sample_db)
    lines = [d for d in data["documents"] if d["path"].endswith("09_newsplease.jsonl")]
    assert [d["title"] for d in lines] == ["Dockers end strike at Portmere after pay deal", "Kestrel Bay reopens east quay"]


def test_sample_corpus_covers_every_structure_case(sample_db):
    data = exported(sample_db)
    kinds = {s["kind"] for d in data["documents"] for s in d["sections"]}
    assert kinds == {"body", "post", "comment", "boilerplate", "caption"}
    sources = {d["published_source"] for d in data["documents"]}
    assert {"metadata", "text", "dateline", "timestamp", None} <= sources
    by_name = {d["path"].rsplit("/", 1)[-1]: d for d in data["documents"]}
    leading = by_name["05_radio_liveblog_leading.txt"]
    posts = [s for s in leading["sections"] if s["kind"] == "post"]
    assert [p["title"] for p in posts] == ["Talks to resume tomorrow", "Ferries cancelled", "Dockers walk out"]
    assert posts[-1]["published"] == "2024-03-04T09:45"
    assert by_name["12_dateline_weekday.txt"]["published"] == "2024-03-04"
    assert by_name["03_courier_selfref.txt"]["outlet"] == "The Valley Courier"
    assert not any("/MNA/" in s["title"] for s in data["stories"])
    # a claim starts after the masthead's self-reference ("Harbourton, The Valley Courier: ...")
    claims = [c["text"] for c in data["claims"]]
    assert any(c.startswith("Shopkeepers on Kestrel Bay's east quay began clearing mud") for c in claims)
    assert not any("Valley Courier:" in c for c in claims)


def test_an_untitled_story_is_titled_by_its_first_sentence_without_the_dateline():
    from storyline.assemble import _first_sentence
    from storyline.assemble.units import units_of
    from storyline.records import Document, Section

    text = ("PORTHAVEN, March 4. /MNA/. The regional parliament will hold an emergency session on Storm Mira "
            "on Thursday, speaker Dana Ilic said on Monday. Every party has agreed to it.")
    doc = Document(id="d", path="d.txt", text=text, format="text", sections=[Section("body", 0, len(text))])
    (unit,) = units_of(doc, {}, 0)
    assert _first_sentence(doc, unit) == ("The regional parliament will hold an emergency session on Storm Mira "
                                          "on Thursday, speaker Dana Ilic said on Monday.")


def test_csv_export_writes_one_file_per_table(sample_db, tmp_path):
    with Store(str(sample_db), readonly=True) as store:
        paths = write_csv(store, str(tmp_path / "csv"))
    names = sorted(p.rsplit("/", 1)[-1] for p in paths)
    assert names == ["claim_sources.csv", "claims.csv", "documents.csv", "entities.csv", "mentions.csv", "quotes.csv",
                     "sections.csv", "stories.csv", "timeline.csv", "timexes.csv"]
    with open(tmp_path / "csv" / "documents.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 15


def test_annotate_prints_the_export_shape_for_one_document():
    result = annotate(str(SAMPLES / "01_herald_storm.txt"))
    jsonschema.validate(result, SCHEMA)
    [doc] = result["documents"]
    assert doc["published"] == "2024-03-02"
    names = {e["name"] for e in result["entities"]}
    assert "Elena Varga" in names


def test_annotate_published_override_fills_a_missing_date():
    result = annotate(str(SAMPLES / "07_undated_wire.md"), options=Options(published="2024-03-04"))
    doc = result["documents"][0]
    assert (doc["published"], doc["published_source"]) == ("2024-03-04", "user")
    monday = [t for t in result["timexes"] if t["text"] == "Monday"]
    assert monday


def test_saved_page_with_its_address_exports_url_outlet_and_date(tmp_path):
    page = tmp_path / "saved_page.txt"
    page.write_text("https://www.example-herald.com/news/2024/03/02/storm-closes-harbour\n"
                    "Storm closes harbour\nThe storm closed the harbour on Saturday, the port authority said.\n",
                    encoding="utf-8")
    result = annotate(str(page))
    jsonschema.validate(result, SCHEMA)
    [doc] = result["documents"]
    assert (doc["published"], doc["published_source"], doc["outlet"]) == ("2024-03-02", "url", "example-herald.com")
    assert doc["url"] == "https://www.example-herald.com/news/2024/03/02/storm-closes-harbour"


def test_the_sample_corpus_shows_a_figure_two_outlets_give_differently(sample_db):
    """The Herald quotes the mayor moving "more than 400 people" overnight; Harbour Radio's post of
    the same day says "about 250": each claim is disputed and cites the other's sentence."""
    data = exported(sample_db)
    disputed = {c["text"]: [s["text"] for s in c["disputed_by"]] for c in data["claims"] if c["status"] == "disputed"}
    herald = next(t for t in disputed if "more than 400 people" in t)
    radio = next(t for t in disputed if t.startswith("About 250 people"))
    assert disputed[herald] == [radio] and disputed[radio] == [herald]


def test_a_joint_statement_is_credited_to_each_speaker(tmp_path):
    from storyline import build
    from storyline.present.render import Links, render
    from storyline.present.views import actor_from_stories, actor_view, story_view

    report = tmp_path / "summit.txt"
    report.write_text("NATO allies meet in Vilnius\n\nVILNIUS, July 11 (Herald) - Jens Stoltenberg met Antony "
                      "Blinken in Vilnius on Tuesday. Stoltenberg said the summit would be short. "
                      "Stoltenberg and Blinken said the alliance would keep growing. They said Kyiv "
                      "would be invited.\n", encoding="utf-8")
    db = tmp_path / "summit.db"
    assert build([str(report)], db=str(db)).exit_code == 0
    data = exported(db)
    jsonschema.validate(data, SCHEMA)
    ids = {e["name"]: e["id"] for e in data["entities"]}
    joint = next(q for q in data["quotes"] if q["speaker_text"] == "Stoltenberg and Blinken")
    assert joint["speaker"] is None  # said by both, by neither alone
    assert joint["speakers"] == [ids["Jens Stoltenberg"], ids["Antony Blinken"]]
    they = next(q for q in data["quotes"] if q["speaker_text"] == "They")
    assert they["speakers"] == joint["speakers"]  # the same two, as the report goes on
    single = next(q for q in data["quotes"] if q["speaker_text"] == "Stoltenberg")
    assert single["speakers"] == [ids["Jens Stoltenberg"]]
    with Store(str(db), readonly=True) as store:
        page = actor_view(store, ids["Antony Blinken"])
        stories = [story_view(store, s["id"]) for s in data["stories"]]
        static = actor_from_stories(store, ids["Antony Blinken"], stories, {d["id"] for d in data["documents"]})
    assert [q["text"] for q in page["quotes"]] == [joint["text"], they["text"]]  # the served page
    assert all(q["speaker"] is None and q["speakers"] == joint["speakers"] for q in page["quotes"])
    assert [q["text"] for q in static["quotes"]] == [joint["text"], they["text"]]  # the static report's
    html = render("actor.html", v=page, links=Links(), title="Antony Blinken")
    assert html.count("jointly: <span class=\"joint\">Jens Stoltenberg, Antony Blinken</span>") == 2


def test_a_report_dated_by_its_folder_exports_within_the_contract(tmp_path):
    from storyline import build

    folder = tmp_path / "InputDocs" / "2010-06-11"
    folder.mkdir(parents=True)
    (folder / "1047.txt").write_text("BP said the cap was holding. Engineers will test it again on Tuesday.\n")
    build([str(tmp_path / "InputDocs")], db=str(tmp_path / "t.db"))
    data = exported(tmp_path / "t.db")
    jsonschema.validate(data, SCHEMA)
    assert (data["documents"][0]["published"], data["documents"][0]["published_source"]) == ("2010-06-11", "path")
    tuesday = next(t for t in data["timexes"] if t["text"] == "Tuesday")
    assert tuesday["value"] == "2010-06-15"  # ahead of Friday 11 June 2010, as "will test" says


def test_every_sample_story_has_a_central_event_from_its_own_words(sample_db):
    # framing.json covers the common kinds of news event, not only the seeds' mutiny: a storm, a
    # strike (a labour one: "the dockers’ strike", not "a drone strike")
    from storyline.assemble.framing import central_event, terms_in

    with Store(str(sample_db), readonly=True) as store:
        events = {s["title"]: s["central_event"] for s in store.account("story")}
    assert all(events.values()), events
    assert events["Storm Mira floods Kestrel Bay harbour as mayor orders evacuation"] == "storm"
    assert events["Ferry operator adds extra sailings after strike"] == "industrial action"
    labour, war = terms_in("The dockers’ strike closed the port."), terms_in("A drone strike hit the port.")
    assert central_event({"d": labour}) == "industrial action" and central_event({"d": war}) == "attack"


def test_every_outlet_carries_the_one_name_its_outlet_goes_by(sample_db, tmp_path):
    # "MNA" (a dateline) and "Meridian News Agency" (its own page) are one outlet, and so are the
    # radio's address, site name and feed title: `outlet_group` beside each `outlet` says so, in
    # the documents, the claims' and timeline's sources and the stories' framing rows, JSON and CSV
    data = exported(sample_db)
    groups = {d["outlet"]: d["outlet_group"] for d in data["documents"]}
    assert groups["MNA"] == groups["Meridian News Agency"] == "Meridian News Agency"
    assert groups["harbourradio.example"] == groups["Harbour Radio"] == groups["Harbour Radio News"]
    assert groups[None] is None
    sources = [s for c in data["claims"] for s in c["sources"] + c["disputed_by"]]
    sources += [s for t in data["timeline"] for s in t["sources"]] + [f for s in data["stories"] for f in s["framing"]]
    assert sources and all(s["outlet_group"] == groups[s["outlet"]] for s in sources)
    assert all(c["outlet_groups"] == sorted({groups.get(o, o) for o in c["outlets"]}) for c in data["claims"])
    assert any("MNA" in c["outlets"] and "Meridian News Agency" in c["outlet_groups"] for c in data["claims"])
    with Store(str(sample_db), readonly=True) as store:
        write_csv(store, str(tmp_path / "csv"))
    with open(tmp_path / "csv" / "documents.csv", encoding="utf-8") as handle:
        assert {row["outlet"]: row["outlet_group"] for row in csv.DictReader(handle)}["MNA"] == "Meridian News Agency"
    with open(tmp_path / "csv" / "claim_sources.csv", encoding="utf-8") as handle:
        assert all(row["outlet_group"] == (groups[row["outlet"] or None] or "") for row in csv.DictReader(handle))
