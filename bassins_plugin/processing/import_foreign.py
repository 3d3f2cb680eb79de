"""bassins:importforeign — Import the other side's statistics (BFS PX-Web, Statbel census matrix, long table)."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..compat import BOOL, DOUBLE, STRING
from ..core import foreign
from ..core import foreign_stats as fs
from ..core.features import read_features, to_text
from .base import BassinsAlgorithm, Output
from .fields import field_list

FORMATS = ("px", "statbel", "long")  # stored values of FORMAT (index)


class ImportForeignAlgorithm(BassinsAlgorithm):
    ALG_ID = "importforeign"
    GROUP_ID = "data"
    ICON = "flows.svg"

    INPUT = "INPUT"
    FORMAT = "FORMAT"
    PERIOD = "PERIOD"
    SEX = "SEX"
    COUNTRY = "COUNTRY"
    FOREIGN_UNITS = "FOREIGN_UNITS"
    FOREIGN_ID = "FOREIGN_ID"
    FOREIGN_NAME = "FOREIGN_NAME"
    FOREIGN_COUNTRY = "FOREIGN_COUNTRY"
    ORIGIN_COLUMN = "ORIGIN_COLUMN"
    DESTINATION_COLUMN = "DESTINATION_COLUMN"
    COUNT_COLUMN = "COUNT_COLUMN"
    THEME_COLUMN = "THEME_COLUMN"
    YEAR_COLUMN = "YEAR_COLUMN"
    OUTPUT = "OUTPUT"
    OUTPUT_RESIDENTS = "OUTPUT_RESIDENTS"
    OUTPUTS = {
        OUTPUT: Output("Values or flows table", QgsProcessing.TypeVector),
        OUTPUT_RESIDENTS: Output("Residents table (Statbel: active, cb_workers)", QgsProcessing.TypeVector,
                                 optional=True, create_by_default=False),
    }

    def displayName(self):
        return self.tr("Import foreign statistics (BFS, Statbel, long table)")

    def tags(self):
        return self.tr("BFS,OFS,Statbel,STATEC,PX-Web,STAT-TAB,GGS,STATENT,frontaliers,Grenzgänger,census,import"
                       ).split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("File published by the foreign office (CSV)"), QgsProcessingParameterFile.File,
            fileFilter=self.tr("CSV (*.csv *.txt *.tsv)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, self.tr("Format"),
            [self.tr("BFS PX-Web export (commune × period)"),
             self.tr("Statbel census 2011 home-work matrix"), self.tr("Long table (origin, destination, count)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.PERIOD, self.tr("Period to keep (e.g. 2014 Q4; empty: all)"), "", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.SEX, self.tr("Sex (Statbel)"), [self.tr("Total"), self.tr("Men"), self.tr("Women")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRY, self.tr("Country of the file's communes (ISO code)"), "", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FOREIGN_UNITS, self.tr("Foreign units (for name matching)"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FOREIGN_ID, self.tr("Foreign unit identifier field"), "unit_id", self.FOREIGN_UNITS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FOREIGN_NAME, self.tr("Foreign unit name field"), "name", self.FOREIGN_UNITS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FOREIGN_COUNTRY, self.tr("Foreign unit country field (ISO code)"), "country", self.FOREIGN_UNITS,
            optional=True))
        for name, label, default in (
                (self.ORIGIN_COLUMN, "Origin column (long table)", "origin"),
                (self.DESTINATION_COLUMN, "Destination column (long table)", "destination"),
                (self.COUNT_COLUMN, "Count column (long table)", "count"),
                (self.THEME_COLUMN, "Theme column (long table, optional)", ""),
                (self.YEAR_COLUMN, "Year column (long table, optional)", "")):
            self.addParameter(QgsProcessingParameterString(name, self.tr(label), default, optional=True))
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        kind = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        matcher = self._matcher(parameters, context, feedback)
        country = self.parameterAsString(parameters, self.COUNTRY, context).strip().upper()
        country = foreign.iso_country(country) or ("BE" if kind == "statbel" else "CH")
        try:
            if kind == "px":
                result = fs.read_px(path, self.parameterAsString(parameters, self.PERIOD, context), matcher, country)
                self.check_canceled(feedback)
                return {self.OUTPUT: self._write_px(parameters, context, result, feedback), self.OUTPUT_RESIDENTS: None}
            if kind == "statbel":
                resolve = (lambda name: matcher.find(name, country)[0]) if matcher is not None else None
                result = fs.read_statbel(path, self.parameterAsEnum(parameters, self.SEX, context), resolve)
                self.check_canceled(feedback)
                return self._write_statbel(parameters, context, result, feedback)
            cols = [self.parameterAsString(parameters, p, context) for p in (
                self.ORIGIN_COLUMN, self.DESTINATION_COLUMN, self.COUNT_COLUMN, self.THEME_COLUMN, self.YEAR_COLUMN)]
            result = fs.read_long(path, *cols)
        except OSError as err:
            raise self.param_error(self.INPUT, str(err)) from err
        return {self.OUTPUT: self._write_long(parameters, context, result, feedback), self.OUTPUT_RESIDENTS: None}

    def _matcher(self, parameters, context, feedback):
        units = self.parameterAsSource(parameters, self.FOREIGN_UNITS, context)
        if units is None:
            return None
        names = {p: self.parameterAsString(parameters, p, context)
                 for p in (self.FOREIGN_ID, self.FOREIGN_NAME, self.FOREIGN_COUNTRY)}
        for param, value in names.items():
            if not value:
                raise self.param_error(param, self.tr("choose a field of the foreign units"))
        self.check_fields([(p, n, units) for p, n in names.items()])
        cols = list(names.values())
        table = read_features(units, cols, feedback, with_geometry=False)
        matcher = foreign.NameMatcher(*[[to_text(v) for v in table.columns[c]] for c in cols])
        if not matcher.countries:
            raise self.param_error(self.FOREIGN_UNITS, self.tr(
                "no unit has an identifier, a name and a country: check the chosen fields"))
        return matcher

    def _write_px(self, parameters, context, result, feedback) -> str:
        fields = field_list(("unit_id", STRING, 20), ("name", STRING, 80), ("period", STRING, 20),
                            ("value", DOUBLE), ("aggregate", BOOL))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields)
        for v in result.values:
            feat = QgsFeature(fields)
            feat.setAttributes([v.unit_id or None, v.name, v.period, v.value, v.aggregate])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        feedback.pushInfo(self.tr("PX-Web file, {enc}: {rows} rows, {p} periods, {c} communes and {a} aggregates "
                                  "(cantons, totals: aggregate = true), {v} values written, {u} not published, "
                                  "{bad} malformed.").format(
            enc=result.encoding, rows=result.rows, p=len(result.periods), c=result.communes, a=result.aggregates,
            v=len(result.values), u=result.unpublished, bad=len(result.malformed)))
        if result.dropped_dimensions:
            feedback.pushInfo(self.tr("Other dimensions, one value kept: {d}").format(
                d="; ".join(result.dropped_dimensions)))
        self._log_lists(feedback, result.malformed, result.unmatched, result.ambiguous)
        return dest_id

    def _write_statbel(self, parameters, context, result, feedback) -> dict:
        fields = field_list(("origin", STRING, 20), ("destination", STRING, 80), ("count", DOUBLE),
                            ("dest_country", STRING, 2))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields)
        batch = []
        for n, ((origin, dest), count) in enumerate(sorted(result.flows.items()), start=1):
            feat = QgsFeature()  # attributes by position: a third faster than QgsFeature(fields) on 350,000 pairs
            feat.setAttributes([origin, dest, count, fs.ABROAD_COUNTRY if dest == fs.ABROAD else "BE"])
            batch.append(feat)
            if len(batch) == 10000:
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch = []
                self.check_canceled(feedback)
                feedback.setProgress(100.0 * n / len(result.flows))
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        res_fields = field_list(("unit_id", STRING, 20), ("active", DOUBLE), ("cb_workers", DOUBLE))
        res_sink, res_id = self.sink(parameters, self.OUTPUT_RESIDENTS, context, res_fields)
        if res_sink is not None:
            for code in sorted(result.residents):
                feat = QgsFeature(res_fields)
                feat.setAttributes([code, *result.residents[code]])
                res_sink.addFeature(feat, QgsFeatureSink.FastInsert)
        feedback.pushInfo(self.tr("Statbel matrix, {enc}: {g} groups of three rows, {c} communes of residence, {a} "
                                  "aggregate rows and {k} aggregate columns dropped; {f} flows written; work-place "
                                  "columns resolved to NIS codes: {r}.").format(
            enc=result.encoding, g=result.groups, c=len(result.residents), a=result.aggregate_rows,
            k=result.aggregate_columns, f=len(result.flows),
            r=", ".join(f"{k} {n}" for k, n in sorted(result.resolved_by.items()))))
        unresolved = {k: v for k, v in result.unresolved.items() if v}
        if unresolved:
            feedback.pushWarning(self.tr("Work places without NIS code (kept by name; give FOREIGN_UNITS of "
                                         "Belgium), by count: {n}").format(n=_listed(unresolved)))
        self._log_lists(feedback, result.malformed, {}, {})
        return {self.OUTPUT: dest_id, self.OUTPUT_RESIDENTS: res_id}

    def _write_long(self, parameters, context, result, feedback) -> str:
        fields = field_list(("origin", STRING, 20), ("destination", STRING, 20), ("count", DOUBLE),
                            ("theme", STRING, 20), ("year", STRING, 10))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields)
        for (origin, dest, theme, year), count in sorted(result.flows.items()):
            feat = QgsFeature(fields)
            feat.setAttributes([origin, dest, count, theme or None, year or None])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        feedback.pushInfo(self.tr("Long table, {enc}, separator '{sep}': {rows} rows, {f} pairs written, "
                                  "{u} not published, {bad} malformed.").format(
            enc=result.encoding, sep=result.separator, rows=result.rows, f=len(result.flows), u=result.unpublished,
            bad=len(result.malformed)))
        self._log_lists(feedback, result.malformed, {}, {})
        return dest_id

    def _log_lists(self, feedback, malformed, unmatched, ambiguous) -> None:
        if malformed:
            shown = "; ".join(f"{n}: {why}" for n, why in malformed[:50])
            feedback.pushWarning(self.tr("Malformed rows (line: reason), not counted: {rows}").format(rows=shown))
        if unmatched:
            feedback.pushWarning(self.tr("Names matching no foreign unit (left out), with their values: {n}").format(
                n=_listed(unmatched)))
        if ambiguous:
            feedback.pushWarning(self.tr("Ambiguous names (several units; left out): {n}").format(n=_listed(ambiguous)))


def _listed(items) -> str:
    return ", ".join(f"{name} ({w:g})" for name, w in foreign.heaviest(items))
