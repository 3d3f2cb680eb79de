"""bassins:accessrings on OpenStreetMap roads as GDAL's OSM driver gives them (a `lines` layer with `highway` and
`other_tags`), times computed by hand (geodesic lengths from pyproj, the speeds of the shipped table)."""
import pytest
from osgeo import ogr, osr
from pyproj import Geod

from .conftest import features, memory_layer

GEOD = Geod(ellps="WGS84")
# A (6.10, 46.20) -> B (6.11, 46.20) -> C (6.12, 46.20); the detour A -> E (6.10, 46.21) -> F (6.11, 46.21) -> B
A, B, C, E, F = (6.10, 46.20), (6.11, 46.20), (6.12, 46.20), (6.10, 46.21), (6.11, 46.21)
OSM_FIELDS = ("osm_id", "name", "highway", "waterway", "aerialway", "barrier", "man_made", "z_order", "other_tags")


def _length(*pts):
    return sum(GEOD.inv(*p, *q)[2] for p, q in zip(pts, pts[1:]))


def osm_lines_gpkg(path, rows):
    """A GeoPackage with a `lines` layer shaped like GDAL's OSM driver output (EPSG:4326, its default fields)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer("lines", srs, ogr.wkbLineString)
    for name in OSM_FIELDS:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if name == "z_order" else ogr.OFTString))
    for k, (pts, highway, tags) in enumerate(rows):
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("osm_id", str(1000 + k))
        feat.SetField("highway", highway)
        feat.SetField("z_order", 3)
        if tags:
            feat.SetField("other_tags", tags)
        feat.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING(" + ",".join(f"{x} {y}" for x, y in pts) + ")"))
        layer.CreateFeature(feat)
    ds = None
    return f"{path}|layername=lines"


def _rows():
    return [
        ([A, B], "primary", '"oneway"=>"yes","maxspeed"=>"30 mph"'),  # A -> B only, 30 mph = 48.28032 km/h
        ([B, C], "residential", '"maxspeed"=>"fast","surface"=>"asphalt"'),  # unparsed: residential 25 km/h
        ([A, E, F, B], "tertiary", None),  # both ways at 40 km/h (shipped table)
        ([C, (6.11, 46.195), A], "footway", None),  # a shortcut, not for cars
        ([C, (6.12, 46.19)], "service", '"access"=>"private"'),  # not for cars
    ]


def _units():
    # small squares centred on A and on C (their point on surface is the centre)
    rows = [(f"POLYGON(({x - 1e-4} {y - 1e-4},{x + 1e-4} {y - 1e-4},{x + 1e-4} {y + 1e-4},{x - 1e-4} {y + 1e-4},"
             f"{x - 1e-4} {y - 1e-4}))", [uid]) for uid, (x, y) in (("a", A), ("c", C))]
    return memory_layer("Polygon", "EPSG:4326", ["unit_id:string"], rows, "units")


def test_osm_gpkg_other_tags_exclusions_and_log(run_alg, tmp_path):
    roads = osm_lines_gpkg(tmp_path / "osm.gpkg", _rows())
    pole = memory_layer("Point", "EPSG:4326", ["pid:string"], [(f"POINT({C[0]} {C[1]})", ["P"])], "p")
    base = {"NETWORK": roads, "POLES": pole, "POLE_ID": "pid", "UNITS": _units(), "UNIT_ID": "unit_id",
            "BANDS": "30", "SNAP_TOLERANCE": 50, "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
            "OUTPUT_RINGS": "TEMPORARY_OUTPUT"}
    res, log = run_alg("bassins:accessrings", {**base, "DIRECTION": 1})
    # ROAD_CLASS and OTHER_TAGS preselect `highway` and `other_tags`: 5 lines read, footway and private left out
    assert "5 line parts read, 3 kept for cars, 2 left out" in log
    assert "access=private 1, footway 1" in log
    assert "1 maxspeed values could not be read" in log
    assert "Speeds: 1 from maxspeed" in log
    assert "One-way: 1 in the digitising direction, 0 reversed, 2 both ways" in log
    t = {a["unit_id"]: a["time_min"] for a, _ in features(res["OUTPUT_UNITS"])}
    # from the pole C to A: C -> B at 25 km/h, then the one-way A -> B is closed that way: B -> F -> E -> A at 40
    from_pole = (_length(C, B) / (25 / 3.6) + _length(B, F, E, A) / (40 / 3.6)) / 60
    assert t["a"] == pytest.approx(from_pole, rel=2e-3)
    assert t["c"] == pytest.approx(0.0, abs=1e-3)
