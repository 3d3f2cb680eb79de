"""The shipped models 'Living area — full chain' and 'Living area by services — full chain' run through the
Processing framework, and read well in the Model Designer in every language: texts translated, boxes big enough
for them, a copy per language."""
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from .conftest import features, memory_layer, read_gdf

MODEL_ID = "bassins:Living area — full chain"
SERVICES_ID = "bassins:Living area by services — full chain"
ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "bassins_plugin" / "models"
NAME = "living_area_full_chain.model3"
SERVICES = "living_area_services.model3"
# file -> the model's name (its id in the toolbox, after "bassins:")
SHIPPED = {NAME: "Living area — full chain", SERVICES: "Living area by services — full chain"}
LANGS = ("fr", "de", "it", "nl")


def _load(path):
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), path
    return model


def _texts(model):
    """Every text of a model a person reads in the Designer, by where it is: inputs (definition and box), steps,
    outputs."""
    texts = {}
    for definition in model.parameterDefinitions():
        if definition.isDestination():
            continue
        texts[f"input {definition.name()}"] = definition.description()
        texts[f"input box {definition.name()}"] = model.parameterComponent(definition.name()).description()
    for child_id, child in model.childAlgorithms().items():
        texts[f"step {child_id}"] = child.description()
        for name, output in child.modelOutputs().items():
            texts[f"output {child_id}:{name}"] = output.description()
    return texts


def _translations(lang):
    return json.loads((ROOT / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))


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
    from qgis.core import QgsProcessingContext, QgsProcessingModelAlgorithm
    from qgis.gui import QgsModelGraphicsScene

    models = sorted(MODELS.rglob("*.model3"))  # the models and their copies in each language
    assert len(models) == len(SHIPPED) * (1 + len(LANGS))
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


def _services_run(run_alg, tmp_path, **extra):
    """The services model on tests/test_service_basins.py's four squares worked out by hand (A, B in CH; C, D in
    FR), a proposal inside B and one in A, 100 m reach; every output written to a file."""
    from .test_service_basins import equipment, units

    proposals = memory_layer("Point", "EPSG:2056", ["theme:string"], [
        ("POINT(2601500 1200500)", ["health"]), ("POINT(2600300 1200500)", ["mobility"])], "proposals")
    outs = {k: str(tmp_path / f"{k.replace(':', '_')}.gpkg") for k in (
        "services:service_units", "services:service_zones", "rings:rings", "overlay:proposals_overlay",
        "overlay:summary", "overlay:gaps")}
    params = {"units": units(), "unit_id": "uid", "country": "ctry", "population": "pop",
              "equipment": equipment(), "equipment_type": "kind", "thresholds": "10;20;30", "proposals": proposals,
              "reach": 100, "package:package": str(tmp_path / "services.gpkg"), **outs}
    params.update(extra)
    res, log = run_alg(SERVICES_ID, params)
    return {k: v for k, v in outs.items()}, tmp_path / "services.gpkg", log


def _check_services_outputs(outs, package):
    """What the four squares give, by hand (tests/test_service_basins.py): dep_abroad A 0, B C D 25 % (one of
    the four types nearest abroad); poles A (3 of 4 types) and D (2 of 4); zones A = {A, B}, D = {C, D}."""
    from qgis.core import QgsDistanceArea

    units = {a["uid"]: a for a, _ in features(outs["services:service_units"])}
    assert {k: round(units[k]["dep_abroad"], 6) for k in "ABCD"} == {"A": 0.0, "B": 25.0, "C": 25.0, "D": 25.0}
    zones = {a["pole"]: a for a, _ in features(outs["services:service_zones"])}
    assert sorted(zones) == ["A", "D"]
    # rings on dep_abroad, thresholds 10;20;30: level 1 (>= 30) none; levels 2 and 3 = B, C, D: 3 km²
    area = QgsDistanceArea()
    rings = {a["level"]: (a, g) for a, g in features(outs["rings:rings"])}
    for level in (2, 3):
        attrs, geom = rings[level]
        assert attrs["units"] == 3 and area.measureArea(geom) == pytest.approx(3.0e6, rel=1e-6)
    assert rings.get(1) is None or rings[1][0]["units"] == 0
    overlay = {a["theme"]: a for a, _ in features(outs["overlay:proposals_overlay"])}
    assert overlay["health"]["best_level"] == 2  # inside B
    best_a = overlay["mobility"]["best_level"]  # 300 m into A, 100 m reach: B is 700 m away
    assert best_a is None or (hasattr(best_a, "isNull") and best_a.isNull())
    con = sqlite3.connect(str(package))
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    styles = con.execute("SELECT count(DISTINCT f_table_name) FROM layer_styles").fetchone()[0]
    projects = con.execute("SELECT name FROM qgis_projects").fetchall()
    con.close()
    assert len(tables - {"layer_styles"}) == 6  # overlay, gaps, rings, zones, units, summary
    assert styles >= 5 and projects == [("living_area_services",)]
    return units


def test_services_model_runs_with_a_basket_table(run_alg, provider, tmp_path):
    """Units + equipment + a basket table, no roads (straight lines, said in the log) -> service basins -> rings
    of dependence abroad -> overlay -> package."""
    basket = memory_layer("None", "", ["type:string", "theme:string", "basket:string"], [
        (None, [t, th, "everyday"]) for t, th in (("hospital", "health"), ("pharmacy", "health"),
                                                   ("school", "education"), ("bakery", "shopping"))], "basket")
    outs, package, log = _services_run(run_alg, tmp_path, basket_table=basket)
    units = _check_services_outputs(outs, package)
    # DETOUR 1.3, 50 km/h: 1 km of straight line = 1.3 km = 1.56 min; B's pharmacy abroad is C's, 0.6 km away
    assert units["B"]["t_health"] == pytest.approx(0.6 * 1.56) and units["B"]["abroad_health"] == 1
    assert "Basket from the table: 4 types in 3 themes." in log and "detour factor" in log


def test_services_model_runs_with_the_shipped_basket(run_alg, provider, tmp_path):
    """The basket table left empty: servicebasins takes the OpenStreetMap basket shipped with the plugin, where
    the four types of the case are health, health, education, shopping too: the same answer."""
    outs, package, log = _services_run(run_alg, tmp_path)
    _check_services_outputs(outs, package)
    assert "Basket from the table" not in log


@pytest.mark.parametrize("name", SHIPPED)
@pytest.mark.parametrize("lang", LANGS)
def test_every_text_of_the_model_is_translated(locale, lang, name):
    """Each input, step and output of the model the provider loads shows the translation of its English text in
    the running language (the output "Proposals with their rings" stayed English: its labels key did not match)."""
    english = _texts(_load(MODELS / name))
    table = _translations(lang)
    missing = sorted({text for text in english.values() if not table.get(text)})
    assert missing == []
    model = locale(lang).algorithm(SHIPPED[name])
    assert model.displayName() == table[SHIPPED[name]]
    shown = _texts(model)
    assert shown == {where: table[text] for where, text in english.items()}
    assert {d.name(): d.description() for d in model.destinationParameterDefinitions()} == {
        f"{where[7:]}": table[text] for where, text in english.items() if where.startswith("output ")}
    assert model.helpContent()["ALG_DESC"] == table[_load(MODELS / name).helpContent()["ALG_DESC"]]


@pytest.mark.parametrize("name", SHIPPED)
@pytest.mark.parametrize("lang", LANGS)
def test_copy_in_each_language_loads_and_carries_its_texts(provider, lang, name, built_zip):
    """models/<lang>/ holds the model written in that language, for opening in the Model Designer (which shows a
    file's texts as they are): same inputs, steps, outputs and wiring as the English file, every text and the
    model's name, group and help translated; the ZIP ships it; the toolbox still lists the model once."""
    from bassins_plugin.i18n import translated
    from bassins_plugin.models.labels import labels

    english, copy = _load(MODELS / name), _load(MODELS / lang / name)
    table = _translations(lang)
    assert copy.parameterComponents().keys() == english.parameterComponents().keys()
    assert copy.childAlgorithms().keys() == english.childAlgorithms().keys()
    for child_id, child in english.childAlgorithms().items():
        other = copy.childAlgorithm(child_id)
        assert other.algorithmId() == child.algorithmId()
        assert other.modelOutputs().keys() == child.modelOutputs().keys()
        assert {k: [s.toVariant() for s in v] for k, v in other.parameterSources().items()} == \
            {k: [s.toVariant() for s in v] for k, v in child.parameterSources().items()}
    assert [d.name() for d in copy.parameterDefinitions()] == [d.name() for d in english.parameterDefinitions()]
    assert _texts(copy) == {where: table[text] for where, text in _texts(english).items()}
    with translated(lang):
        texts = labels(Path(name).stem)
    assert (copy.name(), copy.group()) == (texts["name"], texts["group"]) != (english.name(), english.group())
    assert copy.helpContent()["ALG_DESC"] == texts["help"] != english.helpContent()["ALG_DESC"]
    ok, problems = copy.validate()
    assert ok, problems
    with zipfile.ZipFile(built_zip) as zf:
        assert f"bassins_plugin/models/{lang}/{name}" in zf.namelist()
    models = sorted(a.id() for a in provider.algorithms() if isinstance(a, type(english)))
    assert models == sorted([MODEL_ID, SERVICES_ID])


def test_model_version_is_the_plugins(provider):
    """ALG_VERSION comes from metadata.txt (it said 0.2.2 in 0.3.0): in the files and in the toolbox's model."""
    import re

    version = re.search(r"^version=(.*)$", (ROOT / "metadata.txt").read_text(encoding="utf-8"), re.M).group(1).strip()
    for path in sorted(MODELS.rglob("*.model3")):
        assert _load(path).helpContent()["ALG_VERSION"] == version, f"{path}: run scripts/make_models.py"
    for name in SHIPPED.values():
        assert provider.algorithm(name).helpContent()["ALG_VERSION"] == version


def test_reach_is_shown_in_whole_metres(provider):
    """The model's dialog showed "Reach of the proposals 5000.000000 <unknown>": the input had the units layer
    as parent (its CRS unknown until chosen) and six decimals. It reads "5000" and "meters" now."""
    from qgis.core import QgsProcessingContext, QgsUnitTypes
    from qgis.gui import QgsGui, QgsProcessingGui
    from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox, QLabel

    context = QgsProcessingContext()
    models = [provider.algorithm(name) for name in SHIPPED.values()] + \
        [_load(MODELS / lang / name) for lang in LANGS for name in SHIPPED]
    for model in models:
        reach = model.parameterDefinition("reach")
        assert reach.parentParameterName() == "" and reach.defaultValue() == 5000
        if hasattr(reach, "setDefaultUnit"):
            assert reach.defaultUnit() == QgsUnitTypes.DistanceMeters
        wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(reach, QgsProcessingGui.Standard)
        widget = wrapper.createWrappedWidget(context)
        wrapper.setParameterValue(reach.defaultValue(), context)
        assert [box.text() for box in widget.findChildren(QDoubleSpinBox)] == ["5000"]
        # the unit beside the value: a label, or a choice of units (metres chosen) where QGIS offers one
        units = [w.text() if isinstance(w, QLabel) else w.currentText()
                 for w in widget.findChildren((QLabel, QComboBox)) if not w.isHidden()]
        assert [u for u in units if u] == [QgsUnitTypes.toString(QgsUnitTypes.DistanceMeters)]
        del widget, wrapper


LABEL_MARGINS = 4 + 4 + 16 + 2 + 21  # QgsModelComponentGraphicItem: text margins, the edit button, its margin, icon
TEXT_MARGINS = 4 + 4


@pytest.mark.parametrize("name", SHIPPED)
@pytest.mark.parametrize("lang", ("en",) + LANGS)
def test_every_box_shows_its_whole_text(provider, lang, name):
    """The Model Designer draws a box's text word-wrapped in its rectangle and cuts what does not fit (texts were
    cut after two lines): in the file opened in each language, every input, step and output's text fits its box
    in the Designer's font, for the text QGIS 3.22 shows (an output's name) and the one later releases show (its
    description); and no box, with its "In"/"Out" lines, overlaps another."""
    from processing.modeler.ModelerScene import ModelerScene  # the Designer's scene (its items are Python's)
    from qgis.core import QgsProcessingContext
    from qgis.gui import QgsModelComponentGraphicItem
    from qgis.PyQt.QtCore import QRect, Qt
    from qgis.PyQt.QtGui import QFontMetrics

    model = _load(MODELS / name if lang == "en" else MODELS / lang / name)
    scene = ModelerScene()
    scene.setModel(model)
    scene.createItems(model, QgsProcessingContext())
    items = [item for item in scene.items() if isinstance(item, QgsModelComponentGraphicItem)]
    assert len(items) == len(model.parameterComponents()) + len(model.childAlgorithms()) + sum(
        len(c.modelOutputs()) for c in model.childAlgorithms().values())
    cut = []
    for item in items:
        component = item.component()
        metrics = QFontMetrics(item.font())
        assert item.font().pixelSize() == 12
        size = component.size()
        texts = {item.label(), component.description()}
        if hasattr(component, "childOutputName"):  # an output: 3.22 shows its name, later releases its description
            texts.add(component.name())
        for text in texts:
            bounds = metrics.boundingRect(QRect(0, 0, int(size.width() - LABEL_MARGINS), 10000),
                                          int(Qt.TextWordWrap | Qt.AlignLeft), text)
            if bounds.height() > size.height() - TEXT_MARGINS or bounds.width() > size.width() - LABEL_MARGINS:
                cut.append(f"{text!r}: {bounds.width()} x {bounds.height()} px in {size.width()} x {size.height()}")
    assert cut == []
    rects = [(item.label(), item.mapRectToScene(item.boundingRect())) for item in items]
    overlaps = [(a, b) for k, (a, ra) in enumerate(rects) for b, rb in rects[k + 1:] if ra.intersects(rb)]
    assert overlaps == []
