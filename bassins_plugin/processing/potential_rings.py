"""bassins:potentialrings: smoothed intensity rings from a spatial potential (Stewart)."""
import os
import shutil

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import DOUBLE, INT, STRING
from ..core import contours
from ..core import potential as pot
from ..core import rings as core_rings
from ..core.crs import working_crs
from ..core.thresholds import ThresholdError, parse_thresholds
from ..resources import style_path
from .base import BassinsAlgorithm, Output
from .fields import field_list
from .styling import ring_label


class PotentialRingsAlgorithm(BassinsAlgorithm):
    ALG_ID = "potentialrings"
    GROUP_ID = "intensity"
    ICON = "rings.svg"

    INPUT = "INPUT"
    NUMERATOR = "NUMERATOR"
    DENOMINATOR = "DENOMINATOR"
    FUNCTION = "FUNCTION"
    SPAN = "SPAN"
    BETA = "BETA"
    RESOLUTION = "RESOLUTION"
    THRESHOLDS = "THRESHOLDS"
    MASK = "MASK"
    SPREAD = "SPREAD"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    OUTPUTS = {OUTPUT: Output("Smoothed rings", QgsProcessing.TypeVectorPolygon, "rings")}

    def displayName(self):
        return self.tr("Smoothed intensity rings (potential)")

    def tags(self):
        return self.tr("potential,stewart,smoothing,kernel,rings,share,magrit").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Units (polygons or points)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.NUMERATOR, self.tr("Numerator field (e.g. cross-border workers)"), "cb_workers", self.INPUT,
            QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterField(
            self.DENOMINATOR, self.tr("Denominator field (e.g. employed residents)"), None, self.INPUT,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.FUNCTION, self.tr("Interaction function"), [self.tr("Exponential"), self.tr("Pareto")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterDistance(
            self.SPAN, self.tr("Span: distance of weight 0.5 (metres)"), 10000.0, None,
            False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BETA, self.tr("Beta (shape of the function)"), QgsProcessingParameterNumber.Double, 2.0, False, 0.0))
        self.addParameter(QgsProcessingParameterDistance(
            self.RESOLUTION, self.tr("Cell size (metres)"), 1000.0, None, False, 0.0))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, self.tr("Thresholds (ascending, separated by ';')"), "5;15;30"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SPREAD, self.tr("Spread each polygon's mass over its area"),
            False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MASK, self.tr("Mask (study area)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Grid extent (without a mask)"),
            optional=True))
        self.declare_outputs()
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, self.tr("Smoothed surface (GeoTIFF)"), optional=True, createByDefault=False))

    def process(self, parameters, context, feedback):
        p = self._inputs(parameters, context)
        source = p["source"]
        crs = source.sourceCrs()
        try:
            work = working_crs(crs, source.sourceExtent(), context.transformContext())
        except ValueError as err:
            raise self.param_error(self.INPUT, str(err)) from err
        table = self.read_table(parameters, self.INPUT, context, source, [n for n in (p["num"], p["den"]) if n],
                                feedback, polygonal=False, log_repairs=False)
        self.check_canceled(feedback)
        geoms = work.all_from(crs, table.geometries, context.transformContext())
        masses = pot.masses_of(geoms, table.columns[p["num"]], table.columns[p["den"]] if p["den"] else None,
                               p["spread"], p["res"])
        if not masses.units:
            raise self.param_error(self.INPUT, self.tr("no unit with a geometry and a numeric value"))
        if p["den"] and sum(masses.den) <= 0:
            raise self.param_error(self.DENOMINATOR, self.tr("every denominator is 0: choose another field"))
        mask_geom, grid = self._grid(parameters, context, p, work, geoms, feedback)
        vectors = [np.array(masses.num)] + ([np.array(masses.den)] if p["den"] else [])
        plan = self._plan(grid, masses, p, len(vectors))
        feedback.pushInfo(self.tr("{n} points, grid {nx} × {ny} cells of {r:g} m, {f} (span {s:g} m, beta {b:g}), "
                                  "{m}, about {mem:.0f} MB and {t:.0f} s.").format(
            n=len(masses.x), nx=grid.nx, ny=grid.ny, r=p["res"], f=p["function"], s=p["span"], b=p["beta"],
            m=self._method_label(plan.method), mem=plan.bytes / 1024 ** 2, t=max(1.0, plan.seconds)))
        surfaces = pot.potential(np.array(masses.x), np.array(masses.y), vectors, grid, p["function"], p["span"],
                                 p["beta"], feedback, plan.method)
        if plan.method == "fft":
            self._report_error(masses, vectors, grid, surfaces, p, feedback)
        surface = self._surface(surfaces, bool(p["den"]))
        self.check_canceled(feedback)
        results = {}
        if p["raster"]:
            contours.write_geotiff(surface, grid, work.crs.toWkt(), p["raster"])
            shutil.copyfile(style_path("potential_surface.qml"), os.path.splitext(p["raster"])[0] + ".qml")
            results[self.OUTPUT_RASTER] = p["raster"]
        feedback.setProgress(85)
        # interpolated contours can differ by a hairline between levels: keep them nested
        envs = core_rings.enforce_nesting(contours.envelopes(surface, grid, p["thresholds"]))
        if mask_geom is not None:
            envs = [core_rings.polygons_only(e.intersection(mask_geom)) if not e.isEmpty() else e for e in envs]
        results[self.OUTPUT] = self._write(parameters, context, envs, masses, p, work, crs)
        if masses.skipped:
            feedback.pushWarning(self.tr("{n} units with a NULL value were left out.").format(n=masses.skipped))
        feedback.pushInfo(self.tr("{k} units used, {g} without geometry dropped, {r} repaired.").format(
            k=table.stats.kept - masses.skipped, g=table.stats.null_geometry, r=table.stats.repaired))
        return results

    def _inputs(self, parameters, context) -> dict:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise self.param_error(self.INPUT, self.tr("choose a layer of units"))
        kind = QgsWkbTypes.geometryType(source.wkbType())
        if kind not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry):
            raise self.param_error(self.INPUT, self.tr("the units must be polygons or points"))
        p = {"source": source, "num": self.parameterAsString(parameters, self.NUMERATOR, context),
             "den": self.parameterAsString(parameters, self.DENOMINATOR, context),
             "function": pot.FUNCTION_CODES[self.parameterAsEnum(parameters, self.FUNCTION, context)],
             "span": self.parameterAsDouble(parameters, self.SPAN, context),
             "beta": self.parameterAsDouble(parameters, self.BETA, context),
             "res": self.parameterAsDouble(parameters, self.RESOLUTION, context),
             "spread": self.parameterAsBool(parameters, self.SPREAD, context)}
        self.check_fields(((self.NUMERATOR, p["num"], source), (self.DENOMINATOR, p["den"], source)))
        for name, key, example in ((self.SPAN, "span", self.tr("must be greater than 0 (metres), e.g. 10000")),
                                   (self.BETA, "beta", self.tr("must be greater than 0, e.g. 2")),
                                   (self.RESOLUTION, "res", self.tr("must be greater than 0 (metres), e.g. 1000"))):
            if p[key] <= 0:
                raise self.param_error(name, example)
        try:
            p["thresholds"] = parse_thresholds(self.parameterAsString(parameters, self.THRESHOLDS, context))
        except ThresholdError as err:
            raise self.param_error(self.THRESHOLDS, str(err)) from err
        p["raster"] = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
        if p["raster"] and not os.path.isdir(os.path.dirname(os.path.abspath(p["raster"]))):
            raise self.param_error(self.OUTPUT_RASTER, self.tr("the folder {f} does not exist").format(
                f=os.path.dirname(os.path.abspath(p["raster"]))))
        return p

    def _grid(self, parameters, context, p, work, geoms, feedback):
        """(mask in the working CRS or None, grid): over the mask, else EXTENT, else the units padded to where
        the kernel falls to 1 % of its peak (at most 10 spans)."""
        mask_src = self.parameterAsSource(parameters, self.MASK, context)
        mask_geom = None
        if mask_src is not None:
            mtable = self.read_table(parameters, self.MASK, context, mask_src, [], feedback)
            if not mtable.geometries:
                raise self.param_error(self.MASK, self.tr("the mask has no polygon"))
            parts = work.all_from(mask_src.sourceCrs(), mtable.geometries, context.transformContext())
            mask_geom = core_rings.polygons_only(QgsGeometry.unaryUnion(parts))
            box = pot.grid_extent([mask_geom.boundingBox()], 0.0)
        elif parameters.get(self.EXTENT):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, work.crs)
            if rect.isEmpty():
                raise self.param_error(self.EXTENT, self.tr("the extent is empty"))
            box = pot.grid_extent([rect], 0.0)
        else:
            pad = pot.pad_distance(p["function"], p["span"], p["beta"])
            box = pot.grid_extent([g.boundingBox() for g in geoms if not g.isEmpty()], pad)
            feedback.pushInfo(self.tr("No mask: the grid reaches {d:.0f} m beyond the units, where the kernel "
                                      "falls to 1 % of its peak (at most 10 spans).").format(d=pad))
        return mask_geom, pot.make_grid(*box, p["res"])

    def _plan(self, grid, masses, p, n_vectors):
        """The method and its cost; refused (with a cell size that fits) above the memory or time limit."""
        plan = pot.plan(grid, np.array(masses.x), np.array(masses.y), p["function"], p["beta"], n_vectors)
        limit = pot.memory_limit_bytes()
        if plan.bytes > limit or plan.seconds > pot.MAX_SECONDS or grid.nx * grid.ny > pot.MAX_CELLS:
            fit = pot.fitting_resolution(grid, p["res"], plan.seconds, pot.MAX_SECONDS, plan.bytes, limit)
            raise self.param_error(self.RESOLUTION, self.tr(
                "a {nx} × {ny} grid needs about {need:.1f} GB and {t:.0f} s (limits {lim:.1f} GB, {mt:.0f} s, "
                "{cells:,} cells); choose cells of {fit:g} m or more").format(
                nx=grid.nx, ny=grid.ny, need=plan.bytes / 1024 ** 3, lim=limit / 1024 ** 3, t=plan.seconds,
                mt=pot.MAX_SECONDS, cells=pot.MAX_CELLS, fit=fit))
        return plan

    def _method_label(self, method: str) -> str:
        return {"separable": self.tr("exact separable summation"), "direct": self.tr("exact direct summation"),
                "fft": self.tr("FFT convolution of bilinearly spread masses")}[method]

    def _report_error(self, masses, vectors, grid, surfaces, p, feedback) -> None:
        p95, worst = pot.sampled_error(np.array(masses.x), np.array(masses.y), vectors, grid, surfaces,
                                       p["function"], p["span"], p["beta"], ratio=bool(p["den"]))
        feedback.pushInfo(self.tr("FFT error against the exact sum on 400 sampled cells: 95th percentile "
                                  "{a:.3%}, maximum {b:.3%}.").format(a=p95, b=worst))
        if p95 > 0.005:
            feedback.pushWarning(self.tr("The cells are coarse for this span: choose cells of {r:g} m or less for "
                                         "an error under 0.5 %.").format(r=p["span"] / 5))

    @staticmethod
    def _surface(surfaces, ratio: bool) -> np.ndarray:
        if not ratio:
            return surfaces[0]
        p_num, p_den = surfaces
        share = np.full(p_num.shape, np.nan)
        ok = p_den > p_den.max() * 1e-12
        share[ok] = p_num[ok] / p_den[ok] * 100.0
        return share

    def _write(self, parameters, context, envs, masses, p, work, crs):
        fields = field_list(("level", INT), ("threshold", DOUBLE), ("label", STRING, 80), ("area_km2", DOUBLE),
                            ("num_mass", DOUBLE), ("mass", DOUBLE))
        sink, dest = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        da = self.distance_area(crs, context)
        n_levels = len(p["thresholds"])
        num = np.array(masses.count_num)
        mass_vec = np.array(masses.count_den) if p["den"] else num
        for k, env in enumerate(envs, start=1):
            inside = core_rings.points_inside(env, masses.count_x, masses.count_y)
            geom = work.backward(env) if work.reprojects and not env.isEmpty() else env
            t = p["thresholds"][n_levels - k]
            feat = QgsFeature(fields)
            if not geom.isEmpty():
                geom.convertToMultiType()
                feat.setGeometry(geom)
            unit = " %" if p["den"] else ""
            feat.setAttributes([k, t, f"{ring_label(k, n_levels)} (≥ {t:g}{unit})",
                                da.measureArea(geom) / 1e6 if not geom.isEmpty() else 0.0,
                                float(num[inside].sum()), float(mass_vec[inside].sum())])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest
