"""QGIS desktop starts with the plugin enabled (from the packaged ZIP), without Python errors."""
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.desktop


@pytest.mark.skipif(not shutil.which("qgis") or not shutil.which("xvfb-run"), reason="needs qgis and xvfb-run")
def test_desktop_loads_plugin(tmp_path, built_zip):
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(built_zip) as zf:
        zf.extractall(plugins)
    profile = tmp_path / "profiles" / "profiles" / "default" / "QGIS"
    profile.mkdir(parents=True)
    (profile / "QGIS3.ini").write_text("[PythonPlugins]\nbassins_plugin=true\nprocessing=true\n"
                                       "[qgis]\ncheckVersion=false\nshowTips=false\n", encoding="utf-8")
    out = tmp_path / "probe.json"
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), BASSINS_PROBE_OUT=str(out), XDG_RUNTIME_DIR=str(run))
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--nologo", "--noversioncheck",
                           "--profiles-path", str(tmp_path / "profiles"), "--code",
                           str(ROOT / "tests" / "desktop_probe.py")],
                          env=env, capture_output=True, text=True, timeout=240)
    assert out.exists(), proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["loaded"], result
    assert "bassins:intensityrings" in result["algorithms"]
    assert result["menu"], result
    assert result["errors"] == [], result["errors"]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert Path(result["screenshot"]).stat().st_size > 10000
