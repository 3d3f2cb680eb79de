"""Places abroad in the French census: commune codes of bordering countries, their names, and matching.

INSEE codes a place of work (``DCFLT``) or of study (``DCETUE``) in a bordering country at
commune level: five characters whose prefix is the country (``AL`` Germany, ``BE`` Belgium,
``LU`` Luxembourg, ``SU`` Switzerland, ``MO`` Monaco). ``99999`` means France and ``ZZZZZ``
not applicable (or another foreign place). The names come from the ``Varmod_*.csv`` file of
the census ZIP, or, when the ZIP has none, from the RP2021 list shipped with the plugin.

Names are matched to foreign units (GISCO LAU, national commune layers) of the same country
after normalisation, from the strictest key to the loosest; a key that gives several units is
ambiguous and is never guessed.
"""
import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

FRANCE_CODE = "99999"
NOT_APPLICABLE = "ZZZZZ"
PREFIX_COUNTRY = {"AL": "DE", "BE": "BE", "LU": "LU", "SU": "CH", "MO": "MC"}
# country spellings found in foreign layers -> ISO 3166 alpha-2
COUNTRY_ALIASES = {
    "DEU": "DE", "BEL": "BE", "LUX": "LU", "CHE": "CH", "MCO": "MC", "ITA": "IT", "ESP": "ES", "FRA": "FR",
    "AND": "AD", "SU": "CH", "AL": "DE", "MO": "MC", "SUISSE": "CH", "ALLEMAGNE": "DE", "BELGIQUE": "BE",
    "LUXEMBOURG": "LU", "MONACO": "MC", "ITALIE": "IT", "ESPAGNE": "ES", "FRANCE": "FR",
}
SHIPPED_NAMES = Path(__file__).resolve().parents[1] / "data" / "insee_dcflt_border_communes_rp2021.csv"
VARMOD_VARIABLES = ("DCFLT", "DCETUE")


def country_of_code(code: str) -> Optional[str]:
    """ISO country of a commune-level foreign code (``SUC1L`` -> ``CH``), None otherwise."""
    if len(code) != 5 or code in (FRANCE_CODE, NOT_APPLICABLE):
        return None
    return PREFIX_COUNTRY.get(code[:2].upper())


def iso_country(value: Optional[str]) -> Optional[str]:
    """A layer's country value as ISO alpha-2 ('CHE', 'Suisse', 'ch' -> 'CH')."""
    if value is None:
        return None
    text = str(value).strip().upper()
    if not text:
        return None
    return COUNTRY_ALIASES.get(text, text)


# -- names -------------------------------------------------------------------------------------
def _read_text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def names_from_varmod(data: bytes) -> Dict[str, str]:
    """code -> name from a Varmod file (``COD_VAR;LIB_VAR;COD_MOD;LIB_MOD;…``), DCFLT and DCETUE rows."""
    text = _read_text(data)
    first = text.split("\n", 1)[0]
    sep = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    header = [h.strip().upper() for h in next(reader, [])]
    try:
        i_var, i_code, i_name = header.index("COD_VAR"), header.index("COD_MOD"), header.index("LIB_MOD")
    except ValueError:
        return {}
    names: Dict[str, str] = {}
    for row in reader:
        if len(row) <= max(i_var, i_code, i_name):
            continue
        if row[i_var].strip().upper() in VARMOD_VARIABLES:
            code = row[i_code].strip()
            if country_of_code(code):
                names[code] = row[i_name].strip()
    return names


def shipped_names() -> Dict[str, str]:
    """The RP2021 code list shipped with the plugin (``code,name``)."""
    names: Dict[str, str] = {}
    with open(SHIPPED_NAMES, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if country_of_code(row["code"]):
                names[row["code"]] = row["name"]
    return names


# -- normalisation and matching ----------------------------------------------------------------
_QUALIFIER = re.compile(r"\([^)]*\)")
_SAINTS = {"SAINT": "ST", "SANKT": "ST", "ST": "ST", "SAINTE": "STE", "STE": "STE", "SINT": "ST"}
_FOLDS = (("UE", "U"), ("AE", "A"), ("OE", "O"))


def _plain_upper(name: str) -> str:
    text = name.replace("ß", "ss").replace("ẞ", "SS")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.upper()


def _tokens(text: str) -> List[str]:
    words = re.split(r"[^0-9A-Z]+", text)
    return [_SAINTS.get(w, w) for w in words if w]


def name_keys(name: str) -> Tuple[str, ...]:
    """Keys from strictest to loosest: with qualifier, without it, with umlaut spellings folded.

    Case, accents, hyphens, apostrophes, spaces, slashes and dots are ignored at every level;
    Saint/St/Sankt are one word. 'AESCH (ZH)' -> ('AESCHZH', 'AESCH', 'ASCH').
    """
    upper = _plain_upper(name)
    full = "".join(_tokens(upper))
    bare = "".join(_tokens(_QUALIFIER.sub(" ", upper)))
    folded = bare
    for a, b in _FOLDS:
        folded = folded.replace(a, b)
    return full, bare, folded


@dataclass
class MatchReport:
    """What matching did to the commune-coded destinations abroad (weights are the file's)."""

    matched: Dict[str, str] = field(default_factory=dict)        # INSEE code -> unit id
    unmatched: Dict[str, float] = field(default_factory=dict)    # code -> weight
    ambiguous: Dict[str, float] = field(default_factory=dict)    # code -> weight
    from_table: int = 0
    matched_weight: float = 0.0
    coded_weight: float = 0.0


class NameMatcher:
    """Foreign units indexed by country and name keys."""

    def __init__(self, ids: Sequence, names: Sequence, countries: Sequence):
        self.levels: List[Dict[Tuple[str, str], set]] = [{}, {}, {}]
        self.countries: set = set()
        self.ids: set = set()  # the usable units' ids (a match table may only point at these)
        for uid, name, country in zip(ids, names, countries):
            iso = iso_country(country)
            if uid is None or name is None or iso is None:
                continue
            self.countries.add(iso)
            self.ids.add(str(uid))
            for level, key in zip(self.levels, name_keys(str(name))):
                level.setdefault((iso, key), set()).add(str(uid))

    def find(self, name: str, country: str) -> Tuple[Optional[str], str]:
        """(unit id, 'matched') or (None, 'ambiguous' | 'unmatched')."""
        for level, key in zip(self.levels, name_keys(name)):
            found = level.get((country, key))
            if found:
                if len(found) == 1:
                    return next(iter(found)), "matched"
                return None, "ambiguous"
        return None, "unmatched"


def read_match_table(path: str, lines: Optional[Dict[str, int]] = None) -> Dict[str, str]:
    """``code;unit_id`` rows (header optional, ``;`` ``,`` or tab) -> mapping; ``lines`` (when given) receives the
    file's line number of each code's row."""
    data = Path(path).read_bytes()
    text = _read_text(data)
    first = text.split("\n", 1)[0]
    sep = max((";", ",", "\t"), key=first.count)
    table: Dict[str, str] = {}
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    for row in reader:
        if len(row) < 2 or not row[0].strip():
            continue
        code, uid = row[0].strip(), row[1].strip()
        if code.upper() in ("CODE", "DCFLT", "COD_MOD") and not country_of_code(code):
            continue  # header
        if uid:
            table[code] = uid
            if lines is not None:
                lines[code] = reader.line_num
    return table


def match_destinations(weights: Dict[str, float], names: Dict[str, str], matcher: Optional[NameMatcher],
                       table: Optional[Dict[str, str]] = None) -> MatchReport:
    """Match every commune-coded destination abroad (code -> weight) to a foreign unit id."""
    report = MatchReport()
    table = table or {}
    for code, weight in weights.items():
        report.coded_weight += weight
        if code in table:
            report.matched[code] = table[code]
            report.from_table += 1
            report.matched_weight += weight
            continue
        name = names.get(code)
        if matcher is None or name is None:
            report.unmatched[code] = weight
            continue
        uid, status = matcher.find(name, country_of_code(code) or "")
        if uid is not None:
            report.matched[code] = uid
            report.matched_weight += weight
        elif status == "ambiguous":
            report.ambiguous[code] = weight
        else:
            report.unmatched[code] = weight
    return report


def heaviest(items: Dict[str, float], limit: int = 20) -> Iterable[Tuple[str, float]]:
    return sorted(items.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
