"""Streaming import of INSEE home-to-work mobility files ("mobilités professionnelles").

Supported layouts (semicolon- or comma-separated, UTF-8 or Latin-1, plain or zipped):

* detail file (``FD_MOBPRO_<year>``): one row per sampled person with ``COMMUNE`` (commune of
  residence), ``DCLT`` (place of work) and ``IPONDI`` (weight); ``ARM`` (municipal district)
  is used instead of ``COMMUNE`` when present and not ``ZZZZZ``;
* flows file (``base-flux-mobilite-domicile-lieu-travail``): ``CODGEO`` (residence), ``DCLT``
  (place of work) and a count column whose name starts with ``NBFLUX``.

A place of work whose code begins with ``99`` is abroad: INSEE country codes of France's
neighbours are turned into ISO codes (99140 -> CH...). Rows are read in chunks of lines; a row
with the wrong number of fields, an empty code or a non-numeric weight is counted and reported
with its line number, never silently skipped. The result is aggregated by origin x destination,
so memory depends on the number of distinct pairs, not on the size of the file.
"""
import io
import zipfile
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

INSEE_COUNTRIES = {  # INSEE country code -> ISO 3166 alpha-2 (France's neighbours and nearby)
    "99109": "DE", "99131": "BE", "99137": "LU", "99140": "CH", "99127": "IT", "99138": "MC",
    "99134": "ES", "99130": "AD", "99135": "NL", "99132": "GB", "99110": "AT",
}


class ImportErrorReport(ValueError):
    """The file cannot be imported (layout not recognised)."""


@dataclass
class ImportResult:
    flows: Dict[Tuple[str, str], float] = field(default_factory=dict)
    dest_country: Dict[str, str] = field(default_factory=dict)
    rows: int = 0
    kept: int = 0
    filtered_out: int = 0
    malformed: List[Tuple[int, str]] = field(default_factory=list)
    layout: str = ""
    encoding: str = ""
    separator: str = ""


def open_text(path: str) -> Tuple[Callable[[], io.BufferedReader], str]:
    """A function opening the (possibly zipped) CSV as bytes, and the inner file name."""
    if zipfile.is_zipfile(path):
        zf = zipfile.ZipFile(path)
        names = [n for n in zf.namelist() if n.lower().endswith((".csv", ".txt"))]
        if not names:
            raise ImportErrorReport("the ZIP file holds no .csv or .txt file")
        name = max(names, key=lambda n: zf.getinfo(n).file_size)
        return (lambda: zf.open(name)), name
    return (lambda: open(path, "rb")), path


def detect(sample: bytes) -> Tuple[str, str]:
    """(encoding, separator) from the first bytes of the file."""
    try:
        sample.decode("utf-8")
        encoding = "utf-8-sig" if sample.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        encoding = "latin-1"
    header = sample.split(b"\n", 1)[0].decode(encoding, "replace")
    counts = {sep: header.count(sep) for sep in (";", ",", "\t", "|")}
    separator = max(counts, key=counts.get)
    if counts[separator] == 0:
        raise ImportErrorReport("no column separator found in the header line")
    return encoding, separator


def layout_of(columns: Sequence[str]) -> Tuple[str, int, int, int, int]:
    """(layout, origin index, district index or -1, destination index, count index)."""
    upper = [c.strip().strip('"').upper() for c in columns]
    if "IPONDI" in upper and "COMMUNE" in upper and "DCLT" in upper:
        arm = upper.index("ARM") if "ARM" in upper else -1
        return "detail", upper.index("COMMUNE"), arm, upper.index("DCLT"), upper.index("IPONDI")
    count_cols = [i for i, c in enumerate(upper) if c.startswith("NBFLUX")]
    if "CODGEO" in upper and "DCLT" in upper and count_cols:
        return "flows", upper.index("CODGEO"), -1, upper.index("DCLT"), count_cols[0]
    raise ImportErrorReport("columns not recognised: expected COMMUNE, DCLT, IPONDI (detail file) or CODGEO, "
                            "DCLT, NBFLUX_… (flows file); found " + ", ".join(upper[:12]))


def destination(code: str) -> Tuple[str, str]:
    """(destination id, destination country): foreign places of work become country codes."""
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
    """Stream an INSEE mobility file into origin x destination sums."""
    opener, _name = open_text(path)
    with opener() as raw:
        sample = raw.read(1 << 20)
    encoding, sep = detect(sample)
    result = ImportResult(encoding=encoding, separator=sep)
    with opener() as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        header = text.readline().rstrip("\r\n").split(sep)
        result.layout, i_org, i_arm, i_dst, i_cnt = layout_of(header)
        n_cols = len(header)
        flows = result.flows
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
                    _bad(result, line_no, f"{len(parts)} fields instead of {n_cols}", max_reported)
                    continue
                origin = parts[i_org].strip().strip('"')
                if i_arm >= 0:
                    arm = parts[i_arm].strip().strip('"')
                    if arm and arm.upper() != "ZZZZZ":
                        origin = arm
                dest_code = parts[i_dst].strip().strip('"')
                if not origin or not dest_code:
                    _bad(result, line_no, "empty commune code", max_reported)
                    continue
                raw_count = parts[i_cnt].strip().strip('"').replace(",", ".")
                try:
                    count = float(raw_count)
                except ValueError:
                    _bad(result, line_no, f"count '{raw_count}' is not a number", max_reported)
                    continue
                if count < 0 or count != count:
                    _bad(result, line_no, f"count '{raw_count}' is negative", max_reported)
                    continue
                if keep is not None and not keep(origin):
                    result.filtered_out += 1
                    continue
                dest, country = destination(dest_code)
                key = (origin, dest)
                flows[key] = flows.get(key, 0.0) + count
                if country != "FR":
                    result.dest_country[dest] = country
                result.kept += 1
    return result


def _bad(result: ImportResult, line_no: int, why: str, limit: int) -> None:
    if len(result.malformed) < limit:
        result.malformed.append((line_no, why))
    else:
        result.malformed.append((line_no, ""))  # counted, reason not kept beyond the limit


def department_filter(departments: Sequence[str], communes: Sequence[str], ids: Optional[set] = None):
    """keep(origin) for a list of departments (code prefixes), communes and/or unit ids; None = keep all."""
    deps = [d.strip().upper() for d in departments if d.strip()]
    coms = {c.strip().upper() for c in communes if c.strip()}
    if not deps and not coms and not ids:
        return None

    def keep(code: str) -> bool:
        code_u = code.upper()
        if coms and code_u in coms:
            return True
        if ids and code in ids:
            return True
        return any(code_u.startswith(d) for d in deps)

    return keep
