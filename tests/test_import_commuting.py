"""bassins:importcommuting on small files in the real INSEE layouts, with sums computed by hand."""
import zipfile

import pytest

from bassins_plugin.core.features import is_null

from .conftest import features, memory_layer, square

DETAIL = """COMMUNE;ARM;DCLT;ILT;IPONDI;SEXE
74012;ZZZZZ;99140;7;1.5;1
74012;ZZZZZ;99140;7;2.25;2
74012;ZZZZZ;74010;2;3;1
74010;ZZZZZ;99140;7;4;1
01173;ZZZZZ;99140;7;10;2
69123;69381;69123;1;5;1
"""
FLOWS = """CODGEO;LIBGEO;DCLT;L_DCLT;NBFLUX_C20_ACTOCC15P
74012;Annemasse;99140;Suisse;1234.5
74012;Annemasse;74010;Ambilly;100
74010;Étrembières;99140;Suisse;300
67482;Strasbourg;99109;Allemagne;2500
"""


def _run(run_alg, path, **kw):
    res, log = run_alg("bassins:importcommuting", {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT", **kw})
    rows = {(a["origin"], a["destination"]): a for a, _ in features(res["OUTPUT"])}
    return rows, log


def test_detail_file_aggregated_and_filtered(run_alg, tmp_path):
    p = tmp_path / "FD_MOBPRO_2020.csv"
    p.write_text(DETAIL, encoding="utf-8")
    rows, log = _run(run_alg, p, DEPARTMENTS="74")
    assert rows[("74012", "CH")]["count"] == pytest.approx(3.75)  # 1.5 + 2.25
    assert rows[("74012", "CH")]["dest_country"] == "CH"
    assert rows[("74012", "74010")]["count"] == 3 and rows[("74012", "74010")]["dest_country"] == "FR"
    assert rows[("74010", "CH")]["count"] == 4
    assert ("01173", "CH") not in rows  # department 01 filtered out
    rows, _ = _run(run_alg, p)
    assert rows[("69381", "69123")]["count"] == 5  # the municipal district replaces the commune
    assert rows[("01173", "CH")]["count"] == 10


def test_flows_file_zipped_latin1(run_alg, tmp_path):
    csv = tmp_path / "base-flux-mobilite-domicile-lieu-travail-2020.csv"
    csv.write_bytes(FLOWS.encode("latin-1"))
    z = tmp_path / "flux.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(csv, csv.name)
    rows, log = _run(run_alg, z, COMMUNES="74012;67482")
    assert rows[("74012", "CH")]["count"] == pytest.approx(1234.5)
    assert rows[("67482", "DE")]["count"] == 2500
    assert ("74010", "CH") not in rows
    assert "latin-1" in log and "flows file" in log


def test_area_filter(run_alg, tmp_path):
    p = tmp_path / "flux.csv"
    p.write_text(FLOWS, encoding="utf-8")
    area = memory_layer("Polygon", "EPSG:2154", ["code:string"], [(square(0, 0), ["74010"])], "area")
    rows, _ = _run(run_alg, p, AREA=area, AREA_ID="code")
    assert list(rows) == [("74010", "CH")]


def test_malformed_rows_reported_with_line_numbers(run_alg, tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text(DETAIL + "74012;ZZZZZ;99140\n74012;ZZZZZ;99140;7;abc;1\n;ZZZZZ;99140;7;1;1\n", encoding="utf-8")
    rows, log = _run(run_alg, p)
    assert rows[("74012", "CH")]["count"] == pytest.approx(3.75)  # bad rows not counted
    assert "3 malformed" in log
    assert "8: 3 fields instead of 6" in log and "9: count 'abc' is not a number" in log and "10: empty" in log


def test_unknown_layout_names_the_parameter(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    p = tmp_path / "other.csv"
    p.write_text("A;B;C\n1;2;3\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="INPUT.*not recognised"):
        _run(run_alg, p)


# -- both sides of the border: commune-level places abroad (codes and names from INSEE's RP2021 list) --------
def _insee_names():
    """The shared RP2021 list, read here with the csv module (independent of the plugin's reader)."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "bassins_plugin" / "data" / "insee_dcflt_border_communes_rp2021.csv"
    with open(path, encoding="utf-8") as fh:
        return {r["code"]: r["name"] for r in csv.DictReader(fh)}


MOBPRO = """COMMUNE;ARM;DCLT;DCFLT;IPONDI;SEXE
74012;ZZZZZ;99140;SUC1L;150;1
74012;ZZZZZ;99140;SUC1L;100;2
74012;ZZZZZ;74010;99999;3;1
74012;ZZZZZ;99109;AL3FG;12.5;1
74010;ZZZZZ;99127;ZZZZZ;4;1
74010;ZZZZZ;99140;SUB25;7;2
74010;ZZZZZ;74012;99999;5;2
74010;ZZZZZ;99140;SU113;2;2
74010;ZZZZZ;99140;SU611;30;2
67482;ZZZZZ;99999;AL136;20;1
"""


def _foreign_layer(rows=None):
    rows = rows or [
        (square(0, 0), ["CH6621", "Genève", "CH"]),
        (square(2000, 0), ["CH0001", "Aesch (ZH)", "CH"]),
        (square(4000, 0), ["CH2761", "Aesch (BL)", "CHE"]),
        (square(6000, 0), ["CH2701", "Basel", "CH"]),
        (square(8000, 0), ["DE10041", "Sankt Ingbert", "DE"]),
    ]
    return memory_layer("Polygon", "EPSG:3035", ["uid:string", "nom:string", "cntr:string"], rows, "lau")


def _run3(run_alg, path, **kw):
    res, log = run_alg("bassins:importcommuting", {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT", **kw})
    rows = {(a["origin"], a["destination"]): a for a, _ in features(res["OUTPUT"])}
    return res, rows, log


def test_foreign_communes_decoded_and_matched(run_alg, tmp_path):
    names = _insee_names()
    p = tmp_path / "FD_MOBPRO_2021.csv"
    p.write_text(MOBPRO, encoding="utf-8")
    table = tmp_path / "match.csv"
    table.write_text("code;unit_id\nSU611;CH2701\n", encoding="utf-8")
    res, rows, log = _run3(run_alg, p, FOREIGN_UNITS=_foreign_layer(), FOREIGN_ID="uid", FOREIGN_NAME="nom",
                           FOREIGN_COUNTRY="cntr", MATCH_TABLE=str(table), OUTPUT_RESIDENTS="TEMPORARY_OUTPUT")
    geneva = rows[("74012", "CH6621")]  # Geneva-bound flow lands on the Swiss unit's id
    assert geneva["count"] == 250 and geneva["dest_country"] == "CH" and geneva["dest_name"] == names["SUC1L"]
    assert geneva["low_count"] is False or geneva["low_count"] == 0
    karlsruhe = rows[("74012", "AL3FG")]  # no German unit of that name: keeps its INSEE code and name
    assert karlsruhe["dest_name"] == "KARLSRUHE" == names["AL3FG"] and karlsruhe["dest_country"] == "DE"
    assert karlsruhe["count"] == 12.5 and karlsruhe["low_count"] in (True, 1)
    assert rows[("74010", "CH0001")]["count"] == 2  # AESCH (ZH) -> the (ZH) unit, not the (BL) one
    assert rows[("74010", "CH2701")]["count"] == 30  # BALE via the match table
    assert rows[("67482", "DE10041")]["count"] == 20  # ST. INGBERT = Sankt Ingbert; DCLT 99999 but DCFLT abroad
    assert rows[("74010", "IT")]["dest_country"] == "IT" and is_null(rows[("74010", "IT")]["dest_name"])
    assert rows[("74010", "SUB25")]["dest_name"] == names["SUB25"]  # unmatched: listed with its weight
    assert rows[("74012", "74010")]["dest_country"] == "FR"
    assert "SUB25 (7.0)" in log
    # matched weight: 250 + 2 + 30 + 20 = 302 of the 262.5 + 43 + 20 = 325.5 abroad
    assert "92.8 %" in log
    residents = {a["unit_id"]: a for a, _ in features(res["OUTPUT_RESIDENTS"])}
    assert residents["74012"]["active"] == 265.5 and residents["74012"]["cb_workers"] == 262.5
    assert residents["74010"]["active"] == 48 and residents["74010"]["cb_workers"] == 43
    assert residents["67482"]["active"] == 20 and residents["67482"]["cb_workers"] == 20


def test_pairs_reaggregated_after_matching(run_alg, tmp_path):
    p = tmp_path / "FD_MOBPRO_2021.csv"
    p.write_text(MOBPRO, encoding="utf-8")
    table = tmp_path / "match.csv"
    table.write_text("SUC1L;CH6621\nSUB25;CH6621\n", encoding="utf-8")  # two codes, one unit
    _res, rows, _log = _run3(run_alg, p, MATCH_TABLE=str(table))
    assert rows[("74010", "CH6621")]["count"] == 7
    assert rows[("74012", "CH6621")]["count"] == 250


def test_varmod_in_zip_wins_and_missing_code_is_kept(run_alg, tmp_path):
    z = tmp_path / "RP2021_mobpro.zip"
    varmod = ("COD_VAR;LIB_VAR;COD_MOD;LIB_MOD;TYPE_VAR;LONG_VAR\n"
              "DCFLT;Lieu de travail frontalier;SUC1L;GENEVE (VILLE);CHAR;5\n"
              "DCFLT;Lieu de travail frontalier;SUB25;LES GENEVEYS SUR COFFRANE;CHAR;5\n"
              "DCFLT;Lieu de travail frontalier;99999;France;CHAR;5\n")
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("FD_MOBPRO_2021.csv", MOBPRO)
        zf.writestr("Varmod_MOBPRO_2021.csv", varmod.encode("latin-1"))
    _res, rows, log = _run3(run_alg, z)
    assert rows[("74012", "SUC1L")]["dest_name"] == "GENEVE (VILLE)"  # the ZIP's Varmod, not the shipped list
    assert is_null(rows[("74012", "AL3FG")]["dest_name"])  # missing from the Varmod: code kept, warned
    assert "Varmod_MOBPRO_2021.csv" in log and "AL3FG (12.5)" in log


def test_study_file_detected(run_alg, tmp_path):
    p = tmp_path / "FD_MOBSCO_2021.csv"
    p.write_text("COMMUNE;ARM;DCETUF;DCETUE;IPONDI\n68224;ZZZZZ;99999;SU611;3\n68224;ZZZZZ;68224;99999;5\n"
                 "68224;ZZZZZ;99109;ZZZZZ;1\n", encoding="utf-8")
    res, rows, _log = _run3(run_alg, p, OUTPUT_RESIDENTS="TEMPORARY_OUTPUT")
    assert rows[("68224", "SU611")]["theme"] == "study" and rows[("68224", "SU611")]["dest_country"] == "CH"
    assert rows[("68224", "DE")]["count"] == 1
    (resident, _g), = features(res["OUTPUT_RESIDENTS"])
    assert resident == {"unit_id": "68224", "students": 9.0, "cb_students": 4.0}
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="INPUT.*study file"):
        _run3(run_alg, p, FILE_KIND=1)


def test_foreign_input_errors(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    p = tmp_path / "FD_MOBPRO_2021.csv"
    p.write_text(MOBPRO, encoding="utf-8")
    italy = _foreign_layer([(square(0, 0), ["IT1", "Torino", "IT"])])
    with pytest.raises(QgsProcessingException, match="FOREIGN_UNITS.*IT.*CH, DE"):
        _run3(run_alg, p, FOREIGN_UNITS=italy, FOREIGN_ID="uid", FOREIGN_NAME="nom", FOREIGN_COUNTRY="cntr")
    with pytest.raises(QgsProcessingException, match="FOREIGN_NAME.*'name_x'"):
        _run3(run_alg, p, FOREIGN_UNITS=_foreign_layer(), FOREIGN_ID="uid", FOREIGN_NAME="name_x",
              FOREIGN_COUNTRY="cntr")
    z = tmp_path / "cut.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("FD_MOBPRO_2021.csv", MOBPRO * 50)
    z.write_bytes(z.read_bytes()[:300])  # truncated download
    with pytest.raises(QgsProcessingException, match="INPUT.*damaged or incomplete"):
        _run3(run_alg, z)


def test_ambiguous_name_is_not_guessed(run_alg, tmp_path):
    p = tmp_path / "FD_MOBPRO_2021.csv"
    p.write_text(MOBPRO, encoding="utf-8")
    layer = _foreign_layer([(square(0, 0), ["CH1", "Genève", "CH"]), (square(2000, 0), ["CH2", "Geneve", "CH"])])
    _res, rows, log = _run3(run_alg, p, FOREIGN_UNITS=layer, FOREIGN_ID="uid", FOREIGN_NAME="nom",
                            FOREIGN_COUNTRY="cntr")
    assert rows[("74012", "SUC1L")]["count"] == 250
    assert "Ambiguous" in log and "SUC1L (250.0)" in log


def test_department_one_is_ain(run_alg, tmp_path):
    p = tmp_path / "FD_MOBPRO_2020.csv"
    p.write_text(DETAIL + "10387;ZZZZZ;99140;7;8;1\n11069;ZZZZZ;99140;7;9;1\n", encoding="utf-8")
    rows, _ = _run(run_alg, p, DEPARTMENTS="1")
    assert set(rows) == {("01173", "CH")}


def test_a_match_table_row_naming_an_unknown_unit_is_refused_with_its_line(run_alg, tmp_path):
    """MATCH_TABLE line 3 sends SUC1L to CH9999, which is not among the foreign units: the flow would be written
    to an id that exists nowhere. Refused, naming the line, the code and the id; the good line 2 alone passes."""
    from qgis.core import QgsProcessingException

    p = tmp_path / "FD_MOBPRO_2021.csv"
    p.write_text(MOBPRO, encoding="utf-8")
    table = tmp_path / "match.csv"
    table.write_text("code;unit_id\nSU611;CH2701\nSUC1L;CH9999\n", encoding="utf-8")
    foreign = dict(FOREIGN_UNITS=_foreign_layer(), FOREIGN_ID="uid", FOREIGN_NAME="nom", FOREIGN_COUNTRY="cntr")
    with pytest.raises(QgsProcessingException, match=r"MATCH_TABLE.*line 3: SUC1L → CH9999"):
        _run3(run_alg, p, MATCH_TABLE=str(table), **foreign)
    table.write_text("code;unit_id\nSU611;CH2701\n", encoding="utf-8")
    _res, rows, _log = _run3(run_alg, p, MATCH_TABLE=str(table), **foreign)
    assert rows[("74010", "CH2701")]["count"] == 30
