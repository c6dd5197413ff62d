# specloom: `make generate` and `make test` work on a fresh machine with only Python 3.11.
# Both create .venv when missing and install the project into it.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: generate test check bench lint corpus clean-venv

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

generate: $(STAMP)
	$(BIN)/specloom lint --strict
	$(BIN)/specloom generate --strict

lint: $(STAMP)
	$(BIN)/specloom lint --strict

# `make test` never writes generated/: `specloom check` regenerates in memory and compares.
test: check
	$(BIN)/python -m pytest -n 2 -q

check: $(STAMP)
	$(BIN)/specloom check --strict
	$(BIN)/ruff check generator specloom_runtime generated tests bench examples conftest.py
	$(BIN)/mypy generator specloom_runtime generated examples

# the large vendor documents of ../shared/corpora/openapi-real, one at a time (minutes each)
corpus: $(STAMP)
	$(BIN)/python -m pytest -q -p no:xdist -m corpus tests/pipeline/test_corpus.py

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean-venv:
	rm -rf $(VENV)
