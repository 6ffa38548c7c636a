"""memlife_v10's documents: each event becomes one small document whose deciding line (if any) is one span.

Records (a Makefile, protobuf text, a tab-separated export, an ASN.1-style value dump, a museum loan
register, a sign-up sheet) write, change and withdraw in their own syntax; prose (a parish magazine
notice, a theatre programme insert, a Markdown definition list, a village-show judge's notes) carries the
sentences of ``wording``. Look-alikes and asides only ever appear in prose.
"""

from __future__ import annotations

import dataclasses
import random
import re

from ..memlife_common.sampling import Document
from .keys import KeyKind
from .wording import ASIDES, CHANGES, FILLER, LOOKALIKES, WITHDRAWALS, WRITES, fill


@dataclasses.dataclass(frozen=True)
class Event:
    """One thing that happens to a holder: ``role`` is write, change, withdraw, lookalike or aside.
    ``label`` names the evidence span ("" when the line decides nothing)."""

    role: str
    kind: KeyKind
    holder: str
    value: str
    old: str = ""
    label: str = ""
    template: str = ""  # look-alikes: which one (so a sample never repeats one)


def _doc(fmt: str, before: list[str], line: str, after: list[str], label: str) -> Document:
    """Lines around one deciding ``line``; the span covers that line when ``label`` is set."""
    head = "".join(f"{b}\n" for b in before)
    text = head + line + "".join(f"\n{a}" for a in after)
    spans = ((len(head), len(head) + len(line), label),) if label else ()
    return Document(fmt, text, spans)


def _slug(holder: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", holder.upper()).strip("_")


def _makefile(e: Event, rng: random.Random) -> Document:
    var = f"{_slug(e.kind.name)}__{_slug(e.holder)}"
    line = {
        "write": f"{var} := {e.value}  # {e.holder}",
        "change": f"{var} := {e.value}  # {e.holder} left {e.old} for this one",
        "withdraw": f"undefine {var}  # {e.holder} keeps no {e.kind.thing}; {e.value} is open again",
    }[e.role]
    return _doc("makefile", [f"# {e.kind.thing}s, kept by hand; run `make list` to print them", ".PHONY: list"], line,
                ["list:", "\t@$(foreach v,$(filter %__%,$(.VARIABLES)),echo $(v)=$($(v));)"], e.label)


def _protobuf(e: Event, rng: random.Random) -> Document:
    field = _slug(e.kind.name).lower()
    line = {
        "write": f'booking {{ holder: "{e.holder}" {field}: "{e.value}" }}',
        "change": f'booking {{ holder: "{e.holder}" {field}: "{e.value}" note: "left {e.old}" }}',
        "withdraw": f'ended_booking {{ holder: "{e.holder}" {field}: "{e.value}" follow_up: NONE }}',
    }[e.role]
    return _doc("protobuf_text", [f"# proto-file: bookings.proto", f"# proto-message: {_slug(e.kind.name).title().replace('_', '')}Book"],
                line, [f"generated_by: \"desk-{rng.randint(2, 9)}\""], e.label)


def _tsv(e: Event, rng: random.Random) -> Document:
    line = {
        "write": f"{e.holder}\t{e.value}\tbooked",
        "change": f"{e.holder}\t{e.value}\tleft {e.old}",
        "withdraw": f"{e.holder}\t{e.value}\tended; holds no {e.kind.thing} now",
    }[e.role]
    return _doc("tsv_export", [f"{e.kind.role}\t{e.kind.thing}\tremark"], line, [], e.label)


def _asn1(e: Event, rng: random.Random) -> Document:
    line = {
        "write": f'  entry ::= {{ holder "{e.holder}", place "{e.value}", state active }}',
        "change": f'  entry ::= {{ holder "{e.holder}", place "{e.value}", state active, left "{e.old}" }}',
        "withdraw": f'  entry ::= {{ holder "{e.holder}", place "{e.value}", state ended, successor NULL }}',
    }[e.role]
    return _doc("asn1_dump", [f"-- value dump, {e.kind.thing} table, record {rng.randint(100, 999)}"], line.lstrip(), ["-- end of dump"], e.label)


def _loan_register(e: Event, rng: random.Random) -> Document:
    no = f"No. {rng.randint(100, 9999):04d}."
    line = {
        "write": f"{no} {e.kind.thing.capitalize()} {e.value} entered against {e.holder}.",
        "change": f"{no} {e.holder} leaves {e.old}; {e.value} entered from this date.",
        "withdraw": f"{no} Entry for {e.holder} ends; {e.value} goes unclaimed and no other is entered.",
    }[e.role]
    return _doc("loan_register", [f"LOAN AND PLACEMENT REGISTER ({e.kind.thing}s)"], line, ["Checked by the registrar."], e.label)


def _signup(e: Event, rng: random.Random) -> Document:
    dots = "." * rng.randint(6, 14)
    line = {
        "write": f"{e.holder} {dots} {e.value}",
        "change": f"{e.holder} {dots} {e.value}   (came over from {e.old})",
        "withdraw": f"{e.holder} {dots} no {e.kind.thing} - finished with {e.value}",
    }[e.role]
    return _doc("signup_sheet", [f"SIGN-UP SHEET: {e.kind.thing}s (write clearly, one line each)"], line, [], e.label)


def _sentence(e: Event, rng: random.Random) -> str:
    templates = {"write": WRITES, "change": CHANGES, "withdraw": WITHDRAWALS, "aside": ASIDES}.get(e.role)
    template = e.template or rng.choice(templates)
    k = e.kind
    return fill(template, h=e.holder, v=e.value, o=e.old, t=k.thing, r=k.role, their=k.their)


def _paragraph(fmt: str, title: str):
    def render(e: Event, rng: random.Random) -> Document:
        before, after = rng.sample(FILLER, 2)
        sentence = _sentence(e, rng)
        doc = _doc(fmt, [title], f"{before} {sentence} {after}", [], "")
        start = len(title) + 1 + len(before) + 1
        return dataclasses.replace(doc, spans=((start, start + len(sentence), e.label),) if e.label else ())

    return render


def _definition_list(e: Event, rng: random.Random) -> Document:
    sentence = _sentence(e, rng)
    doc = _doc("definition_list", [f"### {e.kind.thing.capitalize()} notes", "", e.holder], f": {sentence}", [], "")
    start = len(doc.text) - len(sentence)
    return dataclasses.replace(doc, spans=((start, len(doc.text), e.label),) if e.label else ())


RECORDS = {"makefile": _makefile, "protobuf_text": _protobuf, "tsv_export": _tsv, "asn1_dump": _asn1,
           "loan_register": _loan_register, "signup_sheet": _signup}
PROSE = {
    "parish_notice": _paragraph("parish_notice", "FROM THE PARISH MAGAZINE: NOTICES"),
    "programme_insert": _paragraph("programme_insert", "Programme insert - please read before the performance"),
    "judge_notes": _paragraph("judge_notes", "Village show, judge's notes (not for the prize list)"),
}
STATEMENTS = {**RECORDS, "parish_notice": PROSE["parish_notice"], "programme_insert": PROSE["programme_insert"],
              "definition_list": _definition_list}


def render(event: Event, rng: random.Random) -> Document:
    """``event`` as one document: writes, changes and withdrawals in any format, look-alikes and asides in prose."""
    if event.role in ("lookalike", "aside"):
        return rng.choice(list(PROSE.values()))(event, rng)
    return rng.choice(list(STATEMENTS.values()))(event, rng)
