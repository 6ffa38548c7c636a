"""An event: one thing said about one holder, which becomes one document."""

from __future__ import annotations

from dataclasses import dataclass

from .keys import KeyKind

__all__ = ["Event"]


@dataclass(frozen=True)
class Event:
    role: str  # give, change, take_back, lookalike (not a real allocation) or passing (told in prose)
    kind: KeyKind
    holder: str
    value: str
    old: str | None = None  # the value a change replaces
    label: str | None = None  # the evidence label of its deciding line; None when it decides nothing
    template: str | None = None  # a look-alike's wording, or an aside's name
    variant: int = 0  # which of an aside's wordings
