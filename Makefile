# crosscheck: two commands on a fresh machine (Python 3.11+ and make):
#   make nightly   set up .venv, run the checker on the bundled samples, write reports/
#   make test      set up .venv, run the whole test suite
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ACCEL := $(VENV)/.accel-built
SAMPLES := samples
REPORTS := reports

.PHONY: nightly test gate baseline setup clean lint browser fuzz accel

setup: $(STAMP) $(ACCEL)

# re-install only when the project's metadata changed
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "crosscheck needs Python 3.11+, found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,accel]'
	@touch $(STAMP)

# the hot modules compiled with mypyc (checker/accel.py; ~1 minute with gcc, again whenever one of them changes).
# Without a C compiler the build says so and crosscheck runs the same modules as plain Python; this list is
# checker/accel.py's MODULES (tests/test_accel.py keeps them equal)
ACCEL_SOURCES := checker/text.py checker/extract/lexicon.py checker/extract/windows.py checker/extract/units.py \
	checker/extract/names.py checker/extract/figures.py checker/extract/dates.py checker/claims.py \
	checker/concepts.py checker/gazetteer.py checker/align.py checker/checks/conflict.py \
	checker/checks/arithmetic.py checker/checks/support.py checker/checks/time.py checker/report/records.py \
	checker/report/tables.py checker/report/html.py
$(ACCEL): $(STAMP) $(ACCEL_SOURCES) pyproject.toml
	$(BIN)/python -m checker.accel_build
	@touch $(ACCEL)

# rebuild the compiled modules now, and fail if they cannot be built
accel: $(STAMP)
	$(BIN)/python -m checker.accel_build --strict
	@touch $(ACCEL)

BASELINE := crosscheck-baseline.json
KEEP ?= 14

# the nightly job: report on the samples, keep the last $(KEEP) dated reports; exit 0 whenever it was written
nightly: $(ACCEL)
	$(BIN)/crosscheck check $(SAMPLES) --out $(REPORTS) --fail-on never --archive --keep $(KEEP)

# the CI gate: fail only on error-level findings that are not in the committed baseline
gate: $(ACCEL)
	$(BIN)/crosscheck check $(SAMPLES) --out $(REPORTS) --baseline $(BASELINE) --fail-on error --no-history

# accept the current findings of the samples (review the diff before committing it)
baseline: $(ACCEL)
	$(BIN)/crosscheck baseline $(SAMPLES) --output $(BASELINE)

test: $(ACCEL) browser
	$(BIN)/python -m pytest -q

# the report's browser tests drive Debian's chromium (Playwright cannot download its own browser here);
# install it when we can, otherwise those tests skip and say why
browser:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
	      || echo "could not install chromium: the browser tests will be skipped"; \
	  else echo "no chromium and no way to install it: the browser tests will be skipped"; fi; }

# the property and escaping tests with FUZZ random examples each instead of CI's fixed ones (a nightly job:
# 20,000 examples found gaps that the fixed ones did not; ~3 minutes at 5,000)
FUZZ ?= 5000
fuzz: $(ACCEL)
	CROSSCHECK_FUZZ_EXAMPLES=$(FUZZ) $(BIN)/python -m pytest -q tests/test_properties.py tests/test_injection.py

lint: $(STAMP)
	$(BIN)/ruff check checker tests benchmarks
	$(BIN)/ruff format --check checker tests benchmarks

clean:
	rm -rf $(VENV) $(REPORTS)/*.html $(REPORTS)/*.csv $(REPORTS)/*.json
