"""The record formats: how a give, a change or a take-back of a holder's value is written down, with the other
holders a record may list beside it.

Six are code-like (a spreadsheet export, an SQL change set, a git commit, a word diff of a TOML file, a chat
channel, an issue-tracker comment) and four are prose (meeting minutes, a confirmation letter, a transcribed
voicemail, a schedule of contract clauses). In every one the holder, the value and, for a change, the value it
replaces stand in one line or one sentence: that piece is the evidence when the event decides the answer.
"""

from __future__ import annotations

import random

from .page import Page, cap, clock, day, handle, hexsha, initials, person

__all__ = ["PROSE", "RECORDS"]


def _order(rng: random.Random, mine, others: list) -> list:
    """The record's own entry among the others' (``None`` marks its place)."""
    entries = list(others)
    entries.insert(rng.randint(0, len(entries)), mine)
    return entries


# --- code-like -------------------------------------------------------------------------------------------------------

def sheet(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    page = Page("sheet")
    page.line(rng.choice([f"{k.table}.csv (export of {day(rng)}, {k.team})",
                          f"== {k.table}.csv == downloaded {clock(rng)} by {handle(rng)}"]))
    page.line(f"{k.holder_column},{k.value_column},replaces,status,initials")
    for entry in _order(rng, None, others):
        if entry is not None:
            page.line(f"{entry[0]},{entry[1]},,{rng.choice(['set', 'assigned'])},{initials(rng)}")
        elif event.role == "give":
            page.line(f"{event.key},{event.value},,{rng.choice(['set', 'assigned', 'new entry'])},{initials(rng)}", label)
        elif event.role == "change":
            page.line(f"{event.key},{event.value},{event.old},{rng.choice(['changed', 'replaced'])},{initials(rng)}", label)
        else:
            status = rng.choice(["WITHDRAWN - nothing in its place", "cancelled; left empty until further notice"])
            page.line(f"{event.key},{event.value},,{status},{initials(rng)}", label)
    return page


def sql(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    h, v = k.holder_column, k.value_column
    page = Page("sql")
    page.line(f"-- {k.team}: change set {rng.randint(100, 999)}, applied by {handle(rng)} at {clock(rng)}")
    page.line("BEGIN;")
    for entry in _order(rng, None, others):
        if entry is not None:
            page.line(f"INSERT INTO {k.table} ({h}, {v}) VALUES ('{entry[0]}', '{entry[1]}');")
        elif event.role == "give":
            page.line(f"INSERT INTO {k.table} ({h}, {v}) VALUES ('{event.key}', '{event.value}');", label)
        elif event.role == "change":
            page.line(f"UPDATE {k.table} SET {v} = '{event.value}' WHERE {h} = '{event.key}' AND {v} = '{event.old}';", label)
        else:
            page.line(f"DELETE FROM {k.table} WHERE {h} = '{event.key}' AND {v} = '{event.value}';", label)
    page.line("COMMIT;")
    return page


def gitlog(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    page = Page("gitlog")
    who = person(rng)
    page.line(f"commit {hexsha(rng)}")
    page.line(f"Author: {who} <{who.split()[0].lower()}@{k.project.lower()}.example>")
    page.line(f"Date:   {day(rng)} {clock(rng)}")
    for entry in _order(rng, None, others):
        if entry is not None:
            page.line(f"    and {entry[0]}: {k.role} {entry[1]}")
            continue
        page.put("\n    ")
        if event.role == "give":
            page.put(rng.choice([f"{event.key}: set {k.role} to {event.value}",
                                 f"Give {event.key} the {k.role} {event.value}"]), label)
        elif event.role == "change":
            page.put(rng.choice([f"{event.key}: {k.role} {event.old} -> {event.value}",
                                 f"Swap {event.key} off {event.old}, onto {event.value}"]), label)
        else:
            page.put(rng.choice([f"{event.key}: drop {k.role} {event.value}, leave it unset",
                                 f"Unassign {event.value} from {event.key} (no replacement yet)"]), label)
    return page


def word_diff(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    page = Page("word_diff")
    page.line(f"$ git diff --word-diff {k.config}")
    start = rng.randint(3, 80)
    page.line(f"@@ -{start},{rng.randint(2, 6)} +{start},{rng.randint(2, 6)} @@ [{k.section}]")
    for entry in _order(rng, None, others):
        if entry is not None:
            page.line(f'{{+"{entry[0]}" = "{entry[1]}"+}}')
        elif event.role == "give":
            page.line(f'{{+"{event.key}" = "{event.value}"+}}', label)
        elif event.role == "change":
            page.line(f'"{event.key}" = [-"{event.old}"-]{{+"{event.value}"+}}', label)
        else:
            page.line(f'[-"{event.key}" = "{event.value}"-]', label)
    return page


CHATTER = ["ta", "noted, thanks", "ok, board updated", "cheers", "got it"]


def chat(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    page = Page("chat")
    page.line(f"{k.channel} | {day(rng)}")
    speaker = handle(rng)
    minute = rng.randint(8 * 60, 20 * 60)
    for entry in _order(rng, None, others):
        minute += rng.randint(1, 9)
        stamp = f"[{minute // 60:02d}:{minute % 60:02d}] {speaker}: "
        if entry is not None:
            page.line(stamp + rng.choice([f"also {entry[0]} -> {entry[1]}", f"and {entry[0]} has {entry[1]}"]))
        elif event.role == "give":
            page.line(stamp + rng.choice([f"{event.key} is on {event.value} from now, that's its {k.role} sorted",
                                          f"{k.role} for {event.key}: {event.value}. logged it"]), label)
        elif event.role == "change":
            page.line(stamp + rng.choice([f"{event.key} changed: {event.old} out, {event.value} in",
                                          f"swapped {event.key} over to {event.value} (was {event.old})"]), label)
        else:
            page.line(stamp + rng.choice([f"took {event.value} off {event.key}, nothing replacing it yet",
                                          f"{event.key} no longer has {event.value}; its {k.role} is empty for now"]), label)
    page.line(f"[{(minute + 2) // 60:02d}:{(minute + 2) % 60:02d}] {handle(rng)}: {rng.choice(CHATTER)}")
    return page


def tracker(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    page = Page("tracker")
    page.line(f"{k.project}-{rng.randint(100, 4999)} | {rng.choice(['Register upkeep', 'Weekly changes', 'Ops request'])}")
    page.line(f"Comment by {person(rng)}, {day(rng)}:")
    thing = k.thing(event.key)
    for entry in _order(rng, None, others):
        if entry is not None:
            page.line(f"Same pass: {k.thing(entry[0])} has {entry[1]}.")
        elif event.role == "give":
            page.line(f"Done - {thing} now has {event.value} as its {k.role}.", label)
        elif event.role == "change":
            page.line(f"Done - {thing} moved off {event.old} and onto {event.value}.", label)
        else:
            page.line(f"Done - {event.value} taken away from {thing}; its {k.role} is blank until further notice.", label)
    page.line(f"Status: {rng.choice(['In progress', 'Open'])} -> Resolved")
    return page


# --- prose -----------------------------------------------------------------------------------------------------------

def _decision(event, rng: random.Random, give: list[str], change: list[str], take_back: list[str]) -> str:
    """One of the format's sentences for the event's role, filled in."""
    k = event.kind
    template = rng.choice({"give": give, "change": change, "take_back": take_back}[event.role])
    return template.format(thing=k.thing(event.key), Thing=cap(k.thing(event.key)), value=event.value, old=event.old,
                           role=k.role)


def minutes(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    page = Page("minutes")
    page.sentence(f"Minutes of the {k.team} meeting, {day(rng)}.")
    page.sentence(f"Present: {person(rng)}, {person(rng)} and {person(rng)}.")
    page.sentence(rng.choice(["The rota was read and approved.", "Matters arising from last time were cleared."]))
    for entry in _order(rng, None, others):
        if entry is not None:
            page.sentence(f"It was noted that {k.thing(entry[0])} has {entry[1]}.")
            continue
        page.sentence(_decision(
            event, rng,
            give=["The meeting agreed that {thing} takes {value} as its {role}.",
                  "Resolved: {thing} to have {value}."],
            change=["It was agreed that {thing} moves from {old} to {value}.",
                    "Resolved: {value} replaces {old} as the {role} of {thing}."],
            take_back=["The meeting withdrew {value} from {thing}, leaving it with no {role} for now.",
                       "Resolved: {thing} gives up {value} and is to have no {role} until a new one is chosen."]), label)
    page.sentence(f"The meeting closed at {clock(rng)}.")
    return page


def letter(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    page = Page("letter")
    page.line(f"Dear {rng.choice(['Ms', 'Mr', 'Dr'])} {person(rng).split()[1]},")
    page.line(f"I am writing on behalf of the {k.team} to confirm an entry in our register.")
    for entry in _order(rng, None, others):
        if entry is not None:
            page.sentence(f"For completeness, {k.thing(entry[0])} has {entry[1]}.")
            continue
        page.sentence(_decision(
            event, rng,
            give=["From {day}, {thing} has {value} as its {role}.".replace("{day}", day(rng)),
                  "We have recorded {value} as the {role} of {thing}."],
            change=["{Thing} no longer has {old}; its {role} is now {value}.",
                    "We have replaced {old} with {value} as the {role} of {thing}."],
            take_back=["We have cancelled {value} as the {role} of {thing}, and none has been set in its place.",
                       "Please note that {thing} has lost {value} and currently has no {role} at all."]), label)
    page.sentence("Do tell us if anything here looks wrong.")
    page.line("Yours sincerely,")
    page.line(person(rng))
    return page


def voicemail(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    page = Page("voicemail")
    page.line(f"Voicemail to the {k.team}, left {day(rng)} at {clock(rng)} ({rng.randint(14, 95)} s), transcribed:")
    page.line(f"Hi, it's {person(rng).split()[0]}.")
    for entry in _order(rng, None, others):
        if entry is not None:
            page.sentence(f"Oh, and {k.thing(entry[0])} is on {entry[1]}.")
            continue
        page.sentence(_decision(
            event, rng,
            give=["Just so you know, {thing} has {value} now.",
                  "I've put {value} down as the {role} for {thing}."],
            change=["Small change: {thing} was on {old} but it's {value} as of today.",
                    "I've moved {thing} from {old} over to {value}."],
            take_back=["I've scrapped {value} for {thing}, so it hasn't got a {role} at the moment.",
                       "Forget {value} for {thing}; that's been pulled and nothing's replacing it yet."]), label)
    page.sentence(rng.choice(["Right, that's it, bye.", "Call me back if that causes trouble. Bye."]))
    return page


def clause(event, rng: random.Random, others: list, label: str | None = None) -> "Page":
    k = event.kind
    page = Page("clause")
    number = rng.randint(2, 14)
    page.line(f"Schedule {rng.randint(1, 9)} to the {k.team} services agreement")
    page.line(f"{number}.1 This schedule amends the register kept by the {k.team}.")
    for i, entry in enumerate(_order(rng, None, others), start=2):
        page.sentence(f"{number}.{i}")
        if entry is not None:
            page.sentence(f"{cap(k.thing(entry[0]))} shall have {entry[1]}.")
            continue
        page.sentence(_decision(
            event, rng,
            give=["With effect from signature, {thing} shall have {value} as its {role}.",
                  "The {role} of {thing} shall be {value}."],
            change=["The {role} of {thing} shall be {value}, replacing {old} in every respect.",
                    "In place of {old}, {thing} shall have {value}."],
            take_back=["The allocation of {value} to {thing} is revoked and no {role} replaces it.",
                       "{Thing} shall cease to have {value} and shall have no {role} until a further schedule."]), label)
    page.line(f"{number}.{len(others) + 3} All other entries stand unchanged.")
    return page


RECORDS = {"sheet": sheet, "sql": sql, "gitlog": gitlog, "word_diff": word_diff, "chat": chat, "tracker": tracker}
PROSE = {"minutes": minutes, "letter": letter, "voicemail": voicemail, "clause": clause}
