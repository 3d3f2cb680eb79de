"""bassins:downloadunits against a real HTTP server on 127.0.0.1 serving recorded-format answers."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .conftest import features


def feature(props, x0, y0):
    ring = [[x0, y0], [x0 + 0.1, y0], [x0 + 0.1, y0 + 0.1], [x0, y0 + 0.1], [x0, y0]]
    return {"type": "Feature", "properties": props, "geometry": {"type": "Polygon", "coordinates": [ring]}}


NUTS = {"type": "FeatureCollection", "features": [
    feature({"NUTS_ID": "FRK28", "NUTS_NAME": "Haute-Savoie", "CNTR_CODE": "FR", "LEVL_CODE": 3}, 6.2, 46.0),
    feature({"NUTS_ID": "CH013", "NUTS_NAME": "Genève", "CNTR_CODE": "CH", "LEVL_CODE": 3}, 6.1, 46.2),
    feature({"NUTS_ID": "DE139", "NUTS_NAME": "Karlsruhe", "CNTR_CODE": "DE", "LEVL_CODE": 3}, 8.4, 49.0)]}
COMMUNES = {"type": "FeatureCollection", "features": [
    feature({"code": "74012", "nom": "Annemasse"}, 6.23, 46.19),
    feature({"code": "74010", "nom": "Ambilly"}, 6.22, 46.2)]}


class Handler(BaseHTTPRequestHandler):
    hits = {}

    def log_message(self, *args):
        pass

    def _send(self, code, body, ctype="application/geo+json", length=None):
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length if length is not None else len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        mode = self.path.strip("/").split("/")[0]
        Handler.hits[mode] = Handler.hits.get(mode, 0) + 1
        if mode == "ok":
            self._send(200, COMMUNES if "departements" in self.path else NUTS)
        elif mode == "missing":
            self._send(404, b"not found", "text/plain")
        elif mode == "flaky":
            if Handler.hits[mode] == 1:
                self._send(500, b"oops", "text/plain")
            else:
                self._send(200, NUTS)
        elif mode == "slow":
            time.sleep(2.5)
            self._send(200, NUTS)
        elif mode == "truncated":
            data = json.dumps(NUTS).encode("utf-8")
            self._send(200, data[:40], length=len(data))
        elif mode == "badjson":
            self._send(200, b'{"type": "FeatureCollection", "features": [', "application/json")
        elif mode == "hang":  # accepts, then never answers within the test
            time.sleep(8)
            self._send(200, NUTS)
        elif mode == "html":
            self._send(200, b"<html>maintenance</html>", "text/html")
        else:
            self._send(404, b"?", "text/plain")


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Handler.hits = {}
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _run(run_alg, base, cache, **kw):
    p = {"SOURCE": 1, "COUNTRIES": "FR;CH", "YEAR": 2021, "NUTS_LEVEL": 3, "BASE_URL": base, "CACHE_DIR": str(cache),
         "TIMEOUT": 1.0, "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    res, log = run_alg("bassins:downloadunits", p)
    return {a["unit_id"]: a for a, _ in features(res["OUTPUT"])}, log


def test_success_then_cache_offline(run_alg, server, tmp_path):
    httpd, url = server
    units, log = _run(run_alg, f"{url}/ok", tmp_path)
    assert set(units) == {"FRK28", "CH013"}  # DE filtered out by country
    assert units["CH013"]["name"] == "Genève" and units["CH013"]["country"] == "CH"
    assert "downloaded" in log
    httpd.shutdown()
    httpd.server_close()
    units2, log2 = _run(run_alg, f"{url}/ok", tmp_path)  # server stopped: the cache answers
    assert set(units2) == {"FRK28", "CH013"} and "from the cache" in log2


def test_french_communes_api(run_alg, server, tmp_path):
    _, url = server
    units, _ = _run(run_alg, f"{url}/ok", tmp_path, SOURCE=2, DEPARTMENTS="74")
    assert units["74012"]["name"] == "Annemasse" and units["74012"]["country"] == "FR"


def test_retry_after_server_error(run_alg, server, tmp_path):
    _, url = server
    units, _ = _run(run_alg, f"{url}/flaky", tmp_path)
    assert set(units) == {"FRK28", "CH013"}
    assert Handler.hits["flaky"] == 2


@pytest.mark.parametrize("mode,message", [("missing", "HTTP 404"), ("slow", "within 1 s"),
                                          ("truncated", "truncated"), ("badjson", "not valid JSON"),
                                          ("html", "not GeoJSON")])
def test_bad_answers(run_alg, server, tmp_path, mode, message):
    from qgis.core import QgsProcessingException

    _, url = server
    with pytest.raises(QgsProcessingException, match=message):
        _run(run_alg, f"{url}/{mode}", tmp_path)
    assert not list(tmp_path.glob("*.geojson"))  # nothing bad cached


def test_offline_without_cache(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="nothing cached"):
        _run(run_alg, "http://127.0.0.1:9", tmp_path)


def test_timeout_bounds_the_whole_call(run_alg, server, tmp_path):
    from qgis.core import QgsProcessingException

    _, url = server
    start = time.monotonic()
    with pytest.raises(QgsProcessingException, match=r"within 2 s \(\d attempts\)"):
        _run(run_alg, f"{url}/hang", tmp_path, TIMEOUT=2.0)
    assert time.monotonic() - start < 3.5  # retries included, not 4 x TIMEOUT


def test_corrupt_cache_is_named(run_alg, server, tmp_path):
    from qgis.core import QgsProcessingException

    _, url = server
    _run(run_alg, f"{url}/ok", tmp_path)
    cached, = tmp_path.glob("*.geojson")
    cached.write_bytes(cached.read_bytes()[:50])
    with pytest.raises(QgsProcessingException, match="cached copy.*REFRESH"):
        _run(run_alg, f"{url}/ok", tmp_path)
    units, log = _run(run_alg, f"{url}/ok", tmp_path, REFRESH=True)
    assert set(units) == {"FRK28", "CH013"} and "downloaded" in log


def test_attribution_in_the_geopackage_metadata(run_alg, server, tmp_path):
    from qgis.core import QgsVectorLayer

    _, url = server
    out = tmp_path / "units.gpkg"
    res, log = run_alg("bassins:downloadunits", {"SOURCE": 1, "COUNTRIES": "CH", "BASE_URL": f"{url}/ok",
                                                 "CACHE_DIR": str(tmp_path / "cache"), "OUTPUT": str(out)})
    assert "EuroGeographics" in log
    layer = QgsVectorLayer(str(out), "u", "ogr")
    assert [f["unit_id"] for f in layer.getFeatures()] == ["CH013"]
    assert any("EuroGeographics" in r for r in layer.metadata().rights())
