"""OpenStreetMap road tags as they come: GDAL's other_tags, maxspeed, oneway, car access, the speed table.

- ``parse_other_tags(text) -> dict``: GDAL/QuickOSM hstore string ``"oneway"=>"yes","maxspeed"=>"50"``.
- ``parse_maxspeed(value) -> (kmh or None, status)``: status "ok", "empty", "none" (no limit: use the class
  speed) or "unparsed". Reads ``50``, ``50 km/h``, ``30 mph``, ``50;30`` (the lowest), ``FR:urban`` and the
  other zone codes of ``ZONES``; ``none``, ``signals``, ``walk``, ``variable`` give no number.
- ``parse_oneway(value, junction, highway) -> FORWARD/BACKWARD/BOTH``: yes/true/1 forward, -1/reverse backward,
  no/false/0 both, junction=roundabout or circular forward, motorway forward unless oneway=no.
- ``car_excluded(highway, access, motor_vehicle) -> reason or None``.
- ``read_speed_table(path=None) -> dict``: the shipped table (data/speeds_car_osm.csv, OSRM car profile) or a CSV.
"""
import os
import re
from typing import Dict, Optional, Tuple

from .network import BACKWARD, BOTH, FORWARD

_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=>\s*"((?:[^"\\]|\\.)*)"')
_NUM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(km/h|kmh|kph|mph|knots)?\s*$", re.I)
MPH = 1.609344
# Implicit limits written as country:zone (OSM's maxspeed=FR:rural), km/h, for the countries of the plugin's
# territories. Values of the OSM wiki page "Default speed limits" (https://wiki.openstreetmap.org/wiki/
# Default_speed_limits, revision 2607051 of 2023-10-21, CC BY-SA 2.0) as distributed in machine-readable form by
# westnordost/osm-legal-default-speeds, demo/distribution/legal_default_speeds.json (commit c9d9184), cars only.
# ZONES holds the zones whose value is the same in all these countries; ZONE_OVERRIDES the others. None = no number
# (a motorway without a general limit, walking pace): the line takes its class speed. A zone of another country
# not listed takes the ZONES value; an unknown zone counts as unparsed.
ZONES = {"urban": 50, "living_street": 20, "zone30": 30, "zone20": 20}
ZONE_OVERRIDES = {
    "FR:rural": 80, "FR:motorway": 130,
    "DE:rural": 100, "DE:motorway": None, "DE:living_street": None,
    "CH:rural": 80, "CH:motorway": 120,
    "LU:rural": 90, "LU:motorway": 130,
    "IT:rural": 90, "IT:motorway": 130,
    "BE-VLG:rural": 70, "BE-VLG:motorway": 120,
    "BE-WAL:rural": 90, "BE-WAL:motorway": 120,
    "BE-BRU:urban": 30, "BE-BRU:rural": 70, "BE-BRU:motorway": 120,
}
NO_NUMBER = {"none", "signals", "walk", "variable", "unposted", "implicit"}
CAR_EXCLUDED = {"footway", "steps", "path", "cycleway", "pedestrian", "bridleway", "corridor", "elevator",
                "platform", "proposed", "construction", "abandoned", "razed", "raceway", "bus_guideway", "busway",
                "via_ferrata", "escalator", "track"}
NO_ACCESS = {"no", "private", "agricultural", "forestry", "emergency", "delivery_only"}


def parse_other_tags(text) -> Dict[str, str]:
    if text is None:
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _PAIR.findall(str(text))}


def parse_maxspeed(value) -> Tuple[Optional[float], str]:
    if value is None or (isinstance(value, float) and value != value):
        return None, "empty"
    text = str(value).strip()
    if not text or text.upper() == "NULL":
        return None, "empty"
    values = []
    for part in text.split(";"):
        one, status = _one_maxspeed(part.strip())
        if status == "unparsed":
            return None, "unparsed"
        if one is not None:
            values.append(one)
    if not values:
        return None, "none"
    return min(values), "ok"


def _one_maxspeed(text: str) -> Tuple[Optional[float], str]:
    m = _NUM.match(text)
    if m:
        v = float(m.group(1).replace(",", "."))
        unit = (m.group(2) or "").lower()
        return (v * MPH if unit == "mph" else v * 1.852 if unit == "knots" else v), "ok"
    low = text.lower()
    if low in NO_NUMBER:
        return None, "none"
    if ":" in text:
        if text in ZONE_OVERRIDES:
            v = ZONE_OVERRIDES[text]
            return v, "ok" if v is not None else "none"
        zone = text.split(":", 1)[1].lower()
        if zone in ZONES:
            return float(ZONES[zone]), "ok"
    return None, "unparsed"


def parse_oneway(value, junction=None, highway=None) -> int:
    v = ("" if value is None else str(value)).strip().lower()
    if v in ("yes", "true", "1"):
        return FORWARD
    if v in ("-1", "reverse"):
        return BACKWARD
    if v in ("no", "false", "0"):
        return BOTH
    if str(junction or "").strip().lower() in ("roundabout", "circular"):
        return FORWARD
    if str(highway or "").strip().lower() in ("motorway", "motorway_link"):
        return FORWARD
    return BOTH


def car_excluded(highway, access=None, motor_vehicle=None) -> Optional[str]:
    h = str(highway or "").strip().lower()
    if h in CAR_EXCLUDED:
        return h
    for tag, val in (("motor_vehicle", motor_vehicle), ("access", access)):
        v = str(val or "").strip().lower()
        if v in NO_ACCESS:
            return f"{tag}={v}"
        if v and tag == "motor_vehicle":
            return None  # motor_vehicle=yes overrides access=no
    return None


def read_speed_table(path: Optional[str] = None) -> Dict[str, float]:
    path = path or os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "speeds_car_osm.csv")
    out: Dict[str, float] = {}
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or line.lower().startswith("class"):
                continue
            key, _, speed = line.partition(";") if ";" in line else line.partition(",")
            out[key.strip().lower()] = float(speed.strip().replace(",", "."))
    return out


def decode_osm(parts, highways, other_tags=None, maxspeeds=None, oneways=None, table=None):
    """Lines (vertex lists) + tags -> (lines, speeds_kmh, directions, counts) for ``network.build_graph``.

    Speed: maxspeed (field, else other_tags) when parsed, else the class speed, else the table's default
    (counted per class in ``counts["default_class"]``). Excluded lines are counted per reason.
    Ways join only where they share a vertex (``build_graph`` merges equal vertices): a bridge over a road
    without a common vertex does not connect.
    """
    table = table if table is not None else read_speed_table()
    counts = {"excluded": {}, "default_class": {}, "maxspeed_unparsed": 0, "maxspeed_used": 0}
    lines, speeds, dirs = [], [], []
    seen: Dict[tuple, tuple] = {}  # ways repeat their tags: each combination decoded once
    for i, pts in enumerate(parts):
        key = (highways[i] if highways is not None else None, other_tags[i] if other_tags is not None else None,
               maxspeeds[i] if maxspeeds is not None else None, oneways[i] if oneways is not None else None)
        try:
            decoded = seen.get(key)
        except TypeError:  # an unhashable value (a QVariant): decode it every time
            decoded = _decode_tags(*key, highways is not None, table)
        if decoded is None:
            decoded = seen[key] = _decode_tags(*key, highways is not None, table)
        why, hw, speed, unparsed, how, direction = decoded
        if why:
            counts["excluded"][why] = counts["excluded"].get(why, 0) + 1
            continue
        if unparsed:
            counts["maxspeed_unparsed"] += 1
        if how == "default":
            counts["default_class"][hw] = counts["default_class"].get(hw, 0) + 1
        elif how == "maxspeed":
            counts["maxspeed_used"] += 1
        lines.append(pts)
        speeds.append(speed)
        dirs.append(direction)
    return lines, speeds, dirs, counts


def _decode_tags(highway, other_tags, maxspeed, oneway, has_class: bool, table: Dict[str, float]):
    """(exclusion reason or None, class, speed km/h, maxspeed unreadable, how the speed was found, direction) of
    one way's tags; how: "maxspeed", "class" or "default" (a class missing from the table)."""
    tags = parse_other_tags(other_tags)
    hw = str(highway or tags.get("highway", "")).strip().lower() if has_class else tags.get("highway", "").lower()
    why = car_excluded(hw, tags.get("access"), tags.get("motor_vehicle") or tags.get("motorcar"))
    if why:
        return why, hw, None, False, None, None
    raw = maxspeed if maxspeed not in (None, "") else tags.get("maxspeed")
    speed, status = parse_maxspeed(raw)
    how = "maxspeed"
    if speed is None or speed <= 0:
        if hw in table:
            speed, how = table[hw], "class"
        else:
            speed, how = table.get("default", 10.0), "default"
    direction = parse_oneway(oneway if oneway not in (None, "") else tags.get("oneway"), tags.get("junction"), hw)
    return None, hw, float(speed), status == "unparsed", how, direction
