"""TRAINING-ONLY key/value records and their look-alikes, written in the same surface forms.

The other training corpora (``slot_corpus``, ``slot_corpus_wide``,
``slot_corpus_varied``) teach that a line in record shape (a log line, a config
line, a table row) almost always sets a value, because their look-alikes are
mostly hedged prose. Role models trained on them read any record that is
framed as a draft, a dry run, a rejected motion or a misprint as ``bind``.
This fourth corpus is organised by record shape: for each shape it writes
genuine first writes, replacements (some naming the old value), withdrawals,
mentions without a value, and many look-alikes that differ from the genuine
line only by framing: a status field, a comment, a bracket, a heading before
the record or a clause after it, saying that the line is a draft, unsent, a
dry run, a sandbox/demo/training record, sample data, an error reversed, a
proposal voted down or vetoed, a request not granted, a rumour, a dream, a
game, a joke, a question, a denial, someone's wrong claim, a plan that never
happened, or about a namesake or another object the holder owns. So the
form of a line never predicts its role: only its framing words do.

- shapes: log, config, markdown table, CSV, JSON, YAML, command line,
  ``Label: value`` forms, tickets, rota labels (record shapes, listed in
  ``RECORD_SHAPES``), and notices, chat, email, memos, minutes and prose;
  an episode keeps a house shape for most of its lines, as a real document
  would;
- keys: 27 attributes of nine everyday organisations (courier depot,
  community radio, dental practice, farm co-op, film set, hackerspace, river
  rescue, youth orchestra, brewery), three per domain (the other two are the
  "other attribute" confusers), on holders that come in twins one or two
  characters apart; values are codes with punctuation, times, day-and-time
  slots, short names and places, and no value of an episode contains another;
- ``other``: mentions of the key without a value, and lines whose numbers are
  clock times, counts or money that are not values of the key.

Written for training only, in new wording, without looking at any
memory-lifecycle family or any selector code;
``tests/unit/test_slot_corpus_wide.py`` checks that no six-word run of a
rendered line occurs in the families' generated samples. It keeps the shared
``Line``/``Episode`` structure and uses ``slot_corpus.ask`` for ``needed`` and
``answers``.

Placeholders: {a} attribute in words, {A} the attribute as an identifier,
{e} holder, {E} the holder as an identifier, {K} holder and attribute as one
ENV_NAME, {v} value, {w} the value being replaced, {p}/{q} first names,
{h} a chat handle, {t} a timestamp, {d} a date, {day} a weekday, {c} a clock
time that is not a value, {n} a count, {m} an amount of money, {x} another
object of the holder's, {o} an ordinal (questions).
"""

from __future__ import annotations

import random
import re

from .slot_corpus import Episode, Line, ask, fresh_values, _merge

# ---- keys -------------------------------------------------------------------------------------------

# domain -> (attribute -> value kind, holder twins). The twins of a pair differ by one or two characters.
DOMAINS = {
    "courier depot": ({"van bay": "bay", "delivery round": "round", "handheld scanner": "scanner"},
                      [["Petra Vance", "Petra Vane"], ["Gideon Roux", "Gideon Rous"], ["Leona Brisk", "Leona Brusk"]]),
    "community radio": ({"broadcast slot": "slot", "presenter": "name", "playout studio": "studio"},
                        [["Bassline Sunday", "Bassline Sundae"], ["Soul Shack", "Soul Stack"], ["Kitchen Table", "Kitchen Cable"]]),
    "dental practice": ({"treatment room": "surgery", "dental nurse": "name", "emergency slot": "slot"},
                        [["Dr Amadi", "Dr Amodi"], ["Dr Fenwick", "Dr Fenwicke"], ["Dr Lisowska", "Dr Lisowski"]]),
    "farm co-op": ({"grain silo": "silo", "milk pickup time": "clock", "seed drill week": "week"},
                   [["Hollins Farm", "Collins Farm"], ["Ladywell Dairy", "Ladywall Dairy"], ["Brackenrigg", "Brackenrig"]]),
    "film set": ({"call time": "clock", "trailer": "trailer", "stand-in": "name"},
                 [["Ola Brandt", "Ola Brand"], ["Idris Kaye", "Idris Kay"], ["Noor Vallance", "Noor Valance"]]),
    "hackerspace": ({"storage crate": "crate", "laser cutter slot": "slot", "door fob": "fob"},
                    [["Juno Vehko", "Juno Vekho"], ["Rik Maas", "Rik Mass"], ["Tess Ondra", "Tess Onda"]]),
    "river rescue": ({"launch point": "launch", "radio callsign": "callsign", "standby boat": "boat"},
                     [["Crew Alder", "Crew Adler"], ["Station 9", "Station 19"], ["Team Marlow", "Team Marlowe"]]),
    "youth orchestra": ({"rehearsal room": "roomcode", "section coach": "name", "tour bus seat": "seat"},
                        [["Amara Osei", "Amara Osai"], ["Finn Lauder", "Finn Lauda"], ["Sabine Kroll", "Sabine Knoll"]]),
    "brewery": ({"fermenter": "fermenter", "batch code": "batch", "taproom line": "tapline"},
                [["Old Ember", "Old Amber"], ["Northgate IPA", "Northgate APA"], ["Wherry Stout", "Wherry Stour"]]),
}
ATTRIBUTES = {a: kind for attrs, _ in DOMAINS.values() for a, kind in attrs.items()}
ENTITIES = [pair for _, pairs in DOMAINS.values() for pair in pairs]
SYNONYMS = {
    "van bay": ["loading bay"], "handheld scanner": ["scan gun"], "broadcast slot": ["airtime slot"],
    "treatment room": ["surgery room"], "milk pickup time": ["milk collection time"], "door fob": ["key fob"],
    "standby boat": ["duty boat"], "section coach": ["section tutor"], "fermenter": ["fermentation vessel"],
    "taproom line": ["tap line"], "call time": ["on-set call"],
}

# Values. Name and place lists are long enough for one episode's draws and no entry contains another.
NAMES = ["Mo Adair", "Bea Lund", "Tomasz Ryba", "Keziah Pratt", "Rune Solberg", "Ines Mota", "Dara Quinn", "Yuki Sato",
         "Femi Adebayo", "Lotte Brink", "Casimir Hale", "Nell Pryor", "Oren Tal", "Wilma Achterberg", "Zainab Iqbal",
         "Hugo Bettany", "Agnieszka Wolny", "Tariq Mansour"]
STUDIOS = ["Studio 2", "Booth C", "the annex booth", "the loft studio", "Studio 5", "the portakabin", "Booth A",
           "the basement desk", "Studio 3", "the outside-broadcast van", "the garden booth", "Booth F",
           "Studio 7", "the old newsroom", "Booth D", "the mezzanine desk", "Studio 8", "the music library"]
LAUNCHES = ["Weir Steps", "the Ferry Slip", "Mill Lane ramp", "Otter Bank", "the Boathouse Hard", "Gallows Pool steps",
            "Kingfisher Beach", "the lock cut", "Tanner's Wharf", "the sluice path", "Heron Point", "Cattle Ford",
            "the quarry jetty", "Bridge End slip", "Sheepwash Lane", "the caravan park steps", "Eel Pie Hard",
            "the rowing club pontoon"]
BOATS = ["Kittiwake", "Merganser", "Little Grebe", "Puffin II", "Shearwater", "Dabchick", "Cormorant", "Moorhen",
         "Sandpiper", "Goosander", "Pintail", "Redshank", "Whimbrel", "Teal Runner", "Godwit", "Smew", "Eider",
         "Turnstone"]
TAPLINES = ["Line 3", "Line 7", "the guest tap", "cask engine 2", "the keg wall", "Line 11", "the end handpull",
            "the cider tap", "Line 5", "cask engine 4", "the nitro tap", "Line 9", "the garden bar tap", "Line 12",
            "the sour tap", "cask engine 6", "the alcohol-free tap", "Line 8"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NATO = ["Alpha", "Bravo", "Charlie", "Echo", "Golf", "Juliet", "Lima", "Oscar", "Romeo", "Sierra", "Victor", "Zulu"]

# Others: speakers (never values) and objects of the holder's that carry codes or names but are not the key.
PEOPLE = ["Gwen", "Ossie", "Priya", "Lars", "Hana", "Kofi", "Marek", "Sunniva", "Tadhg", "Zuri", "Bertil", "Amaya"]
POSSESSIONS = ["bike lock", "raffle ticket", "coat peg", "gym locker", "car park pass", "lunch-box label",
               "old staff badge", "allotment shed", "library card", "season ticket"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _value(rng: random.Random, kind: str) -> str:
    r = rng.randint
    made = {
        "bay": lambda: f"{rng.choice('DGKLPT')}{r(10, 48)}",
        "round": lambda: f"R{r(10, 99)}/{rng.choice('abcdef')}",
        "scanner": lambda: f"HS-{r(1000, 9999)}",
        "slot": lambda: f"{rng.choice(DAYS)} {r(7, 22):02d}:{rng.choice(['00', '15', '30', '45'])}",
        "surgery": lambda: f"TR-{r(1, 9)}{rng.choice('abc')}",
        "clock": lambda: f"{r(4, 11):02d}:{r(0, 11) * 5:02d}",
        "silo": lambda: f"S-{r(1, 40):02d}",
        "week": lambda: f"week {r(10, 52)}",
        "trailer": lambda: f"T-{r(10, 60)}",
        "crate": lambda: f"CR-{r(1, 999):03d}",
        "fob": lambda: f"0x{r(0x1000, 0xFFFF):04X}",
        "callsign": lambda: f"{rng.choice(['Swift', 'Heron', 'Otter', 'Rescue', 'Kestrel'])} {r(1, 9)}-{rng.choice(NATO)}",
        "roomcode": lambda: f"R{r(1, 3)}.{r(1, 20):02d}",
        "seat": lambda: f"{r(10, 15)}{rng.choice('ABCD')}",
        "fermenter": lambda: f"FV-{r(1, 24):02d}",
        "batch": lambda: f"B-{r(1000, 9999)}",
        "name": lambda: rng.choice(NAMES), "studio": lambda: rng.choice(STUDIOS), "launch": lambda: rng.choice(LAUNCHES),
        "boat": lambda: rng.choice(BOATS), "tapline": lambda: rng.choice(TAPLINES),
    }
    return made[kind]()


def draw_values(rng: random.Random, attribute: str, k: int, taken: list[str]) -> list[str]:
    """k new values for the attribute, none containing or contained in another value of the episode (``taken`` grows)."""
    return fresh_values(lambda: _value(rng, ATTRIBUTES[attribute]), k, taken, attribute)


# ---- forms, by record shape -------------------------------------------------------------------------
# Each shape lists: first writes, replacements ({w} when the old value is named), withdrawals, look-alikes
# (the same record with a framing that says it is not a real write) and others (the key, no value).

SHAPES: dict[str, dict[str, list[str]]] = {}

SHAPES["log"] = {
    "first": [
        "{t} INFO roster: {e} -> {a} {v}",
        "[{t}] assigned {A}={v} holder=\"{e}\"",
        "{t} | {E} | {A} set | {v} | ok",
        "{t} OK  {e}: {a} now {v} (by {p})",
    ],
    "replace": [
        "{t} INFO roster: {e} {a} {w} -> {v}",
        "[{t}] reassigned {A}: {w} => {v} holder=\"{e}\"",
        "{t} | {E} | {A} changed | {v} | ok",
        "{t} OK  {e}: {a} moved to {v}, previously {w}",
    ],
    "withdraw": [
        "{t} INFO roster: {e} {a} released (was {v}), none assigned",
        "[{t}] unset {A} holder=\"{e}\"",
        "{t} | {E} | {A} vacated | -",
        "{t} OK  {e}: {a} cleared by {p}; slot left empty",
    ],
    "lookalike": [
        "{t} DRY-RUN roster: {e} -> {a} {v} (nothing written)",
        "[{t}] sandbox: assigned {A}={v} holder=\"{e}\"",
        "{t} | {E} | {A} set | {v} | env=training",
        "{t} WARN roster: {e} -> {a} {v} rejected, approval missing",
        "{t} ERROR roster: could not give {e} {a} {v}; old value kept",
        "{t} INFO replaying demo fixture: {e} {a} {v}",
        "{t} OK  {e}: {a} now {v}  [entered in error, reversed at {c}]",
        "[{t}] queued, never applied: {A}={v} holder=\"{e}\"",
        "{t} DEBUG simulating a swap for {e}: {a} would become {v}",
        "{t} | {E} | {A} proposed | {v} | awaiting sign-off",
    ],
    "other": [
        "{t} INFO roster: lookup of {e} {a} by {p}",
        "[{t}] audit: {A} for holder=\"{e}\" unchanged, {n} records scanned",
        "{t} | {E} | {A} viewed | -",
        "{t} INFO billing: {e} {a} report, {n} rows, {m} charged",
    ],
}
SHAPES["config"] = {
    "first": [
        "{E}.{A} = {v}   # go-live {d}",
        "{A}[\"{E}\"] = \"{v}\"   # live",
        "export {K}=\"{v}\"   # from the {d} handover",
        "[{E}]  {A} = {v}   ; active",
    ],
    "replace": [
        "{E}.{A} = {v}   # previously {w}, switched {d}",
        "{K}=\"{v}\"  # changed from {w} on {d}",
        "[{E}]  {A} = {v}   ; updated by {p}",
    ],
    "withdraw": [
        "{E}.{A} =    # cleared, nothing assigned",
        "unset {K}   # vacated, nothing replaces it",
        "[{E}]  {A} = none   ; vacated {d}",
        "{E}.{A} = null  # released, used to be {v}",
    ],
    "lookalike": [
        "# {E}.{A} = {v}    <- commented out, never enabled",
        "{E}.{A} = {v}   # EXAMPLE ONLY, copy and edit",
        "; draft, do not load:  [{E}]  {A} = {v}",
        "{K}=\"{v}\"  # staging sandbox only, not production",
        "{E}.{A} = {v}   # typo, real value still pending",
        "{E}.{A} = {v}   # proposed in review; the change was rejected",
        "sample.cfg:  {E}.{A} = {v}",
        "# TODO next quarter, maybe: {E}.{A} = {v}",
        "{E}.{A} = {v}   # dummy value for the induction course",
    ],
    "other": [
        "{E}.{A} = <ask {p}>",
        "# {E}.{A}: see the shared sheet",
        "[{E}]  ; {A} still to be decided",
        "{K}_TIMEOUT={n}   # seconds, unrelated to the {a} itself",
    ],
}
SHAPES["table"] = {
    "first": [
        "| {e} | {a} | {v} | confirmed |",
        "| {d} | {e} | {v} | {a} | booked |",
        "| {a} | {e} → {v} | final |",
    ],
    "replace": [
        "| {e} | {a} | ~~{w}~~ {v} | new as of {d} |",
        "| {d} | {e} | {v} (formerly {w}) | {a} |",
        "| {e} | {a} | {v} | reassigned by {p} |",
    ],
    "withdraw": [
        "| {e} | {a} | ~~{v}~~ | vacated |",
        "| {e} | {a} | — | taken off {d} |",
        "| {d} | {e} | none | {a} released |",
    ],
    "lookalike": [
        "| {e} | {a} | {v} | DRAFT, not issued |",
        "| {e} | {a} | {v} | proposal, lost the vote |",
        "| {e} (demo data) | {a} | {v} | |",
        "| {e} | {a} | {v} | printing error, see erratum |",
        "| {e} | {a} | {v} | requested, not granted |",
        "| {e} — namesake at the other branch | {a} | {v} |",
        "| {d} | {e} | {v} | {a} · pencilled, never confirmed |",
        "| {e} | {x} (personal, not the {a}) | {v} |",
        "| {e} | {a} | {v} | example row, delete before use |",
    ],
    "other": [
        "| {e} | {a} | TBC | |",
        "| {e} | {a} | see note {n} |",
        "| {e} | {a} queries | {n} open | {m} spent |",
    ],
}
SHAPES["csv"] = {
    "first": [
        "{e},{a},{v},active",
        "{E};{A};{v};{d};ok",
    ],
    "replace": [
        "{e},{a},{v},replacing {w}",
        "{E};{A};{v};{d};amendment",
    ],
    "withdraw": [
        "{e},{a},,deleted-no-successor",
        "{E};{A};VACANT;{d}",
    ],
    "lookalike": [
        "{e},{a},{v},sample",
        "{E};{A};{v};{d};status=rejected",
        "{e},{a},{v},test-import (ignore)",
        "{E};{A};{v};{d};unsent-draft",
        "{e},{a},{v},withdrawn by applicant",
    ],
    "other": [
        "{e},{a},,awaiting",
        "{E};{A};?;{n} queries",
    ],
}
SHAPES["json"] = {
    "first": [
        "{\"holder\": \"{e}\", \"{A}\": \"{v}\", \"status\": \"active\"}",
        "{\"{E}\": {\"{A}\": \"{v}\", \"live\": true}}",
    ],
    "replace": [
        "{\"holder\": \"{e}\", \"{A}\": \"{v}\", \"previous\": \"{w}\"}",
        "{\"op\": \"replace\", \"path\": \"/{E}/{A}\", \"value\": \"{v}\"}",
    ],
    "withdraw": [
        "{\"holder\": \"{e}\", \"{A}\": null, \"status\": \"vacated\"}",
        "{\"op\": \"remove\", \"path\": \"/{E}/{A}\"}",
    ],
    "lookalike": [
        "{\"holder\": \"{e}\", \"{A}\": \"{v}\", \"status\": \"draft\"}",
        "{\"dry_run\": true, \"holder\": \"{e}\", \"{A}\": \"{v}\"}",
        "{\"holder\": \"{e}\", \"{A}\": \"{v}\", \"approved\": false, \"reason\": \"declined by {p}\"}",
        "{\"fixture\": \"training\", \"holder\": \"{e}\", \"{A}\": \"{v}\"}",
        "{\"op\": \"replace\", \"path\": \"/{E}/{A}\", \"value\": \"{v}\", \"applied\": false}",
        "{\"suggestion\": {\"holder\": \"{e}\", \"{A}\": \"{v}\"}, \"author\": \"{p}\"}",
    ],
    "other": [
        "{\"holder\": \"{e}\", \"{A}\": \"pending\"}",
        "{\"query\": \"{A}\", \"holder\": \"{e}\", \"hits\": {n}}",
    ],
}
SHAPES["yaml"] = {
    "first": [
        "{E}: {{A}: {v}, live: true}",
        "- holder: {e}   {A}: {v}   confirmed: yes",
    ],
    "replace": [
        "{E}: {{A}: {v}}   # bumped from {w}",
        "- holder: {e}   {A}: {v}   replaces: {w}",
    ],
    "withdraw": [
        "{E}: {{A}: ~}   # released",
        "- holder: {e}   {A}: null   state: vacated",
    ],
    "lookalike": [
        "- holder: {e}   {A}: {v}   confirmed: no   # still a draft",
        "examples/{E}.yaml  ->  {A}: {v}   (sample data)",
        "{E}: {{A}: {v}}   # proposal, not merged",
        "- holder: {e}   {A}: {v}   state: declined",
        "{E}: {{A}: {v}}   # from the practice exercise",
    ],
    "other": [
        "{E}: {{A}: TODO}",
        "- holder: {e}   {A}: (ask {p})",
    ],
}
SHAPES["command"] = {
    "first": [
        "$ roster set {E} --{A} \"{v}\"",
        "> assign {E} {A}=\"{v}\"   ✔ saved",
    ],
    "replace": [
        "$ roster set {E} --{A} \"{v}\" --replace \"{w}\"",
        "> reassign {E} {A}=\"{v}\"   ✔ saved (old: {w})",
    ],
    "withdraw": [
        "$ roster unset {E} --{A}",
        "> release {E} {A}   ✔ done, nothing reassigned",
    ],
    "lookalike": [
        "$ roster set {E} --{A} \"{v}\" --dry-run",
        "$ roster --sandbox set {E} --{A} \"{v}\"",
        "> assign {E} {A}=\"{v}\"   ✘ permission denied, nothing changed",
        "# for later, not run yet: roster set {E} --{A} \"{v}\"",
        "$ roster set {E} --{A} \"{v}\"   # typed in the training terminal",
        "> assign {E} {A}=\"{v}\"   ⚠ rolled back, wrong holder",
    ],
    "other": [
        "$ roster show {E} --{A}",
        "$ roster history {E} --{A} --last {n}",
    ],
}
SHAPES["form"] = {
    "first": [
        "Holder: {e} · {a}: {v} · Status: approved",
        "Name: {e} | {a}: {v} | Signed: {p}",
        "{a} ........ {v}   (holder: {e})",
    ],
    "replace": [
        "Holder: {e} · {a}: {v} · Replaces: {w} · Status: approved",
        "Name: {e} | New {a}: {v} | Old: {w}",
    ],
    "withdraw": [
        "Holder: {e} · {a}: — · Status: vacated",
        "Name: {e} | {a}: (none) | Note: released {d}",
    ],
    "lookalike": [
        "Holder: {e} · {a}: {v} · Status: pending approval",
        "Holder: {e} · {a}: {v} · Status: DECLINED",
        "Request — Name: {e} | {a} wanted: {v} | Outcome: not granted",
        "SPECIMEN FORM · Holder: {e} · {a}: {v}",
        "Holder: {e} · {a}: {v} · Status: withdrawn by applicant",
        "Name: {e} | {a}: {v} | Signed: — (unsigned draft)",
        "Training copy — Name: {e} | {a}: {v}",
        "Holder: {e} · {a}: {v} · Status: void, filled in on the wrong sheet",
    ],
    "other": [
        "Holder: {e} · {a}: ______ · Status: blank",
        "Name: {e} | {a}: see overleaf | Pages: {n}",
        "Holder: {e} · Fee for the {a}: {m} · Paid: yes",
    ],
}
SHAPES["ticket"] = {
    "first": [
        "#{n} closed: {a} for {e} set to {v}",
        "Ticket {n} · done · {e} now has {a} {v}",
    ],
    "replace": [
        "#{n} closed: {a} for {e} changed from {w} to {v}",
    ],
    "withdraw": [
        "#{n} closed: {a} for {e} removed, no successor",
    ],
    "lookalike": [
        "#{n} won't fix: request to give {e} {a} {v}",
        "#{n} open: proposal, {e} to get {a} {v}",
        "Ticket {n} · duplicate, closed unmerged · {e} {a} {v}",
        "#{n} reverted: {a} for {e} set to {v} by mistake",
    ],
    "other": [
        "#{n} open: {e} asks about the {a}",
    ],
}
SHAPES["rota"] = {
    "first": [
        "{v}: {e} ({a}, confirmed)",
        "ROTA {d} — {e}: {v} ({a})",
    ],
    "replace": [
        "{v}: {e} ({a}, swapped in for {w})",
    ],
    "withdraw": [
        "{v}: free ({a} — {e} released it)",
        "ROTA {d} — {e}: no {a}",
    ],
    "lookalike": [
        "{v}: {e} ({a}, tentative — never confirmed)",
        "ROTA {d} (practice copy) — {e}: {v} ({a})",
        "{v}: {e}? ({a}, someone's guess, crossed out)",
        "ROTA {d}, unpublished draft — {e}: {v} ({a})",
    ],
    "other": [
        "ROTA {d} — {e}: ? ({a})",
    ],
}
SHAPES["notice"] = {
    "first": [
        "NOTICE: from {d}, {e} takes {a} {v}.",
        "Notice to all staff — {a} for {e}: {v}. Signed, the office.",
    ],
    "replace": [
        "NOTICE: from {d}, {e} gives up {a} {w} and takes {v}.",
        "Notice — {e}'s {a} changes to {v} with immediate effect.",
    ],
    "withdraw": [
        "NOTICE: {e} has handed back {a} {v}; it stays empty for now.",
        "Notice — {a} for {e}: withdrawn, no replacement.",
    ],
    "lookalike": [
        "ERRATUM: last week's notice gave {e}'s {a} as {v}; that was a printing error.",
        "NOTICE (draft, never pinned up): {e} to take {a} {v}.",
        "DRILL NOTICE — for the exercise only, {e} uses {a} {v}.",
        "Notice of motion: that {e} be given {a} {v}. Result: defeated on a show of hands.",
        "NOTICE: the poster saying {e} has {a} {v} went up as a prank; ignore it.",
        "Proposed notice, vetoed by {p}: {e} to move to {a} {v}.",
    ],
    "other": [
        "NOTICE: {a} for {e} will be announced on {day}.",
    ],
}
SHAPES["chat"] = {
    "first": [
        "{h}: sorted — {e} gets {v} for {a}",
        "{h}: {e} {a} = {v}, done 👍",
        "{h}: yesss {e} finally has {a} {v}!!",
        "{h}: confirmed, {v} is {e}'s {a}",
    ],
    "replace": [
        "{h}: update — {e} is off {w}, on {v} now ({a})",
        "{h}: switched {e}'s {a} to {v}",
    ],
    "withdraw": [
        "{h}: {e} doesn't have any {a} now, {v} is up for grabs",
        "{h}: scrapped {e}'s {a}, nothing replacing it",
    ],
    "lookalike": [
        "{h}: haha can you picture {e} on {a} {v}",
        "{h}: just testing the bot — {e} {a} {v}",
        "{h}: heard {e} might get {a} {v}? not official",
        "{h}: had a dream {e}'s {a} was {v}, so weird",
        "{h}: quiz time! guess {e}'s {a}... I'll say {v}",
        "{h}: careful, {v} is the {a} of the other {e} in town, not ours",
        "{h}: would be nice if {e} got {a} {v} tbh",
        "{h}: {e} {a} {v}?? (asking, not telling)",
        "{h}: was gonna put {e} on {a} {v} but never got round to it",
    ],
    "other": [
        "{h}: anyone know {e}'s {a}?",
        "{h}: {e}'s {a} is in the pinned doc",
        "{h}: {n} of us waiting on {e}'s {a}, since {c}",
    ],
}
SHAPES["email"] = {
    "first": [
        "Subject: {e} – {a} confirmed as {v}",
        "Hi all, quick one: {e}'s {a} is {v} as of {day}.",
    ],
    "replace": [
        "Subject: {e} – {a} now {v} (previously {w})",
        "Following up on my earlier mail, {e}'s {a} has changed to {v}.",
    ],
    "withdraw": [
        "Subject: {e} – {a} cancelled, nothing replaces it",
        "Just so you know, {e} no longer holds {a} {v} and isn't getting another.",
    ],
    "lookalike": [
        "[Drafts] Subject: {e} – {a} is {v}  (never sent)",
        "Sitting in {p}'s outbox, never delivered: \"{e}'s {a} will be {v}\".",
        "Subject: TEMPLATE – {e} – {a} {v} (placeholder text, please ignore)",
        "Subject: CORRECTION – {e}'s {a} is not {v}, our mistake",
        "Subject: Proposal – could {e} have {a} {v}? (no reply yet)",
        "This message is a phishing-awareness test: {e}'s {a} has been changed to {v}.",
    ],
    "other": [
        "Subject: {e} – {a}",
        "Can someone reply with {e}'s {a}? Thanks, {p}",
    ],
}
SHAPES["memo"] = {
    "first": [
        "Memo: with effect from {d}, the {a} for {e} is {v}.",
        "Internal memo — {p} has allocated {a} {v} to {e}.",
    ],
    "replace": [
        "Memo: {e}'s {a} is amended from {w} to {v}.",
    ],
    "withdraw": [
        "Memo: {e}'s {a} is revoked from {d}; none to follow.",
    ],
    "lookalike": [
        "Memo (not circulated): the {a} for {e} to be {v}.",
        "Memo for the role-play session only: assume {e} has {a} {v}.",
        "Memo, pulled before issue: {e} was to be given {a} {v}.",
        "Draft memo {p} never filed: {e} to get {a} {v}.",
    ],
    "other": [
        "Memo: the {a} for {e} is under review.",
    ],
}
SHAPES["minutes"] = {
    "first": [
        "Minutes, item {n}: agreed that {e} takes {a} {v}.",
    ],
    "replace": [
        "Minutes, item {n}: {e} moves from {a} {w} to {v}, carried unanimously.",
    ],
    "withdraw": [
        "Minutes, item {n}: {e} relinquishes {a}; not to be reallocated.",
    ],
    "lookalike": [
        "Minutes, item {n}: motion to give {e} {a} {v} fell.",
        "Minutes, item {n}: {p} floated {a} {v} for {e}; no decision.",
        "Minutes, item {n}: the suggestion that {e} take {a} {v} was rejected.",
        "Minutes, item {n}: {a} {v} for {e} deferred to next year, then dropped.",
    ],
    "other": [
        "Minutes, item {n}: {a} for {e}, held over.",
    ],
}
SHAPES["prose"] = {
    "first": [
        "{e} has {a} {v} now, and that's official.",
        "Good news: {e} has been given {v} as {a}.",
        "{p} handed {e} {a} {v} this morning.",
        "{e} is on {a} {v} from today.",
        "It's settled — {a} {v} belongs to {e}.",
        "Yep, {e} got {v}. That's the {a} sorted.",
    ],
    "replace": [
        "{e} moved off {a} {w} and onto {v}.",
        "Change of plan: {e}'s {a} is {v} from now on.",
        "{e} swapped {a} {w} for {v} after the reshuffle.",
        "{v} it is: {e}'s new {a}, replacing {w}.",
    ],
    "withdraw": [
        "{e} gave up {a} {v} and nobody has taken it since.",
        "{e} has no {a} now; the old one was withdrawn.",
        "From today {e} goes without any {a}.",
    ],
    "lookalike": [
        "{p} dreamt that {e} was on {a} {v}.",
        "Rumour has it {e} gets {a} {v}, but nobody in the office knows anything.",
        "But for the flood last spring, {e} was going to end up with {a} {v}.",
        "If {e} ever got {a} {v}, {p} would eat a hat.",
        "In {p}'s bedtime story, {e} was given {a} {v}.",
        "In the board game the kids made up, {e} lands {a} {v}.",
        "As a joke, {p} told {e} the {a} was {v}.",
        "Could {e} have {a} {v}? {p} is asking, not deciding.",
        "{e} never had {a} {v}; whoever said so was mistaken.",
        "\"{e} is on {a} {v},\" {p} announced — wrongly, as it turned out.",
        "The plan was to move {e} to {a} {v} in spring, but it never happened.",
        "{e} asked for {a} {v}; the request was turned down.",
        "Next year, {p} predicts, {e} will be on {a} {v}.",
        "Suppose, just for argument's sake, {e} had {a} {v}.",
        "The other {e}, the one across town, has {a} {v}.",
        "{e}'s {x} is {v}, which is not the {a} at all.",
        "The quiz asked which {a} {e} has; {p} guessed {v} and was wrong.",
        "{p} wishes {e} could have {a} {v}.",
        "A slip in the newsletter gave {e}'s {a} as {v}; it was put right the next day.",
        "The vote to put {e} on {a} {v} was lost.",
    ],
    "other": [
        "{e} still hasn't heard anything about the {a}.",
        "{p} spent {n} minutes on the phone about {e}'s {a}.",
        "Keeping {e}'s {a} costs {m} a month, {p} says.",
        "We'll sort {e}'s {a} after the {c} briefing.",
        "{e} has asked about the {a} {n} times this week.",
        "The {a} for {e} is with {p} for now.",
    ],
}

RECORD_SHAPES = ("log", "config", "table", "csv", "json", "yaml", "command", "form", "ticket", "rota")
SHAPE_NAMES = tuple(SHAPES)


def _all(slot: str, shapes=SHAPE_NAMES) -> list[str]:
    return [f for s in shapes for f in SHAPES[s][slot]]


BIND_FIRST = _all("first")
BIND_REPLACE = _all("replace")
WITHDRAW = _all("withdraw")
LOOKALIKE = _all("lookalike")
OTHER = _all("other")
LOOKALIKE_RECORD = _all("lookalike", RECORD_SHAPES)
FORMS = {"bind": BIND_FIRST + BIND_REPLACE, "withdraw": WITHDRAW, "lookalike": LOOKALIKE, "other": OTHER}

QUESTIONS = {
    "latest": [
        "Going by the records, which {a} does {e} have now?",
        "{e} — current {a}?",
        "What {a} is {e} on, as things finally stand?",
        "Which {a} would you give a caller asking after {e} today?",
        "Currently, what is recorded as {e}'s {a}?",
        "Leaving aside drafts and rumours, what is {e}'s {a}?",
    ],
    "nth": [
        "Which {a} did {e} really get {o}?",
        "What was the {o} {a} on record for {e}?",
        "Counting only real assignments, what was {e}'s {o} {a}?",
        "In order of assignment, which was the {o} {a} {e} held?",
    ],
    "previous": [
        "What was {e}'s {a} before the latest change?",
        "Which {a} did {e} hold right before the current one?",
        "Before the most recent reassignment, what was {e}'s {a}?",
        "When {e}'s {a} last changed, what did it change from?",
    ],
    "all": [
        "List all the {a}s {e} has really held, in order.",
        "Every genuine {a} of {e}, oldest first?",
        "Which {a}s has {e} actually been given over time?",
        "Give each {a} {e} has had, earliest to latest.",
    ],
}
ORDINALS = {1: "first", 2: "second", 3: "third"}


# ---- rendering --------------------------------------------------------------------------------------

IDENT_STYLES = {
    "snake": lambda ws: "_".join(w.lower() for w in ws),
    "kebab": lambda ws: "-".join(w.lower() for w in ws),
    "camel": lambda ws: ws[0].lower() + "".join(w.capitalize() for w in ws[1:]),
}


def _ident(text: str, style: str) -> str:
    return IDENT_STYLES[style](re.findall(r"[A-Za-z0-9]+", text))


def _clock(rng: random.Random) -> str:
    """A time of day that is never a value: when something happened."""
    r = rng.randint
    return rng.choice([f"{r(1, 11)}.{r(0, 5)}{r(0, 9)} am", f"{r(13, 22)}:{r(0, 5)}{r(0, 9)}", "noon", f"half past {r(1, 11)}"])


def render(form: str, attribute: str, entity: str, value: str, rng: random.Random, **extra: str) -> str:
    """Fill a form's placeholders; identifiers take one style per line; unknown placeholders are left alone."""
    words = rng.choice(SYNONYMS[attribute]) if attribute in SYNONYMS and rng.random() < 0.3 else attribute
    style = rng.choice(sorted(IDENT_STYLES))
    p, q = rng.sample(PEOPLE, 2)
    r = rng.randint
    fill = {
        "a": words, "A": _ident(words, style), "e": entity, "E": _ident(entity, style),
        "K": _ident(f"{entity} {words}", "snake").upper(), "v": value, "p": p, "q": q,
        "h": rng.choice([f"@{p.lower()}", f"<{p.lower()}>", f"{p.lower()}_{r(1, 99)}", p]),
        "t": rng.choice([f"20{r(24, 31)}-{r(1, 12):02d}-{r(1, 28):02d} {r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}",
                         f"{r(1, 28):02d}/{rng.choice(MONTHS)} {r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}"]),
        "d": f"{r(1, 28)} {rng.choice(MONTHS)}", "day": rng.choice(WEEKDAYS), "c": _clock(rng), "n": str(r(2, 90)),
        "m": rng.choice([f"£{r(3, 400)}", f"€{r(3, 400)}.{r(0, 99):02d}", f"${r(3, 400)}"]),
        "x": rng.choice(POSSESSIONS), **extra,
    }
    text = re.sub(r"\{([A-Za-z]\w*)\}", lambda m: fill.get(m.group(1), m.group(0)), form)
    return text[0].upper() + text[1:] if form.startswith(("{e}", "{a}", "{v}")) else text


# ---- episodes ---------------------------------------------------------------------------------------

HOUSE_SHARE = 0.55  # share of an episode's lines in its house shape: bind and look-alike then often share a shape


def _form(rng: random.Random, house: str, slot: str) -> str:
    shape = house if rng.random() < HOUSE_SHARE else rng.choice(SHAPE_NAMES)
    return rng.choice(SHAPES[shape][slot])


def episode(rng: random.Random) -> Episode:
    """One holder's writes, replacements, maybe a withdrawal, one to three look-alikes, mentions and confusers."""
    domain = rng.choice(sorted(DOMAINS))
    attributes, pairs = DOMAINS[domain]
    attribute = rng.choice(sorted(attributes))
    pair = rng.choice(pairs)
    entity, twin = rng.sample(pair, 2)
    house = rng.choice(SHAPE_NAMES)
    taken: list[str] = []
    n_writes = rng.randint(1, 4)
    n_look = rng.randint(1, 3)  # the emphasis of this corpus: every episode has look-alikes of the key
    values = draw_values(rng, attribute, n_writes + n_look, taken)
    writes, spare = values[:n_writes], values[n_writes:]

    own = [Line(render(_form(rng, house, "first"), attribute, entity, writes[0], rng), "bind", "key", writes[0])]
    own += [Line(render(_form(rng, house, "replace"), attribute, entity, new, rng, w=old), "bind", "key", new)
            for old, new in zip(writes, writes[1:])]
    if rng.random() < 0.25:  # a withdrawal, which may name the value it takes away
        own.append(Line(render(_form(rng, house, "withdraw"), attribute, entity, writes[-1], rng), "withdraw", "key"))
    extra = [Line(render(_form(rng, house, "lookalike"), attribute, entity, v, rng), "lookalike", "key") for v in spare]
    extra += [Line(render(_form(rng, house, "other"), attribute, entity, "", rng), "other", "key") for _ in range(rng.randint(0, 2))]
    extra += _confusers(rng, house, attribute, entity, twin, taken)
    lines = _merge(rng, own, extra)

    def phrase(q_kind: str, k: int) -> str:
        return render(rng.choice(QUESTIONS[q_kind]), attribute, entity, "", rng, o=ORDINALS.get(k, ""))

    return ask(rng, lines, phrase)


def _confusers(rng: random.Random, house: str, attribute: str, entity: str, twin: str, taken: list[str]) -> list[Line]:
    """The twin holder, another holder of the domain, another attribute of the holder; look-alikes are common here too."""
    domain = next(d for d, (attrs, _) in DOMAINS.items() if attribute in attrs)
    attributes, pairs = DOMAINS[domain]
    other = rng.choice([e for pair in pairs for e in pair if e not in (entity, twin)])
    other_attribute = rng.choice([a for a in sorted(attributes) if a != attribute])
    out = []
    for about, a, e in (("near", attribute, twin), ("other entity", attribute, other), ("other attribute", other_attribute, entity)):
        for _ in range(rng.randint(1 if about != "other entity" else 0, 2)):
            role = rng.choices(["bind", "withdraw", "lookalike"], [0.55, 0.1, 0.35])[0]
            slot = rng.choice(["first", "replace"]) if role == "bind" else role
            v, *w = draw_values(rng, a, 2 if slot == "replace" else 1, taken)  # a replacement names an old value too
            if role == "bind":
                out.append(Line(render(_form(rng, house, slot), a, e, v, rng, w=w[0] if w else ""), "bind", about, v))
            else:
                out.append(Line(render(_form(rng, house, role), a, e, v, rng), role, about))
    return out
