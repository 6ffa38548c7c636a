"""The sentences a record uses to say what happened to a holder: it was given a value, it went from one value to
another, or its value was taken away with nothing in its place. Each names the holder and the value (and, for a
change, the old value) in one line; some put the value first, some are passive, some say it over two sentences
with the holder as "it" in the second, and none of the changes needs the words "changed", "updated" or "set".

Fields: {T} the holder as prose calls it ("berth KQ4-17"), {K} its bare name, {R} what the value is ("vessel"),
{V} the value, {O} the value before.
"""

from __future__ import annotations

__all__ = ["GIVE", "CHANGE", "TAKE_BACK", "OTHER", "cap"]

GIVE = (
    "{T} gets {V} as its {R}.",
    "{V} has been entered as the {R} of {T}.",
    "The {R} assigned to {T} is {V}.",
    "{V} is allotted to {T}.",
    "{T} came up at the morning meeting. It is to have {V} as its {R}.",
    "Please record {V} against {T}.",
    "{T} is given {V}, effective at once.",
    "From this shift, {T} takes {V}.",
    "{R} for {T}: {V}, agreed and booked.",
    "Booked in: {V}, for {T}.",
)

CHANGE = (
    "{T} moves off {O} and onto {V}.",
    "{V} replaces {O} as the {R} of {T}.",
    "{O} is out and {V} is in, for {T}.",
    "For {T}, read {V} wherever the sheet still says {O}.",
    "{T} had {O} until today. Its {R} from now on is {V}.",
    "Swap {O} for {V} on {T}.",
    "{T}: {O} gives way to {V}.",
    "{V}, previously {O}, is what {T} has as its {R} now.",
    "{O} was taken off {T} this morning and {V} put on in its place.",
    "Where {T} used to have {O}, it has {V}.",
)

TAKE_BACK = (
    "{T} gives up {V} and gets nothing in its stead.",
    "{V} is withdrawn from {T}; the {R} is left vacant.",
    "Strike {V} off {T}, with no {R} until further notice.",
    "{T} stands without a {R}: {V} has been rescinded.",
    "{V} no longer applies to {T}, and nothing replaces it.",
    "Release {V} from {T}. Leave its {R} blank.",
    "The {R} of {T}, {V}, is cancelled outright.",
    "{V} comes off {T} with no successor named.",
    "{T} was gone over again. Its {R}, {V}, is revoked and the slot stays empty.",
)

# How a record mentions the other holders it lists, with no bearing on the asked one.
OTHER = (
    "{T} keeps {V}.",
    "{T} stays on {V}.",
    "No change for {T} ({V}).",
    "{T}: {V}, as before.",
)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]
