"""memlife_v26's documents: each event is one small document in one of thirteen formats.

Seven are records, the deciding entry one line of its own (never the first): an INI file, an XML feed, an
EDIFACT-style message, an HL7-style message, an org-mode table, a GraphQL mutation log and a SQL migration. Six are
prose, the deciding entry one statement of ``statements`` inside a paragraph with a sentence on each side: a radio play
script, an auction catalogue, a scout troop newsletter, an apology letter, a shift handover note and podcast show notes.

A real record may list other holders beside its own (``others``), on lines or in sentences of their own. A look-alike
(``lookalikes``) is rendered in any format with its reason in one of ``PLACES``; a value told in passing is its aside
genre's own frame (``asides``). Only a labelled event carries an evidence span.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES
from .statements import BESIDE, CHANGE, GIVE, TAKE_BACK

__all__ = ["PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "Event", "Prose", "Record", "render"]

PLACES = ("sentence", "heading", "before", "after", "comment")  # where a look-alike gives its reason
OLD_NAMED = 0.7  # how often a record's replacement names the value it replaces


def fill(template: str, **fields: str) -> str:
    """``template`` with each ``{name}`` of ``fields`` replaced (braces of any other kind stay as they are)."""
    for name, value in fields.items():
        template = template.replace("{" + name + "}", value)
    return template


@dataclass(frozen=True)
class Record:
    """A structured format. Entries use {h} (holder), {v} (value), {o} (old value), {n} (register id), {f} (value
    field), {N} (holder noun), {i} (a running number); headers, fillers and footers also {office}, {plural}, {num}."""

    headers: tuple[tuple[str, ...], ...]
    fillers: tuple[str, ...]
    footers: tuple[str, ...]
    give: tuple[str, ...]
    change_old: tuple[str, ...]  # naming the old value
    change_new: tuple[str, ...]  # naming only the new one
    take_back: tuple[str, ...]
    remark: str  # a comment line: {text}
    trail: str  # a comment after an entry on its line: {text}


RECORDS: dict[str, Record] = {
    "ini": Record(
        headers=(("; {office}: {plural}", "[{n}]"), ("# register of {plural}, kept by the {office}", "[{n}.current]")),
        fillers=("encoding = utf-8", "revision = r{num}", "owner = {office}"),
        footers=("; end of section", "; generated {num}"),
        give=("{h} = {v}", "{h}.{f} = {v}"),
        change_old=("{h} = {v}  ; replaces {o}", "{h}.{f} = {v} ; prior={o}"),
        change_new=("{h}.{f} = {v} ; revised",),
        take_back=("{h}.vacated_by = {v}", "{h}.{f}.released = {v}"),
        remark="; {text}", trail="  ; {text}"),
    "xml": Record(
        headers=(('<?xml version="1.0"?>', '<register office="{office}">'), ('<register kind="{n}" rev="{num}">',)),
        fillers=('  <meta source="{office}"/>', '  <meta batch="{num}"/>'),
        footers=("</register>",),
        give=('  <assign {n}="{h}" {f}="{v}"/>', '  <entry id="{h}"><{f}>{v}</{f}></entry>'),
        change_old=('  <reassign {n}="{h}" from="{o}" to="{v}"/>', '  <entry id="{h}" previous="{o}"><{f}>{v}</{f}></entry>'),
        change_new=('  <update {n}="{h}"><{f}>{v}</{f}></update>',),
        take_back=('  <release {n}="{h}" {f}="{v}"/>', '  <entry id="{h}" state="vacant" lastheld="{v}"/>'),
        remark="  <!-- {text} -->", trail=" <!-- {text} -->"),
    "edifact": Record(
        headers=(("UNB+UNOC:3+{N}+{office}+{num}'", "UNH+{num}+REGUPD:D:96A'"), ("UNH+{num}+ALLOC:D:01B'", "BGM+220+{num}'")),
        fillers=("DTM+137:{num}:102'", "NAD+MS+{office}'"),
        footers=("UNT+9+{num}'", "UNZ+1+{num}'"),
        give=("LIN+{i}++{h}' ASG+{v}'", "ALC+{h}+{v}'"),
        change_old=("CHG+{h}+{o}+{v}'", "LIN+{i}++{h}' OLD+{o}' NEW+{v}'"),
        change_new=("LIN+{i}++{h}' UPD+{v}'",),
        take_back=("DEL+{h}+{v}'", "LIN+{i}++{h}' VAC+{v}'"),
        remark="FTX+AAI+++{text}'", trail=" FTX+AAI+++{text}'"),
    "hl7": Record(
        headers=(("MSH|^~\\&|{office}|REG|||{num}||ORU^R01|{num}|P|2.5",), ("MSH|^~\\&|REGISTER|{office}|||{num}||ADT^A08|{num}|P|2.3", "EVN|A08|{num}")),
        fillers=("PID|1||{num}^^^REG", "PV1|1|N|{office}"),
        footers=("ZEN|{num}",),
        give=("OBX|{i}|ST|{h}^{n}||{v}||||||F", "OBX|{i}|CE|{n}^{h}||{v}^{f}||||||F"),
        change_old=("OBX|{i}|ST|{h}^{n}||{v}|{o}|||||C", "OBX|{i}|CE|{n}^{h}||{v}^{f}|was^{o}|||||C"),
        change_new=("OBX|{i}|ST|{h}^{n}||{v}||||||C",),
        take_back=("OBX|{i}|ST|{h}^{n}||{v}|vacated|||||D", "OBX|{i}|CE|{n}^{h}||{v}^{f}|released|||||D"),
        remark="NTE|1||{text}", trail="|NTE^{text}"),
    "org": Record(
        headers=(("* {office}: {plural}", "| {N} | {f} | status |", "|---+---+---|"), ("#+TITLE: {plural} at the {office}", "| id | {f} | note |")),
        fillers=("#+DATE: {num}",),
        footers=("#+TBLFM: $3=vmean($2)", "# export {num}"),
        give=("| {h} | {v} | placed |", "| {h} | {v} | fresh entry |"),
        change_old=("| {h} | {v} | moved here from {o} |", "| {h} | {v} | after {o} |"),
        change_new=("| {h} | {v} | updated |",),
        take_back=("| {h} | {v} | vacated |", "| {h} | {v} | gone, slot open |"),
        remark="# {text}", trail=" # {text}"),
    "graphql": Record(
        headers=(("# mutation log, {office}", "# schema {n} v{num}"), ("# replayed mutations for {plural}",)),
        fillers=("# request id {num}",),
        footers=("# {num} mutations applied",),
        give=('mutation { assign(id: "{h}", {f}: "{v}") { ok } }', 'mutation { set{n}(id: "{h}", value: "{v}") { id } }'),
        change_old=('mutation { reassign(id: "{h}", from: "{o}", to: "{v}") { ok } }',
                    'mutation { swap{n}(id: "{h}", old: "{o}", new: "{v}") { id } }'),
        change_new=('mutation { update(id: "{h}", {f}: "{v}") { ok } }',),
        take_back=('mutation { unassign(id: "{h}", {f}: "{v}") { ok } }', 'mutation { vacate{n}(id: "{h}", last: "{v}") { id } }'),
        remark="# {text}", trail="  # {text}"),
    "sql": Record(
        headers=(("-- {office}: migration {num}", "BEGIN;"), ("-- {plural} register, patch {num}",)),
        fillers=("SET search_path = {n};",),
        footers=("COMMIT;",),
        give=("INSERT INTO {n}s ({n}, {f}) VALUES ('{h}', '{v}');", "UPSERT {n}s SET {f} = '{v}' KEY '{h}';"),
        change_old=("UPDATE {n}s SET {f} = '{v}' WHERE {n} = '{h}' AND {f} = '{o}';",
                    "UPDATE {n}s SET {f} = '{v}' WHERE {n} = '{h}'; -- was '{o}'"),
        change_new=("UPDATE {n}s SET {f} = '{v}' WHERE {n} = '{h}';",),
        take_back=("DELETE FROM {n}s WHERE {n} = '{h}' AND {f} = '{v}';", "UPDATE {n}s SET vacated_by = '{v}' WHERE {n} = '{h}';"),
        remark="-- {text}", trail="  -- {text}"),
}


@dataclass(frozen=True)
class Prose:
    """A prose format: a first line, a paragraph (a lead sentence, the statement and what stands beside it, a closing
    sentence, every sentence spoken by one of ``speakers`` where there are any) and an optional last line."""

    headers: tuple[str, ...]
    leads: tuple[str, ...]
    closings: tuple[str, ...]
    footers: tuple[str, ...]
    speakers: tuple[str, ...] = ()


PROSE: dict[str, Prose] = {
    "radio_play": Prose(
        headers=("SCENE FOUR. The {office}, a wet Thursday. Rain against the window.", "EPISODE 12, PART TWO. Inside the {office}. A kettle clicks off."),
        leads=("Right, pen at the ready.", "Listen, I have got the list here.", "Hold the torch steady, will you."),
        closings=("Now put the kettle back on.", "That is the lot for tonight.", "Sound of a door banging shut."),
        footers=("END OF SCENE.", "MUSIC: closing theme."),
        speakers=("MAVIS", "DEREK", "ANCHOR")),
    "auction": Prose(
        headers=("LOT {num}. Sundry papers from the {office}, one folder.", "Catalogue, autumn sale, lot {num}: a ledger page of {plural}."),
        leads=("A clean copy in a fair hand.", "Slight foxing to the margins.", "Offered with its original envelope."),
        closings=("Estimate forty to sixty pounds.", "Viewing by appointment only on Friday.", "Buyer's premium applies."),
        footers=("Condition reports on request.",)),
    "scout_news": Prose(
        headers=("THE WOODSMOKE PATROL: troop news for the month.", "1st Harrowgate Scouts, parents' bulletin, issue {num}."),
        leads=("What a term it has been for the troop.", "Our badge work is racing along.", "Thanks again to everyone who helped at the jumble sale."),
        closings=("Camp forms are due back by the end of the month.", "Bring a torch to the next meeting.", "Dib dib dob, as ever."),
        footers=("Akela and the leaders.",)),
    "apology": Prose(
        headers=("Dear colleagues at the {office},", "To whom it may concern,"),
        leads=("I owe you all an apology for the muddle last week.", "Please accept my sincere regrets for the confusion on Monday.",
               "I am writing to put things right after the mix-up."),
        closings=("I hope this settles the matter.", "Thank you for your patience while we sorted it.", "Again, my apologies."),
        footers=("Yours, with embarrassment, Colin", "Kind regards, the duty manager")),
    "handover": Prose(
        headers=("Shift handover, {office}, 18:00.", "Night handover to early shift, {office}."),
        leads=("Quiet shift overall.", "Busy start, calmer after nine.", "One phone call from head office, logged."),
        closings=("Coffee machine needs descaling.", "Keys are in the usual drawer.", "Ring me if anything comes up."),
        footers=("Signed off, R. Okafor.", "Handed over at 18:05.")),
    "podcast": Prose(
        headers=("Show notes, episode {num}: behind the scenes at the {office}.", "Episode {num} show notes: the {plural} special."),
        leads=("This week we sit down with the people who keep the place running.", "Grab a cuppa, this one runs long.",
               "We start with listener questions."),
        closings=("Timestamps are below.", "Subscribe wherever you get your podcasts.", "Thanks to our sponsor, a local bakery."),
        footers=("Music by the Blue Kettles.", "Produced in a garden shed.")),
}

RECORD_FORMATS = list(RECORDS)
SENTENCE_FORMATS = list(PROSE)
_TEMPLATES = {"give": GIVE, "take_back": TAKE_BACK}


def _fields(kind: Kind, rng: random.Random) -> dict[str, str]:
    return {"office": kind.office, "plural": kind.plural, "n": kind.name, "f": kind.field, "N": kind.noun,
            "num": str(rng.randint(100, 9999))}


def _entry(fmt: str, role: str, kind: Kind, holder: str, value: str, old: str | None, rng: random.Random, i: int) -> str:
    record = RECORDS[fmt]
    if role == "change":
        templates = record.change_old if rng.random() < OLD_NAMED else record.change_new
    else:
        templates = record.take_back if role == "take_back" else record.give
    return fill(rng.choice(templates), h=holder, v=value, o=old or "", n=kind.name, f=kind.field, N=kind.noun, i=str(i))


def _statement(role: str, kind: Kind, holder: str, value: str, old: str | None, rng: random.Random) -> str:
    bank = CHANGE if role == "change" else _TEMPLATES[role]
    return fill(rng.choice(bank), thing=kind.thing(holder), Thing=kind.Thing(holder), value=value, old=old or "", role=kind.role)


def _beside(kind: Kind, holder: str, value: str, rng: random.Random) -> str:
    return fill(rng.choice(BESIDE), thing=kind.thing(holder), Thing=kind.Thing(holder), value=value, role=kind.role)


def _record(fmt: str, kind: Kind, rng: random.Random, body: list[str], main: int | None, heading: str | None = None):
    """A record's text: optional heading, a header, a filler, ``body`` (line ``main`` the deciding one), a footer.
    Returns (text, start and end of the main line or None)."""
    record, fields = RECORDS[fmt], _fields(kind, rng)
    lines = ([heading] if heading else []) + [fill(h, **fields) for h in rng.choice(record.headers)]
    if rng.random() < 0.5:
        lines.append(fill(rng.choice(record.fillers), **fields))
    first = len(lines)
    lines += body
    if rng.random() < 0.7:
        lines.append(fill(rng.choice(record.footers), **fields))
    text = "\n".join(lines)
    if main is None:
        return text, None
    start = sum(len(l) + 1 for l in lines[:first + main])
    return text, (start, start + len(lines[first + main]))


def _prose(fmt: str, kind: Kind, rng: random.Random, before: list[str], middle: str, after: list[str], heading: str | None = None):
    """A prose text: optional heading, a first line, one paragraph (lead, ``before``, ``middle``, ``after``, closing),
    an optional last line. Returns (text, start and end of ``middle``)."""
    prose, fields = PROSE[fmt], _fields(kind, rng)
    lines = ([heading] if heading else []) + [fill(rng.choice(prose.headers), **fields)]
    speaker = f"{rng.choice(prose.speakers)}: " if prose.speakers else ""
    head = " ".join([speaker + rng.choice(prose.leads), *before]) + " "
    paragraph = head + middle + " " + " ".join([*after, rng.choice(prose.closings)])
    start = sum(len(l) + 1 for l in lines) + len(head)
    lines.append(paragraph)
    if rng.random() < 0.6:
        lines.append(rng.choice(prose.footers))
    return "\n".join(lines), (start, start + len(middle))


def _written(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    fmt = rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)
    kind = event.kind
    if fmt in RECORDS:
        rows = [(h, v) for h, v in others]
        main = rng.randint(0, len(rows))
        rows.insert(main, None)
        body = [_entry(fmt, event.role, kind, event.key, event.value, event.old, rng, i + 1) if row is None
                else _entry(fmt, "give", kind, row[0], row[1], None, rng, i + 1) for i, row in enumerate(rows)]
        text, span = _record(fmt, kind, rng, body, main)
    else:
        sentences = [_beside(kind, h, v, rng) for h, v in others]
        cut = rng.randint(0, len(sentences))
        statement = _statement(event.role, kind, event.key, event.value, event.old, rng)
        text, span = _prose(fmt, kind, rng, sentences[:cut], statement, sentences[cut:])
    return Document(fmt, text, ((*span, event.label),) if event.label else ())


def _lookalike(event: Event, rng: random.Random) -> Document:
    look, kind = LOOKALIKES[event.template], event.kind
    fmt = rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)
    place = rng.choice(PLACES)
    fields = {"thing": kind.thing(event.key), "Thing": kind.Thing(event.key), "value": event.value, "role": kind.role}
    if fmt in RECORDS:
        record = RECORDS[fmt]
        entry = _entry(fmt, "give", kind, event.key, event.value, None, rng, 1)
        if place == "sentence":
            body = [fill(record.remark, text=fill(rng.choice(look.wordings), **fields))]
        elif place == "heading":
            body = [entry]
        elif place == "before":
            body = [fill(record.remark, text=look.note), entry]
        elif place == "after":
            body = [entry, fill(record.remark, text=look.note)]
        else:
            body = [entry + fill(record.trail, text=look.note)]
        text, _ = _record(fmt, kind, rng, body, None, heading=look.note if place == "heading" else None)
    else:
        plain = fill(look.plain, **fields)
        middle = {"sentence": fill(rng.choice(look.wordings), **fields), "heading": plain, "before": f"{look.note} {plain}",
                  "after": f"{plain} {look.note}", "comment": f"{plain[:-1]} ({look.note})"}[place]
        text, _ = _prose(fmt, kind, rng, [], middle, [], heading=look.note if place == "heading" else None)
    return Document(fmt, text, ())


def _aside(event: Event, rng: random.Random) -> Document:
    kind = event.kind
    frame, wordings = ASIDES[event.template]
    told = fill(wordings[event.variant], thing=kind.thing(event.key), Thing=kind.Thing(event.key), value=event.value, role=kind.role)
    start = frame.index("{told}")
    return Document(event.template, frame.replace("{told}", told), ((start, start + len(told), event.label),) if event.label else ())


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document; ``others`` (holder, value) are listed beside a real record's own entry."""
    if event.role == "lookalike":
        return _lookalike(event, rng)
    if event.role == "passing":
        return _aside(event, rng)
    return _written(event, rng, others)
