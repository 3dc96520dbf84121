"""Structure rules on small texts written for the case they pin (no spaCy needed)."""
from storyline.options import Options
from storyline.records import RawDocument
from storyline.structure import structure


def doc(text, **kw):
    return structure(RawDocument(path="t.txt", text=text, format="text", **kw), Options())


def kinds(d):
    return [(s.kind, d.text[s.start:s.end].split("\n")[0]) for s in d.sections]


def thread(lines):
    """The page of `lines`, from where its comment thread starts (its last section must be one)."""
    d = doc("\n".join(lines))
    assert kinds(d)[-1][0] == "comment"
    return d.text[d.sections[-1].start:]


def test_live_blog_with_time_only_markers_and_pm_times():
    d = doc("The Latest: storm\n6:05 p.m.\nThe governor spoke.\n5:55 p.m.\nThe mayor spoke.\n11:30 a.m.\nRain began.\n",
            published="2024-03-02", published_source="metadata")
    posts = [s for s in d.sections if s.kind == "post"]
    assert [p.published for p in posts] == ["2024-03-02T18:05", "2024-03-02T17:55", "2024-03-02T11:30"]


def test_trailing_bylines_without_header_furniture():
    text = ("Storm live\nFirst post title\nFirst post body.\nAnn LeeMarch 2, 2024 09:00\n"
            "Second post title\nSecond post body.\nAnn LeeMarch 2, 2024 08:00\n"
            "Third title\nThird body.\nBo KimMarch 2, 2024 7:15 am\n")
    d = doc(text)
    posts = [s for s in d.sections if s.kind == "post"]
    assert [(p.author, p.published, p.title) for p in posts] == [
        ("Ann Lee", "2024-03-02T09:00", "First post title"),
        ("Ann Lee", "2024-03-02T08:00", "Second post title"),
        ("Bo Kim", "2024-03-02T07:15", "Third title"),
    ]
    assert kinds(d)[0] == ("body", "Storm live")
    assert d.published == "2024-03-02T09:00" and d.published_source == "timestamp"


def test_a_sentence_ending_in_a_time_is_not_a_byline():
    d = doc("The meeting ended on March 2, 2024 09:00\nIt resumed later. The talks ended at 10:00\nMore.\n")
    assert all(s.kind != "post" for s in d.sections)


def test_first_person_reporting_is_not_a_comment_thread():
    text = "\n".join([
        "Earthquake shakes the capital",
        "A strong earthquake struck the capital on Tuesday, officials said.",
        "I was in a taxi when the ground began to shake.",
        "I grabbed my camera and told the driver to stop.",
        "I walked to the corner and saw people rushing out of buildings.",
        "I could see the fear in their eyes.",
    ])
    assert all(s.kind != "comment" for s in doc(text).sections)


def test_interview_transcript_is_not_a_comment_thread():
    text = "\n".join([
        "Host questions engineer on the spill",
        "The engineer appeared on the programme on Monday, the network said.",
        "HOST: So you think they could do it?",
        "ENGINEER: I think so, yes. I have done it before.",
        "HOST: All right, I'm not the engineer, you are.",
        "ENGINEER: I tried to reach someone just to listen to me!",
    ])
    assert all(s.kind != "comment" for s in doc(text).sections)


def test_comment_thread_after_article():
    assert thread([
        "Council approves budget",
        "The council approved the budget on Monday, the mayor said.",
        "The opposition voted against it, its leader said.",
        "i think this is a terrible idea and I said so last year",
        "Ha! Agree.",
        "Thanks for that Bob. You're right, I won't vote for them again!",
    ]).startswith("i think this")


def test_time_signed_comments_are_a_thread_though_they_read_like_reporting():
    """A blog's comments ("At 18:20 29th Apr 2009, vampfan wrote: ...") may be long and sober;
    their headers say what they are. "The minister wrote:" in an article is no such header."""
    assert thread([
        "Editors on the outbreak",
        "The outbreak has been prominent in our output this week, the editor said.",
        "Our reporters have been in Mexico and the US.",
        "At 18:20 29th Apr 2009, vampfan wrote: The coverage was balanced and the figures were clear.",
        "The health ministry reported 20 new cases on Tuesday.",
        "At 18:41 29th Apr 2009, jsmith wrote: The government confirmed the schools will close.",
        "At 19:02 29th Apr 2009, ann_b wrote: Officials said the risk remains low.",
    ]).startswith("At 18:20")
    article = "\n".join([
        "Minister answers critics", "The minister wrote: the plan stands.", "Critics disagreed on Monday.",
        "The minister wrote: we will not change course.", "Aides said he wrote: the numbers add up.",
        "The debate continues.",
    ])
    assert all(s.kind != "comment" for s in doc(article).sections)


def test_a_sites_comment_disclaimer_opens_the_thread():
    """Reuters puts "Views expressed in the comments do not represent those of Reuters." before its
    readers' comments, which argue in the third person like reporting; a blog puts it last, with at
    most the writer's biography after it, and that is no thread."""
    article = [
        "Oil spill cost rises",
        "BP said the spill had cost it $760 million so far.",
        "It pledged up to $500 million on Monday toward studying the impact.",
    ]
    comments = [
        "Views expressed in the comments do not represent those of Reuters.",
        "The company keeps the well leaking to justify drilling relief wells.",
        "Fail-closed valves must be mandated on blowout preventers for all offshore rigs.",
        "The government was absent for far too long in doing anything about the spill.",
    ]
    # the thread starts after the disclaimer, which is the page's furniture, not a reader's words
    assert thread(article + comments).startswith("The company keeps")
    assert ("boilerplate", "Views expressed in the comments do not represent those of Reuters.") \
        in kinds(doc("\n".join(article + comments)))
    blog = article + ["We welcome comments that advance the story.", comments[0],
                      "She has been working for Reuters in Toronto since January 2003."]
    assert all(s.kind != "comment" for s in doc("\n".join(blog)).sections)


def test_the_lines_around_a_reuters_thread_are_the_page_s_furniture():
    """ "We welcome comments that advance the story ..." before the thread, and "This discussion is
    now closed." and what follows it (the page's footer) after it, are no report's text and no
    reader's words; Timeline17's Reuters pages had them as claims and as quotations of "Views"."""
    lines = [
        "Oil spill cost rises",
        "BP said the spill had cost it $760 million so far.",
        "It pledged up to $500 million on Monday toward studying the impact.",
        "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.",
        "Views expressed in the comments do not represent those of Reuters.",
        "The company keeps the well leaking to justify drilling relief wells.",
        "Fail-closed valves must be mandated on blowout preventers for all offshore rigs.",
        "The government was absent for far too long in doing anything about the spill.",
        "This discussion is now closed.",
        "We welcome comments on our articles for a limited period after their publication.",
        "Our next generation legal research platform",
    ]
    d = doc("\n".join(lines))
    found = [(s.kind, d.text[s.start:s.end]) for s in d.sections]
    assert [k for k, _ in found] == ["body", "boilerplate", "comment", "boilerplate"]
    assert found[0][1].endswith("toward studying the impact.")
    assert found[2][1].startswith("The company keeps") and found[2][1].endswith("about the spill.")


def test_a_debate_page_opens_its_thread_where_the_comments_appear():
    """A BBC Have Your Say page is a few lines of question and context, then readers' views, which
    can read like reporting ("There have been 17 deaths confirmed ...")."""
    intro = [
        "How can we avoid a swine flu pandemic?",
        "The World Health Organization has raised the alert over swine flu to level five.",
        "Are you taking more precautions?",
    ]
    views = [
        "There have been 17 deaths confirmed due to the virus worldwide.",
        "We should quarantine travellers from Mexico until the incubation period has passed.",
        "The media has hyped this up way out of proportion before gathering the facts.",
    ]
    assert thread(intro + ["A selection of your comments appear below."] + views).startswith("There have been")
    assert thread(intro + ["We will aim to publish as many of your views as we can."] + views).startswith("There have been")
    # the form prompt under an article is followed by more of the article, not by comments
    prompt = intro + ["A selection of your comments may be published, displaying your name."] + views
    assert all(s.kind != "comment" for s in doc("\n".join(prompt)).sections)


def test_dateline_year_from_attributed_weekday_not_a_future_day():
    text = "PORTHAVEN, March 4. /MNA/. Parliament will meet on Thursday, the speaker said on Monday."
    d = structure(RawDocument(path="t.txt", text=text, format="text", mtime=1_790_000_000), Options())
    assert d.published == "2024-03-04" and d.outlet == "MNA"


def test_dateline_without_weekday_stays_unknown():
    d = doc("PORTHAVEN, March 4. /MNA/. Parliament will meet soon.", mtime=1_790_000_000)
    assert d.published is None and d.outlet == "MNA"


def test_reuters_style_dateline_with_year():
    d = doc("KYIV, June 25, 2023 (Reuters) - Officials said the attack was repelled.")
    assert (d.published, d.outlet) == ("2023-06-25", "Reuters")


def test_unknown_date_is_never_today():
    d = doc("Officials said on Monday that the bridge would reopen.")
    assert d.published is None


def test_user_values_fill_only_what_is_missing():
    options = Options(published="2024-01-01", outlet="My Paper")
    d = structure(RawDocument(path="t.txt", text="date 2023-06-25 Text of the report.", format="text"), options)
    assert (d.published, d.published_source) == ("2023-06-25", "text")
    assert (d.outlet, d.outlet_source) == ("My Paper", "user")


def test_saved_page_address_gives_outlet_date_and_is_not_reporting():
    d = doc("https://www.example-news.co.uk/world/2019/05/14/storm-hits-coast\nStorm hits coast\n"
            "The storm reached the coast on Tuesday.\n")
    assert (d.published, d.published_source) == ("2019-05-14", "url")
    assert (d.outlet, d.outlet_source) == ("example-news.co.uk", "url")
    assert d.url.startswith("https://www.example-news.co.uk/")
    assert d.title == "Storm hits coast"
    assert kinds(d)[0] == ("boilerplate", "https://www.example-news.co.uk/world/2019/05/14/storm-hits-coast")


def test_the_day_in_an_address_in_its_other_shapes():
    """A section between the year and the month (CNN's /2007/US/04/09/), or the day inside the
    page's name with one separator throughout."""
    def dated(address: str):
        return doc(f"{address}\nStorm hits coast\nThe storm reached the coast on Tuesday.\n").published

    assert dated("http://edition.example.com/2007/US/04/09/storm.hits/") == "2007-04-09"
    assert dated("http://www.example.com/2008/WORLD/meast/11/27/storm/") == "2008-11-27"
    assert dated("http://www.example.com/stories/2013/38/storm_web_2013_09_14_q.html") == "2013-09-14"
    assert dated("http://www.example.com/articles/storm-hits-coast-2013-04-24-204500") == "2013-04-24"
    assert dated("http://www.example.com/articles/storm-hits-coast-2013-44-24") is None
    assert dated("http://www.example.com/articles/storm-2013-04_24") is None  # two separators


def test_date_line_under_the_title_is_the_publication_date():
    d = doc("http://blog.example.org/storm-hits-coast\nStorm hits coast\nPosted March 5th, 2021, 10:31 GMT\n"
            "The storm reached the coast on Tuesday.\n")
    assert (d.published, d.published_source, d.outlet) == ("2021-03-05", "text", "example.org")
    assert ("boilerplate", "Posted March 5th, 2021, 10:31 GMT") in kinds(d) or kinds(d)[0][0] == "boilerplate"
    assert "Posted" not in (d.title or "")
    # a dated sentence is reporting, not a date line
    d = doc("Storm hits coast\nOn March 5, 2021 the storm reached the coast, officials said.\n")
    assert d.published is None


def test_a_date_line_in_figures_is_the_publication_date_read_for_the_site():
    """"05/02/2013" is May 2 on a .com site and 5 February on a .co.uk one; a figure above 12 is the
    day wherever it stands; a month in the address decides; dots put the day first. The line is
    page furniture, not the title."""
    def dated(address: str, line: str):
        d = doc(f"{address}\n{line}\nStorm hits coast\nThe storm reached the coast on Tuesday.\n")
        return d.published, d.published_source, d.title

    assert dated("http://www.example.com/storm", "Updated 05/02/2013 01:03 PM") == ("2013-05-02", "text", "Storm hits coast")
    assert dated("http://www.example-news.co.uk/storm", "Updated 05/02/2013 01:03 PM")[0] == "2013-02-05"
    assert dated("http://www.example.com/storm", "Last updated 13:26 14 / 09 / 2013")[0] == "2013-09-14"
    assert dated("http://www.example.com/storm", "Posted at 3:21 PM ET, 01/5/2011")[0] == "2011-01-05"
    assert dated("http://www.example.com/storm", "Article posted on 08.07.2012")[0] == "2012-07-08"
    assert dated("http://www.example.com/storm", "11/28/05")[0] == "2005-11-28"
    assert dated("http://news.example.nl/2010/09/storm.html", "11/09/2010")[0] == "2010-09-11"
    assert dated("http://www.example.com/2010/11/storm.html", "11/09/2010")[0] == "2010-11-09"
    assert dated("http://www.example.com/storm", "Version 1.2.3 of the app")[0] is None


def test_a_date_line_in_words_with_its_clock_and_label_is_the_publication_date():
    """Web pages print the date many ways; a line with nothing but a date, its clock time and a
    label word is the publication date. A sentence with a date in it, or a date without its year,
    is not."""
    def dated(line: str):
        d = doc(f"Storm hits coast\n{line}\nThe storm reached the coast on Tuesday.\n")
        return d.published, d.title

    assert dated("Posted on Thu Jun 13, 2013 08:45 AM PDT") == ("2013-06-13", "Storm hits coast")
    assert dated("8:44AM BST 16 Sep 2013")[0] == "2013-09-16"
    assert dated("Published at 12:45, Wednesday, 12 June 2013")[0] == "2013-06-12"
    assert dated("Story Created: Aug 7, 2012 at 9:56 AM AKDT")[0] == "2012-08-07"
    assert dated("Sat Nov 12 2011, 01:19 hrs")[0] == "2011-11-12"
    assert dated("on April 30, 2008 at 4:31 AM, updated May 1, 2008 at 8:33 AM")[0] == "2008-04-30"
    assert dated("Updated May 1, 2008 at 8:33 AM")[0] == "2008-05-01"
    assert dated("Last updated at 11:24, Tuesday, 18 June 2013")[0] == "2013-06-18"
    assert dated("FOR IMMEDIATE RELEASE July 13, 2009")[0] == "2009-07-13"  # a press release
    assert dated("POSTED: 1052 GMT (1852 HKT), April 10, 2007")[0] == "2007-04-10"  # a clock, no year
    assert dated("Dec. 24 4:33 AM EST")[0] is None  # no year
    assert dated("Two men died on May 3, 2013 in Paris")[0] is None


def test_published_and_updated_stamps_are_page_furniture_not_live_blog_posts():
    # a saved page's stamps ("PUBLISHED: ..., 1:32 PM" / "UPDATED: ...") look like two bylined
    # post markers; they are one report, dated by the first
    d = doc("Storm hits coast, hundreds evacuated\nPUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\n"
            "UPDATED: FRIDAY, MAY 3, 2013, 9:56 AM\nThe storm reached the coast on Thursday.\n"
            "Hundreds left their homes.\n")
    assert all(s.kind != "post" for s in d.sections)
    assert d.published[:10] == "2013-05-02"
    d = doc("Police lockdown follows protest\nPublished time: March 12, 2013 02:03\n"
            "Edited time: March 13, 2013 02:15\nPolice intervened after the march.\n")
    assert all(s.kind != "post" for s in d.sections)
    assert ("boilerplate", "Published time: March 12, 2013 02:03") in kinds(d)
    assert d.published[:10] == "2013-03-12"


def test_text_without_its_dateline():
    from storyline.structure.metadata import without_dateline

    assert without_dateline("MOSCOW, June 27. /TASS/. Presidents of Russia and Belarus agree.") == \
        "Presidents of Russia and Belarus agree."
    assert without_dateline("KYIV, June 25, 2023 (Reuters) - Troops pulled back.") == "Troops pulled back."
    assert without_dateline("Troops pulled back.") == "Troops pulled back."
    assert without_dateline("WASHINGTON ― Donald Trump spoke.") == "Donald Trump spoke."  # a city alone
    assert without_dateline("NATO summit — what we know") == "NATO summit — what we know"


def test_a_line_break_starts_a_sentence():
    from storyline.annotate import load_nlp
    from storyline.annotate.components import line_breaks

    nlp = load_nlp(Options().model)
    text = "Mutiny ends in a deal\nMoscow, June 25. The fighters left.\n\n \nBy a reporter\r\nmore text"
    doc = line_breaks(nlp.make_doc(text))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Mutiny", "Moscow", "By", "more"]  # the break is a token of its own; the word after it starts


def test_an_update_stamp_run_into_the_first_line_dates_the_report():
    # BBC pages copied as text (Timeline17): the stamp has no line of its own
    text = ("Michael Jackson was ` murdered for money ' , says sister Page last updated at 08:58 GMT , Thursday , "
            "24 June 2010 09:58 UK Michael Jackson was murdered for money , according to his sister LaToya .")
    doc = structure(RawDocument(path="a.txt", text=text, format="text"), Options())
    assert (doc.published, doc.published_source) == ("2010-06-24", "text")
    text = "5 January 2011 Last updated at 06:50 GMT Help A preliminary hearing has opened in Los Angeles ."
    assert structure(RawDocument(path="b.txt", text=text, format="text"), Options()).published == "2011-01-05"
    # a day in the text with no stamp is no publication date
    text = "The hearing of 5 January 2011 was adjourned after an hour ."
    assert structure(RawDocument(path="c.txt", text=text, format="text"), Options()).published is None


def test_a_word_right_after_a_lower_case_word_starts_no_sentence():
    from storyline.annotate import load_nlp
    from storyline.annotate.components import line_breaks

    nlp = load_nlp(Options().model)
    # the small model splits this sentence before "Trump", leaving "cited" with "disparaging remarks"
    doc = nlp("At Monday's debate, Clinton cited disparaging remarks Trump had made about Machado as examples "
              "of his disrespect for women.")
    assert len(list(doc.sents)) == 1
    # a capitalised word the tagger reads as no name may start one: a headline run into its text
    tagged = nlp.get_pipe("tagger")(nlp.get_pipe("tok2vec")(nlp.make_doc(
        "Advert warns about the dangers of swine flu The government has appointed a tsar")))
    starts = {t.text: t.is_sent_start for t in line_breaks(tagged)}
    assert starts["about"] is False and starts["The"] is not False
    # nor after a capitalised word: "THE BERN As the race tightens"
    tagged = nlp.get_pipe("tagger")(nlp.get_pipe("tok2vec")(nlp.make_doc("FEELING THE BERN As the race tightens")))
    assert {t.text: t.is_sent_start for t in line_breaks(tagged)}["As"] is not False


def test_a_day_named_folder_dates_a_report_that_gives_no_date_of_its_own():
    # Timeline17 files its reports under InputDocs/2010-06-11/; the report's own words are undated
    text = "BP said the cap was holding. Engineers will test it again on Tuesday."
    doc = structure(RawDocument(path="t17/bpoil/InputDocs/2010-06-11/1047.htm.txt", text=text, format="text"),
                    Options())
    assert (doc.published, doc.published_source) == ("2010-06-11", "path")
    assert structure(RawDocument(path="news/2010/06/11/report.txt", text=text, format="text"),
                     Options()).published == "2010-06-11"
    # a date the report gives itself comes first; a number that is no day is no date
    dated = structure(RawDocument(path="t17/2010-06-11/1.txt", text="date 2010-06-09\n\n" + text, format="text"),
                      Options())
    assert dated.published == "2010-06-09"
    assert structure(RawDocument(path="ids/2010-13-11/1.txt", text=text, format="text"), Options()).published is None
    # a dated folder far above the report names the checkout, not the report
    assert structure(RawDocument(path="/builds/2026-12-06/repo/samples/corpus/flood.txt", text=text, format="text"),
                     Options()).published is None



def test_a_comment_policy_line_is_page_furniture():
    """Lines that tell readers how their comments are handled, or how to play a video, are the
    page's, not the report's:
    in Timeline17's reports "Views expressed in the comments do not represent those of Reuters."
    (221 times) became a claim that several reports carry."""
    lines = ["Views expressed in the comments do not represent those of Reuters .",
             "The BBC may edit your comments and not all emails will be published .",
             "Your comments may be published on any BBC media worldwide .",
             "Send us your comments using the form below : A selection of your comments may be published , "
             "displaying your name and location unless you state otherwise in the box below .",
             "This comment was removed because the moderators found it broke the House Rules .",
             "To play this content JavaScript must be turned on and the latest Flash player installed .",
             "In order to see this content you need to have both Javascript enabled and Flash installed .",
             "Share your thoughts by sending us a response on our GuardianUS Twitter page ."]
    for line in lines:
        d = doc(f"Storm hits coast\nThe storm reached the coast on Tuesday, officials said.\n{line}\n"
                "Residents were told to stay indoors.\n")
        assert ("boilerplate", line) in kinds(d), line
    kept = doc("Storm hits coast\nThe mayor said the city may edit its flood plan after the storm.\n")
    assert all(kind != "boilerplate" for kind, _ in kinds(kept))


def test_a_photo_credit_glued_to_a_line_of_text_is_a_caption():
    """The Guardian's pages, printed as text, run a photo's credit into the report's first sentence
    ("Photograph : Liz Condo\\/AP Soon after taking over ..."): 178 of Timeline17's reports. The
    credit is a caption and the rest of the line the report; a credit that ends in no agency is left
    as it is, since where it ends is not known."""
    d = doc("Oil spill is BP 's wake-up call\n"
            "Photograph : Liz Condo\\/AP Soon after taking over in 2007 , BP 's chief executive spoke .\n"
            "Photograph : Ismael Francisco\\/AFP\\/Getty images Raul Castro wants to end a dispute .\n"
            "Photograph : Paul McErlane The question : is gay marriage a religious issue , or one for the state "
            "alone to settle , as the courts of several countries have found over the last ten years ?")
    assert ("caption", "Photograph : Liz Condo\\/AP") in kinds(d)
    assert ("caption", "Photograph : Ismael Francisco\\/AFP\\/Getty images") in kinds(d)
    body = " ".join(d.text[s.start:s.end] for s in d.sections if s.kind == "body")
    assert "Soon after taking over" in body and "Raul Castro wants" in body
    assert "Paul McErlane The question" in body
    assert not any(d.text[s.start].isspace() for s in d.sections)


def test_a_credit_line_run_on_after_the_text_is_furniture_to_the_line_s_end():
    """Reuters' credit line, run on after a report's last sentence or opening a line, with the
    footer that follows it ("We welcome comments that advance the story ..." had become a quotation
    by "We", resolved to BP or Halliburton): page furniture to the end of the line."""
    d = doc("BP sues Halliburton\n"
            "The case is the most complex litigation in U.S. history . -LRB- Reporting by Alexandria Sage ; "
            "Editing by Eric Walsh -RRB- We welcome comments that advance the story .\n"
            "-LRB- Editing by Maggie Fox -RRB- An ultra-low latency infrastructure for electronic trading\n"
            "More text follows here .")
    assert [(s.kind, d.text[s.start:s.end]) for s in d.sections] == [
        ("body", "BP sues Halliburton\nThe case is the most complex litigation in U.S. history ."),
        ("boilerplate", "-LRB- Reporting by Alexandria Sage ; Editing by Eric Walsh -RRB- We welcome comments that "
                        "advance the story .\n-LRB- Editing by Maggie Fox -RRB- An ultra-low latency infrastructure "
                        "for electronic trading"),
        ("body", "More text follows here ."),
    ]
    body = " ".join(d.text[s.start:s.end] for s in d.sections if s.kind == "body")
    assert "U.S. history ." in body and "Reporting by" not in body and "ultra-low" not in body


def test_the_guardian_s_footer_run_on_after_the_text_is_furniture():
    """"Letters for publication should be sent to : ... Call the main Guardian and Observer
    switchboard :" glued to an article's last line had made "Call" a cue with BP its speaker."""
    d = doc("Intensive farming is at the heart of swine flu\n"
            "If we carry on as before , the pigs may yet have their revenge . Letters for publication should be "
            "sent to : letters@guardian.co.uk If you need help using the site : userhelp@guardian.co.uk Call the "
            "main Guardian and Observer switchboard : Swine flu in pictures\n"
            "This article appeared on p30 of the Main section section of the Guardian on 00.01 BST on Saturday .")
    kinds = [(s.kind, d.text[s.start:s.end][:40]) for s in d.sections]
    assert kinds[1] == ("boilerplate", "Letters for publication should be sent t")
    body = " ".join(d.text[s.start:s.end] for s in d.sections if s.kind == "body")
    assert body.endswith("the pigs may yet have their revenge .")


def test_an_update_stamp_that_opens_a_copied_page_is_furniture_and_still_dates_it():
    # BBC pages of 2009-2011 as Timeline17 copied them: the stamp and the "Help" link run into the
    # first sentence, which titled a story "6 January 2011 Last updated at 04:46 GMT Help A bodyguard ..."
    d = doc("6 January 2011 Last updated at 04:46 GMT Help A bodyguard to Michael Jackson has testified "
            "that the singer was dead .\nAlberto Alvarez told the court on Wednesday that he packed vials .\n")
    assert d.published == "2011-01-06"
    assert kinds(d)[:2] == [("boilerplate", "6 January 2011 Last updated at 04:46 GMT Help"),
                            ("body", "A bodyguard to Michael Jackson has testified that the singer was dead .")]
