"""The family specs (lceval.families) agree with the task YAMLs and the scorers."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import yaml

from lceval.families import FAMILIES, family
from lceval.errors import LcevalError
from lceval.metrics import scorer
from lceval.metrics.longbench import LENGTH_BUCKETS
from lceval.task_index import tasks_dir


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("!function", lambda loader, node: loader.construct_scalar(node))


def _task_yaml(path: Path) -> dict:
    """A task YAML with its ``include`` chain merged in, as lm-eval reads it."""
    data = yaml.load(path.read_text(), Loader=_Loader) or {}
    if "include" in data:
        data = {**_task_yaml(path.parent / data.pop("include")), **data}
    return data


def _task_yamls() -> list[tuple[str, dict]]:
    found = [(p.name, _task_yaml(p)) for p in sorted(tasks_dir().rglob("*.yaml"))]
    return [(name, d) for name, d in found if isinstance(d.get("dataset_kwargs"), dict)]


def test_every_task_yaml_declares_exactly_its_family_metrics():
    tasks = _task_yamls()
    assert len(tasks) > 30 and {d["dataset_kwargs"]["family"] for _, d in tasks} <= set(FAMILIES)
    for name, data in tasks:
        expected = set(family(data["dataset_kwargs"]["family"]).metric_names())
        if data["process_results"].endswith("process_results_e"):  # LongBench-E: plus the score per length bucket
            expected |= {f"score_{b}" for b in LENGTH_BUCKETS}
        assert {m["metric"] for m in data["metric_list"]} == expected, name


def test_every_scorer_takes_prediction_answers_meta():
    for spec in FAMILIES.values():
        for name in spec.scorers:
            params = list(inspect.signature(scorer(name)).parameters)
            assert params[:3] == ["prediction", "answers", "meta"], name


def test_an_unknown_family_is_one_clear_error():
    with pytest.raises(LcevalError, match="unknown task family 'rulr'.*Did you mean 'ruler'"):
        family("rulr")
