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


def _bv2022_case(tmp_path):
    """servicebasins-like units (their `zone` is the pole's code) and INSEE's BV2022 composition file, CODGEO;BV2022
    (codes with leading zeros, Corsica's 2A, a Swiss and three German units the French file does not list)."""
    rows = [("01001", "01004"), ("01002", "01004"), ("01004", "01004"), ("01007", "01007"), ("2A004", "2A004"),
            ("2A006", "2A004"), ("CH6621", "01007"), ("08317001", "08317002"), ("08317002", "08317002"),
            ("08317003", "08317003")]
    units = memory_layer("Polygon", "EPSG:2154", ["unit_id:string", "zone:string", "pop:double"],
                         [(square(i * 1000, 0), [u, z, 10.0]) for i, (u, z) in enumerate(rows)], "servicebasins")
    path = tmp_path / "BV2022_composition.csv"
    path.write_text("CODGEO;BV2022\n01001;01004\n01002;01007\n01004;01004\n01007;01007\n2A004;2A004\n"
                    "2A006;2A004\n01010;01007\n", encoding="utf-8")
    return units, path


def _run_bv(run_alg, units, official):
    res, log = run_alg("bassins:comparezonings", {
        "UNITS": units, "UNIT_ID": "unit_id", "ZONE": "zone", "ANY_LEVEL": False, "POPULATION": "pop",
        "OFFICIAL": official, "OFFICIAL_ID": "CODGEO", "OFFICIAL_ZONE": "BV2022", "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    marks = {a["unit_id"]: a["agreement"] for a, _ in features(res["OUTPUT"])}
    rows = {(None if str(a["our_zone"]) == "NULL" else a["our_zone"],
             None if str(a["official_zone"]) == "NULL" else a["official_zone"]): a
            for a, _ in features(res["OUTPUT_TABLE"])}
    return marks, rows, log


def test_insee_bv2022_csv_against_service_basins(run_alg, tmp_path):
    # By hand. Shared units per (ours, official): (01004, 01004) 01001 and 01004: 2; (01004, 01007) 01002: 1;
    # (01007, 01007) 01007: 1; (2A004, 2A004) 2A004 and 2A006: 2. Paired largest first: 01004-01004, 2A004-2A004,
    # then 01004-01007 is skipped (our 01004 is taken), 01007-01007 paired. 01002: other zone; CH6621 (ours 01007,
    # not in the French file) and the German units: only ours; 01010 is no unit: ignored.
    units, path = _bv2022_case(tmp_path)
    marks, rows, log = _run_bv(run_alg, units, str(path))
    assert marks == {"01001": "agree", "01002": "other_zone", "01004": "agree", "01007": "agree", "2A004": "agree",
                     "2A006": "agree", "CH6621": "only_ours", "08317001": "only_ours", "08317002": "only_ours",
                     "08317003": "only_ours"}
    r = rows[("01004", "01004")]  # both 01001, 01004; only ours 01002 -> 2 / 3
    assert (r["units_both"], r["units_ours_only"], r["units_official_only"]) == (2, 1, 0)
    assert r["jaccard"] == pytest.approx(2 / 3) and r["pop_ours_only"] == 10.0
    r = rows[("01007", "01007")]  # both 01007; only ours CH6621; only official 01002 -> 1 / 3
    assert (r["units_both"], r["units_ours_only"], r["units_official_only"]) == (1, 1, 1)
    assert r["jaccard"] == pytest.approx(1 / 3)
    assert rows[("2A004", "2A004")]["jaccard"] == pytest.approx(1.0)
    # eight-digit codes stay two zones (they once both read '8.317e+06', one zone of three units)
    assert rows[("08317002", None)]["units_ours_only"] == 2 and rows[("08317003", None)]["units_ours_only"] == 1
    assert len(rows) == 5
    assert "1 rows of the official zoning match no unit" in log


def test_insee_bv2022_csv_read_with_number_detection(run_alg, tmp_path):
    """The same file opened as a delimited-text layer that detects types (the Data Source Manager's default): without
    Corsica's 2A codes CODGEO and BV2022 read as numbers (1001, 1004); units are still found by their code with zeros
    and the zones paired by their shared units, so the agreement is the same."""
    from qgis.core import QgsVectorLayer

    units, path = _bv2022_case(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(ln for ln in text.splitlines() if "2A" not in ln) + "\n", encoding="utf-8")
    layer = QgsVectorLayer(f"file://{path}?delimiter=;&detectTypes=yes&geomType=none", "bv", "delimitedtext")
    assert layer.isValid() and layer.fields().field("CODGEO").typeName() != "text"
    marks, rows, _log = _run_bv(run_alg, units, layer)
    assert marks["01001"] == "agree" and marks["01002"] == "other_zone" and marks["01007"] == "agree"
    assert marks["2A004"] == "only_ours" and marks["2A006"] == "only_ours"  # no longer in the file
    assert rows[("01004", "1004")]["jaccard"] == pytest.approx(2 / 3)


def test_zone_codes_kept_as_written():
    from bassins_plugin.processing.compare_zonings import zone_code

    assert [zone_code(v, False) for v in ("01004", "2A004", "08317002", 2, 2.0, "2.0", "0", "000", None, "")] == \
        ["01004", "2A004", "08317002", "2", "2", "2", None, None, None, None]
    assert zone_code("01004", True) == "1"
