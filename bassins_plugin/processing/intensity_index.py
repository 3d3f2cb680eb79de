"""bassins:intensityindex: a composite intensity level from several indicators."""
import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..compat import INT
from ..core import index as core_index
from ..core.features import iter_features, to_float
from ..core.flows import safe_field_suffix
from ..core.thresholds import ThresholdError, parse_threshold_sets
from .base import BassinsAlgorithm, Output
from .fields import field_list


class IntensityIndexAlgorithm(BassinsAlgorithm):
    ALG_ID = "intensityindex"
    GROUP_ID = "intensity"
    ICON = "index.svg"

    INPUT = "INPUT"
    FIELDS = "FIELDS"
    THRESHOLDS = "THRESHOLDS"
    COMBINE = "COMBINE"
    WEIGHTS = "WEIGHTS"
    K = "K"
    OUTPUT = "OUTPUT"
    OUTPUTS = {OUTPUT: Output("Intensity levels", QgsProcessing.TypeVectorAnyGeometry, "levels")}

    def displayName(self):
        return self.tr("Composite intensity level")

    def tags(self):
        return self.tr("index,composite,level,indicator,intensity,threshold").split(",")

    def combine_labels(self):
        return [self.tr("Strongest level of any indicator (max)"), self.tr("Mean of levels"),
                self.tr("Weighted sum of levels"), self.tr("At least K indicators")]

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input layer"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELDS, self.tr("Indicator fields"), None, self.INPUT, QgsProcessingParameterField.Numeric,
            allowMultiple=True))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, self.tr("Thresholds (e.g. 5;15;30 | 10;20;40)"),
            "5;15;30"))
        self.addParameter(QgsProcessingParameterEnum(
            self.COMBINE, self.tr("Combination rule"), self.combine_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.WEIGHTS, self.tr("Weights (one per field, for the weighted sum)"), "", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.K, self.tr("K (for 'at least K indicators')"), QgsProcessingParameterNumber.Integer, 1, False, 1))
        self.declare_outputs()

    def _weights(self, parameters, context, rule: str, n_fields: int):
        """The weights of the weighted sum (None for the other rules)."""
        wtext = self.parameterAsString(parameters, self.WEIGHTS, context).strip()
        if rule != "weighted_sum":
            return None
        if not wtext:
            raise self.param_error(self.WEIGHTS, self.tr("give one weight per field, e.g. 2;1;1"))
        try:
            weights = [float(w) for w in wtext.replace(",", ";").split(";") if w.strip()]
        except ValueError:
            raise self.param_error(self.WEIGHTS, self.tr("weights must be numbers separated by ';'")) from None
        if len(weights) != n_fields:
            raise self.param_error(self.WEIGHTS, self.tr("{w} weights for {f} fields").format(
                w=len(weights), f=n_fields))
        if any(w < 0 for w in weights) or sum(weights) <= 0:
            raise self.param_error(self.WEIGHTS, self.tr("weights must be ≥ 0 with a positive sum"))
        return weights

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise self.param_error(self.INPUT, self.tr("choose a layer"))
        names = self.parameterAsFields(parameters, self.FIELDS, context)
        if not names:
            raise self.param_error(self.FIELDS, self.tr("choose at least one numeric field"))
        self.check_fields([(self.FIELDS, n, source) for n in names])
        try:
            sets = parse_threshold_sets(self.parameterAsString(parameters, self.THRESHOLDS, context), len(names))
        except ThresholdError as err:
            raise self.param_error(self.THRESHOLDS, str(err)) from err
        rule = core_index.COMBINE_CODES[self.parameterAsEnum(parameters, self.COMBINE, context)]
        weights = self._weights(parameters, context, rule, len(names))
        k = self.parameterAsInt(parameters, self.K, context)
        if rule == "at_least_k" and not 1 <= k <= len(names):
            raise self.param_error(self.K, self.tr("K must be between 1 and the number of fields ({n})").format(
                n=len(names)))

        fids, values = [], []
        idx = [source.fields().lookupField(n) for n in names]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(idx)
        total = max(1, source.featureCount())
        for n, f in enumerate(iter_features(source, request)):
            if n % 5000 == 0:
                self.check_canceled(feedback)
                feedback.setProgress(50 * n / total)
            fids.append(f.id())
            attrs = f.attributes()
            values.append([np.nan if (v := to_float(attrs[i])) is None else v for i in idx])
        if not fids:
            raise self.param_error(self.INPUT, self.tr("the layer has no feature"))
        arr = np.array(values, dtype=float)
        nulls = int(np.isnan(arr).any(axis=1).sum())
        levels = core_index.indicator_levels(arr, sets)
        n_levels = len(sets[0])
        combined = core_index.combine_levels(levels, n_levels, rule, weights, k)

        level_names = [f"level_{safe_field_suffix(n)}" for n in names]
        new_fields = field_list(*[(n, INT) for n in level_names], ("intensity_level", INT))
        columns = [[int(v) if v > 0 else None for v in levels[:, j]] for j in range(len(names))] + [combined]
        dest_id = self.write_units(parameters, self.OUTPUT, context, source, fids, new_fields, columns, feedback,
                                   progress=(50.0, 100.0))
        counts = {lv: sum(1 for c in combined if c == lv) for lv in range(1, n_levels + 1)}
        feedback.pushInfo(self.tr("{n} features; rule {r}; per level: {c}; no level: {none}.").format(
            n=len(fids), r=rule, c=", ".join(f"{lv}: {c}" for lv, c in counts.items()),
            none=sum(1 for c in combined if c is None)))
        if nulls:
            feedback.pushWarning(self.tr("{n} features have a NULL or non-numeric indicator: that indicator gets "
                                         "no level.").format(n=nulls))
        return {self.OUTPUT: dest_id}
