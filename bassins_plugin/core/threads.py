"""A small thread pool for GEOS work: QGIS geometry calls and ctypes calls into GEOS release the GIL."""
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Sequence

WORKERS = min(4, os.cpu_count() or 1)


def parallel_map(fn: Callable, items: Sequence) -> list:
    """map() on up to 4 threads (one per core), in order; plain map() for a single item or core. The pool
    ends with the call: no thread outlives it (QGIS would crash at exit with threads still holding GEOS)."""
    items = list(items)
    if len(items) <= 1 or WORKERS == 1:
        return [fn(i) for i in items]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(fn, items))
