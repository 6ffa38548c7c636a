"""Prompt lengths per task under both length fits, with a chat template: `python bench/bench_lengths.py [-n 20]`.

For the built-in reader's tokenizer with a Llama-3-style chat template added
(``lceval.chat_templates``), every RULER and memlife task is generated at
4,096 tokens with ``chat_template: true`` under ``length_fit`` upstream and
tight. Printed per task: the tokens the model receives (the prompt as lm-eval
renders it with ``--apply_chat_template``, answer prefix and BOS included)
min / median / max, and how many prompts lm-eval would cut (prompt + tokens to
generate over ``max_length`` = 4,096; must be 0). The last column is what the
same chat run would cut had the template not been declared (the samples fitted
on the plain prompt). Needs $LCEVAL_DATA_DIR (or internet) for the data files.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lceval.errors import ArgumentParser, run_entry_point

READER = Path(__file__).resolve().parents[1] / "models" / "lceval-reader"
MAX_LENGTH = 4096


def lengths(family: str, task: str, tokenizer: str, render, num_samples: int, **settings) -> list[tuple[int, int]]:
    """(tokens the model receives, tokens to generate) per sample, rendered with ``render``."""
    from lceval.sources import memlife, ruler

    module = ruler if family == "ruler" else memlife
    samples = module.generate(task, num_samples=num_samples, tokenizer=tokenizer, max_seq_length=MAX_LENGTH, **settings)
    return [(render.count(s.prompt(), s.answer_prefix), s.max_new_tokens) for s in samples]


# Upstream RULER's own Llama-3 chat form (scripts/data/template.py "meta-llama3"): the answer prefix follows verbatim.
UPSTREAM_LLAMA3 = "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n{task_template}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
CWE_QUESTION = "Below is a numbered list"


def upstream_form(sample) -> str:
    """The sample as upstream's prepare.py formats it for a Llama-3 model (cwe: its example a templated turn too)."""
    prompt = sample.prompt()
    if sample.task == "cwe":  # upstream formats the example with the full model template, then the question again
        cut = prompt.rindex(CWE_QUESTION)
        example, _, answer = prompt[:cut].rstrip("\n").rpartition(sample.answer_prefix)
        head = UPSTREAM_LLAMA3.format(task_template=example) + sample.answer_prefix + answer + "\n"
        return head + UPSTREAM_LLAMA3.format(task_template=prompt[cut:]) + sample.answer_prefix
    return UPSTREAM_LLAMA3.format(task_template=prompt) + sample.answer_prefix


def summary(rows: list[tuple[int, int]]) -> tuple[str, int]:
    tokens = [t for t, _ in rows]
    cut = sum(t + g > MAX_LENGTH for t, g in rows)
    return f"{min(tokens):,} / {statistics.median(tokens):,.0f} / {max(tokens):,}", cut


def main(argv: list[str] | None = None) -> None:
    parser = ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--num-samples", type=int, default=20)
    args = parser.parse_args(argv)
    from lceval.chat_templates import add_chat_template
    from lceval.rendering import PromptRender, resolve_chat_template
    from lceval.sources import memlife, ruler
    from lceval.tokenization import load_tokenizer

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["LCEVAL_CACHE_DIR"] = str(Path(tmp) / "cache")
        tokenizer = str(add_chat_template(READER, Path(tmp) / "reader-chat"))
        tok = load_tokenizer(tokenizer)
        chat = PromptRender(tok, resolve_chat_template(True, tok))
        table = Table(title=f"Tokens the model receives (min / median / max), reader tokenizer + Llama-3-style template, {args.num_samples} samples, max_length {MAX_LENGTH}")
        for column in ("task", "upstream fit", "cut", "tight fit", "cut", "undeclared template: cut"):
            table.add_column(column, justify="left" if column == "task" else "right")
        total_cut = 0
        tasks = [("ruler", t) for t in ruler.TASKS] + [("memlife", t) for t in memlife.TASKS]
        for family, task in tasks:
            cells = []
            for fit in ("upstream", "tight"):
                settings = {"chat_template": True} | ({"length_fit": fit} if family == "ruler" else {})
                text, cut = summary(lengths(family, task, tokenizer, chat, args.num_samples, **settings))
                total_cut += cut
                cells += [text, str(cut)]
            plain = {"length_fit": "upstream"} if family == "ruler" else {}
            _, undeclared = summary(lengths(family, task, tokenizer, chat, args.num_samples, **plain))
            table.add_row(f"{family}/{task}", *cells, str(undeclared))
        Console(width=150).print(table)
        print(f"prompts lm-eval would cut with the template declared: {total_cut} (must be 0)")
        structure = Table(title="Chat structure: tokens of upstream's meta-llama3 form minus lm-eval's rendering (upstream fit, template declared)")
        for column in ("task", "median difference", "min", "max"):
            structure.add_column(column, justify="left" if column == "task" else "right")
        for task in ruler.TASKS:
            samples = ruler.generate(task, num_samples=args.num_samples, tokenizer=tokenizer, max_seq_length=MAX_LENGTH, chat_template=True)
            diffs = [len(tok(upstream_form(s), add_special_tokens=False)["input_ids"]) - chat.count(s.prompt(), s.answer_prefix) for s in samples]
            structure.add_row(task, f"{statistics.median(diffs):+.0f}", f"{min(diffs):+d}", f"{max(diffs):+d}")
        Console(width=150).print(structure)


if __name__ == "__main__":
    raise SystemExit(run_entry_point(main))
