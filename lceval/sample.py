"""The structured long-context sample that flows through every lceval source.

A sample is never a flat prompt: the selector needs the context on its own,
the question to rank against, and the evidence spans to report whether what
the answer needs survived selection.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """A character span ``context[start:end]`` that holds part of what the answer needs."""

    start: int
    end: int
    label: str = ""  # e.g. "needle", "assignment", "gold passage"

    def __post_init__(self):
        if not 0 <= self.start < self.end:
            raise ValueError(f"evidence span [{self.start}, {self.end}) is empty or negative")


@dataclass
class LongSample:
    """One benchmark item, kept in parts.

    ``prompt(context)`` rebuilds the upstream prompt around any (reduced)
    context; the generation continues after ``answer_prefix``.
    ``evidence`` is empty and ``aggregation`` True for tasks whose evidence is
    spread over the whole context (RULER cwe/fwe): recall is not applicable.
    """

    task: str
    index: int
    template: str  # upstream prompt template with {context} (and nothing else) to fill
    context: str
    question: str  # what selectors rank chunks against
    answers: list[str]
    answer_prefix: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    aggregation: bool = False
    metric: str = "string_match_all"
    max_new_tokens: int = 128
    meta: dict[str, Any] = field(default_factory=dict)

    def prompt(self, context: str | None = None) -> str:
        """The prompt up to (not including) the answer prefix."""
        # Only the first placeholder: a question (e.g. code) may itself contain "{context}".
        return self.template.replace("{context}", self.context if context is None else context, 1)

    def evidence_texts(self) -> list[str]:
        return [self.context[e.start : e.end] for e in self.evidence]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LongSample":
        data = dict(data)
        data["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
        return cls(**data)


@dataclass(frozen=True)
class Chunk:
    """A contiguous piece of the context; chunks of one context tile it exactly."""

    index: int
    start: int
    end: int
    text: str
    n_tokens: int

    def overlaps(self, span: Evidence) -> bool:
        """Whether this chunk holds any part of ``span``."""
        return span.start < self.end and self.start < span.end
