"""Claims: the factual statements of each report, clustered across outlets, with a status.

A candidate is a reporting sentence (never a comment, caption or page furniture) that names an
actor (an entity, or "he"/"she" continuing the previous sentence's person), reads as a statement
(not a question, not first-person opinion, not a fragment, not the writer's own first person:
statements.py) and is long enough to say something. Candidates of one
story that say the same thing (same content words or concepts, same actors, same day; two words
in common beyond the names and the verbs of saying, not all of them a title or a time, nor all in
the phrase both end with; a figure in common where both give figures) form one claim. A denial in
the same sentence that names who denies ("..., which the Defence Ministry denied"; not "..., but
always denied Y") or right after it, however short ("The Defense Ministry dismissed this
information as false.", "All have denied it.") disputes the claim; so does
another outlet's statement of the same day that would join it but gives a figure of the same thing
that cannot be true with its own ("up to 169 people" / "up to 159 people": quantities.py)."""
from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from ..data import load, phrase_pattern
from ..entities import PLACE_TYPES
from ..records import Document, Mention, Source, TimeExpression, within
from ..structure.metadata import without_dateline
from .quantities import Quantity, contradict, quantities_in
from .statements import conjectures, is_fragment, leans_on_next, narrator_speaks, says_nothing
from .textsim import blanked, cosine, idf_sum, idf_table, phrase_counts, tfidf, words
from .units import is_question, sentences_within

MIN_WORDS, MAX_WORDS = 6, 90
SAME_CLAIM = 0.30  # cosine of words (with the bonuses below) at which two sentences say the same thing
SAME_DISPUTE = 0.20  # the bar for two sentences that are both denied
# Two sentences that share one of the candidate's strongest terms (a rare word, a phrase) meet the
# bar above; sharing only common words takes the higher one. On ECB+ (topics 1-35) this found 67%
# more same-event pairs than looking only through the strongest terms, at higher precision.
INDEX_TERMS = 10
SAME_CLAIM_PLAIN = 0.55
# The cost per sentence stays bounded in a story of thousands of sentences: a word found in more
# than COMMON_POSTINGS claims looks none up (it counts only for claims a rarer word found), and
# only the POOL_CLAIMS claims sharing the most are scored (with every one sharing a strongest term).
POOL_CLAIMS = 30
COMMON_POSTINGS = 100
# A long sentence often carries several claims; the share of the shorter sentence's (IDF-weighted)
# words that the longer one holds finds one claim inside another.
CONTAINMENT_WEIGHT = 0.8
CONTAINED_ALONE = 0.5
# Two statements are one claim only if they share words beyond the names they give and the verbs
# of saying: in a story about the WHO and Mexico, "The WHO says 26 cases ..." holds most words of
# "We will be kept updated by the World Health Organisation", and "Dr Fey said: 'We're doing tests.'"
# is near "Dr Tony Holohan said tests had shown ...".
SHARED_WORDS = 2
CONTAINED_MIN_WORDS = 4  # and "From Mexico" is inside every sentence naming Mexico
# A statement joins a claim only if it is near at least half of the claim's statements, each at
# 0.8 of the bar it meets against the claim as a whole (`_near_most`). In the 121 reports of five
# outlets on the BP oil spill (Timeline17, 1-7 June 2010) 33% of the pairs of reports a claim
# joined said the same thing (40 read by hand), 70% with this; on ECB+ (`storyline eval claims`)
# precision stayed 97.3, recall fell from 17.7 to 15.4 (1.0 instead of 0.8: 96.7 / 12.2).
PEER_SHARE = 0.5
PEER_BAR = 0.8
SAME_DAY_BONUS = 0.08
OTHER_DAY_PENALTY = 0.25  # both name a day, and not the same one
SHARED_ENTITY_BONUS = 0.05  # per shared actor, at most three
_PRONOUN_START = re.compile(r"^(?:He|She|They)\b")
_DATED = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?")


@dataclass(slots=True)
class Candidate:
    doc: str
    start: int
    end: int
    text: str
    outlet: str | None
    group: str  # the outlet group: copies of one report share it
    unit: tuple[str, int]
    published: str | None  # the unit's time (or an inferred day)
    inferred: bool
    counts: Counter
    entities: set[str]
    days: list[str]
    says: bool
    said: frozenset[str] = frozenset()  # its words outside the names it gives: what it says of them
    sequence: tuple[str, ...] = ()  # all its words in order (names too), for what two statements end with
    setting: frozenset[str] = frozenset()  # its words that give a name's title or a time ("Governor", "Monday")
    denial: Source | None = None
    is_denial: bool = False
    vector: dict[str, float] = field(default_factory=dict)
    figures: frozenset[str] = frozenset()  # the counts it gives: "26 cases", "eight students"
    aside_days: frozenset[str] = frozenset()  # of `days`, those it names only in a relative clause
    quantities: tuple[Quantity, ...] = ()  # the same with what they count and how firm they are
    places: frozenset[str] = frozenset()  # the places it names (lower case), for its figures
    # read from the above once, not on every comparison:
    singles: frozenset[str] = field(init=False)  # its words and concepts without the word pairs
    actions: frozenset[str] = field(init=False)  # its action concepts
    told: frozenset[str] = field(init=False)  # `said` without the verbs of saying
    full_days: frozenset[str] = field(init=False)  # the whole days it names (YYYY-MM-DD)

    def __post_init__(self) -> None:
        self.derive()

    def derive(self) -> None:
        self.singles = frozenset(t for t in self.counts if "_" not in t)
        self.actions = self.singles & _actions()
        self.told = self.said - _saying()
        self.full_days = frozenset(d[:10] for d in self.days if len(d) >= 10)


@dataclass(slots=True)
class ClaimCluster:
    number: int
    members: list[Candidate] = field(default_factory=list)
    total: Counter = field(default_factory=Counter)
    vector: dict[str, float] = field(default_factory=dict)
    entities: set[str] = field(default_factory=set)
    units: set[tuple[str, int]] = field(default_factory=set)  # the reports and posts it draws on
    days: set[str] = field(default_factory=set)  # the days its members name (YYYY-MM-DD)
    contradicted_by: list[Candidate] = field(default_factory=list)  # another outlet's other figure


@cache
def _lexicon() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = load("claims.json")
    denial, phrases, opinion, say = (phrase_pattern(data[key], re.I) for key in (
        "denial_cues", "denial_back_references", "opinion_markers", "say_lemmas"))
    # "denied it.", "dismissed it as false": a pronoun that is the denial's object, closing its clause
    pronoun = re.compile(denial.pattern + r"\s+" + phrase_pattern(data["denial_object_pronouns"]).pattern
                         + r"(?=\s*(?:[.,;:!]|$)|\s+as\b)", re.I)
    back_reference = re.compile(f"{phrases.pattern}|{pronoun.pattern}", re.I)
    return denial, back_reference, opinion, say


def candidates_of(doc: Document, spans: list[tuple[int, int]], unit: tuple[str, int], group: str,
                  published: str | None, inferred: bool, entity_at: dict[tuple[str, int], str],
                  timexes: list[TimeExpression]) -> list[Candidate]:
    denial, back_reference, opinion, say = _lexicon()
    found: list[Candidate] = []
    sentences = sentences_within(doc, spans)
    starts = [m.start for m in doc.mentions]  # sorted: the annotate stage orders mentions by start
    last_person: str | None = None
    for sentence_start, sentence_end in sentences:
        text = doc.text[sentence_start:sentence_end].strip()
        start = sentence_start + doc.text[sentence_start:sentence_end].find(text[:1]) if text else sentence_start
        end = start + len(text)
        # "Harbourton, The Valley Courier: Shopkeepers ...": the place and the outlet are no part of the
        # claim; a name the entity model ran over the colon still counts
        text = without_dateline(text)
        first, start = start, end - len(text)
        mentions = [m for m in doc.mentions[bisect_left(starts, first):bisect_left(starts, end)]
                    if not m.in_comment and m.start + len(m.text) > start]
        entities = {entity_at[(doc.id, m.start)] for m in mentions if (doc.id, m.start) in entity_at}
        persons = [entity_at.get((doc.id, m.start)) for m in mentions if m.type == "PERSON"]
        if last_person and _PRONOUN_START.match(text):
            entities.add(last_person)  # "He launched ...": the person the last sentence named
        if persons and persons[0]:
            last_person = persons[0]
        n_words = len(text.split())
        own = denial.search(text)
        # a denial that refers back ("dismissed this information as false") disputes the statement
        # before it, even one too short to be a claim itself ("All have denied it.")
        refers_back = bool(own and back_reference.search(text) and found and found[-1].end <= start)
        if refers_back and n_words < MIN_WORDS:
            found[-1].denial = Source(doc.id, start, end, text, doc.outlet)
            continue
        if not (MIN_WORDS <= n_words <= MAX_WORDS) or is_question(text) or not re.search(r"(?:[.!”\"’')]|[.!]\s*-RRB-)$", text):
            continue
        if opinion.search(text) or not entities or is_fragment(text) or says_nothing(text, say):
            continue
        if narrator_speaks(text) and not say.search(text):
            continue  # "I was in New Orleans ...", "we are asking readers ...": the writer, not the story
        if conjectures(text, say):
            continue  # "Perhaps BP should stand for Bad Publicity.": the writer's guess
        if not own and _only_attributes(text):
            continue  # "This was reported by BelTA.": who said the sentence before, not a claim
        pieces = [(start, end)] if own else _clauses(text, start)
        if len(pieces) > 1:  # one candidate per claim the sentence carries
            for a, b in pieces:
                inside = {entity_at[(doc.id, m.start)] for m in mentions
                          if a <= m.start < b and (doc.id, m.start) in entity_at} or entities
                found.append(_candidate(doc, a, b, group, unit, published, inferred, inside, timexes,
                                        bool(say.search(text)), mentions))
            continue
        candidate = _candidate(doc, start, end, group, unit, published, inferred, entities, timexes,
                               bool(say.search(text)), mentions)
        # "..., which the Defence Ministry denied": the clause names who denies (not "..., but
        # rejected a French plan", the sentence's own subject doing something else)
        turn = re.search(r",\s*(?:which|but)\b([^,]*)$", text[:own.start()]) if own else None
        if own and own.start() > len(text) * 0.4 and turn and _names_who(turn.group(1)):
            clause = text.rfind(",", 0, own.start()) + 1
            candidate.denial = Source(doc.id, start + clause, end, text[clause:].strip(), doc.outlet)
        elif refers_back:
            found[-1].denial = Source(doc.id, start, end, text, doc.outlet)
            found[-1].counts.update(candidate.counts)  # the denial names what is denied, and by whom
            found[-1].derive()
            candidate.is_denial = True
        found.append(candidate)
    return found


def _names_who(between: str) -> bool:
    """Do the words between ", which" / ", but" and a denial cue name who denies ("the Defence
    Ministry"), rather than adverbs and auxiliaries of the sentence's own subject ("always")?"""
    fillers = _denial_fillers()
    return any(word.lower() not in fillers for word in re.findall(r"[\w'’-]+", between))


@cache
def _denial_fillers() -> frozenset[str]:
    return frozenset(load("claims.json")["denial_turn_fillers"])


def _candidate(doc: Document, start: int, end: int, group: str, unit: tuple[str, int], published: str | None,
               inferred: bool, entities: set[str], timexes: list[TimeExpression], says: bool,
               mentions: list[Mention]) -> Candidate:
    text = doc.text[start:end]
    background = _background(text, start)
    dated = [(t.start, day.group(0)) for t in timexes if start <= t.start < end and t.type in ("DATE", "TIME")
             and t.value and (day := _DATED.match(t.value)) and not within(t.start, background)]
    days = [day for _, day in dated]
    asides = _spans_of(_RELATIVE, text, start) if dated else []
    aside_days = {day for _, day in dated} - {day for at, day in dated if not within(at, asides)}
    # a day of the month or a clock time is a date, not a count: "on June 24" gives no figure
    undated = blanked(text, start, [(t.start, t.end) for t in timexes])
    figures = figures_in(undated)
    sequence = words(blanked(text, start, background))
    titles = [doc.text[a:m.start] for m in mentions if start <= (a := _title_start(doc.text, m)) < m.start]
    setting = titles + [t.text for t in timexes if start <= t.start < end]
    return Candidate(doc.id, start, end, text, doc.outlet, group, unit, published, inferred,
                     phrase_counts(sequence), entities, days, says,
                     frozenset(words(blanked(text, start, [(m.start, m.end) for m in mentions] + background))),
                     tuple(sequence), frozenset(w for phrase in setting for w in words(phrase)),
                     figures=figures, quantities=quantities_in(undated) if figures else (),  # most give none
                     aside_days=frozenset(aside_days),
                     places=frozenset(m.text.lower() for m in mentions if m.type in PLACE_TYPES and start <= m.start < end))


def _background(text: str, start: int) -> list[tuple[int, int]]:
    """The clauses of a sentence (at `start` of its document) that give the story's background
    ("since the rig exploded and sank in April"; `background_openers`), as document spans."""
    return _spans_of(_background_clause(), text, start)


@cache
def _background_clause() -> re.Pattern:
    openers = phrase_pattern(load("claims.json")["background_openers"], re.I).pattern
    # "since the rig exploded"; "since 20 April, when the rig exploded" (the date alone is no clause)
    return re.compile(openers + r"(?:(?!\s*\d)[^,;:]*|\s*\d[^,;:]*,\s*when\b[^,;:]*)", re.I)


# a relative clause set off by a comma ("Prigozhin, who on Friday called for an armed uprising, ...";
# "Rostov-on-Don, where Wagner forces appeared on Friday night"), up to the next comma, semicolon or
# colon: a day named only there may be the background's, not the statement's (the timeline marks it
# uncertain)
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|where)\b[^,;:]*")


def _spans_of(pattern: re.Pattern, text: str, start: int) -> list[tuple[int, int]]:
    """The pattern's matches in a sentence at `start` of its document, as document spans."""
    return [(start + m.start(), start + m.end()) for m in pattern.finditer(text)]


def _title_start(text: str, m: Mention) -> int:
    """Where the title the report gives a name right before it starts ("Governor Tomas Reyes"), or
    the name's own start."""
    if m.role:
        before = text[max(0, m.start - len(m.role) - 1):m.start]
        if before.rstrip().lower().endswith(m.role.lower()):
            return m.start - len(before) + before.lower().rfind(m.role.lower())
    return m.start


_FIGURE = re.compile(r"(?<![\w.,-])\d[\d,.]*(?![\w-])")  # not "23-year-old", not "H1N1"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_AGE = re.compile(r"\b(\d{1,3})[- ](year|month|week|day)s?[- ]old\b", re.I)


def figures_in(text: str) -> frozenset[str]:
    """The figures a statement gives, in digits ("1,300" -> "1300", "eight" -> "8"); years are
    dates, not counts, and are left out. An age is a figure of its own ("23-year-old" ->
    "age:23year"): "the 23-year-old man from Islington" and "a 22-year-old man from south London"
    are two people."""
    spelled = _number_words()
    ages = {f"age:{m.group(1)}{m.group(2).lower()}" for m in _AGE.finditer(text)}
    text = _AGE.sub(" ", text)
    numbers = {m.group(0).rstrip(".,").replace(",", "") for m in _FIGURE.finditer(text)}
    numbers |= {spelled[w] for w in re.findall(r"[a-z]+", text.lower()) if w in spelled}
    return frozenset(n for n in numbers if not _YEAR.fullmatch(n)) | ages


@cache
def _lead_in() -> re.Pattern:
    return phrase_pattern(load("claims.json")["lead_in_openers"], re.I)  # used with .match: the first words


@cache
def _number_words() -> dict[str, str]:
    return load("claims.json")["number_words"]


# A new clause inside a long sentence: a comma or semicolon, then a new subject (a name or a
# determiner and up to seven words) and a finite verb: "..., Prigozhin would move to Belarus, and
# Wagner fighters who rallied to his cause would face no action". Not where the words before the
# verb say who spoke ("In a round of Sunday telecasts, Blinken said it is still too early"): the
# verb is the reported clause's, and what comes before is a lead-in to it.
_FINITE_VERB = r"(?:would|will|was|were|had|has|have|is|are|could)"
_CLAUSE_BREAK = re.compile(
    r"(?:,\s+(?:and\s+|but\s+)?|;\s+(?:and\s+)?)(?=(?P<subject>(?:[A-Z][\w’'-]*|the|a|an|his|her|its|their)\s+"
    r"(?:[\w’'-]+\s+){0,7}?)" + _FINITE_VERB + r"\s)")
# "..., following which the Wagner private military company pulled back its military columns": a
# relative link word that starts a clause of its own, whatever its verb
_WHICH_BREAK = re.compile(
    r",\s+(?:following|after)\s+which\s+(?=(?P<subject>(?:[A-Z][\w’'-]*|the|a|an|his|her|its|their)\s))")
_FINITE = re.compile(r"\b" + _FINITE_VERB + r"\b")
_TRAILING_LINK = re.compile(r"(?:[\s,;]+(?:and|but|(?:following|after)\s+which))?[\s,;]*$")
CLAUSE_SPLIT_WORDS = 25  # shorter sentences are taken whole
MIN_CLAUSE_WORDS = 4  # "Prigozhin would move to Belarus"


def _clauses(text: str, start: int) -> list[tuple[int, int]]:
    """The claims a long sentence carries, as character spans. Hand-written over the stored text:
    the assemble stage has no parse. A piece too short to stand alone stays with the one before."""
    if len(text.split()) < CLAUSE_SPLIT_WORDS:
        return [(start, start + len(text))]
    say = _lexicon()[3]
    breaks = [m for m in _CLAUSE_BREAK.finditer(text) if not say.search(m["subject"])]
    breaks += _WHICH_BREAK.finditer(text)
    cuts = [0] + sorted(m.end() for m in breaks) + [len(text)]
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _TRAILING_LINK.sub("", text[a:b])
        if len(piece.split()) >= MIN_CLAUSE_WORDS or not pieces:
            pieces.append((start + a, start + a + len(piece)))
        else:
            pieces[-1] = (pieces[-1][0], start + a + len(piece))
    for i in range(len(pieces) - 2, -1, -1):  # "If the virus spreads", "told the BBC that, based on ..."
        if leans_on_next(text[pieces[i][0] - start:pieces[i][1] - start]):
            pieces[i:i + 2] = [(pieces[i][0], pieces[i + 1][1])]
    first = text[:pieces[0][1] - start]
    if len(pieces) > 1 and (len(first.split()) < MIN_CLAUSE_WORDS or (
            _lead_in().match(first) and not say.search(first) and not _FINITE.search(first))):
        pieces[:2] = [(pieces[0][0], pieces[1][1])]  # "In Mexico, schools ...": a lead-in, not a claim
    return pieces


def cluster_claims(candidates: list[Candidate], before: dict[tuple[str, int], str] | None = None
                   ) -> list[ClaimCluster]:
    """Single pass: each candidate joins the most similar claim of its story, or starts one.
    `before` ((report, start) -> claim) holds the claims of a previous build: a statement it names
    goes back to its claim, whatever the word weights of the story now, so a claim keeps its
    members (and its id) when new reports come in; a statement it does not name is placed as
    ever, and may join one of those claims. What a claim disputes is found again in either case."""
    before = before or {}
    again: dict[str, ClaimCluster] = {}  # a previous build's claim -> its cluster now
    frequency: Counter = Counter()
    for c in candidates:
        frequency.update(c.counts.keys())
    idf, default = idf_table(frequency, len(candidates))
    clusters: list[ClaimCluster] = []
    weight = {id(c): idf_sum(c.singles, idf, default) for c in candidates}

    def containment(a: Candidate, b: Candidate) -> float:
        """The IDF-weighted share of the shorter one's words that the longer one holds (single
        words: pairs would punish the other wording of the same thing)."""
        total = weight[id(a if len(a.singles) <= len(b.singles) else b)]
        return idf_sum(a.singles & b.singles, idf, default) / total if total else 0.0

    # Only a claim with a member that shares SHARED_WORDS of the candidate's words can take it
    # (`_say_the_same`): an index of those words finds them (`_lookup`, within the bounds above).
    index: dict[str, set[int]] = defaultdict(set)
    strong: dict[str, set[int]] = defaultdict(set)
    home: dict[int, ClaimCluster] = {}  # id(candidate) -> its claim
    rivals: list[tuple[Candidate, Candidate]] = []  # statements that differ only in their figures
    for c in candidates:
        if c.is_denial:
            continue
        vector = c.vector = tfidf(c.counts, idf, default)
        strongest = heapq.nlargest(INDEX_TERMS, vector.items(), key=lambda kv: kv[1])
        distinctive = set().union(*(strong.get(t, set()) for t, _ in strongest)) if strongest else set()
        pool = _lookup(c, index, distinctive, idf, default)
        best, best_score = None, 0.0
        for number in pool:
            cluster = clusters[number]
            if c.unit in cluster.units:
                continue  # a report does not corroborate itself
            if not any(_same_action(c, m) for m in cluster.members):
                continue  # "spoke to leaders" and "the case would be dropped" are two claims
            same = [m for m in cluster.members if _say_the_same(c, m)]
            clashing = [m for m in cluster.members if _clash(c, m)]
            alike = [] if clashing else [m for m in same if _same_figures(c, m)]
            other = [m for m in clashing if _say_the_same(c, m) and _may_dispute(c, m)]
            if not alike and not other:
                continue
            contained = max((containment(c, m) for m in alike or other if _long_enough(c, m)), default=0.0)
            if not c.entities & cluster.entities and contained < CONTAINED_ALONE:
                continue  # a claim is about an actor, unless the words alone say it is the same
            score = max(cosine(vector, cluster.vector), CONTAINMENT_WEIGHT * contained) + _bonus(c, cluster)
            bar = SAME_DISPUTE if c.denial and any(m.denial for m in cluster.members) else SAME_CLAIM
            if number not in distinctive:
                bar = max(bar, SAME_CLAIM_PLAIN)
            if score >= bar and not _near_most(c, cluster, PEER_BAR * bar, containment):
                continue
            if score >= bar and other:
                rivals += [(c, m) for m in other]
            elif score >= bar and score > best_score:
                best, best_score = cluster, score
        placed = before.get((c.doc, c.start))  # the claim a previous build put it in
        if placed is not None:
            best = again.get(placed)
        if best is None:
            best = ClaimCluster(len(clusters))
            clusters.append(best)
            if placed is not None:
                again[placed] = best
        best.members.append(c)
        home[id(c)] = best
        best.entities |= c.entities
        best.units.add(c.unit)
        best.days |= c.full_days
        for term, value in vector.items():
            best.total[term] += value
        norm = sum(v * v for v in best.total.values()) ** 0.5 or 1.0
        best.vector = {t: v / norm for t, v in best.total.items()}
        for word in c.told:
            index[word].add(best.number)
        for term, _ in strongest:
            strong[term].add(best.number)
    for c, m in rivals:
        ours, theirs = home[id(c)], home[id(m)]
        if ours is not theirs:
            for claim, other in ((ours, m), (theirs, c)):
                if not any(x is other for x in claim.contradicted_by):
                    claim.contradicted_by.append(other)
    return clusters


def _lookup(c: Candidate, index: dict[str, set[int]], distinctive: set[int], idf: dict[str, float],
            default: float) -> list[int]:
    """The claims (numbers, in order) worth scoring for `c`: those sharing SHARED_WORDS of its
    words, at most POOL_CLAIMS of them sharing the most (IDF-weighted), and every one of them
    that shares a strongest term (`distinctive`). A word found in more than COMMON_POSTINGS
    claims counts only for the claims a rarer word found."""
    shared: Counter = Counter()
    overlap: dict[int, float] = defaultdict(float)
    common = []
    for word in sorted(c.told):  # in one order: the sums below round alike in every run (idf_sum)
        postings = index.get(word, ())
        if len(postings) > COMMON_POSTINGS:
            common.append(word)
            continue
        for number in postings:
            shared[number] += 1
            overlap[number] += idf.get(word, default)
    for word in common:
        postings, value = index[word], idf.get(word, default)
        for number in [n for n in shared if n in postings]:
            shared[number] += 1
            overlap[number] += value
    eligible = {n for n, k in shared.items() if k >= SHARED_WORDS}
    best = heapq.nlargest(POOL_CLAIMS, eligible, key=lambda n: (overlap[n], -n))
    return sorted(set(best) | (distinctive & eligible))


def _same_action(a: Candidate, b: Candidate) -> bool:
    """No action concept in common, where both name one, means two different events."""
    return not a.actions or not b.actions or bool(a.actions & b.actions)


@cache
def _actions() -> frozenset[str]:
    return frozenset("@" + name for name in load("claims.json")["action_concepts"])


def _say_the_same(a: Candidate, b: Candidate) -> bool:
    shared = a.told & b.told
    return (len(shared) >= SHARED_WORDS and bool(shared - a.setting - b.setting)
            and not _only_the_ending(a, b, shared))


def _only_the_ending(a: Candidate, b: Candidate, shared: frozenset[str]) -> bool:
    """Do two statements share only the phrase both end with, saying different things before it?
    "Reyes promised an emergency fund for households hit by Storm Mira" and "Insurers have opened a
    claims desk for households hit by Storm Mira" describe the same people, not the same act."""
    n = 0
    while n < min(len(a.sequence), len(b.sequence)) and a.sequence[-1 - n] == b.sequence[-1 - n]:
        n += 1
    if not n:
        return False
    heads = [set(c.sequence[:len(c.sequence) - n]) & c.told for c in (a, b)]
    ending = set(a.sequence[len(a.sequence) - n:])
    return all(len(h) >= SHARED_WORDS for h in heads) and not heads[0] & heads[1] and shared <= ending


def _same_figures(a: Candidate, b: Candidate) -> bool:
    """Statements that both give figures share one, or they tell different counts ("killed up to
    159 people" / "up to 176"; "eight cases" / "25 suspected cases"): not one claim."""
    return not a.figures or not b.figures or bool(a.figures & b.figures)


def _clash(a: Candidate, b: Candidate) -> bool:
    """The two give figures of one thing that cannot both be true (quantities.contradict)."""
    return bool(a.quantities and b.quantities) and contradict(a.quantities, b.quantities) is not None


def _may_dispute(a: Candidate, b: Candidate) -> bool:
    """Figures that clash (_clash) dispute each other only between two outlets' statements of one
    day: "up to 169 people are believed to have died" / "killed up to 159 people". Not an update: a
    toll reported a day later is a new figure, not a dispute; not copies of one report; not the
    tolls of two places ("10 killed in Gaza" / "15 killed in the West Bank")."""
    other_places = bool(a.places and b.places) and not a.places & b.places
    return a.group != b.group and bool(a.published) and a.published[:10] == (b.published or "")[:10] and not other_places


@cache
def _saying() -> frozenset[str]:
    return frozenset(w for phrase in load("claims.json")["say_lemmas"] for w in words(phrase))


def _long_enough(a: Candidate, b: Candidate) -> bool:
    """Both have words enough for one to be found inside the other."""
    return min(len(a.singles), len(b.singles)) >= CONTAINED_MIN_WORDS


def _bonus(c: Candidate, cluster: ClaimCluster) -> float:
    return _bonus_for(c, cluster.days, cluster.entities)


def _bonus_for(c: Candidate, days: set[str] | frozenset[str], entities: set[str]) -> float:
    own = c.full_days
    timing = SAME_DAY_BONUS if days & own else (-OTHER_DAY_PENALTY if days and own else 0.0)
    return timing + SHARED_ENTITY_BONUS * min(len(c.entities & entities), 3)


def _near_most(c: Candidate, cluster: ClaimCluster, bar: float, containment) -> bool:
    """Is `c` near (scored as against the claim, at `bar`) at least PEER_SHARE of the claim's
    statements from other reports? Against the claim's centroid alone, a claim drifts: in a story
    of weeks every statement names the rig, the spill and BP, and "the rig exploded on 20 April"
    gathered "BP has lost £44bn since the rig exploded" and "Obama made his third trip since the
    explosion", each near one member before it."""
    peers = [m for m in cluster.members if m.unit != c.unit]
    near = 0
    for m in peers:
        contained = containment(c, m) if _long_enough(c, m) else 0.0
        if max(cosine(c.vector, m.vector), CONTAINMENT_WEIGHT * contained) + _bonus_for(c, m.full_days, m.entities) >= bar:
            near += 1
    return near >= PEER_SHARE * len(peers)


def lead_of(cluster: ClaimCluster) -> Candidate:
    """The member that says best what the members share (closest to their centroid), preferring
    one that reads on its own to one that starts "He ...", and a whole sentence to a clause cut from
    one ("the Wagner private military company pulled back its military columns ...")."""
    return max(cluster.members, key=lambda m: (stands_alone(m.text), not is_fragment(m.text),
                                               cosine(m.vector, cluster.vector)))


@cache
def _context_words() -> tuple[frozenset[str], re.Pattern]:
    data = load("claims.json")
    return frozenset(data["context_openers"]), phrase_pattern(data["context_phrases"], re.I)


@cache
def _back_attribution() -> tuple[re.Pattern, re.Pattern]:
    """(opener, ending): the opener is matched at the start; the ending is anchored at the end."""
    data = load("claims.json")
    endings = phrase_pattern(data["back_attribution_endings"], re.I)
    return phrase_pattern(data["back_attribution_openers"], re.I), re.compile(endings.pattern + r"\W*$", re.I)


def _only_attributes(text: str) -> bool:
    opener, ending = _back_attribution()
    return bool(opener.match(text) or ending.search(text))


def stands_alone(text: str) -> bool:
    """False for a sentence that leans on the one before it ("This was reported by BelTA.",
    "Antony Blinken says so.", "He added ..."): a poor summary line on its own."""
    openers, phrases = _context_words()
    words = re.findall(r"[\w’']+", text)
    return bool(words) and words[0].lower() not in openers and not phrases.search(text)


def status_of(cluster: ClaimCluster) -> str:
    if cluster.contradicted_by or any(m.denial for m in cluster.members):
        return "disputed"
    return "corroborated" if len({m.group for m in cluster.members}) >= 2 else "single-source"


def source_of(c: Candidate) -> Source:
    return Source(c.doc, c.start, c.end, c.text, c.outlet)
