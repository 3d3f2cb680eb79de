"""Every text a person reads in the shipped models, in English, translated when the provider loads the model.

The generator (scripts/make_models.py) writes the English texts into the .model3; the provider replaces
them with the current locale's on loading (component descriptions, parameter labels, output labels, help). The
generator also writes models/<lang>/ with the texts of each language, for opening in the Model Designer.
Keys: a parameter's name, a child's id, ``out_`` + an output's name (tests/test_model.py checks each text is
translated where it is shown). One table per model, by the model file's stem.
"""
from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Model", text)


FULL_CHAIN = "living_area_full_chain"  # the stems of the shipped .model3 files
SERVICES = "living_area_services"


def labels(model: str = FULL_CHAIN) -> Dict[str, str]:
    """The texts of the model ``model`` (a file stem) by key: parameter and output names, child ids, the help."""
    return service_labels() if model == SERVICES else full_chain_labels()


def full_chain_labels() -> Dict[str, str]:
    """Units and flows -> indicators -> intensity rings (and attraction rings) -> overlay -> package."""
    return {
        "name": tr("Living area — full chain"),
        "group": tr("Models"),
        "help": tr(
            "<p>The whole chain of a cross-border living area, from official files to a package to share:</p>"
            "<ol><li><b>Cross-border flow indicators</b> per unit (outflow, inflow, share of employed residents "
            "working across the border);</li><li><b>Intensity rings</b> on that share (strong core, middle and "
            "outer rings);</li><li>optionally, <b>rings of attraction</b> around a pole, by AAV 2020-like rules, "
            "when pole units are given;</li><li><b>overlay of the action proposals</b> on the rings (best level, "
            "population reached, summary by theme, gaps);</li><li>one <b>GeoPackage</b> with every layer styled "
            "and a project inside, to share across the border.</li></ol>"
            "<p>Each output can be kept or skipped; by default they are temporary layers.</p>"),
        "units": tr("Units (communes, both sides of the border)"),
        "unit_id": tr("Unit identifier field"),
        "country": tr("Country field"),
        "active": tr("Employed residents field"),
        "population": tr("Population field"),
        "flows": tr("Flows table (origin, destination, count, theme)"),
        "proposals": tr("Action proposals"),
        "thresholds": tr("Intensity thresholds, % (ascending)"),
        "reach": tr("Reach of the proposals"),
        "pole_units": tr("Pole units for attraction rings (empty: none)"),
        "indicators": tr("Cross-border flow indicators"),
        "rings": tr("Draw intensity rings"),
        "condition": tr("Attraction rings asked for?"),
        "attraction": tr("Rings of attraction around a pole"),
        "flowlines": tr("Flow lines (flow map)"),
        "overlay": tr("Overlay proposals on the rings"),
        "package": tr("Package styled layers"),
        "out_indicators": tr("Units with cross-border indicators"),
        "out_rings": tr("Intensity rings"),
        "out_attraction_rings": tr("Rings of attraction"),
        "out_attraction_units": tr("Units with their attraction level"),
        "out_flow_lines": tr("Cross-border flow lines"),
        "out_proposals_overlay": tr("Proposals with their rings"),
        "out_summary": tr("Summary by theme and level"),
        "out_gaps": tr("Coverage gaps by theme"),
        "out_package": tr("GeoPackage to share"),
    }


def service_labels() -> Dict[str, str]:
    """Units and equipment -> service basins -> rings of dependence abroad -> overlay -> package."""
    return {
        "name": tr("Living area by services — full chain"),
        "group": tr("Models"),
        "help": tr(
            "<p>A living area drawn from everyday services on both sides of the border, from equipment points to "
            "a package to share:</p>"
            "<ol><li><b>Living areas by services</b> (bassins de vie, INSEE-like): minutes to the nearest "
            "equipment of each theme, at home and abroad, the share of the basket's types whose nearest "
            "equipment is abroad (<i>dep_abroad</i>), service poles and the basins around them;</li>"
            "<li><b>rings of dependence on services abroad</b>: intensity rings on <i>dep_abroad</i>;</li>"
            "<li><b>overlay of the action proposals</b> on those rings (best level, population reached, summary "
            "by theme, gaps);</li><li>one <b>GeoPackage</b> with every layer styled and a project inside.</li></ol>"
            "<p>Leave the basket table empty to use the OpenStreetMap basket shipped with the plugin (amenity, "
            "shop, healthcare and railway values, as QuickOSM returns them); leave the road network empty for "
            "straight-line times (detour factor 1.3 at 50 km/h, said in the log). Each output can be kept or "
            "skipped; by default they are temporary layers.</p>"),
        "units": tr("Units (communes, both sides of the border)"),
        "unit_id": tr("Unit identifier field"),
        "country": tr("Country field"),
        "population": tr("Population field"),
        "equipment": tr("Equipment (points or areas)"),
        "equipment_type": tr("Equipment type field"),
        "basket_table": tr("Basket table (empty: OSM basket)"),
        "roads": tr("Road network (empty: straight lines)"),
        "road_speed": tr("Road speed field (km/h)"),
        "road_class": tr("Road class field (OSM highway)"),
        "road_tags": tr("OSM other_tags field"),
        "thresholds": tr("Dependence thresholds, % (ascending)"),
        "proposals": tr("Action proposals"),
        "reach": tr("Reach of the proposals"),
        "services": tr("Living areas by services"),
        "rings": tr("Rings of dependence on services abroad"),
        "overlay": tr("Overlay proposals on the rings"),
        "package": tr("Package styled layers"),
        "out_service_units": tr("Units with times to services"),
        "out_service_zones": tr("Service basins"),
        "out_rings": tr("Rings of dependence abroad"),
        "out_proposals_overlay": tr("Proposals with their rings"),
        "out_summary": tr("Summary by theme and level"),
        "out_gaps": tr("Coverage gaps by theme"),
        "out_package": tr("GeoPackage to share"),
    }
