"""Cancel is honoured: a canceled run stops with an error and writes no output file."""
import pytest

from .conftest import LogFeedback


class CanceledFeedback(LogFeedback):
    def __init__(self):
        super().__init__()
        self.cancel()


@pytest.mark.parametrize("alg,params", [
    ("bassins:demoterritory", {"UNITS_COUNT": 3000}),
    ("bassins:potentialrings", {"NUMERATOR": "cb_workers", "DENOMINATOR": "active", "SPAN": 5000,
                                "RESOLUTION": 200, "THRESHOLDS": "5"}),
])
def test_cancel_writes_nothing(run_alg, tmp_path, alg, params):
    from qgis.core import QgsProcessingException

    units = tmp_path / "units.gpkg"
    if alg == "bassins:potentialrings":
        run_alg("bassins:demoterritory", {"UNITS_COUNT": 300, "UNITS": str(units)})
        params = {**params, "INPUT": str(units)}
    out = tmp_path / "out.gpkg"
    key = "UNITS" if alg == "bassins:demoterritory" else "OUTPUT"
    with pytest.raises(QgsProcessingException):
        run_alg(alg, {**params, key: str(out)}, feedback=CanceledFeedback())
    assert not out.exists()
