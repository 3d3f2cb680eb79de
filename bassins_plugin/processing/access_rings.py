"""bassins:accessrings: travel time to cross-border poles on a road network, with a border-crossing penalty."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import BOOL, DOUBLE, INT, STRING
from ..core import network as net
from ..core import rings as core_rings
from ..core.crs import working_crs
from ..core.features import read_features, to_text
from ..core.thresholds import ThresholdError, parse_thresholds
from . import road_network
from .base import BassinsAlgorithm, Output
from .fields import field_list


class AccessRingsAlgorithm(BassinsAlgorithm):
    ALG_ID = "accessrings"
    GROUP_ID = "intensity"
    ICON = "rings.svg"

    NETWORK = road_network.NETWORK
    SPEED_FIELD = road_network.SPEED_FIELD
    DEFAULT_SPEED = road_network.DEFAULT_SPEED
    DIRECTION_FIELD = road_network.DIRECTION_FIELD
    FORWARD_VALUE = road_network.FORWARD_VALUE
    BACKWARD_VALUE = road_network.BACKWARD_VALUE
    BOTH_VALUE = road_network.BOTH_VALUE
    POLES = "POLES"
    POLE_ID = "POLE_ID"
    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    BANDS = "BANDS"
    COUNTRY = "COUNTRY"
    BORDER_PENALTY = "BORDER_PENALTY"
    SNAP_TOLERANCE = road_network.SNAP_TOLERANCE
    ROAD_CLASS = road_network.ROAD_CLASS
    OTHER_TAGS = road_network.OTHER_TAGS
    SPEED_TABLE = road_network.SPEED_TABLE
    OUTPUT_UNITS = "OUTPUT_UNITS"
    OUTPUT_RINGS = "OUTPUT_RINGS"
    OUTPUTS = {
        OUTPUT_UNITS: Output("Units with travel times", QgsProcessing.TypeVectorPolygon, optional=True),
        OUTPUT_RINGS: Output("Access rings", QgsProcessing.TypeVectorPolygon, "access_rings"),
    }

    def displayName(self):
        return self.tr("Access rings (travel time)")

    def tags(self):
        return self.tr("travel time,isochrone,network,road,access,border,penalty,pole").split(",")

    def initAlgorithm(self, config=None):
        road_network.add_network_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POLES, self.tr("Poles (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.POLE_ID, self.tr("Pole identifier field"), None, self.POLES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units (polygons)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field"), "unit_id", self.UNITS, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BANDS, self.tr("Time bands (minutes, ascending)"), "15;30;45"))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY, self.tr("Country field of the units"), "country", self.UNITS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BORDER_PENALTY, self.tr("Border-crossing penalty (minutes per crossing)"),
            QgsProcessingParameterNumber.Double, 0.0, False, 0.0))
        road_network.add_snap_parameter(self)
        road_network.add_osm_parameters(self)
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        p = self._inputs(parameters, context)
        try:
            work = working_crs(p["network"].sourceCrs(), p["network"].sourceExtent(), context.transformContext())
        except ValueError as err:
            raise self.param_error(self.NETWORK, str(err)) from err
        graph = self._graph(p, work, parameters, context, feedback)
        feedback.setProgress(30)
        units = self._units(p, work, graph, parameters, context, feedback)
        poles = self._poles(p, work, graph, units, context, feedback)
        feedback.pushInfo(self.tr("Shortest paths from {n} poles in one run…").format(n=len(poles["used"])))
        dist, which, pred = net.multi_source(graph, poles["nodes"], p["penalty"])
        which = np.where(which >= 0, poles["pole_of_source"][np.maximum(which, 0)], -1)
        n_cross = net.crossings(graph, dist, pred)
        lost_comp, lost_nodes = net.unreached_components(graph, dist)
        if lost_comp:
            feedback.pushWarning(self.tr("{c} parts of the network ({n} nodes) are not connected to any pole and "
                                         "were left unreached.").format(c=lost_comp, n=lost_nodes))
        self.check_canceled(feedback)
        feedback.setProgress(70)
        results = {}
        if units is not None:
            unit_band, ring_geoms, results[self.OUTPUT_UNITS] = self._unit_times(
                parameters, context, p, graph, units, poles, dist, which, n_cross, feedback)
        else:
            ring_geoms = [(work.backward(g) if (work.reprojects and not g.isEmpty()) else g, c)
                          for g, c in net.network_rings(graph, dist, p["bands"], p["snap"])]
        out_crs = p["units"].sourceCrs() if units is not None else p["network"].sourceCrs()
        results[self.OUTPUT_RINGS] = self._write_rings(parameters, context, ring_geoms, p["bands"], out_crs)
        return results

    def _inputs(self, parameters, context) -> dict:
        """The parameters, checked: sources, fields, speeds, bands, penalty and tolerance."""
        road = road_network.network_inputs(self, parameters, context)
        p = {"road": road, "network": road.source,
             "poles": self.parameterAsSource(parameters, self.POLES, context),
             "units": self.parameterAsSource(parameters, self.UNITS, context)}
        if p["poles"] is None:
            raise self.param_error(self.POLES, self.tr("choose a point layer"))
        if QgsWkbTypes.geometryType(p["poles"].wkbType()) != QgsWkbTypes.PointGeometry:
            raise self.param_error(self.POLES, self.tr("the poles must be points (e.g. Centroids of a polygon "
                                                       "layer)"))
        if p["units"] is not None and \
                QgsWkbTypes.geometryType(p["units"].wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise self.param_error(self.UNITS, self.tr("the units must be polygons"))
        if p["poles"].featureCount() == 0:
            raise self.param_error(self.POLES, self.tr("the layer is empty: add at least one pole"))
        for name in (self.POLE_ID, self.UNIT_ID, self.COUNTRY):
            p[name] = self.parameterAsString(parameters, name, context)
        if p["units"] is None:
            p[self.UNIT_ID] = p[self.COUNTRY] = ""
        p["penalty"] = self.parameterAsDouble(parameters, self.BORDER_PENALTY, context) * 60.0
        p["snap"] = road.snap
        try:
            p["bands"] = parse_thresholds(self.parameterAsString(parameters, self.BANDS, context))
        except ThresholdError as err:
            raise self.param_error(self.BANDS, str(err)) from err
        if p["bands"][0] <= 0:
            raise self.param_error(self.BANDS, self.tr("minutes must be greater than 0"))
        self.check_fields(((self.POLE_ID, p[self.POLE_ID], p["poles"]), (self.UNIT_ID, p[self.UNIT_ID], p["units"]),
                           (self.COUNTRY, p[self.COUNTRY], p["units"])))
        return p

    def _graph(self, p, work, parameters, context, feedback):
        """The network's graph (``road_network.read_graph``). ``p["road"]`` holds the checked network parameters;
        without it (servicebasins until it calls road_network itself) they are taken from the dict's keys."""
        road = p.get("road") or road_network.NetworkInputs(
            p["network"], p.get(self.SPEED_FIELD, ""), p.get(self.DIRECTION_FIELD, ""),
            default_speed=p.get("default_speed"), direction_of=p.get("direction_of", {}))
        return road_network.read_graph(self, road, work, parameters, context, feedback)

    def _units(self, p, work, graph, parameters, context, feedback):
        """Units in the working CRS, their points on surface, and the nodes' countries (None without units)."""
        if p["units"] is None:
            return None
        table = self.read_table(parameters, self.UNITS, context, p["units"],
                                [n for n in (p[self.UNIT_ID], p[self.COUNTRY]) if n], feedback)
        to_w = QgsCoordinateTransform(p["units"].sourceCrs(), work.crs, context.transformContext())
        geoms = []
        for g in table.geometries:
            g = QgsGeometry(g)
            g.transform(to_w)
            geoms.append(g)
        points = np.array([[q.x(), q.y()] for q in (g.pointOnSurface().asPoint() for g in geoms)]) \
            if geoms else np.zeros((0, 2))
        codes = []
        if p[self.COUNTRY]:
            codes, graph.country = net.node_countries(graph, geoms, [to_text(v) for v in
                                                                     table.columns[p[self.COUNTRY]]])
        self.check_canceled(feedback)
        return {"table": table, "points": points, "codes": codes}

    def _poles(self, p, work, graph, units, context, feedback):
        """Every point of every pole snapped to the network; pole ids and countries."""
        pole_id = p[self.POLE_ID]
        table = read_features(p["poles"], [pole_id] if pole_id else [], feedback, polygonal=False)
        to_w = QgsCoordinateTransform(p["poles"].sourceCrs(), work.crs, context.transformContext())
        points, owner, ids = [], [], []
        for i, g in enumerate(table.geometries):
            g = QgsGeometry(g)
            g.transform(to_w)
            for xy in net.point_parts(g):
                points.append(xy)
                owner.append(i)
            ids.append(to_text(table.columns[pole_id][i]) if pole_id else str(table.ids[i]))
        nodes, _ = net.nearest_nodes(graph, np.array(points, dtype=float).reshape(-1, 2), p["snap"])
        far = sorted({ids[owner[k]] for k, nd in enumerate(nodes) if nd < 0})
        if far:
            feedback.pushWarning(self.tr("{n} poles are farther than {s:g} m from the network and were left out: "
                                         "{ids}").format(n=len(far), s=p["snap"], ids=", ".join(far[:20])))
        used = [k for k, nd in enumerate(nodes) if nd >= 0]
        if not used:
            raise self.param_error(self.POLES, self.tr("no pole lies within the snapping tolerance of the network; "
                                                       "increase SNAP_TOLERANCE"))
        codes = units["codes"] if units is not None else []
        country = [None] * len(ids)
        for k in used:
            if graph.country is not None and graph.country[nodes[k]] >= 0:
                country[owner[k]] = codes[graph.country[nodes[k]]]
        return {"nodes": [int(nodes[k]) for k in used], "used": used, "ids": ids, "country": country,
                "pole_of_source": np.array([owner[k] for k in used], dtype=np.int64)}

    def _unit_times(self, parameters, context, p, graph, units, poles, dist, which, n_cross, feedback):
        """Travel time, pole, crossing and band of each unit; the units output; the rings of units."""
        unit_nodes, _ = net.nearest_nodes(graph, units["points"], p["snap"])
        minutes = np.where(unit_nodes >= 0, dist[np.maximum(unit_nodes, 0)] / 60.0, np.inf)
        unit_band = [net.band_of(m, p["bands"]) for m in minutes]
        unsnapped = int((unit_nodes < 0).sum())
        unreached = int(((unit_nodes >= 0) & ~np.isfinite(minutes)).sum())
        if unsnapped:
            feedback.pushWarning(self.tr("{n} units have no network node within {s:g} m: their time is NULL."
                                         ).format(n=unsnapped, s=p["snap"]))
        if unreached:
            feedback.pushWarning(self.tr("{n} units are on parts of the network no pole reaches: their time is "
                                         "NULL.").format(n=unreached))
        src = p["units"]
        new = field_list(("time_min", DOUBLE), ("pole_id", STRING, 80), ("pole_country", STRING, 10),
                         ("crosses_border", BOOL), ("band", INT))
        ok = (unit_nodes >= 0) & np.isfinite(minutes)
        pole = np.where(ok, which[np.maximum(unit_nodes, 0)], -1)
        columns = [np.where(ok, minutes, np.nan),
                   [poles["ids"][k] if k >= 0 else None for k in pole],
                   [poles["country"][k] if k >= 0 else None for k in pole],
                   [bool(n_cross[node] > 0) if good else None for node, good in zip(unit_nodes, ok)],
                   unit_band]
        uid = self.write_units(parameters, self.OUTPUT_UNITS, context, src, units["table"].ids, new, columns,
                               feedback, optional=True, progress=(85.0, 95.0))
        levels = np.array([b if b is not None else 0 for b in unit_band], dtype=np.int64)
        rings = core_rings.build_rings(units["table"].geometries, levels, len(p["bands"]), "nested",
                                       feedback=feedback)
        return unit_band, [(r.geometry, int(r.members.sum())) for r in rings], uid

    def _write_rings(self, parameters, context, ring_geoms, bands, crs):
        fields = field_list(("band", INT), ("minutes", DOUBLE), ("units", INT), ("area_km2", DOUBLE))
        da = self.distance_area(crs, context)
        sink, dest_id = self.sink(parameters, self.OUTPUT_RINGS, context, fields, QgsWkbTypes.MultiPolygon, crs)
        for k, ((geom, count), minutes_k) in enumerate(zip(ring_geoms, bands), start=1):
            g = QgsGeometry(geom)
            feat = QgsFeature(fields)
            if not g.isEmpty():
                g.convertToMultiType()
                feat.setGeometry(g)
            feat.setAttributes([k, minutes_k, count, da.measureArea(g) / 1e6 if not g.isEmpty() else 0.0])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest_id
