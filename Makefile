# Peninsula — two commands: `make run` serves the dashboard, `make test` runs what CI runs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test lint typecheck pytest browser-deps bench guide-shots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installs the runtime package (editable) once per change of pyproject.toml.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# Installs the dev and peer extras (tests, linters, the Axelrod cross-check).
$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev,peers]"
	touch $@

run: $(VENV)/.installed-run
	$(BIN)/streamlit run dashboard/app.py --server.port $(PORT) --browser.gatherUsageStats false

# Debian's chromium drives the browser tests (and a CJK font lets the Chinese pages render in
# screenshots); install them when missing and apt-get exists.
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "cjk"; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null) \
	      || echo "Could not install chromium: browser tests will skip (and fail under CI=true)"; \
	  else \
	    echo "No apt-get: browser tests will skip (and fail under CI=true)"; \
	  fi; \
	fi

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy sim

pytest: $(VENV)/.installed-dev browser-deps
	$(BIN)/pytest

test: lint typecheck pytest

bench: $(VENV)/.installed-dev browser-deps
	$(BIN)/python -m benchmarks

# The browser tests alone, also saving a 1400x1000 JPEG of every page in both languages for
# the classroom guide (CI=true: a missing browser fails instead of skipping, so no shot is lost).
guide-shots: $(VENV)/.installed-dev browser-deps
	CI=true PENINSULA_GUIDE_SHOTS=docs/screenshots $(BIN)/pytest -q tests/test_browser.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
