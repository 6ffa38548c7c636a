"""The reader's architecture: a small ``LlamaForCausalLM`` with tied embeddings and RoPE."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelShape:
    """Sizes of the reader; the defaults give about 1.05M parameters with a 4,096-token vocabulary."""

    hidden: int = 128
    layers: int = 2
    heads: int = 4
    mlp: int = 512
    rope_theta: float = 1e4
    max_positions: int = 16384  # lm-eval cuts prompts at this length: keep it above every task length
    embed_std: float = 0.05  # the warm-up keeps embeddings frozen at this random init


SMOKE_SHAPE = ModelShape(hidden=32, layers=1, heads=2, mlp=64)


def build_model(shape: ModelShape, tokenizer, seed: int):
    """A freshly initialised reader for ``tokenizer`` (deterministic given ``seed``)."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=shape.hidden,
        intermediate_size=shape.mlp,
        num_hidden_layers=shape.layers,
        num_attention_heads=shape.heads,
        num_key_value_heads=shape.heads,
        max_position_embeddings=shape.max_positions,
        rope_theta=shape.rope_theta,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model = LlamaForCausalLM(config)
    with torch.no_grad():
        model.get_input_embeddings().weight.normal_(0.0, shape.embed_std)
    return model
