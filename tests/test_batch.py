"""Batch use: each algorithm run several times in one process gives independent outputs."""
import hashlib

from .conftest import features, grid_layer, read_gdf


def _digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_batch_runs_are_independent(run_alg, tmp_path):
    demo = []
    for seed in (1, 2, 3):
        out = {k: str(tmp_path / f"s{seed}_{k.lower()}.gpkg") for k in
               ("UNITS", "FLOWS", "POLES", "PROPOSALS", "PROPOSAL_LINES", "ROADS")}
        run_alg("bassins:demoterritory", {"UNITS_COUNT": 80 + 20 * seed, "SEED": seed, **out})
        demo.append(out)
    before = [_digest(d["UNITS"]) for d in demo]
    counts = [len(read_gdf(d["UNITS"])) for d in demo]
    assert counts == [100, 120, 140]
    per_alg = {}
    for k, d in enumerate(demo):
        ind = str(tmp_path / f"ind{k}.gpkg")
        run_alg("bassins:crossborderflows", {"UNITS": d["UNITS"], "UNIT_ID": "unit_id", "COUNTRY": "country",
                                             "ACTIVE": "active", "FLOWS": d["FLOWS"], "ORIGIN": "origin",
                                             "DESTINATION": "destination", "COUNT": "count", "OUTPUT": ind})
        rings = str(tmp_path / f"rings{k}.gpkg")
        run_alg("bassins:intensityrings", {"INPUT": ind, "FIELD": "cb_share", "THRESHOLDS": "2;8", "OUTPUT": rings})
        acc = str(tmp_path / f"acc{k}.gpkg")
        run_alg("bassins:accessrings", {"NETWORK": d["ROADS"], "SPEED_FIELD": "speed_kmh", "POLES": d["POLES"],
                                        "UNITS": d["UNITS"], "BANDS": "10;20", "SNAP_TOLERANCE": 3000,
                                        "OUTPUT_RINGS": acc})
        per_alg.setdefault("ind", []).append(read_gdf(ind))
        per_alg.setdefault("rings", []).append(read_gdf(rings))
        per_alg.setdefault("acc", []).append(read_gdf(acc))
    # each output belongs to its own input: unit counts follow the inputs, values are not carried over
    assert [len(x) for x in per_alg["ind"]] == [100, 120, 140]
    for ind, rings in zip(per_alg["ind"], per_alg["rings"]):
        assert list(rings.sort_values("level")["units"]) == [int((ind["cb_share"] >= t).sum()) for t in (8, 2)]
    assert len({round(r["area_km2"].sum(), 3) for r in per_alg["acc"]}) == 3
    assert [_digest(d["UNITS"]) for d in demo] == before  # inputs never modified


def test_repeated_runs_same_parameters_identical(run_alg):
    results = []
    for _ in range(3):
        res, _ = run_alg("bassins:intensityrings", {"INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": "5;15;30",
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
        results.append([(a["level"], a["units"], a["area_km2"]) for a, _ in features(res["OUTPUT"])])
    assert results[0] == results[1] == results[2]
