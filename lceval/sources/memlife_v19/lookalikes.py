"""Look-alikes: documents that name the asked holder and a value on one line but never took effect, and say why
(in the line itself, or in the heading or sign-off of their document). Each gives (format, text); none decides."""

from __future__ import annotations

import random
from typing import Callable

from .documents import PEOPLE, Event, clock, date, initials, iso, person, slug


def _bits(event: Event):
    kind = event.kind
    return kind, kind.thing(event.key), event.key, event.value


def quotation(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    return "invoice", (
        f"QUOTATION Q-{rng.randint(100, 999)} - {kind.office}   (estimate only, this is not an order)\n"
        "Qty  Item  ....  Amount\n"
        f"1    Assignment of {kind.noun} {key} to {value}  ....  {rng.randint(20, 300)}.00\n"
        f"This quote ran out on {date(rng)} without being accepted, so nothing was booked.")


def forecast(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    at = f"{iso(rng)}T{clock(rng)}"
    return "severity log", (
        f"{at}:00Z INFO  planner: season model run {rng.randint(2, 40)} started\n"
        f"{at}:07Z INFO  planner[forecast]: {key} projected to {value} next season - projection, not a booking\n"
        f"{at}:09Z INFO  planner: forecast written to the planning folder; live register untouched")


def survey(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    return "csv with header", (
        f"# members' survey, {date(rng)}: suggestions only, none adopted by the committee\n"
        f"respondent,{kind.name},suggested {slug(kind.role)},comment\n"
        f"{rng.randint(10, 99)},{key},{value},would be nice")


def rejected(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    at = f"{iso(rng)}T{clock(rng)}"
    return "severity log", (
        f"{at}:31Z ERROR {slug(kind.office)}: rejected: {key} -> {value} (record locked for audit); nothing written\n"
        f"{at}:32Z INFO  {slug(kind.office)}: transaction rolled back")


def joke(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    return "sticky note", (
        f"[sticky note on the {kind.office} fridge, in jest]\n"
        f"Ha! If {thing} ever ends up with {value} as its {kind.role}, I will eat my hat. Only joking, it is not happening.\n"
        f"- {initials(rng)}")


def mis_sent(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    writer = person(rng)
    return "email thread", (
        f"From: {writer} ({kind.office})\nSubject: Please disregard my last message\n\n"
        f"Sorry, my note this morning saying {thing} would go to {value} was meant for our other site and reached you by mistake.\n"
        "Nothing is different here; please bin it.\n\n"
        f"{writer}")


def staging(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    return "xml fragment", (
        "<!-- STAGING preview: never published to the live register -->\n"
        f'<register keeper="{kind.office}" env="staging">\n'
        f'  <entry {kind.name}="{key}" {slug(kind.column)}="{value}" from="{iso(rng)}"/>\n'
        "</register>")


def placeholder(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    return "markdown table", (
        f"### Import template (placeholder rows, replaced on import; not real)\n\n"
        f"| {kind.noun.capitalize()} | {kind.column} | Before | Note |\n|---|---|---|---|\n"
        f"| {key} | {value} | - | placeholder |")


def would_have_been(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    return "shift handover", (
        f"Handover, {kind.office} - {rng.choice(('Early to late', 'Late to night'))}, {date(rng)}\n"
        f"- Had the paperwork arrived in time, {thing} would have gone to {value}; it never arrived, so nothing moved on it.\n"
        f"Signed off: {person(rng)}")


def cancelled_job(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    job = rng.randint(1000, 9999)
    return "spreadsheet paste", (
        "(pasted from the job queue)\nJob\tRef\tTarget\tState\n"
        f"J{job}\t{key}\t{value}\tCANCELLED before it ran\n"
        f"J{job} was pulled from the queue by {person(rng)}; it made no change.")


def losing_bid(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    return "ticked slip", (
        f"{kind.office.upper()} - SEALED BID No. {rng.randint(100, 999)}\n"
        "[ ] Successful   [x] Unsuccessful\n"
        f"Lot: {key}   Bid on behalf of: {value}\n"
        "Outbid at the close. The lot went to another bidder; this slip is for your records only.")


def advice_column(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    return "email thread", (
        f"From: a reader\nSubject: Letter to the advice column\n\n"
        f"Dear Aunt Agatha, I keep wondering whether {thing} ought to have {value} as its {kind.role}. Would that be wise?\n\n"
        "(Printed as a reader's question. It is not a decision of anybody's, and the column replies next issue.)")


def training_call(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    a, b = rng.sample(PEOPLE, 2)
    return "phone call", (
        f"Call transcript, {clock(rng)} - TRAINING EXERCISE: nothing said on this call is entered anywhere\n"
        f"{a}: Pretend caller here. Please put {value} down for {thing}.\n"
        f"{b}: Practising the read-back... noted, for the exercise only.")


def rejected_patch(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    name = slug(kind.office) + ".ini"
    return "ini diff", (
        f"# Review verdict: PATCH REJECTED by {person(rng)}, not merged\n"
        f"--- a/{name}\n+++ b/{name}\n@@ [{kind.name}s] @@\n"
        f"+{key} = {value}")


def unsigned_draft(event: Event, rng: random.Random) -> tuple[str, str]:
    kind, thing, key, value = _bits(event)
    return "standing order", (
        f"STANDING ORDER {rng.randint(10, 99)}/{rng.randint(1, 12)} - {kind.office}   [DRAFT]\n"
        f"With effect from the signing date, {thing} has {value} for its {kind.role}.\n"
        "Signature: ____________   (left unsigned; the draft never came into force)")


LOOKALIKES: dict[str, Callable[[Event, random.Random], tuple[str, str]]] = {
    "quotation": quotation, "forecast": forecast, "survey suggestion": survey, "rejected write": rejected,
    "joke": joke, "mis-sent message": mis_sent, "staging preview": staging, "placeholder": placeholder,
    "would have been": would_have_been, "cancelled job": cancelled_job, "losing bid": losing_bid,
    "advice column": advice_column, "training call": training_call, "rejected patch": rejected_patch,
    "unsigned draft": unsigned_draft,
}
