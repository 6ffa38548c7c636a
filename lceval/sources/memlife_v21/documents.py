"""Each event becomes one small document in one of thirteen formats.

Seven record formats, one record a line (the deciding line names holder and value, and the old value on a
replacement): a TOML table, an SQL migration, a pipe-delimited register message, a shipping-style manifest, a ledger
folio with struck-out and entered columns, a protocol-buffer text batch and a Makefile fragment. Six prose formats,
whose deciding sentence comes from ``statements``: a chat-thread export, a counter receipt, a form letter, a kanban
card, an office day-book page and a text message.

A real record lists 0-2 other holders beside its own (``others``, given by ``memlife_common.with_a_stranger``). A
look-alike renders in any format: in prose as its own sentence, in a record format as a record whose reason is either
a comment at the end of its line or a note line of its own in the same document. An aside renders in its genre's
frame (``asides``). Only a labelled event's deciding line or sentence is a span."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES
from .statements import BESIDE, CHANGE, GIVE, TAKE_BACK

__all__ = ["Event", "RECORD_FORMATS", "SENTENCE_FORMATS", "render"]


class _Text:
    """A document built piece by piece; a labelled piece becomes a span."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.size = 0

    def add(self, text: str, label: str | None = None) -> "_Text":
        if label:
            self.spans.append((self.size, self.size + len(text), label))
        self.parts.append(text)
        self.size += len(text)
        return self

    def done(self, fmt: str) -> Document:
        return Document(fmt, "".join(self.parts), tuple(self.spans))


CLERKS = ["R.T.", "M.O.", "J.K.", "A.B.", "S.W.", "E.P.", "H.L.", "D.V."]
PEOPLE = ["Marguerite", "Osei", "Bronwen", "Tadeusz", "Imelda", "Kwame", "Solveig", "Rupert", "Anouk", "Cillian"]
HANDLES = ["mara.l", "ozzie_k", "bron", "tad.w", "imelda.p", "kwame", "sol.v", "rupe"]


# Record formats: (head lines, a record line, a comment at the end of a line, a note line, tail lines).
@dataclass(frozen=True)
class RecordFormat:
    head: Callable[[Kind, random.Random], list[str]]
    line: Callable[[str, Kind, str, str, str | None], str]  # (role, kind, holder, value, old)
    comment: Callable[[str], str]
    note: Callable[[str], str]
    tail: Callable[[Kind, random.Random], list[str]]


def _toml(role, k, h, v, old):
    if role == "change":
        return f'"{h}" = "{v}"  # replaces "{old}"'
    if role == "take_back":
        return f'"{h}" = ""  # "{v}" withdrawn, slot left empty'
    return f'"{h}" = "{v}"'


def _sql(role, k, h, v, old):
    table = f"{k.name}_register"
    if role == "change":
        return f"UPDATE {table} SET {k.field} = '{v}' WHERE holder = '{h}' AND {k.field} = '{old}';"
    if role == "take_back":
        return f"DELETE FROM {table} WHERE holder = '{h}' AND {k.field} = '{v}';  -- withdrawn, row stays gone"
    return f"INSERT INTO {table} (holder, {k.field}) VALUES ('{h}', '{v}');"


def _pipe(role, k, h, v, old):
    if role == "change":
        return f"OBX|ST|{k.field.upper()}|{h}|{v}|in place of {old}|C"
    if role == "take_back":
        return f"OBX|ST|{k.field.upper()}|{h}|{v}|withdrawn, field emptied|D"
    return f"OBX|ST|{k.field.upper()}|{h}|{v}|first entry|F"


def _manifest(role, k, h, v, old):
    if role == "change":
        return f"{h} | {v} | in place of {old}"
    if role == "take_back":
        return f"{h} | {v} | withdrawn, slot empty"
    return f"{h} | {v} | new entry"


def _ledger(role, k, h, v, old):
    if role == "change":
        return f"{h} | {k.role} {old} | {k.role} {v}"
    if role == "take_back":
        return f"{h} | {k.role} {v} | (withdrawn, left blank)"
    return f"{h} | | {k.role} {v}"


def _pbtxt(role, k, h, v, old):
    if role == "change":
        return f'entries {{ holder: "{h}" {k.field}: "{v}" replaces: "{old}" }}'
    if role == "take_back":
        return f'entries {{ holder: "{h}" {k.field}: "{v}" state: WITHDRAWN_EMPTY }}'
    return f'entries {{ holder: "{h}" {k.field}: "{v}" }}'


def _make(role, k, h, v, old):
    if role == "change":
        return f"{h}.{k.field} := {v}  # replaces {old}"
    if role == "take_back":
        return f"undefine {h}.{k.field}  # withdraws {v}; left unset"
    return f"{h}.{k.field} := {v}"


def _n(rng: random.Random, low: int = 100, high: int = 999) -> int:
    return rng.randint(low, high)


RECORDS: dict[str, RecordFormat] = {
    "toml": RecordFormat(
        lambda k, rng: [f"# {k.office}: {k.field} table, revision {_n(rng, 2, 90)}", f"[{k.field}]"], _toml,
        lambda note: f"  # {note}", lambda note: f"# {note}",
        lambda k, rng: ["[signature]", f'clerk = "{rng.choice(CLERKS)}"']),
    "sql_migration": RecordFormat(
        lambda k, rng: [f"-- {k.office}: migration {_n(rng, 1000, 9999)}_{k.name}_register.sql", "BEGIN;"], _sql,
        lambda note: f"  -- {note}", lambda note: f"-- {note}",
        lambda k, rng: ["COMMIT;"]),
    "pipe_message": RecordFormat(
        lambda k, rng: [f"MSH|^~\\&|{k.name.upper()}DESK|REGISTER|ORU^R01|{_n(rng, 10000, 99999)}|P"], _pipe,
        lambda note: f"|NTE {note}", lambda note: f"NTE|1|{note}",
        lambda k, rng: [f"ZSG|sent by {rng.choice(CLERKS)}"]),
    "manifest": RecordFormat(
        lambda k, rng: [f"MANIFEST No. {_n(rng)}, {k.office}", f"HOLDER | {k.role.upper()} | REMARKS"], _manifest,
        lambda note: f" ({note})", lambda note: f"Remarks: {note}",
        lambda k, rng: [f"Checked and sealed by {rng.choice(CLERKS)}"]),
    "ledger": RecordFormat(
        lambda k, rng: [f"{k.office.capitalize()} ledger, folio {_n(rng, 10, 400)}", "holder | Dr (struck out) | Cr (entered)"],
        _ledger, lambda note: f" [{note}]", lambda note: f"Memo: {note}",
        lambda k, rng: [f"Folio balanced, {rng.choice(CLERKS)}"]),
    "text_proto": RecordFormat(
        lambda k, rng: [f"# proto-file: {k.name}_register.proto", f"# message: RegisterBatch {_n(rng)}"], _pbtxt,
        lambda note: f"  # {note}", lambda note: f"# {note}",
        lambda k, rng: [f'signed_by: "{rng.choice(CLERKS)}"']),
    "makefile": RecordFormat(
        lambda k, rng: [f"# {k.office} register, included by the top-level Makefile"], _make,
        lambda note: f"  # {note}", lambda note: f"# {note}",
        lambda k, rng: [f".PHONY: register-{_n(rng)}"]),
}
RECORD_FORMATS: tuple[str, ...] = tuple(RECORDS)


def _fill(template: str, kind: Kind, holder: str, value: str, old: str | None = None) -> str:
    return template.format(thing=kind.thing(holder), Thing=kind.Thing(holder), role=kind.role, value=value, old=old,
                           office=kind.office)


def _record(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]], note: str | None) -> Document:
    spec, k = RECORDS[fmt], event.kind
    own = spec.line("give" if event.role == "lookalike" else event.role, k, event.key, event.value, event.old)
    head = spec.head(k, rng)
    if note is not None:
        if rng.random() < 0.5:
            own += spec.comment(note)
        else:
            head.append(spec.note(note))
    lines: list[tuple[str, str | None]] = [(spec.line("give", k, h, v, None), None) for h, v in others]
    lines.insert(rng.randint(0, len(lines)), (own, event.label))
    text = _Text()
    for line in head:
        text.add(line + "\n")
    for line, label in lines:
        text.add(line, label).add("\n")
    text.add("\n".join(spec.tail(k, rng)))
    return text.done(fmt)


# Prose formats: each lays out the deciding sentence and the sentences about the others in its own way.
def _chat(text: _Text, k: Kind, rng: random.Random, main: tuple[str, str | None], beside: list[str]) -> None:
    first, second = rng.sample(HANDLES, 2)
    text.add(f"#{k.name}-desk, thread export\n{first}: anything new for the {k.noun} book?\n{second}: ")
    text.add(*main).add("\n")
    for sentence in beside:
        text.add(f"{second}: {sentence}\n")
    text.add(f"{first}: thanks, copied across :+1:")


def _receipt(text: _Text, k: Kind, rng: random.Random, main, beside) -> None:
    text.add(f"==== {k.office.upper()} COUNTER ====\nReceipt {_n(rng, 1000, 9999)}, clerk {rng.choice(CLERKS)}\n")
    text.add(*main)
    for sentence in beside:
        text.add(" " + sentence)
    text.add(f"\nFee paid: {rng.randint(2, 40)}.00\nKeep this receipt with your papers.")


def _letter(text: _Text, k: Kind, rng: random.Random, main, beside) -> None:
    who, signer = rng.sample(PEOPLE, 2)
    text.add(f"Dear {who},\nWe write on behalf of the {k.office}. ")
    text.add(*main)
    for sentence in beside:
        text.add(" " + sentence)
    text.add(f"\nYours faithfully,\n{signer}, registrar")


def _kanban(text: _Text, k: Kind, rng: random.Random, main, beside) -> None:
    text.add(f"KANBAN / {k.office} board / column DONE\nCard {_n(rng)}: tidy the {k.noun} entries\n")
    text.add(*main).add("\n")
    for sentence in beside:
        text.add(sentence + "\n")
    text.add(f"Assignee: {rng.choice(PEOPLE)}; moved by {rng.choice(HANDLES)}")


def _daybook(text: _Text, k: Kind, rng: random.Random, main, beside) -> None:
    text.add(f"Day-book of the {k.office}, page {_n(rng, 10, 300)}.\n")
    text.add(*main)
    for sentence in beside:
        text.add(" " + sentence)
    text.add(f" Weather {rng.choice(['fair', 'blustery', 'grey', 'bright'])}, kettle mended.\n{rng.choice(CLERKS)}")


def _text_message(text: _Text, k: Kind, rng: random.Random, main, beside) -> None:
    text.add(f"Text message from {rng.choice(PEOPLE)} (07700 9{_n(rng, 10000, 99999)}):\n")
    text.add(*main)
    for sentence in beside:
        text.add(" " + sentence)
    text.add('\nReply: "Got it, ta."')


PROSE: dict[str, Callable] = {"chat_thread": _chat, "receipt": _receipt, "form_letter": _letter, "kanban_card": _kanban,
                              "day_book": _daybook, "text_message": _text_message}
SENTENCE_FORMATS: tuple[str, ...] = tuple(PROSE)
FORMATS = RECORD_FORMATS + SENTENCE_FORMATS
BANKS = {"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK}


def _aside(event: Event) -> Document:
    frame, wordings = ASIDES[event.template]
    before, after = frame.split("{told}")
    told = _fill(wordings[event.variant], event.kind, event.key, event.value)
    return _Text().add(before).add(told, event.label).add(after).done(event.template)


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document, ``others`` (holder, value) listed beside a real record."""
    if event.role == "passing":
        return _aside(event)
    fmt = rng.choice(FORMATS)
    note = None
    if event.role == "lookalike":
        lookalike = LOOKALIKES[event.template]
        if fmt in RECORDS:
            note = lookalike.note
        else:
            sentence = _fill(rng.choice(lookalike.wordings), event.kind, event.key, event.value)
    else:
        sentence = _fill(rng.choice(BANKS[event.role]), event.kind, event.key, event.value, event.old)
    if fmt in RECORDS:
        return _record(fmt, event, rng, others, note)
    beside = [_fill(rng.choice(BESIDE), event.kind, h, v) for h, v in others]
    text = _Text()
    PROSE[fmt](text, event.kind, rng, (sentence, event.label), beside)
    return text.done(fmt)
