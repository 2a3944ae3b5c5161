# newsspider: the two commands are `make crawl` and `make test`; both set themselves up.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
CORPUS ?= ../shared/corpus
SITE   ?= kyivindependent

.PHONY: crawl test lint gate bench bench-quotes bench-crawl clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[test,dev]'
	@touch $(STAMP)

# The main job: a real `scrapy crawl` of the bundled fixture site, offline, writing data/$(SITE).jsonl.
crawl: $(STAMP)
	@mkdir -p data
	@$(VENV)/bin/scrapy crawl $(SITE) -O data/$(SITE).jsonl \
		-s REPLAY_FIXTURES=fixtures/$(SITE) -s LOG_LEVEL=WARNING
	@echo "records: data/$(SITE).jsonl"

test: $(STAMP)
	@$(PY) -m pytest -q

# Scores against quality/floors.json (the same check test_quality_gate.py makes), as a table.
gate: $(STAMP)
	@$(PY) -m newsspider fixture gate --corpus $(CORPUS)

lint: $(STAMP)
	@$(VENV)/bin/ruff check newsspider tests
	@$(VENV)/bin/mypy newsspider

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
