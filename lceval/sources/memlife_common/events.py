"""The event of the families laid out as memlife_v17 (memlife_v17 to memlife_v35): one thing that happens to a
holder, rendered by the family's own ``documents.render``. Each family re-exports it as ``documents.Event``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Event:
    """One thing that happens to a holder: ``give``, ``change`` (from ``old``), ``take_back`` (of ``value``),
    ``lookalike`` (``template``: the look-alike's name) or ``passing`` (``template``: the aside's genre, ``variant``:
    which of its wordings). ``label`` marks the evidence; None decides nothing."""

    role: str  # give | change | take_back | lookalike | passing
    kind: Any  # the family's key kind (its ``keys.Kind``)
    key: str  # the holder
    value: str
    old: str | None = None
    label: str | None = None
    template: str | None = None
    variant: int = 0
