"""bassins:proposalslayer: an empty, ready-to-edit action-proposals layer (forms and style inside the GeoPackage)."""
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterVectorDestination,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import packaging
from ..core.proposal_schema import proposal_fields
from .base import BassinsAlgorithm
from .proposal_style import style_proposals
from .styling import style_on_load

GEOMETRY_TYPES = (QgsWkbTypes.Point, QgsWkbTypes.MultiLineString, QgsWkbTypes.MultiPolygon)  # enum order is API
LAYER_NAME = "proposals"


class ProposalsLayerAlgorithm(BassinsAlgorithm):
    ALG_ID = "proposalslayer"
    GROUP_ID = "proposals"
    ICON = "proposals.svg"

    GEOMETRY = "GEOMETRY"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"
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
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Replace an existing 'proposals' layer"), False))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Proposals layer (GeoPackage)")))

    def process(self, parameters, context, feedback):
        wkb = GEOMETRY_TYPES[self.parameterAsEnum(parameters, self.GEOMETRY, context)]
        crs = self._crs(parameters, context, feedback)
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if path.startswith("memory:") or not path.lower().endswith(".gpkg"):
            raise self.param_error(self.OUTPUT, self.tr(
                "the layer must be saved to a GeoPackage file (.gpkg) so that its forms and style travel with it"))
        layer = QgsVectorLayer(f"{QgsWkbTypes.displayString(wkb)}?crs={crs.authid() or 'EPSG:3035'}", LAYER_NAME,
                               "memory")
        if not crs.authid():
            layer.setCrs(crs)
        layer.dataProvider().addAttributes(list(proposal_fields()))
        layer.updateFields()
        style_proposals(layer)
        existed = os.path.exists(path)
        try:
            # the one GeoPackage writer: a copy is edited and moved in place, other layers are kept, a layer of
            # the same name is refused unless OVERWRITE, the style becomes the layer's default style
            packaging.write_gpkg([layer], path, self.parameterAsBool(parameters, self.OVERWRITE, context),
                                 context.transformContext(), feedback)
        except packaging.LayerClash as err:
            raise self.param_error(self.OVERWRITE, str(err)) from err
        except packaging.PackagingError as err:
            raise self.param_error(self.OUTPUT, str(err)) from err
        feedback.pushInfo(self.tr("Created the layer '{n}' in {p} with the proposals form and theme symbols as its "
                                  "default style{kept}.").format(
            n=LAYER_NAME, p=path, kept=self.tr(" (the other layers of the file are kept)") if existed else ""))
        style_on_load(context, path, "proposals")
        return {self.OUTPUT: f"{path}|layername={LAYER_NAME}"}

    def _crs(self, parameters, context, feedback):
        """The chosen CRS; an invalid one is refused (never a silent fallback); none given: EPSG:3035."""
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if crs.isValid():
            return crs
        if parameters.get(self.CRS) not in (None, ""):
            raise self.param_error(self.CRS, self.tr("'{c}' is not a valid coordinate reference system").format(
                c=parameters.get(self.CRS)))
        feedback.pushInfo(self.tr("No CRS given: EPSG:3035 (ETRS89-LAEA Europe)."))
        return QgsCoordinateReferenceSystem("EPSG:3035")
