"""What the model really receives: a document's prompt as lm-eval renders and tokenizes it.

lm-eval builds a ``generate_until`` context from the document's prompt and its
answer prefix (the task's ``gen_prefix``). Without a chat template it joins
them as plain text; with ``--apply_chat_template`` it renders a user turn and
an assistant turn that the model continues (``continue_final_message``). Its
hf backend then tokenizes that text with the tokenizer's special tokens unless
the text already starts with the BOS token. Lengths are fitted and checked on
exactly that count, so that no prompt is cut by the backend.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from .errors import LcevalError


@dataclass(frozen=True)
class PromptRender:
    """Renders (prompt, answer prefix) as lm-eval does for one tokenizer; ``chat_template`` None is plain text."""

    tokenizer: Any
    chat_template: str | None = None
    add_bos_token: bool | None = None  # the hf backend's model_args setting; None: the tokenizer's default

    def text(self, prompt: str, answer_prefix: str = "") -> str:
        if self.chat_template is None:
            # lm-eval puts its target delimiter between the two only when neither side has a space there.
            joint = " " if prompt and answer_prefix and not (prompt[-1].isspace() or answer_prefix[0].isspace()) else ""
            return prompt + joint + answer_prefix
        messages = [{"role": "user", "content": prompt}]
        if answer_prefix:
            messages.append({"role": "assistant", "content": answer_prefix})
        return self.tokenizer.apply_chat_template(
            messages,
            chat_template=self.chat_template,
            tokenize=False,
            add_generation_prompt=not answer_prefix,
            continue_final_message=bool(answer_prefix),
        )

    def count(self, prompt: str, answer_prefix: str = "") -> int:
        """Tokens the backend feeds the model for this prompt (BOS included when it adds one)."""
        text = self.text(prompt, answer_prefix)
        bos = getattr(self.tokenizer, "bos_token", None)
        if bos and text.startswith(bos):
            special = False
        else:
            special = True if self.add_bos_token is None else self.add_bos_token
        return len(self.tokenizer(text, add_special_tokens=special)["input_ids"])

    def identity(self) -> dict:
        """What keys generated samples besides the tokenizer (empty for the plain default)."""
        if self.chat_template is None and self.add_bos_token is None:
            return {}
        template = hashlib.sha256((self.chat_template or "").encode()).hexdigest()[:16] if self.chat_template else None
        return {"chat_template": template, "add_bos_token": self.add_bos_token}


def as_render(tokenizer_or_render) -> PromptRender:
    """Generators accept a tokenizer (plain prompts) or a ready ``PromptRender``."""
    return tokenizer_or_render if isinstance(tokenizer_or_render, PromptRender) else PromptRender(tokenizer_or_render)


def resolve_chat_template(setting, tokenizer) -> str | None:
    """``chat_template`` setting -> template text: false/None none, true the tokenizer's own, a string itself."""
    if setting is None or setting is False or (isinstance(setting, str) and setting.strip().lower() in ("", "false", "0", "no")):
        return None
    if setting is True or (isinstance(setting, str) and setting.strip().lower() in ("true", "1", "yes")):
        template = getattr(tokenizer, "chat_template", None)
        if isinstance(template, dict):
            template = template.get("default")
        if not template:
            raise LcevalError(
                "chat_template=true but the tokenizer has no chat template: give the template text as chat_template, or set chat_template=false."
            )
        return template
    if isinstance(setting, str):
        return setting
    raise LcevalError(f"chat_template must be true, false or a template string, got {setting!r}.")
