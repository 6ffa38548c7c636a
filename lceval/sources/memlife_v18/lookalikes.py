"""Papers that name the asked holder and a value for it, yet never put that value in force. Each says so in its
own text, on the very line that names the two: a motion that was lost, a dry run, a slip of the pen taken back in
the same note, canteen gossip, a test fixture, a what-if that did not happen, a change backed out, an offer that
lapsed, a simulation, a request turned down, a drill on the radio, a bill of lading voided, an idea parked on the
board. ``LOOKALIKES[name] = (format, lines(kind, key, value, rng))``; the formats are the records' own.
"""

from __future__ import annotations

import json
import random

from .records import PEOPLE, clock, date, initials

__all__ = ["LOOKALIKES"]


def _lost_motion(kind, key, value, rng):
    return [f"DOCKET No. {rng.randint(18, 29)}-{rng.randint(1000, 9999)}, {kind.office} hearing of {date(rng)}",
            f"MOTION that {kind.thing(key)} be given {value} as its {kind.role}: LOST on a show of hands, "
            f"{rng.randint(1, 3)} for and {rng.randint(4, 8)} against, so the register is not touched.",
            "Entered by the clerk."]


def _dry_run(kind, key, value, rng):
    line = json.dumps({"ts": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{clock(rng, True)}Z",
                       "register": kind.office, "op": "assign", "holder": key, "value": value, "dry_run": True,
                       "committed": False})
    return [line, "# dry run: the line above shows what would have been written; nothing was"]


def _slip(kind, key, value, rng):
    return [f"[transcribed from a handwritten note left at the {kind.office}, {date(rng)}]",
            f"{kind.thing(key)} to have {value}... no, crossed out, wrong {kind.noun}, leave {key} exactly as it was. "
            f"({initials(rng)})",
            "[end of note]"]


def _gossip(kind, key, value, rng):
    who = rng.choice(PEOPLE)
    return [f"Messages with {who}",
            f"[{clock(rng)}] {who}: rumour in the canteen says {kind.thing(key)} is getting {value}, "
            f"but the {kind.office} says nobody has decided anything",
            f"[{clock(rng)}] Me: won't hold my breath then"]


def _fixture(kind, key, value, rng):
    return [f"# test fixture for the {kind.office} import script; the live register never reads this file",
            f"fixture_{kind.plural}:",
            f"  {key}: {value}  # made-up sample row, not a real {kind.role}"]


def _what_if(kind, key, value, rng):
    desk = kind.office.split()[-1].upper()
    return [f"[{clock(rng, True)}] {desk}: Had the inspection gone badly, {kind.thing(key)} would have been handed "
            f"{value}; it went fine, so that never happened.",
            f"[{clock(rng, True)}] {rng.choice(PEOPLE).upper()}: Understood, no action."]


def _backed_out(kind, key, value, rng):
    return [f"## {kind.office} register {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} ({date(rng)})",
            "### Reverted",
            f"- Backed out before it went live: giving {kind.thing(key)} {value}. The earlier entry stands untouched."]


def _lapsed_offer(kind, key, value, rng):
    return [f"*** {kind.office.upper()} COUNTER ***",
            f"QUOTATION ONLY, NOT A RECEIPT: {kind.role} {value} offered for {key}, open until {date(rng)}, lapsed unaccepted",
            "Nothing was paid and nothing was issued."]


def _simulation(kind, key, value, rng):
    return [f"SIMULATION RUN {rng.randint(10, 99)} - {kind.office.upper()} - SANDBOX COPY, NEVER POSTED TO THE REGISTER",
            f"{key:<12}{'(model)':<28}{value:<28}SIM",
            "Results thrown away at end of run."]


def _refused(kind, key, value, rng):
    return [f"ORDER No {rng.randint(10, 99)} TO ALL {kind.office.upper()} STAFF",
            f"Request that {kind.thing(key)} be given {value} is REFUSED STOP Keep everything as it stands STOP",
            f"OPR {initials(rng)}"]


def _drill(kind, key, value, rng):
    desk = kind.office.split()[-1].upper()
    return [f"[{clock(rng, True)}] {desk}: Exercise, exercise, exercise.",
            f"[{clock(rng, True)}] {desk}: Drill traffic only: {kind.thing(key)}, your {kind.role} is {value}. "
            "End of drill, disregard for real working.",
            f"[{clock(rng, True)}] {rng.choice(PEOPLE).upper()}: Drill copied."]


def _void_lading(kind, key, value, rng):
    return [f"BILL OF LADING  B/L {rng.randint(1000, 9999)}-{rng.choice('ABCDEF')}  ** VOID, ISSUED IN ERROR, DO NOT ACT ON IT **",
            f"Marks {key} | {kind.role}: {value} | void with the rest of this bill",
            "Cancelled by the dock office before release."]


def _parked(kind, key, value, rng):
    return [f"[{kind.office} board] card #{rng.randint(100, 999)} moved from 'Ideas' to 'Parked, not doing' by {rng.choice(PEOPLE)}",
            f"card text: maybe one day give {kind.thing(key)} {value}? never started, never approved"]


def _unsent(kind, key, value, rng):
    return [f"LOGBOOK, {kind.office}, {date(rng)}",
            f"{clock(rng)}  {rng.choice(PEOPLE)[:3].upper()}   Drafted a note giving {kind.thing(key)} {value}, "
            "then tore it up unsent; nothing was filed."]


LOOKALIKES = {
    "lost motion": ("docket entry", _lost_motion),
    "dry run": ("json lines", _dry_run),
    "slip of the pen": ("handwritten note", _slip),
    "canteen gossip": ("sms thread", _gossip),
    "test fixture": ("yaml manifest", _fixture),
    "what-if": ("radio transcript", _what_if),
    "backed out": ("changelog", _backed_out),
    "lapsed offer": ("counter receipt", _lapsed_offer),
    "simulation": ("fixed-width report", _simulation),
    "refused request": ("telegraphed order", _refused),
    "drill": ("radio transcript", _drill),
    "void bill": ("bill of lading", _void_lading),
    "parked idea": ("task board card", _parked),
    "torn-up draft": ("logbook", _unsent),
}
