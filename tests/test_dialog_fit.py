"""Dialogs a planner can read at QGIS's default size: every parameter label on one line in every language."""
import pytest

# Measured with /work/shared/tools/qgis-shot in the German and French desktop (QGIS 3.22, Xvfb): the Processing
# dialog opens at 688 x 523 and its parameter panel shows 376 px; the desktop font is "Sans Serif" 9 pt. QGIS
# adds " [optional]" (translated by QGIS, a few letters longer in some languages: 10 px kept for it) to optional
# inputs and outputs, and a check box's indicator (24 px) to a boolean's text. Not ours: QGIS's own "Open output
# file after running algorithm" check box is 413 px in French ("Ouvrir le fichier en sortie…").
PANEL = 376
FONT = "Sans Serif,9,-1,5,50,0,0,0,0,0"
MARGIN = 10
ENUM_ARROW = 40  # a drop-down list's arrow and frame, beside its widest choice (German attractionrings: 391 px)


@pytest.mark.parametrize("lang", ["en", "fr", "de", "it", "nl"])
def test_every_parameter_label_fits_the_default_dialog(locale, lang):
    from qgis.core import QgsProcessingParameterDefinition
    from qgis.PyQt.QtGui import QFont, QFontMetrics

    font = QFont()
    font.fromString(FONT)
    metrics = QFontMetrics(font)
    too_wide = []
    for alg in locale(lang).algorithms():
        for p in alg.parameterDefinitions():
            if p.flags() & QgsProcessingParameterDefinition.FlagHidden:
                continue
            text = p.description()
            if p.flags() & QgsProcessingParameterDefinition.FlagOptional:
                text += " [optional]"
            width = metrics.horizontalAdvance(text) + 1 + (24 if p.type() == "boolean" else 0)
            if width > PANEL - MARGIN:
                too_wide.append(f"{alg.id()} {p.name()}: {width} px '{p.description()}'")
            for option in p.options() if p.type() == "enum" else ():  # a list is as wide as its longest choice
                width = metrics.horizontalAdvance(option) + ENUM_ARROW
                if width > PANEL - MARGIN:
                    too_wide.append(f"{alg.id()} {p.name()} choice: {width} px '{option}'")
    assert too_wide == []


@pytest.mark.parametrize("lang", ["en", "fr", "de", "it", "nl"])
def test_help_names_the_label_the_reader_sees(locale, lang):
    """A help page first names a parameter by the label of the dialog, with its id in parentheses for qgis_process
    users: "<i>Minimum count of a line</i> (<code>MIN_COUNT</code>)", never a bare MIN_COUNT."""
    import html
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "bassins_plugin" / "help" / lang
    bare = []
    for alg in locale(lang).algorithms():
        path = root / f"{alg.name()}.html"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        for p in alg.parameterDefinitions():
            code = f"<code>{p.name()}</code>"
            if code in text and f"<i>{html.escape(p.description(), quote=False)}</i> ({code})" not in text:
                bare.append(f"{alg.name()}: {p.name()} ('{p.description()}')")
    assert bare == []


@pytest.fixture
def dialog_values(qgis_iface, provider):
    """Open an algorithm's Processing dialog (as the toolbox does) over a project holding access_rings (first in
    alphabetical order, QGIS's pick for every input before), units and flows; give back what its inputs show."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication, QgsProject
    from qgis.gui import QgsBrowserGuiModel
    from qgis.PyQt.QtWidgets import QApplication

    from .conftest import memory_layer, square

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser
    project = QgsProject.instance()
    layers = {
        "access_rings": memory_layer("Polygon", "EPSG:2154", ["band:integer", "minutes:double"],
                                     [(square(0, 0), [1, 15])], "access_rings"),
        "units": memory_layer("Polygon", "EPSG:2154", ["unit_id:string", "country:string", "p21_actocc:integer"],
                              [(square(0, 0), ["a", "FR", 1])], "units"),
        "flows": memory_layer("None", "EPSG:2154", ["origin:string", "destination:string", "count:double"],
                              [(None, ["a", "b", 1])], "flows"),
    }
    project.addMapLayers(list(layers.values()))
    from bassins_plugin.plugin import project_layers
    from bassins_plugin.processing import base

    base.set_layer_source(project_layers)  # what the plugin's initProcessing does on the desktop

    def values(alg_id, active=None):
        qgis_iface.activeLayer = lambda: layers.get(active)
        dialog = AlgorithmDialog(QgsApplication.processingRegistry().algorithmById(alg_id).create(), False, None)
        dialog.show()
        QApplication.processEvents()
        shown = {}
        for name, wrapper in dialog.mainWidget().wrappers.items():
            value = wrapper.parameterValue()
            layer = project.mapLayer(value) if isinstance(value, str) else None
            shown[name] = layer.name() if layer is not None else (None if value in (None, "") or
                                                                  str(value) == "NULL" else value)
        dialog.close()
        return shown

    yield values
    base.set_layer_source(None)
    project.removeAllMapLayers()


@pytest.mark.parametrize("active", [None, "units", "access_rings"])
def test_layer_inputs_preselect_the_layer_their_fields_fit(dialog_values, active):
    """Whatever layer is active, UNITS shows units and FLOWS shows flows, so their fields are filled (ACTIVE finds
    p21_actocc, a usual name for employed residents); before, every input showed access_rings (no active layer) or
    the active layer, and the field lists stayed empty."""
    shown = dialog_values("bassins:crossborderflows", active)
    assert (shown["UNITS"], shown["FLOWS"]) == ("units", "flows")
    assert (shown["UNIT_ID"], shown["COUNTRY"], shown["ORIGIN"], shown["DESTINATION"], shown["COUNT"]) == (
        "unit_id", "country", "origin", "destination", "count")


def test_an_optional_input_without_a_fitting_layer_stays_empty(dialog_values, run_alg):
    """overlayproposals' optional UNITS expects a population field: no layer has one, so it stays empty (and the
    run is not made to need one); a run without a required input is still refused: the default is the dialog's."""
    from qgis.core import QgsProcessingException

    assert dialog_values("bassins:overlayproposals")["UNITS"] is None
    with pytest.raises(QgsProcessingException):
        run_alg("bassins:crossborderflows", {"UNITS": None, "OUTPUT": "TEMPORARY_OUTPUT"})
