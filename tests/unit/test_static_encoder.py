"""The static encoder: distilled from MiniLM once into the content-keyed cache, then a table lookup."""

import numpy as np

from lceval.selection import static_encoder
from lceval.selection.encoder import Encoder, model_path


def test_distilled_once_into_the_cache_and_keyed_by_the_recipe(monkeypatch):
    encoder = Encoder("static")
    vectors = encoder.encode(["The cat sat on the mat.", "A kitten rested on the rug.", "Quarterly revenue fell by 4%."])
    assert vectors.shape == (3, static_encoder.DIMS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]  # related sentences lie closer than unrelated ones
    path = static_encoder.table_path(model_path())
    assert path.is_file() and not list(path.parent.glob("*.tmp"))
    monkeypatch.setattr(static_encoder, "distil", lambda _: (_ for _ in ()).throw(AssertionError("distilled again")))
    assert np.array_equal(static_encoder.load_table(model_path()), np.load(path))
    monkeypatch.setattr(static_encoder, "DIMS", static_encoder.DIMS // 2)
    assert static_encoder.table_path(model_path()) != path  # another recipe, another cache entry
