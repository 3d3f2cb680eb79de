"""Desktop glue: the provider registration, the 'Bassins de vie' menu and toolbar.

This is the only module that touches ``iface``.
"""
import webbrowser

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import install_translator, remove_translator
from .processing.base import set_layer_source
from .processing.provider import BassinsProvider
from .resources import icon_path

HELP_URL = "https://github.com/bassins-de-vie/bassins_plugin#readme"


def tr(text: str) -> str:
    return QCoreApplication.translate("BassinsPlugin", text)


def project_layers() -> list:
    """The layers of the Layers panel, in its order: the dialogs preselect the one whose fields fit."""
    return [node.layer() for node in QgsProject.instance().layerTreeRoot().findLayers() if node.layer() is not None]


class BassinsPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.menu_name = ""
        self.toolbar = None
        install_translator()

    def initProcessing(self):
        set_layer_source(project_layers)
        self.provider = BassinsProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()
        self.menu_name = tr("Bassins de vie")
        self.toolbar = self.iface.addToolBar(tr("Bassins de vie"))
        self.toolbar.setObjectName("BassinsDeVieToolbar")
        self._add_action("bassins.svg", tr("Cross-border living-area tools"), self.show_tools, toolbar=True)
        self._add_action("demo.svg", tr("Generate a demo territory…"), self.run_demo)
        self._add_action("help.svg", tr("Help"), self.show_help)

    def _add_action(self, icon: str, text: str, slot, toolbar: bool = False) -> QAction:
        action = QAction(QIcon(icon_path(icon)), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.iface.addPluginToMenu(self.menu_name, action)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        set_layer_source(None)
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()

    # -- actions ------------------------------------------------------------------------
    def show_tools(self):
        """Show the Processing toolbox filtered to the provider."""
        try:
            from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit

            dock = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
            if dock is not None:
                dock.setVisible(True)
                dock.raise_()
                search = dock.findChild(QLineEdit)
                if search is not None:
                    search.setText("bassins")
        except Exception as err:  # noqa: BLE001 - never break the desktop
            self.iface.messageBar().pushWarning("Bassins de vie", str(err))

    def run_demo(self):
        from processing import execAlgorithmDialog  # desktop only

        execAlgorithmDialog("bassins:demoterritory", {})

    def show_help(self):
        webbrowser.open(HELP_URL)
