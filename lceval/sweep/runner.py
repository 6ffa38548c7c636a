"""Run a sweep: load the model once, run each unfinished cell through lm-eval, store it atomically.

Each cell gets its own ``TaskManager`` whose metadata carries the cell's
selector, budget and seed: with our own TaskManager lm-eval passes that
metadata (not ``model_args``) to ``lceval.harness.build_docs``, so the
tokenizer is named explicitly. Responses come through ``CachedLM``, never
through lm-eval's ``cache_requests`` (its key ignores metadata, so one
selector's prompts would be reused for another).
"""

from __future__ import annotations

import hashlib
import inspect
import json
import functools
import logging
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rich.console import Console

from ..cache import atomic_write_text
from ..data import recording_reads
from ..errors import LcevalError
from ..families import family
from ..task_index import resolve, tasks_dir
from .config import SelectorEntry, SweepConfig, tokenizer_for
from .display import SweepDisplay
from .estimate import Estimate, estimate
from .identity import digest, selector_identity
from .plan import Cell, plan, shared_identity
from .responses import CachedLM, CallStats, ResponseCache
from .store import RunStore

MIN_LENGTH = 256  # tokens: below this no task's prompt and answer fit
# Document fields too large or redundant for the per-sample records.
DROP_FIELDS = ("prompt", "target", "selector")


@dataclass
class SweepStats:
    cells_total: int
    cells_run: int
    cells_skipped: int
    wall_s: float
    calls: CallStats


@dataclass
class LoadedModel:
    lm: Any
    type: str
    args: dict[str, Any]
    tokenizer: str
    max_length: int | None


def sweep(cfg: SweepConfig, console: Console | None = None) -> SweepStats:
    """Run every unfinished cell of ``cfg``; finished cells are skipped, the model loads only if needed.

    Everything cheap is checked before the run folder is touched; an
    interrupted or failed session is logged in sessions.jsonl like a finished one.
    """
    started = time.perf_counter()
    cells = plan(cfg)
    preflight(cfg)
    store = RunStore(cfg.output)
    store.open(cfg.fingerprint(), cfg.source, cells)
    todo, calls = [], CallStats()
    entry: dict[str, Any] = {"time": time.time()}
    try:
        todo = [c for c in cells if not store.done(c, cfg.data_dir)]
        (console or Console(stderr=True)).print(planned_work(cfg, store).line())
        if todo:
            calls = _run_cells(cfg, store, todo, len(cells), console or Console(stderr=True))
        stats = SweepStats(len(cells), len(todo), len(cells) - len(todo), time.perf_counter() - started, calls)
        entry.update(asdict(stats))
    except BaseException as exc:
        entry.update(cells_total=len(cells), cells_planned_to_run=len(todo), wall_s=time.perf_counter() - started,
                     interrupted=type(exc).__name__, error=str(exc).splitlines()[0] if str(exc) else "")
        raise
    finally:
        store.log_session(entry)
        store.close()
    return stats


def planned_work(cfg: SweepConfig, store: RunStore | None = None) -> Estimate:
    """Cells, prompts and tokens to run, with a time once the run folder has finished cells."""
    store = store or RunStore(cfg.output)
    return estimate(cfg, plan(cfg), store.finished_seconds())


def preflight(cfg: SweepConfig) -> None:
    """Cheap checks of what the cells will need, before anything is written or loaded."""
    from ..data import data_dir
    from ..tokenization import load_tokenizer
    from .config import check_model_files

    data_dir(cfg.data_dir)  # a data folder that is not there fails now, not in the first cell
    if not cfg.model.tiny:
        check_model_files(cfg.model.args.get("pretrained"))
        tokenizer = load_tokenizer(tokenizer_for(cfg))
        if cfg.apply_chat_template and not getattr(tokenizer, "chat_template", None):
            raise LcevalError(
                f"apply_chat_template is true but tokenizer {tokenizer_for(cfg)!r} has no chat template; "
                "set apply_chat_template: false for a base model."
            )
    for task in cfg.tasks:
        length = cfg.max_seq_length or family(resolve(task)[0]).defaults["max_seq_length"]
        if length < MIN_LENGTH:
            raise LcevalError(f"max_seq_length {length} leaves no room for {task}'s prompt and answer; use at least {MIN_LENGTH}.")


def _run_cells(cfg: SweepConfig, store: RunStore, todo: list[Cell], total: int, console: Console) -> CallStats:
    """Load the model once, then run and save each cell in turn."""
    _quiet_libraries()
    model = load_model(cfg, store.root)
    cache = ResponseCache(store.root / "responses.sqlite", model=digest(shared_identity(cfg)["model"]) + ":")
    entries = {e.label: e for e in cfg.selectors}
    display = SweepDisplay(console, total=total, done=total - len(todo), samples_per_cell=cfg.num_samples or 100)
    lm = CachedLM(model.lm, cache, group_size=_group_size(model.lm), on_progress=display.advance)
    try:
        with _lighter_lm_eval(store.root), display:
            for cell in todo:
                display.start(cell)
                result, records, config = run_cell(cfg, cell, entries[cell.selector], lm, model)
                store.save(cell, result, records, config)
                display.finish(cell, result)
    finally:
        cache.close()
    return lm.stats


@contextmanager
def _lighter_lm_eval(root: Path):
    """Per-cell costs of ``simple_evaluate`` that a sweep pays once.

    lm-eval collects the environment (pip and friends, in subprocesses: ~0.6 s)
    after every call: collect it once, save it as env.json, reuse it. Its
    request-building progress bar would print once per cell: silence it.
    """
    import lm_eval.api.task as task_module
    import lm_eval.evaluator as evaluator

    original_env, original_tqdm, info = evaluator.add_env_info, task_module.tqdm, {}
    original_env(info)
    atomic_write_text(root / "env.json", json.dumps(info, indent=2, default=str))
    evaluator.add_env_info = lambda storage: storage.update(info)
    task_module.tqdm = functools.partial(original_tqdm, disable=True)
    try:
        yield
    finally:
        evaluator.add_env_info, task_module.tqdm = original_env, original_tqdm


def load_model(cfg: SweepConfig, root: Path) -> LoadedModel:
    """The lm-eval model, once; hf-style ``max_length`` set from the longest task so nothing is cut silently."""
    from lm_eval.api.registry import get_model

    kind, args, tiny_path = cfg.model.type, dict(cfg.model.args), None
    if cfg.model.tiny:
        from ..tiny_model import build_tiny_model

        tiny_path = build_tiny_model(root / "tiny-model")
        kind, args = "hf", {"pretrained": str(tiny_path), "dtype": "float32", **args}
    cls = get_model(kind)
    accepts = inspect.signature(cls.__init__).parameters
    if "max_length" not in args and "max_length" in accepts:
        args["max_length"] = longest_target(cfg, tokenizer_for(cfg, tiny_path))
    if "device" not in args and "device" in accepts:  # lm-eval's hf default is cuda, even on a CPU-only machine
        args["device"] = _default_device()
    try:
        lm = cls.create_from_arg_obj(args)
    except (OSError, TypeError, ValueError) as exc:
        raise LcevalError(f"cannot load model {kind} with {args}: {str(exc).splitlines()[0]}") from None
    return LoadedModel(lm, kind, args, tokenizer_for(cfg, tiny_path), args.get("max_length"))


def _default_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def longest_target(cfg: SweepConfig, tokenizer: str | None = None) -> int:
    """Tokens the model receives for the longest task (prompt, chat template, generation): its ``max_length``."""
    overhead = chat_overhead(tokenizer) if cfg.apply_chat_template and tokenizer else 0
    return max(_target_length(cfg, task, overhead) for task in cfg.tasks)


def chat_overhead(tokenizer: str) -> int:
    """Tokens the tokenizer's chat template adds around one user turn."""
    from ..rendering import PromptRender, resolve_chat_template
    from ..tokenization import load_tokenizer

    tok = load_tokenizer(tokenizer)
    return PromptRender(tok, resolve_chat_template(True, tok)).count("")


def _target_length(cfg: SweepConfig, task: str, chat_overhead: int = 0) -> int:
    from lm_eval.tasks._yaml_loader import load_yaml

    spec = family(resolve(task)[0])
    gen = load_yaml(task_yaml(task), resolve_func=False).get("generation_kwargs", {})
    length = cfg.max_seq_length or spec.defaults["max_seq_length"]
    # RULER/memlife lengths already include the answer and any chat template (fitted on the rendered
    # prompt); LongBench's is the prompt alone, wrapped in the template after truncation as upstream.
    return length if spec.length_includes_answer else length + gen.get("max_gen_toks", 256) + chat_overhead


def task_yaml(task: str) -> Path:
    """The YAML file that defines an lceval task, found by lm-eval's own scan of ``tasks/``."""
    return _task_files(str(tasks_dir()))[task]


@functools.lru_cache(maxsize=2)
def _task_files(root: str) -> dict[str, Path]:
    from lm_eval.tasks import TaskManager

    index = TaskManager(include_path=root, include_defaults=False).task_index
    return {name: Path(entry.yaml_path) for name, entry in index.items() if entry.yaml_path}


def cell_metadata(cfg: SweepConfig, cell: Cell, spec, model: LoadedModel) -> dict[str, Any]:
    """What ``build_docs`` receives for one cell (None values fall back to the task's defaults)."""
    return {
        "selector": spec,
        "budget": cell.budget,
        "chunk_tokens": cfg.chunk_tokens,
        "num_samples": cfg.num_samples,
        "seed": cell.seed,
        "tokenizer": model.tokenizer,
        "max_seq_length": cfg.max_seq_length,
        "data_dir": cfg.data_dir,
        "data_file": cfg.data_file,
        "max_length": model.max_length,
        "chat_template": True if cfg.apply_chat_template else None,  # fit and count lengths on the templated prompt
        "length_fit": cfg.length_fit if resolve(cell.task)[0] == "ruler" else None,  # only RULER has an upstream sizing
    }


def run_cell(cfg: SweepConfig, cell: Cell, entry: SelectorEntry, lm: CachedLM, model: LoadedModel):
    """One cell through ``simple_evaluate``: its result, per-sample records and exact config."""
    from lm_eval import simple_evaluate
    from lm_eval.tasks import TaskManager

    metadata = cell_metadata(cfg, cell, entry.spec, model)
    # Only the task's own folder is scanned: the same YAMLs, without indexing every family per cell.
    manager = TaskManager(include_path=str(task_yaml(cell.task).parent), include_defaults=False, metadata=metadata)
    before, started = CallStats(**asdict(lm.stats)), time.perf_counter()
    with recording_reads() as data_files:  # the data this cell's samples came from, by content
        out = simple_evaluate(
            model=lm, tasks=[cell.task], task_manager=manager, log_samples=True, bootstrap_iters=0,
            apply_chat_template=cfg.apply_chat_template, gen_kwargs=cfg.gen_kwargs, random_seed=cell.seed, numpy_random_seed=cell.seed,
            torch_random_seed=cell.seed, fewshot_random_seed=cell.seed,
        )
    calls = lm.stats.since(before)
    records = [sample_record(s) for s in out["samples"][cell.task]]
    selector = entry.describe()
    result = {
        "metrics": out["results"][cell.task],
        "n": len(records),
        "requests": calls.requests,
        "model_calls": calls.model_calls,
        "cache_hits": calls.cache_hits,
        "model_s": calls.model_s,
        "wall_s": time.perf_counter() - started,
        "selector_repr": selector["repr"],
        "selector_params": selector["params"],
        "data_files": data_files,
    }
    config = {
        "cell": cell.to_dict(),
        "metadata": metadata,
        "selector": {**selector, "identity": selector_identity(entry.selector)},  # weights files by content
        "model": {"type": model.type, "args": model.args, "configured": asdict(cfg.model)},
        "generation_kwargs": out["configs"][cell.task].get("generation_kwargs"),
        "lm_eval_version": _version("lm_eval"),
        "sweep": cfg.source,
    }
    return result, records, config


def sample_record(sample: dict[str, Any]) -> dict[str, Any]:
    """A logged lm-eval sample as one flat record: the document's diagnostics, the prediction, the score."""
    doc = sample["doc"]
    record = {k: v for k, v in doc.items() if k not in DROP_FIELDS}
    record["meta"] = json.loads(doc["meta"]) if isinstance(doc.get("meta"), str) else doc.get("meta")
    record["budget_tokens"] = record.pop("budget", None)
    prompt = sample["arguments"][0][0]
    record.update(
        doc_id=sample["doc_id"],
        prompt_sha256=hashlib.sha256(prompt.encode()).hexdigest(),
        prediction=sample["filtered_resps"][0],
        score=sample["score"],
    )
    return record


def _group_size(lm) -> int:
    """Requests per model call: one batch, so each response is saved (and counted) as soon as it exists."""
    size = getattr(lm, "batch_size", 1)
    return int(size) if str(size).isdigit() else 8


def _quiet_libraries() -> None:
    """lm-eval and datasets log every cell; the live display says what matters."""
    import datasets
    import transformers

    for name in ("lm_eval", "lm-eval", "datasets"):
        logging.getLogger(name).setLevel(logging.ERROR)
    datasets.disable_progress_bars()
    transformers.logging.set_verbosity_error()


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package.replace("_", "-"))
