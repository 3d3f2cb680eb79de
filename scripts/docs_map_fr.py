"""The French map of the README (docs/living_area_map_fr.png).

Run ``make demo`` first, then ``QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/docs_map_fr.py``.
Rings and border are recomputed in French, so that the labels drawn on the map are French too.
"""
import os
import sys
import tempfile


def main() -> int:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from bassins_plugin import i18n
    from bassins_plugin.processing.provider import BassinsProvider

    i18n.install_translator("fr")
    provider = BassinsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    out, tmp = "out", tempfile.mkdtemp()
    processing.run("bassins:intensityrings", {
        "INPUT": f"{out}/indicators.gpkg", "FIELD": "cb_share", "THRESHOLDS": "5;15;30", "PRESET": 0, "MODE": 0,
        "POPULATION": "population", "COUNTRY": "country", "OUTPUT": f"{tmp}/rings.gpkg"})
    processing.run("bassins:borderline", {
        "UNITS": f"{out}/units.gpkg", "COUNTRY": "country", "TOLERANCE": 50, "OUTPUT": f"{tmp}/border.gpkg"})
    processing.run("bassins:exportmap", {
        "LAYERS": [f"{tmp}/border.gpkg", f"{out}/poles.gpkg", f"{tmp}/rings.gpkg", f"{out}/units.gpkg"],
        "APPLY_PLUGIN_STYLES": True, "TITLE": "Bassin de vie transfrontalier (territoire de démonstration FR-CH)",
        "SUBTITLE": "Part des actifs occupés travaillant de l'autre côté de la frontière",
        "SOURCES": "Sources : données de démonstration synthétiques (bassins:demoterritory, graine 42)", "DPI": 100,
        "OUTPUT": "docs/living_area_map_fr.png"})
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
