"""Qt5/Qt6 and QGIS 3.22..4 compatibility: one place for version differences.

QGIS 3.38+ expects QMetaType field types where older releases take QVariant
types; every QgsField in the plugin is made through :func:`make_field`.
"""
from qgis.core import Qgis, QgsField

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    DOUBLE = QMetaType.Type.Double
    INT = QMetaType.Type.Int
    LONG = QMetaType.Type.LongLong
    STRING = QMetaType.Type.QString
    BOOL = QMetaType.Type.Bool
else:  # pragma: no cover - depends on the QGIS in use
    from qgis.PyQt.QtCore import QVariant

    DOUBLE = QVariant.Double
    INT = QVariant.Int
    LONG = QVariant.LongLong
    STRING = QVariant.String
    BOOL = QVariant.Bool


def make_field(name: str, kind, length: int = 0, precision: int = 0) -> QgsField:
    """A QgsField of the given kind (DOUBLE, INT, LONG, STRING, BOOL)."""
    field = QgsField(name, kind)
    if length:
        field.setLength(length)
    if precision:
        field.setPrecision(precision)
    return field


def label_font(item):
    """The font of a QgsLayoutItemLabel, its size in points: textFormat() from QGIS 3.24 (font() is deprecated
    there), font() on 3.22."""
    from qgis.PyQt.QtGui import QFont

    if not hasattr(item, "textFormat"):
        return QFont(item.font())
    fmt = item.textFormat()
    font = QFont(fmt.font())
    font.setPointSizeF(fmt.size())  # the format keeps its size apart from the font's (points for a label)
    return font


def set_label_font(item, font, color=None) -> None:
    """Set a QgsLayoutItemLabel's font (size in points) and, when given, its colour: setTextFormat() from QGIS
    3.24, setFont()/setFontColor() on 3.22."""
    if not hasattr(item, "setTextFormat"):
        item.setFont(font)
        if color is not None:
            item.setFontColor(color)
        return
    from qgis.core import QgsUnitTypes

    fmt = item.textFormat()
    fmt.setFont(font)
    fmt.setSize(font.pointSizeF())
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    if color is not None:
        fmt.setColor(color)
    item.setTextFormat(fmt)
