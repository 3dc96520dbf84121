"""Who spoke: the source span of a reporting verb, from its subject or agent, inherited along
conjoined verbs, or the name the parser left elsewhere ("“...,” Flynn, a top Trump surrogate,
said"; "said Kristen Day").

Hand-written over spaCy's parse: no installable coreference or quote model works offline."""
from __future__ import annotations

from ..doccache import text_of
from ..entities import PLACE_TYPES
from .grammar import (misparsed_gerund, passive_subject, raised_subject, second_report, speaking_apposition,
                      subject_of, subjects_of)
from .lexicon import (APPOSITION_MARKS, can_speak, CLOSING_MARKS, headline_labels, is_cue_verb, LEAD_MARKS,
                      OPENING_MARKS, Span, speaker_nouns, SUBJECTS, word_lists)
from .parsecache import ents_of, sentence_of


def source_of(verb) -> Span | None:
    """The speaker phrase: the verb's subject (or agent), inherited along conjoined and participial verbs."""
    if raised_subject(verb) is not None:  # "Other groups are expected to spend": nobody speaks
        return None
    if _asked_before_answer(verb):
        return None
    # "With 50 days until the election, Minyon Moore, a senior adviser ..., called": the parser makes
    # "election" the subject and the name its apposition; the one who can speak is the speaker
    subjects = [speaking_apposition(c) or c for c in subjects_of(verb)]
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
        spans = [noun_phrase_span(c, before=verb.i if c.i < verb.i else None) for c in subjects]
        start, end = min(a for a, _ in spans), max(b for _, b in spans)
        if subjects[0].i > verb.i:  # "..., said Leslie Wimes": nothing before the verb is the speaker
            start = max(start, verb.idx + len(verb.text))
            start = next((t.idx for t in verb.doc[verb.i + 1:] if t.idx >= start and not t.is_space), start)
        return start, end
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return noun_phrase_span(objects[0])
    if passive_subject(verb) is not None:
        return None  # "a curfew was announced": a passive without its agent names no speaker
    inverted = _speaker_after_clause(verb)
    if inverted is not None:
        return inverted
    # "X said A and added B"; "..., saying that ..."
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i or _misparsed_conjunct(verb):
        head = verb.head
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # "He will be able to sign up donors by citing ...": he cites
            if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
                return None  # "It is worth noting that ...": nobody
        if verb.dep_ == "xcomp" or verb.dep_ == "advcl" and passive_subject(head) is None:
            # "The candidate appeared to assert ... by saying", "he seemed to indicate ..., warning
            # that ...": the raising verb's subject is who speaks (not a passive's beside a
            # participle: "after her statement was shown to be false, stating ...")
            raised = raised_subject(head)
            if raised is not None:
                return noun_phrase_span(raised, before=head.i)
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.dep_ in ("ROOT", "conj") \
                and not any(c.dep_ == "agent" for c in head.children):
            # "Mr. Trump was forced into damage control and said ...": the passive's subject says;
            # not a passive inside what was said ("he claimed that strikes had been delivered ...
            # and accused ...": the parser joins "accused" to "delivered")
            passive = passive_subject(head)
            if passive is not None and passive.i < head.i:
                return noun_phrase_span(passive, before=head.i)
        # (a that-clause the parser made adverbial is the cue's content all the same: "tweeted that
        # Machado was “disgusting” and encouraged Americans to ...": Trump encouraged)
        reported = head.dep_ == "ccomp" or head.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ == "that" and m.i < head.i for m in head.children)
        second = second_report(head) if verb.dep_ == "conj" and reported and is_cue_verb(head.head) else None
        if second is not None and second.i <= verb.i:
            return source_of(head.head)  # "China said it was opposed and warned ...": China warned
        if verb.dep_ == "conj" and head.dep_ == "advcl" and not can_speak(subject_of(head)) \
                and can_speak(subject_of(head.head)):
            # "the Russian leader branded him a traitor as the revolt unfolded and promised
            # punishments": the parser joins "promised" to "unfolded", whose subject says nothing
            return source_of(head.head)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" and is_cue_verb(head.head) \
                and not can_speak(subject_of(head)):
            # "Analysts said geopolitical factors have contributed ..., citing the strategic
            # importance of ...": the parser hangs "citing" on what was said; the factors cite nothing
            return source_of(head.head)
        return source_of(head)
    if verb.dep_ == "relcl":
        return verb.head.idx, verb.head.idx + len(verb.head.text)
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT" and can_speak(verb.head) \
            and any(c.dep_ == "ccomp" for c in verb.children):
        # "The chief of the US coast guard, Admiral Thad Allen, acknowledged on Sunday that ...": the
        # parser read the verb as a participle on its subject, leaving the sentence no main verb
        return noun_phrase_span(verb.head, before=verb.i)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # a participle on a noun
        noun, after_comma = verb.head, verb.doc[verb.i - 1].text == ","
        # '“...,” said Don Ytterberg, the GOP chairman ..., explaining that ...': a participle set
        # off by a comma after a speaker's name is that speaker's
        if noun.ent_type_ == "PERSON" and noun.dep_ in SUBJECTS and after_comma and noun.i < verb.i:
            return noun_phrase_span(noun, before=verb.i)
        # "she said at a news conference announcing that ...": a participle on the occasion at
        # which the cue's speaker spoke is that speaker's
        if noun.dep_ == "pobj":
            at = noun.head
            if at.lower_ == "at" and at.dep_ == "prep" and is_cue_verb(at.head) and at.head.i < verb.i:
                return source_of(at.head)
        # "Trump defended eminent domain, calling it ...": a participle set off by a comma after the
        # object is the clause's, not the object's
        if noun.dep_ == "dobj" and noun.i < verb.i and after_comma and noun.head.pos_ in ("VERB", "AUX"):
            return source_of(noun.head)
        own_phrase = any(c.dep_ == "prep" and c.i < verb.i for c in noun.children)
        # "a clip of Obama saying ...", "the spectacle of Mr. Netanyahu denouncing ...": the person
        # the noun's "of" names right before the participle says it
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i), None)
        named = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if named is not None and named.right_edge.i == verb.i - 1 and can_speak(named) and named.pos_ != "PRON":
            return noun_phrase_span(named, before=verb.i)
        # on an object that can say something, the object's words ("sent out a fundraising email
        # stressing ...", "cheered Democrats hoping"), but the verb's subject's where the object is
        # an occasion or an audience ("opened a rally blasting Clinton", "has drawn huge crowds
        # describing") or was written to ("emailed supporters saying")
        if noun.dep_ == "dobj" and noun.i < verb.i and noun.head.pos_ in ("VERB", "AUX") and not own_phrase:
            if noun.lemma_.lower() in word_lists()["occasions"] or noun.head.lemma_.lower() in word_lists()["mailing"]:
                return source_of(noun.head)
            if can_speak(noun) and noun.pos_ != "PRON" or noun.lemma_.lower() in word_lists()["settings"] \
                    or noun.lemma_.lower() in word_lists()["nouns"]:
                return noun_phrase_span(noun, before=verb.i)  # not "has come out the other side knowing"
        # "a new poll showing ...", "groups supporting ...", "a petition calling on him to ...": a
        # participle on a subject or a preposition's object says what that noun says; not on an
        # occasion ("a speech praising") or a noun with a phrase of its own ("the spectacle of Mr.
        # Netanyahu denouncing" is not the spectacle's: see above)
        if noun.i < verb.i and noun.pos_ in ("NOUN", "PROPN", "PRON") and noun.dep_ in SUBJECTS + ("pobj",) \
                and noun.lemma_.lower() not in word_lists()["settings"] and not own_phrase:
            return noun_phrase_span(noun, before=verb.i)
    # "He launched the rebellion after alleging ...", "by claiming", "while insisting": the subject
    # of the verb the preposition hangs on, also through "aside from saying" and "for X and for
    # saying" (an adverb or a conjoined preposition between)
    if verb.dep_ == "pcomp" and verb.head.dep_ in ("prep", "conj"):
        anchor = verb.head
        while anchor.pos_ in ("ADP", "ADV", "CCONJ") and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.pos_ in ("VERB", "AUX"):
            # "After saying her foot was swollen, she was whisked off": the passive's subject spoke
            passive = passive_subject(anchor)
            return source_of(anchor) or (noun_phrase_span(passive, before=anchor.i)
                                         if passive is not None and passive.i > verb.i else None)
    # the same where the parser makes "after alleging" the subject of the clause it introduces
    if misparsed_gerund(verb):
        return source_of(verb.head.head)
    # "“... our military,” Flynn, a top Trump surrogate, said": the parser may hang the name on the
    # quotation's last noun, leaving the cue no subject at all
    return (_subject_left_behind(verb) or _share_read_as_modifier(verb) or _subject_read_as_compound(verb)
            or _named_right_before(verb) or _apposition_ending_before(verb))


def _subject_read_as_compound(verb) -> Span | None:
    """ "The Clinton campaign plans to employ Mr. Obama ...": after a paragraph break the parser can
    read the verb as a noun and the subject as its compound ("campaign plans"); the compound, which
    opens the sentence and can speak, is the subject."""
    if verb.pos_ != "NOUN" or not any(c.dep_ in ("xcomp", "ccomp") and c.i > verb.i for c in verb.children):
        return None
    compound = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1), None)
    if compound is None or not any(can_speak(t) for t in compound.subtree):
        return None
    lead = verb.doc[sentence_of(verb).start:compound.left_edge.i]
    if not all(t.is_punct or t.is_space for t in lead):
        return None
    return compound.left_edge.idx, compound.idx + len(compound.text)


def _apposition_ending_before(verb) -> Span | None:
    """ "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said:": the
    parser makes the speaker an apposition of the fronted phrase's last noun and leaves the cue
    with no subject. An apposition (with the appositions it hangs on) that can speak and whose
    phrase runs up to the cue, a comma between at most, is the speaker, with that comma; so is the
    name such an apposition hangs on where the parser made the name a conjunct of the phrase with
    no "and" or an adverb of the cue ("in Nevada, Senator Harry Reid, the minority leader, said";
    "But Bill Skelly, a longtime RNC data operative, vouched"). Not where the cue has a subject or
    agent, nor where a name follows the cue ("..., reports USA Today")."""
    doc = verb.doc
    if verb.i < 2 or any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in verb.children) or name_follows(verb):
        return None
    last = doc[verb.i - 1]
    if last.text == ",":
        last = doc[last.i - 1]
    top = last
    while top.dep_ != "appos":  # up from the last word to the apposition its phrase ends
        top = top.head
        if top.head.i == top.i or top.i >= verb.i or top.right_edge.i > last.i + 1:
            return None
    while top.head.dep_ == "appos" and top.head.i < top.i:  # "adviser, Jake Sullivan": the first of a chain
        top = top.head
    head = top.head
    # "to Clinton, Tanden, head of the Center ...,": two appositions of one noun, the first the name
    # (not a place's own apposition: "in Washington, D.C., Sen. Lindsey Graham")
    earlier = [a for a in head.children if a.dep_ == "appos" and a.i < top.i and head.ent_type_ not in PLACE_TYPES]
    misparsed = head.ent_type_ == "PERSON" and (head.dep_ in ("advmod", "npadvmod", "dep") or head.dep_ == "conj" and not any(
        c.dep_ == "cc" for c in head.head.children))
    named = earlier + ([head] if misparsed else [])
    if not any(can_speak(a) and a.pos_ != "PRON" or a.ent_type_ == "PERSON" for a in named + [top]) \
            and not any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in top.subtree):
        return None
    anchor = head  # the fronted phrase hangs on the cue
    while anchor.head.i != anchor.i and anchor.i != verb.i:
        anchor = anchor.head
    if anchor.i != verb.i:
        return None
    span = noun_phrase_span(top, before=verb.i)
    if misparsed:  # from the name's first word: "Senator Harry Reid"
        start = min([head.idx] + [c.idx for c in head.children if c.dep_ == "compound" and c.i < head.i])
    else:
        start = min([span[0]] + [a.left_edge.idx for a in earlier])
    closing = doc[verb.i - 1]
    return start, (closing.idx + 1 if closing.text == "," and closing.idx >= span[1] else span[1])


def _named_before(verb) -> Span | None:
    """The name `_name_before` finds, with its apposition ("Flynn, a top Trump surrogate,")."""
    named = _name_before(verb)
    if named is None:
        return None
    span = noun_phrase_span(named.root)
    return span if span[1] <= verb.idx else (named.start_char, named.end_char)


def _named_right_before(verb) -> Span | None:
    """A person or organisation named after the quotation that ends before the verb, whose phrase
    (with its apposition) runs up to the verb: "Flynn, a top Trump surrogate," said; not a name in
    a clause between ("while discussing a tweet from Donald Trump ..., Rep. Paul Ryan said"), and
    not where a name follows the cue ("..., said Kristen Day, ..., reports USA Today")."""
    doc, text = verb.doc, text_of(verb.doc)
    if speaker_read_as_object(verb) is not None or name_follows(verb):
        return None
    start = _quotation_end_before(verb)
    if start is None:
        return None
    for named in ents_of(doc):
        if named.label_ in ("PERSON", "ORG") and start <= named.start and named.end <= verb.i:
            span = noun_phrase_span(named.root, before=verb.i)
            if not text[span[1]:verb.idx].strip(" ,"):
                return span
    return None


def name_follows(verb) -> bool:
    """Does a person or organisation follow the cue ("..., said Kristen Day", "reports USA Today")?"""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.ent_type_ in ("PERSON", "ORG")


def _quotation_end_before(verb) -> int | None:
    """The token after the closing quotation mark nearest before the verb in its sentence, if any."""
    doc = verb.doc
    start = sentence_of(verb).start
    return next((i + 1 for i in range(verb.i - 1, start - 1, -1) if doc[i].text in CLOSING_MARKS), None)


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
    if not any(t.pos_ == "NUM" or t.lower_ in word_lists()["shares"] for t in share.subtree):
        return None
    return share.left_edge.idx, share.right_edge.idx + len(share.right_edge.text)


def speaker_read_as_object(verb) -> Span | None:
    """ "“It’s Bernie’s to lose,” added another New Hampshire Democrat": after a quotation the
    parser may read the speaker of an inverted cue as its object. A noun phrase for someone who can
    speak, right after a cue that takes no addressee, right after the quotation's closing mark."""
    doc = verb.doc
    after_quotation = verb.i >= 2 and doc[verb.i - 1].text in ("”", '"', "''", "’") \
        and doc[verb.i - 2].text in (",", "?", "!")
    if not after_quotation or verb.lemma_.lower() in word_lists()["addressee"]:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    if obj is not None and can_speak(obj) and obj.pos_ != "PRON":
        return noun_phrase_span(obj)
    # '"...," said David Brock, a Clinton confidant who heads the pro-Clinton super PAC Correct the
    # Record': the parser makes the name the subject of a clause it finds after it
    name = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if name is not None and name.ent_type_ == "PERSON" and name.ent_iob_ == "B":
        root = next((e.root for e in ents_of(doc) if e.start == name.i), None)
        if root is not None and root.dep_ in SUBJECTS and root.head.i > verb.i:
            return noun_phrase_span(root, before=root.head.left_edge.i if root.head.left_edge.i > root.i else None)
    return None


def _speaker_after_clause(verb) -> Span | None:
    """ "He could face four years in prison, warned Robert Weisberg, a professor at ...": after
    the reported clause the parser may read the speaker of an inverted cue as its object, as after a
    quotation (speaker_read_as_object). A person's name right after a main verb that has no subject,
    follows a comma and has its clause before it."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i < 2 or doc[verb.i - 1].text != "," or subjects_of(verb) \
            or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    # the sentence ends with the name and its apposition (not "..., endorsed Ted Cruz, urging ...")
    if obj is None or obj.ent_type_ != "PERSON" or any(c.i > obj.i and not c.is_punct for c in verb.children):
        return None
    return noun_phrase_span(obj)


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
    elif noun.tag_ != "NNS" or noun.ent_type_ or noun.lemma_.lower() not in speaker_nouns():
        return None
    return first.idx, noun.idx + len(noun.text)


def _misparsed_conjunct(verb) -> bool:
    """ "Roberts said that the video should be released but said "the question is the timing."": the
    parser makes the second cue, right after its "but", a clause of the first."""
    before = verb.doc[verb.i - 1] if verb.i else None
    return verb.dep_ == "ccomp" and before is not None and before.dep_ == "cc" and before.head.i != verb.i \
        and verb.head.i < verb.i and is_cue_verb(verb.head) and is_cue_verb(verb)


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
    closes = [k for k, t in enumerate(between) if t in CLOSING_MARKS]
    curly = bool(closes) and not any(t in ("“", "«") for t in between[closes[-1]:])
    return curly or between.count('"') % 2 == 1  # straight marks: an odd count closes one


def _titled(token) -> bool:
    """A phrase set in quotation marks of its own: “Fox and Friends.”"""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    after = doc[right + 1:right + 3]
    return left > 0 and doc[left - 1].text in OPENING_MARKS and any(t.text in CLOSING_MARKS for t in after)


def _name_before(verb):
    """The first person or organisation named between the quotation that ends before the verb and
    the verb: in "“...,” Flynn, a top Trump surrogate, said", Flynn."""
    doc = verb.doc
    start = _quotation_end_before(verb) or sentence_of(verb).start
    return next((e for e in ents_of(doc) if e.label_ in ("PERSON", "ORG") and start <= e.start and e.end <= verb.i), None)


def noun_phrase_span(token, before: int | None = None) -> Span:
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
        t.text == ":" or t.text in LEAD_MARKS and (t.i == 0 or t.doc[t.i - 1].whitespace_)  # not "co-founder"
        or t.text in CLOSING_MARKS)]
    # the same after the head where what comes before is a dateline or a label ("WASHINGTON --")
    for k, t in enumerate(tokens):
        if t.i > token.i and (t.text in LEAD_MARKS or t.text == ":") and 0 < k < len(tokens) - 1:
            lead = " ".join(u.text for u in tokens[:k]).strip(" ,")
            if lead.isupper() or lead.lower() in headline_labels():
                cuts.append(k)
    if cuts and max(cuts) + 1 < len(tokens):
        tokens = tokens[max(cuts) + 1:]
    while tokens and (tokens[0].is_punct or tokens[0].is_space
                      or tokens[0].i < token.i and tokens[0].dep_ == "advmod" and tokens[0].lower_ in word_lists()["source_lead"]):
        tokens.pop(0)
    if not tokens:
        tokens = [token]
    # "a group of doctors in 2015", "Trump this week": a closing date says when, not who (after a
    # noun PolNeAR keeps it: "Clinton defenders today", "the Democratic leader next year")
    for child in token.rights:
        if child.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in child.children) \
                or child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and child.left_edge.i == token.i + 1 \
                and token.pos_ != "NOUN" and (token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG")):
            last = max(t.i for t in child.subtree)
            if last >= tokens[-1].i - 1:
                tokens = [t for t in tokens if t.i < child.left_edge.i] or tokens
    # "Trump, speaking to a veterans group in Virginia,": a participial clause set off by a comma
    # says what the speaker was doing, not who it is; it and what follows it are left out
    for k, t in enumerate(tokens):
        if 0 < k and tokens[k - 1].text == "," and t.i > token.i and (_aside_clause(t) or _reporting_relative(t)):
            tokens = tokens[:k]
            break
    if tokens[-1].text == "," and not any(t.text == "," for t in tokens[:-1]):
        tokens.pop()  # a comma closes an apposition only when one was opened
    following = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if following is not None and following.text in APPOSITION_MARKS and tokens[-1].text != following.text \
            and any(t.text == following.text for t in tokens if t.i > token.i):
        # "..., Flynn, a top Trump surrogate, said": the parser hangs the comma (or dash) that
        # closes the apposition on the verb; PolNeAR keeps it with the source it closes
        tokens.append(following)
    tokens += _closing_mark_after(tokens, before)
    end = tokens[-1].idx + len(tokens[-1].text)
    return tokens[0].idx, end


def _closing_mark_after(tokens, before: int | None) -> list:
    """ "Joe Scarborough, host of MSNBC's “Morning Joe,”": a speaker that names a title in
    quotation marks ends with its closing mark (and the comma or stop inside it), which the trim of
    trailing punctuation took; not a mark that opens a quotation of its own."""
    opened = sum(t.text in OPENING_MARKS - {'"'} for t in tokens) - sum(t.text in CLOSING_MARKS for t in tokens)
    straight = sum(t.text == '"' for t in tokens) % 2
    if opened <= 0 and not straight:
        return []
    doc, last = tokens[0].doc, tokens[-1].i
    for j in range(last + 1, min(last + 3, len(doc))):
        if before is not None and j >= before:
            break
        if doc[j].text in CLOSING_MARKS or straight and doc[j].text == '"':
            return list(doc[last + 1:j + 1])
        if doc[j].text not in (",", "."):
            break
    return []
