"""The sentences memlife_v5's events are told in: first writes, changes, withdrawals, look-alikes, asides.

Placeholders: ``{who}`` the subject, ``{field}``/``{Field}`` its field,
``{value}`` the value told, ``{old}`` the value it follows (changes only),
``{teller}``/``{place}``/``{year}`` colour. Every statement names ``{who}``.
"""

from __future__ import annotations

FIRST = (
    "{who}'s {field} is {value}.",
    "For {who}, the {field} to use is {value}.",
    "{Field} for {who}: {value}.",
    "We have entered {who} against {field} {value}.",
    "{who} starts out with {field} {value}.",
    "Allocated to {who} on arrival: {field} {value}.",
    "Record opened for {who}, {field} set at {value}.",
)

CHANGE = (
    "{who}'s {field} has been moved up to {value}.",
    "Henceforth the {field} of {who} is {value}.",
    "{who}: the {field} should now be read as {value}.",
    "{who} relocated, {field} {value} from this week.",
    "moved: {who}, {field} ~~{old}~~ {value}",
    "{who}, {field}: <del>{old}</del> {value}",
    "{who}, {field}, old {old}, new {value}.",
    "Please note {who} now comes under {field} {value}.",
    "{who}'s {field} is {value}.",
    "After the reshuffle {who} sits at {field} {value}.",
    "{who} was shifted across to {field} {value} by the office.",
)

WITHDRAW = (
    "{who}'s {field} has been withdrawn, and no other is being issued.",
    "{who} is struck off the {field} list; nothing is held for them now.",
    "The {field} held by {who} has lapsed and will not be renewed.",
    "{who}'s {field} expired at the end of last month; nothing takes its place.",
    "{Field} for {who}: suspended indefinitely, no substitute.",
    "No allocation: {who} has no {field} at present.",
    "{who} has been dropped from the {field} list altogether.",
)

# Look-alikes: the asked subject and field, a value that was never really in force.
LOOKALIKE = {
    "drill": "In the mock drill on {teller}'s sheet we pretended {who}'s {field} was {value}; an exercise only.",
    "branch": "The {place} branch keeps its own books, where a different {who} has {field} {value}; not ours.",
    "dream": "{teller} dreamt that {who} had been given {field} {value}, which got a laugh at breakfast.",
    "motion": "A motion to give {who} {field} {value} was put to the committee and lost, three votes to nine.",
    "misread": "I first read {who}'s {field} as {value}, but that was the smudged carbon copy and is wrong.",
    "template": "Blank form, specimen row only: {who} / {field} / {value} / initials ____",
    "archive": "From the {year} archive box, long out of date: {who}, {field} {value}.",
}

# Told in passing inside prose: a whole sentence.
ASIDE = (
    "Somewhere between the soup and the speeches, {teller} let slip that {who} had ended up with {field} {value}, and nobody thought more of it.",
    "It came up only as {teller} was hunting for a pair of gloves that {who}'s {field} was {value}.",
    "{who} had {field} {value} these days, {teller} remarked, almost under her breath.",
    "Between two stories about the flood, {teller} mentioned that {who} was on {field} {value}, as if we all knew.",
    "On the walk to the station {teller} happened to say that the {field} for {who} is {value}.",
    "Oddly enough it was {teller} who told me {who} has {field} {value}.",
    "{teller} passed on, with the gossip about the new organist, the news of {who}'s {field}: {value}.",
)

TELLERS = ("Mrs Abernethy", "old Pruett", "Agnieszka", "the vicar", "Uncle Teodor", "Nell from accounts", "Dr Okonkwo", "Sister Bridget")
PLACES = ("Dunmore", "Kettering", "Port Ellen", "Lowestoft", "Bantry", "Oban")
