"""Rich terminal views for ``lceval select`` and ``lceval selectors``."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from .context import select_context
from .diagnostics import covered_evidence
from .errors import LcevalError
from .settings import TaskSettings
from .sources import load_samples
from .tokenization import load_tokenizer


def show_selection(settings: TaskSettings, index: int, console: Console | None = None) -> None:
    """One sample: every chunk, whether it was kept, where the evidence sits, and the verdict."""
    console = console or Console()
    samples = load_samples(settings)
    if index >= len(samples):
        raise LcevalError(f"{settings.task} has {len(samples)} samples here; --index must be 0 to {len(samples) - 1}, got {index}.")
    sample = samples[index]
    tokenizer = load_tokenizer(settings.tokenizer)
    selector = settings.resolved_selector
    selection = select_context(sample, selector, settings.budget, tokenizer, settings.chunk_tokens)
    chunks, budget, kept = selection.chunks, selection.budget, set(selection.kept)
    table = Table(title=f"{settings.family}/{settings.task} #{index} — {selector!r}, budget {budget} tokens")
    for column in ("chunk", "tokens", "kept", "evidence", "text"):
        table.add_column(column, overflow="fold" if column == "text" else None)
    for c in chunks:
        holds = [e for e in sample.evidence if c.overlaps(e)]
        table.add_row(
            str(c.index), str(c.n_tokens), "[green]✓[/]" if c.index in kept else "",
            "[bold yellow]★[/]" if holds else "", _preview(c.text, 70),
        )
    console.print(table)
    kept_evidence = covered_evidence(sample, chunks, kept)
    lines = [
        f"[bold]question[/]: {sample.question}",
        f"[bold]answers[/]: {', '.join(sample.answers)}",
        f"kept {len(kept)}/{len(chunks)} chunks, {sum(chunks[i].n_tokens for i in kept)}/{sum(c.n_tokens for c in chunks)} tokens",
    ]
    if sample.evidence:
        depths = ", ".join(f"{100 * e.start / len(sample.context):.0f}%" for e in sample.evidence)
        verdict = "[green]all evidence kept[/]" if all(kept_evidence) else f"[red]evidence lost: {kept_evidence.count(False)} of {len(kept_evidence)} spans[/]"
        lines.append(f"evidence at depth {depths}: {verdict}")
    else:
        lines.append("evidence: not applicable (aggregation task)" if sample.aggregation else "evidence: no gold spans for this task")
    if hasattr(selector, "explain"):
        lines += ["[bold]slot events[/]:", *(escape(line) for line in selector.explain(sample.question, chunks))]
    console.print(Panel("\n".join(lines), title="selection"))


def _preview(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def show_selectors(rows: list[dict], console: Console | None = None) -> None:
    """The catalog as a table; a broken entry shows its error in place of its description."""
    console = console or Console()
    table = Table(title="lceval selectors")
    for column in ("name", "source", "parameters", "what it does"):
        table.add_column(column, overflow="fold")
    for row in rows:
        params = ", ".join(f"{k}={v}" for k, v in row["params"].items())
        what = f"[red]BROKEN: {row['error']}[/]" if row["error"] else row["doc"]
        table.add_row(row["name"], row["source"], params, what)
    console.print(table)
