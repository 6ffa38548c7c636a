"""The reader's tokenizer: byte-level BPE, 4,096 tokens, every digit its own token.

Single-digit tokens make copying a 7-digit value a sequence of identical
one-token copy steps, which a tiny model learns far more easily than copying
arbitrary multi-digit merges.
"""

from __future__ import annotations

import random
from typing import Iterable, Iterator

SPECIAL_TOKENS = ["<s>", "</s>", "<pad>"]

# Upstream RULER prompt pieces (the benchmark's own wording), so they become whole tokens.
_PHRASES = [
    "Some special magic {v} are hidden within the following text. Make sure to memorize it. "
    "I will quiz you about the {v} afterwards.",
    "One of the special magic {v} for {k} is: {x}.",
    "What are all the special magic {v} for {k} mentioned in the provided text?",
    " The special magic {v} for {k} mentioned in the provided text are",
    "Memorize and track the chain(s) of variable assignment hidden in the following text.",
    "VAR {K} = {x} VAR {K} = VAR {K}",
    "Question: Find all variables that are assigned the value {x} in the text above.",
    " Answer: According to the chain(s) of variable assignment in the text above, 1 variables are "
    "assigned the value {x}, they are: ",
    "The grass is green. The sky is blue. The sun is yellow. Here we go. There and back again.",
]


def corpus(essays: str, seed: int, lines: int = 4000, chunk: int = 2000) -> Iterator[str]:
    """Essay text in pieces plus the prompt phrases with RULER-style keys and values."""
    for start in range(0, len(essays), chunk):
        yield essays[start : start + chunk]
    from wonderwords import random_word

    nouns = random_word._get_words_from_text_file("nounlist.txt")
    adjectives = random_word._get_words_from_text_file("adjectivelist.txt")
    rng = random.Random(seed)
    for _ in range(lines):
        word = f"{rng.choice(adjectives)}-{rng.choice(nouns)}"  # RULER's word keys
        number = str(rng.randint(10**6, 10**7 - 1))
        for phrase in _PHRASES:
            v = rng.choice(["numbers", "words", "uuids"])
            yield phrase.format(v=v, k=word, K=word[:5].upper(), x=number)


def train_tokenizer(texts: Iterable[str], vocab_size: int = 4096):
    """A ``PreTrainedTokenizerFast`` trained on ``texts`` (no BOS added: lm-eval's hf backend adds none)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)]
    )
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>", model_max_length=16384
    )
