"""The base class every algorithm of the provider derives from.

It carries tr(), the per-locale help files, the icon and the group, and the
small helpers every algorithm needs (parameter errors that name the parameter,
true area measurement), so the algorithm classes stay thin.
"""
import os
import re
from dataclasses import dataclass
from typing import Dict

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.PyQt.QtGui import QIcon

from ..core.columns import FID, GEOMETRY, ogr_columns, plain_list
from ..core.errors import Canceled, UserError
from ..core.features import FeatureTable, iter_features, read_features, table_from_columns, wkb_geometry
from ..i18n import current_locale
from ..resources import help_file, icon_path
from .fields import output_fields
from .styling import style_on_load

# usual field names of a kind (regular expressions on the lower-case name), most common first
USUAL_FIELDS = {
    "active": (r"active", r"actifs?", r"actifs_occupes", r"p\d{2}_actocc\w*", r"actocc\w*", r"employed",
               r"erwerbstaetige", r"erwerbstätige", r"occupati", r"werkzamen"),
    "jobs": (r"jobs", r"emplois?", r"p\d{2}_emplt\w*", r"emplt\w*", r"beschaeftigte", r"beschäftigte",
             r"arbeitsplaetze", r"posti_lavoro", r"banen"),
    "population": (r"population", r"pop", r"pmun\d*", r"p\d{2}_pop", r"einwohner", r"popolazione", r"bevolking"),
    "country": (r"country", r"pays", r"land", r"paese", r"cntr_code", r"country_code"),
    "highway": (r"highway", r"fclass"),  # OSM road class (GDAL, QuickOSM; Geofabrik shapefiles)
    "other_tags": (r"other_tags",),  # GDAL's OSM driver / QuickOSM: the tags without a column of their own
}


class CheckedSink:
    """A Processing sink whose failed write stops the run. A QGIS sink returns False and drops the feature
    (a value it cannot store, a full disk, a database error): never a silently shorter output."""

    def __init__(self, sink, error):
        self._sink, self._error = sink, error

    def addFeature(self, feature, flags=QgsFeatureSink.FastInsert):  # noqa: N802 (QGIS's name)
        if not self._sink.addFeature(feature, flags):
            raise self._error()
        return True

    def addFeatures(self, features, flags=QgsFeatureSink.FastInsert):  # noqa: N802 (QGIS's name)
        if not self._sink.addFeatures(features, flags):
            raise self._error()
        return True

    def __getattr__(self, name):
        return getattr(self._sink, name)


def readable_parameter(definition):
    """A distance is in metres (never '<unknown>' units in a dialog or the Model Designer) and a decimal number
    shows two decimals, not six. Returns the definition (changed in place); algorithms and the shipped model's
    inputs pass here."""
    if isinstance(definition, QgsProcessingParameterDistance) and hasattr(definition, "setDefaultUnit"):
        definition.setDefaultUnit(QgsUnitTypes.DistanceMeters)
    if isinstance(definition, (QgsProcessingParameterNumber, QgsProcessingParameterDistance)) and \
            definition.dataType() == QgsProcessingParameterNumber.Double:
        metadata = dict(definition.metadata())
        wrapper = dict(metadata.get("widget_wrapper", {}))
        wrapper.setdefault("decimals", 2)
        metadata["widget_wrapper"] = wrapper
        definition.setMetadata(metadata)
    return definition


def usual_name(names, kind: str) -> str:
    """The first of ``names`` that is a usual name for ``kind`` (``USUAL_FIELDS``), or ''."""
    return next((n for n in names if any(re.fullmatch(p, n.lower()) for p in USUAL_FIELDS[kind])), "")


_LAYER_SOURCE = None  # set by the desktop glue (plugin.py): the Layers panel's vector layers, in order


def set_layer_source(source) -> None:
    """The desktop glue gives the dialogs the project's layers (a callable, or None); algorithms never read the
    project themselves, so qgis_process, batch and models are unaffected."""
    global _LAYER_SOURCE
    _LAYER_SOURCE = source


def suggested_layer(layers, wanted, data_types):
    """The layer of ``layers`` (in the Layers panel's order) whose fields best match ``wanted`` (the default names of
    an input's field parameters, a usual name standing for its kind: 'active' matches 'p21_actocc'), among those of
    a fitting geometry; None when no layer has any of them."""
    best = None
    for order, layer in enumerate(layers):
        if not _fits(layer, data_types):
            continue
        names = layer.fields().names()
        lower = {n.lower() for n in names}
        score = sum(1 for w in wanted if w.lower() in lower or (w in USUAL_FIELDS and usual_name(names, w)))
        if score and (best is None or (-score, order) < best[0]):
            best = ((-score, order), layer)
    return best[1] if best else None


def _fits(layer, data_types) -> bool:
    kind = QgsWkbTypes.geometryType(layer.wkbType())
    wanted = set(data_types) or {QgsProcessing.TypeVector}
    if QgsProcessing.TypeVector in wanted:
        return True
    if QgsProcessing.TypeVectorAnyGeometry in wanted:
        return kind not in (QgsWkbTypes.NullGeometry, QgsWkbTypes.UnknownGeometry)
    return any(t in wanted for t, k in ((QgsProcessing.TypeVectorPolygon, QgsWkbTypes.PolygonGeometry),
                                        (QgsProcessing.TypeVectorLine, QgsWkbTypes.LineGeometry),
                                        (QgsProcessing.TypeVectorPoint, QgsWkbTypes.PointGeometry)) if kind == k)


def group_name(group_id: str) -> str:
    """Translated group names; ids are stable."""
    names = {
        "data": QCoreApplication.translate("BassinsAlgorithm", "Data"),
        "intensity": QCoreApplication.translate("BassinsAlgorithm", "Cross-border intensity"),
        "proposals": QCoreApplication.translate("BassinsAlgorithm", "Action proposals"),
        "sharing": QCoreApplication.translate("BassinsAlgorithm", "Sharing and maps"),
    }
    return names[group_id]


@dataclass(frozen=True)
class Output:
    """An output declared once: its label (English, translated on declaration), kind, and the plugin style given to
    it when Processing loads it. The same table drives initAlgorithm (declare_outputs), the sink helper and styling."""

    label: str
    kind: int = QgsProcessing.TypeVectorAnyGeometry
    style: str = ""
    optional: bool = False
    create_by_default: bool = True


class BassinsAlgorithm(QgsProcessingAlgorithm):
    """Shared behaviour; subclasses set ALG_ID, GROUP_ID, ICON and implement the rest."""

    ALG_ID = ""
    GROUP_ID = "data"
    ICON = "bassins.svg"
    OUTPUTS: Dict[str, Output] = {}

    def tr(self, string: str, context: str = "") -> str:
        return QCoreApplication.translate(context or type(self).__name__, string)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ALG_ID

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def groupId(self) -> str:
        return self.GROUP_ID

    def icon(self) -> QIcon:
        return QIcon(icon_path(self.ICON))

    def svgIconPath(self) -> str:
        return icon_path(self.ICON)

    def helpText(self) -> str:
        """The long help of the current locale (HTML), English if not translated."""
        path = help_file(self.ALG_ID, current_locale())
        return path.read_text(encoding="utf-8") if path else ""

    def shortHelpString(self) -> str:
        return self.helpText()

    def processAlgorithm(self, parameters, context, feedback):
        """Runs ``process``; the core's UserError and Canceled become messages naming the parameter."""
        self.check_outputs_spare_inputs(parameters, context)
        parameters = self.resolve_usual_fields(parameters, context, feedback)
        try:
            return self.process(parameters, context, feedback)
        except UserError as err:
            if err.parameter and self.parameterDefinition(err.parameter) is not None:
                raise self.param_error(err.parameter, str(err)) from err
            raise QgsProcessingException(str(err)) from err
        except Canceled:
            raise self.canceled_error() from None

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def check_outputs_spare_inputs(self, parameters, context) -> None:
        """Refuse any output written over one of the inputs' files (it would destroy the input), naming both."""
        inputs = {}
        for definition in self.parameterDefinitions():
            if definition.isDestination() or definition.name() not in parameters:
                continue
            for path in self._input_files(definition, parameters, context):
                inputs.setdefault(path, definition.name())
        for definition in self.destinationParameterDefinitions():
            value = parameters.get(definition.name())
            target, table = _destination_file(value, context)
            if target and target in inputs and not table:
                text = QCoreApplication.translate(
                    "BassinsAlgorithm", "the file {f} is also the input {p}: writing there would destroy it; choose "
                    "another file name")
                raise self.param_error(definition.name(), text.format(f=target, p=inputs[target]))

    def _input_files(self, definition, parameters, context):
        kind = definition.type()
        try:
            if kind == "multilayer":
                layers = self.parameterAsLayerList(parameters, definition.name(), context)
            elif kind == "file":
                path = self.parameterAsFile(parameters, definition.name(), context)
                return [_normal(path)] if path else []
            elif kind in ("source", "vector", "raster", "layer"):
                layer = self.parameterAsLayer(parameters, definition.name(), context)
                layers = [layer] if layer is not None else []
            else:
                return []
        except QgsProcessingException:
            return []
        return [p for p in (_layer_file(layer) for layer in layers) if p]

    def addParameter(self, definition, createOutput=True):  # noqa: N802 - QGIS API
        """Every parameter passes here: distances in metres, two decimals (``readable_parameter``)."""
        return super().addParameter(readable_parameter(definition), createOutput)

    def declare_outputs(self) -> None:
        """The feature outputs of the OUTPUTS table, in its order; as the last step of initAlgorithm, the layer
        inputs' dialog defaults (``suggest_layers``)."""
        for name, out in self.OUTPUTS.items():
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, self.tr(out.label), out.kind, optional=out.optional, createByDefault=out.create_by_default))
        self.suggest_layers()

    def suggest_layers(self) -> None:
        """Dialog defaults for layer inputs: each preselects the project layer whose fields match the names its field
        parameters expect (FLOWS: origin, destination, count), instead of QGIS's choice (the first layer, or the
        active layer, for every input at once). An optional input with no such layer stays empty. Only the dialog's
        default changes (guiDefaultValueOverride): a run without the input is refused as before."""
        app = QCoreApplication.instance()
        if _LAYER_SOURCE is None or app is None or QThread.currentThread() is not app.thread():
            return  # no desktop (qgis_process, tests), or not the main thread
        layers = [layer for layer in _LAYER_SOURCE() if isinstance(layer, QgsVectorLayer) and layer.isValid()]
        if not layers:
            return
        definitions = self.parameterDefinitions()
        for definition in definitions:
            if not isinstance(definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
                continue
            wanted = [p.defaultValue() for p in definitions if isinstance(p, QgsProcessingParameterField)
                      and p.parentLayerParameterName() == definition.name() and isinstance(p.defaultValue(), str)
                      and p.defaultValue()]
            layer = suggested_layer(layers, wanted, definition.dataTypes()) if wanted else None
            if layer is not None:
                definition.setGuiDefaultValueOverride(layer.id())

    def add_flows_inputs(self, with_theme: bool = True) -> None:
        """FLOWS, ORIGIN, DESTINATION, COUNT (numeric) and THEME: the flows table as every flow algorithm takes
        it, declared once (parameter names are API)."""
        ctx = "BassinsAlgorithm"
        self.addParameter(QgsProcessingParameterFeatureSource(
            "FLOWS", self.tr("Flows table", ctx), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            "ORIGIN", self.tr("Origin field (unit of residence)", ctx), "origin", "FLOWS"))
        self.addParameter(QgsProcessingParameterField(
            "DESTINATION", self.tr("Destination field", ctx), "destination", "FLOWS"))
        self.addParameter(QgsProcessingParameterField(
            "COUNT", self.tr("Count field", ctx), "count", "FLOWS", QgsProcessingParameterField.Numeric))
        if with_theme:
            self.addParameter(QgsProcessingParameterField(
                "THEME", self.tr("Theme field (work, study, health…)", ctx), None, "FLOWS", optional=True))

    # -- helpers -------------------------------------------------------------------------
    def param_error(self, name: str, message: str) -> QgsProcessingException:
        """An exception whose text names the parameter (by its label and its id)."""
        definition = self.parameterDefinition(name)
        label = definition.description() if definition else name
        text = QCoreApplication.translate("BassinsAlgorithm", "{label} ({name}): {message}")
        return QgsProcessingException(text.format(label=label, name=name, message=message))

    @staticmethod
    def distance_area(crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext) -> QgsDistanceArea:
        """Measures true (ellipsoidal) areas and lengths whatever the layer CRS."""
        da = QgsDistanceArea()
        da.setSourceCrs(crs, context.transformContext())
        # the project's ellipsoid, else the CRS's own, else WGS 84: never planar ("NONE") measures
        candidates = (context.ellipsoid(), crs.ellipsoidAcronym(), "EPSG:7030")
        da.setEllipsoid(next(e for e in candidates if e and e.upper() != "NONE"))
        return da

    def check_fields(self, checks) -> None:
        """checks: (parameter name, field name or '', feature source or None); a missing field is an error."""
        for name, value, source in checks:
            if value and source is not None and source.fields().lookupField(value) < 0:
                text = QCoreApplication.translate("BassinsAlgorithm", "field '{f}' does not exist in the layer")
                raise self.param_error(name, text.format(f=value))

    def sink(self, parameters, name: str, context, fields, geometry_type=None, crs=None, optional: bool = False):
        """(sink, destination id); an output that cannot be created raises invalidSinkError itself.

        With ``optional``, an output the user did not ask for gives (None, None).
        """
        if geometry_type is None:
            geometry_type = QgsWkbTypes.NoGeometry
        if QgsWkbTypes.geometryType(geometry_type) in (QgsWkbTypes.PolygonGeometry, QgsWkbTypes.LineGeometry):
            # declare what is written: units and rings mix single and multi parts (enclaves, exclaves), and a
            # GeoPackage layer declared Polygon holding MultiPolygons is not conformant
            geometry_type = QgsWkbTypes.multiType(geometry_type)
        if crs is None:
            crs = QgsCoordinateReferenceSystem()
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, geometry_type, crs)
        declared = self.OUTPUTS.get(name)
        if sink is None:
            if (optional or (declared is not None and declared.optional)) and not parameters.get(name):
                return None, None
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        if declared is not None and declared.style:
            style_on_load(context, dest_id, declared.style)
        return CheckedSink(sink, lambda: QgsProcessingException(self.writeFeatureError(sink, parameters, name))), \
            dest_id

    def write_units(self, parameters, name: str, context, source, fids, new_fields, columns, feedback,
                    optional: bool = False, progress: tuple = (90.0, 100.0)):
        """Write the features of ``source`` whose id is in ``fids``, with ``new_fields`` filled from ``columns``
        (one sequence per new field, aligned with ``fids``; NaN -> NULL). Same-named input fields are replaced.
        Geometries are copied as they are, invalid ones too: nothing is computed on them here. Returns the
        destination id (None for an optional output not asked for)."""
        fields, keep = output_fields(source.fields(), list(new_fields))
        sink, dest_id = self.sink(parameters, name, context, fields, source.wkbType(), source.sourceCrs(),
                                  optional=optional)
        if sink is None:
            return None
        values = [plain_list(col, empty_is_null=False) for col in columns]
        pos = {fid: i for i, fid in enumerate(fids.tolist() if isinstance(fids, np.ndarray) else fids)}
        first_new = source.fields().count()
        whole = keep == list(range(first_new))
        total, start, span = max(1, len(pos)), progress[0], progress[1] - progress[0]
        batch = []
        for feat in iter_features(source):
            i = pos.get(feat.id())
            if i is None:
                continue
            if whole:  # the input feature, its geometry and attributes carried as they are, grows the new fields
                feat.setFields(fields, False)
                feat.padAttributes(len(values))
                for k, col in enumerate(values, start=first_new):
                    feat.setAttribute(k, col[i])
            else:
                attrs = feat.attributes()
                feat.setFields(fields, False)
                feat.setAttributes([attrs[k] for k in keep] + [col[i] for col in values])
            batch.append(feat)
            if len(batch) == 5000:
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch = []
                self.check_canceled(feedback)
                feedback.setProgress(start + span * i / total)
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        return dest_id

    def columns(self, parameters, name: str, context, source, fields, feedback, with_fids: bool = False):
        """Whole attribute columns of a table parameter, one list (or array) per field name; None for an
        empty name. A plain file layer is read through GDAL's Arrow interface (same values, much faster),
        anything else (selection, filter, memory layer, database) by a provider loop on field indices.
        ``with_fids`` returns (feature ids, columns)."""
        chosen = [n for n in fields if n]
        bulk = self._file_columns(parameters, name, context, chosen, with_fids, feedback=feedback, share=50.0)
        if bulk is not None:
            fids, found = (bulk[FID] if with_fids else None), [bulk[n] for n in chosen]
        else:
            index = [source.fields().lookupField(n) for n in chosen]
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
            request.setSubsetOfAttributes(index)
            found = [[] for _ in index]
            fids = []
            total = max(1, source.featureCount())
            for n, feat in enumerate(iter_features(source, request)):
                attrs = feat.attributes()
                fids.append(feat.id())
                for col, i in zip(found, index):
                    col.append(attrs[i])
                if n % 100000 == 0:
                    self.check_canceled(feedback)
                    feedback.setProgress(50 * n / total)
        self.check_canceled(feedback)
        it = iter(found)
        cols = [next(it) if n else None for n in fields]
        return (fids, cols) if with_fids else cols

    def _file_columns(self, parameters, name: str, context, fields, with_fids: bool, geometry=None, feedback=None,
                      share: float = 20.0):
        """ogr_columns() of the layer when it is a plain file layer (no selection, filter, limit, subset,
        geometry-type split or edit in progress), else None: the caller reads it through the provider."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            if value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", ""):
                return None
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None or layer.providerType() != "ogr" or layer.subsetString() or layer.isEditable():
            return None  # (a layer being edited holds changes the file has not: the provider gives them)
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        if not parts.get("path") or (not parts.get("layerName") and parts.get("layerId") not in (None, "", 0)):
            return None  # a layer chosen by its index: let the provider read it
        if parts.get("geometryType") or "|" in parts["path"]:
            return None  # one geometry type of a mixed layer (GeoJSON, uniqueGeometryType): the provider filters
        total = max(1, layer.featureCount())

        def progress(rows: int) -> None:  # the first ``share`` % of the bar; Cancel honoured between batches
            self.check_canceled(feedback)
            if feedback is not None:
                feedback.setProgress(min(share, share * rows / total))

        return ogr_columns(parts["path"], parts.get("layerName") or None, fields, with_fids=with_fids,
                           geometry=geometry, progress=progress)

    def read_table(self, parameters, name: str, context, source, field_names, feedback,
                   polygonal: bool = True, check_validity: bool = True, log_repairs: bool = True) -> FeatureTable:
        """``read_features`` of a layer parameter (ids, geometries repaired and counted, the named columns); a
        plain file layer is read at once through GDAL's Arrow interface, which gives the same table faster.
        Repairs are said in the log (``log_repairs=False``: the caller's own summary line says them)."""
        names = list(field_names)
        found = self._file_columns(parameters, name, context, names, with_fids=True, geometry=wkb_geometry,
                                   feedback=feedback)
        if found is None:
            table = read_features(source, names, feedback, polygonal=polygonal, check_validity=check_validity)
        else:
            columns = {n: plain_list(found[n]) for n in names}
            table = table_from_columns(found[FID], found[GEOMETRY], columns, feedback, polygonal, check_validity)
        stats = table.stats
        if log_repairs and feedback is not None and (stats.repaired or stats.unrepairable):
            feedback.pushInfo(self.tr("{p}: {r} invalid geometries repaired, {u} unrepairable left out.",
                                      "BassinsAlgorithm").format(p=name, r=stats.repaired, u=stats.unrepairable))
        return table

    def check_numeric(self, checks) -> None:
        """checks: (parameter name, field name or '', source); a text field where a number is expected is refused
        (qgis_process and models do not apply the dialog's field-type filter)."""
        for name, value, source in checks:
            if not value or source is None:
                continue
            index = source.fields().lookupField(value)
            if index >= 0 and not source.fields().at(index).isNumeric():
                text = QCoreApplication.translate(
                    "BassinsAlgorithm", "field '{f}' holds text, not numbers: choose a numeric field (or convert it "
                    "with the Field calculator, e.g. to_real(replace(\"{f}\", ' ', '')))")
                raise self.param_error(name, text.format(f=value))

    def resolve_usual_fields(self, parameters, context, feedback) -> dict:
        """Field parameters whose default is a usual name ('active', 'population', 'country', 'jobs') preselect
        that field in dialogs; when the layer has no such field, its field with another usual name for the same
        thing is used instead (said in the log), or none if the parameter is optional. Other values are kept."""
        resolved, self._unset_fields = dict(parameters), set()
        for definition in self.parameterDefinitions():
            kind = definition.defaultValue() if isinstance(definition, QgsProcessingParameterField) else None
            if not isinstance(kind, str) or kind not in USUAL_FIELDS or \
                    self.parameterAsString(parameters, definition.name(), context) != kind:
                continue
            try:
                source = self.parameterAsSource(parameters, definition.parentLayerParameterName(), context)
            except QgsProcessingException:
                continue
            if source is None:  # no layer: a default the user did not choose makes no other input required
                if definition.flags() & QgsProcessingParameterDefinition.FlagOptional and \
                        parameters.get(definition.name()) in (None, ""):
                    self._unset_fields.add(definition.name())
                continue
            if source.fields().lookupField(kind) >= 0:
                continue
            found = usual_name(source.fields().names(), kind)
            if found:
                text = QCoreApplication.translate("BassinsAlgorithm", "{p}: the layer has no field '{d}', the field "
                                                  "'{f}' is used.")
                feedback.pushInfo(text.format(p=definition.name(), d=kind, f=found))
                resolved[definition.name()] = found
            elif definition.flags() & QgsProcessingParameterDefinition.FlagOptional:
                self._unset_fields.add(definition.name())
        return resolved

    def parameterAsString(self, parameters, name, context):  # noqa: N802 (QGIS's name)
        """QGIS reads an empty field parameter as its default: a usual-name default the layer lacks is unset."""
        if name in getattr(self, "_unset_fields", ()):
            return ""
        return super().parameterAsString(parameters, name, context)

    def log_id_matching(self, index, id_field: str, feedback) -> None:
        """What the id matching of a ``core.flows.UnitIndex`` did with leading zeros, in the log: the French
        numeric ids found by their code with zeros, and the ids left out that would match without theirs."""
        ctx = "BassinsAlgorithm"
        if index.padded_hits:
            feedback.pushInfo(self.tr(
                "{n} distinct ids with a leading zero (e.g. 01001) were matched to the French unit whose numeric id "
                "lacks it (1001).", ctx).format(n=index.padded_hits))
        if index.zero_misses:
            code, unit = sorted(index.zero_misses.items())[0]
            feedback.pushWarning(self.tr(
                "{n} distinct ids with a leading zero match no unit, although a unit has the same id without the "
                "zero (e.g. {a} and the unit {b}): they are not counted. If the unit ids lost their zeros, restore "
                "them with the Field calculator: {hint}.", ctx).format(
                n=len(index.zero_misses), a=code, b=unit, hint=f"lpad(\"{id_field}\", 5, '0')"))

    @staticmethod
    def canceled_error() -> QgsProcessingException:
        return QgsProcessingException(QCoreApplication.translate("BassinsAlgorithm", "Canceled by the user."))

    def check_canceled(self, feedback) -> None:
        if feedback is not None and feedback.isCanceled():
            raise self.canceled_error()


def _normal(path: str) -> str:
    return os.path.normcase(os.path.realpath(path)) if path else ""


def _layer_file(layer) -> str:
    """The file behind a layer (GeoPackage, shapefile, GeoTIFF…), '' for memory or database layers."""
    if layer is None:
        return ""
    provider = layer.providerType()
    if provider not in ("ogr", "gdal"):
        return ""
    parts = QgsProviderRegistry.instance().decodeUri(provider, layer.source())
    path = parts.get("path") or ""
    return _normal(path) if path and os.path.exists(path) else ""


def _destination_file(value, context):
    """(file an output would write, table name when it only adds a layer to an existing GeoPackage)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue() if hasattr(value.sink, "staticValue") else value.sink
    if not isinstance(value, str) or not value or value == "TEMPORARY_OUTPUT" or value.startswith("memory:"):
        return "", ""
    if value.startswith("ogr:") or value.startswith("postgres:"):
        match = re.search(r"dbname='([^']+)'.*table=\"?([^\" ]+)", value)
        return (_normal(match.group(1)), match.group(2)) if match else ("", "")
    return _normal(value.split("|")[0]), ""
