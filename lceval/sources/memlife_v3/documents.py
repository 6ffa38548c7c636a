"""The documents an event is written into, each with its evidence span.

Prose documents carry the event as a sentence among ordinary lines: a
ticket's comment thread, release notes, a text-message exchange, a
voicemail transcript, a contract amendment, a diary entry, a lab notebook
page, a newspaper's corrections column. Record documents carry a write as a
row among other rows: CSV exports, JSON lines, a YAML register, a
change-request form. Each block marks exactly the text of its event.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from dataclasses import dataclass

from .events import LOOK_ALIKES, WRITES, Event, fill, long_date, sentence
from .keys import FIRST, KINDS, LAST, Values

ALL = (*WRITES, "mention", *LOOK_ALIKES)
SUPPORTS: dict[str, tuple[str, ...]] = {
    "ticket": ALL,
    "release_notes": (*WRITES, "negation", "example", "fixture", "scheduled"),
    "sms": (*WRITES, "forecast", "wish", "query", "negation", "scheduled"),
    "voicemail": (*WRITES, "mention", "forecast", "wish", "query", "negation", "scheduled"),
    "amendment": WRITES,
    "diary": (*WRITES, "mention", "forecast", "wish", "query", "negation"),
    "notebook": (*WRITES, "mention", "negation", "fixture", "query"),
    "corrections": (*WRITES, "negation"),
    "csv": WRITES,
    "jsonl": WRITES,
    "yaml": WRITES,
    "form": WRITES,
}

FILLERS = {
    "ticket": ("Reproduced on my side too.", "Looping in the facilities team.", "Can this go into the next sprint?",
               "Linked the duplicate and closed it.", "Photos attached below.", "Moving this to triage."),
    "release_notes": ("Start-up is faster on older laptops.", "The export dialog remembers the last folder.",
                      "No more crash when the print queue is empty.", "Updated Portuguese and Czech translations.",
                      "The legacy sync option is gone."),
    "sms": ("ok", "thanks!", "running ten minutes late", "did you see the email?", "call you after lunch", "sure thing"),
    "amendment": ("The Supplier keeps the premises insured at its own cost.", "Invoices are payable within thirty days.",
                  "Notices are given in writing to the addresses in Schedule 2.", "Neither party may assign this agreement."),
    "diary": ("Rain most of the afternoon.", "Finished the crossword for once.", "The dog next door barked past midnight.",
              "Made soup with the last of the leeks.", "Too tired to read much.", "Long call with my sister."),
    "notebook": ("Calibrated the balance.", "Gel running, ninety minutes.", "Cleaned the hood and logged the waste.",
                 "Reagent delivery arrived, put in the cold room.", "Coffee. Lots of it."),
}
GREETINGS = ("Hi, it's {who}.", "Hello, {who} here.", "Morning, this is {who} calling.")
SIGN_OFFS = ("Ring me back if that's unclear.", "Speak soon, bye.", "That's all, thanks.")
CORRECTIONS = {
    "set": "Our {earlier} edition left out {thing}. It is {value}.",
    "change": "Since our report of {earlier}, {thing} has changed from {old} to {value}.",
    "correct": "A report on {earlier} misprinted {thing} as {old}. It is {value}.",
    "withdraw": "Our {earlier} listing gave {thing} as {old}; it has since been cancelled and no replacement exists.",
}


@dataclass(frozen=True)
class Block:
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, label) within text
    fmt: str


class _Page:
    """Text built piece by piece, remembering where labelled pieces landed."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.size = 0

    def add(self, text: str, label: str | None = None) -> None:
        if label:
            self.spans.append((self.size, self.size + len(text), label))
        self.parts.append(text)
        self.size += len(text)

    def block(self, fmt: str) -> Block:
        return Block("".join(self.parts), tuple(self.spans), fmt)


def render(event: Event, rng: random.Random, day: dt.date, values: Values, avoid: str) -> Block:
    """``event`` in a document format that can carry it; rows about other keys are never of kind ``avoid`` (the asked key's)."""
    fmt = rng.choice([f for f, kinds in SUPPORTS.items() if event.kind in kinds])
    if fmt in RECORDS:
        return _records(fmt, event, rng, day, values, avoid)
    text = _correction(event, rng, day) if fmt == "corrections" else sentence(event, rng, day)
    return PROSE[fmt](text, event.label, rng, day)


# ---- prose documents -------------------------------------------------------------------------


def _lines(page: _Page, text: str, label: str | None, rng: random.Random, fillers: tuple[str, ...], prefix) -> None:
    """One line per filler plus the event's line at a random place; ``prefix(i)`` starts line ``i``."""
    others = rng.sample(fillers, rng.randint(1, 3))
    at = rng.randint(0, len(others))
    for i, line in enumerate([*others[:at], None, *others[at:]]):
        page.add("\n" + prefix(i))
        if line is None:
            page.add(text, label)
        else:
            page.add(line)


def _ticket(text, label, rng, day):
    page = _Page()
    page.add(f"Ticket {rng.choice(('OPS', 'FAC', 'LAB', 'IT'))}-{rng.randint(100, 9999)} | status: {rng.choice(('open', 'in progress', 'waiting'))}")
    handles = [f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}" for _ in range(4)]
    _lines(page, text, label, rng, FILLERS["ticket"], lambda i: f"Comment {i + 1} by {handles[i]} ({day:%d %b}): ")
    return page.block("ticket")


def _release_notes(text, label, rng, day):
    page = _Page()
    page.add(f"Release {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} ({day.isoformat()})\nWhat changed:")
    _lines(page, text, label, rng, FILLERS["release_notes"], lambda i: "  * ")
    return page.block("release_notes")


def _sms(text, label, rng, day):
    page = _Page()
    friend = rng.choice(FIRST)
    page.add(f"Messages with {friend}, {day:%a %d %b}")
    start = rng.randint(7 * 60, 20 * 60)
    _lines(page, text, label, rng, FILLERS["sms"], lambda i: f"{rng.choice((friend, 'me'))} {_clock(start + 7 * i, ':')} > ")
    return page.block("sms")


def _voicemail(text, label, rng, day):
    page = _Page()
    who = rng.choice(FIRST)
    page.add(f"Voicemail transcript ({day.isoformat()}, {rng.randint(8, 19)}:{rng.randint(0, 59):02d}, {rng.randint(11, 95)} s)\n\"")
    page.add(rng.choice(GREETINGS).format(who=who) + " ")
    page.add(text, label)
    page.add(" " + rng.choice(SIGN_OFFS) + "\"")
    return page.block("voicemail")


def _amendment(text, label, rng, day):
    page = _Page()
    page.add(f"AMENDMENT NO. {rng.randint(2, 9)} to the {rng.choice(('Services', 'Lease', 'Supply', 'Maintenance'))} Agreement, signed {long_date(day)}")
    clause = rng.randint(3, 18)
    others = rng.sample(FILLERS["amendment"], 2)
    page.add(f"\n{clause}. {others[0]}")
    page.add(f"\n{clause + 1}. Clause {clause + 1} is amended to read: \"")
    page.add(text, label)
    page.add(f"\"\n{clause + 2}. {others[1]}\nIn all other respects the agreement continues unchanged.")
    return page.block("amendment")


def _diary(text, label, rng, day):
    page = _Page()
    page.add(f"{day:%A} {long_date(day)}.\n")
    before, after = rng.sample(FILLERS["diary"], 2)
    page.add(before + " ")
    page.add(text, label)
    page.add(" " + after)
    return page.block("diary")


def _notebook(text, label, rng, day):
    page = _Page()
    page.add(f"NB p.{rng.randint(12, 190)} / {day.isoformat()} / initials {rng.choice(FIRST)[0]}{rng.choice(LAST)[0]}")
    start = rng.randint(8 * 60, 12 * 60)
    _lines(page, text, label, rng, FILLERS["notebook"], lambda i: f"{_clock(start + 35 * i, '')}h  ")
    return page.block("notebook")


def _clock(minutes: int, sep: str) -> str:
    return f"{minutes // 60:02d}{sep}{minutes % 60:02d}"


def _corrections(text, label, rng, day):
    page = _Page()
    page.add(f"CORRECTIONS AND CLARIFICATIONS, {long_date(day)}\n")
    page.add(text, label)
    page.add(" " + rng.choice(("We apologise for the error.", "We regret the mistake.", "The online version has been fixed.")))
    return page.block("corrections")


def _correction(event: Event, rng: random.Random, day: dt.date) -> str:
    earlier = day - dt.timedelta(days=rng.randint(1, 6))
    if event.kind in CORRECTIONS:
        return fill(CORRECTIONS[event.kind].replace("{earlier}", long_date(earlier)), event, rng, day)
    return sentence(event, rng, day)


PROSE = {"ticket": _ticket, "release_notes": _release_notes, "sms": _sms, "voicemail": _voicemail,
         "amendment": _amendment, "diary": _diary, "notebook": _notebook, "corrections": _corrections}


# ---- record documents ------------------------------------------------------------------------


def _record(event: Event, rng: random.Random) -> dict[str, str]:
    """The event as a row: subject, field, value, status, remark."""
    if event.kind == "set":
        value, status, remark = event.value, rng.choice(("active", "current", "in force")), rng.choice(("", "first entry", "checked"))
    elif event.kind == "change":
        value, status = event.value, rng.choice(("active", "current", "in force"))
        remark = rng.choice((f"was {event.old}", f"replaces {event.old}", f"{event.old} retired"))
    elif event.kind == "correct":
        value, status = event.value, rng.choice(("active", "current", "in force"))
        remark = rng.choice((f"typo fixed, not {event.old}", f"corrected from {event.old}", f"{event.old} was a misprint"))
    else:
        value, status = rng.choice(("", "n/a", f"~~{event.value}~~")), rng.choice(("void", "annulled", "deleted", "pulled"))
        remark = rng.choice(("no replacement", "none issued", f"{event.value} revoked, left empty", "intentionally blank"))
    return {"subject": event.key.subject, "field": event.key.field, "value": value, "status": status, "remark": remark}


def _other_rows(event: Event, rng: random.Random, values: Values, avoid: str) -> list[dict[str, str]]:
    """Rows about unrelated keys of other kinds (than the event's and ``avoid``), around the event's row."""
    rows = []
    for kind in rng.sample([k for k in sorted(KINDS) if k not in (event.key.kind, avoid)], rng.randint(1, 3)):
        spec = KINDS[kind]
        rows.append({"subject": spec.subjects(rng)[0], "field": spec.field(rng), "value": values.new(spec.value),
                     "status": "active", "remark": ""})
    return rows


def _records(fmt: str, event: Event, rng: random.Random, day: dt.date, values: Values, avoid: str) -> Block:
    rows = [] if fmt == "form" else _other_rows(event, rng, values, avoid)  # a form holds one request
    at = rng.randint(0, len(rows))
    rows.insert(at, _record(event, rng))
    page = _Page()
    RECORDS[fmt](page, rows, at, event, rng, day)
    return page.block(fmt)


def _csv(page, rows, at, event, rng, day):
    page.add(f"{rng.choice(('register', 'assets', 'allocations'))}_{day:%Y%m%d}.csv\nsubject,field,value,status,remark")
    for i, row in enumerate(rows):
        page.add("\n")
        line = io.StringIO()
        csv.writer(line, lineterminator="").writerow(row.values())
        page.add(line.getvalue(), event.label if i == at else None)


def _jsonl(page, rows, at, event, rng, day):
    page.add(f"$ tail -n {len(rows)} {rng.choice(('registry', 'changes', 'ledger'))}.jsonl")
    first = rng.randint(1000, 9000)
    for i, row in enumerate(rows):
        page.add("\n")
        page.add(json.dumps({"id": first + i, **row, "at": day.isoformat()}), event.label if i == at else None)


def _yaml(page, rows, at, event, rng, day):
    page.add(f"# register export, revision {rng.randint(10, 400)}, {day.isoformat()}\nentries:")
    for i, row in enumerate(rows):
        page.add("\n")
        lines = [f"{'  - ' if k == 'subject' else '    '}{k}: {json.dumps(v)}" for k, v in row.items()]
        page.add("\n".join(lines), event.label if i == at else None)


def _form(page, rows, at, event, rng, day):
    row = rows[at]
    action = {"set": "assign", "change": "replace", "correct": "fix a typo", "withdraw": "cancel, no replacement"}[event.kind]
    page.add(f"CHANGE REQUEST FORM 7B  ref CR-{rng.randint(1000, 9999)}\nDate: {day.isoformat()}\nRequested by: {rng.choice(FIRST)} {rng.choice(LAST)}\n")
    new_value = row["value"] if event.kind != "withdraw" else "(none)"
    details = [f"Subject: {row['subject']}", f"Field: {row['field']}", f"Action: {action}", f"New value: {new_value}"]
    if event.kind != "set":
        details.append(f"Previous value: {event.old or event.value}")
    page.add("\n".join(details), event.label)
    page.add(f"\nApproved by: {rng.choice(FIRST)} {rng.choice(LAST)}")


RECORDS = {"csv": _csv, "jsonl": _jsonl, "yaml": _yaml, "form": _form}
