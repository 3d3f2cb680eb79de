#!/usr/bin/env bash
# make test-matrix: the whole test suite on this machine's QGIS and on newer QGIS releases from Debian's
# own packages, each in a chroot (Debian 13 "trixie": QGIS 3.40; trixie-backports: QGIS 3.44).
#
#   bash scripts/test_matrix.sh [DIST ...]      (default: host trixie trixie-backports)
#
# Chroots live in $CHROOT_BASE (default /var/tmp/bassins-chroots); the first build of each takes a
# few minutes and ~2.5 GB, later runs reuse it. Needs root (debootstrap, chroot, mount).
# Writes the table to bench/results/matrix.md.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CHROOT_BASE=${CHROOT_BASE:-/var/tmp/bassins-chroots}
DISTS=("$@")
[ ${#DISTS[@]} -gt 0 ] || DISTS=(host trixie trixie-backports)
PKGS="qgis python3-qgis qgis-providers python3-geopandas python3-scipy python3-networkx python3-requests
python3-venv python3-pip python3-pytest xvfb xauth postgresql postgis qttools5-dev-tools poppler-utils unzip
locales ca-certificates postgresql-postgis fonts-dejavu-core"
mkdir -p bench/results
RESULTS=bench/results/matrix.md
echo "| environment | QGIS | tests | time (s) |" > "$RESULTS"
echo "|---|---|---|---|" >> "$RESULTS"

mirror() {
  local f u
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    u=$(grep -E '^(URIs:|deb )' "$f" | grep -Eo 'https?://[^ ]*/debian/?( |$)' | head -1 | tr -d ' ' || true)
    [ -n "$u" ] && { echo "${u%/}"; return 0; }
  done
  echo "http://deb.debian.org/debian"
}

FAILED_ENVS=0
LINE=""
summarize() {  # LINE = last pytest summary line of a log; counts environments with failures
  LINE=$(grep -E "[0-9]+ (passed|failed)" "$1" | tail -1 | sed 's/=//g; s/^ *//; s/ *$//')
  if [ -z "$LINE" ] || echo "$LINE" | grep -qE "failed|error"; then FAILED_ENVS=$((FAILED_ENVS + 1)); fi
  LINE=${LINE:-no test ran}
}

run_host() {
  local t0=$SECONDS log=/tmp/bassins-matrix-host.log
  bash scripts/test.sh > "$log" 2>&1 || true
  local ver
  ver=$(/usr/bin/python3 -c "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)" 2>/dev/null | tail -1)
  summarize "$log"
  echo "| host ($(. /etc/os-release; echo "$PRETTY_NAME")) | $ver | $LINE | $((SECONDS - t0)) |" >> "$RESULTS"
}

build_chroot() {  # idempotent: each step leaves a marker and is skipped next time
  local dist=$1 dir=$2 base=$1 extra=""
  [ "$dist" = "trixie-backports" ] && { base=trixie; extra=trixie-backports; }
  if [ ! -f "$dir/.bassins-debootstrap" ]; then
    command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap; }
    rm -rf --one-file-system "$dir"
    local script=/usr/share/debootstrap/scripts/$base
    [ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid
    debootstrap --variant=minbase "$base" "$dir" "$(mirror)" "$script" > /tmp/bassins-debootstrap-$dist.log
    touch "$dir/.bassins-debootstrap"
  fi
  mounts "$dir"
  if [ ! -f "$dir/.bassins-packages" ]; then
    echo "deb $(mirror) $base main" > "$dir/etc/apt/sources.list"
    [ -n "$extra" ] && echo "deb $(mirror) $extra main" >> "$dir/etc/apt/sources.list"
    inchroot "$dir" apt-get update -qq
    if [ -n "$extra" ]; then
      inchroot "$dir" apt-get install -y -qq --no-install-recommends -t "$extra" $PKGS > /dev/null
    else
      inchroot "$dir" apt-get install -y -qq --no-install-recommends $PKGS > /dev/null
    fi
    touch "$dir/.bassins-packages"
  fi
  if [ ! -f "$dir/.bassins-venv" ]; then
    # host CAs (e.g. a TLS-inspecting proxy), so that pip in the chroot reaches the package index
    if compgen -G "/usr/local/share/ca-certificates/*.crt" > /dev/null; then
      mkdir -p "$dir/usr/local/share/ca-certificates"
      cp -f /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/"
      inchroot "$dir" update-ca-certificates > /dev/null
    fi
    [ -x "$dir/opt/venv/bin/python" ] || inchroot "$dir" /usr/bin/python3 -m venv --system-site-packages /opt/venv
    inchroot "$dir" /opt/venv/bin/pip install -q "pytest-qgis>=5,<6" pytest-timeout flake8 bandit detect-secrets
    touch "$dir/.bassins-venv"
  fi
}

MOUNTED=()
mounts() {
  local dir=$1
  mountpoint -q "$dir/proc" || { mount -t proc proc "$dir/proc"; MOUNTED+=("$dir/proc"); }
  mountpoint -q "$dir/dev" || { mount --rbind /dev "$dir/dev"; mount --make-rslave "$dir/dev"; MOUNTED+=("$dir/dev"); }
  mountpoint -q "$dir/sys" || { mount --rbind /sys "$dir/sys"; mount --make-rslave "$dir/sys"; MOUNTED+=("$dir/sys"); }
  mkdir -p "$dir/work"
  mountpoint -q "$dir/work" || { mount --bind "$ROOT" "$dir/work"; MOUNTED+=("$dir/work"); }
}
cleanup() {
  local i
  for (( i=${#MOUNTED[@]}-1; i>=0; i-- )); do umount -R "${MOUNTED[$i]}" 2>/dev/null || umount -R -l "${MOUNTED[$i]}" || true; done
}
trap cleanup EXIT
inchroot() {
  local dir=$1; shift
  local extra_env=()
  for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY PIP_INDEX_URL; do
    [ -n "${!v:-}" ] && extra_env+=("$v=${!v}")
  done
  chroot "$dir" env -i PATH=/opt/venv/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp PROJ_DATA=/usr/share/proj \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    "${extra_env[@]}" "$@"
}

run_chroot() {
  local dist=$1 dir=$CHROOT_BASE/$1 t0=$SECONDS log=/tmp/bassins-matrix-$1.log
  build_chroot "$dist" "$dir"
  mounts "$dir"
  local ver
  ver=$(inchroot "$dir" python3 -c "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)" 2>/dev/null | tail -1)
  # the suite runs on the chroot's own QGIS; dist/ (the ZIP) is rebuilt by the host before
  inchroot "$dir" bash -c "cd /work && python -m pytest -p no:cacheprovider -q -ra tests" > "$log" 2>&1 || true
  summarize "$log"
  echo "| chroot $dist | $ver | $LINE | $((SECONDS - t0)) |" >> "$RESULTS"
}

.venv/bin/python scripts/package.py > /dev/null
for d in "${DISTS[@]}"; do
  echo "== $d"
  if [ "$d" = host ]; then run_host; else run_chroot "$d"; fi
  tail -1 "$RESULTS"
done
cat "$RESULTS"
[ "$FAILED_ENVS" -eq 0 ] || { echo "test-matrix: $FAILED_ENVS environment(s) with failures" >&2; exit 1; }
