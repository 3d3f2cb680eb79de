"""bassins:comparesources — The two-sided check: the French census against the foreign office, unit by unit."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..compat import BOOL, DOUBLE, STRING
from ..core import foreign_stats as fs
from ..core.features import to_text
from .base import BassinsAlgorithm, Output
from .fields import field_list

LOW_COUNT = 200.0  # INSEE advises care with weighted counts under 200
DIRECTIONS = ("inbound", "outbound")  # stored values of DIRECTION (index)


class CompareSourcesAlgorithm(BassinsAlgorithm):
    ALG_ID = "comparesources"
    GROUP_ID = "data"
    ICON = "flows.svg"

    DIRECTION = "DIRECTION"
    OTHER = "OTHER"
    OTHER_ID = "OTHER_ID"
    OTHER_VALUE = "OTHER_VALUE"
    SHARE = "SHARE"
    UNITS = "UNITS"
    UNITS_ID = "UNITS_ID"
    OUTPUT = "OUTPUT"
    OUTPUT_LAYER = "OUTPUT_LAYER"
    OUTPUTS = {OUTPUT: Output("Two-sided check", QgsProcessing.TypeVector),
               OUTPUT_LAYER: Output("Two-sided check on the units (styled)", QgsProcessing.TypeVectorPolygon,
                                    "sources", optional=True, create_by_default=False)}

    def displayName(self):
        return self.tr("Compare the French census with the foreign office's counts")

    def tags(self):
        return self.tr("BFS,Statbel,GGS,frontaliers,cross-border,check,compare,census").split(",")

    def initAlgorithm(self, config=None):
        self.add_flows_inputs(with_theme=False)
        self.addParameter(QgsProcessingParameterEnum(
            self.DIRECTION, self.tr("French flows compared"),
            [self.tr("Inbound (to the foreign unit)"),
             self.tr("Outbound (from the foreign unit)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OTHER, self.tr("Foreign office's counts (e.g. importforeign output)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.OTHER_ID, self.tr("Unit identifier field of the counts"), "unit_id", self.OTHER))
        self.addParameter(QgsProcessingParameterField(
            self.OTHER_VALUE, self.tr("Count field of the foreign office"), "value", self.OTHER,
            QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterNumber(
            self.SHARE, self.tr("Flag differences beyond this share of the larger count"),
            QgsProcessingParameterNumber.Double, 0.25, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units to map the check on (optional)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.UNITS_ID, self.tr("Unit identifier field of the units"), "unit_id", self.UNITS, optional=True))
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        flows = self.parameterAsSource(parameters, "FLOWS", context)
        other = self.parameterAsSource(parameters, self.OTHER, context)
        names = {p: self.parameterAsString(parameters, p, context)
                 for p in ("ORIGIN", "DESTINATION", "COUNT", self.OTHER_ID, self.OTHER_VALUE)}
        self.check_fields([(p, names[p], flows) for p in ("ORIGIN", "DESTINATION", "COUNT")] +
                          [(p, names[p], other) for p in (self.OTHER_ID, self.OTHER_VALUE)])
        self.check_numeric([("COUNT", names["COUNT"], flows), (self.OTHER_VALUE, names[self.OTHER_VALUE], other)])
        outbound = DIRECTIONS[self.parameterAsEnum(parameters, self.DIRECTION, context)] == "outbound"
        country_field = "dest_country" if flows.fields().lookupField("dest_country") >= 0 else ""
        key = "ORIGIN" if outbound else "DESTINATION"
        uid, cnt, ctry = self.columns(parameters, "FLOWS", context, flows,
                                      [names[key], names["COUNT"], country_field], feedback)
        ids, values = self.columns(parameters, self.OTHER, context, other,
                                   [names[self.OTHER_ID], names[self.OTHER_VALUE]], feedback)
        foreign_side = {}
        for i, v in zip(ids, values):
            t = to_text(i)
            if t and v is not None:
                foreign_side[t] = foreign_side.get(t, 0.0) + float(v)
        french, countries = {}, {}
        for i, (u, c) in enumerate(zip(uid, cnt)):
            t = to_text(u)
            abroad = ctry is not None and not outbound and to_text(ctry[i]) not in ("FR", None)
            if c is None or not (t in foreign_side or abroad):
                continue  # a French destination, or (outbound) an origin the foreign office does not give
            french[t] = french.get(t, 0.0) + float(c)
            if abroad:
                countries[t] = to_text(ctry[i])
        share = self.parameterAsDouble(parameters, self.SHARE, context)
        rows = fs.compare(french, foreign_side, countries, share, LOW_COUNT)
        fields = field_list(("unit_id", STRING, 20), ("country", STRING, 2), ("french", DOUBLE), ("foreign", DOUBLE),
                            ("difference", DOUBLE), ("ratio", DOUBLE), ("differs", BOOL), ("low_count", BOOL),
                            ("check", STRING, 10))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields)
        for r in rows:
            feat = QgsFeature(fields)
            feat.setAttributes([r.unit_id, r.country or None, r.french, r.foreign, r.difference, r.ratio, r.differs,
                                r.low_count, r.check])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        layer_id = self._write_layer(parameters, context, rows, fields, feedback)
        self._log(feedback, rows, share)
        return {self.OUTPUT: dest_id, self.OUTPUT_LAYER: layer_id}

    def _write_layer(self, parameters, context, rows, fields, feedback):
        units = self.parameterAsSource(parameters, self.UNITS, context)
        if units is None:
            if parameters.get(self.OUTPUT_LAYER):
                raise self.param_error(self.UNITS, self.tr("choose the units to map the check on"))
            return None
        id_field = self.parameterAsString(parameters, self.UNITS_ID, context)
        if not id_field:
            raise self.param_error(self.UNITS_ID, self.tr("choose the field holding the unit identifiers"))
        self.check_fields([(self.UNITS_ID, id_field, units)])
        fids, (ids,) = self.columns(parameters, self.UNITS, context, units, [id_field], feedback, with_fids=True)
        by_id = {r.unit_id: r for r in rows}
        kept = [(fid, by_id[to_text(u)]) for fid, u in zip(fids, ids) if to_text(u) in by_id]
        names = [fields.at(i).name() for i in range(2, fields.count())]
        columns = [[getattr(r, n) for _f, r in kept] for n in names]
        new = [fields.at(i) for i in range(2, fields.count())]
        return self.write_units(parameters, self.OUTPUT_LAYER, context, units, [f for f, _r in kept], new, columns,
                                feedback, optional=True)

    def _log(self, feedback, rows, share) -> None:
        totals = {}
        for r in rows:
            t = totals.setdefault(r.country or "?", [0.0, 0.0])
            t[0] += r.french
            t[1] += r.foreign
        for country, (f, o) in sorted(totals.items()):
            feedback.pushInfo(self.tr("{c}: French census {f:.1f}, foreign office {o:.1f}, difference {d:.1f}."
                                      ).format(c=country, f=f, o=o, d=o - f))
        feedback.pushInfo(self.tr("{n} units compared, {k} differ by more than {s:.0f} %, {low} with a count under "
                                  "{m:.0f} (low_count = true)").format(
            n=len(rows), k=sum(r.differs for r in rows), s=100 * share, low=sum(r.low_count for r in rows),
            m=LOW_COUNT))
