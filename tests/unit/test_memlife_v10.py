"""memlife_v10, the ninth (fresh held-out) memory-lifecycle family, beyond what test_memlife_heldout.py checks of
every independently written family (twins and values apart, the twin and the look-alikes in the samples): each
format's deciding line, and four look-alikes or more, all different."""

import random

from lceval.sources.memlife_v10.documents import PROSE, STATEMENTS, Event
from lceval.sources.memlife_v10.keys import KINDS
from lceval.sources.memlife_v10.wording import ASIDES, LOOKALIKES

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v10")  # the samples test_memlife_heldout.py checks too


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
