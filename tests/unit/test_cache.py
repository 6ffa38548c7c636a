from lceval.cache import cached_generation
from lceval.data import find_file
from lceval.sample import LongSample


def _sample(text: str) -> LongSample:
    return LongSample(task="t", index=0, template="{context}", context=text, question="q", answers=["a"])


def test_generated_samples_are_cached_and_keyed_by_the_data_read(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "cache"))
    calls = []

    def make():
        text = find_file("words.txt", None).read_text()  # the folder read: the argument or $LCEVAL_DATA_DIR
        calls.append(text)
        return [_sample(text)]

    key = dict(family="f", task="t", tokenizer=str(tiny_model), length=64, seed=1, count=1, version=1)
    for folder, words in (("a", "alpha"), ("b", "beta"), ("c", "alpha")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "words.txt").write_text(words)
    monkeypatch.setenv("LCEVAL_DATA_DIR", str(tmp_path / "a"))
    first = cached_generation(make, data_dir=None, **key)
    assert cached_generation(make, data_dir=None, **key) == first and calls == ["alpha"]
    monkeypatch.setenv("LCEVAL_DATA_DIR", str(tmp_path / "b"))  # other bytes: generated again
    assert cached_generation(make, data_dir=None, **key)[0].context == "beta" and calls == ["alpha", "beta"]
    monkeypatch.setenv("LCEVAL_DATA_DIR", str(tmp_path / "c"))  # the same bytes elsewhere: reused
    assert cached_generation(make, data_dir=None, **key) == first and len(calls) == 2
