"""The Processing provider 'Bassins de vie transfrontaliers' (id ``bassins``)."""
from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..models.labels import FULL_CHAIN, labels
from ..resources import PACKAGE_DIR, icon_path, plugin_version
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
        # models/<lang>/ holds the same model written in each language, for the Model Designer: not loaded here
        for path in sorted((PACKAGE_DIR / "models").glob("*.model3")):
            model = TranslatedModel(path.stem)
            if model.fromFile(str(path)):
                translate_model(model, path.stem)
                self.addAlgorithm(model)


class TranslatedModel(QgsProcessingModelAlgorithm):
    """A shipped model whose texts follow QGIS's language; its id (the English name) never changes. ``key``, the
    file's stem, names its table of texts in models/labels.py."""

    def __init__(self, key: str = FULL_CHAIN):
        super().__init__()
        self.key = key

    def displayName(self):  # noqa: D102 - QGIS API
        return labels(self.key).get("name", super().displayName())

    def group(self):  # noqa: D102 - QGIS API; the group id ("models") stays
        return labels(self.key).get("group", super().group())

    def _filled(self, parameters):
        """Outputs left unset take their default (a temporary layer): QGIS < 3.24 would refuse them."""
        filled = dict(parameters)
        for definition in self.destinationParameterDefinitions():
            if filled.get(definition.name()) in (None, "") and definition.defaultValue() not in (None, ""):
                filled[definition.name()] = definition.defaultValue()
        return filled

    def checkParameterValues(self, parameters, context):  # noqa: D102 - QGIS API
        return super().checkParameterValues(self._filled(parameters), context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: D102 - QGIS API
        return super().processAlgorithm(self._filled(parameters), context, feedback)

    def createInstance(self):
        copy = TranslatedModel(self.key)
        copy.loadVariant(self.toVariant())
        translate_model(copy, self.key)
        return copy


def translate_model(model: QgsProcessingModelAlgorithm, key: str = FULL_CHAIN) -> None:
    """Labels of parameters, components, outputs and the help of the model ``key`` (its file's stem) in the
    current locale (keys are the names: a parameter's, a child's id, ``out_`` and an output's name); the help's
    version is the plugin's."""
    texts = labels(key)
    for definition in model.parameterDefinitions():
        key = definition.name()
        if key in texts:
            definition.setDescription(texts[key])
            component = model.parameterComponent(key)
            component.setDescription(texts[key])
    for child_id in model.childAlgorithms():
        child = model.childAlgorithm(child_id)
        if child_id in texts:
            child.setDescription(texts[child_id])
        for name in list(child.modelOutputs()):
            if f"out_{name}" in texts:
                child.modelOutput(name).setDescription(texts[f"out_{name}"])
    help_content = dict(model.helpContent())
    help_content["ALG_DESC"] = texts["help"]
    help_content["ALG_VERSION"] = plugin_version() or help_content.get("ALG_VERSION", "")
    model.setHelpContent(help_content)
    model.updateDestinationParameters()
    for definition in model.destinationParameterDefinitions():  # QGIS < 3.24 ignores the outputs' defaults
        if definition.defaultValue() in (None, ""):
            definition.setDefaultValue("TEMPORARY_OUTPUT")
