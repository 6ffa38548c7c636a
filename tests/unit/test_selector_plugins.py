"""Selectors from outside lceval: the example plugin in examples/recency-selector by import path,
by preset file, by entry point (a dist-info on sys.path, as pip would install it), in a sweep and
through the lm_eval CLI; broken plugins and presets are one-line errors naming them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lceval.cli import main
from lceval.errors import LcevalError
from lceval.selection import build_selector
from lceval.selection.catalog import catalog
from lceval.selection.contract import check_selector, make_chunks

REPO = Path(__file__).resolve().parents[2]
PLUGIN = REPO / "examples" / "recency-selector"
PRESET = PLUGIN / "recency-sink.yaml"


def install_entry_point(site: Path) -> Path:
    """What `pip install examples/recency-selector` leaves for importlib.metadata: a dist-info with entry_points.txt."""
    project = __import__("tomllib").loads((PLUGIN / "pyproject.toml").read_text())["project"]
    info = site / f"lceval_recency-{project['version']}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n")
    points = project["entry-points"]["lceval.selectors"]
    (info / "entry_points.txt").write_text("[lceval.selectors]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()))
    return site


@pytest.fixture
def importable(monkeypatch):
    """The plugin's package folder on sys.path (not installed)."""
    monkeypatch.syspath_prepend(str(PLUGIN))


@pytest.fixture
def installed(importable, monkeypatch, tmp_path):
    site = install_entry_point(tmp_path / "site")
    monkeypatch.syspath_prepend(str(site))
    return site


def test_by_import_path_keeps_the_last_chunks(importable):
    selector = build_selector("lceval_recency:Recency")
    chunks = make_chunks()
    assert selector.select("q", chunks, 25) == [6, 7]
    assert build_selector({"selector": "lceval_recency:Recency", "params": {"sink_chunks": 1}}).select("q", chunks, 25) == [0, 7]


def test_by_preset_path_and_entry_point(installed):
    assert repr(build_selector(str(PRESET))) == "Recency(sink_chunks=1)"
    assert repr(build_selector("recency")) == "Recency(sink_chunks=0)"
    rows = {r["name"]: r for r in catalog([str(PRESET)])}
    assert rows["recency"]["source"] == "entry point (lceval-recency 0.1.0)" and rows["recency"]["error"] is None
    assert rows[str(PRESET)]["params"] == {"sink_chunks": 1}


@pytest.mark.parametrize("spec", ["recency", "lceval_recency:Recency", str(PRESET)])
def test_the_plugin_keeps_the_selector_contract(installed, spec):
    check_selector(spec)


def test_selectors_dir_adds_presets_and_a_broken_one_is_named(importable, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "late.yaml").write_text("selector: lceval_recency:Recency\nparams: {sink_chunks: 2}\n")
    (folder / "bad.yaml").write_text("selector: bm25\nparams: [k1\n")
    (folder / "typo.yaml").write_text("selector: bm25\nparams: {k2: 1}\n")
    monkeypatch.setenv("LCEVAL_SELECTORS_DIR", str(folder))
    assert main(["selectors", "--json"]) == 2
    out, err = capsys.readouterr()
    rows = {r["name"]: r for r in json.loads(out)}
    assert {"bm25-saturated", "late", "bm25", "full"} <= set(rows)  # shipped presets stay listed
    assert rows["late"]["error"] is None and rows["late"]["source"].startswith(f"preset {folder / 'late.yaml'}")
    errors = err.strip().splitlines()
    assert len(errors) == 2
    assert "bad.yaml" in errors[0] and "not valid YAML" in errors[0]
    assert "typo" in errors[1] and "no parameter 'k2'" in errors[1]


@pytest.mark.parametrize(
    "source,spec,message",
    [
        ("", "no_such_pkg:Thing", "no module 'no_such_pkg'"),
        ("raise RuntimeError('boom')\n", "{mod}:Thing", "failed to import: RuntimeError: boom"),
        ("class Thing: pass\n", "{mod}:Thing", "not a subclass of lceval.selection.Selector"),
        ("from lceval.selection.full import Full\nclass Thing(Full):\n    k: int = 1\n", "{mod}:Thing", "decorate Thing with @dataclass"),
        ("x = 1\n", "{mod}:Thing", "has no 'Thing'"),
    ],
)
def test_a_broken_plugin_is_a_one_line_error_naming_it(tmp_path, monkeypatch, capsys, source, spec, message):
    module = f"broken_plugin_{len(source)}"
    (tmp_path / f"{module}.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    spec = spec.format(mod=module)
    with pytest.raises(LcevalError, match=message):
        build_selector(spec)
    assert main(["selectors", spec]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {spec}") and message in err and "\n" not in err


def test_a_selector_from_a_file_path(tmp_path):
    path = tmp_path / "my_selector.py"
    path.write_text("from dataclasses import dataclass\nfrom lceval.selection import ScoringSelector\n\n"
                    "@dataclass\nclass First(ScoringSelector):\n    def score(self, question, chunks, evidence=()):\n"
                    "        return [-c.index for c in chunks]\n")
    assert build_selector(f"{path}:First").select("q", make_chunks(), 25) == [0, 1]


def test_the_plugin_in_a_sweep(installed, tmp_path):
    from helpers_sweep import write_config

    from lceval.report import write_report
    from lceval.sweep import load_config, sweep

    config = write_config(tmp_path, tasks=["lceval_ruler_vt"], budgets=[128], num_samples=2,
                          selectors=["recency", "lceval_recency:Recency", str(PRESET)])
    cfg = load_config(config)
    assert [e.label for e in cfg.selectors] == ["recency", "lceval_recency:Recency", "recency-sink"]
    stats = sweep(cfg)
    assert stats.cells_run == 3
    report = write_report(cfg.output, bootstrap_iters=50, plots=False)
    reprs = {c["selector"]: c["selector_repr"] for c in report.cells}
    assert reprs == {"recency": "Recency(sink_chunks=0)", "lceval_recency:Recency": "Recency(sink_chunks=0)",
                     "recency-sink": "Recency(sink_chunks=1)"}
    assert all(c["kept_tokens"] <= 128 for c in report.cells)


def test_the_plugin_through_lm_eval(tiny_model, tmp_path):
    site = install_entry_point(tmp_path / "site")
    out = tmp_path / "out"
    cmd = [
        sys.executable, "-m", "lm_eval", "--model", "hf",
        "--model_args", f"pretrained={tiny_model},max_length=1024,dtype=float32",
        "--include_path", str(REPO / "tasks"), "--tasks", "lceval_ruler_vt",
        "--metadata", json.dumps({"num_samples": 2, "max_seq_length": 1024, "selector": "recency", "budget": 128}),
        "--log_samples", "--output_path", str(out), "--batch_size", "1", "--gen_kwargs", "max_gen_toks=8",
    ]
    path = os.pathsep.join([str(PLUGIN), str(site), os.environ.get("PYTHONPATH", "")])
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": path}, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    docs = [json.loads(line)["doc"] for line in next(out.rglob("samples_lceval_ruler_vt_*.jsonl")).read_text().splitlines()]
    assert len(docs) == 2
    for doc in docs:
        assert doc["selector"] == "Recency(sink_chunks=0)" and doc["kept_tokens"] <= 128
        assert doc["kept_chunks"] == list(range(doc["n_chunks"] - len(doc["kept_chunks"]), doc["n_chunks"]))
