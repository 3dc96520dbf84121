"""The assembled account on the five seed reports (issue 6): stories, claims, timeline, framing."""
import pytest

from storyline.assemble import assemble


@pytest.fixture(scope="module")
def seeds(seed_docs):
    account = assemble(seed_docs.values())
    name = {d.id: key for key, d in seed_docs.items()}
    return account, name, seed_docs


def _wagner(account, seed_docs):
    prigozhin = next(e.id for e in account.entities if e.name.endswith("Prigozhin"))
    return max(account.stories, key=lambda s: s.entities.count(prigozhin) * 100 + len(s.documents)), prigozhin


def test_wagner_reports_form_one_story(seeds):
    account, name, docs = seeds
    story, _ = _wagner(account, docs)
    assert sorted(name[d] for d in story.documents) == ["000", "001", "002", "003", "004"]
    assert sum(1 for s in account.stories if "000" in {name[d] for d in s.documents}) == 1


def test_wagner_story_is_titled_by_a_headline_about_the_mutiny(seeds):
    """Not by 001's "Antony Blinken holds crisis talks with US closest allies", the first headline
    filed: the title is the headline whose words are most the story's."""
    account, _, docs = seeds
    story, _ = _wagner(account, docs)
    assert "Wagner" in story.title and "mutiny" in story.title


def test_liveblog_posts_on_other_subjects_are_not_in_the_wagner_story(seeds):
    account, _, docs = seeds
    story, _ = _wagner(account, docs)
    blog = docs["004"]
    inside = {(s["start"], s["end"]) for s in story.sections if s["doc"] == blog.id}
    posts = [s for s in blog.sections if s.kind == "post"]
    for post in posts:
        title = post.title or ""
        if any(word in title for word in ("NATO", "drones", "construction", "Shahed")):
            assert (post.start, post.end) not in inside, title
    wagner_post = next(p for p in posts if "Wagner" in (p.title or ""))
    assert (wagner_post.start, wagner_post.end) in inside


def test_strike_claim_is_disputed_citing_002_and_003(seeds):
    account, name, _ = seeds
    disputed = [c for c in account.claims if c.status == "disputed" and "strike" in " ".join(s.text for s in c.sources)]
    assert disputed
    claim = disputed[0]
    assert {name[s.doc] for s in claim.sources} >= {"002", "003"}
    denials = " ".join(s.text for s in claim.disputed_by)
    assert "denied" in denials and "dismissed this information as false" in denials


def test_lukashenko_brokered_deal_is_corroborated(seeds):
    account, name, _ = seeds
    deal = [c for c in account.claims if c.status == "corroborated"
            and any("Lukashenko" in s.text for s in c.sources)
            and any(w in " ".join(s.text for s in c.sources) for w in ("deal", "negotiations", "mediate"))]
    assert deal and len({name[s.doc] for s in deal[0].sources}) >= 2
    # and it lists as many outlets, a report that names none (002) standing as itself
    assert len(deal[0].outlets) >= 2


def test_dropped_criminal_case_is_corroborated_under_its_own_words(seeds):
    """002 says it inside a three-claim sentence; 004 says "was later dropped"; 000's "Putin spoke
    to leaders of Russia's close allies" is another event and stays out."""
    account, name, _ = seeds
    case = [c for c in account.claims if c.status == "corroborated" and "criminal case" in c.text]
    assert case and {name[s.doc] for s in case[0].sources} >= {"002", "004"}
    assert all("criminal case" in s.text for s in case[0].sources)


def test_the_retreat_in_other_words_is_corroborated(seeds):
    """Issue 6's own example: 002's "fighters of the Wagner group began heading back to their
    bases" and 003's "following which the Wagner private military company pulled back its military
    columns and returned to its field camps" (a clause of a sentence on Lukashenko's negotiations)."""
    account, name, _ = seeds
    retreat = [c for c in account.claims if any("heading back" in s.text for s in c.sources)]
    assert retreat and retreat[0].status == "corroborated"
    assert {name[s.doc] for s in retreat[0].sources} == {"002", "003"}
    assert any(s.text.startswith("the Wagner private military company pulled back") for s in retreat[0].sources)
    assert retreat[0].text.startswith("Ending their short-lived mutiny")  # the whole sentence reads best


def test_a_long_sentence_carries_one_claim_per_clause():
    from storyline.assemble.claims import _clauses

    text = ("Kremlin spokesman Dmitry Peskov said a criminal case opened against Prigozhin for armed mutiny "
            "would be dropped, Prigozhin would move to Belarus, and Wagner fighters who rallied to his cause "
            "would face no action.")
    pieces = [text[a:b] for a, b in _clauses(text, 0)]
    assert pieces == ["Kremlin spokesman Dmitry Peskov said a criminal case opened against Prigozhin for armed "
                      "mutiny would be dropped", "Prigozhin would move to Belarus",
                      "Wagner fighters who rallied to his cause would face no action."]
    short = "Prigozhin said the case, which was opened on Saturday, would be dropped soon."
    assert _clauses(short, 0) == [(0, len(short))]
    # "following which" opens a clause of its own whatever its verb
    text = ("Later, upon agreement with the Russian leader, Belarusian President Alexander Lukashenko held "
            "negotiations with Prigozhin, following which the Wagner private military company pulled back its "
            "military columns and returned to its field camps.")
    assert [text[a:b] for a, b in _clauses(text, 0)] == [
        "Later, upon agreement with the Russian leader, Belarusian President Alexander Lukashenko held "
        "negotiations with Prigozhin",
        "the Wagner private military company pulled back its military columns and returned to its field camps."]


def test_a_sentence_naming_two_days_is_not_an_uncertain_date(seeds):
    """ "The three-hour meeting took place on June 29, Kremlin spokesman Dmitry Peskov said
    yesterday": the meeting's day, and no disagreement between sources."""
    account, name, _ = seeds
    meeting = [t for t in account.timeline if "took place on June 29" in t.summary]
    assert meeting and all(t.date == "2023-06-29" and not t.uncertain for t in meeting)


def test_undated_reports_are_dated_from_their_story_and_marked_uncertain(seeds):
    account, name, docs = seeds
    story, _ = _wagner(account, docs)
    inferred = {name[x["doc"]]: x["date"] for x in story.inferred_dates}
    assert inferred == {"001": "2023-06-24", "002": "2023-06-25"}
    monday = [t for t in account.timeline if any("Monday has been declared" in s.text for s in t.sources)]
    assert monday and monday[0].date == "2023-06-26" and monday[0].uncertain and monday[0].uncertain_why == "its report's date is inferred"
    assert docs["002"].published is None  # the inference never becomes the report's own date


def test_timeline_has_the_days_of_the_mutiny_each_with_sources(seeds):
    account, _, docs = seeds
    story, _ = _wagner(account, docs)
    days = {t.date for t in account.timeline if t.story == story.id}
    for day in ("2023-06-23", "2023-06-24", "2023-06-25", "2023-06-26", "2023-06-27", "2023-06-29"):
        assert day in days, day
    for entry in account.timeline:
        assert entry.sources
        for source in entry.sources:
            assert docs_text(docs, source.doc)[source.start:source.end] == source.text


def docs_text(docs, doc_id):
    return next(d.text for d in docs.values() if d.id == doc_id)


def test_framing_shows_coup_for_000_and_mutiny_for_003(seeds):
    account, name, docs = seeds
    story, _ = _wagner(account, docs)
    frames = {name[f["doc"]]: f for f in story.framing}
    assert "coup" in frames["000"]["groups"]["event"]
    assert "mutiny" in frames["003"]["groups"]["event"]
    assert story.central_event == "mutiny"


def test_comments_never_become_claims(seeds):
    account, _, docs = seeds
    thread = next(s for s in docs["002"].sections if s.kind == "comment")
    for claim in account.claims:
        for source in claim.sources:
            if source.doc == docs["002"].id:
                assert not (thread.start <= source.start < thread.end)


def test_story_summary_cites_its_sources(seeds):
    account, _, docs = seeds
    story, _ = _wagner(account, docs)
    assert 1 <= len(story.summary) <= 5
    assert all(item["sources"] for item in story.summary)


def test_key_dates_of_the_wagner_story_quote_their_sources(seeds):
    account, name, docs = seeds
    story, _ = _wagner(account, docs)
    days = [k["date"] for k in story.key_dates]
    assert "2023-06-24" in days and "2023-06-27" in days
    # 004's Wagner post ends "Elsewhere, Joe Biden will meet Volodymyr Zelensky at the NATO summit in
    # Lithuania tomorrow": another story's day
    assert "2023-07-12" not in days
    by_id = {d.id: d for d in docs.values()}
    post_spans = {(s["doc"], s["start"], s["end"]) for s in story.sections}
    for key in story.key_dates:
        for source in key["sources"]:
            doc = by_id[source["doc"]]
            assert " ".join(doc.text[source["start"]:source["end"]].split()) == source["text"]
            if name[source["doc"]] == "004":  # the live blog: only its Wagner post counts
                assert any(d == source["doc"] and a <= source["start"] < b for d, a, b in post_spans)


def test_undated_report_is_tried_only_near_the_story_days():
    """A story whose reports recall 1973 and report on 2013: 14 candidate days, not 40 years."""
    from datetime import date

    from storyline.assemble.dating import _candidates

    found = _candidates({date(1973, 5, 1), date(2013, 9, 18)})
    assert len(found) == 14 and date(2013, 9, 15) in found and date(1990, 1, 1) not in found


def test_summary_lines_read_on_their_own(seeds):
    """Not "The head of American diplomacy, Antony Blinken says so." nor "He launched ..." where
    another outlet's sentence says the same on its own."""
    from storyline.assemble.claims import stands_alone

    account, _, docs = seeds
    story, _ = _wagner(account, docs)
    assert len(story.summary) == 5 and all(stands_alone(line["text"]) for line in story.summary)
    assert not stands_alone("This was reported by the Belarusian agency BelTA.")


def test_a_story_unit_counts_years_not_decades():
    """"In the 1980s" (TIMEX3 value 198) is no year: read as one, two reports naming 1980s and 2013
    looked as if they named different years and were kept apart."""
    from storyline.assemble.units import units_of
    from storyline.records import Document, Section, TimeExpression

    text = "Prices rose in the 1980s and again in 2013."
    doc = Document(id="d", path="d.txt", text=text, format="text", sections=[Section("body", 0, len(text))],
                   timexes=[TimeExpression(19, 28, "the 1980s", "DATE", "198", None),
                            TimeExpression(38, 42, "2013", "DATE", "2013", None)])
    (unit,) = units_of(doc, {}, 0)
    assert set(unit.years) == {"2013"}


def test_no_claim_or_timeline_line_starts_inside_a_quotation(seeds):
    """000: "“It’s too soon to know ... It’s an evolving picture,” she said, “but ..." is one
    claim from its opening mark, not a line starting "It’s an evolving picture,” she said"."""
    account, _, docs = seeds
    starts = [e.summary for e in account.timeline]
    assert any(s.startswith("“It’s too soon to know how this will play out. It’s an evolving picture,”") for s in starts)
    for claim in account.claims:
        for source in claim.sources:
            text = source.text
            first_close = min((i for i in (text.find("”"), text.find("»")) if i >= 0), default=-1)
            assert first_close < 0 or "“" in text[:first_close] or "«" in text[:first_close], text


def test_only_an_opener_and_a_comma_turn_to_another_story():
    """"Elsewhere, Joe Biden will meet ..." turns away from the story; "Elsewhere in South
    America, Colombia has reported a case" is still the story (data/claims.json topic_shift_openers)."""
    from storyline.assemble.units import turns_away

    assert turns_away("Elsewhere, Joe Biden will meet Volodymyr Zelensky at the NATO summit tomorrow.")
    assert turns_away("In other news , the ferry strike ended.")
    assert not turns_away("Elsewhere in central and South America, Colombia has reported a suspected case.")


def test_a_unit_ends_where_it_turns_to_another_story():
    """The rest of a unit after "Elsewhere, ..." is an aside unit of its own (it finds its own
    story); a unit that opens so, or says "Elsewhere in ...", is not cut."""
    from storyline.assemble.units import units_of
    from storyline.records import Document, Section, Sentence

    def doc_of(sentences):
        text, spans = "", []
        for sentence in sentences:
            spans.append((len(text), len(text) + len(sentence)))
            text += sentence + " "
        return Document(id="d", path="d.txt", text=text, format="text", sections=[Section("body", 0, len(text))],
                        sentences=[Sentence(a, b) for a, b in spans])

    doc = doc_of(["Wagner fighters left Rostov.", "Putin met the commanders.",
                  "Elsewhere, Biden will meet Zelensky at the NATO summit.", "The two last met in May."])
    main, aside = units_of(doc, {}, 0)
    assert not main.aside and aside.aside and (main.index, aside.index) == (0, 1)
    assert doc.text[slice(*main.spans[-1])].strip().endswith("commanders.")
    assert doc.text[slice(*aside.spans[0])].startswith("Elsewhere, Biden") and "biden" in aside.counts
    assert "biden" not in main.counts and "wagner" not in aside.counts
    for kept in (["Elsewhere, Biden will meet Zelensky.", "The two last met in May."],
                 ["Wagner fighters left Rostov.", "Elsewhere in Russia, Putin met the commanders."]):
        (unit,) = units_of(doc_of(kept), {}, 0)
        assert not unit.aside


def test_an_aside_about_the_nato_summit_leaves_the_wagner_story(seeds):
    """004's Wagner post ends "Elsewhere, Joe Biden will meet Volodymyr Zelensky at the NATO summit
    in Lithuania tomorrow ... The two leaders last met in Japan in May": neither is a Wagner claim or
    timeline entry; the aside joins the blog's NATO story."""
    account, name, docs = seeds
    story, _ = _wagner(account, docs)
    wagner_claims = [c for c in account.claims if c.story == story.id]
    assert not any(c.text.startswith("Elsewhere") or "last met in Japan" in c.text for c in wagner_claims)
    assert not any(e.summary.startswith("Elsewhere") for e in account.timeline if e.story == story.id)
    blog = docs["004"]
    aside_at = blog.text.index("Elsewhere, Joe Biden")
    (home,) = [s for s in account.stories if any(x["doc"] == blog.id and x["start"] <= aside_at < x["end"] for x in s.sections)]
    assert home.id != story.id and "NATO" in home.title
    assert home.id == _story_at(account, blog, "NATO to send ‘positive signal’").id  # not a story of its own


def _story_at(account, doc, text):
    at = doc.text.index(text)
    (story,) = [s for s in account.stories if any(x["doc"] == doc.id and x["start"] <= at < x["end"] for x in s.sections)]
    return story


def test_the_blog_posts_on_the_nato_summit_form_one_story(seeds):
    """004's posts on the Vilnius summit quote different people (the diplomats Gavrilov and
    Tokovinin, Stoltenberg): a story with many protagonists keeps them all; the drone strikes on
    Kiev are another story."""
    account, _, docs = seeds
    blog = docs["004"]
    nato = {_story_at(account, blog, t).id for t in ("NATO should remove requirement", "NATO to send ‘positive signal’",
                                                    "NATO policy increases risk", "Europe will face ‘catastrophic")}
    assert len(nato) == 1
    assert _story_at(account, blog, "Russia shoots down Iranian Shahed drones").id not in nato


def test_the_nato_summit_story_is_about_a_summit(seeds):
    # the live blog's NATO posts name "Russia's invasion of Ukraine" in passing, and the summit
    # throughout: the story's central event is the summit (framing.json "summit")
    account, _, _ = seeds
    nato = next(s for s in account.stories if "NATO" in (s.title or ""))
    assert nato.central_event == "summit"
