"""Splits: a second look at each story the single pass built. Two events that it merged early (one
earthquake and another, two players' arrests, two clubs' offers to one player) show as two halves
whose centroids differ, or as halves around two protagonists, two people never named together or
two organisations; such a story becomes two. Two-means per story, so the cost stays linear in the
number of units. Hand-written: the tests and their bars were set on ECB+ dev topics."""
from __future__ import annotations

from collections import Counter, defaultdict

from .textsim import cosine
from .units import Unit

SPLIT_BELOW = 0.5  # a story whose two halves' centroids are less alike than this is two stories
MIN_SPLIT = 12  # smaller stories are not tested for a split (too few reports for two centroids)
PROTAGONIST_SHARE = 0.25  # share of a story's units the second protagonist leads for a split test
PROTAGONIST_SPLIT_BELOW = 0.7  # halves led by two protagonists are two stories below this cosine
APART_MIN_UNITS = 4  # each of the two is named by at least this many units: three each in a dozen
# reports is chance (ECB+ topic 4's and 28's single events split on it), not two events
APART_SPLIT_BELOW = 0.75  # halves around two people never named together are two stories below
# this cosine: stronger evidence than two protagonists, so a looser bar (the official who issued a
# rule and his successor who reversed it months later)
ORGANISATION_SPLIT_BELOW = 0.75  # halves led by two organisations: rivals for one player are
# named on both sides, so the halves stay closer than two protagonists' do


def split_story(units: list[Unit], protagonists: Counter, vectors, copies) -> list[list[Unit]] | None:
    """Two halves of a story's units (in their order), or None where it is one story: the halves of
    two-means from its two units least alike, else of a split between its two protagonists, two
    people never named together, or its two leading organisations. `protagonists` counts the units
    each person is the protagonist of."""
    if len(units) < MIN_SPLIT:
        return None
    return (_bisect(units, vectors, copies) or _by_protagonist(units, protagonists, vectors, copies)
            or _by_people_apart(units, vectors, copies) or _by_organisation(units, vectors, copies))


def centroid_of(units, vectors) -> dict[str, float]:
    total = summed_vectors(units, vectors)
    norm = sum(v * v for v in total.values()) ** 0.5 or 1.0
    return {t: v / norm for t, v in total.items()}


def summed_vectors(units, vectors) -> Counter:
    total: Counter = Counter()
    for u in units:
        total.update(vectors[u.key])
    return total


def _bisect(units, vectors, copies):
    """Two-means from the two units least alike; two stories if the halves' centroids are less alike
    than SPLIT_BELOW."""
    whole = centroid_of(units, vectors)
    first = min(units, key=lambda u: cosine(vectors[u.key], whole))
    second = min(units, key=lambda u: cosine(vectors[u.key], vectors[first.key]))
    return _two_means(units, vectors, copies, vectors[first.key], vectors[second.key], {}, SPLIT_BELOW)


def _by_protagonist(units: list[Unit], protagonists: Counter, vectors, copies):
    """A story whose two leading protagonists each are the protagonist of a good share of its units
    (PROTAGONIST_SHARE) is tested for a split between them: their units stay on their side, the
    others go to the nearer half, and the halves are two stories if less alike than
    PROTAGONIST_SPLIT_BELOW. Two players' drunk-driving arrests share every word but the names.
    Reads the protagonists the single pass counted as the story grew."""
    return _by_leaders(units, protagonists, lambda u: u.protagonist, vectors, copies, PROTAGONIST_SPLIT_BELOW)


def _by_organisation(units: list[Unit], vectors, copies):
    """The same test between the two organisations that lead a good share of the units each, with
    the looser bar ORGANISATION_SPLIT_BELOW: one club's offer to a player and another club's offer to
    him the same week share the player, his agent and the figures; what parts them is whose offer
    each report is about."""
    leaders = Counter(u.organisation for u in units if u.organisation)
    return _by_leaders(units, leaders, lambda u: u.organisation, vectors, copies, ORGANISATION_SPLIT_BELOW)


def _by_leaders(units: list[Unit], leaders: Counter, lead_of, vectors, copies, below: float):
    leading = leaders.most_common(2)
    if len(leading) < 2 or leading[1][1] < max(3, PROTAGONIST_SHARE * len(units)):
        return None
    (first, _), (second, _) = leading
    pinned = {u.key: 0 if lead_of(u) == first else 1 for u in units if lead_of(u) in (first, second)}
    return _pinned_split(units, vectors, copies, pinned, below)


def _by_people_apart(units: list[Unit], vectors, copies):
    """A story in which two people are each named by a good share of its units (PROTAGONIST_SHARE,
    APART_MIN_UNITS) but never by the same unit is tested for a split between them: units naming
    one stay on that one's side, the others go to the nearer half, and the halves are two stories
    if less alike than APART_SPLIT_BELOW. Of several such pairs, the one whose rarer person is
    named most often. Hand-written: what the two events share (the rule, the species, the
    agencies) outweighs in the words who acted in each."""
    naming: dict[str, set] = defaultdict(set)
    for unit in units:
        for person in unit.people:
            naming[person].add(unit.key)
    need = max(APART_MIN_UNITS, PROTAGONIST_SHARE * len(units))
    common = sorted(p for p, keys in naming.items() if len(keys) >= need)
    pairs = [(min(len(naming[a]), len(naming[b])), a, b) for i, a in enumerate(common) for b in common[i + 1:]
             if not naming[a] & naming[b]]
    if not pairs:
        return None
    _, a, b = max(pairs)
    pinned = {u.key: 0 if u.key in naming[a] else 1 for u in units if u.key in naming[a] | naming[b]}
    return _pinned_split(units, vectors, copies, pinned, APART_SPLIT_BELOW)


def _pinned_split(units, vectors, copies, pinned: dict, below: float):
    """Two-means from the centroids of the units pinned to each side (see _two_means)."""
    first = centroid_of([u for u in units if pinned.get(u.key) == 0], vectors)
    second = centroid_of([u for u in units if pinned.get(u.key) == 1], vectors)
    return _two_means(units, vectors, copies, first, second, pinned, below)


def _two_means(units, vectors, copies, a, b, pinned: dict, below: float):
    """Two halves of `units` by two-means from centroids `a` and `b` (units in `pinned` stay on their
    side), or None when the halves are as alike as `below` or more, one half is a single unit, or a
    copy would leave its original."""
    for _ in range(6):
        side = {u.key: pinned.get(u.key, 0 if cosine(vectors[u.key], a) >= cosine(vectors[u.key], b) else 1)
                for u in units}
        left = [u for u in units if side[u.key] == 0]
        right = [u for u in units if side[u.key] == 1]
        if not left or not right:
            return None
        a, b = centroid_of(left, vectors), centroid_of(right, vectors)
    if cosine(a, b) >= below or min(len(left), len(right)) < 2:
        return None
    if any(side[k] != side[o] for k, o in copies.items() if k in side and o in side):
        return None  # a copy stays with its original
    return [sorted(left, key=lambda u: u.order), sorted(right, key=lambda u: u.order)]
