"""Release quality: Qt6-ready code, and the ZIP passes flake8, bandit and detect-secrets like the plugin repository."""
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent

PATTERNS = {
    r"^\s*(from|import)\s+PyQt[56]": "import Qt through qgis.PyQt",
    r"\.exec_\(": "exec_() is gone in Qt6: use exec()",
    r"\bQVariant\.(Int|Double|String|LongLong|Bool|Date|DateTime)\b": "field types go through compat.make_field",
    r"resources_rc|pyrcc5": "no compiled Qt resources",
    r"\bQt\.(AlignLeft|AlignRight|AlignCenter|Checked|Unchecked)\b": "use fully scoped Qt enums",
}


def test_qt6_readiness_scan():
    problems = []
    for path in list((ROOT / "bassins_plugin").rglob("*.py")) + list((ROOT / "processing_scripts").rglob("*.py")):
        if path.name == "compat.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for pattern, why in PATTERNS.items():
                if re.search(pattern, line):
                    problems.append(f"{path.relative_to(ROOT)}:{n}: {why}")
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory, built_zip):
    """The ZIP built now from the working tree (never a stale dist/), unpacked."""
    target = tmp_path_factory.mktemp("zip")
    with zipfile.ZipFile(built_zip) as zf:
        zf.extractall(target)
    return target


def _run(args, cwd):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True)


def test_flake8_clean(unpacked):
    res = _run([sys.executable, "-m", "flake8", "--max-line-length", "120", "bassins_plugin"], unpacked)
    assert res.returncode == 0, res.stdout + res.stderr


def test_bandit_clean(unpacked):
    res = _run([sys.executable, "-m", "bandit", "-q", "-r", "bassins_plugin", "-f", "json"], unpacked)
    report = json.loads(res.stdout)
    assert report["results"] == [], json.dumps(report["results"], indent=1)


def test_detect_secrets_clean(unpacked):
    exe = VENV_BIN / "detect-secrets"
    res = _run([str(exe), "scan", "--all-files", "bassins_plugin"], unpacked)
    report = json.loads(res.stdout)
    assert report["results"] == {}, report["results"]


def test_semver_and_changelog():
    meta = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    version = re.search(r"^version=(.*)$", meta, re.M).group(1).strip()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert f"## {version}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
