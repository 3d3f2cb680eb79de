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
        "reach": 3000, "package:package": str(package),
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


def test_every_shipped_model_is_whole_and_opens_in_the_designer(provider):
    """Each input component has a definition, the model validates, and the Model Designer scene builds
    (it crashed QGIS when a component had no definition)."""
    from pathlib import Path

    from qgis.core import QgsProcessingContext, QgsProcessingModelAlgorithm
    from qgis.gui import QgsModelGraphicsScene

    folder = Path(__file__).resolve().parents[1] / "bassins_plugin" / "models"
    models = sorted(folder.glob("*.model3"))
    assert models
    for path in models:
        model = QgsProcessingModelAlgorithm()
        assert model.fromFile(str(path)), path
        names = {d.name() for d in model.parameterDefinitions()}
        components = model.parameterComponents()
        assert set(components) <= names, set(components) - names
        ok, problems = model.validate()
        assert ok, problems
        for child_id in model.childAlgorithms():
            child = model.childAlgorithm(child_id)
            assert child.description() and (child.position().x(), child.position().y()) != (0, 0), child_id
            ok, problems = model.validateChildAlgorithm(child_id)
            assert ok, (child_id, problems)
        positions = {(c.position().x(), c.position().y()) for c in components.values()}
        assert len(positions) == len(components)  # no component piled on another
        scene = QgsModelGraphicsScene()
        scene.setModel(model)
        scene.createItems(model, QgsProcessingContext())
        assert len(scene.items()) > len(components) + len(model.childAlgorithms())


def test_model_attraction_path_and_french_labels(run_alg, provider, tmp_path, locale):
    out = {k: str(tmp_path / f"{k.lower()}.gpkg") for k in ("UNITS", "FLOWS", "POLES", "PROPOSALS")}
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 200, "SEED": 8, "PROPOSAL_LINES": None, "ROADS": None, **out})
    pole = read_gdf(out["POLES"]).sort_values("jobs").iloc[-1]["unit_id"]
    res, log = run_alg(MODEL_ID, {
        "units": out["UNITS"], "unit_id": "unit_id", "country": "country", "active": "active",
        "population": "population", "flows": out["FLOWS"], "proposals": out["PROPOSALS"], "thresholds": "5;15;30",
        "pole_units": pole, "reach": 3000, "attraction:attraction_units": str(tmp_path / "att.gpkg")})
    att = read_gdf(tmp_path / "att.gpkg")
    assert att.loc[att["unit_id"] == pole, "is_pole"].iloc[0] == 1 and (att["level"] >= 1).sum() >= 1
    # the same model, in French: labels translated, ids and parameter names unchanged
    fr = locale("fr").algorithm("Living area — full chain")
    assert fr.id() == MODEL_ID and fr.displayName() != "Living area — full chain"
    assert fr.parameterDefinition("units").description().startswith("Unités")
