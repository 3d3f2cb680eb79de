"""bassins:downloadunits — Download reference boundaries (GISCO LAU/NUTS or French communes).

A Processing script registered by the plugin's provider; users may copy and adapt it.
Needs the Python package 'requests' (a clear message explains how to install it when missing).
"""
import json

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from bassins_plugin.compat import STRING, make_field
from bassins_plugin.core import download
from bassins_plugin.processing.base import BassinsAlgorithm

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

    def displayName(self):  # noqa: N802
        return self.tr("Download reference boundaries")

    def tags(self):
        return self.tr("GISCO,LAU,NUTS,communes,boundaries,download,Eurostat").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterEnum(
            self.SOURCE, self.tr("Source"), [self.tr("Eurostat GISCO: LAU (communes)"),
                                             self.tr("Eurostat GISCO: NUTS regions"),
                                             self.tr("France: communes API (geo.api.gouv.fr)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRIES, self.tr("Countries (ISO codes separated by ';', GISCO only)"), "FR;CH"))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (GISCO)"), QgsProcessingParameterNumber.Integer, 2021, False, 2003, 2100))
        self.addParameter(QgsProcessingParameterNumber(
            self.NUTS_LEVEL, self.tr("NUTS level"), QgsProcessingParameterNumber.Integer, 3, False, 0, 3))
        self.addParameter(QgsProcessingParameterString(
            self.DEPARTMENTS, self.tr("Departments (France API, codes separated by ';')"), "74", optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Keep units in this extent"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BASE_URL, self.tr("Service address (leave empty for the official one)"), "", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.CACHE_DIR, self.tr("Cache folder (empty: QGIS profile cache)"), QgsProcessingParameterFile.Folder,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TIMEOUT, self.tr("Timeout (seconds)"), QgsProcessingParameterNumber.Double, 60.0, False, 1.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.REFRESH, self.tr("Download again even if cached"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Units"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
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

        fields = QgsFields()
        for f in (make_field("unit_id", STRING, 40), make_field("name", STRING, 200), make_field("country", STRING, 2)):
            fields.append(f)
        collected = []
        for url in urls:
            self.check_canceled(feedback)
            try:
                fetched = download.fetch(url, cache, timeout, refresh)
            except download.DownloadError as err:
                raise self.param_error(self.BASE_URL if base else self.SOURCE, str(err))
            feedback.pushInfo(self.tr("{u}: {n} features ({how}).").format(
                u=url, n=len(fetched.data["features"]),
                how=self.tr("from the cache") if fetched.from_cache else self.tr("downloaded")))
            collected.append(fetched.data)

        from osgeo import ogr

        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, wgs84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        written = skipped = 0
        for data in collected:
            for feature in data["features"]:
                ids = download.harmonise(feature.get("properties") or {}, kind)
                if ids is None or (kind != "france" and countries and ids[2] not in countries):
                    skipped += 1
                    continue
                geom_json = feature.get("geometry")
                if not geom_json:
                    skipped += 1
                    continue
                ogr_geom = ogr.CreateGeometryFromJson(json.dumps(geom_json))
                if ogr_geom is None:
                    skipped += 1
                    continue
                geom = QgsGeometry()
                geom.fromWkb(bytes(ogr_geom.ExportToWkb()))
                if extent is not None and not extent.isEmpty() and not geom.boundingBox().intersects(extent):
                    skipped += 1
                    continue
                geom.convertToMultiType()
                out = QgsFeature(fields)
                out.setGeometry(geom)
                out.setAttributes(list(ids))
                sink.addFeature(out, QgsFeatureSink.FastInsert)
                written += 1
        if written == 0:
            raise self.param_error(self.COUNTRIES, self.tr("no unit matches the countries or the extent"))
        feedback.pushInfo(self.tr("{w} units written, {s} left out (other countries, outside the extent or "
                                  "without geometry).").format(w=written, s=skipped))
        return {self.OUTPUT: dest}
