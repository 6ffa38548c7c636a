"""The deciding statements of memlife_v26's prose documents: one sentence (or two, the second opening on "Its") that
gives a holder a value (``GIVE``), replaces it (``CHANGE``, most naming the old value, some only the new one) or takes
it off (``TAKE_BACK``), and the neutral line about another holder (``BESIDE``).

Fields: {thing} or {Thing} (the holder with its register's noun), {value}, {old}, {role}. Constructions vary on
purpose: the value before the holder, a fronted time phrase, a passive, a noun or gerund doing the verb's work, the
holder only as "Its" in a second sentence, and a few real writes said with a negation.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} has been allotted to {value}.",
    "{value} is the {role} for {thing} from today.",
    "From this morning, {thing} is in the hands of {value}.",
    "Allocation of {thing} went to {value} without a quibble.",
    "We put {value} down against {thing} in the big ledger.",
    "Mark {thing} down for {value}, please.",
    "There it is in ink: {value} for {thing}.",
    "Signed and stamped, {thing} now carries {value} as its {role}.",
    "As of the weekend, the {role} at {thing} is {value}.",
    "We sorted out {thing} at last. Its {role} is {value}.",
    "{Thing} was given to {value}, and nobody argued.",
    "Pencilled in, then inked: {value} takes {thing}.",
    "Handing {thing} over to {value} took five minutes flat.",
    "{Thing} goes to {value}, effective immediately.",
    "{value} has {thing} now, signed off by the desk.",
)

CHANGE = (
    "{Thing} passes from {old} to {value}.",
    "{value} replaces {old} at {thing}.",
    "Since Tuesday, {thing} has had {value} instead of {old}.",
    "Out goes {old}; {thing} now has {value}.",
    "{old} made way for {value} on {thing}.",
    "Reassignment of {thing} from {old} to {value} was approved.",
    "{Thing} was switched over to {value}, leaving {old} behind.",
    "After the shuffle, {thing} belongs to {value} rather than {old}.",
    "We moved {thing} along. Its {role} is now {value}, no longer {old}.",
    "{Thing} has been handed on to {value}.",
    "Updated at the counter: {thing} now goes with {value}.",
    "Swapping things round, we gave {thing} to {value} this time.",
    "{value} takes over {thing} from here on.",
)

TAKE_BACK = (
    "{Thing} is free again; {value} has gone.",
    "{value} has been taken off {thing}.",
    "From tonight, {thing} stands empty and {value} is struck out.",
    "Striking {value} off {thing} was the last job of the day.",
    "{Thing} no longer has {value}, and nothing replaces it.",
    "Scratch {value} from {thing} for good.",
    "We emptied {thing}. Its {role}, {value}, is out.",
    "{Thing} was cleared of {value} this afternoon.",
    "Release of {thing}: {value} is off the list.",
    "As of now, {value} and {thing} part ways, with no one in its place.",
    "The {role} {value} was withdrawn from {thing}.",
    "{Thing} was vacated by {value} at close of business.",
    "{value} stepped away from {thing}, leaving it bare.",
)

BESIDE = (
    "{Thing} keeps {value}.",
    "{value} stays on at {thing}.",
    "For {thing}, {value} as before.",
    "{Thing} remains with {value}.",
    "{value} is still at {thing}.",
    "Over at {thing} it is {value}, same as last month.",
)
