"""bassins:importcommuting — Import commuting flows (INSEE format).

A Processing script: the plugin's provider registers it, and it also runs on its own when
copied into QGIS's Processing scripts folder (then it needs the plugin installed for its core).
"""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from bassins_plugin.compat import DOUBLE, STRING, make_field
from bassins_plugin.core import commuting
from bassins_plugin.core.features import read_features, to_text
from bassins_plugin.processing.base import BassinsAlgorithm


class ImportCommutingAlgorithm(BassinsAlgorithm):
    ALG_ID = "importcommuting"
    GROUP_ID = "data"
    ICON = "flows.svg"

    INPUT = "INPUT"
    DEPARTMENTS = "DEPARTMENTS"
    COMMUNES = "COMMUNES"
    AREA = "AREA"
    AREA_ID = "AREA_ID"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Import commuting flows (INSEE format)")

    def tags(self):
        return self.tr("INSEE,mobpro,commuting,flows,import,navettes,domicile-travail").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("INSEE mobility file (CSV, or ZIP holding it)"), QgsProcessingParameterFile.File,
            fileFilter=self.tr("CSV or ZIP (*.csv *.txt *.zip)")))
        self.addParameter(QgsProcessingParameterString(
            self.DEPARTMENTS, self.tr("Keep residents of these departments (codes separated by ';')"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COMMUNES, self.tr("Keep residents of these communes (codes separated by ';')"), "", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, self.tr("Or keep residents of these units (study area)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_ID, self.tr("Commune code field of the units"), "unit_id", self.AREA, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Flows table"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        deps = self.parameterAsString(parameters, self.DEPARTMENTS, context).replace(",", ";").split(";")
        coms = self.parameterAsString(parameters, self.COMMUNES, context).replace(",", ";").split(";")
        ids = None
        area = self.parameterAsSource(parameters, self.AREA, context)
        if area is not None:
            id_field = self.parameterAsString(parameters, self.AREA_ID, context)
            self.check_fields(((self.AREA_ID, id_field, area),))
            if not id_field:
                raise self.param_error(self.AREA_ID, self.tr("choose the field holding the commune codes"))
            table = read_features(area, [id_field], feedback, with_geometry=False)
            ids = {t for t in (to_text(v) for v in table.columns[id_field]) if t}
        keep = commuting.department_filter(deps, coms, ids)
        try:
            result = commuting.import_file(path, keep, feedback=feedback)
        except (commuting.ImportErrorReport, OSError, UnicodeError) as err:
            raise self.param_error(self.INPUT, str(err))
        self.check_canceled(feedback)

        fields = QgsFields()
        for f in (make_field("origin", STRING, 20), make_field("destination", STRING, 20),
                  make_field("count", DOUBLE), make_field("theme", STRING, 20), make_field("dest_country", STRING, 2)):
            fields.append(f)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for (origin, dest), count in sorted(result.flows.items()):
            feat = QgsFeature(fields)
            feat.setAttributes([origin, dest, count, "work", result.dest_country.get(dest, "FR")])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        feedback.pushInfo(self.tr("{layout} file, {enc}, separator '{sep}': {rows} rows, {kept} kept, {out} outside "
                                  "the filter, {bad} malformed; {pairs} origin-destination pairs written.").format(
            layout=result.layout, enc=result.encoding, sep=result.separator, rows=result.rows, kept=result.kept,
            out=result.filtered_out, bad=len(result.malformed), pairs=len(result.flows)))
        if result.malformed:
            shown = "; ".join(f"{n}: {why}" if why else str(n) for n, why in result.malformed[:50])
            feedback.pushWarning(self.tr("Malformed rows (line: reason), not counted: {rows}").format(rows=shown))
        return {self.OUTPUT: dest_id}
