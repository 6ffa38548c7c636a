"""The lceval tasks and groups defined by the YAML files under ``tasks/``.

The YAMLs are the one source of truth: a task's lm-eval name maps to the
(family, task) pair its ``dataset_kwargs`` names.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import did_you_mean

TASKS_ENV = "LCEVAL_TASKS_DIR"


def tasks_dir() -> Path:
    """The task YAMLs shipped inside the package (``lceval/tasks``, linked as ``tasks/`` in a checkout), or $LCEVAL_TASKS_DIR."""
    return Path(os.environ.get(TASKS_ENV, Path(__file__).resolve().parent / "tasks"))


class _Permissive(yaml.SafeLoader):
    """Reads task YAMLs without resolving lm-eval's ``!function`` tags."""


_Permissive.add_constructor("!function", lambda loader, node: loader.construct_scalar(node))


@lru_cache(maxsize=4)
def _index(root: str) -> tuple[dict[str, tuple[str, str]], dict[str, list[str]]]:
    tasks, groups = {}, {}
    for path in sorted(Path(root).rglob("*.yaml")):
        data = yaml.load(path.read_text(), Loader=_Permissive) or {}
        if "group" in data:
            groups[data["group"]] = [t if isinstance(t, str) else t.get("task") for t in data.get("task", [])]
        elif isinstance(data.get("task"), str) and isinstance(data.get("dataset_kwargs"), dict):
            kwargs = data["dataset_kwargs"]
            tasks[data["task"]] = (kwargs["family"], kwargs["task"])
    return tasks, groups


def task_table() -> dict[str, tuple[str, str]]:
    """lm-eval task name -> (family, task)."""
    return _index(str(tasks_dir()))[0]


def group_table() -> dict[str, list[str]]:
    return _index(str(tasks_dir()))[1]


def expand(names: list[str]) -> list[str]:
    """Task names with groups expanded (recursively), order kept, duplicates dropped."""
    tasks, groups = task_table(), group_table()
    out: list[str] = []
    for name in names:
        if name in groups:
            out.extend(t for t in expand(groups[name]) if t not in out)
        elif name in tasks:
            if name not in out:
                out.append(name)
        else:
            raise did_you_mean("task", name, [*tasks, *groups])
    return out


def resolve(name: str) -> tuple[str, str]:
    """(family, task) for an lm-eval task name such as ``lceval_ruler_vt``."""
    tasks = task_table()
    if name not in tasks:
        raise did_you_mean("task", name, tasks)
    return tasks[name]
