"""Run inside QGIS desktop (--code): checks the plugin, shows the toolbox, saves a screenshot, quits."""
import json
import os

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit
from qgis.utils import iface, plugins

OUT = os.environ["BASSINS_PROBE_OUT"]
errors = []


def on_message(message, tag, level):
    if "python" in (tag or "").lower() and level >= Qgis.Warning:
        errors.append(f"{tag}: {message}")


QgsApplication.messageLog().messageReceived.connect(on_message)


def probe():
    result = {"loaded": "bassins_plugin" in plugins, "errors": errors}
    provider = QgsApplication.processingRegistry().providerById("bassins")
    result["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
    menu_titles = [a.text() for a in iface.pluginMenu().actions()]
    result["menu"] = [t for t in menu_titles if "Bassins" in t]
    win = iface.mainWindow()
    win.resize(1400, 900)
    dock = win.findChild(QDockWidget, "ProcessingToolbox")
    if dock is not None:
        dock.setVisible(True)
        dock.raise_()
        search = dock.findChild(QLineEdit)
        if search is not None:
            search.setText(os.environ.get("BASSINS_PROBE_SEARCH", "bassins"))
    QTimer.singleShot(3000, lambda: finish(result))


def finish(result):
    path = os.path.splitext(OUT)[0] + ".png"
    iface.mainWindow().grab().save(path)
    result["screenshot"] = path
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(result, fh)
    QgsApplication.exit(0)


QTimer.singleShot(8000, probe)
