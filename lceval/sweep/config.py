"""A sweep's configuration: one dataclass, read from YAML and validated before anything heavy loads.

Paths: a relative ``output``, ``data_dir`` or ``data_file`` in a config file, and a model or
tokenizer path written as ``./x`` or ``../x``, resolve against the folder of
that config file, so a sweep runs the same from any working directory. Other
model strings (``meta-llama/Llama-3.1-8B``) pass through as hub names. Paths
given on the command line resolve against the current directory.
"""

from __future__ import annotations

import importlib.util
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..chunking import CHUNK_TOKENS
from ..errors import LcevalError, did_you_mean
from ..reader import DEFAULT_READER as READER_PATH
from .identity import slug
from .overrides import Overrides

TINY = "tiny-random"  # a random Llama built on the fly: exercises the pipeline, scores ~0
DEFAULT_READER = str(READER_PATH)  # the built-in reader
PATH_ARGS = ("pretrained", "tokenizer", "peft", "delta")  # model args that may name local folders
BACKEND_PACKAGES = {"vllm": "vllm", "vllm-vlm": "vllm", "sglang": "sglang", "sglang-generate": "sglang"}  # imported only when the model loads


@dataclass
class ModelSpec:
    """Any lm-eval model type with its ``model_args``, or ``tiny-random``."""

    type: str = "hf"
    args: dict[str, Any] = field(default_factory=lambda: {"pretrained": DEFAULT_READER})

    @property
    def tiny(self) -> bool:
        return self.type == TINY


@dataclass
class SelectorEntry:
    """A selector as the sweep names it (``label``), the spec ``build_selector`` takes and what it resolved to (built once)."""

    label: str
    spec: str | dict[str, Any]
    selector: Any = field(default=None, compare=False)

    def describe(self) -> dict[str, Any]:
        """What a cell records about its selector: label, spec, the resolved selector's repr and parameters."""
        return {"label": self.label, "spec": self.spec, "repr": repr(self.selector), "params": selector_params(self.selector)}


def selector_params(selector) -> dict[str, Any]:
    """A resolved selector's parameters, JSON-ready (a nested selector as its repr)."""
    from dataclasses import fields

    values = {f.name: getattr(selector, f.name) for f in fields(selector)}
    return {k: v if isinstance(v, (str, int, float, bool, type(None))) else repr(v) for k, v in values.items()}


@dataclass
class SweepConfig:
    name: str
    tasks: list[str]  # lm-eval task names, groups already expanded
    selectors: list[SelectorEntry]
    budgets: list[int | float]  # int: tokens; float in (0, 1]: fraction of the context
    output: Path
    model: ModelSpec = field(default_factory=ModelSpec)
    num_samples: int | None = 100  # None: the family's default (LongBench: every record)
    seeds: list[int] = field(default_factory=lambda: [42])
    chunk_tokens: int = CHUNK_TOKENS
    max_seq_length: int | None = None  # None: the task family's default (RULER 4096)
    max_seq_lengths: list[int] | None = None  # a length axis: one run per length under output/len<L>, compared
    tokenizer: str | None = None  # None: the model's own (args.tokenizer or args.pretrained)
    data_dir: str | None = None  # None: $LCEVAL_DATA_DIR
    data_file: str | None = None  # the JSONL that task lceval_custom reads
    apply_chat_template: bool = False  # also fits and counts RULER/memlife lengths on the templated prompt
    length_fit: str | None = None  # None: the family's default (RULER: upstream)
    gen_kwargs: dict[str, Any] | None = None  # lm-eval --gen_kwargs, merged into every task's generation settings
    source: dict[str, Any] = field(default_factory=dict)  # the YAML exactly as written

    def fingerprint(self) -> dict[str, Any]:
        """What every cell of this invocation shares, recorded in run.json (cells themselves are keyed by identity: plan.py)."""
        return {
            "model": {"type": self.model.type, "args": self.model.args},
            "model_weights": model_files(self.model.args.get("pretrained")),
            "num_samples": self.num_samples,
            "chunk_tokens": self.chunk_tokens,
            "max_seq_length": self.max_seq_length,
            "tokenizer": self.tokenizer,
            "data_dir": self.data_dir,
            "data_file": file_digest(self.data_file),
            "apply_chat_template": self.apply_chat_template,
            "gen_kwargs": self.gen_kwargs,
            **({"length_fit": self.length_fit} if self.length_fit else {}),  # absent when unset: older runs resume
        }


def file_digest(path: str | None) -> dict[str, str] | None:
    """A data file by path and content: edited in place, it is other data."""
    if not path or not Path(path).is_file():
        return None if not path else {"path": path}
    import hashlib

    return {"path": path, "sha256": hashlib.sha256(Path(path).read_bytes()).hexdigest()}


def model_files(pretrained) -> dict[str, list[int]] | None:
    """Size and mtime of a local model's weights and config: a model retrained in place is another model."""
    if not (isinstance(pretrained, str) and Path(pretrained).is_dir()):
        return None
    files = sorted(p for p in Path(pretrained).iterdir() if p.suffix in (".safetensors", ".bin") or p.name == "config.json")
    return {p.name: [p.stat().st_size, p.stat().st_mtime_ns] for p in files}


KEYS = {
    "name", "model", "tasks", "selectors", "budgets", "num_samples", "seeds",
    "chunk_tokens", "max_seq_length", "max_seq_lengths", "tokenizer", "data_dir", "data_file", "output", "apply_chat_template",
    "gen_kwargs", "length_fit",
}
REQUIRED = ("tasks", "selectors", "budgets")


def load_config(path: str | os.PathLike, output: str | None = None, model_type: str | None = None,
                overrides: Overrides | None = None) -> SweepConfig:
    """Read and validate a sweep config; ``output`` and ``overrides`` (command-line values) change it.

    A run with changed axes or model writes to the config's output folder plus
    a suffix naming the change, unless ``output`` is given.
    """
    path = Path(path)
    if not path.is_file():
        raise LcevalError(f"no sweep config at {str(path)!r}; see configs/quick.yaml for an example.")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LcevalError(f"{path}: not valid YAML ({str(exc).splitlines()[0]}).") from None
    if not isinstance(data, dict):
        raise LcevalError(f"{path}: a sweep config is a mapping of keys; known keys: {', '.join(sorted(KEYS))}.")
    overrides = overrides or Overrides()
    if model_type:
        overrides.model = model_type
    data = overrides.apply(data)
    if output:
        data = {**data, "output": str(Path(output).resolve())}
    cfg = parse_config(data, base=path.resolve().parent, default_name=path.stem)
    if overrides and not output:  # another model or a narrowed plan is another run: never mix it into the config's folder
        cfg.output = cfg.output.with_name(f"{cfg.output.name}-{overrides.suffix()}")
    return cfg


def _length_fit(value) -> str | None:
    from ..sources.ruler.fitting import check_length_fit

    return None if value is None else check_length_fit(value)


def parse_config(data: dict[str, Any], base: Path, default_name: str = "sweep") -> SweepConfig:
    """Validate a config mapping; relative paths resolve against ``base``."""
    for key in data:
        if key not in KEYS:
            raise did_you_mean("config key", key, KEYS)
    for key in REQUIRED:
        if key not in data:
            raise LcevalError(f"the config has no {key!r}: it needs {', '.join(REQUIRED)}.")
    name = _typed(data, "name", str, default_name, "a string")
    cfg = SweepConfig(
        name=name,
        model=_model(data.get("model", {}), base),
        tasks=_tasks(data["tasks"]),
        selectors=_selectors(data["selectors"], base),
        budgets=_budgets(data["budgets"]),
        num_samples=_int(data, "num_samples", 100),
        seeds=_seeds(data.get("seeds", [42])),
        chunk_tokens=_int(data, "chunk_tokens", CHUNK_TOKENS),
        max_seq_length=_int(data, "max_seq_length", None),
        max_seq_lengths=_lengths(data),
        length_fit=_length_fit(data.get("length_fit")),
        tokenizer=_local(_typed(data, "tokenizer", str, None, "a tokenizer path or name"), base),
        data_dir=_path(_typed(data, "data_dir", str, None, "a folder path"), base),
        data_file=_path(_typed(data, "data_file", str, None, "a JSONL file path"), base),
        apply_chat_template=_typed(data, "apply_chat_template", bool, False, "true or false"),
        gen_kwargs=_gen_kwargs(_typed(data, "gen_kwargs", dict, None, "a mapping of generation settings, e.g. {max_gen_toks: 32}")),
        output=Path(_path(_typed(data, "output", str, None, "a folder path"), base) or Path("runs", slug(name)).resolve()),
        source=data,
    )
    _check_tokenizer(cfg)
    _check_output(cfg.output)
    _check_data_file(cfg)
    return cfg


def _typed(data: dict, key: str, kind: type, default, allowed: str):
    value = data.get(key, default)
    if value is not None and (not isinstance(value, kind) or (kind is not bool and isinstance(value, bool))):
        raise LcevalError(f"config key {key!r} must be {allowed}, got {value!r} ({type(value).__name__}).")
    return value


def _int(data: dict, key: str, default: int | None, minimum: int = 1) -> int | None:
    value = _typed(data, key, int, default, f"an integer >= {minimum}")
    if value is not None and value < minimum:
        raise LcevalError(f"config key {key!r} must be an integer >= {minimum}, got {value}.")
    return value


def _as_list(value, key: str) -> list:
    items = [value] if isinstance(value, (str, int, float, dict)) else value
    if not isinstance(items, list) or not items:
        raise LcevalError(f"config key {key!r} must be a non-empty list, got {value!r}.")
    return items


def _path(value: str | None, base: Path) -> str | None:
    return None if value is None else str((base / Path(value).expanduser()).resolve())


def _local(value, base: Path):
    """Local paths resolved to absolute ones; hub names pass through.

    ./x, ../x, ~/x and /x are always local (against ``base``); a bare ``a/b``
    is local when that folder exists beside the config or in the working
    directory (checked in that order), else a hub name. Resolving it here means
    the same config means the same model from any working directory.
    """
    if not isinstance(value, str):
        return value
    if value.startswith(("./", "../", "~", "/")):
        return _path(value, base)
    for root in (base, Path.cwd()):
        if (root / value).is_dir():
            return str((root / value).resolve())
    return value


def _model(value, base: Path) -> ModelSpec:
    if isinstance(value, str):
        value = {"type": value}
    if not isinstance(value, dict):
        raise LcevalError(f"config key 'model' must be a mapping with 'type' and 'args', got {value!r}.")
    for key in value:
        if key not in ("type", "args"):
            raise did_you_mean("model key", key, ["type", "args"])
    kind = value.get("type", "hf")
    args = value.get("args", {} if kind == TINY or "type" in value else ModelSpec().args)
    if not isinstance(kind, str) or not isinstance(args, dict):
        raise LcevalError("config key 'model' needs 'type' (a string) and 'args' (a mapping of model_args).")
    _check_model_type(kind)
    args = {k: _local(v, base) if k in PATH_ARGS else v for k, v in args.items()}
    if kind.startswith("hf") and "pretrained" not in args:
        raise LcevalError(f"model type {kind!r} needs args.pretrained (a local folder or a hub name; "
                          "on the command line: --model-args pretrained=NAME or --keep-model-args).")
    _check_local_folder(args.get("pretrained"))
    return ModelSpec(kind, args)


def _check_model_type(kind: str) -> None:
    import lm_eval.models  # noqa: F401  registers the model names (lazily: cheap)
    from lm_eval.api.registry import MODEL_REGISTRY

    known = [TINY, *MODEL_REGISTRY]
    if kind not in known:
        raise did_you_mean("model type", kind, known)
    package = BACKEND_PACKAGES.get(kind)
    if package and importlib.util.find_spec(package) is None:
        raise LcevalError(f"model type {kind!r} needs the {package!r} package, which is not installed: `pip install {package}`, or use type hf.")


def _check_local_folder(pretrained) -> None:
    if not (isinstance(pretrained, str) and os.path.isabs(pretrained)):
        return  # a hub name
    hint = " Train the built-in reader (`lceval train-reader`) or use `--model tiny-random`." if "lceval-reader" in pretrained else ""
    if not Path(pretrained).is_dir():
        raise LcevalError(f"model folder {pretrained!r} does not exist.{hint}")
    if not (Path(pretrained) / "config.json").is_file():
        raise LcevalError(f"model folder {pretrained!r} has no config.json (not a saved model, or still being written).{hint}")


def check_model_files(pretrained) -> None:
    """A local model folder holds weights, and safetensors files are whole (not cut short by a killed copy)."""
    if not (isinstance(pretrained, str) and Path(pretrained).is_dir()):
        return
    folder = Path(pretrained)
    weights = sorted(p for p in folder.iterdir() if p.suffix in (".safetensors", ".bin"))
    if not weights:
        raise LcevalError(f"model folder {pretrained!r} has no weights (*.safetensors or *.bin); is it still being written?")
    for path in weights:
        if path.suffix == ".safetensors" and not _whole_safetensors(path):
            raise LcevalError(f"{str(path)!r} is truncated or not a safetensors file; copy or train the model again.")


def _whole_safetensors(path: Path) -> bool:
    """The header's largest tensor end offset fits in the file (the format: 8-byte length, JSON header, data)."""
    import json
    import struct

    try:
        with open(path, "rb") as f:
            (length,) = struct.unpack("<Q", f.read(8))
            if length > 100_000_000:
                return False
            header = json.loads(f.read(length))
        end = max((v["data_offsets"][1] for k, v in header.items() if k != "__metadata__"), default=0)
        return path.stat().st_size >= 8 + length + end
    except (OSError, ValueError, KeyError, TypeError, struct.error):
        return False


GEN_KWARGS = {  # lm-eval generation settings lceval checks; others pass through to the backend
    "max_gen_toks": (int, 1, "an integer >= 1"),
    "temperature": (float, 0, "a number >= 0"),
    "top_p": (float, 0, "a number in [0, 1]"),
    "top_k": (int, 0, "an integer >= 0"),
    "do_sample": (bool, None, "true or false"),
}


def _gen_kwargs(value: dict | None) -> dict | None:
    for key, setting in (value or {}).items():
        if key == "until":
            if not (isinstance(setting, str) or (isinstance(setting, list) and all(isinstance(s, str) for s in setting))):
                raise LcevalError(f"gen_kwargs 'until' must be a string or a list of strings, got {setting!r}.")
            continue
        if key not in GEN_KWARGS:
            continue
        kind, minimum, allowed = GEN_KWARGS[key]
        ok = isinstance(setting, bool) if kind is bool else (
            not isinstance(setting, bool) and isinstance(setting, (int, float) if kind is float else int)
            and math.isfinite(setting) and setting >= minimum and (key != "top_p" or setting <= 1)
        )
        if not ok:
            raise LcevalError(f"gen_kwargs {key!r} must be {allowed}, got {setting!r}.")
    return value


def _tasks(value) -> list[str]:
    from ..task_index import expand

    names = _as_list(value, "tasks")
    if not all(isinstance(n, str) for n in names):
        raise LcevalError(f"config key 'tasks' must list task or group names (strings), got {value!r}.")
    return expand(names)


def _selectors(value, base: Path) -> list[SelectorEntry]:
    from ..selection import build_selector, presets
    from ..selection.plugins import is_preset_path

    entries = []
    for item in _as_list(value, "selectors"):
        if isinstance(item, dict):  # {name: label, selector: bm25, params: {...}}
            item = dict(item)
            label = item.pop("name", None) or item.get("selector")
        else:
            label = item
        if not isinstance(label, str):
            raise LcevalError(f"each selector is a name, a preset or a mapping with 'selector' (and 'params', 'name'); got {item!r}.")
        if isinstance(item, str) and is_preset_path(item) and item not in presets():  # a preset file, named by its stem
            item, label = _path(item, base), Path(item).stem
        entries.append(SelectorEntry(label, item, build_selector(item)))  # bad names and parameters fail here, before any model loads
    labels = [e.label for e in entries]
    if len(set(labels)) != len(labels):
        raise LcevalError(f"selector names repeat in {labels}; give mappings distinct 'name's.")
    return entries


def _budgets(value) -> list[int | float]:
    from ..selection import check_budget

    budgets = _as_list(value, "budgets")
    for b in budgets:
        check_budget(b)
    if len(set(map(repr, budgets))) != len(budgets):
        raise LcevalError(f"budgets repeat: {budgets}.")
    return budgets


def _lengths(data: dict) -> list[int] | None:
    if "max_seq_lengths" not in data:
        return None
    if "max_seq_length" in data:
        raise LcevalError("give either max_seq_length (one length) or max_seq_lengths (a length axis), not both.")
    lengths = _as_list(data["max_seq_lengths"], "max_seq_lengths")
    if any(isinstance(n, bool) or not isinstance(n, int) or n < 1 for n in lengths) or len(set(lengths)) != len(lengths):
        raise LcevalError(f"config key 'max_seq_lengths' must list distinct integers >= 1, got {data['max_seq_lengths']!r}.")
    return sorted(lengths)


def length_runs(cfg: SweepConfig) -> list[SweepConfig]:
    """One config per length of the axis (each its own run folder, output/len<L>); [cfg] without an axis."""
    import dataclasses

    if not cfg.max_seq_lengths:
        return [cfg]
    return [dataclasses.replace(cfg, max_seq_length=n, max_seq_lengths=None, output=cfg.output / f"len{n}") for n in cfg.max_seq_lengths]


def _seeds(value) -> list[int]:
    seeds = _as_list(value, "seeds")
    if any(isinstance(s, bool) or not isinstance(s, int) or s < 0 for s in seeds) or len(set(seeds)) != len(seeds):
        raise LcevalError(f"config key 'seeds' must list distinct integers >= 0, got {value!r}.")
    return seeds


def _check_tokenizer(cfg: SweepConfig) -> None:
    if not (cfg.model.tiny or cfg.tokenizer or cfg.model.args.get("tokenizer") or cfg.model.args.get("pretrained")):
        raise LcevalError(
            f"model type {cfg.model.type!r} has no tokenizer for lceval to measure lengths: set `tokenizer:` in the config."
        )


def _check_data_file(cfg: SweepConfig) -> None:
    """Task lceval_custom's file is read and validated line by line now, not after the model loads."""
    from ..task_index import resolve

    if any(resolve(t)[0] == "custom" for t in cfg.tasks):
        from ..settings import TaskSettings
        from ..sources.custom import samples

        samples("custom", TaskSettings(family="custom", task="custom", data_file=cfg.data_file, num_samples=cfg.num_samples))


def _check_output(output: Path) -> None:
    """The output folder must be creatable; checked without writing anything."""
    if any(len(os.fsencode(part)) > 255 for part in output.parts) or len(os.fsencode(output)) > 4000:
        raise LcevalError(f"output {str(output)[:60]!r}... is too long a path for the file system; choose a shorter one.")
    existing = output
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise LcevalError(f"output {str(output)!r} cannot be created: {str(existing)!r} is a file, not a folder.")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise LcevalError(f"output {str(output)!r} is not writable (no write permission on {str(existing)!r}).")


def tokenizer_for(cfg: SweepConfig, tiny_path: Path | None = None) -> str:
    """The tokenizer every task measures lengths with: the config's, else the model's."""
    if cfg.tokenizer:
        return cfg.tokenizer
    if cfg.model.tiny:
        return str(tiny_path)
    return str(cfg.model.args.get("tokenizer") or cfg.model.args["pretrained"])
