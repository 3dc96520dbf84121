"""Which way a time expression points: the tense of the verb that governs it (spaCy parse)."""
from __future__ import annotations

import re

from ..doccache import text_of
from .grammar import FUTURE, PAST, UNKNOWN
from .lexicon import lexicon

FUTURE_MODALS = {"will", "shall", "'ll", "wo", "would", "’ll"}
FUTURE_LEMMAS = {"expect", "schedule", "plan", "due", "set", "go", "intend", "prepare"}
# adjectives that point a date ahead ("a new pact, effective June 1": a change is announced ahead)
AHEAD_WORDS = {"payable", "due", "slated", "upcoming", "effective"}
# "has decided to admit Poland in early March", "agreed to purchase the line in February": what is
# decided, agreed or promised comes after the decision, as a plan does
INTENT_LEMMAS = {"decide", "agree", "promise", "vow", "pledge", "hope", "want", "aim", "propose"}
_AHEAD_OF_XCOMP = FUTURE_LEMMAS | INTENT_LEMMAS
# "postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday": a new date is ahead
PUT_OFF_LEMMAS = {"postpone", "delay", "extend", "adjourn", "defer", "put", "push", "move", "reschedule", "give"}
# "In this July 31 file photo, a boat motors through oil": a picture was taken on its day
PICTURE_NOUNS = {"photo", "photograph", "picture", "image", "footage", "video", "snapshot"}
ANNOUNCED = {"announce", "unveil", "confirm"}  # what a report "has announced" with a date (_set_for_an_announced_event)
PLANNED = {"schedule", "plan", "slate", "expect"}  # "a summit scheduled for April"; "set" see _planned
# "was scheduled for February and then cancelled": a plan called off may have been for a day gone by
CALLED_OFF = {"cancel", "scrap", "abandon", "shelve", "suspend", "drop", "postpone", "delay", "defer"}
# verbs whose past is their present ("the index, which fell 1.4%, hurt the composite on Friday"):
# the tagger's present tense is no sign of a schedule
SAME_IN_PAST = {"hurt", "put", "set", "cut", "hit", "let", "cost", "shut", "quit", "spread", "bet", "cast",
                "burst", "split", "beat", "bid", "broadcast", "forecast", "upset", "shed", "slit", "thrust"}
PRESENT_OF_SPEECH = {"say", "tell", "report", "write", "claim", "be", "have"}  # "says Monday": it happened
# "His comments follow reports on Monday", "The cap's placement follows work on Thursday": what a
# thing follows is behind it
FOLLOWED = {"follow"}
# "would not comment Friday night", "wouldn't budge": a refusal reported in the past, not a future
REFUSED = {"comment", "say", "confirm", "discuss", "elaborate", "disclose", "reveal", "answer", "specify",
           "identify", "speculate", "budge", "name", "release", "respond"}
_PERFECT = {"has", "have", "'s", "’s", "'ve", "’ve"}  # the auxiliaries of a present perfect
_FUTURE_WORDS = re.compile(r"\b(will|shall|'ll|’ll|would|going to|expected to|scheduled to|due to|plans? to|set to)\b", re.I)
_WILL = re.compile(r"\b(will|shall|'ll|’ll)\b", re.I)
# what follows a chronology's date: at the start of a line, or anywhere for a day and a colon
# ("... killing 11 people 28 April : Coastguard fears ...")
# (a line may give two days: "May 11\/12 - Executives ...", its slash escaped in Timeline17)
_CHRONOLOGY = re.compile(r"(?:\\?/\d{1,2})?\s*(?::|-|–|—)\s")
_CHRONOLOGY_ENTRY = re.compile(r"\s?:\s+[A-Z]")
_PAST_WORDS = re.compile(r"\b(said|was|were|had|did|told|announced|reported|\w+ed)\b", re.I)


def tense_of_span(doc, start: int, end: int) -> int:
    """PAST, FUTURE or UNKNOWN for the character span [start, end) of a parsed spaCy Doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return UNKNOWN
    if _set_for_an_announced_event(span):
        return FUTURE
    tense = _tense(doc, span, end)
    event = _named_event(span)
    if event is not None and event.lemma_.lower() in lexicon()["unscheduled_events"] or _happening_in(span):
        return PAST  # "in the aftermath of its April 20 oil well blowout", in January: last April's;
        # "The outbreak in April of the H1N1 virus ... is expected to compound", in May: this April
    if tense == FUTURE and event is not None:
        # "the April 20 spill", "the Nov. 7 election": a calendar date naming an event is the one
        # nearest the report when the sentence looks ahead ("the oil will reach the coast within 150
        # days of the April 20 spill"); one it looks back from stays behind ("since the Oct. 23 slaying")
        return UNKNOWN
    return tense


def _happening_in(span) -> bool:
    """A date a happening no one schedules took place in or on ("the outbreak in April", "the
    disastrous spill in April"; `unscheduled_events`)."""
    root = span.root
    preposition = root.head
    return root.dep_ == "pobj" and preposition.lower_ in ("in", "on", "during") and preposition.head.i != preposition.i \
        and preposition.head.pos_ == "NOUN" and preposition.head.lemma_.lower() in lexicon()["unscheduled_events"]


def _set_for_an_announced_event(span) -> bool:
    """A calendar date after the event a report "has announced" ("has announced a tribute concert
    for Cardiff on 8 October"; `scheduled_events`): the present perfect takes no date of its own, so
    the date is the event's, and an event announced is ahead."""
    root = span.root
    verb = root.head.head
    if root.dep_ != "pobj" or not _in_figures(span) or root.head.dep_ != "prep" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in ANNOUNCED:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children):
        return False
    events = lexicon()["scheduled_events"]
    return any(c.dep_ == "dobj" and c.i < span.start and c.lemma_.lower() in events for c in verb.children)


def _in_figures(span) -> bool:
    """A calendar date written with a day number ("April 20"), not a weekday or a month alone."""
    return any(c.isdigit() for c in span.text)


def _named_event(span):
    """The event a calendar date says which of ("the April 20 spill", "the events of April 20",
    "its April 20 oil well blowout"), or None."""
    root = span.root
    if not _in_figures(span):
        return None
    if root.dep_ in ("nmod", "compound") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= span.end:
        event = span.doc[span.end]
        for token in span.doc[span.end + 1:span.end + 4]:
            if token.pos_ not in ("NOUN", "PROPN"):
                break
            event = token  # "its April 20 oil well blowout": the last noun of the run is the event
        return event
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head
    return None


def _tense(doc, span, end: int) -> int:
    """The tense the sentence gives the expression `span` (which ends at character `end`)."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        # "Monday has been declared a holiday": the day is what the clause is about, not when it happened
        return UNKNOWN
    text = text_of(doc)
    if span.start == root.sent.start and _CHRONOLOGY.match(text, end) \
            or _CHRONOLOGY_ENTRY.match(text, end) and _in_figures(span):
        # "Apr. 21: Fire boat crews battle the blazing rig", "May 2 - Obama visits the Gulf Coast": a
        # chronology's line, in the historic present, recounts what happened (its lines may have
        # run together: "20 April : Rig explodes , killing 11 people 28 April : Coastguard fears ...")
        return PAST
    if root.dep_ == "poss" and _ahead_of(root.head):
        return FUTURE  # "comes ahead of November's congressional elections"
    if root.dep_ == "poss":
        # "follows Tuesday's declaration": a day's event is reported after it, unless the sentence
        # speaks of the future ("Monday's meeting will decide") where the clause that holds the
        # event does not look back ("Wednesday's agreement was hailed, and talks will resume")
        if _WILL.search(root.sent.text) and _governing_tense(root.head, span) != PAST:
            return FUTURE
        return PAST
    put_off = root.head.head.lemma_.lower()
    if root.head.lower_ in ("until", "till", "through") and put_off in PUT_OFF_LEMMAS \
            or root.head.lower_ == "to" and put_off in PUT_OFF_LEMMAS - {"give"}:
        return FUTURE  # "postponed Sunday's shows to July 31"
    if root.dep_ in ("compound", "nmod", "npadvmod") and root.head.lemma_.lower() in PICTURE_NOUNS:
        return PAST
    if any(c.dep_ == "relcl" and verb_tense(c) == PAST for c in root.children):
        return PAST  # "investigating the disaster on 20 April, which killed 11 people": its clause says
    return _governing_tense(root, span)


def _ahead_of(noun) -> bool:
    """ "ahead of the elections", "in advance of the summit": what the noun names is still to come."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in ("ahead", "advance")


def _governing_tense(token, span) -> int:
    """The tense of the verb that `token` hangs from, through nouns and prepositions."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "prep" or verb.head.i == verb.i:
            break  # (a participle the parser made a preposition, "following", "including", is passed)
        if verb.lemma_.lower() in AHEAD_WORDS:
            return FUTURE  # "a dividend, payable Dec. 15", "a vote due Tuesday": ahead of the report
        if verb.lower_ == "since" and verb.i < span.start:
            return PAST  # "have been looking for him since Oct. 23": what it has lasted since is behind
        if verb.lower_ == "from" and verb.head.lower_ in ("down", "up", "off") and verb.i < span.start:
            return PAST  # "continue to disapprove, down from 83 percent in June": the figure it was
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return UNKNOWN
    if verb.dep_ in ("acomp", "oprd") and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "will continue unabated until August": a participle as adjective has its verb's tense
    verb = _reporting_verb_before(verb, span)
    tense = verb_tense(verb)
    if tense == FUTURE and _present(verb) and _inside_a_noun_phrase(token, verb):
        # "The failure of the preventer on 20 April means that ...": the present of the verb speaks
        # of the noun the date describes, not of when that was
        return UNKNOWN
    # "He was found floating ... on Thanksgiving Day": a participle or infinitive has no tense of its
    # own; the verb it depends on has
    for _ in range(3):
        if tense != UNKNOWN or verb.tag_ not in ("VBG", "VBN", "VB") or verb.dep_ not in _NONFINITE_LINKS \
                or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            break
        if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "After meeting him on Tuesday, she left": the verb the clause is before or after
        elif verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        else:
            break
        tense = verb_tense(verb)
    return tense


def _present(verb) -> bool:
    """ "Arafat meets Albright Monday", "are meeting Friday": a present that may speak of a schedule."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBP", "VBZ") and not words or verb.tag_ == "VBG" and bool(words) and words <= _BE_PRESENT


_BE_PRESENT = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re"})


def _inside_a_noun_phrase(token, verb) -> bool:
    """Whether `token` hangs from `verb` through a noun ("the failure ... on 20 April means"), not
    straight or through a preposition of the verb's own ("meets on Monday")."""
    word = token.head
    while word.i != verb.i and word.i != word.head.i:
        if word.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        word = word.head
    return False


def _reporting_verb_before(verb, span):
    """ "The company said Monday it will cut 500 jobs": the parser hangs the day on what was said,
    but a day between the reporting verb and the reported clause's subject is when it was said."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not head.i < span.start:
        return verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if any(c.dep_ == "mark" and c.i < span.start for c in verb.children):
        return verb  # "shows that as of Oct. 1, 148 pipelines were rated ...": the clause has begun
    return head if subject is not None and span.end <= subject.left_edge.i else verb


_NONFINITE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "pcomp"})


def verb_tense(verb) -> int:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if "would" in words and verb.lemma_.lower() in REFUSED and any(c.dep_ == "neg" for c in verb.children):
        return PAST
    if words & FUTURE_MODALS:
        return FUTURE
    if verb.lemma_.lower() in FOLLOWED and not auxes:
        return PAST
    head = verb.head
    # "is expected to meet Monday", "plans to visit on Friday"
    if verb.dep_ == "xcomp" and head.lemma_ in FUTURE_LEMMAS and _pluperfect(head):
        return PAST  # "had been due to expire Friday", "had been scheduled to": the old date, now past
    if verb.dep_ == "xcomp" and (head.lemma_ in _AHEAD_OF_XCOMP or head.lemma_ == "be" and head.tag_ != "VBD"):
        return FUTURE  # a plan points ahead even when reported in the past ("planned to leave Thursday");
        # "is to resume trading Tuesday"
    # the news present speaks of what is scheduled: "Arafat meets Albright Monday", "are meeting Friday"
    if not auxes and verb.tag_ in ("VBP", "VBZ") and verb.lemma_ not in PRESENT_OF_SPEECH \
            and not (verb.tag_ == "VBP" and verb.lower_ in SAME_IN_PAST):
        return FUTURE
    if verb.tag_ == "VBG" and words and words <= _BE_PRESENT:
        return FUTURE
    if verb.tag_ == "VBN" and _planned(verb) and any(a.dep_ == "auxpass" for a in auxes) and not _pluperfect(verb):
        if any(c.dep_ == "conj" and c.lemma_.lower() in CALLED_OFF for c in verb.children):
            return UNKNOWN  # the nearest such day, ahead or gone by
        return FUTURE  # "the accession was planned for early March": reported in the past, still ahead
    if any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if verb.tag_ == "VBN" and _planned(verb) and not auxes and verb.dep_ in ("acl", "amod") \
            and verb.head.head.i != verb.head.i and _tense_above(verb.head) != PAST:
        return FUTURE  # "to dominate a summit scheduled for April"; not "a service planned for Saturday was
        # canceled", nor "was employed as his physician for concerts scheduled for July"
    if verb.tag_ == "VBN" and words & _PERFECT and verb.lemma_ not in FUTURE_LEMMAS:
        return PAST  # "has fluctuated ... from $29.75 in March": the present perfect looks back
    if verb.tag_ == "VBG" and "been" in words and words & _PERFECT:
        return PAST  # "have been searching since shortly after the Oct. 23 slaying": so does its progressive
    if verb.tag_ == "VBD" and _planned(verb) and any(c.dep_ == "dobj" for c in verb.children):
        return FUTURE  # "Protesters planned a large demonstration on Saturday": the day is the event's
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and not auxes:
        return PAST
    return UNKNOWN


def _tense_above(noun) -> int:
    """The tense of the verb a noun hangs from, through prepositions and other nouns."""
    word = noun.head
    for _ in range(6):
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            break
        word = word.head
    return verb_tense(word) if word.pos_ in ("VERB", "AUX") else UNKNOWN


def _planned(verb) -> bool:
    """ "scheduled", "planned"; "set" only with what it is set for ("a summit set for Washington in
    April", not "a high set on Aug. 6")."""
    lemma = verb.lemma_.lower()
    # ("set aside", "set up", "set off" are other verbs)
    return lemma in PLANNED or lemma == "set" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) \
        and not any(c.dep_ == "prt" or c.tag_ == "RP" for c in verb.children)


def _pluperfect(word) -> bool:
    """ "had been scheduled", and "had been due" (the adjective's verb carries the "had")."""
    holder = word.head if word.dep_ == "acomp" else word
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d", "’d") for c in holder.children)


def tense_from_text(sentence: str) -> int:
    """Without a parse: the first future or past marker in the sentence."""
    if _FUTURE_WORDS.search(sentence):
        return FUTURE
    if _PAST_WORDS.search(sentence):
        return PAST
    return UNKNOWN
