"""memlife_v32's documents: each event of a plan is one small document in one of thirteen formats.

Records (the deciding entry is one whole line, never the first): a BibTeX entry, a Makefile variable block, an nginx
server block, an HCL (Terraform) block, a protobuf text-format message, a Dockerfile's LABEL and ENV lines, and an
hledger journal transaction. Prose (the deciding entry is one statement of ``statements``, with a sentence before and
after it in its paragraph): an auction catalogue, a sermon, a witness statement, tasting notes, a property listing and
theatre programme notes. Other holders a record lists stand on lines of their own; in prose they get a sentence of
``statements.BESIDE``. Look-alikes (``lookalikes``) give their reason in the same sentence, a parenthesis, a label
before a colon, the sentence before or after, a comment line before or after, a column of the record's line, or the
heading; asides (``asides``) tell a value in the middle of everyday writing.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from . import statements
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES, Lookalike

__all__ = ["Document", "Event", "PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "fill", "render"]


def fill(template: str, /, **values) -> str:
    """``text`` with each ``{name}`` it was given replaced; every other brace is left as it stands (records are full
    of braces of their own)."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template)


@dataclass(frozen=True)
class Record:
    tops: tuple[str, ...]  # the first line
    headers: tuple[tuple[str, ...], ...]  # what follows it, before the entries
    footers: tuple[tuple[str, ...], ...]
    give: tuple[str, ...]  # entry lines: {h} holder, {v} value, {o} the value replaced
    change_old: tuple[str, ...]
    change_new: tuple[str, ...]
    take_back: tuple[str, ...]
    comment: str  # a comment line among the entries: {text}
    heading: str  # a comment as the first line: {text}
    column: str  # an entry line with a field of its own for {text}


RECORDS = {
    "bibtex": Record(
        tops=("% {Plural}, as kept by the {office}", "% Register export {date}"),
        headers=(("@misc{{slug}-{serial},", "  title = {Register of {plural}},", "  year = {{year}},"),
                 ("@misc{{slug}:{serial},", "  author = {{Office}},", "  howpublished = {Ledger of {plural}},")),
        footers=(("  note = {Sheet {serial}}", "}"), ("}",)),
        give=("  allot = {{h} = {v}},", "  granted = {{v} for {h}},"),
        change_old=("  reassigned = {{h}: {o} to {v}},", "  swapped = {{h} = {v}, formerly {o}},"),
        change_new=("  updated = {{h} = {v}},",),
        take_back=("  vacated = {{h}, was {v}},", "  released = {{v} off {h}},"),
        comment="  % {text}", heading="% {text}", column="  allot = {{h} = {v}}, % {text}",
    ),
    "makefile": Record(
        tops=("# {Office}: {plural} sheet, {date}", "# Generated for the {office} on {date}"),
        headers=(("REGISTER := {n}", "SHEET := {serial}"), ("REGISTER := {n}", ".PHONY: publish")),
        footers=(("publish:", "\tregister-sync $(REGISTER) --sheet {serial}"), ()),
        give=('ASSIGN += "{h} -> {v}"', 'ASSIGN += "{v} @ {h}"'),
        change_old=('REASSIGN += "{h}: {o} -> {v}"', 'REASSIGN += "{h} -> {v}"  # over {o}'),
        change_new=('REASSIGN += "{h} -> {v}"',),
        take_back=('VACATE += "{h} ({v})"', 'RELEASE += "{v} from {h}"'),
        comment="# {text}", heading="# {text}", column='ASSIGN += "{h} -> {v}"  # {text}',
    ),
    "nginx": Record(
        tops=("# {office} lookup service, {date}", "# {Plural}: one location per holder"),
        headers=(("server {", "    listen 8{port};", "    server_name {slug}.registers.internal;"),
                 ("server {", "    listen 127.0.0.1:9{port};", "    default_type text/plain;")),
        footers=(("}",), ("    location / { return 404; }", "}")),
        give=('    location = /{h} { return 200 "{v}"; }', '    location = /{h} { add_header X-Register "{v}"; return 204; }'),
        change_old=('    location = /{h} { return 200 "{v}"; }  # replaces {o}',
                    '    location = /{h} { add_header X-Prior "{o}"; return 200 "{v}"; }'),
        change_new=('    location = /{h} { return 200 "{v}"; }  # revised {date}',),
        take_back=('    location = /{h} { return 410 "{v}"; }', '    location = /{h} { add_header X-Vacated "{v}"; return 410; }'),
        comment="    # {text}", heading="# {text}", column='    location = /{h} { return 200 "{v}"; }  # {text}',
    ),
    "hcl": Record(
        tops=("# {Office} register, {date}", "# Terraform sheet for the {plural}"),
        headers=(('resource "register_sheet" "{n}" {', '  office = "{office}"', "  slots = {"),
                 ('module "{n}" {', '  source = "./registers"', "  slots = {")),
        footers=(("  }", "}"),),
        give=('    "{h}" = "{v}"', '    "{h}" = "{v}" # entered {date}'),
        change_old=('    "{h}" = "{v}" # previously {o}', '    "{h}" = "{v}" # {o} moved out'),
        change_new=('    "{h}" = "{v}" # revised',),
        take_back=('    "{h}" = null # {v} handed back', '    "{h}" = null # was {v}'),
        comment="    # {text}", heading="# {text}", column='    "{h}" = "{v}" # {text}',
    ),
    "protobuf_text": Record(
        tops=("# proto-file: registers/{n}.proto", "# proto-file: ledger/{n}.proto"),
        headers=(("# proto-message: RegisterSheet", 'office: "{office}"', "sheet: {serial}"),
                 ("# proto-message: Ledger", 'issued: "{date}"')),
        footers=(("closed: true",), ()),
        give=('entry { holder: "{h}" {f}: "{v}" }', 'entry { {f}: "{v}" holder: "{h}" op: ASSIGN }'),
        change_old=('entry { holder: "{h}" {f}: "{v}" replaces: "{o}" }', 'entry { op: REASSIGN holder: "{h}" from: "{o}" to: "{v}" }'),
        change_new=('entry { op: REASSIGN holder: "{h}" to: "{v}" }',),
        take_back=('entry { op: VACATE holder: "{h}" {f}: "{v}" }', 'entry { holder: "{h}" {f}: "{v}" state: RELEASED }'),
        comment="# {text}", heading="# {text}", column='entry { holder: "{h}" {f}: "{v}" provenance: "{text}" }',
    ),
    "dockerfile": Record(
        tops=("# {Office} sheet image, {date}", "# Image carrying the {plural} register"),
        headers=(("FROM alpine:3.{minor}", 'LABEL org.registers.office="{office}"'), ("FROM debian:bookworm-slim", "WORKDIR /srv/{slug}")),
        footers=(('CMD ["register-serve", "--sheet", "{serial}"]',), ("USER register",)),
        give=('LABEL {n}.entry="{h}={v}"', 'ENV {N}_SLOT="{h}:{v}"'),
        change_old=('LABEL {n}.entry="{h}={v}" {n}.previous="{o}"', 'ENV {N}_SWAP="{h}:{o}>{v}"'),
        change_new=('LABEL {n}.entry="{h}={v}" {n}.revised="{date}"',),
        take_back=('LABEL {n}.vacated="{h}={v}"', 'ENV {N}_RELEASE="{h}:{v}"'),
        comment="# {text}", heading="# {text}", column='LABEL {n}.entry="{h}={v}" {n}.source="{text}"',
    ),
    "hledger": Record(
        tops=("; {Office} journal for the {plural}", "; register journal, {date}"),
        headers=(("{date} * {Office} sheet {serial}",), ("{date} ! {Office} provisional",)),
        footers=(("    equity:unallocated",), ()),
        give=('    assets:{n}:{h}  1 "{v}"', "    assets:{n}:{h}  ; {f}: {v}"),
        change_old=('    assets:{n}:{h}  1 "{v}"  ; replaced: {o}', "    assets:{n}:{h}  ; {f}: {v}, was {o}"),
        change_new=('    assets:{n}:{h}  1 "{v}"  ; revised',),
        take_back=('    assets:{n}:{h}  -1 "{v}"', "    assets:{n}:{h}  ; vacated: {v}"),
        comment="    ; {text}", heading="; {text}", column='    assets:{n}:{h}  1 "{v}"  ; source: {text}',
    ),
}


@dataclass(frozen=True)
class Prose:
    headers: tuple[str, ...]
    leads: tuple[str, ...]  # the sentences a paragraph may open with
    closings: tuple[str, ...]  # and close with
    footers: tuple[str, ...]


PROSE = {
    "auction_catalogue": Prose(
        ("Lot {serial}: fittings from the {plural}", "Catalogue, afternoon session, lots from {serial}"),
        ("The hammer falls at half past two on the second day.", "Viewing is by appointment in the east saleroom.",
         "Condition reports may be had from the front desk."),
        ("Buyer's premium applies at the usual rate.", "Commission bids may be left with the porters.",
         "Estimates are printed in the back pages."),
        ("Entries compiled by the saleroom staff.", "Payment within five working days, please."),
    ),
    "sermon": Prose(
        ("Homily for the {ord} Sunday after Trinity", "Notes for Evensong, {date}"),
        ("Friends, I begin with a small piece of housekeeping.", "Before the reading, the wardens asked me to pass something on.",
         "Bear with me while I read from the parish sheet."),
        ("Now let us turn to the psalm.", "And so to the lesson appointed for today.",
         "Let that be the last word of business this morning."),
        ("Hymn 417 follows.", "The collection will be taken during the final hymn."),
    ),
    "witness_statement": Prose(
        ("Statement of {witness}, taken on {date}", "Witness account, reference {serial}"),
        ("I have worked alongside the {office} for some years.", "On the morning in question I arrived before eight.",
         "I was asked to set down what I saw and heard."),
        ("I believe the facts stated here are true.", "That is all I can recall of the matter.",
         "I am willing to attend a hearing if required."),
        ("Signed in the presence of the duty sergeant.", "Statement read back to the witness and agreed."),
    ),
    "tasting_notes": Prose(
        ("Cellar-door tasting, flight {serial}", "Tasting sheet, {date}"),
        ("The first glass opens with bramble and woodsmoke.", "A pause between pours to clear the palate.",
         "Our host poured the reserve before the guests arrived."),
        ("The finish lingers on toasted almond.", "Back to the glasses after that.",
         "Score: four stars, with room to grow."),
        ("Notes taken in pencil at the long table.", "Spittoons emptied twice during the flight."),
    ),
    "property_listing": Prose(
        ("For sale by private treaty: a working yard beside the {plural}", "Guide price on application, ref {serial}"),
        ("A rare chance to acquire a yard with real character.", "The agents are pleased to offer this site with full planning consent.",
         "The approach is by a gravel lane lined with limes."),
        ("Early viewing is strongly advised.", "Council tax band D.", "Fixtures and fittings by separate negotiation."),
        ("Particulars prepared by Halloran and Pike.", "Measurements are approximate."),
    ),
    "programme_notes": Prose(
        ("Programme notes: {title}", "From the director, opening night {date}"),
        ("Tonight's company has travelled a long way to be here.", "The interval will last twenty minutes.",
         "Our stage crew asked for one notice to be printed here."),
        ("Please silence your phones before the curtain rises.", "Refreshments are served in the circle bar.",
         "Enjoy the performance."),
        ("Printed by the front-of-house team.", "Running time about two hours."),
    ),
}

RECORD_FORMATS = tuple(RECORDS)
SENTENCE_FORMATS = tuple(PROSE)
# Where a look-alike's reason may stand, by the shape of its document.
PLACES = {"record": ("column", "before", "after", "heading"),
          "prose": ("sentence", "paren", "label", "before", "after", "heading")}

_WITNESSES = ("Maureen Oduya", "Idris Pelham", "Nell Sorensen", "Garfield Moss", "Aurelie Tan", "Desmond Quayle")
_TITLES = ("The Lighthouse Keeper's Daughter", "A Winter Crossing", "Salt and Iron", "The Clockmaker's Wager")
_ORDINAL_SUNDAYS = ("third", "fifth", "eighth", "eleventh", "fourteenth", "nineteenth")


def _context(kind: Kind, rng: random.Random) -> dict:
    """The words and numbers a document's frame is filled with."""
    year = rng.randint(2029, 2034)
    return {
        "n": kind.name, "N": kind.name.upper(), "slug": kind.name.replace("_", "-"), "f": kind.field,
        "office": kind.office, "Office": kind.office[:1].upper() + kind.office[1:], "plural": kind.plural,
        "Plural": kind.plural[:1].upper() + kind.plural[1:], "year": year,
        "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "serial": rng.randint(101, 989),
        "port": rng.randint(100, 999), "minor": rng.randint(16, 20), "ord": rng.choice(_ORDINAL_SUNDAYS),
        "witness": rng.choice(_WITNESSES), "title": rng.choice(_TITLES),
    }


def _entry_template(record: Record, event: Event, rng: random.Random) -> str:
    if event.role == "give":
        return rng.choice(record.give)
    if event.role == "take_back":
        return rng.choice(record.take_back)
    return rng.choice(record.change_old) if rng.random() < 0.75 else rng.choice(record.change_new)


def _record(fmt: str, event: Event, rng: random.Random, others: list, look: Lookalike | None = None, place: str = "") -> Document:
    record, ctx = RECORDS[fmt], _context(event.kind, rng)
    top = fill(rng.choice(record.tops), **ctx)
    head = [fill(line, **ctx) for line in rng.choice(record.headers)]
    foot = [fill(line, **ctx) for line in rng.choice(record.footers)]
    if look is None:
        line = fill(_entry_template(record, event, rng), h=event.key, v=event.value, o=event.old, **ctx)
        body = [fill(rng.choice(record.give), h=holder, v=value, **ctx) for holder, value in others]
        at = rng.randint(0, len(body))
        body.insert(at, line)
    else:
        template = record.column if place == "column" else rng.choice(record.give)
        line = fill(template, h=event.key, v=event.value, text=look.note, **ctx)
        body = {"before": [fill(record.comment, text=look.note), line],
                "after": [line, fill(record.comment, text=look.note)]}.get(place, [line])
        at = body.index(line)
        if place == "heading":
            top = fill(record.heading, text=look.note)
    lines = [top, *head, *body, *foot]
    text = "\n".join(lines)
    if event.label is None or look is not None:
        return Document(fmt, text, ())
    start = len("\n".join(lines[:1 + len(head) + at])) + 1
    return Document(fmt, text, ((start, start + len(line), event.label),))


def _words(kind: Kind, holder: str, value: str, old: str | None = None) -> dict:
    return {"thing": kind.thing(holder), "Thing": kind.Thing(holder), "value": value, "old": old, "role": kind.role,
            "office": kind.office}


def _prose(fmt: str, event: Event, rng: random.Random, others: list, look: Lookalike | None = None, place: str = "") -> Document:
    prose, ctx = PROSE[fmt], _context(event.kind, rng)
    header = fill(rng.choice(prose.headers), **ctx)
    opening = fill(rng.choice(prose.leads), **ctx)
    closing = fill(rng.choice(prose.closings), **ctx)
    words = _words(event.kind, event.key, event.value, event.old)
    if look is None:
        bank = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}[event.role]
        said = fill(rng.choice(bank), **words)
        beside = [fill(rng.choice(statements.BESIDE), **_words(event.kind, holder, value)) for holder, value in others]
        cut = rng.randint(0, len(beside))
        before, after = [opening, *beside[:cut]], [*beside[cut:], closing]
    else:
        plain = fill(look.plain, **words)
        said = {"sentence": lambda: fill(rng.choice(look.wordings), **words),
                "paren": lambda: f"{plain[:-1]} ({look.aside}).",
                "label": lambda: f"{look.label}: {plain}"}.get(place, lambda: plain)()
        before = [opening, look.note] if place == "before" else [opening]
        after = [look.note, closing] if place == "after" else [closing]
        if place == "heading":
            header = look.note
    paragraph = " ".join([*before, said, *after])
    text = f"{header}\n{paragraph}\n{fill(rng.choice(prose.footers), **ctx)}"
    if event.label is None or look is not None:
        return Document(fmt, text, ())
    start = len(header) + 1 + len(" ".join(before)) + 1
    return Document(fmt, text, ((start, start + len(said), event.label),))


def _aside(event: Event, rng: random.Random) -> Document:
    frame, wordings = ASIDES[event.template]
    told = fill(wordings[event.variant], **_words(event.kind, event.key, event.value))
    head, tail = frame.split("{told}")
    text = f"{head}{told}{tail}"
    spans = ((len(head), len(head) + len(told), event.label),) if event.label else ()
    return Document(event.template, text, spans)


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document: an aside in its own genre; anything else in a format drawn from all thirteen, a
    look-alike with its reason in a place drawn for that format's shape."""
    if event.role == "passing":
        return _aside(event, rng)
    fmt = rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)
    shape, draw = ("record", _record) if fmt in RECORDS else ("prose", _prose)
    if event.role == "lookalike":
        return draw(fmt, event, rng, [], LOOKALIKES[event.template], rng.choice(PLACES[shape]))
    return draw(fmt, event, rng, others)
