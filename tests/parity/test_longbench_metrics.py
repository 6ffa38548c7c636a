"""LongBench metrics: the same number as upstream's eval.py + metrics.py for the same prediction.

The expected values were computed by running THUDM/LongBench's own eval.py
scoring loop (unrounded) with its requirements: rouge 1.0.1, fuzzywuzzy 0.18
without python-Levenshtein, jieba 0.42.1.
"""

import math

import pytest

from lceval.harness import process_results_e
from lceval.metrics import SCORERS, score
from lceval.metrics.longbench import (
    classification,
    first_line,
    fuzz_ratio,
    length_bucket,
    normalize_answer,
)
from lceval.sources.longbench import DATASETS, FIRST_LINE

TREC = ["Abbreviation", "Expression abbreviated", "Animal", "Organ of body", "Color", "Description", "Manner of an action",
        "Reason", "Definition of something", "Other location", "City", "Country", "Mountain", "State", "Date",
        "Number of something", "Other number", "Price", "Speed"]
LSHT = ["农业、农村", "军事", "文化、休闲娱乐", "社会、劳动", "国际", "体育"]

# dataset, prediction, answers, all_classes, upstream score x100
UPSTREAM = [
    ('qasper', 'The answer is the Eiffel Tower.', ['Eiffel Tower', 'the tower in Paris'], None, 66.66666666666666),
    ('qasper', '', ['unanswerable'], None, 0.0),
    ('hotpotqa', 'an apple a day', ['The Apple'], None, 66.66666666666666),
    ('2wikimqa', 'Altuğ Çelikbilek', ['Altuğ Çelikbilek'], None, 100.0),
    ('narrativeqa', 'Café, naïve résumé!', ['cafe naive resume', 'Café naïve'], None, 80.0),
    ('musique', 'the the the', ['the'], None, 0.0),
    ('triviaqa', '\n\nParis\nFrance is the country', ['Paris', 'paris, france'], None, 100.0),
    ('triviaqa', 'France\nParis', ['Paris'], None, 0.0),
    ('multi_news', 'Police arrested protesters. The camp stays open.', ['Police arrested several protesters. The camp was given a reprieve.'], None, 58.823528927335644),
    ('gov_report', '', ['A report.'], None, 0.0),
    ('qmsum', '...', ['The team agreed.'], None, 0.0),
    ('samsum', '\nMia and Steven meet at 8.\nDialogue: more', ['Mia and Steven want to grab some Chinese at 8.'], None, 62.499999531250005),
    ('trec', 'Type: Number of something', ['Number of something'], TREC, 100.0),
    ('trec', 'Other number or Number of something', ['Other number'], TREC, 50.0),
    ('trec', 'Abbreviation Expression abbreviated', ['Expression abbreviated'], TREC, 50.0),
    ('trec', 'Description\nCity', ['City'], TREC, 0.0),
    ('trec', 'Country State City', ['City'], TREC, 33.33333333333333),
    ('passage_retrieval_en', 'Paragraph 12', ['Paragraph 12'], None, 100.0),
    ('passage_retrieval_en', 'Paragraph 3 or Paragraph 12', ['Paragraph 12'], None, 50.0),
    ('passage_retrieval_en', 'none', ['Paragraph 1'], None, 0.0),
    ('passage_count', 'There are 17 unique paragraphs.', [17], None, 100.0),
    ('passage_count', '12, 17, 17', [17], None, 66.66666666666666),
    ('lcc', '    return x + 1\n', ['    return x + 1'], None, 100.0),
    ('lcc', '```python\n# comment\nreturn x+1', ['return x + 1'], None, 91.0),
    ('repobench-p', '\n// c\nfoo(bar, baz)', ['foo(bar)'], None, 76.0),
    ('repobench-p', '# only comments', ['x = 1'], None, 0.0),
    ('lcc', '', [''], None, 100.0),
    ('lcc', 'self.assertEqual(len(result), 3) and then some long trailing text to pass two hundred characters of input for the autojunk heuristic of difflib that fuzzywuzzy inherits when python-Levenshtein is absent, yes indeed eeeeeee', ["self.assertEqual(len(results), 3) followed by another long trailing text of more than two hundred characters so difflib's autojunk kicks in for popular characters like e and spaces eeeeeeeeeeeeee"], None, 54.0),
    ('multifieldqa_zh', '他是一名中国足球运动员。', ['中国足球运动员', '足球'], None, 66.66666666666666),
    ('dureader', '北京是中国的首都，有很多名胜古迹。', ['北京是中华人民共和国的首都。'], None, 62.499999531250005),
    ('vcsum', '', ['会议讨论了预算。'], None, 0.0),
    ('lsht', '类别：体育\n军事', ['体育'], LSHT, 100.0),
    ('passage_retrieval_zh', '段落5', ['段落5'], None, 100.0),
    ('passage_retrieval_zh', '答案是段落5和段落6', ['段落6'], None, 50.0),
    ('trec', 'ab', ['ab'], ['a', 'b', 'ab'], 50.0),
    ('lsht', '', ['体育'], LSHT, 0.0),
]


@pytest.mark.parametrize("dataset,prediction,answers,all_classes,expected", UPSTREAM)
def test_metric_matches_upstream(dataset, prediction, answers, all_classes, expected):
    meta = {"all_classes": all_classes, "first_line": dataset in FIRST_LINE}
    assert score(DATASETS[dataset].metric, prediction, answers, meta) == pytest.approx(expected, abs=1e-9)


def test_every_dataset_metric_is_registered():
    for spec in DATASETS.values():
        assert spec.metric in SCORERS


def test_first_line_rule_only_where_upstream_applies_it():
    assert first_line("\n\nParis\nFrance") == "Paris"
    meta = {"first_line": False}
    assert score("longbench_qa_f1", "\nFrance\nParis", ["Paris"], meta) == pytest.approx(200 / 3)
    assert score("longbench_qa_f1", "\nFrance\nParis", ["Paris"], {"first_line": True}) == 0.0


def test_normalize_answer_is_squad_style():
    assert normalize_answer("  The Eiffel-Tower, an ICON! ") == "eiffeltower icon"


def test_classification_keeps_upstream_remove_while_iterating_quirk():
    # a correct filter would drop both "a" and "b" (1.0); upstream skips "b" after removing "a"
    assert classification("ab", "ab", ["a", "b", "ab"]) == 0.5


def test_fuzz_ratio_edge_cases_follow_fuzzywuzzy():
    assert fuzz_ratio("", "") == 100  # equal strings are checked before empty ones
    assert fuzz_ratio("", "x") == 0
    assert fuzz_ratio("abcd", "abce") == 75


@pytest.mark.parametrize("length,bucket", [(0, "0-4k"), (3999, "0-4k"), (4000, "4-8k"), (7999, "4-8k"), (8000, "8k+")])
def test_length_buckets_are_upstreams(length, bucket):
    assert length_bucket(length) == bucket


def test_e_results_report_the_score_in_its_bucket_only():
    doc = {
        "family": "longbench", "metric": "longbench_qa_f1", "answers": ["Paris"], "meta": '{"length": 5000}',
        "evidence_recall": math.nan, "answer_recall": 1.0, "skipped_records": 0,
        "kept_tokens": 10, "kept_fraction": 1.0, "selection_ms": 0.1, "truncated": False,
    }
    metrics = process_results_e(doc, ["Paris"])
    assert metrics["score"] == metrics["score_4-8k"] == 100.0
    assert math.isnan(metrics["score_0-4k"]) and math.isnan(metrics["score_8k+"])
