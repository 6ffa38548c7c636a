import json

import pytest

from lceval.cli import main


def test_selectors_lists_registered_selectors_and_presets(capsys):
    assert main(["selectors", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert {"full", "bm25", "oracle", "bm25-saturated"} <= set(rows)
    assert rows["bm25"]["params"] == {"k1": 1.5, "b": 0.75}


def test_generate_writes_jsonl(tiny_model, tmp_path, data_dir):
    out = tmp_path / "vt.jsonl"
    args = ["generate", "lceval_ruler_vt", "--tokenizer", str(tiny_model), "--num-samples", "2", "--max-seq-length", "1024", "--out", str(out)]
    assert main(args) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 2 and all(r["evidence"] and r["answers"] for r in rows)


def test_select_shows_kept_chunks_and_the_verdict(tiny_model, capsys, data_dir):
    args = ["select", "lceval_ruler_niah_single_1", "--tokenizer", str(tiny_model), "--max-seq-length", "1024", "--budget", "256"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "budget 256 tokens" in out and "evidence" in out


@pytest.mark.parametrize(
    "args,message",
    [
        (["select", "lceval_ruler_niah_singel_1", "--tokenizer", "x"], "Did you mean 'lceval_ruler_niah_single_1'"),
        (["select", "lceval_ruler_vt", "--selector", "bm52"], "Did you mean 'bm25'"),
        (["select", "lceval_ruler_vt", "--budget", "1.5"], "fractional budget"),
        (["select", "lceval_ruler_vt", "--chunk-tokens", "0"], "chunk_tokens"),
    ],
)
def test_user_mistakes_are_one_line_errors_with_exit_code_2(tiny_model, capsys, args, message):
    if "--tokenizer" not in args:
        args = [*args, "--tokenizer", str(tiny_model)]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and message in err and "\n" not in err
