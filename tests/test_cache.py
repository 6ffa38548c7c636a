from lceval.cache import cached_generation
from lceval.sample import LongSample


def _sample(text: str) -> LongSample:
    return LongSample(task="t", index=0, template="{context}", context=text, question="q", answers=["a"])


def test_generated_samples_are_cached_and_keyed_by_the_data_folder(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "cache"))
    calls = []

    def make():
        calls.append(1)
        return [_sample(f"generation {len(calls)}")]

    key = dict(family="f", task="t", tokenizer=str(tiny_model), length=64, seed=1, count=1, version=1)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = cached_generation(make, data_dir=str(tmp_path / "a"), **key)
    again = cached_generation(make, data_dir=str(tmp_path / "a"), **key)
    assert again == first and len(calls) == 1
    monkeypatch.setenv("LCEVAL_DATA_DIR", str(tmp_path / "b"))  # the folder read, not the argument, is the key
    other = cached_generation(make, data_dir=None, **key)
    assert len(calls) == 2 and other[0].context == "generation 2"
