"""Streaming import of INSEE home-to-work mobility files ("mobilités professionnelles").

Supported layouts (semicolon- or comma-separated, UTF-8 or Latin-1, plain or zipped):

* detail file (``FD_MOBPRO_<year>``): one row per sampled person with ``COMMUNE`` (commune of
  residence), ``DCLT`` (place of work) and ``IPONDI`` (weight); ``ARM`` (municipal district)
  is used instead of ``COMMUNE`` when present and not ``ZZZZZ``;
  ``DCFLT`` gives the place of work in a bordering country at commune level (``SUC1L`` Geneva);
* study detail file (``FD_MOBSCO_<year>``): ``DCETUF`` (French commune of study), ``DCETUE``
  (foreign place of study, coded like ``DCFLT``);
* flows file (``base-flux-mobilite-domicile-lieu-travail``): ``CODGEO`` (residence), ``DCLT``
  (place of work) and a count column whose name starts with ``NBFLUX``.

A place abroad with a commune code keeps it (see :mod:`.foreign`); otherwise a code beginning
with ``99`` is a country, turned into its ISO code (99140 -> CH...). Rows are read in chunks of lines; a row
with the wrong number of fields, an empty code or a non-numeric weight is counted and reported
with its line number, never silently skipped. The result is aggregated by origin x destination,
so memory depends on the number of distinct pairs, not on the size of the file.
"""
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from . import foreign
from .messages import tr

INSEE_COUNTRIES = {  # INSEE country code -> ISO 3166 alpha-2 (France's neighbours and nearby)
    "99109": "DE", "99131": "BE", "99137": "LU", "99140": "CH", "99127": "IT", "99138": "MC",
    "99134": "ES", "99130": "AD", "99135": "NL", "99132": "GB", "99110": "AT",
}


class ImportErrorReport(ValueError):
    """The file cannot be imported (layout not recognised, damaged archive)."""


@dataclass
class Layout:
    """Where the columns are: origin, district (-1), French destination, foreign destination (-1), count."""

    kind: str  # "detail" or "flows"
    theme: str  # "work" or "study"
    origin: int
    district: int
    destination: int
    foreign: int
    count: int


@dataclass
class ImportResult:
    flows: Dict[Tuple[str, str], float] = field(default_factory=dict)
    dest_country: Dict[str, str] = field(default_factory=dict)
    residents: Dict[str, float] = field(default_factory=dict)      # origin -> all weights
    residents_abroad: Dict[str, float] = field(default_factory=dict)  # origin -> weights abroad
    rows: int = 0
    kept: int = 0
    filtered_out: int = 0
    malformed: List[Tuple[int, str]] = field(default_factory=list)
    layout: str = ""
    theme: str = "work"
    encoding: str = ""
    separator: str = ""
    varmod: Optional[bytes] = None
    varmod_name: str = ""

    def coded_abroad(self) -> Dict[str, float]:
        """Commune-coded destinations abroad -> total weight."""
        out: Dict[str, float] = {}
        for (_o, dest), count in self.flows.items():
            if foreign.country_of_code(dest):
                out[dest] = out.get(dest, 0.0) + count
        return out


ZIP_MAGIC = b"PK\x03\x04"


def open_text(path: str) -> Tuple[Callable[[], io.BufferedReader], str, Optional[Tuple[str, bytes]]]:
    """A function opening the (possibly zipped) CSV as bytes, its name, and the ZIP's Varmod file if any."""
    with open(path, "rb") as fh:
        magic = fh.read(4)
    if not zipfile.is_zipfile(path):
        if magic == ZIP_MAGIC:
            raise ImportErrorReport(tr("the ZIP file is damaged or incomplete (download it again)"))
        return (lambda: open(path, "rb")), path, None
    try:
        zf = zipfile.ZipFile(path)
        members = [n for n in zf.namelist() if n.lower().endswith((".csv", ".txt"))]
        varmods = [n for n in members if Path(n).name.lower().startswith("varmod")]
        names = [n for n in members if n not in varmods]
        if not names:
            raise ImportErrorReport(tr("the ZIP file holds no .csv or .txt file"))
        name = max(names, key=lambda n: zf.getinfo(n).file_size)
        varmod = (varmods[0], zf.read(varmods[0])) if varmods else None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as err:
        raise ImportErrorReport(tr("the ZIP file is damaged or incomplete ({e})").format(e=err)) from err
    return (lambda: zf.open(name)), name, varmod


def detect(sample: bytes) -> Tuple[str, str]:
    """(encoding, separator) from the first bytes of the file."""
    try:
        sample.decode("utf-8")
        encoding = "utf-8-sig" if sample.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError as err:
        # a multi-byte character cut by the sample's end is still UTF-8
        encoding = "utf-8" if err.start >= len(sample) - 3 else "latin-1"
    header = sample.split(b"\n", 1)[0].decode(encoding, "replace")
    counts = {sep: header.count(sep) for sep in (";", ",", "\t", "|")}
    separator = max(counts, key=counts.get)
    if counts[separator] == 0:
        raise ImportErrorReport(tr("no column separator found in the header line"))
    return encoding, separator


def layout_of(columns: Sequence[str]) -> Layout:
    """The layout of the file from its header: work or study detail file, or flows file."""
    upper = [c.strip().strip('"').upper() for c in columns]

    def at(name: str) -> int:
        return upper.index(name) if name in upper else -1

    if "IPONDI" in upper and "COMMUNE" in upper:
        if "DCLT" in upper:
            return Layout("detail", "work", at("COMMUNE"), at("ARM"), at("DCLT"), at("DCFLT"), at("IPONDI"))
        if "DCETUF" in upper:
            return Layout("detail", "study", at("COMMUNE"), at("ARM"), at("DCETUF"), at("DCETUE"), at("IPONDI"))
    count_cols = [i for i, c in enumerate(upper) if c.startswith("NBFLUX")]
    if "CODGEO" in upper and "DCLT" in upper and count_cols:
        return Layout("flows", "work", at("CODGEO"), -1, at("DCLT"), -1, count_cols[0])
    raise ImportErrorReport(tr("columns not recognised: expected COMMUNE, DCLT, IPONDI (work detail file), "
                               "COMMUNE, DCETUF, IPONDI (study detail file) or CODGEO, DCLT, NBFLUX_… "
                               "(flows file); found {cols}").format(cols=", ".join(upper[:12])))


def destination(code: str, foreign_code: str = "") -> Tuple[str, str]:
    """(destination id, destination country).

    Abroad when the foreign code is neither 99999 nor ZZZZZ, or the French code starts with 99.
    A commune-coded place abroad keeps its INSEE code (``SUC1L``); otherwise the country stands
    for the destination (INSEE country code -> ISO, 99140 -> CH).
    """
    if foreign_code and foreign_code not in (foreign.FRANCE_CODE, foreign.NOT_APPLICABLE):
        country = foreign.country_of_code(foreign_code)
        if country:
            return foreign_code, country
    if code.startswith("99") and len(code) == 5:
        iso = INSEE_COUNTRIES.get(code, "XX")
        return iso, iso
    return code, "FR"


def chunks(lines: Iterable[str], size: int) -> Iterator[List[str]]:
    block: List[str] = []
    for line in lines:
        block.append(line)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


def import_file(path: str, keep: Optional[Callable[[str], bool]] = None, chunk_lines: int = 200_000,
                feedback=None, max_reported: int = 1000) -> ImportResult:
    """Stream an INSEE mobility file into origin x destination sums and per-origin resident totals."""
    opener, _name, varmod = open_text(path)
    try:
        with opener() as raw:
            sample = raw.read(1 << 20)
        encoding, sep = detect(sample)
        result = ImportResult(encoding=encoding, separator=sep)
        if varmod is not None:
            result.varmod_name, result.varmod = varmod
        with opener() as raw:
            text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
            header = text.readline().rstrip("\r\n").split(sep)
            lay = layout_of(header)
            result.layout, result.theme = lay.kind, lay.theme
            _stream(text, sep, len(header), lay, result, keep, chunk_lines, feedback, max_reported)
    except (zipfile.BadZipFile, EOFError) as err:
        raise ImportErrorReport(tr("the ZIP file is damaged or incomplete ({e})").format(e=err)) from err
    return result


def _stream(text, sep: str, n_cols: int, lay: Layout, result: ImportResult, keep, chunk_lines: int, feedback,
            max_reported: int) -> None:
    """The reading loop: one pass, aggregated on the fly, bad rows counted with their line number."""
    flows, residents, abroad = result.flows, result.residents, result.residents_abroad
    decoded: Dict[Tuple[str, str], Tuple[str, str]] = {}
    i_org, i_arm, i_dst, i_for, i_cnt = lay.origin, lay.district, lay.destination, lay.foreign, lay.count
    line_no = 1
    for block in chunks(text, chunk_lines):
        if feedback is not None and feedback.isCanceled():
            break
        for line in block:
            line_no += 1
            line = line.rstrip("\r\n")
            if not line:
                continue
            result.rows += 1
            parts = line.split(sep)
            if len(parts) != n_cols:
                _bad(result, line_no, tr("{n} fields instead of {m}").format(n=len(parts), m=n_cols), max_reported)
                continue
            origin = parts[i_org].strip().strip('"')
            if i_arm >= 0:
                arm = parts[i_arm].strip().strip('"')
                if arm and arm.upper() != "ZZZZZ":
                    origin = arm
            dest_code = parts[i_dst].strip().strip('"')
            foreign_code = parts[i_for].strip().strip('"') if i_for >= 0 else ""
            if not origin or not (dest_code or foreign_code):
                _bad(result, line_no, tr("empty commune code"), max_reported)
                continue
            raw_count = parts[i_cnt].strip().strip('"').replace(",", ".")
            try:
                count = float(raw_count)
            except ValueError:
                _bad(result, line_no, tr("count '{v}' is not a number").format(v=raw_count), max_reported)
                continue
            if not (0 <= count < float("inf")):
                _bad(result, line_no, tr("count '{v}' is negative or not finite").format(v=raw_count), max_reported)
                continue
            if keep is not None and not keep(origin):
                result.filtered_out += 1
                continue
            pair = (dest_code, foreign_code)
            try:
                dest, country = decoded[pair]
            except KeyError:
                dest, country = decoded[pair] = destination(dest_code, foreign_code)
            key = (origin, dest)
            flows[key] = flows.get(key, 0.0) + count
            residents[origin] = residents.get(origin, 0.0) + count
            if country != "FR":
                result.dest_country[dest] = country
                abroad[origin] = abroad.get(origin, 0.0) + count
            result.kept += 1


def _bad(result: ImportResult, line_no: int, why: str, limit: int) -> None:
    if len(result.malformed) < limit:
        result.malformed.append((line_no, why))
    else:
        result.malformed.append((line_no, ""))  # counted, reason not kept beyond the limit


def commune_code(code: str) -> str:
    """An INSEE commune code that lost its leading zero (1001, 1001.0) -> '01001'; others unchanged."""
    text = code.strip().upper()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text.zfill(5) if text.isdigit() and len(text) == 4 else text


def department_code(code: str) -> str:
    """'1' -> '01' (Ain), '2a' -> '2A'; three-digit overseas codes unchanged."""
    text = code.strip().upper()
    return text.zfill(2) if text.isdigit() and len(text) == 1 else text


def department_filter(departments: Sequence[str], communes: Sequence[str], ids: Optional[set] = None):
    """keep(origin) for a list of departments (code prefixes), communes and/or unit ids; None = keep all.

    Department '1' is Ain ('01'), not every code starting with 1; commune and unit codes that lost
    their leading zero (1001) match '01001'.
    """
    deps = [department_code(d) for d in departments if d.strip()]
    coms = {commune_code(c) for c in communes if c.strip()}
    if ids:
        coms |= {commune_code(str(i)) for i in ids}
    if not deps and not coms:
        return None

    def keep(code: str) -> bool:
        code_u = code.upper()
        if code_u in coms:
            return True
        return any(code_u.startswith(d) for d in deps)

    return keep


@dataclass
class LocalisedFlows:
    """Flows keyed (origin, destination, destination country), foreign destinations as units where
    possible, with the decoded names and what the decoding did. The country is part of the key
    because a foreign unit id may equal a French commune code (Belgian REFNIS 57081, Moselle 57081).
    """

    flows: Dict[Tuple[str, str, str], float]
    dest_name: Dict[Tuple[str, str], str]
    report: "foreign.MatchReport"
    names_source: str
    missing_names: Dict[str, float]


def localise(result: ImportResult, matcher: Optional["foreign.NameMatcher"] = None,
             table: Optional[Dict[str, str]] = None) -> LocalisedFlows:
    """Decode commune codes abroad to names (the ZIP's Varmod, else the shipped RP2021 list) and,
    when foreign units are given, replace each code by the unit it matches; pairs are re-aggregated.
    """
    if result.varmod is not None:
        names, source = foreign.names_from_varmod(result.varmod), result.varmod_name
    else:
        names, source = foreign.shipped_names(), "RP2021 (shipped)"
    coded = result.coded_abroad()
    missing = {c: w for c, w in coded.items() if c not in names}
    report = foreign.match_destinations(coded, names, matcher, table)
    flows: Dict[Tuple[str, str, str], float] = {}
    dest_name: Dict[Tuple[str, str], str] = {}
    for (origin, dest), count in result.flows.items():
        country = result.dest_country.get(dest, "FR")
        new = report.matched.get(dest, dest)
        if dest in names:
            dest_name[(new, country)] = names[dest]
        key = (origin, new, country)
        flows[key] = flows.get(key, 0.0) + count
    return LocalisedFlows(flows, dest_name, report, source, missing)
