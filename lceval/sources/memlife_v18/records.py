"""Thirteen kinds of paper a register's news arrives on. Each ``write_<format>(kind, event, rng, others)`` returns the
document's lines and the index of the line that says what happened to the event's holder (the deciding line); the
other holders the paper lists (``others``, pairs of holder and value that did not move) get lines of their own.

Formats: a YAML manifest, a fixed-width register report, a radio logbook, a docket entry, a counter receipt, a
telegraphed order, a card moved on a task board, a radio transcript, a bill of lading, an SMS thread, a transcribed
handwritten note, a JSON-lines event and a changelog.
"""

from __future__ import annotations

import json
import random

from .statements import CHANGE, GIVE, OTHER, TAKE_BACK, cap

__all__ = ["WRITERS", "clock", "date", "fill", "initials", "statement"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PEOPLE = ["Bronagh", "Teodor", "Maggie", "Idris", "Priya", "Callum", "Wren", "Osei", "Agata", "Lorcan", "Signe", "Dev"]


def date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"


def clock(rng: random.Random, seconds: bool = False) -> str:
    base = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    return f"{base}:{rng.randint(0, 59):02d}" if seconds else base


def initials(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTW") + "." + rng.choice("ABCDEFGHJKLMNPRSTW") + "."


def fill(template: str, kind, key: str, value: str, old: str | None = None) -> str:
    return cap(template.format(T=kind.thing(key), K=key, R=kind.role, V=value, O=old))


def statement(kind, event, rng: random.Random) -> str:
    """One sentence (or two on one line) saying what the event did to its holder."""
    bank = {"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK}[event.role]
    return fill(rng.choice(bank), kind, event.key, event.value, event.old)


def _others(kind, others, rng: random.Random) -> list[str]:
    return [fill(rng.choice(OTHER), kind, k, v) for k, v in others]


def _mixed(rng: random.Random, head: list[str], mine: str, beside: list[str], tail: list[str],
           stamps: list[str] | None = None) -> tuple[list[str], int]:
    """``head``, then ``mine`` at a random place among ``beside``, then ``tail``: the lines and where ``mine`` is.
    With ``stamps``, each line of the body and tail starts with the next of them (``{}`` in the line)."""
    at = rng.randint(0, len(beside))
    body = beside[:at] + [mine] + beside[at:] + tail
    if stamps is not None:
        body = [line.replace("{}", stamp, 1) for line, stamp in zip(body, sorted(stamps))]
    return head + body, len(head) + at


def _stamps(rng: random.Random, n: int, seconds: bool = False) -> list[str]:
    return [clock(rng, seconds) for _ in range(n)]


def write_yaml(kind, event, rng, others):
    note = {"give": "new entry", "change": f"was {event.old}", "take_back": f"{event.value} withdrawn, left empty"}[event.role]
    value = "~" if event.role == "take_back" else event.value
    mine = f"  {event.key}: {value}  # {note}"
    head = [f"# {kind.office} manifest, revision {rng.randint(12, 340)}", f"{kind.role.replace(' ', '_')}_by_{kind.plural[:-1]}:"]
    return _mixed(rng, head, mine, [f"  {k}: {v}" for k, v in others], [])


def write_fixed_width(kind, event, rng, others):
    prior, now, code = {"give": ("(none)", event.value, "NEW"), "change": (event.old, event.value, "REPL"),
                        "take_back": (event.value, "(vacant)", "WDRN")}[event.role]
    row = lambda k, p, n, c: f"{k:<12}{p:<28}{n:<28}{c}"
    head = [f"RPT{rng.randint(100, 999)}  {kind.office.upper()} REGISTER EXTRACT  {date(rng).upper()}   PAGE {rng.randint(1, 9):03d}",
            row("HOLDER", "BEFORE", "AFTER", "ACT"), row("-" * 10, "-" * 26, "-" * 26, "----")]
    tail = ["ACT: NEW first entry / REPL replaced / WDRN withdrawn, nothing put in its place / KEEP no movement"]
    return _mixed(rng, head, row(event.key, prior, now, code), [row(k, v, v, "KEEP") for k, v in others], tail)


def write_logbook(kind, event, rng, others):
    head = [f"LOGBOOK, {kind.office}, {date(rng)}", "TIME   OP    REMARKS"]
    op = lambda: rng.choice(PEOPLE)[:3].upper()
    beside = [f"{{}}  {op()}   {line}" for line in _others(kind, others, rng)]
    return _mixed(rng, head, f"{{}}  {op()}   {statement(kind, event, rng)}", beside, [], _stamps(rng, len(beside) + 1))


def write_docket(kind, event, rng, others):
    head = [f"DOCKET No. {rng.randint(18, 29)}-{rng.randint(1000, 9999)}, {cap(kind.office)} hearing of {date(rng)}",
            f"Before {rng.choice(PEOPLE)} (chair). Application heard and determined."]
    beside = [f"NOTED: {line}" for line in _others(kind, others, rng)]
    return _mixed(rng, head, f"ORDERED: {statement(kind, event, rng)}", beside, ["Entered by the clerk."])


def write_receipt(kind, event, rng, others):
    item = {"give": f"{kind.role} issued, {event.key} -> {event.value}",
            "change": f"{kind.role} exchanged, {event.key}: {event.old} -> {event.value}",
            "take_back": f"{kind.role} surrendered, {event.key}: {event.value} returned, none issued"}[event.role]
    fee = rng.randint(0, 40)
    head = [f"*** {kind.office.upper()} COUNTER ***", f"Receipt {rng.randint(10000, 99999)}   {date(rng)} {clock(rng)}"]
    beside = [f"  0.00  no charge, {k} still on {v}" for k, v in others]
    return _mixed(rng, head, f"  {fee}.00  {item}", beside, [f"TOTAL {fee}.00   Thank you"])


def write_telegram(kind, event, rng, others):
    head = [f"ORDER No {rng.randint(10, 99)} TO ALL {kind.office.upper()} STAFF", f"FILED {clock(rng)} {date(rng).upper()}"]
    beside = [f"{line} STOP" for line in _others(kind, others, rng)]
    return _mixed(rng, head, f"{statement(kind, event, rng)} STOP", beside,
                  [f"REPEAT BACK ON RECEIPT STOP OPR {initials(rng)}"])


def write_board(kind, event, rng, others):
    head = [f"[{kind.office} board] card #{rng.randint(100, 999)} dragged from 'Doing' to 'Done' by {rng.choice(PEOPLE)}"]
    beside = [f"checklist: {line}" for line in _others(kind, others, rng)]
    return _mixed(rng, head, f"card text: {statement(kind, event, rng)}", beside, [f"due {date(rng)}, closed"])


def write_transcript(kind, event, rng, others):
    desk = kind.office.split()[-1].upper()
    stamps = sorted(_stamps(rng, len(others) + 3, True))
    head = [f"[{stamps.pop(0)}] {desk}: {cap(kind.office)} to all listeners, one item."]
    beside = [f"[{{}}] {desk}: {line}" for line in _others(kind, others, rng)]
    tail = [f"[{{}}] {rng.choice(PEOPLE).upper()}: Copied, thanks."]
    return _mixed(rng, head, f"[{{}}] {desk}: {statement(kind, event, rng)}", beside, tail, stamps)


def write_lading(kind, event, rng, others):
    status = {"give": f"{kind.role}: {event.value} | first consignment",
              "change": f"{kind.role}: {event.value} | supersedes {event.old}",
              "take_back": f"{kind.role}: {event.value} | recalled, none in its place"}[event.role]
    head = [f"BILL OF LADING  B/L {rng.randint(1000, 9999)}-{rng.choice('ABCDEF')}", f"Shipper: {kind.office}    Place of issue: dock office"]
    beside = [f"Marks {k} | {kind.role}: {v} | unchanged" for k, v in others]
    return _mixed(rng, head, f"Marks {event.key} | {status}", beside, ["Signed for the master."])


def write_sms(kind, event, rng, others):
    who = rng.choice(PEOPLE)
    stamps = sorted(_stamps(rng, len(others) + 3))
    head = [f"Messages with {who}", f"[{stamps.pop(0)}] {who}: quick one for the {kind.office}"]
    beside = [f"[{{}}] {who}: also, {line[0].lower() + line[1:]}" for line in _others(kind, others, rng)]
    return _mixed(rng, head, f"[{{}}] {who}: {statement(kind, event, rng)}", beside, ["[{}] Me: noted, ta"], stamps)


def write_note(kind, event, rng, others):
    head = [f"[transcribed from a handwritten note left at the {kind.office}, {date(rng)}]"]
    beside = [f"PS {line}" for line in _others(kind, others, rng)]
    return _mixed(rng, head, f"{statement(kind, event, rng)} ({initials(rng)})", beside, ["[end of note]"])


def write_jsonl(kind, event, rng, others):
    stamp = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{clock(rng, True)}Z"
    body = {"give": {"op": "assign", "holder": event.key, "value": event.value},
            "change": {"op": "reassign", "holder": event.key, "from": event.old, "to": event.value},
            "take_back": {"op": "revoke", "holder": event.key, "value": event.value, "replacement": None}}[event.role]
    mine = json.dumps({"ts": stamp, "register": kind.office, **body})
    beside = [json.dumps({"ts": stamp, "register": kind.office, "op": "unchanged", "holder": k, "value": v}) for k, v in others]
    return _mixed(rng, [], mine, beside, [])


def write_changelog(kind, event, rng, others):
    head = [f"## {kind.office} register {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} ({date(rng)})",
            {"give": "### Added", "change": "### Amended", "take_back": "### Removed"}[event.role]]
    beside = [f"- {line}" for line in _others(kind, others, rng)]
    return _mixed(rng, head, f"- {statement(kind, event, rng)}", beside, [])


WRITERS = {
    "yaml manifest": write_yaml,
    "fixed-width report": write_fixed_width,
    "logbook": write_logbook,
    "docket entry": write_docket,
    "counter receipt": write_receipt,
    "telegraphed order": write_telegram,
    "task board card": write_board,
    "radio transcript": write_transcript,
    "bill of lading": write_lading,
    "sms thread": write_sms,
    "handwritten note": write_note,
    "json lines": write_jsonl,
    "changelog": write_changelog,
}
