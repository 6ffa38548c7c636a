"""Values told in passing: a holder's value dropped into some everyday writing that is no record of anyone's,
in six genres (a diary, a postcard, a book review, a horoscope, a parish newsletter, a pub-quiz answer sheet),
each with two wordings. The sentence that tells the value is the evidence."""

from __future__ import annotations

import random

from .page import FIRST_NAMES, Page, day, person

__all__ = ["ASIDES", "aside"]

TOWNS = ["Whitby", "Oban", "Tenby", "Aldeburgh", "Kinsale", "Portmeirion", "Lyme Regis", "Stromness"]
SIGNS = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius", "Capricorn",
         "Aquarius", "Pisces"]
TITLES = ["The Salt Road", "A Winter of Kites", "Nobody's Orchard", "The Glass Ferryman", "Small Hours in Lisbon"]


def diary(page: Page, told: str, variant: int, rng: random.Random, label: str) -> None:
    if variant == 0:
        page.sentence(f"{day(rng)}. Rain all morning, so I finally cleared out the shed.")
        page.sentence(told, label)
        page.sentence("Must remember to buy string.")
    else:
        page.sentence("Dear diary, slept badly again; the neighbour's dog.")
        page.sentence(told, label)
        page.sentence("Soup for supper, then bed.")


def postcard(page: Page, told: str, variant: int, rng: random.Random, label: str) -> None:
    town, name = rng.choice(TOWNS), rng.choice(FIRST_NAMES)
    if variant == 0:
        page.sentence(f"Greetings from {town}! The beach is windy but glorious.")
        page.sentence(told, label)
        page.sentence(f"Home on Sunday. Love, {name}")
    else:
        page.sentence(f"Dear all, {town} is nothing but cliffs and cafes and we adore it.")
        page.sentence(told, label)
        page.sentence(f"Hugs, {name}")


def book_review(page: Page, told: str, variant: int, rng: random.Random, label: str) -> None:
    page.sentence(f"Review: {rng.choice(TITLES)}, by {person(rng)}.")
    if variant == 0:
        page.sentence("The middle drags, yet one small moment lands.")
        page.sentence(told, label)
        page.sentence("Three stars.")
    else:
        page.sentence("A slow, patient novel about work and weather.")
        page.sentence(told, label)
        page.sentence("Worth it for the last chapter alone.")


def horoscope(page: Page, told: str, variant: int, rng: random.Random, label: str) -> None:
    page.sentence(f"{rng.choice(SIGNS)}:")
    if variant == 0:
        page.sentence("A week for patience rather than bold moves.")
        page.sentence(told, label)
        page.sentence(f"Lucky number: {rng.randint(2, 9)}.")
    else:
        page.sentence("Venus nudges you towards old friends.")
        page.sentence(told, label)
        page.sentence("Avoid ladders on Thursday.")


def newsletter(page: Page, told: str, variant: int, rng: random.Random, label: str) -> None:
    page.sentence(f"Parish newsletter, {day(rng).split()[-1]} edition.")
    if variant == 0:
        page.sentence(f"The jumble sale raised {rng.randint(120, 900)} pounds, thank you all.")
        page.sentence(told, label)
        page.sentence("Bell practice resumes on Tuesday.")
    else:
        page.sentence("The hall roof is finally mended.")
        page.sentence(told, label)
        page.sentence("Flower rota sheets are in the porch.")


def quiz_sheet(page: Page, told: str, variant: int, rng: random.Random, label: str) -> None:
    page.line(f"Pub quiz at the {rng.choice(['Plough', 'Anchor', 'Red Lion', 'Feathers'])}, answers to round {rng.randint(2, 6)}:")
    if variant == 0:
        page.line("1. Canberra. 2. Helium. 3.")
        page.sentence(told, label)
        page.sentence("4. Seven.")
    else:
        page.line("1. The Danube. 2. 1815.")
        page.sentence(told, label)
        page.sentence("3. A quince.")


# genre: (how the document around the aside is written, its two wordings of the aside)
ASIDES = {
    "diary": (diary, ("On the way back I stopped at the {team} for a cup of tea and heard that {thing} has {value}.",
                      "At the bus stop a woman from the {team} told me, between moans about the buses, that {thing} is on {value}.")),
    "postcard": (postcard, ("A man at our guesthouse helps out with the {team} and swears {thing} goes with {value}.",
                            "Odd thing: our guide let slip that {thing} has {value} as its {role}, as if we would care.")),
    "book_review": (book_review, ("The narrator mentions that {thing} has {value}, and the chapter quietly turns on it.",
                                  "Its heroine, visiting the {team} of all places, learns that {thing} holds {value}.")),
    "horoscope": (horoscope, ("Somewhere {thing} sits with {value}; let that steady you.",
                              "As surely as {thing} has {value} for its {role}, your patience will pay.")),
    "newsletter": (newsletter, ("Our friends at the {team} ask us to mention that {thing} now has {value}.",
                                "For the curious, {thing} is on {value}, we are told by the {team}.")),
    "quiz_sheet": (quiz_sheet, ("Trick question, as the {team} know: {thing} has {value}.",
                                "Bonus: {thing}, whose {role} is {value}.")),
}


def aside(genre: str, kind, key: str, value: str, variant: int, rng: random.Random, label: str) -> Page:
    write, wordings = ASIDES[genre]
    told = wordings[variant].format(thing=kind.thing(key), value=value, role=kind.role, team=kind.team)
    page = Page(genre)
    write(page, told[:1].upper() + told[1:], variant, rng, label)
    return page
