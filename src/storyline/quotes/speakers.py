"""Who an attribution's source is: a name, a surname, a role, an institution or a pronoun.

Within one report: a surname takes the full name mentioned in the report ("Peskov" -> "Dmitry
Peskov"; a lone word no one's surname is takes the one full name that opens with it, a family
name written first, "Guan" after "Guan Yi", unless the report describes it as someone of their
own, so the resident "Dmitry" stays apart); a role phrase
("the Kremlin spokesman", "the head of the Kremlin") takes the person the report gave that role,
else the running speaker; a pronoun takes the running speaker, even when its gender does not fit
(machine translation often gets "she" wrong after a man's words) or, with no person quoted yet in
the post, the institution being quoted ("the ministry said ... He added"). The subject pronoun of
a reported verb ("He launched ... after alleging") takes a person named as a subject since the
last attribution, when there is one, and '"...," he said' the person a main clause before the
quotation is about, unless an honorific, a kin noun or the report's own pronouns after the name
("Creppel has put in her own call") give them the other gender; a subject inside quotation
marks or inside a person's words is neither. A surname the model took for a place ("Megrahi")
is the person; a first name given as a named person's relative ("Jackson's father, Joe") is that
family's (Joe Jackson), and the kin noun tells a gender. A role with a nationality ("the Russian
leader") takes the person the report gives that nationality ("Russian President Vladimir Putin") before the running
speaker, and never a person the report gives another one. An honorific ("Ms Sturgeon", "Dr Hay")
is no part of the name, and tells a gender: "she said" after a man's words goes to the woman an
honorific named before, where there is one. A body named by what it is ("the company said", "the
government says") is the body of that kind the report named just before (data/reporting.json
institution_nouns), and "it said" the body a recent sentence was about. Two names joined in one
source ("The EU and NATO said") speak together: the source stays as written, resolved to neither.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from ..data import load
from ..entities.names import LATER_NAME_CHARS, kin_name
from ..records import within
from ..time.lexicon import MONTHS, WEEKDAYS
from .lexicon import speaker_nouns
from .marks import BRACKETS
from .parsecache import (LEADING_LINK_WORDS, ents_of, outside_clutter, quotes_of, sentence_index, sentence_of,
                         sentences_of, text_of)

_WORDS = load("reporting.json")
PERSON_ROLE_HEADS = frozenset(_WORDS["person_role_heads"])
COMPANY_ROLE_HEADS = frozenset(_WORDS["company_role_heads"])
TITLE_WORDS = frozenset(_WORDS["words_before_names"])
NAME_TYPES = ("PERSON",)
MISREAD_TYPES = ("GPE", "ORG", "NORP")  # what the model calls a surname it does not know
GROUP_TYPES = ("ORG", "GPE", "NORP")
INDEFINITE = ("a", "an", "another", "one")
_CAPITALISED = re.compile(r"\b([A-Z][a-zà-ÿ’'-]+)\s+")  # a possible first name and the space after it
_WORD_CHARS = re.compile(r"\w*")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['’]s?$")
NATIONALITY_TYPES = ("NORP", "GPE")  # "Russian president", "US secretary of state"


@dataclass(slots=True)
class Speaker:
    name: str | None  # canonical name ("Dmitry Peskov"), or None when unresolved
    type: str | None  # PERSON / ORG / GPE / NORP
    members: tuple[str, ...] = ()  # a joint source's names ("The EU and NATO": EU, NATO)


class SpeakerResolver:
    def __init__(self, parsed, skip: list[tuple[int, int]] | None = None):
        self.doc = parsed
        data = load("reporting.json")
        self.pronouns = data["pronouns"]
        self.group_nouns = set(data["group_nouns"])
        self.mouthpieces = frozenset(data["mouthpiece_nouns"])
        self.documents = frozenset(data["document_nouns"])
        self.person_bodies = frozenset(data["person_bodies"])
        self.official_groups = (PERSON_ROLE_HEADS - {"resident"}) | set(data["official_groups"])
        self.honorifics: dict[str, str | None] = data["honorifics"]  # "ms" -> "female", "dr" -> None
        nouns = data["institution_nouns"]
        self.body_kind = {noun: kind for kind in ("GPE", "ORG", "named") for noun in nouns[kind]}  # "company" -> ORG
        self.described = frozenset(nouns["described"])  # "the oil giant": ORG, never in a name
        self.body_kind.update(dict.fromkeys(self.described, "ORG"))
        self.generic_bodies = frozenset(nouns["generic"])
        # what a later "it said" can be: a document, or a body named by what it is
        names = load("names.json")
        self.things = self.documents | set(self.body_kind) | set(data["group_nouns"]) \
            | set(names["organisation_nouns"]) | set(data["speaking_things"])
        self.channel_documents = frozenset(data["channel_documents"])
        self.person_nouns = PERSON_ROLE_HEADS | set(names["person_nouns"]) | set(names["other_person_nouns"])
        # roles held for someone else: "a spokesman for ...", "the lawyer for ...", "an aide to ..."
        self.serving = frozenset(data["serving_roles"])
        self.press_nouns = frozenset(data["press_nouns"])
        outlets = load("outlets.json")
        self.masthead_words = frozenset(outlets["masthead_words"])
        self.outlet_aliases = frozenset(a for o in outlets["outlets"] for a in o["aliases"])
        self.rank_words = frozenset(data["rank_words"])
        # names in captions and page clutter ("Vladimir Putin Vladimir Putin") are not speakers, and a
        # name the model ran on from a credit into the text ("Photograph : Reuters | BP has ...") is
        # the part in the text
        self.skip = skip or []
        self.ents = named = [e for e in (outside_clutter(e, self.skip) for e in ents_of(parsed)) if e is not None]
        self.ent_starts = [e.start_char for e in named]  # in order: the parse's entities do not overlap
        # bodies that may be "the company" or "it"; not a shouted headline ("MEXICAN GOVERNMENT TAKING")
        self.bodies = [e for e in named if e.label_ in ("ORG", "GPE") and not (len(e) > 1 and e.text.isupper())]
        self.people = [e for e in named if e.label_ in NAME_TYPES]
        self.full_names = [e for e in self.people if len(e) >= 2 and not self._honorific(e[0].text)]
        # the full names by what a later mention may call them (a surname) and by their first word,
        # in the report's order: asked for every name the report gives
        self.by_surname: dict[str, list] = {}
        self.by_first_word: dict[str, list] = {}
        for e in self.full_names:
            for n in _last_names(e.text):
                self.by_surname.setdefault(n, []).append(e)
            self.by_first_word.setdefault(e.text.split()[0], []).append(e)
        self.surnames = frozenset(self.by_surname)
        # a surname the model took for a place or a body ("Megrahi was the only person convicted",
        # after "Abdelbaset al-Megrahi"): the person, who may be a later "he"
        misread = [e for e in named if len(e) == 1 and e.label_ in MISREAD_TYPES and e.text in self.surnames]
        if misread:
            self.people = sorted(self.people + misread, key=lambda e: e.start)
            self.bodies = [e for e in self.bodies if e not in misread]
        self.upper_surnames = {s.upper(): s for s in sorted(self.surnames) if len(s) > 2 and not s.isupper()}
        self._found_names: dict[str, str | None] = {}
        # the report's capitalised words (start, word, end of the space after it), by the leading
        # word characters of what follows them: the surnames asked for are looked up, not searched
        self._capitalised: dict[str, list[tuple[int, str, int]]] | None = None
        self.roles: dict[str, list[tuple[int, str]]] = {}  # role word -> [(offset, full name)]
        self.nationality: dict[str, set[str]] = {}  # full name -> "russian", "belarusian" ... in its roles
        self.title_bodies: dict[str, set[str]] = {}  # full name -> words of the bodies its titles name
        self.name_of: dict[int, str] = {}  # a person mention's offset -> its full name, read once
        # a lone name the report describes ("resident Dmitry", "Dmitry, who declined to give his
        # surname"): someone of their own, never the full name that opens with the same word
        self.described_alone = {e.text for e in self.people if len(e) == 1 and self._role_tokens(e)}
        # a first name given as a named person's relative ("Jackson's father, Joe"): that family's
        self.kin_names: dict[str, str] = {}
        self.gender: dict[str, str] = {}  # full name -> the gender an honorific or a kin noun gives
        for ent in self.people:
            if len(ent) == 1 and ent.text not in self.surnames and (kin := kin_name(ent.text, _apposed_to(ent))):
                full = self.kin_names.setdefault(ent.text, kin[0])
                if kin[1]:
                    self.gender.setdefault(full, kin[1])
        quoted = [q.inner for q in quotes_of(parsed)]
        referred: dict[str, Counter] = {}  # full name -> the genders of the pronouns that follow it
        for ent in self.people:
            name = self.name_of[ent.start_char] = self.canonical(ent.text, ent.start_char)
            if (kind := self._pronoun_after(ent, quoted)) is not None:
                referred.setdefault(name, Counter())[kind] += 1
            titles = self._role_tokens(ent)
            for t in titles:
                self.roles.setdefault(t.lemma_.lower(), []).append((ent.start_char, name))
            self.title_bodies.setdefault(name, set()).update(_bodies(titles))
            self.nationality.setdefault(name, set()).update(
                t.lemma_.lower() for t in titles if t.ent_type_ in NATIONALITY_TYPES)
            if gender := self.honorifics.get(self._honorific_of(ent) or ""):
                self.gender[name] = gender
        # the report's own pronouns tell a gender where nothing else does ("Creppel has put in her
        # own call"): a person whose mentions are followed by one gender's pronouns only
        for name, kinds in referred.items():
            if len(kinds) == 1:
                self.gender.setdefault(name, next(iter(kinds)))
        # people named as the subject of a clause: who a later "he launched ..." is about; not
        # inside quotation marks, in someone's words ('were told: "Terry is now in charge"')
        self.subjects = [(e.start_char, e) for e in self.people if e.root.dep_ in ("nsubj", "nsubjpass")
                         and not within(e.start_char, quoted)]
        self.running: Speaker | None = None
        self.running_at = -1  # where the running speaker was last named or resolved
        self.scope_start = -1  # where the live-blog post (or comment thread) being read starts
        self.running_group: Speaker | None = None
        self.running_group_at = -1  # where the running group was last named
        self.unnamed_group_at = -1  # where a group with no name last spoke ("experts say")
        self.unnamed_members: tuple[str, ...] = ()  # its names, when it was a joint source
        self.said: list[tuple[int, int]] = []  # what the people quoted so far said (hear)

    # -- names --------------------------------------------------------------------------------
    def canonical(self, name: str, offset: int) -> str:
        """A single-token surname becomes the full name the report used for it, nearest first."""
        clean = name.replace("’s", "").replace("'s", "").strip()
        parts = clean.split()
        if len(parts) > 1 and self._honorific(parts[0]):  # "Ms Sturgeon" is Sturgeon
            parts = parts[1:]
            clean = " ".join(parts)
        if len(parts) != 1:
            return clean
        matches = self.by_surname.get(parts[0], [])
        if not matches and parts[0] in self.kin_names:
            return self.kin_names[parts[0]]
        if not matches:
            # a family name written first ("Guan Yi" ... "Guan said", "Xi Jinping" ... "Xi"), or a
            # first name the report gives one person only
            first = {e.text.replace("’s", "").strip() for e in self.by_first_word.get(parts[0], ())}
            alone = parts[0] in self.described_alone or len(first) != 1
            return self._name_in_text(parts[0]) or (clean if alone else first.pop())
        # two people of one name ("Ted Cruz", "Heidi Cruz"): a bare surname is the one the report
        # names in full most often (a relative's is written out each time), else the nearest before
        named = Counter(e.text for e in matches)
        top = max(named.values())
        matches = [e for e in matches if named[e.text] == top]
        before = [e for e in matches if e.start_char <= offset]
        if not before and min(e.start_char for e in matches) - offset > LATER_NAME_CHARS:
            return clean
        chosen = before[-1] if before else matches[0]
        return chosen.text.replace("’s", "").strip()

    def _ents_within(self, start: int, end: int) -> list:
        """The named entities wholly inside the characters [start, end)."""
        inside = self.ents[bisect_left(self.ent_starts, start):bisect_left(self.ent_starts, end)]
        return [e for e in inside if e.end_char <= end]

    def _honorific(self, word: str) -> str | None:
        """The honorific this word is ("Dr." -> "dr"), or None."""
        key = word.lower().rstrip(".")
        return key if key in self.honorifics else None

    def _honorific_of(self, ent) -> str | None:
        """The honorific inside a name or right before it ("Ms Sturgeon", "Dr Keiji Fukuda")."""
        return self._honorific(ent[0].text) or (self._honorific(ent.doc[ent.start - 1].text) if ent.start else None)

    def _name_in_text(self, surname: str) -> str | None:
        """The model missed the full name ("Spokesman Dmitry Peskov"): find "<First> <Surname>"
        (once per surname and report: a search of the whole text)."""
        if surname not in self._found_names:
            self._found_names[surname] = self._search_name(surname)
        return self._found_names[surname]

    def _search_name(self, surname: str) -> str | None:
        """The first "<Capitalised word> <surname>" whose first word is no title; the capitalised
        words of the report are found once, each surname then only checked after those followed
        by its first word."""
        text = text_of(self.doc)
        if self._capitalised is None:
            self._capitalised = {}
            for m in _CAPITALISED.finditer(text):
                if not within(m.start(), self.skip):
                    following = _WORD_CHARS.match(text, m.end()).group(0)
                    self._capitalised.setdefault(following, []).append((m.start(), m.group(1), m.end()))
        after_surname = re.compile(rf"{re.escape(surname)}\b")
        resume = 0
        for start, first, end in self._capitalised.get(_WORD_CHARS.match(surname).group(0), ()):
            found = after_surname.match(text, end) if start >= resume else None
            if found is None:
                continue
            if first.lower() not in PERSON_ROLE_HEADS and first.lower() not in TITLE_WORDS \
                    and first.lower() not in LEADING_LINK_WORDS and first not in _CALENDAR_WORDS:
                return f"{first} {surname}"  # not "When PolitiFact rated ...", "In April BP said ..."
            resume = found.end()  # as a search for the whole pattern would go on
        return None

    def _pronoun_after(self, ent, quoted) -> str | None:
        """The gender of the first personal pronoun after the name in its sentence, with no other
        person named between and outside quotation marks ("Creppel has put in her own call")."""
        for token in ent.doc[ent.end:sentence_of(ent.root).end]:  # (the parse's sentences, read once)
            if token.ent_type_ == "PERSON":
                return None
            kind = self.pronouns.get(token.lower_)
            if kind in ("male", "female"):
                return None if within(token.idx, quoted) else kind
        return None

    def _role_tokens(self, ent) -> list:
        """Title words attached to a named person: "Kremlin spokesman Dmitry Peskov", "the Russian
        president, Vladimir Putin", "Anatoly Antonov, the Russian ambassador"."""
        head = ent.root
        tokens = [t for t in head.lefts if t.dep_ in ("compound", "amod") and t.i < ent.start]
        # "Russian President", "Shell chief executive" (the parser makes the company a modifier)
        tokens += [m for t in tokens for m in t.lefts if m.dep_ in ("compound", "amod", "nmod")]
        if head.dep_ == "appos":
            noun = head.head
            tokens += [t for t in noun.doc[noun.left_edge.i:noun.i + 1]]
        for child in head.children:
            if child.dep_ == "appos":
                tokens += [t for t in child.doc[child.left_edge.i:child.i + 1]]
        return [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.ent_type_ != "PERSON"]

    # -- resolution ---------------------------------------------------------------------------
    def _members(self, span) -> tuple[str, ...]:
        """The names a joint source holds, each as the report names it elsewhere ("Peskov and
        Lavrov": Dmitry Peskov, Sergei Lavrov; "Ilic and Sokolov", where the model missed Ilic)."""
        names = []
        for head in [span.root] + [c for h in _heads(span) for c in h.conjuncts if span.start <= c.i < span.end]:
            if not _named(head):
                continue  # "its allies": no name of its own
            ent = next((e for e in self.ents if e.start <= head.i < e.end), None)
            text = ent.text if ent is not None else " ".join(
                t.text for t in [*(t for t in head.lefts if t.dep_ == "compound"), head])
            # a surname the model typed as a body ("Stoltenberg and Blinken") is still the person
            person = self.name_of.get(ent.start_char) if ent is not None else None
            person = person or (self.canonical(text, head.idx) if " " not in text else None)
            names.append(person if person and " " in person else _body_name(text))
        return tuple(dict.fromkeys(names))

    def resolve(self, start: int, end: int, reported: bool = False, cue=None, said_from: int | None = None) -> Speaker:
        """The speaker of the source span; `reported`: the span is the subject of a reported
        verb (no quotation marks), where a pronoun may pick up the person the text is about;
        `cue`: the cue's verb, where there is one; `said_from`: where the quotation it introduces
        starts."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return self.running or Speaker(None, None)
        bare = _without_brackets(span)
        if bare is not span and (len(bare) == 0 or len(bare) == 1 and len(bare.text) <= 2 and bare.text.isupper()):
            return Speaker(None, None)  # a bracket alone, or a ticker's or party's letter ("N -RRB-", "D -RRB-")
        span, start, end = bare, bare.start_char, bare.end_char
        if _joint(span):
            # "The EU and NATO said": said together, by neither alone; their text stays the source,
            # and a "they say" after it is theirs, as after "experts say"
            self.unnamed_group_at = start
            self.unnamed_members = self._members(span)
            return Speaker(None, None, self.unnamed_members)
        root = span.root
        owner = next((c for c in root.children if c.dep_ == "compound" and self._a_person(c)), None)
        if owner is not None and root.lemma_.lower() in self.person_bodies and root.pos_ == "NOUN":
            # "The Obama administration", "the Trump campaign": the body under its own name
            named = span.doc[owner.left_edge.i:root.i + 1]
            return self._remember(Speaker(_body_name(named.text), "ORG"), start)
        body = next((c for c in root.children if c.dep_ == "compound" and c.lemma_.lower() in self.person_bodies
                     and c.i > span.start and self._a_person(span.doc[c.i - 1])), None)
        if body is not None and root.tag_ == "NNS":  # "Obama administration officials": that body's people
            owner = span.doc[body.i - 1]
            return self._remember(Speaker(_body_name(span.doc[owner.left_edge.i:body.i + 1].text), "ORG"), start)
        # a name in a modifier of the phrase is someone else ("Murray's lawyer", "a jury in Los
        # Angeles", "BP, which hired the Deepwater Horizon rig"), unless the phrase is the name's
        # channel or a document by it
        through = root.lemma_.lower() in self.mouthpieces
        written = root.lemma_.lower() in self.documents
        people = [e for e in self.people if e.start_char >= span.start_char and e.end_char <= span.end_char
                  and (through or not _modifies(e.root, span) or self._set_off(e) or written and _author(e.root, root)
                       or self._holder_after_portfolio(e, span))
                  and not _of_people(e.root, root)]
        if people:
            ent = next((e for e in people if span.root in e), people[-1])
            return self._remember(Speaker(self.name_of[ent.start_char], "PERSON"), start)
        for token in span:
            # (a surname the tagger read as a plural noun: "Suttles said", after "Doug Suttles"; a
            # transcript's "PALIN :", which the model may take for a body)
            surname = token.text if token.text in self.surnames else self.upper_surnames.get(token.text)
            if (token.pos_ == "PROPN" or token.tag_ == "NNS" and token.text[:1].isupper()) \
                    and surname and (through or not _modifies(token, span)) and not _of_people(token, root):
                return self._remember(Speaker(self.canonical(surname, token.idx), "PERSON"), start)
        if len(span) == 1 and span[0].lower_ in self.pronouns:
            kind = self.pronouns[span[0].lower_]
            if span[0].lower_ == "they" and self.unnamed_group_at > self.running_group_at:
                # "Experts say ... Currently, they say": not the body quoted before; after a joint
                # source, the same names
                return Speaker(None, None, self.unnamed_members)
            if kind == "neuter":
                subject = self._body_subject_since(span)
                thing = self._thing_subject_since(span)
                if thing is not None and (subject is None or thing.idx > subject.start_char):
                    # "The report identified a series of mistakes ... It said": the report, and
                    # whoever the report's own words name as its author ("the commission's report")
                    body = self._body_of_thing(thing)
                    if body is not None:
                        return self._remember(Speaker(_body_name(body.text), body.label_), start)
                    if thing.lemma_.lower() not in self.channel_documents:
                        return Speaker(None, None)
                    # an unsigned statement is the body quoted before's: on as before
                if subject is not None:  # "The WHO has activated a command centre ... It says"
                    return self._remember(Speaker(_body_name(subject.text), subject.label_), start)
            if kind in ("plural", "neuter") and self.running_group:
                return self.running_group
            if kind == "neuter":
                return Speaker(None, None)  # "It said ..." names no person: not the running speaker
                # (the commission's report after its co-chairman's words)
            if kind == "self" or span[0].lower_ == "they":
                # "I" outside quotation marks: the writer, or a reader in a comment; "they" with no
                # group before it: some people, never the one person quoted before ("we" may be
                # the speaker's own: a transcript's "We know why")
                return Speaker(None, None)
            if kind == "relative":
                return self.resolve(*_head_of_relative(span[0])) if span[0].head.head.i != span[0].head.i else Speaker(None, None)
            gendered = kind in ("male", "female")
            if reported and gendered:
                subject = self._subject_since(start)
                if subject:
                    return self._remember(subject, start)
            if gendered and said_from is not None:
                # '"It was bound to happen one day," he said' after "Sercovich, while upset ...,
                # is almost zenlike": the person a main clause before the quotation is about
                subject = self._subject_since(min(start, said_from), main=True, gender=kind)
                if subject:
                    return self._remember(subject, start)
            if gendered and self.running and self.gender.get(self.running.name or "", kind) != kind:
                # "she said" after Mr Brown's words: the woman an honorific named before, if any
                fits = [e for e in self.people if e.start_char < start and self.gender.get(self.name_of[e.start_char]) == kind]
                if fits:
                    return self._remember(Speaker(self.name_of[fits[-1].start_char], "PERSON"), start)
            if self.running:
                self.running_at = start
                return self.running
            return (self.running_group if gendered else None) or Speaker(None, None)
        head = span.root
        groups = [e for e in self._ents_within(span.start_char, span.end_char) if e.label_ in GROUP_TYPES]
        if head.tag_ in ("NNS", "NNPS"):
            # "Russian diplomats", "US officials": a group, never one person; it speaks for a country
            # only when its members hold office there ("U.S. researchers", "people in Mexico" do not),
            # or when it is the nationality itself ("Democrats", "the Mexicans")
            if head.lemma_.lower() not in self.official_groups:
                groups = [e for e in groups if e.label_ == "ORG" or e.start <= head.i < e.end]
            if groups:
                ent = _speaking(groups, head)
                return self._remember(Speaker(_body_name(ent.text), ent.label_), start)
            self.unnamed_group_at = start  # "experts say": a later "they say" is these experts
            self.unnamed_members = ()
            return Speaker(None, None)
        # "his boss" is someone other than the "he" the report is about, whoever holds that title
        # (a person's: "Murray's lawyer"; not a country's or a body's: "Tonga's health minister")
        # (a possessive inside a relative clause is not the role's: "The U.S. president, who himself
        # faces criticism that his administration was slow to react,")
        if _turn_label(span):  # a transcript's "KING :" is a name, not the role "king"
            return self._remember(Speaker(self.canonical(span.text, start), "PERSON"), start)
        possessed = any(t.dep_ == "poss" and (t.tag_ == "PRP$" or t.head.i == head.i and t.ent_type_ in NAME_TYPES)
                        and not _in_clause_of(t, head) for t in span)
        role = None if possessed else self._by_role(span)
        if role:
            return self._remember(Speaker(role, "PERSON"), start)
        named = _named_in_apposition(head, span) if head.lemma_.lower() in PERSON_ROLE_HEADS else None
        if named:  # "the Scottish health secretary, Nicola Sturgeon", the name tagged as an organisation
            return self._remember(Speaker(self.canonical(named, start), "PERSON"), start)
        if head.lemma_.lower() in PERSON_ROLE_HEADS:
            wanted = {t.lemma_.lower() for t in span if t.ent_type_ in NATIONALITY_TYPES}
            # "A Health Protection Agency spokesman" is someone new, not the person quoted so far
            # ("The government's oil spill chief" is not the BP chief quoted so far either)
            someone_new = _indefinite(span) or possessed or _owned(span)
            holder = self._of_nationality(wanted, span.start_char) if wanted and not someone_new else None
            if holder:  # "the Russian leader" is the person the report called Russian, not the running speaker
                return self._remember(Speaker(holder, "PERSON"), start)
            # what the running speaker's title must hold: a company's, for its executive ("The BP
            # chief executive"), and a rank ("The deputy prime minister" is not the prime minister)
            needed = (_bodies(span) if head.lemma_.lower() in COMPANY_ROLE_HEADS else set()) | self._ranks(span)
            elsewhere = bool(self.running) and not self._holds(self.running.name or "", needed)
            if self.running and self.running.type == "PERSON" and not self._foreign(self.running.name, wanted) \
                    and not someone_new and not elsewhere:
                return self.running  # "said the head of the Kremlin": the person the report is quoting
            if wanted and not someone_new:  # "The Belarusian leader said" after Putin: the nearest person of no other nationality
                fits = [e for e in self.people if not self._foreign(self.name_of[e.start_char], wanted)]
                if fits:
                    ent = min(fits, key=lambda e: (e.start_char > span.start_char, abs(e.start_char - span.start_char)))
                    return self._remember(Speaker(self.name_of[ent.start_char], "PERSON"), start)
            # "An Israeli minister" is no more the Israelis than anyone: only a body speaks for one;
            # "an embassy official in China" does not speak for where they are
            groups = [e for e in groups if e.label_ != "NORP" and not _where(e.root, head)]
        if head.lemma_.lower() in speaker_nouns() and head.lemma_.lower() not in PERSON_ROLE_HEADS:
            # "The New York businessman" is someone from there, not the place: only a body he works for speaks
            groups = [e for e in groups if e.label_ == "ORG"]
        if head.lemma_.lower() in self.documents:
            groups = [e for e in groups if not _modifies(e.root, span, _CLAUSE_LINKS) or _author(e.root, head)]
        else:
            groups = [e for e in groups if not _where(e.root, head) and not _modifies(e.root, span, _CLAUSE_LINKS)]
        # "attorney for Deepwater Horizon oil rig captain Curt Kuchta": a body that names another
        # person's post ("captain" of the rig) is not who the attorney speaks for
        groups = [e for e in groups if not (e.root.dep_ == "compound" and e.root.head.i != head.i
                                            and _a_person_noun(e.root.head))]
        if groups:
            ent = _speaking(groups, head)
            if ent.label_ == "ORG" and self._honorific_of(ent):
                # "Dr Keiji Fukuda, WHO's assistant director-general", the name tagged as a body
                return self._remember(Speaker(self.canonical(ent.text, ent.start_char), "PERSON"), start)
            name = _body_name(ent.text)
            return self._remember(Speaker(name, ent.label_), start)
        if head.lemma_.lower() in self.group_nouns and self.running_group and \
                head.lemma_.lower() in self.running_group.name.lower():
            return self.running_group  # "the ministry said" after "Britain's Ministry of Defense"
        body = None if possessed else self._described_body(span, head)
        if body is not None:  # "BP said ... The company said"
            return self._remember(Speaker(_body_name(body.text), body.label_), start)
        if len(span) == 1 and span[0].pos_ == "PROPN" and span[0].text[:1].isupper():
            return self._remember(Speaker(self.canonical(span[0].text, span.start_char), "PERSON"), start)
        if _indefinite(span) and head.tag_ == "NN" and head.lemma_.lower() in self.person_nouns \
                and not _described_by(cue, head):
            asked = _asked(cue)
            if asked is not None:
                # "when a reporter asked Hayward if ...": the words that follow are the answer of
                # the one asked, not the asker's
                self.resolve(asked.idx, asked.idx + len(asked.text))
            else:
                # "A fisherman who asked not to be named said ... 'We are ruined,' he said": someone
                # new speaks, and a "he" after it is that someone, not the person quoted before
                self.running, self.running_at = Speaker(None, None), start
        return Speaker(None, None)

    def _set_off(self, ent) -> bool:
        """A name after a comma or straight after a title ("The head of American diplomacy, Antony
        Blinken", "Ambassador to Belgium Alexander Tokovinin") names the phrase's person, wherever the
        parser hung it; after "for", "of" or "'s" it names someone else."""
        if ent.start == 0 or ent.root.dep_ == "poss" or ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS":
            return False  # "President Barack Obama's chief of staff, Rahm Emanuel": Obama owns the title
        at = ent.start - 1
        while at > 0 and self._honorific(ent.doc[at].text):
            at -= 1  # "advisers to Mr. Obama": the honorific is the name's, what stands before it counts
        before = ent.doc[at]
        return before.text == "," or before.pos_ == "PROPN" and before.text[:1].isupper() \
            and not self._honorific(before.text)

    def _a_person(self, token) -> bool:
        """A word of a person's name: tagged so, or the surname of someone the report names in full
        (the model may tag "Trump" in "the Trump campaign" as an organisation)."""
        return token.ent_type_ in NAME_TYPES or token.pos_ == "PROPN" and token.text in self.surnames

    def _holder_after_portfolio(self, ent, span) -> bool:
        """ "BP's chief operating officer of exploration and production Doug Suttles", "head of
        security Faheem Muhammad": the parser hangs the name on the portfolio's preposition, but it
        ends the phrase with lower-case title words right before it, so it is the holder. Not after
        a role that serves someone else ("A spokesman for former president Bill Clinton", "The lawyer
        for Conrad Murray": data/reporting.json serving_roles) nor after several ("fans of singer
        Michael Jackson")."""
        root = span.root
        prep = ent.root.head
        return ent.end == span.end and ent.root.dep_ == "pobj" and prep.lower_ in ("of", "for") \
            and prep.head.i == root.i and root.lemma_.lower() in PERSON_ROLE_HEADS \
            and root.lemma_.lower() not in self.serving and root.tag_ not in ("NNS", "NNPS") \
            and any(c.dep_ in ("nmod", "compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.text.islower()
                    for c in ent.root.lefts)

    def is_role(self, start: int, end: int) -> bool:
        """The source is one person's role phrase, with no name in it ("Russian diplomat", "the
        spokesman"; not "Residents", who are several)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return bool(span) and span.root.lemma_.lower() in PERSON_ROLE_HEADS and span.root.tag_ not in ("NNS", "NNPS") \
            and not self.names_person(start, end)

    def names_person(self, start: int, end: int) -> bool:
        return any(start <= e.start_char and e.end_char <= end for e in self.people)

    def _foreign(self, name: str | None, wanted: set[str]) -> bool:
        """The report gives this person a nationality, and not the one asked for."""
        known = self.nationality.get(name or "", set())
        return bool(wanted and known and not known & wanted)

    def _of_nationality(self, wanted: set[str], offset: int) -> str | None:
        """The person whose title gives one of these nationalities ("Russian President Vladimir Putin"
        for "the Russian leader"): the running speaker if it is one, else the nearest named before
        `offset`, else after it."""
        if self.running and self.nationality.get(self.running.name or "", set()) & wanted:
            return self.running.name
        named = [(at, name) for at, name in self.name_of.items() if self.nationality.get(name, set()) & wanted]
        if not named:
            return None
        return min(named, key=lambda n: (n[0] > offset, abs(n[0] - offset)))[1]

    def _subject_since(self, offset: int, main: bool = False, gender: str | None = None) -> Speaker | None:
        """The person last named as a clause's subject (`main`: a main clause's, not "than did
        President Bush"; `gender`: of no other gender known) after the running speaker and before
        `offset`."""
        named = [e for at, e in self.subjects if self.running_at < at < offset
                 and not within(at, self.said) and (not main or _of_main_clause(e.root))
                 and (gender is None or self.gender.get(self.name_of[e.start_char], gender) == gender)]
        if not named:
            return None
        ent = named[-1]
        return Speaker(self.name_of[ent.start_char], "PERSON")

    def _by_role(self, span) -> str | None:
        # in the span's order (not a set): ties below go to the first name found, the same on every run
        words = dict.fromkeys(t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ"))
        head = span.root.lemma_.lower()
        if head not in PERSON_ROLE_HEADS or head not in self.roles:
            return None
        holders = {name for _, name in self.roles[head]}  # "a spokesman" is someone called a spokesman
        scored: dict[str, tuple[int, int]] = {}
        for word in words:
            for offset, name in self.roles.get(word, []):
                if name not in holders:
                    continue
                count, latest = scored.get(name, (0, -1))
                recent = offset if offset <= span.start_char else -1
                scored[name] = (count + 1, max(latest, recent))
        # "A Health Protection Agency spokesman" is nobody called only "Coroner's spokesman": a body
        # the span names must be in the holder's title too; but "The BP chief executive" is the one
        # "Chief Executive Tony Hayward" of a report whose titles name no company for him
        bodies, ranks = _bodies(span), self._ranks(span)  # and "The deputy prime minister" is no prime minister
        company = head in COMPANY_ROLE_HEADS
        scored = {name: score for name, score in scored.items() if self._holds(name, ranks) and (
            self._holds(name, bodies) or company and not self.title_bodies.get(name))}
        if not scored:
            return None
        best = max(scored.items(), key=lambda kv: kv[1])  # most matching title words, then most recent
        best = (best[0], best[1][0])
        # the head alone ("the president") is ambiguous when several people hold such a title
        # and "a minister" is one of many, not the one minister named so far; nor is the head
        # enough under a possessor ("The government's oil spill chief" is not "BP chief executive
        # Tony Hayward")
        if best[1] < 2 and (len(holders) > 1 or _indefinite(span) or _owned(span)):
            return None
        return best[0]

    def _window_start(self, token) -> int:
        """Where the sentence three before the token's own starts, or the live-blog post: how far
        back a body is looked for."""
        return max(self._window_sentence(token).start_char, self.scope_start)

    def _window_sentence(self, token):
        return sentences_of(self.doc)[max(0, sentence_index(token) - 3)]

    def _body_subject_since(self, span):
        """The body last named as a sentence's subject after the running group spoke, in the three
        sentences before this one (not a clause's inside what is said: "Texas reported 26 ... it said")."""
        since = max(self._window_start(span[0]), self.running_group_at + 1)
        before = sentence_of(span[0]).start_char
        subjects = [e for e in self.bodies if since <= e.start_char and e.end_char <= before
                    and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.dep_ == "ROOT"]
        return subjects[-1] if subjects else None

    def _thing_subject_since(self, span):
        """The last document or body named by what it is ("The report identified ...", "the panel
        concludes") that is a main clause's subject after the running group spoke, in the three
        sentences before the pronoun or before it in its own sentence."""
        window = self._window_sentence(span[0])
        since = max(window.start_char, self.running_group_at + 1)
        found = None
        for token in self.doc[window.start:span[0].i]:
            if token.idx >= since and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" \
                    and token.tag_ == "NN" and not token.ent_type_ and token.lemma_.lower() in self.things:
                found = token
        return found

    def _body_of_thing(self, thing):
        """The named body a document or body named by what it is stands for: one named inside its
        phrase ("the commission's report", "the Guardian's editorial"), else, for "the company",
        "the government", the body of that kind named before (_described_body)."""
        phrase = self.doc[thing.left_edge.i:thing.i + 1]
        inside = [e for e in self.bodies if phrase.start <= e.start and e.end <= phrase.end]
        if inside:
            return inside[-1]
        # "A government report": the body of the kind its modifier names
        kind = next((t for t in thing.lefts if t.dep_ == "compound" and t.lemma_.lower() in self.body_kind), None)
        return self._body_of_kind(kind, phrase.start_char) if kind is not None else self._described_body(phrase, thing)

    def _described_body(self, span, head):
        """ "the company", "the government": the body of that kind (data/reporting.json
        institution_nouns) the report named in this sentence or the three before; first one whose
        name holds the noun, else the running group, a clause's subject, the nearest. A body whose
        name says it is another kind is none ("the company" is not the "Health Protection Agency")."""
        if span[0].lower_ != "the" or len(span) > 3:
            return None
        return self._body_of_kind(head, span.start_char)

    def _body_of_kind(self, head, before: int):
        """The body of the kind the noun `head` names (data/reporting.json institution_nouns) named
        before offset `before` (see _described_body)."""
        noun = head.lemma_.lower()
        if noun in self.press_nouns:
            return self._paper_before(head, before)
        kind = self.body_kind.get(noun)
        if kind is None:
            return None
        since = self._window_start(head)
        near = [e for e in self.bodies if e.label_ in (kind, "ORG") and since <= e.start_char and e.end_char <= before]
        named = [e for e in near if noun in {t.lemma_.lower() for t in e}]
        if named or kind == "named":
            return named[-1] if named else None
        near = [e for e in near if e.label_ == kind]
        if noun not in self.generic_bodies:
            other = set(self.body_kind) - {noun}
            near = [e for e in near if not {t.lemma_.lower() for t in e} & other]
        running = [e for e in near if self.running_group and self.running_group_at >= since
                   and _body_name(e.text) == self.running_group.name]
        subjects = [e for e in near if e.root.dep_ in ("nsubj", "nsubjpass")]
        if noun in self.described:
            # "the oil giant": never in a name, so the nearest body may be anything (a newspaper that
            # quoted someone, the White House): of the running group, a subject and the organisation
            # the report has named most so far, the one it has named most
            return self._most_named(running + subjects, before)
        # the nearest alone is no company where it is named as a place ("sailings from Portmere",
        # "The ferry operator at Portmere": a town the model took for an organisation); a
        # government is a place's ("cases in Spain ... the government says")
        near = [e for e in near if kind != "ORG" or not _as_place(e.root)]
        return (running or subjects or near or [None])[-1]

    def _paper_before(self, head, before: int):
        """ "the paper", "the newspaper": the outlet named before (a name with a masthead word,
        data/outlets.json), the running group first ("the Washington Post reported ... The paper
        found"); never a body of another kind."""
        since = self._window_start(head)
        papers = [e for e in self.bodies if since <= e.start_char and e.end_char <= before
                  and (set(e.text.split()) & self.masthead_words or e.text in self.outlet_aliases)]
        running = [e for e in papers if self.running_group and _body_name(e.text) == self.running_group.name]
        return (running or papers or [None])[-1]

    def _most_named(self, candidates: list, before: int):
        """Of `candidates` and the organisations named before offset `before`, the body the report
        names most often before it (candidates first on a tie), or None."""
        # not a person's surname the model took for a body ("Hayward" said as BP's chief)
        named = [e for e in self.bodies if e.end_char <= before and _body_name(e.text) not in self.surnames]
        counts = Counter(_body_name(e.text) for e in named)
        pool = candidates[::-1] + [e for e in reversed(named) if e.label_ == "ORG"]
        return max(pool, key=lambda e: counts[_body_name(e.text)], default=None)

    def _ranks(self, span) -> set[str]:
        """The rank words of a role phrase ("deputy", "vice", "acting": data/reporting.json
        rank_words), which its holder's title must carry too."""
        return {t.lemma_.lower() for t in span} & self.rank_words

    def _holds(self, name: str, bodies: set[str]) -> bool:
        """Every word of the bodies is among the title words the report gave this person."""
        return all(any(n == name for _, n in self.roles.get(word, [])) for word in bodies)

    def _remember(self, speaker: Speaker, offset: int) -> Speaker:
        if speaker.type == "PERSON":
            self.running, self.running_at = speaker, offset
        elif speaker.name:
            self.running_group, self.running_group_at = speaker, offset
        return speaker

    def hear(self, content: list[tuple[int, int]], speaker: Speaker | None) -> None:
        """What a person said: a subject inside their words ("Molfese said Obama will ...") is no
        one a later "he dismissed ..." is about; the person who said it is nearer. (Not the words
        of a document or of no one: "According to the complaint, Contogouris was approached ...
        He says" is about Contogouris.)"""
        if speaker is not None and speaker.type == "PERSON":
            self.said.extend(content)

    def reset(self, start: int = -1) -> None:
        """A new live-blog post starts a new running speaker."""
        self.running = self.running_group = None
        self.running_at = self.scope_start = start
        self.running_group_at = self.unnamed_group_at = -1
        self.unnamed_members = ()


def _without_brackets(span):
    """The span less the brackets at its ends ("NOAA -RRB-", the source the parser leaves of "The
    National Oceanic and Atmospheric Administration -LRB- NOAA -RRB- said", is NOAA)."""
    first, last = span.start, span.end
    while first < last and span.doc[first].text in BRACKETS:
        first += 1
    while last > first and span.doc[last - 1].text in BRACKETS:
        last -= 1
    return span if (first, last) == (span.start, span.end) else span.doc[first:last]


def _turn_label(span) -> bool:
    """A transcript turn's label: one word in capitals opening a line, then a colon ("KING :"), that
    opens another turn too (not a reader's "FIRST : The right mindset")."""
    text, word = text_of(span.doc), span.text
    before = text[:span.start_char].rstrip(" \t")
    return len(span) == 1 and len(word) > 1 and word.isalpha() and word.isupper() \
        and (not before or before.endswith("\n")) and text[span.end_char:].lstrip(" ").startswith(":") \
        and len(re.findall(rf"(?m)^[ \t]*{word}[ \t]*:", text)) >= 2


def _apposed_to(ent) -> str | None:
    """The noun phrase a name stands in apposition to ("Jackson's father" for "Joe")."""
    if ent.root.dep_ != "appos" or ent.root.head.i > ent.start:
        return None
    host = ent.root.head
    return text_of(ent.doc)[host.left_edge.idx:host.idx + len(host.text)]


def _of_main_clause(subject) -> bool:
    """Is the token the subject of its sentence's main verb, or of a verb joined to it?"""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _last_names(full: str) -> tuple[str, ...]:
    """What a later mention may call a full name by: its last word, and that word without a
    particle joined to it ("Megrahi" for "Abdelbaset al-Megrahi"; names.json particles)."""
    last = full.split()[-1]
    particle, dash, rest = last.partition("-")
    return (last, rest) if dash and rest[:1].isupper() and particle in load("names.json")["particles"] else (last,)


def _body_name(text: str) -> str:
    """ "the Health Protection Agency" -> "Health Protection Agency", "Mexico City 's" -> "Mexico City"."""
    return _POSSESSIVE.sub("", _ARTICLE.sub("", text))


def _named_in_apposition(head, span) -> str | None:
    """A first and last name in apposition to a role word inside the span, whatever the model's label."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and span.start <= child.i < span.end:
            words = head.doc[child.left_edge.i:child.i + 1]
            if len(words) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
                return words.text
    return None


def _joint(span) -> bool:
    """Two named speakers joined in one source ("Peskov and Lavrov", "Britain and France"), or a
    name and a group ("The U.S. and its allies", "Peskov and other officials"): said together, not
    by the name alone. Not a name that holds an "and" ("Procter and Gamble" is one organisation)."""
    # (the name may stand in apposition to a title: "Both President Barack Obama and his wife Michelle";
    # the parser may join the second name to the first one's description: "Transocean, the owner of
    # the rig, and Halliburton")
    heads = _heads(span)
    return any((_named(head) or _named(span.root) and _and_after(head)) and any(
        c.dep_ == "conj" and span.start <= c.i < span.end and (_named(c) or _group(c))
        and _listed(head, c) for c in head.children) for head in heads)


def _and_after(description) -> bool:
    """Does "and" join another to a name's description ("Transocean, the owner of the rig, and
    Halliburton"), not a comma alone ("Vineet Choudhary, joint secretary, health ministry")?"""
    return any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in description.children)


def _heads(span) -> list:
    """The source's root and its appositions within the span."""
    return [span.root, *(c for c in span.root.children if c.dep_ == "appos" and span.start <= c.i < span.end)]


def _named(token) -> bool:
    """A name: one the entity model found, or a proper noun it missed ("Ilic and Sokolov")."""
    return token.ent_type_ in NAME_TYPES + GROUP_TYPES or (token.pos_ == "PROPN" and not token.ent_type_)


def _group(token) -> bool:
    """Others who speak with the name: "its allies", "his aides", "other officials". Not "and
    colleagues" or "and guests": the study's first author, the programme's host speaks for them."""
    return token.pos_ == "NOUN" and not token.ent_type_ and any(
        c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ == "other") for c in token.children)


def _listed(root, conj) -> bool:
    """The second is a name of its own after the first, with only names, commas and "and" between
    the two: "Professor John Oxford of Barts and the London School" and "the Centres for Disease
    Control and Prevention" hold a preposition, and in "Aiden Cotter, Birmingham and Solihull's
    coroner" the second is a possessor, not a speaker."""
    start = _entity_start(conj)
    if root.dep_ == "appos":  # after a description's own words: "Transocean, the owner of the rig, and Halliburton"
        root = max((t for c in root.children if c.dep_ not in ("conj", "cc", "punct") for t in c.subtree),
                   key=lambda t: t.i, default=root)
    return start > root.i and not any(t.pos_ == "ADP" for t in root.doc[root.i + 1:start]) \
        and not any(t.dep_ == "case" for t in conj.subtree)


def _entity_start(token) -> int:
    """Index of the first token of the named entity the token is in."""
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


# links by which a word hangs in a modifier of a phrase's head, not in the name of who it is
# (not a relative clause's subject: "a situation Browner acknowledged" is a misparse of "Browner")
_MODIFIER_LINKS = frozenset({"poss", "prep", "pobj", "agent", "dobj", "acl", "advcl", "ccomp"})
_CLAUSE_LINKS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _modifies(token, span, links=_MODIFIER_LINKS) -> bool:
    """Whether `token` hangs from the root of `span` through a possessive, a preposition or a clause
    ("Murray" in "Murray's lawyer"), not as its name or in apposition ("spokesman Bill Salvin",
    "Bea, who ..."). A parse that leaves the phrase on the way is no evidence either way."""
    while token.i != span.root.i:
        if not span.start <= token.head.i < span.end or token.head.i == token.i:
            return False
        if token.dep_ in links or token.dep_ == "prep" and token.head.dep_ == "amod" and token.head.pos_ == "ADJ":
            return True  # (the second: "The British press, much more sympathetic ... to BP's plight,")
        token = token.head
    return False


def _of_people(token, root) -> bool:
    """The name says whose people the phrase is ("Michael Jackson fans", "Obama aides"): a
    compound of a plural common noun, which others speak as."""
    return token.dep_ == "compound" and token.head.i == root.i and root.tag_ == "NNS"


def _in_clause_of(token, head) -> bool:
    """Whether `token` sits in a relative clause or an apposition of `head`."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "appos", "acl") and token.head.i == head.i:
            return True
        token = token.head
    return False


def _owned(span) -> bool:
    """Does a possessor stand before the phrase's head ("The government's oil spill chief")?"""
    return any(t.dep_ == "poss" and t.head.i == span.root.i for t in span)


def _a_person_noun(token) -> bool:
    """A person's name or a word for a person's post ("spokesman"), through the compounds it
    modifies ("captain" in "captain Curt Kuchta")."""
    while True:
        if token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_ROLE_HEADS:
            return True
        if token.dep_ != "compound" or token.head.i == token.i:
            return False
        token = token.head


def _author(token, head) -> bool:
    """ "estimates by music newspaper Billboard", "A report put out by the U.S. Travel Association":
    who a document is by."""
    by = token.head
    if token.dep_ != "pobj" or by.lower_ != "by":
        return False
    return by.head.i == head.i or by.dep_ == "agent" and by.head.dep_ == "acl" and by.head.head.i == head.i


_CALENDAR_WORDS = frozenset([name for names in MONTHS for name in names if name] + WEEKDAYS
                            + _WORDS["day_words"])  # "Today Neil is with ..."


def _as_place(token) -> bool:
    """The token is named as a place ("sailings from Portmere", "the ferry operator at Portmere")."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "from", "near", "outside", "across", "around")


def _where(token, role) -> bool:
    """The token names where the role's holder is ("official in China", "ambassador to Russia")."""
    prep = token.head
    return token.dep_ == "pobj" and prep.head.i == role.i and prep.lower_ in ("in", "at", "to", "near")


def _indefinite(span) -> bool:
    """ "a spokesman", "another minister": one of many, not anyone named so far."""
    return span[0].lower_ in INDEFINITE


def _described_by(cue, head) -> bool:
    """The cue is a participle that describes the phrase ("the emotion of an oil man discussing
    his wife's make-up"): a figure of speech, not someone who speaks in the report."""
    return cue is not None and cue.dep_ == "acl" and cue.head.i == head.i


def _asked(verb):
    """The person a question is put to ("a reporter asked Hayward if ..."), where the report names
    them."""
    if verb is None or verb.lemma_.lower() != "ask":
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON"), None)


def _bodies(span) -> set[str]:
    """Words of an organisation's name inside a role phrase ("Health Protection Agency spokesman")."""
    return {t.lemma_.lower() for t in span if t.ent_type_ == "ORG" and t.pos_ == "PROPN"}


def _head_of_relative(token) -> tuple[int, int]:
    head = token.head.head  # who -> (relcl verb) -> noun it modifies
    return head.idx, head.idx + len(head.text)


def _speaking(groups, head):
    """The body a source names that speaks: the one the phrase is about ("Roche, the maker of
    Tamiflu" is Roche), else the last named ("A Department of Health spokesman"); a country right
    after a body's name is its branch, and the body speaks ("World Cancer Research Fund UK")."""
    ent = next((e for e in groups if e.start <= head.i < e.end), groups[-1])
    body = next((e for e in groups if e.end == ent.start and e.label_ == "ORG"), None)
    return body if ent.label_ == "GPE" and body is not None else ent
