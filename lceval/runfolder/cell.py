"""One cell of a sweep as a run folder records it (plan.json, result.json) and names its folder."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields

_UNSAFE = re.compile(r"[^A-Za-z0-9._=-]+")


def slug(text: str, limit: int = 80) -> str:
    """A file-name-safe, bounded version of free text (labels may hold '/', '..', spaces, anything)."""
    cleaned = _UNSAFE.sub("_", text).strip("._") or "x"
    return cleaned[:limit]


@dataclass(frozen=True)
class Cell:
    task: str
    selector: str  # the sweep's label for the selector (free text)
    budget: int | float | None  # None: the selector keeps the whole context, whatever the budget
    seed: int
    key: str = ""  # hash of the cell's identity; "" for cells of runs made before identities

    @property
    def budget_label(self) -> str:
        return "all" if self.budget is None else repr(self.budget)

    @property
    def name(self) -> str:
        """How people read the cell (labels as written)."""
        return f"{self.task}__{self.selector}__{self.budget_label}__s{self.seed}"

    @property
    def id(self) -> str:
        """Its folder name: a safe slug of the name plus the identity key, unique within a run."""
        base = slug(self.name)
        return f"{base}-{self.key}" if self.key else base

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Cell":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
