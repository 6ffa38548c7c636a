"""The contract every selector keeps, as a function a plugin author can call from their own tests.

    from lceval.selection.contract import check_selector
    check_selector("mypkg:MySelector")      # or a preset, an entry-point name, an instance

It raises ``AssertionError`` naming the first rule broken. lceval's own test
matrix (``tests/unit/test_selector_matrix.py``) runs it on every built-in and
installed selector, and on any given with ``pytest --selector SPEC``.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..sample import Chunk, Evidence
from . import Selector, build_selector

TEXTS = [
    "Most startups fail because they make something nobody wants. ",
    "The vault code for the Cedar Hill depot is AB-1234. ",
    "Investors look for growth more than for revenue in the early days. ",
    "Someone guessed that the vault code for the Cedar Hill depot might be ZZ-0000. ",
    "Update: the vault code for the Cedar Hill depot was changed to CD-5678. ",
    "A good essay starts with a question and ends somewhere unexpected. ",
    "On the morning of the regatta, Greta Moreau walked to the clinic. ",
    "Nobody remembers the details of a meeting a week later. ",
]
TOKENS = [12, 11, 13, 16, 14, 12, 13, 11]
QUESTION = "What is the current vault code for the Cedar Hill depot?"
BUDGETS = (1, 11, 25, 40, 60)


def make_chunks(texts: Sequence[str] = TEXTS, tokens: int | Sequence[int] = TOKENS) -> list[Chunk]:
    """One chunk per text, tiling their concatenation; ``tokens`` is every chunk's count or one per chunk."""
    counts = [tokens] * len(texts) if isinstance(tokens, int) else list(tokens)
    out, start = [], 0
    for i, (text, n) in enumerate(zip(texts, counts)):
        out.append(Chunk(i, start, start + len(text), text, n))
        start += len(text)
    return out


def budget_is_respected(sel: Selector, rebuild) -> None:
    chunks = make_chunks()
    for budget in BUDGETS:
        kept = sel.select(QUESTION, chunks, budget)
        assert kept == sorted(set(kept)) and all(0 <= i < len(chunks) for i in kept), \
            f"budget {budget}: kept {kept} are not distinct ascending chunk indices"
        if sel.ignores_budget:
            assert kept == list(range(len(chunks))), "a selector that ignores the budget keeps every chunk"
        else:
            assert sum(chunks[i].n_tokens for i in kept) <= budget, f"budget {budget}: kept {kept} exceed it"
            assert budget < min(TOKENS) or kept, f"budget {budget} fits a chunk but nothing was kept"


def is_deterministic(sel: Selector, rebuild) -> None:
    first = sel.select(QUESTION, make_chunks(), 30)
    assert first == sel.select(QUESTION, make_chunks(), 30), "two calls on the same input differ"
    assert first == rebuild().select(QUESTION, make_chunks(), 30), "a second instance selects differently"


def handles_tiny_contexts(sel: Selector, rebuild) -> None:
    assert sel.select(QUESTION, [], 100) == [], "an empty context keeps nothing"
    one = make_chunks(TEXTS[:1], TOKENS[:1])
    assert sel.select(QUESTION, one, 100) == [0], "a one-chunk context that fits is kept"
    assert sel.select(QUESTION, one, 5) == ([0] if sel.ignores_budget else []), "a chunk over the budget is dropped"


def keeps_everything_that_fits(sel: Selector, rebuild) -> None:
    kept = sel.select(QUESTION, make_chunks(), 10 * sum(TOKENS))
    assert kept == list(range(len(TEXTS))), "a budget larger than the context keeps every chunk"


def evidence_only_if_declared(sel: Selector, rebuild) -> None:
    chunks = make_chunks()
    evidence = [Evidence(chunks[6].start, chunks[6].end, "gold")]
    with_evidence, without = sel.select(QUESTION, chunks, 25, evidence), sel.select(QUESTION, chunks, 25)
    if sel.reads_evidence:
        assert 6 in with_evidence, "a selector that reads the evidence keeps it"
    else:
        assert with_evidence == without, "the gold evidence changed the selection: declare reads_evidence = True"


RULES: dict[str, Callable] = {
    f.__name__: f for f in (budget_is_respected, is_deterministic, handles_tiny_contexts, keeps_everything_that_fits, evidence_only_if_declared)
}


def check_selector(spec, rules=tuple(RULES)) -> None:
    """Run the contract on a selector spec (anything ``build_selector`` takes) or an instance."""
    rebuild = (lambda: build_selector(spec)) if not isinstance(spec, Selector) else (lambda: type(spec)(**_fields(spec)))
    sel = rebuild()
    for name in rules:
        try:
            RULES[name](sel, rebuild)
        except AssertionError as exc:
            raise AssertionError(f"{sel!r} breaks the selector contract ({name}): {exc}") from None


def _fields(sel: Selector) -> dict:
    import dataclasses

    return {f.name: getattr(sel, f.name) for f in dataclasses.fields(sel) if f.init}
