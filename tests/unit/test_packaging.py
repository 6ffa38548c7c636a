"""The shipped assets are package data, so an installed wheel runs outside a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lceval.cli import main
from lceval.reader import DEFAULT_READER
from lceval.selection.plugins import SHIPPED_PRESETS
from lceval.task_index import tasks_dir

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "lceval"


def test_assets_live_inside_the_package(capsys):
    for folder in (tasks_dir(), DEFAULT_READER, SHIPPED_PRESETS):
        assert folder.resolve().is_relative_to(PACKAGE.resolve()), folder
    assert (DEFAULT_READER / "model.safetensors").is_file()
    assert main(["tasks-path"]) == 0
    assert Path(capsys.readouterr().out.strip()) == tasks_dir()


@pytest.mark.slow
def test_wheel_carries_every_asset(tmp_path):
    """Build the wheel and check that every file under the asset folders is in it."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True,
    )
    names = set(zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist())
    for folder in ("tasks", "presets", "models"):
        for path in (PACKAGE / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                assert path.relative_to(REPO).as_posix() in names, path
