"""bassins:importcommuting on small files in the real INSEE layouts, with sums computed by hand."""
import zipfile

import pytest

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
