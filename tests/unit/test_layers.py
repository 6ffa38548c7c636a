"""Imports go downward: report reads run folders without importing sweep; no subpackage imports the top-level cli."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "lceval"


def imported_modules(path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports (relative imports resolved), at any depth in the file."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = parts[:-1]  # a module's package; an __init__.py's package is its own folder, also parts[:-1]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)  # `from . import cli`
    return out


def _within(name: str, module: str) -> bool:
    return name == module or name.startswith(module + ".")


def test_imports_are_resolved_to_absolute_names():
    """The checker itself: relative imports of report and sweep files resolve to what they name."""
    assert "lceval.runfolder" in imported_modules(PACKAGE / "report" / "build.py")
    assert "lceval.sweep.cli" in imported_modules(PACKAGE / "sweep" / "__main__.py")
    assert "lceval.report.cli" in imported_modules(PACKAGE / "report" / "__main__.py")
    assert "lceval.report" in imported_modules(PACKAGE / "sweep" / "cli.py")  # sweep renders its report at the end


@pytest.mark.parametrize("path", sorted((PACKAGE / "report").rglob("*.py")), ids=lambda p: p.name)
def test_report_never_imports_sweep(path):
    """A report is read from the run folder's files (``lceval.runfolder``), never from the code that wrote them."""
    assert not [m for m in imported_modules(path) if _within(m, "lceval.sweep")]


@pytest.mark.parametrize("path", sorted(p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_subpackages_never_import_the_top_level_cli(path):
    """Entry points share ``errors.run_entry_point``; ``lceval.cli`` sits on top and nothing below imports it."""
    assert not [m for m in imported_modules(path) if _within(m, "lceval.cli")]
