"""Attributions from the dependency parse: cue, source and content of reported and direct speech.

Hand-written: no installable model does attribution here (no coreference or quote model can be
installed offline). Rules over spaCy's parse, with the cue words in data/reporting.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..data import load
from .marks import QuoteSpan
from .parsecache import ents_of, sentence_of, table_of, text_of

Span = tuple[int, int]
SUBJECTS = ("nsubj", "nsubjpass")
CLAUSES = ("ccomp", "xcomp", "parataxis")
TRIM = " \t\n\xa0\u200b,;:.—–-"


@dataclass(slots=True)
class Attribution:
    cue: Span | None
    source: Span | None
    content: list[Span] = field(default_factory=list)
    kind: str = "indirect"  # direct | indirect | partial
    verb: int | None = None  # token index of the cue verb (for grouping and inheritance)


@cache
def _lexicon() -> dict:
    data = load("reporting.json")
    return {
        "verbs": frozenset(data["speech_verbs"]),
        "object_verbs": frozenset(data["content_object_verbs"]),
        "preps": data["prepositional_content"],
        "noun_preps": data["reporting_noun_preps"],
        "noun_infinitives": frozenset(data["reporting_noun_infinitives"]),
        # every noun reported_by_noun reads: with a that-clause, a to-infinitive or a preposition
        "noun_cues": frozenset(data["reporting_nouns"]) | frozenset(data["reporting_noun_infinitives"])
        | frozenset(data["reporting_noun_preps"]),
        "short_quote_verbs": frozenset(data["short_quote_verbs"]),
        "cue_adverbs": frozenset(data["cue_adverbs"]),
        "channels": frozenset(data["cue_channels"]),
        "raising": frozenset(data["raising_verbs"]),
        "pronouns": data["pronouns"],
        "bare": frozenset(data["bare_attribution_objects"]),
        "lead_words": frozenset(data["lead_words"]),
        "lead_phrases": frozenset(data["lead_phrases"]),
        "answers": frozenset(data["one_word_answers"]),
        "shares": frozenset(data["poll_shares"]),
        "naming": frozenset(data["naming_verbs"]),
        "addressee": frozenset(data["addressee_verbs"]),
        "stance": {part: frozenset(words) for part, words in data["stance_nouns"].items()},
        "phrasal": {verb: frozenset(words) for verb, words in data["phrasal_cues"].items() if verb != "_comment"},
        "headline_labels": frozenset(data["headline_labels"]),
        "title_end_labels": frozenset(data["title_end_labels"]),
        "findings_in": frozenset(data["findings_in"]),
        "nouns": frozenset(data["reporting_nouns"]),
        "source_lead": frozenset(data["source_lead_adverbs"]),
        "passive_silent": frozenset(data["passive_silent_verbs"]),
        "passive_preps": frozenset(data["passive_complement_preps"]),
        "bare_passive": frozenset(data["bare_passive_verbs"]),
        "settings": frozenset(data["setting_nouns"]),
        "perception": frozenset(data["perception_verbs"]),
    }


def headline_labels() -> frozenset[str]:
    """Words a headline puts before a colon that name no source ("Update:", "Watch:")."""
    return _lexicon()["headline_labels"]


def title_end_labels() -> frozenset[str]:
    """Last words before a colon that make a title a page's label ("Storm Mira live:")."""
    return _lexicon()["title_end_labels"]


def short_quote_verbs() -> frozenset[str]:
    """Verbs whose quotation of one or two words right after them is what was said."""
    return _lexicon()["short_quote_verbs"]


def speech_verbs() -> frozenset[str]:
    """The reporting verbs of data/reporting.json (lemmas)."""
    return _lexicon()["verbs"]


def is_cue_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _lexicon()["verbs"] and token.dep_ != "amod"


def is_naming_verb(token) -> bool:
    """ "what Prigozhin called a “march for justice”": the quotation is the name he gave it."""
    return token.pos_ == "VERB" and token.lemma_.lower() in _lexicon()["naming"]


def _subtree_span(token, exclude: set[int] | None = None) -> Span:
    tokens = [t for t in token.subtree if not exclude or t.i not in exclude]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def trim(text: str, span: Span, keep_marks: bool = True) -> Span:
    start, end = span
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if text[end:end + 1] == "." and _abbreviation_before(text, start, end):
        end += 1  # "in San Bernardino, Calif.", "Donald Trump Jr.": the stop is the abbreviation's
    dangling = _DANGLING.search(text, start, end)
    if dangling is not None and dangling.start() > start:
        # "... to come out of the car and": the parser left the conjunction with the content and
        # what it joins outside
        return trim(text, (start, dangling.start()), keep_marks)
    return start, end


_DANGLING = re.compile(r"\s(?:and|or|but)$")
PARAGRAPH_BREAK = re.compile(r"[^\S\n]*\n\s*")  # white space that holds a line break
_LAST_WORD = re.compile(r"\S+$")
_INITIALISM = re.compile(r"(?:^|\W)(?:[A-Za-z]\.)+[A-Za-z]$")  # "U.S", "N.C", "a.m"


def _abbreviation_before(text: str, start: int, end: int) -> bool:
    """Does the span end in an abbreviation that the stop after it belongs to? PolNeAR keeps that
    stop ("in Louisville, Ky.", "the U.S."): train has 29 such contents kept whole, 5 cut."""
    word = _LAST_WORD.search(text, start, end)
    return word is not None and (word.group(0) in _abbreviations() or _INITIALISM.search(word.group(0)) is not None)


@cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations that end in a stop of their own, as spaCy's English tokenizer knows them
    ("Calif.", "Inc.", "Jr.", "Sept.") and as the annotate stage adds them (names.json
    `title_abbreviations`: "Sgt.", "Capt."), without the stop."""
    from spacy.lang.en import English
    known = [k for k in English.Defaults.tokenizer_exceptions if k.endswith(".") and k[:1].isalpha()]
    return frozenset(k[:-1] for k in known + load("names.json")["title_abbreviations"])


def source_of(verb) -> Span | None:
    """The speaker phrase: the verb's subject (or agent), inherited along conjoined and participial verbs."""
    if _raised_subject(verb) is not None:  # "Other groups are expected to spend": nobody speaks
        return None
    if _asked_before_answer(verb):
        return None
    # "With 50 days until the election, Minyon Moore, a senior adviser ..., called": the parser makes
    # "election" the subject and the name its apposition; the one who can speak is the speaker
    subjects = [_speaking_apposition(c) or c for c in _subjects(verb)]
    # "“... Full panic mode,” said Leslie Wimes": a subject the parser found inside the quotation is not the speaker
    subjects = [c for c in subjects if not _quoted_before(c, verb)] or subjects
    if subjects and all(_titled(c) for c in subjects):
        # '..., said ... on Fox News's “Fox and Friends.”': a title in quotation marks is no speaker;
        # the name the parser hung elsewhere before the verb ("Flynn, a top surrogate, said") is
        return _named_before(verb)
    if subjects:
        # "The head of American diplomacy, Antony Blinken says so": the parser gives two subjects
        # a subject before the verb ends there: "A union ... endorsed Clinton on Thursday, another
        # example of ...": the parser hangs the closing apposition on the subject
        spans = [_np_span(c, before=verb.i if c.i < verb.i else None) for c in subjects]
        start, end = min(a for a, _ in spans), max(b for _, b in spans)
        if subjects[0].i > verb.i:  # "..., said Leslie Wimes": nothing before the verb is the speaker
            start = max(start, verb.idx + len(verb.text))
            start = next((t.idx for t in verb.doc[verb.i + 1:] if t.idx >= start and not t.is_space), start)
        return start, end
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _np_span(objects[0])
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "a curfew was announced": a passive without its agent names no speaker
    # "X said A and added B"; "..., saying that ..."
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i or _misparsed_conjunct(verb):
        head = verb.head
        # (a that-clause the parser made adverbial is the cue's content all the same: "tweeted that
        # Machado was “disgusting” and encouraged Americans to ...": Trump encouraged)
        reported = head.dep_ == "ccomp" or head.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ == "that" and m.i < head.i for m in head.children)
        second = _second_report(head) if verb.dep_ == "conj" and reported and is_cue_verb(head.head) else None
        if second is not None and second.i <= verb.i:
            return source_of(head.head)  # "China said it was opposed and warned ...": China warned
        if verb.dep_ == "conj" and head.dep_ == "advcl" and not can_speak(_subject(head)) \
                and can_speak(_subject(head.head)):
            # "the Russian leader branded him a traitor as the revolt unfolded and promised
            # punishments": the parser joins "promised" to "unfolded", whose subject says nothing
            return source_of(head.head)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" and is_cue_verb(head.head) \
                and not can_speak(_subject(head)):
            # "Analysts said geopolitical factors have contributed ..., citing the strategic
            # importance of ...": the parser hangs "citing" on what was said; the factors cite nothing
            return source_of(head.head)
        return source_of(head)
    if verb.dep_ == "relcl":
        return verb.head.idx, verb.head.idx + len(verb.head.text)
    # '“...,” said Don Ytterberg, the GOP chairman ..., explaining that ...': a participle set off
    # by a comma after a speaker's name is that speaker's
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.ent_type_ == "PERSON" \
            and verb.head.dep_ in SUBJECTS and verb.doc[verb.i - 1].text == "," and verb.head.i < verb.i:
        return _np_span(verb.head, before=verb.i)
    # "she said at a news conference announcing that ...": a participle on the occasion at which
    # the cue's speaker spoke is that speaker's
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj":
        at = verb.head.head
        if at.lower_ == "at" and at.dep_ == "prep" and is_cue_verb(at.head) and at.head.i < verb.i:
            return source_of(at.head)
    # "He launched the rebellion after alleging ...", "by claiming", "while insisting": the subject
    # of the verb the preposition hangs on, also through "aside from saying" and "for X and for
    # saying" (an adverb or a conjoined preposition between)
    if verb.dep_ == "pcomp" and verb.head.dep_ in ("prep", "conj"):
        anchor = verb.head
        while anchor.pos_ in ("ADP", "ADV", "CCONJ") and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.pos_ in ("VERB", "AUX"):
            # "After saying her foot was swollen, she was whisked off": the passive's subject spoke
            passive = next((c for c in anchor.children if c.dep_ == "nsubjpass" and c.i > verb.i), None)
            return source_of(anchor) or (_np_span(passive, before=anchor.i) if passive is not None else None)
    # the same where the parser makes "after alleging" the subject of the clause it introduces
    if _misparsed_gerund(verb):
        return source_of(verb.head.head)
    # "“... our military,” Flynn, a top Trump surrogate, said": the parser may hang the name on the
    # quotation's last noun, leaving the cue no subject at all
    return _subject_left_behind(verb) or _share_read_as_modifier(verb) or _named_right_before(verb)


def _named_before(verb) -> Span | None:
    """The name `_name_before` finds, with its apposition ("Flynn, a top Trump surrogate,")."""
    named = _name_before(verb)
    if named is None:
        return None
    span = _np_span(named.root)
    return span if span[1] <= verb.idx else (named.start_char, named.end_char)


def _named_right_before(verb) -> Span | None:
    """A person or organisation named after the quotation that ends before the verb, whose phrase
    (with its apposition) runs up to the verb: "Flynn, a top Trump surrogate," said; not a name in
    a clause between ("while discussing a tweet from Donald Trump ..., Rep. Paul Ryan said"), and
    not where a name follows the cue ("..., said Kristen Day, ..., reports USA Today")."""
    doc, text = verb.doc, text_of(verb.doc)
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if speaker_read_as_object(verb) is not None or after is not None and after.ent_type_ in ("PERSON", "ORG"):
        return None
    start = _quotation_end_before(verb)
    if start is None:
        return None
    for named in ents_of(doc):
        if named.label_ in ("PERSON", "ORG") and start <= named.start and named.end <= verb.i:
            span = _np_span(named.root, before=verb.i)
            if not text[span[1]:verb.idx].strip(" ,"):
                return span
    return None


def _quotation_end_before(verb) -> int | None:
    """The token after the closing quotation mark nearest before the verb in its sentence, if any."""
    doc = verb.doc
    start = sentence_of(verb).start
    return next((i + 1 for i in range(verb.i - 1, start - 1, -1) if doc[i].text in _CLOSING_MARKS), None)


def _share_read_as_modifier(verb) -> Span | None:
    """ "About 4 in 10 say they want ...", "Less than a third agreed that ...": the parser reads a
    poll's share that opens the sentence as a modifier of the verb; it is the subject."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    shares = [c for c in verb.children if c.i < verb.i and c.dep_ in ("nummod", "npadvmod", "quantmod")]
    if len(shares) != 1 or shares[0].right_edge.i != verb.i - 1:
        return None
    share = shares[0]
    lead = verb.doc[sentence_of(verb).start:share.left_edge.i]
    if not all(t.is_punct or t.is_space or t.dep_ == "cc" for t in lead):
        return None
    if not any(t.pos_ == "NUM" or t.lower_ in _lexicon()["shares"] for t in share.subtree):
        return None
    return share.left_edge.idx, share.right_edge.idx + len(share.right_edge.text)


def speaker_read_as_object(verb) -> Span | None:
    """ "“It’s Bernie’s to lose,” added another New Hampshire Democrat": after a quotation the
    parser may read the speaker of an inverted cue as its object. A noun phrase for someone who can
    speak, right after a cue that takes no addressee, right after the quotation's closing mark."""
    doc = verb.doc
    after_quotation = verb.i >= 2 and doc[verb.i - 1].text in ("”", '"', "''", "’") \
        and doc[verb.i - 2].text in (",", "?", "!")
    if not after_quotation or verb.lemma_.lower() in _lexicon()["addressee"]:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    if obj is not None and can_speak(obj) and obj.pos_ != "PRON":
        return _np_span(obj)
    # '"...," said David Brock, a Clinton confidant who heads the pro-Clinton super PAC Correct the
    # Record': the parser makes the name the subject of a clause it finds after it
    name = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if name is not None and name.ent_type_ == "PERSON" and name.ent_iob_ == "B":
        root = next((e.root for e in ents_of(doc) if e.start == name.i), None)
        if root is not None and root.dep_ in SUBJECTS and root.head.i > verb.i:
            return _np_span(root, before=root.head.left_edge.i if root.head.left_edge.i > root.i else None)
    return None


def answerer(verb) -> Span | None:
    """Who answers the question an "Asked ..." clause reports (the main clause's speaker); the
    question's words stop before them."""
    return source_of(verb.head) if _asked_before_answer(verb) else None


def _asked_before_answer(verb) -> bool:
    """ "Asked whether he would fire a speechwriter, Priebus said ...", "..., she said when asked
    whether ...": who asked is not named (the one asked answers in the main clause); PolNeAR leaves
    the question's source empty in 38 of train's 44 sentence-opening ones."""
    return verb.lemma_.lower() == "ask" and verb.tag_ == "VBN" and verb.dep_ == "advcl" \
        and not any(c.dep_ in ("agent", "auxpass", "aux", *SUBJECTS) for c in verb.children)


def _subject_left_behind(verb) -> Span | None:
    """ "the minimum $20 million experts say it costs": in a relative clause without "that" the
    parser may glue the cue's subject to the noun phrase before it. A finite cue with a clause of
    its own and no subject, right after a person's name or a plural noun for people that is not its
    own, has that word for speaker (a place, a day or "negotiations" there is no speaker)."""
    if verb.i == 0 or verb.tag_ not in ("VBP", "VBZ", "VBD") or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.head.i == verb.i or verb.head.i == noun.i:
        return None
    first = noun
    if noun.ent_type_ == "PERSON" and noun.tag_ == "NNP":  # from the name's first word: "Hillary Clinton"
        while first.ent_iob_ == "I" and verb.doc[first.i - 1].ent_type_ == "PERSON":
            first = verb.doc[first.i - 1]
    elif noun.tag_ != "NNS" or noun.ent_type_ or noun.lemma_.lower() not in _speaker_nouns():
        return None
    return first.idx, noun.idx + len(noun.text)


def _misparsed_conjunct(verb) -> bool:
    """ "Roberts said that the video should be released but said "the question is the timing."": the
    parser makes the second cue, right after its "but", a clause of the first."""
    before = verb.doc[verb.i - 1] if verb.i else None
    return verb.dep_ == "ccomp" and before is not None and before.dep_ == "cc" and before.head.i != verb.i \
        and verb.head.i < verb.i and is_cue_verb(verb.head) and is_cue_verb(verb)


def _misparsed_gerund(verb) -> bool:
    """ "after alleging the military had killed ...": a gerund the parser made the subject of the
    adverbial clause it introduces."""
    return verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.head.dep_ == "advcl" and verb.i < verb.head.i


def _subjects(verb) -> list:
    """The verb's subjects; where the parser hangs them on the auxiliary ("Prigozhin has for
    months accused"), the auxiliary's. A pronoun right before the verb after a comma is the only
    one: in "People like Scott, he said." the words before the comma are what he said."""
    found = [c for c in verb.children if c.dep_ == "nsubj"] or [
        c for aux in verb.children if aux.dep_ == "aux" for c in aux.children if c.dep_ == "nsubj"] or [
        # "But Trump claims that ...": the parser reads "Trump claims" as a noun compound, yet makes
        # "claims" the verb; the name right before it is its subject
        c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == verb.i - 1
        and (verb.pos_ == "VERB" or verb.dep_ == "ROOT")]
    if not found and _has_read_as_is(verb):  # "who's called for big tax hikes": who has called
        found = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "it"]  # "It's been reported"
    # "were made public ― Trump boasted": the parser makes the dash a second subject
    found = [c for c in found if c.text not in _LEAD_MARKS] or found
    stranded = _stranded_relative(verb)
    found = [c for c in found if stranded is None or c.i != stranded.i]
    # "The Latest: Trump urges ...": a headline label before a colon is no second subject
    colons = [c.i for c in verb.children if c.text == ":" and c.i < verb.i]
    if len(found) > 1 and colons:
        found = [c for c in found if c.i > max(colons)] or found
    aside = split_by_aside(verb) if len(found) > 1 else None
    found = [c for c in found if aside is None or c.i != aside[0].i]
    if len(found) > 1 and _said_after_comma(verb) and found[-1].i > verb.i:
        # "Couple global exposure with ... and Clevelanders get nervous, said Christine Link": the
        # speaker follows the verb; a subject before the comma is part of what was said
        found = [c for c in found if c.i > verb.i]
    last = found[-1] if len(found) > 1 else None
    if last is not None and last.tag_ == "PRP" and last.i + 1 == verb.i and verb.doc[last.i - 1].text == "," \
            and _ends_sentence(verb):
        return [last]
    return found


def _stranded_relative(verb):
    """ "the policies, which critics say left a vacuum": the parser makes the relative pronoun a
    second subject of the cue; it is the subject of what was said (PolNeAR marks it as the
    content's first piece). Returns the pronoun, or None."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2 or subjects[0].tag_ not in ("WDT", "WP") or subjects[0].lower_ == "that":
        return None
    return subjects[0]


def split_by_aside(verb):
    """ "These employees, Stumpf explained earlier in the hearing, were well-paid": where the aside
    carries words after its verb, the parser makes the speaker's verb the main one, the words before
    the aside its modifier (or a second subject) and the clause after it a conjunct. Returns (the
    fronted phrase, the conjunct), or None."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    if not subjects:
        return None
    subject = subjects[-1]
    comma = subject.left_edge.i - 1
    fronted = next((c for c in verb.children if c.dep_ in ("npadvmod", "nsubj", "dep") and c.i < subject.i
                    and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i + 1 == comma), None)
    if fronted is None or comma < 1 or verb.doc[comma].text != ",":
        return None
    # at the sentence's start, or after the writer's link word ("But these employees, Stumpf ...")
    lead = verb.doc[sentence_of(verb).start:fronted.left_edge.i]
    if not all(t.dep_ == "cc" or t.lower_ in _lexicon()["lead_words"] or t.text == "," for t in lead):
        return None
    rest = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and (  # a finite conjunct
        c.pos_ in ("VERB", "AUX") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        or any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children))), None)
    if rest is None or any(g.dep_ in SUBJECTS for g in rest.children) or verb.doc[rest.left_edge.i - 1].text != ",":
        return None
    return fronted, rest


def _closes_sentence(verb) -> bool:
    """Is the verb the sentence's main verb, with nothing but its closing stop after it?"""
    return verb.dep_ == "ROOT" and _ends_sentence(verb)


def _ends_sentence(verb) -> bool:
    """Is there nothing but the closing stop after the verb? (Whatever the parser made of it: in
    "... to organize into communities and reach others, she said." it hangs "said" on "made".)"""
    return all(t.is_space or t.text in (".", "!", "?") for t in verb.doc[verb.i + 1:sentence_of(verb).end])


def _said_after_comma(verb) -> bool:
    """Does the verb (with its auxiliaries) come right after a comma, as in "..., said X"? Not a
    comma that closes a noun phrase's apposition or relative clause ("Sanders, whose coalition
    includes young people, said closed primaries ... deny": the parser hangs the comma on the noun)."""
    first = _group_start(verb)
    comma = verb.doc[first - 1] if first > 0 else None
    return comma is not None and comma.text == "," and comma.head.pos_ not in ("NOUN", "PROPN", "PRON")


def _group_start(verb) -> int:
    """The first token of the verb with the auxiliaries right before it ("has not said")."""
    k = verb.i
    while k > 0 and verb.doc[k - 1].head.i == verb.i and verb.doc[k - 1].dep_ in ("aux", "auxpass", "neg"):
        k -= 1
    return k


def _subject(verb):
    return next(iter(_subjects(verb)), None)


def _speaking_apposition(subject):
    """The name in apposition after a subject that the word right before it shows to be misparsed:
    a preposition before a common noun ("until the election, Minyon Moore, ..."), or a verb that
    lacks its object ("To understand the real Dred Scott, Chief Justice Roberts said"); else None.
    Not "Another critic, Laurence H. Tribe,": PolNeAR keeps the whole apposition."""
    left = subject.left_edge.i
    if left == 0:
        return None
    before = subject.doc[left - 1]
    # "To understand the real Dred Scott, Chief Justice Roberts said, ...": the subject is the
    # object of a verb before it that has none
    object_of_verb = before.pos_ == "VERB" and before.dep_ in ("advcl", "xcomp") and not any(
        c.dep_ in ("dobj", "ccomp") for c in before.children)
    if not object_of_verb and (subject.pos_ != "NOUN" or can_speak(subject) or before.pos_ != "ADP"):
        return None
    return next((a for a in subject.children if a.dep_ == "appos" and a.i > subject.i and a.pos_ == "PROPN"
                 and a.ent_type_ in ("PERSON", "ORG")), None)


def _has_read_as_is(verb) -> bool:
    """Is the cue's "'s" a "has" the parser read as a passive "is" ("who's called for big tax
    hikes", "she's said that ...")? It is where the cue goes on to what was said: an object, a
    clause, or the preposition its content follows ("called for"), and has no agent."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) \
            or any(c.dep_ == "agent" for c in verb.children):
        return False
    preps = _lexicon()["preps"].get(verb.lemma_.lower(), ())
    return any(c.dep_ in ("dobj", "ccomp") or c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in preps
               for c in verb.children)


def can_speak(token) -> bool:
    """A subject that can say something: a name, a pronoun, or a noun for people or organisations."""
    if token is None:
        return False
    return token.pos_ in ("PRON", "PROPN") or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or token.lemma_.lower() in _speaker_nouns()


@cache
def _speaker_nouns() -> frozenset[str]:
    names = load("names.json")
    return frozenset(names["person_nouns"] + names["other_person_nouns"] + names["organisation_nouns"])


def _aside_clause(token) -> bool:
    """The first word of a comma-led participial clause ("speaking to a veterans group"). A relative
    clause ("who ...") stays: PolNeAR keeps it in the source more often than not (measured on dev)."""
    return token.dep_ in ("acl", "advcl") and token.tag_ in ("VBG", "VBN")


def _reporting_relative(token) -> bool:
    """The first word of a relative clause that reports speech of its own ("Barkley, who said he
    typically votes Democratic, said ..."): the clause is another attribution, not who is speaking.
    PolNeAR train leaves such a clause out of the source 23 times and keeps it twice; other relative
    clauses it keeps about as often as not, so they stay."""
    clause = token if token.dep_ == "relcl" else token.head if token.head.dep_ == "relcl" else None
    return clause is not None and clause.left_edge.i == token.i and any(is_cue_verb(t) for t in clause.subtree)


def _quoted_before(token, verb) -> bool:
    """True when a quotation closes between `token` and the verb after it."""
    if token.i > verb.i:
        return False
    between = [t.text for t in token.doc[token.i + 1:verb.i]]
    closes = [k for k, t in enumerate(between) if t in _CLOSING_MARKS]
    curly = bool(closes) and not any(t in ("“", "«") for t in between[closes[-1]:])
    return curly or between.count('"') % 2 == 1  # straight marks: an odd count closes one


def _titled(token) -> bool:
    """A phrase set in quotation marks of its own: “Fox and Friends.”"""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    after = doc[right + 1:right + 3]
    return left > 0 and doc[left - 1].text in _OPENING_MARKS and any(t.text in _CLOSING_MARKS for t in after)


def _name_before(verb):
    """The first person or organisation named between the quotation that ends before the verb and
    the verb: in "“...,” Flynn, a top Trump surrogate, said", Flynn."""
    doc = verb.doc
    start = _quotation_end_before(verb) or sentence_of(verb).start
    return next((e for e in ents_of(doc) if e.label_ in ("PERSON", "ORG") and start <= e.start and e.end <= verb.i), None)


_OPENING_MARKS = {"“", "``", "«", '"'}
_LEAD_MARKS = {"--", "—", "―", "–", "-"}
_CLOSING_MARKS = {"”", "’’", "''", "»"}
_APPOSITION_MARKS = {",", *_LEAD_MARKS} - {"-"}  # what closes an apposition: a comma or a dash


def _np_span(token, before: int | None = None) -> Span:
    """The speaker's noun phrase: its whole subtree ("Douglas Brinkley, a historian who attended
    the session,"), with the comma that closes an apposition, never over a line break, and never
    at or after token `before`."""
    doc = token.doc
    tokens = [t for t in token.subtree if (before is None or t.i < before)
              and not any("\n" in u.text for u in doc[min(t.i, token.i):max(t.i, token.i) + 1])]
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct and tokens[-1].text not in (")", ",")):
        tokens.pop()
    # "WASHINGTON -- President Obama", "The Latest: Trump": a lead-in before a dash or colon is no
    # speaker; nor the end of a quotation the parser hung on the subject ("... outrageous,” Obama's
    # former campaign strategist said")
    cuts = [k for k, t in enumerate(tokens) if t.i < token.i and (
        t.text == ":" or t.text in _LEAD_MARKS and (t.i == 0 or t.doc[t.i - 1].whitespace_)  # not "co-founder"
        or t.text in _CLOSING_MARKS)]
    # the same after the head where what comes before is a dateline or a label ("WASHINGTON --")
    for k, t in enumerate(tokens):
        if t.i > token.i and (t.text in _LEAD_MARKS or t.text == ":") and 0 < k < len(tokens) - 1:
            lead = " ".join(u.text for u in tokens[:k]).strip(" ,")
            if lead.isupper() or lead.lower() in headline_labels():
                cuts.append(k)
    if cuts and max(cuts) + 1 < len(tokens):
        tokens = tokens[max(cuts) + 1:]
    while tokens and (tokens[0].is_punct or tokens[0].is_space
                      or tokens[0].i < token.i and tokens[0].dep_ == "advmod" and tokens[0].lower_ in _lexicon()["source_lead"]):
        tokens.pop(0)
    if not tokens:
        tokens = [token]
    # "a group of doctors in 2015": a closing date says when, not who
    for child in token.rights:
        if child.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in child.children):
            last = max(t.i for t in child.subtree)
            if last >= tokens[-1].i - 1:
                tokens = [t for t in tokens if t.i < child.i] or tokens
    # "Trump, speaking to a veterans group in Virginia,": a participial clause set off by a comma
    # says what the speaker was doing, not who it is; it and what follows it are left out
    for k, t in enumerate(tokens):
        if 0 < k and tokens[k - 1].text == "," and t.i > token.i and (_aside_clause(t) or _reporting_relative(t)):
            tokens = tokens[:k]
            break
    if tokens[-1].text == "," and not any(t.text == "," for t in tokens[:-1]):
        tokens.pop()  # a comma closes an apposition only when one was opened
    following = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if following is not None and following.text in _APPOSITION_MARKS and tokens[-1].text != following.text \
            and any(t.text == following.text for t in tokens if t.i > token.i):
        # "..., Flynn, a top Trump surrogate, said": the parser hangs the comma (or dash) that
        # closes the apposition on the verb; PolNeAR keeps it with the source it closes
        tokens.append(following)
    end = tokens[-1].idx + len(tokens[-1].text)
    return tokens[0].idx, end


def cue_span(verb, content: Span | None = None) -> Span:
    """The cue as PolNeAR marks it: the verb with its auxiliaries and adverbs ("has also said",
    "did not immediately respond"), particle ("pointed out"), a day right after it ("said Friday"),
    and the preposition that leads to the content ("called for", "described as")."""
    text, doc = text_of(verb.doc), verb.doc
    start, end = verb.idx, verb.idx + len(verb.text)
    adverbs = _lexicon()["cue_adverbs"]
    i = verb.i - 1
    while i >= 0 and doc[i].head.i == verb.i and (
            doc[i].dep_ in ("aux", "auxpass", "neg") or doc[i].lower_ in adverbs
            or doc[i].dep_ == "advmod" and doc[i].tag_ == "RB"):
        start = doc[i].idx
        i -= 1
    j = verb.i + 1
    while j < len(doc) and doc[j].head.i == verb.i and (
            doc[j].dep_ == "prt" or doc[j].lower_ in adverbs and doc[j].dep_ == "advmod"
            or doc[j].dep_ == "npadvmod" and doc[j].ent_type_ == "DATE"):
        end = doc[j].idx + len(doc[j].text)
        j += 1
    channel = _channel(verb, j)
    if channel is not None:  # "said in a statement": PolNeAR's cue takes the channel (not "in an interview")
        last = channel.right_edge
        if content is not None and channel.idx < content[0] <= last.idx:
            # "in a statement that the race ...": the content hangs on the channel's noun; the cue stops before it
            last = max((t for t in channel.subtree if t.idx + len(t.text) <= content[0]), key=lambda t: t.i)
        end = last.idx + len(last.text)
        j = last.i + 1
    preps = _lexicon()["preps"].get(verb.lemma_.lower(), [])
    following = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i == j]
    if not following and j < len(doc) and doc[j].lower_ in preps and doc[j].dep_ == "mark" \
            and doc[j].head.head.i == verb.i and (content is None or content[0] > doc[j].idx):
        following = [doc[j]]  # "called for Trump to drop out": the parser makes "for" the clause's mark
    stance = _stance_object(verb, next((c for c in verb.children if c.dep_ == "dobj"), None))
    if following:
        end = following[0].idx + len(following[0].text)
    elif stance is not None and content is not None and stance[0].idx < content[0]:
        end = stance[0].idx + len(stance[0].text)  # "took a shot at", "made no mention of"
    elif content is not None:
        leading = [c for c in verb.children if c.dep_ == "prep" and end <= c.idx < content[0]
                   and c.idx + len(c.text) >= content[0] - 1]
        if leading:  # the content is the preposition's object: "accusing her of ..."
            end = leading[0].idx + len(leading[0].text)
    if end < len(text) and text[end] == ":":
        end += 1  # "added:" introducing a quotation
    return start, end


def _channel(verb, j: int):
    """The verb's prepositional phrase at token j when it names a channel of data/reporting.json."""
    doc = verb.doc
    if j >= len(doc) or doc[j].head.i != verb.i or doc[j].dep_ != "prep" or doc[j].lower_ != "in":
        return None
    pobj = next((c for c in doc[j].children if c.dep_ == "pobj"), None)
    return doc[j] if pobj is not None and pobj.lemma_.lower() in _lexicon()["channels"] else None


# "said in an interview", "spoke at a rally": where and when, never what
_CIRCUMSTANCE = frozenset({"in", "at", "on", "during", "after", "before", "with", "since", "from", "by",
                           "through", "over", "amid", "following", "into", "to", "inside", "outside"})
_CIRCUMSTANCE_OF_SAYING = _CIRCUMSTANCE | {"for"}  # "said for the first time that ..."


def content_of(verb, quotes: list[QuoteSpan]) -> tuple[list[Span], str] | None:
    """The reported content: the clause the cue governs (with any quotation it holds), else its
    object ("criticized the decision"), else a preposition's object ("called for a ban")."""
    text = text_of(verb.doc)
    lemma = verb.lemma_.lower()
    if _misparsed_gerund(verb):
        # "after alleging the military had killed some of his men": the parser made "alleging" the
        # subject of "killed"; what was alleged is the rest of that clause
        return [trim(text, (verb.idx + len(verb.text), _clause_span(verb, verb.head)[1]))], "indirect"
    aside = split_by_aside(verb)
    if aside is not None:  # "These employees | , Stumpf explained earlier, | were well-paid"
        # the clause after the aside runs to the sentence's end (the parser hangs some of it on the
        # cue), short of a clause of the writer's joined with its own subject (", and so Labott was
        # suspended")
        fronted, rest = aside
        end = sentence_of(verb).end_char
        for joined in list(verb.children) + list(rest.children):
            if joined.dep_ == "conj" and joined.i > rest.i and any(g.dep_ in SUBJECTS for g in joined.children):
                k = joined.left_edge.i - 1
                while k > rest.i and (verb.doc[k].dep_ == "cc" or verb.doc[k].is_punct or verb.doc[k].lower_ == "so"):
                    k -= 1
                end = min(end, verb.doc[k].idx + len(verb.doc[k].text))
        pieces = [trim(text, _subtree_span(fronted)), trim(text, (rest.left_edge.idx, end))]
        return pieces, _kind((pieces[0][0], pieces[-1][1]), quotes)
    clause = _governed_clause(verb)
    if clause is not None and _trailing_report(verb, clause):
        # "The government has ordered an inquiry ..., Governor Reyes announced": the parser hangs
        # the governor's cue on the verb it reports; the verb is what was said, not a cue
        return None
    if clause is not None and clause.tag_ == "VBG" and clause.lemma_.lower() in _lexicon()["verbs"]:
        # "said speaking at a ceremony ... that he handed down an order": the that-clause, wherever
        # the parser hung it, is what was said; the participle says where
        that = next((t for t in clause.subtree if t.i > clause.i and t.dep_ == "mark" and t.lower_ == "that"), None)
        if that is not None:
            clause = that.head
    if clause is None and _as_clause(verb):
        return _main_clause(verb)  # before the object: "as one adviser put it" says nothing of "it"
    if clause is None:
        split = _relative_and_rest(verb)
        if split is not None:
            return split, _kind((split[0][0], split[-1][1]), quotes)
        clause = next((c for c in verb.children if c.dep_ == "dobj" and not _addressee(verb, c)), None)
        stance = _stance_object(verb, clause)
        if stance is not None:
            return [trim(text, _subtree_span(stance[1]))], "indirect"
    if clause is None and lemma in _lexicon()["addressee"]:
        # "tells his supporters at a rally to “go to your place and vote”": the parser reads what
        # they were told to do as a purpose clause
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
            a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)), None)
    if clause is None and is_naming_verb(verb):
        named = _named_objects(verb, quotes)
        if named is not None:
            return named
    if clause is None:
        # "called for a ban", "pointed to the polls": the object of the preposition
        wanted = _lexicon()["preps"].get(lemma)
        for prep in verb.children:
            # after the verb ("who on Friday called for an uprising": not "on Friday")
            if prep.dep_ == "prep" and prep.i > verb.i and (prep.lower_ in wanted if wanted else (
                    prep.lower_ not in _CIRCUMSTANCE and lemma not in _lexicon()["verbs"])):
                clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                break
        # "reminded voters of the six years ...": the parser hangs the preposition on the addressee;
        # PolNeAR keeps it with what was said, as it does a charge ("accused X of ...")
        addressed = next((c for c in verb.children if c.dep_ == "dobj" and _addressee(verb, c)), None)
        if clause is None and wanted and addressed is not None:
            clause = next((p for p in addressed.children if p.dep_ == "prep" and p.i == addressed.i + 1
                           and p.lower_ in wanted), None)
    if clause is None and lemma in _lexicon()["preps"]:
        # "called for him to resign": the parser makes "for" the mark of a clause; the clause
        # without it is what was called for
        clause = _marked_clause(verb, _lexicon()["preps"][lemma], right_after=True)
    if clause is None and lemma == "ask":
        # "Asked if he was ever bullied, ...": the parser makes the question an adverbial clause
        clause = _marked_clause(verb, ("if", "whether"))
    if clause is None and lemma in _lexicon()["verbs"]:
        clause = _that_clause_in_circumstance(verb)
    if clause is None and lemma in _lexicon()["verbs"]:
        bare = _bare_clause_after_circumstance(verb)
        if bare is not None:
            return [bare], _kind(bare, quotes)
    if clause is None and lemma in _lexicon()["verbs"]:
        answer = _one_word_answer(verb, quotes)
        if answer is not None:
            return [(answer.idx, answer.idx + len(answer.text))], "indirect"
    if clause is None:
        return _paragraph_after_colon(verb, quotes) or _passive_content(verb) or _inverted_content(verb, quotes)
    if clause.dep_ == "xcomp" and clause.tag_ == "VBG" and lemma in _lexicon()["perception"] \
            and any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "Prigozhin was seen leaving the headquarters": what he did, not what was said
    raised = _raised_subject(verb) if clause.dep_ == "xcomp" else None
    if raised is not None:  # "Other groups | are also expected | to spend millions"
        # up to the verb: the parser may hang a later apposition on the subject
        words = [t for t in raised.subtree if t.i < verb.i] or [raised]
        subject = trim(text, (words[0].idx, words[-1].idx + len(words[-1].text)))
        return [subject, trim(text, _clause_span(verb, clause))], "indirect"
    span = trim(text, _clause_span(verb, clause))
    mark = clause.left_edge
    if clause.dep_ == "advcl" and mark.dep_ == "mark" and mark.head.i == clause.i \
            and mark.lower_ in _lexicon()["preps"].get(lemma, ()):
        span = trim(text, (mark.idx + len(mark.text), span[1]))  # "him to resign", not "for him ..."
    if clause.i < verb.i:
        span = without_lead(verb.doc, span)
    if span[1] - span[0] < 3:
        return None
    inside = [q for q in quotes if q.start < span[1] and span[0] < q.end]
    stranded = _stranded_relative(verb)
    if stranded is not None and clause.i > verb.i:  # "which | critics say | left a vacuum"
        pronoun = (stranded.idx, stranded.idx + len(stranded.text))
        return [pronoun, _spread(span, inside)], "partial" if inside else "indirect"
    # the object without a reason or charge ("accuse the US of pushing NATO into a “...” clash")
    reason = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS and c.i > clause.i), None)
    own = (span[0], min(span[1], reason.idx)) if reason is not None and clause.dep_ == "dobj" else span
    # "called half of Trump's supporters “deplorables”" reports; "what she called a “rant”" names
    naming = lemma in _lexicon()["naming"] and clause.dep_ == "dobj" and clause.tag_ not in ("WP", "WDT")
    if any(q.start < own[1] and own[0] < q.end for q in inside) \
            and (clause.tag_ in ("WP", "WDT") or any(q.start <= clause.idx < q.end for q in inside)) \
            and clause.dep_ not in ("ccomp", "xcomp", "advcl", "pobj", "pcomp", "acl", "relcl") \
            and lemma not in _lexicon()["object_verbs"] and not naming:
        # "the coup reveals “real cracks” at the top": a quotation that holds the object's head
        # keeps its own speaker, as does one after a wh-object ("what he called a “brazen
        # breach”"); quoted words in a modifier ("stressing the need to bolster efforts under
        # “constant attack”") leave the object the writer's
        return None
    if inside:
        span = _spread(span, inside)
        whole = len(inside) == 1 and inside[0].start <= span[0] + 1 and inside[0].end >= span[1] - 1
        after_colon = _after_colon(text, span, inside) if clause.i < verb.i else None
        if after_colon is not None:
            return [after_colon], "direct"
        return [span], "direct" if whole else "partial"
    return [_before_own_clause(verb.doc, span)], "indirect"


def _before_own_clause(doc, span: Span) -> Span:
    """Reported speech without quotation marks ends at a semicolon that opens a clause with a
    subject of its own: "said the timing of the immunity news was not intentional; they only
    learned on Friday ..." goes on in the writer's words, though the parser may hang the second
    clause on the cue too."""
    text = text_of(doc)
    if ";" not in text[span[0]:span[1]]:  # most contents: no token is looked at
        return span
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    for token in tokens[1:-1]:
        if token.text == ";" and any(t.dep_ in SUBJECTS and t.head.i > token.i and t.head.dep_ not in ("relcl", "acl")
                                     for t in doc[token.i + 1:tokens.end]):  # not a list item's "whose mother had died"
            return trim(text, (span[0], token.idx))
    return span


def one_word_answers() -> frozenset[str]:
    return _lexicon()["answers"]


def _one_word_answer(verb, quotes: list[QuoteSpan]):
    """ "46 percent of voters said yes,", "after 55 percent said so in December": the word right
    after the cue is all that was said (PolNeAR marks it; not "said no to the Iraq war")."""
    doc = verb.doc
    j = verb.i + 1
    if j + 1 >= len(doc) or doc[j].lower_ not in one_word_answers() or doc[j].head.i != verb.i:
        return None
    after = doc[j + 1]
    if not (after.is_punct or after.dep_ == "prep" and after.lower_ != "to"):
        return None
    sentence = sentence_of(verb)
    if doc[j].lower_ == "so" and sentence.start > 0 and after.i >= sentence.end - 2:
        # "... reveals “real cracks” ... . Antony Blinken says so.": the quotation before is what
        # was said (_from_neighbour_sentence), not "so"
        previous = sentence_of(doc[sentence.start - 1]).start_char
        same_paragraph = "\n" not in text_of(doc)[previous:sentence.start_char].rstrip()
        if same_paragraph and any(q.start < sentence.start_char and q.end > previous for q in quotes):
            return None
    return doc[j]


def _named_objects(verb, quotes: list[QuoteSpan]) -> tuple[list[Span], str] | None:
    """ "called both Trump and Clinton “crazy”": the parser reads the object and what it is called
    as two predicates (oprd) and no direct object; the two together, with any quotation they
    reach into, are the content. Not a participle after a noun, which names."""
    parts = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    if not parts or verb.dep_ in ("acl", "amod"):  # "the resort, now called Trump National Doral" names
        return None
    text = text_of(verb.doc)
    lead = [c for c in verb.children if c.dep_ in ("dep", "nmod") and verb.i < c.i < parts[0].i]
    first = min([parts[0].left_edge.i] + [c.left_edge.i for c in lead])
    last = max(c.right_edge.i for c in parts)
    span = trim(text, (verb.doc[first].idx, verb.doc[last].idx + len(verb.doc[last].text)))
    inside = [q for q in quotes if q.start < span[1] and span[0] < q.end]
    span = _spread(span, inside)
    return ([span], "partial" if inside else "indirect") if span[1] - span[0] >= 3 else None


def _relative_and_rest(verb) -> list[Span] | None:
    """ "a finish that he said defied expectations", "laws that some say target Muslims": the
    parser makes the relative pronoun the cue's object and the rest of the reported clause a second
    object; the two are what was said (PolNeAR: "that | defied expectations")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 2 or objects[0].tag_ not in ("WDT", "WP") or not objects[0].i < verb.i < objects[1].i:
        return None
    text = text_of(verb.doc)
    rest = trim(text, _subtree_span(objects[1]))
    return [trim(text, (objects[0].idx, objects[0].idx + len(objects[0].text))), rest] if rest[1] - rest[0] > 2 else None


def _spread(span: Span, inside: list[QuoteSpan]) -> Span:
    """`span` run out to hold whole every quotation it reaches into."""
    return (min([span[0]] + [q.start for q in inside]), max([span[1]] + [q.end for q in inside]))


def _governed_clause(verb):
    """The clause the cue governs: the first, unless it stands before the cue across a semicolon or
    colon, or a that-clause follows the cue. In "It's an unlikely scenario; Clinton's team says she'll
    continue ..." and "... set off another round of fireworks: Republicans said they're ..." the
    parser makes the sentence before the stop a clause of the cue too."""
    # not a parenthesis the parser hangs on the cue: "want policies that create less revenue (they
    # want lower tax rates ...)"
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and not _parenthetical(verb, c)]
    if len(clauses) > 1 and clauses[0].i < verb.i < clauses[-1].i and (any(
            t.dep_ == "punct" and t.text in (";", ":") for t in verb.doc[clauses[0].i + 1:verb.i])
            or _that_right_after(verb, clauses[-1])):
        return next(c for c in clauses if c.i > verb.i)
    return clauses[0] if clauses else None


def _gapped_relative(verb, obj, clause) -> bool:
    """ "mentioned disparaging remarks Trump had made about Machado": a relative clause without
    "that" which the parser made a clause of the cue: it opens with its subject (not "how", "that"
    or a dash) and lacks the object it relates to, and the object is no one spoken to or of."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.dep_ == "ccomp" and obj.right_edge.i + 1 == clause.left_edge.i \
        and (not clause.left_edge.is_punct or clause.left_edge.text in ("“", "\"")) \
        and not _addressee(verb, obj) \
        and subject is not None and subject.left_edge.i == clause.left_edge.i and not can_speak(obj) and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative") for c in clause.children) \
        and clause.pos_ == "VERB" and clause.lemma_.lower() not in _lexicon()["verbs"]


def _parenthetical(verb, clause) -> bool:
    """Is `clause` a parenthesis after the cue's words, which the parser hung on the cue?"""
    return clause.i > verb.i and clause.left_edge.text == "(" and clause.left_edge.i > verb.i + 1


def _trailing_report(verb, clause) -> bool:
    """Is `clause` a reporting verb after a comma, with its own subject and no clause of its own:
    the attribution of `verb`'s sentence ("..., Governor Reyes announced on Tuesday")?"""
    return (clause.dep_ == "ccomp" and clause.i > verb.i and is_cue_verb(clause)
            and verb.doc[next(t.i for t in clause.subtree if not t.is_punct) - 1].text == ","
            and any(c.dep_ in SUBJECTS for c in clause.children)
            and not any(c.dep_ in ("ccomp", "xcomp") for c in clause.children))


def _that_right_after(verb, clause) -> bool:
    """Does the clause open with "that" after the cue, with no comma between? Then it is what was
    said wherever the parser hung the words before ("Claiming the criticism ... is designed to ...,
    Trump told Fox that ..."); one after a comma may be a relative clause it misread."""
    return any(m.dep_ == "mark" and m.lower_ == "that" and not any(t.text == "," for t in verb.doc[verb.i + 1:m.i])
               for m in clause.children)


def _paragraph_after_colon(verb, quotes: list[QuoteSpan]) -> tuple[list[Span], str] | None:
    """ "The governor added:" then a paragraph without quotation marks: a block quotation, the
    speaker's words. (One in quotation marks is the quotation stage's.)"""
    doc, text = verb.doc, text_of(verb.doc)
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ == "that":
        i += 1
    if i >= len(doc) or doc[i].text != ":":
        return None
    gap = PARAGRAPH_BREAK.match(text, doc[i].idx + 1)
    if gap is None or gap.end() == len(text) or text[gap.end()] in "<“\"'‘«„":
        return None
    start = gap.end()
    end = text.find("\n", start)
    span = trim(text, (start, len(text) if end < 0 else end))
    if span[1] - span[0] < 10:
        return None
    inside = [q for q in quotes if span[0] <= q.start and q.end <= span[1]]
    return [span], "partial" if inside else "indirect"


def _stance_object(verb, obj):
    """(preposition, its object) after a stance noun the verb takes: "took a shot at X", "expressed
    deep concern about X", "made no mention of X"."""
    stance = _lexicon()["stance"]
    if obj is None or obj.lemma_.lower() not in stance["nouns"] or verb.lemma_.lower() not in stance["verbs"]:
        return None
    for prep in list(obj.children) + list(verb.children):
        # the preposition right after the noun ("a shot at"), whichever word the parser hung it on
        if prep.dep_ == "prep" and prep.lower_ in stance["prepositions"] and prep.i == obj.i + 1:
            target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None:
                return prep, target
    return None


def stance_lemmas() -> frozenset[str]:
    """The light verbs of data/reporting.json's stance nouns ("take", "make", "express")."""
    return _lexicon()["stance"]["verbs"]


def stance_cue(verb) -> bool:
    """Does the verb report a stance with its object ("took a shot at X")? It needs a subject."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and _stance_object(verb, obj) is not None


def _addressee(verb, obj) -> bool:
    """ "he told me on Friday", "assured reporters": whom the words were for, not what they were."""
    if verb.lemma_.lower() not in _lexicon()["addressee"]:
        return False
    return obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or obj.pos_ == "PRON" and obj.lower_ not in _lexicon()["bare"] \
        or obj.pos_ == "NOUN" and obj.lemma_.lower() in _speaker_nouns()  # "told his supporters"


def _marked_clause(verb, marks, right_after: bool = False):
    """The adverbial clause after the verb that one of `marks` opens (right after the verb, if asked)."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in marks and (not right_after or m.i == verb.i + 1) for m in c.children)), None)


def _that_clause_in_circumstance(verb):
    """ "says in a statement that the race ...", "said for the first time that ...", "predicted at the
    debate that Republicans will take ...": the parser hangs the that-clause on the circumstance's noun
    (as a relative clause, "that" made its mark, adverb or object), or on the verb as an adverbial
    clause ("tweeted in the early morning hours that Machado was ..."); it is what was said."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "advcl" and _that_opens(child):
            return child
        if child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE_OF_SAYING:
            clause = next((t for t in child.subtree if t.dep_ in ("acl", "relcl", "ccomp")
                           and t.head.i < t.i and _that_opens(t)), None)
            if clause is not None:
                return clause
    return None


def _bare_clause_after_circumstance(verb) -> Span | None:
    """ "Trump said after the convention he would not accept ...": without a "that", the parser makes
    the clause adverbial and the circumstance its own; the clause from its subject on was said."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.i < verb.i or any(c.dep_ == "mark" for c in child.children):
            continue
        subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.left_edge.i == child.left_edge.i or child.tag_ in ("VBG", "VBN"):
            continue
        span = trim(text_of(verb.doc), (subject.left_edge.idx, _subtree_span(child)[1]))
        return span if span[1] - span[0] >= 10 else None
    return None


def _that_opens(clause) -> bool:
    """Is the clause's first word a "that" that opens content, not a relative pronoun ("the debate
    that he watched", "a town that voted for him")? Parsed as anything but a mark, it must leave the
    clause a subject of its own and, parsed as its object, another object."""
    that = clause.left_edge
    if that.lower_ != "that" or that.head.i != clause.i:
        return False
    if that.dep_ == "mark":
        return True
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i]
    if not subjects or that.dep_ in ("nsubj", "nsubjpass"):
        return False
    return that.dep_ != "dobj" or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != that.i for c in clause.children)


def _second_report(clause):
    """A reporting verb conjoined to the reported clause with no subject of its own ("said it was
    opposed to the test and warned North Korea to refrain"): the speaker's second report, which
    the parser hangs on the first one's content. Returns its first word (the "and")."""
    for child in clause.children:
        if child.dep_ == "conj" and child.i > clause.i and is_cue_verb(child) \
                and not any(g.dep_ in SUBJECTS for g in child.children) and not _in_tense_of(child, clause):
            cc = [g for g in clause.children if g.dep_ == "cc" and g.i < child.i]
            return cc[-1] if cc else child
    return None


def _in_tense_of(conjunct, clause) -> bool:
    """Is the conjunct in the reported clause's tense and not in the cue's? "Police say he posed a
    deadly threat and refused to drop the gun": the refusal is what police say, not what they did.
    A verb of saying starts a report of its own all the same ("Merrill says Machado promised to
    continue supporting Clinton and said she would stand up to the attacks": PolNeAR ends Merrill's
    words before it)."""
    if conjunct.lemma_.lower() in ("say", "tell", "add"):
        return False
    own, reported, cue = (_TENSE.get(t.tag_) for t in (conjunct, clause, clause.head))
    return own is not None and cue is not None and own == reported != cue


_TENSE = {"VBD": "past", "VBZ": "present", "VBP": "present"}


def _shared_conjunct(verb, last):
    """A second content the parser joined to the cue instead of to the first: "vowed to meet and
    in some cases exceed his goals", "mentioned refinancing student loans and forcing universities
    to ...": a conjunct of the cue's after the content, with no subject of its own and the content's
    own form (a bare verb after "to ...", a gerund after a gerund). Not "said X and left" (VBD)."""
    # (a bare verb the tagger may read as present tense: "exceed" VBP)
    forms = ("VB", "VBP") if last.dep_ == "xcomp" and last.tag_ == "VB" else (
        ("VBG",) if last.dep_ == "dobj" and last.left_edge.tag_ == "VBG" else ())
    if not forms:
        return None
    listed = _list_after(verb, last, forms)
    if listed is not None:
        return listed
    # (or to the verb a participial cue hangs on: "has embraced the approach, promising to meet
    # and in some cases exceed his goals")
    holders = [verb.head, verb] if verb.dep_ == "advcl" and verb.head.i < verb.i else [verb]
    conj = next((c for holder in holders for c in holder.children
                 if c.dep_ == "conj" and c.i > last.right_edge.i and _bare_item(c, forms)), None)
    # right after the content, by "and" or "or" with no comma: ", and not stay up ..." and "but did
    # not name any" are the writer's
    after = last.right_edge.i + 1
    cc = verb.doc[after] if after < len(verb.doc) else None
    if conj is None or cc is None or cc.dep_ != "cc" or cc.head not in holders or cc.lower_ not in ("and", "or"):
        return None
    return conj


def _list_after(verb, last, forms: tuple[str, ...]):
    """The second item of a list of three or more that the content opens, which the parser hung on
    the cue or on a word above it: "urged the party to ax its superdelegate system, replace ...,
    open up ..., and make ...". Right after the content and a comma; each item a conjunct of the
    one before, in the content's form with no subject of its own, the last after "and" or "or"."""
    words = [t for t in last.subtree if not t.is_punct]
    after = words[-1].i + 1 if words else len(verb.doc)
    if after + 1 >= len(verb.doc) or verb.doc[after].text != ",":
        return None
    item = verb.doc[after + 1]
    if item.dep_ != "conj" or item.head not in [verb, *verb.ancestors]:
        return None
    first = item
    while _bare_item(item, forms):
        following = next((c for c in item.children if c.dep_ == "conj" and c.i > item.i), None)
        if following is None:
            return None
        if any(c.dep_ == "cc" and c.lower_ in ("and", "or") and item.i < c.i < following.i for c in item.children):
            return first if _bare_item(following, forms) else None
        item = following
    return None


def _bare_item(item, forms: tuple[str, ...]) -> bool:
    """Is `item` in one of the content's forms, with no subject of its own?"""
    return item.tag_ in forms and not any(c.dep_ in SUBJECTS for c in item.children)


# prepositions that place the cue in time ("praised him during a debate", "before backing Rubio")
_WHEN = frozenset({"before", "after", "during", "until", "since", "despite", "through", "amid", "following",
                   "throughout", "while"})


def _listed_with_object(verb, last) -> list:
    """The last item of a list the object opens, which the parser hung on the cue as a conjunct:
    "views Obama, Hillary Clinton, Bill Clinton, and Paul Ryan more favorably". A name right after
    the list's ", and"; not a clause ("and said ...") nor a common noun (train: "the platform's
    embrace of abortion | and vow to expand ..." is cut there)."""
    item = next((c for c in verb.children if c.dep_ == "conj" and c.i > last.right_edge.i), None)
    if item is None or item.pos_ != "PROPN":
        return []
    between = list(verb.doc[last.right_edge.i + 1:item.left_edge.i])
    if not any(t.dep_ == "cc" for t in between) \
            or not all(t.text == "," or t.dep_ == "cc" and t.lower_ in ("and", "or") for t in between):
        return []
    return [item]


def _object_modifiers(verb, last) -> list:
    """Prepositions the parser hung on the cue that go on describing its object: "described crass
    behavior | by Trump behind the scenes of the hit show", "shows him | with his hands in the air".
    They follow the object with nothing between. The first that says when, where or how the cue
    happened ends them: a date or place ("criticized the plan on Friday", "in Laconia"), a setting
    ("in a tweet", "at a news conference"), a time preposition, a clause ("by saying ...")."""
    settings = _lexicon()["settings"]
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > last.i):
        if prep.left_edge.i != (out[-1] if out else last).right_edge.i + 1:
            break
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or prep.lower_ in _WHEN or {pobj.lemma_.lower(), pobj.lower_} & settings \
                or any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in prep.subtree):
            break
        out.append(prep)
    return out


def _clause_span(verb, clause) -> Span:
    """The content clause's characters as PolNeAR marks them: an object keeps its complement
    ("called Trump a con artist", "urged the administration to act"); a trailing aside after a
    comma is the writer's, not the speaker's (", citing ...", ", where 18 votes are up")."""
    parts = [clause]
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    if objects and (clause.dep_ in ("xcomp", "oprd") or _gapped_relative(verb, objects[0], clause)):
        parts.insert(0, objects[0])
    elif clause.dep_ == "dobj":
        # "discussing the economy, women's health, the environment or ...": the parser makes the
        # list's second item a second object of the cue
        second = next((c for c in verb.children if c.dep_ == "dobj" and c.i > clause.i), None)
        if second is not None and [t.text for t in verb.doc[clause.right_edge.i + 1:second.left_edge.i]] == [","]:
            parts.append(second)
        elif second is not None and second.left_edge.i == clause.right_edge.i + 1 and is_naming_verb(verb):
            parts.append(second)  # "branded Prigozhin a traitor": the name given, read as a second object
        parts += [c for c in verb.children if c.i > parts[-1].i and not _parenthetical(verb, c) and (
            c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS)][:1]
        if parts[-1].dep_ == "oprd":
            # "called the Wagnerites' actions a betrayal": the parser can split the object into two
            # complements; the last one ends what was said
            parts += [c for c in verb.children if c.dep_ == "oprd" and c.i > parts[-1].i][-1:]
    shared = _shared_conjunct(verb, parts[-1])
    if shared is not None:
        parts.append(shared)
    elif clause.dep_ == "dobj":
        parts += _listed_with_object(verb, parts[-1])
        parts += _object_modifiers(verb, parts[-1])
    start, end = _subtree_span(parts[0])[0], _subtree_span(parts[-1])[1]
    subject = stray_subject(verb, parts[-1].subtree)
    if subject is not None:  # "talked about Zika | and his campaign did not respond"
        end = min(end, subject.idx)
    report = _second_report(parts[-1])
    if report is not None:  # "it was opposed to the test | and warned North Korea ...": a report of its own
        end = min(end, report.left_edge.idx)
    head, doc = parts[-1], verb.doc
    last = head.right_edge.i  # the content's last token so far; asides are cut from the end inwards
    first = parts[0].left_edge.i
    for token in sorted(doc[first:last + 1], key=lambda t: -t.left_edge.i):
        comma = token.left_edge.i - 1
        # ", which the court has put on hold", ", the presumed Putin favorite": asides on any word;
        # not a list's last item ("generals, politicians, the public")
        in_list = token.dep_ == "appos" and doc[max(token.head.left_edge.i - 1, 0)].text == ","
        # nor a place's state or country ("in Charlotte, N.C.", "in Lyon, France")
        in_list = in_list or token.dep_ == "appos" and token.ent_type_ == "GPE" and token.head.ent_type_ == "GPE"
        # a finite adverbial clause (", because ...", ", while ...") is the speaker's reasoning
        finite = token.dep_ == "advcl" and (token.tag_ not in ("VBG", "VBN") or any(c.dep_ == "mark" for c in token.children))
        # unless it reports speech of its own (", though she noted clients are ...")
        if token.i > head.i and token.dep_ in _ASIDES and (not finite or is_cue_verb(token)) and token.right_edge.i == last and comma > first \
                and doc[comma].text == "," and not in_list:
            end = doc[comma].idx
            last = comma - 1
    return start, end


def stray_subject(verb, tokens):
    """The "and" before the subject of a clause of the writer's that the parser joined to a noun of
    the content (among `tokens`): in "has not talked about Zika and his campaign did not respond",
    "his campaign" is a conjunct of "Zika" and "respond", with no subject of its own, a conjunct of
    the cue."""
    doc = verb.doc
    for noun in tokens:
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.right_edge.i + 1 >= len(doc):
            continue
        if _in_reported_clause(noun, verb):
            continue  # "maintain that most members support Clinton and the endorsements have helped"
        following = doc[noun.right_edge.i + 1]
        clause = following.head if following.dep_ in ("aux", "auxpass", "neg") else following
        if clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and clause.i > noun.i \
                and clause.head in (verb, *verb.ancestors) and not any(c.dep_ in SUBJECTS for c in clause.children):
            return next((c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i), noun)
    return None


def _in_reported_clause(token, verb) -> bool:
    """Is `token` inside a clause with a subject of its own below the cue? Then a clause joined to
    it may be reported too."""
    head = token.head
    while head.i != verb.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in head.children):
            return True
        head = head.head
    return False


_ASIDES = frozenset({"advcl", "acl", "appos", "relcl", "npadvmod"})
# "criticized him for not paying", "accused X of", "cited X as", "pledged loyalty to the government",
# "barred X from abandoning": the object's reason, charge or aim ("with" too often says with whom:
# "discussed the situation with his counterparts")
_OBJECT_PREPS = frozenset({"as", "for", "of", "to", "from"})


def _raised_subject(verb):
    """The subject of "X is expected / appears / seems to Y", which is what is expected, not who; so
    too of any passive without its agent ("who is said to have pressed for", "who was persuaded to
    support"): PolNeAR marks the subject in 40 of train's 62 such passives of verbs other than
    "expect"."""
    lemma = verb.lemma_.lower()
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:  # not "Passengers were told to check": whom the words were for
        return passive if not any(c.dep_ == "agent" for c in verb.children) \
            and lemma not in _lexicon()["addressee"] else None
    if lemma not in _lexicon()["raising"] or lemma == "expect":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


def _as_clause(verb) -> bool:
    """ "as The Washington Post reported", "as one adviser put it": a speaker's aside on the clause it
    hangs on."""
    wanted = _lexicon()["preps"].get(verb.lemma_.lower(), ())
    return verb.dep_ == "advcl" and bool(_subjects(verb)) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and all(
        (c.dep_ != "dobj" or c.lower_ in ("it", "so")) and not (c.dep_ == "prep" and c.lower_ in wanted)
        for c in verb.children)  # not "as she called for the ratification of ...": what she called for


def _runs_without(head, inner) -> list[list]:
    """The words of `head`'s subtree outside `inner`'s, in runs of neighbouring tokens: the pieces
    of a clause around an aside or a phrase set inside it."""
    left_out = {t.i for t in inner.subtree}
    runs: list[list] = []
    for t in head.subtree:
        if t.i in left_out:
            continue
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _run_spans(text: str, runs: list[list]) -> list[Span]:
    """Each run of tokens as a trimmed span, leaving out what trims to a mark or two."""
    spans = [trim(text, (r[0].idx, r[-1].idx + len(r[-1].text))) for r in runs]
    return [sp for sp in spans if sp[1] - sp[0] > 2]


def _main_clause(verb) -> tuple[list[Span], str] | None:
    """What an as-clause attributes: the clause it hangs on, without the aside."""
    head, text = verb.head, text_of(verb.doc)
    if head.dep_ in SUBJECTS and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "Taxes, as Trump has said repeatedly, are too high": the parser hangs the aside on the
        # subject; what it attributes is the subject's clause
        head = head.head
    pieces = _runs_without(head, verb)
    if not pieces:
        return None
    # "But, as X noted, ...": a piece of link words alone is the writer's
    pieces = [r for r in pieces if not all(t.is_punct or t.dep_ == "cc" or t.lower_ in _lexicon()["lead_words"] for t in r)]
    spans = _run_spans(text, pieces)
    if spans:
        spans[0] = without_lead(verb.doc, spans[0])
        # "(... fill the place, as he noted.)": the bracket closes around the aside, not the content
        if text[spans[-1][1] - 1] == ")" and "(" not in text[spans[0][0]:spans[-1][1]]:
            spans[-1] = trim(text, (spans[-1][0], spans[-1][1] - 1))
    if not spans or sum(b - a for a, b in spans) < 10:
        return None
    return spans, "indirect"


def _passive_content(verb) -> tuple[list[Span], str] | None:
    """ "The plan was rejected by 64 percent of voters", "the bill, opposed by House Republicans":
    with its agent named, a passive reporting verb's subject (or the noun it describes) is what the
    agent said or held. Without an agent, see _agentless_passive."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if not any(c.dep_ == "agent" for c in verb.children):
        return _agentless_passive(verb, subject)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        noun = verb.head
        tokens = [t for t in noun.subtree if t.i < verb.i and not (t.i > noun.i and t.is_punct)]
        span = trim(text_of(verb.doc), (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
        return ([span], "indirect") if span[1] - span[0] > 2 else None
    if subject is None or subject.pos_ == "PRON":
        return None
    return [trim(text_of(verb.doc), _subtree_span(subject))], "indirect"


def _agentless_passive(verb, subject) -> tuple[list[Span], str] | None:
    """ "Mr. Quiros was accused of using $50 million", "Officer Betty Shelby was charged with
    first-degree manslaughter": with no agent, nobody is named as the speaker, but what was said is
    still reported: the subject and the complement after the verb, as two pieces (PolNeAR marks 225
    of train's 429 such passives of the word list's verbs). Not for verbs whose passive seldom
    reports (passive_silent_verbs: "was found", "is believed"); the subject alone, with no
    complement, only for verbs that announce (bare_passive_verbs: "a curfew was announced", not
    "the governor is expected in the town")."""
    lexicon = _lexicon()
    if subject is None or verb.lemma_.lower() in lexicon["passive_silent"]:
        return None
    text = text_of(verb.doc)
    pieces = [trim(text, _subtree_span(subject))]
    complement = next((c for c in verb.children if c.i > verb.i and (
        c.dep_ in ("xcomp", "oprd", "ccomp") or c.dep_ == "prep" and c.lower_ in lexicon["passive_preps"])), None)
    if complement is None and verb.lemma_.lower() not in lexicon["bare_passive"]:
        return None  # "Governor Reyes is expected in the town", "his whereabouts were not known"
    if complement is not None:
        # "accused of using ...": the charge without its "of"; "charged with manslaughter" keeps "with"
        inner = [g for g in complement.children if g.dep_ in ("pobj", "pcomp")] if complement.lower_ == "of" else []
        pieces.append(trim(text, _subtree_span(inner[0] if inner else complement)))
    return pieces, "indirect"


def _inverted_content(verb, quotes):
    """ "CONTENT, Kremlin spokesman Dmitry Peskov said yesterday ...": the parser made the reported
    clause the main one; the content is the sentence up to the comma before the speaker."""
    subjects = [_speaking_apposition(c) or c for c in _subjects(verb)]
    sentence = sentence_of(verb)
    if not subjects or verb.dep_ == "ROOT" and not _ends_fronted_words(verb, subjects) and not (
            _said_after_comma(verb) and all(c.i > verb.i for c in subjects)):
        return None
    # from the verb where the speaker follows it ("..., said the company's chief executive")
    source_start = min([c.left_edge.idx for c in subjects] + [verb.doc[_group_start(verb)].idx])
    before = text_of(verb.doc)[sentence.start_char:source_start]
    if not before.rstrip().endswith(","):
        return None
    text = text_of(verb.doc)
    start = sentence.start_char
    if verb.dep_ == "parataxis" and verb.head.dep_ == "relcl" and verb.head.left_edge.i < verb.i:
        # "near the stadium, which, Tompkins said, is usually full": the aside interrupts the
        # relative clause; what was said starts at its pronoun
        start = max(start, verb.head.left_edge.idx)
    span = without_lead(verb.doc, trim(text, (start, source_start)))
    if verb.dep_ == "parataxis":
        # "Back in Virginia, Mr. Clarke said, he decided ...": the words on both sides of the aside
        # (short heads like "That's why" count, being half of the content)
        after = verb.right_edge.idx + len(verb.right_edge.text)
        rest = trim(text, (after, sentence.end_char))
        if rest[1] - rest[0] >= 10 and span[1] > span[0]:
            return [span, rest], _kind((span[0], rest[1]), quotes)
    if span[1] - span[0] < 10:
        return None
    inside = [q for q in quotes if span[0] <= q.start and q.end <= span[1] + 1]
    after_colon = _after_colon(text, span, inside)
    if after_colon is not None:
        return [after_colon], "direct"
    return [span], "partial" if inside else "indirect"


def _ends_fronted_words(verb, subjects) -> bool:
    """Does a main cue close a sentence whose words before it are what was said, "People like
    Scott, he said."? Not "In a 1963 speech, he declared:" (a circumstance, and a colon)."""
    fronted = [c for c in verb.children if c.i < verb.i and c not in subjects and c.dep_ not in ("punct", "aux", "neg")]
    return _closes_sentence(verb) and bool(fronted) and all(
        c.dep_ not in ("prep", "advmod", "npadvmod", "cc", "mark") for c in fronted)


def _kind(span: Span, quotes: list[QuoteSpan]) -> str:
    """Reported speech with a quotation opening inside it is "partial", else "indirect"."""
    return "partial" if any(span[0] <= q.start < span[1] for q in quotes) else "indirect"


def _after_colon(text: str, span: Span, inside: list[QuoteSpan]) -> Span | None:
    """ "McCaskill scolded him: “...,” she said": a content before its cue that ends in a quotation
    opened after a colon is that quotation; the clause before the colon is another attribution."""
    last = max(inside, key=lambda q: q.end, default=None)
    if last is not None and last.end >= span[1] - 1 and text[span[0]:last.start].rstrip().endswith(":"):
        return last.start, last.end
    return None


def without_lead(doc, span: Span, adverbials: bool = True) -> Span:
    """The writer's link words are not the speaker's: "And", "However", "In addition, ", "As for
    complexity, " at the head of a sentence-long content; with `adverbials` False only the link
    words go, a leading "In 2007, " stays."""
    first = doc.char_span(*span, alignment_mode="expand")
    if first is None or len(first) < 4:
        return span
    token = first[0]
    if token.dep_ == "cc" or token.lower_ in _lexicon()["lead_words"]:
        rest = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
        return trim(text_of(doc), (doc[rest].idx, span[1])) if rest < first.end else span
    if adverbials and token.dep_ in ("prep", "advmod", "advcl", "npadvmod") and token.head.i >= token.right_edge.i + 1:
        comma = token.right_edge.i + 1
        # before a quotation the phrase is the speaker's setting of it ('With thousands of vote
        # counting systems, “there is no single point of failure,” he said'); a topic is the writer's
        topic = token.lower_ == "as" and doc[token.i + 1].lower_ == "for"
        if doc[comma].text == "," and comma + 1 < first.end and comma - first.start <= 6 \
                and (topic or not doc[comma + 1].is_quote):
            return trim(text_of(doc), (doc[comma + 1].idx, span[1]))
    return span


@cache
def phrasal_lemmas() -> frozenset[str]:
    """Verbs that report together with a complement ("make clear"): the only non-cue words worth
    a look by `phrasal`."""
    return frozenset(_lexicon()["phrasal"])


def phrasal(verb, quotes: list[QuoteSpan]) -> Attribution | None:
    """ "the Kremlin made it clear that “...”": a verb and its complement report together; the
    content is the clause after the complement."""
    wanted = _lexicon()["phrasal"].get(verb.lemma_.lower()) if verb.pos_ in ("VERB", "AUX") else None
    comp = next((c for c in verb.children if c.i > verb.i and c.lemma_.lower() in wanted), None) if wanted else None
    if comp is None:
        return None
    clause = next((c for c in list(comp.children) + list(verb.children)
                   if c.i > comp.i and c.dep_ in ("ccomp", "advcl", "xcomp")), None)
    if clause is None:
        return None
    text = text_of(verb.doc)
    span = trim(text, _subtree_span(clause))
    inside = [q for q in quotes if q.start < span[1] + 1 and span[0] <= q.start]
    if inside:
        span = (span[0], max(span[1], max(q.end for q in inside)))
    cue = (cue_span(verb)[0], comp.idx + len(comp.text))
    return Attribution(cue, source_of(verb), [span], "partial" if inside else "indirect", verb.i)


def according_to(sentence, quotes: list[QuoteSpan]) -> Attribution | None:
    """ "According to X, CONTENT." and "CONTENT, according to X." """
    for token in sentence:
        if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ != "to":
            continue
        to = token.doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            continue
        source = _np_span(objects[0])
        phrase_end = _subtree_span(objects[0])[1]
        text = text_of(sentence.doc)
        fronted = token.idx - sentence.start_char < 3  # "According to X, ..." rather than "..., according to X"
        if fronted and len(text[phrase_end:sentence.end_char].strip(" .\n")) < 3:
            # "According to ... Rush Limbaugh, the move reeks of ...": the parser hung the clause on
            # the name; the source ends at its first comma
            comma = next((t for t in objects[0].subtree if t.i > objects[0].i and t.text == ","), None)
            if comma is None:
                continue
            source, phrase_end = trim(text, (source[0], comma.idx)), comma.idx + 1
        rest = None
        if fronted:
            content = (phrase_end, sentence.end_char)
        else:
            content = (sentence.start_char, token.idx)
            rest = _after_interrupting_phrase(sentence, token, source, phrase_end)
            if rest is not None:  # "Fundraising, according to the campaign, has surged ..."
                source = trim(text, (source[0], min(source[1], rest[0] - 1)))
        # "And Mrs. Clinton now holds ..., according to" loses its "And" but keeps "In 2007, " (PolNeAR
        # train: 56 of 73 adverbial leads kept, 13 of 16 link words dropped)
        content = without_lead(sentence.doc, trim(text, content), adverbials=False)
        if content[1] - content[0] < 3:
            return None
        if fronted:
            # "According to Limbaugh, “If it was left up to Hillary, ... . Because ...”": a quotation
            # that opens in the content and runs past the sentence is said whole
            running = [q for q in quotes if content[0] <= q.start < content[1] < q.end]
            if running:
                content = (content[0], max(q.end for q in running))
        if rest is not None:
            # "But, according to the poll, 46 percent ... remain undecided": the link word is the writer's
            lead = text[content[0]:content[1]].lower().rstrip(",")
            link = lead in _lexicon()["lead_words"] or lead in _lexicon()["lead_phrases"]
            pieces = [rest] if link else [content, rest]
            return Attribution((token.idx, to.idx + 2), source, pieces, _kind((pieces[0][0], rest[1]), quotes), token.i)
        cue_start = token.idx
        copula = token.doc[token.i - 1] if token.i > 0 else None
        if not fronted and copula is not None and copula.lower_ in ("'s", "’s") \
                and copula.idx + len(copula.text) == content[1]:
            # "That’s according to fundraising reports": the clitic "is" is the cue's, as PolNeAR marks it
            cue_start, content = copula.idx, trim(text, (content[0], copula.idx))
        inside = any(content[0] <= q.start and q.end <= content[1] + 1 for q in quotes)
        whole = any(q.start <= content[0] + 1 and q.end >= content[1] - 1 for q in quotes)
        kind = "direct" if whole else "partial" if inside else "indirect"
        return Attribution((cue_start, to.idx + 2), source, [content], kind, token.i)
    return None


_SPACES = re.compile(r"\s*")


def _after_interrupting_phrase(sentence, according, source: Span, phrase_end: int) -> Span | None:
    """ "At the heart of the trouble, according to X, was a decision ...": an according-to phrase set
    off by commas before the sentence's main verb interrupts the content; the words after its
    closing comma are the content's second piece (not after "Trump leads, according to a poll,
    which ...", whose main verb comes first)."""
    text = text_of(sentence.doc)
    if not text[sentence.start_char:according.idx].rstrip().endswith(","):
        return None
    comma = source[1] - 1 if text[source[1] - 1] == "," else _SPACES.match(text, phrase_end).end()
    if text[comma:comma + 1] != "," or sentence.root.idx < comma:
        return None
    rest = trim(text, (comma + 1, sentence.end_char))
    return rest if rest[1] - rest[0] >= 10 else None


def findings_in(sentence, quotes: list[QuoteSpan]) -> list[Attribution]:
    """ "Cruz had 38 percent support in a Fox poll", "In the CBS poll, Trump's lead ...": the poll
    is the source, "in" the cue, and the clause the phrase hangs on, without it, the content (in
    pieces where the phrase stands inside it). Only in a main clause: "where he leads in the polls"
    is a circumstance."""
    found = []
    nouns, text = _lexicon()["findings_in"], text_of(sentence.doc)
    table = table_of(sentence.doc)  # read the parse's lists first: a Token is made only for an "in"
    for i in range(sentence.start, sentence.end):
        if table.lower[i] != "in" or table.dep[i] != "prep":
            continue
        token = sentence.doc[i]
        poll = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns), None)
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if poll is None or clause.pos_ not in ("VERB", "AUX") or not _main_verb(clause) \
                or clause.lemma_.lower() in _lexicon()["verbs"]:
            continue  # "said in a survey" is the verb's to report; "where he leads in polls" a circumstance
        spans = _run_spans(text, [r for r in _runs_without(clause, token) if not all(t.is_punct for t in r)])
        if not spans or sum(b - a for a, b in spans) < 10 or any(a <= q.start < b for q in quotes for a, b in spans):
            continue  # a quotation keeps its own speaker
        spans[0] = without_lead(sentence.doc, spans[0], adverbials=False)
        found.append(Attribution((token.idx, token.idx + len(token.text)), trim(text, _subtree_span(poll)), spans,
                                 "indirect", token.i))
    return found


def _main_verb(verb) -> bool:
    """The sentence's main verb, or one joined to it by "and" / "but"."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def reported_by_noun(sentence, quotes: list[QuoteSpan], reported: list[Span] = ()) -> list[Attribution]:
    """ "Trump's claim that there have been “thousands of shootings”", "his suggestion that ...": a
    reporting noun (`reporting_nouns`) with its owner and a that-clause; the owner is the source.
    So too "his pledge to cut taxes" and "Pence's call for a special prosecutor"
    (`reporting_noun_preps`), except inside what another cue reported (`reported`: "condemning
    Trump's call for a ban" is that cue's content; PolNeAR marks no second attribution there)."""
    found = []
    text = text_of(sentence.doc)
    table = table_of(sentence.doc)  # read the parse's lists first: a Token is made only for a noun cue
    for i in range(sentence.start, sentence.end):
        lemma = table.lemma[i]
        if table.pos[i] != "NOUN" or lemma not in _lexicon()["noun_cues"]:
            continue
        token = sentence.doc[i]
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        # "a New York Times report that ...": a name before the noun owns it too
        named = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i
                 and c.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")]
        # the parser may read the that-clause as a relative one ("report that Donald Trump had ...")
        clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > token.i and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)), None)
        # "his pledge to cut taxes", "Pence's call for a special prosecutor": what the noun asks for
        if clause is None and any(a <= token.idx < b for a, b in reported):
            continue
        if clause is None and lemma in _lexicon()["noun_infinitives"]:
            clause = next((c for c in token.children if c.dep_ == "acl" and c.i > token.i and any(
                a.dep_ == "aux" and a.lower_ == "to" and a.i == c.left_edge.i for a in c.children)), None)
        cue = (token.idx, token.idx + len(token.text))
        if clause is None and lemma in _lexicon()["noun_preps"]:
            prep = next((c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1
                         and c.lower_ in _lexicon()["noun_preps"][lemma]), None)
            clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if clause is not None:  # the cue is "call for", as PolNeAR marks "called for"
                cue = (token.idx, prep.idx + len(prep.text))
        if owner is None and not named or clause is None:
            continue
        content = trim(text, _subtree_span(clause))
        if content[1] - content[0] < 10:
            continue
        source = trim(text, _subtree_span(owner)) if owner is not None else trim(
            text, (named[-1].left_edge.idx, named[-1].idx + len(named[-1].text)))
        found.append(Attribution(cue, source, [content], _kind(content, quotes), token.i))
    return found
