"""bassins:potentialrings against a direct summation written here, and hand-checked circles."""
import math

import numpy as np
import pytest

from .conftest import features, memory_layer

X0, Y0 = 4_000_000.0, 2_500_000.0


def direct(px, py, m, cx, cy, function, span, beta):
    """Independent reference: sum_j m_j f(d) at every cell centre."""
    if function == "exponential":
        a = math.log(2) / span ** beta
        f = lambda d: np.exp(-a * d ** beta)  # noqa: E731
    else:
        a = (2 ** (1 / beta) - 1) / span
        f = lambda d: (1 + a * d) ** (-beta)  # noqa: E731
    out = np.zeros(cx.shape)
    for x, y, w in zip(px, py, m):
        out += w * f(np.hypot(cx - x, cy - y))
    return out


def point_layer(pts, crs="EPSG:3035"):
    rows = [(f"POINT({x} {y})", [n, d]) for x, y, n, d in pts]
    return memory_layer("Point", crs, ["num:double", "den:double"], rows, "pts")


def read_raster(path):
    from osgeo import gdal

    ds = gdal.Open(str(path))
    arr = ds.GetRasterBand(1).ReadAsArray().astype(float)
    gt = ds.GetGeoTransform()
    nodata = ds.GetRasterBand(1).GetNoDataValue()
    xs = gt[0] + (np.arange(ds.RasterXSize) + 0.5) * gt[1]
    ys = gt[3] + (np.arange(ds.RasterYSize) + 0.5) * gt[5]
    cx, cy = np.meshgrid(xs, ys)
    arr[arr == nodata] = np.nan
    return arr, cx, cy


@pytest.mark.parametrize("function,beta", [(0, 2.0), (0, 1.0), (1, 2.0), (1, 3.0)])
def test_matches_direct_summation(run_alg, tmp_path, function, beta):
    rng = np.random.default_rng(3)
    pts = [(X0 + rng.uniform(0, 40000), Y0 + rng.uniform(0, 30000), rng.uniform(0, 100), rng.uniform(100, 500))
           for _ in range(40)]
    tif = tmp_path / "surface.tif"
    run_alg("bassins:potentialrings", {"INPUT": point_layer(pts), "NUMERATOR": "num", "DENOMINATOR": "den",
                                       "FUNCTION": function, "SPAN": 8000, "BETA": beta, "RESOLUTION": 1000,
                                       "THRESHOLDS": "10;20", "OUTPUT": "TEMPORARY_OUTPUT",
                                       "OUTPUT_RASTER": str(tif)})
    arr, cx, cy = read_raster(tif)
    px, py = [p[0] for p in pts], [p[1] for p in pts]
    fname = "exponential" if function == 0 else "pareto"
    num = direct(px, py, [p[2] for p in pts], cx, cy, fname, 8000, beta)
    den = direct(px, py, [p[3] for p in pts], cx, cy, fname, 8000, beta)
    ref = num / den * 100
    ok = np.isfinite(arr)
    assert ok.mean() > 0.95
    # the GeoTIFF stores float32: compare to float32 precision (the computation itself is exact)
    assert np.nanmax(np.abs(arr[ok] - ref[ok]) / np.abs(ref[ok])) < 1e-6


def test_core_is_exact_in_float64():
    from bassins_plugin.core import potential as pot

    rng = np.random.default_rng(1)
    px, py, m = rng.uniform(0, 5000, 30), rng.uniform(0, 5000, 30), rng.uniform(1, 10, 30)
    grid = pot.make_grid(0, 0, 5000, 5000, 100)
    cx, cy = np.meshgrid(grid.xs, grid.ys)
    for fname, beta in (("exponential", 2.0), ("exponential", 0.7), ("pareto", 2.5)):
        got = pot.potential(px, py, [m], grid, fname, 1500, beta)[0]
        ref = direct(px, py, m, cx, cy, fname, 1500, beta)
        assert np.max(np.abs(got - ref) / ref) < 1e-10, fname


@pytest.mark.parametrize("function", [0, 1])
def test_single_point_circle_at_span(run_alg, function):
    # one point of mass 1, no denominator: potential f(d) = 0.5 at d = SPAN -> a circle of radius SPAN
    lay = point_layer([(X0, Y0, 1.0, 1.0)])
    res, _ = run_alg("bassins:potentialrings", {
        "INPUT": lay, "NUMERATOR": "num", "FUNCTION": function, "SPAN": 5000, "BETA": 2, "RESOLUTION": 100,
        "THRESHOLDS": "0.5", "MASK": memory_layer("Polygon", "EPSG:3035", ["id:integer"], [(
            f"POLYGON(({X0 - 20000} {Y0 - 20000},{X0 + 20000} {Y0 - 20000},{X0 + 20000} {Y0 + 20000},"
            f"{X0 - 20000} {Y0 + 20000},{X0 - 20000} {Y0 - 20000}))", [1])], "mask"),
        "OUTPUT": "TEMPORARY_OUTPUT"})
    (attrs, geom), = features(res["OUTPUT"])
    assert attrs["area_km2"] == pytest.approx(math.pi * 25, rel=0.005)
    c = geom.centroid().asPoint()
    assert abs(c.x() - X0) < 50 and abs(c.y() - Y0) < 50
    assert attrs["mass"] == 1.0


def test_geographic_input_distances_in_metres(run_alg):
    import processing

    lay = point_layer([(X0, Y0, 1.0, 1.0)])
    geo = processing.run("native:reprojectlayer", {"INPUT": lay, "TARGET_CRS": "EPSG:4326",
                                                   "OUTPUT": "memory:"})["OUTPUT"]
    mask = memory_layer("Polygon", "EPSG:3035", ["id:integer"], [(
        f"POLYGON(({X0 - 20000} {Y0 - 20000},{X0 + 20000} {Y0 - 20000},{X0 + 20000} {Y0 + 20000},"
        f"{X0 - 20000} {Y0 + 20000},{X0 - 20000} {Y0 - 20000}))", [1])], "mask")
    res, _ = run_alg("bassins:potentialrings", {
        "INPUT": geo, "NUMERATOR": "num", "FUNCTION": 0, "SPAN": 5000, "BETA": 2, "RESOLUTION": 100,
        "THRESHOLDS": "0.5", "MASK": mask, "OUTPUT": "TEMPORARY_OUTPUT"})
    (attrs, geom), = features(res["OUTPUT"])
    assert attrs["area_km2"] == pytest.approx(math.pi * 25, rel=0.01)
    assert -180 < geom.centroid().asPoint().x() < 180  # back in degrees


def test_rings_nested_and_clipped(run_alg, tmp_path):
    out = {k: str(tmp_path / f"{k.lower()}.gpkg") for k in ("UNITS", "FLOWS", "POLES", "PROPOSALS", "PROPOSAL_LINES")}
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 300, "COUNTRIES": "FR;CH", "SEED": 2, **out})
    res, _ = run_alg("bassins:potentialrings", {
        "INPUT": out["UNITS"], "NUMERATOR": "cb_workers", "DENOMINATOR": "active", "FUNCTION": 0, "SPAN": 8000,
        "BETA": 2, "RESOLUTION": 500, "THRESHOLDS": "5;15;30", "MASK": out["UNITS"], "OUTPUT": "TEMPORARY_OUTPUT"})
    rings = sorted(features(res["OUTPUT"]), key=lambda r: r[0]["level"])
    from shapely import wkt
    from shapely.ops import unary_union

    from .conftest import read_gdf
    territory = unary_union(list(read_gdf(out["UNITS"]).geometry))
    geoms = [wkt.loads(g.asWkt()) for _, g in rings if not g.isEmpty()]
    assert geoms
    for g in geoms:
        assert g.is_valid
        assert g.difference(territory).area < 1.0
    for inner, outer in zip(geoms, geoms[1:]):
        assert inner.difference(outer).area < 1.0
    masses = [a["mass"] for a, _ in rings]
    assert masses == sorted(masses)


def test_bad_inputs(run_alg):
    from qgis.core import QgsProcessingException

    lay = point_layer([(X0, Y0, 1.0, 0.0), (X0 + 100000, Y0 + 100000, 2.0, 0.0)])
    base = {"INPUT": lay, "NUMERATOR": "num", "FUNCTION": 0, "SPAN": 5000, "BETA": 2, "RESOLUTION": 100,
            "THRESHOLDS": "1", "OUTPUT": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match="SPAN"):
        run_alg("bassins:potentialrings", {**base, "SPAN": 0})
    with pytest.raises(QgsProcessingException, match="DENOMINATOR"):
        run_alg("bassins:potentialrings", {**base, "DENOMINATOR": "den"})
    with pytest.raises(QgsProcessingException, match=r"RESOLUTION.*GB"):
        run_alg("bassins:potentialrings", {**base, "RESOLUTION": 1})
    with pytest.raises(QgsProcessingException, match="THRESHOLDS"):
        run_alg("bassins:potentialrings", {**base, "THRESHOLDS": "3;1"})


def test_spread_over_area_matches_the_integral(run_alg, tmp_path):
    # a 10 km square of mass 1 spread over its area: potential = (1/A) ∫∫ f dA, analytic for the Gaussian kernel
    from math import erf, log, pi, sqrt

    sq = f"POLYGON(({X0} {Y0},{X0 + 10000} {Y0},{X0 + 10000} {Y0 + 10000},{X0} {Y0 + 10000},{X0} {Y0}))"
    lay = memory_layer("Polygon", "EPSG:3035", ["num:double"], [(sq, [1.0])], "sq")
    tif = tmp_path / "s.tif"
    run_alg("bassins:potentialrings", {"INPUT": lay, "NUMERATOR": "num", "FUNCTION": 0, "SPAN": 3000, "BETA": 2,
                                       "RESOLUTION": 250, "THRESHOLDS": "0.1", "SPREAD": True,
                                       "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_RASTER": str(tif)})
    arr, cx, cy = read_raster(tif)
    a = log(2) / 3000 ** 2

    def integral(c, lo, hi):
        return sqrt(pi / a) / 2 * (erf(sqrt(a) * (hi - c)) - erf(sqrt(a) * (lo - c)))

    # cells at fixed places: centre, upper right, corner of the square (the grid is padded around it)
    for dx, dy in ((5125, 4875), (7625, 8625), (125, 9875)):
        j, i = np.unravel_index(np.argmin(np.hypot(cx - X0 - dx, cy - Y0 - dy)), cx.shape)
        x, y = cx[j, i], cy[j, i]
        exact = integral(x, X0, X0 + 10000) * integral(y, Y0, Y0 + 10000) / 1e8
        assert arr[j, i] == pytest.approx(exact, rel=2e-3)


@pytest.mark.parametrize("function,beta", [("pareto", 2.0), ("pareto", 1.0), ("exponential", 1.0)])
def test_fft_within_its_bound_of_the_direct_sum(function, beta):
    """The FFT path against the independent direct sum on every cell; the sampled error it reports agrees."""
    from bassins_plugin.core import potential as pot

    rng = np.random.default_rng(4)
    px, py, m = rng.uniform(0, 40000, 300), rng.uniform(0, 30000, 300), rng.uniform(1, 10, 300)
    grid = pot.make_grid(-5000, -5000, 45000, 35000, 500)
    cx, cy = np.meshgrid(grid.xs, grid.ys)
    got = pot.potential(px, py, [m], grid, function, 5000, beta, method="fft")[0]
    ref = direct(px, py, m, cx, cy, function, 5000, beta)
    rel = np.abs(got - ref) / ref
    assert np.percentile(rel, 95) <= 0.005
    p95, worst = pot.sampled_error(px, py, [m], grid, [got], function, 5000, beta)
    assert p95 <= 0.005 and worst <= rel.max() + 1e-12


def test_fft_points_outside_the_grid():
    """A mask smaller than the points: masses outside the grid still count, as in the direct sum."""
    from bassins_plugin.core import potential as pot

    px, py, m = np.array([-8000.0, 3000.0, 25000.0]), np.array([500.0, 4000.0, -9000.0]), np.array([5.0, 1.0, 9.0])
    grid = pot.make_grid(0, 0, 10000, 8000, 250)
    cx, cy = np.meshgrid(grid.xs, grid.ys)
    got = pot.potential(px, py, [m], grid, "pareto", 4000, 2.0, method="fft")[0]
    ref = direct(px, py, m, cx, cy, "pareto", 4000, 2.0)
    assert np.max(np.abs(got - ref) / ref) < 0.005


@pytest.mark.parametrize("values,expected", [
    ("constant", (0.0, 1.0, 1.0)),   # 25 everywhere: >= 30 empty, >= 15 and >= 5 the whole grid
    ("above", (1.0, 1.0, 1.0)),      # 40 everywhere: every ring is the whole grid
    ("ramp", (None, 1.0, 1.0)),      # 21 .. 36 from west to east: >= 30 is the eastern part, exactly
])
def test_rings_are_the_exact_sets_whatever_the_range(values, expected):
    from bassins_plugin.core import contours
    from bassins_plugin.core import potential as pot

    grid = pot.make_grid(0, 0, 16000, 8000, 1000)  # 16 x 8 cells
    if values == "constant":
        surface = np.full((grid.ny, grid.nx), 25.0)
    elif values == "above":
        surface = np.full((grid.ny, grid.nx), 40.0)
    else:
        surface = np.tile(21.0 + np.arange(grid.nx), (grid.ny, 1))  # 21 at x = 500 m, +1 per km
    envs = contours.envelopes(surface, grid, [5.0, 15.0, 30.0])
    full = 16000.0 * 8000.0
    for env, share in zip(envs, expected):
        if share is not None:
            assert (env.area() if not env.isEmpty() else 0.0) == pytest.approx(share * full, rel=1e-9)
    if values == "ramp":
        # value 30 is reached at x = 500 + 9 * 1000 = 9500 m: the core is x >= 9500, 6500 m wide
        assert envs[0].area() == pytest.approx(6500.0 * 8000.0, rel=1e-6)


def test_single_mass_without_mask_gives_the_kernel_radii(run_alg):
    """No MASK, no EXTENT: the grid is padded, and one mass gives circles where f(r) = threshold."""
    lay = point_layer([(X0, Y0, 1.0, 1.0)])
    res, log = run_alg("bassins:potentialrings", {
        "INPUT": lay, "NUMERATOR": "num", "FUNCTION": 0, "SPAN": 5000, "BETA": 2, "RESOLUTION": 100,
        "THRESHOLDS": "0.1;0.5", "OUTPUT": "TEMPORARY_OUTPUT"})
    rings = {a["level"]: a for a, _ in features(res["OUTPUT"])}
    r_half = 5000.0  # f(span) = 0.5
    r_tenth = 5000.0 * math.sqrt(math.log(10) / math.log(2))  # exp(-a r²) = 0.1
    assert rings[1]["area_km2"] == pytest.approx(math.pi * r_half ** 2 / 1e6, rel=0.005)
    assert rings[2]["area_km2"] == pytest.approx(math.pi * r_tenth ** 2 / 1e6, rel=0.005)
    assert "1 % of its peak" in log


def test_pareto_large_grid_uses_fft_and_reports_its_error(run_alg):
    rng = np.random.default_rng(8)
    pts = [(X0 + rng.uniform(0, 200000), Y0 + rng.uniform(0, 100000), 1.0, 1.0) for _ in range(2000)]
    res, log = run_alg("bassins:potentialrings", {
        "INPUT": point_layer(pts), "NUMERATOR": "num", "FUNCTION": 1, "SPAN": 10000, "BETA": 2,
        "RESOLUTION": 500, "THRESHOLDS": "50;100", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "FFT convolution" in log and "95th percentile" in log


def test_geometry_kinds_and_missing_raster_folder(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    # a multipoint unit: its mass is shared by its two distant points, not put at the centroid between them
    mp = memory_layer("MultiPoint", "EPSG:3035", ["num:double"],
                      [(f"MULTIPOINT(({X0} {Y0}),({X0 + 40000} {Y0}))", [2.0])], "mp")
    res, _ = run_alg("bassins:potentialrings", {
        "INPUT": mp, "NUMERATOR": "num", "FUNCTION": 0, "SPAN": 5000, "BETA": 2, "RESOLUTION": 200,
        "THRESHOLDS": "0.5", "OUTPUT": "TEMPORARY_OUTPUT"})
    (attrs, geom), = features(res["OUTPUT"])
    assert geom.isMultipart() and len(geom.asMultiPolygon()) == 2  # a circle around each point
    assert attrs["mass"] == 2.0 and not geom.contains(geom.centroid())
    lines = memory_layer("LineString", "EPSG:3035", ["num:double"], [(f"LINESTRING({X0} {Y0},{X0} {Y0 + 1})", [1])],
                         "l")
    with pytest.raises(QgsProcessingException, match="INPUT.*polygons or points"):
        run_alg("bassins:potentialrings", {"INPUT": lines, "NUMERATOR": "num", "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="OUTPUT_RASTER.*does not exist"):
        run_alg("bassins:potentialrings", {"INPUT": point_layer([(X0, Y0, 1.0, 1.0)]), "NUMERATOR": "num",
                                           "OUTPUT": "TEMPORARY_OUTPUT",
                                           "OUTPUT_RASTER": str(tmp_path / "missing" / "s.tif")})


@pytest.mark.parametrize("value,inside", [
    (2.2 + 8.2 + 4.6, True),      # 14.999999999999998 in floating point, exactly 15 in decimals: reaches 15
    (14.99, False),               # never rounded up
    (15 * (1 - 1e-4), False),     # t - 0.01 %
    (15 * (1 + 1e-4), True),      # t + 0.01 %
])
def test_contour_threshold_on_the_exact_value(value, inside):
    # a surface constant at ``value``: the ring >= 15 is the whole grid or nothing
    from bassins_plugin.core import contours
    from bassins_plugin.core import potential as pot

    grid = pot.make_grid(0, 0, 16000, 8000, 1000)
    env = contours.envelopes(np.full((grid.ny, grid.nx), value), grid, [15.0])[0]
    area = env.area() if not env.isEmpty() else 0.0
    assert area == pytest.approx(16000.0 * 8000.0 if inside else 0.0, rel=1e-9, abs=1e-6)
