"""bassins:servicebasins: living areas by everyday services across the border (bassins de vie, INSEE-like)."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..compat import DOUBLE, INT, STRING
from ..core import adjacency, routing
from ..core import network as net
from ..core import services as core
from ..core.crs import working_crs
from ..core.errors import Canceled
from ..core.features import read_features, to_float, to_text
from ..resources import resource_path
from . import road_network
from .base import BassinsAlgorithm, Output
from .fields import field_list

ADJACENCY_TOLERANCE = 5.0  # metres between units taken as neighbours (as attractionrings' default)


class ServiceBasinsAlgorithm(BassinsAlgorithm):
    ALG_ID = "servicebasins"
    GROUP_ID = "intensity"
    ICON = "rings.svg"

    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    COUNTRY = "COUNTRY"
    POPULATION = "POPULATION"
    EQUIPMENT = "EQUIPMENT"
    EQUIPMENT_TYPE = "EQUIPMENT_TYPE"
    EQUIPMENT_COUNTRY = "EQUIPMENT_COUNTRY"
    BASKET = "BASKET"
    POLE_SHARE = "POLE_SHARE"
    NETWORK = "NETWORK"
    SPEED_FIELD = "SPEED_FIELD"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    DETOUR = "DETOUR"
    SPEED = "SPEED"
    BASKET_TABLE = "BASKET_TABLE"
    OUTPUT_UNITS = "OUTPUT_UNITS"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    OUTPUTS = {
        OUTPUT_UNITS: Output("Units with times to services", QgsProcessing.TypeVectorPolygon, "service_units"),
        OUTPUT_ZONES: Output("Service basins", QgsProcessing.TypeVectorPolygon, "service_zones"),
    }

    def displayName(self):
        return self.tr("Living areas by services (bassins de vie, INSEE-like)")

    def tags(self):
        return self.tr("services,equipment,bassin de vie,BPE,OSM,amenity,health,cross-border,pole").split(",")

    def initAlgorithm(self, config=None):
        numeric = QgsProcessingParameterField.Numeric
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units (communes, both sides of the border)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field"), "unit_id", self.UNITS))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY, self.tr("Country field"), "country", self.UNITS))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field"), "population", self.UNITS, numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EQUIPMENT, self.tr("Equipment (points or areas)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.EQUIPMENT_TYPE, self.tr("Equipment type field"), "type", self.EQUIPMENT))
        self.addParameter(QgsProcessingParameterField(
            self.EQUIPMENT_COUNTRY, self.tr("Equipment country field"),
            None, self.EQUIPMENT, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.BASKET, self.tr("Basket (CSV type;theme;basket)"), extension="csv", optional=True,
            defaultValue=str(resource_path("data", "basket_osm.csv"))))
        self.addParameter(QgsProcessingParameterNumber(
            self.POLE_SHARE, self.tr("Service pole: share of the basket's types held (%)"),
            QgsProcessingParameterNumber.Double, 50.0, False, 0.0, 100.0))
        road_network.add_network_parameters(self, optional=True, one_way=False)  # the one shared reader
        road_network.add_snap_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.DETOUR, self.tr("Without a network: detour factor over the straight line"),
            QgsProcessingParameterNumber.Double, 1.3, False, 1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SPEED, self.tr("Without a network: speed (km/h)"),
            QgsProcessingParameterNumber.Double, 50.0, False, 0.1))
        road_network.add_osm_parameters(self)  # appended: models saved before still validate
        road_network.add_one_way_parameters(self, advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSource(  # appended: models saved before still validate
            self.BASKET_TABLE, self.tr("Basket as a layer or table"),
            [QgsProcessing.TypeVector], optional=True))
        self.declare_outputs()

    # -- run -------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        p = self._inputs(parameters, context)
        try:
            work = working_crs(p["units"].sourceCrs(), p["units"].sourceExtent(), context.transformContext())
        except ValueError as err:
            raise self.param_error(self.UNITS, str(err)) from err
        basket = self._basket(parameters, context, p, feedback)
        u = self._units(p, work, parameters, context, feedback)
        e = self._equipment(p, work, basket, u, context, feedback)
        feedback.setProgress(20)
        times = self._times(p, work, u, e, basket, parameters, context, feedback)
        self.check_canceled(feedback)
        feedback.setProgress(70)
        k = len(basket.types)
        present = np.ones(k, dtype=bool)
        present[[basket.types.index(t) for t in e["missing"]]] = False
        held = core.holdings(e["unit"], e["type"], len(u["ids"]), k)  # equipment count per unit and type
        holds = held > 0
        is_pole = core.poles(holds[:, present], p[self.POLE_SHARE])
        raw = core.assign(holds, times.holder, times.any, is_pole)
        adj = adjacency.build(u["geoms"], ADJACENCY_TOLERANCE, feedback.isCanceled)
        if feedback.isCanceled():
            raise Canceled()
        pole_of, counts = core.zones(raw, is_pole, adj.neighbours, adj.on_edge)
        feedback.pushInfo(self.tr("{p} service poles (at least {s:g} % of the {k} basket types present); {z} units "
                                  "in a zone, {n} in none; {d} detached by contiguity, {f} enclaves filled.").format(
            p=int(is_pole.sum()), s=p[self.POLE_SHARE], k=int(present.sum()), z=int((pole_of >= 0).sum()),
            n=int((pole_of < 0).sum()), d=counts["detached"], f=sum(counts["filled"].values())))
        units_id = self._write_units(parameters, context, p, u, basket, present, times, is_pole, pole_of, held,
                                     feedback)
        zones_id = self._write_zones(parameters, context, p, u, pole_of)
        return {self.OUTPUT_UNITS: units_id, self.OUTPUT_ZONES: zones_id}

    def _inputs(self, parameters, context) -> dict:
        p = {"units": self.parameterAsSource(parameters, self.UNITS, context),
             "equipment": self.parameterAsSource(parameters, self.EQUIPMENT, context),
             "network": None}
        if p["units"] is None or QgsWkbTypes.geometryType(p["units"].wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise self.param_error(self.UNITS, self.tr("choose a polygon layer of units"))
        if p["equipment"] is None or QgsWkbTypes.geometryType(p["equipment"].wkbType()) not in (
                QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry):
            raise self.param_error(self.EQUIPMENT, self.tr("choose a point or polygon layer of equipment"))
        for name in (self.UNIT_ID, self.COUNTRY, self.POPULATION, self.EQUIPMENT_TYPE, self.EQUIPMENT_COUNTRY,
                     self.BASKET):
            p[name] = self.parameterAsString(parameters, name, context)
        for name in (self.POLE_SHARE, self.DETOUR, self.SPEED):
            p[name] = self.parameterAsDouble(parameters, name, context)
        if not p[self.UNIT_ID]:
            raise self.param_error(self.UNIT_ID, self.tr("choose the field that identifies the units"))
        if not p[self.EQUIPMENT_TYPE]:
            raise self.param_error(self.EQUIPMENT_TYPE, self.tr("choose the field that holds the equipment type"))
        if not p[self.BASKET]:
            p[self.BASKET] = str(resource_path("data", "basket_osm.csv"))
        self.check_fields(((self.UNIT_ID, p[self.UNIT_ID], p["units"]), (self.COUNTRY, p[self.COUNTRY], p["units"]),
                           (self.POPULATION, p[self.POPULATION], p["units"]),
                           (self.EQUIPMENT_TYPE, p[self.EQUIPMENT_TYPE], p["equipment"]),
                           (self.EQUIPMENT_COUNTRY, p[self.EQUIPMENT_COUNTRY], p["equipment"])))
        self.check_numeric(((self.POPULATION, p[self.POPULATION], p["units"]),))
        p["road"] = road_network.network_inputs(self, parameters, context)  # None: no network, straight lines
        return p

    def _basket(self, parameters, context, p, feedback) -> "core.Basket":
        """The basket from BASKET_TABLE when given (a layer or a table without geometry), else the BASKET file."""
        table = self.parameterAsSource(parameters, self.BASKET_TABLE, context) \
            if parameters.get(self.BASKET_TABLE) else None
        if table is None:
            p["basket_param"] = self.BASKET
            return core.read_basket_csv(p[self.BASKET])
        p["basket_param"] = self.BASKET_TABLE
        typ, theme, bsk = core.basket_columns(table.fields().names())
        if typ is None or theme is None:
            raise self.param_error(self.BASKET_TABLE, self.tr(
                "the basket table needs the fields type and theme (and optionally basket); found: {f}").format(
                f=", ".join(table.fields().names()) or "-"))
        names = [n for n in (typ, theme, bsk) if n]
        rows = read_features(table, names, feedback, with_geometry=False)
        n = len(rows.ids)
        basket = core.parse_basket(zip(rows.columns[typ], rows.columns[theme],
                                       rows.columns[bsk] if bsk else [""] * n), parameter=self.BASKET_TABLE)
        feedback.pushInfo(self.tr("Basket from the table: {k} types in {t} themes.").format(
            k=len(basket.types), t=len(basket.theme_names())))
        return basket

    def _units(self, p, work, parameters, context, feedback) -> dict:
        names = [n for n in (p[self.UNIT_ID], p[self.COUNTRY], p[self.POPULATION]) if n]
        table = self.read_table(parameters, self.UNITS, context, p["units"], names, feedback)
        if not table.ids:
            raise self.param_error(self.UNITS, self.tr("the layer has no usable polygon"))
        geoms = [work.forward(g) for g in table.geometries] if work.reprojects else list(table.geometries)
        countries = [to_text(v) or None for v in table.columns[p[self.COUNTRY]]] if p[self.COUNTRY] \
            else [None] * len(geoms)
        no_country = sum(1 for c in countries if not c)
        if no_country:
            feedback.pushWarning(self.tr("{n} units have no country: home and abroad are undefined for them, their "
                                         "home/abroad/gain fields and dep_abroad are NULL.").format(n=no_country))
        pop = np.array([to_float(v) for v in table.columns[p[self.POPULATION]]], dtype=float) \
            if p[self.POPULATION] else np.full(len(geoms), np.nan)
        xy = np.array([[q.x(), q.y()] for q in (g.pointOnSurface().asPoint() for g in geoms)], dtype=float)
        return {"table": table, "ids": [to_text(v) for v in table.columns[p[self.UNIT_ID]]], "geoms": geoms,
                "country": countries, "pop": pop, "xy": xy.reshape(-1, 2)}

    def _equipment(self, p, work, basket, u, context, feedback) -> dict:
        names = [n for n in (p[self.EQUIPMENT_TYPE], p[self.EQUIPMENT_COUNTRY]) if n]
        areas = QgsWkbTypes.geometryType(p["equipment"].wkbType()) == QgsWkbTypes.PolygonGeometry
        table = read_features(p["equipment"], names, feedback, polygonal=areas)
        matched = core.match_equipment(table.columns[p[self.EQUIPMENT_TYPE]], basket, p["basket_param"])
        outside = sum(matched.not_in_basket.values())
        if outside:
            top = sorted(matched.not_in_basket.items(), key=lambda kv: -kv[1])[:10]
            feedback.pushInfo(self.tr("{n} equipment points have a type outside the basket and were not counted: "
                                      "{t}").format(n=outside, t=", ".join(f"{t} ({c})" for t, c in top)))
        if matched.missing_types:
            missing = matched.missing_types
            feedback.pushWarning(self.tr("{n} basket types have no equipment point and are left out of the pole "
                                         "share: {t}").format(n=len(missing), t=", ".join(missing)))
        xy = []
        # from the points' own CRS (QuickOSM's WGS 84 beside communes in a national CRS), not the units'
        kept = [table.geometries[i] for i in matched.kept.tolist()]
        for g in work.all_from(p["equipment"].sourceCrs(), kept, context.transformContext()):
            if areas and not g.isEmpty():  # OSM maps many hospitals, schools, shops as areas: a point inside
                g = g.pointOnSurface()
            parts = net.point_parts(g)
            xy.append(parts[0] if parts else (np.nan, np.nan))
        if areas:
            feedback.pushInfo(self.tr("Equipment given as areas: each counts at a point inside it (point on "
                                      "surface)."))
        xy = np.array(xy, dtype=float).reshape(-1, 2)
        unit = _unit_of_points(u["geoms"], xy)
        if p[self.EQUIPMENT_COUNTRY]:
            col = table.columns[p[self.EQUIPMENT_COUNTRY]]
            country = [to_text(col[i]) or None for i in matched.kept.tolist()]
        else:
            country = [u["country"][j] if j >= 0 else None for j in unit.tolist()]
        feedback.pushInfo(self.tr("{n} equipment points of the basket, {o} of them outside every unit (they count "
                                  "for times, not for holdings).").format(n=len(xy), o=int((unit < 0).sum())))
        stateless = sum(1 for c in country if not c)
        if stateless:
            feedback.pushWarning(self.tr("{n} equipment points have no country (no value in the equipment's country "
                                         "field, or not in a unit with a country): they count for the time to the "
                                         "nearest, neither at home nor abroad.").format(n=stateless))
        return {"xy": xy, "type": matched.type_index, "unit": unit, "country": country,
                "missing": matched.missing_types}

    def _times(self, p, work, u, e, basket, parameters, context, feedback):
        k = len(basket.types)
        if p["road"] is None:
            feedback.pushInfo(self.tr("No network: times from the straight-line distance x {d:g} (detour factor) at "
                                      "{s:g} km/h.").format(d=p[self.DETOUR], s=p[self.SPEED]))
            return core.straight_line_times(u["xy"], e["xy"], e["type"], k, u["country"], e["country"], e["unit"],
                                            p[self.DETOUR], p[self.SPEED])
        road = p["road"]
        graph = road_network.read_graph(self, road, work, parameters, context, feedback)  # one network reading
        router = routing.Router(graph)  # prepared once for every type and country
        unit_att = routing.attach(graph, u["xy"], road.snap)
        point_att = routing.attach(graph, e["xy"], road.snap)
        far_units, far_points = int((unit_att.u < 0).sum()), int((point_att.u < 0).sum())
        if far_units or far_points:
            feedback.pushWarning(self.tr("{u} units and {e} equipment points are farther than {s:g} m "
                                         "(SNAP_TOLERANCE) from the network: left out (NULL times).").format(
                u=far_units, e=far_points, s=road.snap))
        return core.routed_times(router, unit_att, point_att, e["type"], k, u["country"], e["country"], e["unit"])

    def _write_units(self, parameters, context, p, u, basket, present, times, is_pole, pole_of, held, feedback):
        themes = basket.theme_names()
        theme_of = basket.theme_index()
        cols = np.flatnonzero(present)
        has_country = np.array([bool(c) for c in u["country"]])
        tt = core.theme_times(times.any[:, cols], times.home[:, cols], times.abroad[:, cols], theme_of[cols],
                              len(themes), has_country)
        specs, columns = [], []
        for j, theme in enumerate(themes):
            name = core.theme_field(theme)
            specs += [(f"t_{name}", DOUBLE), (f"t_{name}_home", DOUBLE), (f"t_{name}_abroad", DOUBLE),
                      (f"gain_{name}", DOUBLE), (f"abroad_{name}", INT)]
            columns += [tt.any[:, j], tt.home[:, j], tt.abroad[:, j], tt.gain[:, j], tt.is_abroad[:, j]]
        if p[self.POPULATION]:  # equipment of the theme in the unit per 10,000 inhabitants (NULL: no population)
            dens = core.density(held, theme_of, len(themes), u["pop"])
            for j, theme in enumerate(themes):
                specs.append((f"dens_{core.theme_field(theme)}", DOUBLE))
                columns.append(dens[:, j])
        specs += [("dep_abroad", DOUBLE), ("zone", STRING, 80), ("pole", INT)]
        columns += [core.dep_abroad(times.home[:, cols], times.abroad[:, cols], has_country),
                    [u["ids"][z] if z >= 0 else None for z in pole_of.tolist()], is_pole.astype(int)]
        return self.write_units(parameters, self.OUTPUT_UNITS, context, p["units"], u["table"].ids,
                                field_list(*specs), columns, feedback, progress=(75.0, 90.0))

    def _write_zones(self, parameters, context, p, u, pole_of):
        summary = core.zone_summary(u["ids"], pole_of, u["country"], u["pop"])
        countries = sorted(summary.population)
        specs = [("zone", STRING, 80), ("pole", STRING, 80), ("units", INT)]
        specs += [(f"pop_{core.theme_field(c)}", DOUBLE) for c in countries] + [("area_km2", DOUBLE)]
        fields = field_list(*specs)
        crs = p["units"].sourceCrs()
        da = self.distance_area(crs, context)
        sink, dest_id = self.sink(parameters, self.OUTPUT_ZONES, context, fields, QgsWkbTypes.MultiPolygon, crs)
        poles = np.unique(pole_of[pole_of >= 0])
        for z, pole in enumerate(poles.tolist()):
            members = np.flatnonzero(pole_of == pole)
            geom = QgsGeometry.unaryUnion([u["table"].geometries[i] for i in members.tolist()])
            geom.convertToMultiType()
            feat = QgsFeature(fields)
            feat.setGeometry(geom)
            feat.setAttributes([u["ids"][pole], summary.pole[z], int(summary.units[z])]
                               + [float(summary.population[c][z]) for c in countries]
                               + [da.measureArea(geom) / 1e6])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest_id


def _unit_of_points(unit_geoms, xy: np.ndarray) -> np.ndarray:
    """Index of the unit each point lies in (-1: in none)."""
    index = QgsSpatialIndex()
    for i, g in enumerate(unit_geoms):
        index.addFeature(i, g.boundingBox())
    out = np.full(len(xy), -1, dtype=np.int64)
    for n, (x, y) in enumerate(xy.tolist()):
        if not np.isfinite(x):
            continue
        pt = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        for i in index.intersects(pt.boundingBox()):
            if unit_geoms[i].intersects(pt):
                out[n] = i
                break
    return out
