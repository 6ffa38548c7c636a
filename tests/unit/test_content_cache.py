"""Generated samples are keyed by the content of the data files they read, not by their path."""

import shutil

import pytest

from lceval.data import file_sha256, recording_reads
from lceval.sources import memlife, ruler

ESSAY = "ruler/PaulGrahamEssays.json"


@pytest.fixture
def own_data(tmp_path, data_dir, monkeypatch):
    """A private copy of the essay (the only file niah_single_2 reads) and a private cache."""
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "data" / "ruler").mkdir(parents=True)
    shutil.copy(f"{data_dir}/{ESSAY}", tmp_path / "data" / ESSAY)
    return tmp_path / "data"


def _essay_edit(folder, old: str, new: str) -> None:
    path = folder / ESSAY
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def _niah(folder, tok):
    return ruler.generate("niah_single_2", num_samples=2, tokenizer=tok, max_seq_length=1024, data_dir=str(folder))


def test_an_essay_edited_in_place_is_generated_again(own_data, tiny_model):
    tok = str(tiny_model)
    first = _niah(own_data, tok)
    assert _niah(own_data, tok) == first  # cached
    _essay_edit(own_data, " the ", " THE ")
    second = _niah(own_data, tok)
    assert second != first and " THE " in second[0].context
    assert second[0].meta["haystack_sha256"] == file_sha256(own_data / ESSAY)


def test_the_same_bytes_in_another_folder_reuse_the_cache(own_data, tiny_model, tmp_path, monkeypatch):
    tok = str(tiny_model)
    first = _niah(own_data, tok)
    moved = tmp_path / "moved"
    shutil.copytree(own_data, moved)
    monkeypatch.setitem(ruler.CONFIGS, "niah_single_2", None)  # generating would fail: only the cache can answer
    assert _niah(moved, tok) == first


def test_memlife_and_a_noise_task_record_what_they_read(own_data, tiny_model):
    tok = str(tiny_model)
    with recording_reads() as reads:
        memlife.generate("overwrite", num_samples=1, tokenizer=tok, max_seq_length=1024, data_dir=str(own_data))
    assert reads == {ESSAY: file_sha256(own_data / ESSAY)}
    with recording_reads() as again:  # a cache hit reports the same reads
        memlife.generate("overwrite", num_samples=1, tokenizer=tok, max_seq_length=1024, data_dir=str(own_data))
    assert again == reads
    with recording_reads() as none:
        ruler.generate("niah_single_1", num_samples=1, tokenizer=tok, max_seq_length=1024, data_dir=str(own_data))
    assert none == {}


def test_a_tokenizer_whose_files_change_is_another_key(tiny_model, tmp_path):
    from lceval.tokenization import tokenizer_identity

    copy = tmp_path / "tok"
    shutil.copytree(tiny_model, copy)
    before = tokenizer_identity(str(copy))
    config = copy / "tokenizer_config.json"
    config.write_text(config.read_text().replace("{", '{"model_max_length": 77, ', 1))
    assert tokenizer_identity(str(copy)) != before


def test_a_download_that_does_not_match_its_pinned_sha256_is_refused(tmp_path, monkeypatch):
    from lceval.data import find_file
    from lceval.errors import LcevalError

    monkeypatch.delenv("LCEVAL_DATA_DIR", raising=False)
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "served.json"
    source.write_text('{"text": "an essay that is not the pinned one"}')
    with pytest.raises(LcevalError, match="does not match its pinned sha256"):
        find_file(ESSAY, None, url=source.as_uri(), sha256="0" * 64)
    assert not list((tmp_path / "cache").rglob("*.json"))  # nothing kept
    assert find_file(ESSAY, None, url=source.as_uri(), sha256=file_sha256(source)).read_bytes() == source.read_bytes()


def test_a_bare_relative_model_path_means_the_same_folder_from_anywhere(tmp_path, monkeypatch, tiny_model):
    from lceval.sweep import load_config

    (tmp_path / "project" / "models").mkdir(parents=True)
    shutil.copytree(tiny_model, tmp_path / "project" / "models" / "reader")
    config = tmp_path / "project" / "sweep.yaml"
    config.write_text("tasks: [lceval_ruler_vt]\nselectors: [full]\nbudgets: [128]\nmodel: {type: hf, args: {pretrained: models/reader}}\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert load_config(config).model.args["pretrained"] == str((tmp_path / "project" / "models" / "reader").resolve())


def test_a_generator_whose_code_changes_generates_again(own_data, tiny_model, monkeypatch):
    from lceval.sources.ruler import __name__ as ruler_module
    from lceval.code_identity import code_digest

    tok = str(tiny_model)
    first = _niah(own_data, tok)
    files = set((own_data.parent / "cache" / "samples").iterdir())
    edited = {ruler_module: "edited"}  # as if ruler's source had changed, its version number untouched
    monkeypatch.setattr("lceval.sources.ruler.code_digest", lambda name: edited.get(name) or code_digest(name))
    assert _niah(own_data, tok) == first  # the same bytes, generated again under a new key
    assert len(set((own_data.parent / "cache" / "samples").iterdir()) - files) >= 1
