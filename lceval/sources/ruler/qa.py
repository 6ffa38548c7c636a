"""RULER QA (upstream ``scripts/data/synthetic/qa.py``), written anew.

Sample ``i`` asks question ``i`` of the dataset (upstream walks the questions in
order; the seed only picks distractors). The gold document(s) are padded with
distractors, "Document {i}:\\n{text}" blocks joined by blank lines, ordered by
a shuffle with ``Random(seed)`` (so the gold position depends only on the
document count, as upstream). SQuAD v2 (answerable questions only): the gold
paragraph, then the other paragraphs of its article, then random paragraphs.
HotpotQA (distractor setting): the question's 10 paragraphs ("title\\ntext"),
then random paragraphs; its evidence is the paragraphs named in
``supporting_facts``.

Deviation: when even a question's own 10 HotpotQA paragraphs overflow the
budget (upstream then loops forever), non-supporting ones are dropped.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache

from ...errors import LcevalError
from ...data import file_sha256, find_file, read_text
from .common import Prompt, to_sample
from .fitting import fit_size, search_once, step_down, upstream_upper_bound
from .haystack import join_pieces

TEMPLATE = (
    "Answer the question based on the given documents. Only give me the answer and do not output any other words.\n\n"
    "The following are given documents.\n\n{context}\n\n"
    "Answer the question based on the given documents. Only give me the answer and do not output any other words.\n\n"
    "Question: {query}"
)
ANSWER_PREFIX = " Answer:"
TOKENS_TO_GENERATE = 32
DOCUMENT = "Document {i}:\n{document}"

FILES = {
    "squad": ("ruler/squad_dev_v2_subset.json", "https://rajpurkar.github.io/SQuAD-explorer/dataset/dev-v2.0.json"),
    "hotpotqa": ("ruler/hotpotqa_dev_distractor_500.jsonl", "http://curtis.ml.cmu.edu/datasets/hotpot/hotpot_dev_distractor_v1.json"),
}


@dataclass(frozen=True)
class Question:
    query: str
    answers: list[str]
    gold: list[int]  # documents given with the question (all 10 for HotpotQA)
    support: list[int]  # documents that hold the answer: the evidence
    related: list[int]  # preferred distractors (same SQuAD article)


@dataclass(frozen=True)
class Dataset:
    questions: list[Question]
    documents: list[str]


def _index(texts) -> tuple[list[str], dict[str, int]]:
    documents = sorted(set(texts))
    return documents, {d: i for i, d in enumerate(documents)}


def read_squad(text: str) -> Dataset:
    articles = json.loads(text)["data"]
    documents, ids = _index(p["context"] for a in articles for p in a["paragraphs"])
    questions = []
    for article in articles:
        same_article = [ids[p["context"]] for p in article["paragraphs"]]
        for paragraph in article["paragraphs"]:
            own = ids[paragraph["context"]]
            for qa in paragraph["qas"]:
                if not qa["is_impossible"]:
                    answers = [a["text"] for a in qa["answers"]]
                    questions.append(Question(qa["question"], answers, [own], [own], [d for d in same_article if d != own]))
    return Dataset(questions, documents)


def read_hotpotqa(text: str) -> Dataset:
    """Reads both the official JSON array and the one-object-per-line copy."""
    stripped = text.lstrip()
    records = json.loads(text) if stripped.startswith("[") else [json.loads(line) for line in text.splitlines() if line.strip()]
    render = lambda title, sentences: f"{title}\n{''.join(sentences)}"  # noqa: E731 - upstream's document text
    documents, ids = _index(render(t, s) for r in records for t, s in r["context"])
    questions = []
    for r in records:
        gold = [ids[render(t, s)] for t, s in r["context"]]
        titles = {title for title, _ in r["supporting_facts"]}
        support = [ids[render(t, s)] for t, s in r["context"] if t in titles]
        questions.append(Question(r["question"], [r["answer"]], gold, support, []))
    return Dataset(questions, documents)


def load_dataset(name: str, data_dir: str | None) -> Dataset:
    relative, url = FILES[name]
    path = find_file(relative, data_dir, url=url)
    return _parse_dataset(name, str(path), file_sha256(path))


@lru_cache(maxsize=4)
def _parse_dataset(name: str, path: str, sha256: str) -> Dataset:
    """Parsed once per file content; a file of another shape is one line naming it."""
    text = read_text(path, f"the RULER {name} file")
    try:
        return read_squad(text) if name == "squad" else read_hotpotqa(text)
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise LcevalError(f"{path}: not a {name} file in the upstream format ({type(exc).__name__}: {exc}).") from None


def pick_documents(r: random.Random, data: Dataset, q: Question, num_docs: int, seed: int) -> list[int]:
    """Upstream's choice and order of documents for ``num_docs`` documents."""
    if num_docs < len(q.gold):  # upstream cannot go below the question's own documents
        rest = [d for d in q.gold if d not in q.support]
        chosen = q.support + rest[: num_docs - len(q.support)]
    elif num_docs < len(data.documents):
        if num_docs - len(q.gold) > len(q.related):
            taken = set(q.gold) | set(q.related)
            others = [i for i in range(len(data.documents)) if i not in taken]
            chosen = q.gold + q.related + r.sample(others, num_docs - len(q.gold) - len(q.related))
        else:
            chosen = q.gold + r.sample(q.related, num_docs - len(q.gold))
    else:
        chosen = (list(range(len(data.documents))) * -(-num_docs // len(data.documents)))[:num_docs]
    random.Random(seed).shuffle(chosen)
    return chosen


def qa_prompt(r: random.Random, data: Dataset, q: Question, num_docs: int, seed: int) -> Prompt:
    """The prompt with ``num_docs`` documents; draws the distractors from ``r``."""
    chosen = pick_documents(r, data, q, num_docs, seed)
    pieces = [(DOCUMENT.format(i=i + 1, document=data.documents[d]), "gold document" if d in q.support else None) for i, d in enumerate(chosen)]
    context, evidence = join_pieces(pieces, "\n\n")
    meta = {"haystack_size": num_docs, "chunk_style": "passages"}  # a chunk starts at each "Document N:"
    return Prompt(TEMPLATE.replace("{query}", q.query), context, ANSWER_PREFIX, evidence, meta)


UPSTREAM_STEP = 10  # documents


def _replay(state) -> random.Random:
    r = random.Random()
    r.setstate(state)
    return r


def prepare(tokenizer, max_seq_length: int, seed: int, data_dir: str | None = None, *, dataset: str = "squad", task: str = "qa", length_fit: str = "upstream"):
    data = load_dataset(dataset, data_dir)
    budget = max_seq_length - TOKENS_TO_GENERATE
    count = lambda p: p.tokens(tokenizer)  # noqa: E731

    def builder(index: int, draws: str):
        state = random.Random(draws).getstate()
        return lambda n: qa_prompt(_replay(state), data, data.questions[index], n, seed)

    if length_fit == "upstream":  # one binary search on question 0, then 10 documents fewer while a sample overflows
        stream = random.Random(seed)  # upstream's search draws from one seeded stream: the same documents here
        count_at = lambda n: count(qa_prompt(stream, data, data.questions[0], n, seed))  # noqa: E731
        upper = upstream_upper_bound(count_at(UPSTREAM_STEP), UPSTREAM_STEP, max_seq_length)
        size = search_once(count_at, budget, UPSTREAM_STEP, upper) or UPSTREAM_STEP
    else:
        probe_tokens = Prompt(TEMPLATE, "\n\n".join(data.documents[:20]), ANSWER_PREFIX).tokens(tokenizer) / 20
        guess = max(1, int(budget / probe_tokens))

    def sample(index: int):
        if index >= len(data.questions):
            raise LcevalError(f"{task} has {len(data.questions)} questions in its data file; ask for at most that many samples.")
        q = data.questions[index]
        build, fewest = builder(index, f"{seed}-{index}"), max(1, len(q.support))
        if length_fit == "upstream":
            fitted = step_down(build, count, budget, size, UPSTREAM_STEP, minimum=fewest)
            fitted.payload.meta["task_haystack_size"] = size
        else:
            fitted = fit_size(build, count, budget, guess, minimum=fewest)
        return to_sample(
            fitted.payload,
            tokenizer,
            task=task,
            question=q.query,
            answers=q.answers,
            metric="string_match_part",
            max_new_tokens=TOKENS_TO_GENERATE,
            prompt_tokens=fitted.tokens,
        )

    return sample
