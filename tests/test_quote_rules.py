"""Reported speech beyond the word list: the learned cue model and PolNeAR's span conventions."""
import pytest

from storyline.options import Options
from storyline.quotes import find_attributions


@pytest.fixture(scope="module")
def attributions():
    from storyline.annotate import load_nlp

    nlp = load_nlp(Options().model)

    def run(text):
        parsed = nlp(text)
        return [(text[a.cue[0]:a.cue[1]] if a.cue else None,
                 text[a.source[0]:a.source[1]] if a.source else None,
                 [text[s:e] for s, e in a.content]) for a in find_attributions(parsed)]
    return run


def test_cue_outside_the_word_list_is_found(attributions):
    found = attributions("The senator is demanding that the agency release the records.")
    assert ("is demanding", "The senator", ["that the agency release the records"]) in found


def test_cue_keeps_auxiliaries_adverbs_and_the_day(attributions):
    found = attributions("Trump has also said that the system is rigged. Pence said Friday that he agreed.")
    cues = {cue for cue, _, _ in found}
    assert {"has also said", "said Friday"} <= cues


def test_where_it_was_said_is_not_what_was_said(attributions):
    found = attributions("The minister spoke in an interview with CBS on Sunday.")
    assert not any("interview" in " ".join(content) for _, _, content in found)


def test_object_keeps_its_complement(attributions):
    found = attributions("Clinton called Trump a dangerous man.")
    assert ("called", "Clinton", ["Trump a dangerous man"]) in found


def test_a_quotation_keeps_its_own_speaker(attributions):
    text = "The failed coup reveals “real cracks” in the state. Antony Blinken says so."
    found = attributions(text)
    assert not any(cue == "reveals" for cue, _, _ in found)
