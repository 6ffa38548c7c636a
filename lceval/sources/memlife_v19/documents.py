"""Events and the small documents they are rendered as.

An ``Event`` is one thing that happens to a holder: a value given, a value replaced by another, a value taken back,
a look-alike that names a value but never took effect, or a value told in passing. ``render`` turns it into a
``Document``: a record format (``RECORD_FORMATS``: an XML fragment, an INI diff, a CSV with a header row, a
spreadsheet paste, a paper slip with ticked boxes, an invoice, a Markdown table, a log with severity levels) or a
prose format (``SENTENCE_FORMATS``: a shift handover, a phone call, an email thread with a quoted question, a sticky
note, a standing order) for the three real roles; its own document for a look-alike (``lookalikes``) or an aside
(``asides``). A labelled event's deciding span is one line (or the whole sentences on it) naming holder and value,
and on a change the old value too; an unlabelled one decides nothing. A real record also lists the strangers it is
given, on lines of their own.
"""

from __future__ import annotations

import random
from typing import Callable

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from . import statements

__all__ = ["Event", "RECORD_FORMATS", "SENTENCE_FORMATS", "render"]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PEOPLE = ["Hal", "Bettina", "Okello", "Roisin", "Sven", "Parveen", "Ludo", "Marguerite", "Tobiah", "Wren", "Anneke", "Dov"]


def date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"


def iso(rng: random.Random) -> str:
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 21):02d}:{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55)):02d}"


def person(rng: random.Random) -> str:
    return rng.choice(PEOPLE)


def initials(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTW") + "." + rng.choice("ABCDEFGHJKLMNPRSTW") + "."


def slug(text: str) -> str:
    return text.lower().replace("'", "").replace(" ", "-")


def sentence(bank: tuple[str, ...], event: Event, rng: random.Random) -> str:
    thing = event.kind.thing(event.key)
    text = rng.choice(bank).format(T=thing, V=event.value, O=event.old, R=event.kind.role)
    return text[0].upper() + text[1:]


def statement(event: Event, rng: random.Random) -> str:
    return sentence({"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}[event.role], event, rng)


def _rows(deciding: str, others: list[str], rng: random.Random) -> tuple[list[str], list[str]]:
    """Other rows before and after the deciding one, which takes a random place among them."""
    at = rng.randint(0, len(others))
    return others[:at], others[at:]


def _assemble(fmt: str, event: Event, head: str, indent: str, line: str, tail: str) -> Document:
    """``head`` (ending in a newline), then ``indent`` and the deciding ``line``, then ``tail`` (from a newline)."""
    before = head + indent
    text = before + line + tail
    spans = ((len(before), len(before) + len(line), event.label),) if event.label else ()
    return Document(fmt, text, spans)


def _lined(fmt: str, event: Event, rng: random.Random, top: list[str], line: str, others: list[str], bottom: list[str],
           indent: str = "") -> Document:
    above, below = _rows(line, others, rng)
    head = "".join(f"{row}\n" for row in top + above)
    tail = "".join(f"\n{row}" for row in below + bottom)
    return _assemble(fmt, event, head, indent, line, tail)


# ----- record formats -----

def xml(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    k, c = event.kind.name, slug(event.kind.column)
    line = {"give": f'<entry {k}="{event.key}" {c}="{event.value}" from="{iso(rng)}"/>',
            "change": f'<entry {k}="{event.key}" {c}="{event.value}" supersedes="{event.old}"/>',
            "take_back": f'<revoked {k}="{event.key}" {c}="{event.value}" leaves="vacant"/>'}[event.role]
    rows = [f'<entry {k}="{h}" {c}="{v}" from="{iso(rng)}"/>' for h, v in others]
    above, below = _rows(line, rows, rng)
    head = f'<register keeper="{event.kind.office}" batch="{rng.randint(100, 999)}">\n' + "".join(f"  {r}\n" for r in above)
    tail = "".join(f"\n  {r}" for r in below) + "\n</register>"
    return _assemble("xml fragment", event, head, "  ", line, tail)


def ini_diff(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    name = slug(event.kind.office) + ".ini"
    line = {"give": f"+{event.key} = {event.value}",
            "change": f"+{event.key} = {event.value}    ; replaces {event.old}",
            "take_back": f"-{event.key} = {event.value}    ; entry dropped, nothing assigned"}[event.role]
    top = [f"--- a/{name}", f"+++ b/{name}", f"@@ [{event.kind.name}s] @@"]
    return _lined("ini diff", event, rng, top, line, [f" {h} = {v}" for h, v in others], ["(merged by " + person(rng) + ")"])


def csv(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    day = iso(rng)
    line = {"give": f"{event.key},{event.value},,granted,{day}",
            "change": f"{event.key},{event.value},{event.old},granted,{day}",
            "take_back": f"{event.key},{event.value},,withdrawn - none now,{day}"}[event.role]
    header = f"{event.kind.name},{slug(event.kind.column)},previous,status,date"
    return _lined("csv with header", event, rng, [header], line, [f"{h},{v},,granted,{day}" for h, v in others], [])


def spreadsheet(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    line = {"give": f"{event.key}\t{event.value}\tnew from {date(rng)}",
            "change": f"{event.key}\t{event.value}\tin place of {event.old}",
            "take_back": f"{event.key}\t{event.value}\tcancelled, leave empty"}[event.role]
    top = [f"(pasted from the {event.kind.office} sheet, tab {rng.randint(1, 9)})", f"Ref\t{event.kind.column}\tRemarks"]
    return _lined("spreadsheet paste", event, rng, top, line, [f"{h}\t{v}\tno remarks" for h, v in others], [])


def slip(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    noun, col = event.kind.noun.capitalize(), event.kind.column
    boxes = {"give": "[x] New   [ ] Transfer   [ ] Surrender", "change": "[ ] New   [x] Transfer   [ ] Surrender",
             "take_back": "[ ] New   [ ] Transfer   [x] Surrender"}[event.role]
    line = {"give": f"{noun}: {event.key}   {col}: {event.value}",
            "change": f"{noun}: {event.key}   {col}: {event.value}   (formerly {event.old})",
            "take_back": f"{noun}: {event.key}   {col} surrendered: {event.value}   (none in its place)"}[event.role]
    top = [f"{event.kind.office.upper()} - SLIP No. {rng.randint(1000, 9999)}", boxes]
    rows = [f"Also on this slip, unchanged: {h} / {v}" for h, v in others]
    return _lined("ticked slip", event, rng, top, line, rows, [f"Received by {initials(rng)}   Date {date(rng)}"])


def invoice(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    kind = event.kind
    fee = f"{rng.randint(5, 90)}.{rng.choice(('00', '50', '25'))}"
    line = {"give": f"1    Assignment of {kind.noun} {event.key} to {event.value}  ....  {fee}",
            "change": f"1    Transfer of {kind.noun} {event.key} from {event.old} to {event.value}  ....  {fee}",
            "take_back": f"1    Release of {kind.noun} {event.key} ({event.value}), no {kind.role} after  ....  -{fee}"}[event.role]
    rows = [f"1    Annual charge, {kind.noun} {h} ({v})  ....  {rng.randint(5, 90)}.00" for h, v in others]
    top = [f"INVOICE {rng.randint(20000, 29999)} - {kind.office}   PAID", "Qty  Item  ....  Amount"]
    return _lined("invoice", event, rng, top, line, rows, ["Thank you. Please keep this copy."])


def markdown(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    kind = event.kind
    line = {"give": f"| {event.key} | {event.value} | - | issued |",
            "change": f"| {event.key} | {event.value} | {event.old} | replaces the earlier entry |",
            "take_back": f"| {event.key} | {event.value} (revoked) | - | now unassigned |"}[event.role]
    top = [f"### {kind.office.capitalize()} - week {rng.randint(1, 52)}", "",
           f"| {kind.noun.capitalize()} | {kind.column} | Before | Note |", "|---|---|---|---|"]
    return _lined("markdown table", event, rng, top, line, [f"| {h} | {v} | - | carried over |" for h, v in others], [])


def log(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    day, kind = iso(rng), event.kind
    stamp = f"{day}T{clock(rng)}:{rng.randint(10, 59)}Z"
    line = {"give": f"{stamp} INFO  {slug(kind.office)}: {event.key} -> {event.value} (new)",
            "change": f"{stamp} INFO  {slug(kind.office)}: {event.key} {event.old} -> {event.value}",
            "take_back": f"{stamp} WARN  {slug(kind.office)}: {event.key} released {event.value}; no {kind.role} held"}[event.role]
    rows = [f"{day}T{clock(rng)}:{rng.randint(10, 59)}Z DEBUG {slug(kind.office)}: verified {h} = {v}" for h, v in others]
    return _lined("severity log", event, rng, [], line, rows, [])


# ----- prose formats -----

def _other_sentences(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> list[str]:
    return [sentence(statements.GIVE, Event("give", event.kind, h, v), rng) for h, v in others]


def handover(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    shift = rng.choice(("Night to early", "Early to late", "Late to night"))
    top = [f"Handover, {event.kind.office} - {shift}, {date(rng)}",
           rng.choice(("- Quiet otherwise; kettle still leaks.", "- Two calls, neither urgent.", "- Printer jammed again."))]
    rows = [f"- {s}" for s in _other_sentences(event, rng, others)]
    return _lined("shift handover", event, rng, top, statement(event, rng), rows, [f"Signed off: {person(rng)}"], indent="- ")


def phone(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    a, b = rng.sample(PEOPLE, 2)
    top = [f"Call transcript, {clock(rng)}, {event.kind.office} line", f"{a}: {event.kind.office.capitalize()}, {a} speaking.",
           f"{b}: Hello, {a}. One for the register, if you have a pen."]
    rows = [f"{b}: And also: {s}" for s in _other_sentences(event, rng, others)]
    return _lined("phone call", event, rng, top, statement(event, rng), rows,
                  [f"{a}: Got that, it's going in now.", f"{b}: Cheers, bye."], indent=f"{b}: ")


def email(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    writer, asker = rng.sample(PEOPLE, 2)
    thing = event.kind.thing(event.key)
    top = [f"From: {writer} ({event.kind.office})", f"Subject: Re: {thing}", "", "Hi,"]
    rows = _other_sentences(event, rng, others)
    bottom = ["", f"Best, {writer}", "", f"> On {date(rng)}, {asker} wrote:", f"> Where do we stand with {thing}? Need it for the records."]
    return _lined("email thread", event, rng, top, statement(event, rng), rows, bottom)


def sticky(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    top = [f"[sticky note on the {event.kind.office} monitor]"]
    return _lined("sticky note", event, rng, top, statement(event, rng), _other_sentences(event, rng, others),
                  [f"- {initials(rng)} {clock(rng)}"])


def standing_order(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    top = [f"STANDING ORDER {rng.randint(10, 99)}/{rng.randint(1, 12)} - {event.kind.office}", "Until a later order says otherwise:"]
    return _lined("standing order", event, rng, top, statement(event, rng), _other_sentences(event, rng, others),
                  [f"Issued and countersigned {date(rng)}."])


WRITERS: dict[str, Callable[[Event, random.Random, list], Document]] = {
    "xml fragment": xml, "ini diff": ini_diff, "csv with header": csv, "spreadsheet paste": spreadsheet,
    "ticked slip": slip, "invoice": invoice, "markdown table": markdown, "severity log": log,
    "shift handover": handover, "phone call": phone, "email thread": email, "sticky note": sticky,
    "standing order": standing_order,
}
RECORD_FORMATS = ["xml fragment", "ini diff", "csv with header", "spreadsheet paste", "ticked slip", "invoice",
                  "markdown table", "severity log"]
SENTENCE_FORMATS = ["shift handover", "phone call", "email thread", "sticky note", "standing order"]


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as a small document; ``others`` (holder, value) are listed beside a real record's own line."""
    if event.role == "lookalike":
        from .lookalikes import LOOKALIKES
        fmt, text = LOOKALIKES[event.template](event, rng)
        return Document(fmt, text, ())
    if event.role == "passing":
        from .asides import told
        return told(event, rng)
    return WRITERS[rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)](event, rng, others)
