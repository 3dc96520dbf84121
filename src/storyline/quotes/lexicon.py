"""The attribution record and the word lists of data/reporting.json that the quote rules share
(reporting verbs, naming verbs, nouns of people who can speak, quotation marks as tokens)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..data import load

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
def word_lists() -> dict:
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
        "clauseless": frozenset(data["clauseless_speech_verbs"]),
        "stance": {part: frozenset(words) for part, words in data["stance_nouns"].items()},
        "phrasal": {verb: frozenset(words) for verb, words in data["phrasal_cues"].items() if verb != "_comment"},
        "continuing": {verb: particle for verb, particle in data["continuing_cues"].items() if verb != "_comment"},
        "headline_labels": frozenset(data["headline_labels"]),
        "title_end_labels": frozenset(data["title_end_labels"]),
        "findings_in": frozenset(data["findings_in"]),
        "nouns": frozenset(data["reporting_nouns"]),
        "source_lead": frozenset(data["source_lead_adverbs"]),
        "passive_silent": frozenset(data["passive_silent_verbs"]),
        "passive_preps": frozenset(data["passive_complement_preps"]),
        "bare_passive": frozenset(data["bare_passive_verbs"]),
        "settings": frozenset(data["setting_nouns"]),
        "occasions": frozenset(data["occasion_nouns"]),
        "mailing": frozenset(data["mailing_verbs"]),
        "perception": frozenset(data["perception_verbs"]),
    }


def headline_labels() -> frozenset[str]:
    """Words a headline puts before a colon that name no source ("Update:", "Watch:")."""
    return word_lists()["headline_labels"]


def title_end_labels() -> frozenset[str]:
    """Last words before a colon that make a title a page's label ("Storm Mira live:")."""
    return word_lists()["title_end_labels"]


def short_quote_verbs() -> frozenset[str]:
    """Verbs whose quotation of one or two words right after them is what was said."""
    return word_lists()["short_quote_verbs"]


def speech_verbs() -> frozenset[str]:
    """The reporting verbs of data/reporting.json (lemmas)."""
    return word_lists()["verbs"]


def is_cue_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in word_lists()["verbs"] and token.dep_ != "amod"


def continued_cue(token):
    """The reporting verb a verb and its particle go on to ("went on to say", "continued to call
    for"), or None."""
    particle = word_lists()["continuing"].get(token.lemma_.lower())
    if particle is None or particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.i > token.i and is_cue_verb(c)
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def is_naming_verb(token) -> bool:
    """ "what Prigozhin called a “march for justice”": the quotation is the name he gave it."""
    return token.pos_ == "VERB" and token.lemma_.lower() in word_lists()["naming"]


def can_speak(token) -> bool:
    """A subject that can say something: a name, a pronoun, or a noun for people or organisations."""
    if token is None:
        return False
    return token.pos_ in ("PRON", "PROPN") or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or token.lemma_.lower() in speaker_nouns()


@cache
def speaker_nouns() -> frozenset[str]:
    names = load("names.json")
    return frozenset(names["person_nouns"] + names["other_person_nouns"] + names["organisation_nouns"])


OPENING_MARKS = {"“", "``", "«", '"'}
LEAD_MARKS = {"--", "—", "―", "–", "-"}
CLOSING_MARKS = {"”", "’’", "''", "»"}
APPOSITION_MARKS = {",", *LEAD_MARKS} - {"-"}  # what closes an apposition: a comma or a dash


def one_word_answers() -> frozenset[str]:
    return word_lists()["answers"]


def stance_lemmas() -> frozenset[str]:
    """The light verbs of data/reporting.json's stance nouns ("take", "make", "express")."""
    return word_lists()["stance"]["verbs"]


@cache
def phrasal_lemmas() -> frozenset[str]:
    """Verbs that report together with a complement ("make clear"): the only non-cue words worth
    a look by `phrasal`."""
    return frozenset(word_lists()["phrasal"])
