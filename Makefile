# Two commands matter: `make run` and `make test` (README). Everything else supports them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
APT_PACKAGES := openssh-server openssh-client xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 \
	libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1 libopengl0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 fonts-dejavu-core fonts-noto-core iproute2 procps chromium \
	debootstrap dpkg-dev apt-utils util-linux
PYTEST_ARGS ?=

.PHONY: run test lint unit lab-test relay-test relay-wheelhouse system-deps venv bench screenshots translations clean release release-test

run: system-deps venv
	$(VENV)/bin/airlock

# Every Python process of the run is measured (pyproject.toml [tool.coverage]); the report
# prints coverage per package and holds app.core to its floor when the whole suite ran.
# A process the crash tests kill on purpose leaves an empty data file: dropped before combining.
test: system-deps venv lint
	@rm -f .coverage .coverage.*
	export COVERAGE_FILE="$(CURDIR)/.coverage"; \
	QT_QPA_PLATFORM=offscreen PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(PY) -m coverage run -m pytest $(PYTEST_ARGS); \
	tests=$$?; \
	find . -maxdepth 1 -name '.coverage.*' -empty -delete; \
	$(PY) -m coverage combine --quiet; \
	$(PY) tests/coverage_report.py $(if $(strip $(PYTEST_ARGS)),--no-floor); \
	floor=$$?; \
	if [ $$tests -ne 0 ]; then exit $$tests; fi; exit $$floor

# Quick loop while developing: no lint, no lab, no slow tests.
unit: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not lab and not slow" -q $(PYTEST_ARGS)

# The real-rootfs lab alone (root; first run debootstraps a Debian root, then it is cached).
lab-test: system-deps venv
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(PY) -m pytest -m lab -q tests/lab/test_rootfs_provisioning.py tests/integration/test_deploy.py

# The relays' lab alone (root): relays with their own Debian root, racks of nodes behind them.
relay-test: system-deps venv
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(PY) -m pytest -m lab -q tests/lab/test_relays_lab.py

# What a relay installs offline (connected build machine): hash-pinned wheels from runtime.lock's pins.
# Wrap it in an update bundle: airlock bundle build $(RELAY_WHEELHOUSE) --type update --name airlock-relay ...
RELAY_WHEELHOUSE ?= dist/relay-wheelhouse
relay-wheelhouse: venv
	$(PY) packaging/relay_wheelhouse.py --out $(RELAY_WHEELHOUSE)

lint: venv
	$(VENV)/bin/ruff check app tests bench packaging
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	@if ls playbooks/*.yml >/dev/null 2>&1; then \
		PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/ansible-lint --offline --profile production playbooks/; fi

# apt packages: installed when running as root (CI, a fresh appliance); otherwise checked.
system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing system packages: $$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
		else \
			echo "Missing system packages (run as root, or: sudo apt-get install $$missing)"; exit 1; \
		fi; \
	fi

venv: $(STAMP)

$(STAMP): requirements/dev.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements/dev.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Every bench/bench_*.py with --quick; a failure does not stop the others, the summary names it.
bench: system-deps venv
	QT_QPA_PLATFORM=offscreen PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(PY) bench/run_all.py

screenshots: system-deps venv
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) -m pytest tests/gui -m gui -q -k screenshot

# Refresh the .ts catalogues from the code and rebuild the .qm files Qt loads.
translations: venv
	$(PY) resources/translations/update.py

# The release medium dist/airlock-VERSION/ and the app bundle source dist/airlock-VERSION-app/,
# on a connected Debian 12 build machine, as root (APT is asked, on a bare debootstrap root,
# what the medium must carry). Caches under build/release/. RELEASE_ARGS: see --help.
release: system-deps venv
	$(PY) packaging/build_release.py $(RELEASE_ARGS)

# The release on bare Debian roots with no network: install, update, a failing update, rollback,
# tampering, kill -9 (root; minutes; the builder's caches make later runs quicker).
release-test: system-deps venv
	QT_QPA_PLATFORM=offscreen PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(PY) -m pytest -q \
		tests/lab/test_release_medium.py tests/integration/test_app_update.py tests/unit/test_appliance_package.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache artifacts .coverage .coverage.*
