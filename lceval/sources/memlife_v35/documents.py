"""memlife_v35's small documents: each event of a plan rendered on its own as a record or a piece of prose.

Records (the deciding entry one whole line, never the first): a Prometheus exposition, an N-Quads dump, a file of
Prolog facts, a Graphviz digraph, a CSS sheet of data attributes, a todo.txt list and a numbered BASIC listing.
Prose (the deciding entry one statement of ``statements``, with a sentence before and after it in its paragraph):
a school report, an agony-aunt reply, a guest-book page, a nature documentary's narration, a stand-up set and a
public-address announcement. Other holders a record lists stand on lines (or, in prose, in a paragraph) of their own.

A look-alike renders in any format with no evidence span, its reason in one of ``PLACES``; an aside renders in its
own genre (``asides``), the told sentence set apart by spaces.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ..memlife_common.events import Event
from ..memlife_common.sampling import Document
from .asides import ASIDES
from .lookalikes import LOOKALIKES
from .statements import BESIDE, CHANGE, GIVE, TAKE_BACK

__all__ = ["Event", "PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "fill", "render"]

_FIELD = re.compile(r"\{(\w+)\}")


def fill(template: str, **fields) -> str:
    """``template`` with each ``{name}`` it is given replaced, in one pass; every other brace left as it is."""
    return _FIELD.sub(lambda m: str(fields[m.group(1)]) if m.group(1) in fields else m.group(0), template)


@dataclass(frozen=True)
class Record:
    """A structured format: header blocks, the entry lines of each role (``{h}`` holder, ``{v}`` value, ``{o}`` the
    replaced value), a look-alike's line with a field for its reason (``{tag}`` / ``{slug}``), a comment line
    (``{text}``) and footer blocks. A numbered format numbers every line as it renders."""

    headers: tuple[tuple[str, ...], ...]
    give: tuple[str, ...]
    change_old: tuple[str, ...]
    change_new: tuple[str, ...]
    take_back: tuple[str, ...]
    column: str
    comment: str
    footers: tuple[tuple[str, ...], ...] = ((),)
    numbered: bool = False


@dataclass(frozen=True)
class Prose:
    """A prose genre: its headings, the sentences that open the deciding paragraph, those that close it, and footers."""

    headers: tuple[str, ...]
    leads: tuple[str, ...]
    closings: tuple[str, ...]
    footers: tuple[str, ...]


RECORDS = {
    "prometheus": Record(
        headers=(("# HELP {name}_{f} {Role} of each {noun}, as kept by the {office}.", "# TYPE {name}_{f} gauge"),
                 ("# {Plural} exported by the {office}", "# TYPE {name}_{f} gauge")),
        give=('{name}_{f}{{name}="{h}",{f}="{v}"} 1', '{name}_{f}{{f}="{v}",{name}="{h}"} 1'),
        change_old=('{name}_{f}{{name}="{h}",{f}="{v}",replaced="{o}"} 1', '{name}_{f}{{name}="{h}",previous="{o}",{f}="{v}"} 1'),
        change_new=('{name}_{f}{{name}="{h}",{f}="{v}",revision="2"} 1',),
        take_back=('{name}_{f}{{name}="{h}",{f}="{v}"} 0', '{name}_{f}_vacated{{name}="{h}",{f}="{v}"} 1'),
        column='{name}_{f}{{name}="{h}",{f}="{v}",source="{tag}"} 1',
        comment="# {text}",
        footers=((), ("# EOF",)),
    ),
    "nquads": Record(
        headers=(("# N-Quads export of the {plural}", "# graph <urn:{name}:register> is kept by the {office}"),
                 ("# {Office}, {plural}",)),
        give=('<urn:{name}:{h}> <urn:{name}:{f}> "{v}" <urn:{name}:register> .',
              '<urn:{name}:{h}> <urn:{name}:has-{f}> "{v}" <urn:{name}:register> .'),
        change_old=('<urn:{name}:{h}> <urn:{name}:{f}> "{v}" <urn:{name}:register> . # supersedes "{o}"',
                    '<urn:{name}:{h}> <urn:{name}:{f}> "{v}" <urn:{name}:register> . # was "{o}"'),
        change_new=('<urn:{name}:{h}> <urn:{name}:current-{f}> "{v}" <urn:{name}:register> .',),
        take_back=('<urn:{name}:{h}> <urn:{name}:vacated-{f}> "{v}" <urn:{name}:register> .',
                   '<urn:{name}:{h}> <urn:{name}:{f}-ended> "{v}" <urn:{name}:register> .'),
        column='<urn:{name}:{h}> <urn:{name}:{f}> "{v}" <urn:{name}:{slug}> .',
        comment="# {text}",
    ),
    "prolog": Record(
        headers=(("% {Plural}, as kept by the {office}", ":- dynamic {f}/2."),
                 (":- module({name}, [{f}/2]).", "% maintained by the {office}")),
        give=("{f}('{h}', '{v}').", ":- assertz({f}('{h}', '{v}'))."),
        change_old=(":- retract({f}('{h}', '{o}')), assertz({f}('{h}', '{v}')).",
                    "{f}('{h}', '{v}').  % replaces '{o}'"),
        change_new=(":- retractall({f}('{h}', _)), assertz({f}('{h}', '{v}')).",),
        take_back=(":- retract({f}('{h}', '{v}')).", ":- retractall({f}('{h}', '{v}'))."),
        column="{f}('{h}', '{v}', '{tag}').",
        comment="% {text}",
    ),
    "graphviz": Record(
        headers=(("digraph {name} {", "  // {Plural}, kept by the {office}"), ('digraph "{office}" {', "  rankdir=LR;")),
        give=('  "{h}" -> "{v}" [label="{f}"];', '  "{h}" -> "{v}";'),
        change_old=('  "{h}" -> "{v}" [label="{f}", replaces="{o}"];', '  "{o}" -> "{v}" [label="{h}"];'),
        change_new=('  "{h}" -> "{v}" [label="{f}", penwidth=2];',),
        take_back=('  "{h}" -> "{v}" [label="{f}", style=invis];', '  "{h}" -> "{v}" [label="vacated", style=dotted];'),
        column='  "{h}" -> "{v}" [label="{f}", tooltip="{tag}"];',
        comment="  // {text}",
        footers=(("}",),),
    ),
    "css": Record(
        headers=(("/* {Plural}, {office} */",), ('@charset "utf-8";', "/* register of {plural} */")),
        give=('[data-{name}="{h}"] { --{f}: "{v}"; }', '#{name}-list [data-id="{h}"] { --{f}: "{v}"; }'),
        change_old=('[data-{name}="{h}"] { --{f}: "{v}"; --was: "{o}"; }',
                    '[data-{name}="{h}"][data-was="{o}"] { --{f}: "{v}"; }'),
        change_new=('[data-{name}="{h}"] { --{f}: "{v}" !important; }',),
        take_back=('[data-{name}="{h}"] { --{f}: initial; --vacated: "{v}"; }',
                   '[data-{name}="{h}"][data-emptied="{v}"] { --{f}: unset; }'),
        column='[data-{name}="{h}"] { --{f}: "{v}"; --origin: "{tag}"; }',
        comment="/* {text} */",
    ),
    "todo_txt": Record(
        headers=(("x {date} Set up the {plural} list for the {office} +{name}",),
                 ("(A) {date} Check the {plural} with the {office} +{name}",)),
        give=("{date} Put {v} on {noun} {h} +{name}", "(B) {date} {Noun} {h} gets {v} +{name} @{office_tag}"),
        change_old=("x {date} Changed {noun} {h} from {o} to {v} +{name}",
                    "(B) {date} Swap {o} out of {noun} {h} and use {v} +{name}"),
        change_new=("x {date} {Noun} {h} now {v} +{name}",),
        take_back=("x {date} Emptied {noun} {h} of {v} +{name}", "(C) {date} Clear {v} from {noun} {h} +{name}"),
        column="{date} {Noun} {h} with {v} +{name} origin:{slug}",
        comment="x {date} {text}",
    ),
    "basic": Record(
        headers=(("REM {PLURAL} FOR THE {OFFICE}", "DIM {F}$(99)"), ("REM REGISTER OF {PLURAL}",)),
        give=('LET {F}$("{h}") = "{v}"', 'DATA "{h}", "{v}"'),
        change_old=('LET {F}$("{h}") = "{v}" : REM WAS {o}', 'IF {F}$("{h}") = "{o}" THEN {F}$("{h}") = "{v}"'),
        change_new=('{F}$("{h}") = "{v}"',),
        take_back=('LET {F}$("{h}") = "" : REM {v} EMPTIED', 'PRINT "VACATE {h} ({v})" : {F}$("{h}") = ""'),
        column='DATA "{h}", "{v}", "{tag}"',
        comment="REM {text}",
        footers=(("END",), ('PRINT "DONE"', "END")),
        numbered=True,
    ),
}

PROSE = {
    "school_report": Prose(
        headers=("End-of-term report: the {plural}", "Summer report, written up by the {office}"),
        leads=("Progress this term has been steady.", "The class teacher writes as follows.",
               "Effort in practical work is consistently good."),
        closings=("Attendance was excellent throughout.", "We look forward to next term.",
                  "A pleasure to have in the group!"),
        footers=("Signed on behalf of the {office}.", "Parents are welcome to discuss this report.", ""),
    ),
    "agony_aunt": Prose(
        headers=("Dear Agatha: a reader writes about the {plural}", "Ask Aunt Agatha, this week's letter"),
        leads=("Thank you for your letter, which made me smile.", "You are quite right to write in.",
               "First of all, take a deep breath."),
        closings=("Keep your chin up, dear.", "Write again and tell me how it goes!",
                  "Sometimes the small things matter most."),
        footers=("Letters may be edited for length.", "Agatha reads every letter herself.", ""),
    ),
    "guest_book": Prose(
        headers=("Guest book, page fourteen", "Visitors' book by the front door"),
        leads=("What a lovely stay we had!", "The breakfasts were splendid every single morning.",
               "Our room looked straight out over the {plural}."),
        closings=("We will be back next spring.", "Thanks to the {office} for everything!",
                  "The children want to come again at half term."),
        footers=("The Pemberton family, room six", "Signed with love from Leeds", ""),
    ),
    "documentary": Prose(
        headers=("Narration, reel three: the {plural}", "Voice-over script, episode two"),
        leads=("Dawn breaks over the yard.", "Here, patience is everything.", "The mist lifts slowly from the hollow."),
        closings=("The camera lingers a moment longer.", "And so the day moves on.", "Somewhere a curlew calls."),
        footers=("[music swells]", "[cut to wide shot]", ""),
    ),
    "standup_set": Prose(
        headers=("Open mic night, second set", "Stand-up set, the bit about the {office}"),
        leads=("So I got a summer job with the {office}.", "Right, hands up who has been to the seaside.",
               "My uncle is very organised, which is a problem."),
        closings=("Thank you, you have been lovely!", "Anyway, that is my family for you.",
                  "I will be here all week, try the soup."),
        footers=("[applause]", "[laughter]", ""),
    ),
    "announcement": Prose(
        headers=("Public address, afternoon session", "Tannoy announcement from the {office}"),
        leads=("Ding dong.", "Attention please, visitors.", "Good afternoon, ladies and gentlemen."),
        closings=("Thank you for your patience.", "Please keep to the marked paths.", "Enjoy the rest of your visit."),
        footers=("[chime]", "Announcement ends.", ""),
    ),
}

RECORD_FORMATS = tuple(RECORDS)
SENTENCE_FORMATS = tuple(PROSE)
# Where a look-alike gives its reason, by shape of document.
PLACES = {"record": ("column", "before", "after", "heading"),
          "prose": ("sentence", "paren", "label", "before", "after", "heading")}
BANKS = {"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK}


def _names(kind, rng: random.Random) -> dict:
    office = kind.office
    return dict(name=kind.name, f=kind.field, F=kind.field.upper(), noun=kind.noun, Noun=kind.Thing("").strip(),
                plural=kind.plural, Plural=kind.plural[:1].upper() + kind.plural[1:], PLURAL=kind.plural.upper(),
                office=office, Office=office[:1].upper() + office[1:], OFFICE=office.upper(),
                office_tag=office.replace(" ", "_"), Role=kind.role[:1].upper() + kind.role[1:],
                date=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")


def _say(template: str, kind, holder: str, value: str, old: str | None = None) -> str:
    return fill(template, thing=kind.thing(holder), Thing=kind.Thing(holder), value=value, old=old, role=kind.role)


def _assemble(lines: list[str], main: int | None, label: str | None, fmt: str, numbered: bool = False) -> Document:
    if numbered:
        lines = [f"{10 * (i + 1)} {line}" for i, line in enumerate(lines)]
    text = "\n".join(lines)
    if main is None or label is None:
        return Document(fmt, text, ())
    start = sum(len(line) + 1 for line in lines[:main])
    return Document(fmt, text, ((start, start + len(lines[main]), label),))


def _record(fmt: str, event: Event, rng: random.Random, others: list) -> Document:
    record, kind = RECORDS[fmt], event.kind
    names = _names(kind, rng)
    head = [fill(line, **names) for line in rng.choice(record.headers)]
    body = [fill(rng.choice(record.give), h=h, v=v, **names) for h, v in others]
    entry = dict(h=event.key, v=event.value, **names)
    notes_before, notes_after = [], []
    if event.role == "change":
        named = rng.random() < 0.75
        line = fill(rng.choice(record.change_old if named else record.change_new), o=event.old, **entry)
    elif event.role == "lookalike":
        look = LOOKALIKES[event.template]
        place = rng.choice(PLACES["record"])
        comment = fill(record.comment, text=look.note, **names)
        if place == "column":
            line = fill(record.column, tag=look.tag, slug=look.slug, **entry)
        else:
            line = fill(rng.choice(record.give), **entry)
        if place == "heading":
            head.insert(0, comment)
        elif place == "before":
            notes_before.append(comment)
        elif place == "after":
            notes_after.append(comment)
    else:
        bank = record.take_back if event.role == "take_back" else record.give
        line = fill(rng.choice(bank), **entry)
    at = rng.randint(0, len(body))
    lines = head + body[:at] + notes_before + [line] + notes_after + body[at:]
    main = len(head) + at + len(notes_before)
    lines += [fill(line, **names) for line in rng.choice(record.footers)]
    return _assemble(lines, main, event.label, fmt, record.numbered)


def _prose(fmt: str, event: Event, rng: random.Random, others: list) -> Document:
    prose, kind = PROSE[fmt], event.kind
    names = _names(kind, rng)
    heading = fill(rng.choice(prose.headers), **names)
    leads = [fill(s, **names) for s in rng.sample(prose.leads, rng.randint(1, 2))]
    closing = fill(rng.choice(prose.closings), **names)
    if event.role == "lookalike":
        look = LOOKALIKES[event.template]
        place = rng.choice(PLACES["prose"])
        plain = _say(look.plain, kind, event.key, event.value)
        quiet = look.note[:1].lower() + look.note[1:-1]
        statement = {
            "sentence": lambda: _say(look.said[rng.randrange(2)], kind, event.key, event.value),
            "paren": lambda: f"{plain[:-1]} ({quiet}).",
            "label": lambda: f"{look.tag}: {plain}",
            "before": lambda: f"{look.note} {plain}",
            "after": lambda: f"{plain} {look.note}",
            "heading": lambda: plain,
        }[place]()
        if place == "heading":
            heading = look.note
    else:
        statement = _say(rng.choice(BANKS[event.role]), kind, event.key, event.value, event.old)
    before = " ".join(leads) + " "
    lines = [heading, "", before + statement + " " + closing]
    if others:
        lines += ["", " ".join(_say(rng.choice(BESIDE), kind, h, v) for h, v in others)]
    footer = fill(rng.choice(prose.footers), **names)
    if footer:
        lines += ["", footer]
    doc = _assemble(lines, None, None, fmt)
    if event.label is None or event.role == "lookalike":
        return doc
    start = len(heading) + 2 + len(before)
    return Document(fmt, doc.text, ((start, start + len(statement), event.label),))


def _aside(event: Event) -> Document:
    frame, wordings = ASIDES[event.template]
    told = _say(wordings[event.variant], event.kind, event.key, event.value)
    start = frame.index("{told}")
    return Document(event.template, frame.replace("{told}", told), ((start, start + len(told), event.label),))


def render(event: Event, rng: random.Random, others: list) -> Document:
    """One event as a document: ``others`` (holder, value) pairs of the same register are listed beside a record's
    own entry; a labelled give / change / take_back decides with one span, anything else with none."""
    if event.role == "passing":
        return _aside(event)
    fmt = rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)
    if fmt in RECORDS:
        return _record(fmt, event, rng, others)
    return _prose(fmt, event, rng, others)
