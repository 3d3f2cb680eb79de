"""bassins:intensityrings: nested intensity rings (or exclusive bands) from unit values."""
import numpy as np
from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import rings as core_rings
from ..core.crs import working_crs
from ..core.features import iter_features, read_features, to_float, to_text
from ..core.thresholds import PRESETS, ThresholdError, floor_of, levels_array, parse_thresholds
from .base import BassinsAlgorithm, Output
from .ring_writer import write_rings


class IntensityRingsAlgorithm(BassinsAlgorithm):
    ALG_ID = "intensityrings"
    GROUP_ID = "intensity"
    ICON = "rings.svg"

    INPUT = "INPUT"
    FIELD = "FIELD"
    FIELD_IS_LEVEL = "FIELD_IS_LEVEL"
    THRESHOLDS = "THRESHOLDS"
    PRESET = "PRESET"
    MODE = "MODE"
    SMOOTHING = "SMOOTHING"
    MIN_HOLE_AREA = "MIN_HOLE_AREA"
    MIN_PART_AREA = "MIN_PART_AREA"
    POPULATION = "POPULATION"
    COUNTRY = "COUNTRY"
    OUTPUT = "OUTPUT"
    OUTPUTS = {OUTPUT: Output("Intensity rings", QgsProcessing.TypeVectorPolygon, "rings")}

    def displayName(self):
        return self.tr("Draw intensity rings")

    def tags(self):
        return self.tr("rings,intensity,living area,bassin de vie,dissolve,threshold,core").split(",")

    def preset_labels(self):
        return [self.tr("Custom (use the thresholds above)"),
                self.tr("Default: 5 %, 15 %, 30 %"),
                self.tr("EU-OECD functional urban areas / INSEE: 15 %"),
                self.tr("Grand Genève observatory: 25 %"),
                self.tr("Nord Lorrain metropolitan pole: 30 %")]

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Units (polygons)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, self.tr("Intensity field (a share, or a level)"), "cb_share", self.INPUT,
            QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FIELD_IS_LEVEL, self.tr("The field holds levels (1 = strongest)"), False))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, self.tr("Thresholds (ascending, separated by ';')"), "5;15;30"))
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, self.tr("Preset thresholds"), self.preset_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"), [self.tr("Nested envelopes"), self.tr("Exclusive bands")], defaultValue=0))
        self.addParameter(QgsProcessingParameterDistance(
            self.SMOOTHING, self.tr("Smoothing distance (metres, 0 = exact union of units)"), 0.0, None, False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_HOLE_AREA, self.tr("Fill holes smaller than (m²)"), QgsProcessingParameterNumber.Double, 0.0,
            False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_PART_AREA, self.tr("Drop parts smaller than (m²)"), QgsProcessingParameterNumber.Double, 0.0,
            False, 0.0))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field"), "population", self.INPUT, QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY, self.tr("Country field (population split by country)"), "country", self.INPUT, optional=True))
        self.declare_outputs()

    def _inputs(self, parameters, context) -> dict:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise self.param_error(self.INPUT, self.tr("choose a polygon layer"))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise self.param_error(self.INPUT, self.tr("the layer must contain polygons"))
        if source.featureCount() == 0:
            raise self.param_error(self.INPUT, self.tr("the layer has no feature"))
        p = {"source": source, "field": self.parameterAsString(parameters, self.FIELD, context),
             "is_level": self.parameterAsBool(parameters, self.FIELD_IS_LEVEL, context),
             "mode": core_rings.MODE_CODES[self.parameterAsEnum(parameters, self.MODE, context)],
             "smoothing": self.parameterAsDouble(parameters, self.SMOOTHING, context),
             "min_hole": self.parameterAsDouble(parameters, self.MIN_HOLE_AREA, context),
             "min_part": self.parameterAsDouble(parameters, self.MIN_PART_AREA, context),
             "pop": self.parameterAsString(parameters, self.POPULATION, context),
             "country": self.parameterAsString(parameters, self.COUNTRY, context)}
        self.check_fields(((self.FIELD, p["field"], source), (self.POPULATION, p["pop"], source),
                           (self.COUNTRY, p["country"], source)))
        self.check_numeric(((self.FIELD, p["field"], source), (self.POPULATION, p["pop"], source)))
        p["thresholds"] = list(PRESETS[self.parameterAsEnum(parameters, self.PRESET, context)].thresholds)
        if not p["is_level"] and not p["thresholds"]:
            try:
                p["thresholds"] = parse_thresholds(self.parameterAsString(parameters, self.THRESHOLDS, context))
            except ThresholdError as err:
                raise self.param_error(self.THRESHOLDS, str(err)) from err
        return p

    def _levels(self, raw_values, p):
        """(level per unit, number of levels, threshold of each ring)."""
        values = np.array([np.nan if (v := to_float(x)) is None else v for x in raw_values], dtype=float)
        if p["is_level"]:
            finite = values[np.isfinite(values)]
            bad = finite[(finite < 1) | (finite != np.round(finite))]
            if len(bad):
                raise self.param_error(self.FIELD, self.tr("levels must be whole numbers ≥ 1 (found {v:g})").format(
                    v=float(bad[0])))
            n_levels = int(finite.max()) if len(finite) else 0
            if n_levels == 0:
                raise self.param_error(self.FIELD, self.tr("no unit has a level"))
            return np.where(np.isfinite(values), values, 0).astype(np.int64), n_levels, \
                [float(k) for k in range(1, n_levels + 1)]
        thresholds = p["thresholds"]
        n_levels = len(thresholds)
        levels = levels_array(values, thresholds)
        return levels, n_levels, [thresholds[n_levels - k] for k in range(1, n_levels + 1)]

    def _territory(self, parameters, source, smoothing, context, feedback):
        """The union of all units (smoothed rings stay inside it) and the metric working CRS."""
        try:
            work = working_crs(source.sourceCrs(), source.sourceExtent(), context.transformContext())
        except ValueError as err:
            raise self.param_error(self.INPUT, str(err)) from err
        everything = self.read_table(parameters, self.INPUT, context, source, [], feedback, log_repairs=False)
        territory = core_rings.polygons_only(core_rings.union(everything.geometries))
        box = work.forward(territory).boundingBox()
        size = max(box.width(), box.height())
        if smoothing > size:
            raise self.param_error(self.SMOOTHING, self.tr(
                "{d:g} m is larger than the study area ({s:.0f} m across): smoothing would fill it all; choose a "
                "distance of a few kilometres").format(d=smoothing, s=size))
        return territory, work

    def process(self, parameters, context, feedback):
        p = self._inputs(parameters, context)
        source, field = p["source"], p["field"]
        column = QgsExpression.quotedColumnRef(field)
        # only candidate units are read: providers compile this filter (e.g. to SQL); floor_of keeps the values
        # that reach the lowest threshold up to floating-point noise (14.999999999999998 reaches 15)
        condition = f"{column} IS NOT NULL" if p["is_level"] else f"{column} >= {floor_of(p['thresholds'][0])!r}"
        names = [n for n in (field, p["pop"], p["country"]) if n]
        table = read_features(source, names, feedback, request=QgsFeatureRequest().setFilterExpression(condition))
        self.check_canceled(feedback)
        null_req = QgsFeatureRequest().setFilterExpression(f"{column} IS NULL").setFlags(QgsFeatureRequest.NoGeometry)
        null_req.setNoAttributes()
        null_values = sum(1 for _ in iter_features(source, null_req))
        levels, n_levels, ring_thresholds = self._levels(table.columns[field], p)
        if not (levels > 0).any():
            feedback.pushWarning(self.tr("No unit reaches the lowest threshold: the rings are empty."))
        territory = work = None
        if p["smoothing"] > 0:
            territory, work = self._territory(parameters, source, p["smoothing"], context, feedback)
        da = self.distance_area(source.sourceCrs(), context)
        feedback.pushInfo(self.tr("Building {n} rings ({mode}) from {u} units…").format(
            n=n_levels, mode=p["mode"], u=table.stats.kept))
        rings = core_rings.build_rings(table.geometries, levels, n_levels, p["mode"], p["smoothing"], p["min_hole"],
                                       p["min_part"], work, da.measureArea, feedback, territory=territory)
        pops = np.array([to_float(x) or 0.0 for x in table.columns[p["pop"]]]) if p["pop"] else None
        countries = [to_text(x) for x in table.columns[p["country"]]] if p["country"] else None
        dest_id = write_rings(self, parameters, context, self.OUTPUT, rings, ring_thresholds, source.sourceCrs(),
                              da.measureArea, feedback, pops, countries, sign="≤" if p["is_level"] else "≥",
                              unit=" %" if not p["is_level"] and "share" in field.lower() else "")
        total_units = source.featureCount()
        s = table.stats
        feedback.pushInfo(self.tr("{t} units, {r} reach a threshold: {k} kept, {g} without geometry dropped, "
                                  "{rep} repaired, {bad} unrepairable dropped; {n} with a NULL value excluded.").format(
            t=total_units, r=s.read, k=s.kept, g=s.null_geometry, rep=s.repaired, bad=s.unrepairable, n=null_values))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}
