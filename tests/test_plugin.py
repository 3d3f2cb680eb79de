"""The plugin loads like QGIS loads it, registers its provider, and unloads cleanly."""
import configparser
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_ALGS = {"demoterritory", "downloadunits", "importcommuting", "importforeign", "comparesources",
                 "crossborderflows", "intensityindex",
                 "intensityrings", "attractionrings", "comparezonings", "potentialrings", "accessrings",
                 "flowlines", "borderline", "proposalslayer", "overlayproposals", "packagelayers", "exportmap",
                 "servicebasins"}
EXPECTED_MODELS = {"Living area — full chain", "Living area by services — full chain"}


def test_class_factory_load_and_unload(qgis_iface):
    from qgis.core import QgsApplication

    import bassins_plugin

    registry = QgsApplication.processingRegistry()
    had = registry.providerById("bassins")
    if had is not None:
        registry.removeProvider(had)
    plugin = bassins_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        provider = registry.providerById("bassins")
        assert provider is not None
        assert provider.name() == "Bassins de vie transfrontaliers"
        names = {a.name() for a in provider.algorithms()}
        assert names - EXPECTED_MODELS == EXPECTED_ALGS and EXPECTED_MODELS <= names
        assert len(plugin.actions) >= 3
    finally:  # a failure above must not leave the other tests without a provider
        plugin.unload()
    assert registry.providerById("bassins") is None
    assert plugin.actions == []


def test_every_algorithm_has_help_group_icon(provider):
    from bassins_plugin.processing.base import BassinsAlgorithm

    for alg in provider.algorithms():
        assert alg.id().startswith("bassins:")
        if not isinstance(alg, BassinsAlgorithm):  # the shipped model
            assert "intensity rings" in alg.shortHelpString().lower()
            continue
        assert alg.shortHelpString().strip(), alg.id()
        assert alg.group() and alg.groupId()
        assert Path(alg.svgIconPath()).exists(), alg.id()


def test_no_iface_in_provider_or_algorithms():
    for folder in ("core", "processing"):
        for path in (ROOT / "bassins_plugin" / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "iface" not in text and "QgsProject.instance" not in text, path


REQUIRED = ["name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version", "author",
            "email", "repository", "tracker", "homepage", "license", "tags", "category", "icon",
            "hasProcessingProvider", "changelog"]


def _metadata(text):
    cp = configparser.ConfigParser(interpolation=None)
    cp.read_string(text)
    return cp["general"]


def test_metadata_fields():
    meta = _metadata((ROOT / "metadata.txt").read_text(encoding="utf-8"))
    for key in REQUIRED:
        assert meta.get(key, "").strip(), key
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "4.99"
    assert meta["hasProcessingProvider"] == "yes"
    # QGIS 4 readiness is qgisMaximumVersion=4.99; the old supportsQt6 key is gone (the repository warns on it)
    assert "supportsQt6" not in meta
    assert meta["license"].startswith("GPL-2.0")
    import re
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert (ROOT / meta["icon"]).exists()
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {meta['version']}" in changelog


def test_zip_layout(built_zip):
    with zipfile.ZipFile(built_zip) as zf:
        names = zf.namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"bassins_plugin"}
    assert "bassins_plugin/__init__.py" in names and "bassins_plugin/metadata.txt" in names
    assert "bassins_plugin/LICENSE" in names
    assert "bassins_plugin/icons/bassins.svg" in names
    for n in names:
        assert "__pycache__" not in n and not n.endswith((".pyc", ".ts")) and "/tests/" not in n, n
        assert ".git/" not in n and "__MACOSX" not in n
    assert built_zip.stat().st_size < 25 * 1024 * 1024
    with zipfile.ZipFile(built_zip) as zf:
        meta = _metadata(zf.read("bassins_plugin/metadata.txt").decode("utf-8"))
    assert "demoterritory" in meta["changelog"]


@pytest.mark.slow
def test_installed_zip_runs_through_qgis_process(tmp_path, built_zip):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    with zipfile.ZipFile(built_zip) as zf:
        zf.extractall(plugins)
    exe = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path), PYTHONPATH="")
    # a fresh profile: enable the plugin the way a user would
    enable = subprocess.run([exe, "plugins", "enable", "bassins_plugin"], env=env, capture_output=True,
                            text=True, timeout=300)
    assert enable.returncode == 0 or "already enabled" in enable.stderr, enable.stdout + enable.stderr
    out = tmp_path / "units.gpkg"
    run = subprocess.run([exe, "run", "bassins:demoterritory", "--", "UNITS_COUNT=150", "SEED=5",
                          f"UNITS={out}", "FLOWS=TEMPORARY_OUTPUT", "POLES=TEMPORARY_OUTPUT",
                          "PROPOSALS=TEMPORARY_OUTPUT", "PROPOSAL_LINES=TEMPORARY_OUTPUT"],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    import geopandas as gpd
    units = gpd.read_file(out)
    assert len(units) == 150 and units["unit_id"].is_unique
    helped = subprocess.run([exe, "help", "bassins:demoterritory"], env=env, capture_output=True, text=True,
                            timeout=300)
    assert "UNITS_COUNT" in helped.stdout and "tile the territory" in helped.stdout
