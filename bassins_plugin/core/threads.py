"""A small thread pool for GEOS work: QGIS geometry calls and ctypes calls into GEOS release the GIL.

The pool lives as long as the plugin, so that per-thread resources (the GEOS contexts of
:mod:`.coverage`) are made once per thread, not once per call."""
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Optional, Sequence

_pool: Optional[ThreadPoolExecutor] = None
_lock = threading.Lock()
WORKERS = min(4, os.cpu_count() or 1)


def parallel_map(fn: Callable, items: Sequence) -> list:
    """map() on up to 4 threads (one per core), in order; plain map() for a single item or core."""
    global _pool
    items = list(items)
    if len(items) <= 1 or WORKERS == 1 or threading.current_thread().name.startswith("bassins-geos"):
        return [fn(i) for i in items]
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="bassins-geos")
    return list(_pool.map(fn, items))
