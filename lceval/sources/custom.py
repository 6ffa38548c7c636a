"""Bring your own data: samples read from a JSONL file in the schema ``lceval generate`` writes.

One JSON object per line, the fields of ``lceval.sample.LongSample``::

    {"template": "Read this.\\n{context}\\nQuestion: Who signed?", "context": "...", "question": "Who signed?",
     "answers": ["Ada"], "evidence": [{"start": 120, "end": 164, "label": "signature"}]}

``template``, ``context``, ``question`` and ``answers`` are required; the rest
default as in ``LongSample`` (``task`` to ``custom``, ``index`` to the line
number). Each line is checked on its own, and the first bad one is reported as
``FILE:LINE: field ...`` in one line.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import LcevalError
from ..sample import Evidence, LongSample

if TYPE_CHECKING:  # settings import sources when they validate: annotations only, no cycle
    from ..settings import TaskSettings


REQUIRED = ("template", "context", "question", "answers")
FIELDS = {f.name: f for f in dataclasses.fields(LongSample)}


def samples(task: str, settings: TaskSettings) -> list[LongSample]:
    """The first ``num_samples`` samples of ``settings.data_file`` (all when None); every line is validated."""
    if not settings.data_file:
        raise LcevalError(
            "task lceval_custom needs a data_file: a JSONL of samples as `lceval generate` writes them "
            "(lm_eval --metadata '{\"data_file\": \"my.jsonl\"}', or `data_file:` in a sweep config)."
        )
    return read_samples(settings.data_file)[: settings.num_samples]


def read_samples(path: str | Path) -> list[LongSample]:
    path = Path(path).expanduser()
    if not path.is_file():
        raise LcevalError(f"data_file {str(path)!r} does not exist (relative paths start from the current folder, or a sweep config's folder).")
    out: list[LongSample] = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                out.append(parse_line(line, f"{path}:{number}", default_index=len(out)))
    if not out:
        raise LcevalError(f"data_file {str(path)!r} holds no samples (one JSON object per line).")
    return out


def parse_line(line: str, where: str, default_index: int = 0) -> LongSample:
    """One validated sample; ``where`` (``file:line``) starts every error."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LcevalError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno}).") from None
    if not isinstance(data, dict):
        raise LcevalError(f"{where}: each line must be a JSON object of sample fields, got {type(data).__name__}.")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise LcevalError(f"{where}: unknown field {unknown[0]!r}; the fields are {', '.join(FIELDS)}.")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise LcevalError(f"{where}: missing field {missing[0]!r} (required: {', '.join(REQUIRED)}).")
    data = {"task": "custom", "index": default_index, **data}
    for name, check in CHECKS.items():
        if name in data:
            problem = check(data[name], data)
            if problem:
                raise LcevalError(f"{where}: field {name!r} {problem}, got {_short(data[name])}.")
    data["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
    return LongSample(**data)


def _string(value, data) -> str | None:
    return None if isinstance(value, str) else "must be a string"


def _template(value, data) -> str | None:
    if not isinstance(value, str) or "{context}" not in value:
        return "must be a string holding the placeholder {context}"
    return None


def _answers(value, data) -> str | None:
    if not (isinstance(value, list) and value and all(isinstance(a, str) for a in value)):
        return "must be a non-empty list of strings"
    return None


def _evidence(value, data) -> str | None:
    if not isinstance(value, list):
        return "must be a list of {start, end, label} spans"
    size = len(data["context"]) if isinstance(data.get("context"), str) else 0
    for span in value:
        if not (isinstance(span, dict) and set(span) <= {"start", "end", "label"} and {"start", "end"} <= set(span)):
            return "must be a list of {start, end, label} spans"
        start, end = span["start"], span["end"]
        if not (_is_int(start) and _is_int(end) and 0 <= start < end <= size):
            return f"must hold character spans with 0 <= start < end <= len(context) = {size}"
    return None


def _metric(value, data) -> str | None:
    from ..metrics import SCORERS

    return None if value in SCORERS else f"must be one of {', '.join(SCORERS)}"


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(kind: type, text: str):
    return lambda value, data: None if isinstance(value, kind) and not (kind is int and isinstance(value, bool)) else text


CHECKS: dict[str, Any] = {
    "task": _string,
    "index": _kind(int, "must be an integer"),
    "template": _template,
    "context": _string,
    "question": _string,
    "answers": _answers,
    "answer_prefix": _string,
    "evidence": _evidence,
    "aggregation": _kind(bool, "must be true or false"),
    "metric": _metric,
    "max_new_tokens": lambda value, data: None if _is_int(value) and value >= 1 else "must be an integer >= 1",
    "meta": _kind(dict, "must be a JSON object"),
}


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."
