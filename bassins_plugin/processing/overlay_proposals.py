"""bassins:overlayproposals: proposals against the rings, a theme x level summary, and coverage gaps."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameters,
    QgsProperty,
    QgsPropertyDefinition,
    QgsWkbTypes,
)

from ..compat import DOUBLE, INT, STRING
from ..core import overlay as core_overlay
from ..core.crs import working_crs
from ..core.features import iter_features, to_float, to_text
from ..core.proposal_schema import THEME_CODES
from ..core.threads import parallel_map
from .base import BassinsAlgorithm, Output
from .fields import field_list

PRIORITY_THEMES = THEME_CODES[:4]


class OverlayProposalsAlgorithm(BassinsAlgorithm):
    ALG_ID = "overlayproposals"
    GROUP_ID = "proposals"
    ICON = "proposals.svg"

    PROPOSALS = "PROPOSALS"
    THEME = "THEME"
    RINGS = "RINGS"
    LEVEL = "LEVEL"
    UNITS = "UNITS"
    POPULATION = "POPULATION"
    REACH = "REACH"
    GAP_LEVEL = "GAP_LEVEL"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    GAPS = "GAPS"
    OUTPUTS = {
        OUTPUT: Output("Proposals with overlay", QgsProcessing.TypeVectorAnyGeometry, "proposals"),
        SUMMARY: Output("Summary by theme and level", QgsProcessing.TypeVector),
        GAPS: Output("Coverage gaps by theme", QgsProcessing.TypeVectorPolygon, "gaps"),
    }

    def displayName(self):
        return self.tr("Overlay proposals on the rings")

    def tags(self):
        return self.tr("proposals,overlay,rings,coverage,gaps,population,reach").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROPOSALS, self.tr("Proposals"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.THEME, self.tr("Theme field"), "theme", self.PROPOSALS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RINGS, self.tr("Intensity rings"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.LEVEL, self.tr("Level field (1 = strongest)"), "level", self.RINGS,
            QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units (for the population reached)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field"), "population", self.UNITS,
            QgsProcessingParameterField.Numeric, optional=True))
        reach = QgsProcessingParameterDistance(
            self.REACH, self.tr("Reach: service distance around each proposal (metres)"), 0.0, None, False, 0.0)
        reach.setIsDynamic(True)
        reach.setDynamicPropertyDefinition(QgsPropertyDefinition(
            self.REACH, self.tr("Reach"), QgsPropertyDefinition.DoublePositive))
        reach.setDynamicLayerParameterName(self.PROPOSALS)
        self.addParameter(reach)
        self.addParameter(QgsProcessingParameterNumber(
            self.GAP_LEVEL, self.tr("Gaps: levels up to (1 = strong core only)"), QgsProcessingParameterNumber.Integer,
            1, False, 1))
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        props = self.parameterAsSource(parameters, self.PROPOSALS, context)
        if props is None:
            raise self.param_error(self.PROPOSALS, self.tr("choose a proposals layer"))
        rings_src = self.parameterAsSource(parameters, self.RINGS, context)
        if rings_src is None:
            raise self.param_error(self.RINGS, self.tr("choose a rings layer"))
        units_src = self.parameterAsSource(parameters, self.UNITS, context)
        theme_field = self.parameterAsString(parameters, self.THEME, context)
        level_field = self.parameterAsString(parameters, self.LEVEL, context)
        pop_field = self.parameterAsString(parameters, self.POPULATION, context)
        gap_level = self.parameterAsInt(parameters, self.GAP_LEVEL, context)
        self.check_fields(((self.THEME, theme_field, props), (self.LEVEL, level_field, rings_src),
                           (self.POPULATION, pop_field, units_src)))
        if pop_field and units_src is None:
            raise self.param_error(self.UNITS, self.tr("a population field needs a units layer"))
        try:
            work = working_crs(rings_src.sourceCrs(), rings_src.sourceExtent(), context.transformContext())
        except ValueError as err:
            raise self.param_error(self.RINGS, str(err)) from err
        rings = self._rings(parameters, rings_src, level_field, work, context, feedback)
        units = self._units(parameters, units_src, pop_field, work, context, feedback)
        feats, geoms, reaches, themes, negative = self._proposals(parameters, context, props, theme_field, work,
                                                                  feedback)
        if not feats:
            feedback.pushWarning(self.tr("The proposals layer is empty: the summary holds zeros and the gaps are the "
                                         "whole core."))
        results = core_overlay.overlay(geoms, reaches, rings, units, feedback)
        levels = [r.level for r in rings]
        out_id = self._write_proposals(parameters, context, props, feats, results, reaches, levels, feedback)
        known = list(PRIORITY_THEMES) + sorted({t for t in themes if t not in PRIORITY_THEMES})
        unions = core_overlay.theme_unions({t: [r.footprint for r, th in zip(results, themes) if th == t]
                                            for t in known})
        sum_id = self._write_summary(parameters, context, work, rings, units, results, themes, known, unions,
                                     feedback)
        gaps_id = self._write_gaps(parameters, context, rings_src, work, rings, units, known, unions, gap_level)
        outside = sum(1 for r in results if r.best_level is None)
        feedback.pushInfo(self.tr("{n} proposals overlaid on {k} levels; {o} outside every ring (kept, best_level "
                                  "NULL).").format(n=len(feats), k=len(levels), o=outside))
        unknown = sorted({t for t in themes if t not in THEME_CODES})
        if unknown:
            feedback.pushWarning(self.tr("Unknown theme values kept as they are: {v}.").format(
                v=", ".join(repr(u) for u in unknown)))
        if negative:
            feedback.pushWarning(self.tr("{n} negative reach values were taken as 0.").format(n=negative))
        return {self.OUTPUT: out_id, self.SUMMARY: sum_id, self.GAPS: gaps_id}

    def _rings(self, parameters, rings_src, level_field, work, context, feedback):
        """Rings by level (several features of a level are merged), in the working CRS."""
        table = self.read_table(parameters, self.RINGS, context, rings_src, [level_field], feedback)
        by_level = {}
        geoms = work.all_from(rings_src.sourceCrs(), table.geometries, context.transformContext())
        for g, lv in zip(geoms, table.columns[level_field]):
            lv = to_float(lv)
            if lv is not None:
                by_level.setdefault(int(lv), []).append(g)
        if not by_level:
            raise self.param_error(self.RINGS, self.tr("no ring with a level"))
        return [core_overlay.Ring(k, QgsGeometry.unaryUnion(v) if len(v) > 1 else v[0])
                for k, v in sorted(by_level.items())]

    def _units(self, parameters, units_src, pop_field, work, context, feedback):
        if units_src is None:
            return None
        table = self.read_table(parameters, self.UNITS, context, units_src, [pop_field] if pop_field else [], feedback)
        pops = np.array([to_float(v) or 0.0 for v in table.columns[pop_field]]) if pop_field \
            else np.zeros(len(table.geometries))
        return core_overlay.UnitSet(work.all_from(units_src.sourceCrs(), table.geometries,
                                                  context.transformContext()), pops)

    def _proposals(self, parameters, context, props, theme_field, work, feedback):
        """Features, working-CRS geometries (repaired), reach (fixed or data-defined) and theme of each."""
        dynamic = QgsProcessingParameters.isDynamic(parameters, self.REACH)
        reach_prop = parameters.get(self.REACH) if dynamic else None
        fixed_reach = self.parameterAsDouble(parameters, self.REACH, context) if not dynamic else 0.0
        expr_ctx = self.createExpressionContext(parameters, context, props)
        theme_idx = props.fields().lookupField(theme_field)
        feats, reaches, themes = [], [], []
        negative = 0
        for f in iter_features(props):
            self.check_canceled(feedback)
            feats.append(f)
            reach = fixed_reach
            if isinstance(reach_prop, QgsProperty):
                expr_ctx.setFeature(f)
                value, ok = reach_prop.valueAsDouble(expr_ctx, 0.0)
                reach = value if ok and value is not None else 0.0
            if reach < 0:
                negative += 1
                reach = 0.0
            reaches.append(reach)
            themes.append(to_text(f.attributes()[theme_idx]) or "")
        geoms = work.all_from(props.sourceCrs(), [f.geometry() for f in feats], context.transformContext())
        invalid = [i for i, g in enumerate(geoms) if not g.isEmpty() and not g.isGeosValid()]
        for i in invalid:
            geoms[i] = geoms[i].makeValid()
        if invalid:
            feedback.pushInfo(self.tr("{n} proposals had an invalid geometry: repaired.").format(n=len(invalid)))
        return feats, geoms, reaches, themes, negative

    def _write_proposals(self, parameters, context, props, feats, results, reaches, levels, feedback):
        """OUTPUT: the proposals with the overlay fields."""
        new = field_list(("best_level", INT), *[(f"share_l{k}", DOUBLE) for k in levels], ("pop_reached", DOUBLE),
                         ("reach_used_m", DOUBLE))
        columns = [[r.best_level for r in results]] + [[r.shares.get(k, 0.0) for r in results] for k in levels]
        columns += [[core_overlay.persons(r.pop_reached) for r in results], reaches]
        return self.write_units(parameters, self.OUTPUT, context, props, [f.id() for f in feats], new, columns,
                                feedback, progress=(80.0, 85.0))

    def _write_summary(self, parameters, context, work, rings, units, results, themes, known, unions, feedback):
        """SUMMARY: proposals and population reached per theme x level."""
        fields = field_list(("theme", STRING, 40), ("level", INT), ("proposals", INT), ("pop_reached", DOUBLE),
                            ("ring_pop", DOUBLE), ("share_pop", DOUBLE))
        sink, sum_id = self.sink(parameters, self.SUMMARY, context, fields, QgsWkbTypes.NoGeometry, work.source)
        ring_pop, reached_by = core_overlay.population_by_ring_and_theme(units, rings, unions) \
            if units is not None else ({}, {})
        for theme, ring in ((theme, ring) for theme in known for ring in rings):
            reached, rp = reached_by.get((theme, ring.level)), ring_pop.get(ring.level)
            self.check_canceled(feedback)
            count = sum(1 for r, t in zip(results, themes) if t == theme and ring.level in r.touched)
            share = (reached / rp * 100.0) if (reached is not None and rp) else None
            sf = QgsFeature(fields)
            sf.setAttributes([theme, ring.level, count, core_overlay.persons(reached), core_overlay.persons(rp), share])
            sink.addFeature(sf, QgsFeatureSink.FastInsert)
        return sum_id

    def _write_gaps(self, parameters, context, rings_src, work, rings, units, known, unions, gap_level):
        """GAPS: per theme, the part of the strongest levels its proposals do not reach."""
        fields = field_list(("theme", STRING, 40), ("gap_level", INT), ("area_km2", DOUBLE), ("population", DOUBLE))
        sink, gaps_id = self.sink(parameters, self.GAPS, context, fields, QgsWkbTypes.MultiPolygon,
                                  rings_src.sourceCrs())
        core_geom = core_overlay.core_area(rings, gap_level)
        da = self.distance_area(rings_src.sourceCrs(), context)

        def gap_of(theme):
            gap = core_geom
            if not unions[theme].isEmpty() and not core_geom.isEmpty():
                gap = core_overlay.polygons_only(core_geom.difference(unions[theme]))
            return gap, None if units is None else (units.reached(gap) if not gap.isEmpty() else 0.0)

        for theme, (gap, pop) in zip(known, parallel_map(gap_of, known)):
            geom = work.backward(gap) if work.reprojects and not gap.isEmpty() else QgsGeometry(gap)
            gf = QgsFeature(fields)
            if not geom.isEmpty():
                geom.convertToMultiType()
                gf.setGeometry(geom)
            gf.setAttributes([theme, gap_level, da.measureArea(geom) / 1e6 if not geom.isEmpty() else 0.0,
                              core_overlay.persons(pop)])
            sink.addFeature(gf, QgsFeatureSink.FastInsert)
        return gaps_id
