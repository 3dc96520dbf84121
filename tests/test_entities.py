"""Entities across reports: variants kept as data (tests/data/name_variants.json), and the seeds."""
import json
from pathlib import Path

import pytest
from conftest import needs_seeds

from storyline.entities import resolve, role_names
from storyline.records import Document, Mention, Section

VARIANTS = json.loads((Path(__file__).parent / "data" / "name_variants.json").read_text())


def report(i, *mentions):
    """A tiny report naming each (text, type) once."""
    text, spans = "", []
    for name, kind in mentions:
        spans.append(Mention(len(text), len(text) + len(name), name, kind))
        text += name + " said something. "
    return Document(id=f"d{i}", path=f"d{i}.txt", text=text, format="text", mentions=spans,
                    sections=[Section("body", 0, len(text))])


def entity_count(*docs):
    entities, _ = resolve(docs)
    return len(entities)


@pytest.mark.parametrize("a,b", VARIANTS["same"])
def test_spelling_variants_are_one_person(a, b):
    assert entity_count(report(1, (a, "PERSON")), report(2, (b, "PERSON"))) == 1


@pytest.mark.parametrize("a,b", VARIANTS["apart"])
def test_namesakes_stay_apart(a, b):
    assert entity_count(report(1, (a, "PERSON")), report(2, (b, "PERSON"))) == 2


@pytest.mark.parametrize("a,b", VARIANTS["org_same"])
def test_organisation_variants_are_one(a, b):
    assert entity_count(report(1, (a, "ORG")), report(2, (b, "ORG"))) == 1


@pytest.mark.parametrize("a,b", VARIANTS["org_apart"])
def test_organisations_stay_apart(a, b):
    assert entity_count(report(1, (a, "ORG")), report(2, (b, "ORG"))) == 2


def test_first_name_alone_is_not_the_full_name():
    docs = [report(1, ("Dmitry Peskov", "PERSON"), ("Dmitry", "PERSON"))]
    entities, _ = resolve(docs)
    assert sorted(e.name for e in entities) == ["Dmitry", "Dmitry Peskov"]



def test_a_first_name_alone_is_no_misspelling_of_a_like_surname():
    """"Brian", named alone in three reports, is a first name where another report names "Brian
    Cox": it does not join Tim Brain (named once) as a misspelling of his surname. Where no one is
    called Brian, the rare spelling still joins the common one."""
    brian = [report(i, ("Brian", "PERSON")) for i in (1, 2, 3)]
    entities, _ = resolve(brian + [report(4, ("Tim Brain", "PERSON")), report(5, ("Brian Cox", "PERSON"))])
    assert sorted((e.name, len(e.mentions)) for e in entities) == [("Brian", 3), ("Brian Cox", 1), ("Tim Brain", 1)]
    entities, _ = resolve(brian + [report(4, ("Tim Brain", "PERSON"))])
    assert [(e.name, len(e.mentions)) for e in entities] == [("Tim Brain", 4)]

def test_a_first_name_given_as_a_named_person_s_relative_takes_the_family_name():
    doc = report(1, ("Michael Jackson", "PERSON"), ("Joe", "PERSON"), ("Joe Jackson", "PERSON"))
    doc.mentions[1].role = "Jackson's father"
    entities, _ = resolve([doc, report(2, ("Joe", "PERSON"))])
    # the resident "Joe" of another report, with no family given, stays someone else
    assert sorted((e.name, len(e.mentions)) for e in entities) == [("Joe", 1), ("Joe Jackson", 2), ("Michael Jackson", 1)]


def test_a_surname_long_before_the_only_full_name_with_it_is_not_that_person():
    text = "Obama said so. " + "The cleanup went on. " * 100 + "Michelle Obama visited."
    at = text.index("Michelle")
    doc = Document(id="d1", path="d1.txt", text=text, format="text", sections=[Section("body", 0, len(text))],
                   mentions=[Mention(0, 5, "Obama", "PERSON"), Mention(at, at + 14, "Michelle Obama", "PERSON")])
    from storyline.entities.local import local_entities

    assert sorted(e.key for e in local_entities(doc)) == [("michelle", "obama"), ("obama",)]


def test_surname_with_two_first_names_is_left_unresolved():
    docs = [report(1, ("Anna Smith", "PERSON")), report(2, ("Bob Smith", "PERSON")), report(3, ("Smith", "PERSON"))]
    entities, _ = resolve(docs)
    assert len(entities) == 3


def test_an_unmarked_word_one_letter_from_a_short_surname_is_no_mention_of_that_person():
    """A capitalised word the model did not mark joins a person as a typo of the surname only
    where both have seven letters or more: in Timeline17's BP reports "While" joined LuAnn White,
    "Christ" Charlie Crist and "Browne" Carol Browner. "Hawyard" is still Tony Hayward."""
    def unmarked(i, text):
        return Document(id=f"u{i}", path=f"u{i}.txt", text=text, format="text",
                        sections=[Section("body", 0, len(text))])

    for full, word in (("LuAnn White", "While"), ("Charlie Crist", "Christ"), ("Carol Browner", "Browne"),
                       ("Tony Hayward", "Hawyard")):
        docs = [report(i, (full, "PERSON")) for i in range(1, 4)]
        docs.append(unmarked(9, f"{word} the leak went on, the company said nothing."))
        entities, _ = resolve(docs)
        person = next(e for e in entities if e.name == full)
        assert any(m.doc == "u9" for m in person.mentions) == (word == "Hawyard"), word



def test_a_common_word_a_title_or_a_first_name_is_no_unmarked_mention_of_a_person():
    """Recovering unmarked surnames skips a capitalised word the collection writes in lower case
    as often ("Speaking" at a sentence's start, against Lucie Skeaping), a title or a noun for a
    person ("Senator", against Mike Senatore), and a word more people are given as a first name
    than as a surname ("Richard", against Emily Richard), nor takes a known place for a misspelling
    ("Florida", against Ana Florido). In Timeline17's BP and music reports each had become dozens
    of mentions. "Skeaping" unmarked is still hers."""
    def unmarked(i, text):
        return Document(id=f"u{i}", path=f"u{i}.txt", text=text, format="text",
                        sections=[Section("body", 0, len(text))])

    def recovered(full, text, *others):
        docs = [report(i, (full, "PERSON")) for i in range(1, 4)] + [report(5 + n, (o, "PERSON")) for n, o in
                                                                      enumerate(others)]
        entities, _ = resolve(docs + [unmarked(9, text)])
        person = next(e for e in entities if e.name == full)
        return [m.text for m in person.mentions if m.doc == "u9"]

    assert recovered("Lucie Skeaping", "Speaking to reporters, Skeaping said they were speaking freely.") == ["Skeaping"]
    assert recovered("Lucie Skeaping", "Speaking to reporters, she said so.") == ["Speaking"]  # no lower case
    assert recovered("Mike Senatore", "Senator Murkowski said so.") == []
    richards = (f"Richard {surname}" for surname in ("Branson", "Gere", "Hammond", "Dawkins"))
    assert recovered("Emily Richard", "Richard said so.", *richards) == []
    assert recovered("Emily Richard", "Richard said so.") == ["Richard"]
    assert recovered("Ana Florido", "Florida said no.") == []  # a known place is no misspelling
    assert recovered("Ana Florido", "Floridoo said no.") == ["Floridoo"]
    assert recovered("Hannah August", "August was hot.") == []  # a month is no surname


def test_a_word_more_reports_mark_as_a_place_is_no_unmarked_mention_of_a_person():
    """The model made a person "Sick Mexico" of a headline: with "Mexico" marked as a place by more
    reports than give it as a surname, an unmarked "Mexico" is not his (126 mentions in Timeline17's
    BP reports). "Jackson" is still Michael Jackson's where a report marks it a place as often as
    one names him."""
    def resolved(full, places, text):
        docs = [report(1, (full, "PERSON"))] + [report(2 + i, (p, "GPE")) for i, p in enumerate(places)]
        docs.append(Document(id="u9", path="u9.txt", text=text, format="text",
                             sections=[Section("body", 0, len(text))]))
        entities, _ = resolve(docs)
        return [m.text for e in entities if e.name == full for m in e.mentions if m.doc == "u9"]

    assert resolved("Sick Mexico", ["Mexico", "Mexico"], "Mexico said no.") == []
    assert resolved("Sick Mexico", [], "Mexico said no.") == ["Mexico"]
    assert resolved("Michael Jackson", ["Jackson"], "Jackson sang.") == ["Jackson"]


def test_a_nationality_is_no_misspelling_of_a_persons_surname():
    """A name that ends in "America" (a person the model made of "David Nagel BP America") took
    every "American" of Timeline17's BP reports as a misspelling of its surname; a nationality or a
    party (NORP) is never retyped as a person."""
    docs = [report(1, ("David Nagel America", "PERSON"))] + [report(i, ("American", "NORP")) for i in range(2, 5)]
    entities, _ = resolve(docs)
    assert sorted((e.name, e.type, len(e.mentions)) for e in entities) == [
        ("American", "NORP", 3), ("David Nagel America", "PERSON", 1)]

def test_a_known_place_is_no_misspelling_of_a_persons_surname():
    """"France" is one letter from "Franco": with James Franco in the collection (ECB+), every
    "France" of every report had become a mention of him."""
    docs = [report(i, ("James Franco", "PERSON")) for i in range(1, 4)] + [report(9, ("France", "GPE"))]
    entities, _ = resolve(docs)
    franco = next(e for e in entities if e.name == "James Franco")
    assert "France" not in franco.aliases and len(entities) == 2


def test_person_and_organisation_of_the_same_name_stay_apart():
    docs = [report(1, ("Wagner", "ORG")), report(2, ("Richard Wagner", "PERSON"))]
    assert entity_count(*docs) == 2


@needs_seeds
def test_seed_actors(seed_docs):
    entities, _ = resolve(seed_docs.values())
    by_name = {e.name: e for e in entities}
    prigozhin = by_name["Yevgeny Prigozhin"]
    assert {"Yevgeny Prigozhin", "Evgeny Prigozhin", "Prigozhin"} <= set(prigozhin.aliases)
    misspelt = {m.text for m in prigozhin.mentions if m.in_comment} - {"Prigozhin"}
    assert {"Progozhin", "Prigohzin", "Proghzin"} <= misspelt  # the comment thread's spellings, marked as comments
    assert len([e for e in entities if "Prigozhin" in e.aliases]) == 1
    lukashenko = by_name["Alexander Lukashenko"]
    assert {"Alexander Lukashenko", "Aleksandr Lukashenko"} <= set(lukashenko.aliases)
    assert "Kremlin spokesman" in role_names(by_name["Dmitry Peskov"])
    assert any("Secretary of State" in r for r in role_names(by_name["Antony Blinken"]))
    assert "Dmitry" in by_name and by_name["Dmitry"] is not by_name["Dmitry Peskov"]
    wagner = [e for e in entities if e.type in ("ORG", "NORP") and "Wagner" in e.aliases]
    assert len(wagner) == 1
    role_mentions = [m.text for m in lukashenko.mentions if m.kind == "role"]
    assert "The Belarusian leader" in role_mentions
    assert not [e.name for e in entities if e.type == "PERSON" and e.name in ("Kiev", "Kyiv", "Rostov")]
    # "Defence Minister Sergei Shoigu": the portfolio is part of his title, no organisation
    assert not [e.name for e in entities if e.name in ("Defence", "Defense")]
    assert "Defence Minister" in role_names(by_name["Sergei Shoigu"])
    assert "state" not in by_name["State Department"].aliases  # "the US secretary of state"


@pytest.mark.parametrize("full,short", VARIANTS["org_short_forms"])
def test_short_form_joins_the_name_a_report_pairs_it_with(full, short):
    """One report gives both forms; another uses only the short one: one organisation."""
    both = report(1, (full, "ORG"), (short, "ORG"))
    assert entity_count(both, report(2, (short, "ORG"))) == 1
    assert entity_count(report(1, (full, "ORG")), report(2, (short, "ORG"))) == 2  # no report pairs them


@pytest.mark.parametrize("short,a,b", VARIANTS["org_ambiguous"])
def test_short_form_that_fits_two_names_stays_alone(short, a, b):
    """ "Post" is paired with the Washington Post in one report and the New York Post in another."""
    assert entity_count(report(1, (a, "ORG"), (short, "ORG")), report(2, (b, "ORG"), (short, "ORG")),
                        report(3, (short, "ORG"))) == 3


def test_initials_take_the_name_all_longer_names_extend():
    """ "IE" fits "Internet Explorer" and "Internet Explorer 8": it joins the first."""
    entities, _ = resolve([report(1, ("Internet Explorer", "ORG"), ("IE", "ORG")),
                           report(2, ("Internet Explorer 8", "ORG"), ("IE", "ORG")), report(3, ("IE", "ORG"))])
    assert sorted(sorted(e.aliases) for e in entities) == [["IE", "Internet Explorer"], ["Internet Explorer 8"]]


def test_one_word_names_take_their_majority_type():
    # "Russia" tagged an organisation once, a place twice; "Colts" a person once, a team twice
    assert entity_count(report(1, ("Russia", "GPE")), report(2, ("Russia", "GPE")), report(3, ("Russia", "ORG"))) == 1
    assert entity_count(report(1, ("Colts", "ORG")), report(2, ("Colts", "ORG")), report(3, ("Colts", "PERSON"))) == 1
    # a word some report gives as a person's surname stays a person
    assert entity_count(report(1, ("Andrew Luck", "PERSON"), ("Luck", "PERSON")),
                        report(2, ("Luck", "ORG")), report(3, ("Luck", "ORG"))) == 2


def test_a_known_place_or_platform_taken_for_a_person_is_what_it_is():
    """spaCy tags "attacked Kiev" and "the city of Rostov" as people; a one-word "person" that is a
    country or large city is that place, unless a report names someone with it as a surname."""
    entities, _ = resolve([report(1, ("Kiev", "PERSON"), ("Rostov", "PERSON")), report(2, ("Kiev", "GPE"))])
    assert sorted((e.name, e.type) for e in entities) == [("Kiev", "GPE"), ("Rostov", "GPE")]
    entities, _ = resolve([report(1, ("Lloyd Austin", "PERSON"), ("Austin", "PERSON")), report(2, ("Austin", "PERSON"))])
    assert [(e.name, e.type) for e in entities] == [("Lloyd Austin", "PERSON")]
    entities, _ = resolve([report(1, ("Peskov", "PERSON"))])
    assert entities[0].type == "PERSON"
    entities, _ = resolve([report(1, ("Paris Hilton", "PERSON"), ("Paris", "PERSON"))])
    assert {e.type for e in entities} == {"PERSON"}  # her first name in a report that names her
    # a platform is no person ("Blinken wrote on Twitter"), nor a known outlet
    entities, _ = resolve([report(1, ("Twitter", "PERSON")), report(2, ("Twitter", "ORG"), ("Dailymail", "PERSON"))])
    assert sorted((e.name, e.type) for e in entities) == [("Dailymail", "ORG"), ("Twitter", "ORG")]


@needs_seeds
def test_names_carry_no_stray_symbols(seed_docs):
    for doc in seed_docs.values():
        for m in doc.mentions:
            assert m.text == m.text.strip(" &-–—,:;/|"), (doc.path, m.text)


def _entities_of(path):
    from conftest import SAMPLES
    from storyline import annotate

    result = annotate(str(SAMPLES / path))
    text = result["documents"][0]["text"]
    return {e["name"]: (e["type"], [text[m["start"]:m["end"]] for m in e["mentions"]]) for e in result["entities"]}, text


def test_a_named_storm_is_an_event_and_a_name_stops_at_a_colon():
    # the model takes "Storm Mira" for a person, and runs the masthead's "The Valley Courier" on
    # over the colon into the report's first word ("The Valley Courier: Shopkeepers ...")
    entities, _ = _entities_of("03_courier_selfref.txt")
    assert entities["Storm Mira"][0] == "EVENT"
    assert "Valley Courier" in " ".join(entities) and not any(":" in name for name in entities)


def test_a_name_the_model_marked_once_is_found_where_it_missed_it():
    # "Kestrel Bay's east quay": marked in the headline, missed in the first sentence
    entities, text = _entities_of("03_courier_selfref.txt")
    kind, mentions = entities["Kestrel Bay"]
    starts = [i for i in range(len(text)) if text.startswith("Kestrel Bay", i)]
    assert kind == "LOC" and len(mentions) == len(starts) >= 2


def test_quoted_speech_is_no_work_of_art():
    # '"Nobody in Kestrel Bay will be left to pay for this alone," Reyes said': the model read the
    # quotation's first words as a title
    entities, _ = _entities_of("07_undated_wire.md")
    assert not [name for name, (kind, _) in entities.items() if kind == "WORK_OF_ART"]


def test_a_title_keeps_its_subtitle_and_a_place_stops_at_the_colon():
    from storyline.annotate import _before_colon

    assert _before_colon("the Gulf : Coast Guard", "LOC").strip() == "the Gulf"
    assert _before_colon("The Squeeze : Oil , Money and Greed", "WORK_OF_ART") == "The Squeeze : Oil , Money and Greed"
    assert _before_colon("Obama 10:30 speech", "EVENT") == "Obama 10:30 speech"


def test_an_organisation_named_like_a_place_is_a_place_and_a_person_is_not():
    # "its pumping station at Gull Point": the model's organisation; names.json `place_name_tails`
    from types import SimpleNamespace

    from storyline.annotate import _typed

    entities, _ = _entities_of("01_herald_storm.txt")
    assert entities["Gull Point"][0] == "LOC"
    assert _typed(SimpleNamespace(text="Michael Bay", label_="PERSON")) == "PERSON"
    assert _typed(SimpleNamespace(text="Bank of America", label_="ORG")) == "ORG"


def test_the_city_of_a_dateline_is_a_place():
    # "PORTHAVEN, March 3. /MNA/.": the model's organisation; "PORTHAVEN, March 4. /MNA/." it passes
    # by; "Harbourton, The Valley Courier: ...", a masthead line's city
    for sample, city in (("02_mna_dateline.txt", "PORTHAVEN"), ("12_dateline_weekday.txt", "PORTHAVEN"),
                         ("03_courier_selfref.txt", "Harbourton")):
        entities, _ = _entities_of(sample)
        assert entities[city][0] == "GPE", sample


def test_a_name_stops_at_a_bracket_and_its_short_form_in_brackets_is_the_same_actor(tmp_path):
    # Timeline17's text is Penn Treebank's: "The World Health Organization -LRB- WHO -RRB- said",
    # which the model read as the name "The World Health Organization -LRB"; with round brackets
    # the model leaves "MMS" unmarked, and "CDC" apart from a name whose initials it is not quite
    from storyline import annotate

    path = tmp_path / "who.txt"
    path.write_text("Flu spreads\nThe World Health Organization -LRB- WHO -RRB- said on Monday that the Minerals "
                    "Management Service (MMS) and the Centers for Disease Control and Prevention (CDC) would help.\n",
                    encoding="utf-8")
    entities = {e["name"]: e for e in annotate(str(path))["entities"]}
    assert not any("-LRB" in name or "(" in name for name in entities)
    aliases = sorted(sorted(e["aliases"]) for e in entities.values())
    assert aliases == [["CDC", "Centers for Disease Control and Prevention"], ["MMS", "Minerals Management Service"],
                       ["WHO", "World Health Organization"]]


def test_a_stance_word_is_no_name():
    # "anti-British" (49 mentions in Timeline17's reports), "non-US", "un-American": names.json
    # `stance_prefixes`; "al-Megrahi" keeps its article
    from storyline.annotate import _before_bracket, _stance_word

    assert all(_stance_word(w) for w in ("anti-British", "non-US", "un-American", "pro-Kremlin", "trans-Alaska"))
    assert not any(_stance_word(w) for w in ("al-Megrahi", "Rostov-on-Don", "anti-war", "Al-Qaeda"))
    assert _before_bracket("American Skin (41 Shots", "WORK_OF_ART") == "American Skin (41 Shots"
    assert _before_bracket("a -RRB- Elizabeth -LRB- 1768", "PERSON") == ""


def test_a_name_is_a_comment_s_only_where_no_report_uses_it():
    # Timeline17's BBC pages on Michael Jackson: one page's thread names "Conrad Murray" while its
    # reporting says "Murray"; other reports say "Conrad Murray". The actor was named "a Conrad
    # Murray" (the only two-word spelling left once "Conrad Murray" counted as a comment's)
    reported = report(1, ("Conrad Murray", "PERSON"), ("a Conrad Murray", "PERSON"))
    thread = report(2, ("Murray", "PERSON"), ("Conrad Murray", "PERSON"))
    thread.mentions[1].in_comment = True
    thread.sections = [Section("body", 0, thread.mentions[1].start), Section("comment", thread.mentions[1].start, len(thread.text))]
    entities, _ = resolve([reported, thread])
    assert [e.name for e in entities] == ["Conrad Murray"]
    only_there = report(3, ("Conrad Murray", "PERSON"), ("Murray", "PERSON"))
    only_there.mentions[0].in_comment = True  # named in full only in a comment: the reporting's name wins
    assert [e.name for e in resolve([only_there])[0]] == ["Murray"]


def test_a_name_without_a_suffix_joins_neither_of_two_suffixed_ones():
    # across reports: with one suffix written, the plain name may be that person ("Martin Luther
    # King" and "Martin Luther King Jr."); with two ("Michael Jackson", "Michael Joseph Jackson Jr.",
    # "Michael Jackson II"), it bridged two people
    one = [e.name for e in resolve([report(1, ("Martin Luther King", "PERSON")),
                                    report(2, ("Martin Luther King Jr.", "PERSON"))])[0]]
    assert len(one) == 1
    people = resolve([report(1, ("Michael Jackson", "PERSON")), report(2, ("Michael Jackson", "PERSON")),
                      report(3, ("Michael Jackson II", "PERSON")), report(4, ("Michael Joseph Jackson Jr.", "PERSON"))])[0]
    assert sorted(len(e.mentions) for e in people) == [1, 1, 2]


def test_two_names_run_together_are_cut_apart(tmp_path):
    # tokenised text that lost its stop: "the medical skills of Conrad Murray Jackson `` died so
    # rapidly" (Timeline17's MJ_bbc), which the model read as one person and which took the bare
    # "Jackson"s after it; "Martin Luther King" stays whole (no "Martin Luther" is named)
    from storyline import annotate

    path = tmp_path / "run.txt"
    path.write_text("Doctor on trial\nMichael Jackson trusted Conrad Murray with his life. The jury heard that "
                    "Michael Jackson trusted his life to the medical skills of Conrad Murray Jackson `` died so "
                    "rapidly , he said . Martin Luther King spoke of Coretta King .\n", encoding="utf-8")
    names = {e["name"]: [m["text"] for m in e["mentions"]] for e in annotate(str(path))["entities"]}
    assert names["Conrad Murray"] == ["Conrad Murray", "Conrad Murray"]
    assert names["Michael Jackson"] == ["Michael Jackson", "Michael Jackson", "Jackson"]
    assert "Martin Luther King" in names
