"""Grouping equal rows of integers fast and exactly: pandas' hash table on one 64-bit hash per row, every
row then compared with its group's first row, so that a hash shared by two different rows is caught (the
caller then takes its exact, slower path)."""
from typing import Optional, Tuple

import numpy as np


def first_of(codes: np.ndarray) -> np.ndarray:
    """Index of the first row of each code (codes 0..k-1)."""
    first = np.empty(int(codes.max()) + 1 if len(codes) else 0, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    return first


def last_of(codes: np.ndarray) -> np.ndarray:
    """Index of the last row of each code (codes 0..k-1)."""
    last = np.empty(int(codes.max()) + 1 if len(codes) else 0, dtype=np.int64)
    last[codes] = np.arange(len(codes))
    return last


def factorize_checked(hashes: np.ndarray, rows: np.ndarray) -> Optional[Tuple[np.ndarray, np.ndarray]]:
    """(code of each row, first row of each code) for ``rows`` (n x w) hashed to ``hashes``; None when two
    different rows share a hash. Raises ImportError without pandas."""
    import pandas as pd

    codes = np.asarray(pd.factorize(hashes)[0], dtype=np.int64)
    first = first_of(codes)
    ref = first[codes]
    if all(np.array_equal(rows[:, c], rows[:, c][ref]) for c in range(rows.shape[1])):
        return codes, first
    return None
