#!/usr/bin/env python3
"""Regenerate the print templates of bassins_plugin/layouts/ (A4 landscape living-area map).

Item ids are what bassins:exportmap fills in: title, subtitle, map, legend, scalebar,
north, sources, attribution.
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

sys.path.insert(0, str(ROOT))
from bassins_plugin.compat import set_label_font  # noqa: E402

MM = QgsUnitTypes.LayoutMillimeters


def label(layout, item_id, text, x, y, w, h, size, bold=False, color="#222222", align=Qt.AlignLeft):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    font = QFont("Sans Serif")
    font.setPointSizeF(size)
    font.setBold(bold)
    set_label_font(item, font, QColor(color))
    item.setHAlign(align)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(item)
    return item


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    layout.pageCollection().page(0).setPageSize("A4", 1)  # landscape: 297 x 210 mm
    layout.setName("Living area A4")

    label(layout, "title", "Cross-border living area", 10, 7, 200, 11, 20, True, "#7f0000")
    label(layout, "subtitle", "", 10, 18, 200, 7, 11, False, "#444444")
    m = QgsLayoutItemMap(layout)
    m.setId("map")
    m.attemptMove(QgsLayoutPoint(10, 27, MM))
    m.attemptResize(QgsLayoutSize(210, 165, MM))
    m.setFrameEnabled(True)
    m.setFrameStrokeColor(QColor("#555555"))
    layout.addLayoutItem(m)
    m.setExtent(QgsRectangle(0, 0, 210000, 165000))

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setLinkedMap(m)
    legend.attemptMove(QgsLayoutPoint(226, 27, MM))
    legend.attemptResize(QgsLayoutSize(62, 110, MM))
    legend.setResizeToContents(False)
    layout.addLayoutItem(legend)

    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.attemptMove(QgsLayoutPoint(262, 142, MM))
    north.attemptResize(QgsLayoutSize(14, 20, MM))
    layout.addLayoutItem(north)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setLinkedMap(m)
    bar.setStyle("Single Box")
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(3)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitsPerSegment(10)
    bar.attemptMove(QgsLayoutPoint(226, 165, MM))
    layout.addLayoutItem(bar)
    bar.applyDefaultSize()

    label(layout, "sources", "Sources:", 10, 194, 210, 6, 7.5, False, "#444444")
    label(layout, "attribution", "", 10, 200, 277, 6, 7, False, "#777777")

    out = ROOT / "bassins_plugin" / "layouts" / "living_area_a4.qpt"
    out.parent.mkdir(exist_ok=True)
    if not layout.saveAsTemplate(str(out), QgsReadWriteContext()):
        raise RuntimeError("template not saved")
    print("wrote", out)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
