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
