"""memlife_v29's thirteen formats, and how an event becomes one small document in one of them.

Records (the deciding entry one whole line, never the first): a Markdown table, an iCalendar event, a logfmt log, an
S-expression register, a block of mail headers, a crontab and a TOML manifest. Prose (the deciding entry one
statement of ``statements`` inside a paragraph, with a sentence on each side): a wedding speech, a lab notebook page,
a shift handover, a press release, a walking-tour script and a match commentary.

A record lists up to two other holders on lines of their own, prose names them in sentences of their own
(``statements.BESIDE``); neither ever shares the deciding line. A look-alike (``lookalikes``) is rendered with no
evidence, its reason placed by ``PLACES``: records carry it in a comment line of its own holding the whole wording
(``sentence``), a commented-out entry after the label and a colon (``label``), a column at the end of the entry's
line (``column``), a comment on the line just before or just after the entry, or the heading; prose in the same
sentence, in a parenthesis, after the label and a colon, as the sentence just before or after, or as the heading. An
aside (``asides``) is its own genre's document. Only a labelled event has an evidence span.
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
from .lookalikes import LOOKALIKES

__all__ = ["PLACES", "PROSE", "PROSE_PLACES", "RECORDS", "RECORD_FORMATS", "RECORD_PLACES", "SENTENCE_FORMATS", "Event",
           "Prose", "Record", "fill", "render"]


_FIELD = re.compile(r"\{(\w+)(?::([^{}]*))?\}")


def fill(template: str, **values) -> str:
    """``template`` with each ``{name}`` or ``{name:spec}`` whose name is given replaced; every other brace (a TOML
    inline table, an unknown name) stays as written."""

    def put(match: re.Match) -> str:
        name, spec = match.group(1), match.group(2)
        return format(values[name], spec or "") if name in values else match.group(0)

    return _FIELD.sub(put, template)


@dataclass(frozen=True)
class Record:
    """A record format: opening blocks (one drawn), entry templates by role (``{h}`` holder, ``{v}`` value, ``{o}``
    the value replaced, ``{f}`` the value's field, ``{n}`` the register, and stamps), a whole-line ``comment`` and a
    ``trail`` that adds a column of remark to an entry, and closing blocks (one drawn)."""

    headers: tuple[tuple[str, ...], ...]
    give: tuple[str, ...]
    change_old: tuple[str, ...]
    change_new: tuple[str, ...]
    take_back: tuple[str, ...]
    comment: str
    trail: str
    footers: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Prose:
    """A prose format: a heading line, sentences that open and close the paragraph, and a closing line."""

    headers: tuple[str, ...]
    leads: tuple[str, ...]
    closings: tuple[str, ...]
    footers: tuple[str, ...]


RECORDS: dict[str, Record] = {
    "markdown_table": Record(
        headers=(("### {Plural}: current allocations", "| {n} | {f} | updated | by |", "|---|---|---|---|"),
                 ("**Handover table from the {office}**", "| {n} | {f} | updated | by |", "| :-- | :-- | :-- | :-- |")),
        give=("| {h} | {v} | {when} | {initials} |", "| {h} | {v} | {when} | new entry |"),
        change_old=("| {h} | {v} (was {o}) | {when} | {initials} |", "| {h} | ~~{o}~~ {v} | {when} | {initials} |"),
        change_new=("| {h} | {v} | {when} | swapped |",),
        take_back=("| {h} | ~~{v}~~ | {when} | vacated |", "| {h} | freed from {v} | {when} | {initials} |"),
        comment="<!-- {text} -->",
        trail="{entry} {text} |",
        footers=(("_Synced {date} by the {office}._",), ("_Table refreshed on {date}._",)),
    ),
    "icalendar": Record(
        headers=(("BEGIN:VCALENDAR", "PRODID:-//{Office}//Allocations//EN", "BEGIN:VEVENT", "DTSTART:{stamp}",
                  "SUMMARY:{Plural} update"),
                 ("BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:{uid}@allocations", "SUMMARY:Changes to {plural}")),
        give=("DESCRIPTION:{Noun} {h} assigned to {v}", "X-ALLOCATION:{h};{F}={v}"),
        change_old=("DESCRIPTION:{Noun} {h} moved from {o} to {v}", "X-ALLOCATION:{h};{F}={v};PREVIOUS={o}"),
        change_new=("X-ALLOCATION:{h};{F}={v};STATUS=CHANGED",),
        take_back=("DESCRIPTION:{Noun} {h} released by {v}", "X-ALLOCATION:{h};{F}={v};STATUS=VACATED"),
        comment="COMMENT:{text}",
        trail="{entry};REMARK={text}",
        footers=(("END:VEVENT", "END:VCALENDAR"),),
    ),
    "logfmt": Record(
        headers=(('time={stamp} level=info msg="export start" register={n}',),
                 ('time={stamp} level=info msg="sync begins" source={mailbox}',)),
        give=('time={stamp} level=info event=assign {n}={h} {f}="{v}"', 'time={stamp} level=info event=set holder={h} value="{v}"'),
        change_old=('time={stamp} level=info event=reassign {n}={h} from="{o}" to="{v}"',
                    'time={stamp} level=info event=update {n}={h} {f}="{v}" prev="{o}"'),
        change_new=('time={stamp} level=info event=update {n}={h} {f}="{v}"',),
        take_back=('time={stamp} level=info event=release {n}={h} {f}="{v}"', 'time={stamp} level=warn event=vacate {n}={h} last="{v}"'),
        comment="# {text}",
        trail='{entry} remark="{text}"',
        footers=(('time={stamp} level=info msg="export done"',), ('time={stamp} level=info msg="sync complete"',)),
    ),
    "s_expression": Record(
        headers=((";;; {plural}, kept by the {office}", "(register {n}"), ("(register {n}", "  (keeper \"{office}\")")),
        give=('  (assign "{h}" :{f} "{v}")', '  (set ({n} "{h}") "{v}")'),
        change_old=('  (replace "{h}" :old "{o}" :new "{v}")', '  (update ({n} "{h}") "{v}" :was "{o}")'),
        change_new=('  (update ({n} "{h}") "{v}")',),
        take_back=('  (release "{h}" :{f} "{v}")', '  (clear ({n} "{h}") :had "{v}")'),
        comment="  ;; {text}",
        trail="{entry} ; {text}",
        footers=(('  (stamp "{date}"))',), ("  (revision {uid}))",)),
    ),
    "mail_headers": Record(
        headers=(("From: {Office} <{mailbox}@example.org>", "To: staff@example.org", "Subject: {Plural} changes", "Date: {maildate}"),
                 ("Date: {maildate}", "From: {mailbox}@example.org", "Subject: Re: {plural}")),
        give=("X-Assign: {h} => {v}", "X-{Header}-Set: {h}; {v}"),
        change_old=("X-Reassign: {h} {o} => {v}", "X-{Header}-Change: {h}; was {o}; now {v}"),
        change_new=("X-{Header}-Change: {h}; now {v}",),
        take_back=("X-Release: {h} (had {v})", "X-{Header}-Cleared: {h}; {v}"),
        comment="X-Remark: {text}",
        trail="{entry} ({text})",
        footers=(("Message-ID: <{uid}@{mailbox}.example.org>",), ("Content-Type: text/plain; charset=utf-8",)),
    ),
    "crontab": Record(
        headers=(("# m h dom mon dow command", "# {plural}: nightly sync jobs for the {office}"),
                 ("SHELL=/bin/sh", "# jobs that keep the {n} table in step")),
        give=("{cm} {ch} * * * /opt/alloc/assign {n}={h} {f}='{v}'", "{cm} {ch} * * {dow} /opt/alloc/set --{n} {h} --value '{v}'"),
        change_old=("{cm} {ch} * * * /opt/alloc/reassign {n}={h} from='{o}' to='{v}'",
                    "{cm} {ch} * * {dow} /opt/alloc/swap --{n} {h} --old '{o}' --new '{v}'"),
        change_new=("{cm} {ch} * * * /opt/alloc/swap --{n} {h} --new '{v}'",),
        take_back=("{cm} {ch} * * * /opt/alloc/release --{n} {h} --{f} '{v}'", "{cm} {ch} 1 * * /opt/alloc/vacate {n}={h} last='{v}'"),
        comment="# {text}",
        trail="{entry}  # {text}",
        footers=(("# end of {n} jobs",), ("MAILTO={mailbox}@example.org",)),
    ),
    "toml_manifest": Record(
        headers=(("[manifest]", 'register = "{n}"', 'keeper = "{office}"', "[entries]"),
                 ('# {plural} manifest', "[entries]")),
        give=('"{h}" = { {f} = "{v}", since = "{date}" }', '"{h}".{f} = "{v}"'),
        change_old=('"{h}" = { {f} = "{v}", replaced = "{o}" }', '"{h}" = { {f} = "{v}", previous = "{o}", since = "{date}" }'),
        change_new=('"{h}" = { {f} = "{v}", changed = "{date}" }',),
        take_back=('"{h}" = { vacated = true, last = "{v}" }', '"{h}" = { {f} = "", released = "{v}" }'),
        comment="# {text}",
        trail="{entry}  # {text}",
        footers=(("# generated {date}",), ("[meta]",)),
    ),
}

PROSE: dict[str, Prose] = {
    "wedding_speech": Prose(
        headers=("Best man's speech, second draft", "Speech for the reception, as delivered"),
        leads=("Thank you all for coming, and thank you to the caterers for the trifle.",
               "Before I embarrass the groom any further, a few practical bits.",
               "Some of you asked me to pass on news from work, so here goes."),
        closings=("Right, glasses up, please.", "Now, back to the story of the stag weekend.",
                  "Please raise a glass to the happy couple!"),
        footers=("[pause for laughter]", "(end of speech)"),
    ),
    "lab_notebook": Prose(
        headers=("Lab book, page {page}, {date}", "Notebook entry for {date}"),
        leads=("Calibrated the balance at ten past nine; it drifted by a fifth of a milligram.",
               "Buffer made up fresh this morning.", "Coffee machine fixed, morale restored."),
        closings=("Next step is to repeat the run with fresh reagent.", "Initialled by the supervisor at close of day.",
                  "Results to follow in the afternoon."),
        footers=("Signed: R.K.", "Witnessed: M.O."),
    ),
    "shift_handover": Prose(
        headers=("Handover, night to day, {date}", "Shift notes for the morning team"),
        leads=("Quiet night overall, two call-outs and one false alarm.", "Handover starts at seven sharp as usual.",
               "The lift on the east side is back in service."),
        closings=("Any questions, ring the duty phone.", "Day team, over to you.", "Kettle is descaled, you're welcome."),
        footers=("Handed over by the {office}.", "Read and initialled."),
    ),
    "press_release": Prose(
        headers=("FOR IMMEDIATE RELEASE", "Press release, {date}"),
        leads=("The {office} is pleased to share a short update.", "Today marks the end of a busy quarter.",
               "Here is the latest from the front desk."),
        closings=("Media enquiries go to the press office.", "Further updates will follow on the website.",
                  "A spokesperson will be available this afternoon."),
        footers=("ENDS", "Notes to editors available on request."),
    ),
    "walking_tour": Prose(
        headers=("Walking tour script, stop four", "Guide's patter for the harbour walk"),
        leads=("If everyone can gather round the fountain, that would be lovely.", "Mind the cobbles here, they get slippery.",
               "On your left is the old customs house, built in 1820."),
        closings=("Now follow me past the bakery.", "We'll pause here for photos.", "Next stop is the clock tower."),
        footers=("[walk on]", "[hand out the maps]"),
    ),
    "sports_commentary": Prose(
        headers=("Live commentary, second half", "Match commentary transcript"),
        leads=("And the ball is out for a throw-in, so time for a quick notice.",
               "A stoppage for an injury, and while we wait, news from the organisers.",
               "Rain coming down hard now at the far end."),
        closings=("Back to the action, and it's a corner!", "Play resumes, and what a pass that is!",
                  "Here comes the substitution."),
        footers=("[crowd noise]", "[whistle]"),
    ),
}

RECORD_FORMATS: tuple[str, ...] = tuple(RECORDS)
SENTENCE_FORMATS: tuple[str, ...] = tuple(PROSE)
RECORD_PLACES = ("sentence", "label", "column", "before", "after", "heading")
PROSE_PLACES = ("sentence", "paren", "label", "before", "after", "heading")
PLACES = {"record": RECORD_PLACES, "prose": PROSE_PLACES}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MAILBOXES = ("allocations", "frontdesk", "registry", "bookings", "ops")
_INITIALS = ("AB", "KT", "MR", "JS", "PW", "LN")


class _Clock:
    """The stamps of one document: one day, times that run forward down the page."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.month, self.day, self.minutes = rng.randint(1, 12), rng.randint(1, 28), rng.randint(7 * 60, 12 * 60)

    def tick(self) -> int:
        self.minutes += self.rng.randint(1, 40)
        return self.minutes

    def stamp(self) -> str:
        m = self.tick()
        return f"2025{self.month:02d}{self.day:02d}T{m // 60:02d}{m % 60:02d}00Z"

    def when(self) -> str:
        m = self.tick()
        return f"{self.day} {_MONTHS[self.month - 1]} {m // 60:02d}:{m % 60:02d}"

    def date(self) -> str:
        return f"2025-{self.month:02d}-{self.day:02d}"


def _common(kind: Kind, rng: random.Random, clock: _Clock) -> dict:
    """What any line of a document of ``kind`` may name besides holder and value."""
    return dict(n=kind.name, f=kind.field, F=kind.field.upper().replace("_", "-"),
                Header="-".join(p.capitalize() for p in kind.field.split("_")), Noun=kind.noun.capitalize(),
                plural=kind.plural, Plural=kind.plural.capitalize(), office=kind.office, Office=kind.office.title(),
                mailbox=rng.choice(_MAILBOXES), date=clock.date(), uid=f"{rng.randrange(16 ** 6):06x}",
                maildate=f"{_DAYS[rng.randrange(7)]}, {clock.day} {_MONTHS[clock.month - 1]} 2025 08:{rng.randint(0, 59):02d}:00 +0000",
                page=rng.randint(12, 180))


def _entry(template: str, kind: Kind, holder: str, value: str, old: str | None, rng: random.Random, clock: _Clock, common: dict) -> str:
    cm, ch = rng.randint(0, 59), rng.randint(0, 23)
    return fill(template, **common, h=holder, v=value, o=old, stamp=clock.stamp(), when=clock.when(), cm=cm, ch=ch,
                dow=rng.randint(0, 6), initials=rng.choice(_INITIALS))


def _entry_template(record: Record, event: Event, rng: random.Random) -> str:
    if event.role == "change":
        if rng.random() < 0.72:
            return rng.choice(record.change_old)
        return rng.choice(record.change_new)
    if event.role == "take_back":
        return rng.choice(record.take_back)
    return rng.choice(record.give)  # give, and a look-alike's entry


def _statement(event: Event, rng: random.Random) -> str:
    if event.role == "change":
        with_old = [t for t in statements.CHANGE if "{old}" in t]
        bank = with_old if rng.random() < 0.72 else [t for t in statements.CHANGE if "{old}" not in t]
    else:
        bank = {"give": statements.GIVE, "take_back": statements.TAKE_BACK}[event.role]
    return _say(rng.choice(bank), event.kind, event.key, event.value, event.old)


def _say(template: str, kind: Kind, holder: str, value: str, old: str | None = None) -> str:
    return fill(template, thing=kind.thing(holder), Thing=kind.Thing(holder), value=value, old=old, role=kind.role,
                office=kind.office)


def _record(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    record, kind = RECORDS[fmt], event.kind
    clock = _Clock(rng)
    common = _common(kind, rng, clock)
    lines = [fill(line, **common, stamp=clock.stamp()) for line in rng.choice(record.headers)]
    # The asked event's block (its entry, and a look-alike's note) and one line for each other holder, shuffled.
    blocks: list[list[str]] = [[] for _ in range(1 + len(others))]
    at = rng.randrange(len(blocks))
    rest = iter(others)
    for i in range(len(blocks)):
        if i != at:
            holder, value = next(rest)
            blocks[i] = [_entry(rng.choice(record.give), kind, holder, value, None, rng, clock, common)]
            continue
        if event.role == "lookalike":
            blocks[i], heading = _record_lookalike(record, event, rng, clock, common)
            if heading:
                lines.insert(0, fill(record.comment, text=heading).strip())
        else:
            blocks[i] = [_entry(_entry_template(record, event, rng), kind, event.key, event.value, event.old, rng, clock, common)]
    deciding = None
    for i, block in enumerate(blocks):
        if i == at and event.role != "lookalike":
            deciding = len(lines)
        lines.extend(block)
    lines += [fill(line, **common, stamp=clock.stamp()) for line in rng.choice(record.footers)]
    text = "\n".join(lines)
    spans: tuple = ()
    if deciding is not None and event.label:
        start = sum(len(l) + 1 for l in lines[:deciding])
        spans = ((start, start + len(lines[deciding]), event.label),)
    return Document(fmt, text, spans)


def _record_lookalike(record: Record, event: Event, rng: random.Random, clock: _Clock, common: dict) -> tuple[list[str], str | None]:
    """A look-alike's lines in a record, and the heading it puts above the document (or None)."""
    look = LOOKALIKES[event.template]
    place = rng.choice(RECORD_PLACES)
    kind = event.kind
    if place == "sentence":
        return [fill(record.comment, text=_say(rng.choice(look.wordings), kind, event.key, event.value))], None
    entry = _entry(rng.choice(record.give), kind, event.key, event.value, None, rng, clock, common)
    if place == "label":
        return [fill(record.comment, text=f"{look.label}: {entry.strip()}")], None
    if place == "column":
        return [fill(record.trail, entry=entry, text=look.note)], None
    if place == "before":
        return [fill(record.comment, text=look.note), entry], None
    if place == "after":
        return [entry, fill(record.comment, text=look.note)], None
    return [entry], look.note  # heading


def _prose(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    prose, kind = PROSE[fmt], event.kind
    clock = _Clock(rng)
    common = _common(kind, rng, clock)
    heading = None
    if event.role == "lookalike":
        sentence, heading = _prose_lookalike(event, rng)
    else:
        sentence = _statement(event, rng)
    beside = [_say(rng.choice(statements.BESIDE), kind, holder, value) for holder, value in others]
    cut = rng.randint(0, len(beside))
    leads = rng.sample(prose.leads, rng.randint(1, 2))
    before = " ".join([*(fill(l, **common) for l in leads), *beside[:cut]])
    after = " ".join([*beside[cut:], rng.choice(prose.closings)])
    paragraph = f"{before} {sentence} {after}"
    lines = [fill(rng.choice(prose.headers), **common), paragraph, fill(rng.choice(prose.footers), **common)]
    if heading:
        lines.insert(0, heading)
    text = "\n".join(lines)
    spans: tuple = ()
    if event.label and event.role != "lookalike":
        start = sum(len(l) + 1 for l in lines[:-2]) + len(before) + 1
        spans = ((start, start + len(sentence), event.label),)
    return Document(fmt, text, spans)


def _prose_lookalike(event: Event, rng: random.Random) -> tuple[str, str | None]:
    """A look-alike's sentence(s) inside a paragraph, and the heading it puts above the document (or None)."""
    look = LOOKALIKES[event.template]
    place = rng.choice(PROSE_PLACES)
    if place == "sentence":
        return _say(rng.choice(look.wordings), event.kind, event.key, event.value), None
    plain = _say(look.plain, event.kind, event.key, event.value)
    if place == "paren":
        return f"{plain[:-1]} ({look.note[0].lower()}{look.note[1:-1]}).", None
    if place == "label":
        return f"{look.label}: {plain}", None
    if place == "before":
        return f"{look.note} {plain}", None
    if place == "after":
        return f"{plain} {look.note}", None
    return plain, look.note  # heading


def _aside(event: Event) -> Document:
    frame, wordings = ASIDES[event.template]
    told = _say(wordings[event.variant], event.kind, event.key, event.value)
    before, _, after = frame.partition("{told}")
    spans = ((len(before), len(before) + len(told), event.label),) if event.label else ()
    return Document(event.template, f"{before}{told}{after}", spans)


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document: an aside in its genre; anything else in a format drawn from all thirteen, beside
    ``others`` (other holders and their values, listed apart from the deciding line)."""
    if event.role == "passing":
        return _aside(event)
    fmt = rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)
    if fmt in RECORDS:
        return _record(fmt, event, rng, others)
    return _prose(fmt, event, rng, others)
