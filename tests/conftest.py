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
def processing_ready(qgis_app, qgis_processing):
    return True


@pytest.fixture
def provider(processing_ready):
    return ensure_provider()


@pytest.fixture
def run_alg(provider):
    """run_alg('bassins:x', {...}) -> results, log text. Raises on failure."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

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

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)
            super().pushInfo(info)

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.lines.append(error)
            super().reportError(error, fatalError)

        def pushWarning(self, warning):  # noqa: N802
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
