"""bassins:importforeign and bassins:comparesources on the real extracts (tests/data/foreign, copies of the
BFS and Statbel files as published) and on small hand-made files; expected values read off the files by hand."""
import csv
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from .conftest import features, memory_layer, square

DATA = Path(__file__).parent / "data" / "foreign"
GGS = DATA / "bfs_ggs_frontaliers_commune_travail_T4_extract_cp1252.csv"
STATENT = DATA / "bfs_statent_emplois_commune_2012_extract_cp1252.csv"
STATBEL = DATA / "statbel_census2011_domicile_travail_extract.csv"

CH_UNITS = [("6621", "Genève"), ("6630", "Meyrin"), ("5724", "Nyon"), ("6608", "Carouge (GE)"),
            ("1", "Aeugst am Albis"), ("2", "Affoltern am Albis"), ("3", "Bonstetten"), ("4", "Hausen am Albis"),
            ("5", "Hedingen"), ("6", "Kappel am Albis")]


def _units(rows, country="CH"):
    return memory_layer("None", "EPSG:4326", ["unit_id:string", "name:string", "country:string"],
                        [(None, [u, n, country]) for u, n in rows], "units")


def _run(run_alg, path, **kw):
    res, log = run_alg("bassins:importforeign", {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT", **kw})
    return res, [a for a, _ in features(res["OUTPUT"])], log


def test_ggs_names_matched_geneva_2014_q4(run_alg):
    # the file says '2014 T4' (trimestre); '2014 Q4' is the same period
    res, rows, log = _run(run_alg, GGS, PERIOD="2014 Q4", FOREIGN_UNITS=_units(CH_UNITS))
    by = {(r["unit_id"], r["aggregate"]): r for r in rows}
    assert by[("6621", False)]["value"] == pytest.approx(28347.8)  # '……Genève', last column
    assert by[("6621", False)]["period"] == "2014 T4"
    assert by[("6630", False)]["value"] == pytest.approx(9177.6)   # Meyrin
    assert by[("6608", False)]["value"] == pytest.approx(8028.0)   # 'Carouge (GE)': qualifier kept, matched
    cantons = {r["name"]: r["value"] for r in rows if r["aggregate"]}
    assert cantons == {"Zürich": pytest.approx(9368.7), "Genève": pytest.approx(71433.4),
                       "Vaud": pytest.approx(25576.8)}
    assert all(r["period"] == "2014 T4" for r in rows)
    # communes of Geneva with no unit in the layer are listed with their value, not silently lost
    assert "Aire-la-Ville (31.6)" in log and "Chêne-Bourg (1199.4)" in log
    assert "cp1252" in log


def test_statent_numbers_and_year_column(run_alg):
    res, rows, log = _run(run_alg, STATENT)
    by = {r["unit_id"]: r for r in rows}
    assert len(rows) == 15 and not any(r["aggregate"] for r in rows)
    assert by["6621"]["value"] == 173023 and by["6621"]["name"] == "Genève" and by["6621"]["period"] == "2012"
    assert by["1"]["value"] == 455  # '0001 Aeugst am Albis'
    with open(STATENT, encoding="cp1252") as fh:  # the file's own sum, read independently
        total = sum(int(r["Emplois"]) for r in csv.DictReader(fh, delimiter="\t"))
    assert sum(r["value"] for r in rows) == total


def test_statbel_matrix(run_alg):
    res, log = run_alg("bassins:importforeign", {
        "INPUT": str(STATBEL), "FORMAT": 1, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_RESIDENTS": "TEMPORARY_OUTPUT"})
    flows = {(a["origin"], a["destination"]): a for a, _ in features(res["OUTPUT"])}
    residents = {a["unit_id"]: a for a, _ in features(res["OUTPUT_RESIDENTS"])}
    # Arlon (81001), Total row: 11258 active, 5633 work abroad
    assert residents["81001"]["active"] == 11258 and residents["81001"]["cb_workers"] == 5633
    assert flows[("81001", "BE-abroad")]["count"] == 5633 and flows[("81001", "BE-abroad")]["dest_country"] == "XA"
    # Mouscron (54007) residents working in Tournai (57081, a residence row of the file gives its NIS code)
    assert flows[("54007", "57081")]["count"] == 1357
    # Belgium and the Flemish region are aggregates, not communes
    assert set(residents) == {"21004", "54007", "54010", "57081", "81001"}
    with open(STATBEL, encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    header = table[0]
    for start in range(1, len(table), 3):
        men, women, total = table[start:start + 3]
        assert [int(a) + int(b) for a, b in zip(men[3:], women[3:])] == [int(t) for t in total[3:]]
        if men[0] in residents:
            code = men[0]
            flows_out = sum(a["count"] for (o, d), a in flows.items() if o == code)
            inconnu = sum(int(total[i]) for i, h in enumerate(header) if "inconnu" in h)
            # communes + unknown-commune columns + abroad = the file's 'Travaille en Belgique ou à l'étranger'
            assert flows_out + inconnu == int(total[3]), code
    assert "Statbel" in log


def test_statbel_men(run_alg):
    res, log = run_alg("bassins:importforeign", {
        "INPUT": str(STATBEL), "FORMAT": 1, "SEX": 1, "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_RESIDENTS": "TEMPORARY_OUTPUT"})
    residents = {a["unit_id"]: a for a, _ in features(res["OUTPUT_RESIDENTS"])}
    assert residents["81001"]["active"] == 6181 and residents["81001"]["cb_workers"] == 3472


def test_long_table(run_alg, tmp_path):
    p = tmp_path / "statec.csv"
    p.write_text("residence;travail;n;annee\nLU0001;FR57463;120;2019\nLU0001;FR57463;30;2019\n"
                 "LU0002;FR57463;...;2019\nLU0002;FR57672;5\n", encoding="utf-8")
    res, rows, log = _run(run_alg, p, FORMAT=2, ORIGIN_COLUMN="residence", DESTINATION_COLUMN="travail",
                          COUNT_COLUMN="n", YEAR_COLUMN="annee")
    by = {(r["origin"], r["destination"]): r for r in rows}
    assert by[("LU0001", "FR57463")]["count"] == 150 and by[("LU0001", "FR57463")]["year"] == "2019"
    assert len(rows) == 1  # '...' not published, line 5 malformed
    assert "5: 3 fields instead of 4" in log and "1 not published" in log
    with pytest.raises(QgsProcessingException, match="COUNT_COLUMN.*'nombre'"):
        _run(run_alg, p, FORMAT=2, ORIGIN_COLUMN="residence", DESTINATION_COLUMN="travail", COUNT_COLUMN="nombre")


def test_bad_input(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="PERIOD.*2031 Q4.*2014 T4"):
        _run(run_alg, GGS, PERIOD="2031 Q4", FOREIGN_UNITS=_units(CH_UNITS))
    cantons = tmp_path / "cantons.csv"
    cantons.write_text('"Canton"\t"2014"\n"- Genève"\t71433\n"- Vaud"\t25576\n', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="INPUT.*no commune rows"):
        _run(run_alg, cantons)
    with pytest.raises(QgsProcessingException, match="FOREIGN_UNITS.*Genève \\(28347.8\\)"):
        _run(run_alg, GGS, PERIOD="2014 T4", FOREIGN_UNITS=_units([("9999", "Bern")]))
    with pytest.raises(QgsProcessingException, match="FOREIGN_UNITS"):
        _run(run_alg, GGS)  # names only and no units to match them to
    cut = tmp_path / "cut.csv"
    lines = STATBEL.read_text(encoding="utf-8").splitlines()
    cut.write_text("\n".join(lines[:12]) + "\n", encoding="utf-8")  # Mouscron: Hommes, Femmes only
    with pytest.raises(QgsProcessingException, match="INPUT.*54007.*line 12.*2 of its three rows"):
        _run(run_alg, cut, FORMAT=1)
    odd = tmp_path / "odd.csv"
    odd.write_bytes(b"a\tb\n\x81\x8d\t1\n")  # bytes neither UTF-8 nor cp1252
    with pytest.raises(QgsProcessingException, match="INPUT.*neither UTF-8"):
        _run(run_alg, odd)


def test_compare_sources_hand_made(run_alg):
    # French census: Geneva 6621 receives 100 + 50 = 150, Meyrin 6630 receives 1000, Vernier 6643 10; Nyon none
    flows = memory_layer("None", "EPSG:4326", ["origin:string", "destination:string", "count:double",
                                                "dest_country:string"],
                         [(None, ["74012", "6621", 100.0, "CH"]), (None, ["74010", "6621", 50.0, "CH"]),
                          (None, ["74010", "6630", 1000.0, "CH"]), (None, ["74010", "74012", 9.0, "FR"]),
                          (None, ["74012", "6643", 10.0, "CH"])], "flows")
    other = memory_layer("None", "EPSG:4326", ["unit_id:string", "value:double"],
                         [(None, ["6621", 300.0]), (None, ["6630", 1100.0]), (None, ["5724", 40.0])], "bfs")
    params = {"FLOWS": flows, "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count", "OTHER": other,
              "OTHER_ID": "unit_id", "OTHER_VALUE": "value", "SHARE": 0.2, "OUTPUT": "TEMPORARY_OUTPUT"}
    res, log = run_alg("bassins:comparesources", params)
    rows = {a["unit_id"]: a for a, _ in features(res["OUTPUT"])}
    # Vernier 6643: seen by the French census only (10); the French commune 74012 is not a foreign unit
    assert set(rows) == {"6621", "6630", "5724", "6643"}
    assert (rows["6643"]["french"], rows["6643"]["foreign"], rows["6643"]["check"]) == (10, 0, "one_side")
    g = rows["6621"]  # 300 - 150 = 150 > 0.2 x 300; 150 < 200: low count
    assert (g["french"], g["foreign"], g["difference"], g["ratio"], g["differs"], g["low_count"]) == \
        (150, 300, 150, 2.0, True, True)
    m = rows["6630"]  # 100 <= 0.2 x 1100
    assert (m["difference"], m["ratio"], m["differs"], m["low_count"]) == (100, pytest.approx(1.1), False, False)
    assert rows["5724"]["french"] == 0 and rows["5724"]["low_count"]
    assert "CH: French census 1160.0, foreign office 1400.0" in log
    assert (g["check"], m["check"], rows["5724"]["check"]) == ("low_count", "agree", "one_side")
    # the styled layer: the units carry the check, a unit neither side sees is left out
    units = memory_layer("Polygon", "EPSG:2056", ["unit_id:string"],
                         [(square(0, 0), ["6621"]), (square(2000, 0), ["6630"]), (square(4000, 0), ["9999"])], "ch")
    res, _ = run_alg("bassins:comparesources", {**params, "UNITS": units, "UNITS_ID": "unit_id",
                                                "OUTPUT_LAYER": "TEMPORARY_OUTPUT"})
    mapped = {a["unit_id"]: a for a, _ in features(res["OUTPUT_LAYER"])}
    assert set(mapped) == {"6621", "6630"} and mapped["6630"]["check"] == "agree"
    assert mapped["6621"]["foreign"] == 300


def test_ggs_in_utf8_reads_the_same(run_alg, tmp_path):
    # PX-Web also saves UTF-8: the same file re-encoded gives the same values
    utf8 = tmp_path / "ggs_utf8.csv"
    utf8.write_text(GGS.read_bytes().decode("cp1252"), encoding="utf-8")
    units = _units(CH_UNITS)
    _res, a, _ = _run(run_alg, GGS, PERIOD="2014 T4", FOREIGN_UNITS=units)
    _res, b, log = _run(run_alg, utf8, PERIOD="2014 T4", FOREIGN_UNITS=units)
    assert sorted(map(str, a)) == sorted(map(str, b)) and "utf-8" in log
