"""The small documents memlife_v5 drops into the essays, one event each.

A line format frames one statement between a header and a footer of its own
kind (tribunal rulings, catalogue cards, club bulletins, threads with
reactions, XML records, INI registers, formal letters, call transcripts,
insurance endorsements, spreadsheet cells); the statement's whole line is the
evidence span when it decides the answer. A prose format hides one sentence
among others (society columns, memoirs, after-dinner speeches); that whole
sentence is the span.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape
from typing import Callable

from .statements import PLACES, TELLERS


@dataclass(frozen=True)
class Doc:
    fmt: str
    text: str
    spans: tuple[tuple[int, int, str], ...]


Frame = Callable[[random.Random, str], tuple[list[str], str, list[str]]]  # (header lines, statement line, footer lines)

SURNAMES = ("Hollis", "Venn", "Achebe", "Stroud", "Larkspur", "Mabry", "Oyelaran", "Quint")


def _tribunal(r: random.Random, s: str):
    return ([f"FIRST-TIER TRIBUNAL (PROPERTY AND ALLOCATIONS), case {r.randint(100, 999)}/{r.randint(21, 29)}",
             f"Before: Judge {r.choice(SURNAMES)}"], f"{r.randint(3, 19)}. The tribunal records: {s}",
            ["There is no order as to costs."])


def _card(r: random.Random, s: str):
    return ([f"ACCESSION {r.randint(1950, 2019)}.{r.randint(1, 400)}", f"Catalogued by: {r.choice(SURNAMES)}"],
            f"Remark: {s}", [f"Card checked {r.choice('ABCDEFGH')}{r.choice('KLMNPRST')}"])


def _bulletin(r: random.Random, s: str):
    club = r.choice(("Harrier", "Rowing", "Bowls", "Fencing", "Cricket"))
    return ([f"{r.choice(PLACES)} {club} Club - bulletin no. {r.randint(12, 240)}", "Club business this week:"],
            f"  > {s}", ["Subs are due by the end of the month."])


def _thread(r: random.Random, s: str):
    names = r.sample(("kemi", "jonas", "priya", "rolf", "aoife", "tam"), 2)
    return ([f"#{r.choice(('frontdesk', 'logistics', 'admin-room', 'yard'))} - thread"],
            f"{names[0]}  {r.randint(8, 17)}:{r.randint(10, 59)}  {s}  [+1 x{r.randint(1, 6)}] [eyes x{r.randint(1, 3)}]",
            [f"{names[1]}  noted, ta"])


def _xml(r: random.Random, s: str):
    return ([f'<register source="desk-{r.randint(2, 9)}">'], f'  <entry seq="{r.randint(10, 99)}">{escape(s, quote=False)}</entry>', ["</register>"])


def _ini(r: random.Random, s: str):
    return ([f"[register.{r.choice(('north', 'annex', 'main', 'depot'))}]", f"revision = {r.randint(2, 60)}"],
            f"note_{r.randint(1, 30)} = {s}", [f"checked_by = {r.choice(SURNAMES).lower()}"])


def _letter(r: random.Random, s: str):
    return ([f"Dear {r.choice(('Sir or Madam', 'Ms Hollis', 'Mr Venn', 'Colleagues'))},",
             "I write on behalf of the office to set out the following for your records."], s,
            ["I remain, yours faithfully,", f"P. {r.choice(SURNAMES)}, Clerk"])


def _call(r: random.Random, s: str):
    return ([f"[Transcribed call, ref. {r.randint(1000, 9999)}]", "CALLER: Hello, is this the right desk for updates?",
             "DESK: It is, go ahead."], f"CALLER: {s}", ["DESK: Thank you, I've taken that down."])


def _endorsement(r: random.Random, s: str):
    return ([f"ENDORSEMENT No. {r.randint(2, 30)} to schedule {r.choice('PQRS')}-{r.randint(1000, 9999)}",
             "The schedule is amended as follows:"], f"({r.choice('abcdefg')}) {s}", ["All other terms remain as before."])


def _sheet(r: random.Random, s: str):
    row = r.randint(4, 90)
    return ([f"Sheet '{r.choice(('Allocations', 'Register', 'Current'))}' exported cells"], f"D{row}: {s}",
            [f"E{row}: =IF(ISBLANK(D{row}),\"?\",\"ok\")"])


LINE_FORMATS: dict[str, Frame] = {
    "tribunal_ruling": _tribunal, "catalogue_card": _card, "club_bulletin": _bulletin, "thread_with_reactions": _thread,
    "xml_record": _xml, "ini_register": _ini, "formal_letter": _letter, "call_transcript": _call,
    "insurance_endorsement": _endorsement, "spreadsheet_cells": _sheet,
}

FILLER_SENTENCES = (
    "The rain held off for most of the afternoon.",
    "Someone had left the good teapot on the windowsill again.",
    "There was a long argument about whether the clock in the hall ran fast.",
    "The dog slept through all of it.",
    "Later the lights went out twice, briefly, and came back.",
    "Everybody agreed the pastry was better than last year's.",
    "We stayed until the chairs were being stacked.",
)

PROSE_OPENINGS = {
    "society_column": "AROUND THE PARISH. The harvest supper drew a good crowd to the old school hall.",
    "memoir_excerpt": "I remember that winter mostly for the cold in the back bedroom.",
    "after_dinner_speech": "Friends, I promised to be brief, and I shall try.",
}


def line_doc(statement: str, label: str | None, rng: random.Random, fmt: str | None = None) -> Doc:
    """``statement`` framed in one line format (drawn unless given); its line is a span labelled ``label`` when given."""
    fmt = fmt or rng.choice(sorted(LINE_FORMATS))
    head, line, foot = LINE_FORMATS[fmt](rng, statement)
    before = "\n".join(head) + "\n"
    text = before + line + "\n" + "\n".join(foot)
    return Doc(fmt, text, ((len(before), len(before) + len(line), label),) if label else ())


def prose_doc(sentence: str, label: str, rng: random.Random) -> Doc:
    """``sentence`` among other sentences of a prose piece; the sentence is the span."""
    fmt = rng.choice(sorted(PROSE_OPENINGS))
    others = rng.sample(FILLER_SENTENCES, 3)
    before = " ".join([PROSE_OPENINGS[fmt], *others[: rng.randint(1, 2)]]) + " "
    text = before + sentence + " " + " ".join(others[2:])
    return Doc(fmt, text, ((len(before), len(before) + len(sentence), label),))


def colour(rng: random.Random) -> dict[str, str]:
    return {"teller": rng.choice(TELLERS), "place": rng.choice(PLACES), "year": str(rng.randint(1987, 2009))}
