"""The identity of the code behind a result: the source bytes of a module and of every module of its package it imports.

A cached result (a sweep cell, generated samples, training features) keyed
by this digest is recomputed after any edit to the code that made it, so a
result is never served from code that no longer exists, whether or not the
editor remembered to bump a version number. Imports are read from the source
(every ``import`` statement, those inside functions included), so the digest
does not depend on what happens to be imported already; they are followed
within the module's top-level package. Libraries are keyed by their installed
versions (``library_versions``), not here.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def code_digest(module_name: str) -> str:
    """A short hash of the source of ``module_name`` and of every module of its top-level package it imports."""
    digest = hashlib.sha256()
    for name, path in sorted(_reached(module_name).items()):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _reached(root: str) -> dict[str, Path]:
    """``{module: source file}`` for ``root`` and every module of its package it imports, directly or not."""
    package = root.partition(".")[0]
    found: dict[str, Path] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if name in found or (path := _source(name)) is None:
            continue
        found[name] = path
        todo += [m for m in _imports(name, path) if m.partition(".")[0] == package and m not in found]
    return found


def _imports(name: str, path: Path) -> set[str]:
    """Every module a source file imports; ``from a import b`` names both ``a`` and, if it is one, ``a.b``."""
    here = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = here.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)  # kept only where such a module exists
    return out


def _source(name: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):  # "pkg.Class" from ``from pkg import Class``: not a module
        return None
    origin = getattr(spec, "origin", None)
    return Path(origin) if origin and origin.endswith(".py") and Path(origin).is_file() else None
