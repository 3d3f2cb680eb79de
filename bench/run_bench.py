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
    ("flowlines", {"units": 100000, "flows": 1000000, "min_count": 85}),
    ("intensityrings", {"units": 20000}),
    ("intensityrings", {"units": 100000}),
    ("attractionrings", {"units": 20000, "flows": 1000000}),
    ("intensityindex", {"units": 100000}),
    ("potentialrings", {"units": 10000, "cells": 1225, "function": "exponential", "beta": 2.0}),
    ("potentialrings", {"units": 10000, "cells": 1225, "function": "pareto", "beta": 2.0}),
    ("potentialrings", {"units": 10000, "cells": 1225, "function": "exponential", "beta": 1.0}),
    ("overlayproposals", {"units": 20000, "proposals": 10000}),
    ("accessrings", {"units": 20000, "edges": 200000, "poles": 1000, "native_poles": 20}),
    ("routing", {"units": 5000, "edges": 1_000_000, "poles": 200}),
    ("accessrings_osm", {"units": 5000, "edges": 1_000_000, "poles": 200}),
    ("importcommuting", {"rows": 5_000_000, "shape": "none"}),
    ("importforeign", {"rows": 2350, "periods": 20, "shape": "none"}),
    ("downloadunits", {"units": 100000, "shape": "none"}),
    ("servicebasins", {"units": 5000, "points": 50000, "types": 30, "edges": 1000000}),
]
QUICK = [
    ("demoterritory", {"units": 1000}),
    ("crossborderflows", {"units": 10000, "flows": 100000}),
    ("intensityrings", {"units": 5000}),
    ("attractionrings", {"units": 5000, "flows": 100000}),
    ("potentialrings", {"units": 1000, "cells": 300, "function": "pareto", "beta": 2.0}),
    ("overlayproposals", {"units": 5000, "proposals": 1000}),
    ("accessrings", {"units": 5000, "edges": 20000, "poles": 100, "native_poles": 5}),
    ("routing", {"units": 500, "edges": 50_000, "poles": 20}),
    ("accessrings_osm", {"units": 1000, "edges": 50_000, "poles": 20}),
    ("importcommuting", {"rows": 200_000, "shape": "none"}),
    ("importforeign", {"rows": 2350, "periods": 20, "shape": "none"}),
    ("servicebasins", {"units": 500, "points": 5000, "types": 10, "edges": 50000}),
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


def _cell(res: dict) -> tuple:
    """(wall, peak, reference, ratio) texts of one run."""
    if "error" in res:
        last = res["error"].splitlines()[-1] if res["error"] else "error"
        return "error", "", "", last
    native = res.get("native_wall")
    return (f"{res['wall']:.2f}", f"{res['peak_mb']:.0f}", f"{native:.2f}" if native else "–",
            _ratio(res["wall"] / native) if native else "n/a")


def _ratio(r: float) -> str:
    return f"{r:.2f}×" if r >= 0.1 else f"{r:.4f}× ({1 / r:.0f}× faster)"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--only", default="", help="comma-separated algorithm names")
    parser.add_argument("--real-only", action="store_true", help="skip the simple-geometry column")
    opts = parser.parse_args()
    cases = QUICK if opts.quick else FULL
    if opts.only:
        wanted = set(opts.only.split(","))
        cases = [c for c in cases if c[0] in wanted]
    DATA.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    header = ("| algorithm | size | wall (s) | peak RSS (MB) | reference (s) | ours / reference | simple shapes: "
              "wall (s), ours / reference | notes |")
    rule = "|---|---|---|---|---|---|---|---|"
    print(header)
    print(rule)
    rows = []
    for name, args in cases:
        real = run_case(name, {**args, "shape": args.get("shape", "real")})
        simple = None
        if args.get("shape") != "none" and not opts.real_only:
            simple = run_case(name, {**args, "shape": "simple"})
        size = ", ".join(f"{k}={v:,}" if isinstance(v, int) else f"{k}={v}" for k, v in args.items()
                         if k != "shape")
        wall, peak, ref, ratio = _cell(real)
        second = "–" if simple is None else ", ".join(_cell(simple)[i] for i in (0, 3))
        notes = real.get("notes", "") if "error" not in real else ratio
        row = f"| {name} | {size} | {wall} | {peak} | {ref} | {ratio if 'error' not in real else ''} | {second} | " \
              f"{notes} |"
        print(row, flush=True)
        rows.append(row)
    text = "\n".join([header, rule] + rows) + "\n"
    (RESULTS / "bench.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
