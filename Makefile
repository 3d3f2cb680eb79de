# Entry points. `make setup` then `make test` on a fresh Debian 12/13 machine.
SHELL := /bin/bash
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PROJ_DATA ?= /usr/share/proj

.PHONY: setup test lint translations package demo bench test-matrix clean

setup:
	bash scripts/setup.sh

test:
	bash scripts/test.sh

translations:
	$(PY) scripts/i18n.py update

package:
	$(PY) scripts/package.py

demo: package
	bash scripts/demo.sh

bench:
	$(PY) bench/run_bench.py $(BENCH_ARGS)

test-matrix:
	bash scripts/test_matrix.sh

lint:
	.venv/bin/ruff check bassins_plugin processing_scripts tests scripts bench


clean:
	rm -rf dist out build .pytest_cache
