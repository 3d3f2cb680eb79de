"""bassins:importcommuting — Import commuting flows (INSEE format).

A Processing script: the plugin's provider registers it, and it also runs on its own when
copied into QGIS's Processing scripts folder (then it needs the plugin installed for its core).
"""
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

from bassins_plugin.compat import BOOL, DOUBLE, STRING
from bassins_plugin.core import commuting, foreign
from bassins_plugin.core.features import read_features, to_text
from bassins_plugin.processing.base import BassinsAlgorithm, Output
from bassins_plugin.processing.fields import field_list

LOW_COUNT = 200  # INSEE advises care with weighted counts under 200
KINDS = ("auto", "work", "study")  # stored values of FILE_KIND (index)


class ImportCommutingAlgorithm(BassinsAlgorithm):
    ALG_ID = "importcommuting"
    GROUP_ID = "data"
    ICON = "flows.svg"

    INPUT = "INPUT"
    FILE_KIND = "FILE_KIND"
    DEPARTMENTS = "DEPARTMENTS"
    COMMUNES = "COMMUNES"
    AREA = "AREA"
    AREA_ID = "AREA_ID"
    FOREIGN_UNITS = "FOREIGN_UNITS"
    FOREIGN_ID = "FOREIGN_ID"
    FOREIGN_NAME = "FOREIGN_NAME"
    FOREIGN_COUNTRY = "FOREIGN_COUNTRY"
    MATCH_TABLE = "MATCH_TABLE"
    OUTPUT = "OUTPUT"
    OUTPUT_RESIDENTS = "OUTPUT_RESIDENTS"
    OUTPUTS = {
        OUTPUT: Output("Flows table", QgsProcessing.TypeVector),
        OUTPUT_RESIDENTS: Output("Residents table (per commune)", QgsProcessing.TypeVector,
                                 optional=True, create_by_default=False),
    }

    def displayName(self):
        return self.tr("Import commuting flows (INSEE format)")

    def tags(self):
        return self.tr("INSEE,mobpro,mobsco,commuting,flows,import,navettes,domicile-travail,DCFLT,frontaliers"
                       ).split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("INSEE mobility file (CSV, or ZIP holding it)"), QgsProcessingParameterFile.File,
            fileFilter=self.tr("CSV or ZIP (*.csv *.txt *.zip)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.FILE_KIND, self.tr("Expected file"),
            [self.tr("Detect from the columns"), self.tr("Work (FD_MOBPRO, flows file)"),
             self.tr("Study (FD_MOBSCO)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.DEPARTMENTS, self.tr("Keep residents of these departments"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COMMUNES, self.tr("Keep residents of these communes"), "", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, self.tr("Or keep residents of these units (study area)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_ID, self.tr("Commune code field of the units"), "unit_id", self.AREA, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FOREIGN_UNITS, self.tr("Foreign units (e.g. GISCO LAU)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FOREIGN_ID, self.tr("Foreign unit identifier field"), "unit_id", self.FOREIGN_UNITS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FOREIGN_NAME, self.tr("Foreign unit name field"), "name", self.FOREIGN_UNITS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FOREIGN_COUNTRY, self.tr("Foreign unit country field (ISO code)"), "country", self.FOREIGN_UNITS,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.MATCH_TABLE, self.tr("Match table (CSV code;unit_id)"),
            QgsProcessingParameterFile.File, fileFilter=self.tr("CSV (*.csv *.txt)"), optional=True))
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        keep = self._origin_filter(parameters, context, feedback)
        matcher = self._foreign_matcher(parameters, context, feedback)
        table = self._match_table(parameters, context, matcher)
        try:
            result = commuting.import_file(path, keep, feedback=feedback)
        except (commuting.ImportErrorReport, OSError, UnicodeError) as err:
            raise self.param_error(self.INPUT, str(err)) from err
        self.check_canceled(feedback)
        self._check_kind(parameters, context, result)
        local = commuting.localise(result, matcher, table)
        if matcher is not None:
            self._check_countries(matcher, local)
        flows_id = self._write_flows(parameters, context, result, local)
        residents_id = self._write_residents(parameters, context, result)
        self._log(feedback, result, local, matcher is not None or bool(table))
        return {self.OUTPUT: flows_id, self.OUTPUT_RESIDENTS: residents_id}

    # -- inputs ----------------------------------------------------------------------------------
    def _origin_filter(self, parameters, context, feedback):
        deps = self.parameterAsString(parameters, self.DEPARTMENTS, context).replace(",", ";").split(";")
        coms = self.parameterAsString(parameters, self.COMMUNES, context).replace(",", ";").split(";")
        ids = None
        area = self.parameterAsSource(parameters, self.AREA, context)
        if area is not None:
            id_field = self.parameterAsString(parameters, self.AREA_ID, context)
            if not id_field:
                raise self.param_error(self.AREA_ID, self.tr("choose the field holding the commune codes"))
            self.check_fields(((self.AREA_ID, id_field, area),))
            table = read_features(area, [id_field], feedback, with_geometry=False)
            ids = {t for t in (to_text(v) for v in table.columns[id_field]) if t}
        return commuting.department_filter(deps, coms, ids)

    def _foreign_matcher(self, parameters, context, feedback):
        units = self.parameterAsSource(parameters, self.FOREIGN_UNITS, context)
        if units is None:
            return None
        names = {}
        for param in (self.FOREIGN_ID, self.FOREIGN_NAME, self.FOREIGN_COUNTRY):
            names[param] = self.parameterAsString(parameters, param, context)
            if not names[param]:
                raise self.param_error(param, self.tr("choose a field of the foreign units"))
        self.check_fields([(p, n, units) for p, n in names.items()])
        cols = [names[self.FOREIGN_ID], names[self.FOREIGN_NAME], names[self.FOREIGN_COUNTRY]]
        table = read_features(units, cols, feedback, with_geometry=False)
        columns = [[to_text(v) for v in table.columns[c]] for c in cols]
        matcher = foreign.NameMatcher(*columns)
        if not matcher.countries:
            raise self.param_error(self.FOREIGN_UNITS, self.tr(
                "no unit has an identifier, a name and a country: check the chosen fields"))
        return matcher

    def _match_table(self, parameters, context, matcher):
        """The match table; with foreign units, a row naming a unit id they lack is refused with its line."""
        path = self.parameterAsFile(parameters, self.MATCH_TABLE, context)
        if not path:
            return None
        lines = {}
        try:
            table = foreign.read_match_table(path, lines)
        except (OSError, UnicodeError) as err:
            raise self.param_error(self.MATCH_TABLE, str(err)) from err
        unknown = sorted((lines[c], c, u) for c, u in table.items() if matcher is not None and u not in matcher.ids)
        if unknown:
            shown = "; ".join(self.tr("line {n}: {c} → {u}").format(n=n, c=c, u=u) for n, c, u in unknown[:10])
            raise self.param_error(self.MATCH_TABLE, self.tr(
                "{k} rows name a unit id that is not in the foreign units (FOREIGN_UNITS, field {f}): {rows}; "
                "correct the ids or remove the rows").format(
                k=len(unknown), f=self.parameterAsString(parameters, self.FOREIGN_ID, context), rows=shown))
        return table

    def _check_kind(self, parameters, context, result) -> None:
        expected = KINDS[self.parameterAsEnum(parameters, self.FILE_KIND, context)]
        if expected != "auto" and expected != result.theme:
            found = self.tr("a study file (FD_MOBSCO)") if result.theme == "study" else self.tr("a work file")
            raise self.param_error(self.INPUT, self.tr(
                "this is {found}, not the expected kind; choose the right file or set FILE_KIND to detect"
            ).format(found=found))

    def _check_countries(self, matcher, local) -> None:
        wanted = {foreign.country_of_code(c) for c in local.report.unmatched} | \
                 {foreign.country_of_code(c) for c in local.report.matched}
        wanted |= {foreign.country_of_code(c) for c in local.report.ambiguous}
        wanted.discard(None)
        if wanted and not (wanted & matcher.countries):
            raise self.param_error(self.FOREIGN_UNITS, self.tr(
                "the foreign units are in {have}, but the file's places abroad are in {want}: "
                "choose units of those countries").format(
                have=", ".join(sorted(matcher.countries)), want=", ".join(sorted(wanted))))

    # -- outputs ---------------------------------------------------------------------------------
    def _write_flows(self, parameters, context, result, local) -> str:
        fields = field_list(("origin", STRING, 20), ("destination", STRING, 20), ("count", DOUBLE),
                            ("theme", STRING, 20), ("dest_country", STRING, 2), ("dest_name", STRING, 80),
                            ("low_count", BOOL))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields)
        for (origin, dest, country), count in sorted(local.flows.items()):
            feat = QgsFeature(fields)
            feat.setAttributes([origin, dest, count, result.theme, country, local.dest_name.get((dest, country)),
                                count < LOW_COUNT])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest_id

    def _write_residents(self, parameters, context, result):
        total, abroad = ("active", "cb_workers") if result.theme == "work" else ("students", "cb_students")
        fields = field_list(("unit_id", STRING, 20), (total, DOUBLE), (abroad, DOUBLE))
        sink, dest_id = self.sink(parameters, self.OUTPUT_RESIDENTS, context, fields)
        if sink is None:
            return None
        for origin in sorted(result.residents):
            feat = QgsFeature(fields)
            feat.setAttributes([origin, result.residents[origin], result.residents_abroad.get(origin, 0.0)])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest_id

    def _log(self, feedback, result, local, matching: bool) -> None:
        feedback.pushInfo(self.tr("{layout} file ({theme}), {enc}, separator '{sep}': {rows} rows, {kept} kept, "
                                  "{out} outside the filter, {bad} malformed; {pairs} origin-destination pairs "
                                  "written.").format(
            layout=result.layout, theme=result.theme, enc=result.encoding, sep=result.separator, rows=result.rows,
            kept=result.kept, out=result.filtered_out, bad=len(result.malformed), pairs=len(local.flows)))
        if result.malformed:
            shown = "; ".join(f"{n}: {why}" if why else str(n) for n, why in result.malformed[:50])
            feedback.pushWarning(self.tr("Malformed rows (line: reason), not counted: {rows}").format(rows=shown))
        abroad = sum(result.residents_abroad.values())
        report = local.report
        if report.coded_weight:
            feedback.pushInfo(self.tr("Places abroad at commune level: {n} codes, weight {w:.1f} of {a:.1f} "
                                      "abroad; names from {src}.").format(
                n=len(report.matched) + len(report.unmatched) + len(report.ambiguous), w=report.coded_weight,
                a=abroad, src=local.names_source))
        if local.missing_names:
            feedback.pushWarning(self.tr("Codes without a name in {src} (kept as codes): {codes}").format(
                src=local.names_source, codes=_weights(local.missing_names)))
        if matching and abroad:
            feedback.pushInfo(self.tr("Matched to foreign units: {m} codes ({t} from the match table), weight "
                                      "{w:.1f} = {s:.1f} % of the cross-border weight.").format(
                m=len(report.matched), t=report.from_table, w=report.matched_weight,
                s=100.0 * report.matched_weight / abroad))
            if report.unmatched:
                feedback.pushWarning(self.tr("Not matched (kept as INSEE codes), by weight: {codes}").format(
                    codes=_weights(report.unmatched)))
            if report.ambiguous:
                feedback.pushWarning(self.tr("Ambiguous names (several units; kept as INSEE codes, add them to "
                                             "MATCH_TABLE): {codes}").format(codes=_weights(report.ambiguous)))
        low = sum(1 for c in local.flows.values() if c < LOW_COUNT)
        if low:
            feedback.pushInfo(self.tr("{n} of {m} pairs have a weighted count under {k} (low_count = true): INSEE "
                                      "advises care with them.").format(n=low, m=len(local.flows), k=LOW_COUNT))


def _weights(items) -> str:
    return ", ".join(f"{code} ({w:.1f})" for code, w in foreign.heaviest(items))
