"""`storyline eval timex`: the scorer on a small file, and floors on the TempEval-3 training data."""
import pytest
from conftest import SHARED

from storyline.evaluate.timeml import read_timeml
from storyline.evaluate.timex import evaluate, score
from storyline.records import TimeExpression

TBAQ = SHARED / "data" / "tempeval3" / "TBAQ-cleaned"

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Sales fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> of gains.</TEXT>
</TimeML>"""


def test_reader_and_scorer(tmp_path):
    path = tmp_path / "x.tml"
    path.write_text(TML)
    doc = read_timeml(path)
    assert doc.dct == "1998-01-08"
    assert doc.text[doc.timexes[0].start:doc.timexes[0].end] == "yesterday"
    system = [TimeExpression(11, 20, "yesterday", "DATE", "1998-01-07", None),
              TimeExpression(27, 36, "two weeks", "DURATION", "P3W", None),
              TimeExpression(0, 5, "Sales", "DATE", "X", None)]
    result = score([doc], [system])
    assert result["relaxed"] == {"precision": 66.67, "recall": 100.0, "f1": 80.0}
    assert result["value"]["recall"] == 50.0


def test_a_file_that_cannot_be_read_is_named_and_the_others_are_scored(tmp_path, capsys):
    """A broken .tml (or one without <TEXT>) is named on standard error with its reason; the folder's
    other files are scored, each under its own sub-folder; a file without <DCT> takes the TIMEX3
    marked as the creation time."""
    (tmp_path / "TimeBank").mkdir()
    (tmp_path / "AQUAINT").mkdir()
    (tmp_path / "TimeBank" / "x.tml").write_text(TML)
    (tmp_path / "AQUAINT" / "y.tml").write_text(TML.replace("<DCT>", "").replace("</DCT>", ""))
    (tmp_path / "AQUAINT" / "broken.tml").write_text(TML.replace("</TEXT>", ""))
    (tmp_path / "AQUAINT" / "empty.tml").write_text("<TimeML><DCT></DCT></TimeML>")
    result = evaluate(tmp_path)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("skipped ") for line in err)
    assert any("broken.tml" in line for line in err) and any("empty.tml: no <TEXT>" in line for line in err)
    assert sorted(result["parts"]) == ["AQUAINT", "TimeBank"]
    assert result["parts"]["AQUAINT"]["value"]["recall"] == 100.0  # "yesterday" read against its DCT


@pytest.mark.skipif(not TBAQ.is_dir(), reason=f"TempEval-3 training data not found at {TBAQ}")
def test_value_f1_floors_on_timebank_and_aquaint():
    result = evaluate(TBAQ)
    parts = result["parts"]
    # measured 2026-11-23: all 79.1, TimeBank 80.6, AQUAINT 76.0 (2026-11-22: 78.1, 79.2, 75.8;
    # HeidelTime here: 79.2 / 73.0);
    # strict span 81.8 once "'s" is left out of the span; 2026-12-03: all 79.4, TimeBank 80.8,
    # AQUAINT 76.5 (the present perfect looks back; "postponed until", "had been due", "a meeting
    # scheduled for"); 2026-12-04: all 79.5, TimeBank 81.0 (halves of a minute, "the last half of
    # 1989", "the 1988 quarter"); later 2026-12-04: all 79.7, TimeBank 81.2, AQUAINT 76.7, strict
    # span 82.6 ("recent years" without its "in", a span up to now; "for the year"); 2026-12-05:
    # all 80.0, TimeBank 81.4, AQUAINT 76.9, strict span 82.9 ("the 1988 third quarter", "the
    # week of March 6", "a second round" no duration); later 2026-12-05: all 80.04, TimeBank 81.47,
    # AQUAINT 77.03, strict span 82.98 ("today's youth" is no day); all 80.11, TimeBank 81.57,
    # strict 83.04 ("a quarter of the market" is a share); all 80.20, TimeBank 81.69, strict
    # 83.18 ("the full year", "by year-end"); 2026-12-05 (21st stop): all 80.41, TimeBank 81.85,
    # AQUAINT 77.36 ("decided to admit ... in early March", "was planned for", "effective Feb. 1"); all 80.52, TimeBank
    # 81.93, AQUAINT 77.53 ("planned a demonstration on Saturday", "hurt" no present); all 80.54,
    # TimeBank 81.97, strict span 83.26 ("the previous Friday" in the span, "2082.1" no year);
    # 22nd stop: all 80.52, AQUAINT 77.47, strict 83.23 (a zone is capitals: "6 a.m. near" was
    # read as a zone; the fix leaves "ten days before" spurious beside gold "6 a.m. ten days");
    # all 80.58, TimeBank 82.05 (next month's name in the past tense is the coming one); all
    # 80.68, TimeBank 82.13, AQUAINT 77.64 ("that year" after "June 1998"); all 80.74, strict
    # 83.29, TimeBank 82.21 ("each July" a set); all 80.86, TimeBank 82.36, AQUAINT 77.67, strict
    # 83.46 ("two more weeks", "the 20th century" 19, "the next morning" TMO where gold has the day);
    # all 80.83, strict 83.49 ("4 in the morning" found; gold puts it on the next day); all 80.87,
    # strict 83.57 ("10:35 a.m. (0735 GMT) Friday": the clock on Friday, the two spans apart); all
    # 80.89, strict 83.70 ("the 1989 period" the reported quarter, "quarter-to-quarter" no quarter);
    # strict 84.14 ("more than four hours", "around 7:15 p.m." in the span with their mod); strict
    # 84.84 ("the nine months" keeps its article); all 81.02, strict 85.03 ("June last year" one date);
    # strict 85.14 ("the end of this week" END); strict 86.55 ("over the weekend", "in the past",
    # "for centuries", "the current", "the third-quarter" without the words TimeBank leaves out);
    # strict 87.09 ("twenty years | after the flight": the duration alone); strict 87.42 ("the
    # summer", "the last decade", "the fiscal first quarter"); all 81.17, TimeBank 82.72, strict
    # 87.57 ("January nineteen ninety-seven" one date); all 81.23, strict 87.63 ("Tuesday nights"
    # a set); all 81.34, TimeBank 82.99, AQUAINT 77.87, strict 87.76 ("$500 million a year" a rate);
    # all 81.38, TimeBank 83.05, strict 87.97 ("the year-ago third quarter"); 23rd stop: all 82.29,
    # TimeBank 84.09, AQUAINT 78.48, strict 88.69, relaxed 94.39 (which quarter is the reported
    # one, programme titles, "since", parts of the day, "coming months", "the end of the month");
    # all 82.57, TimeBank 84.51, strict 88.87, relaxed 94.46 ("the first two quarters of 1990",
    # "the quarter a year ago", "will one day")
    assert result["value_f1"] >= 81.8
    assert parts["TimeBank"]["value_f1"] >= 83.7
    assert parts["AQUAINT"]["value_f1"] >= 77.7
    assert result["relaxed_f1"] >= 93.7
    assert result["strict_f1"] >= 88.1
