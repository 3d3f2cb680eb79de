"""bassins:exportmap renders a real map (not blank, ring palette present) and an atlas with one page per site."""
import shutil
import subprocess

import numpy as np
import pytest


@pytest.fixture
def map_layers(tmp_path, run_alg):
    from qgis.core import QgsVectorLayer

    from bassins_plugin.processing.styling import apply_style

    out = {k: str(tmp_path / f"{k.lower()}.gpkg") for k in ("UNITS", "FLOWS", "POLES", "PROPOSALS", "PROPOSAL_LINES")}
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 200, "SEED": 3, **out})
    run_alg("bassins:crossborderflows", {
        "UNITS": out["UNITS"], "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active", "FLOWS": out["FLOWS"],
        "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count", "OUTPUT": str(tmp_path / "ind.gpkg")})
    run_alg("bassins:intensityrings", {"INPUT": str(tmp_path / "ind.gpkg"), "FIELD": "cb_share",
                                       "THRESHOLDS": "2;5;10", "OUTPUT": str(tmp_path / "rings.gpkg")})
    rings = QgsVectorLayer(str(tmp_path / "rings.gpkg"), "Intensity rings", "ogr")
    units = QgsVectorLayer(out["UNITS"], "Communes", "ogr")
    poles = QgsVectorLayer(out["POLES"], "Employment poles", "ogr")
    apply_style(rings, "rings")
    apply_style(units, "units")
    apply_style(poles, "poles")
    # owned by a project, as in QGIS: freeing styled layers from Python's garbage collector crashes QGIS 3.22
    from qgis.core import QgsProject
    QgsProject.instance().addMapLayers([poles, rings, units])
    yield [poles, rings, units], rings
    QgsProject.instance().removeAllMapLayers()


def test_png_not_blank_with_ring_palette(run_alg, map_layers, tmp_path, capfd):
    from qgis.PyQt.QtGui import QImage

    layers, _ = map_layers
    png = tmp_path / "map.png"
    capfd.readouterr()
    res, _ = run_alg("bassins:exportmap", {"LAYERS": layers, "TITLE": "PAMINA test", "DPI": 80,
                                            "OUTPUT": str(png)})
    assert res["PAGES"] == 1
    # QGIS georeferences the page through GDAL, whose PNG driver cannot: no "ERROR 6" on a map written well
    assert "ERROR" not in capfd.readouterr().err
    img = QImage(str(png))
    assert img.width() > 800 and img.height() > 500
    img = img.convertToFormat(QImage.Format_RGB32)
    ptr = img.constBits()
    ptr.setsize(img.sizeInBytes() if hasattr(img, "sizeInBytes") else img.byteCount())
    arr = np.frombuffer(ptr, dtype=np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)[:, :img.width()]
    b, g, r = arr[..., 0].astype(int), arr[..., 1].astype(int), arr[..., 2].astype(int)
    white = (r > 245) & (g > 245) & (b > 245)
    assert white.mean() < 0.9  # not blank
    core = (r > 120) & (g < 70) & (b < 70)  # the strong core's dark red
    assert core.sum() > 200


def test_atlas_pdf_one_page_per_site(run_alg, map_layers, tmp_path):
    from .conftest import memory_layer

    layers, rings = map_layers
    ext = rings.extent()
    cx, cy = ext.center().x(), ext.center().y()
    sites = memory_layer("Polygon", rings.crs().authid(), ["name:string"], [
        (f"POLYGON(({cx + dx} {cy},{cx + dx + 5000} {cy},{cx + dx + 5000} {cy + 5000},{cx + dx} {cy + 5000},"
         f"{cx + dx} {cy}))", [f"Site {k}"]) for k, dx in enumerate((-20000, 0, 20000))], "sites")
    pdf = tmp_path / "atlas.pdf"
    res, _ = run_alg("bassins:exportmap", {"LAYERS": layers, "COVERAGE": sites, "COVERAGE_NAME": "name",
                                            "DPI": 60, "OUTPUT": str(pdf)})
    assert res["PAGES"] == 3
    assert pdf.read_bytes()[:4] == b"%PDF"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        import re
        assert re.search(r"^Pages:\s+3$", info, re.M), info


def test_bad_output(run_alg, map_layers, tmp_path):
    from qgis.core import QgsProcessingException

    layers, _ = map_layers
    with pytest.raises(QgsProcessingException, match="OUTPUT"):
        run_alg("bassins:exportmap", {"LAYERS": layers, "OUTPUT": str(tmp_path / "missing" / "m.pdf")})
    with pytest.raises(QgsProcessingException, match="OUTPUT"):
        run_alg("bassins:exportmap", {"LAYERS": layers, "OUTPUT": str(tmp_path / "m.svg")})


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_licence_notice_of_a_layer_in_the_sources_line(run_alg, map_layers, tmp_path):
    from bassins_plugin.core.download import ATTRIBUTION
    from bassins_plugin.processing.metadata import set_attribution

    layers, _ = map_layers
    set_attribution(layers[2], ATTRIBUTION)
    pdf = tmp_path / "map.pdf"
    run_alg("bassins:exportmap", {"LAYERS": layers, "TITLE": "Grand Genève", "SOURCES": "Sources: INSEE RP2021",
                                  "DPI": 72, "OUTPUT": str(pdf)})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Sources: INSEE RP2021" in flat and "EuroGeographics" in flat


def test_atlas_png_with_an_apostrophe_writes_its_files(run_alg, map_layers, tmp_path):
    from .conftest import memory_layer

    layers, rings = map_layers
    ext = rings.extent()
    cx, cy = ext.center().x(), ext.center().y()
    sites = memory_layer("Polygon", rings.crs().authid(), ["name:string"], [
        (f"POLYGON(({cx + dx} {cy},{cx + dx + 5000} {cy},{cx + dx + 5000} {cy + 5000},{cx + dx} {cy + 5000},"
         f"{cx + dx} {cy}))", [f"Site {k}"]) for k, dx in enumerate((-20000, 20000))], "sites")
    png = tmp_path / "l'agglomération.png"
    res, log = run_alg("bassins:exportmap", {"LAYERS": layers, "COVERAGE": sites, "DPI": 50, "OUTPUT": str(png)})
    written = sorted(p.name for p in tmp_path.glob("l'agglomération_*.png"))
    assert res["PAGES"] == 2 and written == ["l'agglomération_1.png", "l'agglomération_2.png"]
    assert "l'agglomération_2.png" in log


def test_long_title_never_hides_behind_the_subtitle(map_layers):
    """A 66-character French title: its font shrinks so that it fits above the subtitle."""
    from qgis.core import QgsLayoutUtils, QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    from bassins_plugin.processing.export_map import TEMPLATE, fit_title

    layout = QgsPrintLayout(QgsProject.instance())
    doc = QDomDocument()
    doc.setContent(TEMPLATE.read_text(encoding="utf-8"))
    layout.loadFromTemplate(doc, QgsReadWriteContext())
    title, subtitle = layout.itemById("title"), layout.itemById("subtitle")
    text = "Bassin de vie transfrontalier : Genevois français et canton de Genève"
    assert len(text) >= 66
    title.setText(text)
    fit_title(layout)
    width = QgsLayoutUtils.textWidthMM(title.font(), text)
    bottom = title.positionWithUnits().y() + QgsLayoutUtils.fontHeightMM(title.font()) * 1.2
    assert width <= title.rect().width() or title.rect().height() >= 2 * QgsLayoutUtils.fontHeightMM(title.font())
    assert bottom <= subtitle.positionWithUnits().y() + 1e-6


def test_legend_shows_reader_names_not_file_names(map_layers, tmp_path, locale, run_alg):
    """A layer opened from disk is named after its file ('rings'): the map legend calls it by what it is, in
    the reader's language; a name the user chose is kept, and the user's layers are not renamed."""
    from qgis.core import QgsVectorLayer

    from bassins_plugin.processing.styling import reader_name

    layers, rings = map_layers
    from_disk = QgsVectorLayer(rings.source(), "rings", "ogr")
    assert reader_name(from_disk) == "Intensity rings"
    assert reader_name(rings) == "Intensity rings"  # the user's own name, kept
    renamed = QgsVectorLayer(rings.source(), "PAMINA 2021", "ogr")
    assert reader_name(renamed) == "PAMINA 2021"
    assert reader_name(layers[2]) == "Communes"
    locale("fr")
    assert reader_name(from_disk) == "Couronnes d'intensité"
    run_alg("bassins:exportmap", {"LAYERS": [from_disk], "DPI": 50, "OUTPUT": str(tmp_path / "m.png")})
    assert from_disk.name() == "rings"


def test_a_long_legend_label_stays_on_the_page(map_layers, run_alg, tmp_path):
    """A long layer name (translated legends are longer) pushes the legend column left instead of running
    off the page: the page's right margin stays blank, and the map is still drawn."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtGui import QColor, QImage

    layers, rings = map_layers
    long_rings = QgsVectorLayer(rings.source(), "Couronnes d'intensité transfrontalières du Grand Genève 2021", "ogr")
    from qgis.core import QgsProject
    QgsProject.instance().addMapLayer(long_rings)
    png = tmp_path / "long.png"
    run_alg("bassins:exportmap", {"LAYERS": [layers[0], long_rings, layers[2]], "DPI": 60,
                                  "APPLY_PLUGIN_STYLES": True, "OUTPUT": str(png)})
    image = QImage(str(png))
    margin = int(4 / 25.4 * 60)  # the last 4 mm of the A4 landscape page
    dark = [(x, y) for x in range(image.width() - margin, image.width()) for y in range(image.height())
            if QColor(image.pixel(x, y)).lightness() < 200]
    assert dark == []
