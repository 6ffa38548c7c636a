"""A memory-lifecycle family's ``sample``, ``generate`` and ``samples``, from the parts the family declares itself.

Every family seeds one ``random.Random`` per sample from a string of its own (``sample_seed``, formatted with
``task``, ``seed`` and ``index``) and draws everything from it in a fixed order. What it draws comes in three shapes:

- ``built_sampler`` (memlife, memlife_v2): a plan from the rng alone, made a sample by the family's own ``build``;
- ``planned_sampler`` (memlife_v3 to memlife_v6): a plan from the rng and the index, its documents laid out by the
  family's ``Layout``;
- ``kinds_in_turn`` (memlife_v7 to memlife_v35): consecutive samples take the family's key kinds in turn from a
  start fixed by (task, seed); a ``Draw`` of the sample's kind feeds the plan, a documents hook renders it
  (``one_document_per_event``, ``with_a_stranger`` or the family's own).

``essay_layout`` gives a family's ``Layout`` from its template and depths, with the answer prefix and length every
family from memlife_v2 on shares; ``Document`` is the small document most families render. ``loaders`` wraps a
``sample`` in the family's cached ``generate`` and the ``samples`` of lceval.families' loader protocol. A sample
still depends only on (task, seed, index, tokenizer, length, haystack).
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any, Callable, Mapping, Protocol, Sequence

from ...sample import LongSample
from .. import essay_documents, generated
from ..essay_documents import Layout
from ..fitted import fitted_generator

__all__ = ["ANSWER_PREFIX", "MAX_NEW_TOKENS", "TASKS", "Document", "built_sampler", "essay_layout", "kinds_in_turn", "loaders",
           "one_document_per_event", "planned_sampler", "with_a_stranger"]

TASKS: tuple[str, ...] = ("overwrite", "version", "distractor", "nowrite", "discard")  # every family's five kinds, in this order
ANSWER_PREFIX = "\nAnswer:"  # what the answer follows, from memlife_v2 on
MAX_NEW_TOKENS = 32  # a value is a few words


@dataclasses.dataclass(frozen=True)
class Document:
    """One small generated document: its format (recorded in the sample's meta), its text and its evidence spans,
    ``(start, end, label)`` within the text (none when it decides nothing). Most families render these; any object
    with the three fields will do (``essay_documents.Document``)."""

    fmt: str
    text: str
    spans: tuple[tuple[int, int, str], ...]


class Sampler(Protocol):
    def __call__(self, task: str, index: int, *, seed: int, tokenizer, max_seq_length: int = 4096,
                 data_dir: str | None = None) -> LongSample: ...


# documents(plan, draw, rng, turn): the documents of a kinds_in_turn plan, in order; ``turn`` is the sample's place
# in the cycle of key kinds (start + index), for a family that cycles something else with them.
DocumentsHook = Callable[[Any, Any, random.Random, int], Sequence[essay_documents.Document]]


def loaders(module: str, version: int, sample: Sampler):
    """``(generate, samples)`` of the family whose package is ``module`` (pass ``__name__``).

    Its cache is keyed on ``version`` and on the code of ``module`` and all it imports, so an edit to any of the
    family's own files, or to this plumbing, makes fresh samples.
    """
    generate = fitted_generator(module.rpartition(".")[2], TASKS, version, sample, code=module)
    return generate, generated(generate)


def essay_layout(template: str, depths: tuple[float, float]) -> Layout:
    """A family's ``Layout``: its own prompt ``template`` and range of depths, the shared answer prefix and length."""
    return Layout(template, ANSWER_PREFIX, depths=depths, max_new_tokens=MAX_NEW_TOKENS)


def built_sampler(sample_seed: str, plans: Mapping[str, Callable], build: Callable[..., LongSample]) -> Sampler:
    """``sample`` for a family whose plan is drawn from the rng alone (``plans[task](rng)``) and whose own
    ``build(plan, rng, tokenizer, max_seq_length, data_dir)`` makes it a fitted sample."""

    def sample(task: str, index: int, *, seed: int, tokenizer, max_seq_length: int = 4096, data_dir: str | None = None) -> LongSample:
        """Sample ``index`` of ``task`` (a loaded tokenizer or a ``PromptRender``), uncached."""
        rng = random.Random(sample_seed.format(task=task, seed=seed, index=index))  # Random(str) is stable across runs and platforms
        built = build(plans[task](rng), rng, tokenizer, max_seq_length, data_dir)
        return dataclasses.replace(built, task=task, index=index, meta={**built.meta, "seed": seed, "index": index})

    return sample


def planned_sampler(sample_seed: str, plans: Mapping[str, Callable], layout: Layout,
                    documents: Callable[[Any, random.Random], Sequence[essay_documents.Document]] = lambda plan, rng: plan.documents,
                    ) -> Sampler:
    """``sample`` for a family whose plan is drawn from the rng and the index (``plans[task](rng, index)``):
    ``documents(plan, rng)`` (by default the plan's own ``documents``) laid out in the essays by ``layout``."""

    def sample(task: str, index: int, *, seed: int, tokenizer, max_seq_length: int = 4096, data_dir: str | None = None) -> LongSample:
        """Sample ``index`` of ``task`` (a loaded tokenizer or a ``PromptRender``), uncached."""
        rng = random.Random(sample_seed.format(task=task, seed=seed, index=index))
        plan = plans[task](rng, index)
        return layout.sample(documents(plan, rng), plan, rng, task=task, index=index, seed=seed, tokenizer=tokenizer,
                             max_seq_length=max_seq_length, data_dir=data_dir)

    return sample


def kinds_in_turn(sample_seed: str, first_kind_seed: str, kinds: Sequence, draw: Callable[[Any, random.Random], Any],
                  plans: Mapping[str, Callable], documents: DocumentsHook, layout: Layout) -> Sampler:
    """``sample`` for a family whose consecutive samples take ``kinds`` in turn, from a start drawn from
    ``first_kind_seed`` (formatted with ``task`` and ``seed``): ``draw(kind, rng)`` gives the sample's holders and
    values, ``plans[task](draw, rng, index)`` its plan, ``documents(plan, draw, rng, turn)`` its documents, laid out
    in the essays by ``layout``."""

    def sample(task: str, index: int, *, seed: int, tokenizer, max_seq_length: int = 4096, data_dir: str | None = None) -> LongSample:
        """Sample ``index`` of ``task`` (a loaded tokenizer or a ``PromptRender``), uncached."""
        start = random.Random(first_kind_seed.format(task=task, seed=seed)).randrange(len(kinds))
        rng = random.Random(sample_seed.format(task=task, seed=seed, index=index))
        drawn = draw(kinds[(start + index) % len(kinds)], rng)
        plan = plans[task](drawn, rng, index)
        return layout.sample(documents(plan, drawn, rng, start + index), plan, rng, task=task, index=index, seed=seed,
                             tokenizer=tokenizer, max_seq_length=max_seq_length, data_dir=data_dir)

    return sample


def one_document_per_event(render: Callable[[Any, random.Random], essay_documents.Document]) -> DocumentsHook:
    """The documents hook of a family that renders each event of the plan on its own: ``render(event, rng)``."""

    def documents(plan, draw, rng: random.Random, turn: int) -> list[essay_documents.Document]:
        return [render(event, rng) for event in plan.events]

    return documents


def with_a_stranger(event: Callable[..., Any], render: Callable[[Any, random.Random, list], essay_documents.Document]) -> DocumentsHook:
    """The documents hook of a family whose samples also hold one record about somebody else: a ``give`` of another
    holder (``draw.other()``) anywhere among the plan's events, then each event rendered as
    ``render(event, rng, others)``, where a real record lists 0-2 other holders beside its own (0 twice as often)
    and look-alikes and asides stand alone."""

    def documents(plan, draw, rng: random.Random, turn: int) -> list[essay_documents.Document]:
        events = list(plan.events)
        holder, value = draw.other()
        events.insert(rng.randint(0, len(events)), event("give", draw.kind, holder, value))
        return [render(e, rng, _listed_beside(e, draw, rng)) for e in events]

    return documents


def _listed_beside(event, draw, rng: random.Random) -> list[tuple[str, str]]:
    if event.role in ("lookalike", "passing"):
        return []
    return [draw.other() for _ in range(rng.choice((0, 0, 1, 2)))]
