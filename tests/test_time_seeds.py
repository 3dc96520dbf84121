"""Dates in the seed reports, as issue 3 pins them."""
from conftest import needs_seeds

pytestmark = needs_seeds


def timexes(doc, text):
    return [t for t in doc.timexes if t.text == text]


def test_000_yesterday_is_the_day_before_publication(seed_docs):
    [t] = timexes(seed_docs["000"], "yesterday")
    assert (t.value, t.anchor) == ("2023-06-24", "2023-06-25")


def test_003_evening_of_june_23_and_june_24(seed_docs):
    doc = seed_docs["003"]
    [evening] = timexes(doc, "the evening of June 23")
    assert evening.value == "2023-06-23TEV" and evening.type == "TIME"
    [june24] = timexes(doc, "June 24")
    assert june24.value == "2023-06-24"


def test_004_june_29_is_this_year_and_yesterday_follows_the_post(seed_docs):
    doc = seed_docs["004"]
    assert {t.value for t in timexes(doc, "June 29")} == {"2023-06-29"}
    post = next(s for s in doc.sections if s.kind == "post" and s.published == "2023-07-11T05:58")
    [yesterday] = [t for t in doc.timexes if t.text == "Yesterday" and post.start <= t.start < post.end]
    assert (yesterday.value, yesterday.anchor) == ("2023-07-10", "2023-07-11T05:58")


def test_001_and_002_weekdays_stay_unresolved_without_a_date(seed_docs):
    for key in ("001", "002"):
        weekdays = [t for t in seed_docs[key].timexes if "day" in t.text and t.value and "W" in t.value]
        assert weekdays, key
        assert all(t.value.startswith("XXXX-WXX-") and t.anchor is None for t in weekdays)
        assert any("left unresolved" in note for note in seed_docs[key].notes)


def test_002_weekdays_resolve_with_published_given():
    from pathlib import Path

    from conftest import SEEDS

    from storyline import Options, annotate

    path = next(Path(SEEDS).glob("002_*.txt"))
    result = annotate(str(path), options=Options(published="2023-06-25"))
    values = {(t["text"], t["value"]) for t in result["timexes"]}
    assert ("late on Saturday", "2023-06-24") in values
    assert ("Monday", "2023-06-26") in values  # "Monday has been declared a non-working day"
    assert ("this coming week", "2023-W26") in values
    assert ("16-month", "P16M") in values
