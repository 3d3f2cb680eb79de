"""bassins:packagelayers: styled layers for colleagues, in one GeoPackage (with a project) or in PostGIS."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
    QgsProviderRegistry,
)

from ..core import packaging
from ..i18n import translated
from .base import BassinsAlgorithm
from .styling import (
    apply_plugin_styles,
    band_label,
    group_names,
    project_layout,
    project_order,
    reader_name,
    translate_for_reader,
)

# LANGUAGE's options (stored index -> locale; '' is the language QGIS runs in). Language names are written in
# their own language, as in every language menu.
LANGUAGES = ("", "en", "fr", "de", "it", "nl")
LANGUAGE_NAMES = ("English", "Français", "Deutsch", "Italiano", "Nederlands")


class PackageLayersAlgorithm(BassinsAlgorithm):
    ALG_ID = "packagelayers"
    GROUP_ID = "sharing"
    ICON = "bassins.svg"

    LAYERS = "LAYERS"
    APPLY_PLUGIN_STYLES = "APPLY_PLUGIN_STYLES"
    OUTPUT = "OUTPUT"
    PROJECT = "PROJECT"
    PROJECT_NAME = "PROJECT_NAME"
    OVERWRITE = "OVERWRITE"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    PROJECT_URI = "PROJECT_URI"
    LAYERS_WRITTEN = "LAYERS_WRITTEN"
    LANGUAGE = "LANGUAGE"

    def flags(self):
        # layers of the project are read (styles, visibility): main thread only
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self):
        return self.tr("Package styled layers for colleagues")

    def tags(self):
        return self.tr("package,geopackage,postgis,share,style,project,export").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers"), QgsProcessing.TypeMapLayer))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("GeoPackage"), self.tr("GeoPackage (*.gpkg)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PROJECT, self.tr("Also store a QGIS project inside the GeoPackage"), False))
        self.addParameter(QgsProcessingParameterString(
            self.PROJECT_NAME, self.tr("Project name"), "bassins_de_vie"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.APPLY_PLUGIN_STYLES, self.tr("Apply the plugin's styles to its outputs"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Replace layers of the same name"), False))
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.DATABASE, self.tr("Or: PostgreSQL connection (PostGIS)"), "postgres", optional=True))
        self.addParameter(QgsProcessingParameterDatabaseSchema(
            self.SCHEMA, self.tr("PostGIS schema"), self.DATABASE, "public", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language of the shared project"),
            [self.tr("QGIS's language")] + list(LANGUAGE_NAMES), defaultValue=0, optional=True))
        self.addOutput(QgsProcessingOutputString(self.PROJECT_URI, self.tr("Project stored in the GeoPackage")))
        self.addOutput(QgsProcessingOutputNumber(self.LAYERS_WRITTEN, self.tr("Layers written")))

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise self.param_error(self.LAYERS, self.tr("choose at least one layer"))
        overwrite = self.parameterAsBool(parameters, self.OVERWRITE, context)
        layers = [layers[i] for i in project_order(layers)]  # border on top, units-like layers under the rings
        layout = project_layout(layers)
        visibility = [self._visible(context, layer, shown) for layer, (_group, shown) in zip(layers, layout)]
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        layers = [layer.clone() for layer in layers]  # the user's layers keep their own style and names
        with translated(language) as used:
            if self.parameterAsBool(parameters, self.APPLY_PLUGIN_STYLES, context):
                styled = apply_plugin_styles(layers)
                feedback.pushInfo(self.tr("{n} layers given the plugin's style.").format(n=styled))
            for layer in layers:
                translate_for_reader(layer)
            # names a reader understands (a name the user gave is kept), in the package's language
            names = [reader_name(layer) for layer in layers]
            bands = [band_label(layer, name) for layer, name in zip(layers, names)]
            groups = [group_names()[group] for group, _shown in layout]
        feedback.pushInfo(self.tr("Names, groups, legends and form in: {lang}.").format(lang=used))
        connection_name = self.parameterAsConnectionName(parameters, self.DATABASE, context)
        if connection_name:
            return self._to_postgis(parameters, context, feedback, layers, connection_name, overwrite)

        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path:
            raise self.param_error(self.OUTPUT, self.tr("choose a GeoPackage file, or a PostgreSQL connection"))
        if not path.lower().endswith(".gpkg"):
            raise self.param_error(self.OUTPUT, self.tr("the file name must end with .gpkg"))
        try:
            written = packaging.write_gpkg(layers, path, overwrite, context.transformContext(), feedback)
        except packaging.LayerClash as err:
            raise self.param_error(self.OVERWRITE, str(err)) from err
        except packaging.PackagingError as err:
            raise self.param_error(self.OUTPUT, str(err)) from err
        for item in written:
            feedback.pushInfo(self.tr("{layer} → {table}, style saved as the default style").format(
                layer=item.source.name(), table=item.name))
        results = {self.OUTPUT: path, self.LAYERS_WRITTEN: len(written), self.PROJECT_URI: ""}
        if self.parameterAsBool(parameters, self.PROJECT, context):
            name = self.parameterAsString(parameters, self.PROJECT_NAME, context) or "bassins_de_vie"
            try:
                uri = packaging.write_project(written, os.path.abspath(path), name, visibility, groups=groups,
                                              names=names, band_labels=bands)
            except packaging.PackagingError as err:
                raise self.param_error(self.PROJECT, str(err)) from err
            feedback.pushInfo(self.tr("Project '{n}' stored in the GeoPackage.").format(n=name))
            results[self.PROJECT_URI] = uri
        return results

    @staticmethod
    def _visible(context, layer, default: bool) -> bool:
        """As in the user's project; for layers that are not in it, the plugin's default for that kind."""
        project = context.project()
        node = project.layerTreeRoot().findLayer(layer.id()) if project is not None else None
        return default if node is None else node.isVisible()

    def _to_postgis(self, parameters, context, feedback, layers, connection_name, overwrite):
        schema = self.parameterAsSchema(parameters, self.SCHEMA, context) or "public"
        try:
            packaging.check_identifier(schema)
        except packaging.PackagingError as err:
            raise self.param_error(self.SCHEMA, str(err)) from err
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        try:
            connection = metadata.findConnection(connection_name)
        except Exception as err:  # QgsProviderConnectionException
            raise self.param_error(self.DATABASE, str(err)) from err
        if connection is None:
            raise self.param_error(self.DATABASE, self.tr("no PostgreSQL connection named '{n}'").format(
                n=connection_name))
        try:
            connection.schemas()
        except Exception as err:  # noqa: BLE001 - the server cannot be reached
            raise self.param_error(self.DATABASE, self.tr("cannot connect: {e}").format(e=err)) from err
        names = packaging.unique_names(layers)
        clashes = packaging.postgis_tables_existing(connection, schema, names)
        if clashes and not overwrite:
            raise self.param_error(self.OVERWRITE, self.tr(
                "these tables already exist in {s}: {t}; tick 'overwrite' to replace them").format(
                s=schema, t=", ".join(clashes)))
        try:
            written = packaging.write_postgis(layers, connection.uri(), schema, overwrite, feedback)
        except packaging.PackagingError as err:
            raise QgsProcessingException(str(err)) from err
        for item in written:
            feedback.pushInfo(self.tr("{layer} → {schema}.{table}, style saved in layer_styles").format(
                layer=item.source.name(), schema=schema, table=item.name))
        return {self.OUTPUT: "", self.LAYERS_WRITTEN: len(written), self.PROJECT_URI: ""}
