#!/usr/bin/env python3
"""Regenerate bassins_plugin/models/living_area_full_chain.model3 with the Processing model API, and its copies
in each language, bassins_plugin/models/<fr|de|it|nl>/living_area_full_chain.model3.

Units and flows -> cross-border indicators -> intensity rings (and, when pole units are given, attraction
rings) -> proposals overlay -> one GeoPackage. Every component has a position, a size its label fits in (two
lines at most, every language: tests/test_model.py measures them), a label and every parameter set; inputs come
in a sensible order, in one column, the steps in a second, their outputs in a third; outputs default to
temporary layers. The version is metadata.txt's.

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

NAME = "living_area_full_chain.model3"
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


def child(model, alg_id, child_id, description, params, outputs=None, depends=None):
    """A child algorithm with every parameter set (static values for those not wired), in its row of the steps'
    column, and labelled outputs (kept by default as temporary layers) beside it in the outputs' column."""
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(description)
    y = ROW[child_id]
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


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from bassins_plugin.models.labels import labels
    from bassins_plugin.processing.base import readable_parameter
    from bassins_plugin.processing.provider import BassinsProvider
    from bassins_plugin.resources import plugin_version

    provider = BassinsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    t = labels()

    m = QgsProcessingModelAlgorithm(t["name"], "Models", "models")
    m.setHelpContent({"ALG_DESC": t["help"], "ALG_CREATOR": "Bassins de vie transfrontaliers",
                      "ALG_HELP_CREATOR": "Bassins de vie transfrontaliers", "ALG_VERSION": plugin_version()})
    order = []

    def param(definition):
        component = sized(QgsProcessingModelParameter(definition.name()), INPUT_X, INPUT_Y + INPUT_STEP * len(order))
        component.setDescription(definition.description())
        m.addModelParameter(readable_parameter(definition), component)
        order.append(definition.name())

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
    # in metres whatever the units' CRS, as the overlay takes it (no parent layer: no '<unknown>' unit), whole
    # metres: the dialog shows "5000 metres", not "5000.000000 <unknown>"
    reach = QgsProcessingParameterDistance("reach", t["reach"], 5000.0, None, False, 0.0)
    reach.setMetadata({"widget_wrapper": {"decimals": 0}})
    param(reach)

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
    child(m, "bassins:overlayproposals", "overlay", t["overlay"], {
        "PROPOSALS": Src.fromModelParameter("proposals"), "THEME": Src.fromStaticValue("theme"),
        "RINGS": Src.fromChildOutput("rings", "OUTPUT"), "LEVEL": Src.fromStaticValue("level"),
        "UNITS": units, "POPULATION": Src.fromModelParameter("population"),
        "REACH": Src.fromModelParameter("reach"), "GAP_LEVEL": Src.fromStaticValue(1),
    }, {"proposals_overlay": ("OUTPUT", t["out_proposals_overlay"]), "summary": ("SUMMARY", t["out_summary"]),
        "gaps": ("GAPS", t["out_gaps"])})
    child(m, "bassins:packagelayers", "package", t["package"], {
        "LAYERS": [Src.fromChildOutput("overlay", "OUTPUT"), Src.fromChildOutput("overlay", "GAPS"),
                   Src.fromChildOutput("rings", "OUTPUT"), Src.fromChildOutput("indicators", "OUTPUT"),
                   Src.fromChildOutput("overlay", "SUMMARY")],
        "PROJECT": Src.fromStaticValue(True), "PROJECT_NAME": Src.fromStaticValue("living_area"),
        "APPLY_PLUGIN_STYLES": Src.fromStaticValue(True), "OVERWRITE": Src.fromStaticValue(True),
        "DATABASE": Src.fromStaticValue(None), "SCHEMA": Src.fromStaticValue(None),
    }, {"package": ("OUTPUT", t["out_package"])})
    m.setParameterOrder(order)
    out = ROOT / "bassins_plugin" / "models" / NAME
    out.parent.mkdir(exist_ok=True)
    if not m.toFile(str(out)):
        raise RuntimeError("model not written")
    print("wrote", out)
    for lang in LANGS:
        write_translated(out, lang)
    app.exitQgis()
    return 0


def compile_translations() -> None:
    """The .qm files from i18n/*.ts, as scripts/package.py makes them (the copies need the current texts)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bassins_package", ROOT / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.compile_translations()


def write_translated(english: Path, lang: str) -> Path:
    """models/<lang>/<NAME>: the English model with every text in ``lang``, as the provider translates it on
    loading, its name and group too (the ids of inputs, steps and outputs stay)."""
    from bassins_plugin.i18n import translated
    from bassins_plugin.models.labels import labels
    from bassins_plugin.processing.provider import translate_model

    if lang == LANGS[0]:
        compile_translations()
    target = english.parent / lang / english.name
    target.parent.mkdir(exist_ok=True)
    english_name = labels()["name"]
    with translated(lang):
        model = QgsProcessingModelAlgorithm()
        if not model.fromFile(str(english)):
            raise RuntimeError(f"{english} does not load")
        translate_model(model)
        texts = labels()
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
