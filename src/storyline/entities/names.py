"""Name forms: titles stripped, transliteration-aware keys, organisation keys.

Transliteration uses anyascii (Unicode to ASCII) and the variant table and rules in
data/names.json (Yevgeny/Evgeny, Aleksandr/Alexander, Zelenskyy/Zelensky), with the spelling
table there (Centre/Center, Defence/Defense, Mt/Mount).
"""
from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from ..data import load

_TOKEN = re.compile(r"[\w.'’-]+")


@cache
def _data() -> dict:
    data = load("names.json")
    return {
        "honorifics": frozenset(data["honorifics"]),
        "titles": frozenset(data["title_words"]),
        "particles": frozenset(data["particles"]),
        "suffixes": frozenset(data["name_suffixes"]),
        "post_nominals": frozenset(data["post_nominals"]),
        "translit": data["translit_tokens"] | data["spelling_tokens"],
        "rules": [(re.compile(a), b) for a, b in data["translit_rules"]],
        "org_generic": frozenset(data["org_generic_words"]),
        "place_generic": frozenset(data["org_generic_words"]) | frozenset(data["place_generic_words"]),
        "nicknames": data["nicknames"],
        "organisations": frozenset(data["known_organisations"]),
        "family": frozenset(data["family_nouns"]),
        "person_words": frozenset(data["title_words"] + data["honorifics"] + data["person_nouns"]
                                  + data["other_person_nouns"] + data["family_nouns"] + data["relational_nouns"]),
        "gendered": {**dict.fromkeys(data["male_nouns"], "male"), **dict.fromkeys(data["female_nouns"], "female")},
    }


LATER_NAME_CHARS = 2000  # a surname named before any full name with it is that full name's only
# when the full name follows within this many characters (a headline or lede that names the
# surname first: "Peskov: ...", then "Kremlin spokesman Dmitry Peskov"); 112 mentions of
# "(President) Obama" in a timeline are not the "Michelle Obama" named once, 36,000 characters on


def kin_name(name: str, role: str | None) -> tuple[str, str | None] | None:
    """(full name, gender) of a lone first name the report gives as a named person's relative:
    "Joe" with the role "Jackson's father" is ("Joe Jackson", "male"); not "his father, Joe".
    Hand-written: the model tags the first name alone, and a report seldom repeats it in full."""
    words = (role or "").replace("’s", " 's").replace("'s", " 's").split()  # [..., owner, "'s", noun]
    if len(name.split()) != 1 or len(words) < 3 or words[-2] != "'s":
        return None
    owner, noun = words[-3], words[-1].lower()
    if noun not in _data()["family"] or not owner[:1].isupper():
        return None
    return f"{name} {owner}", _data()["gendered"].get(noun)


def known_organisations() -> frozenset[str]:
    """Platforms and outlets the model takes for people ("wrote on Twitter")."""
    return _data()["organisations"]


def is_person_word(word: str) -> bool:
    """A title, an honorific or a noun for a person ("Senator", "Officers", "Grandfather"): no name."""
    word = word.lower()
    words = _data()["person_words"]
    return word in words or word.endswith("s") and word[:-1] in words or word.endswith("men") and word[:-3] + "man" in words


def tokens(name: str) -> list[str]:
    name = re.sub(r"[’']s\b", "", name)
    return _TOKEN.findall(name)


def strip_titles(name: str) -> tuple[str, str | None]:
    """("Secretary Blinken") -> ("Blinken", "Secretary"); the last token is always kept."""
    parts = tokens(name)
    data = _data()
    cut = 0
    while cut < len(parts) - 1 and (parts[cut].lower() in data["honorifics"] or parts[cut].lower() in data["titles"]):
        cut += 1
    role = " ".join(parts[:cut]) or None
    if role and all(p.lower() in data["honorifics"] or p.lower() == "the" for p in parts[:cut]):
        role = None  # "Mr", "the" are not roles
    return " ".join(parts[cut:]), role


@cache
def token_key(token: str) -> str:
    """A spelling-independent key for one name token: yevgeny, evgenii and Евгений -> evgeny."""
    data = _data()
    word = anyascii(token).lower().strip(".-'’")
    word = re.sub(r"[^a-z0-9]", "", word)
    if word in data["translit"]:
        return data["translit"][word]
    for pattern, replacement in data["rules"]:
        word = pattern.sub(replacement, word)
    return data["translit"].get(word, word)


def given_name(key: str) -> str:
    """The formal first name behind a short form ("mo" -> "maurice", "bill" -> "william")."""
    formal = _data()["nicknames"].get(key)
    return token_key(formal) if formal else key


def name_suffix(names) -> str | None:
    """The generational suffix any of a person's spellings ends with ("Jr." -> "jr"), else None."""
    suffixes = _data()["suffixes"]
    found = {parts[-1].lower().rstrip(".") for n in names if len(parts := tokens(n)) > 1 and parts[-1].lower() in suffixes}
    return min(found) if found else None


def is_post_name(word: str) -> bool:
    """A word written after a name that is no part of it: "Jr.", "III", "M.D.", "PhD"."""
    data = _data()
    return word.lower() in data["suffixes"] or word.lower() in data["post_nominals"]


def person_key(name: str) -> tuple[str, ...]:
    data = _data()
    parts = tokens(name)
    while len(parts) > 1 and is_post_name(parts[-1]):
        parts = parts[:-1]  # "Arcade Joseph Comeaux Jr." is Comeaux, "Regina Benjamin, M.D." Benjamin
    return tuple(token_key(t) for t in parts if t.lower() not in data["particles"] and token_key(t))


def org_key(name: str, place: bool = False) -> str:
    """ "the Wagner private military company", "PMC Wagner", "Wagner Group" -> "wagner"; a place's
    key also drops "sea" and the like ("the Mediterranean Sea" -> "mediterranean"); a word of five
    letters or more loses a plural ending ("Indianapolis Colt" is the Colts)."""
    generic = _data()["place_generic" if place else "org_generic"]
    words = [re.sub(r"(ites|s)$", "", token_key(t)) if len(t) > 4 else token_key(t)
             for t in tokens(name) if t.lower() not in generic]
    return " ".join(w for w in words if w) or " ".join(token_key(t) for t in tokens(name))


def is_well_formed(name: str) -> bool:
    parts = tokens(name)
    return bool(parts) and all(p[:1].isupper() or p.lower() in _data()["particles"] for p in parts)
