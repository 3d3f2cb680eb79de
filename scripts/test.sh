#!/usr/bin/env bash
# Runs the whole test suite headless (QGIS offscreen; desktop tests start their own Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export PROJ_DATA=/usr/share/proj
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
make -s lint
.venv/bin/python scripts/package.py
# the whole suite, or only the test files/ids given (options alone still run the whole suite)
targets=tests
for arg in "$@"; do case "$arg" in -*) ;; *) targets="";; esac; done
exec .venv/bin/python -m pytest -p no:cacheprovider -q -ra "$@" $targets
