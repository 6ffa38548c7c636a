"""memlife_v28's events and the small documents they are rendered as.

Thirteen formats. Seven are records, whose deciding entry is one whole line below a header (never the first line):
a YAML register, a JSON-lines export, a fixed-width status report, a spreadsheet export (tab-separated), a thread of
text messages, a SQL change script and an INI file. Six are prose, whose deciding entry is one statement inside a
paragraph, with a sentence before and after it: a local radio bulletin script, a letter to the editor, a voicemail
transcript, a podcast transcript, a school newsletter and a naturalist's field notebook. A real entry may list up to
two other holders beside its own (as lines of the record, or as ``statements.BESIDE`` sentences).

A look-alike (``lookalikes``) names the asked holder with a value nobody entered: its reason is told in the same
sentence, or as the document's first line, just before the entry, just after it, or on the same line (``PLACES``),
in records and in prose alike. A value told in passing comes in one of the ``asides`` genres. Neither decides
anything: a look-alike has no evidence span; an aside's span is the sentence that tells the value.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES
from .statements import BESIDE, CHANGE, GIVE, TAKE_BACK

__all__ = ["Event", "PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "Prose", "Record", "fill", "render"]

PLACES = ("sentence", "heading", "before", "after", "comment")  # where a look-alike gives its reason

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = ["Bev", "Gethin", "Priya", "Tomasz", "Ines", "Kofi", "Moira", "Oskar", "Wen", "Lowri"]


_FIELD = re.compile(r"\{(\w+)(:[^{}]*)?\}")


def fill(template: str, **values) -> str:
    """``template`` with each ``{name}`` or ``{name:spec}`` it knows replaced, in one pass; any other brace (a YAML
    flow mapping, a JSON object) stays as written."""

    def one(match: re.Match) -> str:
        name, spec = match.group(1), match.group(2)
        if name not in values:
            return match.group(0)
        return format(values[name], spec[1:] if spec else "")

    return _FIELD.sub(one, template)


@dataclass(frozen=True)
class Record:
    """A record format: placeholders ``{h}`` (holder), ``{v}`` (value), ``{o}`` (old value), the register's words
    (``{n}``, ``{f}``, ``{table}``, ``{plural}``, ``{office}``, ``{HOLDER}``, ``{FIELD}``, ``{PLURAL}``) and the
    sheet's own (``{date}``, a weekday, or ``{DAY}`` in capitals; ``{time}``, ``{who}``, ``{count}``)."""

    headers: tuple[tuple[str, ...], ...]  # one is drawn: the lines above the entries
    give: tuple[str, ...]
    change_old: tuple[str, ...]  # a replacement naming the old value
    change_new: tuple[str, ...]  # a replacement naming only the new one
    take_back: tuple[str, ...]
    remark: str  # a line of its own carrying ``{text}``
    trail: str  # ``{text}`` on the same line as an entry: ``{line}``, or ``{body}`` (the line less its last character)
    fillers: tuple[str, ...]  # a line that says nothing about any holder; one is sometimes among the entries
    footers: tuple[str, ...]


RECORDS: dict[str, Record] = {
    "yaml_register": Record(
        headers=(("# {plural}: allocations kept by the {office}", "{table}:"),
                 ("---", "# exported {date} for the {office}", "{table}:")),
        give=("  - {{n}: {h}, {f}: {v}}", "  - {{n}: {h}, {f}: {v}, since: {date}}"),
        change_old=("  - {{n}: {h}, {f}: {v}, replaces: {o}}", "  - {{n}: {h}, {f}: {v}, was: {o}, on: {date}}"),
        change_new=("  - {{n}: {h}, {f}: {v}, amended: {date}}",),
        take_back=("  - {{n}: {h}, {f}: null, dropped: {v}}", "  - {{n}: {h}, vacated_by: {v}, on: {date}}"),
        remark="  # {text}",
        trail="{line}  # {text}",
        fillers=("  # checked against the paper ledger on {date}",),
        footers=("...", "# {count} row(s)"),
    ),
    "jsonl_export": Record(
        headers=(('{"export": "{table}", "kept_by": "{office}", "generated": "{date}"}',),
                 ('{"schema": "registers/{n}", "rows_follow": true}',)),
        give=('{"op": "assign", "{n}": "{h}", "{f}": "{v}"}', '{"{n}": "{h}", "{f}": "{v}", "at": "{date} {time}"}'),
        change_old=('{"op": "update", "{n}": "{h}", "{f}": "{v}", "previous": "{o}"}',
                    '{"{n}": "{h}", "from": "{o}", "to": "{v}"}'),
        change_new=('{"op": "update", "{n}": "{h}", "{f}": "{v}"}',),
        take_back=('{"op": "clear", "{n}": "{h}", "dropped": "{v}"}', '{"{n}": "{h}", "{f}": null, "formerly": "{v}"}'),
        remark='{"comment": "{text}"}',
        trail='{body}, "comment": "{text}"}',
        fillers=('{"op": "checkpoint", "at": "{date} {time}"}',),
        footers=('{"rows": {count}, "status": "complete"}',),
    ),
    "fixed_width": Record(
        headers=(("{PLURAL} - ALLOCATION REPORT, {DAY}", "{HOLDER:<14} {FIELD:<22} ACTION",
                  "-------------- ---------------------- ----------"),
                 ("{HOLDER:<14} {FIELD:<22} ACTION", "============== ====================== ==========")),
        give=("{h:<14} {v:<22} ALLOCATED", "{h:<14} {v:<22} NEW ENTRY {DAY}"),
        change_old=("{h:<14} {v:<22} REPLACES {o}", "{h:<14} {v:<22} WAS {o}"),
        change_new=("{h:<14} {v:<22} REVISED {DAY}",),
        take_back=("{h:<14} {v:<22} VACATED", "{h:<14} {v:<22} LAPSED, SLOT FREE"),
        remark="** {text}",
        trail="{line}  ** {text}",
        fillers=("... continued from previous page ...",),
        footers=("END OF REPORT, {count} LINE(S)", "PRINTED {DAY} {time}"),
    ),
    "sheet_export": Record(
        headers=(("# {table}.xlsx, sheet 1, exported {date}", "{n}\t{f}\tentry\tday"),
                 ("{n}\t{f}\tentry\tday",)),
        give=("{h}\t{v}\tadded\t{date}", "{h}\t{v}\tassigned\t{date}"),
        change_old=("{h}\t{v}\tin place of {o}\t{date}", "{h}\t{o} -> {v}\tswapped\t{date}"),
        change_new=("{h}\t{v}\tupdated\t{date}",),
        take_back=("{h}\t{v}\tstruck through\t{date}", "{h}\t(blank, was {v})\tcleared\t{date}"),
        remark="memo\t{text}",
        trail="{line}\t{text}",
        fillers=("#\tfrozen rows above",),
        footers=("# {count} data row(s)", "# end of sheet"),
    ),
    "sms_thread": Record(
        headers=(("Messages: {office} group", "Today"), ("Text messages with the {office}",)),
        give=("{time} {who}: {h} is {v} from today", "{time} {who}: put {v} down for {h} pls",
              "{time} {who}: {h} = {v}, sorted"),
        change_old=("{time} {who}: swap {h} from {o} to {v}", "{time} {who}: {h} was {o}, now {v}"),
        change_new=("{time} {who}: update, {h} is {v} now",),
        take_back=("{time} {who}: scrap {v} for {h}, it's empty again", "{time} {who}: {h} lost {v} today, slot's free"),
        remark="{time} {who}: {text}",
        trail="{line} / {text}",
        fillers=("{time} {who}: ok", "{time} {who}: thanks x", "{time} {who}: will do"),
        footers=("Delivered", "Read {time}"),
    ),
    "sql_script": Record(
        headers=(("-- {plural}, changes for {date}", "BEGIN;"),
                 ("-- run by the {office}", "SET search_path = registers;", "BEGIN;")),
        give=("INSERT INTO {table} ({n}, {f}) VALUES ('{h}', '{v}');",
              "INSERT INTO {table} VALUES ('{h}', '{v}', '{date}');"),
        change_old=("UPDATE {table} SET {f} = '{v}' WHERE {n} = '{h}' AND {f} = '{o}';",
                    "UPDATE {table} SET {f} = '{v}' WHERE {n} = '{h}'; -- was '{o}'"),
        change_new=("UPDATE {table} SET {f} = '{v}' WHERE {n} = '{h}';",),
        take_back=("DELETE FROM {table} WHERE {n} = '{h}' AND {f} = '{v}';",
                   "UPDATE {table} SET {f} = NULL WHERE {n} = '{h}'; -- drops '{v}'"),
        remark="-- {text}",
        trail="{line} -- {text}",
        fillers=("SAVEPOINT checked;",),
        footers=("COMMIT;",),
    ),
    "ini_file": Record(
        headers=(("; {plural}, maintained by the {office}", "[{n}]"), ("; exported {date}", "[{table}]")),
        give=("{h} = {v}", "{h} = {v} ; entered {date}"),
        change_old=("{h} = {v} ; was {o}", "{h} = {v} ; formerly {o}, changed {date}"),
        change_new=("{h} = {v} ; revised {date}",),
        take_back=("{h} = ; emptied, previously {v}", "{h} = (vacant) ; {v} gone {date}"),
        remark="; {text}",
        trail="{line} ; {text}",
        fillers=(";",),
        footers=("; end of section", "[meta]"),
    ),
}


@dataclass(frozen=True)
class Prose:
    """A prose format: a heading line, one paragraph (a lead sentence, the statements, a closing sentence) and a
    sign-off line; ``{plural}``, ``{office}`` and ``{date}`` (a weekday) are filled in."""

    headers: tuple[str, ...]
    leads: tuple[str, ...]
    closings: tuple[str, ...]
    footers: tuple[str, ...]


PROSE: dict[str, Prose] = {
    "radio_bulletin": Prose(
        headers=("RADIO HOLMESDALE, 07:45 COMMUNITY BULLETIN (SCRIPT)", "Breakfast show script, community slot"),
        leads=("Good morning, and here is the round-up of {plural} from the {office}.",
               "Time now for the community slot, read exactly as it was sent in."),
        closings=("More after the travel news.", "And that's the bulletin, so back to the music."),
        footers=("[JINGLE]", "[ENDS]"),
    ),
    "letter_to_editor": Prose(
        headers=("Letters to the Editor", "To the Editor of the Weekly Courier"),
        leads=("Sir, I write so that your readers have the facts about the {plural} straight.",
               "Madam, several people have asked me about the {plural}, so here it is."),
        closings=("I trust this settles the matter.", "Your readers may find this useful."),
        footers=("Yours faithfully, G. Pryce, for the {office}", "Name and address supplied"),
    ),
    "voicemail": Prose(
        headers=("Voicemail transcript (automatic), 1 new message", "Transcribed voicemail, received {date} at {time}"),
        leads=("Hi, it's Marion, the {office}, just a quick one.",
               "Hello, this is the {office} returning your call about the {plural}."),
        closings=("Call back on the usual number if anything's unclear, bye.", "That's everything, speak soon."),
        footers=("[end of message]", "Press 7 to delete, 9 to save."),
    ),
    "podcast": Prose(
        headers=("Episode 112 transcript, 00:14:32", "Podcast transcript, housekeeping segment"),
        leads=("HOST: Right, a bit of housekeeping about the {plural} before our guest joins us.",
               "CO-HOST: Listeners keep asking for updates from the {office}, so here you go."),
        closings=("HOST: Anyway, on with the show.", "CO-HOST: Right, let's get to the interview."),
        footers=("[music]", "[transcript continues]"),
    ),
    "school_newsletter": Prose(
        headers=("Hollybrook Primary, Friday Newsletter", "News from the school office, {date}"),
        leads=("What a busy week it has been for everyone.",
               "Our Year 5 project on the {plural} brought a message from the {office}."),
        closings=("Have a restful weekend.", "Reading folders back on Monday, please."),
        footers=("Mrs Okafor, Headteacher", "Hollybrook PTA"),
    ),
    "field_journal": Prose(
        headers=("Field notebook, p. 43, overcast, wind SW 3", "Notebook entry, {date}"),
        leads=("Walked the usual transect before breakfast.", "Rain cleared by nine, so out with the binoculars."),
        closings=("Kestrel hovering over the railway cutting.", "Home by noon, boots soaked."),
        footers=("J.R.", "(continued overleaf)"),
    ),
}

RECORD_FORMATS: tuple[str, ...] = tuple(RECORDS)
SENTENCE_FORMATS: tuple[str, ...] = tuple(PROSE)
FORMATS = RECORD_FORMATS + SENTENCE_FORMATS


class _Sheet:
    """The register's words and one document's day; each line gets a later time and a sender."""

    def __init__(self, kind: Kind, rng: random.Random):
        self.rng = rng
        self.words = {"n": kind.name, "f": kind.field, "table": kind.plural.replace(" ", "_"), "plural": kind.plural,
                      "office": kind.office, "HOLDER": kind.name.upper(), "FIELD": kind.field.upper(),
                      "PLURAL": kind.plural.upper(),
                      "date": rng.choice(WEEKDAYS)}  # a day, never a calendar date: documents stay in written order
        self.words["DAY"] = self.words["date"].upper()
        self.minute = rng.randint(7 * 60, 20 * 60)

    def line(self, template: str, **more) -> str:
        self.minute += self.rng.randint(1, 9)
        clock = f"{self.minute // 60 % 24:02d}:{self.minute % 60:02d}"
        return fill(template, time=clock, who=self.rng.choice(PEOPLE), **self.words, **more)


def _said(kind: Kind, holder: str, value: str, old: str | None = None) -> dict:
    return {"thing": kind.thing(holder), "Thing": kind.Thing(holder), "value": value, "role": kind.role, "old": old}


def _bank(event: Event, record: Record | None = None) -> tuple[str, ...]:
    if record is None:
        return {"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK}[event.role]
    return {"give": record.give, "change": record.change_old + record.change_new, "take_back": record.take_back}[event.role]


def _joined(parts: list[str], sep: str, marked: int | None) -> tuple[str, tuple[int, int] | None]:
    """``parts`` joined by ``sep``, and where part ``marked`` sits in the result."""
    text, at = "", None
    for i, part in enumerate(parts):
        if i:
            text += sep
        if i == marked:
            at = (len(text), len(text) + len(part))
        text += part
    return text, at


def _record(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    record = RECORDS[fmt]
    sheet = _Sheet(event.kind, rng)
    lines = [sheet.line(h) for h in rng.choice(record.headers)]
    entries = [(rng.choice(record.give), {"h": h, "v": v}) for h, v in others]
    own = (rng.choice(_bank(event, record)), {"h": event.key, "v": event.value, "o": event.old})
    entries.insert(rng.randint(0, len(entries)), own)
    count = len(entries)
    if rng.random() < 0.4:
        entries.insert(rng.randint(0, len(entries)), (rng.choice(record.fillers), {}))
    marked = len(lines) + entries.index(own)
    lines += [sheet.line(template, **said) for template, said in entries]  # in order: the clock runs forward
    lines.append(sheet.line(rng.choice(record.footers), count=count))
    text, at = _joined(lines, "\n", marked)
    return Document(fmt, text, ((*at, event.label),) if event.label else ())


def _prose(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    prose = PROSE[fmt]
    sheet = _Sheet(event.kind, rng)
    header, lead = sheet.line(rng.choice(prose.headers)), sheet.line(rng.choice(prose.leads))
    sentences = [fill(rng.choice(BESIDE), **_said(event.kind, h, v)) for h, v in others]
    own = fill(rng.choice(_bank(event)), **_said(event.kind, event.key, event.value, event.old))
    sentences.insert(rng.randint(0, len(sentences)), own)
    parts = [lead, *sentences, sheet.line(rng.choice(prose.closings))]
    paragraph, at = _joined(parts, " ", 1 + sentences.index(own))
    offset = len(header) + 1
    text = f"{header}\n{paragraph}\n{sheet.line(rng.choice(prose.footers))}"
    return Document(fmt, text, ((offset + at[0], offset + at[1], event.label),) if event.label else ())


def _lookalike(event: Event, rng: random.Random) -> Document:
    """The asked holder with a value nobody entered, and the reason why, placed as ``PLACES`` says."""
    look = LOOKALIKES[event.template]
    fmt, place = rng.choice(FORMATS), rng.choice(PLACES)
    said = _said(event.kind, event.key, event.value)
    told = fill(rng.choice(look.wordings), **said)
    sheet = _Sheet(event.kind, rng)
    if fmt in RECORDS:
        record = RECORDS[fmt]
        lines = [sheet.line(h) for h in rng.choice(record.headers)]
        if place == "sentence":
            template, said = record.remark, {"text": told}
        else:
            template, said = rng.choice(record.give), {"h": event.key, "v": event.value}
        for part in {"before": ("note", "entry"), "after": ("entry", "note")}.get(place, ("entry",)):  # in order
            if part == "note":
                lines.append(sheet.line(record.remark, text=look.note))
            elif place == "comment":
                entry = sheet.line(template, **said)
                lines.append(fill(record.trail, line=entry, body=entry[:-1], text=look.note))
            else:
                lines.append(sheet.line(template, **said))
        lines.append(sheet.line(rng.choice(record.footers), count=1))
    else:
        prose = PROSE[fmt]
        plain = fill(look.plain, **said)
        middle = {"sentence": told, "comment": f"{plain[:-1]} ({look.note[:-1]}).", "before": f"{look.note} {plain}",
                  "after": f"{plain} {look.note}", "heading": plain}[place]
        lines = [sheet.line(rng.choice(prose.headers)),
                 f"{sheet.line(rng.choice(prose.leads))} {middle} {sheet.line(rng.choice(prose.closings))}",
                 sheet.line(rng.choice(prose.footers))]
    if place == "heading":
        lines.insert(0, look.note)
    return Document(fmt, "\n".join(lines), ())


def _aside(event: Event) -> Document:
    """A value told in passing: the genre's frame around one of its two wordings."""
    frame, wordings = ASIDES[event.template]
    told = fill(wordings[event.variant], **_said(event.kind, event.key, event.value))
    start = frame.index("{told}")
    spans = ((start, start + len(told), event.label),) if event.label else ()
    return Document(event.template, frame.replace("{told}", told), spans)


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """One event as one document; ``others`` (holder, value) are listed beside a real entry, never beside a
    look-alike or an aside."""
    if event.role == "passing":
        return _aside(event)
    if event.role == "lookalike":
        return _lookalike(event, rng)
    fmt = rng.choice(FORMATS)
    return (_record if fmt in RECORDS else _prose)(fmt, event, rng, others)
