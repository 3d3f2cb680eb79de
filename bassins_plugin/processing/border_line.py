"""bassins:borderline — National border lines derived from the units' country field."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..compat import DOUBLE, STRING
from ..core import border as core
from ..core.countries import country_name
from ..core.crs import working_crs
from ..core.features import to_text
from .base import BassinsAlgorithm, Output
from .fields import field_list

MAX_TOLERANCE = 2000.0  # metres: beyond, the "border" would take in whole communes of the other side


class BorderLineAlgorithm(BassinsAlgorithm):
    ALG_ID = "borderline"
    GROUP_ID = "sharing"
    ICON = "bassins.svg"

    UNITS = "UNITS"
    COUNTRY = "COUNTRY"
    TOLERANCE = "TOLERANCE"
    OUTPUT = "OUTPUT"
    OUTPUTS = {OUTPUT: Output("Border lines", QgsProcessing.TypeVectorLine, "border")}

    def displayName(self):
        return self.tr("National border lines")

    def tags(self):
        return self.tr("border,frontière,Grenze,confine,grens,country,line").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units (communes, both sides of the border)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY, self.tr("Country field"), "country", self.UNITS))
        self.addParameter(QgsProcessingParameterDistance(
            self.TOLERANCE, self.tr("Tolerance between the national layers"), 50.0, self.UNITS,
            False, 0.0))
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        units = self.parameterAsSource(parameters, self.UNITS, context)
        if units is None or QgsWkbTypes.geometryType(units.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise self.param_error(self.UNITS, self.tr("choose a polygon layer of units"))
        country = self.parameterAsString(parameters, self.COUNTRY, context)
        self.check_fields(((self.COUNTRY, country, units),))
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        if tolerance > MAX_TOLERANCE:
            raise self.param_error(self.TOLERANCE, self.tr(
                "{t:g} m is far wider than the slivers and gaps between two national layers (metres to a few "
                "hundred metres): give at most {m:g} m").format(t=tolerance, m=MAX_TOLERANCE))
        try:
            work = working_crs(units.sourceCrs(), units.sourceExtent(), context.transformContext())
        except ValueError as err:
            raise self.param_error(self.UNITS, str(err)) from err
        table = self.read_table(parameters, self.UNITS, context, units, [country], feedback)
        geoms = work.all_from(units.sourceCrs(), table.geometries, context.transformContext())
        countries = [to_text(v) for v in table.columns[country]]
        no_country = [str(fid) for fid, c in zip(table.ids, countries) if not c]
        if no_country:
            feedback.pushWarning(self.tr(
                "{n} units have no country and are left out, which leaves a hole in the border where they lie "
                "(feature ids: {ids}); fill the field '{f}'.").format(
                n=len(no_country), ids=", ".join(no_country[:20]) + (" …" if len(no_country) > 20 else ""),
                f=country))
        areas = core.country_areas(geoms, countries)
        if len(areas) < 2:
            raise self.param_error(self.COUNTRY, self.tr(
                "the units belong to {n} country: a border needs units of two countries or more").format(
                n=len(areas)))
        lines = core.borders(areas, tolerance, feedback)
        fields = field_list(("country_a", STRING, 2), ("country_b", STRING, 2), ("name_a", STRING, 60),
                            ("name_b", STRING, 60), ("label", STRING, 130), ("length_km", DOUBLE))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiLineString,
                                  units.sourceCrs())
        da = self.distance_area(units.sourceCrs(), context)
        for line in lines:
            geom = work.backward(line.geometry) if work.reprojects else QgsGeometry(line.geometry)
            geom.convertToMultiType()
            a, b = country_name(line.country_a), country_name(line.country_b)
            label = f"{a} | {b}" if line.first != line.country_b else f"{b} | {a}"
            feat = QgsFeature(fields)
            feat.setGeometry(geom)
            feat.setAttributes([line.country_a, line.country_b, a, b, label, da.measureLength(geom) / 1000.0])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
            feedback.pushInfo(self.tr("{a} – {b}: {km:.1f} km of border.").format(
                a=a, b=b, km=da.measureLength(geom) / 1000.0))
        if not lines:
            feedback.pushWarning(self.tr("The countries' units do not meet (within the tolerance): no border line."))
        return {self.OUTPUT: dest_id}
