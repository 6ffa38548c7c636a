"""Code-like records, one small document each: a shell session, an HTTP exchange, a Python REPL, protobuf text
format, an iCalendar event, JSON-RPC traffic and an EDIFACT interchange.

Each renders one event of the asked holder (give, change or take_back) on one line that names the holder and the
value (and, for a change, the old value), with 0-2 strangers' allocations on lines of their own. A look-alike
(``hedge``, a name from wording.LOOKALIKES) is the same record with its give line, plus the sign its format would
carry that nothing took effect: a --dry-run, a 409, a traceback, a draft header, a tentative status, a sandbox
flag, a test indicator.
"""

from __future__ import annotations

import json
import random

from .page import Page

__all__ = ["RECORDS"]


def _ours_among(ours: str, theirs: list[str], rng: random.Random) -> tuple[list[str], int]:
    """The strangers' lines with ours at a random place among them, and where."""
    at = rng.randint(0, len(theirs))
    return theirs[:at] + [ours] + theirs[at:], at


def _q(text: str) -> str:
    return json.dumps(text)  # every holder and value is plain ASCII without quotes: this only adds the quotes


def _slug(e) -> str:
    return e.kind.tool.removesuffix("ctl")


def shell(e, rng: random.Random, others, hedge: str | None):
    tool, ident = e.kind.tool, e.kind.ident.replace("_", "-")
    prompt = f"{rng.choice(('ops', 'duty', 'rota', 'desk'))}@{_slug(e)}{rng.randint(1, 4):02d}:~$ "
    verbs = {
        "give": (f"{tool} assign {_q(e.key)} --{ident} {_q(e.value)}", "assigned."),
        "change": (f"{tool} move {_q(e.key)} --from {_q(e.old)} --to {_q(e.value)}", "moved."),
        "take_back": (f"{tool} revoke {_q(e.key)} --{ident} {_q(e.value)}", "revoked; nothing allocated in its place."),
    }
    command, said = verbs["give" if hedge else e.role]
    if hedge:
        command, said = command + " --dry-run", "dry run: the table was not touched, nothing written."
    page = Page().add(f"# {e.kind.site}, terminal scrollback\n")
    lines = [prompt + command]
    for holder, value in others:
        lines.append(f"{prompt}{tool} assign {_q(holder)} --{ident} {_q(value)}")
    lines, ours = _ours_among(lines[0], lines[1:], rng)
    for i, line in enumerate(lines):
        page.mark(line, e.label) if i == ours else page.add(line)
        page.add("\n", said if i == ours else "assigned.", "\n")
    return page.add(prompt.rstrip()).done("shell")


def http(e, rng: random.Random, others, hedge: str | None):
    tag, ident = e.kind.tag, e.kind.ident
    body = {"give": {"op": "assign", tag: e.key, ident: e.value},
            "change": {"op": "move", tag: e.key, ident: e.value, "replacing": e.old},
            "take_back": {"op": "revoke", tag: e.key, ident: e.value, "note": "withdrawn, nothing instead"}}["give" if hedge else e.role]
    theirs = [json.dumps({"op": "assign", tag: h, ident: v}) for h, v in others]
    lines, ours = _ours_among(json.dumps(body), theirs, rng)
    page = Page().add(f"POST /v2/{ident}s:batch HTTP/1.1\nHost: {_slug(e)}.internal\n",
                      f"Content-Type: application/x-ndjson\nX-Request-Id: {rng.randrange(16 ** 8):08X}\n\n")
    page.lines(lines, ours, e.label)
    if hedge:
        return page.add("\n\nHTTP/1.1 409 Conflict\nX-Reason: proposal refused by the duty controller; nothing stored").done("http")
    return page.add("\n\nHTTP/1.1 204 No Content").done("http")


def repl(e, rng: random.Random, others, hedge: str | None):
    book = f"book.{e.kind.ident}"
    ours = {"give": f'>>> {book}[{_q(e.key)}] = {_q(e.value)}',
            "change": f'>>> {book}[{_q(e.key)}] = {_q(e.value)}  # was {_q(e.old)}',
            "take_back": f'>>> del {book}[{_q(e.key)}]  # {_q(e.value)} withdrawn, none instead'}["give" if hedge else e.role]
    theirs = [f">>> {book}[{_q(h)}] = {_q(v)}" for h, v in others]
    lines, at = _ours_among(ours, theirs, rng)
    page = Page().add(f">>> import {e.kind.tool}\n>>> book = {e.kind.tool}.open({_q(_slug(e) + '-live')})\n")
    if hedge:  # the replica refuses the first write: nothing after it ran either
        lines, at = lines[:at + 1], at
        page.lines(lines, at, None)
        return page.add('\nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n',
                        "PermissionError: this replica is read-only; nothing was saved").done("repl")
    page.lines(lines, at, e.label)
    return page.add("\n>>> book.commit()\n>>> ").done("repl")


def protobuf(e, rng: random.Random, others, hedge: str | None):
    tag, ident = e.kind.tag, e.kind.ident
    ours = {"give": f'change {{ {tag}: {_q(e.key)} {ident}: {_q(e.value)} op: ASSIGN }}',
            "change": f'change {{ {tag}: {_q(e.key)} {ident}: {_q(e.value)} previous: {_q(e.old)} op: MOVE }}',
            "take_back": f'change {{ {tag}: {_q(e.key)} {ident}: {_q(e.value)} op: REVOKE replacement: NONE }}'}["give" if hedge else e.role]
    theirs = [f'change {{ {tag}: {_q(h)} {ident}: {_q(v)} op: ASSIGN }}' for h, v in others]
    lines, at = _ours_among(ours, theirs, rng)
    page = Page().add(f"# proto-file: {_slug(e)}/batch.proto\n# proto-message: Batch\n")
    if hedge:
        page.add("# DRAFT: written up for review, never submitted to the allocator\nstate: DRAFT\n")
    page.add(f"batch_id: {rng.randint(1000, 99999)}\n").lines(lines, at, e.label)
    return page.done("protobuf")


def icalendar(e, rng: random.Random, others, hedge: str | None):
    who = e.kind.named(e.key)
    who = who[0].upper() + who[1:]
    summary = {"give": f"SUMMARY:{who} {e.kind.verb} {e.value}",
               "change": f"SUMMARY:{who} {e.kind.verb} {e.value} (moved off {e.old})",
               "take_back": f"SUMMARY:Withdrawn - {who} gives up the {e.kind.role} {e.value}"}["give" if hedge else e.role]
    status = "TENTATIVE" if hedge else "CANCELLED" if e.role == "take_back" else "CONFIRMED"
    page = Page().add(f"BEGIN:VCALENDAR\nPRODID:-//{e.kind.site}//allocations//EN\nBEGIN:VEVENT\n",
                      f"UID:{rng.randrange(16 ** 6):06X}@{_slug(e)}\n",
                      f"DTSTAMP:2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(6, 20):02d}{rng.choice(('00', '30'))}00Z\n")
    page.mark(summary, e.label).add(f"\nSTATUS:{status}\n")
    for holder, value in others:
        page.add(f"COMMENT:also on the sheet, {e.kind.named(holder)} {e.kind.verb} {value}\n")
    if hedge:
        page.add("DESCRIPTION:pencilled in at the planning meeting and never confirmed\n")
    return page.add("END:VEVENT\nEND:VCALENDAR").done("icalendar")


def jsonrpc(e, rng: random.Random, others, hedge: str | None):
    tag, ident = e.kind.tag, e.kind.ident
    method, params, result = {
        "give": ("assign", {tag: e.key, ident: e.value}, "ok"),
        "change": ("move", {tag: e.key, "from": e.old, "to": e.value}, "ok"),
        "take_back": ("revoke", {tag: e.key, ident: e.value, "replacement": None}, "revoked"),
    }["give" if hedge else e.role]
    if hedge:
        params, result = {**params, "sandbox": True}, "sandbox only; live table unchanged"
    first = rng.randint(1, 900)
    calls = [(f"{ident}.{method}", params, result)] + [(f"{ident}.assign", {tag: h, ident: v}, "ok") for h, v in others]
    calls, at = _ours_among(calls[0], calls[1:], rng)
    page = Page()
    for i, (name, args, said) in enumerate(calls):
        request = "--> " + json.dumps({"jsonrpc": "2.0", "method": name, "params": args, "id": first + i})
        page.mark(request, e.label) if i == at else page.add(request)
        page.add("\n<-- ", json.dumps({"jsonrpc": "2.0", "result": said, "id": first + i}), "\n" if i + 1 < len(calls) else "")
    return page.done("jsonrpc")


def edifact(e, rng: random.Random, others, hedge: str | None):
    ours = {"give": f"ALC+{e.key}+{e.value}'", "change": f"MOV+{e.key}+{e.old}+{e.value}'",
            "take_back": f"CNX+{e.key}+{e.value}+WITHDRAWN'"}["give" if hedge else e.role]
    lines, at = _ours_among(ours, [f"ALC+{h}+{v}'" for h, v in others], rng)
    ref = rng.randint(10000, 99999)
    stamp = f"24{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}:{rng.randint(6, 20):02d}{rng.choice(('00', '30'))}"
    page = Page().add(f"UNB+UNOC:3+{_slug(e).upper()}HQ+{_slug(e).upper()}DESK+{stamp}+{ref}{'++++1' if hedge else ''}'\n",
                      f"UNH+1+ALLOC:D:24A:UN'\nBGM+{e.kind.ident.upper()}+{ref}+9'\n")
    if hedge:
        page.add("FTX+AAI+++TEST INTERCHANGE - NOT TO BE ACTIONED'\n")
    page.lines(lines, at, e.label)
    return page.add(f"\nUNT+{len(lines) + 3 + bool(hedge)}+1'\nUNZ+1+{ref}'").done("edifact")


RECORDS = {"shell": shell, "http": http, "repl": repl, "protobuf": protobuf, "icalendar": icalendar, "jsonrpc": jsonrpc,
           "edifact": edifact}
