# Two commands on a fresh machine: `make serve` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: serve worker test check fmt bench

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

serve: $(VENV)/.installed  ## install, then run the API and a worker on SQLite
	$(VENV)/bin/dispo serve --port $(PORT)

worker: $(VENV)/.installed
	$(VENV)/bin/dispo worker

test: $(VENV)/.installed  ## the whole suite (PostgreSQL too when DISPO_TEST_POSTGRES_URL is set)
	$(PY) -m pytest -q

check: $(VENV)/.installed  ## lint, format and type checks
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy src

fmt: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix src tests bench
	$(VENV)/bin/ruff format src tests bench

bench: $(VENV)/.installed
	$(PY) bench/api.py
