"""memlife_v27's documents: each event one small document in one of thirteen formats.

Seven records, the deciding entry one whole line (never the first): a protobuf text dump, a Dockerfile label block, a
plain-text double-entry ledger, a CSV with a comment column, an ABC-notation tune header, a ham-radio QSO log and a
``git log --oneline`` listing. Six prose formats, the deciding entry one statement of ``statements`` inside a
paragraph with a sentence on each side: a ship's log entry, a eulogy, a parish magazine note, the news read out
before a bedtime story, AGM minutes and a travel blog post. Other holders a record lists stand on lines (or
sentences) of their own. A look-alike (``lookalikes``) stands alone, its reason in its own sentence, in the first
line, just before or after, or as a comment on the same line; an aside (``asides``) is its genre's own frame.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from . import statements
from .asides import ASIDES
from .lookalikes import LOOKALIKES

__all__ = ["PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "Event", "fill", "render"]

PLACES = ("sentence", "heading", "before", "after", "comment")


@dataclass(frozen=True)
class Record:
    headers: tuple[tuple[str, ...], ...]
    fillers: tuple[str, ...]
    footers: tuple[str, ...]
    remark: str  # a line of its own that comments: "# {}"
    trail: str  # what a comment on an entry's own line adds to it
    give: tuple[str, ...]
    change_old: tuple[str, ...]
    change_new: tuple[str, ...]
    take_back: tuple[str, ...]


@dataclass(frozen=True)
class Prose:
    headers: tuple[str, ...]
    leads: tuple[str, ...]
    closings: tuple[str, ...]
    footers: tuple[str, ...]


RECORDS: dict[str, Record] = {
    "protobuf_text": Record(
        headers=(("# proto-file: registers/{n}.proto", "# proto-message: RegisterDump"), ("# proto-message: {n}.Snapshot",)),
        fillers=('generated_by: "{office}"', "schema_rev: 4"), footers=("# end of dump", "# dump complete"),
        remark="# {}", trail="  # {}",
        give=('entry {{ holder: "{h}" {f}: "{v}" op: ASSIGN }}', 'assign {{ slot: "{h}" value: "{v}" }}'),
        change_old=('entry {{ holder: "{h}" {f}: "{v}" was: "{o}" op: REPLACE }}', 'swap {{ slot: "{h}" from: "{o}" to: "{v}" }}'),
        change_new=('entry {{ holder: "{h}" {f}: "{v}" op: REPLACE }}',),
        take_back=('entry {{ holder: "{h}" {f}: "{v}" op: RELEASE }}', 'vacate {{ slot: "{h}" last: "{v}" }}'),
    ),
    "dockerfile_labels": Record(
        headers=(("FROM scratch", "# {office} register kept as image metadata"), ("# syntax=docker/dockerfile:1", "FROM busybox:1.36")),
        fillers=('LABEL maintainer="{office}"', "ENV TZ=UTC"), footers=('CMD ["true"]', "USER 1000"),
        remark="# {}", trail=' note="{}"',
        give=('LABEL reg.{n}.{h}="{v}"', 'LABEL org.register.holder="{h}" org.register.{f}="{v}"'),
        change_old=('LABEL reg.{n}.{h}="{v}" reg.prior="{o}"',
                    'LABEL org.register.holder="{h}" org.register.{f}="{v}" org.register.superseded="{o}"'),
        change_new=('LABEL reg.{n}.{h}="{v}" reg.rev="2"',),
        take_back=('LABEL reg.{n}.{h}.released="{v}"', 'LABEL org.register.holder="{h}" org.register.vacated_by="{v}"'),
    ),
    "ledger": Record(
        headers=(("; {office} register journal", "; names only, one posting a line"), ("; journal of the {plural}",)),
        fillers=("account {plural}", "commodity slot"), footers=("; balanced", "; closed for the month"),
        remark="; {}", trail="  ; {}",
        give=("2026-03-04 * assign  {h}  =>  {v}", "2026-03-05 ! {f}  {h}  credited to {v}"),
        change_old=("2026-03-11 * transfer  {h}  {o}  =>  {v}", "2026-03-12 * {h}  debit {o}  credit {v}"),
        change_new=("2026-03-13 * reassign  {h}  =>  {v}",),
        take_back=("2026-03-20 * close  {h}  ({v} released)", "2026-03-21 * {h}  debit {v}  credit vacant"),
    ),
    "csv_comment": Record(
        headers=(("holder,{f},action,comment",), ("# {office} export", "slot,{f},event,comment")),
        fillers=("# rows in entry order",), footers=("# eof", "# rows end here"),
        remark="# {}", trail="{}",
        give=("{h},{v},assign,", "{h},{v},new,"),
        change_old=("{h},{v},replace (was {o}),", "{h},{v},swap from {o},"),
        change_new=("{h},{v},replace,",),
        take_back=("{h},{v},vacate,", "{h},{v},release,"),
    ),
    "abc_header": Record(
        headers=(("X:1", "T:{office} register tune", "M:6/8", "L:1/8"), ("X:7", "T:The {plural} reel", "M:4/4")),
        fillers=("R:jig", "C:Trad."), footers=("K:D", "K:G"),
        remark="% {}", trail=" % {}",
        give=("N:{h} given to {v}", "W:{v} takes {h}"),
        change_old=("N:{h} {o} -> {v}", "W:{h} goes from {o} to {v}"),
        change_new=("N:{h} now {v}",),
        take_back=("N:{h} freed by {v}", "W:{v} leaves {h}"),
    ),
    "qso_log": Record(
        headers=(("START-OF-LOG: 3.0", "CONTEST: {office} register net", "CALLSIGN: G4RQX"),
                 ("# station log, {office}", "# utc  freq  mode  entry")),
        fillers=("SOAPBOX: conditions fair on the low bands",), footers=("END-OF-LOG:", "# 73 all"),
        remark="SOAPBOX: {}", trail=" ; {}",
        give=("QSO: 0912Z 7074 FT8 {h} {f}={v}", "QSO: 1033Z 14070 PSK {h} assigned {v} 599"),
        change_old=("QSO: 1140Z 3573 CW {h} {f}={v} prev={o}", "QSO: 1207Z 10136 FT8 {h} {o} > {v} 579"),
        change_new=("QSO: 1315Z 18100 SSB {h} {f}={v} upd",),
        take_back=("QSO: 1422Z 21074 FT8 {h} {f}={v} QRT", "QSO: 1509Z 7040 CW {h} released {v} 73"),
    ),
    "git_log": Record(
        headers=(("$ git log --oneline -- registers/{n}",), ("commit log of the {office} register",)),
        fillers=("{x} Merge branch tidy-up",), footers=("(END)", "$"),
        remark="# {}", trail=" # {}",
        give=("{x} Assign {h} to {v}", "{x} {h}: set {f} {v}"),
        change_old=("{x} {h}: {o} -> {v}", "{x} Move {h} from {o} to {v}"),
        change_new=("{x} {h}: update {f} to {v}",),
        take_back=("{x} Free {h} (was {v})", "{x} {h}: drop {v}"),
    ),
}

PROSE: dict[str, Prose] = {
    "ships_log": Prose(
        headers=("Ship's log, {office} launch, forenoon watch", "Log of the tender Marigold, entry for the day"),
        leads=("Wind westerly, force three, sea slight.", "Sighted the harbour light at six bells.", "Crew mustered and all present."),
        closings=("Barometer steady.", "Anchor watch set at dusk.", "Logged by the mate."),
        footers=("Signed, officer of the watch.", "End of watch."),
    ),
    "eulogy": Prose(
        headers=("Remembering old Walter, read at the chapel", "A few words for Aunt Dot"),
        leads=("Walter loved a routine more than anyone I have known.", "Dot kept every receipt for forty years.",
               "We are gathered to say thank you."),
        closings=("He would have laughed at all this fuss.", "Rest well, old friend.", "She would want us to carry on."),
        footers=("Read by the family at the service.", "With love, the grandchildren."),
    ),
    "parish_magazine": Prose(
        headers=("St Aldhelm's Parish Magazine, notes from the vestry", "The Steeple, monthly news"),
        leads=("The flower rota is pinned in the porch.", "Thank you to all who baked for the fete.",
               "Bell practice moves to Thursdays."),
        closings=("Coffee follows the morning service.", "The vicar thanks everyone for their patience."),
        footers=("Copy date for next month is the fifteenth.", "Edited by the churchwardens."),
    ),
    "bedtime_news": Prose(
        headers=("Bedtime, at the kitchen table", "Before the story, the day's news"),
        leads=("Before the story began, Mum read out the day's news from the {office}.",
               "Pip wanted the real news first, so Dad read the notice from the {office}."),
        closings=("Then the story of the sleepy harbour began.", "After that the owl story, and lights out."),
        footers=("Goodnight, Pip.", "Story time over."),
    ),
    "agm_minutes": Prose(
        headers=("Minutes of the Annual General Meeting, {office}", "AGM minutes, item six: registers"),
        leads=("The chair opened the meeting at seven.", "Apologies were received from two members.",
               "The minutes of last year were approved."),
        closings=("The meeting moved to any other business.", "The treasurer's report followed."),
        footers=("Minutes taken by the secretary.", "Approved for circulation."),
    ),
    "travel_blog": Prose(
        headers=("Day twelve: windswept and happy", "Travel diary, the coast road"),
        leads=("We woke to gulls and drizzle.", "The hostel coffee was strong enough to stand a spoon in."),
        closings=("Then we went looking for chips.", "Tomorrow we head north."),
        footers=("Posted from a café with patchy wifi.", "Comments welcome below."),
    ),
}

RECORD_FORMATS: tuple[str, ...] = tuple(RECORDS)
SENTENCE_FORMATS: tuple[str, ...] = tuple(PROSE)
FORMATS = RECORD_FORMATS + SENTENCE_FORMATS


def fill(template: str, **fields) -> str:
    """``template`` with its placeholders filled; unused fields are ignored."""
    return template.format(**fields)


def _fields(kind, holder: str, value: str, old: str | None = None) -> dict:
    return {"thing": kind.thing(holder), "Thing": kind.Thing(holder), "value": value, "old": old, "role": kind.role,
            "office": kind.office, "plural": kind.plural, "noun": kind.noun}


def _record_fields(kind, rng: random.Random, holder: str, value: str, old: str | None = None) -> dict:
    return {"h": holder, "v": value, "o": old, "f": kind.field, "n": kind.name, "office": kind.office,
            "plural": kind.plural, "x": "".join(rng.choice("0123456789abcdef") for _ in range(7))}


def _entry_template(record: Record, role: str, rng: random.Random) -> str:
    if role == "give":
        return rng.choice(record.give)
    if role == "take_back":
        return rng.choice(record.take_back)
    return rng.choice(record.change_new) if rng.random() < 0.25 else rng.choice(record.change_old)


def _statement(role: str, rng: random.Random) -> str:
    return rng.choice({"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}[role])


def _join(lines: list[str], main: int, label: str | None) -> tuple[str, tuple]:
    text = "\n".join(lines)
    if label is None:
        return text, ()
    start = sum(len(l) + 1 for l in lines[:main])
    return text, ((start, start + len(lines[main]), label),)


def _render_record(fmt: str, event: Event, rng: random.Random, others: list) -> Document:
    record, kind = RECORDS[fmt], event.kind
    head = [fill(h, **_record_fields(kind, rng, "", "")) for h in rng.choice(record.headers)]
    foot = fill(rng.choice(record.footers), **_record_fields(kind, rng, "", ""))
    if event.role == "lookalike":
        look = LOOKALIKES[event.template]
        place = rng.choice(PLACES)
        fields = _fields(kind, event.key, event.value)
        body = fill(rng.choice(record.give), **_record_fields(kind, rng, event.key, event.value))
        if place == "sentence":
            block = [record.remark.format(fill(rng.choice(look.wordings), **fields))]
        elif place == "comment":
            block = [body + record.trail.format(look.note)]
        elif place == "before":
            block = [record.remark.format(look.note), body]
        elif place == "after":
            block = [body, record.remark.format(look.note)]
        else:
            head, block = [look.note, *head], [body]
        if rng.random() < 0.5:
            block = [fill(rng.choice(record.fillers), **_record_fields(kind, rng, "", "")), *block]
        return Document(fmt, "\n".join([*head, *block, foot]), ())
    main = fill(_entry_template(record, event.role, rng), **_record_fields(kind, rng, event.key, event.value, event.old))
    rows = [fill(rng.choice(record.give), **_record_fields(kind, rng, h, v)) for h, v in others]
    if rng.random() < 0.4:
        rows.append(fill(rng.choice(record.fillers), **_record_fields(kind, rng, "", "")))
    rows.insert(rng.randint(0, len(rows)), main)
    lines = [*head, *rows, foot]
    text, spans = _join(lines, len(head) + rows.index(main), event.label)
    return Document(fmt, text, spans)


def _paragraph(before: list[str], statement: str, after: list[str]) -> tuple[str, int]:
    """The sentences joined by spaces, and where ``statement`` starts."""
    lead = " ".join(before)
    return " ".join([*before, statement, *after]), len(lead) + 1


def _render_prose(fmt: str, event: Event, rng: random.Random, others: list) -> Document:
    prose, kind = PROSE[fmt], event.kind
    names = {"office": kind.office, "plural": kind.plural}
    header = fill(rng.choice(prose.headers), **names)
    lead = fill(rng.choice(prose.leads), **names)
    closing = fill(rng.choice(prose.closings), **names)
    footer = fill(rng.choice(prose.footers), **names)
    fields = _fields(kind, event.key, event.value, event.old)
    if event.role == "lookalike":
        look = LOOKALIKES[event.template]
        place = rng.choice(PLACES)
        plain = fill(look.plain, **fields)
        said = {"sentence": lambda: fill(rng.choice(look.wordings), **fields),
                "comment": lambda: f"{plain[:-1]} ({look.note[:-1]}).",
                "before": lambda: f"{look.note} {plain}",
                "after": lambda: f"{plain} {look.note}",
                "heading": lambda: plain}[place]()
        top = [look.note, header] if place == "heading" else [header]
        paragraph, _ = _paragraph([lead], said, [closing])
        return Document(fmt, "\n".join([*top, paragraph, footer]), ())
    statement = fill(_statement(event.role, rng), **fields)
    beside = [fill(rng.choice(statements.BESIDE), **_fields(kind, h, v)) for h, v in others]
    cut = rng.randint(0, len(beside))
    paragraph, at = _paragraph([lead, *beside[:cut]], statement, [*beside[cut:], closing])
    text = "\n".join([header, paragraph, footer])
    start = len(header) + 1 + at
    spans = ((start, start + len(statement), event.label),) if event.label else ()
    return Document(fmt, text, spans)


def _render_aside(event: Event) -> Document:
    frame, wordings = ASIDES[event.template]
    told = fill(wordings[event.variant], **_fields(event.kind, event.key, event.value))
    before, _ = frame.split("{told}")
    text = frame.replace("{told}", told)
    return Document(event.template, text, ((len(before), len(before) + len(told), event.label or "told in passing"),))


def render(event: Event, rng: random.Random, others: list) -> Document:
    """One event as one document: the deciding entry spanned when the event is labelled."""
    if event.role == "passing":
        return _render_aside(event)
    fmt = rng.choice(FORMATS)
    if fmt in RECORDS:
        return _render_record(fmt, event, rng, others)
    return _render_prose(fmt, event, rng, others)
