"""bassins:attractionrings: each rule on hand-built grids whose answer is worked out by hand."""
import pytest

from .conftest import features, memory_layer, square

SIZE = 1000.0


def grid(rows, cols, active=100, shift=None):
    """Unit ids 'r{r}c{c}'; ``shift(r, c)`` moves a cell (to make slivers/gaps between layers)."""
    data = []
    for r in range(rows):
        for c in range(cols):
            dx = shift(r, c) if shift else 0.0
            data.append((square(c * SIZE + dx, r * SIZE), [f"r{r}c{c}", active, "CH" if c == 0 else "FR", 10]))
    return memory_layer("Polygon", "EPSG:2056", ["uid:string", "act:double", "ctry:string", "pop:double"], data,
                        "units")


def flows(rows):
    return memory_layer("None", "EPSG:2056", ["o:string", "d:string", "n:double"],
                        [(None, list(r)) for r in rows], "flows")


def run(run_alg, units, flow_rows, **kw):
    params = {"UNITS": units, "UNIT_ID": "uid", "ACTIVE": "act", "COUNTRY": "ctry", "POPULATION": "pop",
              "FLOWS": flows(flow_rows), "ORIGIN": "o", "DESTINATION": "d", "COUNT": "n", "POLE_UNITS": "r2c2",
              "THRESHOLDS": "15;25;40", "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(kw)
    res, log = run_alg("bassins:attractionrings", params)
    units_out = {a["uid"]: a for a, _ in features(res["OUTPUT_UNITS"])}
    rings = {a["level"]: (a, g) for a, g in features(res["OUTPUT"])}
    return units_out, rings, log


def test_shares_levels_and_rings(run_alg):
    # 5 x 5 grid, pole r2c2; its 4 rook neighbours send 50, 30, 20, 10 % of their 100 employed residents
    rows = [("r1c2", "r2c2", 50), ("r2c1", "r2c2", 30), ("r2c3", "r2c2", 20), ("r3c2", "r2c2", 10),
            ("r1c2", "r0c0", 40)]
    u, rings, _ = run(run_alg, grid(5, 5), rows, FILL_ENCLAVES=False)
    assert u["r2c2"]["level"] == 1 and u["r2c2"]["is_pole"] == 1
    assert u["r1c2"]["share_pole"] == 50 and u["r1c2"]["level"] == 1
    assert u["r2c1"]["level"] == 2 and u["r2c3"]["level"] == 3 and u["r3c2"]["level"] == 0
    assert u["r3c2"]["share_pole"] == 10
    # nested rings: level 1 = pole + r1c2 (2 km²), level 2 adds r2c1, level 3 adds r2c3
    assert [rings[k][0]["units"] for k in (1, 2, 3)] == [2, 3, 4]
    assert [rings[k][1].area() / 1e6 for k in (1, 2, 3)] == pytest.approx([2, 3, 4])
    assert rings[1][0]["threshold"] == 40 and rings[3][0]["threshold"] == 15
    assert rings[3][0]["population"] == 40 and rings[3][0]["pop_fr"] == 40
    assert "40 %" in rings[1][0]["label"]


def test_island_and_corner_touch_are_detached(run_alg):
    # r0c0 (far island) and r1c1 (touches the pole r2c2 only at a corner) send 60 %: both above 40 %, both dropped
    rows = [("r0c0", "r2c2", 60), ("r1c1", "r2c2", 60), ("r2c3", "r2c2", 60)]
    u, _rings, log = run(run_alg, grid(5, 5), rows)
    assert u["r0c0"]["level"] == 0 and u["r1c1"]["level"] == 0 and u["r2c3"]["level"] == 1
    assert "2 above a threshold but detached" in log
    u, _rings, _log = run(run_alg, grid(5, 5), rows, CONTIGUITY=False)
    assert u["r0c0"]["level"] == 1 and u["r1c1"]["level"] == 1


def test_contiguity_through_weaker_units(run_alg):
    # r2c4 reaches 40 % but touches the pole only through r2c3 (25 %): it keeps level 2, the smallest k such
    # that it reaches the pole through units of raw level 1..k
    rows = [("r2c3", "r2c2", 25), ("r2c4", "r2c2", 45)]
    u, _r, _l = run(run_alg, grid(5, 5), rows)
    assert u["r2c3"]["level"] == 2 and u["r2c4"]["level"] == 2


def test_enclave_filled_by_the_strongest_ring(run_alg):
    # pole r1c2; the 7 other cells around r2c2 send 50 %: r2c2 (0 %) is enclosed by ring 1 and joins level 1
    around = ["r1c1", "r1c3", "r2c1", "r2c3", "r3c1", "r3c2", "r3c3"]
    rows = [(a, "r1c2", 50) for a in around]
    u, rings, log = run(run_alg, grid(5, 5), rows, POLE_UNITS="r1c2")
    assert u["r2c2"]["level"] == 1 and u["r2c2"]["share_pole"] == 0
    assert "1 enclaves filled" in log
    assert rings[1][0]["units"] == 9 and rings[1][1].area() == pytest.approx(9e6)
    assert len(rings[1][1].asMultiPolygon()[0]) == 1  # one block, no hole
    u, rings, _ = run(run_alg, grid(5, 5), rows, POLE_UNITS="r1c2", FILL_ENCLAVES=False)
    assert u["r2c2"]["level"] == 0 and rings[1][1].area() == pytest.approx(8e6)


def test_units_on_the_outer_edge_are_not_enclaves(run_alg):
    # r0c2 lies between level-1 units but on the study area's edge: it can leave without crossing ring 1
    rows = [("r0c1", "r1c2", 50), ("r0c3", "r1c2", 50), ("r1c1", "r1c2", 50), ("r1c3", "r1c2", 50)]
    u, _r, _l = run(run_alg, grid(5, 5), rows, POLE_UNITS="r1c2")
    assert u["r0c2"]["level"] == 0


def test_iterative_chain(run_alg):
    # r2c3 sends 50 % to the pole, r2c4 50 % to r2c3; r3c4 50 % to r2c4: only the iterative rule takes all
    rows = [("r2c3", "r2c2", 50), ("r2c4", "r2c3", 50), ("r3c4", "r2c4", 50)]
    u, _r, _l = run(run_alg, grid(5, 5), rows)
    assert (u["r2c3"]["level"], u["r2c4"]["level"], u["r3c4"]["level"]) == (1, 0, 0)
    u, _r, log = run(run_alg, grid(5, 5), rows, PRESET=2)  # ZAU 2010-like: 40 %, iterative
    assert (u["r2c3"]["level"], u["r2c4"]["level"], u["r3c4"]["level"]) == (1, 1, 1)
    assert "zonage en aires urbaines" in log


def test_two_poles_and_multipolarisation(run_alg):
    units = grid(1, 5)
    units.startEditing()
    idx = units.fields().indexOf("ctry")
    for f in units.getFeatures():
        units.changeAttributeValue(f.id(), idx, {"r0c0": "Geneva", "r0c4": "Annecy"}.get(f["uid"]))
    units.commitChanges()
    # r0c1: 30 % Geneva, 10 % Annecy -> Geneva; r0c2: 10 % + 10 %: multipolarised; r0c3: 20 % Annecy
    rows = [("r0c1", "r0c0", 30), ("r0c1", "r0c4", 10), ("r0c2", "r0c0", 10), ("r0c2", "r0c4", 10),
            ("r0c3", "r0c4", 20)]
    u, _r, _l = run(run_alg, units, rows, POLE_UNITS="", POLE_FIELD="ctry", COUNTRY=None, THRESHOLDS="15",
                    FILL_ENCLAVES=False)
    assert u["r0c1"]["pole"] == "Geneva" and u["r0c1"]["share_pole"] == 30 and u["r0c1"]["level"] == 1
    assert u["r0c3"]["pole"] == "Annecy" and u["r0c3"]["level"] == 1
    assert u["r0c2"]["multipolarised"] == 1 and u["r0c2"]["level"] == 0
    assert u["r0c0"]["is_pole"] == 1 and u["r0c4"]["is_pole"] == 1


def test_sliver_between_national_layers(run_alg):
    # column 3 onwards comes from another national layer, 2 m apart (a gap): within the 5 m tolerance the
    # units are still neighbours, and the gap creates no edge (r2c4 is enclosed, so filled)
    def shift(r, c):
        return 2.0 if c >= 3 else 0.0

    around = ["r1c3", "r2c3", "r3c3", "r1c4", "r3c4", "r1c5", "r2c5", "r3c5"]
    rows = [(a, "r2c2", 50) for a in around]
    u, _r, log = run(run_alg, grid(5, 7, shift=shift), rows)
    assert all(u[a]["level"] == 1 for a in around)
    assert u["r2c4"]["level"] == 1  # enclave, not a false edge along the gap
    assert "within the snapping tolerance" in log
    u, _r, _l = run(run_alg, grid(5, 7, shift=shift), rows, SNAP_TOLERANCE=0.0)
    assert all(u[a]["level"] == 0 for a in around)  # without tolerance the gap detaches the other layer


def test_presets_values():
    from bassins_plugin.core.attraction import RULE_PRESETS

    assert [(p.code, p.thresholds, p.iterative) for p in RULE_PRESETS] == [
        ("custom", (), False), ("aav2020", (15.0,), False), ("zau2010", (40.0,), True), ("fua", (15.0,), False),
        ("geneva25", (25.0,), False)]


@pytest.mark.parametrize("kw,message", [
    ({"POLE_UNITS": "r9c9"}, "POLE_UNITS.*r9c9"),
    ({"THRESHOLDS": "40;25;15"}, "THRESHOLDS"),
    ({"ACTIVE": "zero"}, "ACTIVE.*NULL or 0"),
])
def test_bad_input(run_alg, kw, message):
    from qgis.core import QgsProcessingException

    units = grid(3, 3)
    units.dataProvider().addAttributes([__import__("qgis.core", fromlist=["QgsField"]).QgsField("zero", 6)])
    units.updateFields()
    with pytest.raises(QgsProcessingException, match=message):
        run(run_alg, units, [("r0c0", "r1c1", 5)], **kw)


def test_non_polygon_units_refused(run_alg):
    from qgis.core import QgsProcessingException

    pts = memory_layer("Point", "EPSG:2056", ["uid:string", "act:double"], [("POINT(0 0)", ["a", 1])], "p")
    with pytest.raises(QgsProcessingException, match="UNITS"):
        run(run_alg, pts, [("a", "a", 1)], POLE_UNITS="a", COUNTRY=None, POPULATION=None)


def test_geographic_crs_gives_the_same_levels(run_alg):
    """Units in degrees (EPSG:4326): contiguity, the 2 m gap between layers and the 5 m tolerance are in metres,
    so the levels are those of the projected layer."""
    import processing

    def shift(r, c):
        return 2.0 if c >= 3 else 0.0

    around = ["r1c3", "r2c3", "r3c3", "r1c4", "r3c4", "r1c5", "r2c5", "r3c5"]
    rows = [(a, "r2c2", 50) for a in around] + [("r0c0", "r2c2", 60), ("r1c1", "r2c2", 60)]
    units = grid(5, 7, shift=shift)
    degrees = processing.run("native:reprojectlayer", {"INPUT": units, "TARGET_CRS": "EPSG:4326",
                                                       "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert degrees.crs().authid() == "EPSG:4326"
    projected, _r, _l = run(run_alg, units, rows, SNAP_TOLERANCE=5.0)
    geographic, rings, _l = run(run_alg, degrees, rows, SNAP_TOLERANCE=5.0)
    assert {k: v["level"] for k, v in geographic.items()} == {k: v["level"] for k, v in projected.items()}
    assert all(geographic[a]["level"] == 1 for a in around) and geographic["r2c4"]["level"] == 1
    assert geographic["r0c0"]["level"] == 0 and geographic["r1c1"]["level"] == 0  # island and corner: detached
    assert rings[1][1].boundingBox().xMaximum() < 180  # the rings come back in degrees
    geographic, _r, _l = run(run_alg, degrees, rows, SNAP_TOLERANCE=0.0)
    assert all(geographic[a]["level"] == 0 for a in around)


def _two_cities(to_geneva):
    """1 x 5 strip: poles Geneva (r0c0, 300 employed residents) and Annecy (r0c4, 100); Annecy sends
    ``to_geneva`` of its 100 to Geneva; r0c1 sends 50 % to Geneva, r0c3 50 % to Annecy."""
    units = grid(1, 5)
    units.startEditing()
    ctry, act = units.fields().indexOf("ctry"), units.fields().indexOf("act")
    for f in units.getFeatures():
        units.changeAttributeValue(f.id(), ctry, {"r0c0": "Geneva", "r0c4": "Annecy"}.get(f["uid"]))
        if f["uid"] == "r0c0":
            units.changeAttributeValue(f.id(), act, 300)
    units.commitChanges()
    rows = [("r0c4", "r0c0", to_geneva), ("r0c1", "r0c0", 50), ("r0c3", "r0c4", 50)]
    return units, rows


@pytest.mark.parametrize("preset", [1, 3])
def test_associated_poles_form_one_area(run_alg, preset):
    # Annecy sends 20 % (>= 15 %) of its employed residents to Geneva: one core, named after the larger (300 > 100)
    units, rows = _two_cities(20)
    u, _r, log = run(run_alg, units, rows, POLE_UNITS="", POLE_FIELD="ctry", COUNTRY=None, PRESET=preset)
    assert {u[k]["pole"] for k in ("r0c0", "r0c1", "r0c3", "r0c4")} == {"Geneva"}
    assert u["r0c3"]["level"] == 1 and u["r0c3"]["share_pole"] == 50  # 50 % toward Annecy, now part of the core
    assert "Annecy sends 20.0 % of its employed residents to Geneva" in log and "2 poles, 1 after" in log
    # 10 %: two areas
    units, rows = _two_cities(10)
    u, _r, log = run(run_alg, units, rows, POLE_UNITS="", POLE_FIELD="ctry", COUNTRY=None, PRESET=preset)
    assert u["r0c3"]["pole"] == "Annecy" and u["r0c1"]["pole"] == "Geneva" and "Associated poles" not in log


def test_associated_poles_off_for_custom_unless_asked(run_alg):
    units, rows = _two_cities(20)
    kw = dict(POLE_UNITS="", POLE_FIELD="ctry", COUNTRY=None, THRESHOLDS="15")
    u, _r, _log = run(run_alg, units, rows, **kw)
    assert u["r0c3"]["pole"] == "Annecy"
    u, _r, _log = run(run_alg, units, rows, ASSOCIATE_POLES=1, **kw)
    assert u["r0c3"]["pole"] == "Geneva"
    u, _r, _log = run(run_alg, units, rows, PRESET=3, ASSOCIATE_POLES=2, **{k: v for k, v in kw.items()})
    assert u["r0c3"]["pole"] == "Annecy"
