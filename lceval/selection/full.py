"""``full``: the whole context, the reference every other selector is compared to."""

from dataclasses import dataclass
from typing import ClassVar

from .base import Selector


@dataclass
class Full(Selector):
    """Keeps every chunk whatever the budget: the full-context baseline."""

    ignores_budget: ClassVar[bool] = True

    def select(self, question, chunks, budget, evidence=()):
        return list(range(len(chunks)))
