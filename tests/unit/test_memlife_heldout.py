"""The held-out memory-lifecycle families (memlife_v2 to memlife_v35) are wired like every family: group, oracle, CLI, errors.

The independently written ones (memlife_v3 to memlife_v35) also share checks of their samples: determinism,
answers written in the context, evidence of what each kind promises, variety, the 4K fit, evidence that no
fixed word finds; and, for the families that promise it, the twin in every sample, look-alikes beside the asked
holder, key kinds taken in turn, every aside used. The families that draw holders and values through a ``Draw``
and render with the others a record lists (memlife_v11 to memlife_v13, memlife_v15 to memlife_v35) share checks of those too. A family's
own test file holds only what is its own.
"""

import importlib
import json
import random
import re
import string
from collections import Counter

import pytest

from lceval.cli import main
from lceval.errors import LcevalError
from lceval.harness import select_docs
from lceval.metrics import score
from lceval.settings import TaskSettings
from lceval.sources import memlife
from lceval.task_index import expand, resolve
from lceval.tokenization import count_tokens, load_tokenizer

from helpers_memlife import PER_KIND, READER, SEEDS, family_samples, rendered_decisions

HELD_OUT = ("memlife_v2", "memlife_v3", "memlife_v4", "memlife_v5", "memlife_v6", "memlife_v7", "memlife_v8", "memlife_v9", "memlife_v10", "memlife_v11", "memlife_v12", "memlife_v13", "memlife_v14", "memlife_v15", "memlife_v16", "memlife_v17", "memlife_v18", "memlife_v19", "memlife_v20", "memlife_v21", "memlife_v22", "memlife_v23", "memlife_v24", "memlife_v25", "memlife_v26", "memlife_v27", "memlife_v28", "memlife_v29", "memlife_v30", "memlife_v31", "memlife_v32", "memlife_v33", "memlife_v34", "memlife_v35")
WITHDRAWN_LABELS = {"memlife_v3": ["cancelled write", "withdrawal"], "memlife_v4": ["withdrawn write", "withdrawal"],
                    "memlife_v5": ["withdrawn write", "withdrawal"], "memlife_v6": ["withdrawn write", "withdrawal"],
                    "memlife_v7": ["withdrawn write", "withdrawal"], "memlife_v8": ["withdrawn write", "withdrawal"], "memlife_v9": ["withdrawn write", "withdrawal"],
                    "memlife_v10": ["withdrawn write", "withdrawal"], "memlife_v11": ["withdrawn write", "withdrawal"],
                    "memlife_v12": ["withdrawn write", "withdrawal"], "memlife_v13": ["withdrawn write", "withdrawal"],
                    "memlife_v14": ["withdrawn write", "withdrawal"],
                    "memlife_v15": ["withdrawn write", "withdrawal"],
                    "memlife_v16": ["withdrawn write", "withdrawal"],
                    "memlife_v17": ["withdrawn write", "withdrawal"],
                    "memlife_v18": ["withdrawn write", "withdrawal"],
                    "memlife_v19": ["withdrawn write", "withdrawal"],
                    "memlife_v20": ["withdrawn write", "withdrawal"],
                    "memlife_v21": ["withdrawn write", "withdrawal"],
                    "memlife_v22": ["withdrawn write", "withdrawal"],
                    "memlife_v23": ["withdrawn write", "withdrawal"],
                    "memlife_v24": ["withdrawn write", "withdrawal"],
                    "memlife_v25": ["withdrawn write", "withdrawal"],
                    "memlife_v26": ["withdrawn write", "withdrawal"],
                    "memlife_v27": ["withdrawn write", "withdrawal"],
                    "memlife_v28": ["withdrawn write", "withdrawal"],
                    "memlife_v29": ["withdrawn write", "withdrawal"],
                    "memlife_v30": ["withdrawn write", "withdrawal"],
                    "memlife_v31": ["withdrawn write", "withdrawal"],
                    "memlife_v32": ["withdrawn write", "withdrawal"],
                    "memlife_v33": ["withdrawn write", "withdrawal"],
                    "memlife_v34": ["withdrawn write", "withdrawal"],
                    "memlife_v35": ["withdrawn write", "withdrawal"]}
# memlife_v3's version samples spread up to six writes over the haystack: their evidence can need more than 512 tokens.
WIDER_THAN_512 = {"memlife_v3": {"version"}}
# From memlife_v6 on, every sample names the twin (with values of its own) and a distractor's look-alikes stand beside
# the asked holder; from memlife_v7 on, consecutive samples take the key kinds in turn (memlife_common.kinds_in_turn).
TWIN_IN_EVERY_SAMPLE = ("memlife_v6", "memlife_v7", "memlife_v8", "memlife_v9", "memlife_v10", "memlife_v11", "memlife_v12", "memlife_v13", "memlife_v15", "memlife_v16", "memlife_v17", "memlife_v18", "memlife_v19", "memlife_v20", "memlife_v21", "memlife_v22", "memlife_v23", "memlife_v24", "memlife_v25", "memlife_v26", "memlife_v27", "memlife_v28", "memlife_v29", "memlife_v30", "memlife_v31", "memlife_v32", "memlife_v33", "memlife_v34", "memlife_v35")
KINDS_IN_TURN = TWIN_IN_EVERY_SAMPLE[1:]
# The asides (values told in passing) in a family's wording: the name of their dict, and an aside's wordings.
ASIDES = {"memlife_v11": ("PASSING", lambda aside: aside[1]), "memlife_v12": ("ASIDES", lambda aside: aside.wordings),
          "memlife_v13": ("PASSING", lambda aside: aside[1])}
# Families whose key kinds draw (holder, twin) pairs: the kind's method, how many distinct values a test draws with each
# pair (0: none), whether the twin is one character from the holder, whether no value falls inside either name.
PAIRS = {"memlife_v4": ("pairs", 0, False, False), "memlife_v5": ("pairs", 6, False, False), "memlife_v6": ("pairs", 8, True, False),
         "memlife_v7": ("pairs", 14, True, True), "memlife_v10": ("pair", 12, False, False)}
# Families whose ``Draw(kind, rng)`` gives key, twin, other() and values(n), rendered by render(event, rng, others):
# (trials, most characters the twin differs by, other holders a test draws, whether others are kept far from every name).
DRAWS = {"memlife_v11": (30, 1, 4, False), "memlife_v12": (40, 2, 20, False), "memlife_v13": (30, 1, 4, True),
         "memlife_v15": (30, 1, 25, True), "memlife_v16": (30, 1, 25, True), "memlife_v17": (30, 1, 25, True),
         "memlife_v18": (30, 1, 25, True), "memlife_v19": (30, 1, 25, True),
         "memlife_v20": (30, 1, 25, True), "memlife_v21": (30, 1, 25, True),
         "memlife_v22": (30, 1, 25, True), "memlife_v23": (30, 1, 25, True),
         "memlife_v24": (30, 1, 25, True), "memlife_v25": (30, 1, 25, True),
         "memlife_v26": (30, 1, 25, True), "memlife_v27": (30, 1, 25, True),
         "memlife_v28": (30, 1, 25, True), "memlife_v29": (30, 1, 25, True),
         "memlife_v30": (30, 1, 25, True),
         "memlife_v31": (30, 1, 25, True),
         "memlife_v32": (30, 1, 25, True),
         "memlife_v33": (30, 1, 25, True),
         "memlife_v34": (30, 1, 25, True),
         "memlife_v35": (30, 1, 25, True)}
# (rounds of each role that reach every format, whether the deciding sentence is a whole line of its document).
ROUNDS = {"memlife_v11": (60, False), "memlife_v12": (60, True), "memlife_v13": (80, False), "memlife_v15": (80, False), "memlife_v16": (80, False),
          "memlife_v17": (80, False), "memlife_v18": (80, False), "memlife_v19": (80, False), "memlife_v20": (80, False),
          "memlife_v21": (80, False), "memlife_v22": (80, False), "memlife_v23": (80, False),
          "memlife_v24": (80, False), "memlife_v25": (80, False),
          "memlife_v26": (80, False), "memlife_v27": (80, False),
          "memlife_v28": (80, False), "memlife_v29": (80, False),
          "memlife_v30": (80, False),
          "memlife_v31": (80, False),
          "memlife_v32": (80, False),
          "memlife_v33": (80, False),
          "memlife_v34": (80, False),
          "memlife_v35": (80, False)}
# Families whose aside names the value once, in a sentence set off by spaces.
ASIDE_SENTENCE_APART = ("memlife_v12",)
# Families some of whose replacements name only the new value (the old one is in the write before).
OLD_VALUE_SOMETIMES_UNNAMED = ("memlife_v23", "memlife_v24", "memlife_v25", "memlife_v26", "memlife_v27", "memlife_v28", "memlife_v29", "memlife_v30", "memlife_v31", "memlife_v32", "memlife_v33", "memlife_v34", "memlife_v35")


@pytest.mark.parametrize("family", HELD_OUT)
def test_tasks_are_wired_as_a_family_with_a_group_and_oracle_keeps_the_evidence(family, data_dir):
    source = importlib.import_module(f"lceval.sources.{family}")
    assert [resolve(n) for n in expand([f"lceval_{family}"])] == [(family, t) for t in source.TASKS]
    for task in ("version", "discard"):  # several deciding spans; a withdrawal in one sample of two
        settings = TaskSettings.from_kwargs(family, task, tokenizer=READER, num_samples=2, seed=7, selector="oracle", budget=512)
        docs = select_docs(settings)
        assert len(docs) == 2 and all(d["evidence_recall"] == 1.0 and d["family"] == family for d in docs)


@pytest.mark.parametrize("family", HELD_OUT)
def test_generate_command_writes_the_samples(family, tmp_path, data_dir):
    out = tmp_path / "x.jsonl"
    assert main(["generate", f"lceval_{family}_version", "--num-samples", "3", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 3 and all(r["metric"] == "memlife_exact" and r["evidence"] for r in rows)


@pytest.mark.parametrize("family", HELD_OUT)
def test_unknown_task_names_the_known_ones(family):
    with pytest.raises(LcevalError, match="discard"):
        importlib.import_module(f"lceval.sources.{family}").generate("discrad", tokenizer=READER)


@pytest.fixture(scope="module", params=sorted(SEEDS))
def written(request, data_dir):
    """(source module, seed, {task: samples}) of one independently written family."""
    return importlib.import_module(f"lceval.sources.{request.param}"), SEEDS[request.param], family_samples(request.param)


def test_answers_follow_from_the_recorded_values(written):
    """From memlife_v6 on, a sample records its key's values in order: the answer is the one its kind asks for."""
    source, _, samples = written
    if "values" not in samples["discard"][0].meta:
        pytest.skip(f"{source.__name__} does not record every kind's values")
    for s in samples["version"]:
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]] and all(v in s.context for v in s.meta["values"])
        assert s.meta["asked"] != "previous" or s.meta["k"] == s.meta["writes"] - 1
    for s in samples["overwrite"]:
        assert s.answers == [s.meta["values"][-1]] and all(v in s.context for v in s.meta["values"])
    for s in samples["discard"]:
        if not s.meta["withdrawn"]:  # the twin's value was the one withdrawn; the asked one stands
            assert s.answers == s.meta["values"][-1:] and s.answers[0] != s.meta["cancelled_value"]
        else:
            assert s.answers == [memlife.NO_LONGER_VALID]
    for s in samples["distractor"] + samples["nowrite"]:
        assert s.answers == s.meta["values"]


def test_oracle_keeps_all_evidence_of_every_kind_at_a_512_token_budget(written):
    source, seed, _ = written
    family = source.__name__.rsplit(".", 1)[1]
    for task in set(source.TASKS) - WIDER_THAN_512.get(family, set()):
        settings = TaskSettings.from_kwargs(family, task, tokenizer=READER, num_samples=3, seed=seed, selector="oracle", budget=512)
        assert [d["evidence_recall"] for d in select_docs(settings)] == [1.0] * 3, task


def test_samples_are_deterministic_and_independent_of_the_sample_count(written):
    source, seed, samples = written
    tok = load_tokenizer(READER)
    for task in source.TASKS:
        assert source.sample(task, 5, seed=seed, tokenizer=tok).to_dict() == samples[task][5].to_dict()
    assert source.sample("version", 5, seed=seed + 1, tokenizer=tok).context != samples["version"][5].context


def test_answers_are_in_the_context_as_written_and_score_full_marks(written):
    source, _, samples = written
    for task, rows in samples.items():
        for s in rows:
            assert s.evidence, (task, s.index)
            if s.answers != [source.NO_LONGER_VALID]:
                assert s.answers[0] in s.context, (task, s.index)
            assert score("memlife_exact", f" {s.answers[0]}.\n", s.answers, s.meta) == 100.0


def test_evidence_holds_the_answer_or_the_withdrawal_and_the_withdrawn_write(written):
    source, _, samples = written
    for task, rows in samples.items():
        for s in rows:
            texts = s.evidence_texts()
            assert all(s.meta["key"] in t for t in texts), (task, s.index, texts)  # every deciding line names the asked key
            if s.answers == [source.NO_LONGER_VALID]:
                assert [e.label for e in s.evidence] == WITHDRAWN_LABELS[source.__name__.rsplit(".", 1)[1]]
                assert s.meta["cancelled_value"] in texts[0]
            elif task == "version":
                assert s.answers[0] in texts[0 if s.meta["asked"] == "previous" else -1]
            else:
                assert len(texts) == 1 and s.answers[0] in texts[0], (task, s.index, texts)


def test_each_kind_asks_what_it_promises(written):
    samples = written[2]
    assert {s.meta["asked"] for s in samples["version"]} == {"first", "kth", "previous"}
    for s in samples["version"]:
        assert len(s.evidence) == {"first": 1, "previous": 2, "kth": s.meta["k"]}[s.meta["asked"]]
    assert Counter(s.meta["withdrawn"] for s in samples["discard"]) == {True: PER_KIND // 2, False: PER_KIND // 2}
    for s in samples["discard"]:
        assert s.meta["cancelled_value"] in s.context
    for s in samples["distractor"]:  # look-alikes are in the text, never in the evidence
        assert len(s.meta["lookalike_values"]) >= 4
        assert all(v in s.context and not any(v in t for t in s.evidence_texts()) for v in s.meta["lookalike_values"])
    for s in samples["overwrite"]:
        assert 2 <= s.meta["writes"] <= 6 and len(s.evidence) == 1


def test_every_kind_uses_several_formats_and_key_kinds(written):
    for task, rows in written[2].items():
        evidence_formats = {f for s in rows for f in s.meta["evidence_formats"]}
        assert len(evidence_formats) >= 3 and len({f for s in rows for f in s.meta["formats"]}) >= 6, (task, evidence_formats)
        assert len({s.meta["key_kind"] for s in rows}) >= 4
        assert len({s.question for s in rows}) == len(rows)


@pytest.mark.parametrize("family", sorted(SEEDS))
def test_withdrawn_answer_is_the_memlife_convention(family):
    assert importlib.import_module(f"lceval.sources.{family}").NO_LONGER_VALID == memlife.NO_LONGER_VALID


def test_prompts_plus_the_answer_fill_the_4k_budget_of_the_reader_tokenizer(written):
    tok = load_tokenizer(READER)
    every = [s for rows in written[2].values() for s in rows]
    counted = [count_tokens(tok, s.prompt() + s.answer_prefix) for s in every]
    assert counted == [s.meta["prompt_tokens"] for s in every]
    assert {s.max_new_tokens for s in every} == {32}
    assert 4096 * 0.98 <= min(counted) + 32 and max(counted) + 32 <= 4096


def test_no_word_is_shared_by_every_deciding_statement_of_a_kind(written):
    """No fixed word finds the evidence: the deciding statements of a kind share no word."""
    for task, rows in written[2].items():
        words = [set(t.lower().replace(",", " ").split()) for s in rows for t in s.evidence_texts()]
        assert not set.intersection(*words), (task, set.intersection(*words))


def test_evidence_spans_are_whole_lines_or_whole_sentences(written):
    source, _, samples = written
    if source.__name__.endswith("memlife_v3"):
        pytest.skip("memlife_v3's evidence may be a sentence inside a line of its record")
    for task, rows in samples.items():
        for s in rows:
            for e in s.evidence:
                text = s.context[e.start:e.end]
                assert "\n" not in text and s.context[e.start - 1] in "\n " and s.context[e.end] in "\n ", (source.__name__, task, s.index, text)


@pytest.mark.parametrize("family", sorted(SEEDS))
def test_lm_eval_loads_the_group_and_builds_its_documents(family, data_dir, tmp_path, monkeypatch):
    from pathlib import Path

    from lm_eval.tasks import TaskManager

    source = importlib.import_module(f"lceval.sources.{family}")
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path))
    tasks_dir = Path(__file__).resolve().parents[2] / "lceval" / "tasks"
    manager = TaskManager(include_path=str(tasks_dir), include_defaults=False, metadata={"pretrained": READER, "num_samples": 2})
    loaded = manager.load([f"lceval_{family}"])["tasks"]
    assert {f"lceval_{family}_{t}" for t in source.TASKS} <= set(loaded)
    docs = list(loaded[f"lceval_{family}_discard"].test_docs())
    assert len(docs) == 2 and docs[0]["target"] == source.NO_LONGER_VALID


@pytest.mark.parametrize("written", TWIN_IN_EVERY_SAMPLE, indirect=True)
def test_the_twin_is_in_every_sample_and_no_deciding_line_names_it(written):
    for task, rows in written[2].items():
        for s in rows:
            assert s.meta["twin"] in s.context and all(v in s.context for v in s.meta.get("twin_values", ())), (task, s.index)
            assert not any(s.meta["twin"] in t for t in s.evidence_texts()), (task, s.index)


@pytest.mark.parametrize("written", TWIN_IN_EVERY_SAMPLE, indirect=True)
def test_look_alikes_name_the_asked_holder_and_the_twin_value_names_the_twin(written):
    for s in written[2]["distractor"]:
        lines = s.context.split("\n")
        *lookalikes, twin_value = s.meta["lookalike_values"]
        assert all(any(v in line and s.meta["key"] in line for line in lines) for v in lookalikes), s.index
        assert any(twin_value in line and s.meta["twin"] in line for line in lines), s.index


@pytest.mark.parametrize("written", KINDS_IN_TURN, indirect=True)
def test_consecutive_samples_take_the_key_kinds_in_turn(written):
    source, _, samples = written
    kinds = [k.name for k in importlib.import_module(f"{source.__name__}.keys").KINDS]
    for task, rows in samples.items():
        names = [s.meta["key_kind"] for s in rows]
        start = kinds.index(names[0])
        assert names == [kinds[(start + s.index) % len(kinds)] for s in rows], task


@pytest.mark.parametrize("written", sorted(ASIDES), indirect=True)
def test_values_told_in_passing_come_in_every_kind_of_aside(written):
    source, _, samples = written
    asides = getattr(importlib.import_module(f"{source.__name__}.wording"), ASIDES[source.__name__.rsplit(".", 1)[1]][0])
    assert {f for s in samples["nowrite"] for f in s.meta["evidence_formats"]} == set(asides)


@pytest.mark.parametrize("family", sorted(PAIRS))
def test_twins_never_contain_each_other_and_values_never_contain_each_other(family):
    method, n_values, one_apart, values_apart = PAIRS[family]
    keys = importlib.import_module(f"lceval.sources.{family}.keys")
    rng = random.Random(0)
    for kind in keys.KINDS:
        for _ in range(30):
            key, twin = getattr(kind, method)(rng)
            assert key != twin and key not in twin and twin not in key, (key, twin)
            assert not one_apart or len(key) == len(twin) and sum(a != b for a, b in zip(key, twin)) == 1, (key, twin)
            if n_values:
                values = keys.distinct_values(kind, rng, n_values)
                assert all(a == b or a not in b for a in values for b in values), values
                assert not values_apart or not any(v in key or v in twin for v in values), (key, values)


def _drawing(family: str):
    """(KINDS, Draw, Event, render, SENTENCE_FORMATS + RECORD_FORMATS) of a family that draws through a ``Draw``."""
    keys = importlib.import_module(f"lceval.sources.{family}.keys")
    documents = importlib.import_module(f"lceval.sources.{family}.documents")
    return keys.KINDS, keys.Draw, documents.Event, documents.render, documents.SENTENCE_FORMATS + documents.RECORD_FORMATS


@pytest.mark.parametrize("family", sorted(DRAWS))
def test_a_draws_twin_is_near_and_no_name_or_value_contains_another(family):
    trials, apart, others, far = DRAWS[family]
    kinds, draw_of = _drawing(family)[:2]
    rng = random.Random(0)
    for kind in kinds:
        for _ in range(trials):
            draw = draw_of(kind, rng)
            key, twin = draw.key, draw.twin
            assert len(key) == len(twin) and 1 <= sum(a != b for a, b in zip(key, twin)) <= apart, (key, twin)
            names = [key, twin, *(draw.other()[0] for _ in range(others))]  # as many as the family's longest sample lists
            assert len(set(names)) == len(names) and all(a == b or a not in b for a in names for b in names), names
            if far:  # the others are not near twins of any name either
                assert all(len(o) != len(n) or sum(a != b for a, b in zip(o, n)) > 2 for o in names[2:] for n in names if o != n), names
            values = draw.values(8)
            assert len(set(values)) == 8 and all(a == b or a not in b for a in values for b in values), values
            assert not any(v in n for v in values for n in names), (names, values)


@pytest.mark.parametrize("family", sorted(ROUNDS))
def test_every_role_renders_holder_and_value_on_one_deciding_line_in_every_format(family):
    kinds, draw_of, event, render, formats = _drawing(family)
    rounds, whole_line = ROUNDS[family]
    rng = random.Random(1)
    for kind in kinds:
        seen = set()
        for role in ("give", "change", "take_back"):
            for _ in range(rounds):
                draw = draw_of(kind, rng)
                doc = render(event(role, kind, draw.key, "V1", old="V0", label="x"), rng, [draw.other() for _ in range(rng.randint(0, 2))])
                (start, end, _), = doc.spans
                line = doc.text[start:end]
                assert "\n" not in line and draw.key in line and "V1" in line, (role, doc.fmt, doc.text)
                assert role != "change" or "V0" in line or family in OLD_VALUE_SOMETIMES_UNNAMED, (doc.fmt, line)
                assert not whole_line or doc.text[start - 1:start] in ("", "\n") and doc.text[end:end + 1] in ("", "\n"), (doc.fmt, doc.text)
                seen.add(doc.fmt)
        assert seen == set(formats)


@pytest.mark.parametrize("family", sorted(ASIDES))
def test_look_alikes_and_asides_render_as_promised(family):
    kinds, draw_of, event, render, _ = _drawing(family)
    sentence_formats = importlib.import_module(f"lceval.sources.{family}.documents").SENTENCE_FORMATS
    wording = importlib.import_module(f"lceval.sources.{family}.wording")
    name, wordings = ASIDES[family]
    rng = random.Random(2)
    for kind in kinds:
        draw = draw_of(kind, rng)
        for template in wording.LOOKALIKES:
            doc = render(event("lookalike", kind, draw.key, "V1", template=template), rng, [])
            assert draw.key in doc.text and "V1" in doc.text and not doc.spans and doc.fmt in sentence_formats
        for aside, told in getattr(wording, name).items():
            for variant in range(len(wordings(told))):
                doc = render(event("passing", kind, draw.key, "V1", label="x", template=aside, variant=variant), rng, [])
                (start, end, _), = doc.spans
                assert doc.fmt == aside and draw.key in doc.text[start:end] and "V1" in doc.text[start:end]
                if family in ASIDE_SENTENCE_APART:
                    assert doc.text.count("V1") == 1 and doc.text[start - 1] in " \n" and doc.text[end] == " "


# Families laid out as memlife_v17 is (its structure was the template later authors were shown, never its wording):
# asides.ASIDES (genre -> (_, two wordings)), wording's question tables, documents.Event(role, kind, holder, value,
# label=, template=, variant=) rendered by documents.render, and kinds.PLANS over seven key kinds.
LAID_OUT_AS_V17 = ("memlife_v17", "memlife_v18", "memlife_v19", "memlife_v20", "memlife_v21", "memlife_v22", "memlife_v23", "memlife_v24", "memlife_v25", "memlife_v26", "memlife_v27", "memlife_v28", "memlife_v29", "memlife_v30", "memlife_v31", "memlife_v32", "memlife_v33", "memlife_v34", "memlife_v35")


def _parts(family):
    return (importlib.import_module(f"lceval.sources.{family}"),
            *(importlib.import_module(f"lceval.sources.{family}.{part}") for part in ("asides", "documents", "keys", "kinds", "wording")))


@pytest.mark.parametrize("family", LAID_OUT_AS_V17)
def test_strangers_drawn_after_the_values_never_hold_one(family):
    """A stranger drawn after the values (as ``with_a_stranger`` does) neither names nor holds any of them."""
    keys = _parts(family)[3]
    rng = random.Random(5)
    for kind in keys.KINDS:
        for _ in range(20):
            draw = keys.Draw(kind, rng)
            values = draw.values(8)
            others = [draw.other() for _ in range(6)]
            values += [v for _, v in others]
            assert not any(v in n or n in v for v in values for n, _ in others)


@pytest.mark.parametrize("family", LAID_OUT_AS_V17)
def test_every_aside_wording_tells_holder_and_value_in_one_sentence_set_apart(family):
    _, asides, documents, keys, _, _ = _parts(family)
    rng = random.Random(8)
    for kind in keys.KINDS:
        draw = keys.Draw(kind, rng)
        for genre, (_, wordings) in asides.ASIDES.items():
            assert len(wordings) == 2
            for variant in (0, 1):
                event = documents.Event("passing", kind, draw.key, "VAL", label="told in passing", template=genre, variant=variant)
                doc = documents.render(event, rng, [])
                (start, end, label), = doc.spans
                told = doc.text[start:end]
                assert doc.fmt == genre and label == "told in passing" and draw.key in told and "VAL" in told
                assert doc.text.count("VAL") == 1 and doc.text[start - 1] == " " and doc.text[end] == " "


@pytest.mark.parametrize("family", LAID_OUT_AS_V17)
def test_each_question_has_several_phrasings_all_used(family):
    source, _, _, keys, kinds, wording = _parts(family)
    tables = [wording.CURRENT, wording.FIRST, wording.KTH, wording.PREVIOUS, wording.IN_PASSING, wording.GENUINE]
    assert all(len(set(t)) >= 4 for t in tables)
    fields = lambda t: {f for _, f, _, _ in string.Formatter().parse(t) if f}
    assert all(fields(t) <= {"thing", "role", "k", "ordinal"} and {"thing", "role"} <= fields(t) for table in tables for t in table)
    rng = random.Random(9)
    asked = Counter()
    for index in range(150):
        draw = keys.Draw(keys.KINDS[index % len(keys.KINDS)], rng)
        for task in source.TASKS:
            asked[kinds.PLANS[task](draw, rng, index).question.replace(draw.kind.thing(draw.key), "{thing}")] += 1
    for table in tables:
        for template in table:
            pattern = re.escape(template)
            for field in ("thing", "role", "ordinal", "k"):
                pattern = pattern.replace(re.escape("{" + field + "}"), ".*")
            assert any(re.fullmatch(pattern, q) for q in asked), template


@pytest.mark.parametrize("family", LAID_OUT_AS_V17)
def test_samples_use_every_format_and_genre_and_state_a_distractors_value_once(family):
    source, asides, documents, _, _, _ = _parts(family)
    samples = family_samples(family)
    used = {f for rows in samples.values() for s in rows for f in s.meta["formats"]}
    assert set(documents.RECORD_FORMATS + documents.SENTENCE_FORMATS) <= used
    assert all(f'"{source.NO_LONGER_VALID}"' in s.template for rows in samples.values() for s in rows)
    assert len(asides.ASIDES) >= 5
    assert {f for s in samples["nowrite"] for f in s.meta["evidence_formats"]} == set(asides.ASIDES)
    for s in samples["distractor"]:
        assert s.context.count(s.answers[0]) == 1, s.index
        assert len(s.meta["lookalikes"]) == len(s.meta["lookalike_values"]) - 1


@pytest.mark.parametrize("family", LAID_OUT_AS_V17)
def test_unlabelled_events_decide_nothing(family):
    """An event with no label (the twin's, another holder's) renders with no evidence span, in every kind and role."""
    kinds, draw_of, event, render, _ = _drawing(family)
    rng = random.Random(10)
    for kind in kinds:
        for role in ("give", "change", "take_back"):
            for _ in range(30):
                draw = draw_of(kind, rng)
                assert not render(event(role, kind, draw.twin, "V", old="W"), rng, [draw.other()]).spans


# The families laid out as memlife_v24 (keys with a fixed prefix and a twin class, formats split into records and prose,
# question tables by what they ask) share these checks; each family's own file keeps what its author promised beyond them.
LAID_OUT_AS_V24 = {"memlife_v24": {"hive", "kennel"}, "memlife_v25": {"robe_hook", "puppet_peg", "signal_lever"},
                   "memlife_v26": {"stall", "booth", "pick_bin"}, "memlife_v27": {"boat_rack", "nest_box", "siding"},
                   "memlife_v28": {"allotment_plot", "aquarium_tank", "aircraft_stand"},
                   "memlife_v29": {"canal_mooring", "film_vault", "bike_dock"},
                   "memlife_v30": {"circus_wagon", "glasshouse_bay", "ferry_lane"},
                   "memlife_v31": {"cellar_bin", "herbarium_cabinet", "ferry_lane"},
                   "memlife_v32": {"opera_box", "cable_car_cabin", "foundry_mould"},
                   "memlife_v33": {"type_case", "sled_team", "borehole"},
                   "memlife_v34": {"weathervane", "type_case", "archery_butt"},
                   "memlife_v35": {"scarecrow_post", "mosaic_panel", "telegraph_pole"}}


@pytest.mark.parametrize("family", LAID_OUT_AS_V24)
def test_a_twin_differs_by_one_character_of_its_class_after_the_fixed_prefix(family):
    keys = _parts(family)[3]
    rng = random.Random(4)
    for kind in keys.KINDS:
        for _ in range(80):
            draw = keys.Draw(kind, rng)
            (at, a, b), = [(i, x, y) for i, (x, y) in enumerate(zip(draw.key, draw.twin)) if x != y]
            assert a in kind.swaps and b in kind.swaps and at >= kind.prefix, (draw.key, draw.twin)
    assert {k.name for k in keys.KINDS if k.swaps == keys.LETTERS} == LAID_OUT_AS_V24[family]  # the rest swap a digit


@pytest.mark.parametrize("family", LAID_OUT_AS_V24)
def test_every_format_decides_with_one_entry_naming_holder_and_value_and_most_changes_name_the_old_value(family):
    documents = _parts(family)[2]
    seen, old_named = Counter(), Counter()
    for role, doc, start, end in rendered_decisions(family, 70):
        line = doc.text[start:end]
        if doc.fmt in documents.RECORD_FORMATS:  # a whole line, never the first
            assert start > 0 and doc.text[start - 1] == "\n" and doc.text[end:end + 1] in ("", "\n"), (doc.fmt, doc.text)
        else:  # one statement inside a paragraph, with a sentence before and after it
            assert doc.text[start - 2:start] in (". ", "? ", "! ") and doc.text[end] == " " and line[-1] in ".!", (doc.fmt, doc.text)
        seen[doc.fmt, role] += 1
        if role == "change":
            old_named["OLDVAL" in line] += 1
    formats = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
    assert len(documents.RECORD_FORMATS) == 7 and len(documents.SENTENCE_FORMATS) == 6
    assert {f for f, _ in seen} == set(formats) and len(seen) == 3 * len(formats)  # every role reaches every format
    assert old_named[True] > 1.5 * old_named[False] > 0, old_named


@pytest.mark.parametrize("family", LAID_OUT_AS_V24)
def test_questions_are_phrased_several_ways_and_no_phrasing_serves_two_questions(family):
    wording = _parts(family)[5]
    tables = [wording.CURRENT, wording.FIRST, wording.KTH, wording.PREVIOUS, wording.IN_PASSING, wording.GENUINE]
    every = [t for table in tables for t in table]
    assert all(len(set(t)) >= 6 for t in tables) and len(set(every)) == len(every)
    assert not any(t.startswith("{") for t in every)  # every question opens on a word, never on the holder
    assert sum("{ordinal}" in t for t in wording.KTH) >= 3 and sum("{k}" in t and "{ordinal}" not in t for t in wording.KTH) >= 3
    assert all(wording.ORDINALS[k] for k in (2, 3))
    for table in (wording.PREVIOUS, wording.FIRST):  # asked without a fixed word
        assert not set.intersection(*(set(re.findall(r"[a-z-]+", re.sub(r"\{\w+\}", " ", t.lower()))) for t in table))
