"""bassins:comparezonings against counts worked out by hand."""
import pytest

from .conftest import features, memory_layer, square


def test_agreement_by_hand(run_alg):
    # six units; ours: levels 1,2,0,3,0,1 ; official AAV: 001 for u1..u3, 002 for u6, none for u4, u5
    levels = {"u1": 1, "u2": 2, "u3": 0, "u4": 3, "u5": 0, "u6": 1}
    units = memory_layer("Polygon", "EPSG:2154", ["unit_id:string", "level:integer", "pop:double"],
                         [(square(i * 1000, 0), [u, lv, 100.0 * (i + 1)]) for i, (u, lv) in enumerate(levels.items())],
                         "units")
    official = memory_layer("None", "EPSG:2154", ["CODGEO:string", "AAV2020:string"],
                            [(None, ["u1", "001"]), (None, ["u2", "001"]), (None, ["u3", "001"]),
                             (None, ["u6", "002"]), (None, ["x9", "003"])], "aav")
    res, log = run_alg("bassins:comparezonings", {
        "UNITS": units, "UNIT_ID": "unit_id", "ZONE": "level", "POPULATION": "pop", "OFFICIAL": official,
        "OFFICIAL_ID": "CODGEO", "OFFICIAL_ZONE": "AAV2020", "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    marks = {a["unit_id"]: a["agreement"] for a, _ in features(res["OUTPUT"])}
    # ours (any level) is one zone {u1,u2,u4,u6}; it shares 2 units with 001 and 1 with 002: paired with 001
    assert marks == {"u1": "agree", "u2": "agree", "u3": "only_official", "u4": "only_ours", "u5": "outside",
                     "u6": "other_zone"}
    rows = {(a["our_zone"] if str(a["our_zone"]) != "NULL" else None, a["official_zone"]): a
            for a, _ in features(res["OUTPUT_TABLE"])}
    r = rows[("1", "001")]
    # both: u1, u2 ; only ours: u4, u6 ; only official: u3 -> Jaccard 2 / 5
    assert (r["units_both"], r["units_ours_only"], r["units_official_only"]) == (2, 2, 1)
    assert r["jaccard"] == pytest.approx(0.4)
    assert r["pop_both"] == 300 and r["pop_ours_only"] == 400 + 600 and r["pop_official_only"] == 300
    r2 = rows[(None, "002")]
    assert (r2["units_both"], r2["units_official_only"]) == (0, 1)
    assert "1 rows of the official zoning match no unit" in log
