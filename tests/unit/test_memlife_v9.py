"""memlife_v9, the eighth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py): its twins, its look-alikes and
every format's deciding line."""

import random

import pytest

from lceval.cli import DEFAULT_READER
from lceval.sources import memlife_v9
from lceval.sources.memlife_v9.documents import RECORDS, Event, render
from lceval.sources.memlife_v9.keys import KINDS, other_holders
from lceval.sources.memlife_v9.wording import LOOKALIKES

READER = str(DEFAULT_READER)
PER_KIND, SEED = 8, 37  # as in test_memlife_heldout.py: one generation, cached, serves both


@pytest.fixture(scope="module")
def samples(data_dir):
    return {task: memlife_v9.generate(task, num_samples=PER_KIND, seed=SEED, tokenizer=READER) for task in memlife_v9.TASKS}


def test_the_twin_is_in_every_sample_and_no_deciding_line_names_it(samples):
    for task, rows in samples.items():
        for s in rows:
            assert s.meta["twin"] in s.context, (task, s.index)
            assert not any(s.meta["twin"] in t for t in s.evidence_texts()), (task, s.index)


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


def test_look_alikes_name_the_asked_holder_and_the_twin_value_names_the_twin(samples):
    for s in samples["distractor"]:
        paragraphs = s.context.split("\n")
        *lookalikes, twin_value = s.meta["lookalike_values"]
        assert len(lookalikes) == 4
        assert all(any(v in p and s.meta["key"] in p for p in paragraphs) for v in lookalikes), s.index
        assert any(twin_value in p and s.meta["twin"] in p for p in paragraphs), s.index
