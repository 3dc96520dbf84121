"""The seed reports' structure, as issue 2 pins it."""
from conftest import needs_seeds

pytestmark = needs_seeds


def text_of(doc, section):
    return doc.text[section.start:section.end]


def kinds_at(doc, needle):
    offset = doc.text.index(needle)
    section = doc.section_at(offset)
    return section.kind if section else None


def test_000_published_from_leading_date_line(seed_docs):
    doc = seed_docs["000"]
    assert doc.published == "2023-06-25"
    assert doc.published_source == "text"


def test_000_photo_credit_is_a_caption(seed_docs):
    doc = seed_docs["000"]
    assert kinds_at(doc, "© Alexei Nikolsky/Sputnik/AFP") == "caption"
    assert kinds_at(doc, "The failed coup") == "body"
    assert kinds_at(doc, "Interviewed by journalist Pavel Zarubin") == "body"


def test_003_tass_dateline_gives_date_and_outlet(seed_docs):
    doc = seed_docs["003"]
    assert doc.published == "2023-06-27"
    assert doc.published_source == "dateline"
    assert doc.outlet == "TASS"
    assert kinds_at(doc, "All news") == "boilerplate"


def test_004_independent_live_blog(seed_docs):
    doc = seed_docs["004"]
    assert doc.published.startswith("2023-07-11")
    assert doc.outlet == "The Independent"
    posts = [s for s in doc.sections if s.kind == "post"]
    assert len(posts) == 10
    expected = [
        ("2023-07-11T08:35", "Martha Mchardy"), ("2023-07-11T08:30", "Maanya Sachdeva"),
        ("2023-07-11T08:00", "Maanya Sachdeva"), ("2023-07-11T07:26", "Arpan Rai"),
        ("2023-07-11T06:48", "Arpan Rai"), ("2023-07-11T06:26", "Arpan Rai"),
        ("2023-07-11T05:58", "Arpan Rai"), ("2023-07-11T05:31", "Arpan Rai"),
        ("2023-07-11T04:24", "Arpan Rai"), ("2023-07-11T03:52", "Arpan Rai"),
    ]
    assert [(p.published, p.author) for p in posts] == expected
    assert posts[0].title.startswith("Europe will face")
    assert text_of(doc, posts[0]).startswith("Europe will face")
    assert posts[8].title.startswith("Wagner chief commanders meet Putin")
    assert "Russia launches overnight airstrike in Kiev" == posts[9].title


def test_004_newsletter_and_show_latest_update_are_boilerplate(seed_docs):
    doc = seed_docs["004"]
    assert kinds_at(doc, "For free real-time breaking news alerts") == "boilerplate"
    assert kinds_at(doc, "Sign up to our free emails for breaking news") == "boilerplate"
    assert kinds_at(doc, "Show latest update") == "boilerplate"
    assert kinds_at(doc, "key points") == "boilerplate"
    assert kinds_at(doc, "1689060906") == "boilerplate"


def test_002_reader_comments_from_thinking_about_to_the_end(seed_docs):
    doc = seed_docs["002"]
    start = doc.text.index("Thinking about what Putin")
    comments = [s for s in doc.sections if s.kind == "comment"]
    assert len(comments) == 1
    assert comments[0].start == start
    assert comments[0].end == len(doc.text.rstrip())
    assert all(s.kind == "body" for s in doc.sections if s.end <= start)
    assert all(m.in_comment for m in doc.mentions if m.start >= start)
    assert not any(m.in_comment for m in doc.mentions if m.start < start)


def test_001_and_002_have_no_publication_date(seed_docs):
    for key in ("001", "002"):
        assert seed_docs[key].published is None
        assert seed_docs[key].published_source is None


def test_001_outlet_from_self_reference(seed_docs):
    assert seed_docs["001"].outlet == "The Gulf Observer"


def test_sections_are_ordered_spans_over_the_text(seed_docs):
    for doc in seed_docs.values():
        previous_end = 0
        for section in doc.sections:
            assert previous_end <= section.start < section.end <= len(doc.text)
            previous_end = section.end
        covered = {i for s in doc.sections for i in range(s.start, s.end)}
        uncovered = [ch for i, ch in enumerate(doc.text) if i not in covered]
        assert all(ch.isspace() for ch in uncovered), "nothing but whitespace is left outside sections"


def test_mentions_and_sentences_are_marked(seed_docs):
    doc = seed_docs["000"]
    names = {m.text for m in doc.mentions}
    assert {"Antony Blinken", "Lukashenko", "Vladimir Putin"} <= names
    assert len(doc.sentences) > 15
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text


def test_no_sentence_starts_in_lower_case_on_the_line_of_the_one_before(seed_docs):
    """004: the parser cut "NATO | allies should agree to remove ..."; the sentence is whole."""
    blog = seed_docs["004"]
    assert any(blog.text[s.start:s.end].startswith("NATO allies should agree") for s in blog.sentences)
    for doc in seed_docs.values():
        for before, sentence in zip(doc.sentences, doc.sentences[1:]):
            text = doc.text[sentence.start:sentence.end].lstrip()
            assert not (text[:1].islower() and "\n" not in doc.text[before.start:sentence.start]), text[:60]


def test_no_sentence_is_a_lone_word_or_a_lone_mark():
    """The parser cut "Storm | Mira flooded ...", a closing quotation mark off the sentence it closes,
    and Penn Treebank's "-LRB-" off the words it opens: each is one sentence with its neighbour."""
    from storyline.annotate import process
    from storyline.options import Options
    from storyline.records import RawDocument

    text = ("Storm Mira floods Kestrel Bay harbour as mayor orders evacuation\n"
            "Storm Mira flooded the harbour district of Kestrel Bay late on Friday, Mayor Elena Varga said.\n"
            "\"We moved more than 400 people overnight,\" Varga told reporters. \"The water is still rising.\"\n"
            "-LRB- Reporting by Ana Lind ; Editing by Tom Berg -RRB-\n")
    doc = process([RawDocument(path="storm.txt", text=text, format="text")], Options())[0]
    sentences = [text[s.start:s.end].strip() for s in doc.sentences]
    assert "Storm Mira flooded the harbour district of Kestrel Bay late on Friday, Mayor Elena Varga said." in sentences
    assert "\"The water is still rising.\"" in sentences
    assert not any(s in ("Storm", "\"", "-LRB-") for s in sentences), sentences


def test_no_sentence_breaks_inside_a_bracket():
    """The parser stops after a ticker's "KOP ." inside its bracket: the sentence goes on after it."""
    from storyline.annotate import process
    from storyline.options import Options
    from storyline.records import RawDocument

    line = ("Kestrel Oil Plc -LRB- KOP . L -RRB- Chief Executive Ana Lind apologized on Wednesday for the "
            "harbour spill .")
    text = "Shares in the company fell on Tuesday .\n" + line + "\n"
    doc = process([RawDocument(path="kestrel.txt", text=text, format="text")], Options())[0]
    assert line in [text[s.start:s.end].strip() for s in doc.sentences]


def test_timexes_anchor_on_post_time_in_live_blog(seed_docs):
    doc = seed_docs["004"]
    yesterday = [t for t in doc.timexes if t.text.lower() == "yesterday"]
    assert yesterday and all(t.value == "2023-07-10" for t in yesterday)
    june29 = [t for t in doc.timexes if t.text == "June 29"]
    assert june29 and all(t.value == "2023-06-29" for t in june29)
