"""Within one report: mentions of the same actor grouped (full name, surname, role phrase)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz.distance import DamerauLevenshtein, Indel

from ..records import CLUTTER, Document, Mention, within
from .names import LATER_NAME_CHARS, is_well_formed, kin_name, org_key, person_key, strip_titles

PERSON = "PERSON"
GROUP_TYPES = {"ORG", "NORP"}
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(slots=True)
class LocalEntity:
    doc: str
    outlet: str | None
    type: str
    key: tuple[str, ...]  # person: name token keys; others: (org key,)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, clean name)
    names: Counter = field(default_factory=Counter)
    roles: list[tuple[str, Mention]] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.key[-1] if self.key else ""

    @property
    def first(self) -> str | None:
        if self.type != PERSON or len(self.key) < 2:
            return None
        # "W. Mark Felt": a leading initial before a written-out first name is not the first name
        return self.key[1] if len(self.key) >= 3 and len(self.key[0]) == 1 and len(self.key[1]) > 1 else self.key[0]

    @property
    def reporting(self) -> bool:
        return any(not m.in_comment for m, _ in self.mentions)

    def add(self, mention: Mention, name: str, role: str | None) -> None:
        self.mentions.append((mention, name))
        if mention.ref is None:
            self.names[name] += 1
        for text in (role, mention.role):
            if text:
                self.roles.append((text, mention))


def allowed_typos(word: str, shortest: int = 5) -> int:
    """Edits tolerated in a surname: none for short names, more for long ones."""
    return 0 if len(word) < shortest else 1 if len(word) < 8 else 2


def similar(a: str, b: str, shortest: int = 5) -> bool:
    """Same surname up to typos: edits scaled to length; long names may also be reordered a little
    ("Proghzin" for "Prigozhin")."""
    if a == b:
        return True
    limit = min(allowed_typos(a, shortest), allowed_typos(b, shortest))
    if limit == 0 or a[:1] != b[:1]:
        return False
    if DamerauLevenshtein.distance(a, b, score_cutoff=limit) <= limit:
        return True
    if min(len(a), len(b)) < 8 or a[:2] != b[:2]:
        return False
    # letters shuffled in a long name: mostly the same letters in order, or the same consonants
    # with vowels misplaced ("Proghzin" and "Prigozhin": p, r, g, h, z, n)
    return Indel.normalized_similarity(a, b) >= 0.8 or abs(len(a) - len(b)) <= 1 and _consonants(a) == _consonants(b)


def _consonants(word: str) -> list[str]:
    return sorted(c for c in word if c not in "aeiouy")


def local_entities(doc: Document) -> list[LocalEntity]:
    people_full: list[LocalEntity] = []
    by_first: dict[str, list[LocalEntity]] = {}  # people_full by the first word of their names
    singles: list[tuple[Mention, str, str | None]] = []
    others: dict[tuple[str, str], LocalEntity] = {}
    full_surnames = set()
    for m in doc.mentions:
        if m.type == PERSON and m.ref is None:
            name, role = strip_titles(m.text)
            key = person_key(name)
            if len(key) >= 2:
                full_surnames.add(key[-1])
    clutter = doc.spans(*CLUTTER)
    for m in doc.mentions:
        if m.ref is not None or within(m.start, clutter):
            continue  # photo credits and page clutter name no actors of the story
        mtype = m.type
        text = m.text
        if mtype != PERSON:
            name, role = strip_titles(text)
            if role and len(name.split()) in (2, 3) and is_well_formed(name):
                mtype = PERSON  # "Russian Presidential Spokesman Dmitry Peskov" tagged as an organisation
        if mtype != PERSON and len(m.text.split()) == 1 and person_key(m.text) and person_key(m.text)[-1] in full_surnames:
            mtype = PERSON  # the model called "Blinken" a place: the report names a person so
        if mtype == PERSON:
            name, role = strip_titles(m.text)
            if (kin := kin_name(name, m.role)) and person_key(name) and person_key(name)[-1] not in full_surnames:
                name = kin[0]  # "Jackson's father, Joe": Joe Jackson
            key = person_key(name)
            if not key:
                continue
            if len(key) >= 2:
                # the same first name and a similar surname (looked up by the first name)
                same_first = by_first.setdefault(key[0], [])
                found = next((e for e in same_first if e.key == key or similar(e.surname, key[-1])), None)
                if found is None:
                    found = LocalEntity(doc.id, doc.outlet, PERSON, key)
                    people_full.append(found)
                    same_first.append(found)
                found.add(m, name, role)
            else:
                singles.append((m, name, role))
        else:
            kind = "GROUP" if mtype in GROUP_TYPES else "PLACE" if mtype in PLACE_TYPES else mtype
            key = (org_key(m.text, place=kind == "PLACE"),)
            entity = others.get((kind, key[0]))
            if entity is None:
                entity = others[(kind, key[0])] = LocalEntity(doc.id, doc.outlet, mtype, key)
            entity.add(m, m.text.removeprefix("the ").removeprefix("The "), None)
    # a surname alone refers to the full name the report used (the nearest one before it);
    # a first name alone ("Dmitry", a resident) is somebody else
    surname_only: dict[str, LocalEntity] = {}
    bearers: dict[str, list[LocalEntity]] = {}  # a surname -> the full names it may be, sought once
    by_initial: dict[str, list[LocalEntity]] = {}  # `similar` names share their first letter
    for e in people_full:
        by_initial.setdefault(e.surname[:1], []).append(e)
    for m, name, role in singles:
        word = person_key(name)[0]
        candidates = bearers.get(word)
        if candidates is None:
            candidates = bearers[word] = [e for e in by_initial.get(word[:1], ()) if similar(e.surname, word)]
        before = [e for e in candidates if any(x.start <= m.start for x, _ in e.mentions)]
        if before or (candidates and min(x.start for e in candidates for x, _ in e.mentions) - m.start <= LATER_NAME_CHARS):
            (before or candidates)[-1].add(m, name, role)
            continue
        entity = surname_only.get(word)
        if entity is None:
            entity = surname_only[word] = LocalEntity(doc.id, doc.outlet, PERSON, (word,))
        entity.add(m, name, role)
    result = people_full + list(surname_only.values()) + list(others.values())
    # role phrases ("the Kremlin spokesman") carry the name they refer to, and so does a short form
    # in brackets after a name ("the Centers for Disease Control and Prevention (CDC)")
    for m in doc.mentions:
        if m.ref is None:
            continue
        if m.type != PERSON:
            kind = "GROUP" if m.type in GROUP_TYPES else "PLACE" if m.type in PLACE_TYPES else m.type
            named = others.get((kind, org_key(m.ref, place=kind == "PLACE")))
            if named is not None:
                named.add(m, m.text, None)
                named.names[m.text] += 1  # a name it goes by, unlike a role phrase
            continue
        key = person_key(m.ref)
        target = next((e for e in people_full if e.key == key), None) or next(
            (e for e in result if e.type == PERSON and e.key and key and e.surname == key[-1]), None)
        if target is not None:
            target.add(m, m.ref, None)
    return result
