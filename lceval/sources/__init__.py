"""Where samples come from: generated families (RULER, memlife and memlife_v2 to memlife_v35) and loaded ones (LongBench)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..families import family
from ..sample import LongSample

if TYPE_CHECKING:  # settings import sources when they validate: annotations only, no cycle
    from ..settings import TaskSettings


def load_samples(settings: TaskSettings) -> list[LongSample]:
    """The samples of one task: its family's ``samples(task, settings)``."""
    return importlib.import_module(family(settings.family).source).samples(settings.task, settings)


def generated(generate):
    """A generator family's ``samples(task, settings)``: its ``generate`` with the task's settings."""

    def samples(task: str, settings: TaskSettings) -> list[LongSample]:
        return generate(
            task,
            num_samples=settings.num_samples or 100,
            seed=settings.seed,
            tokenizer=settings.tokenizer,
            max_seq_length=settings.max_seq_length,
            data_dir=settings.data_dir,
            length_fit=settings.length_fit,
            chat_template=settings.chat_template,
            add_bos_token=settings.add_bos_token,
        )

    return samples
