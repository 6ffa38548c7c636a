"""length_fit, chat_template, sample counts, LongBench budgets and the guard against cut prompts."""

from __future__ import annotations

from pathlib import Path

import pytest

from lceval.chat_templates import add_chat_template
from lceval.errors import LcevalError
from lceval.harness import select_docs
from lceval.rendering import PromptRender
from lceval.settings import TaskSettings
from lceval.tokenization import load_tokenizer

READER = str(Path(__file__).resolve().parents[2] / "models" / "lceval-reader")


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "settings-cache"))


def test_ruler_defaults_are_upstreams():
    settings = TaskSettings.from_kwargs("ruler", "vt", tokenizer=READER)
    assert (settings.num_samples, settings.length_fit, settings.chat_template) == (500, "upstream", False)
    assert TaskSettings.from_kwargs("memlife", "overwrite", tokenizer=READER).length_fit == "tight"


@pytest.mark.parametrize(
    "family, kwargs, message",
    [
        ("ruler", {"length_fit": "loose"}, "length_fit must be one of upstream, tight"),
        ("ruler", {"add_bos_token": "maybe"}, "add_bos_token must be true or false"),
        ("longbench", {"max_seq_length": "vicuna"}, "Did you mean 'vicuna-v1.5-7b-16k'"),
    ],
)
def test_bad_settings_are_one_line_errors(family, kwargs, message):
    task = {"ruler": "vt", "longbench": "qasper"}[family]
    with pytest.raises(LcevalError, match=message):
        TaskSettings.from_kwargs(family, task, tokenizer=READER, **kwargs)


def test_memlife_has_no_upstream_fit():
    settings = TaskSettings.from_kwargs("memlife", "overwrite", tokenizer=READER, length_fit="upstream", num_samples=1)
    with pytest.raises(LcevalError, match="length_fit=tight"):
        select_docs(settings)


@pytest.mark.parametrize("value, tokens", [("vicuna-v1.5-7b-16k", 15500), ("llama2-7b-chat-4k", 3500), ("xgen-7b-8k", 7500), ("chatglm3-6b-32k", 31500), ("8k", 7500), ("12000", 12000)])
def test_longbench_budget_presets_follow_model2maxlen(value, tokens):
    assert TaskSettings.from_kwargs("longbench", "qasper", tokenizer=READER, max_seq_length=value).max_seq_length == tokens


def test_chat_template_true_needs_a_template():
    settings = TaskSettings.from_kwargs("ruler", "vt", tokenizer=READER, chat_template="true", num_samples=1)
    with pytest.raises(LcevalError, match="no chat template"):
        select_docs(settings)


def test_a_prompt_the_backend_would_cut_stops_the_run():
    settings = TaskSettings.from_kwargs("ruler", "vt", tokenizer=READER, num_samples=2, max_length=2048)
    with pytest.raises(LcevalError, match=r"max_length is 2048, so lm-eval would cut them: raise max_length"):
        select_docs(settings)


def test_max_length_defaults_to_what_the_hf_backend_picks(tiny_model):
    """No max_length in model_args: lm-eval's hf backend takes the model config's (here 16384): nothing is cut."""
    settings = TaskSettings.from_kwargs("ruler", "vt", pretrained=str(tiny_model), num_samples=1)
    docs = select_docs(settings)
    assert not docs[0]["exceeds_model_max_length"] and docs[0]["max_new_tokens"] == 30


def test_bos_is_counted_when_the_backend_adds_one(tmp_path):
    """A tokenizer whose encoding adds BOS: the backend feeds one token more than the text's own."""
    from tokenizers.processors import TemplateProcessing

    tok = load_tokenizer(str(add_chat_template(READER, tmp_path / "chat")))
    bos = tok.bos_token
    tok.backend_tokenizer.post_processor = TemplateProcessing(single=f"{bos} $A", special_tokens=[(bos, tok.bos_token_id)])
    plain = PromptRender(tok)
    assert plain.count("Hello there.", " Answer:") == len(tok("Hello there. Answer:", add_special_tokens=False)["input_ids"]) + 1
    assert PromptRender(tok, add_bos_token=False).count("Hello there.", " Answer:") == plain.count("Hello there.", " Answer:") - 1
    chat = PromptRender(tok, tok.chat_template)  # the template writes BOS itself: lm-eval then adds none
    text = chat.text("Hello there.", " Answer:")
    assert text.startswith(bos) and chat.count("Hello there.", " Answer:") == len(tok(text, add_special_tokens=False)["input_ids"])
    assert text.endswith("<|end_header_id|>\n\nAnswer:")  # the trimming template drops the prefix's leading space
