"""memlife_v7, the seventh (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, the twin, the look-alikes and the key kinds in turn
among them): its number of key kinds, its twins, its look-alikes and its formats."""

import random

from lceval.sources.memlife_v7.documents import LINE_FORMATS, PROSE, RECORD_FORMATS, Event, render
from lceval.sources.memlife_v7.keys import KINDS
from lceval.sources.memlife_v7.wording import LOOKALIKES

from helpers_memlife import PER_KIND, samples_fixture

samples = samples_fixture("memlife_v7")  # the samples test_memlife_heldout.py checks too


def test_consecutive_samples_cycle_through_the_key_kinds(samples):
    for task, rows in samples.items():
        assert len({s.meta["key_kind"] for s in rows}) == PER_KIND, task


def test_every_role_renders_its_holder_and_value_in_each_of_its_formats():
    rng = random.Random(1)
    for kind in KINDS:
        key = kind.key(rng)
        for role in ("give", "change", "strip"):
            for fmt in (*LINE_FORMATS, *RECORD_FORMATS):
                for _ in range(6):  # several wordings of each
                    doc = render(Event(role, kind, key, "V1", old="V0", label="x"), rng, fmt)
                    (start, end, _), = doc.spans
                    line = doc.text[start:end]
                    assert key in line and "V1" in line and "\n" not in line and doc.text.splitlines().count(line) == 1, (role, fmt, line)
        for fmt in PROSE:
            doc = render(Event("passing", kind, key, "V1", label="x"), rng, fmt)
            (start, end, _), = doc.spans
            assert key in doc.text[start:end] and "V1" in doc.text[start:end] and doc.text[start - 1] == " " == doc.text[end]
        for template in LOOKALIKES:
            for fmt in (*LINE_FORMATS, *LINE_FORMATS):
                doc = render(Event("lookalike", kind, key, "V1", template=template), rng, fmt)
                assert key in doc.text and "V1" in doc.text and not doc.spans
