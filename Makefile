# Two commands for a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_VAULT := .demo-vault
DEMO_PASSPHRASE := demo-passphrase

.PHONY: run test lint install install-dev syscheck demo-vault clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install install-dev: $(VENV)/.installed

syscheck: $(VENV)/.installed
	$(BIN)/python packaging/check_system.py

demo-vault: $(VENV)/.installed
	@if [ ! -e $(DEMO_VAULT)/vault.header ]; then \
		echo "Creating a demo vault in $(DEMO_VAULT) (passphrase: $(DEMO_PASSPHRASE))"; \
		printf '%s\n' '$(DEMO_PASSPHRASE)' | $(BIN)/vnr-desk --vault $(DEMO_VAULT) init --passphrase-stdin >/dev/null; \
		printf '%s\n' '$(DEMO_PASSPHRASE)' | $(BIN)/vnr-desk --vault $(DEMO_VAULT) demo --cases 25 --passphrase-stdin; \
	fi

run: syscheck demo-vault
	@echo "Demo vault passphrase: $(DEMO_PASSPHRASE)"
	$(BIN)/vnr-desk --vault $(DEMO_VAULT) gui

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/ruff format --check src tests benchmarks packaging

test: syscheck lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build dist *.egg-info
