"""memlife_v6, the sixth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, the twin and the look-alikes in the samples among
them): its twins, its look-alikes and its formats."""

import random

import pytest

from lceval.sources.memlife_v6.documents import DRY_RUN, Event, render
from lceval.sources.memlife_v6.keys import KINDS, distinct_values
from lceval.sources.memlife_v6.statements import LOOKALIKES

from helpers_memlife import family_samples


@pytest.fixture(scope="module")
def samples(data_dir):
    return family_samples("memlife_v6")  # the samples test_memlife_heldout.py checks too


def test_a_distractor_has_four_look_alikes_or_more_and_the_twin(samples):
    assert all(len(s.meta["lookalike_values"]) >= 5 for s in samples["distractor"])


def test_twins_never_contain_each_other_and_values_never_contain_each_other():
    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(30):
            key, twin = kind.pairs(rng)
            assert key != twin and len(key) == len(twin) and key not in twin and twin not in key, (key, twin)
            assert sum(a != b for a, b in zip(key, twin)) == 1
            values = distinct_values(kind, rng, 8)
            assert all(a == b or a not in b for a in values for b in values), values


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
