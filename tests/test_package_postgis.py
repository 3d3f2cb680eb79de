"""bassins:packagelayers to a real PostgreSQL/PostGIS server started by the test."""
import pytest

from .pg_server import PgServer

pytestmark = pytest.mark.postgis

RING_LABELS = ["Strong core (≥ 30 %)", "Middle ring (≥ 15 %)", "Outer ring (≥ 5 %)"]


@pytest.fixture(scope="module")
def pg():
    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture
def connection(pg, processing_ready):
    from qgis.core import QgsProviderRegistry

    md = QgsProviderRegistry.instance().providerMetadata("postgres")
    conn = md.createConnection(pg.uri(), {"saveUsername": True, "savePassword": True})
    md.saveConnection(conn, "bassins_test")
    yield "bassins_test"
    md.deleteConnection("bassins_test")


def test_postgis_round_trip(run_alg, pg, connection, styled_layers):  # noqa: F811
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    pg.psql("CREATE SCHEMA IF NOT EXISTS partage", db="bassins")
    res, log = run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "DATABASE": connection,
                                                  "SCHEMA": "partage"})
    assert res["LAYERS_WRITTEN"] == 2
    rows = pg.psql("SELECT f_table_schema, f_table_name, useasdefault FROM public.layer_styles "
                   "ORDER BY f_table_name", db="bassins").split()
    assert rows == ["partage|intensity_rings|t", "partage|proposals|t"]
    assert pg.psql("SELECT count(*) FROM partage.intensity_rings", db="bassins").strip() == "3"
    uri = QgsDataSourceUri(pg.uri())
    uri.setDataSource("partage", "intensity_rings", "geom")
    layer = QgsVectorLayer(uri.uri(False), "r", "postgres")
    assert layer.isValid()
    assert layer.renderer().type() == "categorizedSymbol"
    assert [c.label() for c in layer.renderer().categories()] == RING_LABELS
    # again: refused without OVERWRITE, accepted with it, and the newest style is the only default
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="OVERWRITE"):
        run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "DATABASE": connection, "SCHEMA": "partage"})
    run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "DATABASE": connection, "SCHEMA": "partage",
                                      "OVERWRITE": True})
    defaults = pg.psql("SELECT count(*) FROM public.layer_styles WHERE useasdefault AND "
                       "f_table_name = 'intensity_rings'", db="bassins").strip()
    assert defaults == "1"


def test_postgis_bad_inputs(run_alg, pg, connection, styled_layers):  # noqa: F811
    from qgis.core import QgsProcessingException, QgsProviderRegistry

    with pytest.raises(QgsProcessingException, match="SCHEMA"):
        run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "DATABASE": connection,
                                          "SCHEMA": "x; DROP TABLE y"})
    with pytest.raises(QgsProcessingException, match="DATABASE"):
        run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "DATABASE": "nope", "SCHEMA": "public"})
    md = QgsProviderRegistry.instance().providerMetadata("postgres")
    dead = md.createConnection("host=127.0.0.1 port=1 dbname=x user=postgres connect_timeout=2", {})
    md.saveConnection(dead, "bassins_dead")
    try:
        with pytest.raises(QgsProcessingException, match="DATABASE"):
            run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "DATABASE": "bassins_dead",
                                              "SCHEMA": "public"})
    finally:
        md.deleteConnection("bassins_dead")
