"""LongBench v1 (THUDM/LongBench) records as LongSamples, with upstream's prompts and generation lengths.

Records come from ``<data_dir>/longbench/<dataset>.jsonl`` or
``<data_dir>/<dataset>.jsonl`` (the official files, ``data_dir`` or
$LCEVAL_DATA_DIR), else from the hub's ``data.zip`` of ``THUDM/LongBench``
(or the mirror repository in $LCEVAL_LONGBENCH_REPO; $HF_ENDPOINT moves the
host). That zip is what the hub's own loading script reads; the script itself no
longer runs on datasets >= 4.

Each sample's question is the record's ``input``; where it is empty (gov_report,
multi_news, lcc) query-based selectors see no query and BM25 keeps the leading
chunks.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..data import DATA_DIR_ENV, data_dir, file_sha256, note_read, read_text
from ..diagnostics import answer_recall
from ..errors import LcevalError, did_you_mean
from ..sample import Evidence, LongSample
from .longbench_budgets import CONFIG_DIR

if TYPE_CHECKING:  # settings import sources when they validate: annotations only, no cycle
    from ..settings import TaskSettings


HUB_REPO_ENV = "LCEVAL_LONGBENCH_REPO"
HUB_REPO = "THUDM/LongBench"
REQUIRED_FIELDS = ("input", "context", "answers", "length")


@dataclass(frozen=True)
class Dataset:
    """How one LongBench dataset is scored and chunked."""

    metric: str
    chunk_style: str = "prose"  # "passages": multi-document; "lines": code and line-per-example few-shot
    answer_recall: bool = False  # extractive QA: report whether a reference answer survived selection
    gold_paragraph: str | None = None  # passage retrieval: regex of the gold paragraph's marker


DATASETS: dict[str, Dataset] = {
    "narrativeqa": Dataset("longbench_qa_f1", answer_recall=True),
    "qasper": Dataset("longbench_qa_f1", answer_recall=True),
    "multifieldqa_en": Dataset("longbench_qa_f1", answer_recall=True),
    "multifieldqa_zh": Dataset("longbench_qa_f1_zh"),
    "hotpotqa": Dataset("longbench_qa_f1", "passages", answer_recall=True),
    "2wikimqa": Dataset("longbench_qa_f1", "passages", answer_recall=True),
    "musique": Dataset("longbench_qa_f1", "passages", answer_recall=True),
    "dureader": Dataset("longbench_rouge_zh"),
    "gov_report": Dataset("longbench_rouge"),
    "qmsum": Dataset("longbench_rouge"),
    "multi_news": Dataset("longbench_rouge", "passages"),
    "vcsum": Dataset("longbench_rouge_zh"),
    "trec": Dataset("longbench_classification", "lines"),
    # few-shot examples; "passages" cuts between them where the chunker knows their marker
    "triviaqa": Dataset("longbench_qa_f1", "passages"),  # the answer's passage is in `input`, not the context
    "samsum": Dataset("longbench_rouge", "passages"),
    "lsht": Dataset("longbench_classification", "lines"),
    "passage_count": Dataset("longbench_count", "passages"),
    "passage_retrieval_en": Dataset("longbench_retrieval", "passages", gold_paragraph=r"Paragraph (\d+)"),
    "passage_retrieval_zh": Dataset("longbench_retrieval_zh", gold_paragraph=r"段落(\d+)"),
    "lcc": Dataset("longbench_code_sim", "lines"),
    "repobench-p": Dataset("longbench_code_sim", "lines"),
}
ENGLISH = tuple(d for d in DATASETS if not d.endswith("_zh") and d not in ("dureader", "vcsum", "lsht"))
# LongBench-E: the datasets upstream re-sampled evenly over lengths (pred.py --e).
E_DATASETS = (
    "qasper", "multifieldqa_en", "hotpotqa", "2wikimqa", "gov_report", "multi_news",
    "trec", "triviaqa", "samsum", "passage_count", "passage_retrieval_en", "lcc", "repobench-p",
)
# Upstream scores only the first line of the prediction here (eval.py) ...
FIRST_LINE = ("trec", "triviaqa", "samsum", "lsht")
# ... and sends these prompts to chat models without the chat template (pred.py).
NO_CHAT_TEMPLATE = ("trec", "triviaqa", "samsum", "lsht", "lcc", "repobench-p")


@lru_cache(maxsize=1)
def prompts() -> dict[str, str]:
    """``dataset2prompt.json``: upstream's prompt per dataset, verbatim."""
    return json.loads((CONFIG_DIR / "dataset2prompt.json").read_text(encoding="utf-8"))


# Prompt budgets by model context size, named as upstream's model2maxlen.json sizes them.
@lru_cache(maxsize=1)
def max_new_tokens() -> dict[str, int]:
    """``dataset2maxlen.json``: upstream's generation length per dataset."""
    return json.loads((CONFIG_DIR / "dataset2maxlen.json").read_text(encoding="utf-8"))


def task_names() -> list[str]:
    return [*DATASETS, *(f"{d}_e" for d in E_DATASETS)]


def base_dataset(task: str) -> str:
    """``qasper_e`` -> ``qasper``; unknown names raise with a suggestion."""
    if task not in task_names():
        raise did_you_mean("LongBench dataset", task, task_names())
    return task[:-2] if task.endswith("_e") else task


def samples(task: str, settings: TaskSettings) -> list[LongSample]:
    """The records of one LongBench dataset (``_e``: its LongBench-E version), in file order.

    ``settings.num_samples`` keeps the first N records (None: all, as upstream).
    """
    dataset = base_dataset(task)
    records = load_records(task, settings.data_dir)
    if settings.num_samples is not None:
        records = records[: settings.num_samples]
    return [build_sample(task, dataset, i, record) for i, record in enumerate(records)]


def build_sample(task: str, dataset: str, index: int, record: dict) -> LongSample:
    """One record as a LongSample whose ``prompt()`` is upstream's ``prompt_format.format(**record)``."""
    spec = DATASETS[dataset]
    context, question = record["context"], record["input"]
    sample = LongSample(
        task=task,
        index=index,
        template=prompts()[dataset].replace("{input}", question),
        context=context,
        question=question,
        answers=[str(a) for a in record["answers"]],  # passage_count answers are numbers in some copies
        evidence=gold_paragraph(context, record["answers"], spec.gold_paragraph) if spec.gold_paragraph else [],
        metric=spec.metric,
        max_new_tokens=max_new_tokens()[dataset],
        meta={
            "_id": record.get("_id"),
            "dataset": dataset,
            "length": record["length"],
            "all_classes": record.get("all_classes"),
            "first_line": dataset in FIRST_LINE,
            "chunk_style": spec.chunk_style,
            "recall": "answer",
        },
    )
    # Answer recall only where it means something: the answer is there to be kept.
    if not (spec.answer_recall and answer_recall(sample, context) == 1.0):
        del sample.meta["recall"]
    return sample


def gold_paragraph(context: str, answers: Iterable[str], marker: str) -> list[Evidence]:
    """The span of the paragraph an answer like "Paragraph 12" names: from its marker at a line start to the next."""
    wanted = {m for a in answers for m in re.findall(marker, a)}
    starts = [(m.start(), m.group(1)) for m in re.finditer(f"(?m)^{marker}", context)]
    edges = [s for s, _ in starts] + [len(context)]
    return [
        Evidence(start, end, f"gold paragraph {number}")
        for (start, number), end in zip(starts, edges[1:])
        if number in wanted and end > start
    ]


# ---- loading -------------------------------------------------------------------------


def load_records(name: str, explicit_dir: str | None = None) -> list[dict]:
    """The records of ``<name>.jsonl`` from the data directory, else from the hub."""
    root = data_dir(explicit_dir)
    if root is None:
        return _from_hub(name)
    for relative in (f"longbench/{name}.jsonl", f"{name}.jsonl"):
        path = root / relative
        if path.is_file():
            note_read(relative, file_sha256(path))
            return parse_jsonl(read_text(path, "a LongBench file"), str(path))
    have = sorted({p.stem for folder in (root, root / "longbench") if folder.is_dir() for p in folder.glob("*.jsonl")})
    raise LcevalError(
        f"LongBench dataset {name!r} is not in data_dir {str(root)!r} (looked for longbench/{name}.jsonl and {name}.jsonl; "
        f"found: {', '.join(have) or 'no .jsonl files'}). Add the official file or unset `data_dir`/${DATA_DIR_ENV} to use the hub."
    )


def parse_jsonl(text: str, source: str) -> list[dict]:
    """Records of one official LongBench file; a bad line raises naming the file and line."""
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LcevalError(f"{source}:{number}: not valid JSON ({exc.msg}); expected one LongBench record per line.") from None
        missing = [f for f in REQUIRED_FIELDS if not isinstance(record, dict) or f not in record]
        if missing:
            raise LcevalError(f"{source}:{number}: LongBench record lacks {', '.join(missing)}; expected the official format.")
        if not isinstance(record["answers"], list):
            raise LcevalError(f"{source}:{number}: `answers` must be a list of strings, got {type(record['answers']).__name__}.")
        for name in ("input", "context"):
            if not isinstance(record[name], str):
                raise LcevalError(f"{source}:{number}: `{name}` must be a string, got {type(record[name]).__name__}.")
        records.append(record)
    if not records:
        raise LcevalError(f"{source}: no LongBench records (the file is empty); expected one JSON record per line.")
    return records


def _from_hub(name: str) -> list[dict]:
    repo = os.environ.get(HUB_REPO_ENV) or HUB_REPO
    try:
        from huggingface_hub import hf_hub_download

        archive = hf_hub_download(repo_id=repo, filename="data.zip", repo_type="dataset")
    except Exception as exc:  # offline, unknown repo, network: all end the same way for the user
        raise LcevalError(
            f"cannot get LongBench data.zip from the hub repository {repo!r} ({type(exc).__name__}). "
            f"Offline? Set `data_dir` or ${DATA_DIR_ENV} to a folder of the official <dataset>.jsonl files, "
            f"or ${HUB_REPO_ENV} to a mirror repository."
        ) from None
    member = f"data/{name}.jsonl"
    with zipfile.ZipFile(archive) as zf:
        if member not in zf.namelist():
            raise LcevalError(f"{repo} data.zip has no {member}.")
        return parse_jsonl(zf.read(member).decode("utf-8"), f"{repo}:{member}")
