# newsspider: the two commands are `make crawl` and `make test`; both set themselves up.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
CORPUS ?= ../shared/corpus
SITE   ?= kyivindependent

.PHONY: crawl test lint gate bench bench-markup bench-quotes bench-crawl clean

# Set-up: create .venv when missing and install the project into it (pip's output goes to .venv/install.log
# and is shown only when the install fails).
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "installing newsspider into $(VENV) (log: $(VENV)/install.log)"
	@$(PY) -m pip install --disable-pip-version-check --upgrade pip > $(VENV)/install.log 2>&1 \
		&& $(PY) -m pip install --disable-pip-version-check -e '.[test,dev]' >> $(VENV)/install.log 2>&1 \
		|| { tail -n 40 $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

# The main job: a real `scrapy crawl` of the bundled fixture site, offline, writing data/$(SITE).jsonl.
crawl: $(STAMP)
	@mkdir -p data
	@$(VENV)/bin/scrapy crawl $(SITE) -O data/$(SITE).jsonl \
		-s REPLAY_FIXTURES=fixtures/$(SITE) -s LOG_LEVEL=WARNING
	@echo "records: data/$(SITE).jsonl"

test: $(STAMP) redis-server
	@$(PY) -m pytest -q

# Scores against quality/floors.json (the same check test_quality_gate.py makes), as a table.
gate: $(STAMP)
	@$(PY) -m newsspider fixture gate --corpus $(CORPUS)

lint: $(STAMP)
	@$(VENV)/bin/ruff check newsspider tests
	@$(VENV)/bin/mypy newsspider

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# The distributed-crawl tests start a real redis-server: install Debian's package when it is missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
.PHONY: redis-server
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "installing redis-server (Debian package) for the distributed-crawl tests"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq redis-server >/dev/null; }
	@command -v redis-server >/dev/null 2>&1 || { echo "redis-server is still missing" >&2; exit 1; }

# Crawl throughput and memory: our extractor against trafilatura on a generated local site (never in `make test`).
BENCH_SIZES ?= 1000,2000,10000
bench-crawl: $(STAMP)
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[bench]'
	@$(PY) -m newsspider.bench.crawl --sizes $(BENCH_SIZES)

# Extraction quality and speed beside trafilatura and newspaper4k on the corpus (never in `make test`).
bench: $(STAMP)
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[bench]'
	@$(PY) -m newsspider.bench.extract $(CORPUS)/aeb $(CORPUS)/fundus

# The same without JSON-LD and metadata meta tags: the markup heuristics alone.
bench-markup: $(STAMP)
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[bench]'
	@$(PY) -m newsspider.bench.extract $(CORPUS)/aeb $(CORPUS)/fundus --without-structured-data

# Quote detection and speaker attribution on the annotated quote set.
bench-quotes: $(STAMP)
	@$(PY) -m newsspider.bench.quotes fixtures/quotes/set.jsonl
