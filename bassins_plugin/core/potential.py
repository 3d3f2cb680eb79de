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
* every other function is summed directly, by blocks of rows (exact, slower).
"""
import math
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np

from .errors import Canceled

FUNCTION_CODES = ("exponential", "pareto")  # order is API (FUNCTION enum index)
MAX_CELLS = 50_000_000


class PotentialError(ValueError):
    pass


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


def potential(xs: np.ndarray, ys: np.ndarray, masses: Sequence[np.ndarray], grid: Grid, function: str,
              span: float, beta: float, feedback=None, method: str = "auto", chunk: int = 4096) -> list:
    """Potentials (ny, nx) for each mass vector. method: 'auto', 'separable' or 'direct'."""
    alpha(function, span, beta)  # validates
    if grid.nx * grid.ny > MAX_CELLS:
        raise PotentialError(f"{grid.nx} x {grid.ny} cells exceeds the limit of {MAX_CELLS:,}")
    if method == "auto":
        method = "separable" if is_separable(function, beta) else "direct"
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
