"""memlife_v10, the ninth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, the twin and the look-alikes in the samples among
them): its twins, its look-alikes and every format's deciding line."""

import random

import pytest

from lceval.sources.memlife_v10.documents import PROSE, STATEMENTS, Event
from lceval.sources.memlife_v10.keys import KINDS, distinct_values
from lceval.sources.memlife_v10.wording import ASIDES, LOOKALIKES

from helpers_memlife import family_samples


@pytest.fixture(scope="module")
def samples(data_dir):
    return family_samples("memlife_v10")  # the samples test_memlife_heldout.py checks too


def test_twins_never_contain_each_other_and_values_never_contain_each_other():
    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(30):
            key, twin = kind.pair(rng)
            assert key != twin and key not in twin and twin not in key, (key, twin)
            values = distinct_values(kind, rng, 12)
            assert all(a == b or a not in b for a in values for b in values), values


def test_every_role_renders_its_value_and_holder_on_the_deciding_line_of_every_format():
    rng = random.Random(1)
    for kind in KINDS:
        key = kind.pair(rng)[0]
        for fmt, render in STATEMENTS.items():
            for role in ("write", "change", "withdraw"):
                for _ in range(12):  # several wordings of the prose formats
                    doc = render(Event(role, kind, key, "V1", old="V0", label="x"), rng)
                    start, end, _ = doc.spans[0]
                    line = doc.text[start:end]
                    assert key in line and "V1" in line and "\n" not in line, (fmt, role, doc.text)
                    assert doc.text[start - 1] in "\n " and doc.text[end:end + 1] in ("\n", " ", ""), (fmt, role, doc.text)
        for template in (*LOOKALIKES, *ASIDES):
            for render in PROSE.values():
                doc = render(Event("lookalike", kind, key, "V1", template=template), rng)
                assert key in doc.text and "V1" in doc.text and not doc.spans


def test_a_distractor_has_four_look_alikes_or_more_all_different(samples):
    for s in samples["distractor"]:
        *lookalikes, _ = s.meta["lookalike_values"]  # the last is the twin's
        assert len(lookalikes) >= 4 and len(set(lookalikes)) == len(lookalikes)
