#!/usr/bin/env python3
"""Build dist/bassins_plugin.zip: one top folder bassins_plugin/ with everything QGIS needs.

Compiles i18n/*.ts to .qm with lrelease when available, writes the changelog
from CHANGELOG.md into metadata.txt, and leaves out tests, caches and build leftovers.
"""
import re
import shutil
import subprocess  # nosec B404 - runs lrelease on our own files
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
NAME = "bassins_plugin"
EXCLUDE_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache", "tests", ".git", "__MACOSX"}
EXCLUDE_SUFFIXES = {".pyc", ".pyo", ".orig", ".rej", ".bak", ".ts", ".pro", ".swp"}


def compile_translations() -> list:
    ts_files = sorted((ROOT / "i18n").glob("bassins_*.ts"))
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    made = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        if Path(lrelease).exists():
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)  # nosec B603
        if qm.exists():
            made.append(qm)
    return made


def changelog_text() -> str:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("# "):
            continue
        if line.startswith("## "):
            lines.append(line[3:].strip())
        elif line.strip():
            lines.append("    " + line.strip())
    return "\n".join(lines)


def metadata_text() -> str:
    meta = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    log = changelog_text().replace("\n", "\n    ")
    return re.sub(r"^changelog=.*$", lambda _m: "changelog=" + log, meta, flags=re.M)


def wanted(path: Path) -> bool:
    return not (set(path.parts) & EXCLUDE_DIRS) and path.suffix not in EXCLUDE_SUFFIXES


def main(argv=None) -> int:
    """Build the ZIP into dist/ (or into the folder given as the first argument)."""
    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[0]) if argv else DIST
    qms = compile_translations()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{NAME}.zip"
    if target.exists():
        target.unlink()
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted((ROOT / NAME).rglob("*")):
            rel = path.relative_to(ROOT / NAME)
            if path.is_file() and wanted(rel):
                zf.write(path, f"{NAME}/{rel.as_posix()}")
        for folder in ("icons", "processing_scripts"):
            for path in sorted((ROOT / folder).rglob("*")):
                rel = path.relative_to(ROOT)
                if path.is_file() and wanted(rel):
                    zf.write(path, f"{NAME}/{rel.as_posix()}")
        for qm in qms:
            zf.write(qm, f"{NAME}/i18n/{qm.name}")
        for extra in ("LICENSE", "CHANGELOG.md", "README.md"):
            if (ROOT / extra).exists():
                zf.write(ROOT / extra, f"{NAME}/{extra}")
        zf.writestr(f"{NAME}/metadata.txt", metadata_text())
    tmp.replace(target)
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB, {len(qms)} translations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
