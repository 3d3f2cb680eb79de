"""bassins:overlayproposals: proposals against the rings, a theme x level summary, and coverage gaps."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameters,
    QgsProperty,
    QgsPropertyDefinition,
    QgsWkbTypes,
)

from ..compat import DOUBLE, INT, STRING, make_field
from ..core import overlay as core_overlay
from ..core.crs import working_crs
from ..core.features import read_features, to_float, to_text
from ..core.proposal_schema import THEME_CODES
from .base import BassinsAlgorithm
from .fields import output_fields
from .styling import style_on_load

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
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Proposals with overlay")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Summary by theme and level"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.GAPS, self.tr("Coverage gaps by theme"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):
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
        tctx = context.transformContext()

        def to_work(src, geoms):
            tr = QgsCoordinateTransform(src.sourceCrs(), work.crs, tctx)
            out = []
            for g in geoms:
                g = QgsGeometry(g)
                if not g.isEmpty() and src.sourceCrs() != work.crs:
                    g.transform(tr)
                out.append(g)
            return out

        # rings, by level (several features of a level are merged)
        rtable = read_features(rings_src, [level_field], feedback)
        by_level = {}
        for g, lv in zip(to_work(rings_src, rtable.geometries), rtable.columns[level_field]):
            lv = to_float(lv)
            if lv is None:
                continue
            by_level.setdefault(int(lv), []).append(g)
        if not by_level:
            raise self.param_error(self.RINGS, self.tr("no ring with a level"))
        rings = [core_overlay.Ring(k, QgsGeometry.unaryUnion(v) if len(v) > 1 else v[0])
                 for k, v in sorted(by_level.items())]
        levels = [r.level for r in rings]

        units = None
        if units_src is not None:
            utable = read_features(units_src, [pop_field] if pop_field else [], feedback)
            pops = np.array([to_float(v) or 0.0 for v in utable.columns[pop_field]]) if pop_field \
                else np.zeros(len(utable.geometries))
            units = core_overlay.UnitSet(to_work(units_src, utable.geometries), pops)

        # proposals and their reach (fixed or data-defined)
        dynamic = QgsProcessingParameters.isDynamic(parameters, self.REACH)
        reach_prop = parameters.get(self.REACH) if dynamic else None
        fixed_reach = self.parameterAsDouble(parameters, self.REACH, context) if not dynamic else 0.0
        expr_ctx = self.createExpressionContext(parameters, context, props)
        feats, geoms, reaches, themes = [], [], [], []
        tr_props = QgsCoordinateTransform(props.sourceCrs(), work.crs, tctx)
        theme_idx = props.fields().lookupField(theme_field)
        negative = 0
        for f in props.getFeatures():
            self.check_canceled(feedback)
            feats.append(f)
            g = QgsGeometry(f.geometry())
            if not g.isNull() and not g.isEmpty():
                if props.sourceCrs() != work.crs:
                    g.transform(tr_props)
                if not g.isGeosValid():
                    g = g.makeValid()
            geoms.append(g)
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

        if not feats:
            feedback.pushWarning(self.tr("The proposals layer is empty: the summary holds zeros and the gaps are the "
                                         "whole core."))
        try:
            results = core_overlay.overlay(geoms, reaches, rings, units, feedback)
        except core_overlay.OverlayCanceled:
            raise self.canceled_error() from None

        # OUTPUT: proposals + overlay fields
        share_names = [f"share_l{k}" for k in levels]
        new = [make_field("best_level", INT)] + [make_field(n, DOUBLE) for n in share_names] + \
            [make_field("pop_reached", DOUBLE), make_field("reach_used_m", DOUBLE)]
        fields, keep = output_fields(props.fields(), new)
        sink, out_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, props.wkbType(),
                                            props.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for f, res, reach in zip(feats, results, reaches):
            out = QgsFeature(fields)
            out.setGeometry(f.geometry())
            attrs = f.attributes()
            out.setAttributes([attrs[i] for i in keep] + [res.best_level] + [res.shares.get(k, 0.0) for k in levels]
                              + [res.pop_reached, reach])
            sink.addFeature(out, QgsFeatureSink.FastInsert)

        # SUMMARY: theme x level
        known = [t for t in PRIORITY_THEMES] + sorted({t for t in themes if t not in PRIORITY_THEMES})
        unknown = sorted({t for t in themes if t not in THEME_CODES})
        ring_pop = dict(zip([r.level for r in rings], core_overlay.parallel_map(
            lambda r: units.reached(r.geometry) if units is not None else None, rings)))
        sfields = QgsFields()
        for fdef in (make_field("theme", STRING, 40), make_field("level", INT), make_field("proposals", INT),
                     make_field("pop_reached", DOUBLE), make_field("ring_pop", DOUBLE),
                     make_field("share_pop", DOUBLE)):
            sfields.append(fdef)
        ssink, sum_id = self.parameterAsSink(parameters, self.SUMMARY, context, sfields, QgsWkbTypes.NoGeometry,
                                             work.source)
        if ssink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.SUMMARY))
        unions = core_overlay.theme_unions({t: [r.footprint for r, th in zip(results, themes) if th == t]
                                            for t in known})
        pairs = [(theme, ring) for theme in known for ring in rings]

        def reached_in_ring(pair):
            theme, ring = pair
            if units is None:
                return None
            area = unions[theme].intersection(ring.geometry) if not unions[theme].isEmpty() else QgsGeometry()
            return units.reached(area) if not area.isEmpty() else 0.0

        reached_by_pair = core_overlay.parallel_map(reached_in_ring, pairs)
        for (theme, ring), reached in zip(pairs, reached_by_pair):
            self.check_canceled(feedback)
            count = sum(1 for r, t in zip(results, themes) if t == theme and ring.level in r.touched)
            rp = ring_pop[ring.level]
            share = (reached / rp * 100.0) if (reached is not None and rp) else None
            sf = QgsFeature(sfields)
            sf.setAttributes([theme, ring.level, count, reached, rp, share])
            ssink.addFeature(sf, QgsFeatureSink.FastInsert)

        # GAPS: the strongest levels not reached by each theme
        gfields = QgsFields()
        for fdef in (make_field("theme", STRING, 40), make_field("gap_level", INT), make_field("area_km2", DOUBLE),
                     make_field("population", DOUBLE)):
            gfields.append(fdef)
        gsink, gaps_id = self.parameterAsSink(parameters, self.GAPS, context, gfields, QgsWkbTypes.MultiPolygon,
                                              rings_src.sourceCrs())
        if gsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.GAPS))
        core_geom = core_overlay.core_area(rings, gap_level)
        da = self.distance_area(rings_src.sourceCrs(), context)
        for theme in known:
            gap = core_geom
            if not unions[theme].isEmpty() and not core_geom.isEmpty():
                gap = core_overlay.polygons_only(core_geom.difference(unions[theme]))
            if units is None:
                pop = None
            else:
                pop = units.reached(gap) if not gap.isEmpty() else 0.0
            geom = work.backward(gap) if work.reprojects and not gap.isEmpty() else QgsGeometry(gap)
            gf = QgsFeature(gfields)
            if not geom.isEmpty():
                geom.convertToMultiType()
                gf.setGeometry(geom)
            gf.setAttributes([theme, gap_level, da.measureArea(geom) / 1e6 if not geom.isEmpty() else 0.0, pop])
            gsink.addFeature(gf, QgsFeatureSink.FastInsert)

        outside = sum(1 for r in results if r.best_level is None)
        feedback.pushInfo(self.tr("{n} proposals overlaid on {k} levels; {o} outside every ring (kept, best_level "
                                  "NULL).").format(n=len(feats), k=len(levels), o=outside))
        if unknown:
            feedback.pushWarning(self.tr("Unknown theme values kept as they are: {v}.").format(
                v=", ".join(repr(u) for u in unknown)))
        if negative:
            feedback.pushWarning(self.tr("{n} negative reach values were taken as 0.").format(n=negative))
        style_on_load(context, out_id, "proposals")
        style_on_load(context, gaps_id, "gaps")
        return {self.OUTPUT: out_id, self.SUMMARY: sum_id, self.GAPS: gaps_id}
