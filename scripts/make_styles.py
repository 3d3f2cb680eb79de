#!/usr/bin/env python3
"""Regenerate the QML styles of bassins_plugin/styles/ (run after changing a palette).

The styles are built with the QGIS API so that they are valid for QGIS 3.22+,
then saved as QML; the plugin ships the QML files and its post-processor loads
them and translates their legend labels.
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsArrowSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

STYLES = ROOT / "bassins_plugin" / "styles"
RING_COLORS = ["#99000d", "#e34a33", "#fc8d59", "#fdbb84", "#fdd49e", "#fff3e0"]


def labeling(expression: str, size: float = 9.0, bold: bool = True, placement=None,
             around_symbol: bool = False) -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    fmt = QgsTextFormat()
    font = QFont("Sans Serif")
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor("#222222"))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(1.0)
    buf.setColor(QColor("#ffffff"))
    fmt.setBuffer(buf)
    settings.setFormat(fmt)
    if placement is not None:
        settings.placement = placement
    if around_symbol:  # point labels beside the symbol, never over it (cartographic positions, 1 mm from its edge)
        settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
        settings.offsetType = QgsPalLayerSettings.FromSymbolBounds
        settings.dist = 1.0
    return QgsVectorLayerSimpleLabeling(settings)


# Units-like outputs (one polygon per unit, over the whole territory) are drawn under the rings and the border:
# a light fill (alpha UNITS_ALPHA of 255) and a thin grey outline, so what lies above stays readable.
UNITS_ALPHA = 110
UNITS_OUTLINE = {"outline_color": "150,150,150,180", "outline_width": "0.1"}


def ring_renderer(field: str = "level", units: bool = False) -> QgsCategorizedSymbolRenderer:
    cats = []
    for level in range(1, 6):
        color = QColor(RING_COLORS[level - 1])
        alpha = UNITS_ALPHA if units else 200 if level == 1 else 150
        fill = f"{color.red()},{color.green()},{color.blue()},{alpha}"
        outline = UNITS_OUTLINE if units else {"outline_color": "#7f0000", "outline_width": "0.4"}
        sym = QgsFillSymbol.createSimple({"color": fill, **outline})
        cats.append(QgsRendererCategory(level, sym, f"Level {level}"))
    renderer = QgsCategorizedSymbolRenderer(field, cats)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(field, False)]))
    renderer.setOrderByEnabled(True)
    return renderer


def graduated(field: str, bounds, colors, label: str) -> QgsGraduatedSymbolRenderer:
    """Units-like graduated classes (light fills, thin outlines); labels are replaced by translated ones on load."""
    ranges = []
    for (lo, hi), col in zip(bounds, colors):
        c = QColor(col)
        sym = QgsFillSymbol.createSimple({"color": f"{c.red()},{c.green()},{c.blue()},{UNITS_ALPHA + 40}",
                                          **UNITS_OUTLINE})
        ranges.append(QgsRendererRange(lo, hi, sym, label.format(lo=lo, hi=hi)))
    grad = QgsGraduatedSymbolRenderer(field, ranges)
    grad.setSourceSymbol(QgsFillSymbol.createSimple({"color": "224,224,224,80", **UNITS_OUTLINE}))
    return grad


def save(layer: QgsVectorLayer, name: str) -> None:
    path = STYLES / name
    msg, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise RuntimeError(f"{name}: {msg}")
    print("wrote", path)


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(exist_ok=True)

    rings = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=level:integer&field=label:string", "rings", "memory")
    rings.setRenderer(ring_renderer())
    rings.setLabeling(labeling('"label"', 8.5, True, QgsPalLayerSettings.Horizontal))
    rings.setLabelsEnabled(True)
    save(rings, "rings.qml")

    levels = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=intensity_level:integer", "levels", "memory")
    levels.setRenderer(ring_renderer("intensity_level", units=True))
    save(levels, "levels.qml")

    attraction = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=level:integer", "attraction", "memory")
    attraction.setRenderer(ring_renderer("level", units=True))
    save(attraction, "attraction_units.qml")

    agreement = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=agreement:string", "agreement", "memory")
    cats = []
    for code, col, label in (("agree", "#4daf4a", "Agree"), ("only_ours", "#e41a1c", "Only ours"),
                             ("only_official", "#377eb8", "Only official"), ("other_zone", "#984ea3", "Other zone"),
                             ("outside", "#ffffff", "Outside both")):
        c = QColor(col)
        sym = QgsFillSymbol.createSimple({"color": f"{c.red()},{c.green()},{c.blue()},170",
                                          "outline_color": "#8c8c8c", "outline_width": "0.15"})
        cats.append(QgsRendererCategory(code, sym, label))
    agreement.setRenderer(QgsCategorizedSymbolRenderer("agreement", cats))
    save(agreement, "agreement.qml")

    ind = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=cb_share:double", "ind", "memory")
    bounds = [(0, 5), (5, 15), (15, 30), (30, 100)]
    colors = ["#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f"]
    ranges = []
    for (lo, hi), col in zip(bounds, colors):
        c = QColor(col)
        sym = QgsFillSymbol.createSimple({"color": f"{c.red()},{c.green()},{c.blue()},{UNITS_ALPHA + 40}",
                                          **UNITS_OUTLINE})
        ranges.append(QgsRendererRange(lo, hi, sym, f"{lo} – {hi} %"))
    grad = QgsGraduatedSymbolRenderer("cb_share", ranges)
    nodata = QgsFillSymbol.createSimple({"color": "224,224,224,80", **UNITS_OUTLINE})
    grad.setSourceSymbol(nodata)
    ind.setRenderer(grad)
    save(ind, "indicators.qml")

    units = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=country:string", "units", "memory")
    units.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "255,255,255,0", "outline_color": "#8c8c8c", "outline_width": "0.15"})))
    save(units, "units.qml")

    gaps = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=theme:string", "gaps", "memory")
    from qgis.core import QgsLinePatternFillSymbolLayer
    gap_cats = []
    for code, col, angle in (("health", "#c62828", 45), ("mobility", "#1565c0", -45),
                             ("public_services", "#6a1b9a", 0), ("employment_training", "#ef6c00", 90),
                             ("other", "#616161", 22)):
        hatch = QgsFillSymbol.createSimple({"color": "255,255,255,0", "outline_color": col, "outline_width": "0.5",
                                            "outline_style": "dash"})
        pattern = QgsLinePatternFillSymbolLayer()
        pattern.setLineAngle(angle)  # one direction per theme: overlapping gaps stay readable
        pattern.setDistance(2.5)
        pattern.setColor(QColor(col))
        hatch.appendSymbolLayer(pattern)
        gap_cats.append(QgsRendererCategory(code, hatch, code))
    gaps.setRenderer(QgsCategorizedSymbolRenderer("theme", gap_cats))
    save(gaps, "gaps.qml")

    access = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=band:integer&field=minutes:double", "access",
                            "memory")
    cats = []
    for band, col in zip(range(1, 6), ["#08519c", "#3182bd", "#6baed6", "#bdd7e7", "#eff3ff"]):
        c = QColor(col)
        # nested bands pile up (the first band is drawn three times over): a light fill keeps what lies under
        sym = QgsFillSymbol.createSimple({"color": f"{c.red()},{c.green()},{c.blue()},90",
                                          "outline_color": "#08306b", "outline_width": "0.4"})
        cats.append(QgsRendererCategory(band, sym, f"Band {band}"))
    renderer = QgsCategorizedSymbolRenderer("band", cats)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("band", False)]))
    renderer.setOrderByEnabled(True)
    access.setRenderer(renderer)
    access.setLabeling(labeling('concat(\'≤ \', "minutes", \' min\')', 8.5, True))
    access.setLabelsEnabled(True)
    save(access, "access_rings.qml")

    # the units with their travel times: light blues by band under the access rings; units reached in no band
    # (or not at all) keep only their outline (the "" category: all other values)
    access_units = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=time_min:double&field=band:integer",
                                  "access_units", "memory")
    cats = []
    for band, col in zip(range(1, 6), ["#08519c", "#3182bd", "#6baed6", "#bdd7e7", "#eff3ff"]):
        c = QColor(col)
        sym = QgsFillSymbol.createSimple({"color": f"{c.red()},{c.green()},{c.blue()},{UNITS_ALPHA}",
                                          **UNITS_OUTLINE})
        cats.append(QgsRendererCategory(band, sym, f"Band {band}"))
    cats.append(QgsRendererCategory("", QgsFillSymbol.createSimple({"color": "255,255,255,0", **UNITS_OUTLINE}),
                                    "Not reached"))
    access_units.setRenderer(QgsCategorizedSymbolRenderer("band", cats))
    save(access_units, "access_units.qml")

    # servicebasins' units: the share of the basket reached faster abroad (dep_abroad, %), and a graduated style
    # in minutes that the post-processor gives each t_<theme> field (its class attribute is set on load)
    service = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=dep_abroad:double", "service_units", "memory")
    service.setRenderer(graduated("dep_abroad", [(0, 0), (0, 25), (25, 50), (50, 75), (75, 100)],
                                  ["#ffffff", "#fee0d2", "#fc9272", "#ef3b2c", "#99000d"], "{lo} – {hi} %"))
    save(service, "service_units.qml")
    times = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=t_theme:double", "service_times", "memory")
    times.setRenderer(graduated("t_theme", [(0, 5), (5, 10), (10, 15), (15, 20), (20, 30), (30, 100000)],
                                ["#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#31a354", "#006d2c"], "{lo} – {hi} min"))
    save(times, "service_times.qml")
    zones = QgsVectorLayer("MultiPolygon?crs=EPSG:3035&field=zone:string&field=pole:string", "service_zones",
                           "memory")
    zones.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "49,130,189,40", "outline_color": "#08306b", "outline_width": "0.6"})))
    zones.setLabeling(labeling('"pole"', 9.0, True, QgsPalLayerSettings.Horizontal))
    zones.setLabelsEnabled(True)
    save(zones, "service_zones.qml")

    border = QgsVectorLayer("MultiLineString?crs=EPSG:3035&field=label:string", "border", "memory")
    halo = QgsLineSymbol.createSimple({"line_color": "255,255,255,220", "line_width": "2.4"})
    dash = QgsSimpleLineSymbolLayer.create({"line_color": "#303030", "line_width": "1.1", "line_style": "dash",
                                            "capstyle": "round"})
    halo.appendSymbolLayer(dash)
    border.setRenderer(QgsSingleSymbolRenderer(halo))
    border.setLabeling(labeling('"label"', 9.0, True, QgsPalLayerSettings.Horizontal))  # wiggly borders: no curves
    border.setLabelsEnabled(True)
    save(border, "border.qml")

    flows = QgsVectorLayer("LineString?crs=EPSG:3035&field=count:double&field=cross_border:boolean", "flows",
                           "memory")
    width = 'scale_linear("count", 0, maximum("count"), 0.25, 3.5)'
    arrow = QgsArrowSymbolLayer.create({"arrow_type": "0", "head_type": "0", "is_curved": "1",
                                        "is_repeated": "0", "arrow_width": "0.8", "arrow_start_width": "0.8",
                                        "head_length": "2.2", "head_thickness": "1.6"})
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowWidth, QgsProperty.fromExpression(width))
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowStartWidth, QgsProperty.fromExpression(width))
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowHeadLength,
                                 QgsProperty.fromExpression(f"1.2 + 1.2 * {width}"))
    arrow.setDataDefinedProperty(QgsSymbolLayer.PropertyArrowHeadThickness,
                                 QgsProperty.fromExpression(f"0.6 + 0.8 * {width}"))
    fill = arrow.subSymbol()
    fill.setColor(QColor(200, 60, 20, 190))
    fill.symbolLayer(0).setStrokeColor(QColor(255, 255, 255, 200))
    fill.symbolLayer(0).setStrokeWidth(0.1)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, arrow)
    line_cats = []
    for value, color, label in ((True, QColor(200, 60, 20, 190), "Cross-border"),
                                (False, QColor(90, 90, 140, 150), "Domestic")):
        sym = symbol.clone()
        sym.symbolLayer(0).subSymbol().setColor(color)
        line_cats.append(QgsRendererCategory(value, sym, label))
    flow_renderer = QgsCategorizedSymbolRenderer("cross_border", line_cats)
    flow_renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("count", True)]))
    flow_renderer.setOrderByEnabled(True)
    flows.setRenderer(flow_renderer)
    save(flows, "flowlines.qml")

    poles = QgsVectorLayer("Point?crs=EPSG:3035&field=name:string", "poles", "memory")
    star = QgsMarkerSymbol.createSimple({"name": "star", "color": "#1f3b73", "outline_color": "#ffffff",
                                         "size": "5"})
    poles.setRenderer(QgsSingleSymbolRenderer(star))
    poles.setLabeling(labeling('"name"', 9.0, True, around_symbol=True))
    poles.setLabelsEnabled(True)
    save(poles, "poles.qml")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
