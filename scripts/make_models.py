#!/usr/bin/env python3
"""Regenerate bassins_plugin/models/living_area_full_chain.model3 with the Processing model API.

Units and flows -> cross-border indicators -> intensity rings -> proposals overlay -> one GeoPackage.
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)
from qgis.core import QgsProcessingModelChildParameterSource as Src  # noqa: E402


def child(model, alg_id, child_id, description, params, outputs=None):
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(description)
    for name, sources in params.items():
        c.addParameterSources(name, sources if isinstance(sources, list) else [sources])
    if outputs:
        outs = {}
        for model_name, child_output in outputs.items():
            out = QgsProcessingModelOutput(model_name)
            out.setChildId(child_id)
            out.setChildOutputName(child_output)
            outs[model_name] = out
        c.setModelOutputs(outs)
    model.addChildAlgorithm(c)
    return c


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from bassins_plugin.processing.provider import BassinsProvider

    provider = BassinsProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    m = QgsProcessingModelAlgorithm("Living area — full chain", "Models", "models")
    m.setHelpContent({"ALG_DESC": "Units and flows → cross-border indicators → intensity rings → proposals "
                                  "overlay → one styled GeoPackage to share.",
                      "ALG_CREATOR": "Bassins de vie transfrontaliers"})

    def param(definition):
        m.addModelParameter(definition, QgsProcessingModelParameter(definition.name()))

    param(QgsProcessingParameterFeatureSource("units", "Units (communes)", [QgsProcessing.TypeVectorPolygon]))
    param(QgsProcessingParameterField("unit_id", "Unit identifier field", "unit_id", "units"))
    param(QgsProcessingParameterField("country", "Country field", "country", "units"))
    param(QgsProcessingParameterField("active", "Employed residents field", "active", "units",
                                      QgsProcessingParameterField.Numeric))
    param(QgsProcessingParameterField("population", "Population field", "population", "units",
                                      QgsProcessingParameterField.Numeric))
    param(QgsProcessingParameterFeatureSource("flows", "Flows table", [QgsProcessing.TypeVector]))
    param(QgsProcessingParameterFeatureSource("proposals", "Action proposals", [QgsProcessing.TypeVectorAnyGeometry]))
    param(QgsProcessingParameterString("thresholds", "Thresholds (ascending)", "5;15;30"))
    param(QgsProcessingParameterDistance("reach", "Reach of the proposals (metres)", 5000.0, None, False, 0.0))
    param(QgsProcessingParameterFileDestination("package", "GeoPackage to share", "GeoPackage (*.gpkg)"))

    child(m, "bassins:crossborderflows", "indicators", "Cross-border flow indicators", {
        "UNITS": Src.fromModelParameter("units"), "UNIT_ID": Src.fromModelParameter("unit_id"),
        "COUNTRY": Src.fromModelParameter("country"), "ACTIVE": Src.fromModelParameter("active"),
        "FLOWS": Src.fromModelParameter("flows"), "ORIGIN": Src.fromStaticValue("origin"),
        "DESTINATION": Src.fromStaticValue("destination"), "COUNT": Src.fromStaticValue("count"),
        "THEME": Src.fromStaticValue("theme"),
    }, {"indicators": "OUTPUT"})
    child(m, "bassins:intensityrings", "rings", "Draw intensity rings", {
        "INPUT": Src.fromChildOutput("indicators", "OUTPUT"), "FIELD": Src.fromStaticValue("cb_share"),
        "THRESHOLDS": Src.fromModelParameter("thresholds"), "PRESET": Src.fromStaticValue(0),
        "MODE": Src.fromStaticValue(0), "POPULATION": Src.fromModelParameter("population"),
        "COUNTRY": Src.fromModelParameter("country"),
    }, {"rings": "OUTPUT"})
    child(m, "bassins:overlayproposals", "overlay", "Overlay proposals on the rings", {
        "PROPOSALS": Src.fromModelParameter("proposals"), "THEME": Src.fromStaticValue("theme"),
        "RINGS": Src.fromChildOutput("rings", "OUTPUT"), "LEVEL": Src.fromStaticValue("level"),
        "UNITS": Src.fromModelParameter("units"), "POPULATION": Src.fromModelParameter("population"),
        "REACH": Src.fromModelParameter("reach"), "GAP_LEVEL": Src.fromStaticValue(1),
    }, {"proposals_overlay": "OUTPUT", "summary": "SUMMARY", "gaps": "GAPS"})
    child(m, "bassins:packagelayers", "package", "Package styled layers", {
        "LAYERS": [Src.fromChildOutput("overlay", "OUTPUT"), Src.fromChildOutput("overlay", "GAPS"),
                   Src.fromChildOutput("rings", "OUTPUT"), Src.fromChildOutput("indicators", "OUTPUT"),
                   Src.fromChildOutput("overlay", "SUMMARY")],
        "OUTPUT": Src.fromModelParameter("package"), "PROJECT": Src.fromStaticValue(True),
        "PROJECT_NAME": Src.fromStaticValue("living_area"), "APPLY_PLUGIN_STYLES": Src.fromStaticValue(True),
        "OVERWRITE": Src.fromStaticValue(True),
    })
    out = ROOT / "bassins_plugin" / "models" / "living_area_full_chain.model3"
    out.parent.mkdir(exist_ok=True)
    if not m.toFile(str(out)):
        raise RuntimeError("model not written")
    print("wrote", out)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
