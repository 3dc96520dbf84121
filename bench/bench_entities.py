"""Entity resolution at scale: time to resolve the mentions of 1,000 and 10,000 reports.

    .venv/bin/python bench/bench_entities.py [--sizes 1000 10000] [--seed 7]

The reports are generated here (no spaCy run: the benchmark times the cross-document entity stage
alone, `storyline.entities.resolve`). Each report names about 20 actors the way news does: full
names, surnames alone, titles ("Minister ..."), Latin spellings of the same Cyrillic name
(Yevgeny / Evgeny), typos, organisations with and without "Group" and as initials, and places.
The pool of actors grows with the number of reports (a larger collection covers more people), a
few actors are in many reports (the heads of the story), most in a handful. Printed: seconds,
mentions per second, entities found, and the time per report relative to the smallest size; a
ratio near 1.0 means the cost grows linearly with the number of reports.
"""
from __future__ import annotations

import argparse
import random
import string

from storyline.entities import resolve
from storyline.records import Document, Mention, Section

from scaling import made_up_word, measure

FIRST = ["Yevgeny", "Alexander", "Sergei", "Dmitry", "Anna", "Maria", "Olena", "Viktor", "Irina", "Pavel",
         "John", "Sarah", "Michael", "Laura", "David", "Elena", "Tomas", "Nadia", "Igor", "Oksana"]
SPELLINGS = {"Yevgeny": "Evgeny", "Alexander": "Aleksandr", "Sergei": "Sergey", "Dmitry": "Dmitri"}
TITLES = ["Minister", "President", "General", "Mayor", "Senator", "Governor"]
PLACES = ["Rostov", "Kestrel Bay", "Gull Point", "Moscow", "Kyiv", "Minsk", "Voronezh", "Belgorod"]


def _word(rng: random.Random, low: int = 5, high: int = 9) -> str:
    return made_up_word(rng, low, high).capitalize()


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def corpus(reports: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    people = [(rng.choice(FIRST), _word(rng)) for _ in range(max(50, reports // 4))]
    groups = [_word(rng, 4, 7) for _ in range(max(10, reports // 20))]
    docs = []
    for n in range(reports):
        # a few actors everywhere, most rare (Zipf-like choice over the pool)
        cast = {people[min(int(rng.paretovariate(1.2)) - 1, len(people) - 1) if rng.random() < 0.5
                       else rng.randrange(len(people))] for _ in range(8)}
        text, mentions = "", []

        def say(name: str, kind: str) -> None:
            nonlocal text
            mentions.append(Mention(len(text), len(text) + len(name), name, kind))
            text += name + " said something about the events. "

        for first, surname in cast:
            first_written = SPELLINGS.get(first, first) if rng.random() < 0.3 else first
            surname_written = _typo(rng, surname) if rng.random() < 0.03 else surname
            lead = f"{rng.choice(TITLES)} " if rng.random() < 0.3 else ""
            say(f"{lead}{first_written} {surname_written}", "PERSON")
            for _ in range(rng.randint(0, 2)):
                say(surname, "PERSON")
        for group in rng.sample(groups, 2):
            say(rng.choice([group, f"{group} Group", f"the {group} company"]), "ORG")
            if rng.random() < 0.3:
                say(f"{group} Group", "ORG")
        for place in rng.sample(PLACES, 2):
            say(place, "GPE")
        docs.append(Document(id=f"r{n}", path=f"r{n}.txt", text=text, format="text", mentions=mentions,
                             outlet=rng.choice(string.ascii_uppercase), sections=[Section("body", 0, len(text))]))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"{'reports':>8} {'mentions':>9} {'entities':>9} {'seconds':>8} {'mentions/s':>11} {'per report vs first':>20}")
    for size, docs, (entities, _), seconds, ratio in measure(args.sizes, lambda n: corpus(n, args.seed), resolve):
        mentions = sum(len(d.mentions) for d in docs)
        print(f"{size:>8} {mentions:>9} {len(entities):>9} {seconds:>8.2f} {mentions / seconds:>11.0f} {ratio:>20.2f}")


if __name__ == "__main__":
    main()
