"""bassins:accessrings: travel time to cross-border poles on a road network, with a border-crossing penalty."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..compat import BOOL, DOUBLE, INT, STRING, make_field
from ..core import network as net
from ..core import rings as core_rings
from ..core.crs import working_crs
from ..core.features import read_features, to_float, to_text
from ..core.thresholds import ThresholdError, parse_thresholds
from .base import BassinsAlgorithm
from .fields import output_fields
from .styling import style_on_load


class AccessRingsAlgorithm(BassinsAlgorithm):
    ALG_ID = "accessrings"
    GROUP_ID = "intensity"
    ICON = "rings.svg"

    NETWORK = "NETWORK"
    SPEED_FIELD = "SPEED_FIELD"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    DIRECTION_FIELD = "DIRECTION_FIELD"
    FORWARD_VALUE = "FORWARD_VALUE"
    BACKWARD_VALUE = "BACKWARD_VALUE"
    BOTH_VALUE = "BOTH_VALUE"
    POLES = "POLES"
    POLE_ID = "POLE_ID"
    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    BANDS = "BANDS"
    COUNTRY = "COUNTRY"
    BORDER_PENALTY = "BORDER_PENALTY"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    OUTPUT_UNITS = "OUTPUT_UNITS"
    OUTPUT_RINGS = "OUTPUT_RINGS"

    def displayName(self):
        return self.tr("Access rings (travel time)")

    def tags(self):
        return self.tr("travel time,isochrone,network,road,access,border,penalty,pole").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Road network (lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            self.SPEED_FIELD, self.tr("Speed field (km/h)"), None, self.NETWORK, QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT_SPEED, self.tr("Default speed (km/h), where the speed field is empty"),
            QgsProcessingParameterNumber.Double, 50.0, True, 0.0))
        self.addParameter(QgsProcessingParameterField(
            self.DIRECTION_FIELD, self.tr("Direction field (one-way streets)"), None, self.NETWORK, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.FORWARD_VALUE, self.tr("Value for the digitising direction only"), "forward", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BACKWARD_VALUE, self.tr("Value for the reverse direction only"), "backward", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BOTH_VALUE, self.tr("Value for both directions"), "both", optional=True))
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
            self.COUNTRY, self.tr("Country field of the units"), None, self.UNITS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BORDER_PENALTY, self.tr("Border-crossing penalty (minutes per crossing)"),
            QgsProcessingParameterNumber.Double, 0.0, False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr("Snapping tolerance to the network (metres)"),
            QgsProcessingParameterNumber.Double, 2000.0, False, 0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_UNITS, self.tr("Units with travel times"), QgsProcessing.TypeVectorPolygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_RINGS, self.tr("Access rings"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):
        network = self.parameterAsSource(parameters, self.NETWORK, context)
        poles_src = self.parameterAsSource(parameters, self.POLES, context)
        units_src = self.parameterAsSource(parameters, self.UNITS, context)
        if network is None:
            raise self.param_error(self.NETWORK, self.tr("choose a line layer"))
        if poles_src is None:
            raise self.param_error(self.POLES, self.tr("choose a point layer"))
        speed_field = self.parameterAsString(parameters, self.SPEED_FIELD, context)
        default_speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
        if default_speed <= 0:
            default_speed = None
        dir_field = self.parameterAsString(parameters, self.DIRECTION_FIELD, context)
        values = {k: self.parameterAsString(parameters, k, context).strip().lower()
                  for k in (self.FORWARD_VALUE, self.BACKWARD_VALUE, self.BOTH_VALUE)}
        pole_id = self.parameterAsString(parameters, self.POLE_ID, context)
        unit_id = self.parameterAsString(parameters, self.UNIT_ID, context) if units_src is not None else ""
        country_field = self.parameterAsString(parameters, self.COUNTRY, context) if units_src is not None else ""
        penalty = self.parameterAsDouble(parameters, self.BORDER_PENALTY, context) * 60.0
        snap = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        try:
            bands = parse_thresholds(self.parameterAsString(parameters, self.BANDS, context))
        except ThresholdError as err:
            raise self.param_error(self.BANDS, str(err)) from err
        if bands[0] <= 0:
            raise self.param_error(self.BANDS, self.tr("minutes must be greater than 0"))
        if not speed_field and (default_speed is None or default_speed <= 0):
            raise self.param_error(self.DEFAULT_SPEED, self.tr(
                "no speed: choose a speed field or give a default speed greater than 0"))
        self.check_fields(((self.SPEED_FIELD, speed_field, network), (self.DIRECTION_FIELD, dir_field, network),
                           (self.POLE_ID, pole_id, poles_src), (self.UNIT_ID, unit_id, units_src),
                           (self.COUNTRY, country_field, units_src)))

        try:
            work = working_crs(network.sourceCrs(), network.sourceExtent(), context.transformContext())
        except ValueError as err:
            raise self.param_error(self.NETWORK, str(err)) from err
        tctx = context.transformContext()

        # --- network --------------------------------------------------------------------------------
        feedback.pushInfo(self.tr("Reading the network…"))
        ntable = read_features(network, [n for n in (speed_field, dir_field) if n], feedback, polygonal=False,
                               check_validity=False)
        self.check_canceled(feedback)
        lines, speeds, directions = [], [], []
        bad_speed = no_speed = unknown_dir = 0
        direction_of = {values[self.FORWARD_VALUE]: net.FORWARD, values[self.BACKWARD_VALUE]: net.BACKWARD,
                        values[self.BOTH_VALUE]: net.BOTH}
        for i, geom in enumerate(ntable.geometries):
            speed = to_float(ntable.columns[speed_field][i]) if speed_field else None
            if speed is None:
                speed = default_speed
            if speed is None:
                no_speed += 1
                continue
            if speed < 0:
                bad_speed += 1
                continue
            direction = net.BOTH
            if dir_field:
                raw = (to_text(ntable.columns[dir_field][i]) or "").lower()
                if raw in direction_of:
                    direction = direction_of[raw]
                elif raw:
                    unknown_dir += 1
            g = work.forward(geom)
            parts = g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]
            for part in parts:
                lines.append([(p.x(), p.y()) for p in part])
                speeds.append(speed)
                directions.append(direction)
        if bad_speed:
            raise self.param_error(self.SPEED_FIELD, self.tr("{n} lines have a negative speed; fix them or filter "
                                                             "them out").format(n=bad_speed))
        graph = net.build_graph(lines, speeds, directions, tolerance=0.01)
        if graph.n_nodes == 0:
            raise self.param_error(self.NETWORK, self.tr("the network has no usable line"))
        feedback.pushInfo(self.tr("Graph: {n} nodes, {e} directed edges ({s} lines without speed skipped, "
                                  "{d} unknown direction values taken as both ways).").format(
            n=graph.n_nodes, e=len(graph.src), s=no_speed, d=unknown_dir))
        feedback.setProgress(30)

        # --- units and node countries -------------------------------------------------------------------
        unit_geoms, unit_countries, unit_points, codes = [], [], None, []
        utable = None
        if units_src is not None:
            utable = read_features(units_src, [n for n in (unit_id, country_field) if n], feedback,
                                   check_validity=True)
            to_w = QgsCoordinateTransform(units_src.sourceCrs(), work.crs, tctx)
            for g in utable.geometries:
                g = QgsGeometry(g)
                g.transform(to_w)
                unit_geoms.append(g)
            unit_points = np.array([[p.x(), p.y()] for p in (g.pointOnSurface().asPoint() for g in unit_geoms)]) \
                if unit_geoms else np.zeros((0, 2))
            if country_field:
                unit_countries = [to_text(v) for v in utable.columns[country_field]]
                codes, graph.country = self._node_countries(graph, unit_geoms, unit_countries)
        self.check_canceled(feedback)

        # --- poles ------------------------------------------------------------------------------------
        ptable = read_features(poles_src, [pole_id] if pole_id else [], feedback, polygonal=False)
        to_w = QgsCoordinateTransform(poles_src.sourceCrs(), work.crs, tctx)
        pole_pts, pole_ids = [], []
        for i, g in enumerate(ptable.geometries):
            g = QgsGeometry(g)
            g.transform(to_w)
            p = g.asPoint() if not g.isMultipart() else g.asMultiPoint()[0]
            pole_pts.append((p.x(), p.y()))
            pole_ids.append(to_text(ptable.columns[pole_id][i]) if pole_id else str(ptable.ids[i]))
        pole_nodes, pole_dist = net.nearest_nodes(graph, np.array(pole_pts).reshape(-1, 2), snap)
        far = [pid for pid, nd in zip(pole_ids, pole_nodes) if nd < 0]
        if far:
            feedback.pushWarning(self.tr("{n} poles are farther than {s:g} m from the network and were left out: "
                                         "{ids}").format(n=len(far), s=snap, ids=", ".join(far[:20])))
        used = [k for k, nd in enumerate(pole_nodes) if nd >= 0]
        if not used:
            raise self.param_error(self.POLES, self.tr("no pole lies within the snapping tolerance of the network; "
                                                       "increase SNAP_TOLERANCE"))
        pole_country = []
        for k in range(len(pole_ids)):
            node = pole_nodes[k]
            code = None
            if node >= 0 and graph.country is not None and graph.country[node] >= 0:
                code = codes[graph.country[node]]
            pole_country.append(code)

        # --- shortest paths ------------------------------------------------------------------------------
        feedback.pushInfo(self.tr("Shortest paths from {n} poles in one run…").format(n=len(used)))
        dist, which, pred = net.multi_source(graph, [pole_nodes[k] for k in used], penalty)
        which = np.where(which >= 0, np.array(used, dtype=np.int64)[np.maximum(which, 0)], -1)
        n_cross = net.crossings(graph, dist, pred)
        lost_comp, lost_nodes = net.unreached_components(graph, dist)
        if lost_comp:
            feedback.pushWarning(self.tr("{c} parts of the network ({n} nodes) are not connected to any pole and "
                                         "were left unreached.").format(c=lost_comp, n=lost_nodes))
        self.check_canceled(feedback)
        feedback.setProgress(70)

        results = {}
        ring_fields = QgsFields()
        for f in (make_field("band", INT), make_field("minutes", DOUBLE), make_field("units", INT),
                  make_field("area_km2", DOUBLE)):
            ring_fields.append(f)
        out_crs = units_src.sourceCrs() if units_src is not None else network.sourceCrs()
        da = self.distance_area(out_crs, context)
        if units_src is not None:
            unit_nodes, _ = net.nearest_nodes(graph, unit_points, snap)
            minutes = np.where(unit_nodes >= 0, dist[np.maximum(unit_nodes, 0)] / 60.0, np.inf)
            unit_band = [net.band_of(m, bands) for m in minutes]
            unsnapped = int((unit_nodes < 0).sum())
            unreached = int(((unit_nodes >= 0) & ~np.isfinite(minutes)).sum())
            if unsnapped:
                feedback.pushWarning(self.tr("{n} units have no network node within {s:g} m: their time is NULL."
                                             ).format(n=unsnapped, s=snap))
            if unreached:
                feedback.pushWarning(self.tr("{n} units are on parts of the network no pole reaches: their time is "
                                             "NULL.").format(n=unreached))
            new = [make_field("time_min", DOUBLE), make_field("pole_id", STRING, 80),
                   make_field("pole_country", STRING, 10), make_field("crosses_border", BOOL),
                   make_field("band", INT)]
            fields, keep = output_fields(units_src.fields(), new)
            sink, uid = self.parameterAsSink(parameters, self.OUTPUT_UNITS, context, fields, units_src.wkbType(),
                                             units_src.sourceCrs())
            if sink is not None:
                by_fid = {fid: i for i, fid in enumerate(utable.ids)}
                for feat in units_src.getFeatures():
                    i = by_fid.get(feat.id())
                    if i is None:
                        continue
                    node = unit_nodes[i]
                    ok = node >= 0 and np.isfinite(minutes[i])
                    k = int(which[node]) if ok else -1
                    out = QgsFeature(fields)
                    out.setGeometry(feat.geometry())
                    attrs = feat.attributes()
                    out.setAttributes([attrs[j] for j in keep] + [
                        float(minutes[i]) if ok else None, pole_ids[k] if ok and k >= 0 else None,
                        pole_country[k] if ok and k >= 0 else None, bool(n_cross[node] > 0) if ok else None,
                        unit_band[i]])
                    sink.addFeature(out, QgsFeatureSink.FastInsert)
                results[self.OUTPUT_UNITS] = uid
            levels = np.array([b if b is not None else 0 for b in unit_band], dtype=np.int64)
            rings = core_rings.build_rings(utable.geometries, levels, len(bands), "nested", feedback=feedback)
            ring_geoms = [(r.geometry, int(r.members.sum())) for r in rings]
        else:
            ring_geoms = [(work.backward(g) if (work.reprojects and not g.isEmpty()) else g, c)
                          for g, c in self._network_rings(graph, dist, bands, snap)]
        rsink, rid = self.parameterAsSink(parameters, self.OUTPUT_RINGS, context, ring_fields,
                                          QgsWkbTypes.MultiPolygon, out_crs)
        if rsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_RINGS))
        for k, ((geom, count), minutes_k) in enumerate(zip(ring_geoms, bands), start=1):
            g = QgsGeometry(geom)
            feat = QgsFeature(ring_fields)
            if not g.isEmpty():
                g.convertToMultiType()
                feat.setGeometry(g)
            feat.setAttributes([k, minutes_k, count, da.measureArea(g) / 1e6 if not g.isEmpty() else 0.0])
            rsink.addFeature(feat, QgsFeatureSink.FastInsert)
        results[self.OUTPUT_RINGS] = rid
        style_on_load(context, rid, "access_rings")
        return results

    @staticmethod
    def _node_countries(graph, unit_geoms, unit_countries):
        """(country codes, country index of each node): the unit containing it, else the nearest unit."""
        codes = sorted({c for c in unit_countries if c})
        code_of = {c: i for i, c in enumerate(codes)}
        index = QgsSpatialIndex()
        for i, g in enumerate(unit_geoms):
            index.addFeature(i, g.boundingBox())
        out = np.full(graph.n_nodes, -1, dtype=np.int64)
        for n, (x, y) in enumerate(graph.xy.tolist()):
            pt = QgsPointXY(x, y)
            found = -1
            for i in index.intersects(QgsGeometry.fromPointXY(pt).boundingBox()):
                if unit_geoms[i].contains(pt):
                    found = i
                    break
            if found < 0:
                near = index.nearestNeighbor(pt, 1)
                found = near[0] if near else -1
            if found >= 0 and unit_countries[found]:
                out[n] = code_of[unit_countries[found]]
        return codes, out

    @staticmethod
    def _network_rings(graph, dist, bands, width):
        """Without units: the reached network, buffered, per band."""
        out = []
        buffer = max(50.0, min(width, 500.0))
        for b in bands:
            limit = b * 60.0
            mask = (dist[graph.src] <= limit) & (dist[graph.dst] <= limit)
            segs = [QgsGeometry.fromPolylineXY([QgsPointXY(*graph.xy[u]), QgsPointXY(*graph.xy[v])])
                    for u, v in zip(graph.src[mask].tolist(), graph.dst[mask].tolist())]
            if not segs:
                out.append((QgsGeometry(), 0))
                continue
            lines = QgsGeometry.unaryUnion(segs)
            out.append((core_rings.polygons_only(lines.buffer(buffer, 4)), 0))
        return out
