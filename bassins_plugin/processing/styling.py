"""Styling of algorithm outputs when Processing loads them (toolbox, batch, models).

A QgsProcessingLayerPostProcessorInterface loads the plugin's QML file for the
output and translates its legend labels; nothing is styled when the output is
not loaded (e.g. qgis_process), and the data itself is never touched.
"""
import math
import os
from typing import List

from qgis.core import (
    QgsExpression,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..resources import style_path

# Post-processors must outlive the algorithm run (Processing keeps only a C++ pointer): a new one per
# output, the latest ones kept referenced here.
_ALIVE: List["StylePostProcessor"] = []
_KEEP = 512


def tr(text: str) -> str:
    return QCoreApplication.translate("Styling", text)


def ring_label(level: int, n_levels: int) -> str:
    if level == 1:
        return tr("Strong core")
    if level == n_levels:
        return tr("Outer ring")
    if n_levels == 3:
        return tr("Middle ring")
    return tr("Ring {k}").format(k=level)


def attraction_name(pole_and_couronne: bool = False) -> str:
    """Attraction rings are named after their rule, never 'Strong core' (the intensity rings' core, ≥ 30 %):
    'Attraction (≥ 15 %)', or INSEE's words for the AAV-like preset, 'Pole and couronne (≥ 15 %)'."""
    return tr("Pole and couronne") if pole_and_couronne else tr("Attraction")


def _attraction_names() -> dict:
    """The attraction names a rings layer may carry (English or the user's language) -> the user's language."""
    out = {}
    for english in ("Attraction", "Pole and couronne"):
        out[english] = out[tr(english)] = tr(english)
    return out


def apply_style(layer, style: str) -> bool:
    """Apply a named plugin style to a layer; returns False if it does not fit the layer."""
    if style == "proposals":
        from .proposal_style import style_proposals

        style_proposals(layer)
        return True
    if style == "service_units":
        return style_service_units(layer)
    path = style_path(f"{style}.qml")
    if not path.exists():
        return False
    _msg, ok = layer.loadNamedStyle(str(path))
    if not ok:
        return False
    translate_style_legend(layer, style)
    layer.triggerRepaint()
    return True


def translate_style_legend(layer, style: str) -> None:
    """The legend labels of a plugin style in the current language (after the QML is loaded, or again on a
    styled layer whose labels are in another language: packagelayers' LANGUAGE)."""
    if not isinstance(layer, QgsVectorLayer):
        return
    if style in ("rings", "levels", "attraction_units"):
        translate_ring_legend(layer, attraction=style == "attraction_units")
    elif style == "agreement":
        translate_legend(layer, {"agree": tr("Agree"), "only_ours": tr("Only ours"),
                                 "only_official": tr("Only official"), "other_zone": tr("Other zone"),
                                 "outside": tr("Outside both")})
    elif style == "sources":
        translate_legend(layer, {"agree": tr("Sides agree"), "differs": tr("Sides differ"),
                                 "low_count": tr("Small counts (under 200)"), "one_side": tr("Seen by one side only")})
    elif style == "gaps":
        from ..core.proposal_schema import theme_labels

        translate_legend(layer, theme_labels())
    elif style == "flowlines":
        # a boolean category's value reads 'true'/'false' once the style is loaded from its file
        cross, domestic = tr("Cross-border"), tr("Domestic")
        translate_legend(layer, {True: cross, False: domestic, "true": cross, "false": domestic})
    elif style == "access_rings":
        translate_band_legend(layer)
    elif style == "access_units":
        translate_unit_band_legend(layer)
    elif style == "service_units":
        translate_range_legend(layer)


def range_label(field: str, low: float, high: float, last: bool = False) -> str:
    """A graduated class of servicebasins' units: minutes for t_<theme>, % for dep_abroad."""
    if field == "dep_abroad":
        return tr("{low:g} %").format(low=low) if low == high else tr("{low:g} – {high:g} %").format(low=low, high=high)
    return tr("≥ {low:g} min").format(low=low) if last else tr("{low:g} – {high:g} min").format(low=low, high=high)


def translate_range_legend(layer: QgsVectorLayer) -> None:
    """Graduated legend labels of servicebasins' units in the user's language (minutes or %)."""
    renderer = layer.renderer()
    if renderer is None or renderer.type() != "graduatedSymbol":
        return
    field = renderer.classAttribute()
    ranges = renderer.ranges()
    for i, r in enumerate(ranges):
        renderer.updateRangeLabel(i, range_label(field, r.lowerValue(), r.upperValue(), i == len(ranges) - 1))


def time_fields(layer: QgsVectorLayer) -> list:
    """The t_<theme> fields of servicebasins' units (not their _home / _abroad variants)."""
    return [n for n in layer.fields().names() if n.startswith("t_") and not n.endswith(("_home", "_abroad"))]


def style_service_units(layer: QgsVectorLayer) -> bool:
    """servicebasins' units: the current style draws dep_abroad (%); the layer's style list (Layers panel,
    Styles) holds one more per theme, its t_<theme> minutes graduated, named 'Time to <theme> (min)'."""
    manager = layer.styleManager()
    dep_name = tr("Dependence abroad (%)")
    for field in time_fields(layer):
        _msg, ok = layer.loadNamedStyle(str(style_path("service_times.qml")))
        if not ok or layer.renderer() is None or layer.renderer().type() != "graduatedSymbol":
            return False
        layer.renderer().setClassAttribute(field)
        translate_range_legend(layer)
        name = tr("Time to {theme} (min)").format(theme=field[2:])
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyleFromLayer(name)
    _msg, ok = layer.loadNamedStyle(str(style_path("service_units.qml")))
    if not ok:
        return False
    translate_range_legend(layer)
    current = manager.currentStyle()
    if current != dep_name:
        if dep_name in manager.styles():
            manager.removeStyle(dep_name)
        manager.renameStyle(current, dep_name)
    layer.triggerRepaint()
    return True


def translate_legend(layer: QgsVectorLayer, labels: dict) -> None:
    """Legend labels of a categorised style's stable values in the user's language."""
    renderer = layer.renderer()
    if renderer is None or renderer.type() != "categorizedSymbol":
        return
    for i, cat in enumerate(renderer.categories()):
        if cat.value() in labels:
            renderer.updateCategoryLabel(i, labels[cat.value()])


def translate_ring_legend(layer: QgsVectorLayer, attraction: bool = False) -> None:
    """Ring legends in the user's language: intensity names (strong core…), or attraction names for attraction
    rings (recognised by their own labels) and units (``attraction``)."""
    renderer = layer.renderer()
    if renderer is None or renderer.type() != "categorizedSymbol":
        return
    idx = layer.fields().lookupField(renderer.classAttribute())
    if idx < 0:
        return
    top = layer.maximumValue(idx)
    try:
        n_levels = int(top)
    except (TypeError, ValueError):
        return
    drawn, thresholds, names = _drawn_levels(layer, renderer.classAttribute())
    known = _attraction_names()
    keep = []
    for i, cat in enumerate(renderer.categories()):
        try:
            level = int(cat.value())
        except (TypeError, ValueError):
            continue
        if level > n_levels or (drawn is not None and level not in drawn):
            keep.append(i)  # no such level, or nothing drawn at it: not in the legend
        else:
            label = known.get(names.get(level)) or ring_label(level, n_levels)
            if attraction:
                label = attraction_name() if n_levels == 1 else tr("Attraction level {k}").format(k=level)
            renderer.updateCategoryLabel(i, f"{label} ({thresholds[level]})" if level in thresholds else label)
    for i in reversed(keep):
        renderer.deleteCategory(i)


def _drawn_levels(layer: QgsVectorLayer, field: str):
    """Levels with a geometry, their threshold text ("≥ 30 %") and name ("Strong core") taken from the rings' own
    labels; (None, {}, {}) for large layers (units) where every level is kept."""
    if layer.featureCount() > 50 or layer.fields().lookupField("label") < 0:
        return None, {}, {}
    drawn, thresholds, names = set(), {}, {}
    for feat in layer.getFeatures():
        try:
            level = int(feat[field])
        except (TypeError, ValueError):
            continue
        if feat.hasGeometry() and not feat.geometry().isEmpty():
            drawn.add(level)
        text = str(feat["label"] or "")
        if "(" in text and text.endswith(")"):
            thresholds[level] = text[text.rindex("(") + 1:-1]
            names[level] = text[:text.rindex("(")].strip()
    return drawn, thresholds, names


def translate_band_legend(layer: QgsVectorLayer) -> None:
    """Access-ring legend: '≤ 15 min' from the layer's own minutes, bands it does not have removed."""
    renderer = layer.renderer()
    if renderer is None or renderer.type() != "categorizedSymbol":
        return
    minutes = {}
    for feat in layer.getFeatures():
        minutes[feat["band"]] = feat["minutes"]
    drop = []
    for i, cat in enumerate(renderer.categories()):
        try:
            band = int(cat.value())
        except (TypeError, ValueError):
            continue
        if band in minutes:
            renderer.updateCategoryLabel(i, tr("≤ {m:g} min").format(m=float(minutes[band])))
        else:
            drop.append(i)
    for i in reversed(drop):
        renderer.deleteCategory(i)


def translate_unit_band_legend(layer: QgsVectorLayer) -> None:
    """Legend of the units with travel times: each band with the units' own range of minutes ('12 – 15 min'),
    bands without units removed, and the units reached in no band named so."""
    renderer = layer.renderer()
    if renderer is None or renderer.type() != "categorizedSymbol" or layer.fields().lookupField("time_min") < 0:
        return
    spans = {}
    for feat in layer.getFeatures():
        try:
            band, minutes = int(feat["band"]), float(feat["time_min"])
        except (TypeError, ValueError):
            continue
        low, high = spans.get(band, (minutes, minutes))
        spans[band] = (min(low, minutes), max(high, minutes))
    drop = []
    for i, cat in enumerate(renderer.categories()):
        if cat.value() in ("", None):
            renderer.updateCategoryLabel(i, tr("Not reached within the bands"))
            continue
        try:
            band = int(cat.value())
        except (TypeError, ValueError):
            continue
        if band in spans:
            low, high = spans[band]
            renderer.updateCategoryLabel(i, tr("{low} – {high} min").format(low=math.floor(low), high=math.ceil(high)))
        else:
            drop.append(i)
    for i in reversed(drop):
        renderer.deleteCategory(i)


def refresh_legend(layer) -> None:
    """Tell the Layers panel (every layer tree model) that the layer's legend changed: the legend labels were
    translated and classes removed on the renderer in place, which emits nothing, so the panel would keep the
    style file's 'Level 1 … Level 5' until a forced refresh."""
    layer.emitStyleChanged()
    layer.legendChanged.emit()


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style: str):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.isValid():
            apply_style(layer, self.style)
            refresh_legend(layer)
            project = context.project() if context is not None else None
            if project is not None:
                place_in_tree(project, layer)

    @staticmethod
    def create(style: str) -> "StylePostProcessor":
        processor = StylePostProcessor(style)
        _ALIVE.append(processor)
        del _ALIVE[:-_KEEP]
        return processor


def style_on_load(context, dest_id: str, style: str) -> None:
    """Style the output ``dest_id`` when Processing loads it into the project."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(StylePostProcessor.create(style))


# A plugin output is recognised by the fields it carries: (fields it must have, style). First match wins.
STYLE_SIGNATURES = (
    ({"country_a", "country_b", "label"}, "border"),
    ({"origin", "destination", "cross_border"}, "flowlines"),
    ({"agreement", "official_zone"}, "agreement"),
    ({"check", "french", "foreign"}, "sources"),
    ({"share_pole", "is_pole", "level"}, "attraction_units"),
    ({"level", "threshold", "label"}, "rings"),
    ({"band", "minutes"}, "access_rings"),
    ({"gap_level"}, "gaps"),
    ({"title", "theme"}, "proposals"),
    ({"intensity_level"}, "levels"),
    ({"cb_share"}, "indicators"),
    ({"time_min", "band"}, "access_units"),
    ({"pole_id"}, "poles"),
    ({"dep_abroad", "zone", "pole"}, "service_units"),
    ({"zone", "pole", "units", "area_km2"}, "service_zones"),
)

# Outputs with one polygon per unit over the whole territory: drawn under the rings, the border and the poles
# (light fills, or outlines only), else they hide them.
UNITS_STYLES = frozenset({"units", "indicators", "levels", "attraction_units", "access_units", "agreement",
                          "sources", "service_units"})


# Lines and points of the plugin (border, poles, flows, proposals) are drawn over its polygons.
ON_TOP_STYLES = frozenset({"border", "poles", "flowlines", "proposals"})


def place_in_tree(project, layer) -> None:
    """Keep the Layers panel readable whatever order Processing loads a run's outputs in: among the plugin's
    layers beside the loaded one, lines and points on top, then rings, then units-like layers; the plugin's
    layers swap places among themselves only, the user's other layers (base maps…) do not move."""
    node = project.layerTreeRoot().findLayer(layer.id())
    parent = node.parent() if node is not None else None
    if parent is None:
        return
    siblings = parent.children()
    ranks = [_node_rank(child) for child in siblings]
    slots = [i for i, rank in enumerate(ranks) if rank is not None]
    ordered = sorted(slots, key=lambda i: ranks[i])
    if ordered == slots:
        return
    order = list(range(len(siblings)))
    for slot, i in zip(slots, ordered):
        order[slot] = i
    # clones first, originals removed after: a layer whose node leaves the tree would leave the project
    parent.insertChildNodes(len(siblings), [siblings[i].clone() for i in order])
    parent.removeChildren(0, len(siblings))


def _node_rank(node):
    """0 lines and points, 1 rings and other polygons, 2 units-like, for a plugin output's node; None otherwise."""
    layer = node.layer() if hasattr(node, "layer") else None
    style = guess_style(layer) if layer is not None else ""
    if not style:
        return None
    return 0 if style in ON_TOP_STYLES else 2 if style in UNITS_STYLES else 1


# Where a styled layer goes in a shared project, and whether it is shown when the project opens.
# Only the first ring family is shown: several ring families on top of each other cannot be read.
LAYER_GROUPS = {
    "border": ("map", True), "poles": ("map", True), "flowlines": ("map", False),
    "rings": ("rings", True), "access_rings": ("rings", True), "attraction_units": ("rings", False),
    "access_units": ("data", False),
    "proposals": ("proposals", True), "gaps": ("proposals", False),
    "indicators": ("data", False), "levels": ("data", False), "agreement": ("data", False),
    "sources": ("data", False), "service_units": ("data", False), "service_zones": ("rings", True),
    "units": ("data", True), "": ("data", False),
}


def group_names() -> dict:
    return {"map": tr("Border and poles"), "rings": tr("Rings"), "proposals": tr("Action proposals"),
            "data": tr("Data")}


def display_names() -> dict:
    """What a reader of a map calls each plugin output (the legend shows these, not file names)."""
    return {"border": tr("National border"), "poles": tr("Poles"), "flowlines": tr("Commuter flows"),
            "rings": tr("Intensity rings"), "access_rings": tr("Access rings"),
            "attraction_units": tr("Attraction area"), "access_units": tr("Travel time to the poles"),
            "proposals": tr("Action proposals"),
            "gaps": tr("Coverage gaps by theme"), "indicators": tr("Cross-border indicators"),
            "levels": tr("Intensity levels"), "agreement": tr("Zoning comparison"), "units": tr("Units"),
            "service_units": tr("Times to services"), "service_zones": tr("Service basins")}


def reader_name(layer) -> str:
    """The layer's name for a legend: the user's own name is kept; a name that is only the file's name
    (what QGIS gives a layer opened from disk) becomes the translated name of the plugin output."""
    stem = os.path.splitext(os.path.basename(layer.source().split("|")[0]))[0]
    style = guess_style(layer) or raster_style(layer)
    if style and layer.name() in (stem, style):
        return _reader_names(layer, style)
    return layer.name()


def _reader_names(layer, style: str) -> str:
    """The translated name of a plugin output; the three ring families share a style but not a name."""
    if style == "rings" and layer.fields().lookupField("num_mass") >= 0:
        return tr("Smoothed rings")
    if style == "rings":
        first = next(layer.getFeatures(), None)
        label = str(first["label"] or "") if first is not None else ""
        if any(label.startswith(name) for name in _attraction_names()):
            return tr("Rings of attraction")
    if style == "potential_surface":
        return tr("Smoothed surface")
    if style == "proposals" and layer.geometryType() == 1:  # a project holds point and line proposals
        return tr("Action proposals (lines)")
    if style == "proposals" and layer.geometryType() == 2:
        return tr("Action proposals (areas)")
    return display_names().get(style, layer.name())


def raster_style(layer) -> str:
    """'potential_surface' for the plugin's smoothed surface (a raster with the plugin's style file beside it),
    else ''."""
    if not isinstance(layer, QgsRasterLayer):
        return ""
    qml = os.path.splitext(layer.source().split("|")[0])[0] + ".qml"
    plugin = style_path("potential_surface.qml")
    try:
        same = os.path.exists(qml) and open(qml, "rb").read() == plugin.read_bytes()
    except OSError:
        return ""
    return "potential_surface" if same else ""


def band_label(layer, name: str) -> str:
    """What a one-band raster's legend says instead of GDAL's 'Band 1: Height': the values' meaning for the
    plugin's surface, else the layer's name; '' for images (red, green, blue bands keep their names)."""
    renderer = layer.renderer() if isinstance(layer, QgsRasterLayer) else None
    if renderer is None or renderer.type() not in ("singlebandpseudocolor", "singlebandgray"):
        return ""
    if raster_style(layer) == "potential_surface":
        return tr("Share working across the border (%)")
    return name


def translate_for_reader(layer) -> None:
    """A plugin output's legend and (proposals) form in the current language: packagelayers' LANGUAGE."""
    style = guess_style(layer)
    if style == "proposals":
        from ..core.proposal_schema import theme_labels
        from .proposal_style import apply_proposal_form

        translate_legend(layer, theme_labels())
        apply_proposal_form(layer)
    elif style:
        translate_style_legend(layer, style)
    if style == "rings":
        label_as_legend(layer)


def label_as_legend(layer: QgsVectorLayer) -> None:
    """Ring labels on the map as in the legend (the data's own label field is in the language of the run)."""
    renderer, labeling = layer.renderer(), layer.labeling()
    if renderer is None or renderer.type() != "categorizedSymbol" or labeling is None \
            or labeling.type() != "simple" or labeling.settings().fieldName != '"label"':
        return
    field = QgsExpression.quotedColumnRef(renderer.classAttribute())
    cases = " ".join(f"WHEN {field} = {QgsExpression.quotedValue(c.value())} THEN "
                     f"{QgsExpression.quotedString(c.label())}" for c in renderer.categories()
                     if c.value() not in ("", None))
    if not cases:
        return
    settings = labeling.settings()
    settings.fieldName = f'CASE {cases} ELSE "label" END'
    settings.isExpression = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def guess_style(layer) -> str:
    """The plugin style that fits a layer produced by the plugin (by its fields), or ''."""
    if not isinstance(layer, QgsVectorLayer):
        return ""
    names = set(layer.fields().names())
    for needed, style in STYLE_SIGNATURES:
        if needed <= names:
            return style
    return "units" if "unit_id" in names else ""


GROUP_ORDER = ("map", "proposals", "rings", "data")


def project_order(layers) -> list:
    """The order of a shared project's layers (indices into ``layers``): groups top to bottom as GROUP_ORDER, and
    in a group the units-like layers under the others (they would hide them); otherwise the given order."""
    def key(i):
        style = guess_style(layers[i])
        group = LAYER_GROUPS.get(style, ("data", False))[0]
        return GROUP_ORDER.index(group), style in UNITS_STYLES

    return sorted(range(len(layers)), key=key)


def project_layout(layers) -> list:
    """(group key, visible) for each layer of a shared project: ring families after the first are hidden."""
    out, rings_shown = [], False
    for layer in layers:
        group, visible = LAYER_GROUPS.get(guess_style(layer), ("data", False))
        if group == "rings" and visible:
            visible, rings_shown = not rings_shown, True
        out.append((group, visible))
    return out


def apply_plugin_styles(layers) -> int:
    """Give plugin outputs their style (used when layers come without one, e.g. from qgis_process)."""
    count = 0
    for layer in layers:
        if isinstance(layer, QgsRasterLayer):
            count += int(_sidecar_style(layer))
            continue
        style = guess_style(layer)
        if style and apply_style(layer, style):
            count += 1
    return count


def _sidecar_style(layer: QgsRasterLayer) -> bool:
    """A raster written by the plugin carries its style beside it (surface.qml next to surface.tif): layers
    loaded by Processing do not read it, so it is applied here (else the raster shows grey, 'Band 1')."""
    path = layer.source().split("|")[0]
    qml = os.path.splitext(path)[0] + ".qml"
    if not os.path.exists(qml):
        return False
    _msg, ok = layer.loadNamedStyle(qml)
    return bool(ok)
