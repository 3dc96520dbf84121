"""Key dates (assemble/digest.py) and `storyline eval timeline`: the metrics on hand-made timelines,
the seeds, and floors on two Timeline17 topics of ../shared."""
from datetime import date

import pytest
from conftest import SHARED

from storyline.evaluate import tlsrouge

T17 = SHARED / "data" / "t17" / "Timeline17"
D = date


def test_rouge_tokens_follow_rouge_155():
    # lower-cased, punctuation tokens and SMART stop words dropped, long words stemmed
    assert tlsrouge.rouge_tokens(["The Oil spill , BP said , was growing ."]) == ["oil", "spill", "bp", "grow"]
    assert tlsrouge.rouge_tokens(["Geese flew over mice"]) == ["goose", "fly", "mouse"]  # WordNet exceptions


def test_date_f1_and_alignment_weights_by_distance():
    ref = {D(2010, 4, 20): ["rig explodes in the gulf"], D(2010, 4, 22): ["rig sinks"]}
    exact = {D(2010, 4, 20): ["rig explodes in the gulf"], D(2010, 4, 22): ["rig sinks"]}
    assert tlsrouge.date_scores(exact, ref)["f1"] == 1.0
    assert tlsrouge.align_m1(exact, ref, 1)["f1"] == pytest.approx(1.0)
    shifted = {D(2010, 4, 21): ["rig explodes in the gulf"]}  # one day off: hits count half
    scores = tlsrouge.align_m1(shifted, ref, 1)
    assert tlsrouge.date_scores(shifted, ref)["f1"] == 0.0
    # precision: 4 tokens (rig, explod, gulf + ...) matched at weight 1/2 over 4 predicted
    assert scores["precision"] == pytest.approx(0.5)
    assert 0 < scores["recall"] < scores["precision"]
    assert tlsrouge.concat(shifted, ref, 1)["precision"] == pytest.approx(1.0)


def test_seed_key_dates_point_at_their_sentences(seed_docs):
    from storyline.assemble.digest import pick_key_dates

    keys = pick_key_dates(seed_docs.values(), dates=5, per_date=2)
    days = [k.day for k in keys]
    assert days == sorted(days) and D(2023, 6, 24) in days and D(2023, 6, 27) in days
    by_id = {d.id: d for d in seed_docs.values()}
    for key in keys:
        assert key.sentences
        for line in key.sentences:
            source = " ".join(by_id[line.doc].text[line.start:line.end].split())
            assert source == line.text
    june_27 = next(k for k in keys if k.day == D(2023, 6, 27))  # only TASS (003) reports that day
    assert {line.doc for line in june_27.sentences} == {seed_docs["003"].id}
    assert not any(line.text.startswith(("Share", "Sign up")) for k in keys for line in k.sentences)


@pytest.mark.skipif(not T17.is_dir(), reason=f"Timeline17 not found at {T17}")
@pytest.mark.parametrize("topic, date_floor, rouge1_floor", [
    # measured 2026-12-04: H1N1_guardian date F1 0.750, R1 0.171 (0.184 before its tokenised `` ''
    # were read as quotation marks: a key-date line now keeps a quotation's sentences together);
    # bpoil_foxnews 1.000, 0.127; 2026-12-05, no question among key-date sentences: H1N1_guardian
    # 0.750, 0.169
    ("H1N1_guardian", 0.70, 0.16),
    ("bpoil_foxnews", 0.95, 0.11),
])
def test_floor_on_timeline17_topics(topic, date_floor, rouge1_floor):
    from storyline.evaluate.timeline import evaluate

    result = evaluate(T17 / topic)
    figures = result["topics"][topic]
    assert figures["date_f1"] >= date_floor
    assert figures["rouge1_f1"] >= rouge1_floor
    assert figures["rouge2_f1"] > 0


def test_key_days_spread_over_the_story():
    from collections import Counter

    from storyline.assemble.digest import DigestWeights, _spread

    weight = Counter({D(2010, 5, 26): 10.0, D(2010, 5, 27): 9.0, D(2010, 5, 28): 8.0, D(2010, 7, 15): 6.0})
    # the day after a heavy day counts 0.6 of its weight: 27 May (5.4) loses to 15 July (6.0)
    assert _spread(weight, 2, DigestWeights()) == [D(2010, 5, 26), D(2010, 7, 15)]
    # without the rule, the busy week takes both places
    assert _spread(weight, 2, DigestWeights(neighbour=1.0)) == [D(2010, 5, 26), D(2010, 5, 27)]
    assert _spread(weight, 9, DigestWeights()) == sorted(weight)  # never more days than there are


def test_a_question_is_no_key_date_sentence():
    from storyline.assemble.digest import DigestWeights, Line, _central

    day = D(2010, 5, 27)
    texts = ["So who is in charge of stopping the oil spill , BP or the federal government ?",
             "Who is in charge of the oil spill , BP asked on Thursday , the federal government ? ''",
             "President Obama announced a moratorium on deepwater drilling in the gulf on Thursday ."]
    pool = [Line(f"r{n}", 0, len(t), t, day, (day,), True) for n, t in enumerate(texts)]
    vectors = {id(line): {w: 1.0 for w in line.text.lower().split()} for line in pool}
    topic = {"spill": 0.5, "oil": 0.5, "bp": 0.5, "charge": 0.5}  # the questions are closer to it
    picked = _central(pool, day, 1, vectors, topic, DigestWeights())
    assert [line.doc for line in picked] == ["r2"]
    assert len(_central(pool[:2], day, 1, vectors, topic, DigestWeights())) == 1  # questions alone still speak


def test_a_report_is_one_voice_for_a_day_however_often_it_names_it():
    from storyline.assemble.digest import DigestWeights, Line, weigh_days

    def line(doc, day, n):
        return Line(doc, n, n + 1, "text", D(2010, 8, 1), (day,), False)

    # a programme listing names 1 August in sixty lines; three reports each name 20 April once
    listing = [line("listing", D(2010, 8, 1), n) for n in range(60)]
    reports = [line(f"r{n}", D(2010, 4, 20), 0) for n in range(3)]
    weight = weigh_days(listing + reports, DigestWeights(published=0.0))
    assert weight[D(2010, 8, 1)] == 1.0
    assert weight[D(2010, 4, 20)] == 3.0


def test_a_topic_with_only_timeline17_s_own_timelines_is_read(tmp_path):
    """Without timelines.jsonl, the reference comes from timelines/*.txt (a date line, its
    sentences, a line of dashes); a block under a broken date ("2011-04-0") goes with the date
    before it, as news-tls's timelines.jsonl has it."""
    from storyline.evaluate.timeline import read_references, topics_in

    topic = tmp_path / "Quake_bbc"
    (topic / "timelines").mkdir(parents=True)
    (topic / "InputDocs").mkdir()
    (topic / "timelines" / "quake.txt").write_text(
        "2011-03-03\nThe trial is delayed . \n--------------------------------\n2011-04-0\nJury selection "
        "begins . \n--------------------------------\n2011-05-02\nThe trial is  delayed again . \n")
    assert topics_in(tmp_path) == [topic] and topics_in(topic) == [topic]
    assert read_references(topic) == [{date(2011, 3, 3): ["The trial is delayed .", "2011-04-0", "Jury selection begins ."],
                                       date(2011, 5, 2): ["The trial is delayed again ."]}]


@pytest.mark.skipif(not T17.is_dir(), reason=f"Timeline17 not found at {T17}")
def test_timeline17_s_own_timelines_read_as_its_jsonl():
    from storyline.evaluate.timeline import _read_txt_timeline, read_references, topics_in

    for topic in topics_in(T17):
        own = [_read_txt_timeline(path) for path in sorted((topic / "timelines").glob("*.txt"))]
        assert sorted(map(sorted, (t.items() for t in own))) == sorted(map(sorted, (t.items() for t in read_references(topic)))), topic.name
