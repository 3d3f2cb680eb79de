"""The shipped model 'Living area — full chain' runs through the Processing framework."""
import sqlite3

from .conftest import read_gdf

MODEL_ID = "bassins:Living area — full chain"


def test_model_visible_and_runs(run_alg, provider, tmp_path):
    assert provider.algorithm("Living area — full chain") is not None
    out = {k: str(tmp_path / f"{k.lower()}.gpkg") for k in ("UNITS", "FLOWS", "POLES", "PROPOSALS", "PROPOSAL_LINES")}
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 250, "SEED": 8, **out})
    package = tmp_path / "chain.gpkg"
    res, log = run_alg(MODEL_ID, {
        "units": out["UNITS"], "unit_id": "unit_id", "country": "country", "active": "active",
        "population": "population", "flows": out["FLOWS"], "proposals": out["PROPOSALS"], "thresholds": "5;15;30",
        "reach": 3000, "package": str(package),
        "indicators:indicators": str(tmp_path / "ind.gpkg"), "rings:rings": str(tmp_path / "rings.gpkg"),
        "overlay:proposals_overlay": str(tmp_path / "ov.gpkg"), "overlay:summary": str(tmp_path / "sum.gpkg"),
        "overlay:gaps": str(tmp_path / "gaps.gpkg")})
    rings = read_gdf(tmp_path / "rings.gpkg")
    ind = read_gdf(tmp_path / "ind.gpkg")
    assert list(rings.sort_values("level")["units"]) == [int((ind["cb_share"] >= t).sum()) for t in (30, 15, 5)]
    ov = read_gdf(tmp_path / "ov.gpkg")
    assert "best_level" in ov.columns and len(ov) == len(read_gdf(out["PROPOSALS"]))
    con = sqlite3.connect(str(package))
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    projects = con.execute("SELECT name FROM qgis_projects").fetchall()
    con.close()
    assert len(tables - {"layer_styles"}) == 5  # overlay, gaps, rings, indicators, summary
    assert projects == [("living_area",)]
