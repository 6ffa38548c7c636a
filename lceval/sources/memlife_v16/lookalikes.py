"""Look-alikes: documents that name the asked holder and a plausible value, on one line, but never gave it.

Each is its own kind of not-happening, most in one of the record formats, a few in a format of its own:
an SQL transaction rolled back, a git stash dropped unapplied, a pull request closed unmerged, a template row
of a CSV that was never imported, a hypothetical in chat, a misremembering corrected in chat, a motion lost in
the minutes, a letter kept as an unsent draft, a request declined on the tracker, made-up data in a unit test,
an option in an agreement that lapsed, a training exercise with fictitious data, and a wish list for next season.
"""

from __future__ import annotations

import random

from .records import FOLK, NICKS, gives, person
from .writer import Writer, cap

__all__ = ["LOOKALIKES", "lookalike"]


def _shall(event) -> str:
    return f"{event.kind.named(event.key)} {event.kind.shall.format(value=event.value)}"


def rolled_back(event, rng: random.Random):
    kind, table, (kc, vc) = event.kind, event.kind.table, event.kind.columns
    w = Writer("sql_script")
    w.line(rng.choice((f"-- {table}: trying a change before the weekly check", f"{table}=# \\i proposed_{rng.randint(10, 99)}.sql")))
    w.line("BEGIN;")
    w.line(rng.choice((f"UPDATE {table} SET {vc} = '{event.value}' WHERE {kc} = '{event.key}';",
                       f"INSERT INTO {table} ({kc}, {vc}) VALUES ('{event.key}', '{event.value}');")))
    if rng.random() < 0.5:
        w.line(rng.choice((f"ERROR:  permission denied for table {table}",
                           f"ERROR:  new row violates check constraint \"{table}_approved\"",
                           "ERROR:  canceling statement due to user request")))
    w.line("ROLLBACK;")
    w.line(rng.choice(("-- rolled back: nothing was written and the register is as it was",
                       "-- abandoned; the transaction never committed")))
    return w.done()


def stashed(event, rng: random.Random):
    w = Writer("git_stash")
    w.line("$ git stash list")
    w.line(f"stash@{{0}}: WIP on main: {rng.choice(('set', 'try'))} {event.key} to {event.value}")
    w.line(f"stash@{{1}}: On main: {rng.choice(('tidy column order', 'typo in the header', 'reformat dates'))}")
    w.line("$ git stash drop stash@{0}")
    w.line(f"Dropped stash@{{0}} ({''.join(rng.choice('0123456789abcdef') for _ in range(40))})")
    w.line(rng.choice(("# dropped without ever being applied", "# binned; that change was never made")))
    return w.done()


def unmerged_pull_request(event, rng: random.Random):
    path = f"registers/{event.kind.table}.yaml"
    w = Writer("yaml_diff")
    w.line(f"Pull request #{rng.randint(20, 900)} \"Proposal for {event.key}\" by {rng.choice(NICKS)}: closed without merging")
    w.line(f"diff --git a/{path} b/{path}").line(f"--- a/{path}").line(f"+++ b/{path}")
    start = rng.randint(3, 80)
    w.line(f"@@ -{start},2 +{start},3 @@ {event.kind.table}:")
    w.line(f'+  "{event.key}": "{event.value}"')
    return w.done()


def template_row(event, rng: random.Random):
    kind = event.kind
    w = Writer("csv_export")
    w.line(f"{kind.table}_TEMPLATE.csv ({rng.choice(('a layout example for new volunteers', 'sample rows for the import tool'))}; never imported)")
    w.line(f"{kind.columns[0]},{kind.columns[1]},status,remarks")
    w.line(f"{event.key},{event.value},example,{rng.choice(('delete this row before use', 'illustration only'))}")
    return w.done()


def hypothetical(event, rng: random.Random):
    a, b = rng.sample(NICKS, 2)
    w = Writer("chat")
    w.line(f"#{event.kind.table.replace('_', '-')}")
    w.line(f"<{a}> thinking aloud: what if {event.kind.named(event.key)} got {event.value} as its {event.kind.role}?")
    w.line(f"<{b}> {rng.choice(('not happening, leave it as it is', 'no. nobody is changing that one'))}")
    w.line(f"<{a}> fair, forget I asked")
    return w.done()


def misremembered(event, rng: random.Random):
    a, b = rng.sample(NICKS, 2)
    w = Writer("chat")
    w.line(f"#{event.kind.table.replace('_', '-')}")
    w.line(f"<{a}> I had it in my head that the {event.kind.role} of {event.kind.named(event.key)} was {event.value}")
    w.line(f"<{b}> {rng.choice(('no, you are mixing it up with something else, it never was', 'misremembering, that was never in the book'))}")
    w.line(f"<{a}> my memory, sorry")
    return w.done()


def lost_motion(event, rng: random.Random):
    names = rng.sample(FOLK, 4)
    w = Writer("minutes")
    w.line(f"Committee minutes, meeting {rng.randint(2, 48)}").line(f"Present: {', '.join(names[:3])}; apologies from {names[3]}.")
    against = rng.randint(5, 9)
    w.line(f"{rng.randint(2, 9)}. {cap(event.kind.roles)}. {names[0]} moved that {_shall(event)}. "
           f"The motion was lost, {against - rng.randint(2, 3)} votes to {against}, and the entry stays as it was.")
    return w.done()


def unsent_draft(event, rng: random.Random):
    w = Writer("letter")
    w.line(rng.choice(("[DRAFT, not sent; kept on file only]", "[Unsent draft: this letter was never posted]")))
    w.line(f"Dear {rng.choice(FOLK)},")
    w.line(f"I am pleased to confirm that {gives(event.kind, event.key, event.value, rng)}. Please keep this letter with your records.")
    w.line("Yours sincerely,").line("(unsigned)")
    return w.done()


def declined_request(event, rng: random.Random):
    w = Writer("ticket")
    w.line(f"#{rng.randint(100, 4999)} Request: could {_shall(event)}?")
    w.line(f"{rng.choice(NICKS)} commented:")
    w.line(f"  {rng.choice(('Declined. We are keeping the register as it is.', 'Not doing this one, sorry; no change made.'))}")
    w.line(f"Status: closed ({rng.choice(('won’t do', 'declined'))})")
    return w.done()


def made_up_fixture(event, rng: random.Random):
    table, vc = event.kind.table, event.kind.columns[1]
    w = Writer("python_test")
    w.line(f"# tests/test_{table}.py: made-up data, never loaded into the real register")
    w.line(f"def test_lookup_finds_the_{vc}():")
    w.line(f'    register = {{"{event.key}": "{event.value}"}}')
    w.line(f'    assert lookup(register, "{event.key}") == "{event.value}"')
    return w.done()


def lapsed_option(event, rng: random.Random):
    n = rng.randint(2, 12)
    w = Writer("clause")
    w.line(f"Agreement for {event.kind.roles}, Part {n}")
    w.line(f"{n}.4 Should the Borrower give written notice before the option date, {event.kind.named(event.key)} shall "
           f"{event.kind.shall.format(value=event.value)}. "
           f"{rng.choice(('No notice was given, so the option lapsed and this sub-clause never took effect.', 'The option date passed without notice; this sub-clause is spent and of no effect.'))}")
    return w.done()


def training_exercise(event, rng: random.Random):
    w = Writer("memo")
    w.line("MEMO: TRAINING EXERCISE, FICTITIOUS DATA").line("To: new volunteers").line(f"From: {person(rng)}")
    w.line(f"For practice only, key this into the sandbox register: {gives(event.kind, event.key, event.value, rng)}. "
           "Do not copy it into the live register.")
    return w.done()


def wish_list(event, rng: random.Random):
    w = Writer("wish_list")
    w.line(rng.choice(("Wish list for next season (nothing here is agreed):", "Things we would like, if the money turns up:")))
    items = [f"- {event.kind.named(event.key)} to {event.kind.shall.format(value=event.value)}",
             f"- {rng.choice(('a new kettle for the office', 'a second filing cabinet', 'fewer meetings'))}"]
    rng.shuffle(items)
    for item in items:
        w.line(item)
    return w.done()


LOOKALIKES = {
    "rolled back": rolled_back,
    "stashed": stashed,
    "unmerged pull request": unmerged_pull_request,
    "template row": template_row,
    "hypothetical": hypothetical,
    "misremembered": misremembered,
    "lost motion": lost_motion,
    "unsent draft": unsent_draft,
    "declined request": declined_request,
    "test fixture": made_up_fixture,
    "lapsed option": lapsed_option,
    "training exercise": training_exercise,
    "wish list": wish_list,
}


def lookalike(event, rng: random.Random):
    """The look-alike ``event.template`` (a ``LOOKALIKES`` name): no evidence spans."""
    return LOOKALIKES[event.template](event, rng)
