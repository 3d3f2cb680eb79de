"""bassins:downloadunits — Download reference boundaries (GISCO LAU/NUTS or French communes).

A Processing script registered by the plugin's provider; users may copy and adapt it.
Needs the Python package 'requests' (a clear message explains how to install it when missing).
"""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from bassins_plugin.compat import STRING
from bassins_plugin.core import download
from bassins_plugin.processing.base import BassinsAlgorithm, Output
from bassins_plugin.processing.fields import field_list
from bassins_plugin.processing.metadata import attribution_on_load, save_attribution

SOURCES = ("lau", "nuts", "france")  # enum order is API


class DownloadUnitsAlgorithm(BassinsAlgorithm):
    ALG_ID = "downloadunits"
    GROUP_ID = "data"
    ICON = "demo.svg"

    SOURCE = "SOURCE"
    COUNTRIES = "COUNTRIES"
    YEAR = "YEAR"
    NUTS_LEVEL = "NUTS_LEVEL"
    DEPARTMENTS = "DEPARTMENTS"
    EXTENT = "EXTENT"
    BASE_URL = "BASE_URL"
    CACHE_DIR = "CACHE_DIR"
    TIMEOUT = "TIMEOUT"
    REFRESH = "REFRESH"
    OUTPUT = "OUTPUT"
    OUTPUTS = {OUTPUT: Output("Units", QgsProcessing.TypeVectorPolygon, "units")}

    def displayName(self):
        return self.tr("Download reference boundaries")

    def tags(self):
        return self.tr("GISCO,LAU,NUTS,communes,boundaries,download,Eurostat").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(
            self.SOURCE, self.tr("Source"), [self.tr("Eurostat GISCO: LAU (communes)"),
                                             self.tr("Eurostat GISCO: NUTS regions"),
                                             self.tr("France: communes API (geo.api.gouv.fr)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRIES, self.tr("Countries, GISCO sources (ISO codes separated by ';')"), "FR;CH"))
        self.addParameter(QgsProcessingParameterString(
            self.DEPARTMENTS, self.tr("Departments for the French API (e.g. 74;01)"), "74",
            optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Keep units in this extent"),
                                                       optional=True))
        advanced = [
            QgsProcessingParameterNumber(self.YEAR, self.tr("Year, GISCO sources"),
                                         QgsProcessingParameterNumber.Integer, 2021, False, 2003, 2100),
            QgsProcessingParameterNumber(self.NUTS_LEVEL, self.tr("NUTS level, NUTS source"),
                                         QgsProcessingParameterNumber.Integer, 3, False, 0, 3),
            QgsProcessingParameterString(self.BASE_URL, self.tr("Service address (empty: the official one)"), "",
                                         optional=True),
            QgsProcessingParameterFile(self.CACHE_DIR, self.tr("Cache folder (empty: QGIS profile cache)"),
                                       QgsProcessingParameterFile.Folder, optional=True),
            QgsProcessingParameterNumber(self.TIMEOUT, self.tr("Timeout of the whole download (seconds)"),
                                         QgsProcessingParameterNumber.Double, 60.0, False, 1.0),
            QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again even if cached"), False),
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        kind = SOURCES[self.parameterAsEnum(parameters, self.SOURCE, context)]
        countries = {c.strip().upper() for c in
                     self.parameterAsString(parameters, self.COUNTRIES, context).replace(",", ";").split(";")
                     if c.strip()}
        year = self.parameterAsInt(parameters, self.YEAR, context)
        level = self.parameterAsInt(parameters, self.NUTS_LEVEL, context)
        base = self.parameterAsString(parameters, self.BASE_URL, context).strip().rstrip("/")
        cache = self.parameterAsString(parameters, self.CACHE_DIR, context) or download.default_cache_dir()
        timeout = self.parameterAsDouble(parameters, self.TIMEOUT, context)
        refresh = self.parameterAsBool(parameters, self.REFRESH, context)
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
        if kind == "france":
            deps = [d.strip() for d in self.parameterAsString(parameters, self.DEPARTMENTS, context).split(";")
                    if d.strip()]
            if not deps:
                raise self.param_error(self.DEPARTMENTS, self.tr("give at least one department code, e.g. 74"))
            urls = [download.france_url(base or download.FRANCE_URL, d) for d in deps]
        else:
            if not countries:
                raise self.param_error(self.COUNTRIES, self.tr("give at least one ISO country code, e.g. FR;CH"))
            urls = [download.gisco_url(base or download.GISCO_URL, kind, year, level)]

        fields = field_list(("unit_id", STRING, 40), ("name", STRING, 200), ("country", STRING, 2))
        files = []
        for url in urls:
            self.check_canceled(feedback)
            try:
                fetched = download.fetch(url, cache, timeout, refresh, progress=self._progress(feedback, url),
                                         canceled=feedback.isCanceled)
            except download.DownloadError as err:
                self.check_canceled(feedback)
                raise self.param_error(self.BASE_URL if base else self.SOURCE, str(err)) from err
            feedback.pushInfo(self.tr("{u}: {n} features ({how}).").format(
                u=url, n=fetched.features,
                how=self.tr("from the cache") if fetched.from_cache else self.tr("downloaded")))
            files.append(fetched)

        sink, dest = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, wgs84)
        bbox = None if extent is None or extent.isEmpty() else (
            extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        written = total = 0
        for fetched in files:
            total += fetched.features
            for ids, wkb in download.read_units(fetched.path, kind, sorted(countries), bbox):
                geom = QgsGeometry()
                geom.fromWkb(wkb)
                geom.convertToMultiType()
                out = QgsFeature(fields)
                out.setGeometry(geom)
                out.setAttributes(list(ids))
                sink.addFeature(out, QgsFeatureSink.FastInsert)
                written += 1
                if written % 1000 == 0:
                    self.check_canceled(feedback)
        if written == 0:
            raise self.param_error(self.COUNTRIES, self.tr("no unit matches the countries or the extent"))
        feedback.pushInfo(self.tr("{w} units written, {s} left out (other countries, outside the extent or "
                                  "without geometry).").format(w=written, s=total - written))
        notice = download.FRANCE_ATTRIBUTION if kind == "france" else download.ATTRIBUTION
        feedback.pushInfo(notice)
        self._attribution = (dest, notice)
        attribution_on_load(context, dest, notice)
        return {self.OUTPUT: dest}

    def postProcessAlgorithm(self, context, feedback):
        """The licence notice goes into the written layer's metadata (GeoPackage) once the file is closed."""
        dest, notice = getattr(self, "_attribution", (None, None))
        if dest:
            save_attribution(dest, notice)
        return {}

    def _progress(self, feedback, url):
        def report(done, total, eta, attempt):
            if total:
                feedback.setProgress(100.0 * done / total)
            if done == 0 or done % (16 << 20) < (1 << 20):
                feedback.setProgressText(self.tr("{u}: {mb:.0f} of {tot} MB, about {eta:.0f} s left (attempt "
                                                 "{a})").format(u=url, mb=done / 1e6, a=attempt, eta=eta,
                                                                tot=f"{total / 1e6:.0f}" if total else "?"))
        return report
