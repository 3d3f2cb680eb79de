"""bassins:demoterritory: a synthetic cross-border territory."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import DOUBLE, INT, LONG, STRING
from ..core import demo
from ..core.proposal_schema import proposal_fields
from .base import BassinsAlgorithm, Output
from .fields import field_list


class DemoTerritoryAlgorithm(BassinsAlgorithm):
    ALG_ID = "demoterritory"
    GROUP_ID = "data"
    ICON = "demo.svg"

    UNITS_COUNT = "UNITS_COUNT"
    COUNTRIES = "COUNTRIES"
    SEED = "SEED"
    VERTICES = "VERTICES"
    BORDER_MISMATCH = "BORDER_MISMATCH"
    CRS = "CRS"
    UNITS = "UNITS"
    FLOWS = "FLOWS"
    POLES = "POLES"
    PROPOSALS = "PROPOSALS"
    PROPOSAL_LINES = "PROPOSAL_LINES"
    ROADS = "ROADS"
    EQUIPMENT = "EQUIPMENT"
    OUTPUTS = {
        UNITS: Output("Units", QgsProcessing.TypeVectorPolygon, "units"),
        FLOWS: Output("Flows", QgsProcessing.TypeVector, optional=True),
        POLES: Output("Employment poles", QgsProcessing.TypeVectorPoint, "poles", optional=True),
        PROPOSALS: Output("Sample proposals (points)", QgsProcessing.TypeVectorPoint, "proposals", optional=True),
        PROPOSAL_LINES: Output("Sample proposals (lines)", QgsProcessing.TypeVectorLine, "proposals", optional=True),
        ROADS: Output("Road network", QgsProcessing.TypeVectorLine, optional=True),
        # appended: made only when asked for (models saved before still validate, and make no points)
        EQUIPMENT: Output("Everyday services (points)", QgsProcessing.TypeVectorPoint, optional=True),
    }

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
        vertices = QgsProcessingParameterNumber(
            self.VERTICES, self.tr("Vertices per unit (0: simple polygons)"),
            QgsProcessingParameterNumber.Integer, 0, False, 0, 1000)
        mismatch = QgsProcessingParameterNumber(
            self.BORDER_MISMATCH, self.tr("Border mismatch between national layers (m)"),
            QgsProcessingParameterNumber.Double, 0.0, False, 0.0, 5000.0)
        for param in (vertices, mismatch):
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        # optional with a default: qgis_process 3.22 does not apply the default of a mandatory CRS
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("Output CRS"), "EPSG:3035", optional=True))
        self.declare_outputs()

    def process(self, parameters, context, feedback):
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
        territory = demo.generate(count, countries, seed, feedback,
                                  self.parameterAsInt(parameters, self.VERTICES, context),
                                  self.parameterAsDouble(parameters, self.BORDER_MISMATCH, context),
                                  equipment=parameters.get(self.EQUIPMENT) not in (None, ""))
        demo_crs = QgsCoordinateReferenceSystem("EPSG:3035")
        transform = None
        if crs != demo_crs:
            transform = QgsCoordinateTransform(demo_crs, crs, context.transformContext())
        results = {}
        for name, spec in self._outputs(territory).items():
            results[name] = self._write(parameters, context, name, spec, crs, transform, feedback)
        for line in territory.log:
            feedback.pushInfo(line)
        feedback.pushInfo(self.tr("{u} units, {f} flows, {p} poles, {q} proposals written.").format(
            u=len(territory.units), f=len(territory.flows), p=len(territory.poles),
            q=len(territory.proposals) + len(territory.proposal_lines)))
        return results

    def _outputs(self, territory):
        """Each output once: fields, geometry type, rows and how a row becomes (geometry, attributes)."""
        x0, y0 = demo.ORIGIN_3035
        proposal = proposal_fields()
        return {
            self.UNITS: (field_list(("unit_id", STRING, 20), ("name", STRING, 80), ("country", STRING, 2),
                                    ("population", LONG), ("active", LONG), ("cb_workers", LONG)),
                         QgsWkbTypes.MultiPolygon, territory.units,
                         lambda u: (u["geometry"], [u["unit_id"], u["name"], u["country"], u["population"],
                                                    u["active"], u["cb_workers"]])),
            self.FLOWS: (field_list(("origin", STRING, 20), ("destination", STRING, 20), ("count", LONG),
                                    ("theme", STRING, 20)), QgsWkbTypes.NoGeometry, territory.flows,
                         lambda r: (None, list(r))),
            self.POLES: (field_list(("pole_id", STRING, 10), ("name", STRING, 80), ("country", STRING, 2),
                                    ("unit_id", STRING, 20), ("jobs", INT)), QgsWkbTypes.Point, territory.poles,
                         lambda p: (QgsGeometry.fromPointXY(QgsPointXY(x0 + p["x"], y0 + p["y"])),
                                    [p["pole_id"], p["name"], p["country_code"], p["unit_id"], p["jobs"]])),
            self.PROPOSALS: (proposal, QgsWkbTypes.Point, territory.proposals,
                             lambda r: (r["geometry"], [r.get(f.name()) for f in proposal])),
            self.PROPOSAL_LINES: (proposal, QgsWkbTypes.LineString, territory.proposal_lines,
                                  lambda r: (r["geometry"], [r.get(f.name()) for f in proposal])),
            self.ROADS: (field_list(("road_class", STRING, 20), ("speed_kmh", DOUBLE), ("oneway", STRING, 10),
                                    ("border", INT)), QgsWkbTypes.LineString, territory.roads,
                         lambda r: (r["geometry"], [r["road_class"], r["speed_kmh"], r["oneway"],
                                                    int(r["border"])])),
            self.EQUIPMENT: (field_list(("type", STRING, 30), ("unit_id", STRING, 20), ("country", STRING, 2)),
                             QgsWkbTypes.Point, territory.equipment,
                             lambda e: (QgsGeometry.fromPointXY(QgsPointXY(e["x"], e["y"])),
                                        [e["type"], e["unit_id"], e["country"]])),
        }

    def _write(self, parameters, context, name, spec, crs, transform, feedback):
        fields, wkb, rows, to_feature = spec
        sink, dest_id = self.sink(parameters, name, context, fields, wkb, crs)
        if sink is None:
            return None
        multi = QgsWkbTypes.isMultiType(wkb)
        for i, row in enumerate(rows):
            geom, attrs = to_feature(row)
            f = QgsFeature(fields)
            if geom is not None:
                g = QgsGeometry(geom)
                if transform is not None:
                    g.transform(transform)
                if multi:
                    g.convertToMultiType()
                f.setGeometry(g)
            f.setAttributes(attrs)
            sink.addFeature(f, QgsFeatureSink.FastInsert)
            if i % 5000 == 0:
                self.check_canceled(feedback)
        return dest_id
