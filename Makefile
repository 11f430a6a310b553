# Everything a fresh machine needs, in one place. `make example` and `make test` are the README's two commands.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install system-deps example test lint bench clean

$(BIN)/procrules: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/procrules

install: $(BIN)/procrules

# Debian's chromium for the browser test; does nothing when present or when apt-get/root are not.
system-deps:
	tools/install-system-deps.sh

# Exit code 1 means "findings raised", which is what the examples are there to show.
example: install
	$(BIN)/procrules check examples/*.yaml --as-at 2026-12-01 || [ $$? -eq 1 ]

test: install system-deps
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/pytest -q

bench: install
	$(BIN)/python benchmarks/check_throughput.py
	$(BIN)/python benchmarks/batch_throughput.py --sizes 10000,100000 --durable 300
	$(BIN)/python benchmarks/batch_stages.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
