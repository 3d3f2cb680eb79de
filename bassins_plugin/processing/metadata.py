"""Licence notices carried by layers: set on load, saved into GeoPackage metadata, read by exportmap."""
from typing import List

from qgis.core import (
    QgsDataProvider,
    QgsProcessingLayerPostProcessorInterface,
    QgsProviderRegistry,
    QgsVectorLayer,
)

_ALIVE: List["AttributionPostProcessor"] = []


class AttributionPostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, notice: str):
        super().__init__()
        self.notice = notice

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.isValid():
            set_attribution(layer, self.notice)


def set_attribution(layer, notice: str) -> None:
    """The notice as the layer's rights and attribution (Layer Properties › Metadata)."""
    meta = layer.metadata()
    rights = [r for r in meta.rights() if r != notice]
    meta.setRights(rights + [notice])
    layer.setMetadata(meta)
    layer.setAttribution(notice)


def attribution_on_load(context, dest_id: str, notice: str) -> None:
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        if details.postProcessor() is None:
            processor = AttributionPostProcessor(notice)
            _ALIVE.append(processor)
            del _ALIVE[:-32]
            details.setPostProcessor(processor)


def save_attribution(dest_id: str, notice: str) -> bool:
    """Store the notice in a file output's layer metadata (GeoPackage metadata tables); False if impossible."""
    if "|" not in dest_id and not dest_id.lower().endswith(".gpkg"):
        return False
    layer = QgsVectorLayer(dest_id, "out", "ogr")
    if not layer.isValid():
        return False
    set_attribution(layer, notice)
    registry = QgsProviderRegistry.instance()
    parts = registry.decodeUri("ogr", layer.source())
    try:
        if not parts.get("layerName"):
            parts["layerName"] = layer.dataProvider().subLayers()[0].split(QgsDataProvider.SUBLAYER_SEPARATOR)[1]
        uri = registry.encodeUri("ogr", parts)
        return bool(registry.providerMetadata("ogr").saveLayerMetadata(uri, layer.metadata())[0])
    except (AttributeError, TypeError, IndexError):  # QGIS without layer metadata in providers
        return False


def notices(layers) -> List[str]:
    """The distinct licence notices of the layers, in order (for a map's sources line)."""
    found: List[str] = []
    for layer in layers:
        for right in layer.metadata().rights():
            if right and right not in found:
                found.append(right)
    return found
