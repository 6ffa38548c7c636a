"""Task families, one spec each, registered in one place: ``FAMILIES``.

A family is a source of samples (a module exposing ``samples(task, settings)``)
plus what the rest of lceval needs to know about it: its default task settings,
the scorers its samples name, the selection diagnostics its task YAMLs declare,
whether its length includes the answer and which of its tasks the depth view shows.

To add a family: write its source module, add one ``Family`` to ``FAMILIES``,
and its task YAMLs under ``tasks/<name>/`` with a ``metric_list`` of
``metric_names()`` (tests/unit/test_families.py checks that they match).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .errors import did_you_mean

# Reported by every task, after its score and its family's diagnostics.
COMMON_METRICS = ("kept_tokens", "kept_fraction", "selection_ms", "truncated")


@dataclass(frozen=True)
class Family:
    """What lceval knows about one task family.

    source: module with ``samples(task, settings) -> list[LongSample]``.
    defaults: task settings that differ from ``TaskSettings``'s own defaults.
    scorers: metric name (as samples name it) -> ``"module:function"``, each
        a pure ``(prediction, answers, meta=None) -> float`` on 0-100.
    diagnostics: per-document selection diagnostics reported as lm-eval metrics.
    weighted_scores: further metrics computed from the score (LongBench's ``category_score``,
        whose group mean is its leaderboard average).
    length_includes_answer: ``max_seq_length`` counts the generated tokens
        (generated to fit) rather than the prompt alone (cut to fit).
    shows_depth: which of its tasks (source names) the needle-depth view shows.
    """

    name: str
    source: str
    defaults: dict[str, Any]
    scorers: dict[str, str]
    diagnostics: tuple[str, ...] = ("evidence_recall",)
    weighted_scores: tuple[str, ...] = ()
    length_includes_answer: bool = True
    shows_depth: Callable[[str], bool] = field(default=lambda task: False, compare=False)

    def metric_names(self) -> tuple[str, ...]:
        """The metrics ``harness.process_results`` reports for this family's tasks."""
        return ("score", *self.weighted_scores, *self.diagnostics, *COMMON_METRICS)


# The memory-lifecycle probes: memlife, written with the selectors, then memlife_v2 to memlife_v35, each written by
# another author who read no earlier family's wording and no selector, held out once and read since (README,
# "Do the selectors generalise?"). A new family raises the range by one.
MEMLIFE_FAMILIES = ("memlife", *(f"memlife_v{v}" for v in range(2, 36)))


def _memlife(name: str) -> Family:
    """A memory-lifecycle family: the five kinds at 4K, each sample generated to fit its length, scored exactly."""
    return Family(
        name=name,
        source=f"lceval.sources.{name}",
        defaults={"max_seq_length": 4096, "truncation": "none", "length_fit": "tight"},  # its one fit, its own
        scorers={"memlife_exact": "lceval.metrics.memlife:exact"},
    )


_LONGBENCH_METRICS = ("qa_f1", "qa_f1_zh", "rouge", "rouge_zh", "classification", "retrieval", "retrieval_zh", "count", "code_sim")

FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family(
            name="ruler",
            source="lceval.sources.ruler",
            # Upstream's sizing and its 500 samples per task (config_tasks.sh).
            defaults={"max_seq_length": 4096, "truncation": "none", "num_samples": 500, "length_fit": "upstream"},
            scorers={
                "string_match_all": "lceval.metrics.ruler:score_all",
                "string_match_part": "lceval.metrics.ruler:score_part",
            },
            shows_depth=lambda task: "niah" in task,
        ),
        *(_memlife(name) for name in MEMLIFE_FAMILIES),
        Family(
            name="longbench",
            source="lceval.sources.longbench",
            # Prompts are cut to 15.5K (upstream, for 16K models); every record, as upstream.
            defaults={"max_seq_length": 15500, "truncation": "middle", "num_samples": None},
            scorers={f"longbench_{name}": f"lceval.metrics.longbench:score_{name}" for name in _LONGBENCH_METRICS},
            diagnostics=("evidence_recall", "answer_recall", "skipped_records"),
            weighted_scores=("category_score",),
            length_includes_answer=False,
        ),
        Family(
            name="custom",
            source="lceval.sources.custom",
            # The user's JSONL, every line; its samples name any scorer above.
            defaults={"max_seq_length": 4096, "truncation": "none", "num_samples": None},
            scorers={},
            diagnostics=("evidence_recall", "answer_recall"),
            shows_depth=lambda task: True,  # the heatmaps skip it when no sample has evidence spans
        ),
    )
}


def family(name: str) -> Family:
    if name not in FAMILIES:
        raise did_you_mean("task family", name, FAMILIES)
    return FAMILIES[name]
