"""A tiny randomly initialised Llama + byte-level BPE tokenizer, built offline in seconds.

For tests and for sweeps before a real reader exists: it exercises the whole
selection -> model -> score loop, and scores about zero (it has learnt nothing).
"""

from __future__ import annotations

from pathlib import Path

_CORPUS = (
    "One of the special magic numbers for {w} is: {n}. What are all the special magic numbers "
    "for {w} mentioned in the provided text? The grass is green. The sky is blue. The sun is yellow. "
    "Here we go. There and back again. VAR {W} = {n}. Answer: Document {n}: the essay about {w}.\n"
)
_WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split()


def build_tiny_model(path: str | Path, vocab_size: int = 600, max_positions: int = 16384, seed: int = 0) -> Path:
    """Write a random ``LlamaForCausalLM`` and its tokenizer to ``path`` (idempotent)."""
    path = Path(path)
    if (path / "config.json").is_file():
        return path
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)]
    )
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=["<s>", "</s>", "<pad>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    lines = [_CORPUS.format(w=w, W=w.upper(), n=1000 * i + 7) for i, w in enumerate(_WORDS)]
    tok.train_from_iterator(lines * 4, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(fast), hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
        num_key_value_heads=2, max_position_embeddings=max_positions, bos_token_id=fast.bos_token_id,
        eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id, tie_word_embeddings=True,
    )
    path.mkdir(parents=True, exist_ok=True)
    LlamaForCausalLM(config).save_pretrained(path)
    fast.save_pretrained(path)
    return path
