# The two commands a new user runs: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint sample clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# Reinstall the package itself each time: the tests run against the installed package.
reinstall: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .

demo: reinstall
	$(BIN)/signals run sample_data/riverton/exports/* --roster sample_data/riverton/roster.csv \
		--org sample_data/riverton/org.json --out demo-out

test: reinstall
	cd tests && ../$(BIN)/python -m pytest -q -p no:cacheprovider
	$(BIN)/ruff check .
	$(BIN)/mypy signals collectors features models sample_data

clean:
	rm -rf $(VENV) demo-out build *.egg-info
