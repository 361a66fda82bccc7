# The two commands of the README:
#   make run   - set everything up and run the service locally (SQLite, embedded broker)
#   make test  - install what the tests need and run them
#   make messages - refresh the English catalog after changing translatable strings
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE := samples/town-speeches-2024.txt
# The sample is the 2024 plan; the demo imports it as this year's plan, so the
# ledger is current (not ~700 days overdue) and reminders are the usual ones.
DEMO_YEAR ?= $(shell date +%Y)
PORT ?= 8000

.PHONY: run test lint setup services smoke messages

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(VENV)/.installed $@

setup: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_departments
	$(PY) manage.py import_plan $(SAMPLE) --year $(DEMO_YEAR)
	$(PY) manage.py demo_accounts
	$(PY) manage.py demo_activity
	@echo "说明：示例讲话是2024年的工作计划，演示按今年（$(DEMO_YEAR)年）导入，完成时限随之落在今年；"
	@echo "      演示进度（签收、报送、办结）由 demo_activity 生成。Note: the 2024 sample is imported as $(DEMO_YEAR)'s plan, with demo progress."

# `make run PORT=8323` serves on another port; the e-mail links (SITE_URL) follow it
# unless SITE_URL is set (setup inherits it: demo_activity prints it in its hint).
# The demo is for trying the product as its users would: DEBUG off, so a mistyped
# address shows the product's own 404 page, not Django's technical one; `--insecure`
# lets runserver serve the static files from the apps without DEBUG (no collectstatic).
# `DEBUG=true make run` (or `make run DEBUG=true`) keeps Django's debug pages.
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: export DEBUG ?= false
run: setup
	@echo "API: http://127.0.0.1:$(PORT)/api/v1/   admin: http://127.0.0.1:$(PORT)/admin/   e-mails: var/mail/"
	trap 'trap - INT TERM EXIT; kill 0' INT TERM EXIT; \
	$(VENV)/bin/celery -A tracker worker --beat --pool=solo --loglevel=info & \
	$(PY) manage.py runserver --insecure 127.0.0.1:$(PORT)

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) manage.py makemigrations --check --dry-run

test: $(VENV)/.dev-installed lint
	bash tests/tools/ensure-chromium || test "$$CI" != true  # browser test: fails in CI without it
	$(PY) -m pytest

# Production-like stack on this machine (PostgreSQL, Redis, gunicorn, 2 workers, beat,
# loopback SMTP) walked end to end; see deploy/smoke. Needs PostgreSQL and Redis running.
smoke: $(VENV)/.dev-installed
	$(PY) deploy/smoke

# The English catalog (source strings are Chinese): extract, then compile. Translate
# the new or changed entries in locale/en/LC_MESSAGES/django.po (no "fuzzy" may stay),
# run it again, and commit both django.po and django.mo. Needs GNU gettext.
I18N_IGNORE := --ignore=.venv --ignore=var --ignore=bench --ignore=test-artifacts
messages: $(VENV)/.installed
	$(PY) manage.py makemessages -l en --no-location $(I18N_IGNORE)
	$(PY) manage.py compilemessages --ignore=.venv
