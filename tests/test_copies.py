"""Near-duplicate and syndicated copies (issue 6): linked to their original and counted once, found
through compact fingerprints of 5-word shingles (assemble/shingles.py)."""
import random

import pytest

from storyline.assemble.shingles import fingerprint, jaccard

WIRE = """Storm Halden cut power to 40,000 homes across the Varrow valley on Tuesday, the regional
grid operator Nordline said. Engineers restored supply to about half of them by the evening, and
Nordline expects the rest back by Thursday. The mayor of Eskfield, Ilona Brandt, opened three
school halls as warm shelters and asked residents to check on elderly neighbours. Two bridges over
the river Varrow stayed shut after the water rose above their warning marks, police said. The
weather office kept its amber warning for wind in place until Wednesday noon."""

OTHER = """Dockers at the port of Saltmere voted on Monday to strike for two days next week over pay,
their union said. The port authority called the vote disappointing and said talks would go on.
Ferry sailings to the islands are expected to run as normal."""


def _shingles(tokens):
    return {" ".join(tokens[i:i + 5]) for i in range(len(tokens) - 4)}


def test_fingerprint_jaccard_is_the_exact_jaccard_of_the_shingles():
    rng = random.Random(3)
    vocabulary = [f"w{n}" for n in range(40)]
    for _ in range(50):
        a = [rng.choice(vocabulary) for _ in range(rng.randint(5, 80))]
        b = a[: rng.randint(0, len(a))] + [rng.choice(vocabulary) for _ in range(rng.randint(0, 30))]
        sa, sb = _shingles(a), _shingles(b)
        expected = len(sa & sb) / (len(sa | sb) or 1)
        assert jaccard(fingerprint(a), fingerprint(b)) == pytest.approx(expected)
        assert len(fingerprint(a)) == len(sa)


def test_fingerprint_sketch_is_the_minhash_of_the_shingle_strings():
    from datasketch import MinHash

    tokens = "the grid operator said engineers restored supply to about half of the homes".split()
    sketch = MinHash(num_perm=64)
    sketch.update_batch([s.encode("utf-8") for s in _shingles(tokens)])
    assert list(fingerprint(tokens).sketch.hashvalues) == list(sketch.hashvalues)
    assert fingerprint(["too", "short"]).sketch is None and len(fingerprint(["too", "short"])) == 0


def _docs(*reports):
    from storyline.annotate import process
    from storyline.options import Options
    from storyline.records import RawDocument

    raws = [RawDocument(path=f"{n}.txt", text=text, format="text", outlet=outlet, published="2024-01-09")
            for n, (outlet, text) in enumerate(reports)]
    return process(raws, Options())


def test_a_syndicated_copy_is_linked_to_its_original_and_counted_once():
    from storyline.assemble import assemble

    copy = WIRE.replace("the regional\ngrid operator", "the\ngrid operator") + "\nMore updates to follow."
    docs = _docs(("Varrow Wire", WIRE), ("Eskfield Echo", copy), ("Saltmere Post", OTHER))
    account = assemble(docs)
    story = next(s for s in account.stories if docs[0].id in s.documents)
    assert docs[1].id in story.documents and docs[2].id not in story.documents
    assert story.duplicates == [{"doc": docs[1].id, "copy_of": docs[0].id}]
    # what both carry is one outlet's word, not two outlets': no claim of the story is corroborated
    carried = [c for c in account.claims if c.story == story.id and {s.doc for s in c.sources} == {docs[0].id, docs[1].id}]
    assert carried and all(c.status == "single-source" for c in carried)


def test_a_report_on_the_same_event_in_other_words_is_no_copy():
    from storyline.assemble import assemble

    retold = ("Nordline, the grid operator for the Varrow valley, said on Tuesday that Storm Halden had left "
              "40,000 homes without power. Half were reconnected by evening, it said, and Eskfield's mayor "
              "Ilona Brandt opened school halls as shelters.")
    docs = _docs(("Varrow Wire", WIRE), ("Eskfield Echo", retold))
    story = assemble(docs).stories[0]
    assert set(story.documents) == {docs[0].id, docs[1].id} and story.duplicates == []
