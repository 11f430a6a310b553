# Everything a fresh machine needs, in one place. `make example` and `make test` are the README's two commands.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install example test lint bench clean

$(BIN)/procrules: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/procrules

install: $(BIN)/procrules

example: install
	$(BIN)/procrules check examples/dfe-managed-print.yaml

test: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest -q

bench: install
	$(BIN)/python benchmarks/check_throughput.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
