"""Where the plugin's files are, from a source checkout or an installed ZIP.

In the repository, icons/, i18n/ and processing_scripts/ sit next to the
package; in the installed plugin they sit inside it. Every lookup goes here.
"""
from pathlib import Path
from typing import Optional

PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_DIR = PACKAGE_DIR.parent


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource (inside the package first)."""
    inside = PACKAGE_DIR.joinpath(*parts)
    if inside.exists():
        return inside
    outside = _REPO_DIR.joinpath(*parts)
    if outside.exists():
        return outside
    return inside


def icon_path(name: str) -> str:
    return str(resource_path("icons", name))


def style_path(name: str) -> Path:
    return PACKAGE_DIR / "styles" / name


def help_file(alg_id: str, locale: str) -> Optional[Path]:
    """The help file of an algorithm for a locale ('fr', 'de'...), English as fallback."""
    for loc in (locale[:2].lower(), "en"):
        path = PACKAGE_DIR / "help" / loc / f"{alg_id}.html"
        if path.exists():
            return path
    return None


def plugin_version() -> str:
    """The plugin's version, as metadata.txt gives it ('0.3.0'); '' if the file is missing."""
    import configparser

    path = resource_path("metadata.txt")
    if not path.exists():
        return ""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser.get("general", "version", fallback="").strip()
