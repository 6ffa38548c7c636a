"""No stale results: a changed setting recomputes exactly the affected cells; a damaged run repairs itself;
hostile labels and names never write outside the run folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers_sweep import cell_records, write_config
from lceval.cli import main
from lceval.selection.head import DEFAULT_WEIGHTS
from lceval.sweep import load_config, sweep
from lceval.sweep.plan import plan


def _mtimes(run: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (run / "cells").iterdir() if not p.name.startswith(".")}


def _keys(path: Path) -> dict[str, str]:
    return {c.name: c.id for c in plan(load_config(path))}


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {name for name in before if before[name] != after[name]}


# ---- which cells a change touches (planning only: no model) ---------------------------------


def test_selector_params_change_only_that_selectors_cells(tmp_path):
    path = write_config(tmp_path)
    before = _keys(path)
    write_config(tmp_path, selectors=["full", {"name": "bm25", "selector": "bm25", "params": {"k1": 0.1}}])
    changed = _changed(before, _keys(path))
    assert changed == {n for n in before if "__bm25__" in n} and len(changed) == 4


def test_learned_weights_edited_in_place_change_the_learned_cells(tmp_path):
    weights = tmp_path / "head.json"
    shutil.copy(DEFAULT_WEIGHTS, weights)
    path = write_config(tmp_path, selectors=["full", {"name": "learned", "selector": "learned", "params": {"weights": str(weights)}}])
    before = _keys(path)
    weights.write_text(json.dumps(json.loads(weights.read_text()), indent=3))  # same head, other bytes: retrained in place
    changed = _changed(before, _keys(path))
    assert changed == {n for n in before if "__learned__" in n} and changed


def test_slot_models_edited_in_place_change_the_hybrid_cells(tmp_path):
    from lceval.selection.slot_models import SLOT_WEIGHTS

    weights = tmp_path / "slots.json"
    shutil.copy(SLOT_WEIGHTS["static"], weights)
    hybrid = {"name": "hybrid", "selector": "hybrid", "params": {"slots": {"weights": str(weights)}}}
    path = write_config(tmp_path, selectors=["full", hybrid])
    before = _keys(path)
    weights.write_text(json.dumps(json.loads(weights.read_text()), indent=1))  # same models, other bytes: retrained in place
    changed = _changed(before, _keys(path))
    assert changed == {n for n in before if "__hybrid__" in n} and changed


PLUGIN = """
from dataclasses import dataclass
from lceval.selection import Selector


@dataclass
class Firsts(Selector):
    def select(self, question, chunks, budget, evidence=()):
        return list(range(min(len(chunks), budget // 128)))
"""


def test_an_edit_to_a_selectors_code_changes_exactly_its_cells(tmp_path):
    from lceval.code_identity import code_digest

    plugin = tmp_path / "firsts.py"
    plugin.write_text(PLUGIN)
    path = write_config(tmp_path, selectors=["full", "bm25", {"name": "firsts", "selector": f"{plugin}:Firsts"}])
    before = _keys(path)
    plugin.write_text(PLUGIN.replace("budget // 128", "budget // 129"))  # no version bumped: the source itself changed
    code_digest.cache_clear()
    changed = _changed(before, _keys(path))
    assert changed == {n for n in before if "__firsts__" in n} and changed


def test_cells_key_on_the_code_of_every_module_a_selector_imports():
    from lceval.code_identity import _reached
    from lceval.selection.hybrid import Hybrid
    from lceval.selection.learned import Learned
    from lceval.sweep.identity import selector_identity

    assert "lceval.selection.slot_reader" in _reached("lceval.selection.hybrid")  # the reader behind both
    assert "lceval.selection.slot_reader" in _reached("lceval.selection.learned")
    assert "lceval.sources.memlife_v5.kinds" in _reached("lceval.sources.memlife_v5")  # read through a constant
    assert "lceval.selection.hybrid" not in _reached("lceval.selection.bm25")
    assert selector_identity(Hybrid())["code"] != selector_identity(Learned())["code"]


def test_a_changed_sentence_encoder_changes_exactly_the_cells_that_embed(tmp_path, monkeypatch):
    from lceval.selection.minilm import MODEL_FILES

    encoder = tmp_path / "minilm"
    encoder.mkdir()
    for name in MODEL_FILES:
        (encoder / name).write_text(name)
    monkeypatch.setattr("lceval.selection.minilm.model_path", lambda: encoder)
    path = write_config(tmp_path, selectors=["full", "bm25", "dense", "hybrid", "learned"])
    before = _keys(path)
    (encoder / "model.safetensors").write_text("an upgraded encoder package")
    changed = _changed(before, _keys(path))
    assert changed == {n for n in before if any(f"__{s}__" in n for s in ("dense", "hybrid", "learned"))} and changed


def test_model_weights_and_tokenizer_files_change_every_cell(tmp_path, tiny_model):
    model = tmp_path / "model"
    shutil.copytree(tiny_model, model)
    path = write_config(tmp_path, model={"type": "hf", "args": {"pretrained": "./model"}})
    first = _keys(path)
    config = model / "tokenizer_config.json"
    config.write_text(config.read_text().replace("{", '{"model_max_length": 4096, ', 1))
    second = _keys(path)
    assert _changed(first, second) == set(first)
    weights = model / "model.safetensors"
    weights.write_bytes(weights.read_bytes())  # rewritten: same bytes, new mtime -> same identity
    assert _keys(path) == second


def test_an_upgraded_library_changes_every_cell_and_every_cache_key(tmp_path, monkeypatch):
    import importlib

    from lceval.cache import cache_key
    from lceval.library_versions import library_versions

    path = write_config(tmp_path)
    first, key = _keys(path), cache_key(task="t", seed=1)
    upgraded = {**library_versions(), "tokenizers": "99.0"}
    for module in ("lceval.cache", "lceval.sweep.plan"):  # the modules themselves (lceval.sweep.plan is also a function's name)
        monkeypatch.setattr(importlib.import_module(module), "library_versions", lambda: upgraded)
    assert _changed(first, _keys(path)) == set(first)
    assert cache_key(task="t", seed=1) != key


def test_labels_are_free_text_and_names_stay_inside(tmp_path):
    hostile = ["x/../../../../../OUTSIDE", "L" * 250, "a b/c\\d:e*?"]
    path = write_config(tmp_path, name="../../escape", output=None, selectors=[{"name": n, "selector": "bm25"} for n in hostile])
    cfg = load_config(path)
    assert cfg.output.parent == Path("runs").resolve() and ".." not in cfg.output.name
    for cell in plan(cfg):
        assert "/" not in cell.id and "\\" not in cell.id and len(cell.id) < 120 and not cell.id.startswith(".")


# ---- end to end on the tiny model ------------------------------------------------------------


def _copy_run(baseline, tmp_path) -> tuple[Path, Path]:
    _, reference, _ = baseline
    run = tmp_path / "run"
    shutil.copytree(reference, run, ignore=shutil.ignore_patterns("*.png", "report.md", "summary.json"))
    return write_config(tmp_path, output=str(run)), run


def test_changed_params_recompute_only_the_affected_cells(baseline, tmp_path):
    path, run = _copy_run(baseline, tmp_path)
    before = _mtimes(run)
    write_config(tmp_path, output=str(run), selectors=["full", {"name": "bm25", "selector": "bm25", "params": {"k1": 0.1}}])
    stats = sweep(load_config(path))
    assert (stats.cells_run, stats.cells_skipped) == (4, 2)
    after = _mtimes(run)
    kept = {n for n in before if "__full__" in n}
    assert all(after[n] == before[n] for n in kept) and len(after) == 6  # older bm25 cells were replaced, not kept beside
    results = [json.loads((run / "cells" / n / "result.json").read_text()) for n in after if "__bm25__" in n]
    assert all(r["selector_repr"] == "BM25(k1=0.1, b=0.75)" for r in results)


def test_data_edited_in_place_recomputes_the_cells_that_read_it(tmp_path, data_dir):
    (tmp_path / "data" / "ruler").mkdir(parents=True)
    essay = tmp_path / "data" / "ruler" / "PaulGrahamEssays.json"
    shutil.copy(Path(data_dir) / "ruler" / "PaulGrahamEssays.json", essay)
    config = {"tasks": ["lceval_ruler_niah_single_2", "lceval_ruler_vt"], "selectors": ["full"], "num_samples": 2, "data_dir": "data"}
    path = write_config(tmp_path, **config)
    assert sweep(load_config(path)).cells_run == 2
    before = _mtimes(tmp_path / "run")
    essay.write_text(essay.read_text(encoding="utf-8").replace(" the ", " THE "), encoding="utf-8")
    stats = sweep(load_config(path))
    assert (stats.cells_run, stats.cells_skipped) == (1, 1)
    after = _mtimes(tmp_path / "run")
    assert [n for n in after if after[n] != before.get(n)] == [n for n in after if "niah_single_2" in n]


def test_a_damaged_run_repairs_itself_and_ends_like_an_undamaged_one(baseline, tmp_path, capsys):
    path, run = _copy_run(baseline, tmp_path)
    cells = sorted(p for p in (run / "cells").iterdir())
    for f in cells[0].iterdir():  # an empty cell folder
        f.unlink()
    result = cells[1] / "result.json"
    result.write_text(result.read_text()[:40])  # a truncated result
    (run / "responses.sqlite").write_bytes(b"garbage " * 100)  # a corrupt response cache
    for extra in ("responses.sqlite-wal", "responses.sqlite-shm"):
        (run / extra).unlink(missing_ok=True)
    (run / "run.json").write_text('{"fingerprint": {"mod')
    (run / "plan.json").write_text("[{")

    assert main(["report", str(run), "--no-plots", "--bootstrap", "10"]) == 2  # damaged run.json: one line, no traceback
    assert "run.json" in capsys.readouterr().err

    stats = sweep(load_config(path))
    assert (stats.cells_run, stats.cells_skipped) == (2, 4)
    assert "was not a readable response cache" in capsys.readouterr().err
    assert list(run.glob("responses.sqlite.damaged-*"))
    assert cell_records(run) == cell_records(baseline[1])
    assert main(["report", str(run), "--no-plots", "--bootstrap", "10"]) == 0
    summary = json.loads((run / "summary.json").read_text())
    assert summary["complete"] and len(summary["cells"]) == 6


def test_report_names_a_damaged_cell_instead_of_crashing(baseline, tmp_path, capsys):
    _, run = _copy_run(baseline, tmp_path)
    broken = sorted((run / "cells").iterdir())[2]
    (broken / "result.json").write_text("{")
    assert main(["report", str(run), "--no-plots", "--bootstrap", "10"]) == 0
    assert broken.name in capsys.readouterr().out
    assert broken.name in (run / "report.md").read_text()


def test_an_interrupted_session_is_logged(baseline, tmp_path, monkeypatch):
    from lceval.sweep import runner

    path, run = _copy_run(baseline, tmp_path)
    shutil.rmtree(sorted((run / "cells").iterdir())[0])

    def interrupt(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "load_model", interrupt)
    with pytest.raises(KeyboardInterrupt):
        sweep(load_config(path))
    last = json.loads((run / "sessions.jsonl").read_text().splitlines()[-1])
    assert last["interrupted"] == "KeyboardInterrupt" and last["cells_planned_to_run"] == 1


def test_hostile_labels_write_only_inside_the_run_folder(tmp_path):
    hostile = ["x/../../../../../OUTSIDE", "L" * 250]
    work = tmp_path / "work"
    work.mkdir()
    path = write_config(
        work, tasks=["lceval_ruler_vt"], budgets=[128], num_samples=2,
        selectors=[{"name": hostile[0], "selector": "bm25"}, {"name": hostile[1], "selector": "full"}],
    )
    outside = sorted(p for p in tmp_path.rglob("*") if "run" not in p.relative_to(tmp_path).parts)
    assert main(["sweep", str(path), "--no-report"]) == 0
    assert sorted(p for p in tmp_path.rglob("*") if "run" not in p.relative_to(tmp_path).parts) == outside
    assert main(["report", str(work / "run"), "--no-plots", "--bootstrap", "10"]) == 0
    summary = json.loads((work / "run" / "summary.json").read_text())
    assert {c["selector"] for c in summary["cells"]} == set(hostile)
    assert all(oct(p.stat().st_mode & 0o777) == "0o644" for p in (work / "run").rglob("*.json"))


@pytest.mark.parametrize("name", ["full", "bm25", "bm25-saturated", "oracle", "hybrid", "learned"])
def test_selector_identity_is_content_not_memory_addresses(name):
    """Nested selectors (hybrid's memory and fallback) are described by their parameters, never by an object repr."""
    from lceval.selection import build_selector
    from lceval.sweep.identity import selector_identity

    identity = json.dumps(selector_identity(build_selector(name)))
    assert " at 0x" not in identity and identity == json.dumps(selector_identity(build_selector(name)))
    if name == "hybrid":
        assert "max_value_words" in identity and "k1" in identity
    if name == "learned":
        assert DEFAULT_WEIGHTS.name in identity
