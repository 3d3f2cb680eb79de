"""Cross-border flow indicators per unit, from a flows table.

A flow is cross-border when its origin's country differs from its destination's
(the destination unit's country, or DESTINATION_COUNTRY for destinations that
are not units, e.g. a foreign country code). Flows whose ids match no unit are
counted and reported, never silently dropped.
"""
import math
import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np


class FlowError(ValueError):
    """A flow row that cannot be used (negative or non-numeric count)."""


def id_key(value) -> Optional[str]:
    """Normalised identifier: text, trimmed; 1004.0 -> '1004'. None for NULL/empty."""
    if value is None:
        return None
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
        text = str(value).strip()
        if not text or text.upper() == "NULL":
            return None
        try:
            v = float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
        except ValueError:
            raise FlowError(f"row {row}: count '{value}' is not a number")
    if math.isnan(v):
        return None
    if not math.isfinite(v):
        raise FlowError(f"row {row}: count '{value}' is not a finite number")
    if v < 0:
        raise FlowError(f"row {row}: count {v:g} is negative")
    return v


@dataclass
class FlowIndicators:
    cb_out: np.ndarray
    cb_in: np.ndarray
    cb_share: List[Optional[float]]
    cb_top_dest: List[Optional[str]]
    by_theme: Dict[str, np.ndarray] = field(default_factory=dict)
    stats: Dict[str, float] = field(default_factory=dict)
    unmatched_origins: Dict[str, float] = field(default_factory=dict)
    unmatched_destinations: Dict[str, float] = field(default_factory=dict)


class UnitIndex:
    """Maps flow ids to unit positions, tolerant of lost leading zeros."""

    def __init__(self, unit_ids: Sequence):
        self.exact: Dict[str, int] = {}
        self.loose: Dict[str, int] = {}
        self.duplicates: List[str] = []
        for i, uid in enumerate(unit_ids):
            key = id_key(uid)
            if key is None:
                continue
            if key in self.exact:
                self.duplicates.append(key)
                continue
            self.exact[key] = i
            self.loose.setdefault(_loose(key), i)

    def find(self, value) -> int:
        key = id_key(value)
        if key is None:
            return -1
        i = self.exact.get(key)
        if i is None:
            i = self.loose.get(_loose(key), -1)
        return i


def compute_indicators(
    unit_ids: Sequence,
    unit_countries: Sequence,
    active: Optional[Sequence],
    flows: Iterable[Tuple],
    with_theme: bool = False,
    with_dest_country: bool = False,
    feedback=None,
    total_hint: int = 0,
) -> FlowIndicators:
    """Aggregate flows rows ``(origin, destination, count[, theme][, dest_country])``.

    Returns per-unit arrays aligned with ``unit_ids``.
    """
    n = len(unit_ids)
    index = UnitIndex(unit_ids)
    countries = [None if id_key(c) is None else str(c).strip().upper() for c in unit_countries]
    country_codes = sorted({c for c in countries if c})
    code_of = {c: k for k, c in enumerate(country_codes)}
    unit_country = np.array([code_of[c] if c else -1 for c in countries], dtype=np.int64)

    origins: List[int] = []
    dests: List[int] = []
    counts: List[float] = []
    themes: List[int] = []
    dest_codes: List[int] = []  # country code index for destinations that are not units
    theme_names: Dict[str, int] = {}
    extra_codes: Dict[str, int] = {}
    unmatched_o: Dict[str, float] = {}
    unmatched_d: Dict[str, float] = {}
    null_counts = 0
    zero_rows = 0
    unmatched_o_rows = 0
    unmatched_d_rows = 0
    rows = 0
    for row_no, row in enumerate(flows, start=1):
        rows += 1
        origin, dest, raw = row[0], row[1], row[2]
        pos = 3
        theme = None
        if with_theme:
            theme = row[pos]
            pos += 1
        dcountry = row[pos] if with_dest_country else None
        cnt = to_count(raw, row_no)
        if cnt is None:
            null_counts += 1
            continue
        if cnt == 0:
            zero_rows += 1
        o = index.find(origin)
        if o < 0:
            key = id_key(origin) or "NULL"
            unmatched_o[key] = unmatched_o.get(key, 0.0) + cnt
            unmatched_o_rows += 1
            continue
        d = index.find(dest)
        dcode = -1
        if d < 0:
            dc = id_key(dcountry) if with_dest_country else None
            if dc is None:
                key = id_key(dest) or "NULL"
                unmatched_d[key] = unmatched_d.get(key, 0.0) + cnt
                unmatched_d_rows += 1
                continue
            dc = dc.upper()
            if dc not in code_of:
                code_of[dc] = len(code_of)
            dcode = code_of[dc]
            extra_codes.setdefault(id_key(dest) or dc, dcode)
        origins.append(o)
        dests.append(d)
        counts.append(cnt)
        dest_codes.append(dcode)
        if with_theme:
            tkey = safe_field_suffix(id_key(theme) or "none")
            themes.append(theme_names.setdefault(tkey, len(theme_names)))
        if feedback is not None and row_no % 100000 == 0:
            if feedback.isCanceled():
                break
            if total_hint:
                feedback.setProgress(min(90.0, 90.0 * row_no / total_hint))

    o_arr = np.array(origins, dtype=np.int64)
    d_arr = np.array(dests, dtype=np.int64)
    c_arr = np.array(counts, dtype=float)
    dc_arr = np.array(dest_codes, dtype=np.int64)
    o_country = unit_country[o_arr] if len(o_arr) else np.array([], dtype=np.int64)
    d_country = np.where(d_arr >= 0, unit_country[np.maximum(d_arr, 0)], dc_arr) if len(d_arr) else dc_arr
    cross = (o_country != d_country) & (o_country >= 0) & (d_country >= 0)

    cb_out = np.bincount(o_arr[cross], weights=c_arr[cross], minlength=n)[:n]
    in_mask = cross & (d_arr >= 0)
    cb_in = np.bincount(d_arr[in_mask], weights=c_arr[in_mask], minlength=n)[:n]

    by_theme: Dict[str, np.ndarray] = {}
    if with_theme and len(themes):
        t_arr = np.array(themes, dtype=np.int64)
        for name, k in sorted(theme_names.items()):
            m = cross & (t_arr == k)
            by_theme[name] = np.bincount(o_arr[m], weights=c_arr[m], minlength=n)[:n]

    # main foreign destination: the destination (unit id, or country code) with the largest cross-border sum
    top: List[Optional[str]] = [None] * n
    if cross.any():
        id_text = [id_key(u) for u in unit_ids]
        code_names = {v: k for k, v in code_of.items()}
        dest_label_idx = np.where(d_arr >= 0, d_arr, n + dc_arr)
        oc, dl, cc = o_arr[cross], dest_label_idx[cross], c_arr[cross]
        pair = oc * (n + len(code_of) + 1) + dl
        uniq, inv = np.unique(pair, return_inverse=True)
        sums = np.bincount(inv, weights=cc)
        u_o = uniq // (n + len(code_of) + 1)
        u_d = uniq % (n + len(code_of) + 1)
        labels = [id_text[d] if d < n else code_names[d - n] for d in u_d]
        # sort by origin, then descending sum, then label (deterministic tie-break)
        order = sorted(range(len(uniq)), key=lambda k: (u_o[k], -sums[k], labels[k]))
        seen = set()
        for k in order:
            o = int(u_o[k])
            if o not in seen and sums[k] > 0:
                seen.add(o)
                top[o] = labels[k]

    shares: List[Optional[float]] = [None] * n
    if active is not None:
        for i, a in enumerate(active):
            try:
                av = float(a) if a is not None else None
            except (TypeError, ValueError):
                av = None
            if av is not None and math.isfinite(av) and av > 0:
                shares[i] = float(cb_out[i]) / av * 100.0

    stats = {
        "rows": rows, "used": len(origins), "null_counts": null_counts, "zero_rows": zero_rows,
        "cross_border_rows": int(cross.sum()), "cross_border_total": float(c_arr[cross].sum()),
        "unmatched_origin_rows": unmatched_o_rows, "unmatched_destination_rows": unmatched_d_rows,
        "unmatched_origin_total": float(sum(unmatched_o.values())),
        "unmatched_destination_total": float(sum(unmatched_d.values())),
        "duplicate_unit_ids": len(index.duplicates),
        "units_without_country": int((unit_country < 0).sum()),
    }
    return FlowIndicators(cb_out=cb_out, cb_in=cb_in, cb_share=shares, cb_top_dest=top, by_theme=by_theme,
                          stats=stats, unmatched_origins=unmatched_o, unmatched_destinations=unmatched_d)
