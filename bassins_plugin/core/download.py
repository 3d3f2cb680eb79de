"""Downloading reference boundaries (GeoJSON) with retries, timeouts, QGIS's proxy and a disk cache.

``requests`` is optional for the plugin: only this module needs it, and it says so clearly
when it is missing. Answers are checked (HTTP status, content type, complete body, valid
GeoJSON, at least one feature) before they are cached; a cached answer is used first, so a
second run works offline.
"""
import hashlib
import os
import tempfile
import time
from dataclasses import dataclass
from typing import Callable, Dict, Iterator, Optional, Sequence, Tuple

from .gdal_io import open_dataset
from .messages import tr

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


def make_session():
    """A session with QGIS's proxy; retries are ours (bounded by one deadline), not urllib3's."""
    import requests

    session = requests.Session()
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
    path: str
    from_cache: bool
    url: str
    features: int = 0
    attempts: int = 1


def cache_path(cache_dir: str, url: str) -> str:
    return os.path.join(cache_dir, hashlib.sha256(url.encode("utf-8")).hexdigest() + ".geojson")


def check_geojson(path: str) -> int:
    """The number of features of a GeoJSON file read with OGR (streamed, never all in memory)."""
    with open(path, "rb") as fh:
        head = fh.read(4096).lstrip()
    if not head.startswith(b"{"):
        raise DownloadError(tr("the answer is not valid JSON"))
    ds = open_dataset(path)
    layer = ds.GetLayer(0) if ds is not None else None
    count = layer.GetFeatureCount() if layer is not None else -1
    srs = layer.GetSpatialRef() if layer is not None else None
    if count < 0:
        raise DownloadError(tr("the answer is not valid JSON (or not GeoJSON)"))
    if count == 0:
        raise DownloadError(tr("the answer holds no feature"))
    if srs is not None:
        code = srs.GetAuthorityCode(None)
        if code not in (None, "4326", "CRS84"):
            raise DownloadError(tr("unexpected CRS EPSG:{c}: GeoJSON in WGS 84 is expected").format(c=code))
    return count


def fetch(url: str, cache_dir: str, timeout: float = 60.0, refresh: bool = False, session=None,
          progress: Optional[Callable[[int, int, float, int], None]] = None,
          canceled: Optional[Callable[[], bool]] = None) -> Fetched:
    """A checked GeoJSON file from the cache or from the network, streamed to disk.

    ``timeout`` bounds the whole call, retries included. ``progress(done, total, eta_s, attempt)``
    is called as bytes arrive (total 0 when the server does not say).
    """
    path = cache_path(cache_dir, url)
    if not refresh and os.path.exists(path):
        try:
            return Fetched(path, True, url, check_geojson(path))
        except DownloadError as err:
            raise DownloadError(tr("the cached copy {p} is damaged ({e}): tick 'Download again even if cached' "
                                   "(REFRESH) to replace it").format(p=path, e=err)) from err
    if not have_requests():
        raise DownloadError(tr("the Python package 'requests' is missing: install it (e.g. OSGeo4W shell: "
                               "python -m pip install requests) or use a cached download"))
    session = session or make_session()
    os.makedirs(cache_dir, exist_ok=True)
    deadline = time.monotonic() + timeout
    attempt, last_error = 0, ""
    while True:
        attempt += 1
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            tmp = _download(session, url, cache_dir, remaining, deadline, progress, canceled, attempt)
        except _Retry as err:
            last_error = str(err)
            pause = min(0.5 * 2 ** (attempt - 1), max(0.0, deadline - time.monotonic()))
            time.sleep(pause)
            continue
        try:
            count = check_geojson(tmp)
        except DownloadError:
            os.remove(tmp)
            raise
        os.replace(tmp, path)
        return Fetched(path, False, url, count, attempt)
    raise DownloadError(tr("no answer from {u} within {t:g} s ({n} attempts), and nothing cached{why}").format(
        u=url, t=timeout, n=attempt - 1, why=f": {last_error}" if last_error else ""))


class _Retry(Exception):
    """A failure worth another attempt (server error, connection reset, timeout)."""


def _download(session, url, cache_dir, remaining, deadline, progress, canceled, attempt) -> str:
    """One attempt: the body streamed into a temporary file of the cache folder; its path."""
    import requests

    try:
        response = session.get(url, timeout=(min(remaining, 10.0), remaining), stream=True)
    except requests.exceptions.Timeout as err:
        raise _Retry(tr("timed out")) from err
    except requests.exceptions.ConnectionError as err:
        if "timed out" in str(err).lower():
            raise _Retry(tr("timed out")) from err
        raise DownloadError(tr("cannot reach {u} (offline?) and nothing cached: {e}").format(
            u=url, e=err.__class__.__name__)) from err
    except requests.exceptions.RequestException as err:
        raise DownloadError(tr("download of {u} failed: {e}").format(u=url, e=err)) from err
    with response:
        if response.status_code in (429, 500, 502, 503, 504):
            raise _Retry(f"HTTP {response.status_code}")
        if response.status_code != 200:
            raise DownloadError(tr("{u} answered HTTP {c}").format(u=url, c=response.status_code))
        ctype = response.headers.get("Content-Type", "")
        if "json" not in ctype.lower():
            raise DownloadError(tr("{u} answered '{c}', not GeoJSON").format(u=url, c=ctype))
        expected = response.headers.get("Content-Length")
        total = int(expected) if expected is not None and expected.isdigit() else 0
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".part")
        done, start = 0, time.monotonic()
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in response.iter_content(1 << 20):
                    if canceled is not None and canceled():
                        raise DownloadError(tr("canceled"))
                    if time.monotonic() > deadline:
                        raise _Retry(tr("timed out"))
                    fh.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        rate = done / max(time.monotonic() - start, 1e-6)
                        progress(done, total, (total - done) / rate if total else 0.0, attempt)
        except requests.exceptions.RequestException as err:
            os.remove(tmp)
            raise _Retry(tr("connection lost")) from err
        except BaseException:
            os.remove(tmp)
            raise
    if total and done != total:
        os.remove(tmp)
        raise DownloadError(tr("truncated answer from {u}: {n} of {t} bytes").format(u=url, n=done, t=total))
    return tmp


def gisco_url(base: str, kind: str, year: int, level: int = 3, scale: str = "01M") -> str:
    if kind == "lau":
        return f"{base}/lau/geojson/LAU_RG_{scale}_{year}_4326.geojson"
    return f"{base}/nuts/geojson/NUTS_RG_{scale}_{year}_4326_LEVL_{level}.geojson"


def france_url(base: str, department: str) -> str:
    return f"{base}/departements/{department}/communes?format=geojson&geometry=contour&fields=code,nom"


ATTRIBUTION = ("© EuroGeographics for the administrative boundaries (Eurostat GISCO). Commercial reuse is "
               "restricted: see the GISCO licence at ec.europa.eu/eurostat/web/gisco/geodata.")
FRANCE_ATTRIBUTION = "Découpage administratif : geo.api.gouv.fr (Etalab, Licence Ouverte 2.0)."


def read_units(path: str, kind: str, countries: Sequence[str] = (),
               bbox: Optional[Tuple[float, float, float, float]] = None
               ) -> Iterator[Tuple[Tuple[str, str, str], bytes]]:
    """((unit_id, name, country), WKB) of the file's features, streamed by OGR.

    GISCO files are filtered by an OGR attribute filter on the country, and by ``bbox``
    (lon/lat min/max) with a spatial filter, so only the wanted features are ever decoded.
    """
    ds = open_dataset(path)
    if ds is None:
        raise DownloadError(tr("the file {f} cannot be read as GeoJSON").format(f=path))
    layer = ds.GetLayer(0)
    names = {layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())}
    if kind != "france" and countries and "CNTR_CODE" in names:
        codes = ",".join("'" + c.replace("'", "") + "'" for c in countries)
        layer.SetAttributeFilter(f"CNTR_CODE IN ({codes})")
    if bbox is not None:
        layer.SetSpatialFilterRect(*bbox)
    for feat in layer:
        props = {n: feat.GetField(n) for n in names}
        ids = harmonise(props, kind)
        geom = feat.GetGeometryRef()
        if ids is None or geom is None:
            continue
        if kind != "france" and countries and ids[2] not in countries:
            continue
        yield ids, bytes(geom.ExportToIsoWkb())
    ds = None


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
