"""memlife_v6, the sixth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, the twin and the look-alikes in the samples among
them): its twins, its look-alikes and its formats."""

import random

from lceval.sources.memlife_v6.documents import DRY_RUN, Event, render
from lceval.sources.memlife_v6.keys import KINDS
from lceval.sources.memlife_v6.statements import LOOKALIKES

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v6")  # the samples test_memlife_heldout.py checks too


def test_a_distractor_has_four_look_alikes_or_more_and_the_twin(samples):
    assert all(len(s.meta["lookalike_values"]) >= 5 for s in samples["distractor"])


def test_every_role_renders_its_value_and_holder_in_every_format_it_can_take():
    rng = random.Random(1)
    for kind in KINDS:
        key = kind.key(rng)
        for role in ("write", "change", "withdraw"):
            for _ in range(40):  # reaches every prose and record format
                doc = render(Event(role, kind, key, "V1", old="V0", label="x"), rng)
                start, end, _ = doc.spans[0]
                assert key in doc.text[start:end] and "V1" in doc.text[start:end], (role, doc.fmt, doc.text)
        for template in (*LOOKALIKES, DRY_RUN):
            doc = render(Event("lookalike", kind, key, "V1", template=template), rng)
            assert key in doc.text and "V1" in doc.text and not doc.spans
