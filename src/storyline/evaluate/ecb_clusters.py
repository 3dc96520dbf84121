"""Clustering ECB+ mentions within a topic, for `storyline eval entities`.

How a mention is clustered: proper names through the entity stage (the same resolver the
pipeline uses); a common noun phrase that spells a name of the topic ("the navy") as that name;
a role noun ("the driver") as the person the report, else its story, gives that role ("driver
Vishwanand Subryan"); "the actress" / "the company" / "the facility" (data/names.json person,
organisation and facility nouns) as the report's most named person / organisation / facility (a
name with such a noun in it, "Betty Ford Center"), an age ("the 37-year-old", which spaCy calls
a date) as a person noun; other common nouns by head lemma within
the report's story (near-synonyms joined, "shop" and "store": data/names.json noun_synonyms), or,
where the same head names someone elsewhere in the story, as that entity; a descriptive phrase whose
head is a common noun ("a bank in Athens") is a common noun, not the name inside it; times by
their TIMEX3 day, read in context against the report's own date where the text gives one, an
undated report's "Saturday" taking its story's most reported Saturday, a duration by its length
("a 90-day", "90 days": P90D) within its story; a headline's one capitalised word that the topic
writes in lower case ("Climber", "Patch") as that common noun; a reflexive to its
clause's subject; a relative pronoun ("who") to the noun its clause describes; other pronouns
(and "where", "there") to the nearest compatible mention before them in the same document ("him"
never to its own clause's subject; "she" never to an entity only male nouns describe; "they" never
to a place's name or one person; none to a number), "he"/"she" preferring a clause subject of
their own sentence or the one before, and with none before them the report's most named person
of a fitting gender.

A topic of ECB+ holds two events of a kind (two jewellery heists five years apart): names resolve
over the topic, as the pipeline resolves them over a collection, but the common nouns and times
that only context tells ("the man", "Saturday") are read within the report's story, the stories
being those the pipeline's story clustering finds in the whole collection (`story_of`).

These rules serve the measurement only: the pipeline's entities are names and role phrases.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable
from datetime import date
from functools import cache

from ..annotate.roles import role_of
from ..data import load
from ..entities import entity_at, resolve
from ..entities.names import is_post_name, strip_titles
from ..options import Options
from ..records import Document, Mention, RawDocument, Section
from ..structure import structure
from ..time import find_timexes
from .ecbplus import EcbDocument, text_and_offsets

PERSONAL = {"he", "she", "him", "her", "his", "hers", "himself", "herself", "who", "whom", "i", "me", "my", "you", "your"}
NEUTER = {"it", "its", "itself", "which", "that"}
PLURAL = {"they", "them", "their", "theirs", "themselves", "we", "us", "our"}
LOCATIVE = {"where", "there"}
REFLEXIVE = {"himself", "herself", "itself", "themselves"}
RELATIVE = {"who", "whom", "which", "that", "where"}
GENDERED = {"he": "male", "him": "male", "his": "male", "himself": "male",
            "she": "female", "her": "female", "hers": "female", "herself": "female"}
OBJECTS = {"him", "her", "them"}
PRONOUNS = PERSONAL | NEUTER | PLURAL | LOCATIVE
CORE_TYPES = {"PERSON", "FAC"}  # a name inside a longer phrase that the phrase is about ("the Mt Sefton Bivvy")
NER_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "PRODUCT"}


class _Item:
    __slots__ = ("id", "doc", "start", "end", "char_start", "char_end", "text", "kind", "label", "ner", "head", "type", "core", "token")

    def __init__(self, ident, doc, start, end, cs, ce, text):
        self.id, self.doc, self.start, self.end = ident, doc, start, end
        self.char_start, self.char_end, self.text = cs, ce, text
        self.kind = self.label = self.ner = self.head = self.type = self.core = self.token = None


def _head(span):
    """The phrase's head word; for "in his room at a motel" the preposition's object, "room"."""
    root = span.root
    while root.pos_ == "ADP":
        objects = [c for c in root.children if c.dep_ == "pobj" and span.start <= c.i < span.end]
        if not objects:
            break
        root = objects[0]
    return root


def _classify(item: _Item, parsed) -> None:
    span = parsed.char_span(item.char_start, item.char_end, alignment_mode="expand")
    words = item.text.split()
    root = item.token = _head(span) if span is not None else None
    ents = [e for e in parsed.ents if e.start_char < item.char_end and item.char_start < e.end_char]
    # the entity over the phrase's head word decides ("Dr. Regina Benjamin, MD" is no place)
    head = [e for e in ents if root is not None and e.start <= root.i < e.end]
    item.ner = (head or ents)[0].label_ if ents else None
    if head and head[0].label_ in CORE_TYPES and item.char_start <= head[0].start_char and head[0].end_char <= item.char_end:
        item.core = (head[0].start_char, head[0].end_char)  # "Former AMA trustee Dr. Benjamin", "the SAP Arena in Germany"
    # a name's label counts unless the phrase's head is a common noun ("a bank in Athens")
    tagged = item.ner in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and root is not None and (
        bool(head) or len(words) == 1 or not root.text.islower())
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        item.kind = "pronoun"
    elif _AGE.search(item.text):
        item.kind, item.head = "nominal", "year-old"  # "the 37-year-old": a person, though spaCy says DATE
        return
    elif item.ner in ("DATE", "TIME") or (root is not None and root.ent_type_ in ("DATE", "TIME")):
        item.kind = "time"
    elif root is not None and (root.pos_ == "PROPN" or tagged or root.text[:1].isupper() and not root.is_sent_start):
        item.kind = "name"
    else:
        item.kind = "nominal"
    item.head = root.lemma_.lower() if root is not None else words[-1].lower()
    item.head = _synonyms().get(item.head, item.head)
    if item.kind == "name" and item.head in _nouns("person_nouns") and (not head or len(words) == 1):
        item.kind = "nominal"  # a headline's "Actress", "Coach", "MAN", "Hero Brooklyn Mom"
    if root is not None and root.tag_ in ("NNS", "NNPS"):
        item.head += "+pl"  # "the cable" and "the cables" are seldom one entity


def _name_type(item: _Item, word_labels: dict[str, Counter]) -> str:
    if item.ner in NER_TYPES - {"DATE", "TIME"}:
        return item.ner
    # "Dr . Regina Benjamin", "Regina Benjamin , MD": titles, suffixes and stops are not words
    words = [w for w in strip_titles(item.text)[0].split() if w[:1].isalpha() and not is_post_name(w)]
    if not words:
        return "ORG"
    # two or more capitalised words with no organisation word read as a person's name, unless
    # spaCy calls their last word an organisation elsewhere in the topic ("Indianapolis Colts")
    seen = word_labels.get(words[-1], Counter())
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
            w.lower() in ORG_WORDS for w in words) and seen["ORG"] + seen["NORP"] <= seen["PERSON"]:
        return "PERSON"
    return "ORG"


@cache
def _synonyms() -> dict[str, str]:
    return load("names.json")["noun_synonyms"]


@cache
def _nouns(kind: str) -> frozenset[str]:
    return frozenset(load("names.json")[kind])


def _word_labels(parses) -> dict[str, Counter]:
    """spaCy's labels for the last word of each entity, over a topic's reports."""
    votes: dict[str, Counter] = {}
    for parsed in parses:
        for ent in parsed.ents:
            votes.setdefault(ent[-1].text, Counter())[ent.label_] += 1
    return votes


ORG_WORDS = {"center", "centre", "inc", "company", "corp", "group", "university", "department", "act", "club",
             "association", "party", "council", "court", "agency", "house", "hospital", "school", "bank"}


_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_AGE = re.compile(r"\d+\s*-\s*year\s*-\s*old$", re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:in|on|at|of|from|to|into|the|a|an)\s+)+", re.IGNORECASE)


def _name_mention(item: _Item) -> Mention:
    """ECB+ marks "in the Gulf of Aden" as the mention; the name starts after the function words.
    A person's or facility's name inside a longer phrase is the name spaCy found there."""
    if item.core:
        start, end = item.core
        return Mention(start, end, item.text[start - item.char_start:end - item.char_start], item.type)
    lead = _LEADING.match(item.text)
    cut = lead.end() if lead and lead.end() < len(item.text) else 0
    return Mention(item.char_start + cut, item.char_end, item.text[cut:], item.type)


def cluster_topic(docs: list[EcbDocument], parses: list, mentions: dict[str, list[tuple]],
                  story_of: dict[str, Hashable] | None = None) -> dict[Hashable, Hashable]:
    """Cluster label per mention id. `mentions[doc]` lists (id, token start, token end).
    `story_of` (document -> story) bounds what is read from the other reports: names resolve over
    the whole topic, but "the man", "the driver" or "Saturday" with nothing in its own report to go
    by takes what the reports of its story say, never those of another event in the topic."""
    story = (story_of or {}).get  # a report's story; None for all without `story_of`
    items: list[_Item] = []
    named: dict[Hashable, Mention] = {}  # name items as the entity stage reads them
    storyline_docs: list[Document] = []
    word_labels = _word_labels(parses)
    texts: dict[str, str] = {}
    per_doc: list[list[_Item]] = []
    for doc, parsed in zip(docs, parses):
        text, offsets = text_and_offsets(doc)
        texts[doc.name] = text
        doc_items = []
        for ident, start, end in mentions.get(doc.name, []):
            cs = offsets[start]
            ce = offsets[end - 1] + len(doc.tokens[end - 1])
            item = _Item(ident, doc.name, start, end, cs, ce, text[cs:ce])
            _classify(item, parsed)
            doc_items.append(item)
        per_doc.append(doc_items)
    # a headline's one capitalised word that the topic writes in lower case ("Climber", "Patch")
    common = {i.head for doc_items in per_doc for i in doc_items if i.kind == "nominal" and i.text.islower()}
    for doc_items in per_doc:
        for i in doc_items:
            if i.kind == "name" and len(i.text.split()) == 1 and i.text.lower() in common:
                i.kind, i.head = "nominal", i.text.lower()
    for doc, doc_items in zip(docs, per_doc):
        text = texts[doc.name]
        for i in doc_items:
            if i.kind == "name":
                i.type = _name_type(i, word_labels)
                named[i.id] = _name_mention(i)
        names = [named[i.id] for i in doc_items if i.kind == "name"]
        storyline_docs.append(Document(id=doc.name, path=doc.name, text=text, format="ecb", mentions=names,
                                       sections=[Section("body", 0, len(text))]))
        items.extend(doc_items)
    entities, _ = resolve(storyline_docs)
    mention_entity = entity_at(entities)
    labels: dict[Hashable, Hashable] = {}
    days = _resolved_days(docs, parses, texts)
    story_days: dict[Hashable, Counter] = {}
    for name, found in days.items():
        story_days.setdefault(story(name), Counter()).update(found.values())
    for item in items:
        if item.kind == "name":
            labels[item.id] = mention_entity.get((item.doc, named[item.id].start), ("name", item.id))
        elif item.kind == "time":
            day = next((v for (s, e), v in days[item.doc].items() if s < item.char_end and item.char_start < e), None)
            key = day or _fit_day(_time_key(item.text), story_days.get(story(item.doc), Counter()))
            # a calendar day is one time wherever it is named; "P8Y" or an unplaced "Saturday" is
            # one only within a story
            labels[item.id] = ("time", key) if _DAY.match(key) else ("time", story(item.doc), key)
        elif item.kind == "nominal":
            labels[item.id] = _unlinked(item, story)
    by_doc: dict[str, list[_Item]] = {}
    for item in items:
        by_doc.setdefault(item.doc, []).append(item)
    person_nouns = _nouns("person_nouns")
    # "the judge", "her lawyer", "his sister": the people around the main person, never the person
    relational = _nouns("relational_nouns")
    org_nouns = _nouns("organisation_nouns")
    # "the navy", "the surgeon general": a common noun phrase that spells a name of the topic
    by_name = {_bare(i.text): labels[i.id] for i in items if i.kind == "name"}
    for item in items:
        if item.kind == "nominal" and _bare(item.text) in by_name:
            labels[item.id] = by_name[_bare(item.text)]
    role_holders = _role_holders(docs, parses, by_doc, labels)
    in_story: dict[tuple, Counter] = {}  # (story, role word) -> people
    for word, found in role_holders.items():
        for name, people in found.items():
            in_story.setdefault((story(name), word), Counter()).update(people)
    for doc_items in by_doc.values():
        doc_items.sort(key=lambda i: i.start)
        # "the driver": whom this report, else its story, calls the driver; "the actress", "the
        # slugger": the person the report is about (its most named person); "the company", "the
        # team": likewise its most named organisation
        people = Counter(labels[i.id] for i in doc_items if i.kind == "name" and i.type == "PERSON")
        groups = Counter(labels[i.id] for i in doc_items if i.kind == "name" and i.type == "ORG")
        # "the facility", "the store": the report's most named place of that kind ("Betty Ford Center")
        facility_nouns = _nouns("facility_nouns")
        facilities = Counter(labels[i.id] for i in doc_items if i.kind == "name" and (
            i.type == "FAC" or facility_nouns & set(i.text.lower().split())))
        for item in doc_items:
            if item.kind != "nominal" or item.head.endswith("+pl") or _possessed(item) or _indefinite(item):
                continue
            here = role_holders.get(item.head, {}).get(item.doc)
            holders = here or in_story.get((story(item.doc), item.head))
            if holders:
                labels[item.id] = holders.most_common(1)[0][0]
            elif people and item.head in person_nouns and item.head not in relational:
                labels[item.id] = people.most_common(1)[0][0]
            elif groups and item.head in org_nouns:
                labels[item.id] = groups.most_common(1)[0][0]
            elif facilities and item.head in facility_nouns:
                labels[item.id] = facilities.most_common(1)[0][0]
    # "the man" in a report that names no one is the person "the man" names in its story's others
    named_as: dict[tuple, Counter] = {}
    for item in items:
        if item.kind == "nominal" and labels[item.id] != _unlinked(item, story):
            named_as.setdefault((story(item.doc), item.head), Counter())[labels[item.id]] += 1
    for item in items:
        if item.kind == "nominal" and labels[item.id] == _unlinked(item, story) \
                and (found := named_as.get((story(item.doc), item.head))):
            labels[item.id] = found.most_common(1)[0][0]
    gender_of = _genders(items, labels)
    # who "he" may be: the main-person nouns and the other nouns for people ("the deputy", "a climber")
    human_nouns = person_nouns | _nouns("other_person_nouns")
    for doc_items in by_doc.values():
        named_people = [p for p in doc_items if p.kind == "name" and p.type == "PERSON"]
        for k, item in enumerate(doc_items):
            if item.kind != "pronoun":
                continue
            word = item.text.lower()
            antecedent = None
            subject = _subject_of(item.token)
            covers = (lambda m: m.char_start <= subject.idx < m.char_end) if subject is not None else (lambda m: False)
            if word in REFLEXIVE:  # "he checked himself in": the clause's subject
                antecedent = next((p for p in reversed(doc_items[:k]) if covers(p)), None)
            elif word in RELATIVE and item.token is not None and item.token.head.dep_ == "relcl":
                noun = item.token.head.head  # "the driver who hit her": the noun the clause describes
                antecedent = next((p for p in reversed(doc_items[:k]) if p.char_start <= noun.idx < p.char_end), None)
            fits = []
            for prev in reversed(doc_items[:k]) if antecedent is None else ():
                if prev.kind in ("pronoun", "time") or prev.head[:1].isdigit():
                    continue  # nor a score ("31-24") or a count
                if word in OBJECTS and item.token is not None and item.token.dep_ != "poss" and covers(prev):
                    continue  # "Reid told him": not Reid
                if word in GENDERED and gender_of(prev) not in (None, GENDERED[word]):
                    continue  # "she" is not Jack Ketsoyan
                person = prev.kind == "name" and prev.type == "PERSON" or prev.kind == "nominal" and prev.head in human_nouns
                place = prev.kind == "name" and prev.type in ("GPE", "LOC", "FAC") or prev.kind == "nominal" and not person
                plural = prev.head.endswith("+pl")
                if word in PERSONAL and person or word in NEUTER and prev.ner != "PERSON" and not person and not plural \
                        or word in PLURAL and not (prev.kind == "name" and prev.type in ("PERSON", "GPE", "LOC", "FAC")) \
                        and not (person and not plural) \
                        or word in LOCATIVE and place:
                    fits.append(prev)
            if antecedent is None and fits:
                antecedent = fits[0]
                if word in GENDERED and item.token is not None:  # "he"/"she": a subject before the nearest
                    antecedent = _subject_in(fits, item.token.sent, same=True) \
                        or _subject_in(fits, item.token.sent, same=False) or antecedent
            if antecedent is None and word in GENDERED:
                # "he" before anyone is named here: the person the report is about
                main = Counter(labels[p.id] for p in named_people if gender_of(p) in (None, GENDERED[word]))
                if main:
                    labels[item.id] = main.most_common(1)[0][0]
                    continue
            labels[item.id] = labels[antecedent.id] if antecedent else ("pronoun", item.id)
    return labels


def _subject_in(candidates: list[_Item], sentence, same: bool) -> _Item | None:
    """The nearest candidate that is a clause subject in this sentence (`same`) or the one before."""
    return next((c for c in candidates if c.token is not None and c.token.dep_ in ("nsubj", "nsubjpass")
                 and (c.token.sent.start == sentence.start if same else c.token.sent.end == sentence.start)), None)


def _resolved_days(docs: list[EcbDocument], parses, texts: dict[str, str]) -> dict[str, dict[tuple[int, int], str]]:
    """Calendar days of each report's time expressions, read in context against the report's own
    date where its text gives one ("Posted July 20, 2009")."""
    out = {}
    for doc, parsed in zip(docs, parses):
        text = texts[doc.name]
        published = structure(RawDocument(path=doc.name, text=text, format="text"), Options()).published
        found = find_timexes(text, doc=parsed, anchor_at=published[:10] if published else None)
        out[doc.name] = {(t.start, t.end): t.value[:10] for t in found
                         if t.type in ("DATE", "TIME") and t.value and re.match(r"\d{4}-\d\d-\d\d", t.value)}
    return out


def _fit_day(key: str, story_days: Counter) -> str:
    """An undated report's "Saturday" or "July 13" is the day its story's dated reports give most
    often for it."""
    weekday = re.fullmatch(r"XXXX-WXX-(\d)", key)
    month_day = re.fullmatch(r"XXXX-(\d\d-\d\d)", key)
    if not weekday and not month_day:
        return key
    fits = [(n, day) for day, n in story_days.items()
            if weekday and date.fromisoformat(day).isoweekday() == int(weekday.group(1))
            or month_day and day[5:] == month_day.group(1)]
    return max(fits)[1] if fits else key


def _role_holders(docs: list[EcbDocument], parses, by_doc: dict[str, list[_Item]], labels: dict) \
        -> dict[str, dict[str, Counter]]:
    """Who each role noun names, per report: "driver Vishwanand Subryan" and
    "Raj Chohan, a mother of two" make "the driver" and "the mother" those people. The role is the
    one the entity layer reads (a title before the name, an apposition); its head noun counts. A
    person named outside the marked mentions counts where the topic's marked names give one
    person that surname."""
    surname_labels: dict[str, set] = {}
    for doc_items in by_doc.values():
        for item in doc_items:
            if item.kind == "name" and item.type == "PERSON":
                surname_labels.setdefault(item.text.split()[-1].lower(), set()).add(labels[item.id])
    per_doc: dict[str, dict[str, Counter]] = {}
    for doc, parsed in zip(docs, parses):
        marked = [i for i in by_doc.get(doc.name, []) if i.kind == "name" and i.type == "PERSON"]
        for ent in parsed.ents:
            role = role_of(ent) if ent.label_ == "PERSON" else None
            if not role:
                continue
            at = next((i for i in marked if ent.start_char < i.char_end and i.char_start < ent.end_char), None)
            known = {labels[at.id]} if at else surname_labels.get(ent.text.split()[-1].lower(), set())
            head = re.findall(r"[a-z]+", role.lower().split(" of ")[0].split(",")[0])
            if len(known) == 1 and head:
                per_doc.setdefault(head[-1], {}).setdefault(doc.name, Counter())[next(iter(known))] += 1
    return per_doc


def _genders(items: list[_Item], labels: dict):
    """A mention's gender where words tell it: a person noun ("the woman", "the actress"), or, for
    a name, the gendered nouns that joined its entity ("Tara Reid" ... "the actress")."""
    female, male = _nouns("female_nouns"), _nouns("male_nouns")

    def noun_gender(item: _Item) -> str | None:
        return "female" if item.head in female else "male" if item.head in male else None
    votes: dict[Hashable, Counter] = {}
    for item in items:
        if item.kind == "nominal" and noun_gender(item):
            votes.setdefault(labels[item.id], Counter())[noun_gender(item)] += 1

    def gender_of(item: _Item) -> str | None:
        if item.kind == "nominal":
            return noun_gender(item)
        found = votes.get(labels[item.id])
        if not found or len(found) > 1:
            return None
        return next(iter(found))
    return gender_of


def _time_key(text: str) -> str:
    """A time mention by its TIMEX3 day, read with the time stage's grammar ("on Friday" and
    "Friday night" -> XXXX-WXX-5); one with no calendar value ("today") by its words."""
    for timex in find_timexes(text):
        day = (timex.value or "").split("T")[0]
        if timex.type in ("DATE", "TIME") and day.strip("X-"):
            return day
        if timex.type == "DURATION" and timex.value and any(c.isdigit() for c in timex.value):
            return timex.value  # "a 90-day", "90 days" -> P90D; "eight-year", "8 Years" -> P8Y
    return _LEADING.sub("", text.lower())


def _unlinked(item: _Item, story) -> tuple:
    """A common noun's label while it names no one: its head, within its story."""
    return ("nominal", story(item.doc), item.head)


def _bare(text: str) -> str:
    return _LEADING.sub("", text.lower()).replace(" ", "")


def _indefinite(item: _Item) -> bool:
    return item.text.lower().split()[0] in ("a", "an", "another", "one")


def _subject_of(token):
    """The subject of the clause a word sits in (through prepositions and auxiliaries)."""
    if token is None:
        return None
    verb = token.head
    while verb.pos_ in ("ADP", "AUX", "PART") and verb.head.i != verb.i:
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i), None)


def _possessed(item: _Item) -> bool:
    words = item.text.lower().split()
    return len(words) > 1 and (words[0] in ("her", "his", "their", "its", "my", "our", "your") or "'s" in words
                               or any(w.endswith("'s") for w in words[:-1]))
