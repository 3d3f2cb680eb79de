#!/usr/bin/env python3
"""Regenerate bassins_plugin/models/living_area_full_chain.model3 with the Processing model API.

Units and flows -> cross-border indicators -> intensity rings (and, when pole units are given, attraction
rings) -> proposals overlay -> one GeoPackage. Every component has a position, a label and every parameter
set; inputs come in a sensible order; outputs default to temporary layers.
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
from qgis.PyQt.QtCore import QPointF  # noqa: E402


def child(model, alg_id, child_id, description, params, outputs=None, position=(0, 0), depends=None):
    """A child algorithm with every parameter set (static values for those not wired), a position and labelled
    outputs (kept by default as temporary layers)."""
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(description)
    c.setPosition(QPointF(*position))
    for name, sources in params.items():
        c.addParameterSources(name, sources if isinstance(sources, list) else [sources])
    if outputs:
        outs = {}
        for k, (model_name, (child_output, label)) in enumerate(outputs.items()):
            out = QgsProcessingModelOutput(model_name, label)
            out.setChildId(child_id)
            out.setChildOutputName(child_output)
            out.setDefaultValue("TEMPORARY_OUTPUT")
            out.setMandatory(False)
            out.setPosition(QPointF(position[0] + 260, position[1] - 40 + 45 * k))
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
    from bassins_plugin.processing.provider import BassinsProvider

    provider = BassinsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    t = labels()

    m = QgsProcessingModelAlgorithm(t["name"], "Models", "models")
    m.setHelpContent({"ALG_DESC": t["help"], "ALG_CREATOR": "Bassins de vie transfrontaliers",
                      "ALG_HELP_CREATOR": "Bassins de vie transfrontaliers", "ALG_VERSION": "0.2.2"})
    order = []

    def param(definition, y):
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120, y))
        component.setDescription(definition.description())
        m.addModelParameter(definition, component)
        order.append(definition.name())

    numeric = QgsProcessingParameterField.Numeric
    param(QgsProcessingParameterFeatureSource("units", t["units"], [QgsProcessing.TypeVectorPolygon]), 60)
    param(QgsProcessingParameterField("unit_id", t["unit_id"], "unit_id", "units"), 120)
    param(QgsProcessingParameterField("country", t["country"], "country", "units"), 180)
    param(QgsProcessingParameterField("active", t["active"], "active", "units", numeric), 240)
    param(QgsProcessingParameterField("population", t["population"], "population", "units", numeric), 300)
    param(QgsProcessingParameterFeatureSource("flows", t["flows"], [QgsProcessing.TypeVector]), 360)
    param(QgsProcessingParameterString("thresholds", t["thresholds"], "5;15;30"), 420)
    param(QgsProcessingParameterString("pole_units", t["pole_units"], "", optional=True), 480)
    param(QgsProcessingParameterFeatureSource("proposals", t["proposals"], [QgsProcessing.TypeVectorAnyGeometry]),
          540)
    param(QgsProcessingParameterDistance("reach", t["reach"], 5000.0, "units", False, 0.0), 600)

    units, flows = Src.fromModelParameter("units"), Src.fromModelParameter("flows")
    child(m, "bassins:crossborderflows", "indicators", t["indicators"], {
        "UNITS": units, "UNIT_ID": Src.fromModelParameter("unit_id"), "COUNTRY": Src.fromModelParameter("country"),
        "ACTIVE": Src.fromModelParameter("active"), "JOBS": Src.fromStaticValue(None), "FLOWS": flows,
        "ORIGIN": Src.fromStaticValue("origin"), "DESTINATION": Src.fromStaticValue("destination"),
        "COUNT": Src.fromStaticValue("count"), "THEME": Src.fromStaticValue("theme"),
        "DESTINATION_COUNTRY": Src.fromStaticValue(None),
    }, {"indicators": ("OUTPUT", t["out_indicators"])}, (480, 120))
    child(m, "bassins:intensityrings", "rings", t["rings"], {
        "INPUT": Src.fromChildOutput("indicators", "OUTPUT"), "FIELD": Src.fromStaticValue("cb_share"),
        "FIELD_IS_LEVEL": Src.fromStaticValue(False), "THRESHOLDS": Src.fromModelParameter("thresholds"),
        "PRESET": Src.fromStaticValue(0), "MODE": Src.fromStaticValue(0), "SMOOTHING": Src.fromStaticValue(0.0),
        "MIN_HOLE_AREA": Src.fromStaticValue(0.0), "MIN_PART_AREA": Src.fromStaticValue(0.0),
        "POPULATION": Src.fromModelParameter("population"), "COUNTRY": Src.fromModelParameter("country"),
    }, {"rings": ("OUTPUT", t["out_rings"])}, (480, 260))
    condition = QgsProcessingModelChildAlgorithm("native:condition")
    condition.setChildId("condition")
    condition.setDescription(t["condition"])
    condition.setPosition(QPointF(480, 400))
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
        "attraction_units": ("OUTPUT_UNITS", t["out_attraction_units"])}, (780, 460),
        depends=[("condition", "attraction")])
    child(m, "bassins:flowlines", "flowlines", t["flowlines"], {
        "FLOWS": flows, "ORIGIN": Src.fromStaticValue("origin"), "DESTINATION": Src.fromStaticValue("destination"),
        "COUNT": Src.fromStaticValue("count"), "THEME": Src.fromStaticValue("theme"), "UNITS": units,
        "UNIT_ID": Src.fromModelParameter("unit_id"), "COUNTRY": Src.fromModelParameter("country"),
        "MIN_COUNT": Src.fromStaticValue(0.0), "CROSS_BORDER_ONLY": Src.fromStaticValue(True),
        "THEMES": Src.fromStaticValue(""), "NET": Src.fromStaticValue(False), "CURVED": Src.fromStaticValue(True),
    }, {"flow_lines": ("OUTPUT", t["out_flow_lines"])}, (780, 120))
    child(m, "bassins:overlayproposals", "overlay", t["overlay"], {
        "PROPOSALS": Src.fromModelParameter("proposals"), "THEME": Src.fromStaticValue("theme"),
        "RINGS": Src.fromChildOutput("rings", "OUTPUT"), "LEVEL": Src.fromStaticValue("level"),
        "UNITS": units, "POPULATION": Src.fromModelParameter("population"),
        "REACH": Src.fromModelParameter("reach"), "GAP_LEVEL": Src.fromStaticValue(1),
    }, {"proposals_overlay": ("OUTPUT", t["out_overlay"]), "summary": ("SUMMARY", t["out_summary"]),
        "gaps": ("GAPS", t["out_gaps"])}, (480, 580))
    child(m, "bassins:packagelayers", "package", t["package"], {
        "LAYERS": [Src.fromChildOutput("overlay", "OUTPUT"), Src.fromChildOutput("overlay", "GAPS"),
                   Src.fromChildOutput("rings", "OUTPUT"), Src.fromChildOutput("indicators", "OUTPUT"),
                   Src.fromChildOutput("overlay", "SUMMARY")],
        "PROJECT": Src.fromStaticValue(True), "PROJECT_NAME": Src.fromStaticValue("living_area"),
        "APPLY_PLUGIN_STYLES": Src.fromStaticValue(True), "OVERWRITE": Src.fromStaticValue(True),
        "DATABASE": Src.fromStaticValue(None), "SCHEMA": Src.fromStaticValue(None),
    }, {"package": ("OUTPUT", t["out_package"])}, (480, 760))
    m.setParameterOrder(order)
    out = ROOT / "bassins_plugin" / "models" / "living_area_full_chain.model3"
    out.parent.mkdir(exist_ok=True)
    if not m.toFile(str(out)):
        raise RuntimeError("model not written")
    print("wrote", out)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
