"""Locale detection and translator loading (English is the source language)."""
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .resources import resource_path

SUPPORTED = ("fr", "de", "it", "nl")
_translator: Optional[QTranslator] = None


def current_locale() -> str:
    """Two-letter locale QGIS uses: its 'locale/userLocale' setting, else the system locale."""
    from qgis.core import QgsSettings

    value = QgsSettings().value("locale/userLocale", "") or ""
    if value:
        return str(value)[:2].lower()
    return QLocale().name()[:2].lower()


def install_translator(locale: Optional[str] = None) -> Optional[str]:
    """Load ``i18n/bassins_<locale>.qm`` into the application; returns the file used."""
    global _translator
    loc = (locale or current_locale())[:2].lower()
    remove_translator()
    if loc not in SUPPORTED:
        return None
    qm = resource_path("i18n", f"bassins_{loc}.qm")
    if not qm.exists():
        return None
    translator = QTranslator()
    if translator.load(str(qm)):
        QCoreApplication.installTranslator(translator)
        _translator = translator
        return str(qm)
    return None


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
