"""LongBench v1 metrics, giving the numbers of THUDM/LongBench's ``metrics.py`` and ``eval.py``.

Each pair-scorer ``(prediction, ground_truth, all_classes) -> float`` in 0..1
follows one upstream formula, quirks included; the registered scorers
``(prediction, answers, meta) -> float`` add what ``eval.py`` does around
them: the first-line rule, the max over ground truths and the factor 100.

Exactness notes: ROUGE-L is the ``rouge`` package's (the one upstream uses);
code similarity is fuzzywuzzy's ``fuzz.ratio`` without python-Levenshtein
(upstream's requirements), i.e. difflib's ``SequenceMatcher``, rebuilt here on
the standard library. jieba (Chinese datasets only) is imported on first use.
"""

from __future__ import annotations

import difflib
import math
import re
import string
from collections import Counter
from functools import partial
from typing import Any, Callable, Sequence

from ..errors import LcevalError

_PUNCTUATION = set(string.punctuation)
_ZH_PUNCTUATION = _PUNCTUATION | set(
    "！？｡。＂＃＄％＆＇（）＊＋，－／：；＜＝＞＠［＼］＾＿｀｛｜｝～｟｠｢｣､、〃》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟〰〾〿–—‘’‛“”„‟…‧﹏."
)
_ARTICLES = re.compile(r"\b(a|an|the)\b")
_NUMBER = re.compile(r"\d+")


def normalize_answer(text: str) -> str:
    """Lower case, drop punctuation and English articles, collapse whitespace (SQuAD-style)."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", text).split())


def normalize_zh_answer(text: str) -> str:
    """Lower case, drop ASCII and Chinese punctuation and all whitespace."""
    return "".join("".join(ch for ch in text.lower() if ch not in _ZH_PUNCTUATION).split())


def token_f1(prediction: Sequence[str], ground_truth: Sequence[str]) -> float:
    common = sum((Counter(prediction) & Counter(ground_truth)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(prediction), common / len(ground_truth)
    return 2 * precision * recall / (precision + recall)


def qa_f1(prediction: str, ground_truth: str, all_classes=None) -> float:
    return token_f1(normalize_answer(prediction).split(), normalize_answer(ground_truth).split())


def qa_f1_zh(prediction: str, ground_truth: str, all_classes=None) -> float:
    def tokens(text: str) -> list[str]:
        return [t for t in (normalize_zh_answer(w) for w in _jieba_cut(text)) if t]

    return token_f1(tokens(prediction), tokens(ground_truth))


def rouge_l(prediction: str, ground_truth: str, all_classes=None) -> float:
    """ROUGE-L F of the ``rouge`` package; any failure there (empty text, recursion) scores 0 like upstream."""
    from rouge import Rouge

    try:
        return Rouge().get_scores([prediction], [ground_truth], avg=True)["rouge-l"]["f"]
    except Exception:  # upstream catches everything here: empty hypotheses raise ValueError
        return 0.0


def rouge_l_zh(prediction: str, ground_truth: str, all_classes=None) -> float:
    return rouge_l(" ".join(_jieba_cut(prediction)), " ".join(_jieba_cut(ground_truth)))


def classification(prediction: str, ground_truth: str, all_classes=None) -> float:
    """1/k if the true class is among the k classes named in the prediction.

    Classes contained in the true class name (but not equal to it) are dropped
    first — with upstream's remove-while-iterating, which skips the element after
    each removal; kept on purpose so the numbers match.
    """
    if all_classes is None:
        raise LcevalError("classification scoring needs the record's `all_classes`; the record has none.")
    matches = [c for c in all_classes if c in prediction]
    for term in matches:
        if term in ground_truth and term != ground_truth:
            matches.remove(term)
    return 1.0 / len(matches) if ground_truth in matches else 0.0


def _numbers_hit(prediction: str, target: str) -> float:
    """Share of the numbers in the prediction equal to ``target`` (0 without numbers)."""
    numbers = _NUMBER.findall(prediction)
    return sum(n == target for n in numbers) / len(numbers) if numbers else 0.0


def count(prediction: str, ground_truth: str, all_classes=None) -> float:
    return _numbers_hit(prediction, str(ground_truth))


def retrieval(prediction: str, ground_truth: str, all_classes=None) -> float:
    return _numbers_hit(prediction, _paragraph_id(r"Paragraph (\d+)", ground_truth))


def retrieval_zh(prediction: str, ground_truth: str, all_classes=None) -> float:
    return _numbers_hit(prediction, _paragraph_id(r"段落(\d+)", ground_truth))


def _paragraph_id(pattern: str, ground_truth: str) -> str:
    found = re.findall(pattern, ground_truth)
    if not found:
        raise LcevalError(f"retrieval answer {ground_truth!r} names no paragraph; expected e.g. 'Paragraph 3'.")
    return found[0]


def code_sim(prediction: str, ground_truth: str, all_classes=None) -> float:
    """fuzz.ratio of the first prediction line that is not a comment or a code fence."""
    lines = prediction.lstrip("\n").split("\n")
    line = next((x for x in lines if "`" not in x and "#" not in x and "//" not in x), "")
    return fuzz_ratio(line, ground_truth) / 100


def fuzz_ratio(a: str, b: str) -> int:
    """fuzzywuzzy 0.18 ``fuzz.ratio`` on pure Python: equal -> 100, one empty -> 0, else rounded difflib ratio."""
    if a == b:
        return 100
    if not a or not b:
        return 0
    return int(round(100 * difflib.SequenceMatcher(None, a, b).ratio()))


def _jieba_cut(text: str) -> list[str]:
    try:
        import jieba
    except ImportError:
        raise LcevalError("the Chinese LongBench metrics need jieba: pip install jieba") from None
    jieba.setLogLevel(60)  # silence its "building prefix dict" chatter
    return list(jieba.cut(text, cut_all=False))


# ---- what eval.py does around the pair scores -------------------------------------------

def first_line(prediction: str) -> str:
    """eval.py's rule for the few-shot datasets: the first line after leading newlines."""
    return prediction.lstrip("\n").split("\n")[0]


def best_of(pair: Callable[..., float], prediction: str, answers: Sequence[str], meta: dict[str, Any]) -> float:
    """Max over ground truths of ``pair``, x100; the first-line rule when ``meta["first_line"]``."""
    if meta.get("first_line"):
        prediction = first_line(prediction)
    best = 0.0
    for answer in answers:
        best = max(best, pair(prediction, answer, meta.get("all_classes")))
    return 100 * best


# The scorers LongBench samples name (longbench_<name>, see lceval.families), one per upstream metric.
score_qa_f1 = partial(best_of, qa_f1)
score_qa_f1_zh = partial(best_of, qa_f1_zh)
score_rouge = partial(best_of, rouge_l)
score_rouge_zh = partial(best_of, rouge_l_zh)
score_classification = partial(best_of, classification)
score_retrieval = partial(best_of, retrieval)
score_retrieval_zh = partial(best_of, retrieval_zh)
score_count = partial(best_of, count)
score_code_sim = partial(best_of, code_sim)


# ---- LongBench-E: scores by length bucket ---------------------------------------------

LENGTH_BUCKETS = ("0-4k", "4-8k", "8k+")


def length_bucket(length: int) -> str:
    """eval.py's LongBench-E bucket of a record's ``length`` (words): <4000, <8000, else."""
    return "0-4k" if length < 4000 else "4-8k" if length < 8000 else "8k+"


# LongBench's leaderboard "Avg" is the mean of its category means, not of its datasets.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "single-document QA": ("narrativeqa", "qasper", "multifieldqa_en"),
    "multi-document QA": ("hotpotqa", "2wikimqa", "musique"),
    "summarization": ("gov_report", "qmsum", "multi_news"),
    "few-shot learning": ("trec", "triviaqa", "samsum"),
    "synthetic": ("passage_count", "passage_retrieval_en"),
    "code": ("lcc", "repobench-p"),
}
E_EXCLUDED = ("narrativeqa", "musique", "qmsum")  # not in LongBench-E


def category_of(dataset: str) -> str | None:
    return next((name for name, members in CATEGORIES.items() if dataset in members), None)


def leaderboard_weight(dataset: str, e_variant: bool = False) -> float:
    """The factor that turns an unweighted mean over datasets into the mean of category means.

    A dataset of a category with ``k`` members (of ``n`` datasets in ``c``
    categories) gets ``n / (c * k)``: lm-eval's group mean over datasets of
    ``score * weight`` is then LongBench's leaderboard average. None for the
    Chinese datasets, which the English leaderboard does not average.
    """
    groups = {name: tuple(d for d in members if not (e_variant and d in E_EXCLUDED)) for name, members in CATEGORIES.items()}
    category = category_of(dataset)
    if category is None or dataset not in groups[category]:
        return math.nan
    total = sum(len(members) for members in groups.values())
    return total / (len(groups) * len(groups[category]))


def dataset_mean(scores: dict[str, float]) -> float:
    return sum(scores.values()) / len(scores)


def category_average(scores: dict[str, float]) -> float:
    """Mean over categories of the mean over each category's datasets (LongBench's "Avg")."""
    means = [sum(scores[d] for d in members if d in scores) / sum(d in scores for d in members) for members in CATEGORIES.values() if any(d in scores for d in members)]
    return sum(means) / len(means)
