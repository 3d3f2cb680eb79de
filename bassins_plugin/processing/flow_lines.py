"""bassins:flowlines — Flow lines between units (a flow map)."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import BOOL, DOUBLE, STRING
from ..core import flowlines as core
from ..core.flows import FlowError
from .base import BassinsAlgorithm, Output
from .fields import field_list


class FlowLinesAlgorithm(BassinsAlgorithm):
    ALG_ID = "flowlines"
    GROUP_ID = "intensity"
    ICON = "flows.svg"

    FLOWS = "FLOWS"
    ORIGIN = "ORIGIN"
    DESTINATION = "DESTINATION"
    COUNT = "COUNT"
    THEME = "THEME"
    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    COUNTRY = "COUNTRY"
    MIN_COUNT = "MIN_COUNT"
    CROSS_BORDER_ONLY = "CROSS_BORDER_ONLY"
    THEMES = "THEMES"
    NET = "NET"
    CURVED = "CURVED"
    OUTPUT = "OUTPUT"
    OUTPUTS = {OUTPUT: Output("Flow lines", QgsProcessing.TypeVectorLine, "flowlines")}

    def displayName(self):
        return self.tr("Flow lines (flow map)")

    def tags(self):
        return self.tr("flow map,flows,lines,arrows,commuting,cross-border,oursins").split(",")

    def initAlgorithm(self, config=None):
        self.add_flows_inputs()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units (communes)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field"), "unit_id", self.UNITS))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY, self.tr("Country field"), "country", self.UNITS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_COUNT, self.tr("Minimum count of a line"), QgsProcessingParameterNumber.Double, 0.0, False, 0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CROSS_BORDER_ONLY, self.tr("Cross-border flows only"), False))
        self.addParameter(QgsProcessingParameterString(
            self.THEMES, self.tr("Keep these themes only (empty: all)"), "", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.NET, self.tr("Net flows (larger direction minus the other)"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CURVED, self.tr("Curved lines (the two directions of a pair apart)"), True))
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        flows = self.parameterAsSource(parameters, self.FLOWS, context)
        units = self.parameterAsSource(parameters, self.UNITS, context)
        if flows is None:
            raise self.param_error(self.FLOWS, self.tr("choose a flows table or layer"))
        if units is None or QgsWkbTypes.geometryType(units.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise self.param_error(self.UNITS, self.tr("choose a polygon layer of units"))
        f = {p: self.parameterAsString(parameters, p, context) for p in (
            self.ORIGIN, self.DESTINATION, self.COUNT, self.THEME, self.UNIT_ID, self.COUNTRY)}
        on_units = (self.UNIT_ID, self.COUNTRY)
        self.check_fields([(p, v, units if p in on_units else flows) for p, v in f.items()])
        self.check_numeric(((self.COUNT, f[self.COUNT], flows),))
        origins, destinations, counts, themes = self.columns(
            parameters, self.FLOWS, context, flows, [f[self.ORIGIN], f[self.DESTINATION], f[self.COUNT],
                                                     f[self.THEME]], feedback)
        table = self.read_table(parameters, self.UNITS, context, units,
                                [n for n in (f[self.UNIT_ID], f[self.COUNTRY]) if n], feedback)
        keep_themes = [t.strip() for t in self.parameterAsString(parameters, self.THEMES, context).split(";")
                       if t.strip()]
        if keep_themes and not f[self.THEME]:
            raise self.param_error(self.THEMES, self.tr("choose the theme field (THEME) to keep themes"))
        try:
            lines = core.aggregate(
                table.columns[f[self.UNIT_ID]], table.columns[f[self.COUNTRY]] if f[self.COUNTRY] else None,
                origins, destinations, counts, themes, self.parameterAsDouble(parameters, self.MIN_COUNT, context),
                self.parameterAsBool(parameters, self.CROSS_BORDER_ONLY, context), keep_themes,
                self.parameterAsBool(parameters, self.NET, context))
        except FlowError as err:
            raise self.param_error(self.COUNT, str(err)) from err
        self.check_canceled(feedback)
        self.log_id_matching(lines.index, f[self.UNIT_ID], feedback)
        used = set(lines.origin.tolist()) | set(lines.destination.tolist())
        points = {i: table.geometries[i].pointOnSurface().asPoint() for i in used}  # only the units drawn
        dest_id = self._write(parameters, context, units, table, lines, points,
                              self.parameterAsBool(parameters, self.CURVED, context), feedback)
        s = lines.stats
        feedback.pushInfo(self.tr("{rows} flow rows, {pairs} origin-destination pairs, {lines} lines written "
                                  "(total {total:,.0f}); {u} rows with an id that matches no unit and {s} within one "
                                  "unit left out.").format(rows=s["rows"], pairs=s["pairs"], lines=s["lines"],
                                                           total=s["total"], u=s["unmatched_rows"],
                                                           s=s["same_unit_rows"]))
        if not s["lines"]:
            feedback.pushWarning(self.tr("No line passes the filters: lower MIN_COUNT or widen the themes."))
        return {self.OUTPUT: dest_id}

    def _write(self, parameters, context, units, table, lines, points, curved, feedback):
        ids = table.columns[self.parameterAsString(parameters, self.UNIT_ID, context)]
        fields = field_list(("origin", STRING, 40), ("destination", STRING, 40), ("count", DOUBLE),
                            ("theme", STRING, 40), ("cross_border", BOOL))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.LineString,
                                  units.sourceCrs())
        batch = []
        for k, (o, d) in enumerate(zip(lines.origin.tolist(), lines.destination.tolist())):
            a, b = points[o], points[d]
            xy = core.arc(a.x(), a.y(), b.x(), b.y()) if curved else [(a.x(), a.y()), (b.x(), b.y())]
            feat = QgsFeature(fields)
            feat.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in xy]))
            feat.setAttributes([str(ids[o]), str(ids[d]), float(lines.count[k]), lines.theme[k],
                                bool(lines.cross_border[k])])
            batch.append(feat)
            if len(batch) == 2000:
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch = []
                self.check_canceled(feedback)
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        return dest_id
