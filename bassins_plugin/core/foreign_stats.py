"""The other side's own statistics, read as the offices publish them.

* BFS PX-Web exports (STAT-TAB "save as CSV"): cross-border workers by commune of work (GGS) and jobs by
  commune (STATENT); tab-separated, cp1252 or UTF-8, quoted labels; canton rows ``- Genève``, commune rows
  indented with ``……``, or ``6621 Genève`` labels carrying the BFS number; one column per period
  (``2014 T4``, ``2014 Q4``, ``2014``) or a year column; ``...``, ``X``, ``-`` for values not published.
* the Statbel census 2011 home-work matrix: residence rows in groups of three (Hommes, Femmes, Total), the
  NIS code on the first row of each group; work places as columns (regions, provinces, arrondissements,
  communes, "commune inconnue" columns, ``Travaille à l'étranger``).
* a generic long table (origin, destination, count, optional theme and year) by column mapping.

Every file goes through one checked reading: encoding detected (UTF-8, UTF-16 with its BOM, cp1252; anything
else refused), the separator found in the header, malformed lines reported with their line number.
Names are matched to units by :class:`.foreign.NameMatcher`, the one name matching of the plugin.
"""
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from . import foreign
from .errors import UserError
from .messages import tr

UNPUBLISHED = {"", "...", "..", "…", "x", "X", "-", "–", "()", "(x)", "*"}
ABROAD = "BE-abroad"
ABROAD_COUNTRY = "XA"  # unknown country abroad
SEXES = ("Total", "Hommes", "Femmes")  # stored values of SEX (index): total, men, women
_PERIOD = re.compile(r"^(\d{4})(?:\s*[-/ ]?\s*([TQ])\s*([1-4]))?$", re.IGNORECASE)
_YEAR_HEADERS = {"ANNEE", "JAHR", "ANNO", "YEAR", "JAAR", "PERIODE", "PERIOD", "ZEIT"}


def period_key(text: str) -> Optional[str]:
    """'2014 T4', '2014 Q4', '2014-Q4' -> '2014Q4'; '2014' -> '2014'; anything else None."""
    m = _PERIOD.match(text.strip().strip('"'))
    if not m:
        return None
    return m.group(1) + (f"Q{m.group(3)}" if m.group(3) else "")


def decode(data: bytes, parameter: str = "INPUT") -> Tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), UTF-16 with its BOM, else cp1252; else refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as err:
        raise UserError(tr("the file is neither UTF-8, UTF-16 nor cp1252 (byte 0x{b:02x} at position {p}): "
                           "save it again as UTF-8").format(b=data[err.start], p=err.start), parameter) from err


def _separator(header: str, parameter: str) -> str:
    counts = {sep: header.count(sep) for sep in ("\t", ";", ",")}
    sep = max(counts, key=counts.get)
    if counts[sep] == 0:
        raise UserError(tr("no column separator (tab, ';' or ',') in the header line"), parameter)
    return sep


def read_rows(path: str, parameter: str = "INPUT") -> Tuple[List[str], List[Tuple[int, List[str]]], str, str]:
    """(header, [(line number, fields)], encoding, separator) of a delimited text file; blank lines skipped."""
    text, encoding = decode(Path(path).read_bytes(), parameter)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise UserError(tr("the file is empty"), parameter)
    sep = _separator(lines[first], parameter)
    rows = []
    for n, parts in enumerate(csv.reader(lines[first:], delimiter=sep), start=first + 1):
        if parts and any(p.strip() for p in parts):
            rows.append((n, [p.strip() for p in parts]))
    header = rows.pop(0)[1]
    return header, rows, encoding, sep


def number(text: str) -> Optional[float]:
    """A published value as a float; None when not published ('...', 'X', '-'); ValueError otherwise."""
    t = text.strip().strip('"')
    if t in UNPUBLISHED:
        return None
    t = t.replace("'", "").replace("\u2019", "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    value = float(t)
    if not (0 <= value < float("inf")):
        raise ValueError(t)
    return value


# -- BFS PX-Web ----------------------------------------------------------------------------------
@dataclass
class PxValue:
    unit_id: str
    name: str
    period: str
    value: float
    aggregate: bool


@dataclass
class PxResult:
    values: List[PxValue] = field(default_factory=list)
    periods: List[str] = field(default_factory=list)
    unmatched: Dict[str, float] = field(default_factory=dict)   # name -> value (largest period kept)
    ambiguous: Dict[str, float] = field(default_factory=dict)
    unpublished: int = 0
    malformed: List[Tuple[int, str]] = field(default_factory=list)
    dropped_dimensions: List[str] = field(default_factory=list)
    rows: int = 0
    communes: int = 0
    aggregates: int = 0
    encoding: str = ""
    separator: str = ""


_INDENT = re.compile(r"^(?:…|\.{2,}|\s{2,})+")
_NUMBERED = re.compile(r"^(\d{1,5})\s+(.+)$")


def px_label(label: str) -> Tuple[str, str, bool]:
    """(BFS number or '', name, aggregate) of a geographic label: '- Genève' is a canton (aggregate),
    '……Genève' a commune, '6621 Genève' a commune with its number; anything else ('Suisse') an aggregate."""
    text = label.strip().strip('"')
    if text.startswith("- ") or text.startswith("-"):
        return "", text.lstrip("- ").strip(), True
    indented = _INDENT.match(text)
    if indented:
        return "", text[indented.end():].strip(), False
    numbered = _NUMBERED.match(text)
    if numbered:
        return str(int(numbered.group(1))), numbered.group(2).strip(), False
    return "", text, True


def _is_geo(value: str) -> bool:
    text = value.strip()
    return text.startswith("- ") or bool(_INDENT.match(text)) or bool(_NUMBERED.match(text))


def _px_layout(header: List[str], rows) -> Tuple[Dict[int, str], int, int, Optional[int]]:
    """(period columns {index: label}, geographic column, value column (-1 if wide), year column)."""
    periods = {i: h for i, h in enumerate(header) if period_key(h)}
    year_col = None
    value_col = -1
    if not periods:
        upper = [foreign.name_keys(h)[1] for h in header]
        year_col = next((i for i, h in enumerate(upper) if h in _YEAR_HEADERS), None)
        value_col = len(header) - 1
    labels = [i for i in range(len(header)) if i not in periods and i != year_col and i != value_col]
    geo = next((i for i in labels if any(_is_geo(r[i]) for _n, r in rows[:200] if len(r) > i)), None)
    if geo is None:
        geo = labels[-1] if labels else 0
    return periods, geo, value_col, year_col


def read_px(path: str, period: str = "", matcher: Optional[foreign.NameMatcher] = None,
            country: str = "CH") -> PxResult:
    """The values of a BFS PX-Web CSV export, one per unit and period (cantons flagged ``aggregate``)."""
    header, rows, encoding, sep = read_rows(path)
    result = PxResult(encoding=encoding, separator=sep)
    periods, geo, value_col, year_col = _px_layout(header, rows)
    if not periods and year_col is None:
        raise UserError(tr("no period column (e.g. '2014 T4', '2014 Q4', '2014') nor year column in the header: "
                           "{cols}").format(cols=", ".join(header)), "INPUT")
    found = list(dict.fromkeys(periods.values())) if periods else \
        list(dict.fromkeys(r[year_col] for _n, r in rows if len(r) > year_col))
    result.periods = found
    wanted = period_key(period) if period.strip() else None
    if period.strip() and (wanted is None or wanted not in {period_key(p) for p in found}):
        raise UserError(tr("period '{p}' is not in the file; its periods are: {ps}").format(
            p=period, ps=", ".join(found)), "PERIOD")
    others = [i for i in range(len(header)) if i != geo and i not in periods and i not in (year_col, value_col)]
    keep_other = _other_dimensions(header, rows, others, result)
    for line_no, parts in rows:
        result.rows += 1
        if len(parts) != len(header):
            result.malformed.append((line_no, tr("{n} fields instead of {m}").format(n=len(parts), m=len(header))))
            continue
        if any(parts[i] != v for i, v in keep_other.items()):
            continue
        uid, name, aggregate = px_label(parts[geo])
        cells = [(p, parts[i]) for i, p in periods.items()] if periods else [(parts[year_col], parts[value_col])]
        for label, cell in cells:
            if wanted is not None and period_key(label) != wanted:
                continue
            try:
                value = number(cell)
            except ValueError:
                result.malformed.append((line_no, tr("value '{v}' is not a number").format(v=cell)))
                continue
            if value is None:
                result.unpublished += 1
                continue
            result.values.append(PxValue(uid, name, label, value, aggregate))
    result.aggregates = len({v.name for v in result.values if v.aggregate})
    communes = [v for v in result.values if not v.aggregate]
    if not communes:
        raise UserError(tr("no commune rows in the file (only totals or cantons such as '- Genève'): export the "
                           "communes from STAT-TAB (labels '……name' or '6621 name')"), "INPUT")
    _match(result, communes, matcher, country)
    return result


def _other_dimensions(header, rows, others, result: PxResult) -> Dict[int, str]:
    """Other label columns (Sexe…): one value kept, the total when there are several."""
    keep = {}
    for i in others:
        values = list(dict.fromkeys(r[i] for _n, r in rows if len(r) > i))
        if len(values) <= 1:
            continue
        total = next((v for v in values if "total" in v.lower() or "insgesamt" in v.lower()), values[0])
        keep[i] = total
        result.dropped_dimensions.append(f"{header[i]} = {total}")
    return keep


def _match(result: PxResult, communes: List[PxValue], matcher, country: str) -> None:
    names_only = [v for v in communes if not v.unit_id]
    if names_only and matcher is None:
        raise UserError(tr("the file gives commune names without BFS numbers: choose the foreign units "
                           "(FOREIGN_UNITS) to match the names to"), "FOREIGN_UNITS")
    ids: Dict[str, Tuple[Optional[str], str]] = {}
    for v in names_only:
        if v.name not in ids:
            ids[v.name] = matcher.find(v.name, country)
        uid, status = ids[v.name]
        if uid is not None:
            v.unit_id = uid
        else:
            bucket = result.ambiguous if status == "ambiguous" else result.unmatched
            bucket[v.name] = max(bucket.get(v.name, 0.0), v.value)
    result.values = [v for v in result.values if v.aggregate or v.unit_id]
    result.communes = len({v.unit_id for v in result.values if not v.aggregate})
    if names_only and result.communes == 0:
        shown = ", ".join(f"{n} ({w:g})" for n, w in foreign.heaviest(result.unmatched))
        raise UserError(tr("no commune name of the file matches a foreign unit of {c}: {names}; check the units' "
                           "name and country fields").format(c=country, names=shown), "FOREIGN_UNITS")


# -- Statbel census 2011 ---------------------------------------------------------------------------
_AGGREGATE_COLUMN = re.compile(r"^(r[ée]gion|province|arrondissement|travaille en belgique|belgique|\d+$)",
                               re.IGNORECASE)


def statbel_aggregate_column(name: str) -> bool:
    """Regions, provinces, arrondissements, 'commune inconnue' columns, the Belgian totals: not communes."""
    return bool(_AGGREGATE_COLUMN.match(name.strip())) or "inconnu" in name.lower() or not name.strip()


def statbel_aggregate_row(code: str, name: str) -> bool:
    """Belgium, regions, provinces, arrondissements: NIS codes ending in 000 (20001, 20002 the two Brabants)."""
    return code.endswith("000") or code in ("20001", "20002") or bool(_AGGREGATE_COLUMN.match(name))


@dataclass
class StatbelResult:
    flows: Dict[Tuple[str, str], float] = field(default_factory=dict)
    residents: Dict[str, Tuple[float, float]] = field(default_factory=dict)   # NIS -> (active, abroad)
    names: Dict[str, str] = field(default_factory=dict)                       # NIS -> residence name
    unresolved: Dict[str, float] = field(default_factory=dict)                # work-place name -> count
    resolved_by: Dict[str, int] = field(default_factory=dict)
    aggregate_rows: int = 0
    aggregate_columns: int = 0
    groups: int = 0
    malformed: List[Tuple[int, str]] = field(default_factory=list)
    encoding: str = ""
    separator: str = ""


def _statbel_columns(header: List[str]) -> Tuple[int, int, int, int]:
    """(code, sex, active, abroad) column indexes."""
    keys = [foreign.name_keys(h)[1] for h in header]
    try:
        abroad = keys.index("TRAVAILLEALETRANGER")
        active = keys.index("TRAVAILLEENBELGIQUEOUALETRANGER")
    except ValueError as err:
        raise UserError(tr("not a Statbel home-work matrix: no columns \"Travaille à l'étranger\" and "
                           "\"Travaille en Belgique ou à l'étranger\" in the header"), "INPUT") from err
    return 0, 2, active, abroad


def read_statbel(path: str, sex: int = 0, resolve: Optional[Callable[[str], Optional[str]]] = None) -> StatbelResult:
    """Flows between communes (aggregates dropped, abroad as origin -> BE-abroad) and residents per commune.

    Work-place columns are commune names: they are resolved to NIS codes by the file's own residence rows
    (NIS + name), then by ``resolve`` (e.g. the foreign units' names); a name resolved by neither is kept
    as the flow's destination name and reported.
    """
    header, rows, encoding, sep = read_rows(path)
    result = StatbelResult(encoding=encoding, separator=sep)
    i_code, i_sex, i_active, i_abroad = _statbel_columns(header)
    wanted = SEXES[sex]
    groups = _statbel_groups(rows, len(header), i_code, i_sex, result)
    own = {foreign.name_keys(name)[0]: code for code, name, _ in groups if not statbel_aggregate_row(code, name)}
    destinations = _destinations(header, i_active, i_abroad, own, resolve, result)
    for code, name, members in groups:
        if statbel_aggregate_row(code, name):
            result.aggregate_rows += 1
            continue
        line_no, parts = members[wanted]
        try:
            active, abroad = number(parts[i_active]) or 0.0, number(parts[i_abroad]) or 0.0
            cells = [(dest, number(parts[i]) or 0.0) for i, dest in destinations]
        except ValueError:
            result.malformed.append((line_no, tr("a count is not a number")))
            continue
        result.names[code] = name
        result.residents[code] = (active, abroad)
        for dest, count in cells:
            if count:
                result.flows[(code, dest)] = result.flows.get((code, dest), 0.0) + count
        if abroad:
            result.flows[(code, ABROAD)] = abroad
    for (_o, dest), count in result.flows.items():
        if dest in result.unresolved:
            result.unresolved[dest] += count
    return result


def _statbel_groups(rows, n_cols: int, i_code: int, i_sex: int, result: StatbelResult):
    """[(NIS, name, {sex: (line, fields)})]: groups of three rows, the code on the first one."""
    groups = []
    current = None
    for line_no, parts in rows:
        if len(parts) != n_cols:
            result.malformed.append((line_no, tr("{n} fields instead of {m}").format(n=len(parts), m=n_cols)))
            continue
        if parts[i_code]:
            if current is not None and len(current[2]) != 3:
                raise _cut(current)
            current = (parts[i_code].zfill(5), parts[1], {})
            groups.append(current)
        elif current is None:
            raise UserError(tr("line {n}: a row without NIS code before any commune").format(n=line_no), "INPUT")
        sex = next((s for s in SEXES if parts[i_sex].lower().startswith(s.lower())), None)
        if sex is None or sex in current[2]:
            raise UserError(tr("line {n}: expected the rows Hommes, Femmes, Total of {c}, found '{s}'").format(
                n=line_no, c=current[0], s=parts[i_sex]), "INPUT")
        current[2][sex] = (line_no, parts)
    if current is not None and len(current[2]) != 3:
        raise _cut(current)
    result.groups = len(groups)
    return groups


def _cut(group) -> UserError:
    last = max(n for n, _ in group[2].values())
    return UserError(tr("the group of {c} ({name}) ends at line {n} with {k} of its three rows (Hommes, Femmes, "
                        "Total): the file is cut; download it again").format(
        c=group[0], name=group[1], n=last, k=len(group[2])), "INPUT")


def _destinations(header, i_active, i_abroad, own, resolve, result: StatbelResult) -> List[Tuple[int, str]]:
    out = []
    for i, name in enumerate(header):
        if i < 3 or i in (i_active, i_abroad):
            continue
        if statbel_aggregate_column(name):
            result.aggregate_columns += 1
            continue
        code = own.get(foreign.name_keys(name)[0])
        how = "file"
        if code is None and resolve is not None:
            code, how = resolve(name), "units"
        if code is None:
            code, how = name, "name"
            result.unresolved[name] = 0.0
        result.resolved_by[how] = result.resolved_by.get(how, 0) + 1
        out.append((i, code))
    return out


# -- generic long table ----------------------------------------------------------------------------
@dataclass
class LongResult:
    flows: Dict[Tuple[str, str, str, str], float] = field(default_factory=dict)  # (origin, dest, theme, year)
    rows: int = 0
    unpublished: int = 0
    malformed: List[Tuple[int, str]] = field(default_factory=list)
    encoding: str = ""
    separator: str = ""


def read_long(path: str, origin: str, destination: str, count: str, theme: str = "", year: str = "",
              parameters: Sequence[str] = ("ORIGIN_COLUMN", "DESTINATION_COLUMN", "COUNT_COLUMN", "THEME_COLUMN",
                                           "YEAR_COLUMN")) -> LongResult:
    """A long table (one row per origin, destination) read by column names, summed per pair."""
    header, rows, encoding, sep = read_rows(path)
    result = LongResult(encoding=encoding, separator=sep)
    lookup = {h.strip().lower(): i for i, h in enumerate(header)}
    index = []
    for name, param in zip((origin, destination, count, theme, year), parameters):
        if not name:
            index.append(-1)
            continue
        if name.strip().lower() not in lookup:
            raise UserError(tr("column '{c}' is not in the file; its columns are: {cols}").format(
                c=name, cols=", ".join(header)), param)
        index.append(lookup[name.strip().lower()])
    if min(index[:3]) < 0:
        raise UserError(tr("name the origin, destination and count columns"), parameters[0])
    i_org, i_dst, i_cnt, i_thm, i_yr = index
    for line_no, parts in rows:
        result.rows += 1
        if len(parts) != len(header):
            result.malformed.append((line_no, tr("{n} fields instead of {m}").format(n=len(parts), m=len(header))))
            continue
        if not parts[i_org] or not parts[i_dst]:
            result.malformed.append((line_no, tr("empty origin or destination")))
            continue
        try:
            value = number(parts[i_cnt])
        except ValueError:
            result.malformed.append((line_no, tr("count '{v}' is not a number").format(v=parts[i_cnt])))
            continue
        if value is None:
            result.unpublished += 1
            continue
        key = (parts[i_org], parts[i_dst], parts[i_thm] if i_thm >= 0 else "", parts[i_yr] if i_yr >= 0 else "")
        result.flows[key] = result.flows.get(key, 0.0) + value
    return result


# -- two-sided check -------------------------------------------------------------------------------
@dataclass
class Comparison:
    unit_id: str
    country: str
    french: float
    foreign: float
    difference: float
    ratio: Optional[float]
    differs: bool
    low_count: bool

    @property
    def check(self) -> str:
        """One word for the map: one_side, low_count, differs or agree (first that holds)."""
        if not self.french or not self.foreign:
            return "one_side"
        if self.low_count:
            return "low_count"
        return "differs" if self.differs else "agree"


def compare(french: Dict[str, float], other: Dict[str, float], countries: Dict[str, str], share: float,
            low: float = 200.0) -> List[Comparison]:
    """Per unit seen by either side: difference (foreign - French), ratio foreign / French, ``differs`` when
    |difference| > share x the larger count, ``low_count`` when either count is under ``low``."""
    out = []
    for uid in sorted(set(french) | set(other)):
        f, o = french.get(uid, 0.0), other.get(uid, 0.0)
        diff = o - f
        ratio = o / f if f else None
        differs = abs(diff) > share * max(f, o)
        out.append(Comparison(uid, countries.get(uid, ""), f, o, diff, ratio, differs, min(f, o) < low))
    return out
