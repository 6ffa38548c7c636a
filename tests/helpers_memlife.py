"""The samples the memlife test files share: one generation per independently written family (memlife_v3 to
memlife_v35) at the seed its checks use, so test_memlife_heldout.py and the family's own test file read the same
samples (the second from the on-disk cache)."""

from __future__ import annotations

import importlib
import random
from collections import Counter

import pytest

from lceval.cli import DEFAULT_READER
from lceval.sample import LongSample

READER = str(DEFAULT_READER)
PER_KIND = 8
SEEDS = {"memlife_v3": 11, "memlife_v4": 5, "memlife_v5": 23, "memlife_v6": 29, "memlife_v7": 31, "memlife_v8": 37, "memlife_v9": 37,
         "memlife_v10": 41, "memlife_v11": 43, "memlife_v12": 47, "memlife_v13": 53, "memlife_v14": 59, "memlife_v15": 61,
         "memlife_v16": 67, "memlife_v17": 71, "memlife_v18": 73, "memlife_v19": 79, "memlife_v20": 83,
         "memlife_v21": 89, "memlife_v22": 97, "memlife_v23": 101, "memlife_v24": 103, "memlife_v25": 107,
         "memlife_v26": 109, "memlife_v27": 113, "memlife_v28": 127, "memlife_v29": 131, "memlife_v30": 137, "memlife_v31": 139, "memlife_v32": 149, "memlife_v33": 151, "memlife_v34": 157, "memlife_v35": 163}


def family_samples(family: str) -> dict[str, list[LongSample]]:
    """``{task: samples}``: ``PER_KIND`` samples of each of ``family``'s kinds at its seed, with the reader's tokenizer."""
    source = importlib.import_module(f"lceval.sources.{family}")
    return {task: source.generate(task, num_samples=PER_KIND, seed=SEEDS[family], tokenizer=READER) for task in source.TASKS}


def samples_fixture(family: str):
    """A module-scoped fixture of ``family_samples(family)``: assign it to the name a family's tests ask for."""

    @pytest.fixture(scope="module")
    def samples(data_dir):
        return family_samples(family)

    return samples


def rendered_lookalikes(family: str, rounds: int) -> tuple[Counter, list]:
    """Render ``rounds`` distractor plans of ``family`` (one of those on ``plans.genuine_among_lookalikes``: key
    kinds in turn, seed 7) and check what they all promise: three to five look-alikes beside the one write, each
    rendered with no evidence span and its value named once, on one line with the asked holder.
    Returns (how often each look-alike was planned, ``(event, document, that line)`` for every look-alike)."""
    keys, kinds, documents = (importlib.import_module(f"lceval.sources.{family}.{part}") for part in ("keys", "kinds", "documents"))
    rng = random.Random(7)
    used, rendered = Counter(), []
    for index in range(rounds):
        plan = kinds.distractor(keys.Draw(keys.KINDS[index % len(keys.KINDS)], rng), rng, index)
        used.update(plan.meta["lookalikes"])
        assert 3 <= len(plan.meta["lookalikes"]) <= 5 and [e.label for e in plan.events if e.label] == ["write"]
        for event in plan.events:
            doc = documents.render(event, rng, [])
            if event.role == "lookalike":
                assert not doc.spans and doc.text.count(event.value) == 1, (event.template, doc.text)
                line, = [l for l in doc.text.split("\n") if event.key in l and event.value in l]
                rendered.append((event, doc, line))
    return used, rendered


def rendered_decisions(family: str, per_role: int) -> list:
    """Render ``per_role`` labelled give / change / take_back events per key kind of ``family`` (seed 6, the holder
    beside up to two others) and check what every family drawing through a ``Draw`` promises of its deciding span:
    one line naming holder and new value, the new value once in the document, an old value only on a change and
    only on that line, and the other holders and their values in the document but off the line.
    Returns ``(role, document, start, end)`` for every event."""
    keys, documents = (importlib.import_module(f"lceval.sources.{family}.{part}") for part in ("keys", "documents"))
    rng = random.Random(6)
    rendered = []
    for kind in keys.KINDS:
        for role in ("give", "change", "take_back"):
            for _ in range(per_role):
                draw = keys.Draw(kind, rng)
                others = [draw.other() for _ in range(rng.randint(0, 2))]
                doc = documents.render(documents.Event(role, kind, draw.key, "NEWVAL", old="OLDVAL", label="latest write"), rng, others)
                (start, end, label), = doc.spans
                line = doc.text[start:end]
                assert label == "latest write" and draw.key in line and "NEWVAL" in line and "\n" not in line, (doc.fmt, doc.text)
                assert doc.text.count("NEWVAL") == 1 and doc.text.count("OLDVAL") == ("OLDVAL" in line), (doc.fmt, doc.text)
                assert role == "change" or "OLDVAL" not in line, (doc.fmt, doc.text)
                assert all(h in doc.text and v in doc.text and h not in line and v not in line for h, v in others), (doc.fmt, doc.text)
                rendered.append((role, doc, start, end))
    return rendered
