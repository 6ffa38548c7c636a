"""Each memlife_v6 event as one small document, in one of many formats.

Prose formats (notices, handover notes, pinned notes, kanban card activity,
caption files, prompt books, duty rosters) carry the event's sentence on a line
of its own; record formats (TOML, JSON-RPC, GraphQL, a terminal session,
S-expressions) write writes, changes and withdrawals in their own syntax; a
value told in passing sits in a paragraph of a write-up, newsletter, blog or
headnote. The deciding line (or sentence) of an event with a label becomes the
document's one evidence span.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.sampling import Document
from .keys import KeyKind
from .statements import CHANGES, WITHDRAWALS, WRITES, fill, passage

DRY_RUN = "a terminal command run with --dry-run"  # the one look-alike written as a record


@dataclass(frozen=True)
class Event:
    """Something said about ``key``'s place: role is write, change, withdraw, lookalike or passing."""

    role: str
    kind: KeyKind
    key: str
    value: str
    old: str = ""  # the value a change replaces
    label: str = ""  # evidence label when this event decides the answer
    template: str = ""  # the sentence to use (look-alikes and passing mentions are chosen by the plan)

    @property
    def holder(self) -> str:
        return self.kind.holder(self.key)

    def sentence(self, rng: random.Random) -> str:
        pool = {"write": WRITES, "change": CHANGES, "withdraw": WITHDRAWALS}.get(self.role)
        template = self.template or rng.choice(pool)
        return fill(template, self.holder, self.kind.field, self.value, self.old)


def render(event: Event, rng: random.Random) -> Document:
    """``event`` as one document; its deciding part is the evidence span when the event has a label."""
    if event.role == "passing":
        sentence = event.sentence(rng)
        fmt, heading, paragraph = passage(rng, sentence)
        return _document(fmt, [heading, paragraph], 1, sentence, event.label)
    if event.template == DRY_RUN:
        fmt, frame = "terminal session", _shell
    elif event.role == "lookalike":
        fmt, frame = rng.choice(sorted(PROSE.items()))
    else:
        fmt, frame = rng.choice(sorted({**PROSE, **RECORDS}.items()))
    if fmt in PROSE:
        sentence = event.sentence(rng)
        lines, at = frame(rng, sentence)
        return _document(fmt, lines, at, sentence, event.label)
    lines, at = frame(rng, event)
    return _document(fmt, lines, at, lines[at], event.label)


def _document(fmt: str, lines: list[str], at: int, part: str, label: str) -> Document:
    """``lines`` joined; the span of ``part`` within line ``at`` when there is a label."""
    text = "\n".join(lines)
    start = sum(len(line) + 1 for line in lines[:at]) + lines[at].index(part)
    return Document(fmt, text, ((start, start + len(part), label),) if label else ())


def _initials(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTW") + rng.choice("ABCDEFGHJKLMNPRSTW")


# Prose frames: (rng, sentence) -> (lines, index of the sentence's line).

def _notices(rng, sentence):
    fillers = rng.sample([
        "- The coffee morning is in the hall after the service.", "- Hymn books needing repair can be left at the back.",
        "- Bell practice is on Wednesday evening as usual.", "- The collection for the food bank continues all month.",
        "- Please take your cups back to the kitchen hatch.",
    ], 2)
    lines = ["Notices for the coming week", *fillers]
    at = rng.randint(1, 3)
    lines.insert(at, f"- {sentence}")
    return lines, at


def _handover(rng, sentence):
    shift = rng.choice(["early", "late", "night"])
    return [f"Handover note, {shift} shift", "Nothing unusual on the rounds.", sentence,
            "Spare keys are in the top drawer.", f"-- {_initials(rng)}"], 2


def _pinned(rng, sentence):
    return ["[note pinned beside the office door]", sentence, "Ask at the desk if anything is unclear."], 1


def _kanban(rng, sentence):
    title = rng.choice(["Allocations", "Front desk jobs", "Spring tidy-up", "Site office"])
    return [f"Card #{rng.randint(12, 480)}: {title}", "Activity", f"  {_initials(rng)} commented: {sentence}",
            f"  {_initials(rng)} added the label \"admin\""], 2


def _captions(rng, sentence):
    minute, second = rng.randint(0, 9), rng.randint(0, 50)
    return [f"Captions, site briefing video part {rng.randint(1, 6)}", str(rng.randint(2, 90)),
            f"00:0{minute}:{second:02d},{rng.randint(0, 999):03d} --> 00:0{minute}:{second + 4:02d},{rng.randint(0, 999):03d}",
            sentence], 3


def _prompt_book(rng, sentence):
    cue = rng.randint(4, 60)
    return [f"PROMPT BOOK, Act {rng.choice(['I', 'II'])}, p. {rng.randint(3, 90)}", f"LX {cue}: slow fade to blue.",
            f"SM margin: {sentence}", f"Sound {cue + 1}: distant thunder, stand by."], 2


def _roster(rng, sentence):
    return [f"DUTY ROSTER, week {rng.randint(1, 52)}", f"Mon   early   {_initials(rng)}", f"Tue   late    {_initials(rng)}",
            f"REMARKS  {sentence}"], 3


PROSE: dict[str, Callable] = {
    "notices": _notices, "handover note": _handover, "pinned note": _pinned, "kanban card": _kanban,
    "caption file": _captions, "prompt book": _prompt_book, "duty roster": _roster,
}


# Record frames: (rng, event) -> (lines, index of the deciding line).

def _toml(rng, e: Event):
    label, slug = e.kind.label(e.key), e.kind.slug
    if e.role == "write":
        line = f'"{label}" = "{e.value}"'
    elif e.role == "change":
        note = rng.choice([f"was {e.old}, is {e.value}", f"corrected from {e.old}", "amended after the walk-round", f"transferred from {e.old}"])
        line = f'"{label}" = "{e.value}"  # {note}'
    else:
        how = rng.choice(["handed back", "surrendered", "forfeited", "not renewed"])
        line = f'"{label}" = ""  # {e.kind.field} {e.value} {how}, none held now'
    return [f"# places.toml, last edited by {_initials(rng)}", f"[{slug}]", line], 2


def _json_rpc(rng, e: Event):
    params = {"holder": e.kind.label(e.key), "field": e.kind.field}
    if e.role == "write":
        method, params["value"] = "places.assign", e.value
    elif e.role == "change":
        method, params["from"], params["to"] = "places.transfer", e.old, e.value
    else:
        method, params["value"], params["replacement"] = "places.surrender", e.value, None
    n = rng.randint(1, 999)
    return ["request:", json.dumps({"jsonrpc": "2.0", "method": method, "params": params, "id": n}),
            "response:", json.dumps({"jsonrpc": "2.0", "result": {"stored": True}, "id": n})], 1


def _graphql(rng, e: Event):
    args = f'holder: "{e.kind.label(e.key)}", field: "{e.kind.field}", value: "{e.value}"'
    if e.role == "write":
        line = f"mutation {{ assign({args}) {{ ok }} }}"
    elif e.role == "change":
        line = f'mutation {{ amend({args}, previous: "{e.old}") {{ ok }} }}'
    else:
        line = f"mutation {{ handBack({args}, replacement: null) {{ ok }} }}"
    return ["# sent from the front-desk app", line, '# reply: {"data": {"ok": true}}'], 1


def _shell(rng, e: Event):
    label, slug, prompt = e.kind.label(e.key), e.kind.slug, "office-pc:~$"
    if e.template == DRY_RUN:
        return [f'{prompt} allot set --dry-run "{label}" --{slug} {e.value}', "dry run only: nothing written"], 0
    if e.role == "write":
        return [f'{prompt} allot set "{label}" --{slug} {e.value}', "saved"], 0
    if e.role == "change":
        return [f'{prompt} allot set "{label}" --{slug} {e.value}', f"updated (previous value {e.old})"], 0
    return [f'{prompt} allot surrender "{label}" --{slug} {e.value}', f"done: no {e.kind.field} held now"], 0


def _sexpr(rng, e: Event):
    head = f':holder "{e.kind.label(e.key)}" :{e.kind.slug} "{e.value}"'
    form = {"write": f"(allot {head})", "change": f'(amend {head} :was "{e.old}")', "withdraw": f"(forfeit {head} :replacement nil)"}
    return [f";; allocations journal, entry {rng.randint(2, 400)}", form[e.role]], 1


RECORDS: dict[str, Callable] = {
    "toml": _toml, "json-rpc": _json_rpc, "graphql": _graphql, "terminal session": _shell, "s-expression": _sexpr,
}
