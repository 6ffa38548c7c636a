"""Which keys of the dict lm-eval hands a task's ``custom_dataset`` a user may have misspelt.

lm-eval merges ``model_args`` into ``--metadata`` (``model_args | metadata``)
and adds its own keys before calling ``build_docs``, so an unknown key there
may be a model argument, not a typo. The model arguments are still apart in
the arguments of ``lm_eval.evaluator.simple_evaluate``, which is on the call
stack whenever lm-eval builds documents: read them there. When a caller
builds its own ``TaskManager`` (as ``lceval sweep`` does) every key is its own
and must be known.
"""

from __future__ import annotations

import dataclasses
import os
import sys

from .errors import LcevalError, suggestion
from .settings import TaskSettings

# Added by lm-eval itself: the task YAML's own metadata and where it came from.
LM_EVAL_KEYS = {"version", "config_source", "config", "_metadata"}
# Read from the model's arguments by TaskSettings (the hf backend's names).
MODEL_KEYS_READ = {"pretrained", "max_length"}


def check_metadata_keys(kwargs: dict) -> None:
    """Raise for a key that is neither an lceval setting, lm-eval's own, nor one of the model's arguments."""
    settings = {f.name for f in dataclasses.fields(TaskSettings) if f.init} - {"family", "task"}
    known = settings | LM_EVAL_KEYS | MODEL_KEYS_READ | set(model_args_of_this_run())
    for key in sorted(set(kwargs) - known):
        raise LcevalError(
            f"unknown lceval setting {key!r} in lm_eval --metadata.{suggestion(key, settings)} "
            f"lceval settings: {', '.join(sorted(settings))}."
        )


def model_args_of_this_run() -> dict:
    """The ``model_args`` given to the ``simple_evaluate`` call that is building documents now ({} if none)."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "simple_evaluate" and frame.f_globals.get("__name__") == "lm_eval.evaluator":
            args = frame.f_locals.get("model_args")
            if isinstance(args, str):
                from lm_eval.utils import simple_parse_args_string

                return simple_parse_args_string(args)
            return dict(args) if isinstance(args, dict) else {}
        frame = frame.f_back
    return {}


def end_in_one_line() -> None:
    """Under lm-eval an ``LcevalError`` ends the process: print it as one line, exit 2 (as ``lceval`` does)."""
    if getattr(sys.excepthook, "lceval", False):
        return
    previous = sys.excepthook

    def hook(kind, exc, traceback):
        if not isinstance(exc, LcevalError):
            return previous(kind, exc, traceback)
        sys.stdout.flush()
        print(f"error: {exc}", file=sys.stderr, flush=True)
        os._exit(2)  # after an excepthook Python would exit 1

    hook.lceval = True
    sys.excepthook = hook
