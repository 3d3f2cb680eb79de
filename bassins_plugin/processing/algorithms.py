"""The list of the provider's algorithms (one place to register a new one)."""
from typing import List

from qgis.core import QgsProcessingAlgorithm


def all_algorithms() -> List[QgsProcessingAlgorithm]:
    from .demo_territory import DemoTerritoryAlgorithm

    return [DemoTerritoryAlgorithm()]
