"""Selectors from outside lceval: YAML presets, import paths and installed packages.

Four routes, none of which edits lceval:

- a preset: ``name.yaml`` in ``selectors/`` or in a folder of ``$LCEVAL_SELECTORS_DIR``
  (``os.pathsep``-separated; its presets add to the shipped ones and win on a
  shared name), or any preset file named by its path;
- an import path ``package.module:Class`` (or ``path/to/file.py:Class``) to a
  ``@dataclass`` subclass of ``lceval.selection.Selector``;
- an entry point in the group ``lceval.selectors`` of an installed
  distribution: ``recency = "lceval_recency:Recency"``, then used as ``recency``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

import yaml

from ..errors import LcevalError
from .base import Selector

ENTRY_POINT_GROUP = "lceval.selectors"
PRESETS_ENV = "LCEVAL_SELECTORS_DIR"
SHIPPED_PRESETS = Path(__file__).resolve().parents[2] / "selectors"
PRESET_SUFFIXES = (".yaml", ".yml")


def preset_dirs() -> list[Path]:
    """$LCEVAL_SELECTORS_DIR's folders (first wins), then the shipped ``selectors/``."""
    extra = [Path(p).expanduser() for p in os.environ.get(PRESETS_ENV, "").split(os.pathsep) if p.strip()]
    for folder in extra:
        if not folder.is_dir():
            raise LcevalError(f"${PRESETS_ENV} names {str(folder)!r}, which is not a folder; point it at a folder of preset YAMLs.")
    return [*extra, SHIPPED_PRESETS]


def presets() -> dict[str, Path]:
    """Preset name -> file; a user folder's preset hides a shipped one of the same name."""
    found: dict[str, Path] = {}
    for folder in reversed(preset_dirs()):
        if folder.is_dir():
            found.update({p.stem: p for p in sorted(folder.iterdir()) if p.suffix in PRESET_SUFFIXES})
    return found


def is_preset_path(spec: str) -> bool:
    return spec.endswith(PRESET_SUFFIXES)


def load_preset(name_or_path: str) -> dict[str, Any]:
    """A preset mapping ``{selector, params, description}`` by name or file path."""
    from ..errors import did_you_mean

    path = presets().get(name_or_path) or Path(name_or_path).expanduser()
    if not path.is_file():
        if is_preset_path(name_or_path):
            raise LcevalError(f"no selector preset file at {name_or_path!r} (relative paths start from the current folder).")
        raise did_you_mean("selector preset", name_or_path, presets())
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except UnicodeDecodeError:
        raise LcevalError(f"selector preset {str(path)!r} is not UTF-8 text; fix or remove that file.") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" line {where.line + 1}" if where else ""
        raise LcevalError(f"selector preset {str(path)!r}{line}: not valid YAML ({getattr(exc, 'problem', None) or exc}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("selector"), str):
        raise LcevalError(f"selector preset {str(path)!r} must be a mapping with a 'selector' name (and optional 'params').")
    if not isinstance(data.get("params") or {}, dict):
        raise LcevalError(f"selector preset {str(path)!r}: 'params' must be a mapping of parameter: value.")
    return data


def entry_points() -> dict[str, str]:
    """Selector name -> ``module:Class`` declared by installed distributions."""
    from importlib.metadata import entry_points as installed

    return {ep.name: ep.value for ep in installed(group=ENTRY_POINT_GROUP)}


def entry_point_origin(name: str) -> str:
    """The distribution that declares entry point ``name``, for listings."""
    from importlib.metadata import entry_points as installed

    for ep in installed(group=ENTRY_POINT_GROUP, name=name):
        dist = getattr(ep, "dist", None)
        return f"{dist.metadata['Name']} {dist.version}" if dist else ep.value
    return ""


def is_import_path(spec: str) -> bool:
    module, sep, attr = spec.rpartition(":")
    return bool(sep and module and attr.isidentifier())


def import_selector(target: str) -> type[Selector]:
    """The selector class at ``module:Class`` or ``file.py:Class``, checked against the interface."""
    module_name, _, attr = target.rpartition(":")
    module = _import_file(module_name, target) if module_name.endswith(".py") else _import_module(module_name, target)
    cls = getattr(module, attr, None)
    if cls is None:
        raise LcevalError(f"selector {target!r}: module {module_name!r} has no {attr!r}.")
    check_selector_class(cls, target)
    return cls


def check_selector_class(cls, name: str) -> None:
    if not (isinstance(cls, type) and issubclass(cls, Selector)):
        raise LcevalError(f"selector {name!r} is {cls!r}, not a subclass of lceval.selection.Selector.")
    fields = {f.name for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else set()
    own = [n for n, kind in vars(cls).get("__annotations__", {}).items() if "ClassVar" not in str(kind)]
    if not dataclasses.is_dataclass(cls) or set(own) - fields:
        raise LcevalError(f"selector {name!r}: decorate {cls.__name__} with @dataclass (its fields are its parameters).")
    if getattr(cls, "__abstractmethods__", None):
        raise LcevalError(f"selector {name!r}: {cls.__name__} does not implement {', '.join(sorted(cls.__abstractmethods__))}.")


def _import_module(module_name: str, target: str):
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise LcevalError(
                f"selector {target!r}: no module {module_name!r}; install its package or put its folder on PYTHONPATH."
            ) from None
        raise _import_failed(target, exc) from None
    except Exception as exc:  # a plugin's own bug: name it, in one line
        raise _import_failed(target, exc) from None


def _import_file(path: str, target: str):
    file = Path(path).expanduser().resolve()
    if not file.is_file():
        raise LcevalError(f"selector {target!r}: no file {path!r}.")
    name = "lceval_selector_file_" + hashlib.sha1(str(file).encode()).hexdigest()[:12]
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        del sys.modules[name]
        raise _import_failed(target, exc) from None
    return module


def _import_failed(target: str, exc: Exception) -> LcevalError:
    first = str(exc).splitlines()[0] if str(exc) else ""
    return LcevalError(f"selector {target!r} failed to import: {type(exc).__name__}: {first}")
