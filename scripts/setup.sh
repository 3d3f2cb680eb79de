#!/usr/bin/env bash
# One-command setup for a fresh Debian 12 or 13 machine (idempotent).
# Installs QGIS and its Python bindings from Debian, geopandas from Debian,
# Qt translation tools, Xvfb, PostgreSQL/PostGIS, then a venv made from the
# system Python (with --system-site-packages) holding the pure-Python test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

PKGS="qgis python3-qgis qgis-providers python3-geopandas python3-pandas python3-numpy
python3-scipy python3-networkx python3-requests python3-venv qttools5-dev-tools
pyqt5-dev-tools xvfb xauth x11-apps imagemagick poppler-utils make zip unzip
postgresql postgis postgresql-postgis fonts-dejavu-core"

missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
if [ -n "$missing" ]; then
  echo "[setup] installing Debian packages:$missing"
  $SUDO apt-get update -qq
  # PostgreSQL must not be started by the package scripts inside containers; tests start their own cluster.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
else
  echo "[setup] Debian packages already installed"
fi

if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating .venv from /usr/bin/python3 with system site packages"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
# Only pure-Python test tools go into the venv: numpy, pandas, GDAL come from Debian.
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
.venv/bin/python - <<'PY'
import numpy, qgis.core, osgeo.gdal_array  # noqa: F401  (fails loudly if numpy 2 sneaked in)
print("[setup] QGIS", qgis.core.Qgis.QGIS_VERSION, "numpy", numpy.__version__)
PY
echo "[setup] done"
