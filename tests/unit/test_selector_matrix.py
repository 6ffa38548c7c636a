"""Every built-in and installed selector, with its defaults, against the same contract.

New selectors join automatically; a plugin's selector joins with
``python -m pytest tests/unit/test_selector_matrix.py --selector SPEC`` (a name,
an import path ``module:Class`` or a preset file; repeatable).
"""

import pytest

from lceval.selection import REGISTRY, build_selector
from lceval.selection.contract import RULES, check_selector, make_chunks
from lceval.selection.plugins import entry_points


def pytest_generate_tests(metafunc):
    if "spec" in metafunc.fixturenames:
        extra = metafunc.config.getoption("selector") or []
        metafunc.parametrize("spec", list(dict.fromkeys([*sorted(REGISTRY), *entry_points(), *extra])))


@pytest.mark.parametrize("rule", sorted(RULES))
def test_selector_keeps_the_contract(spec, rule):
    check_selector(spec, rules=(rule,))


def test_declared_traits_match_the_built_ins():
    assert [n for n in REGISTRY if build_selector(n).ignores_budget] == ["full"]
    assert [n for n in REGISTRY if build_selector(n).reads_evidence] == ["oracle"]


def test_the_contract_catches_a_selector_that_overspends_or_peeks():
    from dataclasses import dataclass

    from lceval.selection import Selector

    @dataclass
    class Greedy(Selector):
        def select(self, question, chunks, budget, evidence=()):
            return list(range(len(chunks)))

    @dataclass
    class Peeking(Selector):
        def select(self, question, chunks, budget, evidence=()):
            return [c.index for c in chunks if any(c.overlaps(e) for e in evidence)][:1]

    with pytest.raises(AssertionError, match=r"budget_is_respected.*exceed"):
        check_selector(Greedy())
    with pytest.raises(AssertionError, match="declare reads_evidence"):
        check_selector(Peeking(), rules=("evidence_only_if_declared",))
    assert make_chunks()[1].text.startswith("The vault code")


def test_a_preset_named_after_a_selector_restates_exactly_its_defaults():
    """selectors/<name>.yaml documents the defaults of selector <name>: the two must not drift apart."""
    from lceval.selection import presets, selector_class

    named = [n for n in presets() if n in REGISTRY]
    assert {"bm25", "hybrid", "learned"} <= set(named)
    for name in named:
        assert repr(build_selector(name)) == repr(selector_class(name)()), name
