"""Locale detection and translator loading (English is the source language)."""
from contextlib import contextmanager
from typing import Iterator, Optional

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .resources import resource_path

SUPPORTED = ("fr", "de", "it", "nl")
_translator: Optional[QTranslator] = None
_running = "en"  # the language of the installed translator (English: none installed)


def current_locale() -> str:
    """Two-letter locale QGIS uses: its 'locale/userLocale' setting, else the system locale."""
    from qgis.core import QgsSettings

    value = QgsSettings().value("locale/userLocale", "") or ""
    if value:
        return str(value)[:2].lower()
    return QLocale().name()[:2].lower()


def install_translator(locale: Optional[str] = None) -> Optional[str]:
    """Load ``i18n/bassins_<locale>.qm`` into the application; returns the file used."""
    global _translator, _running
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
        _translator, _running = translator, loc
        return str(qm)
    return None


def remove_translator() -> None:
    global _translator, _running
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
    _running = "en"


def _load(loc: str) -> Optional[QTranslator]:
    """The plugin's translator for a two-letter locale, loaded but not installed; None for English or a locale
    without translations."""
    if loc not in SUPPORTED:
        return None
    qm = resource_path("i18n", f"bassins_{loc}.qm")
    translator = QTranslator()
    return translator if qm.exists() and translator.load(str(qm)) else None


@contextmanager
def translated(locale: Optional[str]) -> Iterator[str]:
    """The plugin's strings in ``locale`` ('en', 'fr', …) while inside, whatever language QGIS runs in; the
    running translation comes back afterwards. '' or None: the running language, nothing changes. Yields the
    two-letter locale whose strings are in effect (for a package written for a partner in another language):
    'en' for a language the plugin does not speak (QGIS in Spanish, or 'C' headless)."""
    if not locale:
        yield _running
        return
    loc = locale[:2].lower()
    running = _translator
    if running is not None:
        QCoreApplication.removeTranslator(running)  # else its strings answer where the other has none
    temporary = _load(loc)
    if temporary is not None:
        QCoreApplication.installTranslator(temporary)
    try:
        yield loc if temporary is not None else "en"
    finally:
        if temporary is not None:
            QCoreApplication.removeTranslator(temporary)
        if running is not None:
            QCoreApplication.installTranslator(running)
