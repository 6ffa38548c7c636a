"""Each event as one small document, in one of thirteen formats: seven of records, where the deciding entry is a
whole line, and six of prose, where it is one sentence of a paragraph.

Records: an INI section, a JSON Lines audit tail, an XML batch, a syslog excerpt, a Markdown change table, a telex
and an issue tracker's history. Prose: a shift handover note, a staff bulletin, an email reply, a podcast transcript,
a field diary entry and a press release. A record or a prose document about a real write lists 0-2 strangers beside
the holder it decides (``with_a_stranger`` draws them), each on a line or in a sentence of its own. A look-alike
(``lookalikes``) stands alone in any of the thirteen; a value told in passing (``asides``) is a document of its
genre.
"""

from __future__ import annotations

import json
import random

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES
from .statements import BESIDE, CHANGE, GIVE, TAKE_BACK

__all__ = ["PLACES", "RECORD_FORMATS", "SENTENCE_FORMATS", "Event", "render"]

PLACES = ("inline", "heading", "before", "after")  # where a look-alike's reason goes


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PEOPLE = ["Hattie", "Rashid", "Gwen", "Tobias", "Nkechi", "Alasdair", "Ines", "Padraig", "Yusuf", "Morwenna", "Kit", "Oona"]
HANDLES = ["jfen", "r.okafor", "mtb", "lhaldane", "sk77", "apinto", "dwhyte", "e.mbeki"]
TOWNS = ["Kettering", "Oban", "Hexham", "Bideford", "Ludlow", "Whitby", "Falmouth", "Brecon"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _iso(rng: random.Random) -> str:
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _day(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"


def _slug(office: str) -> str:
    return office.replace(" ", "-").replace("'", "")


def _fill(template: str, kind: Kind, holder: str, value: str, old: str | None = None) -> str:
    return template.format(thing=kind.thing(holder), Thing=kind.Thing(holder), value=value, old=old, role=kind.role,
                           office=kind.office)


# Records --------------------------------------------------------------------------------------------------------------

class Record:
    """A record format: its opening lines, one line per entry (``entry``), a free-text line (``remark``), its closing
    lines, and ``stamp`` for formats whose every body line carries a running prefix."""

    name = ""

    def head(self, kind: Kind, rng: random.Random) -> list[str]:
        return []

    def entry(self, role: str, kind: Kind, holder: str, value: str, old: str | None, rng: random.Random) -> str:
        raise NotImplementedError

    def remark(self, text: str, rng: random.Random) -> str:
        raise NotImplementedError

    def tail(self, kind: Kind, rng: random.Random) -> list[str]:
        return []

    def stamp(self, lines: list[str], rng: random.Random) -> list[str]:
        return lines


class Ini(Record):
    name = "ini_section"

    def head(self, kind, rng):
        return [f"; {kind.office} register, exported {_iso(rng)}", f"[{kind.name}.{kind.field}]"]

    def entry(self, role, kind, holder, value, old, rng):
        if role == "change":
            return f"{holder} = {value}    ; was {old} until {_day(rng)}"
        if role == "take_back":
            return f"; {holder} = {value}    ; struck {_day(rng)}, left empty"
        return f"{holder} = {value}"

    def remark(self, text, rng):
        return f"; {text}"


class JsonLines(Record):
    name = "jsonl_audit"

    def head(self, kind, rng):
        return [f"$ tail -n {rng.randint(3, 40)} {_slug(kind.office)}/audit.jsonl"]

    def _row(self, rng, **fields) -> str:
        stamp = f"{_iso(rng)}T{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}Z"
        return json.dumps({"ts": stamp, **fields}, ensure_ascii=False)

    def entry(self, role, kind, holder, value, old, rng):
        who = rng.choice(HANDLES)
        if role == "change":
            return self._row(rng, op="replace", **{kind.name: holder, kind.field: value, "was": old}, by=who)
        if role == "take_back":
            return self._row(rng, op="revoke", **{kind.name: holder, kind.field: value, "successor": None}, by=who)
        return self._row(rng, op="assign", **{kind.name: holder, kind.field: value}, by=who)

    def remark(self, text, rng):
        return self._row(rng, op="remark", text=text)


class Xml(Record):
    name = "xml_batch"

    def head(self, kind, rng):
        return ['<?xml version="1.0" encoding="utf-8"?>', f'<batch office="{kind.office}" date="{_iso(rng)}">']

    def entry(self, role, kind, holder, value, old, rng):
        if role == "change":
            return f'<assign {kind.name}="{holder}" {kind.field}="{value}" replaces="{old}"/>'
        if role == "take_back":
            return f'<revoke {kind.name}="{holder}" {kind.field}="{value}" vacant="true"/>'
        return f'<assign {kind.name}="{holder}" {kind.field}="{value}"/>'

    def remark(self, text, rng):
        return f"<!-- {text} -->"

    def tail(self, kind, rng):
        return ["</batch>"]


class Syslog(Record):
    name = "syslog_excerpt"

    def head(self, kind, rng):
        return [f"==> /var/log/{_slug(kind.office)}.log <=="]

    def entry(self, role, kind, holder, value, old, rng):
        if role == "change":
            return f"{kind.name} {holder}: {kind.field} {old} -> {value}"
        if role == "take_back":
            return f"{kind.name} {holder}: {kind.field} {value} revoked, slot vacant"
        return f"{kind.name} {holder}: {kind.field} set to {value}"

    def remark(self, text, rng):
        return f"operator note: {text}"

    def stamp(self, lines, rng):
        month, day, host, pid = rng.choice(MONTHS), rng.randint(1, 28), rng.choice(["reg01", "ledger-b", "yardbox"]), rng.randint(300, 9999)
        at = rng.randint(6 * 3600, 20 * 3600)
        stamped = []
        for line in lines:
            at += rng.randint(1, 400)
            stamped.append(f"{month} {day:2d} {at // 3600:02d}:{at // 60 % 60:02d}:{at % 60:02d} {host} regd[{pid}]: {line}")
        return stamped


class MarkdownTable(Record):
    name = "markdown_table"

    def head(self, kind, rng):
        office = kind.office[0].upper() + kind.office[1:]
        return [f"### {office}: changes, week {rng.randint(1, 52)}", f"| {kind.noun} | {kind.role} | action |",
                "|---|---|---|"]

    def entry(self, role, kind, holder, value, old, rng):
        action = {"change": f"replaces {old}", "take_back": "withdrawn, left vacant"}.get(role, "assigned")
        return f"| {holder} | {value} | {action} |"

    def remark(self, text, rng):
        return f"> {text}"


class Telex(Record):
    name = "telex"

    def head(self, kind, rng):
        return [f"ZCZC {rng.randint(1000, 9999)}", f"FM {kind.office.upper()}", "TO ALL SITES"]

    def entry(self, role, kind, holder, value, old, rng):
        if role == "change":
            return f"{holder} NOW {value} VICE {old} STOP"
        if role == "take_back":
            return f"{holder} {value} CANCELLED FORTHWITH NONE TO FOLLOW STOP"
        return f"{holder} ALLOCATED {value} STOP"

    def remark(self, text, rng):
        return f"NB {text} STOP"

    def tail(self, kind, rng):
        return ["NNNN"]


class Tracker(Record):
    name = "tracker_history"

    def head(self, kind, rng):
        return [f"Ticket #{rng.randint(100, 9999)} ({kind.office}), history"]

    def entry(self, role, kind, holder, value, old, rng):
        who = f"* {_day(rng)} {rng.choice(HANDLES)}"
        if role == "change":
            return f"{who} changed {kind.role} on {holder} from {old} to {value}"
        if role == "take_back":
            return f"{who} cleared {kind.role} on {holder} (removed {value}, nothing set)"
        return f"{who} set {kind.role} on {holder} to {value}"

    def remark(self, text, rng):
        return f"* {_day(rng)} {rng.choice(HANDLES)} commented: {text}"


# Prose --------------------------------------------------------------------------------------------------------------

class Prose:
    """A prose format: its lines before the paragraph, the paragraph's opening and closing sentences, its lines after."""

    name = ""

    def before(self, kind: Kind, rng: random.Random) -> list[str]:
        return []

    def opening(self, kind: Kind, rng: random.Random) -> str:
        raise NotImplementedError

    def closing(self, kind: Kind, rng: random.Random) -> str:
        raise NotImplementedError

    def after(self, kind: Kind, rng: random.Random) -> list[str]:
        return []

    def lead(self, rng: random.Random) -> str:
        """What the paragraph's line starts with, before its opening sentence."""
        return ""


class Handover(Prose):
    name = "handover_note"

    def before(self, kind, rng):
        a, b = rng.sample(["early", "late", "night", "day"], 2)
        return [f"Handover, {a} to {b} ({kind.office})"]

    def opening(self, kind, rng):
        return rng.choice(["Quiet shift on the whole.", "Busy one, sorry for the scrawl.", "Mostly routine tonight."])

    def closing(self, kind, rng):
        return rng.choice(["Anything else is on the whiteboard.", "Kettle's descaled, you're welcome."])

    def after(self, kind, rng):
        return [f"-- {rng.choice(PEOPLE)}"]


class Bulletin(Prose):
    name = "staff_bulletin"

    def before(self, kind, rng):
        return [f"{kind.office[0].upper()}{kind.office[1:]} bulletin, issue {rng.randint(2, 90)}"]

    def opening(self, kind, rng):
        return rng.choice(["A few housekeeping items this week.", "Short one this time, as half of us are on leave."])

    def closing(self, kind, rng):
        return rng.choice(["Thanks, as ever, to everyone who pitched in.", "Cake in the back room on Friday."])


class EmailReply(Prose):
    name = "email_reply"

    def before(self, kind, rng):
        return [f"Re: {kind.noun} paperwork", f"Hi {rng.choice(PEOPLE)},"]

    def opening(self, kind, rng):
        return rng.choice(["Thanks for chasing this up.", "Sorry for the slow reply, it's been a week.",
                           "Quick answer to your question from yesterday."])

    def closing(self, kind, rng):
        return rng.choice(["Shout if anything looks off.", "Happy to talk it through on Monday."])

    def after(self, kind, rng):
        return [f"Best, {rng.choice(PEOPLE)}"]


class Podcast(Prose):
    name = "podcast_transcript"

    def before(self, kind, rng):
        return [f"Episode {rng.randint(3, 120)} transcript, the {kind.office} podcast"]

    def lead(self, rng):
        return f"[{rng.randint(0, 40):02d}:{rng.randint(0, 59):02d}] {rng.choice(PEOPLE).upper()}: "

    def opening(self, kind, rng):
        return rng.choice(["Right, housekeeping before the interview.", "Before we start, a couple of notices."])

    def closing(self, kind, rng):
        return rng.choice(["Okay, on to our guest.", "That's the admin done, let's get going."])


class FieldDiary(Prose):
    name = "field_diary"

    def before(self, kind, rng):
        return [f"{rng.choice(DAYS)} {_day(rng)}, field diary"]

    def opening(self, kind, rng):
        return rng.choice(["Drizzle until noon, then bright.", "Fog first thing, burnt off by ten.", "Wind from the west all day."])

    def closing(self, kind, rng):
        return rng.choice(["Back at the van by four.", "Flask empty by two, home early."])


class PressRelease(Prose):
    name = "press_release"

    def before(self, kind, rng):
        return ["FOR IMMEDIATE RELEASE"]

    def opening(self, kind, rng):
        return f"{rng.choice(TOWNS)}, {_day(rng)}: the {kind.office} today announced a handful of changes."

    def closing(self, kind, rng):
        return rng.choice(["Media enquiries to the press desk.", "Further details will follow in the spring."])


RECORDS: dict[str, Record] = {r.name: r for r in (Ini(), JsonLines(), Xml(), Syslog(), MarkdownTable(), Telex(), Tracker())}
PROSE: dict[str, Prose] = {p.name: p for p in (Handover(), Bulletin(), EmailReply(), Podcast(), FieldDiary(), PressRelease())}
RECORD_FORMATS = list(RECORDS)
SENTENCE_FORMATS = list(PROSE)
FORMATS = RECORD_FORMATS + SENTENCE_FORMATS


# Assembly -----------------------------------------------------------------------------------------------------------

def _record(fmt: Record, kind: Kind, body: list[str], at: int | None, rng: random.Random, top: str | None = None) -> tuple[str, tuple]:
    """The record's text and the span of body line ``at`` (none when ``at`` is None); ``top`` goes above the head."""
    head, body, tail = fmt.head(kind, rng), fmt.stamp(body, rng), fmt.tail(kind, rng)
    lines = ([top] if top else []) + head + body + tail
    text = "\n".join(lines)
    if at is None:
        return text, ()
    start = sum(len(line) + 1 for line in lines[:len(lines) - len(body) - len(tail) + at])
    return text, ((start, start + len(body[at]), ""),)


def _prose(fmt: Prose, kind: Kind, sentences: list[str], at: int | None, rng: random.Random, top: str | None = None) -> tuple[str, tuple]:
    """The prose document's text and the span of sentence ``at`` of the paragraph."""
    before, lead, opening, closing = fmt.before(kind, rng), fmt.lead(rng), fmt.opening(kind, rng), fmt.closing(kind, rng)
    after = fmt.after(kind, rng)
    above = ([top] if top else []) + before
    paragraph = lead + " ".join([opening, *sentences, closing])
    text = "\n".join([*above, paragraph, *after])
    if at is None:
        return text, ()
    start = sum(len(line) + 1 for line in above) + len(lead) + len(opening) + 1 + sum(len(s) + 1 for s in sentences[:at])
    return text, ((start, start + len(sentences[at]), ""),)


def _labelled(spans: tuple, label: str | None) -> tuple:
    return tuple((s, e, label) for s, e, _ in spans) if label else ()


def _write(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    name = rng.choice(FORMATS)
    kind = event.kind
    if name in RECORDS:
        fmt = RECORDS[name]
        mine = fmt.entry(event.role, kind, event.key, event.value, event.old, rng)
        lines = [fmt.entry("give", kind, holder, value, None, rng) for holder, value in others]
    else:
        table = {"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK}[event.role]
        mine = _fill(rng.choice(table), kind, event.key, event.value, event.old)
        lines = [_fill(rng.choice(BESIDE), kind, holder, value) for holder, value in others]
    at = rng.randint(0, len(lines))
    lines.insert(at, mine)
    build = _record if name in RECORDS else _prose
    text, spans = build(RECORDS.get(name) or PROSE[name], kind, lines, at, rng)
    return Document(name, text, _labelled(spans, event.label))


def _lookalike(event: Event, rng: random.Random) -> Document:
    name, place = rng.choice(FORMATS), rng.choice(PLACES)
    kind, look = event.kind, LOOKALIKES[event.template]
    record = RECORDS.get(name)
    if place == "inline":
        told = _fill(rng.choice(look.wordings), kind, event.key, event.value)
        lines = [record.remark(told, rng)] if record else [told]
    else:
        bare = record.entry("give", kind, event.key, event.value, None, rng) if record else _fill(look.bare, kind, event.key, event.value)
        note = record.remark(look.note, rng) if record else look.note
        lines = {"heading": [bare], "before": [note, bare], "after": [bare, note]}[place]
        if place == "heading":  # the note as the document's caption, above everything else
            text, _ = (_record if record else _prose)(record or PROSE[name], kind, lines, None, rng, top=look.note)
            return Document(name, text, ())
    text, _ = (_record if record else _prose)(record or PROSE[name], kind, lines, None, rng)
    return Document(name, text, ())


def _passing(event: Event) -> Document:
    frame, wordings = ASIDES[event.template]
    told = _fill(wordings[event.variant], event.kind, event.key, event.value)
    start = frame.index("{told}")
    text = frame.replace("{told}", told)
    return Document(event.template, text, ((start, start + len(told), event.label),) if event.label else ())


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document; ``others`` (holders and values of strangers) are listed beside a real write."""
    if event.role == "passing":
        return _passing(event)
    if event.role == "lookalike":
        return _lookalike(event, rng)
    return _write(event, rng, others)
