"""Parse predicates the source and content rules share: a verb's subjects (through asides and
misparses), a second report inside a clause, a raised subject, where a sentence ends.

Hand-written over spaCy's parse: no installable model does attribution here (see attribution
rules in docs/architecture.md)."""
from __future__ import annotations

from .lexicon import can_speak, is_cue_verb, LEAD_MARKS, SUBJECTS, word_lists
from .parsecache import sentence_of


def misparsed_gerund(verb) -> bool:
    """ "after alleging the military had killed ...": a gerund the parser made the subject of the
    adverbial clause it introduces."""
    return verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.head.dep_ == "advcl" and verb.i < verb.head.i


def subjects_of(verb) -> list:
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
    found = [c for c in found if c.text not in LEAD_MARKS] or found
    stranded = stranded_relative(verb)
    found = [c for c in found if stranded is None or c.i != stranded.i]
    # "The Latest: Trump urges ...": a headline label before a colon is no second subject
    colons = [c.i for c in verb.children if c.text == ":" and c.i < verb.i]
    if len(found) > 1 and colons:
        found = [c for c in found if c.i > max(colons)] or found
    # "Bob said he was familiar with two men: Ahmed Abu Khattala, ...": nor is a name the list after
    # a colon past the verb opens
    after = [c.i for c in verb.children if c.text == ":" and c.i > verb.i]
    if len(found) > 1 and after:
        found = [c for c in found if c.i < min(after)] or found
    aside = split_by_aside(verb) if len(found) > 1 else None
    found = [c for c in found if aside is None or c.i != aside[0].i]
    if len(found) > 1 and said_after_comma(verb) and found[-1].i > verb.i:
        # "Couple global exposure with ... and Clevelanders get nervous, said Christine Link": the
        # speaker follows the verb; a subject before the comma is part of what was said
        found = [c for c in found if c.i > verb.i]
    last = found[-1] if len(found) > 1 else None
    if last is not None and last.tag_ == "PRP" and last.i + 1 == verb.i and verb.doc[last.i - 1].text == "," \
            and _ends_sentence(verb):
        return [last]
    return found


def stranded_relative(verb):
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
    if not all(t.dep_ == "cc" or t.lower_ in word_lists()["lead_words"] or t.text == "," for t in lead):
        return None
    rest = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and (  # a finite conjunct
        c.pos_ in ("VERB", "AUX") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        or any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children))), None)
    if rest is None or any(g.dep_ in SUBJECTS for g in rest.children) or verb.doc[rest.left_edge.i - 1].text != ",":
        return None
    return fronted, rest


def closes_sentence(verb) -> bool:
    """Is the verb the sentence's main verb, with nothing but its closing stop after it?"""
    return verb.dep_ == "ROOT" and _ends_sentence(verb)


def _ends_sentence(verb) -> bool:
    """Is there nothing but the closing stop after the verb? (Whatever the parser made of it: in
    "... to organize into communities and reach others, she said." it hangs "said" on "made".)"""
    return all(t.is_space or t.text in (".", "!", "?") for t in verb.doc[verb.i + 1:sentence_of(verb).end])


def said_after_comma(verb) -> bool:
    """Does the verb (with its auxiliaries) come right after a comma, as in "..., said X"? Not a
    comma that closes a noun phrase's apposition or relative clause ("Sanders, whose coalition
    includes young people, said closed primaries ... deny": the parser hangs the comma on the noun)."""
    first = group_start(verb)
    comma = verb.doc[first - 1] if first > 0 else None
    return comma is not None and comma.text == "," and comma.head.pos_ not in ("NOUN", "PROPN", "PRON")


def group_start(verb) -> int:
    """The first token of the verb with the auxiliaries right before it ("has not said")."""
    k = verb.i
    while k > 0 and verb.doc[k - 1].head.i == verb.i and verb.doc[k - 1].dep_ in ("aux", "auxpass", "neg"):
        k -= 1
    return k


def subject_of(verb):
    return next(iter(subjects_of(verb)), None)


def passive_subject(verb):
    """The passive's subject ("the curfew" in "the curfew was announced"), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def speaking_apposition(subject):
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
    preps = word_lists()["preps"].get(verb.lemma_.lower(), ())
    return any(c.dep_ in ("dobj", "ccomp") or c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in preps
               for c in verb.children)


def second_report(clause):
    """A reporting verb conjoined to the reported clause with no subject of its own ("said it was
    opposed to the test and warned North Korea to refrain"): the speaker's second report, which
    the parser hangs on the first one's content. Returns its first word (the "and")."""
    for child in clause.children:
        if child.dep_ == "conj" and child.i > clause.i and is_cue_verb(child) \
                and not any(g.dep_ in SUBJECTS for g in child.children) and not _in_tense_of(child, clause):
            cc = [g for g in clause.children if g.dep_ == "cc" and g.i < child.i]
            return cc[-1] if cc else child
    return None


def writers_turn(clause):
    """A reporting verb with a subject of its own joined to the reported clause after ", and", in
    another tense: the writer's next turn ("said parents would not be eligible, and when pressed,
    the mother replied ..."). In the reported clause's tense it may be reported too ("that Coulter
    tweeted ..., and Trump later called ...", as PolNeAR marks it). Returns the comma."""
    for child in clause.children:
        if child.dep_ == "conj" and child.i > clause.i and is_cue_verb(child) \
                and any(g.dep_ in SUBJECTS for g in child.children) \
                and _TENSE.get(child.tag_) != _TENSE.get(clause.tag_):
            cc = [g for g in clause.children if g.dep_ == "cc" and g.i < child.i]
            if cc and clause.doc[cc[-1].i - 1].text == ",":
                return clause.doc[cc[-1].i - 1]
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


def raised_subject(verb):
    """The subject of "X is expected / appears / seems to Y", which is what is expected, not who; so
    too of any passive without its agent ("who is said to have pressed for", "who was persuaded to
    support"): PolNeAR marks the subject in 40 of train's 62 such passives of verbs other than
    "expect"."""
    lemma = verb.lemma_.lower()
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return None
    passive = passive_subject(verb)
    if passive is not None:  # not "Passengers were told to check": whom the words were for
        return passive if not any(c.dep_ == "agent" for c in verb.children) \
            and lemma not in word_lists()["addressee"] else None
    if lemma not in word_lists()["raising"] or lemma == "expect":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
