"""The list of the provider's algorithms (one place to register a new one)."""
from typing import List

from qgis.core import QgsProcessingAlgorithm


def all_algorithms() -> List[QgsProcessingAlgorithm]:
    from .access_rings import AccessRingsAlgorithm
    from .crossborder_flows import CrossBorderFlowsAlgorithm
    from .demo_territory import DemoTerritoryAlgorithm
    from .export_map import ExportMapAlgorithm
    from .intensity_index import IntensityIndexAlgorithm
    from .intensity_rings import IntensityRingsAlgorithm
    from .overlay_proposals import OverlayProposalsAlgorithm
    from .package_layers import PackageLayersAlgorithm
    from .potential_rings import PotentialRingsAlgorithm
    from .proposals_layer import ProposalsLayerAlgorithm

    return [DemoTerritoryAlgorithm(), CrossBorderFlowsAlgorithm(), IntensityIndexAlgorithm(),
            IntensityRingsAlgorithm(), PotentialRingsAlgorithm(), ProposalsLayerAlgorithm(),
            OverlayProposalsAlgorithm(), PackageLayersAlgorithm(), ExportMapAlgorithm(),
            AccessRingsAlgorithm()]
