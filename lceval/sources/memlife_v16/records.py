"""The ten formats a record (a value given, changed or withdrawn) is written in: five code-like (a CSV export, a
YAML diff, a git log entry, an SQL script, a chat transcript) and five prose (an issue-tracker comment, meeting
minutes, a letter, an office memo, a clause of an agreement).

A record's deciding piece (a row, a diff line, a commit subject, a statement, a message or a sentence) names the
holder and its value, and for a change the value it replaces too; the other holders a record lists beside its own
(``others``: holder, value) each take a piece of their own.
"""

from __future__ import annotations

import random

from .writer import Writer, cap

__all__ = ["CODE_LIKE", "FOLK", "PROSE", "SURNAMES", "gives", "person", "statement"]

FOLK = ("Priya", "Tom", "Agnieszka", "Dev", "Morag", "Kwame", "Sian", "Yusuf", "Hattie", "Lars", "Niamh", "Bola",
        "Gethin", "Rosalind", "Ifeoma", "Stellan")
SURNAMES = ("Whitlock", "Adeyemi", "Sorensen", "Kaur", "MacInnes", "Petrovic", "Hollis", "Nwosu", "Garside", "Tremayne",
            "Okafor", "Lindgren")
NICKS = ("dockhand", "kettle_on", "ringmaster", "fen_botanist", "nightwatch", "slipcast", "lampie", "bowarm",
         "quietcar", "m0_tea", "leafmould", "tidetable")


def person(rng: random.Random) -> str:
    return f"{rng.choice(FOLK)} {rng.choice(SURNAMES)}"


def _vp(event, rng: random.Random) -> str:
    kind = event.kind
    options = {"give": kind.gives, "change": kind.changes, "take_back": kind.takes}[event.role]
    return rng.choice(options).format(value=event.value, old=event.old)


def statement(event, rng: random.Random) -> str:
    """The holder and what happened to its value, as a clause: "pot BQ-4471F was switched from A to B"."""
    return f"{event.kind.named(event.key)} {_vp(event, rng)}"


def gives(kind, holder: str, value: str, rng: random.Random) -> str:
    """Another holder given its value, as a clause."""
    return f"{kind.named(holder)} {rng.choice(kind.gives).format(value=value)}"


def _mixed(mine, others: list, rng: random.Random) -> list:
    """``others`` with ``mine`` at a random place among them."""
    pieces = list(others)
    pieces.insert(rng.randint(0, len(pieces)), mine)
    return pieces


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# --- code-like -------------------------------------------------------------------------------------------------------

def csv_export(event, rng: random.Random, others: list) -> object:
    kind, key, value = event.kind, event.key, event.value
    w = Writer("csv_export")
    w.line(rng.choice((f"{kind.table}.csv (exported from the shared workbook)", f"Sheet '{kind.roles}' saved as CSV:",
                       f"{kind.table}_export_{rng.randint(2, 60)}.csv")))
    w.line(f"{kind.columns[0]},{kind.columns[1]},{rng.choice(('status', 'action'))},{rng.choice(('remarks', 'note'))}")
    row = {
        "give": f"{key},{value},{rng.choice(('added', 'entered', 'new'))},",
        "change": f"{key},{value},{rng.choice(('changed', 'amended'))},{rng.choice(('was', 'replaces', 'previously'))} {event.old}",
        "take_back": f"{key},{value},{rng.choice(('withdrawn', 'void', 'struck off'))},"
                     f"{rng.choice(('nothing in its place', 'left empty', 'no successor'))}",
    }[event.role]
    rows = [(f"{h},{v},{rng.choice(('added', 'entered', 'new'))},", None) for h, v in others]
    for text, label in _mixed((row, event.label), rows, rng):
        w.line(text, label)
    return w.done()


def yaml_diff(event, rng: random.Random, others: list) -> object:
    kind, key, value = event.kind, event.key, event.value
    path = rng.choice(("registers", "config", "data")) + f"/{kind.table}.yaml"
    w = Writer("yaml_diff")
    w.line(f"diff --git a/{path} b/{path}").line(f"index {_hex(rng, 7)}..{_hex(rng, 7)} 100644")
    w.line(f"--- a/{path}").line(f"+++ b/{path}")
    lines: list[tuple[str, str | None]] = []
    if event.role == "give":
        mine = [(f'+  "{key}": "{value}"', event.label)]
    elif event.role == "change":
        mine = [(f'-  "{key}": "{event.old}"', None),
                (f'+  "{key}": "{value}"  # {rng.choice(("was", "replaces"))} "{event.old}"', event.label)]
    else:
        mine = [(f'-  "{key}": "{value}"  # {rng.choice(("withdrawn, no successor", "revoked; leave unset", "dropped, nothing replaces it"))}', event.label)]
    for piece in _mixed(mine, [[(f'+  "{h}": "{v}"', None)] for h, v in others], rng):
        lines += piece
    start = rng.randint(3, 90)
    removed = sum(text.startswith("-") for text, _ in lines)
    w.line(f"@@ -{start},{removed + 2} +{start},{len(lines) - removed + 2} @@ {kind.table}:")
    for text, label in lines:
        w.line(text, label)
    return w.done()


def git_log(event, rng: random.Random, others: list) -> object:
    kind, key, value, old = event.kind, event.key, event.value, event.old
    subject = rng.choice({
        "give": (f"Assign {value} to {key}", f"Record {key} -> {value}", f"Add {key} ({value})"),
        "change": (f"Change {key} from {old} to {value}", f"{key}: {old} -> {value}", f"Replace {old} with {value} for {key}"),
        "take_back": (f"Withdraw {value} from {key}, no replacement", f"Remove {key} ({value} withdrawn)",
                      f"Drop {value} for {key}; leave it unassigned"),
    }[event.role])
    name = person(rng)
    w = Writer("git_log")
    w.line(f"commit {_hex(rng, 40)}")
    w.line(f"Author: {name} <{name.split()[0].lower()}@{kind.table.replace('_', '-')}.example.org>")
    w.put("    ").line(subject, event.label)
    if others:
        for h, v in others:
            w.line(f"    Also: {h} -> {v}")
    return w.done()


def sql_script(event, rng: random.Random, others: list) -> object:
    kind, key, value = event.kind, event.key, event.value
    table, (kc, vc) = kind.table, kind.columns
    mine = {
        "give": (f"INSERT INTO {table} ({kc}, {vc}) VALUES ('{key}', '{value}');", "INSERT 0 1"),
        "change": (f"UPDATE {table} SET {vc} = '{value}' WHERE {kc} = '{key}' AND {vc} = '{event.old}';", "UPDATE 1"),
        "take_back": (f"DELETE FROM {table} WHERE {kc} = '{key}' AND {vc} = '{value}';", "DELETE 1"),
    }[event.role]
    echo = rng.random() < 0.5  # psql's replies under each statement
    w = Writer("sql_script")
    w.line(rng.choice((f"-- {table}: changes applied by {rng.choice(FOLK).lower()}", f"{kind.table}=# \\i batch_{rng.randint(10, 99)}.sql",
                       f"-- register maintenance, {table}")))
    transaction = rng.random() < 0.5
    if transaction:
        w.line("BEGIN;")
    for text, label, reply in _mixed((*mine[:1], event.label, mine[1]),
                                     [(f"INSERT INTO {table} ({kc}, {vc}) VALUES ('{h}', '{v}');", None, "INSERT 0 1") for h, v in others], rng):
        w.line(text, label)
        if echo:
            w.line(reply)
    if transaction:
        w.line("COMMIT;")
    return w.done()


def chat(event, rng: random.Random, others: list) -> object:
    kind, key, value, who = event.kind, event.key, event.value, event.kind.named(event.key)
    nicks = rng.sample(NICKS, 3)
    message = rng.choice({
        "give": (f"{statement(event, rng)}, just logged it", f"entered: {key} -> {value}", f"ok so {statement(event, rng)}"),
        "change": (cap(statement(event, rng)), f"update: {who} {event.old} -> {value}, done",
                   f"swapped {who} over from {event.old} to {value}"),
        "take_back": (cap(statement(event, rng)), f"pulled {value} off {who}, nothing replacing it",
                      f"{key}: {value} is withdrawn, leave it blank"),
    }[event.role])
    w = Writer("chat")
    w.line(f"#{kind.table.replace('_', '-')}")
    w.line(f"<{nicks[0]}> {rng.choice(('anything for the register?', 'morning all', 'who has the book today?'))}")
    extra = [(f"<{rng.choice(nicks)}> also {gives(kind, h, v, rng)}", None) for h, v in others]
    for text, label in _mixed((f"<{nicks[1]}> {message}", event.label), extra, rng):
        w.line(text, label)
    w.line(f"<{nicks[2]}> {rng.choice(('noted', 'ta', 'thanks, updating my copy', '👍'))}")
    return w.done()


# --- prose -----------------------------------------------------------------------------------------------------------

def _sentence(event, rng: random.Random, frames: tuple[str, ...]) -> tuple[str, str | None]:
    return rng.choice(frames).format(s=statement(event, rng), S=cap(statement(event, rng))), event.label


def _beside(kind, others: list, rng: random.Random, frames: tuple[str, ...]) -> list[tuple[str, None]]:
    return [(rng.choice(frames).format(s=gives(kind, h, v, rng)), None) for h, v in others]


def ticket(event, rng: random.Random, others: list) -> object:
    kind = event.kind
    w = Writer("ticket")
    w.line(f"#{rng.randint(100, 4999)} {rng.choice((f'{cap(kind.roles)} housekeeping', f'Update the {kind.table} register', 'Register corrections'))}")
    w.line(f"{rng.choice(NICKS)} commented:")
    said = _mixed(_sentence(event, rng, ("Done: {s}.", "{S}.", "Sorted, {s}.")), _beside(kind, others, rng, ("Same batch: {s}.", "And {s}.")), rng)
    w.paragraph(said, indent="  ")
    w.line(f"Status: {rng.choice(('resolved', 'closed as done', 'fixed'))}")
    return w.done()


def minutes(event, rng: random.Random, others: list) -> object:
    kind = event.kind
    w = Writer("minutes")
    w.line(f"{rng.choice(('Committee', 'Working group', 'Trustees', 'Steering group'))} minutes, meeting {rng.randint(2, 48)}")
    names = rng.sample(FOLK, 4)
    w.line(f"Present: {', '.join(names[:3])}; apologies from {names[3]}.")
    said = [(f"{rng.randint(2, 9)}. {cap(kind.roles)}.", None)]
    said += _mixed(_sentence(event, rng, ("It was recorded that {s}.", "The secretary reported that {s}.", "Agreed: {s}.")),
                   _beside(kind, others, rng, ("Under the same item, {s}.", "It was also noted that {s}.")), rng)
    said.append((rng.choice(("No other business was raised under this item.", "The chair thanked everyone for their patience.")), None))
    w.paragraph(said)
    return w.done()


def letter(event, rng: random.Random, others: list) -> object:
    kind = event.kind
    w = Writer("letter")
    w.line(f"Dear {rng.choice(FOLK)},")
    said = [(rng.choice(("Thank you for your note of last week.", "I write further to our telephone call.", "Following your enquiry, here is where things stand.")), None)]
    said += _mixed(_sentence(event, rng, ("I can confirm that {s}.", "This is to let you know that {s}.", "For your files, {s}.")),
                   _beside(kind, others, rng, ("For completeness, {s}.", "You may also wish to know that {s}.")), rng)
    said.append((rng.choice(("Do get in touch if anything is unclear.", "Please keep this letter with your records.")), None))
    w.paragraph(said)
    w.line(rng.choice(("Yours sincerely,", "With kind regards,", "Yours faithfully,"))).line(person(rng))
    return w.done()


def memo(event, rng: random.Random, others: list) -> object:
    kind = event.kind
    w = Writer("memo")
    w.line("MEMO").line(f"To: {rng.choice(('all staff', 'the register team', 'volunteers', 'duty officers'))}")
    w.line(f"From: {person(rng)}").line(f"Re: {kind.roles}")
    said = _mixed(_sentence(event, rng, ("With immediate effect, {s}.", "Please note that {s}.", "For the avoidance of doubt, {s}.")),
                  _beside(kind, others, rng, ("In addition, {s}.", "Separately, {s}.")), rng)
    said.append((rng.choice(("Questions to me, please.", "The master copy has been updated.")), None))
    w.paragraph(said)
    return w.done()


def clause(event, rng: random.Random, others: list) -> object:
    kind = event.kind
    n = rng.randint(2, 12)
    heading, unit = rng.choice(((f"Schedule {n} ({cap(kind.roles)}), as varied", "Schedule"), (f"Deed of variation, clause {n}", "clause"),
                                (f"Agreement for {kind.roles}, Part {n}", "Part")))
    w = Writer("clause")
    w.line(heading)
    w.line(f"{n}.1 In this {unit} the register means the register of {kind.roles} kept by the Keeper.")
    pieces = _mixed(_sentence(event, rng, ("The Parties record that {s}.", "With effect from signature, {s}.", "It is declared that {s}.")),
                    _beside(kind, others, rng, ("Likewise, {s}.", "The Parties further record that {s}.")), rng)
    for i, (text, label) in enumerate(pieces, start=2):
        w.put(f"{n}.{i} ").line(text, label)
    return w.done()


CODE_LIKE = {"csv_export": csv_export, "yaml_diff": yaml_diff, "git_log": git_log, "sql_script": sql_script, "chat": chat}
PROSE = {"ticket": ticket, "minutes": minutes, "letter": letter, "memo": memo, "clause": clause}
