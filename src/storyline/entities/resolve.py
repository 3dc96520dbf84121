"""Across reports: local entities merged into one entity per real actor.

Blocking keeps the cost near linear: people are compared only within the same surname key (and,
for typos, within keys that share their first two letters); organisations and places only by
their normalised key, and short forms by first or last words or initials. Kept apart on purpose:
a first name alone and a full name ("Dmitry" and "Dmitry Peskov"), one surname with two first
names, and a person and an organisation.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import accumulate

from ..records import Document, Entity, EntityMention, within
from ..time.lexicon import MONTHS, WEEKDAYS
from ..unionfind import UnionFind
from .local import PERSON, PLACE_TYPES, LocalEntity, local_entities, similar
from .places import is_known_place
from .names import given_name, is_person_word, is_well_formed, known_organisations, name_suffix, org_key, person_key, tokens


def _link_people(locals_: list[LocalEntity], uf: UnionFind, first_names: set[str]) -> None:
    by_surname: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(locals_):
        if e.type == PERSON and e.key:
            by_surname[e.surname].append(i)
    # typo-tolerant surname groups: only keys sharing their first two letters are compared
    counts = {key: sum(len(locals_[i].mentions) for i in idx) for key, idx in by_surname.items()}
    prefix: dict[str, list[str]] = defaultdict(list)
    for key in by_surname:
        prefix[key[:2]].append(key)
    surname_group: dict[str, str] = {key: key for key in by_surname}
    # a first name is no misspelling of a like surname (`first_names`): a bare "Brian" (53
    # mentions in a Timeline17 topic) is not Tim Brain's
    for keys in prefix.values():
        keys.sort(key=lambda k: -counts[k])
        for i, rare in enumerate(keys):
            for common in keys[:i]:
                # a variant joins a more frequent spelling only when it is itself rare
                if counts[rare] <= max(2, counts[common] // 5) and similar(rare, common) \
                        and rare not in first_names and common not in first_names:
                    surname_group[rare] = surname_group[common]
                    break
    groups: dict[str, list[int]] = defaultdict(list)
    for key, idx in by_surname.items():
        groups[surname_group[key]].extend(idx)
    for idx in groups.values():
        full = [i for i in idx if locals_[i].first]
        firsts: dict[tuple[str, str | None], int] = {}
        named = [(i, given_name(locals_[i].first), name_suffix(locals_[i].names)) for i in full]
        # the suffixes written after each initial: "Ken Griffey Jr." and "Ken Griffey Sr." are two
        # people, and "Ken Griffey" may be either: it joins a suffixed name only where the reports
        # write one suffix after that first name ("Michael Jackson" joins neither "Michael Jackson
        # II" nor "Michael Joseph Jackson Jr." where both are written)
        suffixes: dict[str, set[str]] = defaultdict(set)
        for _, first, suffix in named:
            if suffix:
                suffixes[first[:1]].add(suffix)
        for i, first, suffix in named:
            either = len(suffixes[first[:1]]) <= 1
            match = next((j for (f, x), j in firsts.items() if (f == first or (len(f) == 1 or len(first) == 1)
                          and f[0] == first[0]) and (x == suffix or either and (x is None or suffix is None))), None)
            if match is None:
                firsts[(first, suffix)] = i
            else:
                uf.union(match, i)
        distinct = {uf.find(i) for i in full}
        alone = [i for i in idx if not locals_[i].first]
        if len(distinct) == 1:
            target = full[0]
            for i in alone:
                uf.union(target, i)
        elif not full:
            for i in alone[1:]:
                uf.union(alone[0], i)
        # with two different first names, a surname alone stays unresolved rather than guessed


def _not_surnames(locals_: list[LocalEntity]) -> tuple[set[str], set[str]]:
    """The words more full names give as their first name than as their surname ("Brian",
    "Richard", though someone is called Emily Richard), and the one-word names more reports mark
    as a place than give as a full name's surname ("Mexico", though the model made a person "Sick
    Mexico" of a headline); each counted once per report."""
    firsts: Counter = Counter()
    surnames: Counter = Counter()
    places: Counter = Counter()
    for e in locals_:
        if e.type == PERSON and e.first:
            firsts[e.first] += 1
            surnames[e.surname] += 1
        elif e.type in PLACE_TYPES and len(e.key) == 1 and " " not in e.key[0]:
            places[e.key[0]] += 1
    return ({word for word, n in firsts.items() if n > surnames[word]},
            {word for word, n in places.items() if n > surnames[word]})


def _near_length(by_shape: dict[tuple[str, int], list], word: str, shortest: int) -> Iterator:
    """The entries of `by_shape` ((initial, length) -> surnames) a typo of `word` may be: of its
    initial, at least `shortest` letters long and within two letters of its length."""
    for n in range(max(len(word) - 2, shortest), len(word) + 3):
        yield from by_shape.get((word[:1], n), ())


def _unify_types(locals_: list[LocalEntity]) -> None:
    """One multi-word name, several types ("Wladimir Klitschko" a person here, an organisation
    there; "Kestrel Bay" a place, once a person): the type most of its mentions have wins."""
    def name_key(e: LocalEntity) -> tuple[str, ...] | None:
        key = next((k for k in (person_key(n) for n in e.names) if len(k) >= 2), None)
        return (given_name(key[0]),) + key[1:] if key else None  # "Mo Cheeks" votes with "Maurice Cheeks"

    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for e in locals_:
        key = name_key(e)
        if key:
            votes[key][e.type] += len(e.mentions)
    for e in locals_:
        key = name_key(e)
        if not key or len(votes[key]) < 2:
            continue
        winner = votes[key].most_common(1)[0][0]
        if winner == e.type:
            continue
        name = max(e.names, key=e.names.get)
        e.type, e.key = (winner, key) if winner == PERSON else (winner, (org_key(name),))


def _unify_one_word(locals_: list[LocalEntity]) -> None:
    """ "Colts" tagged a person in one report and a team in most, "Russia" once an organisation:
    a one-word name takes the type most of its mentions have. A person's type is given up only
    where no report gives the word as a person's surname."""
    surnames = {e.surname for e in locals_ if e.type == PERSON and e.first}
    votes: dict[str, Counter] = defaultdict(Counter)
    for e in locals_:
        if e.type != PERSON and e.key[0] and " " not in e.key[0]:
            votes[e.key[0]][e.type] += len(e.mentions)
    for e in locals_:
        if e.type == PERSON:
            if e.first or len(e.key) != 1 or e.surname in surnames:
                continue
            key = org_key(max(e.names, key=e.names.get))
            kinds = votes.get(key)
            if kinds and sum(kinds.values()) > len(e.mentions):
                e.type, e.key = kinds.most_common(1)[0][0], (key,)
        elif len(votes.get(e.key[0], ())) > 1:
            e.type = votes[e.key[0]].most_common(1)[0][0]


def _retype_misspelled_people(locals_: list[LocalEntity]) -> None:
    """ "Prigohzin" tagged as a place, "Proghzin" as an organisation: a one-word name that is a
    known person's surname, or a typo of one, is that person's."""
    surnames: dict[str, set[str]] = defaultdict(set)
    full_names: set[tuple[str, ...]] = set()
    person_count: Counter = Counter()
    other_count: Counter = Counter()
    for e in locals_:
        if e.type == PERSON and e.first:
            surnames[e.surname[:1]].add(e.surname)
            full_names.add(e.key)
            person_count[e.surname] += len(e.mentions)
        elif e.type != PERSON and len(e.key) == 1:
            other_count[e.key[0]] += len(e.mentions)
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)  # (initial, length) -> surnames
    for initial, names in surnames.items():
        for name in names:
            by_shape[(initial, len(name))].append(name)

    @cache
    def typo_of_surname(word: str) -> bool:
        # `similar` allows no typo in a word or surname of under five letters: only those of five
        # or more, of nearly the same length, are compared
        if len(word) < 5:
            return False
        return any(similar(word, s) for s in _near_length(by_shape, word, 5))

    for e in locals_:
        if e.type in (PERSON, "NORP") or len(e.key) != 1 or " " in e.key[0]:
            continue  # a people or a party ("American", "Republicans") is no one's misspelt surname
        word = next(iter(e.names), "")
        if not word or len(word.split()) != 1 or not word[:1].isupper():
            continue
        key = person_key(word)
        # an exact surname typed as an organisation may really be one ("Wagner" the group):
        # it is taken for the person only where the person is named more often than the group;
        # a misspelling of a person's surname ("Prigohzin") is taken for that person
        exact = bool(key) and key[0] in surnames.get(key[0][:1], ())
        if not exact and e.type in PLACE_TYPES and is_known_place(word):
            continue  # "France" is no misspelling of Franco
        if exact and person_count[key[0]] > other_count[key[0]] or not exact and key and typo_of_surname(key[0]):
            e.type = PERSON
            e.key = key


def _retype_known_names(locals_: list[LocalEntity]) -> None:
    """ "Kiev" and "Rostov" tagged as people ("attacked Kiev", "the streets of Rostov"), "Twitter"
    too ("wrote on Twitter"): a one-word person that is a known place (`places.py`) or a platform
    or outlet of data/names.json is that place or organisation, unless some report gives the word
    as a named person's surname ("Lloyd Austin" ... "Austin", "Michael Bloomberg" ... "Bloomberg"),
    or the same report as one's first name ("Paris Hilton" ... "Paris")."""
    surnames = {e.surname for e in locals_ if e.type == PERSON and e.first}
    # "Paris Hilton" ... "Paris": a first name a report gives to someone it names is that person's
    first_names = {(e.doc, e.first) for e in locals_ if e.type == PERSON and e.first}
    for e in locals_:
        if e.type != PERSON or e.first or len(e.key) != 1 or e.surname in surnames or (e.doc, e.surname) in first_names:
            continue
        name = max(e.names, key=e.names.get, default="")
        if name in known_organisations():
            e.type, e.key = "ORG", (org_key(name),)
        elif " " not in name and is_known_place(name):
            e.type, e.key = "GPE", (org_key(name, place=True),)


def _link_by_key(locals_: list[LocalEntity], uf: UnionFind) -> None:
    first_of: dict[tuple[str, str], int] = {}
    for i, e in enumerate(locals_):
        if e.type == PERSON:
            continue
        kind = "GROUP" if e.type in ("ORG", "NORP") else "PLACE" if e.type in ("GPE", "LOC", "FAC") else e.type
        key = (kind, e.key[0])
        if key in first_of:
            uf.union(first_of[key], i)
        else:
            first_of[key] = i


def _link_short_forms(locals_: list[LocalEntity], uf: UnionFind) -> None:
    """A short form joins the full name it stands for: an organisation's last or first word or words
    ("Colts" -> "Indianapolis Colts", "Red Sox" -> "Boston Red Sox", "Promises" -> "Promises Treatment
    Center") or the initials of any name but a place's ("IE" -> "Internet Explorer").
    Only a pairing some report makes (both forms in one report) counts, and only where the reports
    pair the short form with one full name (or with names that all extend one: "Internet Explorer"
    before "Internet Explorer 8"); "BBC" is not "Banstead Baptist Church" because both are rare."""
    fulls: dict[str, list[tuple[str, set[str], set[str]]]] = defaultdict(list)  # doc -> (key, parts, initials)
    first_of: dict[str, int] = {}
    for i, e in enumerate(locals_):
        if e.type in PLACE_TYPES:
            continue
        full = " ".join(e.key) if e.type == PERSON else e.key[0]
        if " " not in full:
            continue
        first_of.setdefault(full, i)
        initials = {"".join(w[0] for w in tokens(n) if w[:1].isupper()) for n in e.names}
        words = full.split()
        # its trailing and leading words, each a short form it may go by
        parts = {" ".join(side) for k in range(1, len(words)) for side in (words[k:], words[:k])} \
            if e.type in _GROUPS else set()
        fulls[e.doc].append((full, parts, initials))
    shorts = [(i, e, next(iter(e.names), "")) for i, e in enumerate(locals_)
              if e.type in _GROUPS and len(e.key[0].split()) <= 2]
    paired: dict[str, set[str]] = defaultdict(set)
    for _, e, word in shorts:
        acronym = word.isupper() and 2 <= len(word) <= 6
        for full, parts, initials in fulls.get(e.doc, ()):
            # "Red Sox" ends "Boston Red Sox", "Promises" begins "Promises Treatment Center"; "IE"
            # spells "Internet Explorer"
            if (word in initials) if acronym else (e.key[0] in parts):
                paired[e.key[0]].add(full)
    for i, e, _ in shorts:
        fits = paired.get(e.key[0], set())
        shortest = min(fits, key=len, default=None)
        if shortest and all(f == shortest or f.startswith(shortest + " ") for f in fits):
            uf.union(first_of[shortest], i)


_GROUPS = frozenset({"ORG", "PRODUCT", "NORP"})


def _canonical(names: Counter, comment_names: set[str]) -> str:
    """The most complete, most frequent well-formed spelling, preferring reporting over comments."""
    def score(item):
        name, count = item
        return (name not in comment_names, is_well_formed(name), len(name.split()) >= 2, count, len(name))
    return max(names.items(), key=score)[0]


def entity_at(entities: list[Entity]) -> dict[tuple[str, int], str]:
    """(doc, mention start) -> entity id, for every mention of every entity."""
    return {(m.doc, m.start): e.id for e in entities for m in e.mentions}


def resolve(docs: Iterable[Document]) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    """Entities across documents, and a map (doc, name as resolved in that doc) -> entity id. The
    documents are read twice, one at a time: a collection that loads them as it goes (a stored
    corpus, assemble.Corpus) is never held whole."""
    locals_: list[LocalEntity] = []
    if isinstance(docs, Iterator):
        docs = list(docs)
    for doc in docs:
        locals_.extend(local_entities(doc))
    _unify_types(locals_)
    _unify_one_word(locals_)
    _retype_known_names(locals_)
    _retype_misspelled_people(locals_)
    uf = UnionFind(len(locals_))
    first_names, place_words = _not_surnames(locals_)
    _link_people(locals_, uf, first_names)
    _link_by_key(locals_, uf)
    _link_short_forms(locals_, uf)
    clusters: dict[int, list[LocalEntity]] = defaultdict(list)
    for i, e in enumerate(locals_):
        clusters[uf.find(i)].append(e)
    entities: list[Entity] = []
    lookup: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    people_index: dict[str, list] = {}
    for members in clusters.values():
        names: Counter = Counter()
        types: Counter = Counter()
        in_comments: set[str] = set()
        reported: set[str] = set()
        for e in members:
            names.update(e.names)
            types[e.type] += len(e.mentions)
            for m, n in e.mentions:
                (in_comments if m.in_comment else reported).add(n)
        if not names:
            continue
        # names only reader comments use, in any report: one report's thread that names "Conrad
        # Murray" does not make the name the reporting of all the others uses a comment's
        comment_names = in_comments - reported
        name = _canonical(names, comment_names)
        kind = types.most_common(1)[0][0]
        ident = "e" + hashlib.sha1(f"{kind}\0{name}".encode()).hexdigest()[:12]
        while ident in taken:  # two actors kept apart under one name (namesakes) get distinct ids
            ident = "e" + hashlib.sha1(ident.encode()).hexdigest()[:12]
        taken.add(ident)
        entity = Entity(id=ident, name=name, type=kind)
        entity.aliases = [n for n, _ in names.most_common()]
        outlets: Counter = Counter()
        seen_roles: dict[str, int] = {}
        for e in members:
            for m, n in e.mentions:
                entity.mentions.append(EntityMention(e.doc, m.start, m.end, m.text, m.in_comment,
                                                     "role" if m.ref and m.type == PERSON else "name"))
                if not m.in_comment:
                    outlets[e.outlet or "unknown"] += 1
                lookup[(e.doc, n)] = ident
            for role, m in e.roles:
                entity.roles.append({"role": role, "doc": e.doc, "start": m.start, "end": m.end})
                seen_roles[role.lower()] = seen_roles.get(role.lower(), 0) + 1
        entity.outlets = dict(outlets)
        if kind == PERSON and any(e.first for e in members):
            surnames = {e.surname for e in members}
            people_index.setdefault(max(surnames, key=len)[:1], []).append((surnames, entity, members[0].outlet))
        entity.mentions.sort(key=lambda x: (x.doc, x.start))
        entities.append(entity)
    _recover_unmarked(docs, people_index, first_names | place_words)
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return entities, lookup


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{4,}\b")
# months and days are never surnames recovered unmarked ("August": 395 mentions of Hannah August)
_CALENDAR = frozenset(w.lower() for names in MONTHS for w in names if w) | frozenset(d.lower() for d in WEEKDAYS)
_LOWER = re.compile(r"(?<![\w/.@-])[a-z]{5,}(?![\w/@-]|\.\w)")  # a word in running text, not in an address


# A capitalised word the model did not mark is a typo of a surname only where both have seven
# letters or more: shorter words one letter from a surname are other words and other people
# ("While" / White, "Christ" / Crist, "Jones" / Jonas, "Browne" / Browner in Timeline17's BP reports).
RECOVERED_TYPO_LENGTH = 7
LOWER_WORDS = 500_000  # distinct lower-case words counted before those seen once are dropped


def _recover_unmarked(docs: Iterable[Document], index: dict[str, list], not_surnames: set[str]) -> None:
    """Surnames the model did not mark ("if I were Progozhin" in a comment): a capitalised word
    that is a known person's surname, or a typo of one, becomes a mention of that person. Not a
    title or a noun for a person ("Senator"), a word more people are given as a first name, or
    more reports mark as a place, than as a surname (`not_surnames`: "Richard", "Mexico"), a word
    the collection writes in lower case as often ("Speaking"),
    a month or a day, nor a known place taken for a typo. Each distinct word is looked up once (a
    corpus repeats its capitalised words endlessly), and only against surnames of the same initial
    and nearly the same length."""
    from .names import token_key

    by_shape: dict[tuple[str, int], list[tuple[int, str, Entity, set[str]]]] = defaultdict(list)
    for initial, people in index.items():
        for order, (surnames, entity, _) in enumerate(people):
            for surname in surnames:
                by_shape[(initial, len(surname))].append((order, surname, entity, surnames))
    known: dict[str, tuple[Entity, bool] | None] = {}
    # a word shorter than RECOVERED_TYPO_LENGTH, or a surname that is, matches only as written: the
    # first person (in index order) of that surname, looked up, not compared with every surname
    as_written: dict[str, tuple[int, str, Entity, set[str]]] = {}
    for entries in by_shape.values():
        for c in entries:
            if c[1] not in as_written or c[0] < as_written[c[1]][0]:
                as_written[c[1]] = c

    def lookup(word: str) -> tuple[Entity, bool] | None:
        key = token_key(word)
        if key not in known:
            if len(key) < RECOVERED_TYPO_LENGTH:
                match = as_written.get(key)
            else:
                near = sorted(_near_length(by_shape, key, RECOVERED_TYPO_LENGTH), key=lambda c: c[0])
                match = next((c for c in near if similar(key, c[1], RECOVERED_TYPO_LENGTH)), None)
            known[key] = (match[2], key not in match[3]) if match else None
        return known[key]

    # a word the collection writes in lower case as often as capitalised and unmarked is a common
    # word ("Speaking", "Following", "Drilling" at a sentence's start), not a surname or a typo of one
    capitalised: Counter = Counter()
    lower: Counter = Counter()
    found_at: list[tuple[str, str, int, int, bool]] = []  # (word, doc, start, end, in a comment)
    for doc in docs:
        marked = sorted((m.start, m.end) for m in doc.mentions)
        starts = [a for a, _ in marked]
        reach = list(accumulate((b for _, b in marked), max))  # furthest end among mentions so far
        comments = doc.spans("comment")
        for match in _CAPITALISED.finditer(doc.text):
            before = bisect_right(starts, match.start())
            if before and reach[before - 1] > match.start():
                continue  # inside a mention the model marked
            word = match.group(0)
            if not is_person_word(word) and word.lower() not in _CALENDAR and token_key(word) not in not_surnames \
                    and lookup(word) is not None:
                capitalised[word.lower()] += 1
                found_at.append((word, doc.id, match.start(), match.end(),
                                 within(match.start(), comments)))
        lower.update(_LOWER.findall(doc.text))  # counted in C: only the capitalised words' are read
        if len(lower) > LOWER_WORDS:
            # the words written once are mostly typos and rare words: let them go to bound memory
            lower = Counter({w: n for w, n in lower.items() if n > 1})
    for word, doc_id, start, end, in_comment in found_at:
        if lower[word.lower()] >= capitalised[word.lower()]:
            continue
        entity, variant = lookup(word)
        if variant and is_known_place(word):
            continue  # "Florida" is no misspelling of Florido
        if variant and word not in entity.aliases:
            entity.aliases.append(word)
        entity.mentions.append(EntityMention(doc_id, start, end, word, in_comment, "recovered"))


def role_names(entity: Entity) -> list[str]:
    """Distinct roles, most frequent first, as the export lists them."""
    counts: Counter = Counter()
    first: dict[str, str] = {}
    for r in entity.roles:
        low = r["role"].lower()
        counts[low] += 1
        first.setdefault(low, r["role"])
    return [first[k] for k, _ in counts.most_common()]
