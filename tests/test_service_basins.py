"""bassins:servicebasins through Processing, without a network (straight line), on a case worked out by hand.

Four 1 km squares in a row (EPSG:2056, near LV95's origin so that true areas are planar ones to 0.1 %):
A and B in CH, C and D in FR; each unit's point on surface is its centre, x = 0.5, 1.5, 2.5, 3.5 km (from X0).
Basket: hospital, pharmacy (health), school (education), bakery (shopping): 4 types.
Equipment (by unit): A hospital, pharmacy, school (centre); B bakery (centre); C pharmacy at x = 2.1 km;
D hospital, school (centre); plus a cinema in A (outside the basket: counted, not used).
DETOUR 1.5 and SPEED 60 km/h: 1 km of straight line = 1.5 km of road = 1.5 minutes.
"""
import pytest

from .conftest import features, memory_layer, square

X0, Y0 = 2600000.0, 1200000.0
BASKET = "type;theme;basket\nhospital;health;everyday\npharmacy;health;everyday\nschool;education;everyday\n" \
         "bakery;shopping;everyday\n"


def is_null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


def units():
    rows = [(square(X0 + k * 1000.0, Y0), [uid, ctry, pop])
            for k, (uid, ctry, pop) in enumerate([("A", "CH", 100), ("B", "CH", 50), ("C", "FR", 80),
                                                  ("D", "FR", 20)])]
    return memory_layer("Polygon", "EPSG:2056", ["uid:string", "ctry:string", "pop:double"], rows, "units")


def equipment(extra=()):
    pts = [(500, "hospital"), (500, "pharmacy"), (500, "school"), (500, "cinema"), (1500, "bakery"),
           (2100, "pharmacy"), (3500, "hospital"), (3500, "school")] + list(extra)
    rows = [(f"POINT({X0 + x} {Y0 + 500})", [kind]) for x, kind in pts]
    return memory_layer("Point", "EPSG:2056", ["kind:string"], rows, "equipment")


def run(run_alg, tmp_path, equip=None, **kw):
    basket = tmp_path / "basket.csv"
    basket.write_text(BASKET, encoding="utf-8")
    params = {"UNITS": units(), "UNIT_ID": "uid", "COUNTRY": "ctry", "POPULATION": "pop",
              "EQUIPMENT": equip or equipment(), "EQUIPMENT_TYPE": "kind", "BASKET": str(basket),
              "POLE_SHARE": 50, "DETOUR": 1.5, "SPEED": 60,
              "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_ZONES": "TEMPORARY_OUTPUT"}
    params.update(kw)
    res, log = run_alg("bassins:servicebasins", params)
    return ({a["uid"]: a for a, _ in features(res["OUTPUT_UNITS"])},
            {a["pole"]: (a, g) for a, g in features(res["OUTPUT_ZONES"])}, log)


def test_times_abroad_and_dependence(run_alg, tmp_path):
    u, _zones, log = run(run_alg, tmp_path)
    a, b, c, d = (u[k] for k in "ABCD")
    # A: everything at home but the bakery (B, 1 km: 1.5); nearest pharmacy abroad is C's, 1.6 km: 2.4
    assert a["t_health"] == pytest.approx(0.0) and a["t_health_abroad"] == pytest.approx(2.4)
    assert a["t_shopping"] == pytest.approx(1.5) and is_null(a["t_shopping_abroad"])  # no bakery in FR
    assert a["abroad_health"] == 0 and a["dep_abroad"] == pytest.approx(0.0)
    # B: hospital at home (A, 1 km: 1.5), pharmacy abroad (C's, 0.6 km: 0.9) is faster than at home (A, 1.5)
    assert b["t_health"] == pytest.approx(0.9) and b["t_health_home"] == pytest.approx(1.5)
    assert b["gain_health"] == pytest.approx(0.6) and b["abroad_health"] == 1
    assert b["t_education"] == pytest.approx(1.5) and b["abroad_education"] == 0
    assert b["dep_abroad"] == pytest.approx(25.0)  # 1 type (pharmacy) of 4
    # C: its own pharmacy 0.4 km away (0.6); hospital and school in D (1 km: 1.5); bakery only abroad (B: 1.5)
    assert c["t_health"] == pytest.approx(0.6) and c["abroad_health"] == 0
    assert c["t_shopping"] == pytest.approx(1.5) and c["abroad_shopping"] == 1
    assert is_null(c["t_shopping_home"]) and is_null(c["gain_shopping"])  # no bakery in FR: home undefined
    assert c["dep_abroad"] == pytest.approx(25.0)  # bakery, 1 of 4
    # D: pharmacy at home in C (1.4 km: 2.1) beats A's (3 km: 4.5); bakery abroad only (B, 2 km: 3.0)
    assert d["t_health"] == pytest.approx(0.0) and d["t_shopping"] == pytest.approx(3.0)
    assert d["abroad_shopping"] == 1 and d["dep_abroad"] == pytest.approx(25.0)
    assert "1 equipment points have a type outside the basket" in log and "cinema (1)" in log
    assert "detour factor" in log


def test_poles_zones_at_exactly_the_share(run_alg, tmp_path):
    # A holds 3 of 4 types (75 %), D 2 of 4 (exactly 50 %): both poles. B lacks hospital and school (nearest: A,
    # a pole) and pharmacy (nearest: C, not a pole) -> A. C lacks hospital, school (D) and bakery (B) -> D.
    u, zones, log = run(run_alg, tmp_path)
    assert [u[k]["pole"] for k in "ABCD"] == [1, 0, 0, 1]
    assert [u[k]["zone"] for k in "ABCD"] == ["A", "A", "D", "D"]
    za, ga = zones["A"]
    zd, gd = zones["D"]
    assert za["units"] == 2 and za["pop_ch"] == 150 and za["pop_fr"] == 0
    assert zd["units"] == 2 and zd["pop_fr"] == 100 and zd["pop_ch"] == 0
    assert za["area_km2"] == pytest.approx(2.0, rel=2e-3) and gd.area() == pytest.approx(2e6)
    assert "2 service poles" in log
    # above 50 %, D (50 %) is no pole: C and D turn to no pole (C's hospital and school are nearest in D)
    u, zones, _ = run(run_alg, tmp_path, POLE_SHARE=50.1)
    assert [u[k]["pole"] for k in "ABCD"] == [1, 0, 0, 0]
    assert [u[k]["zone"] for k in "ABCD"][:2] == ["A", "A"] and is_null(u["C"]["zone"]) and is_null(u["D"]["zone"])
    assert list(zones) == ["A"]


def test_equipment_without_type_is_refused(run_alg, tmp_path):
    with pytest.raises(Exception, match="EQUIPMENT_TYPE"):
        run(run_alg, tmp_path, equip=equipment(extra=[(800, "")]))


def test_on_a_road_network(run_alg, tmp_path):
    # one straight road through the four centres and C's pharmacy (x = 0.5, 1.5, 2.1, 2.5, 3.5 km) at 60 km/h:
    # 1 km = 1 minute. B: hospital at home (A, 1 km: 1.0), pharmacy abroad (C's, 0.6 km: 0.6) -> abroad_health 1
    line = "LINESTRING(" + ",".join(f"{X0 + x} {Y0 + 500}" for x in (500, 1500, 2100, 2500, 3500)) + ")"
    roads = memory_layer("LineString", "EPSG:2056", ["kmh:double"], [(line, [60.0])], "roads")
    u, _zones, log = run(run_alg, tmp_path, NETWORK=roads, SPEED_FIELD="kmh", SNAP_TOLERANCE=100)
    assert u["B"]["t_health"] == pytest.approx(0.6) and u["B"]["t_health_home"] == pytest.approx(1.0)
    assert u["B"]["abroad_health"] == 1 and u["B"]["dep_abroad"] == pytest.approx(25.0)
    assert u["D"]["t_shopping"] == pytest.approx(2.0)  # bakery in B, 2 km
    assert [u[k]["zone"] for k in "ABCD"] == ["A", "A", "D", "D"]
    assert "detour factor" not in log and "Graph:" in log


def test_road_network_in_another_crs_than_the_units(run_alg, tmp_path):
    """OSM roads come in WGS 84 while the communes are in a national CRS: the network is reprojected from its own
    CRS (it was taken as if in the units' CRS: every point 'farther than SNAP_TOLERANCE', every time NULL). The
    road of test_on_a_road_network, its vertices in EPSG:4326: the same times."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2056"),
                                    QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    points = [to_wgs.transform(QgsPointXY(X0 + x, Y0 + 500)) for x in (500, 1500, 2100, 2500, 3500)]
    line = "LINESTRING(" + ",".join(f"{p.x():.10f} {p.y():.10f}" for p in points) + ")"
    roads = memory_layer("LineString", "EPSG:4326", ["kmh:double"], [(line, [60.0])], "roads")
    u, _zones, log = run(run_alg, tmp_path, NETWORK=roads, SPEED_FIELD="kmh", SNAP_TOLERANCE=100)
    assert "farther than" not in log
    assert u["B"]["t_health"] == pytest.approx(0.6, abs=1e-4)
    assert u["B"]["t_health_home"] == pytest.approx(1.0, abs=1e-4)
    assert u["D"]["t_shopping"] == pytest.approx(2.0, abs=1e-4) and u["B"]["dep_abroad"] == pytest.approx(25.0)


def test_equipment_in_another_crs_than_the_units(run_alg, tmp_path):
    """QuickOSM gives points in WGS 84; the units are in LV95: the points are reprojected from their own CRS (they
    were taken as if in the units' CRS). The same case as test_times_abroad_and_dependence, points in EPSG:4326."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2056"),
                                    QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    pts = [(500, "hospital"), (500, "pharmacy"), (500, "school"), (1500, "bakery"), (2100, "pharmacy"),
           (3500, "hospital"), (3500, "school")]
    rows = []
    for x, kind in pts:
        q = to_wgs.transform(QgsPointXY(X0 + x, Y0 + 500))
        rows.append((f"POINT({q.x():.10f} {q.y():.10f})", [kind]))
    equip = memory_layer("Point", "EPSG:4326", ["kind:string"], rows, "equipment")
    u, zones, log = run(run_alg, tmp_path, equip=equip)
    assert "0 of them outside every unit" in log
    assert u["B"]["t_health"] == pytest.approx(0.9, abs=1e-4) and u["B"]["abroad_health"] == 1
    assert [u[k]["dep_abroad"] for k in "ABCD"] == pytest.approx([0.0, 25.0, 25.0, 25.0])
    assert [u[k]["zone"] for k in "ABCD"] == ["A", "A", "D", "D"]


def test_equipment_as_areas_counts_at_a_point_inside(run_alg, tmp_path):
    """OSM maps hospitals, schools and shops as areas too (QuickOSM's multipolygons): the case of
    test_times_abroad_and_dependence with each point a 40 m square around it, and C's pharmacy an L-shaped
    building along C's bottom and eastern edges, whose centroid lies outside it: it counts at a point inside
    (shapely's representative point, computed here), in C."""
    from shapely import wkt as shapely_wkt

    def square_at(x, half=20.0):
        return f"POLYGON(({X0 + x - half} {Y0 + 480},{X0 + x + half} {Y0 + 480},{X0 + x + half} {Y0 + 520}," \
               f"{X0 + x - half} {Y0 + 520},{X0 + x - half} {Y0 + 480}))"
    ell = (f"POLYGON(({X0 + 2000} {Y0 + 10},{X0 + 2990} {Y0 + 10},{X0 + 2990} {Y0 + 990},{X0 + 2950} {Y0 + 990},"
           f"{X0 + 2950} {Y0 + 100},{X0 + 2000} {Y0 + 100},{X0 + 2000} {Y0 + 10}))")
    shape = shapely_wkt.loads(ell)
    assert not shape.contains(shape.centroid)
    pos = shape.representative_point()
    rows = [(square_at(x), [kind]) for x, kind in ((500, "hospital"), (500, "pharmacy"), (500, "school"),
                                                     (1500, "bakery"), (3500, "hospital"), (3500, "school"))]
    rows.append((ell, ["pharmacy"]))
    equip = memory_layer("Polygon", "EPSG:2056", ["kind:string"], rows, "equipment")
    u, zones, log = run(run_alg, tmp_path, equip=equip)
    assert "each counts at a point inside it" in log and "0 of them outside every unit" in log
    # DETOUR 1.5, 60 km/h: 1.5 min per km of straight line; unit centres at y = 0.5 km
    km = lambda x: ((pos.x - (X0 + x)) ** 2 + (pos.y - (Y0 + 500)) ** 2) ** 0.5 / 1000.0  # noqa: E731
    assert u["C"]["t_health_home"] == pytest.approx(1.5 * min(km(2500), 1.0))  # its pharmacy, or D's hospital
    assert u["C"]["dens_health"] == pytest.approx(10000 / 80)  # the pharmacy counted in C (80 inhabitants)
    assert u["B"]["t_health_abroad"] == pytest.approx(1.5 * km(1500))
    assert u["B"]["abroad_health"] == int(km(1500) < 1.0)  # A's pharmacy is 1 km away, at home
    assert [u[k]["zone"] for k in "ABCD"] == ["A", "A", "D", "D"]


def test_points_far_from_the_network_are_counted_with_the_tolerance(run_alg, tmp_path):
    """The road of test_on_a_road_network, and a second bakery 600 m north of it in C: farther than
    SNAP_TOLERANCE (100 m), it is named in the log with the tolerance and left out; D's nearest bakery stays B's
    (2 km: 2 min), not C's (1.1 km away as the crow flies)."""
    line = "LINESTRING(" + ",".join(f"{X0 + x} {Y0 + 500}" for x in (500, 1500, 2100, 2500, 3500)) + ")"
    roads = memory_layer("LineString", "EPSG:2056", ["kmh:double"], [(line, [60.0])], "roads")
    far = [(f"POINT({X0 + 2500} {Y0 + 1100 - 1})", ["bakery"])]
    base = equipment()
    rows = [(f.geometry().asWkt(), f.attributes()) for f in base.getFeatures()] + far
    equip = memory_layer("Point", "EPSG:2056", ["kind:string"], rows, "equipment")
    u, _zones, log = run(run_alg, tmp_path, equip=equip, NETWORK=roads, SPEED_FIELD="kmh", SNAP_TOLERANCE=100)
    assert "0 units and 1 equipment points are farther than 100 m (SNAP_TOLERANCE)" in log
    assert u["D"]["t_shopping"] == pytest.approx(2.0) and u["D"]["abroad_shopping"] == 1


def test_units_without_a_country_get_null_home_and_abroad(run_alg, tmp_path):
    """A unit with no country: said in the log; its times to the nearest (any country) are kept, its home, abroad,
    gain fields and dep_abroad are NULL; the others are unchanged."""
    rows = [(square(X0 + k * 1000.0, Y0), [uid, ctry, pop])
            for k, (uid, ctry, pop) in enumerate([("A", "CH", 100), ("B", None, 50), ("C", "FR", 80),
                                                  ("D", "FR", 20)])]
    layer = memory_layer("Polygon", "EPSG:2056", ["uid:string", "ctry:string", "pop:double"], rows, "units")
    u, _zones, log = run(run_alg, tmp_path, UNITS=layer)
    assert "1 units have no country" in log
    b = u["B"]
    assert b["t_health"] == pytest.approx(0.9)  # C's pharmacy, 0.6 km: any country still known
    assert all(is_null(b[f]) for f in ("t_health_home", "t_health_abroad", "gain_health", "abroad_health",
                                       "dep_abroad"))
    # the only bakery lies in B: its country is unknown too (said), so C's nearest bakery is neither home nor abroad
    assert "1 equipment points have no country" in log
    assert u["C"]["t_shopping"] == pytest.approx(1.5) and is_null(u["C"]["t_shopping_abroad"])
    assert u["C"]["dep_abroad"] == pytest.approx(0.0) and u["A"]["dep_abroad"] == pytest.approx(0.0)


def test_basket_with_a_type_under_two_themes_is_refused(run_alg, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("type;theme;basket\npharmacy;health;x\npharmacy;shopping;x\n", encoding="utf-8")
    with pytest.raises(Exception, match="BASKET"):
        run(run_alg, tmp_path, BASKET=str(bad))


def test_osm_one_way_nearest_by_road_is_not_nearest_by_line(run_alg, tmp_path):
    # OSM-like roads (highway + other_tags), all `residential` (25 km/h in the shipped table: 1 km = 2.4 min):
    # A-B two-way (x 0.5 -> 1.5 km), C's pharmacy -> B one-way (x 2.1 -> 1.5, oneway=yes), pharmacy -> C -> D two-way.
    # Straight line: B's nearest pharmacy is C's (0.6 km, abroad). By road, from B (units -> equipment) the one-way
    # cannot be taken: the nearest pharmacy is A's (1 km: 2.4 min), at home; C and D are unreachable from B.
    def line(*xs):
        return "LINESTRING(" + ",".join(f"{X0 + x} {Y0 + 500}" for x in xs) + ")"
    rows = [(line(500, 1500), ["residential", None]), (line(2100, 1500), ["residential", '"oneway"=>"yes"']),
            (line(2100, 2500, 3500), ["residential", None])]
    roads = memory_layer("LineString", "EPSG:2056", ["highway:string", "other_tags:string"], rows, "roads")
    u, _zones, _log = run(run_alg, tmp_path)
    assert u["B"]["abroad_health"] == 1  # straight line: C's pharmacy
    u, _zones, log = run(run_alg, tmp_path, NETWORK=roads, ROAD_CLASS="highway", OTHER_TAGS="other_tags",
                         SNAP_TOLERANCE=100)
    b = u["B"]
    assert b["t_health"] == pytest.approx(2.4) and b["t_health_home"] == pytest.approx(2.4)
    assert b["abroad_health"] == 0 and b["dep_abroad"] == pytest.approx(0.0)
    # C reaches its pharmacy 0.4 km away (0.96 min) and B's bakery through the one-way (1 km: 2.4 min)
    assert u["C"]["t_health"] == pytest.approx(0.96) and u["C"]["t_shopping"] == pytest.approx(2.4)
    assert "Graph:" in log


def test_density_per_theme_per_10000_inhabitants(run_alg, tmp_path):
    # equipment of the theme in the unit x 10,000 / population: A (100 inh.) hospital + pharmacy = 2 health -> 200,
    # school 1 -> 100, no bakery -> 0; C (80 inh.) its pharmacy -> 125; D (20 inh.) hospital -> 500, school -> 500;
    # B (population NULL) and E (population 0) -> NULL
    rows = [(square(X0 + k * 1000.0, Y0), [uid, ctry, pop]) for k, (uid, ctry, pop) in enumerate(
        [("A", "CH", 100), ("B", "CH", None), ("C", "FR", 80), ("D", "FR", 20), ("E", "FR", 0)])]
    layer = memory_layer("Polygon", "EPSG:2056", ["uid:string", "ctry:string", "pop:double"], rows, "units")
    u, _zones, _log = run(run_alg, tmp_path, UNITS=layer)
    assert u["A"]["dens_health"] == pytest.approx(2 * 10000 / 100)
    assert u["A"]["dens_education"] == pytest.approx(10000 / 100) and u["A"]["dens_shopping"] == pytest.approx(0.0)
    assert u["C"]["dens_health"] == pytest.approx(10000 / 80)
    assert u["D"]["dens_health"] == pytest.approx(10000 / 20) and u["D"]["dens_education"] == pytest.approx(500.0)
    assert all(is_null(u[k][f"dens_{t}"]) for k in "BE" for t in ("health", "education", "shopping"))
    # without a population field, no density fields
    bare = memory_layer("Polygon", "EPSG:2056", ["uid:string", "ctry:string"],
                        [(g, attrs[:2]) for g, attrs in rows], "units")
    u, _zones, _log = run(run_alg, tmp_path, UNITS=bare, POPULATION=None)
    assert "dens_health" not in u["A"].keys()


def basket_table(rows, fields=("type:string", "theme:string", "basket:string")):
    return memory_layer("None", "EPSG:2056", list(fields), [(None, list(r)) for r in rows], "basket")


def test_basket_as_a_table_gives_the_results_of_the_file(run_alg, tmp_path):
    table = basket_table([r.split(";") for r in BASKET.splitlines()[1:]])
    from_file, _z, _log = run(run_alg, tmp_path)
    from_table, _z, log = run(run_alg, tmp_path, BASKET_TABLE=table, BASKET="/no/such/file.csv")
    for k in "ABCD":
        assert [from_table[k][f] for f in ("t_health", "t_shopping", "dep_abroad", "zone")] == \
            [from_file[k][f] for f in ("t_health", "t_shopping", "dep_abroad", "zone")]
    assert "Basket from the table: 4 types in 3 themes." in log
    # a basket without bakery (type names in upper-case fields): B holds none of the 3 types, shopping is gone
    table = basket_table([("hospital", "health", ""), ("pharmacy", "health", ""), ("school", "education", "")],
                         ("TYPE:string", "Theme:string", "BASKET:string"))
    u, _z, _log = run(run_alg, tmp_path, BASKET_TABLE=table)
    assert "t_shopping" not in u["A"].keys() and u["B"]["dep_abroad"] == pytest.approx(100 / 3)


def test_basket_table_errors_name_the_parameter_and_the_types(run_alg, tmp_path):
    twice = basket_table([("pharmacy", "health", ""), ("pharmacy", "shopping", ""), ("school", "health", ""),
                          ("school", "education", ""), ("bakery", "shopping", "")])
    with pytest.raises(Exception) as err:
        run(run_alg, tmp_path, BASKET_TABLE=twice)
    text = str(err.value)
    assert "BASKET_TABLE" in text and "'pharmacy' (health / shopping)" in text
    assert "'school' (health / education)" in text
    absent = basket_table([("cinema_xx", "leisure", ""), ("museum_xx", "leisure", "")])
    with pytest.raises(Exception) as err:
        run(run_alg, tmp_path, BASKET_TABLE=absent)
    assert "BASKET_TABLE" in str(err.value) and "no equipment point has a type of the basket" in str(err.value)
    no_theme = basket_table([("pharmacy", "")], ("type:string", "kind:string"))
    with pytest.raises(Exception) as err:
        run(run_alg, tmp_path, BASKET_TABLE=no_theme)
    assert "BASKET_TABLE" in str(err.value) and "type and theme" in str(err.value)


def test_basket_file_in_which_no_type_is_present_is_refused(run_alg, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("type;theme;basket\ncinema_xx;leisure;x\n", encoding="utf-8")
    with pytest.raises(Exception) as err:
        run(run_alg, tmp_path, BASKET=str(other))
    assert "BASKET" in str(err.value) and "no equipment point has a type of the basket" in str(err.value)
