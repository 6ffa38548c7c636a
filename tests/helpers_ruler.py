"""Two small tokenizers built offline from the RULER essays: a byte-level BPE and a whitespace word-level one."""

from __future__ import annotations

import json
from pathlib import Path


def essay_lines(data_dir: str, chars: int = 600_000) -> list[str]:
    text = json.loads((Path(data_dir) / "ruler" / "PaulGrahamEssays.json").read_text(encoding="utf-8"))["text"][:chars]
    return text.splitlines()


def build_bpe(path: Path, lines: list[str], vocab_size: int = 4000) -> Path:
    """A byte-level BPE (GPT-2 style) saved as a Hugging Face tokenizer folder."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=["<s>", "</s>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(lines, trainer)
    PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>").save_pretrained(path)
    return path


def build_wordlevel(path: Path, lines: list[str], vocab_size: int = 8000) -> Path:
    """Whitespace-and-punctuation words; unknown words become one [UNK] token each."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(lines, trainers.WordLevelTrainer(vocab_size=vocab_size, special_tokens=["[UNK]", "<s>", "</s>"]))
    PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", bos_token="<s>", eos_token="</s>").save_pretrained(path)
    return path
