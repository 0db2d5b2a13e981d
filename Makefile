# unarchive: `make run` serves the archive on http://127.0.0.1:8000, `make test` runs
# the whole suite. Both set up everything first: .venv, dependencies, the embedded
# PostgreSQL under var/ (unless DATABASE_URL names another server).

VENV := .venv
PY := $(VENV)/bin/python
# pgserver (the embedded PostgreSQL) has wheels for Python 3.9-3.12 and Django 5.2
# needs 3.10+: take 3.11 (the project's version), else 3.12 or 3.10.
PYTHON ?= $(shell for p in python3.11 python3.12 python3.10 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(not (3, 10) <= sys.version_info[:2] <= (3, 12))' 2>/dev/null; \
	then echo $$p; break; fi; done)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup migrate sample-data load-corpus bench-ingest bench-search lint format db-stop clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@if [ -z "$(PYTHON)" ]; then \
		echo "No Python 3.10, 3.11 or 3.12 found on PATH." >&2; \
		echo "unarchive needs one of them (pgserver, the embedded PostgreSQL, has no wheels for 3.13+)." >&2; \
		echo "Install Python 3.11 (e.g. 'apt-get install python3.11 python3.11-venv', 'pyenv install 3.11', 'uv python install 3.11')," >&2; \
		echo "or name one: make run PYTHON=/path/to/python3.11" >&2; \
		exit 1; \
	fi
	@echo "Creating $(VENV) with $(PYTHON) ($$($(PYTHON) --version))"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

setup: $(VENV)/.installed

migrate: setup
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput

sample-data: migrate
	DJANGO_DEBUG=1 $(PY) manage.py ingest sample_data/

CORPUS ?= ../shared/corpus

# The whole shared corpus (~4,500 documents and the metadata): about 2 minutes.
load-corpus: migrate
	DJANGO_DEBUG=1 $(PY) manage.py ingest --jobs $$(nproc) $(CORPUS)

bench-ingest: setup
	DJANGO_DEBUG=1 $(PY) bench/ingest.py $(CORPUS)

# Search at scale (1.2M paragraphs, ~12 min; BENCH_ARGS=--quick for ~4 min).
bench-search: setup
	$(PY) -m pip install --quiet -r bench/requirements.txt
	DJANGO_DEBUG=1 $(PY) bench/search.py $(BENCH_ARGS)

run: sample-data
	@echo "Serving http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

test: setup
	DJANGO_DEBUG=1 $(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: setup
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

db-stop: setup
	$(PY) -m unarchive.embedded_postgres stop var/pgdata

clean: db-stop
	rm -rf var $(VENV)
