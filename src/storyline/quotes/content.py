"""What was said: the content span of a reporting verb (a that-clause, an object, a quotation,
the main clause of an inverted report "X did this, he said", a passive's subject), and whether
it is direct, indirect or partial speech.

Hand-written over spaCy's parse, with the cue words in data/reporting.json; where content starts
and ends is then refined by the boundary models (bounds.py)."""
from __future__ import annotations

from ..doccache import text_of
from .clause import clause_span, is_addressee, is_parenthetical, OBJECT_PREPS
from .cues import stance_object
from .grammar import (closes_sentence, group_start, misparsed_gerund, passive_subject, raised_subject,
                      said_after_comma, speaking_apposition, split_by_aside, stranded_relative, subjects_of)
from .lexicon import is_cue_verb, is_naming_verb, one_word_answers, Span, SUBJECTS, word_lists
from .marks import QuoteSpan
from .parsecache import sentence_of
from .spans import (kind_of, PARAGRAPH_BREAK, quotation_after_colon, run_spans, runs_without, subtree_span, trim,
                    without_lead)

# "said in an interview", "spoke at a rally": where and when, never what
_CIRCUMSTANCE = frozenset({"in", "at", "on", "during", "after", "before", "with", "since", "from", "by",
                           "through", "over", "amid", "following", "into", "to", "inside", "outside"})
_CIRCUMSTANCE_OF_SAYING = _CIRCUMSTANCE | {"for"}  # "said for the first time that ..."


def content_of(verb, quotes: list[QuoteSpan]) -> tuple[list[Span], str] | None:
    """The reported content: the clause the cue governs (with any quotation it holds), else its
    object ("criticized the decision"), else a preposition's object ("called for a ban")."""
    text = text_of(verb.doc)
    lemma = verb.lemma_.lower()
    if verb.dep_ == "ROOT" and _holds_its_cue(verb):
        return None  # the parser made a that-clause the main one: what was said, not a cue (main_that_clause)
    if misparsed_gerund(verb):
        # "after alleging the military had killed some of his men": the parser made "alleging" the
        # subject of "killed"; what was alleged is the rest of that clause
        return [trim(text, (verb.idx + len(verb.text), clause_span(verb, verb.head)[1]))], "indirect"
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
        pieces = [trim(text, subtree_span(fronted)), trim(text, (rest.left_edge.idx, end))]
        return pieces, kind_of((pieces[0][0], pieces[-1][1]), quotes)
    clause = _governed_clause(verb)
    if clause is not None and _trailing_report(verb, clause):
        # "The government has ordered an inquiry ..., Governor Reyes announced": the parser hangs
        # the governor's cue on the verb it reports; the verb is what was said, not a cue
        return None
    if clause is not None and clause.tag_ == "VBG" and clause.lemma_.lower() in word_lists()["verbs"]:
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
            return split, kind_of((split[0][0], split[-1][1]), quotes)
        if lemma == "ask":
            # "asked Hayward if the technology ...": the question, not whom it was put to (the
            # parser makes the question an adverbial clause and the person the object)
            clause = _marked_clause(verb, ("if", "whether"))
        if clause is None:
            clause = next((c for c in verb.children if c.dep_ == "dobj" and not is_addressee(verb, c)), None)
        stance = stance_object(verb, clause)
        if stance is not None:
            return [trim(text, subtree_span(stance[1]))], "indirect"
    if clause is None and lemma in word_lists()["addressee"]:
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
        wanted = word_lists()["preps"].get(lemma)
        for prep in verb.children:
            # after the verb ("who on Friday called for an uprising": not "on Friday")
            if prep.dep_ == "prep" and prep.i > verb.i and (prep.lower_ in wanted if wanted else (
                    prep.lower_ not in _CIRCUMSTANCE and lemma not in word_lists()["verbs"])):
                clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                break
        # "reminded voters of the six years ...": the parser hangs the preposition on the addressee;
        # PolNeAR keeps it with what was said, as it does a charge ("accused X of ...")
        addressed = next((c for c in verb.children if c.dep_ == "dobj" and is_addressee(verb, c)), None)
        if clause is None and wanted and addressed is not None:
            clause = next((p for p in addressed.children if p.dep_ == "prep" and p.i == addressed.i + 1
                           and p.lower_ in wanted), None)
    if clause is None and lemma in word_lists()["preps"]:
        # "called for him to resign": the parser makes "for" the mark of a clause; the clause
        # without it is what was called for
        clause = _marked_clause(verb, word_lists()["preps"][lemma], right_after=True)
    if clause is None and lemma in word_lists()["verbs"]:
        main = main_that_clause(verb)
        if main is not None:
            return [main], kind_of(main, quotes)
    if clause is None and lemma in word_lists()["verbs"]:
        clause = _that_clause_in_circumstance(verb)
    if clause is None and lemma in word_lists()["verbs"]:
        bare = _bare_clause_after_circumstance(verb)
        if bare is not None:
            return [bare], kind_of(bare, quotes)
    if clause is None and lemma in word_lists()["verbs"]:
        answer = _one_word_answer(verb, quotes)
        if answer is not None:
            return [(answer.idx, answer.idx + len(answer.text))], "indirect"
    if clause is None:
        return _paragraph_after_colon(verb, quotes) or _passive_content(verb) or _inverted_content(verb, quotes)
    if clause.dep_ == "xcomp" and clause.tag_ == "VBG" and lemma in word_lists()["perception"] \
            and any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "Prigozhin was seen leaving the headquarters": what he did, not what was said
    raised = raised_subject(verb) if clause.dep_ == "xcomp" else None
    if raised is not None:  # "Other groups | are also expected | to spend millions"
        # up to the verb: the parser may hang a later apposition on the subject
        words = [t for t in raised.subtree if t.i < verb.i] or [raised]
        subject = trim(text, (words[0].idx, words[-1].idx + len(words[-1].text)))
        return [subject, trim(text, clause_span(verb, clause))], "indirect"
    span = trim(text, clause_span(verb, clause))
    mark = clause.left_edge
    if clause.dep_ == "advcl" and mark.dep_ == "mark" and mark.head.i == clause.i \
            and mark.lower_ in word_lists()["preps"].get(lemma, ()):
        span = trim(text, (mark.idx + len(mark.text), span[1]))  # "him to resign", not "for him ..."
    if clause.i < verb.i:
        span = without_lead(verb.doc, span)
    if span[1] - span[0] < 3:
        return None
    inside = [q for q in quotes if q.start < span[1] and span[0] < q.end]
    stranded = stranded_relative(verb)
    if stranded is not None and clause.i > verb.i:  # "which | critics say | left a vacuum"
        pronoun = (stranded.idx, stranded.idx + len(stranded.text))
        return [pronoun, _spread(span, inside)], "partial" if inside else "indirect"
    # the object without a reason or charge ("accuse the US of pushing NATO into a “...” clash")
    reason = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS and c.i > clause.i), None)
    own = (span[0], min(span[1], reason.idx)) if reason is not None and clause.dep_ == "dobj" else span
    # "called half of Trump's supporters “deplorables”" reports; "what she called a “rant”" names
    naming = lemma in word_lists()["naming"] and clause.dep_ == "dobj" and clause.tag_ not in ("WP", "WDT")
    if any(q.start < own[1] and own[0] < q.end for q in inside) \
            and (clause.tag_ in ("WP", "WDT") or any(q.start <= clause.idx < q.end for q in inside)) \
            and clause.dep_ not in ("ccomp", "xcomp", "advcl", "pobj", "pcomp", "acl", "relcl") \
            and lemma not in word_lists()["object_verbs"] and not naming:
        # "the coup reveals “real cracks” at the top": a quotation that holds the object's head
        # keeps its own speaker, as does one after a wh-object ("what he called a “brazen
        # breach”"); quoted words in a modifier ("stressing the need to bolster efforts under
        # “constant attack”") leave the object the writer's
        return None
    if inside:
        span = _spread(span, inside)
        whole = len(inside) == 1 and inside[0].start <= span[0] + 1 and inside[0].end >= span[1] - 1
        after_colon = quotation_after_colon(text, span, inside) if clause.i < verb.i else None
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
    rest = trim(text, subtree_span(objects[1]))
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
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and not is_parenthetical(verb, c)]
    if len(clauses) > 1 and clauses[0].i < verb.i < clauses[-1].i and (any(
            t.dep_ == "punct" and t.text in (";", ":") for t in verb.doc[clauses[0].i + 1:verb.i])
            or _that_right_after(verb, clauses[-1])):
        return next(c for c in clauses if c.i > verb.i)
    return clauses[0] if clauses else None


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


def _marked_clause(verb, marks, right_after: bool = False):
    """The adverbial clause after the verb that one of `marks` opens (right after the verb, if asked)."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in marks and (not right_after or m.i == verb.i + 1) for m in c.children)), None)


def _holds_its_cue(root) -> bool:
    """Is the main clause a that-clause with the reporting verb that governs it hung before its
    "that" ("continues to insist, ..., that he really wants")? Not "laws that appeals courts said
    discriminated": a relative "that" the parser read as a mark, before a cue of its own."""
    mark = _that_mark(root)
    return mark is not None and any(
        c.dep_ == "ccomp" and c.i < mark.i
        and (is_cue_verb(c) or any(x.dep_ == "xcomp" and is_cue_verb(x) for x in c.children))
        for c in root.children)


def _that_mark(clause, after: int = -1):
    """The "that" the parser marks as opening the clause (after token `after`), or None."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > after), None)


def main_that_clause(verb) -> Span | None:
    """ "The nominee continues to insist, most recently in an interview, that he really wants to
    release his taxes": the parser made the that-clause the sentence's main one and hung the cue on
    it; what was said runs from "that" to the clause's end."""
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in word_lists()["verbs"] for c in verb.children):
        return None  # "continues | to insist": the reporting verb is the cue
    top = verb
    while top.dep_ in ("xcomp", "ccomp") and top.head.i != top.i:
        top = top.head
    if top.dep_ != "ROOT" or top.i <= verb.i:
        return None
    mark = _that_mark(top, after=verb.i)
    if mark is None:
        return None
    return trim(text_of(verb.doc), (mark.idx, subtree_span(top)[1]))


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
        if child.dep_ == "advcl" and verb.lemma_.lower() in word_lists()["addressee"]:
            # "told The Huffington Post before he spoke before the committee that he believed ...":
            # one tells a that-clause, one does not speak it; the parser hung it on the time clause
            clause = next((t for t in child.children if t.dep_ == "ccomp" and t.i > child.i and _that_opens(t)), None)
            lemma = child.lemma_.lower()
            if clause is not None and (lemma not in word_lists()["verbs"] or lemma in word_lists()["clauseless"]):
                return clause
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
        span = trim(text_of(verb.doc), (subject.left_edge.idx, subtree_span(child)[1]))
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


def _as_clause(verb) -> bool:
    """ "as The Washington Post reported", "as one adviser put it": a speaker's aside on the clause it
    hangs on."""
    wanted = word_lists()["preps"].get(verb.lemma_.lower(), ())
    return verb.dep_ == "advcl" and bool(subjects_of(verb)) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and all(
        (c.dep_ != "dobj" or c.lower_ in ("it", "so")) and not (c.dep_ == "prep" and c.lower_ in wanted)
        for c in verb.children)  # not "as she called for the ratification of ...": what she called for


def _main_clause(verb) -> tuple[list[Span], str] | None:
    """What an as-clause attributes: the clause it hangs on, without the aside."""
    head, text = verb.head, text_of(verb.doc)
    if head.dep_ in SUBJECTS and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "Taxes, as Trump has said repeatedly, are too high": the parser hangs the aside on the
        # subject; what it attributes is the subject's clause
        head = head.head
    pieces = runs_without(head, verb)
    if not pieces:
        return None
    # "But, as X noted, ...": a piece of link words alone is the writer's
    pieces = [r for r in pieces if not all(t.is_punct or t.dep_ == "cc" or t.lower_ in word_lists()["lead_words"] for t in r)]
    spans = run_spans(text, pieces)
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
    subject = passive_subject(verb)
    if not any(c.dep_ == "agent" for c in verb.children):
        return _agentless_passive(verb, subject)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        noun = verb.head
        tokens = [t for t in noun.subtree if t.i < verb.i and not (t.i > noun.i and t.is_punct)]
        span = trim(text_of(verb.doc), (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
        return ([span], "indirect") if span[1] - span[0] > 2 else None
    if subject is None or subject.pos_ == "PRON":
        return None
    return [trim(text_of(verb.doc), subtree_span(subject))], "indirect"


def _agentless_passive(verb, subject) -> tuple[list[Span], str] | None:
    """ "Mr. Quiros was accused of using $50 million", "Officer Betty Shelby was charged with
    first-degree manslaughter": with no agent, nobody is named as the speaker, but what was said is
    still reported: the subject and the complement after the verb, as two pieces (PolNeAR marks 225
    of train's 429 such passives of the word list's verbs). Not for verbs whose passive seldom
    reports (passive_silent_verbs: "was found", "is believed"); the subject alone, with no
    complement, only for verbs that announce (bare_passive_verbs: "a curfew was announced", not
    "the governor is expected in the town")."""
    lexicon = word_lists()
    if subject is None or verb.lemma_.lower() in lexicon["passive_silent"]:
        return None
    text = text_of(verb.doc)
    pieces = [trim(text, subtree_span(subject))]
    complement = next((c for c in verb.children if c.i > verb.i and (
        c.dep_ in ("xcomp", "oprd", "ccomp") or c.dep_ == "prep" and c.lower_ in lexicon["passive_preps"])), None)
    if complement is None and verb.lemma_.lower() not in lexicon["bare_passive"]:
        return None  # "Governor Reyes is expected in the town", "his whereabouts were not known"
    if complement is not None:
        # "accused of using ...": the charge without its "of"; "charged with manslaughter" keeps "with"
        inner = [g for g in complement.children if g.dep_ in ("pobj", "pcomp")] if complement.lower_ == "of" else []
        pieces.append(trim(text, subtree_span(inner[0] if inner else complement)))
    return pieces, "indirect"


def _inverted_content(verb, quotes):
    """ "CONTENT, Kremlin spokesman Dmitry Peskov said yesterday ...": the parser made the reported
    clause the main one; the content is the sentence up to the comma before the speaker."""
    subjects = [speaking_apposition(c) or c for c in subjects_of(verb)]
    sentence = sentence_of(verb)
    if not subjects or verb.dep_ == "ROOT" and not _ends_fronted_words(verb, subjects) and not (
            said_after_comma(verb) and all(c.i > verb.i for c in subjects)):
        return None
    if verb.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") for c in subjects):
        return None  # "..., from Mike Lee, who declared ...": the clause before is not what he said
    # from the verb where the speaker follows it ("..., said the company's chief executive")
    source_start = min([c.left_edge.idx for c in subjects] + [verb.doc[group_start(verb)].idx])
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
            return [span, rest], kind_of((span[0], rest[1]), quotes)
    if span[1] - span[0] < 10:
        return None
    inside = [q for q in quotes if span[0] <= q.start and q.end <= span[1] + 1]
    after_colon = quotation_after_colon(text, span, inside)
    if after_colon is not None:
        return [after_colon], "direct"
    return [span], "partial" if inside else "indirect"


def _ends_fronted_words(verb, subjects) -> bool:
    """Does a main cue close a sentence whose words before it are what was said, "People like
    Scott, he said."? Not "In a 1963 speech, he declared:" (a circumstance, and a colon)."""
    fronted = [c for c in verb.children if c.i < verb.i and c not in subjects and c.dep_ not in ("punct", "aux", "neg")]
    return closes_sentence(verb) and bool(fronted) and all(
        c.dep_ not in ("prep", "advmod", "npadvmod", "cc", "mark") for c in fronted)
