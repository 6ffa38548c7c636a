"""What the memory-lifecycle families (``memlife``, ``memlife_v2`` ... ``memlife_v35``) share besides the five kinds.

Each family writes its own keys, wording, documents and plans, and declares them in its package; the plumbing that
turns them into samples is here, imported by the families (never the reverse):

- ``sampling``: a family's ``sample`` in one of three shapes (``built_sampler``, ``planned_sampler``,
  ``kinds_in_turn``), the documents hooks several families share, and ``loaders`` for its cached ``generate`` and
  ``samples``;
- ``plans``: what the kinds' plans share where the logic is the same: ``Plan`` and ``DocumentPlan``, ``history``
  and ``twin_history``, ``key_meta`` and ``values_meta``, three ways to merge event streams (``interleave``,
  ``into_slots``, ``scatter``), and ``Lifecycle``: the overwrite, version, nowrite and discard plans of
  memlife_v13 to memlife_v35;
- ``keys``: the ``Draw`` of one sample's holder, twin, strangers and values (memlife_v13 to memlife_v35), and
  ``swap_one`` / ``swap_last`` for twins one character apart.

Every random draw happens in the order each family made it before the plumbing was shared: a family's samples are
pinned byte for byte to its ``GENERATOR_VERSION`` (tests/unit/test_generated_bytes.py).
"""
