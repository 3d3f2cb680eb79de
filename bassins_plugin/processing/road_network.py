"""The road network as every network algorithm takes it: its parameters declared once, the graph read once.

Used by ``bassins:accessrings`` and ``bassins:servicebasins`` (parameter names are API, shared by both):

- ``add_network_parameters(alg, optional=False, one_way=True, advanced_one_way=False)``: NETWORK, SPEED_FIELD,
  DEFAULT_SPEED and, with ``one_way``, DIRECTION_FIELD, FORWARD_VALUE, BACKWARD_VALUE, BOTH_VALUE (in this order).
- ``add_snap_parameter(alg)``: SNAP_TOLERANCE (metres, 2000).
- ``add_osm_parameters(alg)``: ROAD_CLASS (default ``highway``), OTHER_TAGS (default ``other_tags``), both
  optional and preselected by their usual names, and SPEED_TABLE (CSV ``class;speed_kmh``, advanced). Append them
  after an algorithm's existing parameters so older models still validate.
- ``network_inputs(alg, parameters, context) -> NetworkInputs | None`` (None: no NETWORK given): the checked
  parameters; a bad one raises ``alg.param_error`` naming it.
- ``read_graph(alg, inputs, work, parameters, context, feedback) -> core.network.Graph``: the lines in the working
  CRS (``core.crs.working_crs``), decoded with ``core.roads.decode_osm`` when a class or other_tags field is given,
  else ``core.network.decode_network``; the log says what was read, excluded, defaulted and one-way.

With a class field or other_tags, the speed of a line is its SPEED_FIELD value read as OSM writes maxspeed
(``50``, ``30 mph``, ``50;30``, ``FR:urban``), else the ``maxspeed`` of other_tags, else its class's speed in the
table (``data/speeds_car_osm.csv``, each SPEED_TABLE row overriding the shipped one), else DEFAULT_SPEED (the table's
``default`` row when DEFAULT_SPEED is 0). One-way: the DIRECTION_FIELD value when it is one of FORWARD/BACKWARD/
BOTH_VALUE, else read as OSM's ``oneway`` (yes, true, 1, -1, reverse, no), else other_tags' ``oneway`` and
``junction=roundabout``. Footways, steps, paths, cycleways, pedestrian streets and ``access=no``/``private`` are left
out for cars.
"""
from dataclasses import dataclass, field
from typing import Dict, Optional

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import network as net
from ..core import roads

NETWORK = "NETWORK"
SPEED_FIELD = "SPEED_FIELD"
DEFAULT_SPEED = "DEFAULT_SPEED"
DIRECTION_FIELD = "DIRECTION_FIELD"
FORWARD_VALUE = "FORWARD_VALUE"
BACKWARD_VALUE = "BACKWARD_VALUE"
BOTH_VALUE = "BOTH_VALUE"
ROAD_CLASS = "ROAD_CLASS"
OTHER_TAGS = "OTHER_TAGS"
SPEED_TABLE = "SPEED_TABLE"
SNAP_TOLERANCE = "SNAP_TOLERANCE"
_OSM_DIRECTION = {net.FORWARD: "yes", net.BACKWARD: "-1", net.BOTH: "no"}


def tr(text: str) -> str:
    return QCoreApplication.translate("RoadNetwork", text)


def _advanced(definition):
    definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return definition


def add_network_parameters(alg, optional: bool = False, one_way: bool = True, advanced_one_way: bool = False):
    """NETWORK, SPEED_FIELD, DEFAULT_SPEED and (``one_way``) the direction field and its three values."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        NETWORK, tr("Road network (lines)"), [QgsProcessing.TypeVectorLine], optional=optional))
    alg.addParameter(QgsProcessingParameterField(
        SPEED_FIELD, tr("Speed field (km/h)"), None, NETWORK, QgsProcessingParameterField.Any, optional=True))
    alg.addParameter(QgsProcessingParameterNumber(
        DEFAULT_SPEED, tr("Default speed (km/h)"), QgsProcessingParameterNumber.Double, 50.0, True, 0.0))
    if one_way:
        add_one_way_parameters(alg, advanced=advanced_one_way)


def add_one_way_parameters(alg, advanced: bool = False):
    """DIRECTION_FIELD, FORWARD_VALUE, BACKWARD_VALUE, BOTH_VALUE (advanced when appended to an algorithm)."""
    flag = _advanced if advanced else (lambda d: d)
    alg.addParameter(flag(QgsProcessingParameterField(
        DIRECTION_FIELD, tr("Direction field (one-way streets)"), None, NETWORK, optional=True)))
    alg.addParameter(flag(QgsProcessingParameterString(
        FORWARD_VALUE, tr("Value for the digitising direction only"), "forward", optional=True)))
    alg.addParameter(flag(QgsProcessingParameterString(
        BACKWARD_VALUE, tr("Value for the reverse direction only"), "backward", optional=True)))
    alg.addParameter(flag(QgsProcessingParameterString(
        BOTH_VALUE, tr("Value for both directions"), "both", optional=True)))


def add_snap_parameter(alg):
    alg.addParameter(QgsProcessingParameterNumber(
        SNAP_TOLERANCE, tr("Snapping tolerance to the network (metres)"),
        QgsProcessingParameterNumber.Double, 2000.0, False, 0.0))


def add_osm_parameters(alg):
    """ROAD_CLASS and OTHER_TAGS (preselected by their usual names, unset when the layer lacks them), SPEED_TABLE."""
    alg.addParameter(QgsProcessingParameterField(
        ROAD_CLASS, tr("Road class field (OpenStreetMap highway)"), "highway", NETWORK, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        OTHER_TAGS, tr("OSM other_tags field"), "other_tags", NETWORK, optional=True))
    alg.addParameter(_advanced(QgsProcessingParameterFile(
        SPEED_TABLE, tr("Speed table by road class (CSV)"),
        extension="csv", optional=True)))


@dataclass
class NetworkInputs:
    """The network parameters, checked."""

    source: object
    speed_field: str = ""
    direction_field: str = ""
    road_class: str = ""
    other_tags: str = ""
    default_speed: Optional[float] = None
    direction_of: Dict[str, int] = field(default_factory=dict)
    table: Dict[str, float] = field(default_factory=dict)
    snap: float = 2000.0

    @property
    def osm(self) -> bool:
        return bool(self.road_class or self.other_tags)


def _string(alg, parameters, name, context) -> str:
    if alg.parameterDefinition(name) is None:
        return ""
    return alg.parameterAsString(parameters, name, context) or ""


def network_inputs(alg, parameters, context) -> Optional[NetworkInputs]:
    """The checked network parameters of ``alg`` (None when the optional NETWORK is not given)."""
    source = alg.parameterAsSource(parameters, NETWORK, context)
    if source is None:
        if alg.parameterDefinition(NETWORK).flags() & QgsProcessingParameterDefinition.FlagOptional:
            return None
        raise alg.param_error(NETWORK, tr("choose a line layer"))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.LineGeometry:
        raise alg.param_error(NETWORK, tr("choose a line layer"))
    p = NetworkInputs(source, *(_string(alg, parameters, n, context)
                                for n in (SPEED_FIELD, DIRECTION_FIELD, ROAD_CLASS, OTHER_TAGS)))
    alg.check_fields([(n, v, source) for n, v in ((SPEED_FIELD, p.speed_field), (DIRECTION_FIELD, p.direction_field),
                                                  (ROAD_CLASS, p.road_class), (OTHER_TAGS, p.other_tags))])
    default_speed = alg.parameterAsDouble(parameters, DEFAULT_SPEED, context)
    p.default_speed = default_speed if default_speed > 0 else None
    if not p.speed_field and p.default_speed is None and not p.osm:
        raise alg.param_error(DEFAULT_SPEED, tr(
            "no speed: choose a speed field or a road class field, or give a default speed greater than 0"))
    if alg.parameterDefinition(FORWARD_VALUE) is not None:
        values = [_string(alg, parameters, k, context).strip().lower()
                  for k in (FORWARD_VALUE, BACKWARD_VALUE, BOTH_VALUE)]
        p.direction_of = {v: d for v, d in zip(values, (net.FORWARD, net.BACKWARD, net.BOTH)) if v}
    if alg.parameterDefinition(SNAP_TOLERANCE) is not None:
        p.snap = alg.parameterAsDouble(parameters, SNAP_TOLERANCE, context)
    if p.osm:
        p.table = _speed_table(alg, _string(alg, parameters, SPEED_TABLE, context))
    return p


def _speed_table(alg, path: str) -> Dict[str, float]:
    table = roads.read_speed_table()
    if not path:
        return table
    try:
        own = roads.read_speed_table(path)
    except (OSError, UnicodeDecodeError) as err:
        raise alg.param_error(SPEED_TABLE, tr("cannot read the file: {e}").format(e=err)) from err
    except ValueError as err:
        raise alg.param_error(SPEED_TABLE, tr("each line must be class;speed_kmh with a number ({e})").format(
            e=err)) from err
    if not own:
        raise alg.param_error(SPEED_TABLE, tr("the file has no class;speed_kmh line"))
    bad = sorted(k for k, v in own.items() if not v > 0)
    if bad:
        raise alg.param_error(SPEED_TABLE, tr("speeds must be greater than 0: {c}").format(c=", ".join(bad)))
    table.update(own)
    return table


def read_graph(alg, p: NetworkInputs, work, parameters, context, feedback) -> net.Graph:
    """The graph of the network in the working CRS; the log says what was read and left out."""
    feedback.pushInfo(tr("Reading the network…"))
    names = [n for n in (p.speed_field, p.direction_field, p.road_class, p.other_tags) if n]
    table = alg.read_table(parameters, NETWORK, context, p.source, list(dict.fromkeys(names)), feedback,
                           polygonal=False, check_validity=False)
    alg.check_canceled(feedback)
    # every vertex in one array, reprojected at once from the network's own CRS (not always the layer the working
    # CRS was made for: servicebasins works in the units'); each line part knows its feature
    xy, sizes, owner = net.line_vertices(table.geometries,
                                         work.transform_from(p.source.sourceCrs(), context.transformContext()))
    alg.check_canceled(feedback)
    cols = table.columns
    if p.osm:
        graph = _osm_graph(alg, p, xy, sizes, owner, cols, feedback)
        if graph.n_nodes:
            feedback.pushInfo(tr("Graph: {n} nodes, {e} directed edges.").format(n=graph.n_nodes, e=len(graph.src)))
    else:
        decoded = net.decode_network(len(table.geometries), cols[p.speed_field] if p.speed_field else None,
                                     cols[p.direction_field] if p.direction_field else None, p.default_speed,
                                     p.direction_of)
        graph = net.build_graph_arrays(xy, sizes, [decoded.speeds[i] for i in owner.tolist()],
                                       [decoded.directions[i] for i in owner.tolist()], tolerance=0.01)
        if graph.n_nodes:
            _log_plain(graph, decoded, feedback)
    if graph.n_nodes == 0:
        raise alg.param_error(NETWORK, tr("the network has no usable line"))
    return graph


def _log_plain(graph, decoded, feedback):
    feedback.pushInfo(tr("Graph: {n} nodes, {e} directed edges ({s} lines without speed skipped, {d} unknown "
                         "direction values taken as both ways).").format(
        n=graph.n_nodes, e=len(graph.src), s=decoded.no_speed, d=decoded.unknown_direction))
    if decoded.zero_speed:
        feedback.pushWarning(tr("{n} lines have a speed of 0: they are not travelled (closed roads?).").format(
            n=decoded.zero_speed))
    if decoded.unparsed_speed:
        feedback.pushWarning(tr("{n} speed values hold no number: the default speed was used for them.").format(
            n=decoded.unparsed_speed))


def _osm_graph(alg, p: NetworkInputs, xy, sizes, owner, cols, feedback) -> net.Graph:
    owner = owner.tolist()

    def column(name):
        return [cols[name][i] for i in owner] if name else None

    oneways = column(p.direction_field)
    if oneways is not None:  # the user's own values first, else OSM's
        oneways = [_OSM_DIRECTION.get(p.direction_of.get(str(v).strip().lower()), v) if v is not None else None
                   for v in oneways]
    table = dict(p.table)
    if p.default_speed is not None:
        table["default"] = p.default_speed
    highways = column(p.road_class)
    n_parts = len(owner)
    # decode_osm passes its lines through: give it the part numbers, get back those kept
    kept, speeds, dirs, counts = roads.decode_osm(
        range(n_parts), highways if highways is not None else [None] * n_parts, column(p.other_tags),
        column(p.speed_field), oneways, table)
    _log_osm(counts, dirs, n_parts, feedback)
    if not kept:
        raise alg.param_error(NETWORK, tr("every line was left out for cars ({r}): check the road class field "
                                          "and the access tags").format(r=_reasons(counts["excluded"])))
    part_speed = np.full(n_parts, np.nan)
    part_dir = np.full(n_parts, net.BOTH, dtype=np.int64)
    part_speed[kept], part_dir[kept] = speeds, dirs
    return net.build_graph_arrays(xy, sizes, part_speed, part_dir, tolerance=0.01)


def _reasons(counts: Dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _log_osm(counts, dirs, n_parts, feedback):
    excluded = sum(counts["excluded"].values())
    feedback.pushInfo(tr("{n} line parts read, {k} kept for cars, {x} left out.").format(
        n=n_parts, k=n_parts - excluded, x=excluded))
    if excluded:
        feedback.pushInfo(tr("Left out for cars: {r}.").format(r=_reasons(counts["excluded"])))
    feedback.pushInfo(tr("Speeds: {m} from maxspeed, the others from their road class.").format(
        m=counts["maxspeed_used"]))
    if counts["default_class"]:
        feedback.pushWarning(tr("{n} lines have a class missing from the speed table: the default speed was used "
                                "for them ({c}).").format(n=sum(counts["default_class"].values()),
                                                          c=_reasons({k or "NULL": v for k, v in
                                                                      counts["default_class"].items()})))
    if counts["maxspeed_unparsed"]:
        feedback.pushWarning(tr("{n} maxspeed values could not be read: their class speed was used.").format(
            n=counts["maxspeed_unparsed"]))
    forward = sum(1 for d in dirs if d == net.FORWARD)
    backward = sum(1 for d in dirs if d == net.BACKWARD)
    feedback.pushInfo(tr("One-way: {f} in the digitising direction, {b} reversed, {t} both ways.").format(
        f=forward, b=backward, t=len(dirs) - forward - backward))
