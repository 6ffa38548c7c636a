"""Where samples come from: generated families (RULER, memlife) and loaded ones (LongBench)."""

from __future__ import annotations

import importlib

from ..errors import did_you_mean
from ..sample import LongSample
from ..settings import TaskSettings

FAMILIES = {
    "ruler": "lceval.sources.ruler",
    "memlife": "lceval.sources.memlife",
    "longbench": "lceval.sources.longbench",
    "custom": "lceval.sources.custom",
}


def family_module(family: str):
    if family not in FAMILIES:
        raise did_you_mean("task family", family, FAMILIES)
    return importlib.import_module(FAMILIES[family])


def load_samples(settings: TaskSettings) -> list[LongSample]:
    """The samples of one task.

    A family module exposes ``samples(task, settings)``, or for generators
    ``generate(task, num_samples=, seed=, tokenizer=, max_seq_length=, data_dir=)``.
    """
    module = family_module(settings.family)
    if hasattr(module, "samples"):
        return module.samples(settings.task, settings)
    return module.generate(
        settings.task,
        num_samples=settings.num_samples or 100,
        seed=settings.seed,
        tokenizer=settings.tokenizer,
        max_seq_length=settings.max_seq_length,
        data_dir=settings.data_dir,
    )
