"""LongBench loading and samples: upstream prompts and lengths, shared records, clear errors, task YAMLs."""

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from lceval.errors import LcevalError
from lceval.settings import TaskSettings
from lceval.sources import longbench
from lceval.sources.longbench import (
    DATASETS,
    E_DATASETS,
    ENGLISH,
    NO_CHAT_TEMPLATE,
    base_dataset,
    build_sample,
    load_records,
    max_new_tokens,
    prompts,
)
from lceval.task_index import _Permissive

REPO = Path(__file__).resolve().parents[2]
# sha256 of THUDM/LongBench LongBench/config/dataset2prompt.json and dataset2maxlen.json (HEAD of the public repo)
UPSTREAM_SHA256 = {
    "dataset2prompt.json": "56d22ad4f382169c2b8a11ff4c982a4a1bea096c8152b0f0b85b64686b157c30",
    "dataset2maxlen.json": "72966b3c0933e214591637fb085798c5e687ebff4ddaab5d99bbc31120532022",
}
SHARED = {"multi_news": 200, "multifieldqa_en": 6, "2wikimqa": 4, "samsum": 1}


def record(dataset: str, **fields) -> dict:
    """A record in the official format."""
    base = {
        "_id": "x1", "dataset": dataset, "language": "en", "length": 1234,
        "input": "Who wrote {the} book?", "context": "Paragraph 1: Alpha.\n\nParagraph 2: Beta wrote it.\n",
        "answers": ["Paragraph 2"], "all_classes": None,
    }
    return {**base, **fields}


def settings(task: str, data_dir: str | None = None, **kwargs) -> TaskSettings:
    return TaskSettings.from_kwargs("longbench", task, tokenizer="unused", data_dir=data_dir, **kwargs)


def write_jsonl(path: Path, rows) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows))
    return path


@pytest.mark.parametrize("name", sorted(UPSTREAM_SHA256))
def test_config_tables_are_upstreams_files_byte_for_byte(name):
    assert hashlib.sha256((longbench.CONFIG_DIR / name).read_bytes()).hexdigest() == UPSTREAM_SHA256[name]


def test_every_dataset_has_a_prompt_and_a_length():
    assert set(prompts()) == set(DATASETS) == set(max_new_tokens())
    assert len(ENGLISH) == 16 and set(E_DATASETS) <= set(ENGLISH)


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_prompt_is_upstreams_format_of_the_record(dataset):
    rec = record(dataset)
    sample = build_sample(dataset, dataset, 0, rec)
    assert sample.prompt() == prompts()[dataset].format(**rec)
    assert sample.max_new_tokens == max_new_tokens()[dataset]
    assert sample.question == rec["input"] and sample.answers == rec["answers"]
    assert sample.meta["first_line"] == (dataset in ("trec", "triviaqa", "samsum", "lsht"))


@pytest.mark.parametrize("dataset,count", sorted(SHARED.items()))
def test_shared_records_load_with_upstream_prompts(data_dir, dataset, count):
    rows = [json.loads(line) for line in (Path(data_dir) / "longbench" / f"{dataset}.jsonl").read_text().splitlines()]
    samples = longbench.samples(dataset, settings(dataset, data_dir))
    assert len(samples) == count
    for sample, row in zip(samples, rows):
        assert sample.prompt() == prompts()[dataset].format(**row)
        assert sample.meta["length"] == row["length"] and sample.meta["_id"] == row["_id"]


def test_answer_recall_is_marked_only_where_the_answer_is_in_the_context(data_dir):
    samples = longbench.samples("2wikimqa", settings("2wikimqa", data_dir))
    marked = [s for s in samples if s.meta.get("recall") == "answer"]
    assert len(marked) == 1  # "Altuğ Çelikbilek" occurs in its passages; the others are yes/no answers
    assert "Altuğ Çelikbilek" in marked[0].context
    assert not any("recall" in s.meta for s in longbench.samples("multi_news", settings("multi_news", data_dir, num_samples=5)))


def test_num_samples_keeps_the_first_records_and_defaults_to_all(data_dir):
    assert len(longbench.samples("multi_news", settings("multi_news", data_dir, num_samples=3))) == 3
    assert settings("multi_news").num_samples is None


def test_gold_paragraph_is_the_retrieval_evidence():
    context = "Paragraph 1: Alpha mentions Paragraph 2 inline.\n\nParagraph 2: Beta.\n\nParagraph 3: Gamma."
    sample = build_sample("passage_retrieval_en", "passage_retrieval_en", 0, record("passage_retrieval_en", context=context))
    assert sample.evidence_texts() == ["Paragraph 2: Beta.\n\n"]


def test_e_variant_reads_its_own_file_with_the_base_prompt(tmp_path):
    write_jsonl(tmp_path / "longbench" / "qasper_e.jsonl", [record("qasper_e", length=5000)])
    (sample,) = longbench.samples("qasper_e", settings("qasper_e", str(tmp_path)))
    assert sample.task == "qasper_e" and sample.meta["dataset"] == "qasper"
    assert sample.template.startswith("You are given a scientific article")
    assert base_dataset("qasper_e") == "qasper"


def test_files_directly_in_the_data_dir_are_found(tmp_path):
    write_jsonl(tmp_path / "trec.jsonl", [record("trec", all_classes=["A", "B"])])
    assert len(load_records("trec", str(tmp_path))) == 1


def test_hub_data_zip_is_read_from_its_data_folder(monkeypatch, tmp_path):
    import zipfile

    import huggingface_hub

    archive = tmp_path / "data.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("data/qasper.jsonl", json.dumps(record("qasper")) + "\n")
    calls = []
    monkeypatch.delenv("LCEVAL_DATA_DIR", raising=False)
    monkeypatch.setenv("LCEVAL_LONGBENCH_REPO", "mirror/LongBench")
    monkeypatch.setattr(huggingface_hub, "hf_hub_download", lambda **kw: calls.append(kw) or str(archive))
    assert load_records("qasper") == [record("qasper")]
    assert calls == [{"repo_id": "mirror/LongBench", "filename": "data.zip", "repo_type": "dataset"}]
    with pytest.raises(LcevalError, match="mirror/LongBench data.zip has no data/lcc.jsonl"):
        load_records("lcc")


def test_unknown_dataset_suggests_the_name():
    with pytest.raises(LcevalError, match="multifieldqa_en"):
        base_dataset("multifieldqa-en")
    with pytest.raises(LcevalError, match="LongBench dataset"):
        base_dataset("multifieldqa_zh_e")  # LongBench-E has no Chinese QA


def test_absent_dataset_lists_what_the_folder_has(data_dir):
    with pytest.raises(LcevalError, match=r"'qasper'.*found: .*2wikimqa.*multi_news"):
        load_records("qasper", data_dir)


def test_malformed_line_names_file_and_line(tmp_path):
    path = write_jsonl(tmp_path / "longbench" / "qasper.jsonl", [record("qasper"), "{not json"])
    with pytest.raises(LcevalError, match=rf"{path}:2: not valid JSON"):
        load_records("qasper", str(tmp_path))


def test_missing_field_names_file_line_and_field(tmp_path):
    bad = record("qasper")
    del bad["answers"]
    path = write_jsonl(tmp_path / "longbench" / "qasper.jsonl", [record("qasper"), "", bad])
    with pytest.raises(LcevalError, match=rf"{path}:3: LongBench record lacks answers"):
        load_records("qasper", str(tmp_path))


def test_offline_hub_error_says_how_to_fix(monkeypatch, tmp_path):
    monkeypatch.delenv("LCEVAL_DATA_DIR", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    monkeypatch.setenv("LCEVAL_LONGBENCH_REPO", "someone/LongBench-mirror")
    import huggingface_hub.constants as hub_constants

    monkeypatch.setattr(hub_constants, "HF_HUB_CACHE", str(tmp_path))
    monkeypatch.setattr(hub_constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(LcevalError, match=r"someone/LongBench-mirror.*data_dir"):
        load_records("qasper")


# ---- the task YAMLs ------------------------------------------------------------------


def _yaml(name: str) -> dict:
    return yaml.load((REPO / "tasks" / "longbench" / name).read_text(), Loader=_Permissive)


@pytest.mark.parametrize("task", longbench.task_names())
def test_task_yaml_matches_upstream_generation_and_chat_rule(task):
    data = _yaml(f"{task}.yaml")
    dataset = base_dataset(task)
    assert data["task"] == f"lceval_longbench_{task}"
    assert data["dataset_kwargs"] == {"family": "longbench", "task": task}
    gen = data["generation_kwargs"]
    assert gen["max_gen_toks"] == max_new_tokens()[dataset] and gen["do_sample"] is False and gen["until"] == []
    assert data["tag"][0].endswith("_nochat" if dataset in NO_CHAT_TEMPLATE else "_chat")
    assert data["include"] == ("_longbench_e_template_yaml" if task.endswith("_e") else "_longbench_template_yaml")


def test_groups_cover_the_datasets():
    assert _yaml("lceval_longbench_16k.yaml")["task"] == [f"lceval_longbench_{d}" for d in ENGLISH]
    assert _yaml("lceval_longbench_e.yaml")["task"] == [f"lceval_longbench_{d}_e" for d in E_DATASETS]


def test_family_defaults_are_upstreams_16k_setting():
    s = settings("qasper")
    assert (s.max_seq_length, s.truncation) == (15500, "middle")
