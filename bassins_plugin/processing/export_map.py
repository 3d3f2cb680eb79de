"""bassins:exportmap: a living-area map (PDF or PNG) from the plugin's print template, optionally as an atlas."""
import datetime
import os

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsExpression,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ..compat import label_font, set_label_font
from ..core.gdal_io import quiet_gdal
from ..resources import PACKAGE_DIR, icon_path
from .base import BassinsAlgorithm
from .metadata import notices
from .styling import apply_plugin_styles, reader_name

TEMPLATE = PACKAGE_DIR / "layouts" / "living_area_a4.qpt"


def fit_aspect(extent: QgsRectangle, width: float, height: float) -> QgsRectangle:
    """Grow an extent around its centre to the width/height ratio of the map frame."""
    ratio = width / height if height > 0 else 1.0
    w, h = extent.width(), extent.height()
    if w <= 0 or h <= 0:
        w = h = max(w, h, 1.0)
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    c = extent.center()
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


class ExportMapAlgorithm(BassinsAlgorithm):
    ALG_ID = "exportmap"
    GROUP_ID = "sharing"
    ICON = "bassins.svg"

    LAYERS = "LAYERS"
    APPLY_PLUGIN_STYLES = "APPLY_PLUGIN_STYLES"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    SOURCES = "SOURCES"
    EXTENT = "EXTENT"
    COVERAGE = "COVERAGE"
    COVERAGE_NAME = "COVERAGE_NAME"
    DPI = "DPI"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"

    def flags(self):
        # map layers of the project are cloned and rendered: main thread only
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self):
        return self.tr("Export a living-area map")

    def tags(self):
        return self.tr("map,layout,print,pdf,png,atlas,report").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers (first on top)"), QgsProcessing.TypeMapLayer))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), self.tr("Cross-border living area")))
        self.addParameter(QgsProcessingParameterString(
            self.SUBTITLE, self.tr("Subtitle"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, self.tr("Data sources"), self.tr("Sources: national statistical institutes"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Map extent"), optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.COVERAGE, self.tr("Atlas coverage layer (one page per feature)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COVERAGE_NAME, self.tr("Atlas page name field"), None, self.COVERAGE, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.APPLY_PLUGIN_STYLES, self.tr("Apply the plugin's styles to its outputs"), False))
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer, 150, False, 50, 1200))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Map file"), self.tr("PDF (*.pdf);;PNG image (*.png)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise self.param_error(self.LAYERS, self.tr("choose at least one layer"))
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        ext = os.path.splitext(path)[1].lower()
        if ext not in (".pdf", ".png"):
            raise self.param_error(self.OUTPUT, self.tr("the file name must end with .pdf or .png"))
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            raise self.param_error(self.OUTPUT, self.tr("the folder {f} does not exist or is not writable").format(
                f=folder))
        if not TEMPLATE.exists():
            raise self.param_error(self.OUTPUT, self.tr("the print template is missing from the plugin"))

        # a private project: the user's project is never touched
        project = QgsProject()
        clones = [layer.clone() for layer in layers]
        if self.parameterAsBool(parameters, self.APPLY_PLUGIN_STYLES, context):
            apply_plugin_styles(clones)
        for clone in clones:
            clone.setName(reader_name(clone))
        project.addMapLayers(clones, False)
        root = project.layerTreeRoot()
        for clone in clones:
            root.addLayer(clone)
        project.setCrs(clones[0].crs())
        coverage = self.parameterAsVectorLayer(parameters, self.COVERAGE, context)
        coverage_clone = None
        if coverage is not None:
            coverage_clone = coverage.clone()
            project.addMapLayer(coverage_clone, False)

        layout = QgsPrintLayout(project)
        doc = QDomDocument()
        with open(TEMPLATE, "r", encoding="utf-8") as fh:
            doc.setContent(fh.read())
        _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
        if not ok:
            raise self.param_error(self.OUTPUT, self.tr("the print template could not be read"))
        self._fill(layout, parameters, context, clones, coverage_clone)

        dpi = self.parameterAsInt(parameters, self.DPI, context)
        if coverage_clone is not None:
            pages, written = self._export_atlas(parameters, context, layout, coverage_clone, path, dpi)
        else:
            pages, written = 1, self._export_page(layout, path, dpi)
        if not written:
            raise self.param_error(self.OUTPUT, self.tr("no file was written in {f}: check the name and the "
                                                        "folder's permissions").format(f=folder))
        for empty in [layer.name() for layer in clones if layer.type() == 0 and layer.featureCount() == 0]:
            feedback.pushWarning(self.tr("The layer '{n}' is empty: it draws nothing on the map.").format(n=empty))
        feedback.pushInfo(self.tr("{n} page(s) written: {files}.").format(n=pages, files=", ".join(written)))
        # tear down in order (layout, then the private project and its layers): Python's garbage collector
        # would otherwise free them in any order, and QGIS crashes on exit
        layout.atlas().setCoverageLayer(None)
        del layout
        project.removeAllMapLayers()
        del project
        return {self.OUTPUT: path, self.PAGES: pages}

    def _export_page(self, layout, path: str, dpi: int) -> list:
        """One page to PDF or PNG; the files actually written."""
        exporter = QgsLayoutExporter(layout)
        if path.lower().endswith(".pdf"):
            result = exporter.exportToPdf(path, pdf_settings(dpi))
        else:
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = dpi
            settings.exportMetadata = False
            with quiet_gdal():
                result = exporter.exportToImage(path, settings)
        if result != QgsLayoutExporter.Success:
            error = exporter.errorMessage() if hasattr(exporter, "errorMessage") else ""
            raise self.param_error(self.OUTPUT, self.tr("the map could not be exported: {e}").format(e=error))
        return [path] if os.path.exists(path) else []

    def _export_atlas(self, parameters, context, layout, coverage, path: str, dpi: int):
        """(pages, files actually written): one PDF with a page per feature, or one PNG per feature."""
        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setEnabled(True)
        name_field = self.parameterAsString(parameters, self.COVERAGE_NAME, context)
        if name_field:
            atlas.setPageNameExpression(QgsExpression.quotedColumnRef(name_field))
        map_item = layout.itemById("map")
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        map_item.setAtlasMargin(0.1)
        atlas.updateFeatures()
        pages = atlas.count()
        if pages == 0:
            raise self.param_error(self.COVERAGE, self.tr("the coverage layer has no feature"))
        if path.lower().endswith(".pdf"):
            result, error = QgsLayoutExporter.exportToPdf(atlas, path, pdf_settings(dpi))
            expected = [path]
        else:
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = dpi
            settings.exportMetadata = False
            base = os.path.splitext(path)[0]
            # the file name is quoted as an expression string: apostrophes and other signs are kept as they are
            atlas.setFilenameExpression(f"{QgsExpression.quotedString(os.path.basename(base) + '_')} || "
                                        "@atlas_featurenumber")
            folder = os.path.dirname(os.path.abspath(path))
            with quiet_gdal():
                result, error = QgsLayoutExporter.exportToImage(atlas, os.path.join(folder, "x"), "png", settings)
            expected = [f"{base}_{k}.png" for k in range(1, pages + 1)]
        if result != QgsLayoutExporter.Success:
            raise self.param_error(self.OUTPUT, self.tr("the map could not be exported: {e}").format(e=error))
        return pages, [f for f in expected if os.path.exists(f)]

    def _fill(self, layout, parameters, context, layers, coverage):
        def text(item_id, value):
            item = layout.itemById(item_id)
            if item is not None:
                item.setText(value)

        text("title", self.parameterAsString(parameters, self.TITLE, context))
        fit_title(layout)
        subtitle = self.parameterAsString(parameters, self.SUBTITLE, context)
        if coverage is not None and not subtitle:
            subtitle = "[% @atlas_pagename %]"
        text("subtitle", subtitle)
        sources = self.parameterAsString(parameters, self.SOURCES, context)
        extra = [n for n in notices(layers) if n not in sources]
        sources = " ".join([sources.strip()] + extra).strip()
        today = datetime.date.today().isoformat()
        text("sources", self.tr("{sources} — Map made on {date}.").format(sources=sources, date=today).strip(" —"))
        text("attribution", self.tr("Made with the QGIS plugin “Bassins de vie transfrontaliers” (GPL-2.0-or-later)."))
        legend = layout.itemById("legend")
        if legend is not None:
            legend.setTitle(self.tr("Legend"))
            legend.setResizeToContents(True)  # long translated labels are not cut at the frame
        north = layout.itemById("north")
        if north is not None:
            north.setPicturePath(icon_path("north_arrow.svg"))
        map_item = layout.itemById("map")
        map_item.setCrs(layers[0].crs())
        map_item.setLayers(layers)
        map_item.setKeepLayerSet(True)
        fit_legend(layout)
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, layers[0].crs())
        if extent is None or extent.isNull() or extent.isEmpty():
            extent = QgsRectangle()
            for layer in layers:
                le = layer.extent()
                if layer.crs() != layers[0].crs():
                    le = QgsCoordinateTransform(layer.crs(), layers[0].crs(), context.transformContext()
                                                ).transformBoundingBox(le)
                if extent.isNull():
                    extent = QgsRectangle(le)
                else:
                    extent.combineExtentWith(le)
            extent.scale(1.05)
        map_item.setExtent(fit_aspect(extent, map_item.rect().width(), map_item.rect().height()))
        scalebar = layout.itemById("scalebar")
        if scalebar is not None:
            scalebar.setUnitLabel("km")
            scalebar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)


def pdf_settings(dpi: int):
    """PDF export settings with text kept as text (searchable, selectable, read aloud): newer QGIS releases
    default to outlines."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    always_text = getattr(getattr(Qgis, "TextRenderFormat", None), "AlwaysText", None)
    settings.textRenderFormat = always_text if always_text is not None else QgsRenderContext.TextFormatAlwaysText
    return settings


def fit_legend(layout, margin: float = 5.0, most: float = 70.0) -> None:
    """A legend with long (translated) labels never runs off the page: the right-hand column (legend, scale
    bar, north arrow) moves left and the map narrows by what the legend lacks, up to ``most`` mm."""
    legend, map_item = layout.itemById("legend"), layout.itemById("map")
    if legend is None or map_item is None:
        return
    # adjustBoxSize() does nothing before the legend is first painted: its size is measured here
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context).width()
    page_width = layout.pageCollection().page(0).pageSize().width()
    column = legend.positionWithUnits().x()
    excess = min(column + needed - (page_width - margin), most)
    if excess <= 0:
        return
    for item in layout.items():
        if hasattr(item, "positionWithUnits") and item is not map_item and item.id() and \
                item.positionWithUnits().x() >= column - 1e-6:
            pos = item.positionWithUnits()
            item.attemptMove(QgsLayoutPoint(pos.x() - excess, pos.y(), pos.units()))
    size = map_item.sizeWithUnits()
    map_item.attemptResize(QgsLayoutSize(size.width() - excess, size.height(), size.units()))


def fit_title(layout, smallest: float = 12.0) -> None:
    """A long title never hides behind the subtitle: its font shrinks to fit one line (down to ``smallest``
    points); a title still too long gets two lines, and the subtitle and map move down to make room."""
    title, subtitle, map_item = (layout.itemById(i) for i in ("title", "subtitle", "map"))
    if title is None:
        return
    font = label_font(title)
    width = title.rect().width()
    while QgsLayoutUtils.textWidthMM(font, title.text()) > width and font.pointSizeF() > smallest:
        font.setPointSizeF(font.pointSizeF() - 1.0)
    set_label_font(title, font)
    if QgsLayoutUtils.textWidthMM(font, title.text()) <= width:
        return
    line = QgsLayoutUtils.fontHeightMM(font) * 1.25
    grow = line  # room for a second line
    title.attemptResize(QgsLayoutSize(width, title.rect().height() + grow, QgsUnitTypes.LayoutMillimeters))
    for item in (subtitle, map_item):
        if item is None:
            continue
        pos = item.positionWithUnits()
        item.attemptMove(QgsLayoutPoint(pos.x(), pos.y() + grow, pos.units()))
    if map_item is not None:
        size = map_item.sizeWithUnits()
        map_item.attemptResize(QgsLayoutSize(size.width(), size.height() - grow, size.units()))
