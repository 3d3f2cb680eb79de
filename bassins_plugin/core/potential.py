"""Spatial potential (Stewart) on a regular grid, as in RIATE's ``potential`` model.

The potential of a cell is sum_j mass_j * f(d_j), d_j the distance from the cell
centre to point j (metres), with the interaction functions:

* exponential f(d) = exp(-alpha * d**beta), alpha = ln 2 / span**beta;
* Pareto      f(d) = (1 + alpha * d) ** (-beta), alpha = (2 ** (1 / beta) - 1) / span;

so that f(span) = 0.5.

Computation is exact (no binning of points to cells):

* for the exponential function with beta = 2 (RIATE's default) the kernel is
  separable, exp(-a(dx²+dy²)) = exp(-a dx²)·exp(-a dy²), and the whole grid is a
  matrix product Gy^T · diag(mass) · Gx done by BLAS: O(points × (nx + ny)) memory,
  exact to rounding;
* every other function is summed directly, by blocks of rows (exact, slower), or,
  when that would be long, by FFT convolution: masses are spread onto the grid's
  lattice with bilinear (sub-cell) weights and convolved with the kernel sampled over
  twice the lattice's extent (no wrap-around, long tails kept). Its error is measured
  on sampled cells against the exact sum and reported.
"""
import math
import os
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np

from .errors import Canceled

FUNCTION_CODES = ("exponential", "pareto")  # order is API (FUNCTION enum index)
MAX_CELLS = 50_000_000
MAX_SECONDS = 600.0  # a computation estimated longer than this is refused, with the cell size that would fit
PAD_FRACTION = 0.01  # without a mask, the grid reaches where the kernel falls to 1 % of its peak...
PAD_MAX_SPANS = 10.0  # ... but no farther than 10 spans
DIRECT_NS = 12.0  # measured cost of one kernel term in the direct sum (ns), for time estimates
FFT_NS = 25.0  # per lattice cell of the padded FFT (ns), for time estimates


class PotentialError(ValueError):
    pass


def memory_limit_bytes() -> int:
    """Half the physical memory (4 GB if unknown): the most a grid may take."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") * 0.5)
    except (ValueError, OSError, AttributeError):
        return 4 * 1024 ** 3


@dataclass
class Grid:
    """Cell centres: x0 + (i + 0.5) * res, y top-down: y1 - (j + 0.5) * res (row 0 at the top)."""

    x0: float
    y1: float
    res: float
    nx: int
    ny: int

    @property
    def xs(self) -> np.ndarray:
        return self.x0 + (np.arange(self.nx) + 0.5) * self.res

    @property
    def ys(self) -> np.ndarray:
        return self.y1 - (np.arange(self.ny) + 0.5) * self.res

    @property
    def extent(self) -> Tuple[float, float, float, float]:
        return self.x0, self.y1 - self.ny * self.res, self.x0 + self.nx * self.res, self.y1


def alpha(function: str, span: float, beta: float) -> float:
    if span <= 0:
        raise PotentialError("SPAN must be greater than 0")
    if beta <= 0:
        raise PotentialError("BETA must be greater than 0")
    if function == "exponential":
        return math.log(2.0) / span ** beta
    if function == "pareto":
        return (2.0 ** (1.0 / beta) - 1.0) / span
    raise PotentialError(f"unknown function {function}")


def kernel(d: np.ndarray, function: str, span: float, beta: float) -> np.ndarray:
    a = alpha(function, span, beta)
    if function == "exponential":
        return np.exp(-a * np.power(d, beta))
    return np.power(1.0 + a * d, -beta)


def make_grid(xmin: float, ymin: float, xmax: float, ymax: float, res: float) -> Grid:
    if res <= 0:
        raise PotentialError("RESOLUTION must be greater than 0")
    nx = max(1, int(math.ceil((xmax - xmin) / res)))
    ny = max(1, int(math.ceil((ymax - ymin) / res)))
    # centre the grid on the extent
    x0 = (xmin + xmax) / 2 - nx * res / 2
    y1 = (ymin + ymax) / 2 + ny * res / 2
    return Grid(x0, y1, res, nx, ny)


def memory_estimate(grid: Grid, n_points: int, n_masses: int = 2, chunk: int = 4096) -> int:
    """Bytes needed: the result grids, the work grid and the per-chunk kernel matrices."""
    cells = grid.nx * grid.ny
    return 8 * (cells * (n_masses + 2) + 2 * min(chunk, max(n_points, 1)) * (grid.nx + grid.ny))


def is_separable(function: str, beta: float) -> bool:
    return function == "exponential" and abs(beta - 2.0) < 1e-12


def pad_distance(function: str, span: float, beta: float) -> float:
    """Distance where the kernel falls to PAD_FRACTION of its peak, at most PAD_MAX_SPANS spans."""
    a = alpha(function, span, beta)
    if function == "exponential":
        d = (math.log(1.0 / PAD_FRACTION) / a) ** (1.0 / beta)
    else:
        d = ((1.0 / PAD_FRACTION) ** (1.0 / beta) - 1.0) / a
    return min(d, PAD_MAX_SPANS * span)


@dataclass
class Plan:
    """How the potential will be computed, and what it is expected to cost."""

    method: str  # separable, direct or fft
    seconds: float
    bytes: int


def _fft_shape(grid: "Grid", xs: np.ndarray, ys: np.ndarray) -> Tuple[int, int, int, int]:
    """(offset x, offset y, lattice nx, lattice ny): the grid's lattice grown to hold every point."""
    if len(xs) == 0:
        return 0, 0, grid.nx, grid.ny
    fx = (np.asarray(xs) - grid.x0) / grid.res - 0.5
    fy = (grid.y1 - np.asarray(ys)) / grid.res - 0.5
    ox = max(0, -int(math.floor(fx.min())))
    oy = max(0, -int(math.floor(fy.min())))
    lx = max(grid.nx + ox, int(math.floor(fx.max())) + 2 + ox)
    ly = max(grid.ny + oy, int(math.floor(fy.max())) + 2 + oy)
    return ox, oy, lx, ly


def plan(grid: "Grid", xs: np.ndarray, ys: np.ndarray, function: str, beta: float, n_masses: int = 1,
         method: str = "auto") -> Plan:
    """The method (auto: exact separable for exponential beta = 2, exact direct when quick, FFT otherwise),
    with its estimated time and memory."""
    n = max(len(xs), 1)
    cells = grid.nx * grid.ny
    direct_s = cells * n * DIRECT_NS * 1e-9
    _ox, _oy, lx, ly = _fft_shape(grid, xs, ys)
    fft_cells = 4 * lx * ly
    fft_s = fft_cells * (n_masses + 1) * FFT_NS * 1e-9 + n * 1e-6
    if method == "auto":
        method = "separable" if is_separable(function, beta) else ("direct" if direct_s <= 2.0 else "fft")
    if method == "separable":
        return Plan(method, cells * n * 1e-9, 8 * (cells * (n_masses + 2) + 2 * min(4096, n) * (grid.nx + grid.ny)))
    if method == "direct":
        return Plan(method, direct_s, 8 * cells * (n_masses + 2) + 8 * 256 * 4_000_000 // max(1, min(n, 256)))
    return Plan(method, fft_s, 8 * fft_cells * (n_masses + 3) + 16 * fft_cells)


def potential(xs: np.ndarray, ys: np.ndarray, masses: Sequence[np.ndarray], grid: Grid, function: str,
              span: float, beta: float, feedback=None, method: str = "auto", chunk: int = 4096) -> list:
    """Potentials (ny, nx) for each mass vector. method: 'auto', 'separable' or 'direct'."""
    alpha(function, span, beta)  # validates
    if grid.nx * grid.ny > MAX_CELLS:
        raise PotentialError(f"{grid.nx} x {grid.ny} cells exceeds the limit of {MAX_CELLS:,}")
    if method == "auto":
        method = plan(grid, xs, ys, function, beta, len(masses)).method
    if method == "fft":
        return _fft_potential(np.asarray(xs, float), np.asarray(ys, float), masses, grid, function, span, beta,
                              feedback)
    if method == "separable" and not is_separable(function, beta):
        raise PotentialError("the separable method needs the exponential function with beta = 2")
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    m = np.vstack([np.asarray(v, dtype=float) for v in masses])  # (k, n)
    out = [np.zeros((grid.ny, grid.nx)) for _ in masses]
    gx, gy = grid.xs, grid.ys
    n = len(xs)
    if method == "separable":
        a = alpha(function, span, beta)
        for s in range(0, n, chunk):
            _check(feedback, 100.0 * s / max(n, 1))
            px, py = xs[s:s + chunk], ys[s:s + chunk]
            ex = np.exp(-a * (gx[None, :] - px[:, None]) ** 2)  # (c, nx)
            ey = np.exp(-a * (gy[None, :] - py[:, None]) ** 2)  # (c, ny)
            for k in range(len(masses)):
                out[k] += ey.T @ (m[k, s:s + chunk, None] * ex)
        return out
    # direct summation, by blocks of rows so that a block holds about `budget` distances
    budget = 4_000_000
    rows = max(1, budget // max(1, grid.nx * max(1, min(n, 256))))
    for j0 in range(0, grid.ny, rows):
        _check(feedback, 100.0 * j0 / grid.ny)
        yy = gy[j0:j0 + rows]
        cy, cx = np.meshgrid(yy, gx, indexing="ij")  # (r, nx)
        acc = np.zeros((len(masses),) + cy.shape)
        for s in range(0, n, 256):
            dx = cx[None, :, :] - xs[s:s + 256, None, None]
            dy = cy[None, :, :] - ys[s:s + 256, None, None]
            f = kernel(np.sqrt(dx * dx + dy * dy), function, span, beta)
            for k in range(len(masses)):
                acc[k] += np.tensordot(m[k, s:s + 256], f, axes=1)
        for k in range(len(masses)):
            out[k][j0:j0 + rows] = acc[k]
    return out


def _fast_len(n: int) -> int:
    """The next length whose prime factors are 2, 3 and 5 (fast FFTs)."""
    best = 1 << max(0, (n - 1).bit_length())
    for a in (1, 3, 5, 9, 15, 25, 27, 45, 75):
        m = a
        while m < n:
            m *= 2
        best = min(best, m)
    return best


def spread_bilinear(xs: np.ndarray, ys: np.ndarray, m: np.ndarray, grid: "Grid", ox: int, oy: int,
                    lx: int, ly: int) -> np.ndarray:
    """Masses shared among the 4 lattice nodes around each point (bilinear weights): (ly, lx)."""
    fx = (xs - grid.x0) / grid.res - 0.5 + ox
    fy = (grid.y1 - ys) / grid.res - 0.5 + oy
    i0 = np.floor(fx).astype(np.int64)
    j0 = np.floor(fy).astype(np.int64)
    wx, wy = fx - i0, fy - j0
    out = np.zeros((ly, lx))
    for di, dj, w in ((0, 0, (1 - wx) * (1 - wy)), (1, 0, wx * (1 - wy)), (0, 1, (1 - wx) * wy), (1, 1, wx * wy)):
        ii, jj = np.clip(i0 + di, 0, lx - 1), np.clip(j0 + dj, 0, ly - 1)
        np.add.at(out, (jj, ii), m * w)
    return out


def _fft_potential(xs, ys, masses, grid: "Grid", function, span, beta, feedback) -> list:
    """Bilinear spreading then linear (not circular) convolution by FFT with the kernel sampled over
    offsets -(L-1)..(L-1) in both directions, so that every pair of lattice nodes gets its true weight."""
    ox, oy, lx, ly = _fft_shape(grid, xs, ys)
    fy_len, fx_len = _fast_len(2 * ly - 1), _fast_len(2 * lx - 1)
    dx = np.arange(-(lx - 1), lx) * grid.res
    dy = np.arange(-(ly - 1), ly) * grid.res
    k = kernel(np.hypot(dy[:, None], dx[None, :]), function, span, beta)
    kernel_hat = np.fft.rfft2(k, s=(fy_len, fx_len))
    del k
    _check(feedback, 30)
    out = []
    for n, mvec in enumerate(masses):
        lattice = spread_bilinear(xs, ys, np.asarray(mvec, dtype=float), grid, ox, oy, lx, ly)
        conv = np.fft.irfft2(np.fft.rfft2(lattice, s=(fy_len, fx_len)) * kernel_hat, s=(fy_len, fx_len))
        # lattice node (j, i) sits at conv[j + ly - 1, i + lx - 1]; the grid starts at node (oy, ox)
        out.append(np.array(conv[ly - 1 + oy: ly - 1 + oy + grid.ny, lx - 1 + ox: lx - 1 + ox + grid.nx]))
        _check(feedback, 30 + 60 * (n + 1) / len(masses))
    return out


def sampled_error(xs, ys, masses: Sequence[np.ndarray], grid: "Grid", surfaces: Sequence[np.ndarray], function: str,
                  span: float, beta: float, samples: int = 400, seed: int = 0,
                  ratio: bool = False) -> Tuple[float, float]:
    """(95th percentile, maximum) relative error of the computed surface against the exact sum at sampled
    cells (of the share num/den when ``ratio``); cells where the exact value is ~0 are left out."""
    rng = np.random.default_rng(seed)
    j = rng.integers(0, grid.ny, samples)
    i = rng.integers(0, grid.nx, samples)
    cx, cy = grid.xs[i], grid.ys[j]
    d = np.hypot(cx[:, None] - np.asarray(xs)[None, :], cy[:, None] - np.asarray(ys)[None, :])
    f = kernel(d, function, span, beta)
    exact = [f @ np.asarray(m, dtype=float) for m in masses]
    got = [s[j, i] for s in surfaces]
    if ratio:
        exact, got = [exact[0] / exact[1]], [got[0] / got[1]]
    ref, val = exact[0], got[0]
    keep = np.abs(ref) > 1e-9 * np.abs(ref).max() if len(ref) else np.zeros(0, bool)
    if not keep.any():
        return 0.0, 0.0
    rel = np.abs(val[keep] - ref[keep]) / np.abs(ref[keep])
    return float(np.percentile(rel, 95)), float(rel.max())


@dataclass
class Masses:
    """Mass points (several per unit when spread) and counting points (for the mass inside each ring)."""

    x: list
    y: list
    num: list
    den: list
    count_x: list
    count_y: list
    count_num: list
    count_den: list
    skipped: int = 0

    @property
    def units(self) -> int:
        return len(self.count_x)


MAX_MASS_POINTS = 5_000_000


def masses_of(geoms, nums: Sequence, dens: Optional[Sequence], spread: bool, spacing: float) -> Masses:
    """Masses of units in the working CRS: a polygon at its point on surface (or spread over its area),
    a point where it is, every part of a multipoint with an equal share. Negative values are refused."""
    from .errors import UserError
    from .features import to_float
    from .messages import tr

    out = Masses([], [], [], [], [], [], [], [])
    for i, geom in enumerate(geoms):
        n_val = to_float(nums[i])
        d_val = to_float(dens[i]) if dens is not None else 0.0
        if n_val is None or d_val is None or geom.isEmpty():
            out.skipped += 1
            continue
        if n_val < 0 or d_val < 0:
            raise UserError(tr("values must be ≥ 0 (found {v:g})").format(v=min(n_val, d_val)),
                            "NUMERATOR" if n_val < 0 else "DENOMINATOR")
        parts = _point_parts(geom)
        _share_out(parts, n_val, d_val, out.count_x, out.count_y, out.count_num, out.count_den)
        if spread and geom.type() == 2:  # polygon
            px, py = spread_points(geom, spacing)
            parts = list(zip(px.tolist(), py.tolist()))
        _share_out(parts, n_val, d_val, out.x, out.y, out.num, out.den)
        if len(out.x) > MAX_MASS_POINTS:
            raise UserError(tr("spreading the units over cells of {r:g} m makes more than 5 million points; choose "
                               "a larger cell size").format(r=spacing), "RESOLUTION")
    return out


def _share_out(parts, n_val: float, d_val: float, xs: list, ys: list, nums: list, dens: list) -> None:
    """A unit's values shared equally among its points."""
    share = 1.0 / len(parts)
    for x, y in parts:
        xs.append(x)
        ys.append(y)
        nums.append(n_val * share)
        dens.append(d_val * share)


def _point_parts(geom) -> List[Tuple[float, float]]:
    """Where a unit's mass sits: every point of a (multi)point, the point on surface of a polygon."""
    if geom.type() == 0:  # points
        pts = geom.asMultiPoint() if geom.isMultipart() else [geom.asPoint()]
        return [(p.x(), p.y()) for p in pts]
    p = geom.pointOnSurface().asPoint()
    return [(p.x(), p.y())]


def grid_extent(boxes, pad: float) -> Tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of bounding boxes, grown by ``pad`` on every side."""
    xmin = min(b.xMinimum() for b in boxes) - pad
    ymin = min(b.yMinimum() for b in boxes) - pad
    xmax = max(b.xMaximum() for b in boxes) + pad
    ymax = max(b.yMaximum() for b in boxes) + pad
    return xmin, ymin, xmax, ymax


def fitting_resolution(grid: "Grid", res: float, seconds: float, limit_s: float, need: int, limit_b: int) -> float:
    """The smallest cell size (a round number) whose cost fits both limits, from the scaling of cells."""
    factor = max(math.sqrt(seconds / limit_s) if limit_s else 1.0, math.sqrt(need / limit_b) if limit_b else 1.0)
    target = res * factor * 1.1
    magnitude = 10 ** math.floor(math.log10(target))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= target:
            return step * magnitude
    return 10 * magnitude


def spread_points(geom, spacing: float) -> Tuple[np.ndarray, np.ndarray]:
    """Points of a regular lattice (cell centres of ``spacing``) inside a polygon; its point on surface if none.

    Used to represent a unit by its area: its mass is shared equally among these points."""
    from qgis.core import QgsGeometry, QgsPointXY

    box = geom.boundingBox()
    xs = np.arange(np.floor(box.xMinimum() / spacing) * spacing + spacing / 2, box.xMaximum(), spacing)
    ys = np.arange(np.floor(box.yMinimum() / spacing) * spacing + spacing / 2, box.yMaximum(), spacing)
    engine = QgsGeometry.createGeometryEngine(geom.constGet())
    engine.prepareGeometry()
    px, py = [], []
    for y in ys:
        for x in xs:
            pt = QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y)))
            if engine.contains(pt.constGet()):
                px.append(x)
                py.append(y)
    if not px:
        c = geom.pointOnSurface().asPoint()
        return np.array([c.x()]), np.array([c.y()])
    return np.array(px), np.array(py)


def _check(feedback, progress: Optional[float] = None) -> None:
    if feedback is None:
        return
    if feedback.isCanceled():
        raise Canceled()
    if progress is not None:
        feedback.setProgress(min(80.0, 10.0 + 0.7 * progress))
