"""Sweep configs are validated before anything is loaded or written: one-line errors, exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_sweep import write_config
from lceval.cli import main
from lceval.errors import LcevalError
from lceval.sweep import load_config, plan


def test_plan_runs_full_once_per_task_and_seed(tmp_path):
    cfg = load_config(write_config(tmp_path, seeds=[1, 2], selectors=["full", "bm25", "oracle"], budgets=[64, 128, 0.25]))
    cells = plan(cfg)
    assert len(cells) == 2 * 2 * (1 + 2 * 3)
    assert len({c.id for c in cells}) == len(cells)
    assert [c.budget for c in cells if c.selector == "full"] == [None] * 4
    assert cfg.output == tmp_path / "run"  # relative to the config file, not the working directory


def test_relative_model_paths_resolve_against_the_config_folder(tmp_path):
    (tmp_path / "models" / "reader").mkdir(parents=True)
    (tmp_path / "models" / "reader" / "config.json").write_text("{}")
    (tmp_path / "configs").mkdir()
    path = write_config(tmp_path / "configs", model={"type": "hf", "args": {"pretrained": "../models/reader"}})
    assert load_config(path).model.args["pretrained"] == str(tmp_path / "models" / "reader")
    hub = write_config(tmp_path / "configs", model={"type": "hf", "args": {"pretrained": "org/some-model"}})
    assert load_config(hub).model.args["pretrained"] == "org/some-model"  # a hub name passes through


def test_selector_mappings_and_presets_are_accepted(tmp_path):
    selectors = ["full", "bm25-saturated", {"name": "bm25-k1", "selector": "bm25", "params": {"k1": 1.0}}]
    cfg = load_config(write_config(tmp_path, selectors=selectors))
    assert [e.label for e in cfg.selectors] == ["full", "bm25-saturated", "bm25-k1"]


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"budget": [128]}, "unknown config key 'budget'. Did you mean 'budgets'?"),
        ({"tasks": ["lceval_ruler_niah_single_9"]}, "unknown task 'lceval_ruler_niah_single_9'"),
        ({"selectors": ["full", "bm52"]}, "unknown selector 'bm52'"),
        ({"selectors": [{"selector": "bm25", "params": {"k3": 1}}]}, "has no parameter 'k3'"),
        ({"budgets": ["512"]}, "a budget must be an integer (tokens) or a float in (0, 1]"),
        ({"budgets": [1.5]}, "a fractional budget must be in (0, 1]"),
        ({"budgets": [True]}, "a budget must be an integer"),
        ({"num_samples": "ten"}, "config key 'num_samples' must be an integer >= 1"),
        ({"length_fit": "snug"}, "length_fit must be one of upstream, tight, got 'snug'"),
        ({"model": {"type": "hf-nope"}}, "unknown model type 'hf-nope'"),
        ({"model": {"type": "hf", "args": {"pretrained": "./missing-model"}}}, "does not exist"),
        ({"output": "blocker/run"}, "is a file, not a folder"),
    ],
)
def test_bad_configs_fail_in_one_line_with_exit_code_2_and_write_nothing(tmp_path, capsys, overrides, message):
    (tmp_path / "blocker").write_text("a file where a folder would go")
    path = write_config(tmp_path, **overrides)
    before = sorted(tmp_path.rglob("*"))
    assert main(["sweep", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert message in err
    assert sorted(tmp_path.rglob("*")) == before


def test_one_sweep_at_a_time_per_run_folder(tmp_path):
    from lceval.errors import LcevalError
    from lceval.sweep.store import RunStore

    first = RunStore(tmp_path / "run")
    first.open({"model": "a"}, {}, [])
    with pytest.raises(LcevalError, match="another sweep is writing"):
        RunStore(tmp_path / "run").open({"model": "a"}, {}, [])
    first.close()
    second = RunStore(tmp_path / "run")
    second.open({"model": "b"}, {}, [])  # released; another model is another set of cell identities, not a refusal
    second.close()


def test_a_model_override_gets_its_own_run_folder(tmp_path):
    path = write_config(tmp_path, model={"type": "hf", "args": {"pretrained": "org/some-model"}})
    cfg = load_config(path, model_type="tiny-random")
    assert cfg.model.tiny and cfg.output == tmp_path / "run-tiny-random"
    assert load_config(path, output=str(tmp_path / "x"), model_type="tiny-random").output == tmp_path / "x"


def test_a_model_retrained_in_place_is_another_model(tmp_path):
    reader = tmp_path / "reader"
    reader.mkdir()
    (reader / "config.json").write_text("{}")
    (reader / "model.safetensors").write_bytes(b"old")
    path = write_config(tmp_path, model={"type": "hf", "args": {"pretrained": "./reader"}})
    before = load_config(path).fingerprint()
    (reader / "model.safetensors").write_bytes(b"new weights")
    assert load_config(path).fingerprint()["model_weights"] != before["model_weights"]


@pytest.mark.parametrize("name", ["quick", "ruler4k", "reader_acceptance"])
def test_shipped_configs_validate_and_use_the_built_in_reader(name):
    """The README's main job runs configs/quick.yaml: it must load and point at the committed reader."""
    repo = Path(__file__).resolve().parents[2]
    config = load_config(repo / "configs" / f"{name}.yaml")
    assert config.model.type == "hf"
    assert Path(config.model.args["pretrained"]).resolve() == (repo / "models" / "lceval-reader").resolve()
    assert (repo / "models" / "lceval-reader" / "model.safetensors").is_file()
    assert config.tasks and config.selectors and config.budgets
    assert plan(config)


def test_command_line_narrows_a_config_into_a_folder_that_says_so(tmp_path):
    from lceval.sweep.overrides import Overrides

    path = write_config(tmp_path, selectors=["full", "bm25", "oracle"], budgets=[64, 128], seeds=[1, 2])
    narrowed = Overrides(tasks=["lceval_ruler_vt"], selectors=["bm25"], budgets=[0.5], seeds=[2], num_samples=2)
    cfg = load_config(path, overrides=narrowed)
    assert (cfg.tasks, [e.label for e in cfg.selectors], cfg.budgets, cfg.seeds, cfg.num_samples) == (
        ["lceval_ruler_vt"], ["bm25"], [0.5], [2], 2)
    assert cfg.output.name == "run-n2_seed-2_b-0.5_s-bm25_t-ruler_vt"
    assert [c.name for c in plan(cfg)] == ["lceval_ruler_vt__bm25__0.5__s2"]
    assert load_config(path).output.name == "run"


def test_model_overrides_keep_or_replace_args_explicitly(tmp_path):
    from lceval.sweep.overrides import Overrides

    path = write_config(tmp_path, model={"type": "hf", "args": {"pretrained": "org/m", "dtype": "float32"}})
    assert load_config(path, overrides=Overrides(model="tiny-random")).model.args == {}
    kept = load_config(path, overrides=Overrides(model="hf", keep_model_args=True, model_args={"batch_size": 4}))
    assert kept.model.args == {"pretrained": "org/m", "dtype": "float32", "batch_size": 4}
    assert kept.output.name.startswith("run-hf_args-")
    assert load_config(path, overrides=Overrides(model_args={"dtype": "bfloat16"})).model.args["dtype"] == "bfloat16"
    with pytest.raises(LcevalError, match="--keep-model-args"):
        load_config(path, overrides=Overrides(model="hf"))


def test_plan_estimate_counts_cells_prompts_tokens_and_time_from_finished_cells(tmp_path, capsys):
    from lceval.cli import main
    from lceval.sweep.estimate import estimate

    path = write_config(tmp_path, selectors=["full", "bm25"], budgets=[128, 0.5], num_samples=4, max_seq_length=1024)
    cfg = load_config(path)
    cells = plan(cfg)
    first = estimate(cfg, cells, {})
    assert (first.cells, first.to_run, first.prompts, first.seconds) == (6, 6, 24, None)
    assert first.tokens == 4 * 2 * (1024 + 128 + 512)
    later = estimate(cfg, cells, {cells[0].id: 10.0})  # full on the first task: 4 prompts in 10 s
    assert later.to_run == 5 and later.prompts == 20 and later.seconds == pytest.approx(10.0 / 4 * 20)
    assert "time ≈" in later.line()
    assert main(["sweep", str(path), "--plan", "--num-samples", "2"]) == 0
    assert "plan: 6 cells (6 to run), 12 prompts" in capsys.readouterr().err.replace("\n", " ")


def test_chat_template_and_length_fit_reach_the_task_settings(tmp_path):
    """apply_chat_template: true also makes lceval fit lengths on the templated prompt; length_fit goes to RULER only."""
    from lceval.sweep.plan import Cell
    from lceval.sweep.runner import LoadedModel, cell_metadata

    cfg = load_config(write_config(tmp_path, apply_chat_template=True, length_fit="tight", tasks=["lceval_ruler_vt", "lceval_memlife_overwrite"]))
    model = LoadedModel(lm=None, type="hf", args={}, tokenizer="tok", max_length=4096)
    ruler = cell_metadata(cfg, Cell("lceval_ruler_vt", "full", None, 42), "full", model)
    memlife = cell_metadata(cfg, Cell("lceval_memlife_overwrite", "full", None, 42), "full", model)
    assert (ruler["chat_template"], ruler["length_fit"]) == (True, "tight")
    assert (memlife["chat_template"], memlife["length_fit"]) == (True, None)
    assert cfg.fingerprint()["length_fit"] == "tight" and "length_fit" not in load_config(write_config(tmp_path)).fingerprint()
