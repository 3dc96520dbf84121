"""`storyline eval stories`: clustering agreement on small cases, and a floor on ECB+ topics 1-35."""
import pytest
from conftest import SHARED

from storyline.evaluate.clusters import compare
from storyline.evaluate.stories import subtopic

ECB = SHARED / "data" / "ecbplus" / "ECB+"
ARREST = "chargers arrested suspicion driving influence highway patrol released bail".split()


def _unit(i: int, words, **fields):
    """Report d{i}: one unit of `words` (terms, entity terms among them), filed on one day."""
    from collections import Counter

    from storyline.assemble.units import Unit

    return Unit(f"d{i}", 0, [(0, 1)], None, "2024-03-04", None, Counter(words), order=i, **fields)


def _story_of(units, threshold: float = 0.2) -> dict[str, int]:
    """Each report's story number when `units` are clustered."""
    from storyline.assemble import stories

    return {u.doc: c.number for c in stories.cluster_units(units, threshold=threshold, window_days=30).clusters
            for u in c.units}


def _stories_of(units) -> list[list[int]]:
    """The report numbers of each story, at a bar low enough that the single pass joins them all
    (what parts them is a split test)."""
    from storyline.assemble import stories

    clusters = stories.cluster_units(units, threshold=0.05, window_days=30).clusters
    return sorted(sorted(int(u.doc[1:]) for u in c.units) for c in clusters)


def test_identical_clusterings_score_one_and_a_merge_costs_precision():
    gold = {1: "a", 2: "a", 3: "b", 4: "b"}
    assert compare(gold, {1: "x", 2: "x", 3: "y", 4: "y"})["pairwise_f1"] == 1.0
    merged = compare(gold, {1: "x", 2: "x", 3: "x", 4: "x"})
    assert merged["pairwise_recall"] == 1.0 and merged["pairwise_precision"] == pytest.approx(2 / 6)
    assert merged["ari"] == pytest.approx(0.0) and merged["completeness"] == 1.0


def test_subtopic_of_an_ecbplus_file_name():
    assert subtopic("1_3ecb") == "1ecb" and subtopic("12_10ecbplus") == "12ecbplus"
    from storyline.evaluate.stories import topic_of

    assert topic_of("1ecb") == "1" and topic_of("12ecbplus") == "12"


@pytest.fixture(scope="module")
def ecb_corpus():
    """ECB+ topics 1-35 through the per-document stage, once for the tests that cluster them."""
    if not ECB.is_dir():
        pytest.skip(f"ECB+ not found at {ECB}")
    from storyline.evaluate.stories import parse_corpus

    return parse_corpus(ECB)


def test_floor_on_ecbplus_topics_1_to_35(ecb_corpus):
    from storyline.evaluate.stories import score

    result = score(*ecb_corpus)
    # measured 2026-11-22 (threshold 0.2, other-year factor 0.5, split below 0.5 from 12 units):
    # pairwise F1 0.852 (P 0.818, R 0.889), ARI 0.850, V 0.957; since ECB+ tokens are joined as
    # printed ("Dec. 17, 2008": dates now resolve) 0.828 (P 0.778, R 0.884), V 0.953: the
    # ecb/ecbplus halves of a topic (12: two pirate captures) merge or not on small differences;
    # since a leading address and date line date 277 ecbplus reports: 0.826 (P 0.808, R 0.844),
    # V 0.949 (a report 30+ days from a story opens its own: 9ecbplus, March and April 2009);
    # 2026-11-23, with "PUBLISHED: ... / UPDATED: ..." stamps read as page furniture, not live-blog
    # posts, the second look (_refine) and a softer time window (0.7 of the similarity outside it):
    # 0.869 (P 0.811, R 0.935), ARI 0.866, V 0.966; what is left is mostly precision, the two
    # halves of a topic (27: two Internet Explorer patches, 2008 and 2013) whose ecb half is undated;
    # 2026-12-03: 0.866 (P 0.805, R 0.937), V 0.965: "Mt Cook" and "Mount Cook" are one place now,
    # which ties topic 23's two climbing accidents (-0.006); a report alone joins at 0.75 (+0.003);
    # a place's entity term weighs as a word, an actor's 1.5 times: 0.880 (P 0.826, R 0.943),
    # ARI 0.878, V 0.970; a decade ("198") no longer counts as a year: 0.883 (P 0.827, R 0.948),
    # ARI 0.881, V 0.971; 2026-12-04, a report about another person than a story's protagonist keeps
    # 0.7 of its similarity in the single pass: 0.915 (P 0.887, R 0.944), ARI 0.913, V 0.975
    # (topic 25's two injured running backs, Reggie Bush and Pierre Thomas, are two stories now);
    # a story led by two protagonists is tested for a split between them: 0.926 (P 0.908, R 0.944),
    # ARI 0.925, V 0.978 (topic 35: Vincent Jackson's and Jamal Williams's arrests); 2026-12-05, a
    # story around two people never named together is tested for a split between them: 0.935
    # (P 0.929, R 0.941), ARI 0.934, V 0.978 (topic 9: Kempthorne's rule and Salazar's reversal);
    # 2026-12-05, a story led by two organisations is tested for a split between them: 0.938
    # (P 0.943, R 0.934), ARI 0.937, V 0.979 (topic 10: the Angels' and the Red Sox's offers);
    # 2026-12-05, where a report or a story has no date, days of the week none in common keep 0.7
    # of the similarity: 0.944 (P 0.957, R 0.932), ARI 0.943, V 0.980 (topic 30's Egyptian cable
    # cuts of a Friday and of a Tuesday; 0.9 to 0.6 all gain); two people never named together must
    # each be named by four units, not three, to split a story: 0.947 (P 0.957, R 0.938), ARI
    # 0.947, V 0.981 (topics 4 and 28 are whole again; 5 gives the same); on the second look a
    # unit's own story is measured under the time rules as any other story is: 0.950 (P 0.957,
    # R 0.943), ARI 0.949, V 0.982; a date line in figures ("05 / 02 / 2013", "Article posted on
    # 08.07.2012") dates 21 more ecbplus reports: 0.952 (P 0.959, R 0.945), ARI 0.951, V 0.982;
    # a date line in words read by dateutil ("Posted on Thu Jun 13, 2013 08:45 AM PDT") dates 35
    # more: 0.947 (P 0.953, R 0.941), ARI 0.947, V 0.981. Part of the loss is right (27_7ecbplus
    # is a 2012 report among 2013 ones); part is the second look's oscillation: a dozen units flip
    # between two stories each round, so the figure moves by about 0.005 with the number of rounds;
    # when a round brings back the stories of the round before last the better state is kept (up to
    # 10 rounds; the same from 8 to 15): 0.951 (P 0.956, R 0.946), ARI 0.950, V 0.982
    # 2026-12-06: word weights as in a larger collection (stories._idf): 0.951 (P 0.956, R 0.946),
    # ARI 0.950, V 0.981
    # 2026-12-06: scores and readings as terms ("31-24"; textsim.figure_terms): 0.953 (P 0.956,
    # R 0.951), ARI 0.953, V 0.982 (topic 29's Jaguars game, undated, is one story, not two)
    # 2026-12-06: 0.941 (P 0.935, R 0.947), ARI 0.940, V 0.981 once "France" is no misspelling of
    # "Franco": topic 24's two Paris jewel heists (2008, 2013) had parted only because "France",
    # named in most reports of the second, was read as James Franco of topic 2, a protagonist of
    # its own; without him the undated reports of the first join the second. The draws below,
    # which do not hold both topics, are unchanged.
    # 2026-12-06: a story whose halves each carry a figure of their own splits at a looser bar, and
    # two stories that share their leading figure join (splits.py): 0.947 (P 0.945, R 0.948), ARI
    # 0.946, V 0.982 (topic 29's game whole again; topic 20's two Qeshm quakes, 5.6 and 5.9, apart)
    # 2026-12-08: the two-means split test tries eight starts and keeps the halves that fit best:
    # 0.955 (P 0.963, R 0.946), ARI 0.954, V 0.982 (topic 24's two heists apart; topic 5's 2005
    # half parts 3 / 6 / 1)
    assert result["pairwise_f1"] >= 0.950
    assert result["v_measure"] >= 0.976


def test_floor_on_draws_of_ten_ecbplus_topics(ecb_corpus):
    """The held-out part of ECB+ is ten topics: a smaller collection than topics 1-35 together, in
    which a story's own words are a larger share of the reports. Four seeded draws of ten topics,
    each clustered alone."""
    import random

    from storyline.evaluate.stories import score, topic_of

    docs, gold = ecb_corpus
    topics = sorted({topic_of(g) for g in gold.values()}, key=int)
    rng = random.Random(1)
    results = []
    for _ in range(4):
        chosen = set(rng.sample(topics, 10))
        part = [d for d in docs if topic_of(gold[d.path]) in chosen]
        results.append(score(part, {d.path: gold[d.path] for d in part})["pairwise_f1"])
    # measured 2026-12-06: 0.939, 0.969, 0.946, 0.936 (mean 0.948); with the collection's own IDF
    # 0.924, 0.928, 0.940, 0.929 (mean 0.930). Over twelve draws with seed 1 the mean went from
    # 0.919 to 0.950, with seed 3 from 0.923 to 0.944; with scores as terms 0.939, 0.971, 0.946, 0.936;
    # with the figure split and join 0.932, 0.971, 0.946, 0.936 (topic 5's ecbplus half parts 3 / 7
    # in the first), twelve draws of seeds 1-4 unchanged in the mean (0.9505, 0.9421, 0.9456, 0.9412);
    # with two shared figures joining at 0.4 and years taken from filing dates: 0.932, 0.984, 0.946,
    # 0.936; twelve draws of seeds 1-4: 0.9529, 0.9483, 0.9478, 0.944
    # 2026-12-08, eight two-means starts: 0.932, 0.984, 0.956, 0.970 (mean 0.960); twelve draws of
    # three other seeds went from 0.9531 to 0.9616 (no draw lower), 0.9567 to 0.9576 and 0.9363 to 0.9499
    assert sum(results) / len(results) >= 0.955
    assert min(results) >= 0.925


def test_a_collection_of_many_stories_keeps_each_story_whole(monkeypatch):
    """Eight stories of eight reports each: every report names its story's four words and twelve
    of its own. Against the collection's own 64 units the story's words (in 8 of them) weigh
    little more than a report's own, and each report would be a story alone; weighed as in a
    larger collection (_idf), the eight stories come out whole."""
    from storyline.assemble import stories

    units = [_unit(8 * s + r, [f"story{s}_{k}" for k in range(4)] + [f"own{8 * s + r}_{k}" for k in range(12)])
             for s in range(8) for r in range(8)]
    found = {u.doc: c.number for c in stories.cluster_units(units, threshold=0.2, window_days=30).clusters
             for u in c.units}
    assert sorted(sorted(int(d[1:]) for d in found if found[d] == n) for n in set(found.values())) == \
        [list(range(8 * s, 8 * s + 8)) for s in range(8)]
    monkeypatch.setattr(stories, "SAMPLE_STORY", 10 ** 9)  # the collection's own IDF
    assert len(stories.cluster_units(units, threshold=0.2, window_days=30).clusters) == 64


def test_a_report_alone_in_its_story_joins_the_story_it_is_most_like_at_a_lower_bar():
    """The second look lets a unit that is a story by itself join its nearest story at ALONE times
    the threshold: one report is no evidence of a story of its own."""
    texts = ["storm flood harbour evacuation mayor kestrel water rain wind boats",
             "storm flood harbour evacuation mayor kestrel pumps sandbags levels",
             "storm flood harbour evacuation mayor kestrel residents shelter night",
             "election candidate vote ballot poll campaign debate turnout",
             "football match goal league striker season coach fans",
             "storm flood sports hall beds volunteers"]
    story_of = _story_of([_unit(i, t.split()) for i, t in enumerate(texts)])
    assert story_of["d5"] == story_of["d0"] == story_of["d2"]
    assert len({story_of["d0"], story_of["d3"], story_of["d4"]}) == 3  # the others stay apart


def test_a_lone_post_joins_its_page_s_story_when_that_is_the_story_it_is_most_like():
    """A live-blog post that found no story ("Residents describe a night of rising water") joins
    the story most of its page's posts are in at PAGE_PULL of the lone bar, if that story is the
    one it is most like; the same words in a report of their own stay apart, as does a post that
    shares nothing with the page's story."""
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import Unit

    storm = "storm flood harbour evacuation mayor kestrel water rain wind boats quay"
    texts = [storm, storm.replace("boats", "pumps"), storm.replace("rain", "sandbags"),
             "election candidate vote ballot poll campaign debate turnout",
             "residents night water floor minutes neighbour kitchen upstairs quay",
             "football match goal league striker season coach fans"]

    def story_of(page: bool) -> dict[int, int]:
        units = [Unit("blog" if page and i in (0, 1, 4, 5) else f"d{i}", i, [(0, 1)], None, "2024-03-02", None,
                      Counter(t.split()), order=i) for i, t in enumerate(texts)]
        clusters = stories.cluster_units(units, threshold=0.2, window_days=30).clusters
        return {u.index: c.number for c in clusters for u in c.units}

    on_page = story_of(page=True)
    assert on_page[4] == on_page[0] == on_page[2]
    assert on_page[5] != on_page[0]  # football shares nothing with the storm
    alone = story_of(page=False)
    assert alone[4] != alone[0]


def test_a_shared_place_weighs_less_than_shared_actors():
    """Two accidents on one mountain: the place's entity term is a plain word, not boosted like an
    actor's, so the two stories stay apart; the same term as an actor's would join them."""
    from storyline.assemble.units import ACTOR_TERM, PLACE_TERM

    def story_of(mountain: str) -> dict[str, int]:
        climber, rescuer, voter, player = (ACTOR_TERM + e for e in ("E1", "E2", "E3", "E4"))
        fall = ["climber", "fell", "ridge", "rescue", climber, climber, mountain, mountain]
        hut = ["climber", "hut", "stranded", "helicopter", rescuer, rescuer, mountain, mountain]
        words = [fall + ["alpha"], fall + ["beta"], hut + ["gamma"], hut + ["delta"],
                 ["election", "vote", "ballot", voter], ["football", "goal", "league", player]]
        return _story_of([_unit(i, w) for i, w in enumerate(words)])

    apart = story_of(PLACE_TERM + "P1")
    assert apart["d0"] == apart["d1"] and apart["d2"] == apart["d3"] and apart["d0"] != apart["d2"]
    joined = story_of(ACTOR_TERM + "P1")
    assert joined["d0"] == joined["d2"]


def test_an_aside_finds_its_story_last_and_moves_no_other_unit():
    """An aside ("Elsewhere, ...", units.py) joins the story it is most like once the others are
    placed, at the lower bar of a story of one, or opens its own; the other units' stories are the
    same with it or without it."""
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import Unit

    texts = ["storm flood harbour evacuation mayor kestrel water rain wind boats",
             "storm flood harbour evacuation mayor kestrel pumps sandbags levels",
             "election candidate vote ballot poll campaign debate turnout",
             "election candidate vote ballot poll campaign rally speech"]
    units = [_unit(i, t.split()) for i, t in enumerate(texts)]
    asides = [Unit("d0", 1, [(1, 2)], None, "2024-03-04", None, Counter(t.split()), order=0, aside=True)
              for t in ("election ballot vote poll recount judges", "football match goal league striker")]

    def story_of(with_asides):
        clustering = stories.cluster_units(units + with_asides, threshold=0.2, window_days=30)
        return {u.key: c.number for c in clustering.clusters for u in c.units}

    alone, placed = story_of([]), story_of(asides)
    assert [placed[u.key] for u in units] == [alone[u.key] for u in units]
    assert placed[("d0", 0)] != placed[("d2", 0)]
    joined = stories.cluster_units(units + asides[:1], threshold=0.2, window_days=30)
    home = next(c for c in joined.clusters if any(u.aside for u in c.units))
    assert {u.doc for u in home.units} == {"d0", "d2", "d3"}  # the election story, not its report's
    lonely = stories.cluster_units(units + asides[1:], threshold=0.2, window_days=30)
    assert any([u.aside for u in c.units] == [True] for c in lonely.clusters)  # a story of its own


def test_a_report_alone_finds_its_story_through_any_of_its_terms():
    """A short report whose strongest terms are its own words (a parliament's session on the storm)
    shares only commoner words with the storm story: those find it on the second look."""
    from storyline.assemble import stories

    storm = "storm flood harbour evacuation mayor kestrel quay pumps water"
    texts = [storm + " rain", storm + " wind", storm + " sandbags", storm + " boats",
             "election candidate vote ballot poll campaign debate turnout",
             "election candidate vote ballot poll campaign rally speech",
             "storm flood harbour evacuation kestrel parliament session speaker party agreed thursday "
             "opposition leader hear company everything else"]
    units = [_unit(i, t.split()) for i, t in enumerate(texts)]
    found = [sorted(u.doc for u in c.units) for c in stories.cluster_units(units, threshold=0.2, window_days=30).clusters]
    assert sorted(found) == [["d0", "d1", "d2", "d3", "d6"], ["d4", "d5"]]


def test_a_report_about_another_person_opens_its_own_story(monkeypatch):
    """Two Chargers players arrested for drunk driving: the same words, but each report is about its
    own player (its protagonist, named most), so they are two stories; a report about a third
    person that also names the story's protagonist twice (a mediator naming the mutineer) stays."""
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import ACTOR_TERM, _protagonist

    jackson, williams, smith, team = (ACTOR_TERM + e for e in ("P1", "P2", "P3", "O1"))

    def unit(i, extra, people):
        entities = Counter({e[1:]: n for e, n in people.items()})
        return _unit(i, ARREST * 3 + extra + [team] + list(Counter(people).elements()), entities=entities,
                     protagonist=_protagonist(entities, frozenset({"P1", "P2", "P3"})))

    units = [unit(0, ["receiver"], {jackson: 4}), unit(1, ["receiver", "playoff"], {jackson: 3}),
             unit(2, ["tackle"], {williams: 4}), unit(3, ["tackle", "bentley"], {williams: 3, jackson: 1}),
             unit(4, ["receiver", "general", "manager"], {smith: 3, jackson: 2})]

    def story_of():
        return _story_of(units, threshold=0.55)

    found = story_of()
    assert found["d0"] == found["d1"] == found["d4"]
    assert found["d2"] == found["d3"] != found["d0"]
    monkeypatch.setattr(stories, "OTHER_PROTAGONIST", 1.0)
    assert len(set(story_of().values())) == 1  # on their words alone, one story
    assert _protagonist(Counter({"P1": 2, "P2": 2}), frozenset({"P1", "P2"})) is None  # a tie names no one
    assert _protagonist(Counter({"P1": 1}), frozenset({"P1"})) is None  # named once is not enough


def test_a_story_led_by_two_protagonists_splits_between_them(monkeypatch):
    """Twelve reports that share their words, seven about one player's arrest and five about
    another's: the single pass (at a low bar) holds them as one story; the split test pins each
    player's reports to his side and makes two stories of them."""
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import ACTOR_TERM

    def unit(i, person, extra):
        return _unit(i, ARREST * 3 + extra + [ACTOR_TERM + person] * 2, entities=Counter({person: 2}),
                     protagonist=person)

    units = [unit(i, "P1", ["receiver", "playoff", f"w{i}"]) for i in range(7)]
    units += [unit(i, "P2", ["tackle", "bentley", f"w{i}"]) for i in range(7, 12)]

    assert _stories_of(units) == [list(range(7)), list(range(7, 12))]
    from storyline.assemble import splits
    monkeypatch.setattr(splits, "PROTAGONIST_SHARE", 0.5)  # five of twelve is too few to test
    assert _stories_of(units) == [list(range(12))]


def test_a_story_around_two_people_never_named_together_splits_between_them(monkeypatch):
    """Fourteen reports on one rule: eight name the official who issued it, six his successor who
    reversed it, none both, and neither is named often enough to lead a report. The shared words
    hold them as one story in the single pass and through the two-means test; the split test
    between the two people makes two stories of them."""
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import ACTOR_TERM

    rule = "endangered species rule scientists consult agencies interior department".split()

    def unit(i, person, extra):
        return _unit(i, rule * 2 + extra + [ACTOR_TERM + person], entities=Counter({person: 1}),
                     people=frozenset({person}))

    units = [unit(i, "K", ["issued", "finalized", "thursday", f"w{i}"]) for i in range(8)]
    units += [unit(i, "S", ["reversed", "overturned", "restored", f"w{i}"]) for i in range(8, 14)]

    assert _stories_of(units) == [list(range(8)), list(range(8, 14))]
    from storyline.assemble import splits
    monkeypatch.setattr(splits, "APART_SPLIT_BELOW", 0.3)  # halves this alike stay one story
    assert _stories_of(units) == [list(range(14))]


def test_two_people_named_by_three_reports_each_do_not_split_a_story(monkeypatch):
    """Twelve reports on one rule, three naming the official, three his successor, none both: in a
    dozen reports that is chance, not two events (APART_MIN_UNITS); with eight and six (above) it is."""
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import ACTOR_TERM

    rule = "endangered species rule scientists consult agencies interior department".split()

    def unit(i, person, extra):
        named = [ACTOR_TERM + person] if person else []
        return _unit(i, rule * 2 + extra + named, entities=Counter({person: 1} if person else {}),
                     people=frozenset({person} if person else ()))

    units = [unit(i, "K" if i < 3 else None, ["issued", "finalized", "thursday", f"w{i}"]) for i in range(6)]
    units += [unit(i, "S" if i < 9 else None, ["reversed", "overturned", "restored", f"w{i}"]) for i in range(6, 12)]

    assert _stories_of(units) == [list(range(12))]
    from storyline.assemble import splits
    monkeypatch.setattr(splits, "APART_MIN_UNITS", 3)
    assert _stories_of(units) == [list(range(6)), list(range(6, 12))]


def test_a_story_led_by_two_organisations_splits_between_them(monkeypatch):
    """Fourteen reports on offers to one player: eight about one club's offer, six about a rival's
    the same week. Every report names both clubs and the player; each names its own club most. The
    shared words hold them as one story in the single pass and through the two-means test; the
    split test between the two leading clubs makes two stories of them."""
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import ACTOR_TERM

    offer = "teixeira offer eight year contract agent boras first baseman free agent million".split()

    def unit(i, lead, other, extra):
        named = Counter({lead: 3, other: 1, "P": 2})
        return _unit(i, offer * 2 + extra + [ACTOR_TERM + e for e in named.elements()], entities=named,
                     organisation=lead)

    units = [unit(i, "A", "R", ["reagins", "anaheim", "moreno", "meetings", "vegas", f"w{i}"]) for i in range(8)]
    units += [unit(i, "R", "A", ["epstein", "fenway", "henry", "lucchino", "texas", f"w{i}"]) for i in range(8, 14)]

    assert _stories_of(units) == [list(range(8)), list(range(8, 14))]
    from storyline.assemble import splits
    monkeypatch.setattr(splits, "ORGANISATION_SPLIT_BELOW", 0.3)  # halves this alike stay one story
    assert _stories_of(units) == [list(range(14))]


def test_an_organisation_and_its_short_forms_are_one_family():
    """"Sox", "Red Sox" and "Boston Red Sox" lead reports as one club: a story never splits between
    two names of it."""
    from storyline.assemble.units import organisation_families
    from storyline.records import Entity

    names = {"O1": "Boston Red Sox", "O2": "Red Sox", "O3": "Sox", "O4": "Los Angeles Angels", "O5": "Kraft Foods"}
    families = organisation_families([Entity(i, n, "ORG") for i, n in names.items()])
    assert families == {"O1": "O3", "O2": "O3", "O3": "O3", "O4": "O4", "O5": "O5"}


def test_undated_reports_naming_other_days_of_the_week_keep_apart():
    """Two jewel heists in one city: the dated reports of a Monday ram-raid and undated reports of a
    Thursday robbery share most words. Where one side has no date to compare, days of the week none
    in common keep OTHER_WEEKDAYS of the similarity, so the two stay apart; the same undated reports
    naming Monday join the raid's story."""
    from collections import Counter

    from storyline.assemble.units import Unit

    raid = "paris jewellery store robbers heist police million watches car rammed window".split()
    robbery = "paris jewellery store robbers heist police million diamonds disguised women avenue".split()

    def stories(day_of_robbery: int) -> dict[str, int]:
        units = [Unit(f"d{i}", 0, [(0, 1)], None, "2024-03-04", None, Counter(raid + [f"r{i}"]),
                      order=i, weekdays=frozenset({0})) for i in range(3)]
        units += [Unit(f"d{i}", 0, [(0, 1)], None, None, None, Counter(robbery + [f"r{i}"]),
                       order=i, weekdays=frozenset({day_of_robbery})) for i in range(3, 6)]
        return _story_of(units, threshold=0.3)

    apart = stories(3)
    assert apart["d0"] == apart["d2"] and apart["d3"] == apart["d5"] and apart["d0"] != apart["d3"]
    joined = stories(0)
    assert joined["d0"] == joined["d3"]


def test_a_score_or_a_reading_is_one_term():
    """ "31-24" and "5.6" are words of a unit: short numbers are dropped as words, yet a final score
    or a quake's magnitude tells two look-alike events apart. Parts of dates, phone numbers and
    longer figures are none."""
    from storyline.assemble.textsim import figure_terms
    from storyline.assemble.units import units_of
    from storyline.records import Document, Section

    assert figure_terms("beat the host Jaguars, 31-24, on Thursday") == ["#31-24"]
    assert figure_terms("Colts beat Chiefs 20 - 13 to clinch") == ["#20-13"]
    assert figure_terms("A 5.6 magnitude earthquake; Score: 2–1") == ["#5.6", "#2-1"]
    assert figure_terms("on 2012 - 12 - 23, 12-23-2012, call 555-1234, 1,200.5 tons, v1.2.3, world/2005-11-27") == []
    text = "The Colts beat the Jaguars 31-24 on Thursday night."
    doc = Document(id="d", path="d.txt", text=text, format="text", sections=[Section("body", 0, len(text))])
    (unit,) = units_of(doc, {}, 0)
    assert unit.counts["#31-24"] == 1


def test_a_story_of_a_diffuse_event_and_a_tight_one_splits_between_them():
    """Ten reports of one heist that each give four of its eleven details (a0-a10) and a few words
    of their own, and six of another that all tell it alike (b0-b6), one word (s0) in common: the
    two-means test starts from several units and keeps the halves whose units are most like their
    own half, so the diffuse event's reports are not parted among themselves (ECB+ topic 24's
    two Paris jewel heists)."""
    texts = ["s0 a8 a2 a9 a0 n0 n1", "s0 a1 a0 a7 a8 n2 n3 n4 n5 b6", "s0 s0 a9 a2 a3 a1 n6 n7",
             "s0 a9 a6 a4 a5 n8 n9", "s0 a4 a10 a6 a3 n10 n11 n12 n13", "s0 a9 a0 a3 a10 n14",
             "s0 a10 a5 a7 a8 n15 n16", "s0 s0 a9 a2 a5 a10 n17 n18 n19", "s0 s0 a5 a6 a7 a0 n20 n21",
             "s0 a1 a0 a7 a10 n22",
             "s0 s0 b2 b5 b1 b3", "s0 s0 b2 b0 b3 b6 n23", "s0 s0 b6 b0 b3 b5 n24", "s0 s0 b3 b6 b1 b4",
             "s0 b5 b3 b2 b6 n25", "s0 s0 b1 b0 b5 b6 n26 n27"]
    from collections import Counter

    from storyline.assemble.splits import split_story
    from storyline.assemble.textsim import tfidf

    units = [_unit(i, t.split()) for i, t in enumerate(texts)]
    halves = split_story(units, Counter(), {u.key: tfidf(u.counts, {}, 1.0) for u in units}, {})
    assert [[int(u.doc[1:]) for u in half] for half in halves] == [list(range(10)), list(range(10, 16))]


def test_two_quakes_of_other_magnitudes_split_though_every_other_word_is_shared(monkeypatch):
    """Fourteen reports of quakes on one island, five giving 5.6 and nine 5.9 (some of them 6.1 as
    well, as one quake's revised reading): the halves' words are too alike for the plain two-means
    bar, but each half carries a figure of its own, so they are two stories. With the figures on
    both sides it stays one."""
    from storyline.assemble import splits

    quake = "earthquake island jolted southern coast magnitude richter injured buildings damaged".split()

    def units(second_reading: str):
        out = [_unit(i, quake * 2 + ["#5.6", "hurt", f"w{i}"]) for i in range(5)]
        out += [_unit(i, quake * 2 + [second_reading, "killed", "villages", f"w{i}"] + (["#6.1"] if i % 2 else []))
                for i in range(5, 14)]
        return out

    assert _stories_of(units("#5.9")) == [list(range(5)), list(range(5, 14))]
    assert _stories_of(units("#5.6")) == [list(range(14))]
    monkeypatch.setattr(splits, "FIGURE_SPLIT_BELOW", 0.3)  # halves this alike stay one story
    assert _stories_of(units("#5.9")) == [list(range(14))]


def test_two_stories_that_share_their_leading_figure_join():
    """A game left in two stories: both give the final score, and their words are alike. Stories of
    other scores, or filed in other years, stay apart. Two shared figures (the score and a team's
    record) join stories whose words are less alike: in draws of ten ECB+ topics one game's undated
    reports lay in three stories that all gave 31-24 and 11-4 (cosines 0.45 to 0.69)."""
    from dataclasses import replace

    from storyline.assemble.splits import join_same_figures
    from storyline.assemble.textsim import tfidf

    game = "colts jaguars touchdown quarterback thursday night game fourth quarter".split()

    def story(first: int, figures: list[str], year: str = "2008", words=game):
        return [replace(_unit(i, words + figures + [f"w{i}"]), published=f"{year}-12-19") for i in range(first, first + 3)]

    def joined(*stories):
        vectors = {u.key: tfidf(u.counts, {}, 1.0) for s in stories for u in s}
        return sorted(sorted(int(u.doc[1:]) for u in s) for s in join_same_figures(list(stories), vectors))

    assert joined(story(0, ["#31-24"]), story(3, ["#31-24"])) == [list(range(6))]
    assert joined(story(0, ["#31-24"]), story(3, ["#20-13"])) == [[0, 1, 2], [3, 4, 5]]
    assert joined(story(0, ["#31-24"]), story(3, ["#31-24"], "2012")) == [[0, 1, 2], [3, 4, 5]]
    other = "jacksonville jaguars colts win division playoff".split()
    assert joined(story(0, ["#31-24"], words=game[:4]), story(3, ["#31-24"], words=other)) == [[0, 1, 2], [3, 4, 5]]
    assert joined(story(0, ["#31-24", "#11-4"], words=game[:4]),
                  story(3, ["#31-24", "#11-4"], words=other)) == [list(range(6))]


def test_a_unit_names_the_days_of_the_week_of_its_dates():
    from storyline.assemble.units import units_of
    from storyline.records import Document, Section, TimeExpression

    text = "Robbers struck on Thursday night; police spoke on Friday."
    doc = Document(id="d", path="d.txt", text=text, format="text", sections=[Section("body", 0, len(text))],
                   timexes=[TimeExpression(18, 32, "Thursday night", "DATE", "XXXX-WXX-4TNI", None),
                            TimeExpression(49, 55, "Friday", "DATE", "XXXX-WXX-5", None)])
    (unit,) = units_of(doc, {}, 0)
    assert unit.weekdays == {3, 4}


def test_a_report_is_held_by_its_own_story_under_the_same_time_rules():
    """A June report on the March flood and its inquiry joins the March story in the single pass
    (the inquiry's story does not exist yet). On the second look its own story is measured under
    the time rules any other story is (a month's window): the June inquiry story is nearer."""
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import Unit

    flood = "flood river levee town evacuation water rain sandbags".split()
    inquiry = "flood river levee town inquiry report engineers failure".split()
    days = ["2024-03-04", "2024-06-02", "2024-03-05", "2024-03-06", "2024-06-01", "2024-06-03"]
    words = [flood + ["a0"], flood[:6] + ["inquiry", "u"], flood + ["a2"], flood + ["a3"], inquiry + ["b4"],
             inquiry + ["b5"]]
    units = [Unit(f"d{i}", 0, [(0, 1)], None, day, None, Counter(w), order=i) for i, (day, w) in enumerate(zip(days, words))]
    found = stories.cluster_units(units, threshold=0.3, window_days=30).clusters
    assert sorted(sorted(u.doc for u in c.units) for c in found) == [["d0", "d2", "d3"], ["d1", "d4", "d5"]]


def test_reports_moving_back_and_forth_settle_on_the_better_of_the_two_states(monkeypatch):
    """The second look moves all units at once, so a report can move to another story and back,
    round after round. When a round brings back the stories of the round before last, the state
    whose units are more like their stories is kept, wherever the rounds would have stopped."""
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import Unit

    units = [Unit(f"d{i}", 0, [(0, 1)], None, "2024-03-04", None, Counter(["flood", "river", f"w{i}"]), order=i)
             for i in range(4)]
    vectors = {u.key: {"flood": 0.6, "river": 0.6, f"w{u.order}": 0.5} for u in units}
    # d0 always prefers the story it is not in (0.5 where it is, 1.0 elsewhere); the others stay
    monkeypatch.setattr(stories._Whole, "own_score", lambda self, unit, vector, n, days: 0.5 if unit.doc == "d0" else 1.0)
    monkeypatch.setattr(stories._Whole, "score", lambda self, unit, vector, m, days: 1.0 if unit.doc == "d0" and all(
        u.doc != "d0" for u in self.clusters[m].units) else 0.0)
    start = [stories._cluster_of(0, [units[1]]), stories._cluster_of(1, [units[0], units[2], units[3]])]
    found = stories._refine(start, vectors, {}, threshold=0.2, window_days=30)
    # d0 beside d1 counts d1 (a story of one counts nothing): 0.5 + 1 + 1 + 1 against 0.5 + 1 + 1
    assert sorted(sorted(u.doc for u in c.units) for c in found) == [["d0", "d1"], ["d2", "d3"]]


def test_prefilter_cosines_are_the_exact_cosines_but_for_rounding():
    import random
    from collections import Counter

    from storyline.assemble.prefilter import Prefilter
    from storyline.assemble.textsim import dot

    rng = random.Random(5)
    terms = [f"t{n}" for n in range(60)]
    vectors = {(f"d{i}", 0): {t: rng.random() for t in rng.sample(terms, rng.randint(1, 30))} for i in range(40)}
    totals = [Counter({t: rng.random() * 3 for t in rng.sample(terms + ["unseen"], rng.randint(1, 40))}) for _ in range(7)]
    norms = [sum(v * v for v in t.values()) ** 0.5 for t in totals]
    prefilter = Prefilter(vectors)
    prefilter.stories(totals, norms, [frozenset([n]) for n in range(7)])
    for key, near in zip(vectors, prefilter.cosine_rows(list(vectors))):
        exact = [dot(vectors[key], total) / norm for total, norm in zip(totals, norms)]
        assert list(near) == pytest.approx(exact, abs=1e-12)


def test_the_second_looks_prefilter_changes_no_story(monkeypatch):
    # the prefilter only skips candidates that cannot reach a bar: with it off, the same stories
    import random
    from collections import Counter

    from storyline.assemble import stories
    from storyline.assemble.units import Unit

    rng = random.Random(11)
    shared = [f"common{n}" for n in range(30)]
    plans = [[f"s{k}w{n}" for n in range(25)] for k in range(12)]
    units = []
    for i in range(240):
        plan = rng.choice(plans)
        words = [rng.choice(plan) if rng.random() < 0.35 else rng.choice(shared) for _ in range(rng.randint(8, 60))]
        units.append(Unit(f"d{i}", 0, [(0, 1)], None, f"2024-03-{rng.randint(1, 28):02d}", None, Counter(words), order=i))

    def grouping():
        result = stories.cluster_units(units, threshold=0.2, window_days=30)
        return sorted(sorted(u.doc for u in c.units) for c in result.clusters)

    with_prefilter = grouping()
    monkeypatch.setattr(stories, "MARGIN", float("inf"))  # every candidate scored exactly
    assert grouping() == with_prefilter and len(with_prefilter) > 1
