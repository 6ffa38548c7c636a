"""The training run's closing table: exact match on fresh prompts, seeds disjoint from training and evaluation."""

from __future__ import annotations

from . import CHECK_SEED_BASE
from .evaluate import accuracy_table
from .mixture import CHECKS, VT_MIN_LENGTH
from .sampling import TRAIN_TOKENS_TO_GENERATE


def samplers(tokenizer, settings) -> dict:
    from ..sources import ruler

    def niah(kwargs):
        def make(rng, length, n):
            return [
                ruler.niah_sample(rng, tokenizer, length, tokens_to_generate=TRAIN_TOKENS_TO_GENERATE, data_dir=settings.data_dir, **kwargs)
                for _ in range(n)
            ]

        return make

    makers = {name: niah(kwargs) for name, kwargs in CHECKS.items()}
    if hasattr(ruler, "generate"):
        makers["vt"] = lambda rng, length, n: [] if length < VT_MIN_LENGTH else ruler.generate(
            "vt", num_samples=n, seed=CHECK_SEED_BASE + length, tokenizer=settings.out, max_seq_length=length,
            data_dir=settings.data_dir,
        )
    return makers


def closing_table(model, tokenizer, settings) -> dict[str, dict[int, float]]:
    return accuracy_table(
        model, tokenizer, samplers(tokenizer, settings), list(settings.check_lengths), settings.check_samples, CHECK_SEED_BASE
    )


def render_table(table: dict[str, dict[int, float]]):
    from rich.table import Table

    lengths = sorted({length for row in table.values() for length in row})
    out = Table(title="greedy exact match (whole answer + EOS)")
    out.add_column("task")
    for length in lengths:
        out.add_column(str(length), justify="right")
    for name, row in table.items():
        out.add_row(name, *(f"{row[length]:.2f}" if length in row else "-" for length in lengths))
    return out
