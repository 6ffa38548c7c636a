"""memlife_v34's small documents: every event rendered on its own, as one of seven records or six prose genres.

A record (``RECORDS``) is a vCard, a Gherkin scenario, a Lua table, a Windows .reg file, a LaTeX tabular, a systemd
unit or a Redis MONITOR trace; its deciding entry is one whole line, never the first or the last, with the other
holders a record lists on lines of their own. A prose piece (``PROSE``) is an insurance claim narrative, software
release notes, an interview transcript, a grant progress report, a toolbox talk or an almanac entry: a title, one
paragraph and a sign-off; its deciding entry is one statement (``statements``) inside the paragraph, a sentence
before it and one after, with other holders told of in sentences of their own.

A look-alike (``lookalikes``) renders in any of the thirteen formats with its reason in one of the places of
``PLACES``; an aside (``asides``) renders in its own genre. Neither has an evidence span, except an aside's told
sentence (the answer to an in-passing question). An event without a label renders alike with no span.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.events import Event
from ..memlife_common.sampling import Document
from . import statements
from .asides import ASIDES
from .lookalikes import AFTER, BEFORE, HEADINGS, LOOKALIKES, PARENS, PLAIN

__all__ = ["Event", "PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "fill", "render"]

_FIELD = re.compile(r"\{(\w+)\}")


def fill(template: str, **values) -> str:
    """``template`` with each ``{name}`` it was given replaced; every other brace (Lua, LaTeX) is left as it is."""
    return _FIELD.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template)


@dataclass(frozen=True)
class Record:
    """A structured format: its opening lines (one holds ``{title}``), entry lines by role (``{h}`` holder, ``{v}``
    value, ``{o}`` the replaced value; ``{f}`` / ``{F}`` the register's field, ``{n}`` its name, ``{noun}``), a
    comment line (``{text}``), an entry with one more column (``{tag}``), closing lines, and ``{t}`` for a clock."""

    head: tuple[str, ...]
    give: tuple[str, ...]
    change_old: tuple[str, ...]
    change_new: tuple[str, ...]
    take_back: tuple[str, ...]
    comment: str
    column: str
    foot: tuple[str, ...]


_MON = '{t} [3 10.0.4.7:51022] '
RECORDS: dict[str, Record] = {
    "vcard": Record(
        head=("BEGIN:VCARD", "VERSION:4.0", "FN:{title}", "ORG:{Org}", "KIND:org"),
        give=('X-{F};HOLDER={h}:{v}', 'X-LEDGER;TYPE={f};STATE=SET:{h}={v}'),
        change_old=('X-{F};HOLDER={h};PREV="{o}":{v}', 'X-LEDGER;TYPE={f};FROM="{o}":{h}={v}',
                    'X-{F}-SWAP;HOLDER={h}:{o} -> {v}'),
        change_new=('X-{F};HOLDER={h};STATE=NEW:{v}',),
        take_back=('X-{F};HOLDER={h};STATE=VACATED:{v}', 'X-LEDGER;TYPE={f};STATE=CLEARED:{h}={v}'),
        comment="NOTE:{text}", column='X-{F};HOLDER={h};SOURCE="{tag}":{v}', foot=("REV:20250611T0930Z", "END:VCARD")),
    "gherkin": Record(
        head=("Feature: {title}", "  Scenario: the {office} updates the {plural}", "    Given the register of {plural} is open"),
        give=('    Then {noun} "{h}" holds "{v}"', '    And the {role} of "{h}" is "{v}"'),
        change_old=('    When {noun} "{h}" changes from "{o}" to "{v}"', '    And "{o}" gives way to "{v}" at "{h}"',
                    '    Then the {role} of "{h}" reads "{v}" instead of "{o}"'),
        change_new=('    When {noun} "{h}" is updated to "{v}"',),
        take_back=('    When "{v}" is cleared from {noun} "{h}"', '    Then {noun} "{h}" stands empty after "{v}" leaves'),
        comment="    # {text}", column='    | {h} | {v} | {tag} |',
        foot=("    And the {office} signs the sheet", "    Then the register is saved")),
    "lua_table": Record(
        head=("-- {title}", "local {n} = {"),
        give=('  ["{h}"] = { {f} = "{v}" },', '  ["{h}"] = { {f} = "{v}", state = "set" },'),
        change_old=('  ["{h}"] = { {f} = "{v}", was = "{o}" },', '  ["{h}"] = { previous = "{o}", {f} = "{v}" },',
                    '  ["{h}"] = { {f} = "{v}", replaces = "{o}", state = "changed" },'),
        change_new=('  ["{h}"] = { {f} = "{v}", state = "changed" },',),
        take_back=('  ["{h}"] = { {f} = nil, cleared = "{v}" },', '  ["{h}"] = { state = "vacant", last = "{v}" },'),
        comment="  -- {text}", column='  ["{h}"] = { {f} = "{v}", source = "{tag}" },', foot=("}", "return {n}")),
    "windows_reg": Record(
        head=("Windows Registry Editor Version 5.00", "; {title}", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\{Org}\\{N}]"),
        give=('"{h}"="{v}"', '"{h}.{f}"="{v}"'),
        change_old=('"{h}"="{v}" ; previously {o}', '"{h}.{f}"="{v}" ; replaces {o}', '"{h}"="{v}" ; was {o} until today'),
        change_new=('"{h}"="{v}" ; updated',),
        take_back=('"{h}"=- ; cleared {v}', '"{h}.{f}"=- ; vacated by {v}'),
        comment="; {text}", column='"{h}"="{v}" ; source={tag}', foot=('"LastEditor"="{office}"', '"Revision"=dword:00000007')),
    "latex_tabular": Record(
        head=("% {title}", "\\begin{tabular}{lll}", "\\hline", "{Noun} & {Role} & Status \\\\", "\\hline"),
        give=("{h} & {v} & entered \\\\", "{h} & {v} & confirmed \\\\"),
        change_old=("{h} & {v} & replaces {o} \\\\", "{h} & {v} & formerly {o} \\\\", "{h} & {v} & changed from {o} \\\\"),
        change_new=("{h} & {v} & changed \\\\",),
        take_back=("{h} & {v} & struck off \\\\", "{h} & {v} & vacated \\\\"),
        comment="% {text}", column="{h} & {v} & {tag} \\\\", foot=("\\hline", "\\end{tabular}")),
    "systemd_unit": Record(
        head=("[Unit]", "Description={title}", "After=network-online.target", "[Service]", "Type=oneshot"),
        give=('Environment="{h}={v}"', 'ExecStart=/usr/local/bin/{n}-register set {h} "{v}"'),
        change_old=('Environment="{h}={v}" "{h}_PREVIOUS={o}"', 'ExecStart=/usr/local/bin/{n}-register move {h} --from "{o}" --to "{v}"',
                    'ExecStart=/usr/local/bin/{n}-register swap {h} "{o}" "{v}"'),
        change_new=('ExecStart=/usr/local/bin/{n}-register update {h} "{v}"',),
        take_back=('UnsetEnvironment="{h}={v}"', 'ExecStart=/usr/local/bin/{n}-register clear {h} "{v}"'),
        comment="# {text}", column='Environment="{h}={v}" "ORIGIN={tag}"', foot=("[Install]", "WantedBy=multi-user.target")),
    "redis_monitor": Record(
        head=("OK", '{t} [0 10.0.4.7:51022] "SELECT" "3"', _MON + '"SET" "meta:title" "{title}"'),
        give=(_MON + '"HSET" "{n}:{h}" "{f}" "{v}"', _MON + '"SET" "{n}:{h}:{f}" "{v}"'),
        change_old=(_MON + '"HSET" "{n}:{h}" "{f}" "{v}" "prior" "{o}"', _MON + '"EVAL" "swap" "1" "{n}:{h}" "{o}" "{v}"',
                    _MON + '"HMSET" "{n}:{h}" "{f}" "{v}" "replaced" "{o}"'),
        change_new=(_MON + '"SET" "{n}:{h}:{f}" "{v}" "XX"',),
        take_back=(_MON + '"SREM" "{n}:{h}:{f}" "{v}"', _MON + '"HSET" "{n}:{h}" "{f}" "" "vacated" "{v}"'),
        comment=_MON + '"ECHO" "{text}"', column=_MON + '"HSET" "{n}:{h}" "{f}" "{v}" "origin" "{tag}"',
        foot=('{t} [0 10.0.4.7:51022] "PING"',)),
}
TITLES = ("{Office}: register of {plural}", "{Plural} kept by the {office}", "Current {plural}")


@dataclass(frozen=True)
class Prose:
    """A prose genre: its titles, the sentences that open and close its paragraph, and its sign-offs."""

    titles: tuple[str, ...]
    leads: tuple[str, ...]
    closings: tuple[str, ...]
    signoffs: tuple[str, ...]


PROSE: dict[str, Prose] = {
    "insurance_claim": Prose(
        ("Claim narrative, policy 77-4410", "Statement in support of claim 2291"),
        ("I am writing to set out what happened on the day of the storm.", "The loss adjuster asked me to put events in order."),
        ("I can supply photographs of the damage if required.", "Please contact me on the usual number with any questions."),
        ("Signed, the policyholder", "Claimant's declaration ends")),
    "release_notes": Prose(
        ("Release notes, registry tool 4.2", "What's new in version 4.2.1"),
        ("This release tidies up the import screen and speeds up search.", "Thanks to everyone who filed reports during the beta."),
        ("Upgrade by running the installer over the old version.", "The full changelog is on the project wiki."),
        ("The maintainers", "Happy upgrading!")),
    "interview_transcript": Prose(
        ("Transcript: oral history recording 12", "Interview transcript, tape two"),
        ("A: Well, I have worked for the {office} for nearly thirty years.", "A: You want the recent changes, I suppose."),
        ("Q: And how did people take that?", "Q: Shall we stop there for a cup of tea?"),
        ("[End of tape]", "[Recording paused]")),
    "grant_report": Prose(
        ("Interim report to the heritage fund", "Progress report, second quarter"),
        ("Work this quarter stayed close to the plan agreed with the fund.", "We are pleased to report steady progress."),
        ("Spending remains within the approved budget.", "A fuller account will follow with the final report."),
        ("Submitted by the project lead", "Report ends")),
    "toolbox_talk": Prose(
        ("Toolbox talk, Monday 07:30", "Morning safety briefing"),
        ("Right, gather round, this will only take five minutes.", "Hard hats on before we start, please."),
        ("Any questions, grab me after the briefing.", "Stay hydrated and watch the ladders today."),
        ("Talk given by the site supervisor", "Attendance sheet signed by all")),
    "almanac_entry": Prose(
        ("Almanac, the week of the harvest moon", "From the county almanac, autumn edition"),
        ("The evenings draw in and the first frosts are due by the full moon.", "Swallows have gathered on the wires for their journey south."),
        ("Plant garlic now for a fat crop next summer.", "Expect fog in the valleys at dawn."),
        ("Compiled by the almanac editor", "Next week: the turning of the leaves")),
}

RECORD_FORMATS: list[str] = list(RECORDS)
SENTENCE_FORMATS: list[str] = list(PROSE)
FORMATS = RECORD_FORMATS + SENTENCE_FORMATS
# Where a look-alike's reason may stand, by the shape of its document.
PLACES = {"record": ("column", "before", "after", "heading"),
          "prose": ("sentence", "paren", "label", "before", "after", "heading")}
_CHANGE_NAMES_OLD = 0.75  # the share of changes that name the replaced value


def _names(kind) -> dict:
    """What a record's and a prose piece's fixed text may say about the register."""
    return {"f": kind.field, "F": kind.field.upper().replace("_", "-"), "n": kind.name, "N": kind.name.upper(),
            "noun": kind.noun, "Noun": kind.noun.capitalize(), "plural": kind.plural, "Plural": kind.plural.capitalize(),
            "role": kind.role, "Role": kind.role.capitalize(), "office": kind.office,
            "Office": kind.office.capitalize(), "Org": kind.office.title().replace(" ", "")}


def _entry_template(record: Record, role: str, rng: random.Random) -> str:
    if role == "change":
        return rng.choice(record.change_old if rng.random() < _CHANGE_NAMES_OLD else record.change_new)
    return rng.choice({"give": record.give, "take_back": record.take_back}[role])


def _statement(role: str, rng: random.Random) -> str:
    return rng.choice({"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}[role])


def _say(template: str, kind, holder: str, value: str, old: str | None = None) -> str:
    return fill(template, thing=kind.thing(holder), Thing=kind.Thing(holder), value=value, old=old or "", role=kind.role,
                office=kind.office)


def _clock(lines: list[str], rng: random.Random) -> list[str]:
    """Each ``{t}`` a MONITOR timestamp, later on every line."""
    now = 1_749_600_000 + rng.randrange(5_000_000)
    out = []
    for line in lines:
        if "{t}" in line:
            now += rng.randint(1, 90)
            line = line.replace("{t}", f"{now}.{rng.randrange(10**6):06d}")
        out.append(line)
    return out


def _record(fmt: str, kind, main: str, rng: random.Random, others, title: str,
            beside: tuple[str, ...] = ()) -> tuple[str, tuple[int, int] | None]:
    """The record ``fmt`` with its opening (``title``), the other holders' lines and ``main`` (placed among them, with
    ``beside`` lines around it: a comment before it when ``beside[0]``, after it when ``beside[1]``), its closing.
    Returns the text and the span of ``main``."""
    record, names = RECORDS[fmt], _names(kind)
    body = [fill(rng.choice(record.give), h=h, v=v, **names) for h, v in others]
    at = rng.randint(0, len(body))
    before, after = (list(beside) + ["", ""])[:2]
    block = ([fill(record.comment, text=before)] if before else []) + [main] + ([fill(record.comment, text=after)] if after else [])
    lines = [fill(h, title=title, **names) for h in record.head] + body[:at] + block + body[at:] + \
            [fill(f, **names) for f in record.foot]
    main_index = len(record.head) + at + (1 if before else 0)
    lines = _clock(lines, rng)
    start = sum(len(l) + 1 for l in lines[:main_index])
    return "\n".join(lines), (start, start + len(lines[main_index]))


def _prose(fmt: str, kind, main: str, rng: random.Random, others, heading: str | None = None) -> tuple[str, tuple[int, int]]:
    """The genre ``fmt``: a title (``heading`` if given), a paragraph opening and closing on the genre's own sentences
    with ``main`` and one sentence per other holder between them, and a sign-off. Returns the text and ``main``'s span."""
    prose = PROSE[fmt]
    title = heading or rng.choice(prose.titles)
    middle = [_say(rng.choice(statements.BESIDE), kind, h, v) for h, v in others]
    at = rng.randint(0, len(middle))
    lead, closing = fill(rng.choice(prose.leads), office=kind.office), rng.choice(prose.closings)
    before = "\n".join((title, " ".join([lead, *middle[:at]]))) + " "
    paragraph_end = " " + " ".join([*middle[at:], closing])
    text = before + main + paragraph_end + "\n" + rng.choice(prose.signoffs)
    return text, (len(before), len(before) + len(main))


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document; ``others`` are the holders (with values) a real record or piece lists beside it."""
    if event.role == "passing":
        return _aside(event)
    if event.role == "lookalike":
        return _lookalike(event, rng)
    kind, fmt = event.kind, rng.choice(FORMATS)
    if fmt in RECORDS:
        main = fill(_entry_template(RECORDS[fmt], event.role, rng), h=event.key, v=event.value, o=event.old or "", **_names(kind))
        title = fill(rng.choice(TITLES), **_names(kind))
        text, span = _record(fmt, kind, main, rng, others, title)
    else:
        main = _say(_statement(event.role, rng), kind, event.key, event.value, event.old)
        text, span = _prose(fmt, kind, main, rng, others)
    spans = ((*span, event.label),) if event.label else ()
    return Document(fmt, text, spans)


def _lookalike(event: Event, rng: random.Random) -> Document:
    """A holder named with a value nobody entered: the reason in one of the places its format allows."""
    look, kind = LOOKALIKES[event.template], event.kind
    fmt = rng.choice(FORMATS)
    shape = "record" if fmt in RECORDS else "prose"
    place = rng.choice(PLACES[shape])
    heading = fill(rng.choice(HEADINGS), reason=look.reason, label=look.label)
    if shape == "record":
        record, names = RECORDS[fmt], _names(kind)
        main = fill(record.column if place == "column" else rng.choice(record.give), h=event.key, v=event.value,
                    tag=look.label, **names)
        note_before = fill(rng.choice(BEFORE), reason=look.reason) if place == "before" else ""
        note_after = fill(rng.choice(AFTER), reason=look.reason) if place == "after" else ""
        title = heading if place == "heading" else fill(rng.choice(TITLES), **names)
        text, _ = _record(fmt, kind, main, rng, [], title, (note_before, note_after))
        return Document(fmt, text, ())
    plain = _say(rng.choice(PLAIN), kind, event.key, event.value)
    if place == "sentence":
        main = _say(look.wordings[rng.randrange(2)], kind, event.key, event.value)
    elif place == "paren":
        main = f"{plain[:-1]} ({fill(rng.choice(PARENS), reason=look.reason)})."
    elif place == "label":
        main = f"{look.label}: {plain}"
    elif place == "before":
        main = f"{fill(rng.choice(BEFORE), reason=look.reason)} {plain}"
    elif place == "after":
        main = f"{plain} {fill(rng.choice(AFTER), reason=look.reason)}"
    else:
        main = plain
    text, _ = _prose(fmt, kind, main, rng, [], heading if place == "heading" else None)
    return Document(fmt, text, ())


def _aside(event: Event) -> Document:
    """A value told in passing, in the aside's own genre: the told sentence is the evidence."""
    frame, wordings = ASIDES[event.template]
    told = _say(wordings[event.variant], event.kind, event.key, event.value)
    head, _, tail = frame.partition("{told}")
    return Document(event.template, head + told + tail, ((len(head), len(head) + len(told), event.label),))
