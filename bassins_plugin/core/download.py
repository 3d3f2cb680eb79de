"""Downloading reference boundaries (GeoJSON) with retries, timeouts, QGIS's proxy and a disk cache.

``requests`` is optional for the plugin: only this module needs it, and it says so clearly
when it is missing. Answers are checked (HTTP status, content type, complete body, valid
GeoJSON, at least one feature) before they are cached; a cached answer is used first, so a
second run works offline.
"""
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

GISCO_URL = "https://gisco-services.ec.europa.eu/distribution/v2"
FRANCE_URL = "https://geo.api.gouv.fr"


class DownloadError(Exception):
    pass


def have_requests() -> bool:
    try:
        import requests  # noqa: F401
    except ImportError:
        return False
    return True


def qgis_proxies() -> Dict[str, str]:
    """The proxy configured in QGIS (Settings › Options › Network), for requests."""
    try:
        from qgis.core import QgsSettings
    except ImportError:
        return {}
    s = QgsSettings()
    if not s.value("proxy/proxyEnabled", False, type=bool):
        return {}
    host = s.value("proxy/proxyHost", "") or ""
    port = s.value("proxy/proxyPort", "") or ""
    if not host:
        return {}
    user = s.value("proxy/proxyUser", "") or ""
    password = s.value("proxy/proxyPassword", "") or ""
    auth = f"{user}:{password}@" if user else ""
    scheme = "socks5" if "socks" in str(s.value("proxy/proxyType", "")).lower() else "http"
    url = f"{scheme}://{auth}{host}{':' + str(port) if port else ''}"
    return {"http": url, "https": url}


def make_session(retries: int = 3, backoff: float = 0.5):
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    retry = Retry(total=retries, connect=retries, read=retries, status=retries, backoff_factor=backoff,
                  status_forcelist=(429, 500, 502, 503, 504), allowed_methods=frozenset(["GET"]),
                  raise_on_status=False)
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.proxies.update(qgis_proxies())
    return session


def default_cache_dir() -> str:
    try:
        from qgis.core import QgsApplication

        base = QgsApplication.qgisSettingsDirPath()
    except ImportError:
        base = tempfile.gettempdir()
    return os.path.join(base, "cache", "bassins_plugin")


@dataclass
class Fetched:
    data: dict
    from_cache: bool
    url: str


def cache_path(cache_dir: str, url: str) -> str:
    return os.path.join(cache_dir, hashlib.sha256(url.encode("utf-8")).hexdigest() + ".geojson")


def check_geojson(text: str) -> dict:
    try:
        data = json.loads(text)
    except ValueError as err:
        raise DownloadError(f"the answer is not valid JSON ({err})")
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise DownloadError("the answer is not a GeoJSON FeatureCollection")
    if not data.get("features"):
        raise DownloadError("the answer holds no feature")
    crs = (data.get("crs") or {}).get("properties", {}).get("name", "")
    if crs and not any(code in crs for code in ("4326", "CRS84")):
        raise DownloadError(f"unexpected CRS {crs}: GeoJSON in WGS 84 is expected")
    return data


def fetch(url: str, cache_dir: str, timeout: float = 60.0, refresh: bool = False, session=None) -> Fetched:
    """A checked GeoJSON FeatureCollection from the cache or from the network."""
    path = cache_path(cache_dir, url)
    if not refresh and os.path.exists(path):
        with open(path, "r", encoding="utf-8") as fh:
            return Fetched(check_geojson(fh.read()), True, url)
    if not have_requests():
        raise DownloadError("the Python package 'requests' is missing: install it (e.g. OSGeo4W shell: "
                            "python -m pip install requests) or use a cached download")
    import requests

    session = session or make_session()
    try:
        response = session.get(url, timeout=timeout)
    except requests.exceptions.Timeout:
        raise DownloadError(f"no answer from {url} within {timeout:g} s (after retries), and nothing cached")
    except requests.exceptions.ConnectionError as err:
        if "timed out" in str(err).lower():  # read timeouts end as a ConnectionError after the retries
            raise DownloadError(f"no answer from {url} within {timeout:g} s (after retries), and nothing cached")
        raise DownloadError(f"cannot reach {url} (offline?) and nothing cached: {err.__class__.__name__}")
    except requests.exceptions.RequestException as err:
        raise DownloadError(f"download of {url} failed: {err}")
    if response.status_code != 200:
        raise DownloadError(f"{url} answered HTTP {response.status_code}")
    ctype = response.headers.get("Content-Type", "")
    if "json" not in ctype.lower():
        raise DownloadError(f"{url} answered '{ctype}', not GeoJSON")
    expected = response.headers.get("Content-Length")
    if expected is not None and expected.isdigit() and int(expected) != len(response.content):
        raise DownloadError(f"truncated answer from {url}: {len(response.content)} of {expected} bytes")
    text = response.content.decode(response.encoding or "utf-8", errors="strict")
    data = check_geojson(text)
    os.makedirs(cache_dir, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
    return Fetched(data, False, url)


def gisco_url(base: str, kind: str, year: int, level: int = 3, scale: str = "01M") -> str:
    if kind == "lau":
        return f"{base}/lau/geojson/LAU_RG_{scale}_{year}_4326.geojson"
    return f"{base}/nuts/geojson/NUTS_RG_{scale}_{year}_4326_LEVL_{level}.geojson"


def france_url(base: str, department: str) -> str:
    return f"{base}/departements/{department}/communes?format=geojson&geometry=contour&fields=code,nom"


def harmonise(props: dict, kind: str) -> Optional[Tuple[str, str, str]]:
    """(unit_id, name, country) from a feature's properties, per source."""
    if kind == "lau":
        country = props.get("CNTR_CODE") or ""
        uid = props.get("LAU_ID") or props.get("GISCO_ID") or ""
        name = props.get("LAU_NAME") or props.get("LAU_LATIN") or ""
    elif kind == "nuts":
        country = props.get("CNTR_CODE") or ""
        uid = props.get("NUTS_ID") or ""
        name = props.get("NUTS_NAME") or props.get("NAME_LATN") or ""
    else:
        country = "FR"
        uid = props.get("code") or ""
        name = props.get("nom") or ""
    if not uid:
        return None
    return str(uid), str(name), str(country).upper()
