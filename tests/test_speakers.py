"""Who a role phrase is: someone named with that title, someone new, or the body they speak for."""
import pytest

from storyline.options import Options
from storyline.quotes import find_quotes_in
from storyline.records import RawDocument
from storyline.structure import structure


@pytest.fixture(scope="module")
def quotes():
    """The quote records of a made-up report."""
    from storyline.annotate import load_nlp

    nlp = load_nlp(Options().model)

    def run(text):
        doc = structure(RawDocument(path="made-up.txt", text=text, format="text"), Options())
        return find_quotes_in(doc, nlp(text))
    return run


@pytest.fixture(scope="module")
def speakers(quotes):
    return lambda text: {q.speaker_text: q.speaker_name for q in quotes(text)}


def test_an_unnamed_spokesman_of_another_body_is_not_the_running_speaker(speakers):
    found = speakers("“We have no cases,” said Coroner's spokesman Craig Harvey. He said the tests were "
                     "negative. A Department of Health spokesman said the passenger had been sent home.")
    assert found["A Department of Health spokesman"] == "Department of Health"


def test_an_indefinite_role_is_someone_new(speakers):
    found = speakers("“The virus is contained,” Health Minister Anna Kowalska said on Monday. "
                     "An Israeli minister said the name of the virus should change.")
    assert found["An Israeli minister"] is None


def test_a_role_with_its_holder_s_title_words_is_that_holder(speakers):
    found = speakers("Kremlin spokesman Dmitry Peskov spoke to reporters. Foreign Minister Sergei Lavrov "
                     "said talks would go on. The Kremlin spokesman said the president was informed.")
    assert found["The Kremlin spokesman"] == "Dmitry Peskov"


def test_a_role_with_a_nationality_is_the_person_given_it_not_the_running_speaker(speakers):
    found = speakers("Russian President Vladimir Putin met the commanders on Monday. Prigozhin said his men "
                     "were loyal. Although the Russian leader branded Prigozhin a traitor and promised harsh "
                     "punishments, the case was dropped.")
    assert found["the Russian leader"] == "Vladimir Putin"  # not Prigozhin, the speaker before


def test_a_role_of_someone_s_is_not_that_someone(speakers):
    found = speakers("Wagner’s mercenary boss Yevgeny Prigozhin said his men were loyal. He could still be prosecuted for financial crimes, "
                     "as his boss threatened.")
    assert found["his boss"] != "Yevgeny Prigozhin" and found["his boss"] != "Prigozhin"


def test_a_role_under_a_possessor_is_not_the_running_speaker(speakers):
    # "The government's oil spill chief" is not BP's chief executive, whom the report was quoting;
    # "The European Union's energy chief" was a fund manager quoted before (Timeline17)
    found = speakers("BP chief executive Tony Hayward said the cap held. “It is working,” he said. The government's "
                     "oil spill chief said that seepage along the sea floor was no worry.")
    assert found["The government's oil spill chief"] != "Tony Hayward"
    found = speakers("“Oil stocks will fall,” said Channing Smith, a fund manager. The European Union's energy chief "
                     "said in Brussels that the bloc should consider a moratorium.")
    assert found["The European Union's energy chief"] != "Channing Smith"


def test_where_an_official_is_is_not_whom_they_speak_for(speakers):
    found = speakers("“The worst is over,” said Juan Hernandez, a caretaker. A Mexican Embassy official in China "
                     "said Chinese authorities were quarantining more than 50 Mexican tourists.")
    assert found["A Mexican Embassy official in China"] != "China"
    found = speakers("A spokesman for the World Health Organization said the virus had spread.")
    assert found["A spokesman for the World Health Organization"] == "World Health Organization"


def test_they_after_unnamed_experts_is_not_the_body_quoted_before(speakers):
    found = speakers("The World Health Organization said the situation is serious. However, experts say it is "
                     "too early to assess the situation. Currently, they say the world is closer to a pandemic.")
    assert found["The World Health Organization"] == "World Health Organization"
    assert found["they"] is None


def test_she_after_a_man_s_words_goes_to_the_woman_an_honorific_named(speakers):
    text = ("Scottish Health Secretary Nicola Sturgeon said two people were in hospital. Ms Sturgeon spoke to "
            "Gordon Brown. “We are better prepared than ever,” Mr Brown said. “The patients have displayed mild "
            "symptoms,” she said.")
    from storyline.annotate import load_nlp
    from storyline.quotes import find_quotes_in
    from storyline.records import RawDocument
    from storyline.structure import structure

    doc = structure(RawDocument(path="made-up.txt", text=text, format="text"), Options())
    found = {q.text: q.speaker_name for q in find_quotes_in(doc, load_nlp(Options().model)(text))}
    assert found["“The patients have displayed mild symptoms,”"] == "Nicola Sturgeon"


def test_an_honorific_and_a_surname_is_the_full_name_given_before(speakers):
    found = speakers("Alan Hay, director of the influenza centre, said the samples were on their way. "
                     "Dr Hay said the results would come next week.")
    assert found["Dr Hay"] == "Alan Hay"


def test_a_plural_speaker_speaks_for_a_country_only_when_its_members_hold_office(speakers):
    """"US officials" and "Mexican authorities" speak for their country; "U.S. researchers" and
    "people in Mexico" do not, and stay as their text; a nationality itself ("Democrats") speaks
    for itself; a body inside the phrase still does ("Biologists at the National Institute ...")."""
    found = speakers("US officials said the border would stay open. Mexican authorities said schools "
                     "would close. U.S. researchers said the virus was new. People in Mexico said they "
                     "were afraid. Democrats said the bill would pass. Biologists at the National "
                     "Institute for Medical Research said the samples were clean.")
    assert found["US officials"] == "US" and found["Mexican authorities"] == "Mexican"
    assert found["U.S. researchers"] is None and found["People in Mexico"] is None
    assert found["Democrats"] == "Democrats"
    assert found["Biologists at the National Institute for Medical Research"] == "National Institute for Medical Research"


def test_the_body_a_source_is_about_speaks_not_the_last_one_it_names(speakers):
    found = speakers("Roche, the maker of Tamiflu, said it was ready to deploy a stockpile of the drug. "
                     "The Roman Catholic Church in Mexico said masses would be cancelled.")
    assert found["Roche, the maker of Tamiflu,"] == "Roche"
    assert found["The Roman Catholic Church in Mexico"] == "Roman Catholic Church"


def test_a_name_after_an_honorific_is_a_person_even_when_tagged_as_a_body():
    """The model sometimes tags "Keiji Fukuda" in "Dr Keiji Fukuda of the WHO" as an organisation:
    the honorific says it is a person, who then speaks on as "he"."""
    from spacy.tokens import Span

    from storyline.annotate import load_nlp

    nlp = load_nlp(Options().model)
    text = ("Dr Keiji Fukuda of the WHO just told reporters the virus is clearly spreading. "
            "He said there is clear evidence now of human-to-human transmission.")
    parsed = nlp(text)
    name = parsed.char_span(text.index("Keiji"), text.index("Keiji") + len("Keiji Fukuda"))
    parsed.ents = [Span(parsed, name.start, name.end, label="ORG")] + [e for e in parsed.ents if e.end <= name.start or e.start >= name.end]
    doc = structure(RawDocument(path="made-up.txt", text=text, format="text"), Options())
    found = {q.speaker_text: (q.speaker_name, q.speaker_type) for q in find_quotes_in(doc, parsed)}
    assert found["Dr Keiji Fukuda of the WHO"] == ("Keiji Fukuda", "PERSON")
    assert found["He"] == ("Keiji Fukuda", "PERSON")


@pytest.mark.parametrize("text, source, body", [
    # the body of the noun's kind named just before
    ("BP said on Sunday that the insertion tube was working. The company said it will try to plug the well "
     "in the next 10 days.", "The company", "BP"),
    # a subject two sentences back, not the country a clause names last ("traffic with Mexico")
    ("Spain is one of the countries most exposed because of its air traffic with Mexico. It has two confirmed "
     "cases. The government says the situation is under control.", "The government", "Spain"),
    # a body whose name holds the noun
    ("Two Newcastle University students share a house with the patient. The university said it had decided "
     "not to close.", "The university", "Newcastle University"),
])
def test_a_body_named_by_what_it_is_is_the_one_named_before(speakers, text, source, body):
    assert speakers(text)[source] == body


def test_a_body_named_by_what_it_is_is_never_one_of_another_kind(speakers):
    """ "the company" is not the Health Protection Agency; "the commission" is no body whose name
    lacks the word (a commission convened by the Pew Research Center is not the centre)."""
    found = speakers("The Health Protection Agency confirmed two cases. The company said its plant was safe.")
    assert found["The company"] is None
    found = speakers("Last year a commission convened by the Pew Research Center issued a report on farms. "
                     "The commission said antibiotic use was rising.")
    assert found["The commission"] is None


def test_it_is_the_body_last_named_as_a_sentence_s_subject(speakers):
    """After another body's words, "It said" goes to the body the next sentence is about; a body
    inside what is said ("Texas reported 26") is not it."""
    found = speakers("“We carry emergency packs,” a Singapore Airlines spokeswoman said. American Airlines "
                     "reassured travellers that it was prepared. It said passengers could change their plans.")
    assert found["It"] == "American Airlines"
    found = speakers("The Centers for Disease Control and Prevention said that New York led the tally with 50, "
                     "while Texas reported 26. South Carolina had confirmed 10 new cases, it said.")
    assert found["it"] == "Centers for Disease Control and Prevention"


def test_a_country_after_a_body_s_name_is_its_branch(speakers):
    found = speakers("World Cancer Research Fund UK said: “We are not aware of any evidence that breast milk "
                     "brings any benefits to cancer patients.”")
    assert found["World Cancer Research Fund UK"] == "World Cancer Research Fund"


def test_two_speakers_joined_speak_together_not_as_the_first(speakers):
    found = speakers("Jens Stoltenberg and Antony Blinken said Ukraine had come a long way. "
                     "The EU and NATO said on Monday that the talks would resume. "
                     "Procter and Gamble said profits rose.")
    assert found["Jens Stoltenberg and Antony Blinken"] is None
    assert found["The EU and NATO"] is None
    assert found["Procter and Gamble"] == "Procter and Gamble"  # one name that holds an "and"


def test_a_name_and_others_with_it_speak_together(speakers):
    found = speakers("Putin spoke on Monday. The U.S. and its allies said the sanctions would stay. "
                     "Peskov and other officials denied the report. "
                     "Dr. Nila Dharan and colleagues at the CDC reported that the virus was resistant.")
    assert found["The U.S. and its allies"] is None
    assert found["Peskov and other officials"] is None
    assert found["Dr. Nila Dharan and colleagues at the CDC"] == "Nila Dharan"  # the study's first author


def test_a_name_with_a_place_or_body_after_it_is_one_speaker_not_two(speakers):
    found = speakers("Professor John Oxford of Barts and the London School of Medicine said it was a dry run. "
                     "Aiden Cotter, Birmingham and Solihull's coroner, said the girl had been infected.")
    assert found["Professor John Oxford of Barts and the London School of Medicine"] == "John Oxford"
    assert found["Aiden Cotter, Birmingham and Solihull's coroner,"] == "Aiden Cotter"


def test_they_after_a_joint_statement_is_not_the_speaker_before_it(speakers):
    found = speakers("“The deal holds,” Dmitry Peskov said. Peskov and Lavrov denied that the talks had "
                     "failed. They said the envoy was in Minsk.")
    assert found["Dmitry Peskov"] == "Dmitry Peskov"
    assert found["They"] is None


def test_a_body_speaking_through_its_officials_is_named_without_the_possessive(speakers):
    found = speakers("Mexico City's health officials said the schools would close. "
                     "The WHO's experts said the virus had spread.")
    assert found["Mexico City's health officials"] == "Mexico City"  # as "the WHO" is "WHO"
    assert found["The WHO's experts"] == "WHO"


def test_i_outside_quotation_marks_is_the_writer_not_the_running_speaker(speakers):
    # in a column, or a reader's comment, "I think" is the writer's own; the person quoted before
    # did not say it
    found = speakers("“The talks went well,” said Kremlin spokesman Dmitry Peskov. I think the talks were a failure.")
    assert found["Kremlin spokesman Dmitry Peskov"] == "Dmitry Peskov"
    assert found["I"] is None


def test_a_quotation_with_no_cue_in_a_comment_thread_is_the_reader_s():
    """A reader's comment names the mayor; a later comment's quotation is that reader's, not the
    mayor's words (in reporting, an uncued quotation is the running speaker's)."""
    from storyline.annotate import load_nlp

    text = ("Storm hits the coast\n"
            "The storm reached Harbourton on Monday. “We have never seen water like this,” said Mayor Tomas Reyes. "
            "He said the shelters were full.\nComments\n"
            "i think the mayor did fine, my street is dry.\n"
            "lol my basement flooded again, same as last year.\n"
            "the council never fixed the drains imo.\n"
            "the mayor said the drains would be fixed by May, we will see.\n"
            "“Nobody listens to us until the water comes to the door.”\n"
            "i’m just glad everyone is safe.\n")
    doc = structure(RawDocument(path="made-up.txt", text=text, format="text"), Options())
    quotes = find_quotes_in(doc, load_nlp(Options().model)(text))
    said = {q.text: q for q in quotes}
    assert said["the drains would be fixed by May, we will see"].speaker_name == "Tomas Reyes"
    uncued = said["“Nobody listens to us until the water comes to the door.”"]
    assert uncued.in_comment and uncued.speaker_name is None


def test_a_name_in_a_modifier_of_the_source_is_someone_else(speakers):
    # the lawyer is not Murray, the jury is not Los Angeles, the spokeswoman is not Hayward
    found = speakers("Conrad Murray was charged. Murray's lawyer said he would appeal. A jury in Los Angeles found "
                     "him guilty. Tony Hayward spoke. A spokeswoman for Tony Hayward said he was resting.")
    assert found["Murray's lawyer"] is None
    assert found["A jury in Los Angeles"] is None
    assert found["A spokeswoman for Tony Hayward"] is None
    # a name set off after the title is its holder, wherever the parser hangs it
    found = speakers("NATO's policy increases the risk of conflict, Russian Ambassador to Belgium Alexander "
                     "Tokovinin told RIA. A spokesman for BP said the cap held.")
    assert found["Russian Ambassador to Belgium Alexander Tokovinin"] == "Alexander Tokovinin"
    assert found["A spokesman for BP"] == "BP"
    # nor does a body that names another person's post ("captain" of the rig)
    found = speakers("Curt Kuchta was the captain. The attorney for Deepwater Horizon captain Curt Kuchta said the "
                     "hearing was unfair.")
    assert found["The attorney for Deepwater Horizon captain Curt Kuchta"] is None
    # a channel or an account speaks for its owner
    found = speakers("Yevgeny Prigozhin led the march. The Telegram channel of Wagner founder Yevgeny Prigozhin "
                     "said that strikes had been delivered against his camps.")
    assert found["The Telegram channel of Wagner founder Yevgeny Prigozhin"] == "Yevgeny Prigozhin"


def test_a_document_speaks_for_who_it_is_by_or_in(speakers):
    found = speakers("A report put out last summer by the U.S. Travel Association said that tourism fell. "
                     "Bookings fell too, according to a report in the Times.")
    assert found["A report put out last summer by the U.S. Travel Association"] == "U.S. Travel Association"
    assert found["a report in the Times"] == "Times"


def test_a_surname_two_people_share_is_the_one_named_in_full_most_often(speakers):
    found = speakers("Ted Cruz endorsed Trump. Ted Cruz said he had kept his word. Heidi Cruz was at his side. "
                     "Cruz said the choice was binary.")
    assert found["Cruz"] == "Ted Cruz"


def test_a_body_named_after_a_person_and_a_person_from_a_place(speakers):
    found = speakers("Barack Obama spoke on Monday. The Obama administration said it would act. "
                     "Donald Trump spoke too. The New York businessman says the deal is bad.")
    assert found["The Obama administration"] == "Obama administration"
    assert found["The New York businessman"] is None  # someone from New York, not New York


def test_two_named_after_a_title_speak_together(speakers):
    # the parser makes "Obama" an apposition of "President", with "his wife" joined to it
    found = speakers("Barack Obama and Michelle Obama spoke. Both President Barack Obama and his wife Michelle said "
                     "they would campaign.")
    assert found["Both President Barack Obama and his wife Michelle"] is None


def test_a_name_that_owns_the_title_is_not_the_speaker(speakers):
    found = speakers("President Barack Obama's chief of staff, Rahm Emanuel, said the event was a gaffe.")
    assert found["President Barack Obama's chief of staff, Rahm Emanuel,"] == "Rahm Emanuel"
    # an honorific belongs to the name: "to Mr. Obama" is not a title before it
    found = speakers("Barack Obama and Michelle Obama spoke. Advisers to Mr. Obama said he would campaign.")
    assert found["Advisers to Mr. Obama"] is None


@pytest.mark.parametrize("text, label, name", [
    ("As BP announces the cap is working, oil still flows.", "PERSON", "BP"),  # as tagged in a Timeline17 report
    # a question's auxiliary ("Did Obama know ...?", a reader's comment in a Timeline17 report)
    ("Did Obama know about the leak?", "PERSON", "Obama"),
    # "Following", which no one is named (9 quotations of one Timeline17 report went to "Following Obama")
    ("Following Obama 's remarks , BP announced a second round of payments .", "PERSON", "Obama"),
    ("Even BP acknowledges that fresh tar balls are still hitting the coast .", "ORG", "BP"),
    # a sentence adverb inside a quotation ("`` Certainly BP can lend their expertise ...")
    ("Certainly BP can lend their expertise on what they 're learning .", "ORG", "BP"),
])
def test_a_link_word_the_model_took_into_a_name_is_no_part_of_it(text, label, name):
    from spacy.tokens import Span

    from storyline.annotate import load_nlp
    from storyline.quotes.parsecache import ents_of

    doc = load_nlp(Options().model)(text)
    doc.ents = [Span(doc, 0, 2, label=label)]  # the first word taken into the name
    assert [(e.text, e.label_) for e in ents_of(doc)] == [(name, label)]


def test_a_link_word_before_a_surname_is_no_first_name(speakers):
    # the search for "<First> <Surname>" the model missed skips "When", "As", "But"
    assert speakers("When Politifact checked it. Politifact said it was false.")["Politifact"] != "When Politifact"
    # nor a transcript's "End Quote" ("... '' End Quote George Barisich Louisiana fisherman" had
    # made a commenter "George" into "Quote George" for 9 comments of one BBC page)
    assert speakers("Quote George Barisich spoke. George said the spill was bad.")["George"] != "Quote George"
    # nor is a month: "In April BP agreed ..." names no "April BP"
    assert speakers("In April BP agreed to sell its assets. BP said it would sell its business.")["BP"] != "April BP"
    # nor a day named from the report's own time: "Today Neil is with ..." names no "Today Neil"
    assert speakers("Presenter Claudia Winkleman introduces the series.\nToday Neil is with a pair of white "
                    "elephants. Neil explores the significance of these ships, he said.")["he"] == "Neil"
    # nor a sentence adverb of time: "Later Joe said" names no "Later Joe"
    assert speakers("Jack Hart said the boats were back. Later Joe said he was tired.")["Joe"] == "Joe"


def test_a_word_the_model_takes_along_is_no_part_of_the_name(speakers):
    """One mention names a report's entity and its quotes: "Behind Hayward stands a board" made
    Tony Hayward "Behind Hayward" for 24 quotes in Timeline17's BP reports; "Dutch bank ING" and
    "London-based BP" are ING and BP. Not "Will Smith"."""
    from storyline.annotate import load_nlp
    from storyline.quotes.parsecache import ents_of

    nlp = load_nlp(Options().model)
    text = ("Behind Hayward stands a board that backs him. Neither Allen nor Hayward said when the leak would stop. "
            "Dutch bank ING said it would sell. London-based BP fell 3 percent. Will Smith attended.")
    names = [e.text for e in ents_of(nlp(text)) if e.label_ in ("PERSON", "ORG")]
    assert "Behind Hayward" not in names and "Neither Allen" not in names
    assert {"Hayward", "Allen", "ING", "BP", "Will Smith"} <= set(names)
    found = speakers("BP chief executive Tony Hayward spoke on Monday. Behind Hayward stands a board that backs "
                     "him. Hayward said the company would pay for the clean-up.")
    assert found["Hayward"] == "Tony Hayward"


@pytest.mark.parametrize("text,source,holder", [
    ("BP chief executive Tony Hayward visited the Gulf on Monday. The BP chief executive said the industry "
     "needs to be better prepared.", "The BP chief executive", "Tony Hayward"),
    ("BP chief operating officer Doug Suttles spoke on Friday. The chief operating officer said the cap was "
     "working.", "The chief operating officer", "Doug Suttles"),
])
def test_a_companys_executive_is_the_person_given_that_title(speakers, text, source, holder):
    """"The BP chief executive", "Transocean's chief executive": the person the report called so,
    as for a spokesman or a minister."""
    assert speakers(text)[source] == holder


def test_a_company_s_executive_is_no_running_speaker_from_elsewhere(speakers):
    """ "The BP chief executive will tell lawmakers ..." after the British prime minister's words is
    not the prime minister (a Reuters report had David Cameron): the running speaker is taken for a
    company's executive only if the report gave them that company in their title."""
    found = speakers("British Prime Minister David Cameron said the spill was a catastrophe. “We must act,” "
                     "Cameron said. The BP chief executive will tell lawmakers that the industry must be better prepared.")
    assert found["The BP chief executive"] != "David Cameron"


def test_it_is_never_the_running_person(speakers):
    """ "It said ..." after a commission's co-chairman's words is the commission's report, not the
    co-chairman: with no body to take it, "it" stays unresolved (in 310 Timeline17 reports, 15 such
    quotations had gone to a person: Bob Graham, Barack Obama, Thad Allen)."""
    found = speakers("Bob Graham, the co-chairman, said the regulators were outmatched. “Our regulators were "
                     "consistently outmatched,” Graham said. It recommended funding the agencies that oversee drilling.")
    assert found.get("It") is None
    assert found["Graham"] == "Bob Graham"


@pytest.mark.parametrize("text, expected", [
    # the report, whose author the text does not name: not the White House quoted before
    ("The White House said the commission had done its work. The report identified a series of mistakes. "
     "It said that BP had failed to test the cement.", None),
    # a report named by its author's kind: the government named before
    ("The US government said the leak was closed. A government report says only a quarter of the oil remains. "
     "It said the rest had been captured or burned off.", "US"),
    # an unsigned statement speaks in its issuer's voice ("the base statement said ... it said")
    ("The Marine Corps said a Marine was ill. The statement said he was doing well. "
     "It said 30 other Marines were being quarantined.", "Marine Corps"),
])
def test_it_after_a_document_or_an_unnamed_body_is_that_thing(speakers, text, expected):
    """ "The report identified a series of mistakes ... It said" is the report, not the body quoted
    before. In 450 Timeline17 reports 17 such quotations had gone to the body quoted before (White
    House, Guardian, Justice Department)."""
    assert speakers(text).get("It") == expected


def test_a_rank_before_a_name_is_no_part_of_it(speakers):
    """The BBC writes "Adm Thad Allen" and "Adm Allen" without a stop: the rank is no part of the name
    (38 quotations of 450 Timeline17 reports went to "Adm Allen" or "Adm Thad Allen")."""
    found = speakers("Adm Thad Allen said the cap was holding. “We are making progress,” Adm Allen said.")
    assert found["Adm Thad Allen"] == "Thad Allen"
    assert found["Adm Allen"] == "Thad Allen"


def test_he_after_someone_new_is_not_the_person_quoted_before(speakers):
    """ "A fisherman who asked not to be named said ... 'We are ruined,' he said": someone new spoke,
    and "he" is that someone (unnamed), not Kevin Beach quoted before (in 450 Timeline17 reports 17
    such quotations change, nearly all from a wrong name to none: James Watson for "an
    administration official", Robert Gibbs, "Eton", "FTSE4Good")."""
    found = speakers("Kevin Beach said the dome was ready. “We are confident,” Beach said. A fisherman who asked "
                     "not to be named said the spill was a disaster. “We are ruined,” he said.")
    assert found["Beach"] == "Kevin Beach"
    assert found.get("he") is None


def test_the_answer_after_a_reporter_s_question_is_the_one_asked_s(speakers):
    """ "when a reporter asked Hayward if ...", then a quotation with no cue: Hayward answers (a
    Reuters report of the spill); the reporter's question is the if-clause, not "Hayward"."""
    text = ("Bob Dudley said the cap was working. Later, when a reporter asked Tony Hayward if the "
            "technology should have been developed earlier, a hint of defensiveness crept into his voice. "
            "“We have the technology. We just haven't had to deploy it.”")
    found = speakers(text)
    assert found[None] == "Tony Hayward"
    assert found["a reporter"] is None


def test_a_figure_of_speech_is_not_someone_new(speakers):
    """ "the emotion of an oil man discussing his wife's make-up" names nobody who speaks: "he said"
    after it is still Dudley."""
    found = speakers("Bob Dudley told Reuters the mood was intense. He talks about it with the emotion of an oil "
                     "man discussing his wife's choice of make-up. “It's pretty dramatic,” he said.")
    assert found["he"] == "Bob Dudley"


def test_a_company_s_chief_executive_is_the_one_chief_executive_named(speakers):
    """ "The BP chief executive said" in a report that named "Chief Executive Tony Hayward" with no
    company in his title is Hayward, not BP (a Reuters report of the spill); a chief executive
    whose title names another body is not."""
    found = speakers("Chief Executive Tony Hayward, the public face of BP's response, will appear at a hearing. "
                     "Analysts said the fund was a step in the right direction. The BP chief executive said "
                     "the industry needs to be better prepared.")
    assert found["The BP chief executive"] == "Tony Hayward"
    found = speakers("Shell chief executive Peter Voser said the rules were too tight. Analysts said the fund "
                     "was a step. The BP chief executive said the industry needs to be better prepared.")
    assert found["The BP chief executive"] != "Peter Voser"


def test_a_deputy_is_not_the_holder_of_the_post(speakers):
    """ "The deputy prime minister" after the prime minister's words is not the prime minister (a
    Timeline17 report had David Cameron for Nick Clegg's words): a rank word of the role must be in
    the holder's title too."""
    found = speakers("British Prime Minister David Cameron said the spill was a catastrophe. “We must act,” "
                     "Cameron said. The deputy prime minister added: “I am not going to start intervening.”")
    assert found["The deputy prime minister"] != "David Cameron"
    found = speakers("“We must act,” said Prime Minister David Cameron. Deputy Prime Minister Nick Clegg was in "
                     "Brussels. The deputy prime minister added: “I am not going to start intervening.”")
    assert found["The deputy prime minister"] == "Nick Clegg"


def test_the_oil_giant_is_the_company_the_report_names_most(speakers):
    """ "the oil giant" is never part of a name, so the nearest body may be anything: the White House
    quoted a few sentences before, or the Times of London that quoted someone. It is the body the
    report has named most so far (in 450 Timeline17 reports 11 quotations of "the oil giant" or "the
    energy giant" had no speaker; now BP, all right)."""
    found = speakers("BP said on Monday that it would pay. Shares in BP fell again. BP hopes to cap the leak this week. "
                     "The White House said the president had "
                     "been briefed. An engineer told the Associated Press the plan could work. Meanwhile, the oil "
                     "giant said it was stepping up its containment strategy.")
    assert found["the oil giant"] == "BP"


def test_a_body_in_an_adjective_s_phrase_is_not_who_speaks(speakers):
    """ "The British press, much more sympathetic than the American media to BP's plight, has
    expressed disbelief": BP is what the press sympathises with, not who speaks."""
    found = speakers("BP said it would pay. The British press , much more sympathetic than the American media to "
                     "BP 's plight , has said that the company 's strategy is baffling .")
    assert found["The British press , much more sympathetic than the American media to BP 's plight ,"] != "BP"


def test_a_possessive_in_a_role_s_relative_clause_does_not_make_it_someone_else_s(speakers):
    """ "The U.S. president, who himself faces criticism that his administration was slow to react,
    said ..." is the president the report is quoting; "his" belongs to the relative clause, not to
    the role ("his boss" is someone else's)."""
    found = speakers("Obama said BP would pay. The U.S. president , who himself faces growing criticism that his "
                     "administration was slow to react , said he did not want to prejudge the investigation .")
    role = next(k for k in found if k and k.startswith("The U.S. president"))
    assert found[role] == "Obama"


def test_an_acronym_after_a_name_is_no_part_of_it():
    """A photo credit or a company run into a name ("Dave Martin AP", "Tony Hayward BP") made "BP"
    a surname, and "Bill BP" the speaker of what BP said. Roman numerals stay."""
    from storyline.annotate import load_nlp
    from storyline.quotes.parsecache import ents_of

    nlp = load_nlp(Options().model)
    names = [e.text for e in ents_of(nlp("Photograph: Dave Martin AP BP said the cap worked. King George III "
                                         "and Pope John Paul II met.")) if e.label_ == "PERSON"]
    assert "Dave Martin" in names and "George III" in names and "John Paul II" in names


def test_a_name_run_on_from_a_photo_credit_is_the_part_in_the_text(speakers):
    """ "Photograph : Reuters BP has challenged ...": the model reads "Reuters BP" as one name
    across the Guardian's credit and the text; the source is BP (Timeline17 had "Reuters BP" and
    "Ted Jackson\\/AP BP" as speakers), and the photographer is nobody's speaker."""
    found = speakers("A used oil boom part is disposed of in Louisiana .\n"
                     "Photograph : Reuters BP has challenged widespread scientific claims that vast plumes of oil "
                     "are spreading underwater from its blown-out rig .\n"
                     "Photograph : Liz Condo\\/AP Soon after taking over in 2007 , BP 's newly appointed chief "
                     "executive told students that too many people at the company were trying to save the world .")
    assert found["BP"] == "BP"
    assert not any(text and ("Reuters" in text or "Condo" in text) for text in found)
    assert "Liz Condo" not in found.values()


def test_a_surname_the_tagger_reads_as_a_plural_noun_is_still_the_person(speakers):
    """ "Suttles said" after "Chief Operating Officer Doug Suttles": the tagger reads "Suttles" as a
    plural common noun (NNS), and five quotations of a Fox News report had no speaker."""
    found = speakers("Chief Operating Officer Doug Suttles told The Associated Press that BP is trying . "
                     "`` I do n't know whether we will get that approval or not , '' Suttles said .")
    assert found["Suttles"] == "Doug Suttles"


def test_a_name_that_says_whose_people_they_are_is_not_the_speaker(speakers):
    """ "Michael Jackson fans ... chanting" are not Michael Jackson; "Washington motorists" are not
    Paulette Washington named before."""
    found = speakers("Michael Jackson died in 2009. Michael Jackson fans huddled outside, chanting: “Justice for "
                     "Michael.” Paulette Washington said she had no choice. Washington motorists said the spill "
                     "was not on their minds.")
    assert found["Michael Jackson fans"] is None
    assert found["Washington motorists"] is None
    found = speakers("Barack Obama spoke on Friday. Obama administration officials said that federal agencies "
                     "have been involved since the start.")
    assert found["Obama administration officials"] == "Obama administration"  # that body's people


def test_they_with_no_group_before_is_not_the_person_quoted_before(speakers):
    """ "they urged fans not to use fuel sold by BP" after the singer Jonathan Davis's words: some
    people, not Davis (a Timeline17 report); a group named before is still who "they" are."""
    found = speakers("Jonathan Davis said the tour would go on. Before the concert, they urged fans not to use "
                     "fuel sold by BP.")
    assert found["they"] is None
    found = speakers("Greenpeace said the spill was a disaster. Later they said BP should pay.")
    assert found["they"] == "Greenpeace"


def test_a_transcript_s_upper_case_speaker_is_the_name_the_report_writes(speakers):
    """A Fox News transcript's "PALIN :" (which the model may take for a body) is Sarah Palin,
    whom the report also names in full; it had stayed "PALIN" for 15 answers in one report."""
    found = speakers("Sarah Palin joined Greta Van Susteren on Monday .\n"
                     "VAN SUSTEREN : Governor , what would you do ?\n"
                     "PALIN : Well , you know , even before walking in the room with BP , some orders need to be "
                     "issued .")
    assert found["PALIN"] == "Sarah Palin"


def test_a_passive_cue_after_another_speaker_s_verb_has_no_speaker(quotes):
    """"BP reports its results ..., but it is expected to spend ...": who expects is not said, and
    the one the sentence is about is no speaker of it; inside what someone said ("Yet, she said, not
    much is known about ...") the words stay that speaker's."""
    found = [(q.text, q.speaker_name) for q in quotes("BP said on Monday it had sold assets in Algeria. BP reports its results on 27 July, when it "
                   "will announce its next payout, but it is expected to spend more than $10bn on dividends.")]
    assert all(speaker is None for text, speaker in found if text.startswith("to spend"))
    assert any(text.startswith("to spend") for text, _ in found)


def test_a_family_name_written_first_is_the_person(speakers):
    """"Guan Yi" and later "Guan said"; "Xi Jinping" and later "Xi": the bare name is the one
    full name that opens with it, where no one's last name is that word."""
    found = speakers("The virus is unstable, said Guan Yi, a microbiologist with the University of Hong Kong. "
                     "“Both H1N1 and H5N1 are unstable,” Guan said in an interview on Tuesday.")
    assert found["Guan"] == "Guan Yi"
    # a lone name the report describes is someone of their own (seed 000's Rostov resident)
    found = speakers("Kremlin spokesman Dmitry Peskov said the deal would hold. “It was scary,” said resident "
                     "Dmitry, who declined to give his surname.")
    assert [name for text, name in found.items() if "resident" in (text or "")] == ["Dmitry"]


def test_a_second_name_joined_to_the_first_one_s_description_makes_a_joint_source(quotes):
    def members(text):
        return [(q.speaker_name, q.speaker_members) for q in quotes(text)]

    found = members("Transocean , the owner of the Deepwater Horizon rig , and Halliburton , which did cementing "
                    "on Macondo , have both charged that BP 's well design was a major factor in the explosion .")
    assert found == [(None, ["Transocean", "Halliburton"])]
    # a comma alone joins a title, not a second speaker
    found = members("Vineet Choudhary , joint secretary , health ministry , said the man was quarantined .")
    assert found[0][1] == []


def _sample(name):
    """The annotated report of the shipped sample corpus's file `name`."""
    from pathlib import Path

    from storyline.annotate import process

    path = Path(__file__).resolve().parents[1] / "samples" / "corpus" / name
    return process([RawDocument(path=str(path), text=path.read_text(encoding="utf-8"), format="text")], Options())[0]


def test_a_plural_in_a_post_headline_is_not_the_person_the_post_quotes():
    """The sample live blog's "Residents describe a night of rising water" over Hanna Kowal's words:
    residents are several, so the headline is not hers (as "..., diplomat says" is the diplomat's)."""
    doc = _sample("04_radio_liveblog.txt")
    residents = [q for q in doc.quotes if q.speaker_text == "Residents"]
    assert residents and all(q.speaker_name is None for q in residents)
    assert any(q.speaker_name == "Hanna Kowal" for q in doc.quotes)


def test_a_name_after_lower_case_portfolio_words_is_the_holder_of_the_role(speakers):
    """The parser hangs "Kent Wells" on "for": the holder, not someone the role serves."""
    found = speakers("`` So far it 's working extremely well , '' said BP senior vice president for exploration "
                     "and production Kent Wells .")
    assert found["BP senior vice president for exploration and production Kent Wells"] == "Kent Wells"
    found = speakers("BP's chief operating officer of exploration and production Doug Suttles , said the cap "
                     "was working . The hotel's head of security Faheem Muhammad said guests were safe.")
    assert found["BP's chief operating officer of exploration and production Doug Suttles"] == "Doug Suttles"
    assert found["The hotel's head of security Faheem Muhammad"] == "Faheem Muhammad"
    # a role held for someone else keeps that person apart
    assert speakers("A spokesman for former president Bill Clinton said he was fine.")[
        "A spokesman for former president Bill Clinton"] is None


def test_the_first_person_inside_someone_s_words_is_that_someone(quotes):
    """A transcript's "PALIN : No , I have some ideas , and I think ..." and a quotation's "I think
    ...": the "I" who thinks is the one whose words hold it (it had been no one)."""
    text = ("VAN SUSTEREN : Do you have some ideas that you could give him ?\n"
            "PALIN : No , I have some ideas , and I think a lot of other Americans have some ideas , especially "
            "those who have some experience in the oil fields .\n")
    found = {q.text[:20]: q.speaker_name for q in quotes(text) if q.speaker_text == "I"}
    assert found and set(found.values()) == {"PALIN"}, found


def test_the_paper_is_the_newspaper_named_before(speakers):
    found = speakers("On Sunday , the Washington Post reported that the Coast Guard had granted BP 74 requests . "
                     "The paper found that the Coast Guard had granted every request to use dispersants .")
    assert found["The paper"] == "Washington Post"
    # a study's paper is no newspaper
    found = speakers("A paper published in Science found that the virus was mild . The paper said the fatality "
                     "ratio was low .")
    assert found["The paper"] is None


def test_a_transcript_turn_holds_its_lines_until_the_next_turn(quotes):
    """Each sentence of a Timeline17 transcript stands on a line of its own: "VAN SUSTEREN : Are you
    getting everything you need ?" and on the next lines "I realize BP is scrambling . I think it is
    too early to start blaming ." are still hers, up to "HAYWARD :"."""
    text = ("VAN SUSTEREN : Are you getting everything you need ?\n"
            "I realize BP is scrambling .\n"
            "I think it is too early to start blaming .\n"
            "HAYWARD : We have everything we need from the government .\n"
            "I think the response has been excellent .\n")
    found = [(q.text[:12], q.speaker_name) for q in quotes(text) if q.speaker_text == "I"]
    assert ("it is too ea", "VAN SUSTEREN") in found and ("the response", "HAYWARD") in found, found


def test_a_company_noun_is_no_town_named_as_a_place_nor_a_body_of_another_post():
    """The sample live blog's "All ferry sailings from Portmere were cancelled ..., the operator
    said": Portmere is where (the model tags it an organisation in "The Portmere port authority",
    a post before); the operator is unnamed. "The government" of a place stays that place's."""
    doc = _sample("05_radio_liveblog_leading.txt")
    operator = [q for q in doc.quotes if q.speaker_text == "the operator"]
    assert operator and all(q.speaker_name is None for q in operator)



def test_a_surname_the_model_took_for_a_place_is_the_person_a_later_he_is_about(speakers):
    found = speakers("Officials are looking into claims that the company lobbied for the release of Lockerbie "
                     "bomber Abdelbaset al-Megrahi while seeking a deal with Libya. Megrahi was the only person "
                     "convicted of the 1988 bombing, in which 270 people died. He was freed in August 2009 because "
                     "he has cancer and was estimated to have three months left to live.")
    assert found["he"] == "Abdelbaset al-Megrahi"


def test_a_subject_inside_a_person_s_words_is_not_the_next_he(speakers):
    found = speakers("Jill Hart, a consultant in Chicago, said Obama will still be able to \"pay tribute\" at the "
                     "cemetery. And he dismissed the idea that Obama would be stepping away from the crisis.")
    assert found["he"] == "Jill Hart"
    # a document's words are no one's: the person they are about is the next "he"
    found = speakers("The company has been sued. According to the complaint, Contogouris was approached in 2001 "
                     "by the actor's agents. He says he agreed to a commission on sales.")
    assert found["He"] == "Contogouris"


def test_he_said_after_a_quotation_is_the_person_a_main_clause_before_it_is_about(quotes):
    found = quotes("\"We will rebuild,\" said Mayor Tom Reeve. Gary Sercovich hires out crew boats to the company. "
                   "Sercovich, while upset about the damage, is calm about its cause. \"It was bound to happen "
                   "one day,\" he said.")
    assert found[-1].speaker_name == "Gary Sercovich"
    # not the subject of a clause inside another ("than did President Bush"), nor one whose
    # honorific says another gender
    for text in ("\"We will rebuild,\" said Mayor Tom Reeve. He was said to do better than did President Bush. "
                 "\"This is in that list,\" he said.",
                 "\"We will rebuild,\" said Mayor Tom Reeve. Ms Ann Dale runs the shelter. \"It's a shame,\" he said."):
        assert quotes(text)[-1].speaker_name == "Tom Reeve", text


def test_a_subject_inside_quotation_marks_is_no_later_he(quotes):
    found = quotes("\"We will rebuild,\" said Mayor Tom Reeve. The company wrote: \"Terry is now in charge of the "
                   "operation.\" He also claimed that the firm had lied.")
    assert found[-1].speaker_name == "Tom Reeve"


def test_a_first_name_given_as_a_named_person_s_relative_takes_the_family_name(speakers):
    found = speakers("Michael Jackson died in 2009. Jackson's father, Joe, told reporters the family wanted "
                     "justice. Jackson's mother Katherine said she was grieving. Later Joe said he was tired.")
    assert found["Jackson's father, Joe,"] == "Joe Jackson"
    assert found["Jackson's mother Katherine"] == "Katherine Jackson"
    assert found["Joe"] == "Joe Jackson"
    # a kin noun gives a gender: "she said" after the father's words is not his
    found = speakers("\"We want the truth,\" said Ms Ann Dale. Jackson's father, Joe, told reporters the family "
                     "wanted justice. \"We are tired,\" she said.")
    assert found["she"] == "Ann Dale"


def test_a_surname_long_before_the_only_full_name_with_it_is_not_that_person(speakers):
    filler = "The cleanup went on along the coast for another week. " * 40  # some 2,000 characters
    found = speakers("President Obama said the leak was nearly stopped. " + filler
                     + "Michelle Obama later visited a beach in Florida.")
    assert found["President Obama"] == "Obama"
    # a headline or lede that names the surname first is the full name that follows
    found = speakers("Peskov said the talks would go on. Kremlin spokesman Dmitry Peskov spoke to reporters.")
    assert found["Peskov"] == "Dmitry Peskov"


def test_a_transcript_label_is_a_name_not_a_role(quotes):
    found = quotes("Transcript of the interview.\nKING: What happened on the rig?\nHAYWARD: We are doing "
                   "everything we can to stop the leak.\nKING: And what comes next?\nFIRST: a reader's note.")
    assert [q.speaker_name for q in found if q.speaker_text == "KING"] == ["KING", "KING"]  # not "the king" = Hayward


def test_a_reported_verb_with_no_subject_borrows_the_speaker_of_its_sentence_s_attribution(quotes):
    found = quotes("\"We will talk,\" said BP chairman Carl-Henric Svanberg. But sources said BP would be in "
                   "listening mode when its executives meet Obama in what is expected to be a difficult encounter. "
                   "He claimed the firm was ready and accused critics of bias.")
    by_cue = {q.cue: q.speaker_name for q in found}
    assert by_cue["is expected"] is None  # the unnamed sources', not Svanberg's
    assert by_cue["accused"] == "Carl-Henric Svanberg"


def test_an_acronym_in_treebank_brackets_is_the_body_not_the_bracket(speakers):
    found = speakers("Oil reached the coast. The National Oceanic and Atmospheric Administration -LRB- NOAA -RRB- "
                     "said the oil slick was not expected to move much in the next several days .")
    assert found["NOAA -RRB-"] == "NOAA"


def test_the_report_s_own_pronouns_tell_a_person_s_gender(quotes):
    found = quotes("\"We will rebuild,\" said Mayor Tom Reeve. Dana Creppel has put in her own call to BP seeking "
                   "compensation. Barack Obama visited the coast on Friday with his daughters. \"Someone told me it "
                   "would bankrupt BP,\" she said.")
    assert found[-1].speaker_name == "Dana Creppel"  # not Obama, named since, whose pronouns are "his"
