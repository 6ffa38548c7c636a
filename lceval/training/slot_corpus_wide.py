"""TRAINING-ONLY key/value statements in many surface styles: the wide companion of ``slot_corpus``.

``slot_corpus`` has about fifteen forms per role in a handful of styles; models
trained on it alone miss writes in config lines, table rows or chat and keys
written as identifiers. This corpus keeps the same ``Line``/``Episode``
structure, roles, question kinds and ``needed``/``answers`` meaning (it uses
``slot_corpus.ask``) and widens everything else:

- forms: 60+ per role over prose (active, passive, value-first, nominalised,
  implicit), chat/IM and SMS, several log formats, markdown/ASCII/CSV/TSV
  rows, config and code (JSON, YAML, INI, TOML, env, key=value), email,
  forms and tickets, contracts, meeting notes, diaries, release notes,
  inventories and news corrections;
- keys: attributes of many value types (money in several currencies, numbers
  with units, dates, hosts, URLs, versions, names, places, rooms, phones,
  serials, coordinates, codes) on entities that are codenames, products,
  teams, places, events and people, each with near-duplicate twins, and
  sibling attributes of the same entity as confusers;
- keys written as identifiers (snake_case, camelCase, kebab-case, dotted,
  ENV_VARS, PascalCase) in lines and, in a share of episodes, in questions,
  so a question in words must find a line in identifiers and back.

Written for training only, without looking at either memory-lifecycle
family; ``tests/unit/test_slot_corpus_wide.py`` checks automatically that no
six-word run of a rendered line occurs in their generated samples.

Placeholders: {a} attribute in words, {e} entity in words, {A}/{E} the same
as identifiers, {K} the whole key as one identifier, {v} value, {p} a first
name, {h} a chat handle, {t} a timestamp, {d} a date, {n} a ticket number.
"""

from __future__ import annotations

import random
import re

from .slot_corpus import Episode, Line, ask, _merge

# attribute -> value type. Attributes sharing a first word are siblings: confusers on the same entity.
ATTRIBUTES = {
    "seat price": "money", "seat count": "count", "ticket price": "money", "budget cap": "money",
    "staging host": "host", "production host": "host", "webhook url": "url", "docs url": "url",
    "release version": "version", "client version": "version", "firmware version": "version",
    "shipping weight": "weight", "shipping date": "date", "handover date": "date", "renewal date": "date",
    "support phone": "phone", "sales phone": "phone", "huddle room": "room", "storage room": "room",
    "account manager": "name", "release manager": "name", "meeting venue": "place", "storage site": "place",
    "gps fix": "coordinates", "drop coordinates": "coordinates", "device serial": "serial",
    "licence key": "code", "voucher code": "code", "retry limit": "count", "max upload size": "size",
    "cooling setpoint": "temperature", "ceiling height": "length",
}
SYNONYMS = {
    "seat price": ["price per seat", "per-seat price"], "staging host": ["staging server"], "webhook url": ["callback url"],
    "release version": ["shipped version"], "support phone": ["helpline number", "support line"],
    "account manager": ["account owner"], "licence key": ["license key", "product key"], "retry limit": ["max retries"],
    "handover date": ["hand-off date"], "meeting venue": ["meeting location"], "device serial": ["serial number"],
    "cooling setpoint": ["thermostat setting"], "max upload size": ["upload limit"], "gps fix": ["gps position"],
}
# Each group holds an entity and its near-duplicates.
ENTITIES = [
    ["Falcon", "Falcon II", "Falcon Lite"], ["the Harbour Street office", "the Harbour Road office"],
    ["Kestrel Analytics", "Kestrel Logistics"], ["the payments team", "the payouts team"],
    ["Project Juniper", "Project Juno"], ["the Lisbon warehouse", "the Lisbon depot", "the Porto warehouse"],
    ["Nimbus 3", "Nimbus 3 Pro", "Nimbus 4"], ["the spring gala", "the spring fair"],
    ["the tanker Ostrava", "the tanker Opava"], ["the west clinic", "the west lab"], ["Orchid iOS", "Orchid Web"],
    ["the Tuesday cohort", "the Thursday cohort"], ["rack V12", "rack V21"], ["Mira Okafor", "Mira Okoro"],
    ["the Quarry Lane site", "the Quarry Hill site"], ["Bluebell", "Bluebird"], ["the data guild", "the design guild"],
    ["Hangar 2", "Hangar 12"], ["the Ferncroft account", "the Ferncliff account"], ["Sprocket 7", "Sprocket 7S"],
]
FIRST_NAMES = ["Ayla", "Benedikt", "Carmen", "Dmitri", "Esi", "Farid", "Greta", "Hiroshi", "Imani", "Jonas", "Kalani",
               "Lucía", "Mateo", "Noor", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Thandiwe", "Umar", "Vera", "Yusuf", "Zofia"]
LAST_NAMES = ["Abara", "Brennan", "Castellano", "Dvořák", "Ekström", "Fonseca", "Gallagher", "Haddad", "Iwu", "Jansen",
              "Kowalczyk", "Lindqvist", "Moreau", "Nyambura", "Okonkwo", "Petrov", "Rasmussen", "Szabo", "Tanaka", "Varga"]
PLACES = ["the Corn Exchange", "Dock 4 annex", "the Minster crypt", "Ballroom B", "the old tram depot", "Riverside Hall",
          "the Granary loft", "Studio Nord", "the rooftop terrace", "Unit 9, Ashgrove estate"]
HOSTS = ["db3.internal.example", "edge-02.eu.example.net", "10.40.7.21", "build.corp.example:8443", "vm-ares.lab.local",
         "mq1.prod.example.org", "cache-eu-west.example.io"]
CURRENCIES = ["€{:,}", "£{:,}", "${:,}", "USD {:,}", "CHF {:,}", "¥{:,}", "{:,} SEK", "A${:,}", "R{:,}"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def _value(rng: random.Random, kind: str) -> str:
    r = rng.randint
    if kind == "money":
        amount = rng.choice([str(r(5, 999)), f"{r(5, 9999)}.{r(0, 99):02d}", f"{r(1, 90) * 1000}"])
        return rng.choice(CURRENCIES).replace("{:,}", f"{float(amount):,.2f}".removesuffix(".00"))
    if kind == "count":
        return str(r(2, 480))
    if kind == "host":
        return rng.choice(HOSTS).replace("3", str(r(1, 9)), 1)
    if kind == "url":
        return f"https://{rng.choice(['hooks', 'docs', 'api', 'status'])}.example.{rng.choice(['com', 'org', 'dev'])}/{rng.choice(['v1', 'v2', 'in', 'cb'])}/{r(100, 9999)}"
    if kind == "version":
        return rng.choice(["v{}.{}.{}", "{}.{}.{}", "{}.{}.{}-rc1", "{}.{}b{}"]).format(r(0, 12), r(0, 40), r(0, 20))
    if kind == "weight":
        return rng.choice([f"{r(1, 900)} kg", f"{r(1, 90)}.{r(0, 9)} kg", f"{r(2, 400)} lb", f"{r(100, 990)} g"])
    if kind == "date":
        day, month, year = r(1, 28), r(1, 12), r(2024, 2031)
        return rng.choice([f"{day} {MONTHS[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}", f"{MONTHS[month - 1]} {day}, {year}", f"{day:02d}/{month:02d}/{year}"])
    if kind == "phone":
        return rng.choice([f"+44 20 {r(7000, 7999)} {r(1000, 9999)}", f"(555) {r(100, 999)}-{r(1000, 9999)}", f"+49 30 {r(100, 999)} {r(1000, 99999)}", f"0{r(400, 499)} {r(100, 999)} {r(100, 999)}"])
    if kind == "room":
        return rng.choice([f"Room {r(1, 9)}.{r(1, 40)}", f"B-{r(100, 499)}", f"room {r(10, 99)}{rng.choice('ABC')}", f"Level {r(1, 12)} huddle {r(1, 9)}"])
    if kind == "name":
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    if kind == "place":
        return rng.choice(PLACES)
    if kind == "coordinates":
        return rng.choice([f"{r(10, 70)}.{r(1000, 9999)}° N, {r(1, 170)}.{r(1000, 9999)}° W", f"{r(-60, 70)}.{r(10000, 99999)}, {r(-170, 170)}.{r(10000, 99999)}"])
    if kind == "serial":
        return rng.choice(["SN-", "S/N ", "", "SER"]) + "".join(rng.choice("0123456789ABCDEFHJKLMNPRTUVWXY") for _ in range(r(8, 12)))
    if kind == "size":
        return f"{r(1, 512)} {rng.choice(['MB', 'GB', 'MiB', 'KB'])}"
    if kind == "temperature":
        return rng.choice([f"{r(16, 26)}.{r(0, 9)} °C", f"{r(60, 78)} °F", f"{r(15, 27)}C"])
    if kind == "length":
        return rng.choice([f"{r(2, 9)}.{r(10, 99)} m", f"{r(8, 30)} ft", f"{r(200, 950)} cm"])
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(rng.choice(letters) if c == "L" else str(r(0, 9)) if c == "D" else c
                   for c in rng.choice(["LLDD-LLDD", "LDL-DLD", "LLLL-DDDD-LL", "DDLLD", "LL/DDDDD"]))


def _stamp(rng: random.Random) -> str:
    y, mo, d, h, mi, s = rng.randint(2023, 2031), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([
        f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z", f"{MONTHS[mo - 1][:3]} {d:2d} {h:02d}:{mi:02d}:{s:02d}",
        f"{d:02d}/{MONTHS[mo - 1][:3]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000", f"{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}",
        f"{h:02d}:{mi:02d}", f"{d}.{mo}.{y} {h}:{mi:02d}",
    ])


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)[:3]}"


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", text.removeprefix("the "))


CASES = {
    "snake": (lambda ws: "_".join(w.lower() for w in ws), "."),
    "camel": (lambda ws: ws[0].lower() + "".join(w.capitalize() for w in ws[1:]), "."),
    "pascal": (lambda ws: "".join(w.capitalize() for w in ws), "."),
    "kebab": (lambda ws: "-".join(w.lower() for w in ws), "/"),
    "env": (lambda ws: "_".join(w.upper() for w in ws), "_"),
}


def identifiers(entity: str, attribute: str, case: str) -> tuple[str, str, str]:
    """(entity, attribute, whole key) written as identifiers in one case style."""
    join, sep = CASES[case]
    e, a = join(_words(entity)), join(_words(attribute))
    return e, a, e + sep + a


# ---- forms, by role; each list mixes styles ------------------------------------------------------

BIND_FIRST = [
    # prose: active, passive, value-first, nominalised
    "{e} runs on a {a} of {v}.",
    "A {a} of {v} was agreed for {e}.",
    "{v} is the {a} we gave {e}.",
    "Assignment of {v} as {e}'s {a} went through on {d}.",
    "For {e}, put down {v} under {a}.",
    "{p} wired up {e} and picked {v} for the {a}.",
    "The board approved a {a} of {v} for {e} on {d}.",
    "You'll find {e} at {a} {v}.",
    "Our {a} at {e}: {v}, effective {d}.",
    # chat, SMS
    "{h}: ok so {e} {a} = {v}",
    "{h} ➜ set {e}'s {a} to {v} 👍",
    "txt from {p}: {a} 4 {e} is {v} cu l8r",
    "<{h}> fyi {A} for {E} is {v} now live",
    # logs
    "[{t}] INFO config: {K}={v}",
    "{t} set key={K} value=\"{v}\" actor={h}",
    "level=info ts={t} msg=\"key assigned\" key={K} val=\"{v}\"",
    "{t} [audit] {p} created {a} for {e}: {v}",
    # tables
    "| {e} | {a} | {v} |",
    "| {A} | {v} | added {d} |",
    "{E},{A},{v}",
    "entity,field,value\n{E},{A},\"{v}\"",
    "{e}\t{a}\t{v}",
    "+------+-----+\n| {A} | {v} |\n+------+-----+",
    # config, code
    "{K}: \"{v}\"",
    "{K} = \"{v}\"  # set {d}",
    "export {K}=\"{v}\"",
    "{\"{E}\": {\"{A}\": \"{v}\"}}",
    "[{E}]\n{A} = {v}",
    "{E}:\n  {A}: {v}",
    "config.{K} = '{v}';",
    "--{A}={v}  (for {e})",
    # email, forms, tickets
    "Subject: {e} {a}\n\nHi all, the {a} is {v}. Thanks, {p}",
    "Field: {a}\nEntity: {e}\nValue entered: {v}",
    "Ticket #{n} resolved: {e} now has {a} {v}.",
    # contracts, minutes, diaries, notes, inventories
    "The Parties agree that the {a} applicable to {e} shall be {v}.",
    "Minutes, {d}: RESOLVED that {e} adopt {v} as {a}.",
    "Dear diary, finally sorted the {a} for {e}, it's {v}.",
    "Release notes: {e} ships with {a} {v}.",
    "Inventory line {n}: {e}, {a}: {v}.",
    "On the form {p} filled in for {e}, {a} reads {v}.",
]
BIND_RECORD = [  # first writes as statements and markup
    "INSERT INTO {K}s (owner, val) VALUES ('{e}', '{v}');",
    "UPDATE registry SET {A} = '{v}' WHERE name = '{E}';",
    "<li data-key=\"{K}\">{e}: {v}</li>",
    "<td>{e}</td><td>{a}</td><td>{v}</td>",
    "<{A} owner=\"{E}\">{v}</{A}>",
    "Registered: {e} / {a} / {v}.",
    "Assigned {v} to {e} ({a}).",
    "{e} now holds {a} {v}.",
]
BIND_REPLACE = [
    # prose, implicit changes
    "{e}'s {a} moved from the old figure to {v}.",
    "Make that {v} for {e}'s {a}.",
    "Correction: {e}'s {a} is {v}, not what was sent earlier.",
    "The {a} at {e} was raised to {v}.",
    "{e} has been switched to {v} for its {a}.",
    "Revised {a} for {e}: {v}.",
    "{p} bumped {e} to {a} {v} this afternoon.",
    "From {d}, {e}'s {a} becomes {v}.",
    "Update: {v} is now the {a} for {e}, superseding the earlier one.",
    "Re-pointed {e}: {a} is {v} from now on.",
    "The {a} for {e} was renegotiated down to {v}.",
    # chat, SMS
    "{h}: scratch that, {e} {a} is {v} now",
    "<{h}> changed {A} → {v} for {E}",
    "{p} (SMS): new {a} at {e} = {v}, old one's dead",
    "{h}: s/{a} for {e}/{v}/ — updated",
    # logs
    "[{t}] WARN override {K}: previous value replaced with {v}",
    "{t} UPDATE {K} old=*** new=\"{v}\" by={h}",
    "level=info ts={t} msg=\"key updated\" key={K} val=\"{v}\"",
    "{t} {E} {A} changed to {v} (change #{n})",
    # tables, diffs
    "| {e} | {a} | ~~old~~ {v} |",
    "{E},{A},\"{v}\",updated",
    "{e}\t{a}\t{v}\t(amended {d})",
    "-{A}: <old>\n+{A}: {v}",
    # config, code
    "{K} = \"{v}\"  # changed {d}, was wrong",
    "PATCH /{E} {\"{A}\": \"{v}\"}",
    "{E}.set('{A}', '{v}')  # replaces previous",
    "ALTER: {E}.{A} := {v}",
    # email, tickets, contract, notes, news
    "Re: {e} {a}\n\nSmall change: please use {v} instead.",
    "Ticket #{n} updated: {a} for {e} changed to {v}.",
    "Amendment No. {n}: the {a} of {e} is hereby amended to read {v}.",
    "Meeting notes {d}: {e} {a} changed, new value {v} (owner {p}).",
    "Diary: {p} finally changed the {a} for {e}. It's {v} now.",
    "Changelog: {E} {A} updated to {v}.",
    "Correction ({d}): {e}'s {a} is in fact {v}.",
    "Stocktake adjustment: {e} {a} corrected to {v}.",
]
# Replacements that quote the value they replace ({w}): "not {w}" here corrects, it does not deny.
BIND_REVISE = [
    "The {a} of {e} went from {w} to {v} on {d}.",
    "{v} replaces {w} as {e}'s {a}.",
    "Correction: the {a} of {e} should read {v}, not {w}.",
    "{e}'s {a} is {v} (previously {w}).",
    "Erratum: for {e} the {a} is {v}; {w} was printed in error.",
    "Please swap {w} for {v} as the {a} of {e}.",
    "Not {w} any more: {e}'s {a} is {v}.",
    "{p} says the {a} at {e} is {v}, no longer {w}.",
    "{h}: {e} {a} now {v}, not {w} like before",
    "[{t}] {K}: {w} -> {v}",
    "{t} {E}.{A} changed {w} => {v} by {h}",
    "{E},{A},{v},was {w}",
    "| {e} | {a} | {v} | replaces {w} |",
    "{K} = \"{v}\"  # was {w} until {d}",
    "Entity: {e}\nField: {a}\nOld value: {w}\nNew value: {v}",
    "record {n}: {E} / {A} / {v} (supersedes {w})",
    "Ticket #{n}: {a} for {e} fixed, {w} was a typo for {v}.",
    "From {d} the {a} for {e} will be {v} in place of {w}.",
]
WITHDRAW = [
    # prose
    "The {a} for {e} was pulled and nothing replaced it.",
    "{e}'s {a} has been voided.",
    "We rescinded the {a} for {e}; there is none at present.",
    "{e} no longer has a {a}.",
    "The {a} that applied to {e} no longer applies.",
    "Ignore the earlier {a} for {e}; it is not valid any more.",
    "{p} deleted the {a} on {e} and did not set another.",
    "There is currently no {a} for {e}.",
    "The {a} of {e} was retired on {d}, with no successor.",
    "Nobody holds the {a} for {e} any more; it was revoked.",
    "The {a} given for {e} is cancelled until further notice.",
    "{e}'s {a} expired on {d} and was not renewed.",
    "Withdrawn: the {a} previously stated for {e}.",
    "{e} is without a {a} again after the rollback.",
    "Treat the {a} for {e} as blank from here on.",
    # chat, SMS
    "{h}: {e} {a} is gone, don't use it",
    "<{h}> unset {A} on {E}, nothing to replace it yet",
    "{h}: pls forget the {a} I gave u for {e}, it's void",
    "{p} (SMS): {a} for {e} cancelled. no new one",
    "{h}: rolled back {e}'s {a}, it's empty now",
    # logs
    "[{t}] INFO config: {K} removed",
    "{t} DELETE key={K} actor={h}",
    "level=warn ts={t} msg=\"key revoked\" key={K}",
    "{t} [audit] {p} cleared {a} for {e} (no value)",
    "{t} {E} {A} -> <unset>",
    # tables
    "| {e} | {a} | — |",
    "| {e} | {a} | ~~{v}~~ |",
    "{E},{A},",
    "{e}\t{a}\t(removed)",
    "| {A} | n/a | removed {d} |",
    "Row for {e} / {a} deleted from the sheet.",
    # config, code
    "{K}: null",
    "{K}: ~",
    "{K} =",
    "unset {K}",
    "{\"{E}\": {\"{A}\": null}}",
    "del config['{E}']['{A}']",
    "# {K} = \"{v}\"   (commented out, no longer used)",
    "-{A}: {v}",
    "[{E}]\n; {A} removed",
    "DELETE FROM settings WHERE entity='{E}' AND key='{A}';",
    "git revert: drop {A} from {E} config",
    # email, tickets, forms
    "Subject: {a} for {e} withdrawn\n\nPlease disregard it; there is no replacement.",
    "Re: {e}\n\nThe {a} I sent is no longer good. Nothing new yet.",
    "Ticket #{n}: {a} for {e} revoked, closing.",
    "Form correction: {a} for {e} left empty on purpose.",
    # contract, minutes, diary, release notes, inventory, news
    "The {a} provision for {e} is hereby rescinded and of no further effect.",
    "Clause {n} (the {a} of {e}) is struck out in its entirety.",
    "Minutes {d}: the {a} for {e} was dropped; no replacement agreed.",
    "ACTION closed: {e}'s {a} removed.",
    "Dear diary, they took away the {a} at {e} today, nothing instead.",
    "Removed: the `{A}` setting for {E} (deprecated, no replacement).",
    "Release {n}: {A} support dropped for {E}.",
    "Inventory: {e} {a} written off; field now blank.",
    "An earlier version of this report gave {e}'s {a} as {v}; that figure has been withdrawn.",
    "Correction: no {a} has in fact been set for {e}.",
    "The {a} for {e} was nulled during the cleanup.",
    "{e}: {a} reverted to unset.",
    "{v} is no longer {e}'s {a}, and none has replaced it.",
    "Strike the {a} ({v}) from {e}'s record.",
]
LOOKALIKE = [
    # quiz keys, archived or date-bound values, fiction and rehearsal lines, guesses
    "Q7 options: (b) {e}'s {a} is {v}. (Answer key on the back.)",
    "Trivia night answer: the {a} of {e} was {v} — in the 1990s.",
    "{e}, {a} {v} (archived, valid for {d} only)",
    "Historical note: back in {d}, {e} had {v} as its {a}.",
    "In the novel, the heroine gives {e}'s {a} as {v}.",
    "Rehearsal script, scene 2 — {p}: \"The {a} for {e}? {v}!\"",
    "{p} reckoned the {a} of {e} might have been {v}; that was a wild guess.",
    "Mock drill only: pretend {e}'s {a} is {v} for the exercise.",
    # hedges, rumours, forecasts
    "{e}'s {a} might be {v}, but I haven't checked.",
    "Rumour has it that {e} will get {v} as its {a}.",
    "Analysts expect the {a} for {e} to land around {v}.",
    "I think the {a} at {e} is {v}? Not sure.",
    "Possibly {v}, possibly not: nobody knows the {a} for {e} yet.",
    "Unconfirmed reports put {e}'s {a} at {v}.",
    "The {a} for {e} is probably {v}, pending confirmation.",
    # plans, future-dated, proposals, wishes
    "Next month we plan to set {e}'s {a} to {v}.",
    "Proposal: change the {a} of {e} to {v}. Votes welcome.",
    "{p} wishes the {a} for {e} were {v}.",
    "If the budget passes, {e}'s {a} would become {v}.",
    "Draft (not sent): {e} {a} = {v}",
    "We should consider {v} as {e}'s {a} at some point.",
    "A scheduled change (not yet applied) would move {e} to {a} {v}.",
    "{p} suggested {v} for the {a} at {e}; the idea was shelved.",
    # questions, negations, conditionals
    "Is {v} the {a} for {e}?",
    "Did anyone confirm {v} as {e}'s {a}?",
    "{e}'s {a} is not {v}.",
    "The {a} for {e} was never {v}, despite the rumour.",
    "Had we signed, the {a} of {e} would have been {v}.",
    "Suppose {e}'s {a} were {v}: what breaks?",
    "Unless {p} objects, {v} could become {e}'s {a}.",
    # quotes disowned, fiction, examples
    "A forum post claimed {e}'s {a} is {v}; it was fake.",
    "\"The {a} for {e} is {v},\" said the scammer on the phone.",
    "In the sample below, {e} has {a} {v} (illustrative only).",
    "Example: `{K}={v}` (replace with your own value)",
    "Fixture data: {E}.{A} = {v} — test only, not real.",
    "The tutorial uses {v} as a made-up {a} for {e}.",
    "Quiz: if {e}'s {a} were {v}, what would change?",
    "The old brochure's {a} for {e} ({v}) was a misprint.",
    # chat, SMS
    "{h}: would {v} work as the {a} for {e}? just asking",
    "<{h}> maybe set {A} to {v} for {E}?? thoughts",
    "{h}: lol imagine {e} with {a} {v}",
    "{p} (SMS): not sure but {a} for {e} might b {v}",
    "{h}: typo above, {v} was never the {a} for {e}",
    # logs
    "[{t}] DEBUG dry-run: would set {K}={v}",
    "{t} PROPOSED key={K} value=\"{v}\" status=pending",
    "level=info ts={t} msg=\"validation failed, not applied\" key={K} val=\"{v}\"",
    "{t} [simulation] {E} {A}={v} (no changes written)",
    "{t} REJECTED change {K} -> {v}",
    # tables
    "| {e} | {a} | {v} (proposed) |",
    "| {e} | {a} | {v}? |",
    "{E},{A},\"{v}\",draft",
    "{e}\t{a}\t{v}\tsample row",
    # config, code
    "# {K} = \"{v}\"   example, do not uncomment",
    "{K}: \"{v}\"  # TODO: confirm before enabling",
    "# e.g. export {K}=\"{v}\"",
    "assert {E}.{A} != '{v}'",
    "if ({E}.{A} === '{v}') { warn(); }",
    "// suggested: {A} = {v} for {E} (not merged)",
    # email, tickets
    "Subject: proposed {a} for {e}?\n\nWhat do people think of {v}?",
    "Re: {e}\n\nOne idea for the {a}: {v}. Not decided.",
    "Ticket #{n} (open): request to set {e}'s {a} to {v}.",
    "Ticket #{n} rejected: {a} {v} for {e} not approved.",
    # contract, minutes, diary, release notes, news
    "Subject to contract, the {a} for {e} may be {v}.",
    "The draft agreement, never signed, named {v} as {e}'s {a}.",
    "Minutes {d}: {p} floated {v} for {e}'s {a}; no decision.",
    "Dear diary, I dreamt the {a} for {e} was {v}.",
    "Planned for the next release: {E} {A} {v} (not shipped).",
    "A rival firm's {a} is {v}, unlike {e}'s.",
    "Headline said {e}'s {a} was {v}; the paper later called it an error.",
    "Beta testers saw {v} as the {a} for {e} on a mock-up only.",
    "Wishlist: {e} with a {a} of {v}.",
    "Forecast for {d}: {e}'s {a} could reach {v}.",
    # the holder's other belongings: the value labels something else that is linked to {e}
    "{e}'s bicycle lock opens with {v}; that code is not a {a}.",
    "The raffle ticket drawn for {e} was {v}, a prize number rather than the {a}.",
    "{v} is printed on the mug {p} gave {e}, which has no bearing on any {a}.",
    "{e} keeps a cat called {v}, unconnected with the {a}.",
    "Stitched on {e}'s jersey: {v}. Shirt numbers and {a}s are separate things.",
    "The password hint for {e}'s laptop is {v}; do not mistake it for a {a}.",
    "{p} posted {e} a parcel tracked as {v}, not to be read as its {a}.",
    "During the board game {e}'s token stayed on square {v} all evening.",
    "{v} is only the serial on {e}'s kettle, not a {a}.",
    "The recipe card for {e}'s soup is filed under {v}.",
    "Darts night: {e} finished on {v}, which tells you nothing about the {a}.",
    "A sailing dinghy christened after {e} carries the sail number {v}.",
    "{e} dialled {v} to order a pizza; the {a} never came up.",
    "The hymn chosen for {e}'s wedding was number {v} in the blue book.",
    "{e}'s grandmother's house number was {v}, long before any {a} existed.",
]
# Mentions of a key with no value: neither a write nor a withdrawal.
OTHER = [
    "Nobody could remember the {a} for {e} during the call.",
    "{p} will send round the {a} for {e} later.",
    "Where is the {a} for {e} written down?",
    "{h}: who owns {e}'s {a}?",
    "The {a} of {e} came up twice in the review.",
    "[{t}] INFO lookup {K} (cache hit)",
    "We talked about {e} but not about its {a}.",
    "See the wiki page on {a}s for how {e} handles them.",
    "{t} GET /{E}/{A} 200",
    "Reminder: check the {a} for {e} before Friday.",
]

QUESTIONS = {
    "latest": [
        "What is the {a} for {e}?",
        "Once every line is taken into account, what is {e}'s {a}?",
        "If you had to write down {e}'s {a} today, what would it be?",
        "Give me {e}'s current {a}.",
        "I need the {a} that applies to {e} now.",
        "Which value does {K} hold at the end?",
        "What should {E}.{A} be set to, going by everything above?",
        "Say what {e}'s {a} is after all the changes.",
        "{e}'s {a} — what is it now?",
        "Could you tell me the {a} that is valid for {e}?",
        "Final answer needed: the {a} for {e}.",
        "What does {e} have as its {a} at present?",
        "What is the value of {A} for {E}?",
        "I'm filling in a form: {a} for {e}?",
        "Look up the {a} in force for {e}.",
    ],
    "nth": [
        "What was the {o} {a} assigned to {e}?",
        "Which {a} did {e} get {o} in the sequence?",
        "Name the {o} value {K} was ever set to.",
        "Of the {a}s {e} has had, what was the {o} one?",
        "Counting from the start, what was {e}'s {o} {a}?",
        "Tell me {e}'s {a} at its {o} setting.",
        "The {o} time {e}'s {a} was set, to what?",
        "What value did {E}.{A} take {o}?",
    ],
    "nth1": [
        "What was {e}'s {a} originally?",
        "Initially, what {a} did {e} have?",
        "To begin with, what was the {a} for {e}?",
        "What was the earliest {a} recorded for {e}?",
        "Which {a} did {e} begin with?",
        "Prior to any change, what {a} was {e} on?",
        "What {a} was {e} given in the beginning?",
        "Going back to the very start, which {a} had {e}?",
        "What {a} did {e} have before it ever moved?",
        "Until the first time it changed, what was {e}'s {a}?",
    ],
    "previous": [
        "What was {e}'s {a} before the most recent change?",
        "Which {a} did {e} have just before the last update?",
        "What value of {K} was overwritten by the latest one?",
        "Before it was last changed, what was the {a} for {e}?",
        "What did the newest {a} for {e} replace?",
        "Give the prior {a} of {e}, the one before the current value.",
        "One step back: what was {e}'s {a} previously?",
        "I remember {e}'s {a} changed recently; what was it before?",
    ],
    "all": [
        "List every {a} {e} has had, in order.",
        "What values has {e}'s {a} taken over time?",
        "Enumerate all settings of {K} so far.",
        "Give the full history of the {a} for {e}.",
        "Which {a}s have applied to {e}, from first to last?",
        "Write out each {a} ever recorded for {e}.",
        "All values of {E}.{A}, please.",
        "What are all the {a}s that {e} has been given?",
        "Which {a}s does {e} have, all of them?",
    ],
}
ORDINALS = {1: "first", 2: "second", 3: "third"}
FORMS = {"bind": BIND_FIRST + BIND_RECORD + BIND_REPLACE + BIND_REVISE, "withdraw": WITHDRAW, "lookalike": LOOKALIKE, "other": OTHER}


def render(form: str, attribute: str, entity: str, value: str, rng: random.Random, **extra: str) -> str:
    """Fill a form's placeholders; identifiers get one case style per line."""
    if attribute in SYNONYMS and rng.random() < 0.3:
        attribute = rng.choice(SYNONYMS[attribute])
    e_id, a_id, k_id = identifiers(entity, attribute, rng.choice(sorted(CASES)))
    person = rng.choice(FIRST_NAMES)
    fill = {"a": attribute, "e": entity, "A": a_id, "E": e_id, "K": k_id, "v": value, "p": person,
            "h": rng.choice(["@", "", "~"]) + person.lower() + rng.choice(["", "_", str(rng.randint(1, 99))]),
            "t": _stamp(rng), "d": _date(rng), "n": str(rng.randint(100, 9999)), **extra}
    text = re.sub(r"\{([A-Za-z]\w*)\}", lambda m: fill.get(m.group(1), m.group(0)), form)
    return text[0].upper() + text[1:] if form.startswith(("{e}", "{a}", "{v}")) else text


def episode(rng: random.Random) -> Episode:
    """One key's writes, replacements, maybe a withdrawal, look-alikes, mentions and confusers, then a question."""
    attribute = rng.choice(sorted(ATTRIBUTES))
    group = rng.choice(ENTITIES)
    entity, twin = rng.sample(group, 2)
    values = list(dict.fromkeys(_value(rng, ATTRIBUTES[attribute]) for _ in range(12)))
    n_writes = rng.randint(1, 4)
    own = [Line(render(rng.choice(BIND_FIRST + BIND_RECORD), attribute, entity, values[0], rng), "bind", "key", values[0])]
    own += [Line(render(rng.choice(BIND_REPLACE + BIND_REVISE), attribute, entity, v, rng, w=old), "bind", "key", v)
            for old, v in zip(values, values[1:n_writes])]
    if rng.random() < 0.25:  # the withdrawal may quote the value it takes back
        own.append(Line(render(rng.choice(WITHDRAW), attribute, entity, values[n_writes - 1], rng), "withdraw", "key"))
    spare = iter(values[n_writes:])
    extra = [Line(render(rng.choice(LOOKALIKE), attribute, entity, next(spare, values[-1]), rng), "lookalike", "key")
             for _ in range(rng.randint(0, 2))]
    extra += [Line(render(rng.choice(OTHER), attribute, entity, "", rng), "other", "key") for _ in range(rng.randint(0, 1))]
    extra += _confusers(rng, attribute, entity, twin)
    lines = _merge(rng, own, extra)
    words = rng.random() < 0.75  # else the question writes the key as an identifier

    def phrase(kind: str, k: int) -> str:
        pool = QUESTIONS["nth1"] if kind == "nth" and k == 1 and rng.random() < 0.4 else QUESTIONS[kind]
        spelled = [f for f in pool if ("{K}" in f or "{E}" in f) != words] or pool
        return render(rng.choice(spelled), attribute, entity, "", rng, o=ORDINALS.get(k, ""))

    return ask(rng, lines, phrase)


def _confusers(rng: random.Random, attribute: str, entity: str, twin: str) -> list[Line]:
    """Lines about a near-duplicate entity, another entity, and a sibling (or other) attribute of the same entity."""
    siblings = [a for a in ATTRIBUTES if a != attribute and a.split()[0] == attribute.split()[0]]
    sibling = rng.choice(siblings) if siblings and rng.random() < 0.6 else rng.choice([a for a in ATTRIBUTES if a != attribute])
    other = rng.choice([e for g in ENTITIES for e in g if e not in (entity, twin)])
    out = []
    for about, a, e in (("near", attribute, twin), ("other entity", attribute, other), ("other attribute", sibling, entity)):
        for _ in range(rng.randint(1 if about != "other entity" else 0, 2)):
            v = _value(rng, ATTRIBUTES[a])
            role = rng.choices(["bind", "withdraw", "lookalike"], [0.7, 0.1, 0.2])[0]
            out.append(Line(render(rng.choice(FORMS[role]), a, e, v, rng, w=_value(rng, ATTRIBUTES[a])), role, about, v if role == "bind" else ""))
    return out
