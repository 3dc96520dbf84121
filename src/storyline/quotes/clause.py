"""How far a reported clause runs: the content span of a clause the cue governs, with the lists,
objects and modifiers that belong to it and without the writer's words after it ("..., and his
campaign did not respond").

Hand-written over spaCy's parse."""
from __future__ import annotations

from .grammar import second_report, writers_turn
from .lexicon import can_speak, is_cue_verb, is_naming_verb, Span, speaker_nouns, SUBJECTS, word_lists
from .spans import subtree_span


def _gapped_relative(verb, obj, clause) -> bool:
    """ "mentioned disparaging remarks Trump had made about Machado": a relative clause without
    "that" which the parser made a clause of the cue: it opens with its subject (not "how", "that"
    or a dash) and lacks the object it relates to, and the object is no one spoken to or of."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.dep_ == "ccomp" and obj.right_edge.i + 1 == clause.left_edge.i \
        and (not clause.left_edge.is_punct or clause.left_edge.text in ("“", "\"")) \
        and not is_addressee(verb, obj) \
        and subject is not None and subject.left_edge.i == clause.left_edge.i and not can_speak(obj) and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative") for c in clause.children) \
        and clause.pos_ == "VERB" and clause.lemma_.lower() not in word_lists()["verbs"]


def is_parenthetical(verb, clause) -> bool:
    """Is `clause` a parenthesis after the cue's words, which the parser hung on the cue?"""
    return clause.i > verb.i and clause.left_edge.text == "(" and clause.left_edge.i > verb.i + 1


def is_addressee(verb, obj) -> bool:
    """ "he told me on Friday", "assured reporters": whom the words were for, not what they were."""
    if verb.lemma_.lower() not in word_lists()["addressee"]:
        return False
    return obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or obj.pos_ == "PRON" and obj.lower_ not in word_lists()["bare"] \
        or obj.pos_ == "NOUN" and obj.lemma_.lower() in speaker_nouns()  # "told his supporters"


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
    settings = word_lists()["settings"]
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


def clause_span(verb, clause) -> Span:
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
        parts += [c for c in verb.children if c.i > parts[-1].i and not is_parenthetical(verb, c) and (
            c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in OBJECT_PREPS)][:1]
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
    start, end = subtree_span(parts[0])[0], subtree_span(parts[-1])[1]
    if clause.dep_ == "dobj":
        joined = _object_joined_above(verb, parts[-1])
        if joined is not None:  # "cited her years as secretary of State | and as a U.S. senator"
            end = subtree_span(joined)[1]
    subject = stray_subject(verb, parts[-1].subtree)
    if subject is not None:  # "talked about Zika | and his campaign did not respond"
        end = min(end, subject.idx)
    report = second_report(parts[-1]) or writers_turn(parts[-1])
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


def _object_joined_above(verb, obj):
    """A second item of the object that the parser joined to a word above the cue, right after the
    object and an "and" ("cited her years as secretary of State and as a U.S. senator", where "and
    as" hangs on "from" in "endorsements from 95 retired generals, who cited ..."; "emphasizing
    economic fairness, and a need to raise the minimum wage"): no verb, no subject of its own."""
    doc = verb.doc
    k = obj.right_edge.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ != "and":
        return None
    joined = doc[k + 1] if doc[k + 1].dep_ == "conj" else doc[k + 1].head if doc[k + 1].head.dep_ == "conj" else None
    if joined is None or joined.left_edge.i != k + 1 or joined.pos_ not in ("NOUN", "PROPN", "ADP") \
            or joined.head not in verb.ancestors or any(c.dep_ in SUBJECTS for c in joined.children):
        return None
    return joined


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
OBJECT_PREPS = frozenset({"as", "for", "of", "to", "from"})
