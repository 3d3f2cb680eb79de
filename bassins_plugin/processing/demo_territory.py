"""bassins:demoterritory: a synthetic cross-border territory."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import DOUBLE, INT, LONG, STRING, make_field
from ..core import demo
from ..core.proposal_schema import proposal_fields
from .base import BassinsAlgorithm
from .styling import style_on_load


class DemoTerritoryAlgorithm(BassinsAlgorithm):
    ALG_ID = "demoterritory"
    GROUP_ID = "data"
    ICON = "demo.svg"

    UNITS_COUNT = "UNITS_COUNT"
    COUNTRIES = "COUNTRIES"
    SEED = "SEED"
    CRS = "CRS"
    UNITS = "UNITS"
    FLOWS = "FLOWS"
    POLES = "POLES"
    PROPOSALS = "PROPOSALS"
    PROPOSAL_LINES = "PROPOSAL_LINES"
    ROADS = "ROADS"

    def displayName(self):
        return self.tr("Generate a demo cross-border territory")

    def tags(self):
        return self.tr("demo,synthetic,test,communes,flows,border").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterNumber(
            self.UNITS_COUNT, self.tr("Number of units (communes)"), QgsProcessingParameterNumber.Integer,
            500, False, 10, 1_000_000))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRIES, self.tr("Countries (two or three ISO codes, separated by ';')"), "FR;CH"))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer, 42, False, 0))
        # optional with a default: qgis_process 3.22 does not apply the default of a mandatory CRS
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("Output CRS"), "EPSG:3035", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNITS, self.tr("Units"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.FLOWS, self.tr("Flows"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POLES, self.tr("Employment poles"), QgsProcessing.TypeVectorPoint, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PROPOSALS, self.tr("Sample proposals (points)"), QgsProcessing.TypeVectorPoint, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PROPOSAL_LINES, self.tr("Sample proposals (lines)"), QgsProcessing.TypeVectorLine, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ROADS, self.tr("Road network"), QgsProcessing.TypeVectorLine, optional=True, createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):
        count = self.parameterAsInt(parameters, self.UNITS_COUNT, context)
        try:
            countries = demo.parse_countries(self.parameterAsString(parameters, self.COUNTRIES, context))
        except ValueError as err:
            raise self.param_error(self.COUNTRIES, str(err)) from err
        seed = self.parameterAsInt(parameters, self.SEED, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if parameters.get(self.CRS) in (None, "") and not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:3035")
        if not crs.isValid():
            raise self.param_error(self.CRS, self.tr("choose a valid coordinate reference system"))

        feedback.pushInfo(self.tr("Generating {n} units for {c}, seed {s}…").format(
            n=count, c="-".join(countries), s=seed))
        try:
            territory = demo.generate(count, countries, seed, feedback)
        except demo.DemoCancelled:
            raise self.canceled_error() from None

        source_crs = QgsCoordinateReferenceSystem("EPSG:3035")
        transform = None
        if crs != source_crs:
            transform = QgsCoordinateTransform(source_crs, crs, context.transformContext())

        def geom(g: QgsGeometry) -> QgsGeometry:
            g = QgsGeometry(g)
            if transform is not None:
                g.transform(transform)
            return g

        results = {}
        unit_fields = QgsFields()
        for f in (make_field("unit_id", STRING, 20), make_field("name", STRING, 80), make_field("country", STRING, 2),
                  make_field("population", LONG), make_field("active", LONG), make_field("cb_workers", LONG)):
            unit_fields.append(f)
        sink, results[self.UNITS] = self.parameterAsSink(
            parameters, self.UNITS, context, unit_fields, QgsWkbTypes.MultiPolygon, crs)
        for i, u in enumerate(territory.units):
            f = QgsFeature(unit_fields)
            g = geom(u["geometry"])
            g.convertToMultiType()
            f.setGeometry(g)
            f.setAttributes([u["unit_id"], u["name"], u["country"], u["population"], u["active"], u["cb_workers"]])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
            if i % 5000 == 0:
                self.check_canceled(feedback)

        flow_fields = QgsFields()
        for f in (make_field("origin", STRING, 20), make_field("destination", STRING, 20),
                  make_field("count", LONG), make_field("theme", STRING, 20)):
            flow_fields.append(f)
        sink, results[self.FLOWS] = self.parameterAsSink(
            parameters, self.FLOWS, context, flow_fields, QgsWkbTypes.NoGeometry, crs)
        for origin, dest, cnt, theme in (territory.flows if sink is not None else []):
            f = QgsFeature(flow_fields)
            f.setAttributes([origin, dest, cnt, theme])
            sink.addFeature(f, QgsFeatureSink.FastInsert)

        pole_fields = QgsFields()
        for f in (make_field("pole_id", STRING, 10), make_field("name", STRING, 80), make_field("country", STRING, 2),
                  make_field("unit_id", STRING, 20), make_field("jobs", INT)):
            pole_fields.append(f)
        sink, results[self.POLES] = self.parameterAsSink(
            parameters, self.POLES, context, pole_fields, QgsWkbTypes.Point, crs)
        x0, y0 = demo.ORIGIN_3035
        for p in (territory.poles if sink is not None else []):
            f = QgsFeature(pole_fields)
            f.setGeometry(geom(QgsGeometry.fromPointXY(QgsPointXY(x0 + p["x"], y0 + p["y"]))))
            f.setAttributes([p["pole_id"], p["name"], p["country_code"], p["unit_id"], p["jobs"]])
            sink.addFeature(f, QgsFeatureSink.FastInsert)

        fields = proposal_fields()
        for key, rows, wkb in ((self.PROPOSALS, territory.proposals, QgsWkbTypes.Point),
                               (self.PROPOSAL_LINES, territory.proposal_lines, QgsWkbTypes.LineString)):
            sink, results[key] = self.parameterAsSink(parameters, key, context, fields, wkb, crs)
            for row in (rows if sink is not None else []):
                f = QgsFeature(fields)
                f.setGeometry(geom(row["geometry"]))
                f.setAttributes([row.get(fld.name()) for fld in fields])
                sink.addFeature(f, QgsFeatureSink.FastInsert)

        road_fields = QgsFields()
        for f in (make_field("road_class", STRING, 20), make_field("speed_kmh", DOUBLE),
                  make_field("oneway", STRING, 10),
                  make_field("border", INT)):
            road_fields.append(f)
        sink, results[self.ROADS] = self.parameterAsSink(parameters, self.ROADS, context, road_fields,
                                                         QgsWkbTypes.LineString, crs)
        if sink is not None:
            for road in territory.roads:
                f = QgsFeature(road_fields)
                f.setGeometry(geom(road["geometry"]))
                f.setAttributes([road["road_class"], road["speed_kmh"], road["oneway"], int(road["border"])])
                sink.addFeature(f, QgsFeatureSink.FastInsert)

        for line in territory.log:
            feedback.pushInfo(line)
        feedback.pushInfo(self.tr("{u} units, {f} flows, {p} poles, {q} proposals written.").format(
            u=len(territory.units), f=len(territory.flows), p=len(territory.poles),
            q=len(territory.proposals) + len(territory.proposal_lines)))
        for key, style in ((self.UNITS, "units"), (self.POLES, "poles"), (self.PROPOSALS, "proposals"),
                           (self.PROPOSAL_LINES, "proposals")):
            style_on_load(context, results[key], style)
        return results
