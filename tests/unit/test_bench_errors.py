"""The bench scripts treat a user's mistake like the CLI does: one line naming it, exit code 2, no traceback."""

import importlib.util
import sys
from pathlib import Path

import pytest

from lceval.errors import run_entry_point

BENCH = Path(__file__).resolve().parents[2] / "bench"


def load(script: Path):
    spec = importlib.util.spec_from_file_location(script.stem, script)
    module = importlib.util.module_from_spec(spec)
    sys.modules[script.stem] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def one_line_error(capsys, script: str, argv: list[str]) -> str:
    module = load(BENCH / script)
    assert run_entry_point(lambda: module.main(argv)) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("script", sorted(p.name for p in BENCH.glob("*.py")))
def test_a_wrong_command_line_is_one_line(script, capsys):
    one_line_error(capsys, script, ["--no-such-option"])


def test_bench_learned_names_the_task_form_and_the_known_families(capsys):
    assert "FAMILY/TASK" in one_line_error(capsys, "bench_learned.py", ["--tokenizer", "x", "--tasks", "niah"])
    err = one_line_error(capsys, "bench_learned.py", ["--tokenizer", "x", "--tasks", "nope/x", "--longbench", "", "--cold-samples", "0"])
    assert "unknown task family 'nope'" in err and "memlife_v10" in err


@pytest.mark.parametrize("script", sorted(p.name for p in BENCH.glob("*.py")))
def test_every_bench_script_runs_through_the_entry_point_wrapper(script):
    assert "raise SystemExit(run_entry_point(main))" in (BENCH / script).read_text()
