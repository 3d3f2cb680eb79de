"""The Processing provider 'Bassins de vie transfrontaliers' (id ``bassins``)."""
from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..resources import PACKAGE_DIR, icon_path
from .algorithms import all_algorithms, script_algorithms


class BassinsProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "bassins"

    def name(self) -> str:
        return QCoreApplication.translate("BassinsProvider", "Bassins de vie transfrontaliers")

    def longName(self) -> str:
        return self.name()

    def icon(self) -> QIcon:
        return QIcon(icon_path("bassins.svg"))

    def svgIconPath(self) -> str:
        return icon_path("bassins.svg")

    def loadAlgorithms(self) -> None:
        for alg in all_algorithms():
            self.addAlgorithm(alg)
        for alg in script_algorithms():
            self.addAlgorithm(alg)
        for path in sorted((PACKAGE_DIR / "models").glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(str(path)):
                self.addAlgorithm(model)
