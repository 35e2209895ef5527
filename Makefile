# Two commands do everything on a fresh machine: `make run` and `make test`.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run demo test lint check snapshots screenshots bench clean translations wheel tour mutate

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "make: Python's venv module is missing; install it with: sudo apt-get install python3-venv" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## the kiosk, fullscreen, on the bundled content
	$(VENV)/bin/kiosk $(ARGS)

demo: $(STAMP)  ## the kiosk in a normal window (front-desk demos)
	$(VENV)/bin/kiosk --windowed $(ARGS)

test: $(STAMP) lint  ## the whole suite: headless, then the real-display tier on Xvfb (tests/realdisplay)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check kiosk tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports  # the layer contracts in pyproject.toml

check: $(STAMP)
	$(VENV)/bin/kiosk check

snapshots: $(STAMP)  ## every page, landscape and portrait, into /tmp/kiosk-snapshots
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kiosk snapshot --out /tmp/kiosk-snapshots/landscape --size 1920x1080
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kiosk snapshot --out /tmp/kiosk-snapshots/portrait --size 1080x1920

screenshots: $(STAMP)  ## the README screenshots, copied from the tour in $(TOUR_OUT) (run make tour first)
	$(PY) -m tests.tools.screenshots $(TOUR_OUT) assets/screenshots

TOUR_OUT ?= /tmp/kiosk-tour
tour: $(STAMP)  ## every screen, with real input on Xvfb, at four sizes: $(TOUR_OUT)/<size>/NN-name.png
	$(PY) -m tests.tour --out $(TOUR_OUT) $(ARGS)

bench: $(STAMP)  ## speed and memory against a bare PySide6 app
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.tools.bench

wheel: $(STAMP)  ## the wheel a kiosk PC installs (content and assets inside), into dist/
	rm -rf dist && $(PY) -m pip wheel --quiet --no-deps --wheel-dir dist .
	@ls dist/*.whl

mutate: $(STAMP)  ## mutation testing of the pure code (not part of make test; see README)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/mutmut run --max-children 2 || true
	$(PY) tests/mutation/score.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info dist

translations: $(STAMP)  ## refresh assets/i18n/*.ts from the code, then compile them to .qm
	for ts in assets/i18n/kiosk_*.ts; do \
	  $(VENV)/bin/pyside6-lupdate kiosk/ui/*.py kiosk/ui/*/*.py -ts $$ts && \
	  $(VENV)/bin/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done
