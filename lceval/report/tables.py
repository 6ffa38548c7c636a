"""The report's tables as plain data, rendered to rich (terminal) or markdown from the same rows."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rich.table import Table as RichTable

from .build import Report


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    caption: str = ""


def budget_label(budget) -> str:
    return "all" if budget is None else f"{budget * 100:g}%" if isinstance(budget, float) else str(budget)


def num(value, digits: int = 1) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def ci_text(value, ci, digits: int = 1) -> str:
    lo, hi = ci or (None, None)
    return f"{num(value, digits)} [{num(lo, digits)}, {num(hi, digits)}]" if not _nan(value) else "–"


def _nan(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def score_text(row: dict, with_gap: bool = True, compact: bool = False) -> str:
    """``score [lo, hi] gap``; compact (the terminal): ``score ±half-width gap``."""
    lo, hi = row["score_ci"]
    if compact:
        half = (hi - lo) / 2 if not (_nan(lo) or _nan(hi)) else math.nan
        text = f"{num(row['score'])} ±{num(half, 0)}"
    else:
        text = f"{num(row['score'])} [{num(lo)}, {num(hi)}]"
    gap = row.get("gap_to_full")
    if with_gap and gap is not None and not math.isnan(gap):
        text += f" {gap:+.1f}"
    return text


def _grid(report: Report, title: str, rows_of, cell, caption: str = "") -> Table:
    """selectors (rows) x budgets (columns); ``rows_of(selector, budget)`` finds the summary."""
    table = Table(title, ["selector", *map(budget_label, report.budgets)], caption=caption)
    for selector in report.selectors:
        table.rows.append([selector, *(cell(r) if (r := rows_of(selector, b)) else "·" for b in report.budgets)])
    return table


def _reference_caption(report: Report, ref_row) -> str:
    parts = []
    for ref in report.references:
        row = ref_row(ref)
        if row:
            parts.append(f"{ref} (whole context, run once per task and seed; budget irrelevant): {score_text(row, False)}")
    return "; ".join(parts)


def overall_tables(report: Report, compact: bool = False) -> list[Table]:
    """compact: the terminal's narrower score cells (± half the 95% interval)."""
    overall = lambda s, b: report.overall.get((s, b))  # noqa: E731
    n_tasks = len(report.tasks)
    scope = f"mean over {n_tasks} task{'s' * (n_tasks != 1)}"
    gap = ", gap to full" if report.references else ""
    ci = "± half the 95% bootstrap CI" if compact else "[95% bootstrap CI]"
    return [
        _grid(report, f"Score by selector x budget ({scope}; {ci}{gap})", overall, lambda r: score_text(r, True, compact),
              _reference_caption(report, lambda ref: overall(ref, None))),
        _grid(report, "Evidence recall (% of evidence spans kept; pooled samples)", overall, lambda r: num(_pct(r["evidence_recall"]))),
        *_answer_recall(report, overall),
        _grid(report, "Accuracy when the evidence was kept vs lost (pooled over tasks: read it per task below)", overall, _kept_lost,
              "kept: every evidence span of the sample survived selection (no spans: a gold answer is in the kept text); "
              "lost: not so; (n) samples. Pooled, a task the model fails even with the whole context pulls 'lost' down."),
        _grid(report, "Kept tokens (mean per sample; % of the context)", overall,
              lambda r: f"{num(r['kept_tokens'], 0)} ({num(_pct(r['kept_fraction']), 0)}%)"),
        timing_table(report),
    ]


def task_tables(report: Report, compact: bool = False) -> list[Table]:
    tables = []
    gap = " gap to full" if report.references else ""
    ci = "±CI/2" if compact else "[95% CI]"
    for task in report.tasks:
        rows = lambda s, b, t=task: report.groups.get((t, s, b))  # noqa: E731
        tables.append(_grid(report, f"{task}: score {ci}{gap}", rows, lambda r: score_text(r, True, compact),
                            _reference_caption(report, lambda ref, t=task: report.groups.get((t, ref, None)))))
    return tables


def diagnostic_task_tables(report: Report) -> list[Table]:
    tables = []
    for task in report.tasks:
        rows = lambda s, b, t=task: report.groups.get((t, s, b))  # noqa: E731
        tables.append(_grid(report, f"{task}: evidence recall % · accuracy if kept [95% CI] (n) / lost [95% CI] (n)", rows,
                            lambda r: f"{num(_pct(r['evidence_recall']), 0)} · {_kept_lost(r, True)}", _full_note(report, task)))
    return tables


NEAR_ZERO = 5.0  # full-context score at or below this: the model fails the task anyway


def _full_note(report: Report, task: str) -> str:
    """The task's full-context score beside kept-vs-lost, and a warning when it is ~0."""
    parts = []
    for ref in report.references:
        row = report.groups.get((task, ref, None))
        if row:
            parts.append(f"{ref} (whole context): {score_text(row, False)}")
            if row["score"] <= NEAR_ZERO:
                parts.append(f"the model scores ~0 here even with the whole context, so 'lost' accuracy says nothing about selection")
    return "; ".join(parts) or "no whole-context reference in this run"


def timing_table(report: Report) -> Table:
    """Selection time next to model time, per selector (all its cells)."""
    table = Table("Selection time vs model time", ["selector", "selection ms/sample", "model s/computed sample", "model calls", "cache hits"],
                  caption="model time counts only requests the model computed; cached and repeated prompts cost nothing.")
    for selector in [*report.references, *report.selectors]:
        cells = [c for c in report.cells if c["selector"] == selector]
        calls = sum(c["model_calls"] or 0 for c in cells)
        model_s = sum(c["model_s"] or 0.0 for c in cells)
        selection = sum(c["selection_ms"] * c["n"] for c in cells if not math.isnan(c["selection_ms"])) / max(sum(c["n"] for c in cells), 1)
        table.rows.append([selector, num(selection, 2), num(model_s / calls if calls else math.nan, 3), str(calls), str(sum(c["cache_hits"] or 0 for c in cells))])
    return table


def _answer_recall(report: Report, overall) -> list[Table]:
    """Only for families that measure it (LongBench: is a gold answer still in the kept text?)."""
    if all(math.isnan(r["answer_recall"]) for r in report.overall.values()):
        return []
    return [_grid(report, "Answer recall (% of samples whose gold answer survived selection)", overall,
                  lambda r: num(_pct(r["answer_recall"])))]


def _kept_lost(row: dict, with_ci: bool = False) -> str:
    if with_ci:
        return (f"{ci_text(row['acc_if_kept'], row.get('acc_if_kept_ci'), 0)} ({row['n_kept']}) / "
                f"{ci_text(row['acc_if_lost'], row.get('acc_if_lost_ci'), 0)} ({row['n_lost']})")
    return f"{num(row['acc_if_kept'])} ({row['n_kept']}) / {num(row['acc_if_lost'])} ({row['n_lost']})"


def _pct(value):
    return None if value is None or math.isnan(value) else 100 * value


def to_rich(table: Table) -> RichTable:
    out = RichTable(title=table.title, caption=table.caption or None, title_justify="left", caption_justify="left")
    for i, column in enumerate(table.columns):
        out.add_column(column, justify="left" if i == 0 else "right", no_wrap=i == 0)
    for row in table.rows:
        out.add_row(*row)
    return out


def to_markdown(table: Table, level: int = 3) -> str:
    lines = [f"{'#' * level} {table.title}", "", "| " + " | ".join(table.columns) + " |",
             "|" + "|".join([":---"] + ["---:"] * (len(table.columns) - 1)) + "|"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in table.rows]
    if table.caption:
        lines += ["", f"_{table.caption}_"]
    return "\n".join(lines) + "\n"
