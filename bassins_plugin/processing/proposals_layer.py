"""bassins:proposalslayer: an empty, ready-to-edit action-proposals layer (forms and style inside the GeoPackage)."""
import os
import tempfile

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterVectorDestination,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.proposal_schema import proposal_fields
from ..proposal_style import style_proposals
from .base import BassinsAlgorithm
from .styling import style_on_load

GEOMETRY_TYPES = (QgsWkbTypes.Point, QgsWkbTypes.MultiLineString, QgsWkbTypes.MultiPolygon)  # enum order is API
LAYER_NAME = "proposals"


class ProposalsLayerAlgorithm(BassinsAlgorithm):
    ALG_ID = "proposalslayer"
    GROUP_ID = "proposals"
    ICON = "proposals.svg"

    GEOMETRY = "GEOMETRY"
    CRS = "CRS"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Create an action-proposals layer")

    def tags(self):
        return self.tr("proposals,actions,projects,form,template,health,mobility").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(
            self.GEOMETRY, self.tr("Geometry"), [self.tr("Points"), self.tr("Lines"), self.tr("Polygons")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("CRS"), "EPSG:3035", optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Proposals layer (GeoPackage)")))

    def process(self, parameters, context, feedback):
        wkb = GEOMETRY_TYPES[self.parameterAsEnum(parameters, self.GEOMETRY, context)]
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:3035")
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if path.startswith("memory:") or not path.lower().endswith(".gpkg"):
            raise self.param_error(self.OUTPUT, self.tr(
                "the layer must be saved to a GeoPackage file (.gpkg) so that its forms and style travel with it"))
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise self.param_error(self.OUTPUT, self.tr("the folder {f} does not exist").format(f=folder))
        if not os.access(folder, os.W_OK):
            raise self.param_error(self.OUTPUT, self.tr("the folder {f} is not writable").format(f=folder))

        # written next to the target, then moved in place: never a half-written file
        fd, tmp = tempfile.mkstemp(suffix=".gpkg", dir=folder)
        os.close(fd)
        os.unlink(tmp)
        try:
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            options.layerName = LAYER_NAME
            writer = QgsVectorFileWriter.create(tmp, proposal_fields(), wkb, crs, context.transformContext(), options)
            if writer.hasError() != QgsVectorFileWriter.NoError:
                raise self.param_error(self.OUTPUT, writer.errorMessage())
            del writer
            layer = QgsVectorLayer(f"{tmp}|layername={LAYER_NAME}", LAYER_NAME, "ogr")
            if not layer.isValid():
                raise self.param_error(self.OUTPUT, self.tr("the GeoPackage could not be created"))
            style_proposals(layer)
            message = layer.saveStyleToDatabase(LAYER_NAME, self.tr("Action proposals: forms and theme symbols"),
                                                True, "")
            if isinstance(message, tuple):  # newer QGIS returns (ok, message)
                message = "" if message[0] else message[1]
            if message:
                raise self.param_error(self.OUTPUT, self.tr("the style could not be saved: {m}").format(m=message))
            del layer
            os.replace(tmp, path)
        finally:
            for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
                if os.path.exists(leftover):
                    os.unlink(leftover)
        feedback.pushInfo(self.tr("Created {p} with the proposals form and theme symbols as its default style.").format(
            p=path))
        style_on_load(context, path, "proposals")
        return {self.OUTPUT: f"{path}|layername={LAYER_NAME}"}
