"""memlife_v9, the eighth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, the twin and the look-alikes in the samples among
them): its twins and bystanders, every format's deciding line and exactly four look-alikes."""

import random

from lceval.sources.memlife_v9.documents import RECORDS, Event, render
from lceval.sources.memlife_v9.keys import KINDS, other_holders
from lceval.sources.memlife_v9.wording import LOOKALIKES

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v9")  # the samples test_memlife_heldout.py checks too


def test_twins_and_bystanders_never_contain_each_other_nor_do_values():
    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(30):
            key, twin = kind.pair(rng)
            assert key != twin and len(key) == len(twin), (key, twin)
            assert all(o not in (key, twin) and key not in o and o not in key for o in other_holders(kind, rng, (key, twin), 3))
            values = kind.values(rng, 8)
            assert len({v.lower() for v in values}) == 8 and all(a == b or a not in b for a in values for b in values), values


def test_every_role_puts_its_holder_and_value_on_the_deciding_line_of_every_format():
    rng = random.Random(1)
    for kind in KINDS:
        key = kind.holder(rng)
        old, new = kind.values(rng, 2)
        for fmt, record in RECORDS:
            for role, shown in (("write", new), ("change", new), ("withdraw", key)):
                for _ in range(12):  # reaches every statement of the role
                    doc = record(fmt, Event(role, kind, key, new if role != "withdraw" else "", old, label="x"), rng)
                    (start, end, _), = doc.spans
                    line = doc.text[start:end]
                    assert key in line and shown in line and "\n" not in line, (fmt, role, doc.text)
                    assert doc.text[start - 1:start] in ("", "\n", " ") and doc.text[end:end + 1] in ("", "\n", " "), (fmt, doc.text)
        for i in range(len(LOOKALIKES)):
            doc = render(Event("lookalike", kind, key, new, lookalike=i), rng)
            assert key in doc.text and new in doc.text and not doc.spans


def test_a_distractor_has_four_look_alikes_and_the_twin(samples):
    for s in samples["distractor"]:
        *lookalikes, _ = s.meta["lookalike_values"]  # the last is the twin's
        assert len(lookalikes) == 4, s.index
