# IR Match Advisor. `make help` lists the targets.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
RASA_VENV := .venv-rasa
# pip here reads a machine-wide find-links that prints one harmless warning per package.
PIP_QUIET := grep -v '^WARNING: Location' || true

.PHONY: help install install-parts system-packages browser train test lint format clean

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

install: ## create .venv (project) and .venv-rasa (Rasa 3.6.21), both Python 3.10; Debian's chromium and nginx
	@$(MAKE) --no-print-directory -j3 install-parts

# The three parts are independent: on a fresh machine they run side by side (make -j3).
install-parts: $(VENV)/.installed $(RASA_VENV)/.installed system-packages

# The browser tests drive Debian's chromium (Playwright cannot download browsers here);
# run-scaled's balancer is Debian's nginx-light. One apt-get for both: apt allows one at a time.
system-packages: ## install Debian's chromium and nginx-light when missing (apt-get; needs root)
	@missing=""; command -v chromium >/dev/null || missing="chromium"; \
	command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$$missing nginx-light"; \
	[ -z "$$missing" ] || { echo "installing Debian's$$missing"; apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; }

browser balancer: system-packages ## (chromium / nginx-light: see system-packages)

$(VENV)/.installed: pyproject.toml
	@py=$$(scripts/find-python310); \
	if ! $(VENV)/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then \
	  echo "creating $(VENV) with $$py"; rm -rf $(VENV); "$$py" -m venv $(VENV); \
	  $(VENV)/bin/pip install -q --upgrade pip 2>&1 | $(PIP_QUIET); \
	fi
	@echo "installing the project into $(VENV)"
	@$(VENV)/bin/pip install -q -e '.[dev]' 2>&1 | $(PIP_QUIET)
	@$(VENV)/bin/python -c 'import bot, rasa_sdk, spacy, telegram, sqlalchemy'
	@touch $@

$(RASA_VENV)/.installed: requirements-rasa.txt
	@py=$$(scripts/find-python310); \
	if ! $(RASA_VENV)/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then \
	  echo "creating $(RASA_VENV) with $$py"; rm -rf $(RASA_VENV); "$$py" -m venv $(RASA_VENV); \
	  $(RASA_VENV)/bin/pip install -q --upgrade pip 2>&1 | $(PIP_QUIET); \
	fi
	@echo "installing Rasa into $(RASA_VENV) (about 70 s the first time)"
	@$(RASA_VENV)/bin/pip install -q -r requirements-rasa.txt 2>&1 | $(PIP_QUIET)
	@$(RASA_VENV)/bin/rasa --version >/dev/null
	@touch $@

# Rasa training inputs. The data directories are listed too so that adding or removing a file
# (which changes the directory's mtime) also retrains.
RASA_TRAINING_INPUTS := domain.yml config.yml $(shell find data -type d -o -type f -name '*.yml' 2>/dev/null)
RASA_MODEL_STAMP := models/.trained

# The learned whole-message topic model (bot/understanding/learned_topics.py, about 15 s): it
# learns from the development set's tune files and data/nlu (bot/understanding/topic_examples.py).
TOPIC_MODEL := models/topic-model.pkl
TOPIC_TRAINING_INPUTS := $(wildcard tests/understanding/dev_*.yml) $(shell find data/nlu -name '*.yml') \
  bot/understanding/learned_topics.py bot/understanding/topic_examples.py bot/understanding/evaluation.py

$(TOPIC_MODEL): $(VENV)/.installed $(TOPIC_TRAINING_INPUTS)
	@echo "training the learned topic model into $@"
	@$(VENV)/bin/advisor topics train --out $@

train: $(RASA_MODEL_STAMP) $(TOPIC_MODEL) ## train the Rasa model and the learned topic model into models/ when their inputs changed


# Several engineers and test runs share this tree: one training at a time (flock), and make is
# run again under the lock so that a model another run has just trained is not trained twice.
# The stamp takes the time training started, so edits made during training retrain next time.
$(RASA_MODEL_STAMP): $(RASA_VENV)/.installed $(RASA_TRAINING_INPUTS)
ifeq ($(RASA_TRAIN_LOCKED),)
	@mkdir -p models
	@flock models/.train.lock $(MAKE) --no-print-directory RASA_TRAIN_LOCKED=1 $@
else
	@echo "training the Rasa model into models/"
	@touch $@.new
	RASA_TELEMETRY_ENABLED=false $(RASA_VENV)/bin/rasa train \
	  --domain domain.yml --config config.yml --data data --out models \
	  --fixed-model-name ir-match-advisor
	@mv $@.new $@
endif

# The product: everything CONTRACT section 1 says `make run` does. `advisor run` (bot/runner.py)
# loads the knowledge base when the database is empty, starts the services, prints their URLs
# and stops them all on Ctrl-C/SIGTERM; `exec` hands make's signals straight to it.
.PHONY: run
run: install train ## install and train if needed, then start Rasa, the action server and the channels
	exec $(VENV)/bin/advisor run

# Several Rasa instances and action servers behind Debian's nginx (bot/runtime/). Needs
# TRACKER_STORE_URL (PostgreSQL) and LOCK_STORE_URL (Redis); refuses to start without them.
.PHONY: run-scaled balancer
run-scaled: install train balancer ## like run, with RASA_INSTANCES and ACTION_SERVERS (default 2, 2) behind nginx
	exec $(VENV)/bin/advisor run --instances $${RASA_INSTANCES:-2} --action-servers $${ACTION_SERVERS:-2}


# Training needs only .venv-rasa, so on a fresh machine it runs beside the other install parts.
test: ## the whole test suite (CI runs this; installs and trains first when needed)
	@$(MAKE) --no-print-directory -j3 install-parts $(RASA_MODEL_STAMP) $(TOPIC_MODEL)
	$(VENV)/bin/pytest

lint: install ## ruff check, ruff format --check, mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy bot actions

format: install ## apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean: ## remove caches and build output (keeps the venvs and var/)
	rm -rf .mypy_cache .ruff_cache .pytest_cache .hypothesis build *.egg-info
