#!/usr/bin/env python3
"""Benchmark harness (not timed tests): wall time and peak memory per algorithm and size.

Each measurement runs in its own process (so peak RSS belongs to that run alone);
inputs are prepared beforehand by another process and cached in bench/data/.
Where QGIS has a native chain giving the same result, it is measured in the same
process and the ratio is reported. Writes bench/results/bench.md and prints it.

Usage: bench/run_bench.py [--quick] [--only NAME[,NAME]]
"""
import argparse
import json
import os
import subprocess  # nosec B404 - runs this very script's cases
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results"
CASE = ROOT / "bench" / "cases.py"

FULL = [
    ("demoterritory", {"units": 1000}),
    ("demoterritory", {"units": 10000}),
    ("demoterritory", {"units": 100000}),
    ("crossborderflows", {"units": 100000, "flows": 1000000}),
    ("intensityrings", {"units": 20000}),
    ("intensityrings", {"units": 100000}),
    ("intensityindex", {"units": 100000}),
    ("potentialrings", {"units": 10000, "cells": 1000}),
    ("overlayproposals", {"units": 20000, "proposals": 10000}),
    ("accessrings", {"units": 20000, "edges": 200000, "poles": 1000, "native_poles": 20}),
    ("importcommuting", {"rows": 5_000_000}),
]
QUICK = [
    ("demoterritory", {"units": 1000}),
    ("crossborderflows", {"units": 10000, "flows": 100000}),
    ("intensityrings", {"units": 5000}),
    ("potentialrings", {"units": 1000, "cells": 200}),
    ("overlayproposals", {"units": 5000, "proposals": 1000}),
    ("accessrings", {"units": 5000, "edges": 20000, "poles": 100, "native_poles": 5}),
    ("importcommuting", {"rows": 200_000}),
]


def run_case(name: str, args: dict) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROJ_DATA="/usr/share/proj")
    cmd = [sys.executable, str(CASE), name, json.dumps(args), str(DATA)]
    started = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)  # nosec B603
    if proc.returncode != 0:
        return {"error": (proc.stderr or proc.stdout)[-800:], "elapsed": time.time() - started}
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    return {"error": "no result line\n" + proc.stdout[-800:]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--only", default="", help="comma-separated algorithm names")
    opts = parser.parse_args()
    cases = QUICK if opts.quick else FULL
    if opts.only:
        wanted = set(opts.only.split(","))
        cases = [c for c in cases if c[0] in wanted]
    DATA.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = []
    header = "| algorithm | size | wall (s) | peak RSS (MB) | native chain (s) | ratio native/ours | notes |"
    print(header)
    print("|---|---|---|---|---|---|---|")
    for name, args in cases:
        res = run_case(name, args)
        size = ", ".join(f"{k}={v:,}" for k, v in args.items())
        if "error" in res:
            row = f"| {name} | {size} | error | | | | {res['error'].splitlines()[-1] if res['error'] else ''} |"
        else:
            native = res.get("native_wall")
            ratio = f"{native / res['wall']:.1f}×" if native else "n/a"
            row = (f"| {name} | {size} | {res['wall']:.2f} | {res['peak_mb']:.0f} | "
                   f"{native:.2f} | {ratio} | {res.get('notes', '')} |" if native else
                   f"| {name} | {size} | {res['wall']:.2f} | {res['peak_mb']:.0f} | – | n/a | {res.get('notes', '')} |")
        print(row, flush=True)
        rows.append(row)
    text = "\n".join([header, "|---|---|---|---|---|---|---|"] + rows) + "\n"
    (RESULTS / "bench.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
