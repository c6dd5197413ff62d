# specloom: `make generate` and `make test` work on a fresh machine with only Python 3.11.
# Both create .venv when missing and install the project into it.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Every package comes from a lock with hashes (requirements/*.txt, compiled from pyproject.toml and
# requirements/*.in by `make lock`): pip first, then the rest with --require-hashes, then the
# project itself with --no-deps and no build isolation (setuptools and wheel came from the lock),
# so nothing unpinned is downloaded. A changed lock or pyproject.toml makes the venv anew, so it
# holds exactly what the lock says (tests/test_lock.py checks that).
# strict editable install: a link tree of the import names (specloom -> generator/ ...) on a .pth
# line, which mypy and pytest resolve as Python does; made again by `check` so new files count
EDITABLE := $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . --config-settings editable_mode=strict
HASHED := $(BIN)/python -m pip install --quiet --require-hashes
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" .lock-venv/bin/pip-compile --quiet --generate-hashes \
	--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links --no-emit-trusted-host $(UPGRADE)

.PHONY: generate test check bench lint lock corpus explore clean-venv

$(STAMP): pyproject.toml requirements/pip.txt requirements/dev.txt
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(HASHED) -r requirements/pip.txt
	$(HASHED) -r requirements/dev.txt
	$(EDITABLE)
	@touch $(STAMP)

# make bench: the dev lock plus the bench extras (requirements/bench.txt, the same pins and more).
$(VENV)/.bench-installed: $(STAMP) requirements/bench.txt
	$(HASHED) -r requirements/bench.txt
	@touch $@

# generate lints every spec first (the checks of `specloom lint`, which are its first stage) and
# writes nothing when one fails: a separate lint run first only added a process (~0.4 s).
generate: $(STAMP)
	$(BIN)/specloom generate

lint: $(STAMP)
	$(BIN)/specloom lint

# `make test` never writes generated/: `specloom check` regenerates in memory and compares.
# Folders and --strict come from [tool.specloom] in pyproject.toml.
test: check
	$(BIN)/python -m pytest -n 2 -q

check: $(STAMP)
	$(BIN)/specloom check
	$(BIN)/ruff check generator specloom_runtime generated tests bench examples conftest.py
	@$(EDITABLE)
	$(BIN)/mypy -p specloom -p specloom_runtime
	$(BIN)/mypy examples
	$(BIN)/mypy tests

# the large vendor documents of ../shared/corpora/openapi-real, one at a time (minutes each);
# CORPUS_K selects some by name (pytest -k), as .ci/run does to stay within its time budget
corpus: $(STAMP)
	$(BIN)/python -m pytest -q -p no:xdist -m corpus tests/pipeline/test_corpus.py $(if $(CORPUS_K),-k "$(CORPUS_K)")

# random schemas through generate, both ruff selections, mypy --strict (and SUITE=1: the generated
# suite; ROLES=1: the schemas as parameters and form bodies too): tests/explore.py. SEED is a seed
# or a range (100-104), N the schemas drawn a seed, OUT a
# folder outside the repository (default: a fresh temporary one)
SEED ?= 100
N ?= 45
explore: $(STAMP)
	$(BIN)/python -m tests.explore $(SEED) --schemas $(N) $(if $(filter 1,$(SUITE)),--suite) $(if $(filter 1,$(ROLES)),--roles) $(if $(OUT),--out $(OUT))

bench: $(VENV)/.bench-installed
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Re-resolve the locks after changing dependencies (pyproject.toml, requirements/*.in); needs the
# package index. Pins stay where they are unless needed; `make lock UPGRADE=--upgrade` moves every
# package to its newest release. pip-tools runs from its own venv, outside the locked one.
lock:
	@test -x .lock-venv/bin/pip-compile || ($(PYTHON) -m venv .lock-venv && .lock-venv/bin/python -m pip install --quiet pip-tools==7.6.2)
	$(PIP_COMPILE) -o requirements/pip.txt requirements/pip.in
	$(PIP_COMPILE) --extra generate --extra test --extra dev -o requirements/dev.txt pyproject.toml requirements/build.in
	$(PIP_COMPILE) --extra generate --extra test --extra dev --extra bench -c requirements/dev.txt -o requirements/bench.txt pyproject.toml requirements/build.in

clean-venv:
	rm -rf $(VENV)
