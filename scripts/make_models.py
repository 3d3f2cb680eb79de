#!/usr/bin/env python3
"""Regenerate the shipped models, bassins_plugin/models/<key>.model3, with the Processing model API, and their
copies in each language, bassins_plugin/models/<fr|de|it|nl>/<key>.model3:

- living_area_full_chain: units and flows -> cross-border indicators -> intensity rings (and, when pole units are
  given, attraction rings) -> proposals overlay -> one GeoPackage;
- living_area_services: units and equipment -> service basins -> rings of dependence abroad (dep_abroad) ->
  proposals overlay -> one GeoPackage.

Every component has a position, a size its label fits in (two lines at most, every language: tests/test_model.py
measures them), a label and every parameter set; inputs come in a sensible order, in one column, the steps in a
second, their outputs in a third; outputs default to temporary layers. The version is metadata.txt's.

The provider loads the English file and translates it on loading (toolbox, dialog, a model run); the copies are
for opening in the Model Designer (Model > Open Model…), which shows a file's texts as they are written.
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # Qt writes XML attributes in hash order: a fixed seed gives the same file each run

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildDependency,  # noqa: E402
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.core import QgsProcessingModelChildParameterSource as Src  # noqa: E402
from qgis.PyQt.QtCore import QPointF, QSizeF  # noqa: E402

from bassins_plugin.i18n import SUPPORTED as LANGS  # noqa: E402
from bassins_plugin.models.labels import FULL_CHAIN, SERVICES  # noqa: E402

SIZE = (260.0, 44.0)  # every box: its label on two lines at most in every language (12 px font)
INPUT_X, CHILD_X, OUTPUT_X = 160.0, 600.0, 960.0  # the three columns: inputs, steps, outputs
INPUT_Y, INPUT_STEP = 70.0, 95.0  # room below each input for the "Out" line and type QGIS 3.44 draws there
OUTPUT_STEP = 54.0
# each step's row: "In" above and "Out" below a box take about 36 px each
ROW = {"indicators": 70.0, "flowlines": 210.0, "rings": 350.0, "condition": 490.0, "attraction": 630.0,
       "overlay": 790.0, "package": 950.0}


def sized(component, x, y):
    component.setPosition(QPointF(x, y))
    component.setSize(QSizeF(*SIZE))
    return component


def child(model, alg_id, child_id, description, params, outputs=None, depends=None, rows=None):
    """A child algorithm with every parameter set (static values for those not wired), in its row of the steps'
    column (``rows``: the model's, else the full chain's), and labelled outputs (kept by default as temporary
    layers) beside it in the outputs' column."""
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(description)
    y = (rows or ROW)[child_id]
    sized(c, CHILD_X, y)
    for name, sources in params.items():
        c.addParameterSources(name, sources if isinstance(sources, list) else [sources])
    if outputs:
        outs = {}
        first = y - OUTPUT_STEP * (len(outputs) - 1) / 2
        for k, (model_name, (child_output, label)) in enumerate(outputs.items()):
            out = QgsProcessingModelOutput(model_name, label)
            out.setChildId(child_id)
            out.setChildOutputName(child_output)
            out.setDefaultValue("TEMPORARY_OUTPUT")
            out.setMandatory(False)
            sized(out, OUTPUT_X, first + OUTPUT_STEP * k)
            outs[model_name] = out
        c.setModelOutputs(outs)
    if depends:
        c.setDependencies([QgsProcessingModelChildDependency(child, branch) for child, branch in depends])
    model.addChildAlgorithm(c)
    return c


def new_model(t):
    """An empty model named and described by the texts ``t``, and the function that adds its inputs, one below
    the other in the inputs' column, in the order they are added."""
    from bassins_plugin.processing.base import readable_parameter
    from bassins_plugin.resources import plugin_version

    m = QgsProcessingModelAlgorithm(t["name"], "Models", "models")
    m.setHelpContent({"ALG_DESC": t["help"], "ALG_CREATOR": "Bassins de vie transfrontaliers",
                      "ALG_HELP_CREATOR": "Bassins de vie transfrontaliers", "ALG_VERSION": plugin_version()})
    order = []

    def param(definition):
        component = sized(QgsProcessingModelParameter(definition.name()), INPUT_X, INPUT_Y + INPUT_STEP * len(order))
        component.setDescription(definition.description())
        m.addModelParameter(readable_parameter(definition), component)
        order.append(definition.name())

    return m, param, order


def reach_parameter(t):
    """In metres whatever the units' CRS, as the overlay takes it (no parent layer: no '<unknown>' unit), whole
    metres: the dialog shows "5000 metres", not "5000.000000 <unknown>"."""
    reach = QgsProcessingParameterDistance("reach", t["reach"], 5000.0, None, False, 0.0)
    reach.setMetadata({"widget_wrapper": {"decimals": 0}})
    return reach


def overlay_and_package(m, t, rings_child, package_layers, project_name, rows=None):
    """The two last steps of both models: the proposals on the rings, then one GeoPackage."""
    child(m, "bassins:overlayproposals", "overlay", t["overlay"], {
        "PROPOSALS": Src.fromModelParameter("proposals"), "THEME": Src.fromStaticValue("theme"),
        "RINGS": Src.fromChildOutput(rings_child, "OUTPUT"), "LEVEL": Src.fromStaticValue("level"),
        "UNITS": Src.fromModelParameter("units"), "POPULATION": Src.fromModelParameter("population"),
        "REACH": Src.fromModelParameter("reach"), "GAP_LEVEL": Src.fromStaticValue(1),
    }, {"proposals_overlay": ("OUTPUT", t["out_proposals_overlay"]), "summary": ("SUMMARY", t["out_summary"]),
        "gaps": ("GAPS", t["out_gaps"])}, rows=rows)
    child(m, "bassins:packagelayers", "package", t["package"], {
        "LAYERS": [Src.fromChildOutput(c, o) for c, o in package_layers],
        "PROJECT": Src.fromStaticValue(True), "PROJECT_NAME": Src.fromStaticValue(project_name),
        "APPLY_PLUGIN_STYLES": Src.fromStaticValue(True), "OVERWRITE": Src.fromStaticValue(True),
        "DATABASE": Src.fromStaticValue(None), "SCHEMA": Src.fromStaticValue(None),
    }, {"package": ("OUTPUT", t["out_package"])}, rows=rows)


def build_full_chain(t):
    """Units and flows -> cross-border indicators -> intensity rings (and, when pole units are given, attraction
    rings) -> proposals overlay -> one GeoPackage."""
    m, param, order = new_model(t)
    numeric = QgsProcessingParameterField.Numeric
    param(QgsProcessingParameterFeatureSource("units", t["units"], [QgsProcessing.TypeVectorPolygon]))
    param(QgsProcessingParameterField("unit_id", t["unit_id"], "unit_id", "units"))
    param(QgsProcessingParameterField("country", t["country"], "country", "units"))
    param(QgsProcessingParameterField("active", t["active"], "active", "units", numeric))
    param(QgsProcessingParameterField("population", t["population"], "population", "units", numeric))
    param(QgsProcessingParameterFeatureSource("flows", t["flows"], [QgsProcessing.TypeVector]))
    param(QgsProcessingParameterString("thresholds", t["thresholds"], "5;15;30"))
    param(QgsProcessingParameterString("pole_units", t["pole_units"], "", optional=True))
    param(QgsProcessingParameterFeatureSource("proposals", t["proposals"], [QgsProcessing.TypeVectorAnyGeometry]))
    param(reach_parameter(t))

    units, flows = Src.fromModelParameter("units"), Src.fromModelParameter("flows")
    child(m, "bassins:crossborderflows", "indicators", t["indicators"], {
        "UNITS": units, "UNIT_ID": Src.fromModelParameter("unit_id"), "COUNTRY": Src.fromModelParameter("country"),
        "ACTIVE": Src.fromModelParameter("active"), "JOBS": Src.fromStaticValue(None), "FLOWS": flows,
        "ORIGIN": Src.fromStaticValue("origin"), "DESTINATION": Src.fromStaticValue("destination"),
        "COUNT": Src.fromStaticValue("count"), "THEME": Src.fromStaticValue("theme"),
        "DESTINATION_COUNTRY": Src.fromStaticValue(None),
    }, {"indicators": ("OUTPUT", t["out_indicators"])})
    child(m, "bassins:intensityrings", "rings", t["rings"], {
        "INPUT": Src.fromChildOutput("indicators", "OUTPUT"), "FIELD": Src.fromStaticValue("cb_share"),
        "FIELD_IS_LEVEL": Src.fromStaticValue(False), "THRESHOLDS": Src.fromModelParameter("thresholds"),
        "PRESET": Src.fromStaticValue(0), "MODE": Src.fromStaticValue(0), "SMOOTHING": Src.fromStaticValue(0.0),
        "MIN_HOLE_AREA": Src.fromStaticValue(0.0), "MIN_PART_AREA": Src.fromStaticValue(0.0),
        "POPULATION": Src.fromModelParameter("population"), "COUNTRY": Src.fromModelParameter("country"),
    }, {"rings": ("OUTPUT", t["out_rings"])})
    condition = QgsProcessingModelChildAlgorithm("native:condition")
    condition.setChildId("condition")
    condition.setDescription(t["condition"])
    sized(condition, CHILD_X, ROW["condition"])
    condition.setConfiguration({"conditions": [{"name": "attraction",
                                                "expression": "length(coalesce(@pole_units, '')) > 0"}]})
    m.addChildAlgorithm(condition)
    child(m, "bassins:attractionrings", "attraction", t["attraction"], {
        "UNITS": units, "UNIT_ID": Src.fromModelParameter("unit_id"), "ACTIVE": Src.fromModelParameter("active"),
        "COUNTRY": Src.fromModelParameter("country"), "POPULATION": Src.fromModelParameter("population"),
        "FLOWS": flows, "ORIGIN": Src.fromStaticValue("origin"), "DESTINATION": Src.fromStaticValue("destination"),
        "COUNT": Src.fromStaticValue("count"), "POLE_UNITS": Src.fromModelParameter("pole_units"),
        "POLE_FIELD": Src.fromStaticValue(None), "PRESET": Src.fromStaticValue(1),
        "THRESHOLDS": Src.fromStaticValue("15;25;40"), "CONTIGUITY": Src.fromStaticValue(True),
        "FILL_ENCLAVES": Src.fromStaticValue(True), "ITERATIVE": Src.fromStaticValue(False),
        "SNAP_TOLERANCE": Src.fromStaticValue(5.0),
    }, {"attraction_rings": ("OUTPUT", t["out_attraction_rings"]),
        "attraction_units": ("OUTPUT_UNITS", t["out_attraction_units"])},
        depends=[("condition", "attraction")])
    child(m, "bassins:flowlines", "flowlines", t["flowlines"], {
        "FLOWS": flows, "ORIGIN": Src.fromStaticValue("origin"), "DESTINATION": Src.fromStaticValue("destination"),
        "COUNT": Src.fromStaticValue("count"), "THEME": Src.fromStaticValue("theme"), "UNITS": units,
        "UNIT_ID": Src.fromModelParameter("unit_id"), "COUNTRY": Src.fromModelParameter("country"),
        "MIN_COUNT": Src.fromStaticValue(0.0), "CROSS_BORDER_ONLY": Src.fromStaticValue(True),
        "THEMES": Src.fromStaticValue(""), "NET": Src.fromStaticValue(False), "CURVED": Src.fromStaticValue(True),
    }, {"flow_lines": ("OUTPUT", t["out_flow_lines"])})
    overlay_and_package(m, t, "rings", [("overlay", "OUTPUT"), ("overlay", "GAPS"), ("rings", "OUTPUT"),
                                        ("indicators", "OUTPUT"), ("overlay", "SUMMARY")], "living_area")
    m.setParameterOrder(order)
    return m


# the services model's steps: services has two outputs, overlay three (centred on the row)
SERVICE_ROW = {"services": 110.0, "rings": 350.0, "overlay": 630.0, "package": 950.0}


def build_services(t):
    """Units and equipment (and optionally a basket table, roads) -> service basins -> intensity rings on
    dep_abroad -> proposals overlay -> one GeoPackage."""
    m, param, order = new_model(t)
    numeric = QgsProcessingParameterField.Numeric
    param(QgsProcessingParameterFeatureSource("units", t["units"], [QgsProcessing.TypeVectorPolygon]))
    param(QgsProcessingParameterField("unit_id", t["unit_id"], "unit_id", "units"))
    param(QgsProcessingParameterField("country", t["country"], "country", "units"))
    param(QgsProcessingParameterField("population", t["population"], "population", "units", numeric))
    param(QgsProcessingParameterFeatureSource("equipment", t["equipment"], [QgsProcessing.TypeVectorPoint,
                                                                            QgsProcessing.TypeVectorPolygon]))
    param(QgsProcessingParameterField("equipment_type", t["equipment_type"], "type", "equipment"))
    param(QgsProcessingParameterFeatureSource("basket_table", t["basket_table"], [QgsProcessing.TypeVector],
                                              optional=True))
    param(QgsProcessingParameterFeatureSource("roads", t["roads"], [QgsProcessing.TypeVectorLine], optional=True))
    # no default field names: a layer without them would be refused; the dialog lists the roads' fields
    param(QgsProcessingParameterField("road_speed", t["road_speed"], None, "roads", numeric, optional=True))
    param(QgsProcessingParameterField("road_class", t["road_class"], None, "roads", optional=True))
    param(QgsProcessingParameterField("road_tags", t["road_tags"], None, "roads", optional=True))
    param(QgsProcessingParameterString("thresholds", t["thresholds"], "10;25;50"))
    param(QgsProcessingParameterFeatureSource("proposals", t["proposals"], [QgsProcessing.TypeVectorAnyGeometry]))
    param(reach_parameter(t))

    child(m, "bassins:servicebasins", "services", t["services"], {
        "UNITS": Src.fromModelParameter("units"), "UNIT_ID": Src.fromModelParameter("unit_id"),
        "COUNTRY": Src.fromModelParameter("country"), "POPULATION": Src.fromModelParameter("population"),
        "EQUIPMENT": Src.fromModelParameter("equipment"), "EQUIPMENT_TYPE": Src.fromModelParameter("equipment_type"),
        "EQUIPMENT_COUNTRY": Src.fromStaticValue(None), "BASKET": Src.fromStaticValue(None),
        "BASKET_TABLE": Src.fromModelParameter("basket_table"), "POLE_SHARE": Src.fromStaticValue(50.0),
        "NETWORK": Src.fromModelParameter("roads"), "SPEED_FIELD": Src.fromModelParameter("road_speed"),
        "ROAD_CLASS": Src.fromModelParameter("road_class"), "OTHER_TAGS": Src.fromModelParameter("road_tags"),
        "SPEED_TABLE": Src.fromStaticValue(None), "DEFAULT_SPEED": Src.fromStaticValue(50.0),
        "SNAP_TOLERANCE": Src.fromStaticValue(2000.0), "DETOUR": Src.fromStaticValue(1.3),
        "SPEED": Src.fromStaticValue(50.0), "DIRECTION_FIELD": Src.fromStaticValue(None),
        "FORWARD_VALUE": Src.fromStaticValue("forward"), "BACKWARD_VALUE": Src.fromStaticValue("backward"),
        "BOTH_VALUE": Src.fromStaticValue("both"),
    }, {"service_units": ("OUTPUT_UNITS", t["out_service_units"]),
        "service_zones": ("OUTPUT_ZONES", t["out_service_zones"])}, rows=SERVICE_ROW)
    child(m, "bassins:intensityrings", "rings", t["rings"], {
        "INPUT": Src.fromChildOutput("services", "OUTPUT_UNITS"), "FIELD": Src.fromStaticValue("dep_abroad"),
        "FIELD_IS_LEVEL": Src.fromStaticValue(False), "THRESHOLDS": Src.fromModelParameter("thresholds"),
        "PRESET": Src.fromStaticValue(0), "MODE": Src.fromStaticValue(0), "SMOOTHING": Src.fromStaticValue(0.0),
        "MIN_HOLE_AREA": Src.fromStaticValue(0.0), "MIN_PART_AREA": Src.fromStaticValue(0.0),
        "POPULATION": Src.fromModelParameter("population"), "COUNTRY": Src.fromModelParameter("country"),
    }, {"rings": ("OUTPUT", t["out_rings"])}, rows=SERVICE_ROW)
    overlay_and_package(m, t, "rings", [("overlay", "OUTPUT"), ("overlay", "GAPS"), ("rings", "OUTPUT"),
                                        ("services", "OUTPUT_ZONES"), ("services", "OUTPUT_UNITS"),
                                        ("overlay", "SUMMARY")], "living_area_services", rows=SERVICE_ROW)
    m.setParameterOrder(order)
    return m


BUILDERS = {FULL_CHAIN: build_full_chain, SERVICES: build_services}


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from bassins_plugin.models.labels import labels
    from bassins_plugin.processing.provider import BassinsProvider

    provider = BassinsProvider()  # kept referenced: the children's algorithms come from it
    QgsApplication.processingRegistry().addProvider(provider)
    for key, build in BUILDERS.items():
        model = build(labels(key))
        out = ROOT / "bassins_plugin" / "models" / f"{key}.model3"
        out.parent.mkdir(exist_ok=True)
        if not model.toFile(str(out)):
            raise RuntimeError(f"{out} not written")
        print("wrote", out)
        for lang in LANGS:
            write_translated(out, lang, key)
    app.exitQgis()
    return 0


def compile_translations() -> None:
    """The .qm files from i18n/*.ts, as scripts/package.py makes them (the copies need the current texts)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bassins_package", ROOT / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.compile_translations()


def write_translated(english: Path, lang: str, key: str) -> Path:
    """models/<lang>/<key>.model3: the English model with every text in ``lang``, as the provider translates it on
    loading, its name and group too (the ids of inputs, steps and outputs stay)."""
    from bassins_plugin.i18n import translated
    from bassins_plugin.models.labels import labels
    from bassins_plugin.processing.provider import translate_model

    if lang == LANGS[0] and key == next(iter(BUILDERS)):
        compile_translations()
    target = english.parent / lang / english.name
    target.parent.mkdir(exist_ok=True)
    english_name = labels(key)["name"]
    with translated(lang):
        model = QgsProcessingModelAlgorithm()
        if not model.fromFile(str(english)):
            raise RuntimeError(f"{english} does not load")
        translate_model(model, key)
        texts = labels(key)
        model.setName(texts["name"])
        model.setGroup(texts["group"])
        if texts["name"] == english_name:
            raise RuntimeError(f"no {lang} translation (compile i18n/bassins_{lang}.ts)")
        if not model.toFile(str(target)):
            raise RuntimeError(f"{target} not written")
    print("wrote", target)
    return target


if __name__ == "__main__":
    sys.exit(main())
