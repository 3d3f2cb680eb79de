"""Shared fixtures: the provider registered once, and a helper to run algorithms."""
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")


_KEEP = []


def ensure_provider():
    """The registered provider (registers it if a test removed it)."""
    from qgis.core import QgsApplication

    from bassins_plugin.processing.provider import BassinsProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("bassins")
    if existing is not None:
        return existing
    prov = BassinsProvider()
    registry.addProvider(prov)
    _KEEP.append(prov)  # a Python reference must outlive the registration
    return prov


@pytest.fixture(scope="session")
def built_zip(tmp_path_factory):
    """The plugin ZIP built now from the working tree (tests never read a stale dist/)."""
    import subprocess

    folder = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), str(folder)], check=True,
                   capture_output=True)
    return folder / "bassins_plugin.zip"


@pytest.fixture(scope="session")
def processing_ready(qgis_app, qgis_processing):
    return True


@pytest.fixture
def provider(processing_ready):
    return ensure_provider()


@pytest.fixture
def locale(provider):
    """locale('fr') switches the plugin's translations and reloads the algorithms; English again afterwards."""
    from bassins_plugin import i18n

    def switch(code):
        i18n.install_translator(code)
        provider.refreshAlgorithms()
        return provider

    yield switch
    i18n.remove_translator()
    provider.refreshAlgorithms()


@pytest.fixture
def run_alg(provider):
    """run_alg('bassins:x', {...}) -> results, log text. Raises on failure."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    def _run(alg_id, params, feedback=None):
        fb = feedback or LogFeedback()
        ctx = QgsProcessingContext()
        ctx.setProject(QgsProject.instance())
        results = processing.run(alg_id, params, feedback=fb, context=ctx)
        return results, fb.text()

    return _run


try:
    from qgis.core import QgsProcessingFeedback

    class LogFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.append(info)
            super().pushInfo(info)

        def reportError(self, error, fatalError=False):
            self.lines.append(error)
            super().reportError(error, fatalError)

        def pushWarning(self, warning):
            self.lines.append(warning)
            super().pushWarning(warning)

        def text(self):
            return "\n".join(self.lines)
except ImportError:  # pragma: no cover
    LogFeedback = None


def open_layer(path, name=None):
    from qgis.core import QgsVectorLayer

    uri = str(path) if name is None else f"{path}|layername={name}"
    layer = QgsVectorLayer(uri, name or "layer", "ogr")
    assert layer.isValid(), uri
    return layer


def read_gdf(path, layer=None):
    import geopandas as gpd

    return gpd.read_file(str(path), layer=layer) if layer else gpd.read_file(str(path))


def memory_layer(geom_type, crs, fields, rows, name="layer"):
    """A memory layer from (wkt or None, [attributes]) rows; fields as 'name:type' strings."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    spec = "&".join(f"field={f}" for f in fields)
    layer = QgsVectorLayer(f"{geom_type}?crs={crs}&{spec}", name, "memory")
    assert layer.isValid()
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def square(x, y, size=1000.0):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def features(path_or_layer):
    """List of (attributes dict, QgsGeometry) from a path or a layer."""
    from qgis.core import QgsVectorLayer

    layer = path_or_layer if isinstance(path_or_layer, QgsVectorLayer) else open_layer(path_or_layer)
    names = layer.fields().names()
    return [(dict(zip(names, f.attributes())), f.geometry()) for f in layer.getFeatures()]


def read_table(path, layer=None):
    """A GeoPackage attribute table as a pandas DataFrame (read with sqlite3, independent of QGIS)."""
    import sqlite3

    import pandas as pd

    con = sqlite3.connect(str(path))
    try:
        if layer is None:
            layer = con.execute("SELECT table_name FROM gpkg_contents LIMIT 1").fetchone()[0]
        df = pd.read_sql_query(f'SELECT * FROM "{layer}"', con)  # noqa: S608 - test helper on our own file
    finally:
        con.close()
    return df.drop(columns=[c for c in ("fid", "geom", "geometry") if c in df.columns])


# a 3 x 3 grid of 1 km squares (row 0 at the bottom) with shares worked out by hand, FR west of CH
GRID_X0, GRID_Y0 = 4_000_000, 2_500_000
GRID = [[40, 20, 10],
        [35, 5, 2],
        [1, 16, 31]]


def grid_layer(crs="EPSG:3035", values=GRID, null_at=None):
    rows = []
    for r, line in enumerate(values):
        for c, v in enumerate(line):
            val = None if null_at == (r, c) else v
            rows.append((square(GRID_X0 + c * 1000, GRID_Y0 + r * 1000), [f"u{r}{c}", val, (v or 0) * 100,
                                                                 "FR" if c < 2 else "CH"]))
    layer = memory_layer("Polygon", "EPSG:3035", ["uid:string", "share:double", "pop:integer", "ctry:string"],
                         rows, "grid")
    if crs != "EPSG:3035":
        import processing
        layer = processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs,
                                                         "OUTPUT": "memory:"})["OUTPUT"]
    return layer


@pytest.fixture
def styled_layers(run_alg):
    import processing
    from qgis.core import QgsProject, QgsVectorLayer

    from bassins_plugin.processing.styling import apply_style

    res = processing.run("bassins:intensityrings", {
        "INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": "5;15;30", "POPULATION": "pop",
        "OUTPUT": "memory:"})
    rings = res["OUTPUT"]
    if isinstance(rings, str):
        rings = QgsProject.instance().mapLayer(rings) or QgsVectorLayer(rings)
    rings.setName("Intensity rings")
    apply_style(rings, "rings")
    demo = processing.run("bassins:demoterritory", {
        "UNITS_COUNT": 40, "UNITS": "memory:", "FLOWS": "memory:", "POLES": "memory:", "PROPOSALS": "memory:",
        "PROPOSAL_LINES": "memory:"})
    props = demo["PROPOSALS"]
    props.setName("Proposals")
    apply_style(props, "proposals")
    project = QgsProject.instance()
    project.addMapLayers([rings, props])
    project.layerTreeRoot().findLayer(props.id()).setItemVisibilityChecked(False)
    yield [rings, props]
    project.removeAllMapLayers()
