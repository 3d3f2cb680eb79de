"""Forms and symbols of action-proposals layers (used by the algorithms and the output post-processor).

Theme icons are embedded in the symbols (base64 SVG), so a colleague who opens
the GeoPackage without the plugin still sees them. Stored values are the codes;
what people read (labels, aliases) is translated.
"""
import base64

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSvgMarkerSymbolLayer,
    QgsValueMapFieldFormatter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..core.proposal_schema import STATUS_CODES, THEME_CODES, status_labels, theme_labels
from ..resources import icon_path

THEME_COLORS = {
    "health": "#c0392b",
    "mobility": "#2471a3",
    "public_services": "#7d3c98",
    "employment_training": "#d68910",
    "other": "#566573",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ProposalStyle", text)


def embedded_svg(name: str) -> str:
    with open(icon_path(f"{name}.svg"), "rb") as fh:
        return "base64:" + base64.b64encode(fh.read()).decode("ascii")


def theme_symbol(theme: str, geometry_type):
    color = QColor(THEME_COLORS.get(theme, THEME_COLORS["other"]))
    if geometry_type == QgsWkbTypes.PointGeometry:
        symbol = QgsMarkerSymbol()
        layer = QgsSvgMarkerSymbolLayer(embedded_svg(theme if theme in THEME_COLORS else "other"), 7.0)
        symbol.changeSymbolLayer(0, layer)
        return symbol
    if geometry_type == QgsWkbTypes.LineGeometry:
        return QgsLineSymbol.createSimple({"color": color.name(), "width": "1.2", "capstyle": "round"})
    fill = QColor(color)
    fill.setAlpha(90)
    return QgsFillSymbol.createSimple({"color": f"{fill.red()},{fill.green()},{fill.blue()},90",
                                       "outline_color": color.name(), "outline_width": "0.6"})


def proposal_renderer(geometry_type, field: str = "theme") -> QgsCategorizedSymbolRenderer:
    labels = theme_labels()
    categories = [QgsRendererCategory(code, theme_symbol(code, geometry_type), labels[code]) for code in THEME_CODES]
    return QgsCategorizedSymbolRenderer(field, categories)


def value_map(labels: dict, codes, empty_label: str = "") -> QgsEditorWidgetSetup:
    """A value list of the codes; with ``empty_label``, a first entry of that name stands for NULL (a required
    field then reads "Choose a theme…", never QGIS's bare "(NULL)")."""
    entries = [{empty_label: QgsValueMapFieldFormatter.NULL_VALUE}] if empty_label else []
    return QgsEditorWidgetSetup("ValueMap", {"map": entries + [{labels[c]: c} for c in codes]})


def apply_proposal_form(layer: QgsVectorLayer) -> None:
    """Value maps, aliases, constraints and defaults of the proposals schema."""
    fields = layer.fields()
    aliases = {
        "title": tr("Title"), "theme": tr("Theme"), "site": tr("Site"), "description": tr("Description"),
        "lead_actor": tr("Lead actor"), "partners": tr("Partners"), "horizon": tr("Horizon (year)"),
        "status": tr("Status"), "cost_eur": tr("Cost (EUR)"), "reach_m": tr("Service distance (m)"),
    }
    for name, alias in aliases.items():
        idx = fields.lookupField(name)
        if idx >= 0:
            layer.setFieldAlias(idx, alias)
    idx = fields.lookupField("theme")
    if idx >= 0:
        layer.setEditorWidgetSetup(idx, value_map(theme_labels(), THEME_CODES, tr("Choose a theme…")))
        layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard)
    idx = fields.lookupField("status")
    if idx >= 0:
        layer.setEditorWidgetSetup(idx, value_map(status_labels(), STATUS_CODES))
        layer.setDefaultValueDefinition(idx, QgsDefaultValue("'idea'"))
    idx = fields.lookupField("description")
    if idx >= 0:
        layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False}))
        layer.setDefaultValueDefinition(idx, QgsDefaultValue("''"))  # a new proposal's box is empty, not "NULL"
    constraints = {
        "title": ("\"title\" IS NOT NULL AND length(trim(\"title\")) > 0", tr("A title is required.")),
        "horizon": ("\"horizon\" IS NULL OR (\"horizon\" >= 2000 AND \"horizon\" <= 2100)",
                    tr("The horizon is a year between 2000 and 2100.")),
        "cost_eur": ("\"cost_eur\" IS NULL OR \"cost_eur\" >= 0", tr("The cost cannot be negative.")),
        "reach_m": ("\"reach_m\" IS NULL OR \"reach_m\" >= 0", tr("The service distance cannot be negative.")),
    }
    for name, (expression, description) in constraints.items():
        idx = fields.lookupField(name)
        if idx >= 0:
            layer.setConstraintExpression(idx, expression, description)
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)
    idx = fields.lookupField("title")
    if idx >= 0:
        layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard)
    computed_fields(layer)
    narrow_form(layer)


def narrow_form(layer: QgsVectorLayer) -> None:
    """The form fits a 700 px wide dialog in every language: labels above their widgets (German labels and
    theme names are long), and the GeoPackage's ``fid``, which nobody types, hidden."""
    config = layer.editFormConfig()
    for idx in range(layer.fields().count()):
        config.setLabelOnTop(idx, True)
    layer.setEditFormConfig(config)
    idx = layer.fields().lookupField("fid")
    if idx >= 0:
        layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("Hidden", {}))


def computed_fields(layer: QgsVectorLayer) -> None:
    """The overlay's results (best level, share per level, population reached) are read-only in the form, with
    readable names: they are recomputed by running the overlay again, not typed."""
    fields = layer.fields()
    names = {"best_level": tr("Best level reached"), "pop_reached": tr("Population reached"),
             "reach_used_m": tr("Service distance used (m)")}
    for field in fields:
        if field.name().startswith("share_l") and field.name()[7:].isdigit():
            names[field.name()] = tr("Share in level {k}").format(k=field.name()[7:])
    config = layer.editFormConfig()
    for name, alias in names.items():
        idx = fields.lookupField(name)
        if idx >= 0:
            layer.setFieldAlias(idx, alias)
            config.setReadOnly(idx, True)
    layer.setEditFormConfig(config)


def style_proposals(layer: QgsVectorLayer) -> None:
    layer.setRenderer(proposal_renderer(layer.geometryType()))
    apply_proposal_form(layer)
    layer.triggerRepaint()
