"""bassins:attractionrings — Rings of attraction around a pole (AAV 2020, ZAU 2010, FUA-like rules)."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import DOUBLE, INT, STRING
from ..core import adjacency
from ..core import attraction as core
from ..core import rings as core_rings
from ..core.crs import working_crs
from ..core.errors import Canceled
from ..core.features import to_float, to_text
from ..core.flows import UnitIndex
from ..core.thresholds import ThresholdError, parse_thresholds
from .base import BassinsAlgorithm, Output
from .fields import field_list
from .ring_writer import write_rings
from .styling import attraction_name


class AttractionRingsAlgorithm(BassinsAlgorithm):
    ALG_ID = "attractionrings"
    GROUP_ID = "intensity"
    ICON = "rings.svg"

    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    ACTIVE = "ACTIVE"
    COUNTRY = "COUNTRY"
    POPULATION = "POPULATION"
    FLOWS = "FLOWS"
    ORIGIN = "ORIGIN"
    DESTINATION = "DESTINATION"
    COUNT = "COUNT"
    POLE_UNITS = "POLE_UNITS"
    POLE_FIELD = "POLE_FIELD"
    THRESHOLDS = "THRESHOLDS"
    PRESET = "PRESET"
    CONTIGUITY = "CONTIGUITY"
    FILL_ENCLAVES = "FILL_ENCLAVES"
    ITERATIVE = "ITERATIVE"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    ASSOCIATE_POLES = "ASSOCIATE_POLES"
    OUTPUT_UNITS = "OUTPUT_UNITS"
    OUTPUT = "OUTPUT"
    OUTPUTS = {
        OUTPUT_UNITS: Output("Units with their attraction level", QgsProcessing.TypeVectorPolygon, "attraction_units"),
        OUTPUT: Output("Rings of attraction", QgsProcessing.TypeVectorPolygon, "rings"),
    }

    def displayName(self):
        return self.tr("Rings of attraction around a pole")

    def tags(self):
        return self.tr("attraction,pole,AAV,ZAU,FUA,aire d'attraction,couronne,rings,cross-border").split(",")

    def preset_labels(self):
        return [self.tr("Custom (the parameters below)"), self.tr("AAV 2020-like (INSEE, 15 %, no enclave)"),
                self.tr("ZAU 2010-like (INSEE, 40 %, iterative)"), self.tr("FUA-like (EU-OECD, 15 %)"),
                self.tr("Geneva 25 % (cross-border observatory)")]

    def initAlgorithm(self, config=None):
        numeric = QgsProcessingParameterField.Numeric
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units (communes, both sides of the border)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field"), "unit_id", self.UNITS))
        self.addParameter(QgsProcessingParameterField(
            self.ACTIVE, self.tr("Employed residents field"), "active", self.UNITS, numeric))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY, self.tr("Country field"), "country", self.UNITS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field"), "population", self.UNITS, numeric, optional=True))
        self.add_flows_inputs(with_theme=False)
        self.addParameter(QgsProcessingParameterString(
            self.POLE_UNITS, self.tr("Pole units (identifiers separated by ';')"), "", optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POLE_FIELD, self.tr("Or pole field (the pole's name)"), None, self.UNITS,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, self.tr("Rules"), self.preset_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, self.tr("Thresholds toward the pole (%, e.g. 15;25;40)"), "15;25;40"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CONTIGUITY, self.tr("Keep only units connected to the pole"), True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FILL_ENCLAVES, self.tr("Fill enclaves"), True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ITERATIVE, self.tr("Iterative (the target grows with attracted units)"), False))
        snap = QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr("Snapping tolerance between units (m)"), QgsProcessingParameterNumber.Double,
            5.0, False, 0.0, 1000.0)
        snap.setFlags(snap.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(snap)
        # stored values are API: 0 = by the rules (on for AAV-like and FUA-like, off otherwise), 1 = yes, 2 = no
        self.addParameter(QgsProcessingParameterEnum(
            self.ASSOCIATE_POLES, self.tr("Associate poles (15 % rule)"),
            [self.tr("By the rules (on for AAV-like and FUA-like)"), self.tr("Yes"), self.tr("No")], defaultValue=0,
            optional=True))  # optional: models and scripts saved before it still validate
        self.declare_outputs()

    # -- run -------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        units = self.parameterAsSource(parameters, self.UNITS, context)
        flows = self.parameterAsSource(parameters, self.FLOWS, context)
        if units is None or QgsWkbTypes.geometryType(units.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise self.param_error(self.UNITS, self.tr("choose a polygon layer of units"))
        if flows is None:
            raise self.param_error(self.FLOWS, self.tr("choose a flows table or layer"))
        f = {p: self.parameterAsString(parameters, p, context) for p in (
            self.UNIT_ID, self.ACTIVE, self.COUNTRY, self.POPULATION, self.POLE_FIELD, self.ORIGIN, self.DESTINATION,
            self.COUNT)}
        sources = {self.ORIGIN: flows, self.DESTINATION: flows, self.COUNT: flows}
        self.check_fields([(p, v, sources.get(p, units)) for p, v in f.items()])
        rules, thresholds = self._rules(parameters, context, feedback)

        names = [v for p, v in f.items() if v and p not in sources]
        table = self.read_table(parameters, self.UNITS, context, units, names, feedback)
        if not table.ids:
            raise self.param_error(self.UNITS, self.tr("the layer has no usable polygon"))
        self.check_canceled(feedback)
        ids = table.columns[f[self.UNIT_ID]]
        index = UnitIndex(ids, countries=table.columns[f[self.COUNTRY]] if f[self.COUNTRY] else None)
        poles = self._poles(parameters, context, index, table.columns.get(f[self.POLE_FIELD]) if f[self.POLE_FIELD]
                            else None)
        origins, destinations, counts = self.columns(parameters, self.FLOWS, context, flows,
                                                     [f[self.ORIGIN], f[self.DESTINATION], f[self.COUNT]], feedback)
        try:
            o, d, c, skipped = core.flow_matrix(index, origins, destinations, counts)
        except ValueError as err:
            raise self.param_error(self.COUNT, str(err)) from err
        self.log_id_matching(index, f[self.UNIT_ID], feedback)
        several = len(poles) > 1
        poles = self._associate(parameters, context, rules, poles, o, d, c, table.columns[f[self.ACTIVE]], feedback)
        feedback.pushInfo(self.tr("{n} flow rows between units, {s} to or from places that are not units (not "
                                  "counted).").format(n=len(o), s=skipped))
        adj = None
        if rules.contiguity or rules.fill_enclaves:
            adj = self._adjacency(units, table.geometries, parameters, context, feedback)
        result = core.attraction(ids, table.columns[f[self.ACTIVE]], poles, o, d, c, thresholds,
                                 adj.neighbours if adj else None, adj.on_edge if adj else None, rules)
        self._log(result, feedback, adj)
        units_id = self._write_units(parameters, context, units, table, result, several, feedback)
        rings = core_rings.build_rings(table.geometries, result.level, len(thresholds), "nested",
                                       feedback=feedback)
        pops = np.array([to_float(x) or 0.0 for x in table.columns[f[self.POPULATION]]]) if f[self.POPULATION] \
            else None
        countries = [to_text(x) for x in table.columns[f[self.COUNTRY]]] if f[self.COUNTRY] else None
        ring_thresholds = [thresholds[len(thresholds) - k] for k in range(1, len(thresholds) + 1)]
        da = self.distance_area(units.sourceCrs(), context)
        rings_id = write_rings(self, parameters, context, self.OUTPUT, rings, ring_thresholds, units.sourceCrs(),
                               da.measureArea, feedback, pops, countries, unit=" %",
                               ring_name=lambda _level, _n: attraction_name(rules.code == "aav2020"))
        return {self.OUTPUT: rings_id, self.OUTPUT_UNITS: units_id}

    def _rules(self, parameters, context, feedback):
        rules = core.RULE_PRESETS[self.parameterAsEnum(parameters, self.PRESET, context)]
        if rules.code != "custom":
            feedback.pushInfo(self.tr("Rules: {s}.").format(s=rules.source))
            return rules, list(rules.thresholds)
        try:
            thresholds = parse_thresholds(self.parameterAsString(parameters, self.THRESHOLDS, context))
        except ThresholdError as err:
            raise self.param_error(self.THRESHOLDS, str(err)) from err
        if any(b <= a for a, b in zip(thresholds, thresholds[1:])) or thresholds[0] <= 0:
            raise self.param_error(self.THRESHOLDS, self.tr("give ascending percentages above 0, e.g. 15;25;40"))
        rules = core.Rules("custom", tuple(thresholds), self.parameterAsBool(parameters, self.CONTIGUITY, context),
                           self.parameterAsBool(parameters, self.FILL_ENCLAVES, context),
                           self.parameterAsBool(parameters, self.ITERATIVE, context), rules.source)
        return rules, thresholds

    def _associate(self, parameters, context, rules, poles, o, d, c, active, feedback):
        choice = self.parameterAsEnum(parameters, self.ASSOCIATE_POLES, context)
        if len(poles) < 2 or not (choice == 1 or (choice == 0 and rules.associate_poles)):
            return poles
        merged, merges = core.associate_poles(poles, o, d, c, active)
        for sender, receiver, pct, name in merges:
            feedback.pushInfo(self.tr("Associated poles: {a} sends {s:.1f} % of its employed residents to {b}; "
                                      "one core named {n}.").format(a=sender, b=receiver, s=pct, n=name))
        feedback.pushInfo(self.tr("{p} poles, {m} after association.").format(p=len(poles), m=len(merged)))
        return merged

    def _poles(self, parameters, context, index, pole_values):
        if pole_values is not None:
            poles = {}
            for i, v in enumerate(pole_values):
                name = to_text(v)
                if name:
                    poles.setdefault(name, set()).add(i)
            if not poles:
                raise self.param_error(self.POLE_FIELD, self.tr("no unit has a value in this field"))
            return poles
        wanted = [p.strip() for p in self.parameterAsString(parameters, self.POLE_UNITS, context).split(";")
                  if p.strip()]
        if not wanted:
            raise self.param_error(self.POLE_UNITS, self.tr("give the pole's unit identifiers, or a POLE_FIELD"))
        found = {p: index.find(p) for p in wanted}
        missing = [p for p, i in found.items() if i < 0]
        if missing:
            raise self.param_error(self.POLE_UNITS, self.tr(
                "no unit has the identifier(s) {ids}: give identifiers of the units layer").format(
                ids=", ".join(missing)))
        return {"pole": set(found.values())}

    def _adjacency(self, units, geometries, parameters, context, feedback):
        tolerance = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        try:
            work = working_crs(units.sourceCrs(), units.sourceExtent(), context.transformContext())
        except ValueError as err:
            raise self.param_error(self.UNITS, str(err)) from err
        geoms = [work.forward(g) for g in geometries] if work.reprojects else geometries
        adj = adjacency.build(geoms, tolerance, feedback.isCanceled)
        if feedback.isCanceled():
            raise Canceled()
        return adj

    def _write_units(self, parameters, context, units, table, result, several: bool, feedback):
        specs = [("share_pole", DOUBLE), ("level", INT), ("is_pole", INT)]
        columns = [result.share, result.level.astype(int), result.is_pole.astype(int)]
        if several:
            specs += [("pole", STRING, 80), ("multipolarised", INT)]
            columns += [result.pole, result.multipolarised.astype(int)]
        return self.write_units(parameters, self.OUTPUT_UNITS, context, units, table.ids, field_list(*specs),
                                columns, feedback, progress=(60.0, 70.0))

    def _log(self, result, feedback, adj) -> None:
        s = result.stats
        counts = ", ".join(f"{k}: {int((result.level == k).sum())}" for k in range(1, int(result.level.max()) + 1))
        feedback.pushInfo(self.tr("{p} pole units; units per level: {c}; {d} above a threshold but detached "
                                  "(dropped); {e} enclaves filled; {m} multipolarised.").format(
            p=s["poles"], c=counts or "-", d=s["detached"], e=s["enclaves"], m=s["multipolarised"]))
        if len(s["filled_per_pole"]) > 1 or s["between"]:
            per = ", ".join(f"{k}: {v}" for k, v in sorted(s["filled_per_pole"].items()))
            feedback.pushInfo(self.tr("Enclaves filled per area: {p}; {b} units enclosed only by several areas "
                                      "together left out (between areas).").format(p=per or "-", b=s["between"]))
        if adj is not None and adj.snapped_pairs:
            feedback.pushInfo(self.tr("{n} neighbour pairs found within the snapping tolerance (slivers or gaps "
                                      "between layers).").format(n=adj.snapped_pairs))
        if s["no_active"]:
            feedback.pushWarning(self.tr("{n} units have no employed residents (NULL or 0): no share, level 0 "
                                         "unless enclosed.").format(n=s["no_active"]))
        if not (result.level[~result.is_pole] > 0).any():
            feedback.pushWarning(self.tr("No unit other than the poles reaches the lowest threshold."))
