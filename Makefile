# The two commands of the README: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_DIST := $(VENV)/.installed-dist

.PHONY: run test lint format bench translations screenshots dist dist-check clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(PY) -m desmigratif_desktop $(ARGS)

test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP_TEST)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: $(STAMP_TEST)
	$(PY) benchmarks/bench_demo.py
	$(PY) benchmarks/bench_search.py
	$(PY) benchmarks/bench_startup.py
	$(PY) benchmarks/bench_reports.py
	$(PY) benchmarks/bench_sync.py

screenshots: $(STAMP_RUN)
	$(PY) scripts/render_screenshots.py

# Extract the screens' strings into the Indonesian .ts (translate new ones in Qt Linguist), then compile.
TS := resources/translations/desmigratif_id.ts
translations: $(STAMP_RUN)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $(sort $(wildcard desmigratif_desktop/ui/*.py)) desmigratif_desktop/app.py -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

# The folder handed out to the offices, dist/desmigratif-<version>-<os>/ (README, "Build the installer
# folder"); dist-check runs the built program, headless, the way an office would.
$(STAMP_DIST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dist]"
	@touch $@ $(STAMP_RUN)

dist: $(STAMP_DIST)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

dist-check: dist
	$(PY) scripts/check_dist.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
