"""The provider's registry: every algorithm of the plugin comes from here.

* ``all_algorithms()``: the algorithms written as classes of this package (register a new one here);
* ``script_algorithms()``: the Processing scripts of ``processing_scripts/`` (``importcommuting``,
  ``downloadunits``), found by a scan of that folder so that users may copy and adapt them;
* the shipped model(s) of ``bassins_plugin/models/*.model3``, loaded by the provider
  (``provider.py``), with their texts translated on loading.
"""
from typing import List

from qgis.core import QgsProcessingAlgorithm


def all_algorithms() -> List[QgsProcessingAlgorithm]:
    from .access_rings import AccessRingsAlgorithm
    from .attraction_rings import AttractionRingsAlgorithm
    from .border_line import BorderLineAlgorithm
    from .compare_sources import CompareSourcesAlgorithm
    from .compare_zonings import CompareZoningsAlgorithm
    from .crossborder_flows import CrossBorderFlowsAlgorithm
    from .demo_territory import DemoTerritoryAlgorithm
    from .export_map import ExportMapAlgorithm
    from .flow_lines import FlowLinesAlgorithm
    from .import_foreign import ImportForeignAlgorithm
    from .intensity_index import IntensityIndexAlgorithm
    from .intensity_rings import IntensityRingsAlgorithm
    from .overlay_proposals import OverlayProposalsAlgorithm
    from .package_layers import PackageLayersAlgorithm
    from .potential_rings import PotentialRingsAlgorithm
    from .proposals_layer import ProposalsLayerAlgorithm
    from .service_basins import ServiceBasinsAlgorithm

    return [DemoTerritoryAlgorithm(), CrossBorderFlowsAlgorithm(), IntensityIndexAlgorithm(),
            IntensityRingsAlgorithm(), PotentialRingsAlgorithm(), ProposalsLayerAlgorithm(),
            OverlayProposalsAlgorithm(), PackageLayersAlgorithm(), ExportMapAlgorithm(),
            AccessRingsAlgorithm(), AttractionRingsAlgorithm(), CompareZoningsAlgorithm(),
            BorderLineAlgorithm(), FlowLinesAlgorithm(), ImportForeignAlgorithm(),
            CompareSourcesAlgorithm(), ServiceBasinsAlgorithm()]


def script_algorithms() -> List[QgsProcessingAlgorithm]:
    """Algorithms of processing_scripts/*.py (scripts users can copy and adapt)."""
    import importlib.util
    import inspect

    from ..resources import resource_path

    found = []
    folder = resource_path("processing_scripts")
    for path in sorted(folder.glob("*.py")):
        name = f"bassins_plugin_scripts.{path.stem}"
        spec = importlib.util.spec_from_file_location(name, str(path))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QgsProcessingAlgorithm) and cls.__module__ == name:
                found.append(cls())
    return found
