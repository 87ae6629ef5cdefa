# Go Global Academy — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c requirements.lock -e '.[dev]'
	@touch $@

# Certificates print names in every script (Latin, Arabic, Devanagari, Chinese, Japanese,
# Korean …) with the Noto fonts, a system dependency (courses/certificates/fonts.py).
FONT_PACKAGES := fonts-noto-core fonts-noto-cjk
CERTIFICATE_FONTS := NotoSans-Bold.ttf NotoSerif-Bold.ttf NotoSansArabic-Bold.ttf \
	NotoNaskhArabic-Bold.ttf NotoSansDevanagari-Bold.ttf NotoSerifDevanagari-Bold.ttf \
	NotoSansCJK-Bold.ttc NotoSerifCJK-Bold.ttc

fonts: ## Install the certificate fonts (Noto, with CJK, Arabic, Devanagari) if missing
	@missing=""; for font in $(CERTIFICATE_FONTS); do \
	  [ -n "$$(find /usr/share/fonts /usr/local/share/fonts $$HOME/.local/share/fonts -name $$font -print -quit 2>/dev/null)" ] || missing="$$missing $$font"; \
	done; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing the Noto fonts certificates need ($(FONT_PACKAGES))"; \
	  (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(FONT_PACKAGES) >/dev/null \
	    || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(FONT_PACKAGES) >/dev/null)) \
	  && missing=""; \
	fi; \
	if [ -n "$$missing" ]; then \
	  echo "Certificates need the Noto fonts; missing:$$missing"; \
	  echo "Install them with:  sudo apt-get install -y $(FONT_PACKAGES)"; \
	  exit 1; \
	fi

install: $(VENV)/.installed fonts ## Create .venv, install the pinned dependencies, check the fonts

run: install ## Migrate, load the demo and serve at http://127.0.0.1:8000
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

# The suite runs on TEST_WORKERS processes (pytest-xdist; 0 runs it in this process). Each has
# its own test database (test_<name>_gw0 …) and Redis database (tests/conftest.py), and gets
# tests one by one in collection order (--dist load), so every process still runs
# pytest-django's database tests before its transactional ones.
TEST_WORKERS ?= 2

test: install ## Lint and run the whole test suite
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates lms courses content
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/lint-imports
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

worker: install ## Start a Celery worker with beat (needs CELERY_BROKER_URL or REDIS_URL)
	DJANGO_SETTINGS_MODULE=$${DJANGO_SETTINGS_MODULE:-lms.settings.dev} $(VENV)/bin/celery -A lms worker --beat --loglevel=INFO --scheduler django_celery_beat.schedulers:DatabaseScheduler

format: install ## Format the code with ruff and the templates with djhtml
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml templates lms courses content

bench: bench-pages bench-certificates bench-reports bench-import bench-learners bench-load ## Run every benchmark (see docs/performance.md)

bench-pages: install ## Benchmark pages under gunicorn on PostgreSQL
	$(PY) bench/run.py

bench-certificates: install ## Issue 1,000 certificates through a real worker (Redis, PostgreSQL)
	$(PY) bench/certificates.py

bench-reports: install ## Time the reports on 1,000,000 enrollments beside hand-written SQL (PostgreSQL)
	$(PY) bench/reports.py

bench-import: install ## Import 10,000 learners from CSV and XLSX on PostgreSQL
	$(PY) bench/import_learners.py

bench-learners: install ## The trainer's Learners page and exports at the L data profile, 100,000 learners (PostgreSQL)
	$(PY) bench/learners_page.py

bench-load: install ## Locust on loopback: learners using the site, then 500 taking a quiz at once
	$(PIP) install --quiet -c requirements.lock -e '.[load]'
	$(PY) bench/load.py

bench-smoke: install ## Every benchmark once at a tiny size, so none breaks unnoticed (CI runs it)
	$(PIP) install --quiet -c requirements.lock -e '.[load]'
	$(PY) bench/smoke.py

backup: install ## Back up the database and media into backups/gga-backup-<date>.tar
	$(PY) manage.py backup --output-dir backups

restore: install ## Restore FILE=backups/gga-backup-….tar into an empty database and media folder
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/gga-backup-….tar"; exit 2; }
	$(PY) manage.py restore "$(FILE)"

# The five translated interface languages (locale/<dir>/LC_MESSAGES); English is the source.
# The .mo files are committed, so the site runs in every language without GNU gettext;
# tests/i18n checks they match the .po files and that nothing is left untranslated.
MESSAGE_LANGUAGES := fr es ar zh_Hans sw
MESSAGE_IGNORES := --ignore=.venv --ignore=bench --ignore=tests --ignore=staticfiles --ignore=media

messages: install ## Extract the interface strings into locale/ and compile them (needs GNU gettext)
	@command -v msgmerge >/dev/null || { echo "makemessages needs GNU gettext: sudo apt-get install -y gettext"; exit 1; }
	$(PY) manage.py makemessages --no-obsolete $(addprefix --locale=,$(MESSAGE_LANGUAGES)) $(MESSAGE_IGNORES)
	$(PY) manage.py compilemessages $(addprefix --locale=,$(MESSAGE_LANGUAGES)) $(MESSAGE_IGNORES)

lock: ## Re-pin the dependencies after changing pyproject.toml
	rm -rf /tmp/gga-lock && $(PYTHON) -m venv /tmp/gga-lock
	/tmp/gga-lock/bin/pip install --quiet -e '.[dev,load]'
	/tmp/gga-lock/bin/pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean: ## Remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles

.PHONY: help fonts install run test worker format bench bench-pages bench-certificates bench-reports bench-import bench-learners bench-load bench-smoke backup restore messages lock clean
