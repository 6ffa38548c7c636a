"""Chat prompts, rendered by lm-eval itself, fit the model: RULER and the memlife families at 4K with a Llama-3-style template.

The reader model gets a tokenizer with a Llama-3-style chat template (BOS in
the template, header tokens, trimmed contents). lm-eval builds every request
with ``apply_chat_template`` and its hf backend encodes it; prompt plus tokens
to generate must fit ``max_length`` (4,096), and under ``length_fit: tight``
fill at least 95% of it (QA: 75%, its documents are whole units). Without ``chat_template`` declared, the same run is
flagged by ``exceeds_model_max_length``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lceval.chat_templates import add_chat_template
from lceval.sources import memlife, memlife_v2, memlife_v3, memlife_v4, memlife_v5, memlife_v6, memlife_v7, memlife_v8, memlife_v9, memlife_v10, memlife_v11, memlife_v12, memlife_v13, memlife_v14, memlife_v15, memlife_v16, memlife_v17, memlife_v18, memlife_v19, memlife_v20, memlife_v21, memlife_v22, memlife_v23, memlife_v24, memlife_v25, memlife_v26, memlife_v27, memlife_v28, memlife_v29, memlife_v30, memlife_v31, memlife_v32, memlife_v33, memlife_v34, memlife_v35, ruler

REPO = Path(__file__).resolve().parents[2]
MAX_LENGTH = 4096
TASKS = (
    [f"lceval_ruler_{t}" for t in ruler.TASKS] + [f"lceval_memlife_{t}" for t in memlife.TASKS]
    + [f"lceval_memlife_v2_{t}" for t in memlife_v2.TASKS] + [f"lceval_memlife_v3_{t}" for t in memlife_v3.TASKS]
    + [f"lceval_memlife_v4_{t}" for t in memlife_v4.TASKS] + [f"lceval_memlife_v5_{t}" for t in memlife_v5.TASKS]
    + [f"lceval_memlife_v6_{t}" for t in memlife_v6.TASKS] + [f"lceval_memlife_v7_{t}" for t in memlife_v7.TASKS]
    + [f"lceval_memlife_v8_{t}" for t in memlife_v8.TASKS]
    + [f"lceval_memlife_v9_{t}" for t in memlife_v9.TASKS]
    + [f"lceval_memlife_v10_{t}" for t in memlife_v10.TASKS]
    + [f"lceval_memlife_v11_{t}" for t in memlife_v11.TASKS]
    + [f"lceval_memlife_v12_{t}" for t in memlife_v12.TASKS]
    + [f"lceval_memlife_v13_{t}" for t in memlife_v13.TASKS]
    + [f"lceval_memlife_v14_{t}" for t in memlife_v14.TASKS]
    + [f"lceval_memlife_v15_{t}" for t in memlife_v15.TASKS]
    + [f"lceval_memlife_v16_{t}" for t in memlife_v16.TASKS]
    + [f"lceval_memlife_v17_{t}" for t in memlife_v17.TASKS]
    + [f"lceval_memlife_v18_{t}" for t in memlife_v18.TASKS]
    + [f"lceval_memlife_v19_{t}" for t in memlife_v19.TASKS]
    + [f"lceval_memlife_v20_{t}" for t in memlife_v20.TASKS]
    + [f"lceval_memlife_v21_{t}" for t in memlife_v21.TASKS]
    + [f"lceval_memlife_v22_{t}" for t in memlife_v22.TASKS]
    + [f"lceval_memlife_v23_{t}" for t in memlife_v23.TASKS]
    + [f"lceval_memlife_v24_{t}" for t in memlife_v24.TASKS]
    + [f"lceval_memlife_v25_{t}" for t in memlife_v25.TASKS]
    + [f"lceval_memlife_v26_{t}" for t in memlife_v26.TASKS]
    + [f"lceval_memlife_v27_{t}" for t in memlife_v27.TASKS]
    + [f"lceval_memlife_v28_{t}" for t in memlife_v28.TASKS]
    + [f"lceval_memlife_v29_{t}" for t in memlife_v29.TASKS]
    + [f"lceval_memlife_v30_{t}" for t in memlife_v30.TASKS]
    + [f"lceval_memlife_v31_{t}" for t in memlife_v31.TASKS]
    + [f"lceval_memlife_v32_{t}" for t in memlife_v32.TASKS]
    + [f"lceval_memlife_v33_{t}" for t in memlife_v33.TASKS]
    + [f"lceval_memlife_v34_{t}" for t in memlife_v34.TASKS]
    + [f"lceval_memlife_v35_{t}" for t in memlife_v35.TASKS]
)


@pytest.fixture(scope="module")
def chat_model(tmp_path_factory):
    """The reader with a chat-templated tokenizer, loaded as lm-eval's hf backend."""
    from lm_eval.models.huggingface import HFLM

    folder = tmp_path_factory.mktemp("reader-chat")
    for name in ("config.json", "generation_config.json", "model.safetensors"):
        shutil.copy(REPO / "models" / "lceval-reader" / name, folder / name)
    add_chat_template(REPO / "models" / "lceval-reader", folder)
    return HFLM(pretrained=str(folder), max_length=MAX_LENGTH, device="cpu", batch_size=1), str(folder)


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "chat-cache"))


def rendered_requests(chat_model, task_name: str, num_samples: int = 2, **metadata):
    """(tokens the backend feeds the model, max_gen_toks, doc) per request, as lm-eval builds them."""
    from lm_eval.tasks import TaskManager

    lm, folder = chat_model
    manager = TaskManager(include_path=str(REPO / "tasks"), include_defaults=False, metadata={"pretrained": folder, "num_samples": num_samples, **metadata})
    task = manager.load([task_name])["tasks"][task_name]
    task.build_all_requests(apply_chat_template=True, chat_template=lm.apply_chat_template, rank=0, world_size=1)
    out = []
    for instance in task.instances:
        context, gen_kwargs = instance.args
        ids, _ = lm.tok_batch_encode([context])
        out.append((ids.shape[1], gen_kwargs["max_gen_toks"], instance.doc))
    return out


@pytest.mark.parametrize("task", TASKS)
def test_chat_prompts_fit_and_fill_under_tight(chat_model, task):
    for tokens, gen, doc in rendered_requests(chat_model, task, num_samples=1, chat_template=True, length_fit="tight"):
        assert tokens + gen <= MAX_LENGTH
        assert doc["prompt_tokens"] == tokens  # lceval counts exactly what the backend encodes
        # QA documents are whole units (a HotpotQA paragraph can be 10-15% of 4K), as in test_ruler_generator.
        assert tokens + gen >= (0.75 if "_qa_" in task else 0.95) * MAX_LENGTH
        assert not doc["exceeds_model_max_length"]


@pytest.mark.parametrize("task", ["lceval_ruler_niah_single_1", "lceval_ruler_vt", "lceval_memlife_overwrite"])
def test_chat_prompts_fit_under_upstream_fit(chat_model, task):
    for tokens, gen, doc in rendered_requests(chat_model, task, chat_template=True):
        assert tokens + gen <= MAX_LENGTH and doc["prompt_tokens"] == tokens


def test_undeclared_template_is_flagged(chat_model):
    """Fitted on the plain prompt, the templated one overflows: the document says so."""
    requests = rendered_requests(chat_model, "lceval_ruler_niah_single_1", length_fit="tight", max_length=MAX_LENGTH)
    assert any(tokens + gen > MAX_LENGTH for tokens, gen, _ in requests)
    assert all(doc["exceeds_model_max_length"] for tokens, gen, doc in requests if tokens + gen > MAX_LENGTH)
