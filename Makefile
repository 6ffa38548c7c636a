# Two entry points for a fresh machine: `make run` (the main job) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
# Benchmark data: a local folder if there is one (this workplace's ../shared/data), else lceval downloads.
export LCEVAL_DATA_DIR ?= $(wildcard $(abspath ../shared/data))
export TOKENIZERS_PARALLELISM ?= false

.PHONY: setup run test test-all reports
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[test]'
	touch $@

run: setup  ## a selector sweep with the built-in reader, ending in the report
	@# the static encoder's table is distilled once (cached) before the sweep, so selection times are per sample
	$(PY) -m lceval.selection.static_encoder
	$(VENV)/bin/lceval sweep configs/quick.yaml

test: setup  ## the fast offline suite (what CI runs)
	HF_HUB_OFFLINE=1 $(PY) -m pytest -q

test-all: setup  ## including tests marked slow
	HF_HUB_OFFLINE=1 $(PY) -m pytest -q -m "slow or not slow"

reports: setup  ## reports/<config>/ (report.md, plots, summary.csv/json) from each shipped config's run folder in runs/
	@for run in runs/*/; do name=$$(basename $$run); \
	  if [ -f configs/$$name.yaml ] && [ -f $$run/run.json ]; then $(VENV)/bin/lceval report $$run --output reports/$$name; fi; done
