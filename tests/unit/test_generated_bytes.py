"""A memory-lifecycle family's samples are pinned to its GENERATOR_VERSION: a refactor that changes a byte of them
(context, question, answers, evidence spans, meta) must bump the version, or every cached sweep cell would mix
old and new samples under one key. A change that bumps it updates the pin below with the new fingerprint."""

import hashlib
import importlib
import json

import pytest

from lceval.cli import DEFAULT_READER
from lceval.families import FAMILIES
from lceval.tokenization import load_tokenizer

# family: (GENERATOR_VERSION, fingerprint of sample 0 and 1 of every task at seed 1)
PINNED = {
    "memlife": (6, "72c77b55317c1979"),
    "memlife_v2": (2, "30341bdbb8181075"),
    "memlife_v3": (1, "e881a98665e84c21"),
    "memlife_v4": (1, "9ade08a11eb74123"),
    "memlife_v5": (1, "1a4aba6343517fb0"),
    "memlife_v6": (1, "043346887d854da6"),
    "memlife_v7": (1, "e81dbcf2fe1683df"),
    "memlife_v8": (1, "486cb790b0b7545d"),
    "memlife_v9": (1, "6129bb62c9910db2"),
    "memlife_v10": (1, "f13f0f287e9396dc"),
    "memlife_v11": (1, "3bda8a1c91864496"),
    "memlife_v12": (1, "221229770bc25ca5"),
    "memlife_v13": (1, "f77b40fbb188d027"),
    "memlife_v14": (1, "b60c9d48bf084c6b"),
    "memlife_v15": (1, "ca6b04ff659e1af2"),
    "memlife_v16": (1, "cdcbfb0953d50d42"),
    "memlife_v17": (1, "220f43b44790fa6f"),
    "memlife_v18": (1, "02245cb5f83edc26"),
    "memlife_v19": (1, "9712d88eab266461"),
    "memlife_v20": (1, "962783c4679eddba"),
    "memlife_v21": (1, "8713f32a65fdf33a"),
    "memlife_v22": (1, "29060351136a1ab2"),
    "memlife_v23": (1, "a76c7326b4795cfe"),
    "memlife_v24": (1, "b50ef534aa92d117"),
    "memlife_v25": (1, "f38caf3e43c35486"),
    "memlife_v26": (1, "633b7809a0e1a51b"),
    "memlife_v27": (1, "b83f5e0b67c54765"),
    "memlife_v28": (1, "fa083fa8e569dbbd"),
    "memlife_v29": (1, "d837176f94b8eb57"),
    "memlife_v30": (1, "13eb2195db4d4d46"),
    "memlife_v31": (1, "e69f3de34a9835d4"),
    "memlife_v32": (1, "6461af0488a0cb6f"),
    "memlife_v33": (1, "313c35cc25ede0f0"),
    "memlife_v34": (1, "de4ffd38e70a8ca6"),
    "memlife_v35": (1, "cb73dea5a1247851"),
}


def fingerprint(source, tokenizer) -> str:
    digest = hashlib.sha256()
    for task in source.TASKS:
        for index in (0, 1):
            sample = source.sample(task, index, seed=1, tokenizer=tokenizer)
            digest.update(json.dumps(sample.to_dict(), sort_keys=True).encode())
    return digest.hexdigest()[:16]


def test_every_memlife_family_is_pinned():
    assert sorted(f for f in FAMILIES if f.startswith("memlife")) == sorted(PINNED)


@pytest.mark.parametrize("family", sorted(PINNED))
def test_generated_bytes_match_the_pinned_generator_version(family, data_dir):
    source = importlib.import_module(f"lceval.sources.{family}")
    version, expected = PINNED[family]
    assert source.GENERATOR_VERSION == version, f"{family} is at version {source.GENERATOR_VERSION}: pin its new fingerprint"
    assert fingerprint(source, load_tokenizer(str(DEFAULT_READER))) == expected, (
        f"{family}'s samples changed without a GENERATOR_VERSION bump: bump it (and re-pin) if the change is meant")
