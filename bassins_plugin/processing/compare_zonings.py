"""bassins:comparezonings — Compare with an official zoning (unit by unit, with Jaccard per zone)."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..compat import DOUBLE, INT, STRING
from ..core import compare as core
from ..core.features import read_features, to_float, to_text
from ..core.flows import UnitIndex
from .base import BassinsAlgorithm, Output
from .fields import field_list


def zone_code(value, any_level: bool) -> "str | None":
    """Our zone of a unit: None for NULL, empty or 0; with ``any_level`` every other value is one zone.

    A zone code written in a text field is kept as written: '01004' (an INSEE code, BV2022's pole) is not 1004,
    '2A004' stays, and an eight-digit code ('08317002') never turns into '8.317e+06' (which would merge zones).
    A number (a level, or a code read from a number field) is one zone whatever its type: 2, 2.0 and '2.0' agree.
    """
    text = to_text(value)
    if text is None or to_float(text) == 0:
        return None
    if any_level:
        return "1"
    if isinstance(value, str) and text.isdigit():
        return text
    number = to_float(text)
    if number is None:
        return text
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


class CompareZoningsAlgorithm(BassinsAlgorithm):
    ALG_ID = "comparezonings"
    GROUP_ID = "intensity"
    ICON = "rings.svg"

    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    ZONE = "ZONE"
    ANY_LEVEL = "ANY_LEVEL"
    POPULATION = "POPULATION"
    OFFICIAL = "OFFICIAL"
    OFFICIAL_ID = "OFFICIAL_ID"
    OFFICIAL_ZONE = "OFFICIAL_ZONE"
    OFFICIAL_NONE = "OFFICIAL_NONE"
    COUNTRY = "COUNTRY"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUTS = {
        OUTPUT: Output("Units marked agree / only ours / only official", QgsProcessing.TypeVectorPolygon, "agreement"),
        OUTPUT_TABLE: Output("Agreement per zone", QgsProcessing.TypeVector),
    }

    def displayName(self):
        return self.tr("Compare with an official zoning")

    def tags(self):
        return self.tr("compare,zoning,AAV,bassins de vie,official,Jaccard,agreement").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units with our zoning (e.g. attraction levels)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field"), "unit_id", self.UNITS))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE, self.tr("Our zone or level field"), "level", self.UNITS))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ANY_LEVEL, self.tr("Any non-zero value is in our area (levels)"), True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field"), "population", self.UNITS, QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OFFICIAL, self.tr("Official zoning (unit code → zone code)"),
            [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.OFFICIAL_ID, self.tr("Unit code field of the official zoning"), "CODGEO", self.OFFICIAL))
        self.addParameter(QgsProcessingParameterField(
            self.OFFICIAL_ZONE, self.tr("Zone code field of the official zoning"), "AAV2020", self.OFFICIAL))
        self.addParameter(QgsProcessingParameterString(
            self.OFFICIAL_NONE, self.tr("Official code for \"in no zone\""), "000", optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY, self.tr("Country field"), "country", self.UNITS,
            optional=True))
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        units = self.parameterAsSource(parameters, self.UNITS, context)
        official = self.parameterAsSource(parameters, self.OFFICIAL, context)
        if units is None:
            raise self.param_error(self.UNITS, self.tr("choose a polygon layer of units"))
        if official is None:
            raise self.param_error(self.OFFICIAL, self.tr("choose the official zoning layer or table"))
        f = {p: self.parameterAsString(parameters, p, context) for p in (
            self.UNIT_ID, self.ZONE, self.POPULATION, self.COUNTRY, self.OFFICIAL_ID, self.OFFICIAL_ZONE)}
        self.check_fields([(p, f[p], units) for p in (self.UNIT_ID, self.ZONE, self.POPULATION, self.COUNTRY)] +
                          [(p, f[p], official) for p in (self.OFFICIAL_ID, self.OFFICIAL_ZONE)])
        any_level = self.parameterAsBool(parameters, self.ANY_LEVEL, context)
        table = read_features(units, [v for v in (f[self.UNIT_ID], f[self.ZONE], f[self.POPULATION],
                                                  f[self.COUNTRY]) if v], feedback, with_geometry=False)
        if not table.ids:
            raise self.param_error(self.UNITS, self.tr("the layer has no feature"))
        ids = table.columns[f[self.UNIT_ID]]
        index = UnitIndex(ids, countries=table.columns[f[self.COUNTRY]] if f[self.COUNTRY] else None)
        zones = self._official_zones(parameters, context, official, f, index, len(ids), feedback)
        self.log_id_matching(index, f[self.UNIT_ID], feedback)
        ours = [zone_code(v, any_level) for v in table.columns[f[self.ZONE]]]
        if any_level:
            distinct = {zone_code(v, False) for v in table.columns[f[self.ZONE]]} - {None}
            if len(distinct) > 5:
                feedback.pushInfo(self.tr("{n} different values of {z} are taken as one area (ANY_LEVEL): to compare "
                                          "zone by zone (e.g. servicebasins' zone with INSEE's BV2022), untick "
                                          "ANY_LEVEL.").format(n=len(distinct), z=f[self.ZONE]))
        pops = [to_float(v) or 0.0 for v in table.columns[f[self.POPULATION]]] if f[self.POPULATION] else None
        status, rows = core.compare(ours, zones, pops)
        units_id = self._write_units(parameters, context, units, table, ours, zones, status, feedback)
        table_id = self._write_table(parameters, context, rows, pops is not None, feedback)
        return {self.OUTPUT: units_id, self.OUTPUT_TABLE: table_id}

    def _official_zones(self, parameters, context, official, f, index, n, feedback):
        """The official zone of each unit (None: in no zone: NULL, empty or OFFICIAL_NONE, e.g. INSEE's 000)."""
        none_code = (self.parameterAsString(parameters, self.OFFICIAL_NONE, context) or "").strip()
        zones = [None] * n
        unknown, matched, twice, seen = 0, 0, {}, set()
        off = read_features(official, [f[self.OFFICIAL_ID], f[self.OFFICIAL_ZONE]], feedback, with_geometry=False)
        for code, zone in zip(off.columns[f[self.OFFICIAL_ID]], off.columns[f[self.OFFICIAL_ZONE]]):
            i = index.find(code)
            if i < 0:
                unknown += 1
                continue
            matched += 1
            zone = to_text(zone)
            zone = None if zone is None or zone.strip() == none_code else zone.strip()
            if i in seen:
                if zone != zones[i]:
                    twice.setdefault(to_text(code), {zones[i]}).add(zone)
                continue
            seen.add(i)
            zones[i] = zone
        if not matched:
            raise self.param_error(self.OFFICIAL_ID, self.tr(
                "no official code matches a unit identifier: check the code fields"))
        if unknown:
            feedback.pushWarning(self.tr("{n} rows of the official zoning match no unit (other territory): "
                                         "ignored.").format(n=unknown))
        if twice:
            listed = sorted(twice.items())[:10]
            feedback.pushWarning(self.tr("{n} official codes are listed in several zones; each unit is compared "
                                         "with the first zone listed: {ids}").format(
                n=len(twice), ids=", ".join(f"{k} ({' / '.join(sorted(str(z or '-') for z in v))})"
                                            for k, v in listed)))
        return zones

    def _write_units(self, parameters, context, units, table, ours, zones, status, feedback):
        new = field_list(("our_zone", STRING, 40), ("official_zone", STRING, 40), ("agreement", STRING, 20))
        return self.write_units(parameters, self.OUTPUT, context, units, table.ids, new, [ours, zones, status],
                                feedback)

    def _write_table(self, parameters, context, rows, with_pop: bool, feedback):
        fields = field_list(("our_zone", STRING, 40), ("official_zone", STRING, 40), ("units_both", INT),
                            ("units_ours_only", INT), ("units_official_only", INT), ("pop_both", DOUBLE),
                            ("pop_ours_only", DOUBLE), ("pop_official_only", DOUBLE), ("jaccard", DOUBLE))
        sink, dest_id = self.sink(parameters, self.OUTPUT_TABLE, context, fields)
        for r in rows:
            out = QgsFeature(fields)
            pops = [r.pop_both, r.pop_ours_only, r.pop_official_only] if with_pop else [None, None, None]
            out.setAttributes([r.ours, r.official, r.units_both, r.units_ours_only, r.units_official_only] + pops +
                              [r.jaccard])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
            feedback.pushInfo(self.tr("Ours {a} / official {b}: {n} units in both, {o} only ours, {f} only "
                                      "official, Jaccard {j:.2f}.").format(
                a=r.ours or "-", b=r.official or "-", n=r.units_both, o=r.units_ours_only, f=r.units_official_only,
                j=r.jaccard))
        return dest_id
