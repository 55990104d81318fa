# Two commands for a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_VAULT := .demo-vault
DEMO_PASSPHRASE := demo-passphrase
ICONS := src/vnr_desk/resources/icons

.PHONY: run test lint install install-dev syscheck demo-vault clean package package-test bench bench-check

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
	$(BIN)/python packaging/check_system.py --desktop
	@echo "Demo vault passphrase: $(DEMO_PASSPHRASE)"
	$(BIN)/vnr-desk --vault $(DEMO_VAULT) gui

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/ruff format --check src tests benchmarks packaging

test: syscheck lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Benchmarks against their floors (docs/performance.md). bench-check is CI's: the quick data
# set (built once into benchmarks/.cache, about 40 s), failing on a ratio past 1.5x its goal.
bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --json benchmarks/.cache/full.json

bench-check: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --quick --check --json benchmarks/.cache/quick.json

# A one-folder bundle for this platform in dist/vnr-desk (PyInstaller; see packaging/README.md);
# on Linux also dist/vnr-desk-<version>-linux-<arch>.tar.gz with the menu entry and icons.
package: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	rm -rf build/vnr-desk dist/vnr-desk
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		packaging/vnr-desk.spec
	@if [ "$$(uname -s)" = Linux ]; then \
		version=$$(PYTHONPATH=src $(BIN)/python -c 'import vnr_desk; print(vnr_desk.__version__)'); \
		name=vnr-desk-$$version-linux-$$(uname -m); \
		rm -rf dist/$$name dist/$$name.tar.gz && mkdir -p dist/$$name/icons && \
		{ cp -al dist/vnr-desk dist/$$name/vnr-desk 2>/dev/null || cp -a dist/vnr-desk dist/$$name/vnr-desk; } && \
		cp packaging/linux/vnr-desk.desktop packaging/linux/install.sh dist/$$name/ && \
		cp $(ICONS)/vnr-desk.svg $(ICONS)/vnr-desk-*.png dist/$$name/icons/ && \
		tar -C dist --sort=name --owner=0 --group=0 --numeric-owner -czf dist/$$name.tar.gz $$name && \
		rm -rf dist/$$name && echo "dist/$$name.tar.gz"; \
	fi
	@du -sh dist/vnr-desk

# Runs the built bundle from outside the checkout (tests/packaging, marked slow).
package-test: package
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow tests/packaging

clean:
	rm -rf $(VENV) build dist *.egg-info
