"""Cross-border flow indicators per unit, from a flows table.

A flow is cross-border when its origin's country differs from its destination's
(the destination unit's country, or DESTINATION_COUNTRY for destinations that
are not units, e.g. a foreign country code). Flows whose ids match no unit are
counted and reported, never silently dropped.
"""
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from .columns import plain_value
from .hashing import factorize_checked
from .messages import tr


class FlowError(ValueError):
    """A flow row that cannot be used (negative or non-numeric count)."""


def id_key(value) -> Optional[str]:
    """Normalised identifier: text, trimmed; 1004.0 -> '1004'. None for NULL/empty."""
    if value is None:
        return None
    if isinstance(value, bytes):  # GDAL's Arrow columns: text comes as bytes
        value = value.decode("utf-8", "replace")
    try:
        if isinstance(value, float):
            if math.isnan(value):
                return None
            if value.is_integer():
                return str(int(value))
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    if not text or text.upper() == "NULL":
        return None
    return text


def _loose(key: str) -> str:
    """A second chance for codes that lost leading zeros (INSEE '01004' read as 1004)."""
    if key.isdigit():
        return key.lstrip("0") or "0"
    return key


def safe_field_suffix(text: str) -> str:
    s = re.sub(r"[^0-9a-zA-Z_]+", "_", str(text).strip().lower()).strip("_")
    return s or "none"


def to_count(value, row: int) -> Optional[float]:
    """A flow count: None for NULL, FlowError for negative or non-numeric."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        v = float(value)
    else:
        text = value.decode("utf-8", "replace").strip() if isinstance(value, bytes) else str(value).strip()
        if not text or text.upper() == "NULL":
            return None
        try:
            v = float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
        except ValueError:
            raise FlowError(tr("row {row}: count '{v}' is not a number").format(row=row, v=text)) from None
    if math.isnan(v):
        return None
    if not math.isfinite(v):
        raise FlowError(tr("row {row}: count is not a finite number").format(row=row))
    if v < 0:
        raise FlowError(tr("row {row}: count {v:g} is negative").format(row=row, v=v))
    return v


@dataclass
class FlowIndicators:
    cb_out: np.ndarray
    cb_in: np.ndarray
    cb_share: List[Optional[float]]
    cb_top_dest: List[Optional[str]]
    cb_in_share: Optional[List[Optional[float]]] = None
    by_theme: Dict[str, np.ndarray] = field(default_factory=dict)
    stats: Dict[str, float] = field(default_factory=dict)
    unmatched_origins: Dict[str, float] = field(default_factory=dict)
    unmatched_destinations: Dict[str, float] = field(default_factory=dict)
    index: Optional["UnitIndex"] = None  # how the ids were matched (padded_hits, zero_misses)


FR_CODE_WIDTH = 5  # INSEE commune codes: 01001 … 97617
PAD_HINT = 'lpad("id", 5, \'0\')'  # the Field calculator expression that restores the zeros (id: the id field)


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


class UnitIndex:
    """Maps flow ids to unit positions: exact ids first; then an all-digit id that lost its leading
    zeros (1004 read from a number column) matches the one unit whose code is that with zeros
    ('01004'). An id that has its own leading zero ('01002') is never attached to a text unit id
    '1002', and a loose key shared by several units matches none (``ambiguous`` counts them).

    With ``countries``, a French unit whose id is a number (1001: an INSEE code a spreadsheet turned
    into a number) is also found by its code with zeros ('01001', five digits): ``padded_hits``
    counts those ids. Other flow ids with a leading zero that would match a unit without it are
    counted in ``zero_misses`` (the caller hints at ``PAD_HINT``).
    """

    def __init__(self, unit_ids: Sequence, keys: Optional[List[Optional[str]]] = None,
                 countries: Optional[Sequence] = None):
        self.exact: Dict[str, int] = {}
        self.loose: Dict[str, int] = {}
        self.padded: Dict[str, int] = {}
        self.duplicates: List[str] = []
        self.loose_hits = 0
        self.ambiguous = 0
        self.padded_found: set = set()  # distinct flow ids found through ``padded``
        self.zero_misses: Dict[str, str] = {}  # flow id with its zero -> the unit id it was not attached to
        clashes = set()
        for i, key in enumerate(keys if keys is not None else [id_key(u) for u in unit_ids]):
            if key is None:
                continue
            if key in self.exact:
                self.duplicates.append(key)
                continue
            self.exact[key] = i
            if key.isdigit() and key.startswith("0"):
                lk = _loose(key)
                if lk in self.loose:
                    clashes.add(lk)
                self.loose[lk] = i
        for lk in clashes:
            del self.loose[lk]
        self._clashes = clashes
        if countries is not None:
            self._add_padded(unit_ids, countries)
        self._keys: Optional[np.ndarray] = None  # the keys as bytes, and their hash table, for match_bytes
        self._table = None

    def match_bytes(self, values: np.ndarray) -> Optional[np.ndarray]:
        """Unit positions for a bytes column (GDAL's Arrow text), values equal to a unit's key matched
        in bulk on integer views of their bytes (-2 where the value is not a key as it stands: those go
        through find()); None when pandas is missing, a text is long or two keys share a hash."""
        try:
            import pandas as pd
        except ImportError:
            return None
        if self._keys is None:
            self._keys = np.array([k.encode("utf-8") for k in self.exact], dtype=bytes)
        width = max(self._keys.dtype.itemsize, values.dtype.itemsize)
        if not self.exact or width > _MAX_BYTES:
            return None
        words = max(1, -(-width // 8))
        if self._table is None or self._table[0] != words:  # origins and destinations share one table
            key_block, key_hash = _byte_words(self._keys, words)
            self._table = (words, key_block, pd.Index(key_hash))
        _, key_block, table = self._table
        if not table.is_unique:
            return None
        block, value_hash = _byte_words(values, words)
        at = np.asarray(table.get_indexer(value_hash), dtype=np.int64)
        hit = at >= 0
        same = (block[hit] == key_block[at[hit]]).all(axis=1)
        hit[np.nonzero(hit)[0][~same]] = False  # a hash shared with another text: not a match
        first = np.fromiter(self.exact.values(), dtype=np.int64, count=len(self.exact))
        return np.where(hit, first[np.maximum(at, 0)], -2)

    @property
    def padded_hits(self) -> int:
        return len(self.padded_found)

    def _add_padded(self, unit_ids: Sequence, countries: Sequence) -> None:
        """'01001' -> the French unit whose id is the number 1001 (never a text id, never another country)."""
        for i, (raw, country) in enumerate(zip(unit_ids, countries)):
            if not _is_number(raw) or (_country_key(country) or "") != "FR":
                continue
            key = id_key(raw)
            if key is not None and key.isdigit() and len(key) < FR_CODE_WIDTH and self.exact.get(key) == i:
                padded = key.zfill(FR_CODE_WIDTH)
                if padded not in self.exact:
                    self.padded[padded] = i

    def find(self, value) -> int:
        key = id_key(value)
        if key is None:
            return -1
        i = self.exact.get(key)
        if i is not None:
            return i
        if key.startswith("0") and key.isdigit():
            i = self.padded.get(key)
            if i is not None:
                self.padded_found.add(key)
                return i
            stripped = _loose(key)
            if stripped in self.exact:
                self.zero_misses[key] = stripped
            return -1
        if key.isdigit() and not key.startswith("0"):
            i = self.loose.get(key)
            if i is not None:
                self.loose_hits += 1
                return i
            if key in self._clashes:
                self.ambiguous += 1
        return -1


_MAX_BYTES = 64  # longer texts (names, not codes) take the general path: their integer views would cost memory


def _byte_words(values: np.ndarray, words: int):
    """(the bytes of each value as ``words`` 64-bit integers, one 64-bit hash of them per value)."""
    block = np.ascontiguousarray(values.astype(f"S{8 * words}")).view("<u8").reshape(len(values), words)
    key = block[:, 0].copy()
    for j in range(1, words):
        key = key * np.uint64(1_000_003) + block[:, j]  # wraps modulo 2**64: a hash, always checked
    return block, key


def _factorize_bytes(values: np.ndarray):
    """Factorize a fixed-width bytes column (GDAL's Arrow text) through integer views of its bytes: hashing
    integers is ten times faster than hashing Python bytes. Exact: rows sharing a hash are compared byte by
    byte, and a collision sends the caller back to the general path (None)."""
    block, key = _byte_words(values, max(1, -(-values.dtype.itemsize // 8)))
    found = factorize_checked(key, block)
    if found is None:
        return None
    codes, first = found
    return values[first].tolist(), codes


def factorize(values: np.ndarray):
    """(distinct values, index of each value): pandas' hash-based factorize when present, numpy otherwise."""
    if values.dtype.kind == "S" and len(values) and values.dtype.itemsize <= _MAX_BYTES:
        try:
            found = _factorize_bytes(values)
            if found is not None:
                return found
        except ImportError:
            pass
    try:
        import pandas as pd

        codes, uniques = pd.factorize(values, use_na_sentinel=False) if _PD_NEW else pd.factorize(values)
        uniques, codes = list(uniques), np.asarray(codes, dtype=np.int64)
        if len(codes) and codes.min() < 0:  # older pandas: NaN coded -1
            uniques.append(None)
            codes = np.where(codes < 0, len(uniques) - 1, codes)
        return uniques, codes
    except ImportError:
        uniq, inv = np.unique(values, return_inverse=True)
        return uniq.tolist(), inv


def _pandas_new() -> bool:
    try:
        import pandas as pd

        return tuple(int(x) for x in pd.__version__.split(".")[:2]) >= (1, 5)
    except (ImportError, ValueError):
        return False


_PD_NEW = _pandas_new()


def counts_array(values: Sequence) -> np.ndarray:
    """Counts as floats (nan for NULL); FlowError naming the first bad row."""
    try:
        if isinstance(values, np.ndarray) and values.dtype.kind in "SU" and (values == values[:0].dtype.type()).any():
            raise ValueError("empty strings")  # NULLs: handled row by row below
        arr = np.array(values, dtype=float)
    except (TypeError, ValueError):
        arr = np.array([np.nan if (c := to_count(v, i + 1)) is None else c for i, v in enumerate(values)],
                       dtype=float)
    bad = np.nonzero(arr < 0)[0] if len(arr) else []
    if len(bad):
        raise FlowError(tr("row {row}: count {v:g} is negative").format(row=int(bad[0]) + 1, v=arr[bad[0]]))
    if len(arr) and np.isinf(arr).any():
        row = int(np.nonzero(np.isinf(arr))[0][0])
        raise FlowError(tr("row {row}: count is not a finite number").format(row=row + 1))
    return arr


def refuse_overflow(sums: np.ndarray, group_of_row: np.ndarray, row_of: np.ndarray) -> None:
    """FlowError naming the rows (1-based) whose counts sum beyond the largest float (1e308 + 1e308 = inf):
    ``sums`` per group, ``group_of_row`` the group of each summed row, ``row_of`` its row in the table."""
    bad = np.nonzero(~np.isfinite(sums))[0]
    if not len(bad):
        return
    rows = (row_of[group_of_row == bad[0]] + 1).tolist()
    shown = ", ".join(str(r) for r in rows[:10]) + (" …" if len(rows) > 10 else "")
    raise FlowError(tr("rows {rows}: their counts add up to more than a number can hold (infinite): check "
                       "these counts").format(rows=shown))


def mapped(values: Sequence, fn) -> np.ndarray:
    """fn applied to each distinct value once (hash-factorised numpy columns, memo for lists)."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "iufUS":
        uniq, inv = factorize(values)
        table = np.array([fn(plain_value(u, empty_is_null=False)) for u in uniq], dtype=np.int64)
        return table[inv] if len(uniq) else np.empty(0, dtype=np.int64)
    memo = {}
    out = np.empty(len(values), dtype=np.int64)
    for i, v in enumerate(values):
        try:
            r = memo[v]
        except KeyError:
            r = memo[v] = fn(v)
        except TypeError:  # unhashable value
            r = fn(v)
        out[i] = r
    return out


def _country_key(value) -> Optional[str]:
    return None if id_key(value) is None else str(value).strip().upper()


def unit_positions(values: Sequence, index: UnitIndex) -> np.ndarray:
    """The unit position of each flow id (-1: no unit). Bytes columns are matched in bulk; the ids that
    are not a unit's key as they stand (spaces, lost leading zeros, numbers, NULL) go through find()."""
    if isinstance(values, np.ndarray) and values.dtype.kind == "S" and len(values):
        out = index.match_bytes(values)
        if out is not None:
            rest = np.nonzero(out == -2)[0]
            if len(rest):
                out[rest] = mapped(values[rest], index.find)
            return out
    return mapped(values, index.find)


class _Countries:
    """Country codes of units and of destinations that are not units, as small integers."""

    def __init__(self, unit_countries: Sequence):
        memo: Dict = {}
        countries = [memo[c] if c in memo else memo.setdefault(c, _country_key(c)) for c in unit_countries]
        self.code_of = {c: k for k, c in enumerate(sorted({c for c in countries if c}))}
        self.units = np.array([self.code_of[c] if c else -1 for c in countries], dtype=np.int64)

    def code(self, value) -> int:
        k = id_key(value)
        if k is None:
            return -1
        k = k.upper()
        if k not in self.code_of:
            self.code_of[k] = len(self.code_of)
        return self.code_of[k]

    def names(self) -> List[str]:
        by_code = {v: k for k, v in self.code_of.items()}
        return [by_code[k] for k in range(len(by_code))]


def _unmatched(mask: np.ndarray, values: Sequence, counts: np.ndarray) -> Dict[str, float]:
    store: Dict[str, float] = {}
    for i in np.nonzero(mask)[0]:
        key = id_key(values[i]) or "NULL"
        store[key] = store.get(key, 0.0) + float(counts[i])
    return store


def _top_destinations(n, unit_keys, labels_extra, o_arr, dest_label, c_arr) -> List[Optional[str]]:
    """Per origin, the destination (unit id or country code) with the largest cross-border sum;
    ties broken by the label's alphabetical order."""
    top: List[Optional[str]] = [None] * n
    if not len(o_arr):
        return top
    n_labels = len(unit_keys) + len(labels_extra)

    def label(k: int) -> str:
        return (unit_keys[k] or "") if k < len(unit_keys) else labels_extra[k - len(unit_keys)]

    base = n_labels + 1
    uniq, inv = np.unique(o_arr * base + dest_label, return_inverse=True)
    sums = np.bincount(inv.reshape(-1), weights=c_arr)
    u_o, u_d = uniq // base, uniq % base
    order = np.lexsort((-sums, u_o))
    first = np.ones(len(order), dtype=bool)
    first[1:] = u_o[order][1:] != u_o[order][:-1]
    best = order[first]
    slot = np.full(n, -1, dtype=np.int64)
    slot[u_o[best]] = np.arange(len(best))
    tied = sums == sums[best][slot[u_o]]
    ties = np.bincount(slot[u_o][tied], minlength=len(best))
    for b, k in enumerate(best.tolist()):
        if sums[k] > 0 and ties[b] == 1:
            top[int(u_o[k])] = label(int(u_d[k]))
    # equal largest sums: the first label in alphabetical order
    multi = np.nonzero(tied & (ties[slot[u_o]] > 1) & (sums > 0))[0]
    for o, d in zip(u_o[multi].tolist(), u_d[multi].tolist()):
        name = label(d)
        if top[o] is None or name < top[o]:
            top[o] = name
    return top


def compute_indicators(
    unit_ids: Sequence,
    unit_countries: Sequence,
    active: Optional[Sequence],
    origins: Sequence,
    destinations: Sequence,
    counts: Sequence,
    themes: Optional[Sequence] = None,
    dest_countries: Optional[Sequence] = None,
    jobs: Optional[Sequence] = None,
) -> FlowIndicators:
    """Aggregate flow columns (one value per row) into per-unit arrays aligned with ``unit_ids``."""
    n = len(unit_ids)
    keys = [id_key(u) for u in unit_ids]
    index = UnitIndex(unit_ids, keys, unit_countries)
    ctry = _Countries(unit_countries)
    rows = len(origins)
    c_all = counts_array(counts)
    o_all = unit_positions(origins, index)
    d_all = unit_positions(destinations, index)
    dc_all = mapped(dest_countries, ctry.code) if dest_countries is not None else np.full(rows, -1, np.int64)
    valid = ~np.isnan(c_all)
    bad_o = valid & (o_all < 0)
    bad_d = valid & ~bad_o & (d_all < 0) & (dc_all < 0)
    use = valid & ~bad_o & ~bad_d
    o_arr, d_arr, c_arr = o_all[use], d_all[use], c_all[use]
    dc_arr = np.where(d_arr >= 0, -1, dc_all[use])
    o_country = ctry.units[o_arr] if len(o_arr) else np.array([], dtype=np.int64)
    d_country = np.where(d_arr >= 0, ctry.units[np.maximum(d_arr, 0)], dc_arr) if len(d_arr) else dc_arr
    cross = (o_country != d_country) & (o_country >= 0) & (d_country >= 0)

    cb_out = np.bincount(o_arr[cross], weights=c_arr[cross], minlength=n)[:n]
    in_mask = cross & (d_arr >= 0)
    cb_in = np.bincount(d_arr[in_mask], weights=c_arr[in_mask], minlength=n)[:n]
    row_of = np.nonzero(use)[0]
    refuse_overflow(cb_out, o_arr[cross], row_of[cross])
    refuse_overflow(cb_in, d_arr[in_mask], row_of[in_mask])
    by_theme: Dict[str, np.ndarray] = {}
    if themes is not None:
        theme_names: Dict[str, int] = {}
        t_arr = mapped(themes, lambda v: theme_names.setdefault(safe_field_suffix(id_key(v) or "none"),
                                                                len(theme_names)))[use]
        for name, k in sorted(theme_names.items()):
            m = cross & (t_arr == k)
            by_theme[name] = np.bincount(o_arr[m], weights=c_arr[m], minlength=n)[:n]
    dest_label = np.where(d_arr >= 0, d_arr, n + dc_arr)
    top = _top_destinations(n, keys, ctry.names(), o_arr[cross], dest_label[cross], c_arr[cross])
    unmatched_o = _unmatched(bad_o, origins, c_all)
    unmatched_d = _unmatched(bad_d, destinations, c_all)
    stats = {
        "rows": rows, "used": int(use.sum()), "null_counts": int(np.isnan(c_all).sum()),
        "zero_rows": int((c_all == 0).sum()),
        "cross_border_rows": int(cross.sum()), "cross_border_total": float(c_arr[cross].sum()),
        "unmatched_origin_rows": int(bad_o.sum()), "unmatched_destination_rows": int(bad_d.sum()),
        "unmatched_origin_total": float(sum(unmatched_o.values())),
        "unmatched_destination_total": float(sum(unmatched_d.values())),
        "duplicate_unit_ids": len(index.duplicates),
        "ids_without_leading_zero": index.loose_hits, "ambiguous_ids": index.ambiguous,
        "ids_padded": index.padded_hits, "ids_zero_not_matched": len(index.zero_misses),
        "units_without_country": int((ctry.units < 0).sum()),
    }
    return FlowIndicators(cb_out=cb_out, cb_in=cb_in, cb_share=percentages(cb_out, active, n), cb_top_dest=top,
                          cb_in_share=percentages(cb_in, jobs, n) if jobs is not None else None,
                          by_theme=by_theme, stats=stats, unmatched_origins=unmatched_o,
                          unmatched_destinations=unmatched_d, index=index)


def percentages(values: np.ndarray, denominators: Optional[Sequence], n: int) -> List[Optional[float]]:
    """100 * value / denominator per unit; None where the denominator is missing, not a number or ≤ 0."""
    out: List[Optional[float]] = [None] * n
    if denominators is None:
        return out
    if not any(isinstance(a, (bool, str, bytes)) for a in denominators):
        try:
            den = np.array(denominators, dtype=float)  # None -> nan
        except (TypeError, ValueError):
            den = None
        if den is not None and den.shape == (n,):
            good = np.isfinite(den) & (den > 0)
            share = np.divide(np.asarray(values, dtype=float), np.where(good, den, 1.0)) * 100.0
            return [float(v) if g else None for v, g in zip(share.tolist(), good.tolist())]
    for i, a in enumerate(denominators):
        av = to_number(a)
        if av is not None and av > 0:
            out[i] = float(values[i]) / av * 100.0
    return out


def to_number(value) -> Optional[float]:
    """A finite number from a number or a text ('1 000', '12,5'); None otherwise."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        v = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            v = float(text)
        except ValueError:
            return None
    return v if math.isfinite(v) else None
