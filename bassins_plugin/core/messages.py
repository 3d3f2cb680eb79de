"""Translation of messages raised by the core (shown to people inside the algorithms' errors)."""
from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Core", text)
