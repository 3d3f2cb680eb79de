"""bassins:accessrings: travel time between units and cross-border poles on a road network, with the border
charged once per trip, per crossing, or at the crossing points given (customs posts, bridges).

The engine is ``core.routing`` (units and poles join the network mid-edge, one multi-source Dijkstra); the network
is read by ``road_network`` (OpenStreetMap tags as they come)."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import BOOL, DOUBLE, INT, STRING
from ..core import network as net
from ..core import rings as core_rings
from ..core import routing
from ..core.crs import working_crs
from ..core.features import read_features, to_float, to_text
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
    DIRECTION = "DIRECTION"
    PENALTY_MODE = "PENALTY_MODE"
    CROSSINGS = "CROSSINGS"
    CROSSING_DELAY = "CROSSING_DELAY"
    CROSSING_RADIUS = "CROSSING_RADIUS"
    SNAP_TOLERANCE = road_network.SNAP_TOLERANCE
    ROAD_CLASS = road_network.ROAD_CLASS
    OTHER_TAGS = road_network.OTHER_TAGS
    SPEED_TABLE = road_network.SPEED_TABLE
    OUTPUT_UNITS = "OUTPUT_UNITS"
    OUTPUT_RINGS = "OUTPUT_RINGS"
    OUTPUTS = {
        OUTPUT_UNITS: Output("Units with travel times", QgsProcessing.TypeVectorPolygon, "access_units", optional=True),
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
            self.BORDER_PENALTY, self.tr("Border-crossing penalty (minutes)"),
            QgsProcessingParameterNumber.Double, 0.0, False, 0.0))
        road_network.add_snap_parameter(self)
        road_network.add_osm_parameters(self)
        # appended: stored indices, optional so that older models and scripts validate unchanged
        self.addParameter(QgsProcessingParameterEnum(
            self.DIRECTION, self.tr("Direction of travel"),
            [self.tr("From the units to the poles"),
             self.tr("From the poles to the units (isochrones)")], defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.PENALTY_MODE, self.tr("Border penalty without crossing points"),
            [self.tr("Once per trip to the other country"),
             self.tr("On every crossing of the border")], defaultValue=0,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CROSSINGS, self.tr("Border crossing points (customs, bridges)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CROSSING_DELAY, self.tr("Delay field of the crossings (minutes)"),
            None, self.CROSSINGS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CROSSING_RADIUS, self.tr("Radius of a crossing point (metres)"),
            QgsProcessingParameterNumber.Double, 200.0, True, 0.0))
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
        router, trip = self._router(p, work, graph, context, feedback)
        self.check_canceled(feedback)
        feedback.pushInfo(self.tr("Shortest paths from {n} poles in one run…").format(n=len(poles["used"])))
        times, node_seconds = self._times(p, graph, router, trip, units, poles)
        lost_comp, lost_nodes = net.unreached_components(graph, node_seconds)
        if lost_comp:
            feedback.pushWarning(self.tr("{c} parts of the network ({n} nodes) are not connected to any pole and "
                                         "were left unreached.").format(c=lost_comp, n=lost_nodes))
        self.check_canceled(feedback)
        feedback.setProgress(70)
        results = {}
        if units is not None:
            ring_geoms, results[self.OUTPUT_UNITS] = self._unit_times(parameters, context, p, units, poles, times,
                                                                      feedback)
        else:
            ring_geoms = [(work.backward(g) if (work.reprojects and not g.isEmpty()) else g, c)
                          for g, c in net.network_rings(graph, node_seconds, p["bands"], p["snap"])]
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
        self._border_inputs(p, parameters, context)
        return p

    def _graph(self, p, work, parameters, context, feedback):
        """The network's graph (``road_network.read_graph``). ``p["road"]`` holds the checked network parameters;
        without it (servicebasins until it calls road_network itself) they are taken from the dict's keys."""
        road = p.get("road") or road_network.NetworkInputs(
            p["network"], p.get(self.SPEED_FIELD, ""), p.get(self.DIRECTION_FIELD, ""),
            default_speed=p.get("default_speed"), direction_of=p.get("direction_of", {}))
        return road_network.read_graph(self, road, work, parameters, context, feedback)

    def _border_inputs(self, p, parameters, context) -> None:
        """DIRECTION, PENALTY_MODE and the crossing points, checked, into ``p``."""
        p["direction"] = self.parameterAsEnum(parameters, self.DIRECTION, context)
        p["mode"] = self.parameterAsEnum(parameters, self.PENALTY_MODE, context)
        p["crossings"] = self.parameterAsSource(parameters, self.CROSSINGS, context)
        p[self.CROSSING_DELAY] = self.parameterAsString(parameters, self.CROSSING_DELAY, context) \
            if p["crossings"] is not None else ""
        p["radius"] = self.parameterAsDouble(parameters, self.CROSSING_RADIUS, context)
        if p["crossings"] is not None and \
                QgsWkbTypes.geometryType(p["crossings"].wkbType()) != QgsWkbTypes.PointGeometry:
            raise self.param_error(self.CROSSINGS, self.tr("the crossings must be points (e.g. Centroids of the "
                                                           "customs posts or bridges)"))
        self.check_fields(((self.CROSSING_DELAY, p[self.CROSSING_DELAY], p["crossings"]),))

    def _units(self, p, work, graph, parameters, context, feedback):
        """Units in the working CRS joined to the network, their countries, the nodes' countries (None: no units)."""
        if p["units"] is None:
            return None
        table = self.read_table(parameters, self.UNITS, context, p["units"],
                                [n for n in (p[self.UNIT_ID], p[self.COUNTRY]) if n], feedback)
        geoms = work.all_from(p["units"].sourceCrs(), table.geometries, context.transformContext())
        points = np.array([_unit_point(g) for g in geoms], dtype=float).reshape(-1, 2)
        codes, country = [], np.full(len(geoms), -1, dtype=np.int64)
        if p[self.COUNTRY]:
            texts = [to_text(v) for v in table.columns[p[self.COUNTRY]]]
            codes, graph.country = net.node_countries(graph, geoms, texts)
            code_of = {c: i for i, c in enumerate(codes)}
            country = np.array([code_of.get(t, -1) if t else -1 for t in texts], dtype=np.int64)
        self.check_canceled(feedback)
        return {"table": table, "att": routing.attach(graph, points, p["snap"]), "codes": codes, "country": country}

    def _poles(self, p, work, graph, units, context, feedback):
        """Every point of every pole joined to the network (mid-edge); pole ids and countries."""
        pole_id = p[self.POLE_ID]
        table = read_features(p["poles"], [pole_id] if pole_id else [], feedback, polygonal=False)
        points, owner, ids = [], [], []
        for i, g in enumerate(work.all_from(p["poles"].sourceCrs(), table.geometries, context.transformContext())):
            for xy in net.point_parts(g):
                points.append(xy)
                owner.append(i)
            ids.append(to_text(table.columns[pole_id][i]) if pole_id else str(table.ids[i]))
        att = routing.attach(graph, np.array(points, dtype=float).reshape(-1, 2), p["snap"])
        owner = np.array(owner, dtype=np.int64)
        far = sorted({ids[owner[k]] for k in np.nonzero(att.u < 0)[0].tolist()})
        if far:
            feedback.pushWarning(self.tr("{n} poles are farther than {s:g} m from the network and were left out: "
                                         "{ids}").format(n=len(far), s=p["snap"], ids=", ".join(far[:20])))
        used = np.nonzero(att.u >= 0)[0]
        if not len(used):
            raise self.param_error(self.POLES, self.tr("no pole lies within the snapping tolerance of the network; "
                                                       "increase SNAP_TOLERANCE"))
        # a pole's country: that of the network node nearer to its point
        country_idx = np.full(len(att), -1, dtype=np.int64)
        if graph.country is not None:
            near = np.where(att.fraction <= 0.5, att.u, att.v)
            country_idx[used] = graph.country[near[used]]
        codes = units["codes"] if units is not None else []
        country = [None] * len(ids)
        for k in used.tolist():
            if country_idx[k] >= 0:
                country[owner[k]] = codes[country_idx[k]]
        return {"att": att, "used": used, "ids": ids, "country": country, "owner": owner,
                "country_idx": country_idx}

    def _router(self, p, work, graph, context, feedback):
        """(routing.Router, trip penalty in seconds) for the border rule in force."""
        if p["crossings"] is not None:
            return routing.Router(graph, self._crossing_extra(p, work, graph, context, feedback)), 0.0
        if p["penalty"] > 0 and graph.country is None:
            feedback.pushWarning(self.tr("The border penalty needs units with a country field (UNITS, COUNTRY): "
                                         "it was not applied."))
        elif p["penalty"] > 0 and p["mode"] == 1:
            feedback.pushInfo(self.tr("Border: {m:g} minutes on every crossing of the border (each edge joining "
                                      "two countries).").format(m=p["penalty"] / 60))
            return routing.Router(graph, routing.border_edge_extra(graph, p["penalty"])), 0.0
        elif p["penalty"] > 0:
            feedback.pushInfo(self.tr("Border: {m:g} minutes once per trip, when the unit's country differs from "
                                      "the pole's.").format(m=p["penalty"] / 60))
            return routing.Router(graph), p["penalty"]
        return routing.Router(graph), 0.0

    def _crossing_extra(self, p, work, graph, context, feedback):
        """Per directed edge, the delay (seconds, inf closed) of the crossing point near it; the rest free."""
        delay_field = p[self.CROSSING_DELAY]
        table = read_features(p["crossings"], [delay_field] if delay_field else [], feedback, polygonal=False)
        points, fids, delays = [], [], []
        geoms = work.all_from(p["crossings"].sourceCrs(), table.geometries, context.transformContext())
        for i, g in enumerate(geoms):
            delay = self._delay(table.columns[delay_field][i] if delay_field else None, p["penalty"])
            for xy in net.point_parts(g):
                points.append(xy)
                fids.append(table.ids[i])
                delays.append(delay)
        if graph.country is None:
            feedback.pushWarning(self.tr("CROSSINGS: without units with a country (UNITS, COUNTRY) the network has "
                                         "no border: the crossing points are not used."))
            return None
        extra, unmatched = routing.crossing_edge_extra(graph, points, delays, p["radius"])
        if len(unmatched):
            names = sorted({str(fids[k]) for k in unmatched.tolist()}, key=lambda s: (len(s), s))
            feedback.pushWarning(self.tr("{n} crossing points lie farther than {r:g} m (CROSSING_RADIUS) from every "
                                         "edge joining two countries: they charge nothing (feature ids {ids}).").format(
                n=len(names), r=p["radius"], ids=", ".join(names[:20])))
        border = routing.border_edges(graph)
        feedback.pushInfo(self.tr("Border: {c} crossing points ({x} closed); {e} of the {b} border edges pay a "
                                  "crossing's delay, the others are free.").format(
            c=len(points), x=sum(1 for d in delays if d < 0), e=int((border & (extra != 0)).sum()),
            b=int(border.sum())))
        return extra

    def _delay(self, value, default_seconds: float) -> float:
        """A crossing's delay in seconds: minutes, NULL = BORDER_PENALTY, 'closed' or negative = -1 (closed)."""
        text = to_text(value)
        if text is None:
            return default_seconds
        if text.lower() == "closed":
            return -1.0
        minutes = to_float(value)
        if minutes is None:
            raise self.param_error(self.CROSSING_DELAY, self.tr(
                "'{v}' is neither a number of minutes nor 'closed'").format(v=text))
        return -1.0 if minutes < 0 else minutes * 60.0

    def _times(self, p, graph, router, trip, units, poles):
        """(Times of the units or None, seconds of every network node) in one run."""
        n = graph.n_nodes
        nodes = routing.Attachment(np.arange(n), np.arange(n), np.zeros(n), np.zeros(n))
        node_country = graph.country if graph.country is not None else np.full(n, -1, dtype=np.int64)
        targets, country = nodes, node_country
        if units is not None:
            att = units["att"]
            targets = routing.Attachment(*(np.concatenate([getattr(att, k), getattr(nodes, k)])
                                           for k in ("u", "v", "fraction", "distance")))
            country = np.concatenate([units["country"], node_country])
        t = router.travel_times(poles["att"], targets, routing.TO_SOURCES if p["direction"] == 0 else
                                routing.FROM_SOURCES, poles["country_idx"], country, trip)
        if units is None:
            return None, t.seconds
        k = len(units["att"])
        return routing.Times(t.seconds[:k], t.source[:k], t.crossings[:k], t.extra[:k]), t.seconds[k:]

    def _unit_times(self, parameters, context, p, units, poles, times, feedback):
        """Time, pole, crossings, delay paid and band of each unit; the units output; the rings of units."""
        snapped = units["att"].u >= 0
        minutes = times.minutes
        ok = snapped & np.isfinite(minutes)
        unit_band = [net.band_of(m, p["bands"]) for m in minutes]
        if (~snapped).sum():
            feedback.pushWarning(self.tr("{n} units are farther than {s:g} m (SNAP_TOLERANCE) from every network "
                                         "line: their time is NULL.").format(n=int((~snapped).sum()), s=p["snap"]))
        if (snapped & ~ok).sum():
            feedback.pushWarning(self.tr("{n} units are on parts of the network no pole reaches: their time is "
                                         "NULL.").format(n=int((snapped & ~ok).sum())))
        pole = np.where(ok, poles["owner"][np.maximum(times.source, 0)], -1)
        pole_country = np.where(ok, poles["country_idx"][np.maximum(times.source, 0)], -1)
        other = (pole_country >= 0) & (units["country"] >= 0) & (pole_country != units["country"])
        new = field_list(("time_min", DOUBLE), ("pole_id", STRING, 80), ("pole_country", STRING, 10),
                         ("crosses_border", BOOL), ("crossings", INT), ("border_delay_min", DOUBLE), ("band", INT))
        columns = [np.where(ok, minutes, np.nan),
                   [poles["ids"][k] if k >= 0 else None for k in pole.tolist()],
                   [poles["country"][k] if k >= 0 else None for k in pole.tolist()],
                   [bool(c > 0 or o) if good else None for c, o, good in zip(times.crossings, other, ok)],
                   [int(c) if good else None for c, good in zip(times.crossings, ok)],
                   np.where(ok, times.extra / 60.0, np.nan),
                   unit_band]
        uid = self.write_units(parameters, self.OUTPUT_UNITS, context, p["units"], units["table"].ids, new, columns,
                               feedback, optional=True, progress=(85.0, 95.0))
        levels = np.array([b if b is not None else 0 for b in unit_band], dtype=np.int64)
        rings = core_rings.build_rings(units["table"].geometries, levels, len(p["bands"]), "nested",
                                       feedback=feedback)
        return [(r.geometry, int(r.members.sum())) for r in rings], uid

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


def _unit_point(geom: QgsGeometry):
    """Where a unit joins the network: its centroid when it lies inside (the centre), else a point on its surface."""
    c = geom.centroid()
    q = (c if not c.isEmpty() and geom.contains(c) else geom.pointOnSurface()).asPoint()
    return q.x(), q.y()
