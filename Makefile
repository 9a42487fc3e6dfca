# Klastry Pomorskie. Two commands matter: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/klastry
CHROMIUM ?= /usr/bin/chromium
# pytest-xdist workers for the suite (one per core on these machines).
TEST_WORKERS ?= 2

.PHONY: run test install install-dev chromium lint format check test-sqlite test-postgres messages clean bench

run: $(VENV)/.installed
	mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-dev chromium lint check test-sqlite test-postgres

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/bin/pip:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(VENV)/bin/pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

# Browser tests drive Debian's Chromium; Playwright's own browser download is not used.
chromium:
	@test -x $(CHROMIUM) || { \
		echo "Installing Chromium from the Debian packages"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	}

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit -c pyproject.toml -r . -q

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: $(VENV)/.installed-dev
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run

test-sqlite: $(VENV)/.installed-dev
	DATABASE_URL= $(BIN)/pytest -n $(TEST_WORKERS)

# Runs when PostgreSQL answers; TEST_POSTGRES=required turns its absence into a failure.
test-postgres: $(VENV)/.installed-dev
	@if $(BIN)/python -c "import psycopg, sys; psycopg.connect('$(TEST_DATABASE_URL)'.replace('/klastry', '/postgres'), connect_timeout=3).close()" 2>/dev/null; then \
		echo "Running the suite on PostgreSQL"; \
		DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest -n $(TEST_WORKERS); \
	elif [ "$(TEST_POSTGRES)" = "required" ]; then \
		echo "PostgreSQL is required (TEST_POSTGRES=required) but not reachable at $(TEST_DATABASE_URL)"; exit 1; \
	else \
		echo "PostgreSQL not reachable: suite ran on SQLite only"; \
	fi

# Load figures under gunicorn (bench/http.py, docs/performance.md); not part of `make
# test`. Takes about 20 minutes; BENCH_ARGS passes options (e.g. --reuse-data).
bench: $(VENV)/.installed
	@command -v wrk >/dev/null || { \
		echo "Installing wrk from the Debian packages"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
	}
	$(BIN)/python bench/http.py $(BENCH_ARGS)

# Refresh the translation catalogues (needs GNU gettext) and compile them.
messages: $(VENV)/.installed-dev
	$(MANAGE) makemessages --locale pl --locale en --ignore '.venv/*' --ignore 'var/*' --ignore 'staticfiles/*'
	$(MANAGE) compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) staticfiles
