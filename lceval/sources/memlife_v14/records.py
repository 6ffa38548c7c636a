"""Code-like records, one small document per event: a CSV export, Prolog facts, a GraphQL mutation, a JSON Patch,
a LaTeX table, an S-expression journal and a fixed-width shipping manifest.

Each writer is ``(event, rng, beside, hedge) -> Document``: ``beside`` lists (holder, value) of other holders
that the same record allocates, one row or clause each; ``hedge`` is set for a look-alike, and the writer puts
it in its own syntax (a column, a comment, a flag) on the line that names the holder and the value. The event's
own line is the deciding one when it has a label; rows of others never decide.
"""

from __future__ import annotations

import random

from .sheet import Document, Event, Sheet, clock, day, initials, mark

__all__ = ["RECORDS"]


def _interleave(mine, others: list[str], rng: random.Random) -> list:
    """The event's line among the other rows, at a random place."""
    rows = list(others)
    rows.insert(rng.randint(0, len(rows)), mine)
    return rows


def _camel(ident: str) -> str:
    return "".join(word.capitalize() for word in ident.split("_"))


def csv(event: Event, rng: random.Random, beside, hedge) -> Document:
    def row(name, value, old, action):
        replaced = f'"{old}"' if old else ""
        return f'"{name}","{value}",{replaced},{action},{initials(rng)}'

    actions = {"give": ("ALLOCATED", "ASSIGNED", "GRANTED"), "change": ("SUPERSEDES", "CHANGED"),
               "take_back": ("STRUCK OFF", "HANDED BACK", "RELINQUISHED")}
    action = hedge or rng.choice(actions.get(event.role, actions["give"]))
    mine = mark(row(event.holder, event.value, event.old, action), event.label)
    kind = event.kind
    sheet = Sheet("csv").add(f"# {kind.site}: register export, {day(rng)} {clock(rng)}")
    sheet.add(f"{kind.holder.replace(' ', '_')},{kind.ident},replaces,action,clerk")
    for line in _interleave(mine, [row(h, v, None, rng.choice(actions["give"])) for h, v in beside], rng):
        sheet.add(line)
    return sheet.done()


def prolog(event: Event, rng: random.Random, beside, hedge) -> Document:
    ident = event.kind.ident

    def fact(name, value):
        return f"{ident}('{name}', '{value}')"

    clause = {
        "give": lambda: f"assertz({fact(event.holder, event.value)}).",
        "change": lambda: f"retract({fact(event.holder, event.old)}), assertz({fact(event.holder, event.value)}).",
        "take_back": lambda: f"retract({fact(event.holder, event.value)}).  % handed back",
    }
    text = f"% {hedge}: assertz({fact(event.holder, event.value)})." if hedge else clause[event.role]()
    sheet = Sheet("prolog").add(f"% {event.kind.site}: {ident}/2, consulted {day(rng)} at {clock(rng)}")
    sheet.add(f":- dynamic {ident}/2.")
    for line in _interleave(mark(text, event.label), [f"assertz({fact(h, v)})." for h, v in beside], rng):
        sheet.add(line)
    return sheet.done()


def graphql(event: Event, rng: random.Random, beside, hedge) -> Document:
    name = _camel(event.kind.ident)
    calls = {
        "give": f'assign{name}(holder: "{event.holder}", value: "{event.value}") {{ ok }}',
        "change": f'reassign{name}(holder: "{event.holder}", from: "{event.old}", to: "{event.value}") {{ ok }}',
        "take_back": f'revoke{name}(holder: "{event.holder}", value: "{event.value}") {{ ok }}',
    }
    text = f'{calls["give"]}  # {hedge}' if hedge else calls[event.role]
    others = [f'assign{name}(holder: "{h}", value: "{v}") {{ ok }}' for h, v in beside]
    sheet = Sheet("graphql").add(f"# {event.kind.site} scheduling API, sent {clock(rng)}")
    sheet.add(f"mutation Batch{rng.randint(100, 999)} {{")
    for n, line in enumerate(_interleave(mark(text, event.label), others, rng)):
        sheet.add(line, lead=f"  m{n + 1}: ")
    return sheet.add("}").done()


def json_patch(event: Event, rng: random.Random, beside, hedge) -> Document:
    path = f"/{event.kind.ident}s/{event.holder}"
    ops = {
        "give": [f'{{"op": "add", "path": "{path}", "value": "{event.value}"}}'],
        "change": [f'{{"op": "replace", "path": "{path}", "value": "{event.value}", "previous": "{event.old}"}}'],
        # RFC 6902 removes by path alone: a test op first states what is being removed.
        "take_back": [f'{{"op": "test", "path": "{path}", "value": "{event.value}"}}',
                      f'{{"op": "remove", "path": "{path}"}}'],
    }
    mine = [f'{{"op": "add", "path": "{path}", "value": "{event.value}", "note": "{hedge}"}}'] if hedge else ops[event.role]
    others = [f'{{"op": "add", "path": "/{event.kind.ident}s/{h}", "value": "{v}"}}' for h, v in beside]
    at = rng.randint(0, len(others))
    lines = others[:at] + mine + others[at:]
    deciding = at + len(mine) - 1  # the last of the event's ops is the one that acts
    sheet = Sheet("json_patch").add(f"PATCH /{event.kind.ident}s HTTP/1.1  ({event.kind.site}, {day(rng)})")
    sheet.add("Content-Type: application/json-patch+json").add("[")
    for n, line in enumerate(lines):
        text = line + ("," if n < len(lines) - 1 else "")
        sheet.add(mark(text, event.label) if n == deciding else text, lead="  ")
    return sheet.add("]").done()


def latex(event: Event, rng: random.Random, beside, hedge) -> Document:
    remarks = {"give": ("allotted", "new entry"), "change": (f"replaces {event.old}", f"was {event.old}"),
               "take_back": ("struck off", "handed back")}
    shown = f"\\sout{{{event.value}}}" if event.role == "take_back" and not hedge else event.value
    remark = f"\\emph{{{hedge}}}" if hedge else rng.choice(remarks[event.role])
    mine = mark(f"{event.holder} & {shown} & {remark} \\\\", event.label)
    kind = event.kind
    sheet = Sheet("latex").add(f"% {kind.site}, table typeset {day(rng)}").add("\\begin{tabular}{lll}").add("\\hline")
    sheet.add(f"\\textbf{{{kind.holder.capitalize()}}} & \\textbf{{{kind.role.capitalize()}}} & \\textbf{{Remark}} \\\\")
    sheet.add("\\hline")
    for line in _interleave(mine, [f"{h} & {v} & allotted \\\\" for h, v in beside], rng):
        sheet.add(line)
    return sheet.add("\\hline").add("\\end{tabular}").done()


def sexpr(event: Event, rng: random.Random, beside, hedge) -> Document:
    slot = ":" + event.kind.ident.replace("_", "-")
    forms = {
        "give": f'(assign "{event.holder}" {slot} "{event.value}")',
        "change": f'(reassign "{event.holder}" {slot} "{event.value}" :was "{event.old}")',
        "take_back": f'(rescind "{event.holder}" {slot} "{event.value}")',
    }
    text = f'(assign "{event.holder}" {slot} "{event.value}" :status "{hedge}")' if hedge else forms[event.role]
    rows = _interleave(mark(text, event.label), [f'(assign "{h}" {slot} "{v}")' for h, v in beside], rng)
    sheet = Sheet("sexpr").add(f";; {event.kind.site} journal, {day(rng)}").add(f"(entry {rng.randint(1000, 9999)}")
    for n, row in enumerate(rows):
        if n == len(rows) - 1:  # the entry's closing paren rides on its last form
            row = (row[0] + ")", row[1]) if isinstance(row, tuple) else row + ")"
        sheet.add(row, lead="  ")
    return sheet.done()


def manifest(event: Event, rng: random.Random, beside, hedge) -> Document:
    remarks = {"give": ("LOADED", "ALLOCATED"), "change": (f"RESTOWED, WAS {event.old}",),
               "take_back": ("OFFLOADED, RELEASED", "DISCHARGED, PLACE FREED")}
    remark = hedge or rng.choice(remarks[event.role])
    entries = _interleave((event.holder, event.value, remark, event.label), [(h, v, "LOADED", None) for h, v in beside], rng)
    kind = event.kind
    wide_name = max(len(kind.holder), *(len(e[0]) for e in entries)) + 3
    wide_value = max(len(kind.role), *(len(e[1]) for e in entries)) + 3
    sheet = Sheet("manifest").add(f"MANIFEST {rng.randint(100, 999)}/{initials(rng)}   {kind.site.upper()}   "
                                  f"SHEET {rng.randint(1, 4)}")
    sheet.add(f"ITEM  {kind.holder.upper():<{wide_name}}{kind.role.upper():<{wide_value}}REMARKS")
    for n, (name, value, note, label) in enumerate(entries):
        sheet.add(mark(f"{n + 1:04d}  {name:<{wide_name}}{value:<{wide_value}}{note}", label))
    return sheet.done()


RECORDS = {"csv": csv, "prolog": prolog, "graphql": graphql, "json_patch": json_patch, "latex": latex, "sexpr": sexpr,
           "manifest": manifest}
