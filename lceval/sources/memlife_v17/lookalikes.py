"""Look-alikes: documents that name the asked holder and a plausible value on one line, yet never set anything.

Each is written in one of the family's own formats and undone by something a careful reader sees: a transaction
rolled back, a template row, a ticket closed as won't-do, a line commented out, a question answered no, a motion
that fell, a draft never sent, a caller who admits she is muddling things, a clause struck out before signature,
a sandbox ticket, a what-if, a commit on a branch deleted unmerged, a wish for some other year.
"""

from __future__ import annotations

import random

from .page import Page, cap, clock, day, handle, hexsha, initials, person

__all__ = ["LOOKALIKES", "lookalike"]


def rolled_back(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("sql")
    page.line(f"-- {k.team}: change set {rng.randint(100, 999)}, tried by {handle(rng)} at {clock(rng)}")
    page.line("BEGIN;")
    page.line(f"UPDATE {k.table} SET {k.value_column} = '{value}' WHERE {k.holder_column} = '{key}';")
    page.line(rng.choice(["-- ERROR: row is locked by another session", "-- 0 rows matched, nothing to keep"]))
    page.line("ROLLBACK;")
    return page


def template_row(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("sheet")
    page.line(f"{k.table}_TEMPLATE.csv - made-up rows to show new starters the layout; never imported")
    page.line(f"{k.holder_column},{k.value_column},replaces,status,initials")
    page.line(f"{key},{value},,example only,{initials(rng)}")
    return page


def wont_do(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("tracker")
    page.line(f"{k.project}-{rng.randint(100, 4999)} | Proposal: give {k.thing(key)} the {k.role} {value}")
    page.line(f"Comment by {person(rng)}, {day(rng)}:")
    page.line(f"Not doing this; {k.thing(key)} keeps whatever it has.")
    page.line("Status: Open -> Closed (won't do)")
    return page


def commented_out(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("word_diff")
    page.line(f"$ git diff --word-diff {k.config}")
    start = rng.randint(3, 80)
    page.line(f"@@ -{start},2 +{start},3 @@ [{k.section}]")
    page.line(f'{{+# "{key}" = "{value}"   # parked: stays commented out until someone signs it off+}}')
    return page


def refused(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("chat")
    asker, answerer = handle(rng), handle(rng)
    page.line(f"{k.channel} | {day(rng)}")
    hour, minute = rng.randint(8, 19), rng.randint(0, 49)
    page.line(f"[{hour:02d}:{minute:02d}] {asker}: could we put {key} on {value}?")
    page.line(f"[{hour:02d}:{minute + rng.randint(1, 4):02d}] {answerer}: no. leave it exactly as it is")
    page.line(f"[{hour:02d}:{minute + rng.randint(5, 9):02d}] {asker}: fair enough, dropping the idea")
    return page


def motion_fell(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("minutes")
    page.sentence(f"Minutes of the {k.team} meeting, {day(rng)}.")
    page.sentence(f"A motion that {k.thing(key)} should take {value} as its {k.role} was put to the vote and fell, "
                  f"{rng.randint(1, 3)} for and {rng.randint(4, 7)} against.")
    page.sentence("Nothing was changed.")
    return page


def unsent_draft(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("letter")
    page.line("[DRAFT - never sent; binned after review]")
    page.line(f"Dear {person(rng)},")
    page.line(f"We have recorded {value} as the {k.role} of {k.thing(key)}.")
    page.line("Yours sincerely,")
    return page


def muddled(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("voicemail")
    page.line(f"Voicemail to the {k.team}, left {day(rng)} at {clock(rng)}, transcribed:")
    page.line(f"Hi, it's {person(rng).split()[0]}. I keep wanting to say {k.thing(key)} has {value}, but I'm almost "
              f"certainly muddling it with another one, so please don't write that down.")
    return page


def struck_clause(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("clause")
    number = rng.randint(2, 14)
    page.line(f"Schedule {rng.randint(1, 9)} to the {k.team} services agreement")
    page.line(f"{number}.2 [Struck out by both parties before signature: {cap(k.thing(key))} shall have {value} as its "
              f"{k.role}.]")
    return page


def sandbox(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("tracker")
    page.line(f"{k.project}-SANDBOX-{rng.randint(1, 99)} | practice ticket: nothing filed here reaches the live register")
    page.line(f"Comment by {person(rng)} (trainee), {day(rng)}:")
    page.line(f"Done - {k.thing(key)} now has {value} as its {k.role}.")
    return page


def what_if(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("minutes")
    page.sentence(f"Minutes of the {k.team} meeting, {day(rng)}.")
    page.sentence(f"Purely as a what-if, someone wondered how things would look had {k.thing(key)} been given {value}; "
                  "no change was proposed.")
    page.sentence(f"The meeting closed at {clock(rng)}.")
    return page


def dead_branch(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("gitlog")
    who = person(rng)
    page.line(f"commit {hexsha(rng)} (scratch/{who.split()[0].lower()}-trial; branch deleted, never merged)")
    page.line(f"Author: {who} <{who.split()[0].lower()}@{k.project.lower()}.example>")
    page.line(f"    {key}: set {k.role} to {value}")
    return page


def someday(k, key: str, value: str, rng: random.Random) -> Page:
    page = Page("chat")
    page.line(f"{k.channel} | {day(rng)}")
    page.line(f"[{clock(rng)}] {handle(rng)}: wishlist for the year after next: {key} on {value}. not this year though")
    return page


# name: what undoes it (its function); the name is what a sample's meta records
LOOKALIKES = {"rolled_back": rolled_back, "template_row": template_row, "wont_do": wont_do,
              "commented_out": commented_out, "refused": refused, "motion_fell": motion_fell,
              "unsent_draft": unsent_draft, "muddled": muddled, "struck_clause": struck_clause, "sandbox": sandbox,
              "what_if": what_if, "dead_branch": dead_branch, "someday": someday}


def lookalike(name: str, kind, key: str, value: str, rng: random.Random) -> Page:
    return LOOKALIKES[name](kind, key, value, rng)
